"""The program: the command line with the window plugged in.

The two faces, :mod:`annotator.cli` and :mod:`annotator.gui`, sit side by side on top
of the service and neither imports the other. This module stands above both: the
``annotator`` script, ``python -m annotator`` and the frozen executables start here,
and it hands the command line a way to reach the window (:class:`WindowFace`). It
imports no Qt itself; the window's launcher is imported only when a command needs the
window, so every other command runs without Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.cli.window import WindowFace


def load_window() -> WindowFace | str:
    """The window's launcher, or why the window cannot start on this installation."""
    try:
        from annotator.gui import launcher
    except ImportError as exc:
        return str(exc)
    return launcher.qt_missing() or launcher


def main(argv: Sequence[str] | None = None) -> int:
    from annotator.cli.main import main as command_line

    return command_line(argv, window=load_window)
