"""Row positions of a project's document list in import and title order, without OFFSET.

``list_checkpoints`` (migration 0010) holds, for every ``STRIDE``-th position of a
project's list in import order (``sort`` "id") and in title order ("title"), the
boundary ``(title, document_id)`` with exactly ``position`` documents before it. Row
``r`` is then the row ``r - position < STRIDE`` steps on from the checkpoint at or before
it (one seek by primary key, then a short walk of the ``(project_id, id)`` or
``(project_id, title)`` index), and a document's row is the checkpoint at or before its
key plus a count of fewer than ``STRIDE`` entries: the same at row 10,000,000 as at row 0.

Kept right by triggers on ``documents`` (same transaction): a change of one document
deletes the checkpoints after its key, since only those count it; the ones before stay
right. A new document appended in import order is after every checkpoint, so an import
deletes nothing there (in title order it cuts the list at the smallest new title).
:func:`extend` builds what is missing from the last checkpoint on, in one statement
inside the database; the window runs it on a pool thread. Positions past the last
checkpoint are still answered (a longer walk) until then.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import cast, delete, func, insert, literal, null, select, tuple_
from sqlalchemy.orm import Session

from annotator.storage.orm import DocumentRow, ListCheckpointRow, ProjectRow, ProjectTotalRow

STRIDE = 1000
# The orders with checkpoints: import order, title, import time (the last is the
# documents nobody has a state for in the last-change order; migration 0012).
SORTS = ("id", "title", "created")
CHECKPOINTS_SINCE = "0010"  # the migration that made list_checkpoints

C = ListCheckpointRow


@dataclass(frozen=True)
class Checkpoint:
    """``position`` documents of the project come before ``(key, document_id)`` (the
    key is the title or the import time; "" in import order)."""

    position: int
    key: Any
    document_id: int


def _key(sort: str) -> Any:
    """The documents' column the order is by (then by id); None in import order."""
    if sort not in SORTS:
        raise ValueError(f"no checkpoints for the order {sort!r}; one of {', '.join(SORTS)}")
    return {"title": DocumentRow.title, "created": DocumentRow.created}.get(sort)


def _kept(sort: str) -> Any:
    """The checkpoints' column holding that key."""
    return {"title": C.title, "created": C.created}.get(sort)


def _at_or_after(sort: str, key: Any, document_id: int) -> Any:
    """Documents at or after a boundary in the list's order (a range of its index)."""
    column = _key(sort)
    if column is None:
        return DocumentRow.id >= document_id
    return tuple_(column, DocumentRow.id) >= tuple_(literal(key, column.type), literal(document_id))


def _order(sort: str) -> tuple[Any, ...]:
    column = _key(sort)
    return (DocumentRow.id,) if column is None else (column, DocumentRow.id)


def _row(found: Any) -> Checkpoint | None:
    return None if found is None else Checkpoint(int(found[0]), found[1], int(found[2]))


def _checkpoints(sort: str) -> Any:
    kept = _kept(sort)
    return select(C.position, kept if kept is not None else C.title, C.document_id)


def checkpoint_before(session: Session, project_id: int, sort: str, row: int) -> Checkpoint | None:
    """The checkpoint at or before position ``row`` (one seek of the primary key)."""
    found = session.execute(
        _checkpoints(sort)
        .where(C.project_id == project_id, C.sort == sort, C.position <= row)
        .order_by(C.position.desc())
        .limit(1)
    ).first()
    return _row(found)


def last_checkpoint(session: Session, project_id: int, sort: str) -> Checkpoint | None:
    found = session.execute(
        _checkpoints(sort)
        .where(C.project_id == project_id, C.sort == sort)
        .order_by(C.position.desc())
        .limit(1)
    ).first()
    return _row(found)


@dataclass(frozen=True)
class Found:
    """The ``(sort key, id)`` of a row, and how many index entries were walked to it."""

    anchor: tuple[Any, int] | None
    walked: int


def anchor_at(session: Session, project_id: int, sort: str, row: int) -> Found:
    """The ``(sort key, id)`` of the document at position ``row`` of the project's list
    in ascending ``sort`` order (None past the end): the checkpoint at or before it,
    then a walk of ``row - position`` index entries (fewer than ``STRIDE`` where the
    checkpoints reach; from the list's start when there are none yet)."""
    key = _key(sort)
    start = checkpoint_before(session, project_id, sort, row)
    walked = row - (start.position if start else 0)
    statement = select(key if key is not None else DocumentRow.id, DocumentRow.id).where(
        DocumentRow.project_id == project_id
    )
    if start is not None:
        statement = statement.where(_at_or_after(sort, start.key, start.document_id))
    found = session.execute(statement.order_by(*_order(sort)).limit(1).offset(walked)).first()
    return Found(None if found is None else (found[0], int(found[1])), walked)


def position_of(
    session: Session, project_id: int, sort: str, key: Any, document_id: int
) -> tuple[int, int]:
    """``(position, walked)``: how many of the project's documents come before
    ``(key, document_id)`` in ascending ``sort`` order, counted from the checkpoint at
    or before it (``walked`` entries). The boundary need not be a document's."""
    column, kept = _key(sort), _kept(sort)
    if column is None:
        here: Any = C.document_id <= document_id
        latest: tuple[Any, ...] = (C.document_id.desc(),)
        before: Any = DocumentRow.id < document_id
    else:
        bound = (literal(key, column.type), literal(document_id))
        here = tuple_(kept, C.document_id) <= tuple_(*bound)
        latest = (kept.desc(), C.document_id.desc())
        before = tuple_(column, DocumentRow.id) < tuple_(*bound)
    found = session.execute(
        _checkpoints(sort)
        .where(C.project_id == project_id, C.sort == sort, here)
        .order_by(*latest)
        .limit(1)
    ).first()
    start = _row(found)
    conditions = [DocumentRow.project_id == project_id, before]
    if start is not None:
        conditions.append(_at_or_after(sort, start.key, start.document_id))
    counted = int(session.scalar(select(func.count()).where(*conditions)) or 0)
    return (start.position if start else 0) + counted, counted


def row_of(session: Session, project_id: int, sort: str, document_id: int) -> int:
    """A document's position in the project's list in ascending ``sort`` order (-1
    when it is not the project's): :func:`position_of` its key."""
    column = _key(sort)
    found = session.execute(
        select(column if column is not None else DocumentRow.id).where(
            DocumentRow.id == document_id, DocumentRow.project_id == project_id
        )
    ).first()
    if found is None:
        return -1
    return position_of(session, project_id, sort, found[0], document_id)[0]


def complete(session: Session, project_id: int, sort: str, total: int) -> bool:
    """Whether every position of a ``total``-document list is fewer than ``STRIDE``
    entries past a checkpoint (else :func:`extend` has work)."""
    last = last_checkpoint(session, project_id, sort)
    reach = -1 if last is None else last.position
    return total <= reach + STRIDE


def _lock_project(session: Session, project_id: int) -> None:
    """On PostgreSQL: the project's total row, which every change of its documents
    locks in the triggers first, so a build never overlaps a change (SQLite has one
    writer anyway)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            select(ProjectTotalRow.project_id)
            .where(ProjectTotalRow.project_id == project_id)
            .with_for_update()
        )


def extend(session: Session, project_id: int, sort: str, *, stride: int | None = None) -> int:
    """Add the missing checkpoints after the last one (all of them when there are
    none), in one statement numbered inside the database. Returns how many were added.
    Runs in a write transaction (the caller's)."""
    stride = stride or STRIDE
    _lock_project(session, project_id)
    last = last_checkpoint(session, project_id, sort)
    first = 0 if last is None else last.position
    conditions = [DocumentRow.project_id == project_id]
    if last is not None:
        # From the boundary on: its own document (if it still exists) has the number
        # ``first`` again, so only the rows numbered past it are new checkpoints.
        conditions.append(_at_or_after(sort, last.key, last.document_id))
    numbered = (
        select(
            (DocumentRow.title if sort == "title" else literal("")).label("title"),
            (
                DocumentRow.created if sort == "created" else cast(null(), DocumentRow.created.type)
            ).label("created"),
            DocumentRow.id.label("document_id"),
            (func.row_number().over(order_by=_order(sort)) - 1 + first).label("position"),
        )
        .where(*conditions)
        .subquery()
    )
    wanted = select(
        literal(project_id),
        literal(sort),
        numbered.c.position,
        numbered.c.title,
        numbered.c.created,
        numbered.c.document_id,
    ).where(numbered.c.position % stride == 0)
    if last is not None:
        wanted = wanted.where(numbered.c.position > first)
    columns = ["project_id", "sort", "position", "title", "created", "document_id"]
    added = session.connection().execute(insert(C).from_select(columns, wanted))
    return int(added.rowcount or 0)


def rebuild(session: Session, *, stride: int | None = None) -> None:
    """Every project's checkpoints again from its documents (``db check --rebuild-search``)."""
    session.execute(delete(C))
    for project_id in session.scalars(select(ProjectRow.id)).all():
        for sort in SORTS:
            extend(session, int(project_id), sort, stride=stride)


def problems(session: Session) -> list[str]:
    """Checkpoints that do not count the documents before them (a full pass of each
    project's list in both orders: for ``db check``, never for the window). The rows
    and checkpoints are merged in one ordered statement, so the database's own order
    (a PostgreSQL collation) decides what comes before what."""
    found: list[str] = []
    lists = session.execute(select(C.project_id, C.sort).distinct()).all()
    for project_id, sort in sorted((int(p), s) for p, s in lists):
        if sort not in SORTS:
            found.append(f"project {project_id} has list checkpoints of an unknown order {sort!r}")
            continue
        wrong = _wrong(session, project_id, sort)
        if wrong:
            found.append(
                f"{len(wrong):,} of the {sort} order's list checkpoints of project {project_id} "
                f"are wrong (the first at position {wrong[0]:,}); "
                "`annotator db check --rebuild-search` rebuilds them"
            )
    return found


def _wrong(session: Session, project_id: int, sort: str) -> list[int]:
    """Positions of the checkpoints whose count of rows before them is not their
    position: rows and checkpoints in one order (a checkpoint before a row of its own
    key), counted as they come."""
    column, kept = _key(sort), _kept(sort)
    rows = select(
        (column if column is not None else literal("")).label("k"),
        DocumentRow.id.label("id"),
        literal(1).label("kind"),
        literal(-1).label("position"),
    ).where(DocumentRow.project_id == project_id)
    marks = select(
        (kept if kept is not None else literal("")).label("k"),
        C.document_id.label("id"),
        literal(0).label("kind"),
        C.position.label("position"),
    ).where(C.project_id == project_id, C.sort == sort)
    both = rows.union_all(marks).subquery()
    order = (both.c.id,) if column is None else (both.c.k, both.c.id)
    stream = session.execute(
        select(both.c.kind, both.c.position)
        .order_by(*order, both.c.kind)
        .execution_options(yield_per=10_000)
    )
    wrong: list[int] = []
    before = 0
    for kind, position in stream:
        if kind == 1:
            before += 1
        elif before != position:
            wrong.append(int(position))
    return wrong


__all__ = [
    "CHECKPOINTS_SINCE",
    "SORTS",
    "STRIDE",
    "Checkpoint",
    "Found",
    "anchor_at",
    "checkpoint_before",
    "complete",
    "extend",
    "last_checkpoint",
    "position_of",
    "problems",
    "rebuild",
    "row_of",
]
