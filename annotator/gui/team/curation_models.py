"""The curation view's tables: merged spans of the compared annotators plus gold, and
their relations (the dialog is :mod:`annotator.gui.team.curation_view`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from annotator.gui.i18n import QT_TRANSLATE_NOOP, digits
from annotator.gui.table_models import RowTableModel, plain_tooltip
from annotator.model import Span
from annotator.model.attribution import fragments_text
from annotator.service.curation import CurationRelationRow, CurationRow, CurationTable

Index = QModelIndex | QPersistentModelIndex
AGREED = QColor("#dff3dc")
DISPUTED = QColor("#fde3c8")
MARK = "✓"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def version_text(text: str, span: Span, limit: int = 60) -> str:
    """What a reader sees of a span: a split one's parts joined by " … "."""
    return _short(fragments_text(text, span.pieces), limit)


def version_range(row: CurationRow) -> str:
    """ "10–40", or a split span's parts "10–20, 31–40"."""
    return ", ".join(f"{a}–{b}" for a, b in (row.fragments or ((row.start, row.end),)))


class CurationModel(RowTableModel):
    """Merged spans of the compared annotators plus the gold layer: one row per version
    (range, label and fragments) of the service's :class:`CurationTable`."""

    SPAN, TEXT, LABEL = range(3)
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.annotators: list[str] = []
        self.text = ""

    def set_table(self, table: CurationTable) -> None:
        self.annotators = list(table.annotators)
        self.text = table.document.text
        self.set_rows(list(table.rows))

    def row_of(self, key: object) -> int | None:
        """The row number of version ``key`` (range, label, fragments)."""
        return next((i for i, row in enumerate(self.rows) if row.key == key), None)

    def headers(self) -> list[str]:
        return [
            QT_TRANSLATE_NOOP("CurationModel", "Span"),
            QT_TRANSLATE_NOOP("CurationModel", "Text"),
            QT_TRANSLATE_NOOP("CurationModel", "Label"),
            *self.annotators,
            QT_TRANSLATE_NOOP("CurationModel", "Gold"),
        ]

    @property
    def gold_column(self) -> int:
        return 3 + len(self.annotators)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: CurationRow = self.rows[index.row()]
        column = index.column()
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.agreed:
                return AGREED
            return DISPUTED if row.spans else None
        if role == Qt.ItemDataRole.ToolTipRole:
            who = ", ".join(row.spans) or QCoreApplication.translate(
                "CurationModel", "nobody (gold only)"
            )
            return plain_tooltip(
                QCoreApplication.translate(
                    "CurationModel", "{label} {range}, marked by {who}"
                ).format(label=row.label, range=digits(version_range(row)), who=who)
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.SPAN:
            return digits(version_range(row))
        if column == self.TEXT:
            return version_text(self.text, row.span)
        if column == self.LABEL:
            return row.label
        if column == self.gold_column:
            return MARK if row.gold else ""
        return MARK if self.annotators[column - 3] in row.spans else ""


class RelationModel(RowTableModel):
    """Every relation of the compared annotators and the gold layer, with its ends' text."""

    HEADERS = (
        QT_TRANSLATE_NOOP("RelationModel", "Layer"),
        QT_TRANSLATE_NOOP("RelationModel", "Relation"),
        QT_TRANSLATE_NOOP("RelationModel", "From"),
        QT_TRANSLATE_NOOP("RelationModel", "To"),
        QT_TRANSLATE_NOOP("RelationModel", "In gold"),
    )
    RelationRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""

    def set_table(self, table: CurationTable) -> None:
        self.text = table.document.text
        self.set_rows(list(table.relations))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: CurationRelationRow = self.rows[index.row()]
        if role == self.RelationRole:
            return row.relation
        if role == Qt.ItemDataRole.DisplayRole:
            ends = (
                f"{span.label} {version_text(self.text, span, 30)}"
                for span in (row.source, row.target)
            )
            return (
                row.relation.annotator,
                row.relation.type,
                *ends,
                MARK if row.in_gold else "",
            )[index.column()]
        return None
