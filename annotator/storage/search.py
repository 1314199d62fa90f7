"""Full-text search over document titles, external ids and texts: every SQL statement of it.

SQLite keeps an FTS5 table, ``documents_fts``, with the ``trigram`` tokenizer (migration
0006): any substring of three or more characters is found through the index, whole
Bengali words included (``unicode61`` would split them at vowel signs). Triggers on
``documents`` keep it in step with every insert, update and delete, in the same
transaction. PostgreSQL uses ``pg_trgm`` GIN indexes under ``ILIKE``.

Texts are stored in NFC, so a query is put in NFC too: precomposed and decomposed
spellings find the same documents, as Ctrl+F does. Matching ignores case.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Integer, column, select, table, true
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from annotator.storage.orm import DocumentRow

FTS_TABLE = "documents_fts"
SEARCH_SINCE = "0006"  # the migration that made the index
FTS_TRIGGERS = ("documents_fts_insert", "documents_fts_delete", "documents_fts_update")
PG_INDEXES = ("fts_documents_text", "fts_documents_title")
# The trigram tokenizer can only use its index for three characters or more; a shorter
# query scans the rows with LIKE (still correct, just not indexed).
MIN_INDEXED = 3

REBUILD_HINT = "`annotator db check --rebuild-search` rebuilds it"

_fts = table(FTS_TABLE, column("rowid", Integer), column(FTS_TABLE))


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    """For Alembic's comparison with the models: the search index is not a model."""
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith(FTS_TABLE)
    if type_ == "index":
        return not name.startswith("fts_")
    return True


def normalize_query(query: str) -> str:
    """What is searched for: NFC (as every stored text), without surrounding spaces."""
    return unicodedata.normalize("NFC", query).strip()


def _like_pattern(query: str) -> str:
    # % and _ in what the user typed are literal characters, not wildcards.
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fts_phrase(query: str) -> str:
    """An FTS5 query that matches ``query`` literally (a quoted phrase)."""
    return '"' + query.replace('"', '""') + '"'


def match_condition(session: Session, query: str) -> ColumnElement[bool]:
    """A condition on ``documents`` rows: the title, external id or text contains
    ``query`` (normalized, case ignored); a blank query filters nothing out."""
    needle = normalize_query(query)
    if not needle:
        return true()
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite" and len(needle) >= MIN_INDEXED:
        return DocumentRow.id.in_(
            select(_fts.c.rowid).where(_fts.c[FTS_TABLE].match(fts_phrase(needle)))
        )
    pattern = _like_pattern(needle)
    if dialect == "postgresql":
        return (
            DocumentRow.title.ilike(pattern, escape="\\")
            | DocumentRow.external_id.ilike(pattern, escape="\\")
            | DocumentRow.text.ilike(pattern, escape="\\")
        )
    return (
        DocumentRow.title.like(pattern, escape="\\")
        | DocumentRow.external_id.like(pattern, escape="\\")
        | DocumentRow.text.like(pattern, escape="\\")
    )


def fts_phrase_for(session: Session, query: str) -> str | None:
    """The FTS5 query for ``query`` when the SQLite index can drive a list page (rows in
    id order straight from the index, stopping at the page's end); else ``None``."""
    needle = normalize_query(query)
    if session.get_bind().dialect.name != "sqlite" or len(needle) < MIN_INDEXED:
        return None
    return fts_phrase(needle)


def fts_source(phrase: str) -> tuple[Any, Any, Any]:
    """``(from clause, match condition, rowid column)``: documents joined to their index
    entries, for a page read in rowid order."""
    source = _fts.join(DocumentRow, DocumentRow.id == _fts.c.rowid)
    return source, _fts.c[FTS_TABLE].match(phrase), _fts.c.rowid


def matching_documents(
    session: Session, project_id: int, query: str, *, batch: int = 50, from_id: int = 0
) -> Iterator[Sequence[tuple[int, str, str, str]]]:
    """Batches of ``(id, external_id, title, text)`` of the project's documents that
    contain ``query``, in id order from document ``from_id`` on, from one streamed query:
    the caller stops reading when it has enough."""
    columns = (DocumentRow.id, DocumentRow.external_id, DocumentRow.title, DocumentRow.text)
    phrase = fts_phrase_for(session, query)
    if phrase is not None:  # straight from the index, in rowid order
        source, match, rowid = fts_source(phrase)
        statement = (
            select(*columns)
            .select_from(source)
            .where(match, DocumentRow.project_id == project_id, rowid >= from_id)
            .order_by(rowid)
        )
    else:
        statement = (
            select(*columns)
            .where(
                DocumentRow.project_id == project_id,
                match_condition(session, query),
                DocumentRow.id >= from_id,
            )
            .order_by(DocumentRow.id)
        )
    result = session.connection().execution_options(stream_results=True).execute(statement)
    try:
        for rows in result.partitions(batch):
            yield [tuple(r) for r in rows]  # type: ignore[misc]
    finally:
        result.close()


def index_problems(session: Session) -> list[str]:
    """What is wrong with the search index: missing pieces, or (SQLite) entries that do
    not match the documents table. Empty when it is sound."""
    bind = session.get_bind()
    conn = session.connection()
    if bind.dialect.name == "sqlite":
        names = {
            name
            for (name,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name IN (?, ?, ?, ?)",
                (FTS_TABLE, *FTS_TRIGGERS),
            )
        }
        missing = [n for n in (FTS_TABLE, *FTS_TRIGGERS) if n not in names]
        if missing:
            return [f"the full-text search index is incomplete (missing {', '.join(missing)})"]
        # Every document has an index entry and every entry a document (read-only).
        unindexed = conn.exec_driver_sql(
            f"SELECT count(*) FROM documents WHERE id NOT IN (SELECT id FROM {FTS_TABLE}_docsize)"
        ).scalar()
        orphans = conn.exec_driver_sql(
            f"SELECT count(*) FROM {FTS_TABLE}_docsize WHERE id NOT IN (SELECT id FROM documents)"
        ).scalar()
        if unindexed or orphans:
            return [
                f"the full-text search index lacks {unindexed} document(s) and has {orphans} "
                f"entry(ies) of deleted ones; {REBUILD_HINT}"
            ]
        # FTS5's own check compares every entry with the text; it needs a writable
        # connection (it writes nothing), so a read-only check stops at the counts above.
        try:
            conn.exec_driver_sql(
                f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"
            )
        except (SQLAlchemyDatabaseError, sqlite3.DatabaseError) as exc:
            reason = str(getattr(exc, "orig", exc)).strip()
            if "readonly" in reason:
                return []
            return [
                f"the full-text search index does not match the documents ({reason}); "
                + REBUILD_HINT
            ]
        return []
    if bind.dialect.name == "postgresql":
        found = {
            name
            for (name,) in conn.exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'documents'"
            )
        }
        missing = [n for n in PG_INDEXES if n not in found]
        if missing:
            return [f"the full-text search indexes are missing: {', '.join(missing)}"]
    return []


def rebuild_index(session: Session) -> None:
    """Refill the SQLite search index from the documents table (PostgreSQL's indexes
    are maintained by the server)."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql(
            f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"
        )
