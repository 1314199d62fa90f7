"""list checkpoints in import-time order, for jumps in the list ordered by last change

The list ordered by last change is the annotator's states merged with the documents
they do not cover, in import-time order. A row by position there needs positions in
import-time order: ``list_checkpoints`` gets a ``created`` column and a third order,
"created", cut by the same triggers (now also when a document's import time changes)
and filled here.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 12:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

STRIDE = 1000  # annotator.storage.list_positions.STRIDE when this migration was written
KEYS = {"id": None, "title": "title", "created": "created"}  # order -> its key column

FILL = (
    "INSERT INTO list_checkpoints (project_id, sort, position, title, created, document_id) "
    "SELECT project_id, 'created', n, '', created, id FROM (SELECT project_id, created, id, "
    "row_number() OVER (PARTITION BY project_id ORDER BY created, id) - 1 AS n "
    f"FROM documents) AS r WHERE n % {STRIDE} = 0"
)


def _sqlite_cut(row: str, orders: tuple[str, ...]) -> str:
    """Delete the checkpoints after document ``row`` ("new" or "old") in each order."""
    cuts = []
    for order in orders:
        key = KEYS[order]
        after = (
            f"title = '' AND document_id > {row}.id"
            if key is None
            else f"({key}, document_id) > ({row}.{key}, {row}.id)"
        )
        cuts.append(
            f"DELETE FROM list_checkpoints WHERE project_id = {row}.project_id "
            f"AND sort = '{order}' AND {after}; "
        )
    return "".join(cuts)


def _sqlite_triggers(orders: tuple[str, ...]) -> list[str]:
    columns = ["project_id", *(k for k in (KEYS[o] for o in orders) if k)]
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)
    return [
        "CREATE TRIGGER list_checkpoints_insert AFTER INSERT ON documents BEGIN "
        + _sqlite_cut("new", orders)
        + "END",
        "CREATE TRIGGER list_checkpoints_delete AFTER DELETE ON documents BEGIN "
        + _sqlite_cut("old", orders)
        + "END",
        f"CREATE TRIGGER list_checkpoints_update AFTER UPDATE OF {', '.join(columns)} "
        f"ON documents WHEN {changed} BEGIN "
        + _sqlite_cut("old", orders)
        + _sqlite_cut("new", orders)
        + "END",
    ]


SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS list_checkpoints_update",
    "DROP TRIGGER IF EXISTS list_checkpoints_delete",
    "DROP TRIGGER IF EXISTS list_checkpoints_insert",
]


def _postgresql_cut(rows: str, orders: tuple[str, ...]) -> str:
    """Delete, per project, the checkpoints after the first of ``rows`` in each order."""
    cuts = []
    for order in orders:
        key = KEYS[order]
        if key is None:
            cuts.append(
                f"DELETE FROM list_checkpoints AS c USING (SELECT project_id, min(id) AS id "
                f"FROM {rows} GROUP BY project_id) AS f WHERE c.project_id = f.project_id "
                f"AND c.sort = '{order}' AND c.document_id > f.id;"
            )
        else:
            cuts.append(
                f"DELETE FROM list_checkpoints AS c USING (SELECT DISTINCT ON (project_id) "
                f"project_id, {key}, id FROM {rows} ORDER BY project_id, {key}, id) AS f "
                f"WHERE c.project_id = f.project_id AND c.sort = '{order}' "
                f"AND (c.{key}, c.document_id) > (f.{key}, f.id);"
            )
    return "\n        ".join(cuts)


def _postgresql_function(orders: tuple[str, ...]) -> str:
    """The statement triggers' function (as in 0010): the project's total row locked
    first, as a build of checkpoints locks it, then the cuts."""
    keys = [k for k in (KEYS[o] for o in orders) if k]
    moved = " OR ".join(["o.project_id <> n.project_id", *(f"o.{k} <> n.{k}" for k in keys)])
    picked = ", ".join(["project_id", *keys, "id"])
    changed = (
        f"(SELECT {', '.join('o.' + c for c in picked.split(', '))} FROM removed_rows AS o "
        f"JOIN added_rows AS n USING (id) WHERE {moved} UNION ALL "
        f"SELECT {', '.join('n.' + c for c in picked.split(', '))} FROM removed_rows AS o "
        f"JOIN added_rows AS n USING (id) WHERE {moved}) AS changed"
    )
    branches = []
    for condition, rows in (
        ("TG_OP = 'INSERT'", "added_rows"),
        ("TG_OP = 'DELETE'", "removed_rows"),
        ("TRUE", changed),
    ):
        branches.append(
            f"{condition} THEN\n        PERFORM 1 FROM project_totals WHERE project_id IN "
            f"(SELECT project_id FROM {rows}) FOR UPDATE;\n        " + _postgresql_cut(rows, orders)
        )
    body = "IF " + "\n    ELSIF ".join(branches) + "\n    END IF;"
    return (
        "CREATE OR REPLACE FUNCTION list_checkpoints_keep() RETURNS trigger "
        f"LANGUAGE plpgsql AS $$\nBEGIN\n    {body}\n    RETURN NULL;\nEND\n$$"
    )


def upgrade() -> None:
    op.add_column("list_checkpoints", sa.Column("created", sa.DateTime(), nullable=True))
    op.create_index(
        "ix_list_checkpoints_created",
        "list_checkpoints",
        ["project_id", "sort", "created", "document_id"],
    )
    orders = ("id", "title", "created")
    if op.get_bind().dialect.name == "sqlite":
        statements = [*SQLITE_DROP, *_sqlite_triggers(orders)]
    else:
        statements = [_postgresql_function(orders)]
    for statement in [*statements, FILL]:
        op.execute(statement)


def downgrade() -> None:
    orders = ("id", "title")
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.execute("DELETE FROM list_checkpoints WHERE sort = 'created'")
    if sqlite:  # the table is rebuilt below: no trigger may name it meanwhile
        for statement in SQLITE_DROP:
            op.execute(statement)
    op.drop_index("ix_list_checkpoints_created", table_name="list_checkpoints")
    with op.batch_alter_table("list_checkpoints") as batch:
        batch.drop_column("created")
    statements = _sqlite_triggers(orders) if sqlite else [_postgresql_function(orders)]
    for statement in statements:
        op.execute(statement)
