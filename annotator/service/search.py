"""Search across every text of a project (the corpus search, Ctrl+Shift+F).

The database finds the documents (``annotator.storage.search``: an FTS5 trigram index
on SQLite, ``pg_trgm`` on PostgreSQL); this module finds the hits inside each text
and cuts a line of context around them (key word in context).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from annotator.storage.document_list import (
    SPAN_TOTALS_SINCE,
    TOTALS_SINCE,
    refill_span_totals,
    refill_totals,
    span_totals_problems,
    totals_problems,
)
from annotator.storage.documents import TOKENS_SINCE, refill_tokens
from annotator.storage.list_positions import CHECKPOINTS_SINCE
from annotator.storage.list_positions import problems as checkpoint_problems
from annotator.storage.list_positions import rebuild as rebuild_checkpoints
from annotator.storage.search import index_problems, matching_documents, normalize_query
from annotator.storage.search import rebuild_index as _rebuild_index

if TYPE_CHECKING:
    from annotator.service.workspace import Workspace
    from annotator.storage.engine import Database

CONTEXT = 40  # code points of context on each side of a hit
# Hits read per page: a screenful and more. The next page is read when the list is
# scrolled to its end, from where this one stopped, so a search costs the same in a
# project of a million documents as in one of a thousand.
MAX_HITS = 100


@dataclass(frozen=True)
class SearchHit:
    """One occurrence of the query: where it is and the line around it."""

    document_id: int
    external_id: str
    title: str
    start: int  # code points, end-exclusive, in the document's text
    end: int
    before: str  # context, newlines shown as spaces
    match: str
    after: str


@dataclass(frozen=True)
class SearchResult:
    """One page of hits; ``resume`` says where the next page starts."""

    query: str
    hits: list[SearchHit]
    documents: int  # documents with at least one listed hit
    complete: bool  # False when the page ended before the last hit
    # (document id, hits of it already listed) to read the next page from; None: no more
    resume: tuple[int, int] | None = None


def _cluster_cut(text: str, *, keep_end: bool) -> str:
    """Drop a partial grapheme cluster at the cut side of a context slice."""
    clusters = regex.findall(r"\X", text)
    if len(clusters) <= 1:
        return text
    return "".join(clusters[1:] if keep_end else clusters[:-1])


def hits_in(text: str, needle: str) -> list[tuple[int, int]]:
    """Code point ranges of ``needle`` in ``text`` (both NFC), case ignored as the
    index ignores it."""
    if not needle:
        return []
    return [(m.start(), m.end()) for m in _pattern(needle).finditer(text)]


@lru_cache(maxsize=16)
def _pattern(needle: str) -> regex.Pattern[str]:
    return regex.compile(regex.escape(needle), regex.IGNORECASE | regex.V0)


def kwic(text: str, start: int, end: int, width: int = CONTEXT) -> tuple[str, str, str]:
    """``(before, match, after)``: the hit with up to ``width`` code points each side,
    cut at cluster boundaries and on one line."""
    left = max(0, start - width)
    before = text[left:start]
    if left > 0:
        before = _cluster_cut(before, keep_end=True)
    right = min(len(text), end + width)
    after = text[end:right]
    if right < len(text):
        after = _cluster_cut(after, keep_end=False)
    one_line = str.maketrans({"\n": " ", "\t": " "})
    return (
        before.translate(one_line),
        text[start:end].translate(one_line),
        after.translate(one_line),
    )


def search_corpus(
    workspace: Workspace,
    project_id: int,
    query: str,
    *,
    max_hits: int = MAX_HITS,
    resume: tuple[int, int] | None = None,
) -> SearchResult:
    """The hits of ``query`` in the texts of the project (titles and ids match too), in
    document order, with a line of context: at most ``max_hits``, from ``resume`` (a
    previous page's) on."""
    needle = normalize_query(query)
    hits: list[SearchHit] = []
    documents = 0
    from_id, skip = resume or (0, 0)
    more: tuple[int, int] | None = None
    if needle:
        with workspace.db.reading() as s:
            for batch in matching_documents(s, project_id, needle, from_id=from_id):
                for doc_id, external_id, title, text in batch:
                    found = hits_in(text, needle)
                    if not found and needle.casefold() in (title + "\n" + external_id).casefold():
                        found = [(0, 0)]  # matched on the title or id only: listed once
                    if doc_id == from_id:
                        found = found[skip:]  # listed by the previous page
                    if not found:
                        continue
                    if len(hits) >= max_hits:  # a next page exists: it starts here
                        more = (doc_id, skip if doc_id == from_id else 0)
                        break
                    documents += 1
                    room = max_hits - len(hits)
                    for start, end in found[:room]:
                        before, match, after = kwic(text, start, end)
                        hits.append(
                            SearchHit(doc_id, external_id, title, start, end, before, match, after)
                        )
                    if len(found) > room:  # the page ends inside this document
                        listed = room + (skip if doc_id == from_id else 0)
                        more = (doc_id, listed)
                        break
                if more is not None:
                    break
    return SearchResult(needle, hits, documents, more is None, more)


def search_index_problems(database: Database) -> list[str]:
    """The ``db check`` item for the search index and what the list reads besides: the
    document totals, the list checkpoints and the layers' kept span counts."""
    totals, checkpoints = _has(database, TOTALS_SINCE), _has(database, CHECKPOINTS_SINCE)
    span_totals = _has(database, SPAN_TOTALS_SINCE)
    with database.reading() as s:
        return (
            index_problems(s)
            + (totals_problems(s) if totals else [])
            + (checkpoint_problems(s) if checkpoints else [])
            + (span_totals_problems(s) if span_totals else [])
        )


def rebuild_search_index(database: Database) -> None:
    """Refill the search index, the document totals, the list checkpoints, the
    stored token offsets and the layers' span counts from the documents and spans
    (``db check --rebuild-search``)."""
    totals, checkpoints = _has(database, TOTALS_SINCE), _has(database, CHECKPOINTS_SINCE)
    tokens, span_totals = _has(database, TOKENS_SINCE), _has(database, SPAN_TOTALS_SINCE)
    with database.writing() as s:
        _rebuild_index(s)
        if totals:
            refill_totals(s)
        if checkpoints:
            rebuild_checkpoints(s)
        if tokens:
            refill_tokens(s)
        if span_totals:
            refill_span_totals(s)


def _has(database: Database, since: str) -> bool:
    """Whether the database's schema has what revision ``since`` added."""
    from annotator.storage.migrate import current_revision

    revision = current_revision(database)
    return revision is not None and revision >= since


__all__ = [
    "SearchHit",
    "SearchResult",
    "hits_in",
    "kwic",
    "rebuild_search_index",
    "search_corpus",
    "search_index_problems",
]
