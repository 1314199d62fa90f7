"""The document's annotation table: label, text, attributes and links of every span."""

from __future__ import annotations

import html
from bisect import bisect_left, bisect_right
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from annotator.model import LabelSchema, Relation, Span
from annotator.model.attribution import fragments_text
from annotator.service import Changes

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_SPAN_ID = Qt.ItemDataRole.UserRole + 1  # AnnotationTableModel.SpanIdRole


def _position(span: Span) -> tuple[int, int, int]:
    return (span.start, -span.end, span.id)


def describe_links(span: Span, relations: list[Relation], spans: dict[int, Span], text: str) -> str:
    """Plain text like ``speaker → পুতিন`` for every link from or to a span."""
    parts = []
    for rel in relations:
        if rel.from_span == span.id and rel.to_span in spans:
            other = spans[rel.to_span]
            parts.append(f"{rel.type} → {fragments_text(text, other.pieces)}")
        elif rel.to_span == span.id and rel.from_span in spans:
            other = spans[rel.from_span]
            parts.append(f"{rel.type} ← {fragments_text(text, other.pieces)}")
    return "; ".join(parts)


class AnnotationTableModel(QAbstractTableModel):
    """One row per span of the open layer; sorted here (a proxy re-sorting 5,000 rows
    on every edit was measured at 600 ms), updated row by row on each edit."""

    LABEL, TEXT, ATTRS, LINKS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeaders", "Label"),
        QT_TRANSLATE_NOOP("TableHeaders", "Text"),
        QT_TRANSLATE_NOOP("TableHeaders", "Attributes"),
        QT_TRANSLATE_NOOP("TableHeaders", "Links"),
    )
    SpanIdRole = _SPAN_ID
    edit_applied = Signal()  # after the rows of one edit changed (see AnnotationTable)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._spans: list[Span] = []
        self._by_id: dict[int, Span] = {}
        self._links: dict[int, list[Relation]] = {}
        self._text = ""
        self._colors: dict[str, QColor] = {}
        self._sort = (self.TEXT, Qt.SortOrder.AscendingOrder)
        self._notes: dict[int, str] = {}  # span id -> its note (marker and tooltip)

    def _key(self, span: Span) -> tuple[Any, ...]:
        column = self._sort[0]
        position = (span.start, -span.end, span.id)
        if column == self.LABEL:
            return (span.label, *position)
        if column == self.ATTRS:
            return (self._attrs(span), *position)
        if column == self.LINKS:
            return (self._link_text(span), *position)
        return position

    def _ordered(self, spans: Any) -> list[Span]:
        key = _position if self._sort[0] == self.TEXT else self._key  # the same order
        return sorted(spans, key=key, reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)

    def set_layer(
        self,
        text: str,
        spans: dict[int, Span],
        relations: dict[int, Relation],
        schema: LabelSchema | None,
    ) -> None:
        self.beginResetModel()
        self._text = text
        self._by_id = dict(spans)
        self._links = {}
        for rel in relations.values():
            self._links.setdefault(rel.from_span, []).append(rel)
            self._links.setdefault(rel.to_span, []).append(rel)
        self._colors = {lab.name: QColor(lab.color) for lab in schema.labels} if schema else {}
        self._spans = self._ordered(self._by_id.values())
        self.endResetModel()

    def on_changes(self, changes: Changes, _source: object = None) -> None:
        """The change broadcast: one committed edit of the layer shown, whoever made it."""
        self.apply(
            [*changes.spans_removed, *(before for before, _ in changes.spans_updated)],
            [*changes.spans_added, *(after for _, after in changes.spans_updated)],
            list(changes.relations_removed),
            list(changes.relations_added),
        )

    def apply(
        self,
        removed: list[Span],
        added: list[Span],
        relations_removed: list[Relation],
        relations_added: list[Relation],
    ) -> None:
        """Update rows for one edit: remove, append, then restore the sort order."""
        for span in removed:
            row = self.row_of(span.id)
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._spans[row]
                self._by_id.pop(span.id, None)
                self.endRemoveRows()
        for rel in relations_removed:
            for end in (rel.from_span, rel.to_span):
                self._links[end] = [r for r in self._links.get(end, []) if r.id != rel.id]
        for rel in relations_added:
            self._links.setdefault(rel.from_span, []).append(rel)
            self._links.setdefault(rel.to_span, []).append(rel)
        ascending = self._sort[1] == Qt.SortOrder.AscendingOrder
        for span in added:
            self._by_id[span.id] = span
            row = (
                bisect_right(self._spans, self._key(span), key=self._key)
                if ascending
                else len(self._spans)
            )
            self.beginInsertRows(QModelIndex(), row, row)
            self._spans.insert(row, span)
            self.endInsertRows()
        if not ascending or self._sort[0] in (self.ATTRS, self.LINKS):
            self.layoutAboutToBeChanged.emit()
            self._spans = self._ordered(self._spans)
            self.layoutChanged.emit()
        touched = {s.id for s in added}
        for rel in (*relations_removed, *relations_added):
            touched.update((rel.from_span, rel.to_span))
        for span_id in touched:
            row = self.row_of(span_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.LINKS))
        self.edit_applied.emit()

    def set_notes(self, notes: dict[int, str]) -> None:
        """Mark the spans that have a note (✎ after the label, the note as tooltip)."""
        changed = set(notes) ^ set(self._notes) | {
            k for k in notes if notes[k] != self._notes.get(k)
        }
        self._notes = dict(notes)
        for span_id in changed:
            row = self.row_of(span_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, self.LABEL), self.index(row, self.LABEL))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._spans = self._ordered(self._spans)
        self.layoutChanged.emit()

    def row_of(self, span_id: int) -> int:
        span = self._by_id.get(span_id)
        if span is not None and self._sort == (self.TEXT, Qt.SortOrder.AscendingOrder):
            # Rows are in text order and keys are unique (they end with the id): bisect.
            row = bisect_left(self._spans, self._key(span), key=self._key)
            if row < len(self._spans) and self._spans[row].id == span_id:
                return row
        return next((i for i, s in enumerate(self._spans) if s.id == span_id), -1)

    def span_at(self, row: int) -> Span | None:
        return self._spans[row] if 0 <= row < len(self._spans) else None

    def _attrs(self, span: Span) -> str:
        return ", ".join(f"{k}={v}" for k, v in span.attrs.items())

    def _link_text(self, span: Span) -> str:
        return describe_links(span, self._links.get(span.id, []), self._by_id, self._text)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._spans)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each repaint: roles first.
        if role == _DISPLAY:
            span = self._row(index)
            if span is None:
                return None
            column = index.column()
            if column == self.LABEL:
                return f"{span.label} ✎" if span.id in self._notes else span.label
            if column == self.TEXT:
                # a split quote shows its parts joined by " … ", not what lies between
                return fragments_text(self._text, span.pieces).replace("\n", " ⏎ ")
            if column == self.ATTRS:
                return self._attrs(span)
            if column == self.LINKS:
                return self._link_text(span)
            return None
        if role == _SPAN_ID:
            span = self._row(index)
            return None if span is None else int(span.id)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.LABEL:
            span = self._row(index)
            note = self._notes.get(span.id) if span is not None else None
            return f"<qt>Note: {html.escape(note)}</qt>" if note else None
        if role == _DECORATION and index.column() == self.LABEL:
            span = self._row(index)
            return None if span is None else self._colors.get(span.label)
        return None

    def _row(self, index: Index) -> Span | None:
        row = index.row()
        return self._spans[row] if index.isValid() and 0 <= row < len(self._spans) else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TableHeaders", str(self.HEADERS[section]))
        return None


class AnnotationTable(QTableView):
    """Sortable view of :class:`AnnotationTableModel` (the model sorts itself)."""

    def __init__(self, model: AnnotationTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationTable")
        self.source = model
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(AnnotationTableModel.TEXT, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(AnnotationTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AnnotationTableModel.LINKS, QHeaderView.ResizeMode.Stretch)
        # A removed row schedules the view's item layout for a later event-loop round,
        # which repainted the whole table a second time after the edit's own repaint:
        # lay out now, once per edit, so both fall into one paint.
        model.edit_applied.connect(self.executeDelayedItemsLayout)

    def rowsAboutToBeRemoved(self, parent: Index, start: int, end: int) -> None:
        """Removing the current row makes a neighbour current without scrolling to it:
        the scroll painted part of the table, then the row count change all of it
        (two repaints per deleted span); the window selects what the edit leaves."""
        current = self.currentIndex().row()
        if not start <= current <= end or not self.hasAutoScroll():
            super().rowsAboutToBeRemoved(parent, start, end)
            return
        self.setAutoScroll(False)
        try:
            super().rowsAboutToBeRemoved(parent, start, end)
        finally:
            self.setAutoScroll(True)

    def current_span_id(self) -> int | None:
        index = self.currentIndex()
        value = index.data(AnnotationTableModel.SpanIdRole) if index.isValid() else None
        return int(value) if value is not None else None

    def select_span(self, span_id: int | None) -> None:
        """Make the row of ``span_id`` the only selected (and current) row.

        The selection model's signals are not blocked: the view repaints the rows it
        deselects only when it hears of them (blocking them left old rows highlighted).
        The window ignores the echo, as the span is already the selected one.
        """
        row = self.source.row_of(span_id) if span_id is not None else -1
        selection = self.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.source.index(row, 0)
        flags = selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
        selection.setCurrentIndex(index, flags)
        self.scrollTo(index)
