"""The window's one entry point for the command line.

``annotator`` (no subcommand) and ``annotator screenshot`` start the window through
these functions; ``tests/test_layers.py`` allows ``annotator/cli/window.py`` to import
this module and nothing else of :mod:`annotator.gui`. Qt is imported only when a
function runs, so the offscreen platform can still be chosen first.
"""

from __future__ import annotations

import os
from pathlib import Path


def qt_missing() -> str | None:
    """Why the window cannot start on this installation (Qt missing), or ``None``."""
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as exc:
        return str(exc)
    return None


def run_window(database: str | None, annotator: str | None) -> int:
    """Open the window and run until it closes; the exit status."""
    from annotator.gui.app import run

    return run(database, annotator)


def render_screenshot(
    out: str | os.PathLike[str],
    database: str | None,
    *,
    document: str | None = None,
    size: tuple[int, int] = (1400, 900),
    annotator: str | None = None,
    select: str | None = None,
) -> Path:
    """Render the window offscreen into the PNG ``out``."""
    from annotator.gui.screenshot import render

    return render(out, database, document=document, size=size, annotator=annotator, select=select)
