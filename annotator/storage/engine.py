"""Opening a database: URL resolution, SQLite pragmas, upgrade on open."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from annotator.model.errors import DatabaseError, Message, PermissionRefused
from annotator.model.outputs import protect, release
from annotator.storage.migrate import ensure_current, not_annotator_database
from annotator.storage.wal import check_wal, close_guard, remember_wal

# One unit of work, as the service holds it: opened by Database.reading()/writing()
# and handed to the storage functions; the service never imports SQLAlchemy itself.
Transaction = Session

APP_NAME = "annotator"
DEFAULT_FILE = "annotator.sqlite3"
BUSY_TIMEOUT_MS = 30_000


def storage_error(exc: OperationalError) -> Exception:
    """A readable :class:`DatabaseError` for the failures a user can act on."""
    text = str(exc.orig if exc.orig is not None else exc)
    if "disk is full" in text:
        return DatabaseError(
            Message(
                "the edit was not saved: {reason} (free some disk space and retry)", reason=text
            )
        )
    if "disk I/O error" in text:
        return DatabaseError(
            Message(
                "the edit was not saved: {reason} (the database's files changed under the "
                "program, e.g. a deleted -wal or -shm file, or the disk failed; close the window "
                "and run `annotator db check`)",
                reason=text,
            )
        )
    if "readonly database" in text or "read-only" in text:
        return DatabaseError(
            Message("the edit was not saved: {reason} (the database is read-only)", reason=text)
        )
    if "database is locked" in text:
        return DatabaseError(
            Message(
                "the edit was not saved: waiting for another import… (another program is "
                "writing the database); retry when it has finished"
            )
        )
    return exc


WAITING_MESSAGE = "waiting for another import…"
INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL: a grant or row-level security refused it


# What a damaged or foreign file makes SQLite say (not "locked", "full" or "read-only").
_DAMAGE = (
    "file is not a database",
    "malformed",
    "file is encrypted",
    "unsupported file format",
    "could not decode",
)


DATABASE_ERRORS = (SQLAlchemyError, sqlite3.Error)


def database_failure(exc: BaseException, url: str | None) -> DatabaseError:
    """One line for any error a database driver raised: a damaged SQLite file is named
    with its newest backups and the restore command; others give the driver's first line
    (passwords hidden)."""
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    reason = lines[0] if lines else type(orig).__name__
    try:
        path = sqlite_path(url) if url else None
    except DatabaseError:  # not even a URL
        path = None
    if path is not None and "no such table" in reason:
        return not_annotator_database(path, reason)
    if path is not None and any(word in reason.lower() for word in _DAMAGE):
        from annotator.storage.backup import damaged_message

        return DatabaseError(damaged_message(path, reason))
    shown = display_url(url) if url else "the database"
    if isinstance(orig, OperationalError | sqlite3.OperationalError) or "connect" in reason:
        return DatabaseError(
            Message("cannot use {database}: {reason}", database=shown, reason=reason)
        )
    return DatabaseError(f"{shown}: {reason}")


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
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):  # not even a URL: hide what looks like a password
        return _PASSWORD.sub(r"//\1:***@", url)


_PASSWORD = re.compile(r"//([^:/@]*):[^@/]*@")
SUPPORTED_URLS = "a SQLite file path, sqlite:///PATH or postgresql+psycopg://USER@HOST/NAME"


def check_url(url: str) -> None:
    """Refuse a ``--db`` value SQLAlchemy cannot parse, in one line."""
    try:
        make_url(url)
    except (ArgumentError, ValueError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DatabaseError(
            f"--db {display_url(url)} is not a database URL ({reason}); use {SUPPORTED_URLS}"
        ) from None


def sqlite_path(url: str) -> Path | None:
    check_url(url)
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def is_read_only_path(path: Path) -> bool:
    """Whether we may not write an existing database file (or the folder its journal
    files go to). A missing file is not read-only: opening creates it."""
    if not path.exists():
        return False
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite would defer it).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    _record.info["busy_timeout"] = BUSY_TIMEOUT_MS
    cursor.execute("PRAGMA foreign_keys = ON")
    # In a read-only folder WAL cannot be enabled; the file still opens.
    with contextlib.suppress(sqlite3.OperationalError):
        cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    row = cursor.execute("PRAGMA database_list").fetchone()
    cursor.close()
    if row and row[2]:
        remember_wal(_record.info, row[2])


def _sqlite_on_begin(conn: Any) -> None:
    options = conn.get_execution_options()
    mode = options.get("sqlite_begin", "")
    # a -wal deleted under the connection: a write would be lost, a read would be stale
    check_wal(conn.connection.info, writing=bool(mode))
    if mode:  # how long a writer queues behind another process's write lock
        wait = int(options.get("sqlite_wait", BUSY_TIMEOUT_MS))
        info = conn.connection.info
        if info.get("busy_timeout") != wait:  # set once per connection and value
            conn.exec_driver_sql(f"PRAGMA busy_timeout = {wait}")
            info["busy_timeout"] = wait
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def _read_only_creator(path: Path) -> Any:
    """Connections for a file we may not write: ``mode=ro``, or ``immutable=1`` when a
    WAL database sits in a folder where SQLite cannot create its ``-shm`` file."""
    uri = path.resolve().as_uri()

    def connect() -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            wal = path.with_name(path.name + "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                # immutable=1 ignores the -wal: its committed changes would be missing
                raise DatabaseError(
                    Message(
                        "{path} has committed changes in {wal} that SQLite cannot read in a "
                        "read-only folder without its -shm file; copy the database together with "
                        "its -wal file to a writable folder (or make the folder writable)",
                        path=path,
                        wal=wal.name,
                    )
                ) from None
            return sqlite3.connect(f"{uri}?immutable=1", uri=True, check_same_thread=False)

    return connect


# How a face asks for a PostgreSQL password that neither the URL, PGPASSWORD nor
# ~/.pgpass gave (the CLI at a terminal); None: no one to ask, the connection fails.
_password_prompt: Callable[[str], str] | None = None


def set_password_prompt(prompt: Callable[[str], str] | None) -> None:
    """Install (or remove) the function asked for a missing PostgreSQL password."""
    global _password_prompt
    _password_prompt = prompt


# Passwords typed at the prompt, by the URL shown (without password): in this
# process's memory only, so a second connection to the same server asks no more.
_entered: dict[str, str] = {}


def _password_on_demand(display: str) -> Callable[..., Any]:
    """A ``do_connect`` hook: when the server wants a password nobody gave, ask once
    (the answer stays in this process's memory only) and connect with it."""

    def do_connect(dialect: Any, _record: Any, cargs: Any, cparams: dict[str, Any]) -> Any:
        if display in _entered:
            cparams["password"] = _entered[display]
        try:
            return dialect.connect(*cargs, **cparams)
        except dialect.loaded_dbapi.OperationalError as exc:
            prompt = _password_prompt
            if prompt is None or display in _entered or "no password supplied" not in str(exc):
                raise
            password = prompt(f"password for {display}: ")
            if not password:
                raise
            _entered[display] = cparams["password"] = password
            return dialect.connect(*cargs, **cparams)

    return do_connect


def load_dbapi(dialect: str) -> Any:
    """The DB-API module SQLAlchemy loads for ``dialect`` (e.g. ``postgresql.psycopg``)."""
    from sqlalchemy.dialects import registry

    return registry.load(dialect).import_dbapi()


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine with our SQLite settings: WAL, foreign keys, busy timeout, full sync."""
    check_url(url)
    path = sqlite_path(url)
    kwargs: dict[str, Any] = {}
    if path is not None and read_only:
        kwargs["creator"] = _read_only_creator(path)
    elif path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a file where a folder should be, a read-only parent
            what = (
                Message("a part of it is a file")
                if isinstance(exc, FileExistsError)
                else exc.strerror
            )
            raise DatabaseError(
                Message("cannot create the database {path}: {reason}", path=path, reason=what)
            ) from None
    if url.startswith("postgresql"):
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(url, **kwargs)
    except (SQLAlchemyError, ImportError, ValueError, TypeError) as exc:  # driver, options
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DatabaseError(
            f"cannot use {display_url(url)}: {reason}; use {SUPPORTED_URLS}"
        ) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "do_connect", _password_on_demand(display_url(url)))
    return engine


def open_database(
    database: str | os.PathLike[str] | None = None,
    *,
    read_only: bool | None = None,
    upgrade: bool = True,
) -> Database:
    """Connect to ``--db`` / ``ANNOTATOR_DB`` / the default file and bring its schema up
    to date (backing the file up first). ``read_only=None`` detects it from the file's
    and folder's permissions."""
    url = resolve_url(database)
    path = sqlite_path(url)
    if read_only is None:
        read_only = path is not None and is_read_only_path(path)
    return Database(url, upgrade=upgrade, read_only=read_only)


class Database:
    """An open database: an engine plus read and write session factories.

    Write transactions on SQLite start with ``BEGIN IMMEDIATE`` so two writers
    queue on the busy timeout instead of failing with "database is locked".
    """

    def __init__(self, url: str, *, upgrade: bool = True, read_only: bool = False) -> None:
        self.url = url
        self.read_only = read_only
        # The PostgreSQL login, for permission refusals (set once the service asked).
        self.login: str | None = None
        self._released = False
        self.engine = make_engine(url, read_only=read_only)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self.path = sqlite_path(url)
        # What closing had to tell the user (a -wal replaced under the connection).
        self.close_notes: list[str] = []
        if self.path is not None:
            protect(self.path)
            if not read_only:
                event.listen(self.engine, "close", self._guard_close)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self.set_edit_wait(BUSY_TIMEOUT_MS)
        try:
            if upgrade:
                ensure_current(self)
            if not self.is_sqlite:  # named in permission refusals
                with self.engine.connect() as conn:
                    self.login = conn.exec_driver_sql("SELECT current_user").scalar()
        except OperationalError as exc:
            self.close()
            failure = database_failure(exc, url)
            if "damaged" in str(failure):
                raise failure from exc
            reason = str(exc.orig if exc.orig is not None else exc).strip().splitlines()[0]
            raise DatabaseError(
                Message("cannot open {database}: {reason}", database=self.display, reason=reason)
            ) from exc
        except SQLAlchemyError as exc:  # "file is not a database", "malformed"...
            self.close()
            raise database_failure(exc, url) from exc
        except Exception:
            self.close()
            raise

    @property
    def display(self) -> str:
        return display_url(self.url)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        try:
            with self._read() as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise self._damaged(exc) from exc

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One unit of work: committed on exit, rolled back on error."""
        try:
            with self._write() as session, session.begin():
                yield session
        except OperationalError as exc:
            failure = self._damaged(exc)
            raise (storage_error(exc) if failure is exc else failure) from exc
        except DBAPIError as exc:
            raise self._damaged(exc) from exc

    def set_edit_wait(self, milliseconds: int) -> None:
        """How long a write waits for another process's write lock before it is refused
        (``database is locked``). The window sets a short wait, so an edit during a long
        import is refused at once with the reason instead of freezing the window 30 s."""
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE", sqlite_wait=milliseconds)
        self._write = sessionmaker(writer, expire_on_commit=False)

    def _damaged(self, exc: DBAPIError) -> Exception:
        """A damaged file named with its backups, a permission refusal of the server
        (PostgreSQL roles) as one line; other errors unchanged (callers handle unique
        violations, the CLI translates the rest)."""
        if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            from annotator.storage.roles import refusal

            reason = str(exc.orig).strip().splitlines()[0]
            return PermissionRefused(refusal(reason, self.login))
        failure = database_failure(exc, self.url)
        return failure if "is damaged" in str(failure) else exc

    def has_tables(self) -> bool:
        with self.engine.connect() as conn:
            return bool(inspect(conn).get_table_names())

    def backup_to(self, target: Path) -> Path:
        """Copy a SQLite database with SQLite's online backup API."""
        from annotator.storage.backup import online_backup

        if self.path is None:
            raise DatabaseError("only SQLite databases can be backed up to a file")
        return online_backup(self.path, target)

    def backup_before_upgrade(self) -> Path | None:
        from annotator.storage.backup import PRE_UPGRADE, stamped_backup

        if self.path is None or not self.path.exists():
            return None
        return stamped_backup(self.path, PRE_UPGRADE)

    def _guard_close(self, dbapi_connection: Any, record: Any) -> None:
        note = close_guard(dbapi_connection, record.info)
        if note is not None and note not in self.close_notes:
            self.close_notes.append(note)
            logging.getLogger("annotator").warning("%s", note)

    def close(self) -> None:
        """Close every connection; :attr:`close_notes` says what the user must know
        (a connection whose ``-wal`` was replaced closed without a checkpoint)."""
        self.engine.dispose()
        if self.path is not None and not self._released:
            self._released = True
            release(self.path)
