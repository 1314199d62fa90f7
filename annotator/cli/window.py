"""``annotator`` with no subcommand, and ``annotator screenshot``: the window.

The command line never imports the window. The program's composition root
(:mod:`annotator.app`) hands :func:`annotator.cli.main.main` a loader that returns the
window's face (:class:`WindowFace`) or why the window cannot start; the command line
alone (tests, scripts) has no window and says so.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

EXIT_NO_WINDOW = 1


class WindowFace(Protocol):
    """What the command line needs from the window (see ``annotator.gui.launcher``)."""

    def run_window(self, database: str | None, annotator: str | None) -> int: ...

    def render_screenshot(
        self,
        out: str | os.PathLike[str],
        database: str | None,
        *,
        document: str | None = ...,
        size: tuple[int, int] = ...,
        annotator: str | None = ...,
        select: str | None = ...,
    ) -> Path: ...


WindowLoader = Callable[[], "WindowFace | str"]


def _face(args: argparse.Namespace) -> WindowFace | str:
    loader: WindowLoader | None = getattr(args, "window", None)
    if loader is None:
        return "this program has no window (start it as `annotator`)"
    return loader()


def _fail(message: str) -> int:
    from annotator.cli.common import fail  # imports the services: only on failure

    return fail(message, EXIT_NO_WINDOW)


def run_window(args: argparse.Namespace) -> int:
    face = _face(args)
    if isinstance(face, str):
        return _fail(f"the window cannot start: {face}")
    return int(face.run_window(args.db, args.global_annotator))


def render_screenshot(args: argparse.Namespace) -> Path | int:
    """The PNG written for ``annotator screenshot``, or an exit status."""
    face = _face(args)
    if isinstance(face, str):
        return _fail(f"the window cannot start: {face}")
    return face.render_screenshot(
        args.out,
        args.db,
        document=args.document,
        size=args.size,
        annotator=args.global_annotator,
        select=args.select,
    )
