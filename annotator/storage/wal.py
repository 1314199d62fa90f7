"""WAL tampering: a ``-wal`` file deleted or replaced under an open SQLite connection.

A sync tool or a cleaner may delete ``-wal``/``-shm`` while the window has the
database open. The connection keeps writing (and reading) the unlinked file; another
process then commits to a new ``-wal``. A write through the stale connection is
refused (:func:`check_wal`); closing it must not checkpoint its stale pages over the
other process's commits (:func:`close_guard`): its view is copied to ``backups/``
and it closes without a checkpoint, and the caller reports where the copy went.
"""

from __future__ import annotations

import ctypes
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from annotator.model.errors import DatabaseError, Message

# sqlite3_db_config() verb (sqlite3.h, SQLite 3.16+): close without a checkpoint.
_NO_CKPT_ON_CLOSE = 1006
UNSAVED = "unsaved"


def file_id(path: str) -> tuple[int, int] | None:
    """Device and inode of ``path``, or ``None`` if it does not exist."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def remember_wal(info: dict[str, Any], main_file: str) -> None:
    """Record, on a new connection, which ``-wal`` file it opened."""
    if main_file:
        info["wal"] = main_file + "-wal"
        info["wal_id"] = file_id(info["wal"])


def wal_replaced(info: dict[str, Any]) -> bool:
    """Whether this connection's ``-wal`` was deleted or replaced since it opened it."""
    wal, seen = info.get("wal"), info.get("wal_id")
    return wal is not None and seen is not None and file_id(wal) != seen


def check_wal(info: dict[str, Any], *, writing: bool = True) -> None:
    """Refuse to write (or read) when this connection's ``-wal`` file was deleted or
    replaced under it: SQLite would go on writing the old, unlinked file, and another
    process's commits to the new one would be lost at close; a read would show the
    database as it was before them."""
    wal = info.get("wal")
    if wal is None:
        return
    if info.get("wal_id") is None:
        info["wal_id"] = file_id(wal)  # the -wal appears at the first transaction
    if wal_replaced(info):
        raise DatabaseError(
            Message(
                "{what}: {wal} was deleted or replaced while the database was open (a sync "
                "tool or a cleaner?); close every window on it, then "
                "run `annotator --db {database} db check`",
                what=Message("the edit was not saved")
                if writing
                else Message("the database was not read"),
                wal=Path(wal).name,
                database=wal[: -len("-wal")],
            )
        )
    # what closing must keep aside if the -wal is replaced later: this connection's edits
    info["wrote"] = info.get("wrote", False) or writing


def close_guard(dbapi_connection: sqlite3.Connection, info: dict[str, Any]) -> str | None:
    """Before a connection closes: if its ``-wal`` was replaced, switch off its
    checkpoint on close, so the stale pages never overwrite another process's commits,
    and if it wrote, copy what it sees to ``backups/<name>-unsaved-<stamp>.sqlite3``.
    Returns the message for the user, or ``None`` when there is nothing to say."""
    if not wal_replaced(info):
        return None
    wal = str(info["wal"])
    database = Path(wal[: -len("-wal")])
    kept = _keep_view(dbapi_connection, database) if info.get("wrote") else None
    if not _skip_checkpoint(dbapi_connection, database):
        # Without the switch, closing would write the stale pages back: never close it.
        info["leaked"] = dbapi_connection
        _LEAKED.append(dbapi_connection)
    if not info.get("wrote"):  # nothing of this connection's own to put aside
        return None
    where = (
        Message("its last view was kept in {kept}", kept=kept)
        if kept
        else Message("its last view could not be kept")
    )
    return Message(
        "{name}-wal was deleted or replaced while the database was open (a sync "
        "tool or a cleaner?): the database was not overwritten with this window's stale "
        "view; {where}; run `annotator --db {database} db check`",
        name=database.name,
        where=where,
        database=database,
    )


# Connections that must never be closed (no way to switch off their checkpoint).
_LEAKED: list[sqlite3.Connection] = []


def _keep_view(conn: sqlite3.Connection, database: Path) -> Path | None:
    """This connection's view (its unlinked ``-wal`` included) copied to ``backups/``."""
    from annotator.storage.backup import BackupError, backup_name, online_backup

    target = backup_name(database, UNSAVED, datetime.now())
    try:
        return online_backup(conn, target)
    except BackupError:
        return None


def _skip_checkpoint(conn: sqlite3.Connection, database: Path) -> bool:
    """``SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE`` on ``conn``: ``Connection.setconfig`` on
    Python 3.12+, else the C call on the handle, after checking the handle names this
    database (so a wrong pointer is never used)."""
    setconfig = getattr(conn, "setconfig", None)
    if setconfig is not None:
        setconfig(_NO_CKPT_ON_CLOSE, True)
        return True
    try:
        import _sqlite3

        lib = ctypes.CDLL(_sqlite3.__file__)
        handle = ctypes.c_void_p.from_address(id(conn) + object.__basicsize__).value
        lib.sqlite3_db_filename.restype = ctypes.c_char_p
        lib.sqlite3_db_filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        name = lib.sqlite3_db_filename(handle, b"main") if handle else None
        if not name or Path(os.fsdecode(name)).resolve() != database.resolve():
            return False
        flag = ctypes.c_int(0)
        rc = lib.sqlite3_db_config(
            ctypes.c_void_p(handle), _NO_CKPT_ON_CLOSE, ctypes.c_int(1), ctypes.byref(flag)
        )
        return rc == 0 and flag.value == 1
    except (OSError, AttributeError, ImportError, ValueError):
        return False
