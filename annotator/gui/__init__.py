"""The annotation window (PySide6). Only this package imports Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


def create_main_window(database: str, annotator: str | None = None) -> QMainWindow:
    """Build the main window on a database path or URL (a QApplication must exist).

    The default database gets the Demo project on first use, as on a first start.
    """
    from annotator.gui.app import build_window

    return build_window(database, annotator)


__all__ = ["create_main_window"]
