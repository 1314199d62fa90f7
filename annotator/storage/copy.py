"""Copying every row of one database into another empty one, verified before commit.

Every table is copied row for row with its ids, in one transaction on the target.
Before that transaction commits, the copy is checked: row counts per table, every
document's text against its stored sha256, and a digest of all documents and spans
on both sides. Anything that differs rolls the target back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, func, select, text

from annotator.model.errors import DatabaseError
from annotator.model.limits import string_problem, value_problems
from annotator.storage.engine import Database
from annotator.storage.orm import Base, DocumentRow, SpanRow
from annotator.text import text_sha256

BATCH = 1000


@dataclass(frozen=True, slots=True)
class CopiedRows:
    counts: dict[str, int]
    documents_verified: int
    digest: str


def _count(conn: Connection, table: Table) -> int:
    return int(conn.scalar(select(func.count()).select_from(table)) or 0)


def _digest(conn: Connection) -> tuple[str, int]:
    """A sha256 over every document (id, stored hash) and span; checks each text's hash.

    Returns (hex digest, documents checked). Raises if a text does not match its hash.
    """
    digest = hashlib.sha256()
    checked = 0
    docs = conn.execution_options(stream_results=True, yield_per=BATCH).execute(
        select(DocumentRow.id, DocumentRow.text, DocumentRow.text_sha256).order_by(DocumentRow.id)
    )
    for doc_id, body, sha in docs:
        if text_sha256(body) != sha:
            raise DatabaseError(f"document {doc_id}: its text does not match its sha256")
        digest.update(f"d{doc_id}:{sha}\n".encode())
        checked += 1
    spans = conn.execution_options(stream_results=True, yield_per=BATCH).execute(
        select(
            SpanRow.id,
            SpanRow.document_id,
            SpanRow.annotator_id,
            SpanRow.label_id,
            SpanRow.start_offset,
            SpanRow.end_offset,
            SpanRow.version,
        ).order_by(SpanRow.id)
    )
    for row in spans:
        digest.update(("s" + ",".join(str(v) for v in row) + "\n").encode())
    return digest.hexdigest(), checked


def _reset_sequences(conn: Connection, tables: list[Table]) -> None:
    """After inserting explicit ids, PostgreSQL's id sequences must continue after them."""
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and pk[0].name == "id":
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table.name}"
                )
            )


def _row_problems(table: Table, rows: list[Any]) -> Iterator[str]:
    """Values PostgreSQL (or an export) would refuse: NUL, lone surrogates, too long."""
    for row in rows:
        for column in table.columns:
            value = row[column.name]
            if isinstance(value, str):
                problem = string_problem(value, getattr(column.type, "length", None))
                problem = f"{column.name} {problem}" if problem else None
            elif isinstance(value, dict | list):
                problem = next(value_problems(value, column.name), None)
            else:
                continue
            if problem:
                key = ", ".join(f"{c.name} {row[c.name]}" for c in table.primary_key.columns)
                yield f"{table.name} ({key}): {problem}"


def _check_limits(read: Connection, tables: list[Table], shown_source: str) -> None:
    """Before copying anything: every string within the limits both databases accept."""
    problems: list[str] = []
    for table in tables:
        result = read.execution_options(stream_results=True, yield_per=BATCH).execute(select(table))
        for chunk in result.mappings().partitions(BATCH):
            problems += _row_problems(table, list(chunk))
    if problems:
        listed = "; ".join(problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise DatabaseError(
            f"{shown_source} holds {len(problems)} values the target cannot store: {listed}{more}"
        )


# Tables the database's triggers fill as other rows arrive (the documents' totals per
# project): the source's rows replace what the triggers wrote during the copy.
TRIGGER_FILLED = frozenset({"project_totals"})


def copy_rows(
    src: Database,
    dst: Database,
    shown_source: str,
    shown_target: str,
    on_table: Callable[[str, int], Any] | None,
) -> CopiedRows:
    """Copy every table of ``src`` into the empty ``dst``; raise (target rolled back) if
    the copy differs. ``shown_*`` are the URLs as the user sees them."""
    tables = list(Base.metadata.sorted_tables)
    with src.engine.connect() as read, dst.engine.begin() as write:
        for table in tables:
            if _count(write, table):
                raise DatabaseError(
                    f"{shown_target} is not empty (table {table.name} has rows); "
                    "copy into a new, empty database"
                )
        _check_limits(read, tables, shown_source)
        counts: dict[str, int] = {}
        for table in tables:
            order = list(table.primary_key.columns)
            result = read.execution_options(stream_results=True, yield_per=BATCH).execute(
                select(table).order_by(*order)
            )
            copied = 0
            if table.name in TRIGGER_FILLED:  # the copied rows above filled it already
                write.execute(table.delete())
            for chunk in result.mappings().partitions(BATCH):
                write.execute(table.insert(), [dict(row) for row in chunk])
                copied += len(chunk)
            counts[table.name] = copied
            if on_table is not None:
                on_table(table.name, copied)
        if dst.engine.dialect.name == "postgresql":
            _reset_sequences(write, tables)
        for table in tables:
            before, after = _count(read, table), _count(write, table)
            if before != after or after != counts[table.name]:
                raise DatabaseError(
                    f"table {table.name}: {before} rows in {shown_source} but {after} in the copy"
                )
        source_digest, checked = _digest(read)
        target_digest, checked_target = _digest(write)
        if source_digest != target_digest or checked != checked_target:
            raise DatabaseError(
                "the copy differs from the source (documents or spans); nothing was kept"
            )
    return CopiedRows(counts, checked, target_digest)
