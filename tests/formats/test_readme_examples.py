"""The README's dataset examples, run in order in one folder, leave every file valid.

The commands are read from the README itself (so the README stays true), run through
the CLI entry point against a database holding the hostile corpus, and then every
data file is validated with the card that belongs to it, whose hashes must still
match (no export overwrote another's card).
"""

from __future__ import annotations

import hashlib
import json
import shlex
from pathlib import Path

import pytest

from tests.formats import hostile

README = Path(__file__).resolve().parents[2] / "README.md"
STEM_TEXT = "পুতিনের দূত বলেন, বাংলাদেশের মানুষ ভারতে যায়।"


def readme_commands() -> list[list[str]]:
    """The ``annotator`` lines of the README's "Training datasets" code block."""
    text = README.read_text("utf-8")
    section = text[text.index("### Training datasets") :]
    begin = section.index("```sh\n") + len("```sh\n")
    block = section[begin : section.index("```", begin)]
    commands = []
    for line in block.splitlines():
        words = shlex.split(line, comments=True)
        if words:
            assert words[0] == "annotator", line
            commands.append(words[1:])
    return commands


def _stems(path: Path) -> None:
    entities = []
    for n, stem in enumerate(("পুতিন", "বাংলাদেশ", "ভারত"), 1):
        start = STEM_TEXT.index(stem)
        label = "PER" if n == 1 else "GPE"
        entities.append(
            {"id": n, "start_offset": start, "end_offset": start + len(stem), "label": label}
        )
    row = {"id": "stems", "text": STEM_TEXT, "entities": entities, "relations": []}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")


def test_readme_examples_leave_every_file_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    pytest.importorskip("spacy")  # one example writes a DocBin
    from annotator.cli.main import main

    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    db = str(tmp_path / "news.sqlite3")
    assert main(["--db", db, "import", str(hostile.write(tmp_path / "corpus.jsonl"))]) == 0
    _stems(work / "stems.jsonl")
    commands = readme_commands()
    assert any(c[:1] == ["export"] for c in commands)
    for command in commands:
        args = command if command[0] == "validate" else ["--db", db, *command]
        assert main(args) == 0, command
    err = capsys.readouterr().err
    assert "snapped 3 spans to whole clusters:" in err

    cards = sorted(work.rglob("dataset.json")) + sorted(work.glob("*.card.json"))
    owners: dict[Path, Path] = {}
    for card_path in cards:
        card = json.loads(card_path.read_text("utf-8"))
        for item in card["files"]:
            data = card_path.parent / item["name"]
            assert data not in owners, f"{data} listed by {owners.get(data)} and {card_path}"
            owners[data] = card_path
            if "members" in item:  # a brat folder
                for member in item["members"]:
                    member_path = card_path.parent / member["name"]
                    digest = hashlib.sha256(member_path.read_bytes()).hexdigest()
                    assert digest == member["sha256"]
            else:
                assert hashlib.sha256(data.read_bytes()).hexdigest() == item["sha256"], data
            assert main(["validate", str(data)]) == 0, data
    written = {
        p
        for p in work.rglob("*")
        if p.is_file()
        and p.suffix in (".jsonl", ".json", ".conll", ".spacy", ".zip")
        and not p.name.endswith((".card.json", "dataset.json"))
        and p.name != "stems.jsonl"
    }
    assert written == set(owners), "every data file has exactly one card"
    assert (work / "tasks.label_config.xml").exists()
    assert (work / "hf" / "README.md").read_text("utf-8").startswith("---\n")
    # the UTF-16 doccano file imported back without a warning about its unit
    assert "--offset-unit" not in err
