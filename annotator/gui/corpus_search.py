"""Search across all texts of the project (Ctrl+Shift+F): hits with a line of context
(key word in context); activating one opens its document with the hit selected."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from annotator.gui.i18n import QT_TRANSLATE_NOOP, number
from annotator.gui.table_models import RowTableModel, make_table_view
from annotator.service import Workspace
from annotator.service.search import SearchHit, SearchResult, search_corpus

Index = QModelIndex | QPersistentModelIndex


class HitTableModel(RowTableModel):
    """Document | context before | the hit | context after."""

    HEADERS = (
        QT_TRANSLATE_NOOP("HitTableModel", "Document"),
        QT_TRANSLATE_NOOP("HitTableModel", "Before"),
        QT_TRANSLATE_NOOP("HitTableModel", "Hit"),
        QT_TRANSLATE_NOOP("HitTableModel", "After"),
    )
    DOCUMENT, BEFORE, MATCH, AFTER = range(4)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        hit: SearchHit = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (hit.title or hit.external_id, hit.before, hit.match, hit.after)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.BEFORE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None


class CorpusSearchDialog(QDialog):
    """Type, press Enter: the hits of every document; Enter or a double click on a hit
    opens it (``hit_activated``: document id, start, end in code points)."""

    hit_activated = Signal(int, int, int)

    def __init__(self, workspace: Workspace, project_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("corpusSearch")
        self.setWindowTitle(
            QCoreApplication.translate("CorpusSearchDialog", "Search all documents")
        )
        self.ws = workspace
        self.project_id = project_id
        self.box = QLineEdit(self)
        self.box.setObjectName("corpusSearchBox")
        self.box.setPlaceholderText(
            QCoreApplication.translate(
                "CorpusSearchDialog", "Word or phrase in any text, title or id… (Enter)"
            )
        )
        self.box.setClearButtonEnabled(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("corpusSearchSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = HitTableModel(self)
        self.view = make_table_view(self, self.model)
        self.view.setObjectName("corpusSearchHits")
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((160, 260, 120)):
            header.resizeSection(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.resize(900, 480)
        self.result: SearchResult | None = None  # type: ignore[assignment]  # not QDialog.result()
        self.box.returnPressed.connect(self.run_search)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)

    def run_search(self) -> SearchResult:
        """Search for what the box holds and list the hits."""
        result = search_corpus(self.ws, self.project_id, self.box.text())
        self.result = result
        self.model.set_rows(result.hits)
        if not result.query:
            self.summary.setText("")
        elif not result.hits:
            self.summary.setText(
                QCoreApplication.translate(
                    "CorpusSearchDialog", "No document contains “{query}”"
                ).format(query=result.query)
            )
        else:
            text = (
                QCoreApplication.translate(
                    "CorpusSearchDialog", "{hits} hit(s) in {documents} document(s)"
                )
                if result.complete
                else QCoreApplication.translate(
                    "CorpusSearchDialog",
                    "{hits} hit(s) in {documents} document(s) (the first {hits} are listed)",
                )
            )
            self.summary.setText(
                text.format(hits=number(len(result.hits)), documents=number(result.documents))
            )
            self.view.selectRow(0)
            self.view.setFocus()
        return result

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self.model.rows):
            hit: SearchHit = self.model.rows[index.row()]
            self.hit_activated.emit(hit.document_id, hit.start, hit.end)
