"""Opening a database: URL resolution, SQLite pragmas, upgrade on open."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "annotator"
DEFAULT_FILE = "annotator.sqlite3"
BUSY_TIMEOUT_MS = 30_000


class DatabaseError(RuntimeError):
    """A database that cannot be opened or used; the message is meant for the user."""


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / DEFAULT_FILE


def resolve_url(database: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL for ``--db`` / ``ANNOTATOR_DB`` / the default file."""
    value = str(database) if database else os.environ.get("ANNOTATOR_DB") or ""
    if not value:
        value = str(default_database_path())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def display_url(url: str) -> str:
    """The URL with any password hidden, for messages and ``annotator info``."""
    return make_url(url).render_as_string(hide_password=True)


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite would defer it).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    try:
        cursor.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError:
        pass  # read-only folder: WAL cannot be enabled, the file still opens
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _sqlite_on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def make_engine(url: str) -> Engine:
    """An engine with our SQLite settings: WAL, foreign keys, busy timeout, full sync."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    kwargs: dict[str, Any] = {}
    if url.startswith("postgresql"):
        kwargs["pool_pre_ping"] = True
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
    return engine


class Database:
    """An open database: an engine plus read and write session factories.

    Write transactions on SQLite start with ``BEGIN IMMEDIATE`` so two writers
    queue on the busy timeout instead of failing with "database is locked".
    """

    def __init__(self, url: str, *, upgrade: bool = True) -> None:
        from annotator.storage.migrate import ensure_current

        self.url = url
        self.engine = make_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self.path = sqlite_path(url)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer, expire_on_commit=False)
        try:
            if upgrade:
                ensure_current(self)
        except Exception:
            self.engine.dispose()
            raise

    @property
    def display(self) -> str:
        return display_url(self.url)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One unit of work: committed on exit, rolled back on error."""
        with self._write() as session, session.begin():
            yield session

    def has_tables(self) -> bool:
        with self.engine.connect() as conn:
            return bool(inspect(conn).get_table_names())

    def backup_to(self, target: Path) -> Path:
        """Copy a SQLite database with SQLite's online backup API."""
        if self.path is None:
            raise DatabaseError("only SQLite databases can be backed up to a file")
        target.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(self.path)
        try:
            dest = sqlite3.connect(target)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
        return target

    def backup_before_upgrade(self) -> Path | None:
        if self.path is None or not self.path.exists():
            return None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.parent / "backups" / f"{self.path.stem}-pre-upgrade-{stamp}.sqlite3"
        return self.backup_to(target)

    def close(self) -> None:
        self.engine.dispose()
