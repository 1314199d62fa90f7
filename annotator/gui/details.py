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

from annotator.gui.i18n import number
from annotator.model import LabelSchema, Relation, Span
from annotator.model.attribution import fragments_text
from annotator.model.schema import AttributeType

HELD_HEIGHT_CAP = 320  # px: a longer span's details may still grow and shrink the box


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
        # Kept and refilled on every selection (each edit selects a span): building
        # labels and editors anew cost milliseconds per edit. The attribute editors are
        # rebuilt only for another label's attributes, the link rows for other links.
        self._hint = _plain(
            QCoreApplication.translate(
                "SpanDetails", "Select text and press a label key, or click a span."
            )
        )
        self._head = _plain("")
        self._body = _plain("")
        for label in (self._hint, self._head, self._body):
            self._outer.addWidget(label)
        self._form: QWidget | None = None
        self._form_key: tuple[object, ...] | None = None
        self._links: QWidget | None = None
        self._links_key: tuple[object, ...] | None = None
        self._outer.addStretch(1)
        self._span: Span | None = None
        self._shown: tuple[object, ...] | None = None
        self.editors: dict[str, QComboBox | QLineEdit] = {}
        self.show_span(None, None, "", [], {})

    @staticmethod
    def _drop(old: QWidget | None) -> None:
        """Remove a container (its editors vanish at once, not at deleteLater)."""
        if old is not None:
            old.hide()
            old.deleteLater()

    def _replace(self, old: QWidget | None) -> QWidget:
        """A new container in ``old``'s place, above the stretch."""
        self._drop(old)
        widget = QWidget(self)
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self._outer.insertWidget(self._outer.count() - 1, widget)
        return widget

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
        self._hold_height()
        self._span = span
        empty = span is None or schema is None
        self._hint.setVisible(empty)
        self._head.setVisible(not empty)
        self._body.setVisible(not empty)
        for box in (self._form, self._links):  # kept for the next span (hidden meanwhile)
            if box is not None:
                box.setVisible(not empty)
        if span is None or schema is None:
            return
        parts = (
            "  ·  "
            + QCoreApplication.translate("SpanDetails", "{n} parts").format(
                n=number(len(span.fragments))
            )
            if span.fragments
            else ""
        )
        self._head.setText(f"{span.label}  ·  {span.start}–{span.end}{parts}")
        self._body.setText(fragments_text(text, span.pieces))
        label_def = schema.label(span.label)
        self._show_form(label_def.attributes if label_def else ())
        for name, editor in self.editors.items():
            value = span.attrs.get(name)
            if isinstance(editor, QComboBox):
                current = (
                    {True: "yes", False: "no"}.get(value, value)
                    if isinstance(value, bool)
                    else value
                )
                editor.setCurrentIndex(max(0, editor.findData(current)))
            else:
                editor.setText("" if value is None else str(value))
        self._show_links(span, text, relations, spans)

    def _hold_height(self) -> None:
        """Never shrink below the height shown (up to a cap): each edit selects its new
        span, a deletion none, and a box whose height followed its contents relaid out
        and repainted the whole dock (the note editor below it too) on every edit."""
        held = min(self.height(), HELD_HEIGHT_CAP)
        if self.isVisible() and held > self.minimumHeight():
            self.setMinimumHeight(held)

    def _show_form(self, attributes: tuple[Any, ...]) -> None:
        """An editor per attribute, built again only when the attributes differ."""
        key = tuple(attributes)
        if key == self._form_key:
            return
        self._form_key = key
        self.editors = {}
        self._form = self._replace(self._form) if attributes else self._drop(self._form)
        if self._form is None:
            return
        form = QFormLayout()
        for attr in attributes:
            editor: QComboBox | QLineEdit
            if attr.type in (AttributeType.CHOICE, AttributeType.BOOL):
                editor = QComboBox(self._form)
                choices = attr.choices if attr.type is AttributeType.CHOICE else ("yes", "no")
                editor.addItem("—", None)
                for choice in choices:
                    editor.addItem(choice, choice)
                editor.activated.connect(lambda _i, name=attr.name: self._edited(name))
            else:
                editor = QLineEdit(self._form)
                editor.editingFinished.connect(lambda name=attr.name: self._edited(name))
            editor.setObjectName(f"attr_{attr.name}")
            self.editors[attr.name] = editor
            form.addRow(_plain(attr.name), editor)
        layout = self._form.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(form)

    def _show_links(
        self, span: Span | None, text: str, relations: list[Relation], spans: dict[int, Span]
    ) -> None:
        """A row per link with its Unlink button, built again only for other links."""
        rows = []
        for rel in relations if span is not None else ():
            assert span is not None
            other_id = rel.to_span if rel.from_span == span.id else rel.from_span
            other = spans.get(other_id)
            arrow = "→" if rel.from_span == span.id else "←"
            other_text = f"{other.label} {text[other.start : other.end]}" if other else "?"
            rows.append((int(rel.id), f"{rel.type} {arrow} {other_text}"))
        key = tuple(rows)
        if key == self._links_key:
            return
        self._links_key = key
        self._links = self._replace(self._links) if rows else self._drop(self._links)
        if self._links is None:
            return
        layout = self._links.layout()
        assert isinstance(layout, QVBoxLayout)
        for rel_id, line in rows:
            row = QHBoxLayout()
            row.addWidget(_plain(line), 1)
            button = QPushButton(QCoreApplication.translate("SpanDetails", "Unlink"), self._links)
            button.clicked.connect(lambda _=False, rid=rel_id: self.unlink_requested.emit(rid))
            row.addWidget(button)
            layout.addLayout(row)

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
