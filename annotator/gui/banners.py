"""Banners across the top of the window: a read-only database, a failed integrity check.

They stay until the cause is gone (unlike status bar messages) and show their text as
plain text, since problems quote titles and labels from the database.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from annotator.gui.i18n import number
from annotator.service import Workspace

SHOWN_PROBLEMS = 5  # the rest are counted; `annotator db check` lists them all
STYLES = {
    "info": "background: #fff4c2; color: #3d3000; border: 1px solid #d9c36a;",
    "error": "background: #fde2e1; color: #5c0a0a; border: 1px solid #d98c8a;",
}


class Banner(QFrame):
    """One coloured strip of plain text; hidden until :meth:`show_text`."""

    def __init__(self, name: str, style: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.style_sheet = f"#{name} {{ {STYLES[style]} border-radius: 3px; }}"
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label)
        self.hide()

    def show_text(self, text: str) -> None:
        if not self.styleSheet():
            # Styled when first shown: a style sheet set while the window is built makes
            # its first paint go through Qt's (slower) style-sheet style.
            self.setStyleSheet(self.style_sheet)
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text()


class BannerArea(QWidget):
    """The read-only banner and the integrity banner, stacked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.read_only = Banner("readOnlyBanner", "info", self)
        self.integrity = Banner("integrityBanner", "error", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.read_only)
        layout.addWidget(self.integrity)

    def show_state(self, workspace: Workspace) -> None:
        """The banner a database needs as it opens; the integrity banner follows when
        the background check ends (:mod:`annotator.gui.open_checks`)."""
        if workspace.read_only:
            self.show_read_only(workspace.db.display)

    def show_read_only(self, database: str) -> None:
        self.read_only.show_text(
            QCoreApplication.translate(
                "Banners",
                "Read-only: {database} cannot be written (file or folder permissions). "
                "You can read and export; labels, status and attributes cannot be changed.",
            ).format(database=database)
        )

    def show_problems(self, problems: list[str]) -> None:
        if not problems:
            self.integrity.hide()
            return
        lines = [
            QCoreApplication.translate(
                "Banners",
                "The database check found {count} problem(s); run `annotator db check` "
                "for the full report and `annotator db restore` to go back to a backup:",
            ).format(count=number(len(problems)))
        ]
        lines += [f"• {p}" for p in problems[:SHOWN_PROBLEMS]]
        if len(problems) > SHOWN_PROBLEMS:
            lines.append(
                QCoreApplication.translate("Banners", "… and {count} more").format(
                    count=number(len(problems) - SHOWN_PROBLEMS)
                )
            )
        self.integrity.show_text("\n".join(lines))
