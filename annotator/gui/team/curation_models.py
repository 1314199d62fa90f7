"""The curation view's tables: merged spans of the compared annotators plus gold, and
their relations (the dialog is :mod:`annotator.gui.team.curation_view`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from annotator.gui.i18n import QT_TRANSLATE_NOOP, digits
from annotator.gui.table_models import RowTableModel, plain_tooltip
from annotator.model import Span

Index = QModelIndex | QPersistentModelIndex
AGREED = QColor("#dff3dc")
DISPUTED = QColor("#fde3c8")
MARK = "✓"


@dataclass(frozen=True, slots=True)
class CurationRow:
    start: int
    end: int
    label: str
    text: str
    spans: dict[str, Span]  # annotator -> their span
    gold: Span | None
    agreed: bool


class CurationModel(RowTableModel):
    """Merged spans of the compared annotators plus the gold layer."""

    SPAN, TEXT, LABEL = range(3)
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.annotators: list[str] = []

    def set_layers(self, annotators: list[str], rows: list[CurationRow]) -> None:
        self.annotators = annotators
        self.set_rows(rows)

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
        row = self.rows[index.row()]
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
                ).format(label=row.label, range=digits(f"{row.start}–{row.end}"), who=who)
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.SPAN:
            return digits(f"{row.start}–{row.end}")
        if column == self.TEXT:
            return row.text
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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        relation, source, target, in_gold = self.rows[index.row()]
        if role == self.RelationRole:
            return relation
        if role == Qt.ItemDataRole.DisplayRole:
            return (relation.annotator, relation.type, source, target, MARK if in_gold else "")[
                index.column()
            ]
        return None
