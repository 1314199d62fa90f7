"""The database: migrations match the models, old files upgrade, new files are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from annotator.storage import Database, DatabaseError, display_url, resolve_url
from annotator.storage.migrate import alembic_config, current_revision, head_revision
from annotator.storage.orm import Base
from annotator.storage.search import include_name


def sqlite_url(path: Path) -> str:
    return resolve_url(str(path))


def first_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config())
    base = script.get_base()
    assert isinstance(base, str)
    return base


def test_autogenerate_finds_no_difference(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "fresh.sqlite3"))
    try:
        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={"compare_type": True, "render_as_batch": True, "include_name": include_name},
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == [], f"models and migrations differ: {diff}"
    finally:
        db.close()


def test_autogenerate_check_would_notice_a_missing_migration(tmp_path: Path) -> None:
    """The comparison above is not vacuous: a column without a migration shows up."""
    from sqlalchemy import Column, Integer, MetaData

    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.tables.values():
        copy = table.to_metadata(changed)
        if table.name == "documents":
            copy.append_column(Column("word_count", Integer, nullable=True))
    db = Database(sqlite_url(tmp_path / "fresh.sqlite3"))
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), changed)
        assert any(d[0] == "add_column" and d[3].name == "word_count" for d in diff), diff
    finally:
        db.close()


def test_constraint_names_follow_the_convention(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "names.sqlite3"))
    try:
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"
            ).all()
        names = {r[0] for r in rows}
        assert names, "expected named indexes"
        assert all(n.startswith("ix_") for n in names), names
        with db.engine.connect() as conn:
            tables = conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
            ).all()
        for table, sql in tables:
            if table in ("alembic_version", "sqlite_sequence") or not include_name(
                table, "table", {}
            ):
                continue  # Alembic's and SQLite's own tables, the search index's
            # Every primary key, unique and foreign key constraint carries its name, so a
            # later batch migration can drop or alter it.
            for line in sql.splitlines():
                line = line.strip()
                if line.startswith("id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT"):
                    continue  # SQLite only allows AUTOINCREMENT on an inline, unnamed key
                if any(k in line for k in ("PRIMARY KEY", "UNIQUE", "FOREIGN KEY")):
                    assert line.startswith("CONSTRAINT "), f"{table}: unnamed {line}"
                    name = line.split()[1]
                    assert name.split("_")[0] in ("pk", "uq", "fk", "ck"), (table, name)
    finally:
        db.close()


def test_pragmas_are_set(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "pragmas.sqlite3"))
    try:
        with db.reading() as s:
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
        with db.writing() as s:
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert s.execute(text("PRAGMA synchronous")).scalar() == 2
    finally:
        db.close()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "fk.sqlite3"))
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"), db.writing() as s:
            s.execute(
                text(
                    "INSERT INTO documents (project_id, external_id, title, source, meta, text,"
                    " text_sha256, length, created) VALUES (999, 'x', '', '', '{}', 't', '', 1,"
                    " CURRENT_TIMESTAMP)"
                )
            )
    finally:
        db.close()


def _make_old_database(path: Path) -> str:
    """A database at the first released schema revision, with a project in it."""
    url = sqlite_url(path)
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", url)
    command.upgrade(config, first_revision())
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO projects (name, schema_name, independent, created)"
        " VALUES ('Old', 'Bengali news', 0, '2026-01-01 00:00:00')"
    )
    con.commit()
    con.close()
    return url


def test_older_database_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    url = _make_old_database(path)
    first = first_revision()
    if first == head_revision():
        pytest.skip("only one schema revision exists so far")
    db = Database(url)
    try:
        assert current_revision(db) == head_revision()
        with db.reading() as s:
            assert s.execute(text("SELECT name FROM projects")).scalar() == "Old"
    finally:
        db.close()
    backups = list((tmp_path / "backups").glob("old.sqlite3-pre-upgrade-*.sqlite3"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (first,)
        assert con.execute("SELECT name FROM projects").fetchone() == ("Old",)
    finally:
        con.close()


def test_current_database_is_not_backed_up_again(tmp_path: Path) -> None:
    path = tmp_path / "current.sqlite3"
    Database(sqlite_url(path)).close()
    Database(sqlite_url(path)).close()
    assert not (tmp_path / "backups").exists()


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    Database(sqlite_url(path)).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as info:
        Database(sqlite_url(path))
    message = str(info.value)
    assert "newer Annotator" in message
    assert "9999_from_the_future" in message
    assert head_revision() in message
    assert "upgrade Annotator" in message
    assert path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="not an Annotator database"):
        Database(sqlite_url(path))


def test_resolve_url_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_url(str(tmp_path / "a.sqlite3")) == f"sqlite:///{tmp_path / 'a.sqlite3'}"
    monkeypatch.setenv("ANNOTATOR_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.sqlite3'}"
    assert resolve_url("postgresql+psycopg://u:p@h/db") == "postgresql+psycopg://u:p@h/db"


def test_display_url_hides_the_password() -> None:
    shown = display_url("postgresql+psycopg://u:secret@localhost/x")
    assert "secret" not in shown
    assert "u:***@localhost/x" in shown


def test_migrations_run_without_annotator(tmp_path: Path) -> None:
    """The migration scripts alone build the head schema (what Alembic's CLI would do)."""
    path = tmp_path / "plain.sqlite3"
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", sqlite_url(path))
    command.upgrade(config, "head")
    engine = create_engine(sqlite_url(path))
    try:
        with engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
            tables = {
                r[0]
                for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            }
        assert set(Base.metadata.tables) <= tables
    finally:
        engine.dispose()


FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.mark.parametrize("dump", sorted(FIXTURES.glob("revision-*.sql")), ids=lambda p: p.stem)
def test_released_revision_fixture_opens_and_upgrades(tmp_path: Path, dump: Path) -> None:
    """A database written by each released schema revision (the annotated Demo article,
    one done layer) opens with today's code: backed up, upgraded, nothing lost."""
    from annotator.formats.native import dumps_layer
    from annotator.model import Status
    from annotator.service import Workspace
    from annotator.text import ClusterIndex

    path = tmp_path / "released.sqlite3"
    con = sqlite3.connect(path)
    con.executescript(dump.read_text(encoding="utf-8"))
    con.close()
    revision = dump.stem.removeprefix("revision-")
    with Workspace(str(path)) as ws:
        assert ws.revision() == head_revision()
        (project,) = ws.projects()
        layers = list(ws.iter_layers(project.id, status=Status.DONE))
        assert len(layers) == 1
        layer = layers[0]
        assert len(layer.spans) == 66 and len(layer.relations) == 7
        clusters = ClusterIndex(layer.document.text)
        assert all(
            clusters.is_boundary(s.start) and clusters.is_boundary(s.end) for s in layer.spans
        )
        assert dumps_layer(layer).startswith('{"id": "kim-putin-letter"')
    backups = list((tmp_path / "backups").glob("released.sqlite3-pre-upgrade-*.sqlite3"))
    if revision != head_revision():
        assert len(backups) == 1
        con = sqlite3.connect(backups[0])
        try:
            assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
        finally:
            con.close()
