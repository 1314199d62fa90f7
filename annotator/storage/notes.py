"""Notes on documents and spans: every SQL statement about them.

A span has at most one note (setting it again replaces it; an empty text removes it);
a document layer has a list of notes, oldest first.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from annotator.model import DocumentId, Note, SpanId
from annotator.storage.orm import DocumentRow, NoteRow, utcnow


def _iso(moment: datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.isoformat(timespec="seconds")


def parse_time(text: str) -> datetime:
    """A note's time from ISO 8601 (naive UTC, as the database keeps it); now if empty."""
    if not text:
        return utcnow()
    moment = datetime.fromisoformat(text)
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def to_note(row: NoteRow) -> Note:
    span_id = SpanId(row.span_id) if row.span_id is not None else None
    return Note(row.text, row.author, _iso(row.time), span_id, row.id)


def layer_notes(s: Session, document_ids: Iterable[int], annotator_id: int | None) -> list[NoteRow]:
    """The notes of these documents (one annotator's layer, or every layer if None)."""
    ids = list(document_ids)
    if not ids:
        return []
    query = select(NoteRow).where(NoteRow.document_id.in_(ids))
    if annotator_id is not None:
        query = query.where(NoteRow.annotator_id == annotator_id)
    return list(s.scalars(query.order_by(NoteRow.document_id, NoteRow.time, NoteRow.id)))


def notes_of(
    s: Session, document_ids: Iterable[int], annotator_id: int | None
) -> list[tuple[int, int, Note]]:
    """``(document id, annotator id, note)`` of :func:`layer_notes`, as domain types."""
    return [
        (r.document_id, r.annotator_id, to_note(r))
        for r in layer_notes(s, document_ids, annotator_id)
    ]


def add_note(
    s: Session,
    document_id: int,
    annotator_id: int,
    text: str,
    author: str,
    *,
    span_id: int | None = None,
    time: datetime | None = None,
) -> NoteRow:
    row = NoteRow(
        document_id=document_id,
        annotator_id=annotator_id,
        span_id=span_id,
        text=text,
        author=author,
        time=time or utcnow(),
    )
    s.add(row)
    s.flush()
    return row


def span_note(s: Session, span_id: int) -> NoteRow | None:
    return s.scalars(select(NoteRow).where(NoteRow.span_id == span_id)).first()


def clear_span_note(s: Session, span_id: int) -> None:
    s.execute(delete(NoteRow).where(NoteRow.span_id == span_id))


def note_row(s: Session, note_id: int) -> NoteRow | None:
    return s.get(NoteRow, note_id)


def rewrite_note(s: Session, note_id: int, text: str) -> None:
    """A note's new text; its time becomes now, its author stays."""
    row = s.get(NoteRow, note_id)
    if row is not None:
        row.text = text
        row.time = parse_time("")
        s.flush()


def delete_note(s: Session, note_id: int) -> None:
    row = s.get(NoteRow, note_id)
    if row is not None:
        s.delete(row)
        s.flush()


def search_notes(
    s: Session, project_id: int, query: str, limit: int = 200
) -> list[tuple[DocumentId, str, Note]]:
    """Notes of a project whose text contains ``query`` (case-insensitive): (document id,
    external id, note), newest first."""
    rows = s.execute(
        select(NoteRow, DocumentRow.external_id)
        .join(DocumentRow, DocumentRow.id == NoteRow.document_id)
        .where(
            DocumentRow.project_id == project_id,
            NoteRow.text.ilike(f"%{_escape(query)}%", escape="\\"),
        )
        .order_by(NoteRow.time.desc(), NoteRow.id.desc())
        .limit(limit)
    )
    return [(DocumentId(row.document_id), external_id, to_note(row)) for row, external_id in rows]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
