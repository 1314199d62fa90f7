"""checkpoints of the document list: every 1,000th position in import and title order

A jump to row ``r`` of a project's list in import order skipped ``r`` entries of the
``(project_id, id)`` index (``LIMIT 1 OFFSET r``) whenever the project's ids were not
one range (projects imported interleaved, documents deleted or moved), and in title
order until a pool thread had walked the list: linear in ``r`` (34-115 ms at row
333,333 of 1,000,000 on the loaded machine, seconds at 10 M). ``list_checkpoints`` holds
the boundary ``(title, document_id)`` of every 1,000th position of each project in both
orders, so any row is one seek by primary key plus a step of fewer than 1,000 index
entries (:mod:`annotator.storage.list_positions`).

Kept right by triggers on ``documents``: an insert, delete, retitle or move deletes the
checkpoints after the changed key (the ones before it still count the same documents);
imports append ids at the end of import order, so there they delete nothing. The list
builds missing checkpoints again off the UI thread. Filled here for existing databases.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

STRIDE = 1000  # annotator.storage.list_positions.STRIDE when this migration was written

# Every STRIDE-th row of each project in each order, numbered inside the database.
FILL = [
    "INSERT INTO list_checkpoints (project_id, sort, position, title, document_id) "
    "SELECT project_id, 'id', n, '', id FROM (SELECT project_id, id, "
    "row_number() OVER (PARTITION BY project_id ORDER BY id) - 1 AS n FROM documents) AS r "
    f"WHERE n % {STRIDE} = 0",
    "INSERT INTO list_checkpoints (project_id, sort, position, title, document_id) "
    "SELECT project_id, 'title', n, title, id FROM (SELECT project_id, title, id, "
    "row_number() OVER (PARTITION BY project_id ORDER BY title, id) - 1 AS n "
    f"FROM documents) AS r WHERE n % {STRIDE} = 0",
]


def _sqlite_cut(row: str) -> str:
    """Delete the checkpoints after document ``row`` ("new" or "old") in both orders."""
    return (
        f"DELETE FROM list_checkpoints WHERE project_id = {row}.project_id AND sort = 'id' "
        f"AND title = '' AND document_id > {row}.id; "
        f"DELETE FROM list_checkpoints WHERE project_id = {row}.project_id AND sort = 'title' "
        f"AND (title, document_id) > ({row}.title, {row}.id); "
    )


SQLITE_UP = [
    "CREATE TRIGGER list_checkpoints_insert AFTER INSERT ON documents BEGIN "
    + _sqlite_cut("new")
    + "END",
    "CREATE TRIGGER list_checkpoints_delete AFTER DELETE ON documents BEGIN "
    + _sqlite_cut("old")
    + "END",
    "CREATE TRIGGER list_checkpoints_update AFTER UPDATE OF project_id, title ON documents "
    "WHEN old.project_id IS NOT new.project_id OR old.title IS NOT new.title BEGIN "
    + _sqlite_cut("old")
    + _sqlite_cut("new")
    + "END",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS list_checkpoints_update",
    "DROP TRIGGER IF EXISTS list_checkpoints_delete",
    "DROP TRIGGER IF EXISTS list_checkpoints_insert",
]


def _postgresql_cut(rows: str) -> str:
    """Delete, per project, the checkpoints after the first of ``rows`` in each order."""
    return f"""
        DELETE FROM list_checkpoints AS c
        USING (SELECT project_id, min(id) AS id FROM {rows} GROUP BY project_id) AS f
        WHERE c.project_id = f.project_id AND c.sort = 'id' AND c.document_id > f.id;
        DELETE FROM list_checkpoints AS c
        USING (SELECT DISTINCT ON (project_id) project_id, title, id FROM {rows}
               ORDER BY project_id, title, id) AS f
        WHERE c.project_id = f.project_id AND c.sort = 'title'
          AND (c.title, c.document_id) > (f.title, f.id);"""


# The old and new rows of an update that retitled or moved documents.
CHANGED = (
    "(SELECT o.project_id, o.title, o.id FROM removed_rows AS o JOIN added_rows AS n "
    "USING (id) WHERE o.project_id <> n.project_id OR o.title <> n.title UNION ALL "
    "SELECT n.project_id, n.title, n.id FROM removed_rows AS o JOIN added_rows AS n "
    "USING (id) WHERE o.project_id <> n.project_id OR o.title <> n.title) AS changed"
)

# Statement triggers over the transition tables: a bulk import cuts once per statement.
# The project's total row is locked first, as the list's build of checkpoints locks it
# (annotator.storage.list_positions): a build and a change of the same project's
# documents never interleave, so no build writes checkpoints a change has made wrong.
POSTGRESQL_FUNCTION = f"""
CREATE OR REPLACE FUNCTION list_checkpoints_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM 1 FROM project_totals
        WHERE project_id IN (SELECT project_id FROM added_rows) FOR UPDATE;
        {_postgresql_cut("added_rows")}
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM 1 FROM project_totals
        WHERE project_id IN (SELECT project_id FROM removed_rows) FOR UPDATE;
        {_postgresql_cut("removed_rows")}
    ELSE
        PERFORM 1 FROM project_totals
        WHERE project_id IN (SELECT project_id FROM {CHANGED}) FOR UPDATE;
        {_postgresql_cut(CHANGED)}
    END IF;
    RETURN NULL;
END
$$
"""
POSTGRESQL_UP = [
    POSTGRESQL_FUNCTION,
    "CREATE TRIGGER list_checkpoints_insert AFTER INSERT ON documents "
    "REFERENCING NEW TABLE AS added_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION list_checkpoints_keep()",
    "CREATE TRIGGER list_checkpoints_delete AFTER DELETE ON documents "
    "REFERENCING OLD TABLE AS removed_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION list_checkpoints_keep()",
    "CREATE TRIGGER list_checkpoints_update AFTER UPDATE ON documents "
    "REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION list_checkpoints_keep()",
]
POSTGRESQL_DOWN = [
    "DROP TRIGGER IF EXISTS list_checkpoints_update ON documents",
    "DROP TRIGGER IF EXISTS list_checkpoints_delete ON documents",
    "DROP TRIGGER IF EXISTS list_checkpoints_insert ON documents",
    "DROP FUNCTION IF EXISTS list_checkpoints_keep()",
]


def upgrade() -> None:
    op.create_table(
        "list_checkpoints",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("sort", sa.String(length=10), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_list_checkpoints_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "sort", "position", name=op.f("pk_list_checkpoints")),
    )
    op.create_index(
        "ix_list_checkpoints_key",
        "list_checkpoints",
        ["project_id", "sort", "title", "document_id"],
    )
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    for statement in [*(SQLITE_UP if sqlite else POSTGRESQL_UP), *FILL]:
        op.execute(statement)
    if not sqlite:  # members write the checkpoints their lists build
        from annotator.storage.roles import install

        install(bind)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_DOWN if sqlite else POSTGRESQL_DOWN:
        op.execute(statement)
    op.drop_index("ix_list_checkpoints_key", table_name="list_checkpoints")
    op.drop_table("list_checkpoints")
