"""The main window: panels built once, signals wired in one block, edits via the session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.actions import ActionId, Actions
from annotator.gui.annotation_table import AnnotationTable, AnnotationTableModel
from annotator.gui.details import SpanDetails
from annotator.gui.document_list import DocumentListModel, DocumentListPanel
from annotator.gui.editing import Labeler
from annotator.gui.find_bar import FindBar
from annotator.gui.palette import LabelPalette
from annotator.gui.session import DocumentSession
from annotator.gui.settings import Settings, save_settings
from annotator.model import Project, Status
from annotator.service import Changes, NotFound, ServiceError, Workspace

TIME_FLUSH_MS = 60_000
UNFINISHED = (Status.NEW, Status.IN_PROGRESS)


class MainWindow(QMainWindow):
    """Document list | text | palette and details, with the annotation table below."""

    def __init__(self, workspace: Workspace, annotator: str, settings: Settings | None = None,
                 *, save: bool = False) -> None:
        super().__init__()
        self.setWindowTitle("Annotator")
        self.ws = workspace
        self.annotator = annotator
        self.settings = settings or Settings(annotator=annotator)
        self._save_settings = save
        self.project: Project | None = None
        self.acts = Actions(self)
        self.session = DocumentSession(workspace, annotator, self)
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}
        self.confirm_match: Callable[[int, int], QMessageBox.StandardButton] = self._ask_match
        self.errors: list[str] = []
        self._build_panels()
        self._build_menus()
        self.labeler = Labeler(self.session, self.text_view, self._push, self.select_span,
                               self.notify)
        self._clock = QElapsedTimer()
        self._time_timer = QTimer(self)
        self._time_timer.setInterval(TIME_FLUSH_MS)
        self._connect_signals()
        self._restore_geometry()
        self._open_first_project()

    # Building -------------------------------------------------------------

    def _build_panels(self) -> None:
        from annotator.gui.text_view import TextView

        self.project_box = QComboBox(self)
        self.doc_model = DocumentListModel(self.ws, self.annotator, parent=self)
        self.doc_panel = DocumentListPanel(self.doc_model, self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.project_box)
        left_layout.addWidget(self.doc_panel, 1)

        self.text_view = TextView(self)
        self.text_view.snap_words = self.settings.snap_to_words
        self.text_view.zoom(self.settings.font_size - self.text_view.font_size)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.table_model = AnnotationTableModel(self)
        self.table = AnnotationTable(self.table_model, self)
        centre_top = QWidget(self)
        top_layout = QVBoxLayout(centre_top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.find_bar)
        top_layout.addWidget(self.text_view, 1)
        self.centre = QSplitter(Qt.Orientation.Vertical, self)
        self.centre.addWidget(centre_top)
        self.centre.addWidget(self.table)
        self.centre.setSizes([600, 200])

        self.palette = LabelPalette(self)
        self.details = SpanDetails(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 4, 4, 4)
        right_layout.addWidget(self.palette)
        right_layout.addWidget(self.details, 1)

        self.main_split = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (left, self.centre, right):
            self.main_split.addWidget(widget)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([280, 800, 300])
        self.setCentralWidget(self.main_split)

        self.db_label = QLabel(self.ws.db.display)
        self.annotator_label = QLabel()
        self.save_label = QLabel("Saved")
        self.progress_label = QLabel()
        for label in (self.db_label, self.annotator_label, self.save_label, self.progress_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.statusBar().addPermanentWidget(label)
        self._show_annotator()

    def _build_menus(self) -> None:
        a = self.acts
        file_menu = self.menuBar().addMenu("&File")
        self.copy_action = file_menu.addAction("Copy these labels to my layer")
        file_menu.addAction(a[ActionId.SET_ANNOTATOR])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.QUIT])
        edit = self.menuBar().addMenu("&Edit")
        for action_id in (ActionId.UNDO, ActionId.REDO, ActionId.DELETE, ActionId.GROW,
                          ActionId.SHRINK, ActionId.FIND, ActionId.FIND_NEXT,
                          ActionId.LABEL_ALL, ActionId.CLUSTER_MODE):
            edit.addAction(a[action_id])
        a[ActionId.CLUSTER_MODE].setChecked(not self.settings.snap_to_words)
        self.label_menu = self.menuBar().addMenu("&Labels")
        view = self.menuBar().addMenu("&View")
        for action_id in (ActionId.ZOOM_IN, ActionId.ZOOM_OUT):
            view.addAction(a[action_id])
        go = self.menuBar().addMenu("&Go")
        for action_id in (ActionId.NEXT_SPAN, ActionId.PREV_SPAN, ActionId.NEXT_DOC,
                          ActionId.PREV_DOC, ActionId.DONE_NEXT):
            go.addAction(a[action_id])
        for action in a.text_actions():
            self.text_view.addAction(action)
        for action_id in (ActionId.CONFIRM, ActionId.CANCEL):
            self.addAction(a[action_id])
        self.table.addAction(a[ActionId.DELETE])

    # Connect signals ---------------------------------------------------------

    def _connect_signals(self) -> None:
        a = self.acts
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.SET_ANNOTATOR].triggered.connect(self.ask_annotator)
        a[ActionId.UNDO].triggered.connect(self.undo_group.undo)
        a[ActionId.REDO].triggered.connect(self.undo_group.redo)
        a[ActionId.DELETE].triggered.connect(self._delete)
        a[ActionId.NEXT_SPAN].triggered.connect(lambda: self.labeler.step(1))
        a[ActionId.PREV_SPAN].triggered.connect(lambda: self.labeler.step(-1))
        a[ActionId.GROW].triggered.connect(lambda: self.labeler.resize(1))
        a[ActionId.SHRINK].triggered.connect(lambda: self.labeler.resize(-1))
        a[ActionId.CONFIRM].triggered.connect(self.labeler.confirm)
        a[ActionId.CANCEL].triggered.connect(self._escape)
        a[ActionId.CLUSTER_MODE].toggled.connect(self._set_cluster_mode)
        a[ActionId.ZOOM_IN].triggered.connect(lambda: self._zoom(1))
        a[ActionId.ZOOM_OUT].triggered.connect(lambda: self._zoom(-1))
        a[ActionId.DONE_NEXT].triggered.connect(self.done_and_next)
        a[ActionId.NEXT_DOC].triggered.connect(lambda: self.step_document(1))
        a[ActionId.PREV_DOC].triggered.connect(lambda: self.step_document(-1))
        a[ActionId.FIND].triggered.connect(self.show_find)
        a[ActionId.FIND_NEXT].triggered.connect(self.find_bar.next_match)
        a[ActionId.LABEL_ALL].triggered.connect(self.find_bar.label_all_button.click)
        self.copy_action.triggered.connect(self._copy_preview)
        self.project_box.activated.connect(self._project_chosen)
        self.doc_panel.document_chosen.connect(self._open)
        self.text_view.span_clicked.connect(self._span_clicked)
        self.text_view.empty_clicked.connect(lambda: self.select_span(None))
        self.table.selectionModel().currentRowChanged.connect(self._table_row)
        self.palette.label_chosen.connect(self.labeler.label)
        self.details.attrs_edited.connect(self.labeler.edit_attrs)
        self.details.unlink_requested.connect(self.labeler.unlink)
        self.find_bar.match_selected.connect(self.text_view.select_range)
        self.find_bar.label_all_requested.connect(self.label_all)
        self.session.loaded.connect(self._loaded)
        self.session.changed.connect(self._changed)
        self.session.failed.connect(self.show_error)
        self.session.saved.connect(lambda: self._set_save_state("Saved", ok=True))
        self.undo_group.cleanChanged.connect(lambda _clean: None)
        self._time_timer.timeout.connect(self.flush_time)

    # Projects and documents -------------------------------------------------

    def _open_first_project(self) -> None:
        projects = self.ws.projects()
        self.project_box.clear()
        for project in projects:
            self.project_box.addItem(project.name, int(project.id))
        self.project_box.setVisible(len(projects) > 1)
        if not projects:
            self.notify("This database has no project yet: import documents with "
                        "`annotator import`")
            return
        self.set_project(projects[0])
        summary = self.doc_model.summary(0)
        if summary is not None:
            self._open(int(summary.id))

    def _project_chosen(self, row: int) -> None:
        project_id = self.project_box.itemData(row)
        if project_id is not None:
            self.set_project(self.ws.project(int(project_id)))

    def set_project(self, project: Project) -> None:
        self.project = project
        self.project_box.setCurrentIndex(max(0, self.project_box.findData(int(project.id))))
        self.doc_model.set_query(int(project.id))
        if self.doc_model.canFetchMore():
            self.doc_model.fetchMore()
        old, _ = self.acts.set_schema(project.schema)
        for action in old:
            self.text_view.removeAction(action)
        self.label_menu.clear()
        for name, action in self.acts.labels.items():
            action.triggered.connect(lambda _=False, n=name: self.labeler.label(n))
            self.text_view.addAction(action)
            self.label_menu.addAction(action)
        for name, action in self.acts.relations.items():
            action.triggered.connect(lambda _=False, n=name: self.labeler.start_relation(n))
            self.text_view.addAction(action)
            self.label_menu.addAction(action)
        self.palette.set_schema(project.schema)
        self.find_bar.set_schema(project.schema)
        self._show_progress()

    def open_document(self, document_id: str | int) -> None:
        """Open a document by its external id (as in exported JSONL) or database id."""
        if isinstance(document_id, int):
            self._open(document_id)
            return
        projects = ([self.project] if self.project else []) + [
            p for p in self.ws.projects() if self.project is None or p.id != self.project.id]
        for project in projects:
            try:
                doc = self.ws.document_by_external_id(int(project.id), document_id)
            except NotFound:
                continue
            if self.project is None or project.id != self.project.id:
                self.set_project(project)
            self._open(int(doc.id))
            return
        raise ServiceError(f"no document {document_id!r} in this database")

    def _open(self, document_id: int) -> None:
        self.flush_time()
        self.labeler.cancel(quiet=True)
        self.session.load(document_id)
        stack = self._stacks.get(document_id)
        if stack is None:
            stack = self._stacks[document_id] = QUndoStack(self.undo_group)
        self.undo_group.setActiveStack(stack)
        self.doc_panel.select_document(document_id)
        self._clock.start()
        self._time_timer.start()
        self.text_view.setFocus()

    def _loaded(self) -> None:
        s = self.session
        assert s.document is not None
        self.text_view.set_content(s.text, s.spans.values(), s.schema, s.clusters)
        self.find_bar.set_text(s.text)
        self._refresh_layer()
        self.setWindowTitle(f"{s.document.title or s.document.external_id} — Annotator")
        self.copy_action.setEnabled(s.preview_of is not None)
        if s.preview_of:
            self.notify(f"Showing {s.preview_of}'s labels read-only: File › Copy these labels "
                        "to my layer to edit them")

    def _refresh_layer(self) -> None:
        s = self.session
        self.table_model.set_layer(s.text, s.spans, s.relations, s.schema)
        self.select_span(self.text_view.selected_span if self.session.span(
            self.text_view.selected_span) else None, scroll=False)

    def _changed(self, changes: Changes) -> None:
        removed = [*changes.spans_removed, *(b for b, _ in changes.spans_updated)]
        added = [*changes.spans_added, *(a for _, a in changes.spans_updated)]
        if removed or added:
            self.text_view.update_spans(removed, added)
        self._refresh_layer()
        if self.session.document is not None:
            self.doc_model.update_row(int(self.session.document.id), status=self.session.status,
                                      span_count=len(self.session.spans))
        if changes.state is not None:
            self._show_progress()

    # Selection ----------------------------------------------------------------

    def select_span(self, span_id: int | None, scroll: bool = True) -> None:
        s = self.session
        span = s.span(span_id)
        self.text_view.set_selected_span(span.id if span else None, scroll=scroll)
        self.table.select_span(span.id if span else None)
        self.details.show_span(span, s.schema, s.text,
                               s.relations_of(span.id) if span else [], s.spans)

    def _span_clicked(self, span_id: int) -> None:
        if self.labeler.pick is not None:
            self.labeler.choose(span_id)
        else:
            self.select_span(span_id, scroll=False)

    def _table_row(self, current: object, _previous: object) -> None:
        span_id = self.table.current_span_id()
        if span_id is not None and span_id != self.text_view.selected_span:
            self.select_span(span_id)

    # Commands -----------------------------------------------------------------

    def _push(self, command: object) -> None:
        stack = self.undo_group.activeStack()
        if stack is not None:
            stack.push(command)

    def _delete(self) -> None:
        if self.table.hasFocus():
            self.labeler.delete(self.table.current_span_id())
        else:
            self.labeler.delete()

    def _escape(self) -> None:
        if self.labeler.pick is not None:
            self.labeler.cancel()
        elif self.find_bar.isVisible():
            self.find_bar.hide()
            self.text_view.setFocus()

    def _set_cluster_mode(self, clusters: bool) -> None:
        self.text_view.snap_words = not clusters
        self._update_settings(snap_to_words=not clusters)

    def _zoom(self, step: int) -> None:
        self.text_view.zoom(step)
        self._update_settings(font_size=self.text_view.font_size)

    def show_find(self) -> None:
        self.find_bar.show()
        self.find_bar.query.setFocus()
        self.find_bar.query.selectAll()

    def label_all(self, label: str, matches: list[tuple[int, int]]) -> int:
        """Label each match after a per-match confirm; returns how many were labelled."""
        made = 0
        for start, end in matches:
            self.text_view.select_range(start, end)
            answer = self.confirm_match(start, end)
            if answer == QMessageBox.StandardButton.Cancel:
                break
            if answer in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.YesToAll):
                self.text_view.select_range(start, end)
                before = len(self.session.spans)
                self.labeler.label(label)
                made += len(self.session.spans) - before
            if answer == QMessageBox.StandardButton.YesToAll:
                self.confirm_match = lambda _s, _e: QMessageBox.StandardButton.Yes
        self.confirm_match = self._ask_match
        self.notify(f"Labelled {made} of {len(matches)} matches as {label}")
        return made

    def _ask_match(self, start: int, end: int) -> QMessageBox.StandardButton:
        buttons = (QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                   | QMessageBox.StandardButton.YesToAll | QMessageBox.StandardButton.Cancel)
        box = QMessageBox(QMessageBox.Icon.Question, "Label this match?",
                          f"Label the match at {start}–{end}?", buttons, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return QMessageBox.StandardButton(box.exec())

    def done_and_next(self) -> None:
        if self.session.document is None:
            return
        if self.labeler.set_status(Status.DONE):
            self.step_document(1, unfinished=True)

    def step_document(self, direction: int, *, unfinished: bool = False) -> None:
        """Open the next/previous document in the list (only unfinished ones if asked)."""
        if self.session.document is None:
            return
        model = self.doc_model
        row = model.row_of(int(self.session.document.id))
        seen = 0
        while True:
            row += direction
            if row >= model.rowCount() and model.canFetchMore():
                model.fetchMore()
            if row >= model.rowCount() or row < 0:
                if not unfinished:
                    self.notify("No more documents")
                    return
                row = -1 if direction > 0 else model.rowCount()
                seen += 1
                if seen > 1:
                    self.notify("Every document is done")
                    return
                continue
            summary = model.summary(row)
            if summary is None or summary.id == self.session.document.id:
                if unfinished and summary is not None:
                    self.notify("Every document is done")
                    return
                continue
            if not unfinished or summary.status in UNFINISHED:
                self._open(int(summary.id))
                return

    def _copy_preview(self) -> None:
        copied = self.session.copy_preview()
        self.notify(f"Copied {copied} spans to {self.annotator}'s layer")

    # Status bar, errors, time, settings -------------------------------------------

    def notify(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def show_error(self, message: str) -> None:
        self.errors.append(message)
        self._set_save_state("Not saved", ok=False)
        self.statusBar().showMessage(f"Not saved: {message}", 15000)
        box = QMessageBox(QMessageBox.Icon.Warning, "Edit not saved", message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _set_save_state(self, text: str, ok: bool) -> None:
        self.save_label.setText(text)
        self.save_label.setStyleSheet("" if ok else "color: #b00020; font-weight: bold")

    def _show_annotator(self) -> None:
        self.annotator_label.setText(f"Annotator: {self.annotator}")

    def _show_progress(self) -> None:
        if self.project is None:
            return
        counts = self.ws.status_counts(int(self.project.id), self.annotator)
        total = sum(counts.values())
        self.progress_label.setText(f"{counts.get(Status.DONE, 0)} of {total} done")

    def flush_time(self) -> None:
        if self._clock.isValid() and self.session.document is not None:
            self.session.add_time(self._clock.restart() / 1000.0)

    def ask_annotator(self) -> None:
        name, ok = QInputDialog.getText(self, "Annotator", "Your name (recorded with every edit):",
                                        text=self.annotator)
        if ok and name.strip():
            self.set_annotator(name.strip())

    def set_annotator(self, name: str) -> None:
        self.flush_time()
        self.annotator = self.session.annotator = self.doc_model.annotator = name
        self._update_settings(annotator=name)
        self._show_annotator()
        self.doc_model.refresh()
        self._show_progress()
        self._stacks.clear()
        if self.session.document is not None:
            self._open(int(self.session.document.id))

    def _update_settings(self, **changes: object) -> None:
        from dataclasses import replace

        self.settings = replace(self.settings, **changes)  # type: ignore[arg-type]
        if self._save_settings:
            save_settings(self.settings)

    def _restore_geometry(self) -> None:
        qs = QSettings("annotator", "Annotator")
        geometry = qs.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        for key, splitter in (("main", self.main_split), ("centre", self.centre)):
            state = qs.value(f"window/splitter_{key}")
            if state is not None:
                splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.flush_time()
        self._time_timer.stop()
        qs = QSettings("annotator", "Annotator")
        qs.setValue("window/geometry", self.saveGeometry())
        qs.setValue("window/splitter_main", self.main_split.saveState())
        qs.setValue("window/splitter_centre", self.centre.saveState())
        super().closeEvent(event)
