"""Dialogs opened from the main window menus."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from annotator.service import Workspace

D = TypeVar("D", bound=QDialog)


def show_modeless(dialog: D) -> D:
    """Show ``dialog`` without blocking the window; it is deleted when closed if it has
    a parent (a parentless one belongs to the caller, e.g. a test)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, dialog.parent() is not None)
    dialog.show()
    return dialog


class ProjectDialog(QDialog):
    """A dialog about one project of a workspace, titled ``"<title> — <project>"``."""

    def __init__(
        self,
        workspace: Workspace,
        project: str | int | None,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.project = workspace.project(project)
        self.setWindowTitle(f"{title} — {self.project.name}")
