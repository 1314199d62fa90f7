"""Shared scaffolding for the window's and dialogs' tables.

:class:`RowTableModel` is a flat table over a list of rows with fixed (or computed)
column headers: the row count, column count, header and reset logic every list in
the app repeats. :func:`make_table_view` builds the read-only, single-selection table
view the dialogs show those models in.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` (user strings: names, labels) literally.

    Qt renders a tooltip that might be rich text as HTML, so the text is escaped inside
    an explicit rich-text paragraph that keeps its line breaks.
    """
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


Index = QModelIndex | QPersistentModelIndex


def header_text(model: type, header: str) -> str:
    """A column title in the interface language: HEADERS are marked with
    ``QT_TRANSLATE_NOOP("<the class that declares them>", ...)`` or ``"TableHeaders"``."""
    for klass in model.__mro__:
        text = QCoreApplication.translate(klass.__name__, header)
        if text != header:
            return text
        if klass is RowTableModel:
            break
    return QCoreApplication.translate("TableHeaders", header)


class RowTableModel(QAbstractTableModel):
    """Rows in :attr:`rows`, one column per header; subclasses give :meth:`data`."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def headers(self) -> Sequence[str]:
        """The column titles (override when the columns depend on the data)."""
        return self.HEADERS

    def set_rows(self, rows: list[Any]) -> None:
        """Replace every row (a model reset: views drop their selection)."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        headers = self.headers()
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(headers)
        ):
            return header_text(type(self), headers[section])
        return None


def make_table_view(
    parent: QWidget,
    model: QAbstractTableModel,
    *,
    rows: bool = True,
    editable: bool = False,
    stretch_last: bool = True,
) -> QTableView:
    """A single-selection table on ``model``: whole rows (or cells), columns sized to fit."""
    view = QTableView(parent)
    view.setModel(model)
    if not editable:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(
        QAbstractItemView.SelectionBehavior.SelectRows
        if rows
        else QAbstractItemView.SelectionBehavior.SelectItems
    )
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch_last)
    return view
