"""never reuse span and relation ids (SQLite AUTOINCREMENT)

Without AUTOINCREMENT, SQLite hands the id of a deleted last row to the next new
row, so a stale (id, version) pair held by another window could name a different
span. PostgreSQL sequences never reuse ids, so only SQLite tables are rebuilt.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 05:45:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ("spans", "relations")


def _rebuild(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
        ):
            pass


def upgrade() -> None:
    _rebuild(True)


def downgrade() -> None:
    _rebuild(False)
