"""Notes in the window: the selected span's note (under the span details) and the
Notes panel (the document's notes, and a search over the project's notes).

Widgets only emit what the user asked for; the window calls the service and pushes
undo steps, then shows the result here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import digits
from annotator.model import Note

NOTE_HEIGHT = 64  # pixels: about three lines


def note_caption(note: Note) -> str:
    """ "asha · 2026-12-06 07:12" (UTC time, minutes)."""
    when = note.time.replace("T", " ")[:16]
    return digits(f"{note.author} · {when} UTC" if note.author else when)


def _editor(parent: QWidget, name: str, placeholder: str) -> QPlainTextEdit:
    editor = QPlainTextEdit(parent)
    editor.setObjectName(name)
    editor.setPlaceholderText(placeholder)
    editor.setFixedHeight(NOTE_HEIGHT)
    editor.setTabChangesFocus(True)
    return editor


class SpanNoteEditor(QWidget):
    """The selected span's note: plain text, saved with its author and time."""

    saved = Signal(int, str)  # span id, text ("" removes the note)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(QCoreApplication.translate("SpanNoteEditor", "Note"), self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.editor = _editor(
            self,
            "spanNote",
            QCoreApplication.translate(
                "SpanNoteEditor", "A note on this span (unsure: is this the speaker?)"
            ),
        )
        self.save_button = QPushButton(
            QCoreApplication.translate("SpanNoteEditor", "Save note"), self
        )
        self.save_button.setObjectName("saveSpanNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.editor)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self._span: int | None = None
        self.save_button.clicked.connect(self._save)
        self.show_note(None, None)

    def show_note(self, span_id: int | None, note: Note | None) -> None:
        if span_id == self._span and span_id is not None and self.editor.hasFocus():
            return  # the user is typing: keep the draft
        self._span = span_id
        self.setEnabled(span_id is not None)
        text = note.text if note else ""
        if self.editor.toPlainText() != text:  # an unchanged text is not laid out again
            self.editor.setPlainText(text)
        self.caption.setText(
            QCoreApplication.translate("SpanNoteEditor", "Note ({who})").format(
                who=note_caption(note)
            )
            if note
            else QCoreApplication.translate("SpanNoteEditor", "Note")
        )

    def _save(self) -> None:
        if self._span is not None:
            self.saved.emit(self._span, self.editor.toPlainText().strip())


class NotesPanel(QWidget):
    """The open document's notes (add, edit, delete) and a search over the project's."""

    added = Signal(str)
    edited = Signal(int, str)  # note id, new text ("" deletes)
    search_requested = Signal(str)
    open_requested = Signal(int)  # document id of a search result

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.list = QListWidget(self)
        self.list.setObjectName("documentNotes")
        self.list.setWordWrap(True)
        self.editor = _editor(
            self,
            "documentNote",
            QCoreApplication.translate("NotesPanel", "A note on this document"),
        )
        self.add_button = QPushButton(QCoreApplication.translate("NotesPanel", "Add note"), self)
        self.add_button.setObjectName("addDocumentNote")
        self.search = QLineEdit(self)
        self.search.setObjectName("noteSearch")
        self.search.setPlaceholderText(
            QCoreApplication.translate("NotesPanel", "Search the project's notes…")
        )
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("noteResults")
        self.results.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "NotesPanel", "Notes on this document (double-click to edit)"
                ),
                self,
            )
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        self._editing: int | None = None
        self.add_button.clicked.connect(self._submit)
        self.list.itemDoubleClicked.connect(self._edit)
        self.search.returnPressed.connect(lambda: self.search_requested.emit(self.search.text()))
        self.results.itemActivated.connect(self._open)
        self.results.itemClicked.connect(self._open)

    def show_notes(self, notes: list[Note]) -> None:
        self.list.clear()
        for note in notes:
            item = QListWidgetItem(f"{note_caption(note)}\n{note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, note.text)
            self.list.addItem(item)
        self._editing = None
        self.add_button.setText(QCoreApplication.translate("NotesPanel", "Add note"))

    def show_results(self, found: list[tuple[int, str, Note]]) -> None:
        self.results.clear()
        if not found:
            self.results.addItem(
                QCoreApplication.translate("NotesPanel", "No note contains that text")
            )
        for document_id, external_id, note in found:
            item = QListWidgetItem(f"{external_id} · {note_caption(note)}\n{note.text}")
            item.setData(Qt.ItemDataRole.UserRole, int(document_id))
            self.results.addItem(item)

    def _edit(self, item: QListWidgetItem) -> None:
        self._editing = int(item.data(Qt.ItemDataRole.UserRole))
        self.editor.setPlainText(str(item.data(Qt.ItemDataRole.UserRole + 1)))
        self.add_button.setText(QCoreApplication.translate("NotesPanel", "Save (empty deletes)"))
        self.editor.setFocus()

    def _submit(self) -> None:
        text = self.editor.toPlainText().strip()
        if self._editing is not None:
            self.edited.emit(self._editing, text)
        elif text:
            self.added.emit(text)
        self.editor.clear()

    def _open(self, item: QListWidgetItem) -> None:
        document_id = item.data(Qt.ItemDataRole.UserRole)
        if document_id is not None:
            self.open_requested.emit(int(document_id))
