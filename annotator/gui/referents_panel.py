"""The Referents panel: who the document's mentions are, with their canonical names.

One row per referent (its canonical name, editable: a new name is saved at once,
an empty one goes back to the longest PER/ORG mention), its mentions below it in text
order; activating a mention selects it in the text, Delete on a mention takes it out of
the referent. Docked by ``gui/panels.py`` (View > Referents).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from annotator.gui.i18n import number
from annotator.model import Referent, Span
from annotator.model.attribution import fragments_text

REFERENT_ID = Qt.ItemDataRole.UserRole + 1
SPAN_ID = Qt.ItemDataRole.UserRole + 2


class ReferentsPanel(QWidget):
    """The open layer's referents and their mentions (a tree)."""

    rename_requested = Signal(int, str)  # referent id, new canonical name
    mention_chosen = Signal(int)  # span id
    leave_requested = Signal(int)  # span id: this mention is someone else after all

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referentsPanel")
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ReferentsPanel", "Referent / mention"),
                QCoreApplication.translate("ReferentsPanel", "Label"),
            ]
        )
        self.view = QTreeView(self)
        self.view.setObjectName("referentsTree")
        self.view.setModel(self.model)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._filling = False
        self.model.itemChanged.connect(self._edited)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        leave = QAction(
            QCoreApplication.translate("ReferentsPanel", "Take the mention out of its referent"),
            self.view,
        )
        leave.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        leave.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        leave.triggered.connect(self._leave)
        self.view.addAction(leave)

    def show_referents(
        self, referents: Sequence[Referent], spans: Mapping[int, Span], text: str
    ) -> None:
        """Fill the tree (expanded) with ``referents`` and their mentions' texts."""
        self._filling = True
        self.model.removeRows(0, self.model.rowCount())
        for ref in referents:
            name = QStandardItem(ref.name)
            name.setData(int(ref.id), REFERENT_ID)
            name.setToolTip(
                QCoreApplication.translate(
                    "ReferentsPanel",
                    "Double-click or F2 to rename; an empty name means the default",
                )
            )
            label = QStandardItem(f"{ref.label} · {number(len(ref.mentions))}")
            label.setEditable(False)
            for span_id in ref.mentions:
                span = spans.get(span_id)
                if span is None:
                    continue
                mention = QStandardItem(fragments_text(text, span.pieces).replace("\n", " "))
                mention.setEditable(False)
                mention.setData(int(span.id), SPAN_ID)
                kind = QStandardItem(span.label)
                kind.setEditable(False)
                name.appendRow([mention, kind])
            self.model.appendRow([name, label])
        self.view.expandAll()
        self.view.resizeColumnToContents(0)
        self._filling = False

    def names(self) -> list[str]:
        return [self.model.item(row, 0).text() for row in range(self.model.rowCount())]

    def _edited(self, item: QStandardItem) -> None:
        referent = item.data(REFERENT_ID)
        if not self._filling and referent is not None:
            self.rename_requested.emit(int(referent), item.text())

    def _leave(self) -> None:
        span = self.view.currentIndex().siblingAtColumn(0).data(SPAN_ID)
        if span is not None:
            self.leave_requested.emit(int(span))

    def _activated(self, index: QModelIndex) -> None:
        span = index.siblingAtColumn(0).data(SPAN_ID)
        if span is not None:
            self.mention_chosen.emit(int(span))
