"""The selected span's details: label, text, attributes (editable) and links."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.model import LabelSchema, Relation, Span
from annotator.model.attribution import fragments_text
from annotator.model.schema import AttributeType


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SpanDetails(QGroupBox):
    """Shows one span; attribute edits and link removals are emitted, not applied here."""

    attrs_edited = Signal(int, dict)  # span id, new attrs
    unlink_requested = Signal(int)  # relation id
    finished = Signal()  # Escape: back to the text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SpanDetails", "Selected span"), parent)
        self.setObjectName("spanDetails")
        self._outer = QVBoxLayout(self)
        self._content: QWidget | None = None
        self._layout = QVBoxLayout()
        self._span: Span | None = None
        self._shown: tuple[object, ...] | None = None
        self.editors: dict[str, QComboBox | QLineEdit] = {}
        self.show_span(None, None, "", [], {})

    def _clear(self) -> None:
        """Replace the content widget (old editors vanish at once, not at deleteLater)."""
        if self._content is not None:
            self._content.hide()
            self._content.deleteLater()
        self._content = QWidget(self)
        self._outer.addWidget(self._content)
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.editors = {}

    def show_span(
        self,
        span: Span | None,
        schema: LabelSchema | None,
        text: str,
        relations: list[Relation],
        spans: dict[int, Span],
    ) -> None:
        shown = (span, tuple(relations), schema is None)
        if shown == self._shown:  # same span, same links: keep the editors (and focus)
            return
        self._shown = shown
        focused = next((n for n, e in self.editors.items() if e.hasFocus()), None)
        same_span = span is not None and self._span is not None and span.id == self._span.id
        self._clear()
        self._span = span
        if span is None or schema is None:
            self._layout.addWidget(
                _plain(
                    QCoreApplication.translate(
                        "SpanDetails", "Select text and press a label key, or click a span."
                    )
                )
            )
            self._layout.addStretch(1)
            return
        parts = f"  ·  {len(span.fragments)} parts" if span.fragments else ""
        self._layout.addWidget(_plain(f"{span.label}  ·  {span.start}–{span.end}{parts}"))
        self._layout.addWidget(_plain(fragments_text(text, span.pieces)))
        label_def = schema.label(span.label)
        form = QFormLayout()
        for attr in label_def.attributes if label_def else ():
            value = span.attrs.get(attr.name)
            editor: QComboBox | QLineEdit
            if attr.type in (AttributeType.CHOICE, AttributeType.BOOL):
                editor = QComboBox(self._content)
                choices = attr.choices if attr.type is AttributeType.CHOICE else ("yes", "no")
                editor.addItem("—", None)
                for choice in choices:
                    editor.addItem(choice, choice)
                current = (
                    {True: "yes", False: "no"}.get(value, value)
                    if isinstance(value, bool)
                    else value
                )
                editor.setCurrentIndex(max(0, editor.findData(current)))
                editor.activated.connect(lambda _i, name=attr.name: self._edited(name))
            else:
                editor = QLineEdit(self._content)
                editor.setText("" if value is None else str(value))
                editor.editingFinished.connect(lambda name=attr.name: self._edited(name))
            editor.setObjectName(f"attr_{attr.name}")
            self.editors[attr.name] = editor
            form.addRow(_plain(attr.name), editor)
        self._layout.addLayout(form)
        if same_span and focused in self.editors:  # keep typing where the user was
            self.editors[focused].setFocus()
        for rel in relations:
            other_id = rel.to_span if rel.from_span == span.id else rel.from_span
            other = spans.get(other_id)
            arrow = "→" if rel.from_span == span.id else "←"
            other_text = f"{other.label} {text[other.start : other.end]}" if other else "?"
            row = QHBoxLayout()
            row.addWidget(_plain(f"{rel.type} {arrow} {other_text}"), 1)
            button = QPushButton(QCoreApplication.translate("SpanDetails", "Unlink"), self._content)
            button.clicked.connect(lambda _=False, rid=rel.id: self.unlink_requested.emit(rid))
            row.addWidget(button)
            self._layout.addLayout(row)
        self._layout.addStretch(1)

    def focus_first(self) -> bool:
        """Put the keyboard focus on the first attribute editor (F2); False if none."""
        for editor in self.editors.values():
            editor.setFocus()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finished.emit()
            return
        super().keyPressEvent(event)

    def _edited(self, name: str) -> None:
        if self._span is None:
            return
        editor = self.editors[name]
        attrs: dict[str, Any] = dict(self._span.attrs)
        value = editor.currentData() if isinstance(editor, QComboBox) else editor.text().strip()
        if value in (None, ""):
            attrs.pop(name, None)
        else:
            attrs[name] = value
        if attrs != self._span.attrs:
            self.attrs_edited.emit(int(self._span.id), attrs)
