"""Golden files: the exact output of every exporter for one small Bengali document.

The document has an emoji before Bengali words (UTF-16 offsets shift after it), the
ZWJ word র‍্যাব, a PER inside a QUOTE inside a CLAIM, the genitive পুতিনের and a GPE
ঢাকা written inside the token ঢাকায় (expanded to the whole token in token formats).
Set ``UPDATE_GOLDEN=1`` to rewrite the files after a deliberate change, then review
the diff.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
Cli = Callable[..., int]

UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

CASES = {
    "spans.jsonl": (["--format", "spans"], "data.jsonl"),
    "prodigy.jsonl": (["--format", "prodigy"], "data.jsonl"),
    "prodigy-all.jsonl": (["--format", "prodigy", "--kind", "entity,quote,claim"], "data.jsonl"),
    "hf.jsonl": (["--format", "hf"], "data.jsonl"),
    "entity.conll": (["--format", "conll"], "data.conll"),
    "claim.conll": (["--format", "conll", "--kind", "claim"], "data.conll"),
    "doccano.jsonl": (["--format", "doccano", "--offset-unit", "codepoint"], "data.jsonl"),
    "doccano-utf16.jsonl": (["--format", "doccano"], "data.jsonl"),  # doccano's own unit
    "doccano-sequence.jsonl": (
        ["--format", "doccano", "--doccano-shape", "sequence"],
        "data.jsonl",
    ),
    "label-studio.json": (["--format", "label-studio"], "data.json"),
}


def check_golden(actual: str, name: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8", newline="\n")
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


@pytest.mark.parametrize("name", list(CASES))
def test_export_matches_golden(name: str, golden_db: Path, cli: Cli, tmp_path: Path) -> None:
    args, data = CASES[name]
    out = tmp_path / "out"
    assert cli("export", "--project", "News", "-o", str(out), *args) == 0
    check_golden((out / data).read_text(encoding="utf-8"), name)


def test_brat_matches_golden(golden_db: Path, cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "brat"
    assert cli("export", "--project", "News", "--format", "brat", "-o", str(out)) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "README.md",
        "annotation.conf",
        "bn-golden.ann",
        "bn-golden.txt",
        "dataset.json",
        "ids.tsv",
        "visual.conf",
    ]
    check_golden((out / "bn-golden.ann").read_text(encoding="utf-8"), "brat.ann")
    check_golden((out / "bn-golden.txt").read_text(encoding="utf-8"), "brat.txt")


def test_golden_facts(golden_db: Path, cli: Cli, tmp_path: Path, source_record: dict) -> None:
    """What the golden files must say, spelled out so a wrong regeneration is caught."""
    text = source_record["text"]
    prodigy = json.loads((GOLDEN / "prodigy.jsonl").read_text(encoding="utf-8"))
    by_label = {(s["label"], text[s["start"] : s["end"]]) for s in prodigy["spans"]}
    assert ("GPE", "ঢাকায়") in by_label  # expanded from ঢাকা to the whole token
    assert ("PER", "পুতিনের") in by_label
    assert ("ORG", "র\u200d্যাব") in by_label
    assert not any(s["label"] in ("QUOTE", "CLAIM") for s in prodigy["spans"])
    doccano = json.loads((GOLDEN / "doccano.jsonl").read_text(encoding="utf-8"))
    utf16 = json.loads((GOLDEN / "doccano-utf16.jsonl").read_text(encoding="utf-8"))
    for cp, u16 in zip(doccano["entities"], utf16["entities"], strict=True):
        assert u16["start_offset"] == cp["start_offset"] + 1  # one emoji before every span
        js = text.encode("utf-16-le")
        piece = js[2 * u16["start_offset"] : 2 * u16["end_offset"]].decode("utf-16-le")
        assert piece == text[cp["start_offset"] : cp["end_offset"]]
    conll = (GOLDEN / "claim.conll").read_text(encoding="utf-8").splitlines()
    tags = [line.split()[-1] for line in conll[2:] if line]
    assert tags.count("B-CLAIM") == 1 and "B-QUOTE" not in tags
    entity = (GOLDEN / "entity.conll").read_text(encoding="utf-8")
    assert "ঢাকায় _ _ B-GPE" in entity and "র\u200d্যাব _ _ B-ORG" in entity
    assert entity.startswith("-DOCSTART- -X- -X- O\n\n")
    hf = [json.loads(line) for line in (GOLDEN / "hf.jsonl").read_text("utf-8").splitlines()]
    assert [row["id"] for row in hf] == ["bn-golden/asha/1", "bn-golden/asha/2", "bn-golden/asha/3"]


def test_spacy_matches_golden(golden_db: Path, cli: Cli, tmp_path: Path) -> None:
    """The DocBin is binary: its documents' texts, tokens and entities are the golden."""
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    out = tmp_path / "spacy"
    assert cli("export", "--project", "News", "--format", "spacy", "-o", str(out)) == 0
    docs = list(DocBin().from_disk(out / "data.spacy").get_docs(spacy.blank("bn").vocab))
    shown = [
        {
            "text": doc.text,
            "tokens": [token.text for token in doc],
            "ents": [[e.start_char, e.end_char, e.label_] for e in doc.ents],
        }
        for doc in docs
    ]
    check_golden(json.dumps(shown, ensure_ascii=False, indent=1) + "\n", "spacy.json")
