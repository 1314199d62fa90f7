"""The curation view of one document: every annotator's spans merged, disagreements marked.

One row per distinct (start, end, label); a column per annotator shows who marked it,
and the Gold column what the gold layer holds. Agreed rows are green, disputed ones
orange. Keys: A accepts the selected row (or relation) into gold, Ctrl+Shift+A
accepts everything all annotators agree on, Delete removes the row from gold.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.actions import CurationActionId, dialog_actions
from annotator.gui.dialogs import show_modeless
from annotator.gui.table_models import RowTableModel, make_table_view
from annotator.model import Relation, Span
from annotator.service import ServiceError, Workspace
from annotator.service.adjudication import (
    GOLD,
    accept_agreed,
    accept_relation,
    accept_span,
    curation,
    span_key,
)

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
        return ["Span", "Text", "Label", *self.annotators, "Gold"]

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
            who = ", ".join(row.spans) or "nobody (gold only)"
            return f"{row.label} {row.start}–{row.end}, marked by {who}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.SPAN:
            return f"{row.start}–{row.end}"
        if column == self.TEXT:
            return row.text
        if column == self.LABEL:
            return row.label
        if column == self.gold_column:
            return MARK if row.gold else ""
        return MARK if self.annotators[column - 3] in row.spans else ""


class RelationModel(RowTableModel):
    """Every relation of the compared annotators and the gold layer, with its ends' text."""

    HEADERS = ("Annotator", "Relation", "From", "To", "In gold")
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
        self.wanted = annotators
        self.setWindowTitle(f"Curation — {self.document.title or self.document.external_id}")
        self.resize(980, 620)
        self.spans = CurationModel(self)
        self.relations = RelationModel(self)
        self.span_view = make_table_view(self, self.spans)
        self.relation_view = make_table_view(self, self.relations)
        self.message = QLabel(self)
        self.message.setObjectName("curationMessage")
        self.accept_button = QPushButton("Accept into gold (A)", self)
        self.agreed_button = QPushButton("Accept all agreed (Ctrl+Shift+A)", self)
        self.remove_button = QPushButton("Remove from gold (Del)", self)
        actions = dialog_actions(self)
        self.accept_action = actions[CurationActionId.ACCEPT]
        self.agreed_action = actions[CurationActionId.ACCEPT_AGREED]
        self.remove_action = actions[CurationActionId.REMOVE_GOLD]

        buttons = QHBoxLayout()
        for button in (self.accept_button, self.agreed_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Spans: green = all agree, orange = disputed"))
        layout.addWidget(self.span_view, 3)
        layout.addWidget(QLabel("Relations"))
        layout.addWidget(self.relation_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        # Connect signals
        self.accept_action.triggered.connect(self.accept_selected)
        self.agreed_action.triggered.connect(self.accept_all_agreed)
        self.remove_action.triggered.connect(self.remove_selected_from_gold)
        self.accept_button.clicked.connect(self.accept_selected)
        self.agreed_button.clicked.connect(self.accept_all_agreed)
        self.remove_button.clicked.connect(self.remove_selected_from_gold)

        self.reload()

    # Loading --------------------------------------------------------------------

    def reload(self) -> None:
        text = self.document.text
        items = curation(self.ws, self.document.id, self.wanted)
        annotators = (
            list(self.wanted)
            if self.wanted
            else sorted({name for item in items for name in item.annotators})
        )
        gold = {span_key(s): s for s in self.ws.layer(self.document.id, GOLD).spans}
        rows = [
            CurationRow(
                item.start,
                item.end,
                item.label,
                _short(text[item.start : item.end]),
                dict(zip(item.annotators, item.spans, strict=True)),
                gold.get((item.start, item.end, item.label)),
                item.agreed,
            )
            for item in items
        ]
        seen = {(r.start, r.end, r.label) for r in rows}
        rows += [
            CurationRow(s.start, s.end, s.label, _short(text[s.start : s.end]), {}, s, False)
            for key, s in gold.items()
            if key not in seen
        ]
        rows.sort(key=lambda r: (r.start, -r.end, r.label))
        self.spans.set_layers(annotators, rows)

        relation_rows: list[tuple[Relation, str, str, bool]] = []
        gold_layer = self.ws.layer(self.document.id, GOLD)
        gold_by_id = {s.id: span_key(s) for s in gold_layer.spans}
        gold_relations = {
            (r.type, gold_by_id[r.from_span], gold_by_id[r.to_span]) for r in gold_layer.relations
        }
        for name in [*annotators, GOLD]:
            layer = gold_layer if name == GOLD else self.ws.layer(self.document.id, name)
            by_id = {s.id: s for s in layer.spans}
            for rel in layer.relations:
                source, target = by_id[rel.from_span], by_id[rel.to_span]
                key = (rel.type, span_key(source), span_key(target))
                relation_rows.append(
                    (
                        rel,
                        f"{source.label} {_short(text[source.start : source.end], 30)}",
                        f"{target.label} {_short(text[target.start : target.end], 30)}",
                        key in gold_relations,
                    )
                )
        self.relations.set_rows(relation_rows)

    # Actions --------------------------------------------------------------------

    def _selected(self, view: QTableView, role: int) -> Any:
        rows = view.selectionModel().selectedRows()
        return rows[0].data(role) if rows else None

    def _done(self, changes: Any, message: str) -> None:
        self.reload()
        self.message.setText(message)
        self.gold_changed.emit(changes)

    def accept_selected(self) -> None:
        """Accept the selected relation if the relation table has focus, else the span row."""
        try:
            if self.relation_view.hasFocus():
                relation = self._selected(self.relation_view, RelationModel.RelationRole)
                if relation is not None:
                    changes = accept_relation(self.ws, relation.id)
                    self._done(changes, f"accepted the {relation.type} relation")
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
            self._done(changes, f"accepted {row.label} “{row.text}” from {chosen}")
        except ServiceError as exc:
            self.message.setText(str(exc))

    def accept_all_agreed(self) -> None:
        try:
            changes = accept_agreed(self.ws, self.document.id, self.wanted)
        except ServiceError as exc:
            self.message.setText(str(exc))
            return
        self._done(
            changes,
            f"accepted {len(changes.spans_added)} agreed spans and "
            f"{len(changes.relations_added)} relations",
        )

    def remove_selected_from_gold(self) -> None:
        row: CurationRow | None = self._selected(self.span_view, CurationModel.RowRole)
        if row is None or row.gold is None:
            return
        changes = self.ws.delete_span(row.gold.id, GOLD)
        self._done(changes, f"removed {row.label} “{row.text}” from gold")


def open_curation(
    workspace: Workspace,
    document_id: int,
    annotators: list[str] | None = None,
    parent: QWidget | None = None,
) -> CurationDialog:
    """Show the curation view of a document (non-modal) and return it."""
    return show_modeless(CurationDialog(workspace, document_id, annotators, parent))
