"""The open document: one annotator's layer, kept in step with the database.

Every edit goes through the :class:`Workspace` at once; the local copy changes only
after the service committed, so the view never shows an edit as saved that is not.
Failures are reported through :attr:`DocumentSession.failed` and return ``None``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from annotator.gui.error_text import describe, message_text
from annotator.gui.jobs import Job
from annotator.model import (
    Document,
    LabelSchema,
    Note,
    Project,
    Referent,
    Relation,
    Span,
    Status,
)
from annotator.service import (
    Changes,
    ConflictError,
    NotFound,
    Workspace,
    cluster_index,
)
from annotator.service import notes as note_service
from annotator.service.demo import open_layer
from annotator.text import ClusterIndex, Utf16Map


class DocumentSession(QObject):
    """The current document and the edits made to it through the service layer."""

    loaded = Signal()
    changed = Signal(object)  # Changes of the session's own edits (the window publishes them)
    failed = Signal(str)
    saved = Signal()

    def __init__(self, workspace: Workspace, annotator: str, parent: QObject | None = None):
        super().__init__(parent)
        self.ws = workspace
        self.annotator = annotator
        self.document: Document | None = None
        self.schema: LabelSchema | None = None
        self.status = Status.NEW
        self.spans: dict[int, Span] = {}
        self.relations: dict[int, Relation] = {}
        self.referents: tuple[Referent, ...] = ()  # who the layer's mentions are
        self.notes: tuple[Note, ...] = ()  # the layer's document and span notes
        self.clusters: ClusterIndex | None = None
        self.utf16: Utf16Map | None = None
        self.preview_of: str | None = None  # another annotator's layer shown read-only
        self.adopted_from: str | None = None  # whose labels this layer started from
        # Undo re-creates deleted spans under new ids (ids are never reused since
        # migration 0003, but the new span is another row), so undo commands name spans
        # by a key that stays with the span, not by its id.
        # Kept per document, like the window's undo stacks.
        self._keys: dict[int, int] = {}  # span id -> key
        self._ids: dict[int, int] = {}  # key -> span id
        self._key_maps: dict[int, tuple[dict[int, int], dict[int, int]]] = {}
        self._next_key = 1
        # Time records are written here, one at a time and in order (see add_time_soon).
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._writing: set[Job] = set()  # held until they report: their signals must live
        self._held: list[Job] | None = None  # writes kept until a paint (hold_writes)

    # Loading --------------------------------------------------------------

    @property
    def text(self) -> str:
        return self.document.text if self.document else ""

    def load(self, document_id: int, project: Project | None = None) -> None:
        """Show the document; ``project`` is its project just read (else it is read)."""
        opened = open_layer(self.ws, document_id, self.annotator, project)
        layer, project = opened.layer, opened.project
        self.preview_of, self.adopted_from = opened.preview_of, opened.adopted_from
        if opened.problem:
            self.failed.emit(message_text(opened.problem))
        self.document = layer.document
        self.schema = project.schema
        self.status = layer.status if self.preview_of is None else Status.NEW
        self.spans = {s.id: s for s in layer.spans}
        self.relations = {r.id: r for r in layer.relations}
        self.referents = tuple(layer.referents)
        self.notes = layer.notes
        self.clusters = cluster_index(layer.document)
        self.utf16 = Utf16Map(layer.document.text)
        self._keys, self._ids = self._key_maps.setdefault(document_id, ({}, {}))
        self.loaded.emit()

    def clear(self) -> None:
        """Show no document (the project switched to has none)."""
        self.document = None
        self.status = Status.NEW
        self.spans, self.relations = {}, {}
        self.referents = ()
        self.notes = ()
        self.clusters = self.utf16 = None
        self.preview_of = self.adopted_from = None

    def set_workspace(self, workspace: Workspace, annotator: str) -> None:
        """Work on another database (File > Open database in this window): nothing of
        the old one's document, layer or span keys stays."""
        self.clear()
        self.forget_keys()
        self.schema = None
        self.ws, self.annotator = workspace, annotator

    def forget_keys(self) -> None:
        """Drop the span keys of every document (when the undo stacks are dropped)."""
        self._key_maps.clear()
        self._keys, self._ids = {}, {}

    def reload(self) -> None:
        if self.document is not None:
            self.load(int(self.document.id))

    # Lookups --------------------------------------------------------------

    def key_of(self, span_id: int) -> int:
        """A key naming this span for as long as the document is open, across undo."""
        if span_id not in self._keys:
            self._keys[span_id] = self._next_key
            self._ids[self._next_key] = span_id
            self._next_key += 1
        return self._keys[span_id]

    def id_of(self, key: int) -> int | None:
        """The span's current id, or ``None`` while it is deleted."""
        return self._ids.get(key)

    def _bind(self, key: int, span_id: int) -> None:
        self._keys[span_id] = key
        self._ids[key] = span_id

    def _unbind(self, span_id: int) -> None:
        key = self._keys.pop(span_id, None)
        if key is not None:
            self._ids.pop(key, None)

    def span(self, span_id: int | None) -> Span | None:
        return None if span_id is None else self.spans.get(span_id)

    def relations_of(self, span_id: int) -> list[Relation]:
        return [r for r in self.relations.values() if span_id in (r.from_span, r.to_span)]

    # Edits ----------------------------------------------------------------

    def _call(self, edit: Callable[[], Changes]) -> Changes | None:
        if self.document is None:
            self.failed.emit(QCoreApplication.translate("Session", "no document is open"))
            return None
        if self.preview_of is not None:
            self.failed.emit(
                QCoreApplication.translate(
                    "Session", "these are {annotator}'s labels, shown read-only"
                ).format(annotator=self.preview_of)
            )
            return None
        try:
            changes = edit()
        except (ConflictError, NotFound) as exc:  # someone else changed it: show theirs
            self.failed.emit(
                QCoreApplication.translate("Session", "{reason}; the document was reloaded").format(
                    reason=describe(exc)
                )
            )
            self.reload()
            return None
        except Exception as exc:  # any failed write must be shown, not lost
            self.failed.emit(describe(exc))
            return None
        self._apply(changes)
        self.saved.emit()
        self.changed.emit(changes)
        return changes

    def _apply(self, changes: Changes) -> None:
        gone = {span.id for span in changes.spans_removed}
        if gone and any(n.span_id in gone for n in self.notes):  # the database cascaded
            self.notes = tuple(n for n in self.notes if n.span_id not in gone)
        for span in changes.spans_removed:
            self.spans.pop(span.id, None)
            self._unbind(span.id)
        for rel in changes.relations_removed:
            self.relations.pop(rel.id, None)
        for span in changes.spans_added:
            self.spans[span.id] = span
        for _before, after in changes.spans_updated:
            self.spans[after.id] = after
        for rel in changes.relations_added:
            self.relations[rel.id] = rel
        if changes.state is not None:
            self.status = changes.state.status
        if changes.referents_after is not None:
            self.referents = changes.referents_after
        if changes.notes_after is not None:
            self.notes = changes.notes_after

    def shown_layer(self) -> tuple[int, str] | None:
        """(document id, annotator) of the layer shown, for the change broadcast."""
        if self.document is None:
            return None
        return int(self.document.id), self.preview_of or self.annotator

    def on_changes(self, changes: Changes, source: object) -> None:
        """The change broadcast: an edit of the shown layer made elsewhere (the curation
        view editing gold) is applied to this copy as the session's own are, before
        the panels hear of it."""
        shown = self.shown_layer()
        if source is not self and shown is not None and changes.touches(*shown):
            self._apply(changes)

    def edit(self, edit: Callable[[], Changes]) -> Changes | None:
        """Run one service edit on the open layer (fragments, referents...): applied
        locally and broadcast like the others, ``None`` (and :attr:`failed`) if refused."""
        return self._call(edit)

    def create_span(
        self,
        label: str,
        start: int,
        end: int,
        attrs: Mapping[str, Any] | None = None,
        source: str | None = None,
    ) -> Span | None:
        """A new span; ``source`` names the recommender of an accepted suggestion."""
        doc_id = int(self.document.id) if self.document else 0
        changes = self._call(
            lambda: self.ws.create_span(
                doc_id, self.annotator, label, start, end, attrs, source=source
            )
        )
        return changes.span if changes else None  # the service's Changes carry the status

    def recreate_span(self, key: int, old: Span) -> Span | None:
        """Create a deleted span again (undo); ``key`` then names the new one."""
        span = self.create_span(old.label, old.start, old.end, old.attrs, old.source)
        if span is not None:
            self._bind(key, span.id)
        return span

    def update_span(self, span_id: int, **fields: Any) -> Span | None:
        """Change a span, refusing if it changed in the database since it was shown."""
        current = self.spans.get(span_id)
        if current is not None:
            fields.setdefault("expected_version", current.version)
        changes = self._call(lambda: self.ws.update_span(span_id, self.annotator, **fields))
        return changes.span if changes else None

    def delete_span(self, span_id: int) -> Changes | None:
        return self._call(lambda: self.ws.delete_span(span_id, self.annotator))

    def create_relation(self, rel_type: str, from_span: int, to_span: int) -> Relation | None:
        changes = self._call(
            lambda: self.ws.create_relation(rel_type, from_span, to_span, self.annotator)
        )
        return changes.relation if changes else None

    def delete_relation(self, relation_id: int) -> Changes | None:
        return self._call(lambda: self.ws.delete_relation(relation_id, self.annotator))

    def find_relation(self, rel_type: str, from_span: int, to_span: int) -> Relation | None:
        ends = (rel_type, from_span, to_span)
        return next(
            (r for r in self.relations.values() if (r.type, r.from_span, r.to_span) == ends),
            None,
        )

    def set_status(self, status: Status) -> Changes | None:
        doc_id = int(self.document.id) if self.document else 0
        return self._call(lambda: self.ws.set_status(doc_id, self.annotator, status))

    def add_time(self, seconds: float) -> None:
        """Record time spent; silently skipped for previews and read-only databases."""
        if self.document is None or self.preview_of is not None or self.ws.read_only:
            return
        if self.ws.closed:  # the window closed: nothing may write any more
            return
        if seconds <= 0:
            return
        try:
            self.ws.add_time(int(self.document.id), self.annotator, seconds)
        except Exception as exc:
            self.failed.emit(
                QCoreApplication.translate("Session", "could not record time: {reason}").format(
                    reason=describe(exc)
                )
            )

    def add_time_soon(self, seconds: float) -> None:
        """Record time spent, on a pool thread: its commit waits for the disk (10-30 ms
        with full sync), which the user would otherwise wait for at every document,
        project or database switch. The document, annotator and database are taken
        now; writes run one at a time, in order (:meth:`finish_writes` waits for them).
        An in-memory database has no second connection: written here."""
        ws = self.ws
        if self.document is None or self.preview_of is not None or ws.read_only or ws.closed:
            return
        if seconds <= 0:
            return
        if ws.db.is_sqlite and ws.db.path is None:
            self.add_time(seconds)
            return
        doc_id, who = int(self.document.id), self.annotator
        self.after_writes(lambda: ws.add_time(doc_id, who, seconds), self._time_failed)

    def after_writes(
        self, work: Callable[[], object], failed: Callable[[str], None] | None = None
    ) -> Job:
        """Run ``work`` on the writing thread after the writes queued before it (the
        window closes an old database this way, after its last time record)."""
        job = Job(lambda _job: work())
        self._writing.add(job)
        job.signals.finished.connect(lambda _result, j=job: self._writing.discard(j))
        job.signals.failed.connect(lambda _why, j=job: self._writing.discard(j))
        if failed is not None:
            job.signals.failed.connect(failed)
        if self._held is not None:
            self._held.append(job)
        else:
            self._writes.start(job)
        return job

    def hold_writes(self) -> None:
        """Keep the writes queued from now on until :meth:`release_writes` (a project or
        database switch: its thread's Python would take the GIL from the new document's
        first paint)."""
        if self._held is None:
            self._held = []

    def release_writes(self) -> None:
        """Start the writes held since :meth:`hold_writes`, in order."""
        held, self._held = self._held or [], None
        for job in held:
            self._writes.start(job)

    def _time_failed(self, reason: str) -> None:
        self.failed.emit(
            QCoreApplication.translate("Session", "could not record time: {reason}").format(
                reason=reason
            )
        )

    def finish_writes(self, timeout_ms: int = 30_000) -> bool:
        """Write the held and queued time records and wait for them (before the
        database closes)."""
        self.release_writes()
        return self._writes.waitForDone(timeout_ms)

    # Notes ------------------------------------------------------------------

    @property
    def span_notes(self) -> dict[int, Note]:
        return {int(n.span_id): n for n in self.notes if n.span_id is not None}

    @property
    def document_notes(self) -> list[Note]:
        return [n for n in self.notes if n.span_id is None]

    def _note_call(self, edit: Callable[[], object]) -> bool:
        """Run a note edit through the service, then re-read the layer's notes and
        publish them as a :class:`Changes` (the notes dock and the curation view hear
        of it through the window's change broadcast)."""
        if self.document is None or self.preview_of is not None:
            self.failed.emit(QCoreApplication.translate("Session", "no editable document is open"))
            return False
        try:
            edit()
        except Exception as exc:  # any failed write must be shown, not lost
            self.failed.emit(describe(exc))
            return False
        changes = note_service.notes_changes(self.ws, int(self.document.id), self.annotator)
        self._apply(changes)
        self.saved.emit()
        self.changed.emit(changes)  # the window publishes it like any edit
        return True

    def set_span_note(self, span_id: int, text: str) -> bool:
        return self._note_call(
            lambda: note_service.set_span_note(self.ws, span_id, self.annotator, text)
        )

    def add_document_note(self, text: str) -> Note | None:
        doc_id = int(self.document.id) if self.document else 0
        added: list[Note] = []
        ok = self._note_call(
            lambda: added.append(
                note_service.add_document_note(self.ws, doc_id, self.annotator, text)
            )
        )
        return added[0] if ok and added else None

    def edit_document_note(self, note_id: int, text: str) -> bool:
        return self._note_call(
            lambda: note_service.edit_document_note(self.ws, note_id, self.annotator, text)
        )
