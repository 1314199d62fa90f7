"""The document list of a large project: its size, pages by row position, sorting.

Random access without OFFSET: one query walks the matching documents once in the list's
order (inside SQLite or PostgreSQL, nothing comes back per row) and returns the count
plus an *anchor*, the sort key of the first row, for every page of ``page_size`` rows.
Any page is then one keyset query, ``(key, id) >= anchor ... LIMIT page_size``, as
fast at row 1,000,000 as at row 0. Jumping to a document id is one count query of the
rows before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, literal, select, tuple_
from sqlalchemy.orm import Session

from annotator.model import DocumentId, DocumentSummary, Status
from annotator.storage.orm import DocumentRow, DocumentStateRow, SpanRow

SORT_KEYS = ("id", "title", "status", "spans", "changed")


@dataclass(frozen=True)
class ListIndex:
    """How many documents match, and where each page starts (its first row's key)."""

    total: int
    page_size: int
    anchors: tuple[tuple[Any, int], ...]  # (sort key, document id) of each page's first row


def sort_key(sort: str, annotator_id: int | None) -> Any:
    """The SQL expression the list is ordered by (then by id)."""
    if sort == "id":
        return DocumentRow.id
    if sort == "title":
        return DocumentRow.title
    if sort == "spans":
        return (
            select(func.count(SpanRow.id))
            .where(SpanRow.document_id == DocumentRow.id, SpanRow.annotator_id == annotator_id)
            .correlate(DocumentRow)
            .scalar_subquery()
        )
    if sort == "status":
        return _state_column(DocumentStateRow.status, annotator_id, Status.NEW.value)
    if sort == "changed":
        return func.coalesce(
            _state_column(DocumentStateRow.updated, annotator_id, None), DocumentRow.created
        )
    raise ValueError(f"unknown sort key {sort!r}; one of {', '.join(SORT_KEYS)}")


def _state_column(column: Any, annotator_id: int | None, default: Any) -> Any:
    value = (
        select(column)
        .where(
            DocumentStateRow.document_id == DocumentRow.id,
            DocumentStateRow.annotator_id == annotator_id,
        )
        .correlate(DocumentRow)
        .scalar_subquery()
    )
    return value if default is None else func.coalesce(value, default)


def list_index(
    session: Session,
    conditions: Sequence[Any],
    key: Any,
    *,
    descending: bool = False,
    page_size: int = 200,
) -> ListIndex:
    """Count the matching documents and take every page's anchor, in one query."""
    order = (key.desc(), DocumentRow.id.desc()) if descending else (key, DocumentRow.id)
    numbered = (
        select(
            key.label("k"),
            DocumentRow.id.label("id"),
            func.row_number().over(order_by=order).label("rn"),
            func.count(literal(1)).over().label("total"),
        )
        .where(*conditions)
        .subquery()
    )
    rows = session.execute(
        select(numbered.c.k, numbered.c.id, numbered.c.total)
        .where((numbered.c.rn - 1) % page_size == 0)
        .order_by(numbered.c.rn)
    ).all()
    total = int(rows[0][2]) if rows else 0
    return ListIndex(total, page_size, tuple((k, int(i)) for k, i, _ in rows))


def list_page(
    session: Session,
    conditions: Sequence[Any],
    status_expr: Any,
    key: Any,
    anchor: tuple[Any, int],
    limit: int,
    annotator_id: int | None,
    *,
    descending: bool = False,
) -> list[DocumentSummary]:
    """Up to ``limit`` rows from ``anchor`` on (included), in the list's order."""
    span_count = (
        select(func.count(SpanRow.id))
        .where(SpanRow.document_id == DocumentRow.id, SpanRow.annotator_id == annotator_id)
        .correlate(DocumentRow)
        .scalar_subquery()
    )
    position = tuple_(key, DocumentRow.id)
    start = tuple_(literal(anchor[0]), literal(anchor[1]))
    where = position <= start if descending else position >= start
    if anchor[0] is None:  # NULL keys do not compare: page by id alone
        where = DocumentRow.id <= anchor[1] if descending else DocumentRow.id >= anchor[1]
    order = (key.desc(), DocumentRow.id.desc()) if descending else (key, DocumentRow.id)
    rows = session.execute(
        select(
            DocumentRow.id,
            DocumentRow.external_id,
            DocumentRow.title,
            status_expr,
            span_count,
            DocumentRow.length,
        )
        .where(*conditions, where)
        .order_by(*order)
        .limit(limit)
    )
    return [
        DocumentSummary(DocumentId(i), ext, title, Status(st), int(n or 0), int(length or 0))
        for i, ext, title, st, n, length in rows
    ]


def row_of(
    session: Session,
    conditions: Sequence[Any],
    key: Any,
    document_id: int,
    *,
    descending: bool = False,
) -> int:
    """The row position of a document in the list, or -1 if it does not match."""
    found = session.execute(
        select(key, DocumentRow.id).where(*conditions, DocumentRow.id == document_id)
    ).first()
    if found is None:
        return -1
    value = found[0]
    position = tuple_(key, DocumentRow.id)
    here = tuple_(literal(value), literal(document_id))
    before = position > here if descending else position < here
    if value is None:
        before = DocumentRow.id > document_id if descending else DocumentRow.id < document_id
    return int(session.scalar(select(func.count(DocumentRow.id)).where(*conditions, before)) or 0)
