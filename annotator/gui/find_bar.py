"""The find bar (Ctrl+F): matches in NFC, next/previous, and "label all matches"."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from annotator.gui.find import MatchMode, find_all
from annotator.gui.i18n import number
from annotator.model import LabelSchema
from annotator.text import ClusterIndex

MODES = (
    (MatchMode.WORD, QT_TRANSLATE_NOOP("FindBar", "Whole word")),
    (MatchMode.INFLECTED, QT_TRANSLATE_NOOP("FindBar", "Word + suffixes")),
    (MatchMode.ANYWHERE, QT_TRANSLATE_NOOP("FindBar", "Anywhere")),
)


class FindBar(QWidget):
    """Search field with a match counter; the window moves the selection."""

    match_selected = Signal(int, int)  # start, end in code points
    label_all_requested = Signal(str, list)  # label, [(start, end)]
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.query = QLineEdit(self)
        self.query.setObjectName("findQuery")
        self.query.setPlaceholderText(QCoreApplication.translate("FindBar", "Find in document…"))
        self.count = QLabel("", self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.mode_box = QComboBox(self)
        self.mode_box.setObjectName("findMode")
        for mode, text in MODES:
            self.mode_box.addItem(QCoreApplication.translate("FindBar", str(text)), mode.value)
        self.mode_box.setToolTip(
            QCoreApplication.translate(
                "FindBar",
                "Whole word: কিম finds কিম, not কিমের.\n"
                "Word + suffixes: কিম also finds কিমের, কিমকে; the match covers the whole word.\n"
                "Anywhere: also inside words (widened to whole letters).",
            )
        )
        self.next_button = QPushButton(QCoreApplication.translate("FindBar", "Next"), self)
        self.label_box = QComboBox(self)
        self.label_all_button = QPushButton(
            QCoreApplication.translate("FindBar", "Label all…"), self
        )
        self.close_button = QPushButton("×", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.query,
            self.count,
            self.mode_box,
            self.next_button,
            self.label_box,
            self.label_all_button,
            self.close_button,
        ):
            layout.addWidget(widget, 1 if widget is self.query else 0)
        self.text = ""
        self._clusters = ClusterIndex("")
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self.query.textChanged.connect(self._search)
        self.mode_box.currentIndexChanged.connect(self._search)
        self.query.returnPressed.connect(self.next_match)
        self.next_button.clicked.connect(self.next_match)
        self.label_all_button.clicked.connect(self._label_all)
        self.close_button.clicked.connect(self.close_bar)

    @property
    def mode(self) -> MatchMode:
        return MatchMode(self.mode_box.currentData())

    def close_bar(self) -> None:
        """Hide the bar and hand the keyboard back to the text (Escape, ×)."""
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # also while typing in the query
            self.close_bar()
            return
        super().keyPressEvent(event)

    def set_schema(self, schema: LabelSchema | None) -> None:
        self.label_box.clear()
        for label in schema.labels if schema else ():
            self.label_box.addItem(label.name)

    def open(self) -> None:
        """Show the bar with the query selected, ready to type (Ctrl+F)."""
        self.show()
        self.query.setFocus()
        self.query.selectAll()

    def set_text(self, text: str, clusters: ClusterIndex | None = None) -> None:
        """Search ``text`` from now on; ``clusters`` is its cluster index if the caller
        has one (the window's session does: not built a second time per document)."""
        self.text = text
        self._clusters = clusters if clusters is not None else ClusterIndex(text)
        self._search()

    def _search(self) -> None:
        self.matches = find_all(self.text, self.query.text(), self.mode, self._clusters)
        self.current = -1
        query = self.query.text()
        self.count.setText(
            QCoreApplication.translate("FindBar", "{n_matches} found").format(
                n_matches=number(len(self.matches))
            )
            if query.strip()
            else ""
        )

    def next_match(self) -> None:
        if not self.matches:
            return
        self.show_position((self.current + 1) % len(self.matches))
        self.match_selected.emit(*self.matches[self.current])

    def show_position(self, index: int) -> None:
        """Make match ``index`` the current one and say so in the counter."""
        self.current = index
        self.count.setText(
            QCoreApplication.translate("FindBar", "{value} of {n_matches}").format(
                value=index + 1, n_matches=number(len(self.matches))
            )
        )

    def _label_all(self) -> None:
        if self.matches and self.label_box.currentText():
            self.label_all_requested.emit(self.label_box.currentText(), list(self.matches))


@dataclass(frozen=True)
class MatchQuestion:
    """What the label-all dialog shows about one match."""

    label: str
    text: str  # the matched text (the whole word in "Word + suffixes" mode)
    query: str
    sentence: str
    number: int  # 1-based
    total: int
    anchor: QRect  # the match on screen (global coordinates), kept visible

    def message(self) -> str:
        lines = [
            QCoreApplication.translate(
                "FindBar", "Label match {number} of {total} as {label}: “{text}”"
            ).format(
                number=number(self.number),
                total=number(self.total),
                label=self.label,
                text=self.text,
            )
        ]
        if self.text != self.query:
            lines.append(
                QCoreApplication.translate(
                    "FindBar", "(found “{query}”; the span covers the whole word “{text}”)"
                ).format(query=self.query, text=self.text)
            )
        lines += ["", self.sentence]
        return "\n".join(lines)


def place_beside(box: QWidget, anchor: QRect) -> None:
    """Move a dialog next to (below, else above) ``anchor`` so the match stays visible."""
    box.adjustSize()
    screen = QGuiApplication.screenAt(anchor.center()) or QGuiApplication.primaryScreen()
    area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)
    size = box.sizeHint()
    x = min(max(area.left(), anchor.left()), area.right() - size.width())
    y = anchor.bottom() + 12
    if y + size.height() > area.bottom():
        y = anchor.top() - size.height() - 40  # room for the title bar
    box.move(QPoint(x, max(area.top(), y)))


def ask_label_match(parent: QWidget, question: MatchQuestion) -> QMessageBox.StandardButton:
    """Ask whether to label one find match, beside the match (selected meanwhile)."""
    buttons = (
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.YesToAll
        | QMessageBox.StandardButton.Cancel
    )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("FindBar", "Label as {label}? ({number} of {total})").format(
            label=question.label, number=question.number, total=number(question.total)
        ),
        question.message(),
        buttons,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    place_beside(box, question.anchor)
    return QMessageBox.StandardButton(box.exec())
