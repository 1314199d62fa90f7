"""The document's annotation table: label, text, attributes and links of every span."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from annotator.model import LabelSchema, Relation, Span

Index = QModelIndex | QPersistentModelIndex


def describe_links(span: Span, relations: list[Relation], spans: dict[int, Span],
                   text: str) -> str:
    """Plain text like ``speaker → পুতিন`` for every link from or to a span."""
    parts = []
    for rel in relations:
        if rel.from_span == span.id and rel.to_span in spans:
            other = spans[rel.to_span]
            parts.append(f"{rel.type} → {text[other.start:other.end]}")
        elif rel.to_span == span.id and rel.from_span in spans:
            other = spans[rel.from_span]
            parts.append(f"{rel.type} ← {text[other.start:other.end]}")
    return "; ".join(parts)


class AnnotationTableModel(QAbstractTableModel):
    """One row per span of the open layer, in text order."""

    LABEL, TEXT, ATTRS, LINKS = range(4)
    HEADERS = ("Label", "Text", "Attributes", "Links")
    SpanIdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._spans: list[Span] = []
        self._by_id: dict[int, Span] = {}
        self._relations: list[Relation] = []
        self._text = ""
        self._colors: dict[str, QColor] = {}

    def set_layer(self, text: str, spans: dict[int, Span], relations: dict[int, Relation],
                  schema: LabelSchema | None) -> None:
        self.beginResetModel()
        self._text = text
        self._by_id = dict(spans)
        self._spans = sorted(spans.values(), key=lambda s: (s.start, -s.end, s.id))
        self._relations = list(relations.values())
        self._colors = {lab.name: QColor(lab.color) for lab in schema.labels} if schema else {}
        self.endResetModel()

    def row_of(self, span_id: int) -> int:
        return next((i for i, s in enumerate(self._spans) if s.id == span_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._spans)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._spans):
            return None
        span = self._spans[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, self.SortRole):
            if column == self.LABEL:
                return span.label
            if column == self.TEXT:
                if role == self.SortRole:
                    return span.start
                return self._text[span.start:span.end].replace("\n", " ⏎ ")
            if column == self.ATTRS:
                return ", ".join(f"{k}={v}" for k, v in span.attrs.items())
            if column == self.LINKS:
                return describe_links(span, self._relations, self._by_id, self._text)
        if role == self.SpanIdRole:
            return int(span.id)
        if role == Qt.ItemDataRole.DecorationRole and column == self.LABEL:
            return self._colors.get(span.label)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None


class AnnotationTable(QTableView):
    """Sortable view of :class:`AnnotationTableModel` through a proxy."""

    def __init__(self, model: AnnotationTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationTable")
        self.source = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(AnnotationTableModel.SortRole)
        self.setModel(self.proxy)
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

    def current_span_id(self) -> int | None:
        index = self.currentIndex()
        value = index.data(AnnotationTableModel.SpanIdRole) if index.isValid() else None
        return int(value) if value is not None else None

    def select_span(self, span_id: int | None) -> None:
        row = self.source.row_of(span_id) if span_id is not None else -1
        if row < 0:
            self.clearSelection()
            return
        index = self.proxy.mapFromSource(self.source.index(row, 0))
        blocked = self.selectionModel().blockSignals(True)
        self.selectRow(index.row())
        self.setCurrentIndex(index)
        self.selectionModel().blockSignals(blocked)
        self.scrollTo(index)
