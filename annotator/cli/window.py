"""``annotator`` with no subcommand, and ``annotator screenshot``: the window.

This is the one module outside :mod:`annotator.gui` that may import from it, and only
its launcher (:mod:`annotator.gui.launcher`), inside the functions, so the command line
starts without Qt (and, for the window alone, without the services: see
:func:`annotator.cli.main.window_arguments`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from types import ModuleType

EXIT_NO_WINDOW = 1


def _launcher() -> ModuleType | str:
    """The launcher module, or why the window cannot start."""
    try:
        from annotator.gui import launcher
    except ImportError as exc:
        return str(exc)
    return launcher.qt_missing() or launcher


def _fail(message: str) -> int:
    from annotator.cli.common import fail  # imports the services: only on failure

    return fail(message, EXIT_NO_WINDOW)


def run_window(args: argparse.Namespace) -> int:
    launcher = _launcher()
    if isinstance(launcher, str):
        return _fail(f"the window cannot start: {launcher}")
    return int(launcher.run_window(args.db, args.global_annotator))


def render_screenshot(args: argparse.Namespace) -> Path | int:
    """The PNG written for ``annotator screenshot``, or an exit status."""
    launcher = _launcher()
    if isinstance(launcher, str):
        return _fail(f"the window cannot start: {launcher}")
    path: Path = launcher.render_screenshot(
        args.out,
        args.db,
        document=args.document,
        size=args.size,
        annotator=args.global_annotator,
        select=args.select,
    )
    return path
