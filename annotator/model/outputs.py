"""Where a file may be written: never over an open database, its journals or its backups.

Every writer of the program (dataset exports, dataset cards, schema exports, backups,
screenshots) calls :func:`check_output` on its target before writing. Opening a SQLite
database registers its file here (:func:`protect`), so a target that is that file, its
``-wal``/``-shm``/``-journal``, or a file inside its ``backups/`` folder is refused:
compared by resolved path and by inode, so a symlink or a hard link to the database is
caught too. A target that already exists must be a writable regular file that is not a
SQLite database; a read-only target is refused, never replaced.

:func:`atomic_text` and :func:`part_path` give the one way to write: a temporary sibling
renamed into place, its leftovers from a killed run removed first.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from annotator.model.errors import AnnotatorError, Message

JOURNAL_SUFFIXES = ("", "-wal", "-shm", "-journal")
BACKUP_FOLDER = "backups"
PART_SUFFIX = ".part"
SQLITE_MAGIC = b"SQLite format 3\x00"

_lock = threading.Lock()
_open: Counter[str] = Counter()  # resolved database path -> times opened in this process


class OutputError(AnnotatorError):
    """A target the program refuses to write; the message names it and says why."""


def _real(path: str | os.PathLike[str]) -> str:
    return os.path.realpath(os.path.abspath(os.fspath(path)))


def protect(database: str | os.PathLike[str]) -> None:
    """Register an open SQLite database file: writers refuse it from now on."""
    with _lock:
        _open[_real(database)] += 1


def release(database: str | os.PathLike[str]) -> None:
    """The database was closed (once); it stays protected while opened elsewhere."""
    key = _real(database)
    with _lock:
        if _open[key] <= 1:
            _open.pop(key, None)
        else:
            _open[key] -= 1


def protected() -> list[Path]:
    """The database files open in this process."""
    with _lock:
        return [Path(p) for p in _open]


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _same_file(a: os.stat_result, b: str) -> bool:
    try:
        other = os.stat(b)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (other.st_dev, other.st_ino)


def _writable(name: str, st: os.stat_result) -> bool:
    # Mode bits too: os.access says yes to root even for a 0444 file.
    return os.access(name, os.W_OK) and bool(st.st_mode & 0o222)


def _database_reason(
    real: str,
    st: os.stat_result | None,
    *,
    folder: bool,
    backups_allowed: bool,
    databases: tuple[Path, ...],
) -> str | None:
    for database in [*protected(), *(Path(_real(d)) for d in databases)]:
        db = str(database)
        for suffix in JOURNAL_SUFFIXES:
            other = db + suffix
            if real == _real(other) or (st is not None and _same_file(st, other)):
                if not suffix:
                    return Message("it is the open database ({database})", database=db)
                return Message(
                    "it is the open database's {kind} file ({database})",
                    kind=suffix[1:],
                    database=db,
                )
        if folder and _inside(db, real):
            return Message("it holds the open database {database}", database=db)
        backups = _real(Path(db).parent / BACKUP_FOLDER)
        if not backups_allowed and _inside(real, backups):
            return Message("it is inside the database's backup folder {folder}", folder=backups)
    return None


def check_output(
    target: str | os.PathLike[str],
    *,
    folder: bool = False,
    backups_allowed: bool = False,
    databases: tuple[Path, ...] = (),
) -> None:
    """Refuse a target that would overwrite a database, a journal, a backup, a read-only
    file or something that is not a regular file (a FIFO, a device, a socket).

    ``databases`` adds files to protect besides the ones open in this process (a
    backup's source)."""
    name = os.fspath(target)
    if name == "-":
        return
    real = _real(name)
    try:
        st: os.stat_result | None = os.stat(name)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputError(
            Message("cannot write {name}: {reason}", name=name, reason=exc.strerror or str(exc))
        ) from None
    reason = _database_reason(
        real, st, folder=folder, backups_allowed=backups_allowed, databases=databases
    )
    if reason is None and st is not None:
        reason = _existing_reason(name, st, folder)
    if reason is not None:
        raise OutputError(Message("will not write {name}: {reason}", name=name, reason=reason))


def _existing_reason(name: str, st: os.stat_result, folder: bool) -> str | None:
    if stat.S_ISDIR(st.st_mode):
        if not folder:
            return Message("it is a folder")
        if not _writable(name, st):
            return Message("the folder is read-only")
        return None
    if not stat.S_ISREG(st.st_mode):
        return Message("it is not a regular file (a device, FIFO or socket)")
    if folder:
        return Message("it is a file, not a folder")
    if not _writable(name, st):
        return Message("the file is read-only (it is not replaced)")
    with contextlib.suppress(OSError), open(name, "rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
            return Message("it is a SQLite database")
    return None


def part_path(target: Path) -> Path:
    """The temporary sibling a file is written to before it is renamed into place; a
    leftover of a killed earlier run is removed."""
    part = target.with_name(target.name + PART_SUFFIX)
    with contextlib.suppress(OSError):
        if part.is_file() and not part.is_symlink():
            part.unlink()
    return part


def discard(path: Path) -> None:
    """Remove a temporary file, whatever state the disk is in."""
    with contextlib.suppress(OSError):
        path.unlink()


@contextmanager
def atomic_text(target: Path, *, backups_allowed: bool = False) -> Iterator[IO[str]]:
    """A UTF-8 text file (LF line ends) written to ``TARGET.part`` and renamed onto
    ``target`` only when the block succeeds; on any failure the part is removed."""
    check_output(target, backups_allowed=backups_allowed)
    part = part_path(target)
    try:
        with open(part, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
        os.replace(part, target)
    except BaseException:
        discard(part)
        raise


def write_text_atomic(target: Path, content: str) -> Path:
    """Write ``content`` to ``target`` through :func:`atomic_text`."""
    with atomic_text(target) as handle:
        handle.write(content)
    return target


def folder_part(target: Path) -> Path:
    """The hidden sibling folder a folder export is written into, emptied of a killed
    earlier run's leftovers (and of a replaced folder a killed swap left behind)."""
    for leftover in (_sibling(target, PART_SUFFIX), _sibling(target, ".old")):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
    part = _sibling(target, PART_SUFFIX)
    part.mkdir(parents=True)
    return part


def _sibling(target: Path, suffix: str) -> Path:
    return target.with_name(f".{target.name}{suffix}")


def foreign_files(folder: Path, allowed: tuple[str, ...]) -> list[Path]:
    """Files in ``folder`` (recursively) whose names end in none of ``allowed``: what a
    folder export would destroy by replacing the folder."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or (not path.is_dir() and not path.name.endswith(allowed)):
            found.append(path)
    return found


def replace_folder(part: Path, target: Path) -> None:
    """Put a finished folder in place of ``target`` with renames only: a reader sees the
    old folder or the whole new one, never a part of it."""
    if not target.exists():
        os.rename(part, target)
        return
    old = _sibling(target, ".old")
    os.rename(target, old)
    os.rename(part, target)
    shutil.rmtree(old, ignore_errors=True)


def os_error_line(exc: OSError) -> str:
    """One line for a file-system error: the file, and what the system said."""
    names = [n for n in (exc.filename, exc.filename2) if n is not None]
    reason = exc.strerror or str(exc) or type(exc).__name__
    if not names:
        return reason
    return f"{' -> '.join(os.fsdecode(n) for n in names)}: {reason}"
