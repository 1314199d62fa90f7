"""Suggestions through the service: training in a subprocess, storing, accepting,
rejecting, importing and exporting, checked through the database and exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.formats.native import parse_record
from annotator.service import Workspace, import_records
from annotator.service.suggestions import (
    accept,
    apply,
    evaluate,
    export_suggestions,
    load_suggester,
    reject,
    stored_suggestions,
    train,
    train_in_subprocess,
)
from benchmarks import corpus

LABELS = sorted(corpus.ENTITY_LABELS)


def _gold_project(ws: Workspace, n: int = 14) -> None:
    records = [
        parse_record(corpus.make_record(i, chars=700, spans=None, annotator="gold"), f"c:{i}")
        for i in range(n)
    ]
    import_records(ws, records, project="P")


def test_tagger_trains_in_a_subprocess_and_its_holdout_table_has_every_label(
    workspace: Workspace,
) -> None:
    _gold_project(workspace)
    project = workspace.project("P")
    report = train_in_subprocess(workspace.url, "P", holdout=0.25, seed=3)
    table = report.metrics["table"]
    assert report.source == "gold"
    assert sorted(table["labels"]) == LABELS
    assert report.metrics["holdout_documents"] >= 1
    assert report.metrics["train_documents"] + report.metrics["holdout_documents"] == 14
    assert table["overall"]["f1"] > 0.5  # it learned something real
    assert "precision" in report.table() and "QUANTITY" in report.table()
    # the stored model predicts in this process, as scored
    suggester = load_suggester(workspace, project)
    assert suggester.tagger is not None
    assert suggester.tagger_metrics["table"] == table
    text = corpus.make_record(50, chars=700, spans=None)["text"]
    tagged = suggester.suggest(text, recommenders=("tagger",))
    assert tagged and all(s.recommender == "tagger" and 0 < s.score <= 1 for s in tagged)
    result = evaluate(workspace, project)
    assert set(result["recommenders"]) == {"gazetteer", "tagger", "quotes", "all"}
    assert result["holdout_documents"] == report.metrics["holdout_documents"]


def test_accepting_gives_a_real_span_with_source_and_exports_carry_it(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    ws = demo_workspace
    demo = ws.project("Demo")
    doc = ws.document_by_external_id(demo.id, "kim-putin-letter")
    # a fresh layer: every learned string is suggested again for this annotator
    suggester = load_suggester(ws, demo, source="done")
    found = suggester.suggest(doc.text, ws.layer(doc.id, "rita").spans)
    hit = next(s for s in found if doc.text[s.start : s.end] == "পুতিনের" or s.label == "PER")
    changes = accept(ws, doc, "rita", hit)
    span = changes.span
    assert span is not None and span.source == "gazetteer" and span.annotator == "rita"
    layer = ws.layer(doc.id, "rita")
    assert [(s.start, s.end, s.label, s.source) for s in layer.spans] == [
        (hit.start, hit.end, hit.label, "gazetteer")
    ]
    # accepted once, it is no longer a suggestion for that layer
    again = suggester.suggest(doc.text, layer.spans)
    assert hit.key not in {s.key for s in again}
    from annotator.formats.native import layer_to_dict

    line = layer_to_dict(layer)
    assert line["spans"][0]["source"] == "gazetteer"
    # hand-made spans have no source key (exports of old projects do not change)
    demo_line = layer_to_dict(ws.layer(doc.id, "demo"))
    assert all("source" not in s for s in demo_line["spans"])


def test_a_rejected_suggestion_is_remembered(demo_workspace: Workspace) -> None:
    ws = demo_workspace
    demo = ws.project("Demo")
    doc = ws.document_by_external_id(demo.id, "kim-putin-letter")
    found = load_suggester(ws, demo, source="done").suggest(doc.text)
    kim = next(s for s in found if doc.text[s.start : s.end] == "কিম")
    reject(ws, doc, "rita", kim)
    later = load_suggester(ws, demo, source="done").suggest(doc.text)
    assert not any(doc.text[s.start : s.end] == "কিম" and s.label == "PER" for s in later)
    assert any(doc.text[s.start : s.end] == "কিমের" for s in later)  # another string stays
    reject(ws, doc, "rita", kim, undo=True)
    restored = load_suggester(ws, demo, source="done").suggest(doc.text)
    assert any(doc.text[s.start : s.end] == "কিম" for s in restored)


def test_apply_stores_suggestions_and_exports_leave_them_out_unless_asked(
    workspace: Workspace, tmp_path: Path
) -> None:
    _gold_project(workspace, 6)
    project = workspace.project("P")
    plain = corpus.make_record(99, chars=700, spans=None, annotator=None, with_spans=False)
    import_records(workspace, [parse_record(plain, "p:1")], project="P")
    doc = workspace.document_by_external_id(project.id, plain["id"])
    counts = apply(workspace, project, document_ids=[doc.id], recommender="gazetteer")
    stored = stored_suggestions(workspace, doc.id)
    assert counts["gazetteer"] == len(stored) > 0
    # labels exports: no suggestion anywhere
    layers = list(workspace.iter_layers(project.id, status=None))
    assert all(layer.document.id != doc.id or not layer.spans for layer in layers)
    out = tmp_path / "s.jsonl"
    with open(out, "w", encoding="utf-8") as handle:
        docs, n = export_suggestions(workspace, project, handle)
    lines = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert (docs, n) == (1, len(stored))
    assert lines[0]["layer"] == "suggestions"
    for item in lines[0]["spans"]:
        assert item["source"] == "gazetteer" and 0 < item["score"] <= 1
        assert lines[0]["text"][item["start"] : item["end"]] == item["text"]


def test_training_needs_labeled_documents(workspace: Workspace) -> None:
    from annotator.service import ServiceError

    workspace.ensure_project("Empty")
    with pytest.raises(ServiceError, match="at least 2"):
        train(workspace, workspace.project("Empty"))
