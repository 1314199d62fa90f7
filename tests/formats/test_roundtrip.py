"""Exporting in a format and importing the file back gives the same spans (token
formats: the same tokens and tags)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.cli.main import main

Cli = Callable[..., int]


def _layer_facts(db: Path, tmp: Path) -> tuple[set, set, dict]:
    """Spans, relations and attributes of the only layer in project News of ``db``."""
    out = tmp / "facts.jsonl"
    assert (
        main(["--db", str(db), "export", "--project", "News", "--status", "any", "-o", str(out)])
        == 0
    )
    rows = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert len(rows) == 1
    row = rows[0]
    by_id = {s["id"]: (s["start"], s["end"], s["label"]) for s in row["spans"]}
    spans = set(by_id.values())
    relations = {(r["type"], by_id[r["from"]], by_id[r["to"]]) for r in row["relations"]}
    attrs = {by_id[s["id"]]: s["attrs"] for s in row["spans"]}
    return spans, relations, attrs


@pytest.mark.parametrize(
    ("fmt", "export_args", "data", "import_args"),
    [
        ("doccano", [], "data.jsonl", []),
        ("doccano", ["--offset-unit", "utf16"], "data.jsonl", ["--offset-unit", "utf16"]),
        ("label-studio", [], "data.json", []),
        ("brat", [], "", []),
        ("brat", [], "brat.zip", []),
    ],
)
def test_span_formats_round_trip(
    golden_db: Path,
    cli: Cli,
    tmp_path: Path,
    fmt: str,
    export_args: list[str],
    data: str,
    import_args: list[str],
) -> None:
    out = tmp_path / "out"
    target = out / data if data.endswith(".zip") else out
    assert cli("export", "--project", "News", "--format", fmt, "-o", str(target), *export_args) == 0
    source = target if fmt == "brat" else out / data
    db2 = tmp_path / "second.sqlite3"
    assert (
        main(
            [
                "--db",
                str(db2),
                "import",
                "--project",
                "News",
                "--annotator",
                "asha",
                "--format",
                fmt,
                *import_args,
                str(source),
            ]
        )
        == 0
    )
    before = _layer_facts(golden_db, tmp_path / "a")
    after = _layer_facts(db2, tmp_path / "b")
    assert after[0] == before[0]
    assert after[1] == before[1]
    if fmt == "brat":
        assert after[2] == before[2]  # attributes travel as A lines and notes


def test_prodigy_round_trip(golden_db: Path, cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "p"
    assert (
        cli(
            "export",
            "--project",
            "News",
            "--format",
            "prodigy",
            "--kind",
            "entity,quote,claim",
            "-o",
            str(out),
        )
        == 0
    )
    row = json.loads((out / "data.jsonl").read_text("utf-8"))
    expected = {(s["start"], s["end"], s["label"]) for s in row["spans"]}
    db2 = tmp_path / "second.sqlite3"
    assert (
        main(
            [
                "--db",
                str(db2),
                "import",
                "--project",
                "News",
                "--annotator",
                "asha",
                "--format",
                "prodigy",
                str(out / "data.jsonl"),
            ]
        )
        == 0
    )
    spans, relations, _ = _layer_facts(db2, tmp_path / "b")
    assert spans == expected
    assert {r[0] for r in relations} == {"speaker", "claimant"}
    again = tmp_path / "p2"
    assert (
        main(
            [
                "--db",
                str(db2),
                "export",
                "--project",
                "News",
                "--status",
                "any",
                "--format",
                "prodigy",
                "--kind",
                "entity,quote,claim",
                "-o",
                str(again),
            ]
        )
        == 0
    )
    row2 = json.loads((again / "data.jsonl").read_text("utf-8"))
    assert row2["tokens"] == row["tokens"]
    assert row2["spans"] == row["spans"]
    assert row2["relations"] == row["relations"]


def _tokens_and_tags(path: Path) -> list[list[tuple[str, str]]]:
    sentences: list[list[tuple[str, str]]] = [[]]
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            continue
        if not line.strip():
            if sentences[-1]:
                sentences.append([])
            continue
        cols = line.split()
        sentences[-1].append((cols[0], cols[-1]))
    return [s for s in sentences if s]


@pytest.mark.parametrize("kind", ["entity", "claim"])
def test_conll_round_trip_keeps_tokens_and_tags(
    golden_db: Path, cli: Cli, tmp_path: Path, kind: str
) -> None:
    out = tmp_path / "c"
    assert (
        cli("export", "--project", "News", "--format", "conll", "--kind", kind, "-o", str(out)) == 0
    )
    db2 = tmp_path / "second.sqlite3"
    assert (
        main(
            [
                "--db",
                str(db2),
                "import",
                "--project",
                "News",
                "--annotator",
                "asha",
                "--format",
                "conll",
                str(out / "data.conll"),
            ]
        )
        == 0
    )
    again = tmp_path / "c2"
    assert (
        main(
            [
                "--db",
                str(db2),
                "export",
                "--project",
                "News",
                "--status",
                "any",
                "--format",
                "conll",
                "--kind",
                kind,
                "-o",
                str(again),
            ]
        )
        == 0
    )
    assert _tokens_and_tags(again / "data.conll") == _tokens_and_tags(out / "data.conll")


def _facts_of(db: Path, project: str, tmp: Path) -> tuple[set, set]:
    out = tmp / "facts.jsonl"
    assert (
        main(["--db", str(db), "export", "--project", project, "--status", "any", "-o", str(out)])
        == 0
    )
    spans: set = set()
    relations: set = set()
    for row in (json.loads(x) for x in out.read_text("utf-8").splitlines()):
        by_id = {s["id"]: (s["start"], s["end"], s["label"]) for s in row["spans"]}
        spans |= set(by_id.values())
        relations |= {(r["type"], by_id[r["from"]], by_id[r["to"]]) for r in row["relations"]}
        # Referents as the sets of their mentions (issue 12): ids differ between files.
        groups: dict[str, set] = {}
        for span in row["spans"]:
            if "referent" in span:
                groups.setdefault(span["referent"], set()).add(by_id[span["id"]])
        relations |= {("same referent", frozenset(g)) for g in groups.values()}
    return spans, relations


@pytest.mark.parametrize("fmt", ["doccano", "label-studio", "brat"])
def test_demo_project_round_trips(demo_workspace, db_path: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    assert (
        main(["--db", str(db_path), "export", "--project", "Demo", "--format", fmt, "-o", str(out)])
        == 0
    )
    source = (
        out if fmt == "brat" else out / ("data.json" if fmt == "label-studio" else "data.jsonl")
    )
    db2 = tmp_path / "second.sqlite3"
    assert (
        main(
            [
                "--db",
                str(db2),
                "import",
                "--project",
                "Demo",
                "--annotator",
                "demo",
                "--format",
                fmt,
                str(source),
            ]
        )
        == 0
    )
    expected = _facts_of(db_path, "Demo", tmp_path / "a")
    assert len(expected[0]) == 74 and len(expected[1]) == 14 + 3  # 3 referents
    assert _facts_of(db2, "Demo", tmp_path / "b") == expected
