"""Dialogs opened from the main window menus."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from annotator.gui.i18n import QT_TRANSLATE_NOOP
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


# Qt names the standard buttons of message boxes and button boxes (Yes, No, Save, Cancel,
# Close…) through the "QPlatformTheme" context, and ships no Bengali for them: these marks
# carry them into resources/i18n/annotator_bn.ts, so the installed translator answers.
STANDARD_BUTTON_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
)
