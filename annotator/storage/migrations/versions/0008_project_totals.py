"""maintained document totals per project; an index of each annotator's states

Opening a project showed its size with ``count(*)`` over the project's documents, which
grows with the project (30-45 ms at 100,000 documents, ten times that at a million).
``project_totals`` holds each project's document count, kept by triggers on
``documents`` in the same transaction as every insert, delete or move (SQLite: one row
trigger each; PostgreSQL: statement triggers over the transition tables, so a bulk import
updates the total once per statement). Filled here from the existing rows.

``ix_document_states_annotator`` lets the progress line read one annotator's states
(what they have labeled) instead of every annotator's.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

FILL = (
    "INSERT INTO project_totals (project_id, documents) "
    "SELECT project_id, count(*) FROM documents GROUP BY project_id"
)
SQLITE_UP = [
    "CREATE TRIGGER project_totals_insert AFTER INSERT ON documents BEGIN "
    "INSERT INTO project_totals (project_id, documents) VALUES (new.project_id, 1) "
    "ON CONFLICT (project_id) DO UPDATE SET documents = documents + 1; END",
    "CREATE TRIGGER project_totals_delete AFTER DELETE ON documents BEGIN "
    "UPDATE project_totals SET documents = documents - 1 "
    "WHERE project_id = old.project_id; END",
    "CREATE TRIGGER project_totals_move AFTER UPDATE OF project_id ON documents "
    "WHEN old.project_id IS NOT new.project_id BEGIN "
    "UPDATE project_totals SET documents = documents - 1 WHERE project_id = old.project_id; "
    "INSERT INTO project_totals (project_id, documents) VALUES (new.project_id, 1) "
    "ON CONFLICT (project_id) DO UPDATE SET documents = documents + 1; END",
    FILL,
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS project_totals_move",
    "DROP TRIGGER IF EXISTS project_totals_delete",
    "DROP TRIGGER IF EXISTS project_totals_insert",
]
# One function for the three statement triggers: the documents each statement added
# (+1) and removed (-1), summed per project.
POSTGRESQL_FUNCTION = """
CREATE OR REPLACE FUNCTION project_totals_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO project_totals (project_id, documents)
        SELECT project_id, count(*) FROM added_rows GROUP BY project_id
        ON CONFLICT (project_id)
        DO UPDATE SET documents = project_totals.documents + EXCLUDED.documents;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE project_totals AS t SET documents = t.documents - r.n
        FROM (SELECT project_id, count(*) AS n FROM removed_rows GROUP BY project_id) AS r
        WHERE t.project_id = r.project_id;
    ELSE
        INSERT INTO project_totals (project_id, documents)
        SELECT project_id, sum(n) FROM (
            SELECT project_id, 1 AS n FROM added_rows
            UNION ALL SELECT project_id, -1 AS n FROM removed_rows
        ) AS moved GROUP BY project_id HAVING sum(n) <> 0
        ON CONFLICT (project_id)
        DO UPDATE SET documents = project_totals.documents + EXCLUDED.documents;
    END IF;
    RETURN NULL;
END
$$
"""
POSTGRESQL_UP = [
    POSTGRESQL_FUNCTION,
    "CREATE TRIGGER project_totals_insert AFTER INSERT ON documents "
    "REFERENCING NEW TABLE AS added_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION project_totals_keep()",
    "CREATE TRIGGER project_totals_delete AFTER DELETE ON documents "
    "REFERENCING OLD TABLE AS removed_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION project_totals_keep()",
    "CREATE TRIGGER project_totals_move AFTER UPDATE ON documents "
    "REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION project_totals_keep()",
    FILL,
]
POSTGRESQL_DOWN = [
    "DROP TRIGGER IF EXISTS project_totals_move ON documents",
    "DROP TRIGGER IF EXISTS project_totals_delete ON documents",
    "DROP TRIGGER IF EXISTS project_totals_insert ON documents",
    "DROP FUNCTION IF EXISTS project_totals_keep()",
]


def upgrade() -> None:
    op.create_table(
        "project_totals",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_totals_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", name=op.f("pk_project_totals")),
    )
    with op.batch_alter_table("document_states") as batch:
        batch.create_index("ix_document_states_annotator", ["annotator_id", "status"])
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_UP if sqlite else POSTGRESQL_UP:
        op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_DOWN if sqlite else POSTGRESQL_DOWN:
        op.execute(statement)
    with op.batch_alter_table("document_states") as batch:
        batch.drop_index("ix_document_states_annotator")
    op.drop_table("project_totals")
