"""The document list of a project at any size: a query's size and page anchors, pages by
row position, a document's row (see :mod:`annotator.storage.document_list`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from annotator.model import DocumentSummary, Status
from annotator.storage import document_list as store
from annotator.storage import list_positions as positions
from annotator.storage.document_list import SORT_KEYS, ListIndex, MatchMarks
from annotator.storage.repository import NotFound, Repository
from annotator.storage.search import fts_phrase_for

if TYPE_CHECKING:
    from annotator.service.workspace import Workspace
    from annotator.storage import Transaction as Session


@dataclass(frozen=True)
class ListQuery:
    """What the list shows: a project's documents, filtered, in one order."""

    project_id: int
    annotator: str | None = None
    status: Status | None = None
    search: str | None = None
    assigned_only: bool = False
    sort: str = "id"  # one of SORT_KEYS
    descending: bool = False


def _parts(s: Session, query: ListQuery) -> tuple[Any, list[Any], Any, int | None]:
    repo = Repository(s)
    annotator_id: int | None = None
    if query.annotator:
        try:
            annotator_id = repo.annotator_id(query.annotator, create=False)
        except NotFound:
            annotator_id = -1  # nobody by that name: nothing of theirs matches
    status_expr, conditions = repo._document_filter(
        query.project_id, annotator_id, query.status, query.search, query.assigned_only
    )
    return status_expr, conditions, store.sort_key(query.sort, annotator_id), annotator_id


# How far the list counts a text or assignment filter before it is shown (5 pages):
# a word in every one of a million documents is counted on a pool thread instead.
COUNT_CAP = 1000


@dataclass(frozen=True)
class ListSize:
    """The rows to show at once, and whether that is every matching document."""

    rows: int
    exact: bool


def count(workspace: Workspace, query: ListQuery) -> int:
    """How many documents match: one aggregate query (grows with the matches)."""
    with workspace.db.reading() as s:
        _status, conditions, _key, _aid = _parts(s, query)
        return store.count(s, conditions)


def size(workspace: Workspace, query: ListQuery, cap: int = COUNT_CAP) -> ListSize:
    """The list's size without a query that grows with the project: exact from the
    maintained total (and the annotator's states for a status filter); with a text or
    assignment filter, the matches counted up to ``cap`` (exact when fewer)."""
    with workspace.db.reading() as s:
        if not query.search and not query.assigned_only:
            total = store.project_total(s, query.project_id)
            if query.status is None:
                return ListSize(total, True)
            _status, _conditions, _key, aid = _parts(s, query)
            by_status = store.status_counts(s, query.project_id, aid)
            return ListSize(by_status.get(query.status, 0), True)
        fts = fts_phrase_for(s, query.search) if query.search else None
        _status, conditions, _key, _aid = _parts(
            s, dataclasses.replace(query, search=None) if fts else query
        )
        found = store.count_at_most(s, conditions, cap + 1, fts=fts)
        return ListSize(min(found, cap), found <= cap)


def list_index(workspace: Workspace, query: ListQuery, page_size: int = 200) -> ListIndex:
    """Where every page starts: one query."""
    with workspace.db.reading() as s:
        _status, conditions, key, _aid = _parts(s, query)
        return store.list_index(
            s, conditions, key, descending=query.descending, page_size=page_size
        )


def anchors_in_thread(
    url: str,
    query: ListQuery,
    page_size: int = 200,
    *,
    on_count: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ListIndex | MatchMarks | None:
    """:func:`list_index` on a connection of the calling thread (a pool job); with
    ``on_count``, the exact count first, handed to it as soon as it is known. None when
    ``cancelled()`` says the list has moved on (the running statement is stopped).

    A list that is a word alone in import order (beside at most
    ``store.EXCLUDED_CAP`` documents of other projects) gets the word's
    :class:`MatchMarks` instead (the count with them, in one pass over
    the search index: ``on_count`` is not called); :func:`page_at` and :func:`row_of`
    find any row from them."""
    from annotator.service.workspace import Workspace

    if cancelled():
        return None
    with Workspace(url) as ws, ws.db.reading() as s:
        phrase = _word_alone(s, query)
        if phrase is not None:
            # The word alone in id order: one pass over the search index gives the count
            # and the marks any row is found from; no anchors are walked.
            return store.match_marks(
                s, phrase, query.project_id, descending=query.descending, cancelled=cancelled
            )
        _status, conditions, key, _aid = _parts(s, query)
        return store.count_and_index(
            s,
            conditions,
            key,
            descending=query.descending,
            page_size=page_size,
            on_count=on_count,
            cancelled=cancelled,
        )


def list_page(
    workspace: Workspace,
    query: ListQuery,
    anchor: tuple[Any, int] | None,
    limit: int,
    *,
    from_end: bool = False,
) -> list[DocumentSummary]:
    """``limit`` rows from ``anchor`` (None: the first row), or the last ``limit`` rows
    with ``from_end``: one keyset query."""
    with workspace.db.reading() as s:
        fts = fts_phrase_for(s, query.search) if query.search and query.sort == "id" else None
        status_expr, conditions, key, aid = _parts(
            s, dataclasses.replace(query, search=None) if fts else query
        )
        if query.sort in store.MERGED_KEYS and _whole_project(query):
            return store.merged_page(
                s,
                query.project_id,
                aid,
                query.sort,
                status_expr,
                anchor,
                limit,
                descending=query.descending,
                from_end=from_end,
            )
        return store.list_page(
            s,
            conditions,
            status_expr,
            key,
            anchor,
            limit,
            aid,
            descending=query.descending,
            from_end=from_end,
            fts=fts,
        )


def _word_alone(s: Session, query: ListQuery) -> str | None:
    """The FTS5 phrase of a list that is a word alone (no status or assignment filter)
    in import order, in a project beside which the file holds few other documents (so
    the search index alone is the list, less those few); None for any other list."""
    if not query.search or query.sort != "id" or query.status or query.assigned_only:
        return None
    phrase = fts_phrase_for(s, query.search)
    if phrase is None or store.other_documents(s, query.project_id) > store.EXCLUDED_CAP:
        return None
    return phrase


def _whole_project(query: ListQuery) -> bool:
    return not query.search and query.status is None and not query.assigned_only


def direct(query: ListQuery) -> bool:
    """Whether any row of this list is found without the page anchors (an
    :func:`indexed` list, or the whole project by status or last change)."""
    return indexed(query) or (query.sort in store.MERGED_KEYS and _whole_project(query))


def indexed(query: ListQuery) -> bool:
    """Whether any page of this list can be found through an index alone (the whole
    project in import or title order): no page anchors are needed then."""
    return query.sort in store.INDEXED_KEYS and _whole_project(query)


def _positions_order(query: ListQuery) -> str | None:
    """The list checkpoints' order this list's rows are found through: import or title
    order for an :func:`indexed` list, import time for the whole project by last
    change; None for other lists."""
    if indexed(query):
        return query.sort
    if query.sort == "changed" and _whole_project(query):
        return "created"
    return None


def _created_rank(s: Session, project_id: int) -> Callable[[Any, int], int]:
    def rank(key: Any, document_id: int) -> int:
        return positions.position_of(s, project_id, "created", key, document_id)[0]

    return rank


def _changed_page_at(
    workspace: Workspace, query: ListQuery, row: int, limit: int
) -> list[DocumentSummary]:
    """A page of the whole project by last change from position ``row``: the row's
    (key, id) from the annotator's states and the import-time checkpoints, then one
    merged page."""
    with workspace.db.reading() as s:
        status_expr, _conditions, _key, aid = _parts(s, query)
        ascending = _ascending(s, query, row)
        if ascending < 0:
            return []

        def created_at(position: int) -> tuple[Any, int] | None:
            return positions.anchor_at(s, query.project_id, "created", position).anchor

        anchor = store.changed_anchor_at(
            s, query.project_id, aid, ascending, created_at, _created_rank(s, query.project_id)
        )
        if anchor is None:
            return []
        return store.merged_page(
            s,
            query.project_id,
            aid,
            "changed",
            status_expr,
            anchor,
            limit,
            descending=query.descending,
        )


def page_at(
    workspace: Workspace,
    query: ListQuery,
    row: int,
    limit: int,
    *,
    marks: MatchMarks | None = None,
) -> list[DocumentSummary] | None:
    """``limit`` rows from position ``row`` of an :func:`indexed` list: the first row's
    key found from the list checkpoint at or before it (a walk of fewer than
    ``positions.STRIDE`` index entries where they reach), then one keyset query; of a
    list filtered by a word in import order, from the search index (from the word's
    ``marks`` when the pool thread has taken them: a walk of fewer than their stride).
    None for other lists (they need the page anchors)."""
    if query.sort in ("status", "spans") and _whole_project(query):
        return _grouped_page_at(workspace, query, row, limit)
    if query.sort == "changed" and _whole_project(query):
        return _changed_page_at(workspace, query, row, limit)
    if not indexed(query):
        return _match_page_at(workspace, query, row, limit, marks)
    with workspace.db.reading() as s:
        status_expr, conditions, key, aid = _parts(s, query)
        ascending_row = row
        if query.descending:
            ascending_row = store.project_total(s, query.project_id) - 1 - row
        if ascending_row < 0:
            return []
        anchor = positions.anchor_at(s, query.project_id, query.sort, ascending_row).anchor
        if anchor is None:
            return []
        return store.list_page(
            s, conditions, status_expr, key, anchor, limit, aid, descending=query.descending
        )


def _ascending(s: Session, query: ListQuery, row: int) -> int:
    """The row's position in the ascending order of a whole-project list."""
    return store.project_total(s, query.project_id) - 1 - row if query.descending else row


def _grouped_page_at(
    workspace: Workspace, query: ListQuery, row: int, limit: int
) -> list[DocumentSummary]:
    """A page of the whole project in status or span-count order from position
    ``row``: the row's (status or count, id) from the status counts (or the kept span
    counts) and the list checkpoints, then one merged page."""
    with workspace.db.reading() as s:
        status_expr, _conditions, _key, aid = _parts(s, query)
        ascending = _ascending(s, query, row)
        if ascending < 0:
            return []

        def id_at(position: int) -> int | None:
            found = positions.anchor_at(s, query.project_id, "id", position).anchor
            return None if found is None else int(found[1])

        anchor_at = store.spans_anchor_at if query.sort == "spans" else store.status_anchor_at
        anchor = anchor_at(s, query.project_id, aid, ascending, id_at)
        if anchor is None:
            return []
        return store.merged_page(
            s,
            query.project_id,
            aid,
            query.sort,
            status_expr,
            anchor,
            limit,
            descending=query.descending,
        )


def _marks_for(query: ListQuery, marks: MatchMarks | None) -> bool:
    """Whether ``marks`` were taken for this list (its word, in its direction)."""
    return (
        marks is not None
        and marks.descending == query.descending
        and query.sort == "id"
        and query.status is None
        and not query.assigned_only
    )


def _match_page_at(
    workspace: Workspace, query: ListQuery, row: int, limit: int, marks: MatchMarks | None
) -> list[DocumentSummary] | None:
    """A page of a list filtered by a word in import order, from the search index: from
    the word's ``marks`` (a seek and a walk of fewer than their stride), else read in
    rowid order up to ``row`` (no walk of every match); None for other lists."""
    if not query.search or query.sort != "id":
        return None
    with workspace.db.reading() as s:
        fts = fts_phrase_for(s, query.search)
        if fts is None:
            return None
        status_expr, conditions, key, aid = _parts(s, dataclasses.replace(query, search=None))
        anchor: tuple[Any, int] | None = None
        if marks is not None and _marks_for(query, marks) and marks.phrase == fts:
            if row >= marks.total:
                return []
            anchor = store.match_anchor_at(s, marks, row)
        if anchor is None:  # no marks (or, rarely, too many passes): read up to the row
            alone = query.status is None and not query.assigned_only
            anchor = store.fts_anchor_at(
                s,
                conditions,
                fts,
                row,
                descending=query.descending,
                index_only=alone and store.sole_project(s, query.project_id),
            )
        if anchor is None:
            return []
        return store.list_page(
            s,
            conditions,
            status_expr,
            key,
            anchor,
            limit,
            aid,
            descending=query.descending,
            fts=fts,
        )


def positions_missing(workspace: Workspace, query: ListQuery) -> bool:
    """Whether some rows of this list lie further than ``positions.STRIDE`` entries past
    the last checkpoint (after an import, a delete or a retitle): then
    :func:`build_positions` has work. False for lists without checkpoints."""
    order = _positions_order(query)
    if order is None:
        return False
    with workspace.db.reading() as s:
        total = store.project_total(s, query.project_id)
        return not positions.complete(s, query.project_id, order, total)


def build_positions(workspace: Workspace, query: ListQuery) -> int:
    """Add the list checkpoints this list's order is missing (one statement inside the
    database, in a write transaction); how many were added."""
    order = _positions_order(query)
    if order is None:
        return 0
    with workspace.db.writing() as s:
        return positions.extend(s, query.project_id, order)


def build_positions_in_thread(url: str, query: ListQuery) -> int:
    """:func:`build_positions` on a connection of the calling thread (a pool job)."""
    from annotator.service.workspace import Workspace

    with Workspace(url) as ws:
        return build_positions(ws, query)


def page_from(
    workspace: Workspace, query: ListQuery, document_id: int, back: int, limit: int
) -> list[DocumentSummary] | None:
    """The page whose first row is ``back`` rows before a document of an :func:`indexed`
    list in import order (a jump to a document reads its page without skipping from the
    list's start); None for other lists."""
    if not indexed(query) or query.sort != "id":
        return None
    with workspace.db.reading() as s:
        status_expr, conditions, key, aid = _parts(s, query)
        anchor = store.anchor_before(s, conditions, document_id, back, descending=query.descending)
        if anchor is None:
            return []
        return store.list_page(
            s, conditions, status_expr, key, anchor, limit, aid, descending=query.descending
        )


def row_of(
    workspace: Workspace,
    query: ListQuery,
    document_id: int,
    index: ListIndex | None = None,
    *,
    marks: MatchMarks | None = None,
) -> int:
    """A document's row in the list (-1 when the filters hide it): from the list
    checkpoint at or before it in import or title order (a count of fewer than
    ``positions.STRIDE`` entries where they reach), from a word's ``marks`` (a count of
    fewer than their stride), else one count query, of at most a page's rows when the
    page anchors are known."""
    with workspace.db.reading() as s:
        if marks is not None and _marks_for(query, marks):
            phrase = fts_phrase_for(s, query.search) if query.search else None
            if phrase == marks.phrase:
                return store.match_row_of(s, marks, document_id)
        _status, conditions, key, _aid = _parts(s, query)
        if query.sort in ("status", "spans") and _whole_project(query):
            row_in = store.spans_row_of if query.sort == "spans" else store.status_row_of
            row = row_in(
                s,
                query.project_id,
                _aid,
                document_id,
                lambda i: positions.row_of(s, query.project_id, "id", i),
            )
            return _ascending(s, query, row) if row >= 0 else -1
        if query.sort == "changed" and _whole_project(query):
            row = store.changed_row_of(
                s, query.project_id, _aid, document_id, _created_rank(s, query.project_id)
            )
            return _ascending(s, query, row) if row >= 0 else -1
        if indexed(query):
            row = positions.row_of(s, query.project_id, query.sort, document_id)
            if row >= 0 and query.descending:
                return store.project_total(s, query.project_id) - 1 - row
            return row
        return store.row_of(
            s, conditions, key, document_id, descending=query.descending, index=index
        )


__all__ = [
    "COUNT_CAP",
    "SORT_KEYS",
    "ListIndex",
    "ListQuery",
    "ListSize",
    "MatchMarks",
    "anchors_in_thread",
    "build_positions",
    "build_positions_in_thread",
    "count",
    "direct",
    "indexed",
    "list_index",
    "list_page",
    "page_at",
    "page_from",
    "positions_missing",
    "row_of",
    "size",
]
