"""The document list: a lazily fetched table model over the service's pages.

Filters: search over titles, ids and texts (the full-text index), status and "Assigned to
me", all done in SQL by the service; sorting by title, status, span count or last change.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
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

from annotator.gui.first_paint import BACKGROUND_AFTER_PAINT_MS
from annotator.gui.jobs import Job, cut_off
from annotator.model import DocumentSummary, Status
from annotator.service import Workspace
from annotator.service.document_list import (
    COUNT_CAP,
    SORT_KEYS,
    ListIndex,
    ListQuery,
    MatchMarks,
    anchors_in_thread,
    build_positions,
    build_positions_in_thread,
    count,
    direct,
    list_index,
    list_page,
    page_at,
    page_from,
    positions_missing,
    size,
)
from annotator.service.document_list import row_of as list_row_of

Index = QModelIndex | QPersistentModelIndex
STATUS_TEXT = {
    Status.NEW: QT_TRANSLATE_NOOP("DocumentList", "new"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("DocumentList", "in progress"),
    Status.DONE: QT_TRANSLATE_NOOP("DocumentList", "done"),
    Status.SKIPPED: QT_TRANSLATE_NOOP("DocumentList", "skipped"),
}
SORT_TEXT = {
    "id": QT_TRANSLATE_NOOP("DocumentList", "Import order"),
    "title": QT_TRANSLATE_NOOP("DocumentList", "Title"),
    "status": QT_TRANSLATE_NOOP("DocumentList", "Status"),
    "spans": QT_TRANSLATE_NOOP("DocumentList", "Span count"),
    "changed": QT_TRANSLATE_NOOP("DocumentList", "Last change"),
}


def shown(text: object) -> str:
    """A status, sort or column name of this module in the interface language."""
    return QCoreApplication.translate("DocumentList", str(text))


class DocumentListModel(QAbstractTableModel):
    """Title, status and span count of one project's documents, at any project size.

    ``rowCount()`` is the number of matching documents as soon as a query is set: the
    project's maintained total (or the annotator's states for a status filter), read by
    key. A text or "Assigned to me" filter is counted up to ``count_cap`` rows at once;
    when more match, the exact count comes from a pool thread and the rows past the cap
    are inserted then (``exact`` says which). The rows the view paints are read a page at
    a time around them (one keyset query per page; the page anchors come from the same
    pool job, and the last page is read from the end), so scrolling to the end, jumping
    to a row or to a document never reads the rows in between.
    """

    TITLE, STATUS, SPANS = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("DocumentList", "Title"),
        QT_TRANSLATE_NOOP("DocumentList", "Status"),
        QT_TRANSLATE_NOOP("DocumentList", "Spans"),
    )
    SORT_OF_COLUMN = ("title", "status", "spans")
    DocumentIdRole = Qt.ItemDataRole.UserRole + 1
    ExternalIdRole = Qt.ItemDataRole.UserRole + 2
    MAX_PAGES = 40  # pages kept in memory (8,000 rows at the default page size)
    JOB_DELAY_MS = 50  # from a new query to its pool job (after the first page's paint)
    # A list found by checkpoints alone waits longer: nobody waits for its check of
    # missing checkpoints (an indexed probe on this thread), which otherwise lands in
    # the event rounds that paint a newly opened project.
    POSITIONS_DELAY_MS = BACKGROUND_AFTER_PAINT_MS + JOB_DELAY_MS

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
        self.sort_key = "id"
        self.descending = False
        self.count_cap = COUNT_CAP
        self._total = 0
        self._exact = True  # False while a filter's count stops at the cap
        self._index: ListIndex | None = None  # page anchors, taken when first needed
        self._marks: MatchMarks | None = None  # a word's matches, every 4,000th (pool job)
        self._jobs: set[Job] = set()  # running pool jobs: their signals must outlive them
        app = QCoreApplication.instance()
        if app is not None:  # quitting stops a long count or walk at its next step
            app.aboutToQuit.connect(self.stop_jobs)
        self._pages: OrderedDict[int, list[DocumentSummary]] = OrderedDict()
        # Pages asked for before the pool thread's anchors came: shown when they do.
        self._pending: set[int] = set()
        self._walk_failed = False  # the pool thread's walk failed: walk here instead

    # The query -------------------------------------------------------------------

    def query(self) -> ListQuery:
        assert self.project_id is not None
        return ListQuery(
            self.project_id,
            self.annotator,
            self.status,
            self.search,
            self.assigned_only,
            self.sort_key,
            self.descending,
        )

    def set_query(
        self,
        project_id: int | None,
        search: str | None = None,
        status: Status | None = None,
        *,
        assigned_only: bool = False,
    ) -> None:
        """Show another project or filter: the count at once, rows as the view asks."""
        self.beginResetModel()
        self.project_id, self.search, self.status = project_id, search or None, status
        self.assigned_only = assigned_only
        self._pages.clear()
        self._pending.clear()
        self._walk_failed = False
        self._index = None
        self._marks = None
        self._total, self._exact = 0, True
        if project_id is not None:
            known = size(self.ws, self.query(), self.count_cap)
            self._total, self._exact = known.rows, known.exact
        self.endResetModel()
        # The count and anchors start once the first page is painted: their thread's
        # Python (opening a connection, compiling statements) would otherwise take the
        # GIL from the paint.
        self.stop_jobs()
        query = self.query() if project_id is not None else None
        delay = self.POSITIONS_DELAY_MS if query and direct(query) else self.JOB_DELAY_MS
        QTimer.singleShot(delay, self, lambda: self._prefetch_for(query))

    def _prefetch_for(self, query: ListQuery | None) -> None:
        if query is not None and query == self.query():
            self._prefetch_anchors()

    def set_workspace(self, workspace: Workspace) -> None:
        """List another database's documents (File > Open database in a running
        window): the old database's counts and walks are cut off (``jobs.cut_off``)
        and the list is empty until :meth:`set_query` names a project of the new one."""
        cut_off(self._jobs)
        self._jobs = set()
        self.ws = workspace
        self.set_query(None)

    def stop_jobs(self) -> None:
        """Ask every running count or anchor walk to stop (they check between steps)."""
        for job in self._jobs:
            job.cancel.set()

    @property
    def exact(self) -> bool:
        """Whether ``rowCount()`` is every matching document (False while a filter's
        count past the cap is still being taken)."""
        return self._exact

    def _prefetch_anchors(self) -> None:
        """Take the page anchors (and a capped filter's exact count) on a pool thread
        (one pass over the matching rows inside the database), so a jump into the middle
        of a long list later reads one page."""
        db = self.ws.db
        self.stop_jobs()  # an older filter's count or walk stops at its next step
        if self.project_id is None or (self._exact and self._total <= 2 * self.page_size):
            return
        if direct(self.query()):
            # Any page is found from the list checkpoints (import and title order): no
            # walk. Those an import, delete or retitle removed are built again here.
            self._build_positions()
            return
        if db.is_sqlite and db.path is None:
            # An in-memory database has no second connection: count here (it is small).
            if not self._exact:
                self._grow_to(count(self.ws, self.query()))
            return
        url, query, page, exact = self.ws.url, self.query(), self.page_size, self._exact

        def work(job: Job) -> tuple[Job, ListQuery, ListIndex | MatchMarks | None]:
            def counted(total: int) -> None:
                job.signals.progressed.emit(total, 0)

            return (
                job,
                query,
                anchors_in_thread(
                    url,
                    query,
                    page,
                    on_count=None if exact else counted,
                    cancelled=job.cancel.is_set,
                ),
            )

        job = Job(work)
        job.signals.progressed.connect(lambda total, _unused, q=query: self._counted(q, total))
        job.signals.finished.connect(self._anchors_ready)
        job.signals.failed.connect(lambda _why, j=job, q=query: self._walk_lost(j, q))
        self._jobs.add(job)
        QThreadPool.globalInstance().start(job)

    def _build_positions(self) -> None:
        """Add the list checkpoints this order is missing, on a pool thread (inline for
        an in-memory database, which has no second connection and is small)."""
        db = self.ws.db
        if db.read_only or not positions_missing(self.ws, self.query()):
            return
        if db.is_sqlite and db.path is None:
            build_positions(self.ws, self.query())
            return
        url, query = self.ws.url, self.query()

        def work(job: Job) -> Job:
            if not job.cancel.is_set():
                build_positions_in_thread(url, query)
            return job

        job = Job(work)
        job.signals.finished.connect(self._jobs.discard)
        job.signals.failed.connect(lambda _why, j=job: self._jobs.discard(j))
        self._jobs.add(job)
        QThreadPool.globalInstance().start(job)

    def _counted(self, query: ListQuery, total: int) -> None:
        if query == self.query() and not self._exact:
            self._grow_to(total)

    def _anchors_ready(self, result: tuple[Job, ListQuery, ListIndex | MatchMarks | None]) -> None:
        job, query, index = result
        self._jobs.discard(job)
        if query != self.query() or index is None:
            return  # the filter changed meanwhile: that query has its own job
        if isinstance(index, MatchMarks):
            # A word alone: its matches' count and marks, from one pass over the search
            # index; any page is then found from the marks (no anchors are walked).
            self._marks = index
            self._counted(query, index.total)
        elif index.page_size == self.page_size and self._index is None:
            self._index = index
        self._show_pending()

    def _walk_lost(self, job: Job, query: ListQuery) -> None:
        """The pool thread's walk failed: pages still waiting are read here."""
        self._jobs.discard(job)
        if query == self.query():
            self._walk_failed = True
            self._show_pending()

    def _show_pending(self) -> None:
        """Ask the view to read again the pages it asked for before the anchors came."""
        pending, self._pending = sorted(self._pending), set()
        for page in pending:
            first = page * self.page_size
            last = min(first + self.page_size, self._total) - 1
            if first <= last:
                self.dataChanged.emit(self.index(first, 0), self.index(last, self.SPANS))

    def _walk_coming(self) -> bool:
        """Whether a pool thread brings this list's page anchors (not for an in-memory
        database, which has no second connection, nor after that walk failed)."""
        db = self.ws.db
        return not (db.is_sqlite and db.path is None) and not self._walk_failed

    def _grow_to(self, total: int) -> None:
        """The exact count arrived: insert the rows past the cap."""
        self._exact = True
        if total <= self._total:
            return
        # A page cut short by the cap is read again, whole.
        self._pages.pop(self._total // self.page_size, None)
        self.beginInsertRows(QModelIndex(), self._total, total - 1)
        self._total = total
        self.endInsertRows()

    def set_sort(self, key: str, descending: bool = False) -> None:
        """Order by ``key`` (one of ``SORT_KEYS``), then by id."""
        if key not in SORT_KEYS:
            raise ValueError(f"unknown sort key {key!r}")
        self.sort_key, self.descending = key, descending
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.SORT_OF_COLUMN):
            self.set_sort(self.SORT_OF_COLUMN[column], order == Qt.SortOrder.DescendingOrder)

    def refresh(self) -> None:
        self.set_query(self.project_id, self.search, self.status, assigned_only=self.assigned_only)

    @property
    def total(self) -> int:
        """Documents matching the search, status and "Assigned to me" filters."""
        return self._total

    # Rows -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return shown(self.HEADERS[section])
        return None

    def _page(self, page: int) -> list[DocumentSummary]:
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        read = [] if self.project_id is None else self._read_page(page)
        if read is None:  # its anchors are on their way: blank until they come
            self._pending.add(page)
            return []
        rows = read
        self._pages[page] = rows
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _read_page(self, page: int) -> list[DocumentSummary] | None:
        query, size = self.query(), self.page_size
        last = (self._total - 1) // size
        if page == 0:
            return list_page(self.ws, query, None, size)
        if not self._exact:  # within the cap (a few pages): read from the first row
            end = min((page + 1) * size, self._total)
            return list_page(self.ws, query, None, end)[page * size :]
        if page == last:  # from the end: no anchors needed
            return list_page(self.ws, query, None, self._total - last * size, from_end=True)
        if self._index is None or self._index.page_size != size:
            read = page_at(self.ws, query, page * size, size, marks=self._marks)
            if read is not None:  # found without the anchors (see direct())
                return read
            if self._walk_coming():
                # Never the walk over every matching row on the UI thread (seconds at
                # 1,000,000 documents): the page is read when the pool's anchors come.
                return None
            self._index = list_index(self.ws, query, size)
        if page >= len(self._index.anchors):
            return []
        return list_page(self.ws, query, self._index.anchors[page], size)

    def summary(self, row: int) -> DocumentSummary | None:
        if not 0 <= row < self._total:
            return None
        page, offset = divmod(row, self.page_size)
        rows = self._page(page)
        return rows[offset] if offset < len(rows) else None

    def row_of(self, document_id: int) -> int:
        """The document's row (-1 if the filters hide it): from the pages in memory, or
        one query."""
        for page, rows in self._pages.items():
            for offset, summary in enumerate(rows):
                if summary.id == document_id:
                    return page * self.page_size + offset
        if self.project_id is None:
            return -1
        index = self._index if self._index and self._index.page_size == self.page_size else None
        query = self.query()
        row = list_row_of(self.ws, query, document_id, index, marks=self._marks)
        page, offset = divmod(row, self.page_size)
        if row > 0 and index is None and page not in self._pages and self._exact:
            # In import order: read the document's page back from it, now, instead of
            # skipping from the list's start when the view asks for it.
            read = page_from(self.ws, query, document_id, offset, self.page_size)
            if read is not None:
                self._pages[page] = read
                while len(self._pages) > self.MAX_PAGES:
                    self._pages.popitem(last=False)
        return row

    def update_row(
        self, document_id: int, *, status: Status | None = None, span_count: int | None = None
    ) -> None:
        """Show a new status or span count of a row in memory (the order stays)."""
        for page, rows in self._pages.items():
            for offset, old in enumerate(rows):
                if old.id != document_id:
                    continue
                new = DocumentSummary(
                    old.id,
                    old.external_id,
                    old.title,
                    status or old.status,
                    old.span_count if span_count is None else span_count,
                    old.length,
                )
                rows[offset] = new
                row = page * self.page_size + offset
                # Only the cells that changed: an edit changes the span count alone,
                # and a whole row's repaint cost most of the list's share of an edit.
                first = 0 if new.status != old.status else self.SPANS
                if new != old:
                    self.dataChanged.emit(self.index(row, first), self.index(row, self.SPANS))
                return

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.SPANS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            self.DocumentIdRole,
            self.ExternalIdRole,
        ):
            return None  # titles are user text: no rich-text tooltip either
        row = self.summary(index.row())
        if row is None:
            waiting = index.row() // self.page_size in self._pending
            if waiting and role == Qt.ItemDataRole.DisplayRole and column == self.TITLE:
                return "…"  # its page comes with the anchors of a pool thread
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return row.title or row.external_id
            if column == self.STATUS:
                return (
                    shown(STATUS_TEXT[row.status]) if row.status in STATUS_TEXT else str(row.status)
                )
            if column == self.SPANS:
                return row.span_count
        elif role == self.DocumentIdRole:
            return int(row.id)
        elif role == self.ExternalIdRole:
            return row.external_id
        return None


class DocumentListPanel(QWidget):
    """Filter box, status filter and the list; emits the chosen document's id."""

    document_chosen = Signal(int)

    def __init__(self, model: DocumentListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("documentFilter")
        self.filter_box.setPlaceholderText(
            QCoreApplication.translate("DocumentListPanel", "Filter by title or text…")
        )
        self.filter_box.setClearButtonEnabled(True)
        self.status_box = QComboBox(self)
        self.status_box.addItem(QCoreApplication.translate("DocumentList", "All"), None)
        for status, text in STATUS_TEXT.items():
            self.status_box.addItem(shown(text).capitalize(), status)
        self.assigned_box = QCheckBox(
            QCoreApplication.translate("DocumentListPanel", "Assigned to me"), self
        )
        self.assigned_box.setObjectName("assignedToMe")
        self.assigned_box.setToolTip(
            QCoreApplication.translate(
                "DocumentListPanel", "Only the documents the project's assignment gives you"
            )
        )
        self.view = QTableView(self)
        self.view.setObjectName("documentList")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        # Its scroll bar always shown: one appearing when a project or filter brings a
        # long list (after a short one) resized the rows' area after their first paint,
        # which painted every visible row a second time (~10 ms of a project switch).
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setWordWrap(False)
        # Every row is as high as the font: the view never measures rows it does not show.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.view.setSortingEnabled(False)
        self.view.horizontalHeader().setSectionsClickable(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._sort_by_column)
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("documentSort")
        self.sort_box.setToolTip(
            QCoreApplication.translate("DocumentListPanel", "Order of the document list")
        )
        for key, text in SORT_TEXT.items():
            self.sort_box.addItem(shown(text), key)
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
        # The order sits beside "Assigned to me", so the filter box keeps its width.
        second = QHBoxLayout()
        second.addWidget(self.assigned_box)
        second.addStretch(1)
        second.addWidget(self.sort_box)
        layout.addLayout(second)
        layout.addWidget(self.view, 1)
        self.filter_box.textChanged.connect(self._apply_filter)
        self.status_box.currentIndexChanged.connect(self._apply_filter)
        self.assigned_box.toggled.connect(self._apply_filter)
        self.sort_box.currentIndexChanged.connect(self._sort_chosen)
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
        self.view.scrollToTop()  # a new list starts at its first row (no anchors needed)

    def _sort_chosen(self) -> None:
        key = self.sort_box.currentData()
        descending = key == "changed"  # the latest change first
        self.model.set_sort(key, descending)
        self.view.scrollToTop()  # a new order starts at its first row

    def _sort_by_column(self, column: int, order: Qt.SortOrder) -> None:
        if 0 <= column < len(self.model.SORT_OF_COLUMN):
            self.model.sort(column, order)
            self.view.scrollToTop()

    def show_project(self, project_id: int) -> None:
        """List another project's documents with the same filters."""
        self.model.project_id = project_id
        self._apply_filter()

    def _chosen(self, index: QModelIndex) -> None:
        doc_id = index.data(DocumentListModel.DocumentIdRole)
        if doc_id is not None:
            self.document_chosen.emit(int(doc_id))

    def select_document(self, document_id: int) -> None:
        """Highlight a document's row, wherever it is in the list (one query)."""
        row = self.model.row_of(document_id)
        if 0 <= row < self.model.rowCount():  # past a filter's cap until it is counted
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def go_to_row(self, row: int) -> None:
        """Scroll to a row position (1-based as shown to the user is the caller's job)."""
        row = max(0, min(row, self.model.rowCount() - 1))
        if row >= 0:
            self.view.scrollTo(
                self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter
            )
            self.view.selectRow(row)
