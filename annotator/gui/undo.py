"""Undo commands: each edit was already committed when pushed; undo/redo call the service.

``QUndoStack.push`` calls ``redo()`` at once, so each command skips its first redo.
Undo re-creates deleted spans under new ids, so commands name spans by the session's
stable keys and look the current id up when they run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from annotator.gui.session import DocumentSession
from annotator.model import Referent, ReferentId, Relation, Span, SpanId, Status

SNIPPET = 30  # characters of a span's text quoted in an undo message


def describe(session: DocumentSession, span: Span) -> str:
    """ "PER কিম": a span as an undo message names it (long texts cut short)."""
    text = session.text[span.start : span.end].replace("\n", " ")
    if len(text) > SNIPPET:
        text = text[: SNIPPET - 1] + "…"
    return f"{span.label} {text}"


class _Command(QUndoCommand):
    """One committed edit; ``focus_key`` names the span to select after undo or redo."""

    def __init__(self, session: DocumentSession, text: str) -> None:
        super().__init__(text)
        self.session = session
        self._pushed = False
        self.focus_key: int | None = None

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self.do()

    def do(self) -> None:
        raise NotImplementedError

    def _id(self, key: int) -> int | None:
        span_id = self.session.id_of(key)
        if span_id is None:
            self.session.failed.emit(
                QCoreApplication.translate(
                    "Undo", "the span this step refers to is gone; cannot undo it"
                )
            )
        return span_id


class CreateSpan(_Command):
    def __init__(self, session: DocumentSession, span: Span) -> None:
        super().__init__(session, describe(session, span))
        self.span = span
        self.key = self.focus_key = session.key_of(span.id)

    def undo(self) -> None:
        span_id = self._id(self.key)
        if span_id is not None:
            self.session.delete_span(span_id)

    def do(self) -> None:
        self.session.recreate_span(self.key, self.span)


# A layer's referents by span key: (name if set, label if set, named, mention keys).
Snapshot = tuple[tuple[str, str, bool, tuple[int, ...]], ...]


def referent_snapshot(
    session: DocumentSession, referents: Sequence[Referent], keys: Mapping[int, int] | None = None
) -> Snapshot:
    """Referents with their mentions named by span keys (``keys`` gives those of spans
    the session no longer holds, such as one just deleted)."""
    known = keys or {}
    return tuple(
        (r.name, r.label, r.named, tuple(known.get(m) or session.key_of(m) for m in r.mentions))
        for r in referents
    )


def restore_referents(command: _Command, snapshot: Snapshot) -> None:
    """Make the layer's referents those of ``snapshot`` (mentions by their current ids)."""
    session = command.session
    document = session.document
    if document is None:
        return
    referents = []
    for name, label, named, keys in snapshot:
        ids = [command._id(k) for k in keys]
        if any(i is None for i in ids):
            return
        referents.append(
            Referent(
                ReferentId(0),
                document.id,
                session.annotator,
                name,
                label,
                tuple(SpanId(i) for i in ids if i is not None),
                named,
            )
        )
    ws, who, doc_id = session.ws, session.annotator, int(document.id)
    session.edit(lambda: ws.restore_referents(doc_id, who, referents))


class DeleteSpan(_Command):
    """Deleting a span removes its links too; undo restores both, its parts (a split
    quote) and, for a mention, the referents as they were (its own may have ended)."""

    def __init__(
        self,
        session: DocumentSession,
        span: Span,
        key: int,
        relations: Sequence[tuple[str, int, int]],
        referents: Sequence[Referent] | None = None,
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Undo", "delete {span}").format(
                span=describe(session, span)
            ),
        )
        self.span = span
        self.key = self.focus_key = key
        self.relations = tuple(relations)  # (type, from key, to key)
        note = session.span_notes.get(int(span.id))
        self.note = note.text if note else ""
        self.referents = (
            referent_snapshot(session, referents, {int(span.id): key}) if referents else None
        )

    def undo(self) -> None:
        span = self.session.recreate_span(self.key, self.span)
        if span is None:
            return
        if self.span.fragments:
            ws, who, pieces = self.session.ws, self.session.annotator, self.span.fragments
            self.session.edit(lambda: ws.set_fragments(int(span.id), who, pieces))
        if self.note:
            self.session.set_span_note(int(span.id), self.note)
        for rel_type, from_key, to_key in self.relations:
            source, target = self._id(from_key), self._id(to_key)
            if source is not None and target is not None:
                self.session.create_relation(rel_type, source, target)
        if self.referents is not None:
            restore_referents(self, self.referents)

    def do(self) -> None:
        span_id = self._id(self.key)
        if span_id is not None:
            self.session.delete_span(span_id)


class UpdateSpan(_Command):
    """Relabel, resize or attribute change: restores the whole previous state."""

    def __init__(self, session: DocumentSession, before: Span, after: Span, text: str) -> None:
        super().__init__(session, f"{text}: {describe(session, after)}")
        self.before = before
        self.after = after
        self.key = self.focus_key = session.key_of(after.id)

    def _set(self, span: Span) -> None:
        span_id = self._id(self.key)
        if span_id is not None:
            self.session.update_span(
                span_id, label=span.label, start=span.start, end=span.end, attrs=span.attrs
            )

    def undo(self) -> None:
        self._set(self.before)

    def do(self) -> None:
        self._set(self.after)


class CreateRelation(_Command):
    def __init__(self, session: DocumentSession, relation: Relation) -> None:
        super().__init__(
            session, QCoreApplication.translate("Undo", "link {type}").format(type=relation.type)
        )
        self.rel_type = relation.type
        self.from_key = session.key_of(relation.from_span)
        self.to_key = session.key_of(relation.to_span)
        self.focus_key = self.from_key

    def _link(self) -> None:
        source, target = self._id(self.from_key), self._id(self.to_key)
        if source is not None and target is not None:
            self.session.create_relation(self.rel_type, source, target)

    def _unlink(self) -> None:
        source, target = self._id(self.from_key), self._id(self.to_key)
        if source is None or target is None:
            return
        current = self.session.find_relation(self.rel_type, source, target)
        if current is not None:
            self.session.delete_relation(current.id)

    def undo(self) -> None:
        self._unlink()

    def do(self) -> None:
        self._link()


class DeleteRelation(CreateRelation):
    def __init__(self, session: DocumentSession, relation: Relation) -> None:
        super().__init__(session, relation)
        self.setText(
            QCoreApplication.translate("DeleteRelation", "unlink {type}").format(type=relation.type)
        )

    def undo(self) -> None:
        self._link()

    def do(self) -> None:
        self._unlink()


class SetStatus(_Command):
    def __init__(self, session: DocumentSession, before: Status, after: Status) -> None:
        status = QCoreApplication.translate("DocumentList", after.value.replace("_", " "))
        super().__init__(
            session, QCoreApplication.translate("Undo", "mark {status}").format(status=status)
        )
        self.before = before
        self.after = after

    def undo(self) -> None:
        self.session.set_status(self.before)

    def do(self) -> None:
        self.session.set_status(self.after)


class Batch(_Command):
    """Edits made by one command (label all): one undo step, undone in reverse order."""

    def __init__(self, session: DocumentSession, text: str, steps: Sequence[_Command]) -> None:
        super().__init__(session, text)
        self.steps = tuple(steps)

    def undo(self) -> None:
        for step in reversed(self.steps):
            step.undo()

    def do(self) -> None:
        for step in self.steps:
            step.do()


class SetSpanNote(_Command):
    """A span's note written, changed or removed."""

    def __init__(self, session: DocumentSession, span: Span, before: str, after: str) -> None:
        template = (
            QCoreApplication.translate("Undo", "note on {span}")
            if after
            else QCoreApplication.translate("Undo", "remove note from {span}")
        )
        super().__init__(session, template.format(span=describe(session, span)))
        self.key = self.focus_key = session.key_of(span.id)
        self.before, self.after = before, after

    def _set(self, text: str) -> None:
        span_id = self._id(self.key)
        if span_id is not None:
            self.session.set_span_note(span_id, text)

    def undo(self) -> None:
        self._set(self.before)

    def do(self) -> None:
        self._set(self.after)


class DocumentNote(_Command):
    """A document note added, changed or deleted (``""`` on either side)."""

    def __init__(self, session: DocumentSession, note_id: int | None, before: str, after: str):
        if not before:
            text = QCoreApplication.translate("Undo", "add document note")
        elif not after:
            text = QCoreApplication.translate("Undo", "delete document note")
        else:
            text = QCoreApplication.translate("Undo", "edit document note")
        super().__init__(session, text)
        self.note_id = note_id
        self.before, self.after = before, after

    def _set(self, text: str) -> None:
        exists = any(n.id == self.note_id for n in self.session.document_notes)
        if exists and self.note_id is not None:
            self.session.edit_document_note(self.note_id, text)
        elif text:
            note = self.session.add_document_note(text)
            self.note_id = note.id if note else None

    def undo(self) -> None:
        self._set(self.before)

    def do(self) -> None:
        self._set(self.after)
