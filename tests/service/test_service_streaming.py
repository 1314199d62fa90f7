"""Batched reads and writes behind export and import keep what a user sees: span order
in an export line, independent attribute values, duplicates found within one import."""

from __future__ import annotations

import json

from annotator.formats.native import dumps_layer
from annotator.model import DocumentRecord, SpanRecord, Status
from annotator.service import Workspace, import_records

TEXT = "কিম জং উন পুতিনকে চিঠি লিখেছেন। ঢাকা থেকে খবর।"


def test_spans_on_the_same_range_export_in_label_order(workspace: Workspace) -> None:
    ws = workspace
    import_records(ws, [DocumentRecord(text=TEXT, external_id="d1")], project="P")
    doc = ws.list_documents(ws.project("P").id)[0]
    # Created in reverse label order: the export must still say GPE before ORG before PER.
    for label in ("PER", "ORG", "GPE"):
        ws.create_span(doc.id, "ann", label, 0, 9)
    ws.create_span(doc.id, "ann", "GPE", 32, 36, {"canonical": "ঢাকা"})
    ws.create_span(doc.id, "ann", "LOC", 32, 36, {"canonical": "ঢাকা"})
    ws.set_status(doc.id, "ann", Status.DONE)
    (layer,) = ws.iter_layers(ws.project("P").id)
    line = json.loads(dumps_layer(layer))
    assert [(s["start"], s["end"], s["label"]) for s in line["spans"]] == [
        (0, 9, "GPE"),
        (0, 9, "ORG"),
        (0, 9, "PER"),
        (32, 36, "GPE"),
        (32, 36, "LOC"),
    ]
    assert [s["id"] for s in line["spans"]] == ["s1", "s2", "s3", "s4", "s5"]
    # Equal attribute values read back are separate dicts: changing one changes no other.
    gpe, loc = layer.spans[3], layer.spans[4]
    assert gpe.attrs == loc.attrs == {"canonical": "ঢাকা"}
    gpe.attrs["canonical"] = "x"
    assert loc.attrs == {"canonical": "ঢাকা"}


def test_export_matches_the_layer_read_one_document_at_a_time(workspace: Workspace) -> None:
    ws = workspace
    records = [
        DocumentRecord(
            text=f"{TEXT} {n}",
            external_id=f"d{n}",
            annotator="ann",
            status=Status.DONE,
            spans=(
                SpanRecord("a", 0, 3, "PER"),
                SpanRecord("b", 32, 36, "GPE", {"canonical": "ঢাকা"}),
            ),
        )
        for n in range(7)
    ]
    import_records(ws, records, project="P")
    streamed = [dumps_layer(x) for x in ws.iter_layers(ws.project("P").id, batch=3)]
    one_by_one = [
        dumps_layer(ws.layer(d.id, "ann")) for d in ws.list_documents(ws.project("P").id, limit=100)
    ]
    assert streamed == one_by_one
    assert len(streamed) == 7


def test_import_finds_duplicates_among_documents_not_yet_written(workspace: Workspace) -> None:
    ws = workspace
    plain = [DocumentRecord(text=f"{TEXT} {n}", external_id=f"d{n}") for n in range(3)]
    again = DocumentRecord(
        text=f"{TEXT} 1",
        external_id="again",
        annotator="ann",
        spans=(SpanRecord("a", 0, 3, "PER"),),
    )
    report = import_records(ws, [*plain, plain[0], again, plain[2]], project="P")
    assert (report.documents_added, report.duplicates, report.spans_added) == (3, 3, 1)
    project = ws.project("P").id
    docs = ws.list_documents(project)
    assert [d.external_id for d in docs] == ["d0", "d1", "d2"]
    # The span went to the document with that text, which was written in the same run.
    assert [s.label for s in ws.layer(docs[1].id, "ann").spans] == ["PER"]
    assert ws.layer(docs[0].id, "ann").spans == ()
