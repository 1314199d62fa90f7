"""``annotator db copy``: move a whole database (SQLite to PostgreSQL and back), verified.

Every table is copied row for row with its ids, in one transaction on the target.
Before that transaction commits, the copy is checked: row counts per table, every
document's text against its stored sha256, and a digest of all documents and spans
on both sides. Anything that differs rolls the target back, so a copy either is
identical or is not there at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from annotator.service.errors import NotFound, ServiceError
from annotator.storage import Database, display_url, resolve_url
from annotator.storage.copy import copy_rows
from annotator.storage.engine import sqlite_path


@dataclass(frozen=True, slots=True)
class CopyReport:
    source: str  # URLs as shown to the user: passwords hidden
    target: str
    counts: dict[str, int]
    documents_verified: int
    digest: str


def copy_database(
    source: str,
    target: str,
    *,
    on_table: Callable[[str, int], Any] | None = None,
) -> CopyReport:
    """Copy every row of ``source`` into the empty database ``target`` and verify it."""
    source_url, target_url = resolve_url(source), resolve_url(target)
    shown_source, shown_target = display_url(source_url), display_url(target_url)
    if source_url == target_url:
        raise ServiceError("source and target are the same database")
    path = sqlite_path(source_url)
    if path is not None and not path.exists():
        raise NotFound(f"{shown_source} does not exist")
    src = Database(source_url)
    try:
        dst = Database(target_url)
        try:
            rows = copy_rows(src, dst, shown_source, shown_target, on_table)
            return CopyReport(
                shown_source, shown_target, rows.counts, rows.documents_verified, rows.digest
            )
        finally:
            dst.close()
    finally:
        src.close()
