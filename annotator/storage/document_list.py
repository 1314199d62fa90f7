"""The document list of a large project: its size, pages by row position, sorting.

Random access without OFFSET. The count comes first (one aggregate, so ``rowCount()``
is right as the project is shown) with the first page, read from the start. The first
jump past it in a filtered list runs one query (on a pool thread) that walks the
matching documents in the list's order inside the database and returns an *anchor*, the
sort key of the first row, for every page of ``page_size`` rows; any page is then one
keyset query, ``(key, id) >= anchor ... LIMIT page_size``, as fast at row 1,000,000 as
at row 0. The whole project needs no walk: in import or title order its rows are found
from the list checkpoints (:mod:`annotator.storage.list_positions`), in status, span
count or last-change order from the annotator's states or kept span counts
(``span_totals``, migration 0014) merged with the other documents. A word alone in
import order needs no walk either: the pool thread keeps every ``MARK_STRIDE``-th
match of the search index (:class:`MatchMarks`) and a row is a seek from the nearest.
The last page is read backwards from the end, so jumping to the end needs no anchors at
all. A document's row is one count of the rows before it.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from sqlalchemy import and_, delete, exists, func, insert, literal, select, tuple_, union_all
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from annotator.model import DocumentId, DocumentSummary, Status
from annotator.storage.orm import (
    DocumentRow,
    DocumentStateRow,
    ProjectTotalRow,
    SpanRow,
    SpanTotalRow,
)
from annotator.storage.search import FTS_TABLE, fts_source

_E = TypeVar("_E")  # an entry of a list found by position

SORT_KEYS = ("id", "title", "status", "spans", "changed")


@dataclass(frozen=True)
class ListIndex:
    """Where each page starts: the (sort key, document id) of its first row."""

    page_size: int
    anchors: tuple[tuple[Any, int], ...]


def sort_key(sort: str, annotator_id: int | None) -> Any:
    """The SQL expression the list is ordered by (then by id)."""
    if sort == "id":
        return DocumentRow.id
    if sort == "title":
        return DocumentRow.title
    if sort == "spans":  # the kept count (migration 0014): one lookup, no count
        kept = (
            select(SpanTotalRow.spans)
            .where(
                SpanTotalRow.document_id == DocumentRow.id,
                SpanTotalRow.annotator_id == annotator_id,
            )
            .correlate(DocumentRow)
            .scalar_subquery()
        )
        return func.coalesce(kept, 0)
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


def count(session: Session, conditions: Sequence[Any]) -> int:
    """How many documents match (one aggregate over an index)."""
    return int(session.scalar(select(func.count(DocumentRow.id)).where(*conditions)) or 0)


def count_at_most(
    session: Session, conditions: Sequence[Any], cap: int, *, fts: str | None = None
) -> int:
    """How many documents match, counting no further than ``cap``: as fast for a word in
    every document as for a rare one (the exact count is the caller's to defer).

    With ``fts`` (an FTS5 query; ``conditions`` without the search) the rows come from
    the index and the count stops at the cap; ``id IN (MATCH ...)`` would first list
    every match (0.5 s for a word in each of 100,000 documents). The order by rowid
    keeps SQLite reading the index first (without it, it walks the project's documents
    and probes the index for each: 6 s)."""
    first = select(DocumentRow.id).where(*conditions)
    if fts is not None:
        source, match, rowid = fts_source(fts)
        first = select(DocumentRow.id).select_from(source).where(match, *conditions).order_by(rowid)
    capped = first.limit(cap).subquery()
    return int(session.scalar(select(func.count()).select_from(capped)) or 0)


def project_total(session: Session, project_id: int) -> int:
    """A project's documents, from the total the triggers keep (one row by key)."""
    found = session.scalar(
        select(ProjectTotalRow.documents).where(ProjectTotalRow.project_id == project_id)
    )
    return int(found or 0)


def list_index(
    session: Session,
    conditions: Sequence[Any],
    key: Any,
    *,
    descending: bool = False,
    page_size: int = 200,
) -> ListIndex:
    """Every page's anchor, in one query (the rows are numbered inside the database)."""
    order = (key.desc(), DocumentRow.id.desc()) if descending else (key, DocumentRow.id)
    numbered = (
        select(
            key.label("k"),
            DocumentRow.id.label("id"),
            func.row_number().over(order_by=order).label("rn"),
        )
        .where(*conditions)
        .subquery()
    )
    rows = session.execute(
        select(numbered.c.k, numbered.c.id)
        .where((numbered.c.rn - 1) % page_size == 0)
        .order_by(numbered.c.rn)
    ).all()
    return ListIndex(page_size, tuple((k, int(i)) for k, i in rows))


# Sort keys read straight from an index of ``documents``: any row of the whole project
# in these orders is found from the list checkpoints (:mod:`.list_positions`).
INDEXED_KEYS = ("id", "title")


def fts_anchor_at(
    session: Session,
    conditions: Sequence[Any],
    fts: str,
    row: int,
    *,
    descending: bool = False,
    index_only: bool = False,
) -> tuple[Any, int] | None:
    """In import order filtered by a word: the (id, id) of the match at position ``row``,
    by reading the search index in rowid order and stopping there, instead of first
    walking every match for the page anchors. Linear in ``row`` but bounded by the
    matches; with ``index_only`` (no condition besides the word, and a project holding
    every document: :func:`sole_project`) the documents' rows are not read at all (6 ms
    of CPU at row 33,333 of a word in each of 100,000 documents, against 40 ms with a
    lookup of each match's project). ``conditions`` without the search."""
    source, match, rowid = fts_source(fts)
    statement = (
        select(rowid).where(match)
        if index_only
        else select(DocumentRow.id).select_from(source).where(match, *conditions)
    )
    found = session.scalar(
        statement.order_by(rowid.desc() if descending else rowid).limit(1).offset(row)
    )
    return None if found is None else (int(found), int(found))


# Every how many matches of a word the pool thread's pass keeps one (its rowid): a jump
# then seeks there and walks fewer than this many entries of the search index.
MARK_STRIDE = 4000
# The other projects' documents a word's marks may leave out by listing their matches
# (each one an index lookup of ~0.1-0.2 ms): the Demo project or a few small ones beside
# the archive. More than this, and the list takes the count and anchors through
# ``documents`` instead.
EXCLUDED_CAP = 1000


@dataclass(frozen=True)
class MatchMarks:
    """A word's matches in one project, in the list's order (the search index's rowid
    order, ascending or descending): how many there are (``total``), the rowid of every
    ``stride``-th entry of the index (the entry at position ``i * stride`` is
    ``rowids[i]``), and the matches of the file's other projects, which the index holds
    too (``excluded``, ascending). Taken in one pass on a pool thread and kept in memory
    by the list, like the page anchors."""

    phrase: str
    total: int
    stride: int
    rowids: tuple[int, ...]
    descending: bool = False
    excluded: tuple[int, ...] = ()

    def excluded_through(self, rowid: int) -> int:
        """The other projects' matches at or before ``rowid`` in the list's order."""
        if self.descending:
            return len(self.excluded) - bisect_left(self.excluded, rowid)
        return bisect_right(self.excluded, rowid)

    def excluded_before(self, rowid: int) -> int:
        """The other projects' matches before ``rowid`` in the list's order."""
        if self.descending:
            return len(self.excluded) - bisect_right(self.excluded, rowid)
        return bisect_left(self.excluded, rowid)


def _raw_sqlite(session: Session) -> sqlite3.Connection:
    found = session.connection().connection.dbapi_connection
    if not isinstance(found, sqlite3.Connection):
        raise TypeError("the search index's marks are SQLite's (FTS5)")
    return found


def _match_sql(descending: bool, *, after: bool = False, counting: bool = False) -> str:
    """One statement over the search index alone (no ``documents`` row is read): the
    matches in rowid order, from a rowid on with ``after`` (FTS5 seeks to a rowid range)."""
    order = "DESC" if descending else "ASC"
    side = "<=" if descending else ">="
    what = "count(*)" if counting else "rowid"
    where = f"{FTS_TABLE} MATCH ?" + (f" AND rowid {side} ?" if after else "")
    tail = "" if counting else f" ORDER BY rowid {order} LIMIT 1 OFFSET ?"
    return f"SELECT {what} FROM {FTS_TABLE} WHERE {where}{tail}"


def other_documents(session: Session, project_id: int) -> int:
    """The documents of the file's other projects (the kept totals: one row each)."""
    found = session.scalar(
        select(func.sum(ProjectTotalRow.documents)).where(ProjectTotalRow.project_id != project_id)
    )
    return int(found or 0)


def match_marks(
    session: Session,
    phrase: str,
    project_id: int,
    *,
    descending: bool = False,
    stride: int | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> MatchMarks | None:
    """Count a word's matches in a project and keep every ``stride``-th rowid, reading
    only the search index: each step seeks past the last mark and skips ``stride``
    entries inside SQLite (one short statement per mark, so ``cancelled()`` is asked
    between them; None then). The other projects' matches are listed by looking up each
    of their documents in the index (at most :data:`EXCLUDED_CAP`: the caller checks
    :func:`other_documents`). A word in each of 1,000,000 documents takes 0.18-0.34 s
    of CPU (every 4,000th or 1,000th kept: each mark is a statement of ~0.2 ms), where
    the exact count over ``documents`` took ~0.9 s and the page anchors another ~1.7 s."""
    stride = stride or MARK_STRIDE
    raw = _raw_sqlite(session)
    others = [
        int(r)
        for (r,) in raw.execute(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? AND rowid IN "
            "(SELECT id FROM documents WHERE project_id IN (SELECT project_id FROM "
            "project_totals WHERE project_id != ? AND documents > 0)) ORDER BY rowid",
            (phrase, project_id),
        )
    ]
    step = _match_sql(descending, after=True)
    rowids: list[int] = []
    found = raw.execute(_match_sql(descending), (phrase, 0)).fetchone()
    while found is not None:
        rowids.append(int(found[0]))
        if cancelled():
            return None
        # The next mark is ``stride`` matches on: skip the mark itself and stride - 1.
        found = raw.execute(step, (phrase, rowids[-1], stride)).fetchone()
    if not rowids:
        return MatchMarks(phrase, 0, stride, (), descending)
    rest = raw.execute(_match_sql(descending, after=True, counting=True), (phrase, rowids[-1]))
    matched = (len(rowids) - 1) * stride + int(rest.fetchone()[0])
    return MatchMarks(
        phrase, matched - len(others), stride, tuple(rowids), descending, tuple(others)
    )


def _entry_at(raw: sqlite3.Connection, marks: MatchMarks, position: int) -> int | None:
    """The rowid at ``position`` of the index's matches (all projects'): a seek to the
    mark at or before it and a walk of fewer than ``marks.stride`` entries."""
    mark, walk = divmod(position, marks.stride)
    if mark >= len(marks.rowids):
        return None
    found = raw.execute(
        _match_sql(marks.descending, after=True), (marks.phrase, marks.rowids[mark], walk)
    ).fetchone()
    return None if found is None else int(found[0])


def match_anchor_at(session: Session, marks: MatchMarks, row: int) -> tuple[Any, int] | None:
    """The (id, id) of the project's match at position ``row`` (None past the end, or,
    rarely, after too many passes: the caller reads the index up to the row then): the
    index entry at that position, moved on past the other projects' matches before it,
    a few passes as in :func:`status_anchor_at`."""
    if not 0 <= row < marks.total:
        return None
    raw = _raw_sqlite(session)
    found = _settled(row, lambda at: _entry_at(raw, marks, at), marks.excluded_through)
    return None if found is None else (found, found)


def match_row_of(session: Session, marks: MatchMarks, document_id: int) -> int:
    """A document's position among the project's matches (-1 when it does not match or
    is another project's): the mark at or before it, plus the matches between that mark
    and the document (fewer than ``marks.stride``), less the other projects' matches
    before it."""
    raw = _raw_sqlite(session)
    here = raw.execute(
        f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? AND rowid = ?",
        (marks.phrase, document_id),
    ).fetchone()
    other = bisect_left(marks.excluded, document_id)
    if here is None or marks.excluded[other : other + 1] == (document_id,):
        return -1
    keys = [-r for r in marks.rowids] if marks.descending else list(marks.rowids)
    mark = bisect_right(keys, -document_id if marks.descending else document_id) - 1
    if mark < 0:  # before the first match: cannot be (the first mark is the first match)
        return -1
    side = ">" if marks.descending else "<"
    between = raw.execute(
        f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
        f"AND rowid {'<=' if marks.descending else '>='} ? AND rowid {side} ?",
        (marks.phrase, marks.rowids[mark], document_id),
    ).fetchone()
    return mark * marks.stride + int(between[0]) - marks.excluded_before(document_id)


def sole_project(session: Session, project_id: int) -> bool:
    """Whether the project holds every document of the database (the kept totals: one
    row per project)."""
    kept = session.execute(
        select(ProjectTotalRow.project_id).where(ProjectTotalRow.documents > 0).limit(2)
    ).all()
    return [int(p) for (p,) in kept] == [project_id]


def anchor_before(
    session: Session, conditions: Sequence[Any], document_id: int, back: int, *, descending: bool
) -> tuple[Any, int] | None:
    """In import order: the (id, id) of the row ``back`` rows before a document (its
    page's first row, found from the document instead of from the list's start)."""
    before = DocumentRow.id >= document_id if descending else DocumentRow.id <= document_id
    order = DocumentRow.id.asc() if descending else DocumentRow.id.desc()
    found = session.scalar(
        select(DocumentRow.id).where(*conditions, before).order_by(order).limit(1).offset(back)
    )
    return None if found is None else (int(found), int(found))


# Steps of a statement between two checks of a job's cancel flag: each check takes the
# GIL from the UI thread, so not too often (~10-50 ms of SQLite work apart).
STOP_CHECK_STEPS = 1_000_000


def count_and_index(
    session: Session,
    conditions: Sequence[Any],
    key: Any,
    *,
    descending: bool,
    page_size: int,
    on_count: Callable[[int], None] | None,
    cancelled: Callable[[], bool],
) -> ListIndex | None:
    """A pool job's work: the exact count (handed to ``on_count``) then the page
    anchors. On SQLite the running statement is aborted as soon as ``cancelled()`` says
    so (checked every ``STOP_CHECK_STEPS`` steps of the statement), so an old filter's walk over a
    million rows neither keeps a core busy nor holds up closing the app; None then."""
    found = session.connection().connection.dbapi_connection
    raw = found if isinstance(found, sqlite3.Connection) else None
    if raw is not None:
        raw.set_progress_handler(lambda: 1 if cancelled() else 0, STOP_CHECK_STEPS)
    try:
        if on_count is not None:
            on_count(count(session, conditions))
        if cancelled():
            return None
        return list_index(session, conditions, key, descending=descending, page_size=page_size)
    except OperationalError:
        if cancelled():
            return None
        raise
    finally:
        if raw is not None:
            raw.set_progress_handler(None, 0)


def summary_columns(status_expr: Any, annotator_id: int | None) -> tuple[Any, ...]:
    """The columns of one document-list row (no text): id, external id, title, the
    annotator's status and span count, length; read back by :func:`summaries`."""
    span_count = (
        select(func.count(SpanRow.id))
        .where(SpanRow.document_id == DocumentRow.id, SpanRow.annotator_id == annotator_id)
        .correlate(DocumentRow)
        .scalar_subquery()
    )
    return (
        DocumentRow.id,
        DocumentRow.external_id,
        DocumentRow.title,
        status_expr,
        span_count,
        DocumentRow.length,
    )


def summaries(rows: Iterable[Sequence[Any]]) -> list[DocumentSummary]:
    """Rows of :func:`summary_columns` as model types."""
    return [
        DocumentSummary(DocumentId(i), ext, title, Status(st), int(n or 0), int(length or 0))
        for i, ext, title, st, n, length in rows
    ]


def list_page(
    session: Session,
    conditions: Sequence[Any],
    status_expr: Any,
    key: Any,
    anchor: tuple[Any, int] | None,
    limit: int,
    annotator_id: int | None,
    *,
    descending: bool = False,
    from_end: bool = False,
    fts: str | None = None,
) -> list[DocumentSummary]:
    """Up to ``limit`` rows in the list's order from ``anchor`` on (included), from the
    first row when ``anchor`` is None, or the last ``limit`` rows with ``from_end``.

    With ``fts`` (an FTS5 query; the list in id order; ``conditions`` without the
    search) the rows come from the search index in rowid order, so the page stops after
    ``limit`` matches instead of first listing every match (2 ms instead of 45-120 ms
    on 100,000 documents)."""
    where: list[Any] = []
    if anchor is not None:
        position = tuple_(key, DocumentRow.id)
        start = tuple_(literal(anchor[0]), literal(anchor[1]))
        where.append(position <= start if descending else position >= start)
        if anchor[0] is None:  # NULL keys do not compare: page by id alone
            where = [DocumentRow.id <= anchor[1] if descending else DocumentRow.id >= anchor[1]]
    backwards = descending != from_end
    order: tuple[Any, ...] = (
        (key.desc(), DocumentRow.id.desc()) if backwards else (key, DocumentRow.id)
    )
    columns = summary_columns(status_expr, annotator_id)
    statement = select(*columns).where(*conditions, *where)
    if fts is not None:
        source, match, rowid = fts_source(fts)
        where = []
        if anchor is not None:
            where.append(rowid <= anchor[1] if descending else rowid >= anchor[1])
        statement = select(*columns).select_from(source).where(match, *conditions, *where)
        order = (rowid.desc(),) if backwards else (rowid,)
    rows = session.execute(statement.order_by(*order).limit(limit)).all()
    return summaries(rows[::-1] if from_end else rows)


# Orders whose key is the annotator's state or span count, else a column of the
# document: a page is two index-ordered streams merged (the annotator's states or
# layers, bounded by their work; the other documents through an index of
# ``documents``), not the key computed for every document.
MERGED_KEYS = ("status", "changed", "spans")


def merged_page(
    session: Session,
    project_id: int,
    annotator_id: int | None,
    sort: str,
    status_expr: Any,
    anchor: tuple[Any, int] | None,
    limit: int,
    *,
    descending: bool = False,
    from_end: bool = False,
) -> list[DocumentSummary]:
    """:func:`list_page` of the whole project ordered by status, last change or span
    count, without computing the key of every document: the annotator's states (or
    layers' kept span counts) in the project, in key order, merged with the documents
    they do not cover (key "new", the import time, or 0 spans), read in index order,
    each stream stopping after ``limit`` rows."""
    if sort not in MERGED_KEYS:
        raise ValueError(f"no merged page for the order {sort!r}")
    state: Any = SpanTotalRow if sort == "spans" else DocumentStateRow
    backwards = descending != from_end
    mine = DocumentRow.project_id == project_id
    theirs = [state.annotator_id == annotator_id, state.document_id == DocumentRow.id]
    constant: Any = None
    if sort == "spans":
        touched_key: Any = state.spans
        touched = [state.spans > 0]
        others_key: Any = literal(0)
        covered = exists().where(*theirs, state.spans > 0)
        constant = 0
    elif sort == "status":
        new = Status.NEW.value
        touched_key = state.status
        touched = [state.status != new]
        others_key = literal(new)
        covered = exists().where(*theirs, state.status != new)
        constant = new
    else:
        touched_key, touched = state.updated, []
        others_key = DocumentRow.created
        covered = exists().where(*theirs)

    def order(key: Any) -> tuple[Any, ...]:
        return (key.desc(), DocumentRow.id.desc()) if backwards else (key, DocumentRow.id)

    def after(key: Any, constant: Any = None, ids: Any = DocumentRow.id) -> list[Any]:
        """From the anchor on (a constant key: by id alone, or all, or nothing)."""
        if anchor is None:
            return []
        if constant is not None:
            if constant == anchor[0]:
                return [ids <= anchor[1] if descending else ids >= anchor[1]]
            beyond = constant < anchor[0] if descending else constant > anchor[0]
            return [] if beyond else [literal(False)]
        position = tuple_(key, ids)
        start = tuple_(literal(anchor[0], key.type), literal(anchor[1]))
        return [position <= start if descending else position >= start]

    touched_order = (touched_key, state.document_id)
    first = (
        select(touched_key.label("k"), state.document_id.label("id"))
        .where(
            state.annotator_id == annotator_id,
            _state_in_project(project_id, state),
            *touched,
            *after(touched_key, ids=state.document_id),
        )
        .order_by(*((c.desc() for c in touched_order) if backwards else touched_order))
        .limit(limit)
        .subquery()
    )
    second = (
        select(others_key.label("k"), DocumentRow.id.label("id"))
        .where(mine, ~covered, *after(others_key, constant))
        .order_by(*(order(DocumentRow.id)[1:] if constant is not None else order(others_key)))
        .limit(limit)
        .subquery()
    )
    both = union_all(select(first.c.k, first.c.id), select(second.c.k, second.c.id)).subquery()
    ordered = (both.c.k.desc(), both.c.id.desc()) if backwards else (both.c.k, both.c.id)
    rows = session.execute(
        select(*summary_columns(status_expr, annotator_id))
        .join(both, both.c.id == DocumentRow.id)
        .order_by(*ordered)
        .limit(limit)
    ).all()
    return summaries(rows[::-1] if from_end else rows)


def row_of(
    session: Session,
    conditions: Sequence[Any],
    key: Any,
    document_id: int,
    *,
    descending: bool = False,
    index: ListIndex | None = None,
) -> int:
    """The row position of a document in the list, or -1 if it does not match.

    With the page anchors (``index``) it counts only the rows between the document and
    the start of its page (at most a page), not every row before it."""
    found = session.execute(
        select(key, DocumentRow.id).where(*conditions, DocumentRow.id == document_id)
    ).first()
    if found is None:
        return -1
    value = found[0]
    position: Any = tuple_(key, DocumentRow.id)
    here = tuple_(literal(value), literal(document_id))
    before = position > here if descending else position < here
    by_id = value is None or key is DocumentRow.id  # a plain range of the index: 8x faster
    if by_id:
        before = DocumentRow.id > document_id if descending else DocumentRow.id < document_id
    page = _page_of(index, (value, document_id), descending) if index else None
    first = 0
    if page is not None and index is not None:
        anchor = index.anchors[page]
        start: Any = tuple_(literal(anchor[0]), literal(anchor[1]))
        if by_id:
            start, position = literal(anchor[1]), DocumentRow.id
        before = and_(before, position <= start if descending else position >= start)
        first = page * index.page_size
    counted = session.scalar(select(func.count(DocumentRow.id)).where(*conditions, before))
    return first + int(counted or 0)


def _page_of(index: ListIndex, here: tuple[Any, int], descending: bool) -> int | None:
    """The page whose anchor is the last one at or before ``here`` in the list's order;
    None when the keys cannot be compared here (NULL keys: count every row instead)."""
    if here[0] is None or any(k is None for k, _i in index.anchors):
        return None
    try:
        if descending:
            pages = [p for p, a in enumerate(index.anchors) if a >= here]
        else:
            pages = [p for p, a in enumerate(index.anchors) if a <= here]
    except TypeError:
        return None
    return pages[-1] if pages else None


TOTALS_SINCE = "0008"  # the migration that made project_totals


def totals_problems(session: Session) -> list[str]:
    """Projects whose maintained document total differs from their documents (a full
    count: for ``db check``, never for the window)."""
    per_project = select(DocumentRow.project_id, func.count()).group_by(DocumentRow.project_id)
    counted = {int(p): int(n) for p, n in session.execute(per_project)}
    kept = {
        int(p): int(n)
        for p, n in session.execute(select(ProjectTotalRow.project_id, ProjectTotalRow.documents))
    }
    wrong = sorted(p for p in set(counted) | set(kept) if counted.get(p, 0) != kept.get(p, 0))
    return [
        f"the document total kept for project {p} is {kept.get(p, 0):,}, but it has "
        f"{counted.get(p, 0):,} documents; `annotator db check --rebuild-search` refills it"
        for p in wrong
    ]


def refill_totals(session: Session) -> None:
    """Count every project's documents again into ``project_totals``."""
    session.execute(delete(ProjectTotalRow))
    session.execute(
        insert(ProjectTotalRow).from_select(
            ["project_id", "documents"],
            select(DocumentRow.project_id, func.count()).group_by(DocumentRow.project_id),
        )
    )


SPAN_TOTALS_SINCE = "0014"  # the migration that made span_totals


def span_totals_problems(session: Session) -> list[str]:
    """Layers whose kept span count differs from their spans (a full count, grouped
    inside the database: for ``db check``, never for the window)."""
    kept = SpanTotalRow
    counted = (
        select(SpanRow.document_id, SpanRow.annotator_id, func.count().label("n"))
        .group_by(SpanRow.document_id, SpanRow.annotator_id)
        .subquery()
    )
    joined = counted.outerjoin(
        kept.__table__,
        and_(
            kept.document_id == counted.c.document_id,
            kept.annotator_id == counted.c.annotator_id,
        ),
    )
    wrong = int(
        session.scalar(
            select(func.count())
            .select_from(joined)
            .where((kept.spans.is_(None)) | (kept.spans != counted.c.n))
        )
        or 0
    )
    has_spans = exists().where(
        SpanRow.document_id == kept.document_id, SpanRow.annotator_id == kept.annotator_id
    )
    stale = int(session.scalar(select(func.count()).where(kept.spans != 0, ~has_spans)) or 0)
    if not wrong and not stale:
        return []
    return [
        f"the span counts kept for {wrong + stale:,} layer(s) differ from their spans; "
        "`annotator db check --rebuild-search` counts them again"
    ]


def refill_span_totals(session: Session) -> None:
    """Count every layer's spans again into ``span_totals``."""
    session.execute(delete(SpanTotalRow))
    session.execute(
        insert(SpanTotalRow).from_select(
            ["document_id", "annotator_id", "spans"],
            select(SpanRow.document_id, SpanRow.annotator_id, func.count()).group_by(
                SpanRow.document_id, SpanRow.annotator_id
            ),
        )
    )


def status_counts(session: Session, project_id: int, annotator_id: int | None) -> dict[Status, int]:
    """Documents per status of one annotator: the project's maintained total minus the
    annotator's states (reads that annotator's states through their index, not every
    document's)."""
    total = project_total(session, project_id)
    counts: dict[Status, int] = {}
    if annotator_id is not None:
        rows = session.execute(
            select(DocumentStateRow.status, func.count())
            .join(DocumentRow, DocumentRow.id == DocumentStateRow.document_id)
            .where(
                DocumentStateRow.annotator_id == annotator_id,
                DocumentRow.project_id == project_id,
                DocumentStateRow.status != Status.NEW.value,
            )
            .group_by(DocumentStateRow.status)
        )
        counts = {Status(st): int(n) for st, n in rows}
    new = total - sum(counts.values())
    if new:
        counts[Status.NEW] = new
    return counts


# A status order's row by position: how many times the "new" group's id is looked up
# again (each pass adds the annotator's other states it went past; a few passes unless
# the annotator has labeled most of the list).
NEW_GROUP_PASSES = 64


def _settled(
    row: int, entry_at: Callable[[int], _E | None], skipped: Callable[[_E], int]
) -> _E | None:
    """The entry at list position ``row`` of a group read through a larger sequence:
    the sequence's entry at ``row``, looked up again past the ``skipped`` entries before
    it (those not in the group), until the position holds still (None past the end, or
    after :data:`NEW_GROUP_PASSES` passes)."""
    position = row
    for _pass in range(NEW_GROUP_PASSES):
        found = entry_at(position)
        if found is None:
            return None
        moved = row + skipped(found)
        if moved == position:
            return found
        position = moved
    return None


def _state_in_project(project_id: int, state: Any = DocumentStateRow) -> Any:
    """A state's (or a layer's kept span count's) document is the project's, as a
    lookup per row: with a join, a range on the document id makes SQLite walk the
    project's documents instead of the annotator's states (84 ms instead of 0.1 ms at
    1,000,000 documents)."""
    return (
        select(DocumentRow.project_id)
        .where(DocumentRow.id == state.document_id)
        .correlate(state)
        .scalar_subquery()
        == project_id
    )


def _other_states(session: Session, project_id: int, annotator_id: int | None) -> Any:
    return select(DocumentStateRow.document_id).where(
        DocumentStateRow.annotator_id == annotator_id,
        _state_in_project(project_id),
        DocumentStateRow.status != Status.NEW.value,
    )


def status_anchor_at(
    session: Session,
    project_id: int,
    annotator_id: int | None,
    row: int,
    id_anchor_at: Callable[[int], int | None],
) -> tuple[str, int] | None:
    """The (status, id) of the row at position ``row`` of the whole project in ascending
    status order (then id), without computing any document's status: the group from
    :func:`status_counts`; in a group other than "new", the annotator's states of that
    status (bounded by their work); in "new", the document at an id-order position
    (``id_anchor_at``, from the list checkpoints) moved on past the annotator's other
    states before it. None past the end (or, rarely, after too many passes)."""
    counts = status_counts(session, project_id, annotator_id)
    start = 0
    for status in sorted(counts, key=lambda s: s.value):
        if row >= start + counts[status]:
            start += counts[status]
            continue
        offset = row - start
        if status != Status.NEW:
            found = session.scalar(
                _other_states(session, project_id, annotator_id)
                .where(DocumentStateRow.status == status.value)
                .order_by(DocumentStateRow.document_id)
                .limit(1)
                .offset(offset)
            )
            return None if found is None else (status.value, int(found))
        others = sorted(
            int(i) for i in session.scalars(_other_states(session, project_id, annotator_id))
        )
        found_id = _settled(offset, id_anchor_at, partial(bisect_right, others))
        return None if found_id is None else (Status.NEW.value, found_id)
    return None


def status_row_of(
    session: Session,
    project_id: int,
    annotator_id: int | None,
    document_id: int,
    id_row_of: Callable[[int], int],
) -> int:
    """A document's position in ascending status order (-1 when not the project's): its
    group's start plus its rank in the group (the annotator's states of that status
    before it, or in "new" its id-order row, ``id_row_of``, less the annotator's other
    states before it)."""
    id_row = id_row_of(document_id)
    if id_row < 0:  # not the project's
        return -1
    mine = session.scalar(
        select(DocumentStateRow.status).where(
            DocumentStateRow.document_id == document_id,
            DocumentStateRow.annotator_id == annotator_id,
        )
    )
    status = Status(mine) if mine else Status.NEW
    counts = status_counts(session, project_id, annotator_id)
    start = sum(n for s, n in counts.items() if s.value < status.value)
    others = _other_states(session, project_id, annotator_id)
    if status != Status.NEW:
        before = session.scalar(
            select(func.count()).select_from(
                others.where(
                    DocumentStateRow.status == status.value,
                    DocumentStateRow.document_id < document_id,
                ).subquery()
            )
        )
        return start + int(before or 0)
    skipped = session.scalar(
        select(func.count()).select_from(
            others.where(DocumentStateRow.document_id < document_id).subquery()
        )
    )
    return start + id_row - int(skipped or 0)


def _counted_layers(project_id: int, annotator_id: int | None) -> Any:
    """The annotator's layers in the project with at least one span: ``(spans,
    document_id)`` from the kept counts (bounded by what that person labeled)."""
    kept = SpanTotalRow
    return select(kept.spans, kept.document_id).where(
        kept.annotator_id == annotator_id,
        _state_in_project(project_id, kept),
        kept.spans > 0,
    )


def spans_anchor_at(
    session: Session,
    project_id: int,
    annotator_id: int | None,
    row: int,
    id_anchor_at: Callable[[int], int | None],
) -> tuple[int, int] | None:
    """The (span count, id) of the row at position ``row`` of the whole project in
    ascending span-count order (then id), without counting any spans: the documents
    without spans come first (the project's kept total less the annotator's counted
    layers), each found at an id-order position (``id_anchor_at``, from the list
    checkpoints) moved on past the annotator's layers before it; then the annotator's
    layers in ``(spans, id)`` order, from the index of the kept counts. None past the
    end (or, rarely, after too many passes)."""
    layers = [
        (int(n), int(i)) for n, i in session.execute(_counted_layers(project_id, annotator_id))
    ]
    empty = project_total(session, project_id) - len(layers)
    if row >= empty:
        layers.sort()
        return layers[row - empty] if row - empty < len(layers) else None
    others = sorted(i for _n, i in layers)
    found_id = _settled(row, id_anchor_at, partial(bisect_right, others))
    return None if found_id is None else (0, found_id)


def spans_row_of(
    session: Session,
    project_id: int,
    annotator_id: int | None,
    document_id: int,
    id_row_of: Callable[[int], int],
) -> int:
    """A document's position in ascending span-count order (-1 when not the
    project's): without spans, its id-order row (``id_row_of``) less the annotator's
    counted layers before it; else the documents without spans plus the annotator's
    layers before it in ``(spans, id)`` order."""
    id_row = id_row_of(document_id)
    if id_row < 0:  # not the project's
        return -1
    layers = [
        (int(n), int(i)) for n, i in session.execute(_counted_layers(project_id, annotator_id))
    ]
    mine = next((n for n, i in layers if i == document_id), 0)
    if mine == 0:
        return id_row - sum(1 for _n, i in layers if i < document_id)
    empty = project_total(session, project_id) - len(layers)
    return empty + sum(1 for layer in layers if layer < (mine, document_id))


def _touched(session: Session, project_id: int, annotator_id: int | None) -> list[Any]:
    """The annotator's states in the project: ``(updated, document id, created)`` in
    order of change (bounded by what that person worked on)."""
    state = DocumentStateRow
    return list(
        session.execute(
            select(state.updated, state.document_id, DocumentRow.created)
            .join(DocumentRow, DocumentRow.id == state.document_id)
            .where(state.annotator_id == annotator_id, _state_in_project(project_id))
            .order_by(state.updated, state.document_id)
        ).all()
    )


def changed_anchor_at(
    session: Session,
    project_id: int,
    annotator_id: int | None,
    row: int,
    created_at: Callable[[int], tuple[Any, int] | None],
    created_rank: Callable[[Any, int], int],
) -> tuple[Any, int] | None:
    """The (key, id) of the row at position ``row`` of the whole project in ascending
    last-change order, without computing any document's key: the order is the
    annotator's states (by change) merged with the other documents (by import time).
    A binary search over the states finds how many of them come before the row, each
    step one rank in import-time order (``created_rank``, from the list checkpoints);
    a row that is not a state is then the document at an import-time position
    (``created_at``) moved on past the annotator's documents before it."""
    touched = _touched(session, project_id, annotator_id)
    theirs = sorted((created, int(doc)) for _updated, doc, created in touched)

    def others_before(key: Any, doc: int) -> int:
        return created_rank(key, doc) - bisect_left(theirs, (key, doc))

    low, high = 0, len(touched)  # the first state at or after the row
    while low < high:
        middle = (low + high) // 2
        updated, doc, _created = touched[middle]
        if middle + others_before(updated, int(doc)) < row:
            low = middle + 1
        else:
            high = middle
    if low < len(touched):
        updated, doc, _created = touched[low]
        if low + others_before(updated, int(doc)) == row:
            return (updated, int(doc))
    wanted = row - low  # among the documents without a state, in import-time order
    found = _settled(wanted, created_at, lambda f: bisect_right(theirs, (f[0], int(f[1]))))
    return None if found is None else (found[0], int(found[1]))


def changed_row_of(
    session: Session,
    project_id: int,
    annotator_id: int | None,
    document_id: int,
    created_rank: Callable[[Any, int], int],
) -> int:
    """A document's position in ascending last-change order (-1 when not the project's),
    without computing any other document's key: the annotator's states before it
    (bounded by their work), plus the documents imported before it (``created_rank``,
    from the list checkpoints), less those of them the annotator has a state for."""
    found = session.execute(
        select(DocumentRow.created).where(
            DocumentRow.id == document_id, DocumentRow.project_id == project_id
        )
    ).first()
    if found is None:
        return -1
    touched = _touched(session, project_id, annotator_id)
    mine = {int(doc): updated for updated, doc, _created in touched}
    key = mine.get(document_id, found[0])
    changed_before = sum(
        1 for updated, doc, _c in touched if (updated, int(doc)) < (key, document_id)
    )
    theirs_before = sum(
        1 for _u, doc, created in touched if (created, int(doc)) < (key, document_id)
    )
    return changed_before + created_rank(key, document_id) - theirs_before
