"""Export filters, overlap handling, output targets and failure modes."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.model import Status
from annotator.service import Workspace
from annotator.service.datasets import ExportCancelled, ExportRequest, export_dataset

GOLDEN_SOURCE = Path(__file__).resolve().parent.parent / "formats" / "golden" / "source.spans.jsonl"
OVERLAPPING = "মস্কো ও পিয়ংইয়ং সম্পর্ক, ইউক্রেন যুদ্ধ চলছে।"


@pytest.fixture
def news(db_path: Path, cli: Callable[..., int]) -> Workspace:
    """Golden document (asha, done) plus an overlapping EVENT/GPE document by asha in
    progress, and a gold layer on the golden document."""
    assert cli("import", "--project", "News", str(GOLDEN_SOURCE)) == 0
    ws = Workspace(str(db_path))
    project = ws.project("News")
    [layer] = ws.iter_layers(project.id, annotator="asha")
    doc = layer.document
    ws.create_span(doc.id, "gold", "GPE", 87, 92)
    ws.set_status(doc.id, "gold", Status.DONE)
    ws.close()
    return ws


def _overlap_doc(db_path: Path, status: Status = Status.DONE) -> None:
    with Workspace(str(db_path)) as ws:
        from annotator.model import DocumentRecord, SpanRecord
        from annotator.service import import_records

        start = OVERLAPPING.index("ইউক্রেন")
        import_records(
            ws,
            [
                DocumentRecord(
                    text=OVERLAPPING,
                    external_id="overlap",
                    annotator="asha",
                    status=status,
                    spans=(
                        SpanRecord("a", start, start + len("ইউক্রেন যুদ্ধ"), "EVENT"),
                        SpanRecord("b", start, start + len("ইউক্রেন"), "GPE"),
                    ),
                    origin="t:1",
                )
            ],
            project="News",
        )


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines()]


def test_overlap_error_names_documents_and_spans(
    news, db_path: Path, cli, tmp_path: Path, capsys
) -> None:
    _overlap_doc(db_path)
    out = tmp_path / "c"
    assert cli("export", "--project", "News", "--format", "conll", "-o", str(out)) == 2
    err = capsys.readouterr().err
    assert "overlap (asha): EVENT" in err and "'ইউক্রেন যুদ্ধ' overlaps GPE" in err
    assert "--on-overlap" in err
    assert not out.exists() or not any(out.iterdir())  # no data, no .part, no card


@pytest.mark.parametrize(("mode", "kept"), [("longest", "EVENT"), ("first", "EVENT")])
def test_overlap_longest_and_first(
    news, db_path: Path, cli, tmp_path: Path, mode: str, kept: str
) -> None:
    _overlap_doc(db_path)
    out = tmp_path / mode
    assert (
        cli(
            "export",
            "--project",
            "News",
            "--format",
            "hf",
            "--on-overlap",
            mode,
            "--annotator",
            "asha",
            "-o",
            str(out),
        )
        == 0
    )
    card = json.loads((out / "dataset.json").read_text("utf-8"))
    assert card["dropped_overlaps"] == 1
    assert card["expanded_spans"] == 1  # ঢাকা inside ঢাকায়
    names = card["tag_names"]
    tags = [
        names[t]
        for row in _rows(out / "data.jsonl")
        if row["id"].startswith("overlap")
        for t in row["ner_tags"]
    ]
    assert f"B-{kept}" in tags and "B-GPE" not in tags


def test_label_and_kind_filters(news, cli, tmp_path: Path) -> None:
    assert (
        cli(
            "export",
            "--project",
            "News",
            "--annotator",
            "asha",
            "--label",
            "PER",
            "-o",
            str(tmp_path / "per"),
        )
        == 0
    )
    [row] = _rows(tmp_path / "per" / "data.jsonl")
    assert {s["label"] for s in row["spans"]} == {"PER"}
    assert row["relations"] == []  # their other ends were filtered out
    assert (
        cli(
            "export",
            "--project",
            "News",
            "--annotator",
            "asha",
            "--kind",
            "quote",
            "--kind",
            "entity",
            "-o",
            str(tmp_path / "q"),
        )
        == 0
    )
    [row] = _rows(tmp_path / "q" / "data.jsonl")
    assert "CLAIM" not in {s["label"] for s in row["spans"]}
    assert [r["type"] for r in row["relations"]] == ["speaker"]
    assert (
        cli(
            "export",
            "--project",
            "News",
            "--annotator",
            "asha",
            "--format",
            "conll",
            "--label",
            "GPE",
            "-o",
            str(tmp_path / "g"),
        )
        == 0
    )
    card = json.loads((tmp_path / "g" / "dataset.json").read_text("utf-8"))
    assert card["tag_names"] == ["O", "B-GPE", "I-GPE"]


def test_gold_annotator_and_status(news, db_path: Path, cli, tmp_path: Path) -> None:
    _overlap_doc(db_path, Status.IN_PROGRESS)
    assert cli("export", "--project", "News", "--gold", "-o", str(tmp_path / "gold")) == 0
    [row] = _rows(tmp_path / "gold" / "data.jsonl")
    assert row["annotator"] == "gold" and [s["label"] for s in row["spans"]] == ["GPE"]
    assert (
        cli("export", "--project", "News", "--annotator", "asha", "-o", str(tmp_path / "done")) == 0
    )
    assert [r["id"] for r in _rows(tmp_path / "done" / "data.jsonl")] == ["bn-golden"]
    assert (
        cli(
            "export",
            "--project",
            "News",
            "--annotator",
            "asha",
            "--status",
            "any",
            "-o",
            str(tmp_path / "any"),
        )
        == 0
    )
    assert [r["id"] for r in _rows(tmp_path / "any" / "data.jsonl")] == ["bn-golden", "overlap"]
    card = json.loads((tmp_path / "any" / "dataset.json").read_text("utf-8"))
    assert card["filters"]["status"] == "any" and card["filters"]["annotator"] == "asha"


def test_stdout_export(news, cli, capsys) -> None:
    capsys.readouterr()
    assert (
        cli("export", "--project", "News", "--annotator", "asha", "--format", "doccano", "-o", "-")
        == 0
    )
    [row] = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(row["entities"]) == 8


def test_spacy_missing_names_the_extra(
    news, cli, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)
    assert cli("export", "--project", "News", "--format", "spacy", "-o", str(tmp_path / "s")) == 2
    assert "pip install 'annotator[spacy]'" in capsys.readouterr().err
    assert not (tmp_path / "s" / "data.spacy").exists()


def test_foreign_readme_is_never_overwritten(news, cli, tmp_path: Path, capsys) -> None:
    (tmp_path / "README.md").write_text("# my project\n", encoding="utf-8")
    assert (
        cli("export", "--project", "News", "--format", "conll", "-o", str(tmp_path / "news.conll"))
        == 0
    )
    assert (tmp_path / "README.md").read_text("utf-8") == "# my project\n"
    card = json.loads((tmp_path / "news.card.json").read_text("utf-8"))
    assert card["files"][0]["name"] == "news.conll"
    assert (tmp_path / "news.card.md").exists()
    from annotator.cli.main import main

    assert main(["validate", str(tmp_path / "news.conll")]) == 0  # finds news.card.json
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "README.md").write_text("# mine\n", encoding="utf-8")
    assert cli("export", "--project", "News", "-o", str(folder)) == 2
    assert "not written by Annotator" in capsys.readouterr().err
    assert sorted(p.name for p in folder.iterdir()) == ["README.md"]


def test_cancel_leaves_nothing(news, db_path: Path, tmp_path: Path) -> None:
    with Workspace(str(db_path)) as ws, pytest.raises(ExportCancelled):
        export_dataset(
            ws,
            ExportRequest(format="brat", output=str(tmp_path / "b"), project="News", status=None),
            cancelled=lambda: True,
        )
    assert not (tmp_path / "b").exists()  # the folder appears whole or not at all
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".b")] == []


def test_unknown_label_and_bad_kind(news, cli, tmp_path: Path, capsys) -> None:
    assert cli("export", "--project", "News", "--label", "TEAM", "-o", str(tmp_path / "x")) == 2
    assert "no such label" in capsys.readouterr().err
    assert (
        cli(
            "export",
            "--project",
            "News",
            "--format",
            "conll",
            "--kind",
            "entity,quote",
            "-o",
            str(tmp_path / "y"),
        )
        == 2
    )
    assert "one layer" in capsys.readouterr().err
