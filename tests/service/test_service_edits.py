"""Every edit through the Workspace is validated, committed, logged and answered with Changes."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from annotator.model import Document, DocumentRecord, Status
from annotator.service import (
    Changes,
    ConflictError,
    NotFound,
    ServiceError,
    Workspace,
    import_records,
)
from annotator.storage.orm import HistoryRow

TEXT = (
    "উত্তর কোরিয়ার নেতা কিম জং উন বলেন, “আমরা রাশিয়ার পাশে আছি।” "
    "দক্ষিণ কোরিয়ার গোয়েন্দা সংস্থা বলছে, ১১ হাজার সৈন্য পাঠানো হয়েছে। 😀 স্ত্রী"
)
WHO = "rina"


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace(str(tmp_path / "svc.sqlite3"))
    import_records(workspace, [DocumentRecord(text=TEXT, external_id="kim")], project="P")
    yield workspace
    workspace.close()


@pytest.fixture
def doc(ws: Workspace) -> Document:
    project = ws.project("P")
    return ws.document_by_external_id(project.id, "kim")


def history(ws: Workspace) -> list[HistoryRow]:
    with ws.db.reading() as s:
        return list(s.scalars(select(HistoryRow).order_by(HistoryRow.id)))


def snapshot(ws: Workspace, doc: Document) -> Any:
    layer = ws.layer(doc.id, WHO)
    return (layer.status, layer.spans, layer.relations, len(history(ws)))


def test_create_span_returns_changes_and_is_stored(ws: Workspace, doc: Document) -> None:
    start, end = at("কিম জং উন")
    changes = ws.create_span(doc.id, WHO, "PER", start, end)
    assert isinstance(changes, Changes)
    assert changes.documents == frozenset({doc.id})
    span = changes.span
    assert span is not None
    assert (span.label, span.start, span.end, span.annotator) == ("PER", start, end, WHO)
    assert span.kind.value == "entity"
    layer = ws.layer(doc.id, WHO)
    assert layer.spans == (span,)
    assert layer.status is Status.IN_PROGRESS
    last = history(ws)[-1]
    assert (last.action, last.entity, last.entity_id, last.annotator) == (
        "create",
        "span",
        span.id,
        WHO,
    )
    assert last.before is None and last.after is not None
    assert last.after["label"] == "PER"


def test_committed_edits_survive_reopening(tmp_path: Path, ws: Workspace, doc: Document) -> None:
    start, end = at("কিম জং উন")
    ws.create_span(doc.id, WHO, "PER", start, end)
    url = ws.url
    ws.close()
    with Workspace(url) as again:
        assert [(s.start, s.end) for s in again.layer(doc.id, WHO).spans] == [(start, end)]


@pytest.mark.parametrize(
    ("start", "end", "label", "reason"),
    [
        (0, len(TEXT) + 5, "PER", "outside the text"),
        (-1, 3, "PER", "outside the text"),
        (10, 10, "PER", "start must be before end"),
        (12, 8, "PER", "start must be before end"),
        (0, 2, "GPE", "splits a grapheme cluster"),  # inside ত্ত of উত্তর
        (0, 5, "COUNTRY", "unknown label 'COUNTRY'"),
    ],
)
def test_bad_spans_are_refused_and_nothing_changes(
    ws: Workspace, doc: Document, start: int, end: int, label: str, reason: str
) -> None:
    before = snapshot(ws, doc)
    with pytest.raises(ServiceError, match=reason):
        ws.create_span(doc.id, WHO, label, start, end)
    assert snapshot(ws, doc) == before


def test_spans_around_an_emoji_and_a_conjunct(ws: Workspace, doc: Document) -> None:
    wife = at("স্ত্রী")
    with pytest.raises(ServiceError, match="splits a grapheme cluster"):
        ws.create_span(doc.id, WHO, "PER", wife[0], wife[0] + 3)
    assert ws.create_span(doc.id, WHO, "PER", *wife).span is not None
    emoji = TEXT.index("😀")
    assert ws.create_span(doc.id, WHO, "EVENT", emoji, emoji + 1).span is not None


def test_bad_attribute_is_refused(ws: Workspace, doc: Document) -> None:
    start, end = at("আমরা রাশিয়ার পাশে আছি।")
    with pytest.raises(ServiceError, match="direct, indirect, mixed"):
        ws.create_span(doc.id, WHO, "QUOTE", start, end, {"form": "loud"})
    changes = ws.create_span(doc.id, WHO, "QUOTE", start, end, {"form": "direct"})
    assert changes.span is not None and changes.span.attrs == {"form": "direct"}


def test_overlapping_and_nested_spans_are_allowed(ws: Workspace, doc: Document) -> None:
    claim = at("দক্ষিণ কোরিয়ার গোয়েন্দা সংস্থা বলছে, ১১ হাজার সৈন্য পাঠানো হয়েছে।")
    org = at("দক্ষিণ কোরিয়ার গোয়েন্দা সংস্থা")
    gpe = at("দক্ষিণ কোরিয়ার")
    qty = at("১১ হাজার সৈন্য")
    ws.create_span(doc.id, WHO, "CLAIM", *claim, {"checkworthy": "yes"})
    ws.create_span(doc.id, WHO, "ORG", *org)
    ws.create_span(doc.id, WHO, "GPE", *gpe)
    ws.create_span(doc.id, WHO, "QUANTITY", *qty)
    # the same range twice with different labels, and a partial overlap
    ws.create_span(doc.id, WHO, "LOC", *gpe)
    ws.create_span(doc.id, WHO, "EVENT", gpe[0] + len("দক্ষিণ "), org[1])
    assert len(ws.layer(doc.id, WHO).spans) == 6


def test_update_span_validates_and_bumps_version(ws: Workspace, doc: Document) -> None:
    span = ws.create_span(doc.id, WHO, "PER", *at("কিম")).span
    assert span is not None
    changes = ws.update_span(span.id, WHO, end=at("কিম জং উন")[1], expected_version=span.version)
    before, after = changes.spans_updated[0]
    assert before == span
    assert after.end == at("কিম জং উন")[1] and after.version == span.version + 1
    with pytest.raises(ConflictError):
        ws.update_span(span.id, WHO, label="ORG", expected_version=span.version)
    with pytest.raises(ServiceError, match="splits a grapheme cluster"):
        ws.update_span(span.id, WHO, start=2)  # inside ত্ত
    with pytest.raises(ServiceError, match="unknown label"):
        ws.update_span(span.id, WHO, label="NAME")
    with pytest.raises(ServiceError, match="start must be before end"):
        ws.update_span(span.id, WHO, start=after.end)
    assert ws.layer(doc.id, WHO).spans == (after,)
    last = history(ws)[-1]
    assert last.action == "update" and last.before is not None and last.after is not None
    assert last.before["end"] == span.end and last.after["end"] == after.end


def test_relabel_drops_attributes_the_new_label_lacks(ws: Workspace, doc: Document) -> None:
    quote = ws.create_span(doc.id, WHO, "QUOTE", *at("আমরা রাশিয়ার পাশে আছি।"), {"form": "direct"}).span
    assert quote is not None
    after = ws.update_span(quote.id, WHO, label="CLAIM").spans_updated[0][1]
    assert after.label == "CLAIM" and after.attrs == {}


def test_relations_follow_their_kinds(ws: Workspace, doc: Document) -> None:
    quote = ws.create_span(doc.id, WHO, "QUOTE", *at("আমরা রাশিয়ার পাশে আছি।")).span
    kim = ws.create_span(doc.id, WHO, "PER", *at("কিম জং উন")).span
    date = ws.create_span(doc.id, WHO, "DATE", *at("১১ হাজার")).span
    assert quote and kim and date
    changes = ws.create_relation("speaker", quote.id, kim.id, WHO)
    rel = changes.relation
    assert rel is not None and (rel.type, rel.from_span, rel.to_span) == (
        "speaker",
        quote.id,
        kim.id,
    )
    assert changes.documents == frozenset({doc.id})
    assert history(ws)[-1].entity == "relation"
    before = snapshot(ws, doc)
    for rel_type, source, target, reason in (
        ("speaker", quote.id, date.id, "not from QUOTE to DATE"),
        ("speaker", kim.id, quote.id, "not from PER to QUOTE"),
        ("claimant", quote.id, kim.id, "not from QUOTE to PER"),
        ("said", quote.id, kim.id, "unknown relation type"),
        ("speaker", quote.id, kim.id, "exists already"),
    ):
        with pytest.raises(ServiceError, match=reason):
            ws.create_relation(rel_type, source, target, WHO)
    assert snapshot(ws, doc) == before
    # relabelling an end to a kind the relation does not allow is refused too
    with pytest.raises(ServiceError, match="cannot keep its speaker link"):
        ws.update_span(kim.id, WHO, label="DATE")


def test_relation_across_annotators_is_refused(ws: Workspace, doc: Document) -> None:
    quote = ws.create_span(doc.id, WHO, "QUOTE", *at("আমরা রাশিয়ার পাশে আছি।")).span
    kim = ws.create_span(doc.id, "other", "PER", *at("কিম জং উন")).span
    assert quote and kim
    with pytest.raises(ServiceError, match="same annotator"):
        ws.create_relation("speaker", quote.id, kim.id, WHO)


def test_delete_span_removes_its_relations(ws: Workspace, doc: Document) -> None:
    quote = ws.create_span(doc.id, WHO, "QUOTE", *at("আমরা রাশিয়ার পাশে আছি।")).span
    kim = ws.create_span(doc.id, WHO, "PER", *at("কিম জং উন")).span
    assert quote and kim
    rel = ws.create_relation("speaker", quote.id, kim.id, WHO).relation
    changes = ws.delete_span(kim.id, WHO)
    assert changes.spans_removed == (kim,)
    assert changes.relations_removed == (rel,)
    layer = ws.layer(doc.id, WHO)
    assert layer.spans == (quote,) and layer.relations == ()
    actions = [(h.action, h.entity) for h in history(ws)[-2:]]
    assert actions == [("delete", "relation"), ("delete", "span")]
    with pytest.raises(NotFound):
        ws.delete_span(kim.id, WHO)


def test_delete_relation(ws: Workspace, doc: Document) -> None:
    claim = ws.create_span(doc.id, WHO, "CLAIM", *at("১১ হাজার সৈন্য পাঠানো হয়েছে")).span
    org = ws.create_span(doc.id, WHO, "ORG", *at("দক্ষিণ কোরিয়ার গোয়েন্দা সংস্থা")).span
    assert claim and org
    rel = ws.create_relation("claimant", claim.id, org.id, WHO).relation
    assert rel is not None
    changes = ws.delete_relation(rel.id, WHO)
    assert changes.relations_removed == (rel,)
    assert ws.layer(doc.id, WHO).relations == ()
    assert history(ws)[-1].action == "delete"


def test_status_and_time(ws: Workspace, doc: Document) -> None:
    assert ws.layer(doc.id, WHO).status is Status.NEW
    changes = ws.set_status(doc.id, WHO, Status.DONE)
    assert changes.state is not None and changes.state.status is Status.DONE
    assert ws.layer(doc.id, WHO).status is Status.DONE
    last = history(ws)[-1]
    assert (last.action, last.before, last.after) == (
        "status",
        {"status": "new"},
        {"status": "done"},
    )
    ws.add_time(doc.id, WHO, 12.5)
    ws.add_time(doc.id, WHO, -3)
    assert ws.time_spent(doc.id, WHO) == 12.5
    project = ws.project("P")
    assert ws.status_counts(project.id, WHO)[Status.DONE] == 1


def test_layers_are_per_annotator(ws: Workspace, doc: Document) -> None:
    ws.create_span(doc.id, WHO, "PER", *at("কিম জং উন"))
    ws.create_span(doc.id, "other", "GPE", *at("রাশিয়ার"))
    assert [s.label for s in ws.layer(doc.id, WHO).spans] == ["PER"]
    assert [s.label for s in ws.layer(doc.id, "other").spans] == ["GPE"]
    assert ws.layer(doc.id, "nobody").spans == ()


def test_read_only_workspace_refuses_edits(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    with Workspace(str(path)) as ws:
        import_records(ws, [DocumentRecord(text=TEXT, external_id="kim")], project="P")
    with Workspace(str(path), read_only=True) as ro:
        assert ro.read_only
        doc = ro.document_by_external_id(ro.project("P").id, "kim")
        with pytest.raises(ServiceError, match="read-only"):
            ro.create_span(doc.id, WHO, "PER", *at("কিম"))
        assert ro.layer(doc.id, WHO).spans == ()


def test_unwritable_file_opens_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "db.sqlite3"
    with Workspace(str(path)) as ws:
        import_records(ws, [DocumentRecord(text=TEXT, external_id="kim")], project="P")
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        if os.access(path, os.W_OK):
            pytest.skip("running as a user who may write anyway (root)")
        with Workspace(str(path)) as ro:
            assert ro.read_only
            doc = ro.document_by_external_id(ro.project("P").id, "kim")
            with pytest.raises(ServiceError, match="read-only"):
                ro.create_span(doc.id, WHO, "PER", *at("কিম"))
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


def test_a_span_repeated_in_one_record_is_stored_once_and_links_work(workspace) -> None:
    from annotator.model import DocumentRecord, RelationRecord, SpanRecord
    from annotator.service import import_records

    text = "কিম বলেন, ‘আমরা আছি’।"
    quote = text.index("আমরা")
    record = DocumentRecord(
        text=text,
        external_id="dup",
        annotator="rina",
        spans=(
            SpanRecord("a", 0, 3, "PER"),
            SpanRecord("b", 0, 3, "PER"),
            SpanRecord("q", quote, quote + len("আমরা আছি"), "QUOTE"),
        ),
        relations=(RelationRecord("r", "speaker", "q", "b"),),
    )
    report = import_records(workspace, [record], project="P")
    assert report.spans_added == 2
    doc = workspace.document_by_external_id(workspace.project("P").id, "dup")
    layer = workspace.layer(doc.id, "rina")
    per = next(s for s in layer.spans if s.label == "PER")
    (relation,) = layer.relations
    assert relation.to_span == per.id


# The schema edits are checked against (kept per project) -------------------------------


def test_a_schema_edit_here_applies_to_the_next_edit(ws: Workspace, doc: Document) -> None:
    from annotator.service.schemas import delete_label

    ws.create_span(doc.id, WHO, "LOC", *at("রাশিয়ার"))  # the schema is now kept
    delete_label(ws, "P", "ORG")
    with pytest.raises(ServiceError, match="unknown label 'ORG'"):
        ws.create_span(doc.id, WHO, "ORG", *at("গোয়েন্দা"))


def test_a_label_deleted_by_another_process_is_refused_cleanly(
    ws: Workspace, doc: Document, tmp_path: Path
) -> None:
    from annotator.service.schemas import delete_label

    ws.create_span(doc.id, WHO, "LOC", *at("রাশিয়ার"))  # the schema is now kept
    with Workspace(str(tmp_path / "svc.sqlite3")) as other:
        delete_label(other, "P", "ORG")
    before = snapshot(ws, doc)
    with pytest.raises(ServiceError, match="unknown label 'ORG'"):
        ws.create_span(doc.id, WHO, "ORG", *at("গোয়েন্দা"))
    assert snapshot(ws, doc) == before
    # the refusal dropped the stale schema: opening the project reads the new one
    assert ws.project("P").schema.label("ORG") is None


# The usual edit in few statements, against what it was checked with ---------------------


def test_a_document_replaced_under_the_kept_copy_is_read_again(
    ws: Workspace, doc: Document, tmp_path: Path
) -> None:
    """An edit checks a span against the document kept from earlier edits and inserts it
    only if the document still has that text: another process deleting the document and
    importing a shorter one under the same id gets the new text's refusal."""
    ws.create_span(doc.id, WHO, "PER", *at("কিম জং উন"))  # the document is now kept
    path = tmp_path / "svc.sqlite3"
    with sqlite3.connect(path) as conn:  # another process; SQLite gives the id again
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
    conn.close()
    with Workspace(str(path)) as other:
        import_records(other, [DocumentRecord(text="ছোট লেখা", external_id="short")], project="P")
        assert other.document_by_external_id(other.project("P").id, "short").id == doc.id
    with pytest.raises(ServiceError, match="outside the text"):
        ws.create_span(doc.id, WHO, "ORG", *at("গোয়েন্দা"))
    assert ws.layer(doc.id, WHO).spans == ()
    changes = ws.create_span(doc.id, WHO, "LOC", 0, 3)
    assert changes.span is not None and changes.span.start == 0


def test_a_span_edit_runs_few_statements(ws: Workspace, doc: Document) -> None:
    """Create: BEGIN, the insert that checks the document, label and annotator, the
    state's update and the history row; delete: BEGIN, the span with its names, its
    links, the delete, the state, the history (synchronous=FULL commits are kept)."""
    ws.create_span(doc.id, WHO, "LOC", *at("রাশিয়ার"))  # the document and schema kept
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    event.listen(ws.db.engine, "before_cursor_execute", count)
    changes = ws.create_span(doc.id, WHO, "PER", *at("কিম জং উন"))
    created = list(statements)
    statements.clear()
    assert changes.span is not None
    ws.delete_span(changes.span.id, WHO)
    event.remove(ws.db.engine, "before_cursor_execute", count)
    assert len(created) == 4, created
    assert len(statements) == 6, statements
    assert [(s.label, s.start) for s in ws.layer(doc.id, WHO).spans] == [("LOC", at("রাশিয়ার")[0])]
    assert [(h.action, h.entity) for h in history(ws)[-2:]] == [
        ("create", "span"),
        ("delete", "span"),
    ]
