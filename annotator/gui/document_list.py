"""The document list: a lazily fetched table model over the service's pages.

Filters: title/id search, status and "Assigned to me", all done in SQL by the service.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.table_models import RowTableModel
from annotator.model import DocumentSummary, Status
from annotator.service import Workspace

Index = QModelIndex | QPersistentModelIndex
STATUS_TEXT = {
    Status.NEW: "new",
    Status.IN_PROGRESS: "in progress",
    Status.DONE: "done",
    Status.SKIPPED: "skipped",
}


class DocumentListModel(RowTableModel):
    """Title, status and span count of one project's documents, fetched a page at a time."""

    TITLE, STATUS, SPANS = range(3)
    HEADERS = ("Title", "Status", "Spans")
    DocumentIdRole = Qt.ItemDataRole.UserRole + 1
    ExternalIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self, workspace: Workspace, annotator: str, page_size: int = 200, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.annotator = annotator
        self.page_size = page_size
        self.project_id: int | None = None
        self.search: str | None = None
        self.status: Status | None = None
        self.assigned_only = False
        self.rows: list[DocumentSummary] = []
        self._read = 0  # documents read from the service so far
        self._total = 0

    def set_query(
        self,
        project_id: int | None,
        search: str | None = None,
        status: Status | None = None,
        *,
        assigned_only: bool = False,
    ) -> None:
        """Show another project or filter; rows are fetched again as the view needs them."""
        self.beginResetModel()
        self.project_id, self.search, self.status = project_id, search or None, status
        self.assigned_only = assigned_only
        self.rows, self._read = [], 0
        self._total = (
            0
            if project_id is None
            else self.ws.count_documents(
                project_id,
                annotator=self.annotator,
                status=status,
                search=self.search,
                assigned_only=assigned_only,
            )
        )
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.project_id, self.search, self.status, assigned_only=self.assigned_only)

    @property
    def total(self) -> int:
        """Documents matching the search, status and "Assigned to me" filters."""
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._read < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.project_id is None:
            return
        found = self.ws.list_documents(
            self.project_id,
            annotator=self.annotator,
            status=self.status,
            search=self.search,
            limit=self.page_size,
            assigned_only=self.assigned_only,
            after_id=int(self.rows[-1].id) if self.rows else None,
        )
        if not found:
            self._total = self._read  # the project shrank meanwhile
        self._read += len(found)
        if not found:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
        self.rows.extend(found)
        self.endInsertRows()

    def summary(self, row: int) -> DocumentSummary | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, document_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == document_id), -1)

    def update_row(
        self, document_id: int, *, status: Status | None = None, span_count: int | None = None
    ) -> None:
        row = self.row_of(document_id)
        if row < 0:
            return
        old = self.rows[row]
        self.rows[row] = DocumentSummary(
            old.id,
            old.external_id,
            old.title,
            status or old.status,
            old.span_count if span_count is None else span_count,
            old.length,
        )
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.SPANS))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return row.title or row.external_id
            if column == self.STATUS:
                return STATUS_TEXT.get(row.status, str(row.status))
            if column == self.SPANS:
                return row.span_count
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return None  # titles are user text: no rich-text tooltip
        elif role == self.DocumentIdRole:
            return int(row.id)
        elif role == self.ExternalIdRole:
            return row.external_id
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.SPANS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DocumentListPanel(QWidget):
    """Filter box, status filter and the list; emits the chosen document's id."""

    document_chosen = Signal(int)

    def __init__(self, model: DocumentListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText("Filter by title or text…")
        self.filter_box.setClearButtonEnabled(True)
        self.status_box = QComboBox(self)
        self.status_box.addItem("All", None)
        for status, text in STATUS_TEXT.items():
            self.status_box.addItem(text.capitalize(), status)
        self.assigned_box = QCheckBox("Assigned to me", self)
        self.assigned_box.setObjectName("assignedToMe")
        self.assigned_box.setToolTip("Only the documents the project's assignment gives you")
        self.view = QTableView(self)
        self.view.setObjectName("documentList")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: ResizeToContents measures every fetched row on each change.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 90)
        header.resizeSection(2, 55)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_box, 1)
        filters.addWidget(self.status_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.assigned_box)
        layout.addWidget(self.view, 1)
        self.filter_box.textChanged.connect(self._apply_filter)
        self.status_box.currentIndexChanged.connect(self._apply_filter)
        self.assigned_box.toggled.connect(self._apply_filter)
        self.view.activated.connect(self._chosen)
        self.view.clicked.connect(self._chosen)

    def _apply_filter(self) -> None:
        status = self.status_box.currentData()  # Qt hands the enum back as a str
        self.model.set_query(
            self.model.project_id,
            self.filter_box.text().strip(),
            Status(status) if status else None,
            assigned_only=self.assigned_box.isChecked(),
        )
        if self.model.canFetchMore():
            self.model.fetchMore()

    def show_project(self, project_id: int) -> None:
        """List another project's documents with the same filters."""
        self.model.project_id = project_id
        self._apply_filter()

    def _chosen(self, index: QModelIndex) -> None:
        doc_id = index.data(DocumentListModel.DocumentIdRole)
        if doc_id is not None:
            self.document_chosen.emit(int(doc_id))

    def select_document(self, document_id: int) -> None:
        """Highlight a document's row (fetching pages until it shows up, if it is there)."""
        row = self.model.row_of(document_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(document_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
