"""What a use-case changed, so a face can refresh just that.

Every edit of a layer returns a :class:`Changes`, and it carries the layer's state
after the edit (``state``: the status rule of :meth:`Status.after_edit` applied once,
in the service), so no face works the status out for itself. The window publishes each
one on its change broadcast (``gui/change_bus.py``) to every panel and dialog showing
the document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.model import DocumentId, DocumentState, Note, ProjectId, Referent, Relation, Span


@dataclass(frozen=True, slots=True)
class Changes:
    documents: frozenset[DocumentId] = frozenset()
    spans_added: tuple[Span, ...] = ()
    spans_removed: tuple[Span, ...] = ()
    spans_updated: tuple[tuple[Span, Span], ...] = ()  # (before, after)
    relations_added: tuple[Relation, ...] = ()
    relations_removed: tuple[Relation, ...] = ()
    state: DocumentState | None = None  # the edited layer's state after the edit
    notes: tuple[str, ...] = field(default=())
    # A referent edit: the layer's referents before and after it (None: untouched).
    referents_before: tuple[Referent, ...] | None = None
    referents_after: tuple[Referent, ...] | None = None
    # A note edit: whose notes (document id, annotator) and all of them after it.
    notes_layer: tuple[DocumentId, str] | None = None
    notes_after: tuple[Note, ...] | None = None
    # Projects whose label schema changed (spans of a removed label went with it).
    schemas: frozenset[ProjectId] = frozenset()

    @property
    def span(self) -> Span | None:
        """The span this edit created or changed (its new version), if any."""
        if self.spans_added:
            return self.spans_added[0]
        if self.spans_updated:
            return self.spans_updated[0][1]
        return None

    @property
    def relation(self) -> Relation | None:
        return self.relations_added[0] if self.relations_added else None

    @property
    def edits_layer(self) -> bool:
        """Whether spans or relations changed (not only the status or a note)."""
        return bool(
            self.spans_added
            or self.spans_removed
            or self.spans_updated
            or self.relations_added
            or self.relations_removed
            or self.referents_after is not None
        )

    def layers(self) -> set[tuple[int, str]]:
        """The (document id, annotator) layers this edit touched."""
        spans = [*self.spans_added, *self.spans_removed, *(a for _b, a in self.spans_updated)]
        out = {(int(s.document_id), s.annotator) for s in spans}
        out |= {
            (int(r.document_id), r.annotator)
            for r in (*self.relations_added, *self.relations_removed)
        }
        if self.state is not None:
            out.add((int(self.state.document_id), self.state.annotator))
        if self.notes_layer is not None:
            out.add((int(self.notes_layer[0]), self.notes_layer[1]))
        return out

    def touches(self, document_id: int, annotator: str) -> bool:
        """Whether this edit changed ``annotator``'s layer of the document."""
        if document_id not in self.documents:
            return False
        return (int(document_id), annotator) in self.layers()

    def merge(self, more: Changes) -> Changes:
        """One value for two edits made one after the other (``more`` second): what a
        use-case of several steps (accept a relation with its two ends) changed, net.
        A span added then changed is listed once as added, in its last version; one
        changed twice once, from its first to its last version; one added then deleted
        not at all (relations alike); so a face applying it never shows a span twice."""
        added = {span.id: span for span in self.spans_added}
        updated: dict[int, tuple[Span, Span]] = {}
        for before, after in self.spans_updated:
            first = updated.get(after.id, (before, after))[0]
            updated[after.id] = (first, after)
        removed = list(self.spans_removed)
        for before, after in more.spans_updated:
            if after.id in added:
                added[after.id] = after
            else:
                updated[after.id] = (updated.get(after.id, (before, after))[0], after)
        for span in more.spans_removed:
            if added.pop(span.id, None) is None:
                removed.append(updated.pop(span.id, (span, span))[0])
        added.update((span.id, span) for span in more.spans_added)
        links = {rel.id: rel for rel in (*self.relations_added, *more.relations_added)}
        unlinked = list(self.relations_removed)
        for rel in more.relations_removed:
            if links.pop(rel.id, None) is None:
                unlinked.append(rel)
        return Changes(
            documents=self.documents | more.documents,
            spans_added=tuple(added.values()),
            spans_removed=tuple(removed),
            spans_updated=tuple(updated.values()),
            relations_added=tuple(links.values()),
            relations_removed=tuple(unlinked),
            state=more.state or self.state,
            notes=self.notes + more.notes,
            referents_before=self.referents_before or more.referents_before,
            referents_after=more.referents_after or self.referents_after,
            notes_layer=more.notes_layer or self.notes_layer,
            notes_after=more.notes_after if more.notes_after is not None else self.notes_after,
            schemas=self.schemas | more.schemas,
        )
