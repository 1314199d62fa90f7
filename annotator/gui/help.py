"""The Help menu: a keyboard-shortcut sheet generated from the action registry, and About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator import __version__


def _closing(dialog: QDialog, layout: QVBoxLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    buttons.accepted.connect(dialog.accept)
    layout.addWidget(buttons)


def shortcut_sheet(parent: QWidget, rows: list[tuple[str, str, str]]) -> QDialog:
    """A dialog listing (menu, action, keys): every key of the window, none hand-written."""
    dialog = QDialog(parent)
    dialog.setObjectName("shortcutSheet")
    dialog.setWindowTitle(QCoreApplication.translate("Help", "Keyboard shortcuts"))
    table = QTableWidget(len(rows), 3, dialog)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("Help", "Menu"),
            QCoreApplication.translate("Help", "Action"),
            QCoreApplication.translate("Help", "Keys"),
        ]
    )
    for r, row in enumerate(sorted(rows)):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    layout = QVBoxLayout(dialog)
    note = QLabel(
        QCoreApplication.translate(
            "Help",
            "Span edges: Ctrl+←/→ move the end by a word (a danda or quote mark is a step of its "
            "own), Alt+←/→ by one letter, Ctrl+Shift+←/→ move the start; or drag the handles "
            "on the selected span's edges.",
        ),
        dialog,
    )
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(note)
    layout.addWidget(table, 1)
    _closing(dialog, layout)
    dialog.resize(640, 560)
    return dialog


def about(parent: QWidget, database: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName("aboutDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Help", "About Annotator"))
    text = QLabel(
        QCoreApplication.translate(
            "Help",
            "Annotator {version}\n\nLabel Bengali news articles: entities, "
            "quotes with their speakers, claims with their claimants; export "
            "training datasets.\n\nDatabase: {database}",
        ).format(version=__version__, database=database),
        dialog,
    )
    text.setTextFormat(Qt.TextFormat.PlainText)
    text.setWordWrap(True)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    _closing(dialog, layout)
    return dialog
