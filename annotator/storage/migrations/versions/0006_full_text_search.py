"""full-text search over document titles, ids and texts

SQLite: an FTS5 table with the ``trigram`` tokenizer (``unicode61`` splits Bengali
words at vowel signs; trigrams match any substring of three or more characters,
like Ctrl+F), kept in step with ``documents`` by triggers and filled from the
existing rows here. PostgreSQL: ``pg_trgm`` GIN indexes serving ``ILIKE``.
Also indexes for the document list: by project in id order (pages by key without a
sort of the whole project) and by title.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 06:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SQLITE_UP = [
    "CREATE VIRTUAL TABLE documents_fts USING fts5("
    "title, external_id, text, content='documents', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, title, external_id, text) "
    "VALUES (new.id, new.title, new.external_id, new.text); END",
    "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, external_id, text) "
    "VALUES ('delete', old.id, old.title, old.external_id, old.text); END",
    "CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, external_id, text "
    "ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, external_id, text) "
    "VALUES ('delete', old.id, old.title, old.external_id, old.text); "
    "INSERT INTO documents_fts(rowid, title, external_id, text) "
    "VALUES (new.id, new.title, new.external_id, new.text); END",
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS documents_fts_update",
    "DROP TRIGGER IF EXISTS documents_fts_delete",
    "DROP TRIGGER IF EXISTS documents_fts_insert",
    "DROP TABLE IF EXISTS documents_fts",
]
POSTGRESQL_UP = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS fts_documents_text ON documents USING gin (text gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS fts_documents_title ON documents USING gin "
    "(title gin_trgm_ops, external_id gin_trgm_ops)",
]
POSTGRESQL_DOWN = [
    "DROP INDEX IF EXISTS fts_documents_title",
    "DROP INDEX IF EXISTS fts_documents_text",
]


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.create_index("ix_documents_project_title", ["project_id", "title"])
        batch.create_index("ix_documents_project_id", ["project_id", "id"])
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_UP if sqlite else POSTGRESQL_UP:
        op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_DOWN if sqlite else POSTGRESQL_DOWN:
        op.execute(statement)
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_project_id")
        batch.drop_index("ix_documents_project_title")
