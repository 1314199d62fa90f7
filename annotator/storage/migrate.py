"""Alembic, run from inside the package: check the revision, back up, upgrade."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import Engine, inspect, text

from annotator.model.errors import DatabaseError, Message

if TYPE_CHECKING:
    from alembic.config import Config


class Database(Protocol):
    """What an upgrade needs of an open database (:class:`annotator.storage.engine.Database`
    has it; this module does not import that one, which imports this)."""

    url: str
    engine: Engine
    is_sqlite: bool
    read_only: bool
    path: Path | None

    @property
    def display(self) -> str: ...

    def has_tables(self) -> bool: ...

    def backup_before_upgrade(self) -> Path | None: ...


MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions. Opening an up-to-date database compares
# against this constant, so Alembic (a tenth of start-up) is imported only to upgrade;
# tests/storage checks it equals Alembic's head.
SCHEMA_HEAD = "0014"
TEAM_ROLES = "0009"  # the revision that installs PostgreSQL team roles


def alembic_config(database: Database | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if database is not None:
        config.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    return config


def head_revision() -> str:
    """Alembic's head revision, read from the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this version can open (and upgrade from)."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(database: Database) -> str | None:
    """The database's schema revision, or ``None`` for a database without one."""
    with database.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def not_annotator_database(path: Path, reason: str | None = None) -> DatabaseError:
    """An empty file, or a SQLite file without our tables, named as such (not "no such
    table: documents")."""
    empty = path.exists() and path.stat().st_size == 0
    if empty:
        return DatabaseError(
            Message("{path} is an empty file, not an Annotator database", path=path)
        )
    if reason:
        return DatabaseError(
            Message(
                "{path} is a SQLite file without Annotator's tables ({reason}), "
                "not an Annotator database",
                path=path,
                reason=reason,
            )
        )
    return DatabaseError(
        Message(
            "{path} is a SQLite file without Annotator's tables, not an Annotator database",
            path=path,
        )
    )


def ensure_current(database: Database) -> None:
    """Create a new database, or back up and upgrade an older one; refuse a newer one."""
    current = current_revision(database)
    if current == SCHEMA_HEAD:
        return
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    if current == head:
        return
    if database.read_only:
        if current is None and database.path is not None and not database.has_tables():
            raise not_annotator_database(database.path)
        raise DatabaseError(
            Message(
                "{database} is read-only and at schema revision {current}, "
                "not this version's {head}; open a writable copy of it",
                database=database.display,
                current=current or "none",
                head=head,
            )
        )
    if current is not None:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise DatabaseError(
                Message(
                    "{database} was written by a newer Annotator (schema revision "
                    "{current}); this version understands up to {head}. Please upgrade Annotator.",
                    database=database.display,
                    current=current,
                    head=head,
                )
            )
        database.backup_before_upgrade()
    elif database.has_tables():
        if current_revision(database) == head:  # another first run just finished
            return
        raise DatabaseError(
            Message("{database} is not an Annotator database", database=database.display)
        )
    _upgrade(database, head)


def _upgrade(database: Database, head: str | None) -> None:
    """Run the migrations in one IMMEDIATE transaction.

    SQLite table rebuilds (batch mode) drop and rename tables; with foreign keys on,
    the implicit DELETE of a DROP TABLE would cascade into child tables. So foreign
    keys are switched off for the connection (it only works outside a transaction)
    and checked with ``foreign_key_check`` before the commit.
    """
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    from annotator.model.errors import DatabaseError
    from annotator.storage.locks import lock_migrations

    config = alembic_config(database)
    engine = database.engine.execution_options(sqlite_begin="IMMEDIATE")
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection if database.is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                lock_migrations(conn)  # PostgreSQL: two first runs upgrade in turn
                # Another process may have upgraded while this one waited for the lock.
                before = MigrationContext.configure(conn).get_current_revision()
                if before == head:
                    return
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                if raw is None and before is not None and before >= TEAM_ROLES:
                    # PostgreSQL: the team roles' grants and policies cover the tables
                    # later migrations added (0009 itself installs them the first time).
                    from annotator.storage.roles import install

                    install(conn)
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(
                            Message(
                                "upgrading {database} would break {count} "
                                "references; nothing was changed",
                                database=database.display,
                                count=len(broken),
                            )
                        )
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
