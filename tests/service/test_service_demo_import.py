"""First run seeds the Demo project; import_records is all-or-nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.formats.native import read_jsonl
from annotator.model import DocumentRecord, RecordError, SpanRecord, Status
from annotator.resources import seed_path
from annotator.service import DEMO_PROJECT, Workspace, import_records, open_workspace
from annotator.text import ClusterIndex


def seed_record() -> dict:
    line = seed_path("kim-putin-letter.spans.jsonl").read_text(encoding="utf-8").splitlines()[0]
    return json.loads(line)


def test_demo_is_created_on_first_run_of_an_empty_database(tmp_path: Path) -> None:
    path = tmp_path / "first.sqlite3"
    with open_workspace(str(path), seed_demo=True) as ws:
        projects = [p.name for p in ws.projects()]
        assert projects == [DEMO_PROJECT]
        demo = ws.project(DEMO_PROJECT)
        assert ws.count_documents(demo.id) == 1
        layers = list(ws.iter_layers(demo.id, status=None))
        assert layers, "the Demo project has an annotated layer"
        seed = seed_record()
        spans = [s for layer in layers for s in layer.spans]
        assert len(spans) == len(seed["spans"])
        relations = [r for layer in layers for r in layer.relations]
        assert len(relations) == len(seed.get("relations", []))
        text = layers[0].document.text
        clusters = ClusterIndex(text)
        for span in spans:
            assert clusters.is_boundary(span.start) and clusters.is_boundary(span.end)
    # Opening again does not seed twice.
    with open_workspace(str(path), seed_demo=True) as ws:
        assert [p.name for p in ws.projects()] == [DEMO_PROJECT]
        assert ws.count_documents(ws.project(DEMO_PROJECT).id) == 1


def test_demo_is_not_added_to_a_database_with_projects(tmp_path: Path) -> None:
    path = tmp_path / "used.sqlite3"
    with Workspace(str(path)) as ws:
        import_records(ws, [DocumentRecord(text="কিম জং উন")], project="Mine")
    with open_workspace(str(path), seed_demo=True) as ws:
        assert [p.name for p in ws.projects()] == ["Mine"]


def test_seed_has_the_promised_annotations() -> None:
    seed = seed_record()
    labels = {s["label"] for s in seed["spans"]}
    assert {"PER", "ORG", "GPE", "QUOTE", "CLAIM"} <= labels
    types = {r["type"] for r in seed["relations"]}
    assert types == {"speaker", "claimant", "cue"}
    # Issue 12: Kim's two quotes from his letter have their cues, and every কিম / কিম জং উন
    # mention is one referent.
    by_id = {s["id"]: s for s in seed["spans"]}
    cue_of = {r["from"]: by_id[r["to"]]["text"] for r in seed["relations"] if r["type"] == "cue"}
    quotes = {by_id[q]["text"].split()[0]: cue for q, cue in cue_of.items()}
    assert quotes["আমি"] == "বলেন" and quotes["আমাদের"] == "লেখেন"
    kim = {s["referent"] for s in seed["spans"] if s["label"] == "PER" and "কিম" in s["text"]}
    assert len(kim) == 1
    assert sum(1 for s in seed["spans"] if s.get("referent") in kim) == 7
    with seed_path("kim-putin-letter.spans.jsonl").open(encoding="utf-8") as handle:
        records = list(read_jsonl(handle, "seed"))
    assert len(records) == 1
    text = records[0].text
    for span in records[0].spans:
        assert text[span.start : span.end] == span.text


def _all_spans(ws: Workspace, project: str) -> list[tuple]:
    try:
        proj = ws.project(project)
    except Exception:
        return []
    return [
        (layer.document.external_id, layer.annotator, s.label, s.start, s.end)
        for layer in ws.iter_layers(proj.id, status=None)
        for s in layer.spans
    ]


def test_a_bad_record_leaves_nothing_behind(tmp_path: Path) -> None:
    good = DocumentRecord(text="কিম জং উন বলেন।", external_id="a", origin="f:1")
    bad = DocumentRecord(
        text="পুতিন",
        external_id="b",
        annotator="x",
        spans=(SpanRecord("s1", 0, 9, "PER"),),
        origin="f:2",
    )
    with Workspace(str(tmp_path / "atomic.sqlite3")) as ws:
        with pytest.raises(RecordError) as info:
            import_records(ws, [good, bad], project="P")
        assert str(info.value).startswith("f:2: span s1:")
        assert ws.projects() == []
        report = import_records(ws, [good, bad], project="P", skip_invalid=True)
        assert report.documents_added == 1
        assert len(report.skipped) == 1 and report.skipped[0].startswith("f:2:")


def test_identical_texts_are_skipped_and_counted(tmp_path: Path) -> None:
    with Workspace(str(tmp_path / "dup.sqlite3")) as ws:
        records = [
            DocumentRecord(text="কিম জং উন।", external_id="a"),
            DocumentRecord(text="কিম জং উন।", external_id="b"),
        ]
        report = import_records(ws, records, project="P")
        assert (report.documents_added, report.duplicates) == (1, 1)
        report = import_records(ws, records, project="P")
        assert (report.documents_added, report.duplicates) == (0, 2)
        assert ws.count_documents(ws.project("P").id) == 1


def test_reimporting_a_layer_adds_no_spans_twice(tmp_path: Path) -> None:
    record = DocumentRecord(
        text="কিম জং উন।",
        external_id="a",
        annotator="rina",
        status=Status.DONE,
        spans=(SpanRecord("s1", 0, 9, "PER"),),
    )
    with Workspace(str(tmp_path / "merge.sqlite3")) as ws:
        first = import_records(ws, [record], project="P")
        second = import_records(ws, [record], project="P")
        assert (first.spans_added, second.spans_added, second.spans_already_present) == (1, 0, 1)
        assert len(_all_spans(ws, "P")) == 1


def test_normalize_remaps_spans(tmp_path: Path) -> None:
    raw = "\ufeffকোরি\u09dfার নেতা কিম"
    kim = raw.index("কিম")
    record = DocumentRecord(
        text=raw, external_id="n", annotator="a", spans=(SpanRecord("s1", kim, kim + 3, "PER"),)
    )
    with Workspace(str(tmp_path / "norm.sqlite3")) as ws:
        with pytest.raises(RecordError, match="--normalize"):
            import_records(ws, [record], project="P")
        import_records(ws, [record], project="P", normalize=True)
        layer = next(ws.iter_layers(ws.project("P").id, status=None))
        span = layer.spans[0]
        assert layer.document.text[span.start : span.end] == "কিম"
        assert span.start == kim  # BOM removed (-1), য় decomposed (+1)


def test_project_none_means_the_users_project(tmp_path: Path) -> None:
    with open_workspace(str(tmp_path / "which.sqlite3"), seed_demo=True) as ws:
        assert ws.project(None).name == DEMO_PROJECT  # nothing else yet
        import_records(ws, [DocumentRecord(text="আমার লেখা।")], project="Mine")
        assert ws.project(None).name == "Mine"
        import_records(ws, [DocumentRecord(text="আরেকটি লেখা।")], project="Other")
        assert ws.project(None).name == DEMO_PROJECT  # ambiguous: the first, as before
        assert ws.project("Other").name == "Other"


def test_import_is_logged_in_the_history(tmp_path: Path) -> None:
    from sqlalchemy import select

    from annotator.storage.orm import HistoryRow

    record = DocumentRecord(
        text="কিম জং উন।", annotator="rina", spans=(SpanRecord("s1", 0, 9, "PER"),)
    )
    with Workspace(str(tmp_path / "log.sqlite3")) as ws:
        import_records(ws, [record, DocumentRecord(text="আরেকটি।")], project="P", annotator="me")
        with ws.db.reading() as s:
            rows = [
                (h.annotator, h.action, h.entity, h.after) for h in s.scalars(select(HistoryRow))
            ]
    assert rows[0][:3] == ("rina", "import", "document")
    assert rows[-1] == (
        "me",
        "import",
        "project",
        {"documents_added": 2, "duplicates": 0, "layers": 1, "skipped": 0},
    )


def test_long_titles_are_cut_to_the_column_size(tmp_path: Path) -> None:
    from annotator.storage.repository import SOURCE_LENGTH, TITLE_LENGTH

    title = "শিরোনাম " * 100
    record = DocumentRecord(text="লম্বা শিরোনাম।", title=title, source="s" * 2000)
    with Workspace(str(tmp_path / "long.sqlite3")) as ws:
        import_records(ws, [record], project="P")
        (summary,) = ws.list_documents(ws.project("P").id)
        assert summary.title == title[:TITLE_LENGTH]
        assert ws.document(summary.id).source == "s" * SOURCE_LENGTH


def test_same_text_twice_in_one_run_merges_the_layers(tmp_path: Path) -> None:
    text = "কিম জং উন ও পুতিন।"
    first = DocumentRecord(text=text, annotator="rina", spans=(SpanRecord("a", 0, 9, "PER"),))
    second = DocumentRecord(
        text=text,
        annotator="rina",
        spans=(SpanRecord("a", 0, 9, "PER"), SpanRecord("b", 12, 17, "PER")),
    )
    with Workspace(str(tmp_path / "merge1.sqlite3")) as ws:
        report = import_records(ws, [first, second], project="P")
        assert (report.documents_added, report.duplicates) == (1, 1)
        assert (report.spans_added, report.spans_already_present) == (2, 1)
        (layer,) = ws.iter_layers(ws.project("P").id, status=None)
        assert [text[s.start : s.end] for s in layer.spans] == ["কিম জং উন", "পুতিন"]
