"""Copies of a SQLite database file: online backup, integrity checks and rotation.

Every copy is taken with SQLite's online backup API (consistent even while another
process writes), written to a temporary name and renamed into place, so a crash
mid-copy never leaves a half backup under a real name. All copies live in a
``backups/`` folder next to the database; :func:`prune` is the one place that decides
which daily copies to keep (the last 7 days and the newest copy of each of the last 4
weeks). Copies taken before an upgrade or a restore, and manual ones, are never pruned.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from annotator.model.errors import DatabaseError, Message
from annotator.model.outputs import OutputError, check_output

BACKUP_DIR = "backups"
SUFFIX = ".sqlite3"
KEEP_DAILY = 7
KEEP_WEEKLY = 4

# Kinds of copies, as they appear in file names: ``<stem>-<kind>-<stamp>.sqlite3``.
DAILY = "daily"
PRE_UPGRADE = "pre-upgrade"
PRE_RESTORE = "pre-restore"
MANUAL = "manual"

_DAILY_NAME = re.compile(r"^(?P<stem>.+)-daily-(?P<day>\d{8})\.sqlite3$")


class BackupError(DatabaseError):
    """A copy that cannot be made or a file that cannot be restored; meant for the user."""


def backup_dir(database: Path) -> Path:
    return database.parent / BACKUP_DIR


def backup_name(database: Path, kind: str, when: datetime) -> Path:
    stamp = when.strftime("%Y%m%d") if kind == DAILY else when.strftime("%Y%m%d-%H%M%S")
    return backup_dir(database) / f"{database.name}-{kind}-{stamp}{SUFFIX}"


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def online_backup(source: Path | sqlite3.Connection, target: Path) -> Path:
    """Copy a live database to ``target`` with the backup API, atomically.

    ``source`` is a path or an open connection. The copy is a self-contained file
    (rollback journal, no ``-wal``) written under a temporary name, synced, then
    renamed, so ``target`` is either the old file or the complete new copy.
    """
    try:
        sources = () if isinstance(source, sqlite3.Connection) else (Path(source),)
        check_output(target, backups_allowed=True, databases=sources)
        target.parent.mkdir(parents=True, exist_ok=True)
    except (OutputError, OSError) as exc:
        raise BackupError(
            Message(
                "cannot copy the database to {target}: {reason}", target=target, reason=_reason(exc)
            )
        ) from exc
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    own = not isinstance(source, sqlite3.Connection)
    src = source if isinstance(source, sqlite3.Connection) else _connect_ro(Path(source))
    try:
        dest = sqlite3.connect(tmp)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.commit()
        finally:
            dest.close()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(
            Message(
                "cannot copy the database to {target}: {reason}", target=target, reason=_reason(exc)
            )
        ) from exc
    finally:
        if own:
            src.close()
    return target


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def _connect_ro(path: Path) -> sqlite3.Connection:
    if not path.exists():
        raise BackupError(Message("{path} does not exist", path=path))
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def integrity_problems(path: Path, *, quick: bool = False, limit: int = 20) -> list[str]:
    """What ``PRAGMA integrity_check`` and ``foreign_key_check`` find wrong in a file.

    An empty list means the file is a sound SQLite database. ``quick`` runs
    ``quick_check`` instead (no index cross-checks; much faster on big files).
    """
    try:
        conn = _connect_ro(path)
    except (BackupError, sqlite3.Error) as exc:
        return [str(exc)]
    try:
        return connection_problems(conn, quick=quick, limit=limit)
    finally:
        conn.close()


def connection_problems(
    conn: sqlite3.Connection, *, quick: bool = False, limit: int = 20
) -> list[str]:
    """``integrity_check`` (or ``quick_check``) and ``foreign_key_check`` on a connection."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}({int(limit)})")]
        problems = [f"{pragma}: {r}" for r in rows if r != "ok"]
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchmany(limit):
            problems.append(
                f"foreign_key_check: {table} row {rowid} points to a missing {parent} row"
            )
    except sqlite3.Error as exc:
        problems = [f"{pragma}: {exc}"]
    return problems


def schema_revision(path: Path) -> str | None:
    """The Alembic revision stored in a database file, or ``None`` if it has none."""
    conn = _connect_ro(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


# Rotation -----------------------------------------------------------------


def keep_days(
    days: Iterable[date], keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY
) -> set[date]:
    """Which daily copies survive: the newest ``keep_daily`` days, plus the newest
    copy of each of the ``keep_weekly`` most recent ISO weeks."""
    ordered = sorted(set(days), reverse=True)
    keep = set(ordered[:keep_daily])
    weeks: dict[tuple[int, int], date] = {}
    for day in ordered:
        weeks.setdefault(day.isocalendar()[:2], day)
    for week in sorted(weeks, reverse=True)[:keep_weekly]:
        keep.add(weeks[week])
    return keep


@dataclass(frozen=True)
class DailyCopy:
    day: date
    path: Path


def daily_copies(database: Path) -> list[DailyCopy]:
    folder = backup_dir(database)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _DAILY_NAME.match(path.name)
        if match and match["stem"] == database.name:
            try:
                day = datetime.strptime(match["day"], "%Y%m%d").date()
            except ValueError:
                continue
            found.append(DailyCopy(day, path))
    return sorted(found, key=lambda c: c.day)


def prune(
    database: Path, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY
) -> list[Path]:
    """Delete the daily copies :func:`keep_days` does not keep; return what was deleted."""
    copies = daily_copies(database)
    keep = keep_days((c.day for c in copies), keep_daily, keep_weekly)
    removed = _stale_partials(database)
    for copy in copies:
        if copy.day not in keep:
            copy.path.unlink(missing_ok=True)
            removed.append(copy.path)
    return removed


def _stale_partials(database: Path, age: float = 3600.0) -> list[Path]:
    """Delete half-written copies a crashed process left behind (older than ``age`` s)."""
    folder = backup_dir(database)
    removed = []
    for path in folder.glob(f".{database.name}-*.tmp") if folder.is_dir() else ():
        with contextlib.suppress(OSError):
            if time.time() - path.stat().st_mtime > age:
                path.unlink()
                removed.append(path)
    return removed


def daily_backup(database: Path, now: datetime | None = None) -> Path | None:
    """Today's copy, made if there is none yet (then old ones are pruned).

    Returns the new copy, or ``None`` when today's copy already exists.
    """
    now = now or datetime.now()
    target = backup_name(database, DAILY, now)
    if target.exists():
        return None
    online_backup(database, target)
    prune(database)
    return target


def stamped_backup(database: Path, kind: str, now: datetime | None = None) -> Path:
    """A copy that is never pruned (before an upgrade, before a restore, by hand)."""
    target = backup_name(database, kind, now or datetime.now())
    n = 2
    while target.exists():
        target = target.with_name(f"{target.stem}-{n}{SUFFIX}")
        n += 1
    return online_backup(database, target)


def newest_backups(database: Path, count: int = 3) -> list[Path]:
    """The newest copies of ``database`` in its ``backups/`` folder, newest first."""
    folder = backup_dir(database)
    if not folder.is_dir():
        return []
    prefix = f"{database.name}-"
    found = []
    for path in folder.iterdir():
        if path.name.startswith(prefix) and path.name.endswith(SUFFIX):
            with contextlib.suppress(OSError):
                found.append((path.stat().st_mtime, path))
    return [path for _, path in sorted(found, reverse=True)[:count]]


def damaged_message(database: Path, reason: str) -> str:
    """What to tell the user about a damaged database file: what, and how to recover."""
    backups = newest_backups(database)
    listed = (
        ", ".join(map(str, backups))
        if backups
        else Message("none in {folder}", folder=backup_dir(database))
    )
    return Message(
        "the database at {database} is damaged ({reason}); newest backups: {listed}; "
        "restore one with `annotator --db {database} db restore FILE`",
        database=database,
        reason=reason,
        listed=listed,
    )


def set_aside(database: Path, now: datetime | None = None) -> Path | None:
    """Move a damaged database (and its journals) out of the way by renaming, without
    reading it through SQLite; returns its new name."""
    if not database.exists():
        return None
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = backup_dir(database) / f"{database.name}-damaged-{stamp}{SUFFIX}"
    aside.parent.mkdir(parents=True, exist_ok=True)
    os.replace(database, aside)
    for suffix in ("-wal", "-shm", "-journal"):
        journal = database.with_name(database.name + suffix)
        if journal.exists():
            os.replace(journal, aside.with_name(aside.name + suffix))
    _fsync_dir(database.parent)
    return aside


def restore_file(source: Path, database: Path) -> None:
    """Overwrite ``database`` with ``source`` through the backup API.

    Writing through SQLite (not a file copy) keeps any ``-wal`` of the live file
    consistent and lets a process that has the database open notice the change.
    """
    src = _connect_ro(source)
    try:
        dest = sqlite3.connect(database, timeout=30)
        try:
            src.backup(dest)
            dest.commit()
        finally:
            dest.close()
    except sqlite3.Error as exc:
        raise BackupError(f"cannot restore {source} into {database}: {exc}") from exc
    finally:
        src.close()
