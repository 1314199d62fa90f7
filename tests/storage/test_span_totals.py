"""The span counts kept per layer (``span_totals``, migration 0014) follow every write of
spans, ``db check`` finds a wrong one and ``--rebuild-search`` counts them again."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, func, select, update

from annotator.formats.native import parse_record
from annotator.service import Workspace, import_records
from annotator.service.search import rebuild_search_index, search_index_problems
from annotator.storage.orm import DocumentRow, SpanRow, SpanTotalRow

TEXT = "ঢাকা শহরে আজ বৃষ্টি হয়েছে, খুলনায় রোদ।"


def record(key: str, annotator: str, words: list[str]) -> object:
    spans = [
        {"id": f"{key}{n}", "start": TEXT.index(w), "end": TEXT.index(w) + len(w), "label": "LOC"}
        for n, w in enumerate(words)
    ]
    text = f"{TEXT} {key}"  # the same text would be the same document
    return parse_record({"id": key, "text": text, "annotator": annotator, "spans": spans}, key)


def kept_and_counted(ws: Workspace) -> tuple[dict, dict]:
    with ws.db.reading() as s:
        kept = {
            (d, a): n
            for d, a, n in s.execute(
                select(SpanTotalRow.document_id, SpanTotalRow.annotator_id, SpanTotalRow.spans)
            )
            if n
        }
        counted = {
            (d, a): n
            for d, a, n in s.execute(
                select(SpanRow.document_id, SpanRow.annotator_id, func.count()).group_by(
                    SpanRow.document_id, SpanRow.annotator_id
                )
            )
        }
    return kept, counted


def test_the_kept_counts_follow_every_write_and_are_checked(tmp_path: Path) -> None:
    with Workspace(str(tmp_path / "t.sqlite3")) as ws:
        follow_every_write(ws)


def follow_every_write(ws: Workspace) -> None:
    """Import labels, create, relabel and delete a span, move one to another layer,
    delete a document: the kept counts are the counted ones; a wrong one is reported
    and counted again."""
    import_records(  # labels imported with the documents
        ws,
        [
            record("a", "asha", ["ঢাকা", "খুলনায়"]),
            record("a", "bilal", ["ঢাকা"]),
            record("b", "asha", ["বৃষ্টি"]),
            record("c", "asha", []),
        ],
        project="P",
    )
    kept, counted = kept_and_counted(ws)
    assert kept == counted and sorted(counted.values()) == [1, 1, 2]
    doc = ws.document_by_external_id(ws.project("P").id, "c")
    made = ws.create_span(doc.id, "asha", "LOC", 0, 4).span
    ws.update_span(made.id, "asha", label="PER", expected_version=made.version)
    assert kept_and_counted(ws)[0][(int(doc.id), made_annotator(ws, made.id))] == 1
    ws.delete_span(made.id, "asha")
    kept, counted = kept_and_counted(ws)
    assert kept == counted
    with ws.db.writing() as s:  # a span moved to another layer, a document deleted
        first, mine = s.execute(select(SpanRow.id, SpanRow.annotator_id).limit(1)).one()
        other = s.scalar(select(SpanRow.annotator_id).where(SpanRow.annotator_id != mine))
        s.execute(update(SpanRow).where(SpanRow.id == first).values(annotator_id=other))
        s.execute(delete(DocumentRow).where(DocumentRow.external_id == "b"))
    kept, counted = kept_and_counted(ws)
    assert kept == counted
    assert search_index_problems(ws.db) == []
    with ws.db.writing() as s:
        s.execute(update(SpanTotalRow).values(spans=SpanTotalRow.spans + 3))
    found = search_index_problems(ws.db)
    assert any("span counts" in p and "--rebuild-search" in p for p in found)
    rebuild_search_index(ws.db)
    assert search_index_problems(ws.db) == []
    kept, counted = kept_and_counted(ws)
    assert kept == counted


def made_annotator(ws: Workspace, span_id: int) -> int:
    with ws.db.reading() as s:
        return int(s.scalar(select(SpanRow.annotator_id).where(SpanRow.id == span_id)))
