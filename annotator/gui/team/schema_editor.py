"""The schema editor: labels, relation types and span attributes of one project.

Labels remember the name they were loaded with, so editing a name is saved as a
rename (every span keeps it) rather than as delete-and-add. Removing a label that
spans use asks first, saying how many spans would go.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.dialogs import ProjectDialog, show_modeless
from annotator.gui.error_text import describe
from annotator.gui.guidelines import kind_name
from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.gui.table_models import RowTableModel, make_table_view, plain_tooltip
from annotator.model import (
    AttributeDef,
    AttributeType,
    LabelKind,
    LabelSchema,
    SchemaError,
    schema_from_dict,
)
from annotator.service import ServiceError, Workspace
from annotator.service.schemas import LabelInUseError, label_usage, update_schema

Index = QModelIndex | QPersistentModelIndex


# Attributes as one line of text: "form=choice(direct|indirect|mixed); canonical=text"


def format_attributes(attributes: tuple[AttributeDef, ...]) -> str:
    parts = []
    for a in attributes:
        if a.type is AttributeType.CHOICE:
            parts.append(f"{a.name}=choice({'|'.join(a.choices)})")
        else:
            parts.append(f"{a.name}={a.type.value}")
    return "; ".join(parts)


def parse_attributes(spec: str, label: str) -> list[dict[str, Any]]:
    """The attribute list of :func:`schema_from_dict` from the one-line form."""
    attributes = []
    for part in (p.strip() for p in spec.split(";")):
        if not part:
            continue
        name, _, kind = (x.strip() for x in part.partition("="))
        kind = kind or "text"
        choices: list[str] = []
        if kind.startswith("choice"):
            inner = kind[len("choice") :].strip()
            if not (inner.startswith("(") and inner.endswith(")")):
                raise SchemaError(
                    QCoreApplication.translate(
                        "SchemaEditorDialog", "label {label}: write choices as {name}=choice(a|b|c)"
                    ).format(label=label, name=name)
                )
            choices = [c.strip() for c in inner[1:-1].split("|") if c.strip()]
            kind = "choice"
        if kind not in {t.value for t in AttributeType}:
            raise SchemaError(
                QCoreApplication.translate(
                    "SchemaEditorDialog",
                    "label {label}: attribute {name} must be choice(...), bool or text",
                ).format(label=label, name=repr(name))
            )
        if not name:
            raise SchemaError(
                QCoreApplication.translate(
                    "SchemaEditorDialog", "label {label}: an attribute has no name"
                ).format(label=label)
            )
        attributes.append({"name": name, "type": kind, "choices": choices})
    return attributes


@dataclass
class LabelEntry:
    name: str
    kind: str = LabelKind.ENTITY.value
    color: str = "#cccccc"
    key: str = ""
    description: str = ""
    attributes: str = ""
    original: str | None = None  # the name in the database; None for a new label
    descriptions: dict[str, str] = field(default_factory=dict)  # attribute descriptions


@dataclass
class RelationEntry:
    name: str
    sources: str = ""
    targets: str = ""
    key: str = ""
    description: str = ""


class _EntryModel(RowTableModel):
    """A list of entries (dataclasses) shown as columns of their fields, all editable."""

    FIELDS: tuple[str, ...] = ()
    edited = Signal(int, str, str, str)  # row, field, old value, new value

    @property
    def entries(self) -> list[Any]:
        return self.rows

    def set_entries(self, entries: list[Any]) -> None:
        self.set_rows(entries)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = getattr(self.entries[index.row()], self.FIELDS[index.column()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        entry = self.entries[index.row()]
        name = self.FIELDS[index.column()]
        old = getattr(entry, name)
        new = str(value).strip() if name != "description" else str(value)
        if new == old:
            return False
        setattr(entry, name, new)
        self.dataChanged.emit(index, index)
        self.edited.emit(index.row(), name, old, new)
        return True

    def insert(self, entry: Any) -> int:
        row = len(self.entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self.entries.append(entry)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> Any:
        self.beginRemoveRows(QModelIndex(), row, row)
        entry = self.entries.pop(row)
        self.endRemoveRows()
        return entry


class LabelTableModel(_EntryModel):
    NAME, KIND, COLOR, KEY, DESCRIPTION, ATTRIBUTES, SPANS = range(7)
    FIELDS = ("name", "kind", "color", "key", "description", "attributes")
    HEADERS = (
        QT_TRANSLATE_NOOP("LabelTableModel", "Name"),
        QT_TRANSLATE_NOOP("LabelTableModel", "Kind"),
        QT_TRANSLATE_NOOP("LabelTableModel", "Colour"),
        QT_TRANSLATE_NOOP("LabelTableModel", "Key"),
        QT_TRANSLATE_NOOP("LabelTableModel", "Guideline"),
        QT_TRANSLATE_NOOP("LabelTableModel", "Attributes"),
        QT_TRANSLATE_NOOP("LabelTableModel", "Spans"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.usage: dict[str, int] = {}

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and index.column() == self.SPANS:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry: LabelEntry = self.entries[index.row()]
        if index.column() == self.SPANS:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.usage.get(entry.original or "", 0)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and entry.description:
            return plain_tooltip(entry.description)  # the guideline, where the label is
        if role == Qt.ItemDataRole.DisplayRole and index.column() == self.KIND:
            return kind_name(entry.kind)  # the stored kind stays the schema's English value
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.COLOR:
            color = QColor(entry.color)
            return color if color.isValid() else None
        return super().data(index, role)


class RelationTableModel(_EntryModel):
    FIELDS = ("name", "sources", "targets", "key", "description")
    HEADERS = (
        QT_TRANSLATE_NOOP("RelationTableModel", "Relation"),
        QT_TRANSLATE_NOOP("RelationTableModel", "From labels"),
        QT_TRANSLATE_NOOP("RelationTableModel", "To labels"),
        QT_TRANSLATE_NOOP("RelationTableModel", "Key"),
        QT_TRANSLATE_NOOP("RelationTableModel", "Guideline"),
    )

    def rename_label(self, old: str, new: str) -> None:
        """Follow a label rename in every relation's ends."""
        for row, entry in enumerate(self.entries):
            for name in ("sources", "targets"):
                names = [
                    new if x.strip() == old else x.strip() for x in getattr(entry, name).split(",")
                ]
                setattr(entry, name, ", ".join(n for n in names if n))
            self.dataChanged.emit(self.index(row, 1), self.index(row, 2))


class KindDelegate(QStyledItemDelegate):
    """A combo box of the label kinds."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for kind in LabelKind:
            combo.addItem(kind_name(kind.value), kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(str(index.data(Qt.ItemDataRole.EditRole)))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SchemaEditorDialog(ProjectDialog):
    """Edit a project's labels and relation types; Save writes them in one transaction."""

    saved = Signal()
    changed = Signal(object)  # the saved edit's Changes, for the window's broadcast

    def __init__(
        self, workspace: Workspace, project: str | int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            workspace,
            project,
            QCoreApplication.translate("SchemaEditorDialog", "Label schema"),
            parent,
        )
        self.resize(900, 560)
        self.labels = LabelTableModel(self)
        self.relations = RelationTableModel(self)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("schemaError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.label_view = make_table_view(self, self.labels, editable=True)
        self.label_view.setItemDelegateForColumn(LabelTableModel.KIND, KindDelegate(self))
        self.relation_view = make_table_view(self, self.relations, editable=True)
        self.guideline = QLabel(self)
        self.guideline.setTextFormat(Qt.TextFormat.PlainText)
        self.guideline.setObjectName("guideline")
        self.guideline.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.add_label_button = QPushButton(
            QCoreApplication.translate("SchemaEditorDialog", "Add label"), self
        )
        self.remove_label_button = QPushButton(
            QCoreApplication.translate("SchemaEditorDialog", "Remove label"), self
        )
        self.add_relation_button = QPushButton(
            QCoreApplication.translate("SchemaEditorDialog", "Add relation type"), self
        )
        self.remove_relation_button = QPushButton(
            QCoreApplication.translate("SchemaEditorDialog", "Remove relation type"), self
        )

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "SchemaEditorDialog", "Labels (edit a name to rename it: its spans are kept)"
                )
            )
        )
        layout.addWidget(self.label_view, 3)
        row = QHBoxLayout()
        row.addWidget(self.add_label_button)
        row.addWidget(self.remove_label_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.guideline)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "SchemaEditorDialog", "Relation types (labels comma-separated)"
                )
            )
        )
        layout.addWidget(self.relation_view, 2)
        row = QHBoxLayout()
        row.addWidget(self.add_relation_button)
        row.addWidget(self.remove_relation_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        # Connect signals
        self.labels.edited.connect(self._label_edited)
        self.label_view.selectionModel().currentRowChanged.connect(self._show_guideline)
        self.add_label_button.clicked.connect(self.add_label)
        self.remove_label_button.clicked.connect(self.remove_selected_label)
        self.add_relation_button.clicked.connect(self.add_relation_type)
        self.remove_relation_button.clicked.connect(self.remove_selected_relation_type)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        self.load()

    def load(self) -> None:
        schema = self.ws.project(self.project.id).schema
        self.labels.usage = label_usage(self.ws, self.project.id)
        self.labels.set_entries(
            [
                LabelEntry(
                    x.name,
                    x.kind.value,
                    x.color,
                    x.key,
                    x.description,
                    format_attributes(x.attributes),
                    x.name,
                    {a.name: a.description for a in x.attributes},
                )
                for x in schema.labels
            ]
        )
        self.relations.set_entries(
            [
                RelationEntry(
                    r.name, ", ".join(r.sources), ", ".join(r.targets), r.key, r.description
                )
                for r in schema.relation_types
            ]
        )
        self.error.clear()

    # Editing ------------------------------------------------------------------

    def _label_edited(self, _row: int, name: str, old: str, new: str) -> None:
        if name == "name" and old and new:
            self.relations.rename_label(old, new)

    def _show_guideline(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            entry: LabelEntry = self.labels.entries[current.row()]
            self.guideline.setText(
                f"{entry.name}: {entry.description}" if entry.description else entry.name
            )

    def add_label(self) -> int:
        taken = {e.name for e in self.labels.entries}
        n = 1
        while f"LABEL{n}" in taken:
            n += 1
        row = self.labels.insert(LabelEntry(f"LABEL{n}"))
        self.label_view.selectRow(row)
        return row

    def remove_selected_label(self) -> None:
        rows = self.label_view.selectionModel().selectedRows()
        if rows:
            entry = self.labels.remove(rows[0].row())
            self.relations.rename_label(entry.name, "")

    def add_relation_type(self) -> int:
        row = self.relations.insert(RelationEntry(f"relation{len(self.relations.entries) + 1}"))
        self.relation_view.selectRow(row)
        return row

    def remove_selected_relation_type(self) -> None:
        rows = self.relation_view.selectionModel().selectedRows()
        if rows:
            self.relations.remove(rows[0].row())

    # Saving -------------------------------------------------------------------

    def build_schema(self) -> tuple[LabelSchema, dict[str, str]]:
        """The edited schema and the renames (old name -> new); raises SchemaError."""
        labels = []
        for e in self.labels.entries:
            attributes = parse_attributes(e.attributes, e.name)
            for a in attributes:
                a["description"] = e.descriptions.get(a["name"], "")
            # Fields the editor does not show (trim rule, guideline examples) are kept.
            old = self.project.schema.label(e.original or e.name)
            labels.append(
                {
                    "name": e.name,
                    "kind": e.kind,
                    "color": e.color,
                    "key": e.key,
                    "description": e.description,
                    "attributes": attributes,
                    "trim": old.trim if old else "",
                    "examples": list(old.examples) if old else [],
                }
            )
        relations = [
            {
                "name": r.name,
                "key": r.key,
                "description": r.description,
                "sources": [x.strip() for x in r.sources.split(",") if x.strip()],
                "targets": [x.strip() for x in r.targets.split(",") if x.strip()],
            }
            for r in self.relations.entries
        ]
        schema = schema_from_dict(
            {"name": self.project.schema.name, "labels": labels, "relation_types": relations}
        )
        renames = {
            e.original: e.name
            for e in self.labels.entries
            if e.original is not None and e.original != e.name
        }
        return schema, renames

    def confirm(self, message: str) -> bool:
        """Ask before deleting spans (tests replace this)."""
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("SchemaEditorDialog", "Delete spans?"),
            message[:1].upper() + message[1:] + "?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save(self) -> bool:
        """Write the schema; stays open with the reason if it cannot be saved."""
        try:
            schema, renames = self.build_schema()
            try:
                result = update_schema(self.ws, self.project.id, schema, renames=renames)
            except LabelInUseError as exc:
                if not self.confirm(describe(exc).split(";")[0]):
                    self.error.setText(
                        QCoreApplication.translate(
                            "SchemaEditorDialog", "Not saved: no spans were deleted."
                        )
                    )
                    return False
                result = update_schema(
                    self.ws, self.project.id, schema, renames=renames, force=True
                )
        except (SchemaError, ServiceError) as exc:
            self.error.setText(describe(exc))
            return False
        self.saved.emit()
        self.changed.emit(result.changes)
        self.accept()
        return True


def open_schema_editor(
    workspace: Workspace, project: str | int | None = None, parent: QWidget | None = None
) -> SchemaEditorDialog:
    """Show the schema editor (non-modal) and return it; ``saved`` fires after a save."""
    return show_modeless(SchemaEditorDialog(workspace, project, parent))
