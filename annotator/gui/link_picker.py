"""The "link to…" picker: a keyboard-first popup list of the mentions a link may reach.

Opened by a relation key (``s`` speaker, ``l`` claimant, ...) or by ``=`` (same
referent as…), with the nearest candidate current. Typing filters the list (Bengali
or Latin), Up/Down and Page keys move through it in distance order, Tab/Shift+Tab
move to the next/previous candidate in text order (wrapping both ways), Enter links
the current one and Escape cancels. The popup is a child of the main window (not a
separate top-level window), so it never loses the keyboard to the window manager.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.link_candidates import Candidate, text_order_step

Index = QModelIndex | QPersistentModelIndex
PICKER_WIDTH = 520
PICKER_HEIGHT = 300


class CandidateModel(QAbstractListModel):
    """The visible (filtered) candidates, in distance order."""

    SpanIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Candidate] = []
        self.colors: dict[str, QColor] = {}

    def set_rows(self, rows: list[Candidate]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = "↑" if row.before else "↓"
            return f"{row.span.label}  {row.text}   {where}\n    {row.context}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.context
        if role == Qt.ItemDataRole.DecorationRole:
            return self.colors.get(row.span.label)
        if role == self.SpanIdRole:
            return int(row.span.id)
        return None


class LinkPicker(QFrame):
    """Popup list of link candidates; says which one the user picked or that they cancelled."""

    current_changed = Signal(int)  # span id of the highlighted candidate
    activated = Signal(int)  # span id chosen with Enter, a click or a double click
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("linkPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Raised)
        self.setAutoFillBackground(True)
        self._all: list[Candidate] = []
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("linkPickerFilter")
        self.filter.setPlaceholderText(
            QCoreApplication.translate("LinkPicker", "Type to filter (কিম or kim)…")
        )
        self.filter.setClearButtonEnabled(True)
        self.model = CandidateModel(self)
        self.list = QListView(self)
        self.list.setObjectName("linkPickerList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the filter
        self.list.setUniformItemSizes(True)
        self.hint = QLabel(
            QCoreApplication.translate(
                "LinkPicker",
                "Enter links · Esc cancels · ↑↓ nearest first · Tab/Shift+Tab text order",
            ),
            self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.filter.installEventFilter(self)
        self.filter.textChanged.connect(self._refilter)
        self.list.selectionModel().currentChanged.connect(self._current_moved)
        self.list.clicked.connect(self._clicked)
        self.hide()

    # Opening and closing ----------------------------------------------------

    def open(
        self,
        candidates: list[Candidate],
        title: str,
        near: QRect | None = None,
        colors: dict[str, QColor] | None = None,
    ) -> None:
        """Show ``candidates`` (first one current) under ``near`` (parent coordinates)."""
        self._all = list(candidates)
        self.model.colors = colors or {}
        self.title.setText(title)
        blocked = self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(blocked)
        self.model.set_rows(self._all)
        self._place(near)
        if not self.hint.styleSheet():
            # Styled when first shown: a style sheet set while the window is built makes
            # its first paint go through Qt's (slower) style-sheet style.
            self.hint.setStyleSheet("color: palette(mid);")
        self.show()
        self.raise_()
        self.filter.setFocus(Qt.FocusReason.PopupFocusReason)
        self._set_row(0)

    def close_quietly(self) -> None:
        """Hide without emitting :attr:`cancelled` (the link was made or dropped by the
        caller)."""
        self._all = []
        self.model.set_rows([])
        self.hide()

    def _place(self, near: QRect | None) -> None:
        parent = self.parentWidget()
        assert parent is not None
        width = min(PICKER_WIDTH, parent.width() - 8)
        height = min(PICKER_HEIGHT, parent.height() - 8)
        self.resize(width, height)
        if near is None:
            point = QPoint((parent.width() - width) // 2, (parent.height() - height) // 3)
        else:
            point = QPoint(near.left(), near.bottom() + 6)
            if point.y() + height > parent.height() - 4:  # no room below: above it
                point.setY(near.top() - height - 6)
        x = max(4, min(point.x(), parent.width() - width - 4))
        y = max(4, min(point.y(), parent.height() - height - 4))
        self.move(x, y)

    # State ------------------------------------------------------------------

    def visible_candidates(self) -> list[Candidate]:
        return list(self.model.rows)

    def current_span(self) -> int | None:
        row = self.list.currentIndex().row()
        rows = self.model.rows
        return int(rows[row].span.id) if 0 <= row < len(rows) else None

    def set_current_span(self, span_id: int) -> None:
        for row, candidate in enumerate(self.model.rows):
            if candidate.span.id == span_id:
                self._set_row(row)
                return

    def _set_row(self, row: int) -> None:
        if not self.model.rows:
            return
        row = max(0, min(row, len(self.model.rows) - 1))
        index = self.model.index(row, 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)

    def _current_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        span_id = self.current_span()
        if span_id is not None and current.isValid():
            self.current_changed.emit(span_id)

    def _refilter(self, query: str) -> None:
        keep = self.current_span()
        rows = [c for c in self._all if c.matches(query)]
        self.model.set_rows(rows)
        ids = [int(c.span.id) for c in rows]
        self._set_row(ids.index(keep) if keep in ids else 0)

    def _clicked(self, index: QModelIndex) -> None:
        self._set_row(index.row())
        span_id = self.current_span()
        if span_id is not None:
            self.activated.emit(span_id)

    # Keys ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        row = self.list.currentIndex().row()
        page = max(1, self.list.viewport().height() // max(1, self.list.sizeHintForRow(0)))
        moves = {
            Qt.Key.Key_Down: row + 1,
            Qt.Key.Key_Up: row - 1,
            Qt.Key.Key_PageDown: row + page,
            Qt.Key.Key_PageUp: row - page,
        }
        if key in moves:
            self._set_row(moves[Qt.Key(key)])
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backwards = key == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self._set_row(text_order_step(self.model.rows, row, -1 if backwards else 1))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            span_id = self.current_span()
            if span_id is not None:
                self.activated.emit(span_id)
            return True
        if key == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return True
        return False
