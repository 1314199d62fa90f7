"""a document's token offsets, stored at import for the token formats

A document's text never changes after import, so its tokens change only with the
tokenizer. The hf, CoNLL and Prodigy exports tokenized every document again (a sixth
of an hf export's time); they now read ``documents.tokens`` (each token's start and end
as little-endian uint32 pairs) when ``documents.tokens_version`` names the current
tokenizer. Existing documents are not tokenized here (a million documents migrate in
the time of adding two nullable columns): NULL means "not stored", and exports
tokenize those as before; ``db check --rebuild-search`` fills them.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 13:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE ... ADD COLUMN on both dialects (no table copy: the documents
    # table keeps its triggers, and the upgrade does not grow with the table).
    op.add_column("documents", sa.Column("tokens", sa.LargeBinary(), nullable=True))
    op.add_column("documents", sa.Column("tokens_version", sa.String(40), nullable=True))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite >= 3.35), not a batch copy of the table.
    op.execute("ALTER TABLE documents DROP COLUMN tokens_version")
    op.execute("ALTER TABLE documents DROP COLUMN tokens")
