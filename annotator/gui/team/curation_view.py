"""The curation view of one document: every annotator's spans merged, disagreements marked.

One row per distinct (start, end, label); a column per annotator shows who marked it,
and the Gold column what the gold layer holds. Agreed rows are green, disputed ones
orange. Ctrl+T switches to the side-by-side mode (:mod:`.side_by_side`): the text once
per annotator and once for gold, disputed spans outlined in red; clicking a span there
selects its row, and in the gold pane the schema's label keys label the selected text.
Keys: A accepts the selected row (or relation) into gold, Ctrl+Shift+A accepts
everything all annotators agree on, Delete removes the row from gold, Ctrl+G opens the
gold layer in the main window to edit it there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.actions import CurationActionId, dialog_actions
from annotator.gui.dialogs import show_modeless
from annotator.gui.error_text import describe
from annotator.gui.i18n import QT_TRANSLATE_NOOP, number
from annotator.gui.table_models import make_table_view
from annotator.gui.team.curation_models import CurationModel, RelationModel, version_text
from annotator.gui.team.side_by_side import SideBySideView
from annotator.model import Layer, Span, Status
from annotator.service import Changes, ServiceError, Workspace
from annotator.service.adjudication import (
    GOLD,
    Renamed,
    VersionKey,
    accept_agreed,
    accept_relation,
    accept_span,
    revert,
    version_key,
)
from annotator.service.curation import CurationRow, CurationTable, curation_table

if TYPE_CHECKING:
    from annotator.gui.context import WindowContext

MERGED_LEGEND = QT_TRANSLATE_NOOP("CurationDialog", "Spans: green = all agree, orange = disputed")
SIDE_LEGEND = QT_TRANSLATE_NOOP(
    "CurationDialog",
    "Side by side: red outline = not marked alike by every annotator, dashed = others "
    "marked it, this layer did not. Click a span to pick that version, A accepts it; "
    "in the gold pane, label keys label the selected text",
)


def notes_text(text: str, layers: list[Layer]) -> str:
    """Every version's notes, one per line: "asha — PER কিম: unsure …", "asha: …"."""
    lines = []
    for layer in layers:
        spans = {s.id: s for s in layer.spans}
        for note in layer.notes:
            span = spans.get(note.span_id) if note.span_id is not None else None
            where = f" — {span.label} {_short(text[span.start : span.end], 30)}" if span else ""
            lines.append(f"{layer.annotator}{where}: {' '.join(note.text.split())}")
    return "\n".join(lines)


def _signature(layer: Layer) -> tuple[Any, ...]:
    """What identifies a layer's state: its spans' ids and versions, its relations."""
    return (
        tuple((s.id, s.version) for s in layer.spans),
        tuple(r.id for r in layer.relations),
    )


def _can_open_gold(window: object) -> bool:
    """Whether ``window`` is a main window that can switch annotator and document."""
    return callable(getattr(window, "set_annotator", None)) and callable(
        getattr(window, "open_document", None)
    )


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CurationDialog(QDialog):
    """Adjudicate one document into the gold layer."""

    gold_changed = Signal(object)  # the Changes of each accept or removal

    def __init__(
        self,
        workspace: Workspace,
        document_id: int,
        annotators: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.document = workspace.document(document_id)
        self.schema = workspace.project(int(self.document.project_id)).schema
        self.wanted = annotators
        # The main window, when it opened this view (see open_curation).
        self.window_context: WindowContext | None = None
        self._gold_seen: tuple[Any, ...] = ()
        self._layers: dict[str, Layer] = {}
        self._gold_layer: Layer | None = None
        self._disputed_keys: set[VersionKey] = set()
        self.table: CurationTable | None = None
        self.setWindowTitle(
            QCoreApplication.translate("CurationDialog", "Curation — {title}").format(
                title=self.document.title or self.document.external_id
            )
        )
        self.resize(980, 620)
        self.spans = CurationModel(self)
        self.relations = RelationModel(self)
        self.span_view = make_table_view(self, self.spans)
        self.relation_view = make_table_view(self, self.relations)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # errors quote labels and names
        self.message.setObjectName("curationMessage")
        self.undo_stack = QUndoStack(self)
        self._renamed = Renamed()  # spans its undo steps re-created, for the later steps
        for action, keys in (
            (
                self.undo_stack.createUndoAction(self, self.tr("Undo")),
                QKeySequence.StandardKey.Undo,
            ),
            (
                self.undo_stack.createRedoAction(self, self.tr("Redo")),
                QKeySequence.StandardKey.Redo,
            ),
        ):
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.accept_button = QPushButton(
            QCoreApplication.translate("CurationDialog", "Accept into gold (A)"), self
        )
        self.agreed_button = QPushButton(
            QCoreApplication.translate("CurationDialog", "Accept all agreed (Ctrl+Shift+A)"), self
        )
        self.remove_button = QPushButton(
            QCoreApplication.translate("CurationDialog", "Remove from gold (Del)"), self
        )
        self.side_by_side = SideBySideView(self)
        self.span_stack = QStackedWidget(self)
        self.span_stack.addWidget(self.span_view)
        self.span_stack.addWidget(self.side_by_side)
        self.legend = QLabel(self.tr(MERGED_LEGEND), self)
        self.legend.setWordWrap(True)
        actions = dialog_actions(self)
        self.accept_action = actions[CurationActionId.ACCEPT]
        self.agreed_action = actions[CurationActionId.ACCEPT_AGREED]
        self.remove_action = actions[CurationActionId.REMOVE_GOLD]
        self.mode_action = actions[CurationActionId.SIDE_BY_SIDE]
        self.edit_gold_action = actions[CurationActionId.EDIT_GOLD]
        self.mode_button = QToolButton(self)
        self.mode_button.setDefaultAction(self.mode_action)
        self.mode_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.mode_action.setToolTip(
            QCoreApplication.translate(
                "CurationDialog", "Switch between the merged table and side-by-side panes"
            )
        )
        self.edit_gold_button = QToolButton(self)
        self.edit_gold_button.setDefaultAction(self.edit_gold_action)
        self.edit_gold_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.edit_gold_action.setToolTip(
            QCoreApplication.translate(
                "CurationDialog",
                "Switch the main window to the gold layer of this document, to edit it there",
            )
        )
        self.edit_gold_action.setEnabled(_can_open_gold(parent))

        top = QHBoxLayout()
        top.addWidget(self.legend, 1)
        top.addWidget(self.mode_button)
        top.addWidget(self.edit_gold_button)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.agreed_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.close_button = QPushButton(QCoreApplication.translate("CurationDialog", "Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.close_button)
        self.notes_view = QPlainTextEdit(self)  # each version's notes, read-only
        self.notes_view.setObjectName("curationNotes")
        self.notes_view.setReadOnly(True)
        self.notes_view.setMaximumHeight(90)
        self.notes_view.setPlaceholderText(
            QCoreApplication.translate(
                "CurationDialog", "No annotator left a note on this document"
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.span_stack, 3)
        layout.addWidget(QLabel(QCoreApplication.translate("CurationDialog", "Relations")))
        layout.addWidget(self.relation_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.notes_view)
        layout.addWidget(self.message)

        # Connect signals
        self.accept_action.triggered.connect(self.accept_selected)
        self.agreed_action.triggered.connect(self.accept_all_agreed)
        self.remove_action.triggered.connect(self.remove_selected_from_gold)
        self.accept_button.clicked.connect(self.accept_selected)
        self.agreed_button.clicked.connect(self.accept_all_agreed)
        self.remove_button.clicked.connect(self.remove_selected_from_gold)
        self.mode_action.toggled.connect(self.set_side_by_side)
        self.edit_gold_action.triggered.connect(self.open_gold_in_window)
        self.side_by_side.span_picked.connect(self.select_span)
        self.side_by_side.gold_label_requested.connect(self.label_gold)

        self.reload()

    # Loading --------------------------------------------------------------------

    def reload(self) -> None:
        """Read the curation table again (the service merges the compared layers and
        gold) and refill the table, relations, notes and (side by side) the panes."""
        self.table = table = curation_table(self.ws, self.document.id, self.wanted)
        self.spans.set_table(table)
        self.relations.set_table(table)
        self._layers = dict(table.layers)
        self._gold_layer = table.gold
        text = self.document.text
        self.notes_view.setPlainText(notes_text(text, [*self._layers.values(), table.gold]))
        self._gold_seen = _signature(table.gold)
        self._disputed_keys = set(table.disputed)
        if self.is_side_by_side:
            self._refresh_side()

    def refresh_if_gold_changed(self) -> bool:
        """Reload when the gold layer changed elsewhere (edited in the main window)."""
        if _signature(self.ws.layer(self.document.id, GOLD)) == self._gold_seen:
            return False
        key, column = self._current()
        self.reload()
        self._restore(key, column)
        return True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and not self.ws.closed
        ):
            self.refresh_if_gold_changed()

    # Side by side ---------------------------------------------------------------

    @property
    def is_side_by_side(self) -> bool:
        return self.mode_action.isChecked()

    def set_side_by_side(self, on: bool) -> None:
        """Show the side-by-side panes (``on``) or the merged table."""
        if self.mode_action.isChecked() != on:
            self.mode_action.setChecked(on)  # toggled calls back here
            return
        self.span_stack.setCurrentWidget(self.side_by_side if on else self.span_view)
        self.legend.setText(self.tr(SIDE_LEGEND if on else MERGED_LEGEND))
        if on:
            self._refresh_side()
            key = self._current()[0]
            holder = next((p for p in self.side_by_side.panes if p.span_with_key(key)), None)
            if holder is not None:  # bring the row selected in the table into view
                self.side_by_side.select_key(key, scroll_in=holder.annotator)

    def _refresh_side(self) -> None:
        layers = {name: layer.spans for name, layer in self._layers.items()}
        if self._gold_layer is not None:
            layers[GOLD] = self._gold_layer.spans
        disputed = {
            int(s.id)
            for name, spans in layers.items()
            if name != GOLD
            for s in spans
            if version_key(s) in self._disputed_keys
        }
        missing = {
            name: {k[:2] for k in self._disputed_keys} - {(s.start, s.end) for s in spans}
            for name, spans in layers.items()
            if name != GOLD
        }
        self.side_by_side.set_layers(self.document.text, self.schema, layers, disputed, missing)
        for pane in self.side_by_side.panes:  # each layer's links drawn as arcs as well
            shown = self._gold_layer if pane.annotator == GOLD else self._layers.get(pane.annotator)
            if shown is not None:
                pane.view.set_relations(shown.relations, self.schema)
                pane.view.links.set_names({int(r.id): r.name for r in shown.referents})
        self.side_by_side.select_key(self._current()[0])

    def select_span(self, annotator: str, span: Span) -> None:
        """Select the row of ``span`` with ``annotator``'s column current, so that A
        accepts exactly that version (a span clicked in a side-by-side pane)."""
        key = version_key(span)
        names = self.spans.annotators
        column = 3 + names.index(annotator) if annotator in names else self.spans.gold_column
        if not self._restore(key, column):
            return
        who = self.tr("gold") if annotator == GOLD else annotator
        self.message.setText(
            QCoreApplication.translate(
                "CurationDialog",
                "{label} “{text}” from {who}: A accepts it into gold, Del removes it from gold",
            ).format(label=span.label, text=version_text(self.document.text, span), who=who)
        )

    def _current(self) -> tuple[VersionKey | None, int]:
        """The key of the selected row and the current column."""
        row: CurationRow | None = self._selected(self.span_view, CurationModel.RowRole)
        if row is None:
            return None, 0
        return row.key, self.span_view.currentIndex().column()

    def _restore(self, key: VersionKey | None, column: int) -> bool:
        """Select the row of version ``key`` (``column`` current) in the table and panes."""
        number = self.spans.row_of(key)
        if number is None:
            self.side_by_side.select_key(None)
            return False
        self.span_view.setCurrentIndex(self.spans.index(number, column))
        self.side_by_side.select_key(key)
        return True

    def label_gold(self, label: str) -> None:
        """Edit gold directly from its pane: a label key labels the selected text
        (snapped to words) in gold, or relabels the selected gold span."""
        view = self.side_by_side.pane(GOLD).view
        start, end = view.snapped_selection()
        try:
            if start < end:
                changes = self.ws.create_span(self.document.id, GOLD, label, start, end)
                done = self.tr("labeled {label} “{text}” in gold").format(
                    label=label, text=_short(self.document.text[start:end])
                )
            else:
                spans = self._gold_layer.spans if self._gold_layer else ()
                chosen = next((s for s in spans if s.id == view.selected_span), None)
                if chosen is None:
                    self.message.setText(
                        QCoreApplication.translate(
                            "CurationDialog", "select text or a gold span, then press a label key"
                        )
                    )
                    return
                changes = self.ws.update_span(
                    chosen.id, GOLD, label=label, expected_version=chosen.version
                )
                start, end = chosen.start, chosen.end
                done = self.tr("relabeled “{text}” as {label} in gold").format(
                    text=_short(self.document.text[start:end]), label=label
                )
        except ServiceError as exc:
            self.message.setText(describe(exc))
            return
        view.select_range(start, start)  # the next key relabels the span, not the text
        self.reload()
        if changes.span is not None:
            self._restore(version_key(changes.span), self.spans.gold_column)
        self.message.setText(done)
        self._committed(changes, done)

    def on_changes(self, changes: Changes, source: object) -> None:
        """The window's broadcast: an edit made elsewhere (the main window's, working as
        ``gold`` or as a compared annotator) of a layer this view shows refreshes it at
        once; so does a layer marked done, which joins the compared ones, and a schema
        edit of the project (a label renamed, or removed with its spans)."""
        if source is self:
            return
        doc = int(self.document.id)
        schema = self.document.project_id in changes.schemas
        if schema:
            self.schema = self.ws.project(int(self.document.project_id)).schema
        shown = {GOLD, *self.spans.annotators}
        touched = {name for d, name in changes.layers() if d == doc}
        finished = (
            self.wanted is None
            and doc in changes.documents
            and changes.state is not None
            and changes.state.status is Status.DONE
        )
        if schema or touched & shown or finished:
            key, column = self._current()
            self.reload()
            self._restore(key, column)

    def open_gold_in_window(self) -> None:
        """Edit gold with the normal labeling keys: the main window switches its
        annotator to ``gold`` and opens this document."""
        window = self.window_context
        if window is None or not _can_open_gold(window):
            self.message.setText(
                QCoreApplication.translate(
                    "CurationDialog", "no main window to open the gold layer in"
                )
            )
            return
        window.set_annotator(GOLD)
        window.open_document(int(self.document.id))
        window.parent_widget().raise_()
        window.parent_widget().activateWindow()
        self.message.setText(
            QCoreApplication.translate(
                "CurationDialog",
                "the main window now edits the gold layer; this view refreshes when you come back",
            )
        )

    # Actions --------------------------------------------------------------------

    def _selected(self, view: QTableView, role: int) -> Any:
        rows = view.selectionModel().selectedRows()
        return rows[0].data(role) if rows else None

    def _done(self, changes: Any, message: str) -> None:
        key, column = self._current()
        self.reload()
        self._restore(key, column)
        self.message.setText(message)
        self._committed(changes, message)

    def _committed(self, changes: Changes, message: str) -> None:
        """An edit of gold: broadcast it, and make it undoable (Ctrl+Z in this view)."""
        self.gold_changed.emit(changes)
        edited = (changes.spans_added, changes.spans_removed, changes.spans_updated)
        linked = (changes.relations_added, changes.relations_removed)
        if any(edited) or any(linked):
            self.undo_stack.push(_GoldEdit(self, changes, message))

    def _apply_revert(self, changes: Changes) -> Changes:
        """Revert ``changes`` in gold (undo or redo), show and broadcast the result."""
        try:
            result = revert(self.ws, changes, renamed=self._renamed)
        except ServiceError as exc:
            self.message.setText(describe(exc))
            return Changes()
        key, column = self._current()
        self.reload()
        self._restore(key, column)
        self.gold_changed.emit(result)
        return result

    def accept_selected(self) -> None:
        """Accept the selected relation if the relation table has focus, else the span row."""
        try:
            if self.relation_view.hasFocus():
                relation = self._selected(self.relation_view, RelationModel.RelationRole)
                if relation is not None:
                    changes = accept_relation(self.ws, relation.id)
                    self._done(
                        changes,
                        self.tr("accepted the {relation} relation").format(relation=relation.type),
                    )
                return
            row: CurationRow | None = self._selected(self.span_view, CurationModel.RowRole)
            if row is None or not row.spans:
                return
            column = self.span_view.currentIndex().column() - 3
            names = self.spans.annotators
            chosen = (
                names[column]
                if 0 <= column < len(names) and names[column] in row.spans
                else next(iter(row.spans))
            )
            _gold, changes = accept_span(self.ws, row.spans[chosen].id, replace=True)
            self._done(
                changes,
                self.tr("accepted {label} “{text}” from {who}").format(
                    label=row.label, text=version_text(self.document.text, row.span), who=chosen
                ),
            )
        except ServiceError as exc:
            self.message.setText(describe(exc))

    def accept_all_agreed(self) -> None:
        try:
            changes = accept_agreed(self.ws, self.document.id, self.wanted)
        except ServiceError as exc:
            self.message.setText(describe(exc))
            return
        self._done(
            changes,
            self.tr("accepted {spans} agreed spans and {relations} relations").format(
                spans=number(len(changes.spans_added)),
                relations=number(len(changes.relations_added)),
            ),
        )

    def remove_selected_from_gold(self) -> None:
        row: CurationRow | None = self._selected(self.span_view, CurationModel.RowRole)
        if row is None or row.gold is None:
            return
        changes = self.ws.delete_span(row.gold.id, GOLD)
        self._done(
            changes,
            self.tr("removed {label} “{text}” from gold").format(
                label=row.label, text=version_text(self.document.text, row.span)
            ),
        )


class _GoldEdit(QUndoCommand):
    """One curation edit of gold; undo reverts it through the service, redo reverts the
    revert (recreated spans get new ids, so each step keeps what it did)."""

    def __init__(self, dialog: CurationDialog, changes: Changes, text: str) -> None:
        super().__init__(text)
        self.dialog = dialog
        self.changes = changes
        self.first = True  # pushing must not apply it again: it is committed

    def undo(self) -> None:
        self.changes = self.dialog._apply_revert(self.changes)

    def redo(self) -> None:
        if self.first:
            self.first = False
            return
        self.changes = self.dialog._apply_revert(self.changes)


def open_curation(
    workspace: Workspace,
    document_id: int,
    annotators: list[str] | None = None,
    parent: QWidget | None = None,
    window: WindowContext | None = None,
) -> CurationDialog:
    """Show the curation view of a document (non-modal) and return it; ``window`` is the
    main window that can open the gold layer for editing."""
    dialog = CurationDialog(workspace, document_id, annotators, parent)
    dialog.window_context = window
    return show_modeless(dialog)
