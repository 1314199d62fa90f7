"""The assignments table comes with a hand-written migration that matches the models."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from annotator.storage import Database
from annotator.storage.migrate import alembic_config
from annotator.storage.orm import Base
from annotator.storage.search import include_name


def _diff(db: Database) -> list[object]:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": include_name}
        )
        return list(compare_metadata(context, Base.metadata))


def test_migrations_match_models_on_sqlite(tmp_path: Path) -> None:
    db = Database("sqlite:///" + str(tmp_path / "m.sqlite3"))
    try:
        assert _diff(db) == []
        assert "assignments" in inspect(db.engine).get_table_names()
    finally:
        db.close()


def test_migrations_match_models_on_postgresql(pg_url: str) -> None:
    db = Database(pg_url)
    try:
        assert _diff(db) == []
    finally:
        db.close()


def test_upgrade_from_0001_and_downgrade(tmp_path: Path) -> None:
    url = "sqlite:///" + str(tmp_path / "old.sqlite3")
    db = Database(url, upgrade=False)
    try:
        config = alembic_config(db)
        with db.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0001")
        assert "assignments" not in inspect(db.engine).get_table_names()
        with db.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
        assert "assignments" in inspect(db.engine).get_table_names()
        with db.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
        assert "assignments" not in inspect(db.engine).get_table_names()
    finally:
        db.close()
