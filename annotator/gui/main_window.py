"""The main window: panels built once, signals wired in one block, edits via the session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QActionGroup,
    QCloseEvent,
    QResizeEvent,
    QShowEvent,
    QUndoCommand,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import QMessageBox

from annotator.gui.actions import ActionId, Actions
from annotator.gui.attribution import Attribution
from annotator.gui.change_bus import ChangeBus
from annotator.gui.context import WindowContext
from annotator.gui.editing import Labeler
from annotator.gui.error_text import describe, message_text
from annotator.gui.find import SENTENCE_ENDS, sentence_around
from annotator.gui.find_bar import MatchQuestion, ask_label_match
from annotator.gui.first_paint import after_next_paint
from annotator.gui.flow_commands import FlowCommands
from annotator.gui.i18n import number
from annotator.gui.language import LanguageMenu
from annotator.gui.link_overlay import LinkMode, next_unlinked
from annotator.gui.link_picker import LinkPicker
from annotator.gui.menu_commands import MenuCommands
from annotator.gui.navigation import TimeKeeper, next_document
from annotator.gui.open_checks import OpenCheckRunner
from annotator.gui.paint_order import PanelsAfterText
from annotator.gui.panels import Panels
from annotator.gui.session import DocumentSession
from annotator.gui.settings import Settings, save_settings
from annotator.gui.status_bar import StatusPanel, warn
from annotator.gui.suggestions import SuggestionsController
from annotator.gui.team.roles import apply_role, clear_role
from annotator.gui.warm_up import warm_up
from annotator.model import LabelSchema, Project, Status
from annotator.service import Changes, Workspace
from annotator.text.edges import Unit

warm_up()  # once per process, while the window is imported (see warm_up.py)


class MainWindow(WindowContext):
    """Document list | text | palette and details, with the annotation table below."""

    def __init__(
        self,
        workspace: Workspace,
        annotator: str,
        settings: Settings | None = None,
        *,
        save: bool = False,
    ) -> None:
        super().__init__()
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Annotator"))
        self.ws = workspace
        self.annotator = annotator
        self.settings = settings or Settings(annotator=annotator)
        self._save_settings = save
        self.project: Project | None = None
        self._schema_shown: LabelSchema | None = None  # the schema the palette and keys show
        self.acts = Actions(self)
        self.session = DocumentSession(workspace, annotator, self)
        self.change_bus = ChangeBus(self)  # every committed edit, whoever made it
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}
        self.confirm_match: Callable[[int, int], QMessageBox.StandardButton] = self._ask_match
        self.errors: list[str] = []
        self._selection_shown: object = None  # what select_span last showed
        self._statuses: dict[int, Status] = {}  # the last status seen per document
        self.commands = MenuCommands(self)
        self._build_panels()
        self._build_menus()
        self.labeler = Labeler(
            self.session, self.text_view, self._push, self.select_span, self.notify
        )
        self.labeler.picker = self.link_picker
        self.suggestions = SuggestionsController(self)
        self.attribution = Attribution(
            self.session, self.text_view, self.labeler, self._push, self.notify
        )
        self.time_keeper = TimeKeeper(self.session.add_time_soon, self)  # off the UI thread
        self.flow = FlowCommands(self)
        self._connect_signals()
        self.flow.connect()
        LanguageMenu(self).connect()
        self.panels.restore_state(self)
        self._guard_database()
        apply_role(self)  # PostgreSQL team role: shown, and what it may not do is off
        self.reload_projects()
        self.flow.reopen_last()

    # Building -------------------------------------------------------------

    def _build_panels(self) -> None:
        self.panels = p = Panels(self, self.ws, self.annotator, self.settings)
        self.project_box, self.doc_panel, self.doc_model = p.project_box, p.doc_panel, p.doc_model
        self.text_view, self.find_bar, self.banners = p.text_view, p.find_bar, p.banners
        self.table_model, self.table = p.table_model, p.table
        self.label_palette, self.details = p.label_palette, p.details
        self.docks, self.span_note, self.notes_panel = p.docks, p.span_note, p.notes
        self.guidelines, self.done_mark = p.guidelines, p.done_mark
        self.setCentralWidget(p.central)
        self.status = StatusPanel(self.statusBar(), self.ws.db.display)
        self.save_label, self.progress_label = self.status.save_state, self.status.progress
        self.status.set_annotator(self.annotator)
        self.link_picker = LinkPicker(self)
        self.referents_panel = self.panels.referents  # a tab beside Details, Notes...

    def _build_menus(self) -> None:
        self.menus = self.acts.fill_menus(self.menuBar())
        self.label_menu = self.menus["&Labels"]
        self.acts[ActionId.CLUSTER_MODE].setChecked(not self.settings.snap_to_words)
        for action in self.acts.text_actions():
            self.text_view.addAction(action)
        self.table.addAction(self.acts[ActionId.DELETE])

    # Connect signals ---------------------------------------------------------

    def _connect_signals(self) -> None:
        a = self.acts
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.SET_ANNOTATOR].triggered.connect(self.commands.ask_annotator)
        a[ActionId.UNDO].triggered.connect(lambda: self.undo_step(redo=False))
        a[ActionId.REDO].triggered.connect(lambda: self.undo_step(redo=True))
        a[ActionId.DELETE].triggered.connect(self._delete)
        # Tab walks real spans and suggestion ghosts (the labeler's walk when none show).
        a[ActionId.NEXT_SPAN].triggered.connect(lambda: self.suggestions.step(1))
        a[ActionId.PREV_SPAN].triggered.connect(lambda: self.suggestions.step(-1))
        self.suggestions.connect_signals()
        for action_id, edge, step, unit in (
            (ActionId.GROW, "end", 1, Unit.WORD),
            (ActionId.SHRINK, "end", -1, Unit.WORD),
            (ActionId.GROW_CLUSTER, "end", 1, Unit.CLUSTER),
            (ActionId.SHRINK_CLUSTER, "end", -1, Unit.CLUSTER),
            (ActionId.GROW_START, "start", 1, Unit.WORD),
            (ActionId.SHRINK_START, "start", -1, Unit.WORD),
        ):
            a[action_id].triggered.connect(
                lambda _=False, e=edge, d=step, u=unit: self._resize(e, d, u)
            )
        a[ActionId.CONFIRM].triggered.connect(self.labeler.confirm)
        a[ActionId.CANCEL].triggered.connect(self._escape)
        a[ActionId.CLUSTER_MODE].toggled.connect(self._set_cluster_mode)
        a[ActionId.ZOOM_IN].triggered.connect(lambda: self._zoom(1))
        a[ActionId.ZOOM_OUT].triggered.connect(lambda: self._zoom(-1))
        a[ActionId.DONE_NEXT].triggered.connect(self.done_and_next)
        a[ActionId.NEXT_DOC].triggered.connect(lambda: self.step_document(1))
        a[ActionId.PREV_DOC].triggered.connect(lambda: self.step_document(-1))
        a[ActionId.FIND].triggered.connect(self.find_bar.open)
        a[ActionId.FIND_NEXT].triggered.connect(self.find_bar.next_match)
        a[ActionId.CORPUS_SEARCH].triggered.connect(self.commands.corpus_search)
        a[ActionId.LABEL_ALL].triggered.connect(self.find_bar.label_all_button.click)
        a[ActionId.EDIT_ATTRS].triggered.connect(self._edit_attrs)
        a[ActionId.EXPORT].triggered.connect(self.commands.export)
        a[ActionId.IMPORT].triggered.connect(self.commands.import_)
        a[ActionId.SCHEMA_EDITOR].triggered.connect(self.commands.schema_editor)
        a[ActionId.AGREEMENT].triggered.connect(self.commands.agreement)
        a[ActionId.CURATION].triggered.connect(self.commands.curation)
        a[ActionId.INDEPENDENT].triggered.connect(self.commands.set_independent)
        self.project_box.project_chosen.connect(self.switch_project)
        self.doc_panel.document_chosen.connect(self._open)
        self.text_view.span_clicked.connect(self._span_clicked)
        self.text_view.empty_clicked.connect(self._empty_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._table_row)
        self.label_palette.label_chosen.connect(self.labeler.label)
        self.details.attrs_edited.connect(self.labeler.edit_attrs)
        self.details.unlink_requested.connect(self.labeler.unlink)
        self.details.finished.connect(self.text_view.setFocus)
        self.find_bar.match_selected.connect(self.text_view.select_range)
        self.find_bar.label_all_requested.connect(self.label_all)
        self.find_bar.closed.connect(self.text_view.setFocus)
        self.text_view.span_resized.connect(self.labeler.set_edges)
        self._connect_links()
        self.link_picker.current_changed.connect(self.labeler.show_candidate)
        self.link_picker.activated.connect(self.labeler.choose)
        self.link_picker.cancelled.connect(self.labeler.cancel)
        self.session.loaded.connect(self._loaded)
        self.session.failed.connect(self.show_error)
        self.session.saved.connect(lambda: self.status.set_saved(True))
        self._connect_changes()

    def _connect_changes(self) -> None:
        """The change broadcast, wired here once. Every committed edit, whoever made it
        (a key in the text, an undo step, the curation view), is published on
        :attr:`change_bus`; the session's copy of the open layer takes it first, then
        each panel showing that layer, then the selection, once per edit. The
        document list and the progress hear of every layer of this annotator; dialogs
        subscribe as they open (``menu_commands``)."""
        bus, shown = self.change_bus, self.session.shown_layer
        self.session.changed.connect(lambda changes: bus.publish(changes, self.session))
        # the side panels paint right after the text view's repaint (paint_order)
        self.panels_after_text = PanelsAfterText(self, (self.table, self.details, self.span_note))
        bus.subscribe(self.panels_after_text.hold, layer=shown)
        bus.subscribe(self.session.on_changes)
        bus.subscribe(self._show_spans, layer=shown)  # the text view
        bus.subscribe(self.table_model.on_changes, layer=shown)
        bus.subscribe(self._show_referents, layer=shown)
        bus.subscribe(self.flow.on_changes, layer=shown)  # notes, "edited after done"
        bus.subscribe(self.suggestions.on_changes, layer=shown)
        bus.subscribe(self._show_state)
        bus.subscribe(self._schema_changed)  # palette, Guidelines, label keys, the layer
        bus.subscribe(self._select_after, layer=shown)

    def _connect_links(self) -> None:
        """The View menu's link toggle, F8 / Shift+F8 and the edge markers' jumps."""
        a = self.acts
        group = QActionGroup(self)
        for action_id, mode in (
            (ActionId.LINKS_ALL, LinkMode.ALL),
            (ActionId.LINKS_SELECTED, LinkMode.SELECTED),
            (ActionId.LINKS_NONE, LinkMode.NONE),
        ):
            group.addAction(a[action_id])
            a[action_id].triggered.connect(lambda _=False, m=mode: self.set_link_mode(m))
            if self.settings.link_mode == mode.value:
                a[action_id].setChecked(True)
                self.text_view.set_link_mode(mode)
        if group.checkedAction() is None:
            a[ActionId.LINKS_ALL].setChecked(True)
        a[ActionId.ADD_FRAGMENT].triggered.connect(self.attribution.add_fragment)
        a[ActionId.REMOVE_FRAGMENT].triggered.connect(self.attribution.remove_fragment)
        a[ActionId.SAME_AS].triggered.connect(self.attribution.same_as)
        self.referents_panel.rename_requested.connect(self.attribution.rename)
        self.referents_panel.mention_chosen.connect(self.select_span)
        self.referents_panel.leave_requested.connect(self.attribution.leave)
        a[ActionId.NEXT_UNLINKED].triggered.connect(lambda: self.step_unlinked(1))
        a[ActionId.PREV_UNLINKED].triggered.connect(lambda: self.step_unlinked(-1))
        self.text_view.jump_requested.connect(self.select_span)

    def set_link_mode(self, mode: LinkMode) -> None:
        """View > Links: all, the selected span's or none (remembered in the settings)."""
        self.text_view.set_link_mode(mode)
        self._update_settings(link_mode=mode.value)

    def _show_referents(self, changes: Changes | None = None, _source: object = None) -> None:
        """Refresh the Referents panel when an edit touched referents or mentions."""
        s = self.session
        if changes is not None:
            touched = [*changes.spans_removed, *(b for b, _ in changes.spans_updated)]
            if changes.referents_after is None and not any(x.referent for x in touched):
                return
            if changes.referents_after is None and s.document is not None:
                # a deleted or changed mention may have ended its referent
                s.referents = tuple(s.ws.referents(int(s.document.id), s.annotator))
        self.referents_panel.show_referents(s.referents, s.spans, s.text)
        self.text_view.links.set_names({int(r.id): r.name for r in s.referents})
        self.text_view.viewport().update()

    def step_unlinked(self, step: int) -> None:
        """Select the next (1) or previous (-1) quote or claim without a speaker/claimant."""
        view = self.text_view
        spans = view.links.unlinked(view.index)
        found = next_unlinked(
            spans, self.session.span(view.selected_span), view.cursor_offset(), step
        )
        if found is None:
            self.notify(
                QCoreApplication.translate(
                    "MainWindow", "Every quote and claim has its speaker or claimant"
                )
            )
            return
        self.select_span(found.id)
        self.notify(
            QCoreApplication.translate(
                "MainWindow",
                "{n_spans} quote(s) or claim(s) without a speaker or claimant "
                "(marked ? in the text); F8 / Shift+F8 for the next / previous",
            ).format(n_spans=number(len(spans)))
        )

    # Projects and documents -------------------------------------------------

    def _guard_database(self) -> None:
        """Say at once if the database is read-only or fails the quick check."""
        writable = not self.ws.read_only
        self.labeler.read_only = not writable
        self.acts.set_writable(writable)
        self.panels.set_writable(writable)
        if not writable:
            self.status.set_read_only()
        self.banners.show_state(self.ws)
        self.open_checks = OpenCheckRunner(
            self.ws.url,
            backup=writable and self.ws.db.path is not None,
            note=self._check_note,
            show_problems=self.banners.show_problems,
            parent=self,
        )
        self.open_checks.start_after_paint(self)  # not competing with the first paint

    def _check_note(self, text: str, ms: int) -> None:
        """The background check's notes replace only its own ones: the first-start hint
        or an undo message stays readable (problems also show in the banner)."""
        current = self.statusBar().currentMessage()
        if current and not current.startswith(("Backing up and checking", "Checking the")):
            return
        self.status.message(text, ms)

    def switch_database(self, workspace: Workspace, annotator: str) -> None:
        """Move this window to ``workspace``, another database already opened (File >
        Open database, the Recent list): the time on the open document is written, what
        runs on the old database finishes or is cut off (its dialogs close, imports and
        exports finishing first), the old database is closed, and every panel, both
        undo stacks (the editor's and the curation view's, which closes) and the
        session start again on the new one; nothing of the old one stays shown or
        undoable. The new database's checks and daily backup run after the next paint,
        on a pool thread."""
        old = self.ws
        self.labeler.cancel(quiet=True)
        self._write_after_paint()
        self.time_keeper.stop()  # the time on the old document, written to it
        self.commands.close_all()
        self.flow.close_dialogs()
        self.open_checks.drop()
        self.open_checks.deleteLater()
        self.suggestions.set_workspace(workspace.url)
        self.doc_model.set_workspace(workspace)
        self._drop_undo()
        self.session.set_workspace(workspace, annotator)
        self.ws, self.annotator, self.doc_model.annotator = workspace, annotator, annotator
        self.project = None
        self._statuses.clear()
        self._selection_shown = None
        # Closed on the writing thread after its last time record (the close waits for
        # the disk too); a -wal replaced under the window is said once it is closed.
        closing = self.session.after_writes(old.close)
        closing.signals.finished.connect(lambda _none: self._closed_notes(old))
        self.destroyed.connect(workspace.close)
        self._show_new_database()
        self.reload_projects()
        self.flow.reopen_last()

    def _write_after_paint(self) -> None:
        """Hold the session's writes (the old document's time record; at a database
        switch, closing the old database) until the text view's next paint: the
        writing thread's Python would otherwise take the GIL from that paint."""
        self.session.hold_writes()
        after_next_paint(self.text_view.viewport(), self.session.release_writes)

    def _closed_notes(self, old: Workspace) -> None:
        for note in old.db.close_notes:  # a -wal replaced under the window
            QMessageBox.warning(
                self, QCoreApplication.translate("MainWindow", "Annotator"), message_text(note)
            )

    def _drop_undo(self) -> None:
        """Forget every document's undo stack: their commands edit the old database."""
        for stack in self._stacks.values():
            self.undo_group.removeStack(stack)
            stack.clear()
            stack.deleteLater()
        self._stacks.clear()

    def _show_new_database(self) -> None:
        """The status bar, banners, filters, notes search and role of a window moved to
        another database, before its projects are listed."""
        self.status.set_database(self.ws.db.display)
        self.status.set_annotator(self.annotator)
        self.status.set_project("")
        self.progress_label.clear()
        self.banners.read_only.hide()
        self.banners.show_problems([])
        panel = self.doc_panel
        for widget, clear in (
            (panel.filter_box, panel.filter_box.clear),
            (panel.status_box, lambda: panel.status_box.setCurrentIndex(0)),
            (panel.assigned_box, lambda: panel.assigned_box.setChecked(False)),
            (self.notes_panel.search, self.notes_panel.search.clear),
        ):
            blocked = widget.blockSignals(True)
            clear()
            widget.blockSignals(blocked)
        self.notes_panel.show_results([])
        self.session.clear()
        self.panels.clear_document(self._schema_shown)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Annotator"))
        clear_role(self)
        self._guard_database()
        apply_role(self)

    def reload_projects(self) -> None:
        """Re-read the projects (after an import or a schema edit) and show the current one."""
        projects = self.ws.projects()
        current = self.project.id if self.project else None
        self.project_box.set_projects(projects, current)
        if not projects:
            self.notify(
                QCoreApplication.translate(
                    "MainWindow",
                    "This database has no project yet: import documents with File > Import…",
                )
            )
            return
        chosen = next((p for p in projects if p.id == current), None)
        if chosen is None:
            # At start, the project last worked on in this database (then its last
            # document: flow.reopen_last), else the first.
            first = (self.flow.remembered_project(projects) if current is None else None) or (
                projects[0]
            )
            self.switch_project(int(first.id), first)
            return
        self.set_project(chosen)
        if self.session.document is not None:
            self.session.load(int(self.session.document.id), chosen)

    def switch_project(self, project_id: int, project: Project | None = None) -> None:
        """Show another project: its documents, palette and progress; open its first.
        ``project`` is the project just read with its schema (then not read again)."""
        if self.session.document is not None:
            # The time on the old document, written once (_open then finds no clock),
            # after the new project's first document has painted.
            self._write_after_paint()
            self.time_keeper.stop()
        if project is None or int(project.id) != project_id:
            project = self.ws.project(project_id)
        self.set_project(project)
        summary = self.doc_model.summary(0)
        if summary is not None:
            self._open(int(summary.id), project)
            return
        self.time_keeper.stop()
        self.session.clear()
        self.panels.clear_document(project.schema)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Annotator"))
        self.notify(
            QCoreApplication.translate(
                "MainWindow", "This project has no documents yet: File > Import… adds some"
            )
        )

    def set_project(self, project: Project) -> None:
        self.project = project
        self.project_box.select(int(project.id))
        self.doc_panel.show_project(int(project.id))
        # The list's layout now, not on the view's delayed-layout timer: that timer
        # came after the first paint and painted every visible row a second time.
        if project.schema != self._schema_shown:
            # Label keys, menu, palette, Guidelines and the find bar's labels are built
            # again only for another schema (projects made from one schema share them).
            self._schema_shown = project.schema
            labeler = self.labeler
            self.acts.install_schema(
                project.schema,
                self.text_view,
                self.label_menu,
                labeler.label,
                labeler.start_relation,
            )
            self.label_palette.set_schema(project.schema)
            self.guidelines.set_schema(project.schema)
            self.find_bar.set_schema(project.schema)
        self.acts[ActionId.INDEPENDENT].setChecked(project.independent)
        self.status.set_project(project.name)
        self._show_progress()

    def open_document(self, document_id: str | int) -> None:
        """Open a document by its external id (as in exported JSONL) or database id."""
        if isinstance(document_id, int):
            self._open(document_id)
            return
        project, doc = self.ws.find_document(
            document_id, int(self.project.id) if self.project is not None else None
        )
        if self.project is None or project.id != self.project.id:
            self.set_project(project)
        self._open(int(doc.id))

    def open_at(self, document_id: int, start: int, end: int) -> None:
        """Open a document with code points ``[start, end)`` selected (a search hit)."""
        self._open(document_id)
        if self.session.document is not None and int(self.session.document.id) == document_id:
            if end > start:
                self.text_view.select_range(start, end)
            self.text_view.setFocus()

    def _open(self, document_id: int, project: Project | None = None) -> None:
        self.flush_time()
        self.labeler.cancel(quiet=True)
        try:
            self.session.load(document_id, project)
        except Exception as exc:  # say why instead of failing silently
            self.errors.append(describe(exc))
            self.status.message(
                QCoreApplication.translate("MainWindow", "Cannot open the document: {exc}").format(
                    exc=describe(exc)
                ),
                15000,
            )
            return
        stack = self._stacks.get(document_id)
        if stack is None:
            stack = self._stacks[document_id] = QUndoStack(self.undo_group)
        self.undo_group.setActiveStack(stack)
        self.doc_panel.select_document(document_id)
        self.time_keeper.start()
        self.text_view.setFocus()

    def _loaded(self) -> None:
        s = self.session
        assert s.document is not None
        self.text_view.set_content(
            s.text, s.spans.values(), s.schema, s.clusters, s.utf16, s.relations.values()
        )
        self._show_referents()
        self.find_bar.set_text(s.text, s.clusters)
        self._refresh_layer()
        self.setWindowTitle(self.flow.window_title())
        self.flow.document_loaded()
        if not s.preview_of:  # as read now: another process may have changed it since
            self.doc_model.update_row(int(s.document.id), status=s.status, span_count=len(s.spans))
        if s.adopted_from:
            self.notify(
                QCoreApplication.translate(
                    "MainWindow", "Sample article: {adopted_from}'s labels are now yours to edit"
                ).format(adopted_from=s.adopted_from)
            )
        elif s.preview_of:
            self.notify(
                QCoreApplication.translate(
                    "MainWindow",
                    "Showing {preview_of}'s labels read-only (the database is read-only)",
                ).format(preview_of=s.preview_of)
            )

    def _refresh_layer(self) -> None:
        s = self.session
        self.table_model.set_layer(s.text, s.spans, s.relations, s.schema)
        self._selection_shown = None  # the table was reset: select in every panel again
        if s.document is not None:
            self._statuses[int(s.document.id)] = s.status
        self._reselect()

    def _reselect(self) -> None:
        selected = self.text_view.selected_span
        self.select_span(selected if self.session.span(selected) else None, scroll=False)

    def _show_spans(self, changes: Changes, _source: object = None) -> None:
        """The text view's part of an edit: its spans and links drawn anew."""
        removed = [*changes.spans_removed, *(b for b, _ in changes.spans_updated)]
        added = [*changes.spans_added, *(a for _, a in changes.spans_updated)]
        if removed or added:
            self.text_view.update_spans(removed, added)
        if changes.relations_removed or changes.relations_added:
            self.text_view.update_relations(changes.relations_removed, changes.relations_added)

    def _schema_changed(self, changes: Changes, _source: object = None) -> None:
        """The schema editor saved this project's schema: the palette, the Guidelines
        dock, the label keys and menu show it, and the open layer is read again (a
        renamed label, spans of a removed one gone)."""
        if self.project is not None and self.project.id in changes.schemas:
            self.reload_projects()

    def _show_state(self, changes: Changes, _source: object = None) -> None:
        """A layer of this annotator changed: its row in the document list shows the new
        status (and span count, for the open one); the progress is counted again only
        when a status changed."""
        state = changes.state
        if state is None or state.annotator != self.annotator:
            return
        doc_id = int(state.document_id)
        shown = self.session.document
        count = len(self.session.spans) if shown is not None and int(shown.id) == doc_id else None
        self.doc_model.update_row(doc_id, status=state.status, span_count=count)
        if self._statuses.get(doc_id) is not state.status:
            self._statuses[doc_id] = state.status
            self._show_progress()

    def _select_after(self, changes: Changes, source: object) -> None:
        """The selection after an edit, set once: the window's own edit selects the span
        it made or changed (a referent edit excepted); otherwise the selected span stays
        if it still exists."""
        if changes.notes_after is not None and not changes.edits_layer:
            return  # a note edit: the notes panels showed it (FlowCommands.on_changes)
        own = changes.span if source is self.session else None
        if changes.referents_after is not None:  # who a mention is: the selection stays
            own = None
        if own is not None and self.session.span(own.id) is not None:
            self.select_span(own.id)
            return
        self._reselect()

    # Selection ----------------------------------------------------------------

    def select_span(self, span_id: int | None, scroll: bool = True) -> None:
        """Show ``span_id`` selected in the text, the table, the details and its note;
        asked again for the same span, unchanged, only the scroll request is honoured,
        so an edit updates the panels once however many parts ask for its span."""
        s = self.session
        span = s.span(span_id)
        relations = s.relations_of(span.id) if span else []
        note = s.span_notes.get(span.id) if span else None
        shown = (span, tuple(relations), note, self.labeler.pick is None)
        if shown == self._selection_shown and self.text_view.selected_span == (
            span.id if span else None
        ):
            if scroll and span is not None:
                self.text_view.set_selected_span(span.id, scroll=True)
            return
        self._selection_shown = shown
        self.text_view.set_selected_span(span.id if span else None, scroll=scroll)
        if self.labeler.pick is None:  # show what the span is linked to
            self.text_view.set_candidates(
                [r.to_span if r.from_span == span.id else r.from_span for r in relations]
                if span
                else []
            )
        self.table.select_span(span.id if span else None)
        self.details.show_span(span, s.schema, s.text, relations, s.spans)
        self.span_note.show_note(span.id if span else None, note)

    def _span_clicked(self, span_id: int) -> None:
        if self.labeler.pick is not None:
            self.labeler.choose(span_id)
        else:
            self.select_span(span_id, scroll=False)

    def _empty_clicked(self) -> None:
        if self.labeler.pick is not None:
            self.labeler.cancel()
        else:
            self.select_span(None)

    def _table_row(self, current: object, _previous: object) -> None:
        # Only the user moving through the table selects a span: rows moving under a
        # removed or added one must not change the selection.
        if not self.table.hasFocus():
            return
        span_id = self.table.current_span_id()
        if span_id is not None and span_id != self.text_view.selected_span:
            self.select_span(span_id)

    # Commands -----------------------------------------------------------------

    def _push(self, command: QUndoCommand) -> None:
        stack = self.undo_group.activeStack()
        if stack is not None:
            stack.push(command)

    def _delete(self) -> None:
        if self.table.hasFocus():
            self.labeler.delete(self.table.current_span_id())
        else:
            self.labeler.delete()

    def _edit_attrs(self) -> None:
        if not self.details.focus_first():
            self.notify(
                QCoreApplication.translate("MainWindow", "Select a span with attributes first")
            )

    def _escape(self) -> None:
        if self.labeler.pick is not None:
            self.labeler.cancel()
        elif self.find_bar.isVisible():
            self.find_bar.close_bar()

    def _resize(self, edge: str, step: int, unit: Unit) -> None:
        """Resize the selected span; with none selected the keys select text as usual."""
        if self.session.span(self.text_view.selected_span) is None and self.labeler.pick is None:
            self.text_view.move_cursor_by_word(edge, step, unit)
        else:
            self.labeler.resize(edge, step, unit)

    def undo_step(self, *, redo: bool) -> None:
        """Undo or redo one step and say which ("Undid: PER কিম"), selecting its span."""
        stack = self.undo_group.activeStack()
        if stack is None or not (stack.canRedo() if redo else stack.canUndo()):
            self.notify(
                QCoreApplication.translate("MainWindow", "Nothing to redo")
                if redo
                else QCoreApplication.translate("MainWindow", "Nothing to undo")
            )
            return
        index = stack.index() if redo else stack.index() - 1
        command = stack.command(index)
        text = stack.redoText() if redo else stack.undoText()
        self.labeler.cancel(quiet=True)
        if redo:
            stack.redo()
        else:
            stack.undo()
        self.notify(
            (
                QCoreApplication.translate("MainWindow", "Redid: {step}")
                if redo
                else QCoreApplication.translate("MainWindow", "Undid: {step}")
            ).format(step=text)
        )
        key = getattr(command, "focus_key", None)
        span_id = self.session.id_of(key) if key is not None else None
        if span_id is not None and self.session.span(span_id) is not None:
            self.select_span(span_id)

    def _ask_match(self, start: int, end: int) -> QMessageBox.StandardButton:
        """The label-all question for one match: label, text, sentence, beside the match."""
        bar, text = self.find_bar, self.session.text
        number = bar.matches.index((start, end)) if (start, end) in bar.matches else 0
        lo, hi = sentence_around(text, start, end)
        cut = lo > 0 and text[lo - 1] not in SENTENCE_ENDS
        sentence = ("…" if cut else "") + text[lo:hi]
        view = self.text_view
        rect = view.cursorRect()
        anchor = rect.translated(view.viewport().mapToGlobal(rect.topLeft()) - rect.topLeft())
        question = MatchQuestion(
            label=bar.label_box.currentText(),
            text=text[start:end],
            query=bar.query.text(),
            sentence=sentence,
            number=number + 1,
            total=len(bar.matches),
            anchor=anchor,
        )
        return ask_label_match(self, question)

    def _set_cluster_mode(self, clusters: bool) -> None:
        self.text_view.snap_words = not clusters
        self._update_settings(snap_to_words=not clusters)

    def _zoom(self, step: int) -> None:
        self.text_view.zoom(step)
        self._update_settings(font_size=self.text_view.font_size)

    def label_all(self, label: str, matches: list[tuple[int, int]]) -> int:
        """Label each match after a per-match confirm; returns how many were labelled."""
        bar = self.find_bar

        def confirm(start: int, end: int) -> QMessageBox.StandardButton:
            if (start, end) in bar.matches:  # the counter follows the question
                bar.show_position(bar.matches.index((start, end)))
            return self.confirm_match(start, end)

        made = self.labeler.label_all(label, matches, confirm)
        self.notify(
            QCoreApplication.translate(
                "MainWindow", "Labelled {made} of {n_matches} matches as {label}"
            ).format(made=made, n_matches=number(len(matches)), label=label)
            + (
                QCoreApplication.translate("MainWindow", " (Ctrl+Z undoes them all)")
                if made > 1
                else ""
            )
        )
        return made

    def done_and_next(self) -> None:
        if self.session.document is None:
            return
        if self.labeler.set_status(Status.DONE):
            self.step_document(1, unfinished=True)

    def step_document(self, direction: int, *, unfinished: bool = False) -> None:
        """Open the next/previous document in the list (only unfinished ones if asked)."""
        if self.session.document is None:
            return
        summary, reason = next_document(
            self.doc_model, int(self.session.document.id), direction, unfinished=unfinished
        )
        if summary is None:
            self.notify(reason)
        else:
            self._open(int(summary.id))

    # Status bar, errors, time, settings -------------------------------------------

    def notify(self, message: str) -> None:
        self.status.message(message)

    def show_error(self, message: str) -> None:
        self.errors.append(message)
        self.status.set_saved(False)
        self.status.message(
            QCoreApplication.translate("MainWindow", "Not saved: {message}").format(
                message=message
            ),
            15000,
        )
        warn(self, QCoreApplication.translate("MainWindow", "Edit not saved"), message)

    def _show_progress(self) -> None:
        if self.project is not None:
            self.status.set_progress(self.ws.status_counts(int(self.project.id), self.annotator))

    def flush_time(self) -> None:
        if self.session.document is not None:
            self.time_keeper.flush()

    def set_annotator(self, name: str) -> None:
        self.flush_time()
        self.annotator = self.session.annotator = self.doc_model.annotator = name
        self._update_settings(annotator=name)
        self.status.set_annotator(self.annotator)
        self.doc_model.refresh()
        self._show_progress()
        self._drop_undo()  # their commands edit the other annotator's layers
        self._statuses.clear()
        self.session.forget_keys()
        if self.session.document is not None:
            self._open(int(self.session.document.id))

    def _update_settings(self, **changes: object) -> None:
        self.settings = replace(self.settings, **changes)  # type: ignore[arg-type]
        if self._save_settings:
            save_settings(self.settings)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.panels.fit(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.panels.fit(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Finish what is running, record the last time, then close the database, so
        nothing writes after the window is gone."""
        self.commands.close_all()
        self.suggestions.shutdown()
        self.open_checks.wait()
        self.labeler.cancel(quiet=True)
        self.time_keeper.stop()
        self.session.finish_writes()  # the last time record, before the database closes
        self.panels.save_state(self)
        self.flow.remember()
        self.ws.close()
        for note in self.ws.db.close_notes:  # a -wal replaced under the window
            QMessageBox.warning(
                self, QCoreApplication.translate("MainWindow", "Annotator"), message_text(note)
            )
        super().closeEvent(event)
