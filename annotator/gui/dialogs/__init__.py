"""Dialogs opened from the main window menus."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


def show_modeless(dialog: D) -> D:
    """Show ``dialog`` without blocking the window; it is deleted when closed if it has
    a parent (a parentless one belongs to the caller, e.g. a test)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, dialog.parent() is not None)
    dialog.show()
    return dialog
