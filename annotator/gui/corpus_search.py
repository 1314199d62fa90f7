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

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # Reads the page after the listed hits (None: the list is complete); the dialog
        # sets it, the view calls it through fetchMore when scrolled to the end.
        self.next_page: Any = None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.next_page is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.next_page()

    def add_rows(self, rows: list[Any]) -> None:
        """Append a page of hits below the listed ones (the selection stays)."""
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

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
        self._documents = 0  # documents with a listed hit, over every page read
        self.box.returnPressed.connect(self.run_search)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)

    def run_search(self) -> SearchResult:
        """Search for what the box holds and list the first page of hits (the next pages
        are read as the list is scrolled to its end)."""
        result = search_corpus(self.ws, self.project_id, self.box.text())
        self.result = result
        self._documents = result.documents
        self.model.next_page = None if result.complete else self._next_page
        self.model.set_rows(result.hits)
        self._summarize()
        if result.hits:
            self.view.selectRow(0)
            self.view.setFocus()
        return result

    def _next_page(self) -> None:
        before = self.result
        if before is None or before.resume is None:
            self.model.next_page = None
            return
        result = search_corpus(self.ws, self.project_id, before.query, resume=before.resume)
        self.result = result
        # A document split between two pages is counted once.
        split = bool(result.hits) and result.hits[0].document_id == before.resume[0]
        self._documents += result.documents - (1 if split and before.resume[1] else 0)
        self.model.next_page = None if result.complete else self._next_page
        self.model.add_rows(result.hits)
        self._summarize()

    def _summarize(self) -> None:
        result = self.result
        if result is None or not result.query:
            self.summary.setText("")
        elif not self.model.rows:
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
                    "{hits} hit(s) in {documents} document(s) so far: scroll down for more",
                )
            )
            self.summary.setText(
                text.format(hits=number(len(self.model.rows)), documents=number(self._documents))
            )

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self.model.rows):
            hit: SearchHit = self.model.rows[index.row()]
            self.hit_activated.emit(hit.document_id, hit.start, hit.end)
