"""A small progress bar on stderr, shown only on a terminal and for long runs."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
THRESHOLD = 300


def progress(items: Iterable[T], label: str, total: int | None = None) -> Iterator[T]:
    """Yield ``items``, drawing ``label [####....] n/total`` on a terminal after 300 items."""
    stream = sys.stderr
    interactive = stream.isatty()
    last = 0.0
    count = 0
    for count, item in enumerate(items, 1):
        yield item
        if interactive and count >= THRESHOLD:
            now = time.monotonic()
            if now - last > 0.1:
                last = now
                if total:
                    filled = int(30 * count / total)
                    bar = "#" * filled + "." * (30 - filled)
                    stream.write(f"\r{label} [{bar}] {count}/{total}")
                else:
                    stream.write(f"\r{label} {count}")
                stream.flush()
    if interactive and count >= THRESHOLD:
        stream.write(f"\r{label} {count} done{' ' * 30}\n")
        stream.flush()
