"""attribution: fragments of discontinuous spans, referents of mentions

Spans gain ``fragments`` (JSON, NULL for a contiguous span) and ``referent_id``; the
new ``referents`` table holds one row per entity that mentions of a layer refer to.
SQLite rebuilds the spans table (batch mode) to add the named foreign key.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 06:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "referents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("annotator_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["annotator_id"], ["annotators.id"], name=op.f("fk_referents_annotator_id_annotators")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_referents_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referents")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_referents_document_annotator", "referents", ["document_id", "annotator_id"]
    )
    # SQLite needs a rebuild for the foreign key, and the spans table keeps
    # its AUTOINCREMENT (0003) through it.
    with op.batch_alter_table(
        "spans", recreate="auto", table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        batch_op.add_column(sa.Column("fragments", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("referent_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_spans_referent_id_referents"),
            "referents",
            ["referent_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(batch_op.f("ix_spans_referent_id"), ["referent_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table(
        "spans", recreate="auto", table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        batch_op.drop_index(batch_op.f("ix_spans_referent_id"))
        batch_op.drop_constraint(batch_op.f("fk_spans_referent_id_referents"), type_="foreignkey")
        batch_op.drop_column("referent_id")
        batch_op.drop_column("fragments")
    op.drop_index("ix_referents_document_annotator", table_name="referents")
    op.drop_table("referents")
