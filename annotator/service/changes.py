"""What a use-case changed, so a face can refresh just that."""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.model import DocumentId, DocumentState, Referent, Relation, Span


@dataclass(frozen=True, slots=True)
class Changes:
    documents: frozenset[DocumentId] = frozenset()
    spans_added: tuple[Span, ...] = ()
    spans_removed: tuple[Span, ...] = ()
    spans_updated: tuple[tuple[Span, Span], ...] = ()  # (before, after)
    relations_added: tuple[Relation, ...] = ()
    relations_removed: tuple[Relation, ...] = ()
    state: DocumentState | None = None
    notes: tuple[str, ...] = field(default=())
    # A referent edit: the layer's referents before and after it (None: untouched).
    referents_before: tuple[Referent, ...] | None = None
    referents_after: tuple[Referent, ...] | None = None

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
