"""Foreign data imports as its authors meant it: doccano's UTF-16 offsets and both of
its shapes, stem spans with --snap, and offsets counted in the wrong unit noticed."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.formats import hostile

Cli = Callable[..., int]

STEM_TEXT = "পুতিনের দূত বলেন, বাংলাদেশের মানুষ ভারতে যায়।"
STEMS = [("PER", "পুতিন"), ("GPE", "বাংলাদেশ"), ("GPE", "ভারত")]


def _spans(db: Path, project: str = "News") -> list[tuple[str, str]]:
    from annotator.service import Workspace

    with Workspace(str(db)) as ws:
        proj = ws.project(project)
        return [
            (s.label, layer.document.text[s.start : s.end])
            for layer in ws.iter_layers(proj.id, status=None)
            for s in layer.spans
        ]


def _stem_file(path: Path) -> Path:
    """A doccano file (code points: no emoji, so UTF-16 is the same) labelling stems."""
    entities = []
    for n, (label, stem) in enumerate(STEMS, 1):
        start = STEM_TEXT.index(stem)
        entities.append(
            {"id": n, "start_offset": start, "end_offset": start + len(stem), "label": label}
        )
    row = {"id": "stems", "text": STEM_TEXT, "entities": entities, "relations": []}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_stem_spans_are_refused_naming_snap(cli: Cli, db_path: Path, tmp_path: Path, capsys):
    path = _stem_file(tmp_path / "stems.jsonl")
    assert cli("import", "--project", "News", "--format", "doccano", str(path)) == 2
    err = capsys.readouterr().err
    assert "stems.jsonl:1: span 1:" in err and "splits a grapheme cluster" in err
    assert "--snap clusters" in err
    from annotator.service import Workspace

    with Workspace(str(db_path)) as ws:
        assert [p.name for p in ws.projects() if p.name == "News"] == []


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("clusters", [("PER", "পুতিনে"), ("GPE", "বাংলাদেশে"), ("GPE", "ভারতে")]),
        ("words", [("PER", "পুতিনের"), ("GPE", "বাংলাদেশের"), ("GPE", "ভারতে")]),
    ],
)
def test_snap_expands_stem_spans_and_counts_them(
    cli: Cli, db_path: Path, tmp_path: Path, capsys, mode: str, expected: list
) -> None:
    path = _stem_file(tmp_path / "stems.jsonl")
    assert cli("import", "--project", "News", "--format", "doccano", "--snap", mode, str(path)) == 0
    captured = capsys.readouterr()
    assert "3 spans" in captured.out
    assert f"snapped 3 spans to whole {mode}:" in captured.err
    assert "stems.jsonl:1: PER 'পুতিন' (0-5) -> " in captured.err
    assert sorted(_spans(db_path)) == sorted(expected)


def test_snap_lists_only_the_first_spans(cli: Cli, db_path: Path, tmp_path: Path, capsys):
    rows = []
    for n in range(12):
        text = f"{STEM_TEXT} {n}"
        start = text.index("পুতিন")
        rows.append(
            {
                "text": text,
                "entities": [{"start_offset": start, "end_offset": start + 5, "label": "PER"}],
            }
        )
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    assert cli("import", "--format", "doccano", "--snap", "clusters", str(path)) == 0
    err = capsys.readouterr().err
    assert "snapped 12 spans to whole clusters:" in err
    assert err.count("-> 'পুতিনে'") == 10
    assert "... and 2 more" in err


def test_doccano_defaults_to_utf16_and_reads_both_shapes(
    golden_db: Path, cli: Cli, tmp_path: Path, source_record: dict, capsys
) -> None:
    expected = sorted(
        (s["label"], source_record["text"][s["start"] : s["end"]]) for s in source_record["spans"]
    )
    for shape in ("relation", "sequence"):
        out = tmp_path / f"{shape}.jsonl"
        assert (
            cli(
                "export",
                "--project",
                "News",
                "--format",
                "doccano",
                "--doccano-shape",
                shape,
                "-o",
                str(out),
            )
            == 0
        )
        card = json.loads((tmp_path / f"{shape}.card.json").read_text("utf-8"))
        assert card["offset_unit"] == "utf16" and card["doccano_shape"] == shape
        row = json.loads(out.read_text("utf-8"))
        if shape == "sequence":
            assert set(row) == {"id", "text", "label"}
            assert row["label"][0] == [3, 9, "ORG"]  # one emoji (two UTF-16 units) first
        else:
            assert row["entities"][0]["start_offset"] == 3
        db = tmp_path / f"{shape}.sqlite3"
        from annotator.cli.main import main

        assert (
            main(["--db", str(db), "import", "--project", "News", "--format", "doccano", str(out)])
            == 0
        )
        assert sorted(_spans(db)) == expected
        assert "warning" not in capsys.readouterr().err


def _hostile_doccano(cli_db: Path, tmp_path: Path, *args: str) -> Path:
    from annotator.cli.main import main

    source = hostile.write(tmp_path / "hostile.jsonl")
    assert main(["--db", str(cli_db), "import", "--project", "News", str(source)]) == 0
    out = tmp_path / "d.jsonl"
    assert (
        main(
            [
                "--db",
                str(cli_db),
                "export",
                "--project",
                "News",
                "--format",
                "doccano",
                "-o",
                str(out),
                *args,
            ]
        )
        == 0
    )
    return out


def test_utf16_file_read_as_code_points_is_noticed(db_path: Path, tmp_path: Path, capsys) -> None:
    from annotator.cli.main import main

    path = _hostile_doccano(db_path, tmp_path)
    other = tmp_path / "other.sqlite3"
    args = ["--db", str(other), "import", "--format", "doccano", "--offset-unit", "codepoint"]
    capsys.readouterr()
    assert main([*args, str(path)]) == 2
    err = capsys.readouterr().err
    assert "look like UTF-16 code units" in err and "--offset-unit utf16" in err
    assert main([*args, "--skip-invalid", str(path)]) == 0
    err = capsys.readouterr().err
    assert "warning: " in err and "--offset-unit utf16" in err
    assert (
        main(["--db", str(tmp_path / "right.sqlite3"), "import", "--format", "doccano", str(path)])
        == 0
    )
    assert "warning" not in capsys.readouterr().err


def test_code_point_file_read_as_utf16_is_noticed(db_path: Path, tmp_path: Path, capsys) -> None:
    from annotator.cli.main import main

    path = _hostile_doccano(db_path, tmp_path, "--offset-unit", "codepoint")
    capsys.readouterr()
    code = main(
        [
            "--db",
            str(tmp_path / "o.sqlite3"),
            "import",
            "--format",
            "doccano",
            "--skip-invalid",
            str(path),
        ]
    )
    assert code == 0
    err = capsys.readouterr().err
    assert "--offset-unit codepoint" in err


def test_byte_offsets_are_noticed_and_readable(db_path: Path, tmp_path: Path, capsys) -> None:
    from annotator.cli.main import main

    rows = []
    for record in hostile.records():
        text = record["text"]
        label = [
            [len(text[: s["start"]].encode()), len(text[: s["end"]].encode()), s["label"]]
            for s in record["spans"]
        ]
        rows.append({"text": text, "label": label})
    path = tmp_path / "bytes.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    base = ["--db", str(db_path), "import", "--project", "News", "--format", "doccano"]
    assert main([*base, "--skip-invalid", str(path)]) == 0
    assert "--offset-unit bytes" in capsys.readouterr().err
    fresh = [
        "--db",
        str(tmp_path / "b.sqlite3"),
        "import",
        "--project",
        "News",
        "--format",
        "doccano",
    ]
    assert main([*fresh, "--offset-unit", "bytes", str(path)]) == 0
    expected = sorted(
        (s["label"], r["text"][s["start"] : s["end"]])
        for r in hostile.records()
        for s in r["spans"]
    )
    assert sorted(_spans(tmp_path / "b.sqlite3")) == expected
