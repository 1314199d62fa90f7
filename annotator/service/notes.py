"""Notes on spans and documents: set, edit, list and search them (kept in history).

A span has one note (plain text; empty removes it); a document layer has a list. Each
note records who wrote it and when; the window's undo sets the previous text back.
"""

from __future__ import annotations

from datetime import UTC, datetime

from annotator.model import DocumentId, Note, Status
from annotator.model.errors import InvalidInput, Message
from annotator.service.changes import Changes
from annotator.service.workspace import Workspace
from annotator.storage import notes as store
from annotator.storage.edit_times import edited_after_status
from annotator.storage.repository import Repository

MAX_NOTE = 10_000  # characters: a note is a comment, not a document


def _clean(text: str) -> str:
    text = text.strip()
    if len(text) > MAX_NOTE:
        raise InvalidInput(
            Message(
                "a note is at most {limit} characters (this one has {length})",
                limit=MAX_NOTE,
                length=len(text),
            )
        )
    return text


def layer_notes(ws: Workspace, document_id: int, annotator: str) -> tuple[Note, ...]:
    """The document's and its spans' notes in one annotator's layer, oldest first."""
    with ws.db.reading() as s:
        repo = Repository(s)
        aid = repo.annotator_id(annotator, create=False) if annotator else None
        if aid is None:
            return ()
        return tuple(note for _doc, _aid, note in store.notes_of(s, [document_id], aid))


def notes_changes(ws: Workspace, document_id: int, annotator: str) -> Changes:
    """What a note edit changed, for the faces' change broadcast: the layer's notes
    after it (a span's note and the document's list are read back together)."""
    return Changes(
        documents=frozenset({DocumentId(document_id)}),
        notes_layer=(DocumentId(document_id), annotator),
        notes_after=layer_notes(ws, document_id, annotator),
    )


def set_span_note(ws: Workspace, span_id: int, annotator: str, text: str) -> Note | None:
    """Give a span its note (replacing the old one); an empty text removes it."""
    ws.check_writable()
    text = _clean(text)
    with ws.db.writing() as s:
        repo = Repository(s)
        span = repo.span(span_id)
        ws.check_layer(span.annotator)
        old = store.span_note(s, span_id)
        before = {"note": old.text} if old is not None else None
        store.clear_span_note(s, span_id)
        note = None
        if text:
            aid = repo.annotator_id(span.annotator)
            added = store.add_note(s, span.document_id, aid, text, annotator, span_id=span_id)
            note = store.to_note(added)
        repo.log(
            annotator,
            "note",
            "span",
            span_id,
            span.document_id,
            before,
            {"note": text} if text else None,
        )
    return note


def add_document_note(ws: Workspace, document_id: int, annotator: str, text: str) -> Note:
    """Add a note to a document in ``annotator``'s layer."""
    ws.check_writable()
    text = _clean(text)
    if not text:
        raise InvalidInput(Message("an empty note: write something first"))
    with ws.db.writing() as s:
        repo = Repository(s)
        repo.document(document_id)
        ws.check_layer(annotator)
        row = store.add_note(s, document_id, repo.annotator_id(annotator), text, annotator)
        repo.log(annotator, "note", "document", row.id, document_id, None, {"note": text})
        return store.to_note(row)


def edit_document_note(ws: Workspace, note_id: int, annotator: str, text: str) -> Note | None:
    """Change a document note's text (it keeps its author; the time becomes now); an
    empty text deletes it."""
    ws.check_writable()
    text = _clean(text)
    with ws.db.writing() as s:
        repo = Repository(s)
        row = store.note_row(s, note_id)
        if row is None:
            return None
        ws.check_layer(repo.annotator_names().get(row.annotator_id, ""))
        before, document_id = {"note": row.text}, row.document_id
        if not text:
            store.delete_note(s, note_id)
            repo.log(annotator, "note", "document", note_id, document_id, before, None)
            return None
        store.rewrite_note(s, note_id, text)
        repo.log(annotator, "note", "document", note_id, document_id, before, {"note": text})
        return store.to_note(row)


def search_notes(ws: Workspace, project_id: int, query: str) -> list[tuple[DocumentId, str, Note]]:
    """(document id, external id, note) of the project's notes containing ``query``."""
    with ws.db.reading() as s:
        return store.search_notes(s, project_id, query)


def edited_after_done(ws: Workspace, document_id: int, annotator: str) -> datetime | None:
    """When a document ``annotator`` marked done was last edited by them afterwards (UTC,
    aware), so the window can say "edited after done" when it is opened again."""
    with ws.db.reading() as s:
        if Repository(s).state(document_id, annotator).status is not Status.DONE:
            return None
        moment = edited_after_status(s, document_id, annotator)
    return moment.replace(tzinfo=UTC) if moment is not None else None
