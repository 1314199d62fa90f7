"""The find bar (Ctrl+F): matches in NFC, next/previous, and "label all matches"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from annotator.gui.find import find_all
from annotator.model import LabelSchema


class FindBar(QWidget):
    """Search field with a match counter; the window moves the selection."""

    match_selected = Signal(int, int)  # start, end in code points
    label_all_requested = Signal(str, list)  # label, [(start, end)]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.query = QLineEdit(self)
        self.query.setObjectName("findQuery")
        self.query.setPlaceholderText("Find in document…")
        self.count = QLabel("", self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.next_button = QPushButton("Next", self)
        self.label_box = QComboBox(self)
        self.label_all_button = QPushButton("Label all…", self)
        self.close_button = QPushButton("×", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.query,
            self.count,
            self.next_button,
            self.label_box,
            self.label_all_button,
            self.close_button,
        ):
            layout.addWidget(widget, 1 if widget is self.query else 0)
        self.text = ""
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self.query.textChanged.connect(self._search)
        self.query.returnPressed.connect(self.next_match)
        self.next_button.clicked.connect(self.next_match)
        self.label_all_button.clicked.connect(self._label_all)
        self.close_button.clicked.connect(self.hide)

    def set_schema(self, schema: LabelSchema | None) -> None:
        self.label_box.clear()
        for label in schema.labels if schema else ():
            self.label_box.addItem(label.name)

    def open(self) -> None:
        """Show the bar with the query selected, ready to type (Ctrl+F)."""
        self.show()
        self.query.setFocus()
        self.query.selectAll()

    def set_text(self, text: str) -> None:
        self.text = text
        self._search()

    def _search(self) -> None:
        self.matches = find_all(self.text, self.query.text())
        self.current = -1
        query = self.query.text()
        self.count.setText(f"{len(self.matches)} found" if query.strip() else "")

    def next_match(self) -> None:
        if not self.matches:
            return
        self.current = (self.current + 1) % len(self.matches)
        self.count.setText(f"{self.current + 1} of {len(self.matches)}")
        self.match_selected.emit(*self.matches[self.current])

    def _label_all(self) -> None:
        if self.matches and self.label_box.currentText():
            self.label_all_requested.emit(self.label_box.currentText(), list(self.matches))


def ask_label_match(parent: QWidget, start: int, end: int) -> QMessageBox.StandardButton:
    """Ask whether to label one find match (the match is selected in the text meanwhile)."""
    buttons = (
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.YesToAll
        | QMessageBox.StandardButton.Cancel
    )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Label this match?",
        f"Label the match at {start}–{end}?",
        buttons,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    return QMessageBox.StandardButton(box.exec())
