"""team roles: history records the login; PostgreSQL gets group roles and row-level security

``history.login`` holds the database login that wrote a row (PostgreSQL sets it from
``current_user`` in a trigger; NULL on SQLite, where one person owns the file). On
PostgreSQL the group roles, grants and policies of :mod:`annotator.storage.roles` are
installed when the migrating login may create roles (else ``annotator db init`` by
one that may does it later).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 09:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("history", sa.Column("login", sa.String(length=200), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from annotator.storage.roles import install

        install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from annotator.storage.roles import uninstall

        uninstall(bind)
    with op.batch_alter_table("history") as batch_op:
        batch_op.drop_column("login")
