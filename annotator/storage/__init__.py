"""Persistence: SQLAlchemy models, engine setup and Alembic migrations.

ORM rows stay in here; everything above sees :mod:`annotator.model` types.
"""

from __future__ import annotations

from annotator.storage.engine import (
    Database,
    DatabaseError,
    Transaction,
    data_dir,
    default_database_path,
    display_url,
    open_database,
    resolve_url,
)

__all__ = [
    "Database",
    "DatabaseError",
    "Transaction",
    "data_dir",
    "default_database_path",
    "display_url",
    "open_database",
    "resolve_url",
]
