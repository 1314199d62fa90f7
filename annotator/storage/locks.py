"""Locks that make PostgreSQL serialize what SQLite's single writer serializes.

SQLite lets one write transaction run at a time (``BEGIN IMMEDIATE``), so two imports
of the same texts de-duplicate and two first runs migrate one after the other. On
PostgreSQL two transactions run side by side: without a lock each import sees the
other's documents as absent (10,001 documents for 5,001 texts) and two migrations
create the same tables. A transaction-scoped advisory lock, released at commit or
rollback, gives PostgreSQL the same order. On SQLite these are no-ops.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

# Advisory lock keys (any 64-bit numbers no other program on the server uses).
IMPORT_LOCK = 0x616E6E6F_74000001  # imports and project creation
MIGRATION_LOCK = 0x616E6E6F_74000002  # schema upgrades


def _advisory(bind: Session | Connection, key: int) -> None:
    dialect = bind.get_bind().dialect if isinstance(bind, Session) else bind.dialect
    if dialect.name == "postgresql":
        bind.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def lock_imports(session: Session) -> None:
    """Wait until no other import (or project creation) runs, until this one commits."""
    _advisory(session, IMPORT_LOCK)


def lock_migrations(conn: Connection) -> None:
    """Wait until no other process upgrades the schema, until this upgrade commits."""
    _advisory(conn, MIGRATION_LOCK)


def insert_if_absent(session: Session, row_class: type[Any], values: dict[str, Any]) -> bool:
    """PostgreSQL: insert a row unless one with the same unique key exists, waiting for a
    concurrent transaction inserting it (``ON CONFLICT DO NOTHING``), so two processes
    first using one annotator name (or layer) never hit a unique violation. Returns
    False on SQLite, where writers take turns and the caller adds the row itself."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    from sqlalchemy.dialects.postgresql import insert

    session.execute(insert(row_class).values(**values).on_conflict_do_nothing())
    return True
