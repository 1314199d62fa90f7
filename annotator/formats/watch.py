"""Files that must not change during their import (a ``.txt`` still being written).

:func:`read_bytes` and the other openers note each input file's size, modification
time and inode when they read it; the import checks them again just before it
commits (:func:`check_unchanged`), so a writer that pauses longer than the read and
then goes on is caught, and the run is rolled back instead of storing a truncated file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from annotator.model import RecordError
from annotator.model.errors import Message

Stamp = tuple[int, int, int]
_WATCHED: ContextVar[dict[Path, Stamp] | None] = ContextVar("watched_inputs", default=None)

CHANGED = Message(
    "the file changed during its import (is it still being written?); import it once it is complete"
)


def stamp(st: os.stat_result) -> Stamp:
    return (st.st_size, st.st_mtime_ns, st.st_ino)


@contextmanager
def watch_inputs() -> Iterator[None]:
    """Note every input file read inside the block (for :func:`check_unchanged`)."""
    token = _WATCHED.set({})
    try:
        yield
    finally:
        _WATCHED.reset(token)


def note_read(path: Path, st: os.stat_result) -> None:
    """Remember ``path`` as it was when it was read (outside a watch: nothing)."""
    watched = _WATCHED.get()
    if watched is not None:
        watched.setdefault(path, stamp(st))


def check_unchanged() -> None:
    """Raise a :class:`RecordError` naming the first input file whose size, modification
    time or inode changed since it was read (or that is gone)."""
    for path, seen in (_WATCHED.get() or {}).items():
        try:
            now: Stamp | None = stamp(path.stat())
        except OSError:
            now = None
        if now != seen:
            raise RecordError(f"{path}:0", CHANGED)
