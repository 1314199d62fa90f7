"""Attribution edits: split (discontinuous) spans and referents ("same as").

:class:`AttributionEdits` is part of :class:`~annotator.service.Workspace`: every method
checks its input, runs in one transaction, logs a history row and answers with a
:class:`Changes` value, like the other edits. Undo: a fragment edit is undone with
:meth:`set_fragments` and the span's previous ``pieces``; a referent edit with
:meth:`restore_referents` and the ``referents_before`` of its :class:`Changes`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from annotator.model import (
    Document,
    DocumentId,
    DocumentState,
    LabelKind,
    LabelSchema,
    Referent,
    Span,
    span_problem,
)
from annotator.model.attribution import fragments_problem, normalize_fragments
from annotator.service.changes import Changes
from annotator.service.clusters import cluster_index
from annotator.service.errors import ConflictError, Message, ServiceError
from annotator.storage import attribution as store
from annotator.storage.repository import Repository, span_snapshot

if TYPE_CHECKING:
    from annotator.storage import Database
    from annotator.storage import Transaction as Session

MAX_REFERENT_NAME = 500


def _referent_snapshot(referents: Iterable[Referent]) -> list[dict[str, Any]]:
    return [
        {"id": r.id, "name": r.name if r.named else "", "mentions": list(r.mentions)}
        for r in referents
    ]


class AttributionEdits:
    """Fragment and referent use-cases (mixed into the Workspace)."""

    if TYPE_CHECKING:
        db: Database

        def check_writable(self) -> None: ...

        def check_layer(self, owner: str) -> None: ...

        def _schema_for(self, repo: Repository, document: Document) -> LabelSchema: ...

        @staticmethod
        def _touch_state(
            repo: Repository, document_id: int, annotator_id: int
        ) -> DocumentState: ...

    # Fragments --------------------------------------------------------------

    def add_fragment(
        self,
        span_id: int,
        annotator: str,
        start: int,
        end: int,
        *,
        expected_version: int | None = None,
    ) -> Changes:
        """Add ``start``-``end`` as one more fragment of the span (the `+` key).

        The span becomes discontinuous and its outer extent grows to cover the new
        piece; a piece touching a fragment merges with it. Refused if the piece
        overlaps one of the span's fragments or splits a grapheme cluster.
        """
        self.check_writable()
        with self.db.writing() as s:
            span = Repository(s).span(span_id)
            merged: list[tuple[int, int]] = []
            for a, b in sorted((*span.pieces, (start, end))):
                if merged and a < merged[-1][1]:
                    part = merged[-1] if (a, b) == (start, end) else (a, b)
                    raise ServiceError(
                        Message(
                            "{start}-{end} overlaps the span's part {a}-{b}",
                            start=start,
                            end=end,
                            a=part[0],
                            b=part[1],
                        )
                    )
                if merged and a == merged[-1][1]:
                    merged[-1] = (merged[-1][0], b)
                else:
                    merged.append((a, b))
            return self._store_pieces(s, span_id, annotator, merged, expected_version)

    def remove_fragment(
        self,
        span_id: int,
        annotator: str,
        start: int,
        end: int,
        *,
        expected_version: int | None = None,
    ) -> Changes:
        """Remove the fragment that contains ``start``-``end`` from a split span.

        The span shrinks to its remaining fragments (one left: a plain span again).
        Refused on a span that is not split (delete the span instead).
        """
        self.check_writable()
        with self.db.writing() as s:
            span = Repository(s).span(span_id)
            if not span.fragments:
                raise ServiceError(Message("this span has only one part; delete the span instead"))
            kept = [(a, b) for a, b in span.fragments if not (a <= start and end <= b)]
            if len(kept) == len(span.fragments):
                raise ServiceError(
                    Message(
                        "{start}-{end} is not inside one of the span's parts", start=start, end=end
                    )
                )
            return self._store_pieces(s, span_id, annotator, kept, expected_version)

    def set_fragments(
        self,
        span_id: int,
        annotator: str,
        pieces: Sequence[tuple[int, int]],
        *,
        expected_version: int | None = None,
    ) -> Changes:
        """Give a span exactly these pieces (one piece: a plain span) — undo's tool.

        Pass the ``pieces`` of the span before an edit to undo it.
        """
        self.check_writable()
        with self.db.writing() as s:
            return self._store_pieces(s, span_id, annotator, list(pieces), expected_version)

    def _store_pieces(
        self,
        s: Session,
        span_id: int,
        annotator: str,
        pieces: list[tuple[int, int]],
        expected_version: int | None,
    ) -> Changes:
        repo = Repository(s)
        self.check_layer(repo.span(span_id).annotator)
        before = repo.lock_span(span_id)
        if expected_version is not None and before.version != expected_version:
            raise ConflictError(Message("this span was changed by someone else in the meantime"))
        if not pieces:
            raise ServiceError(Message("a span needs at least one part"))
        pieces = sorted((int(a), int(b)) for a, b in pieces)
        doc = repo.document(before.document_id)
        clusters = cluster_index(doc)
        start, end = pieces[0][0], pieces[-1][1]
        problem = span_problem(
            clusters, self._schema_for(repo, doc), start, end, before.label, before.attrs
        ) or fragments_problem(clusters, start, end, normalize_fragments(pieces))
        if problem:
            raise ServiceError(problem)
        store.set_span_pieces(s, span_id, pieces)
        after = repo.span(span_id)
        aid = repo.annotator_id(before.annotator)
        state = self._touch_state(repo, before.document_id, aid)
        repo.log(
            annotator,
            "update",
            "span",
            span_id,
            before.document_id,
            span_snapshot(before),
            span_snapshot(after),
        )
        return Changes(
            documents=frozenset({before.document_id}), spans_updated=((before, after),), state=state
        )

    # Referents --------------------------------------------------------------

    def referents(self, document_id: int, annotator: str) -> list[Referent]:
        """The referents of one layer with their mentions (span ids, text order) and
        canonical names, ordered by first mention: what the referents panel lists."""
        with self.db.reading() as s:
            repo = Repository(s)
            try:
                aid = repo.annotator_id(annotator, create=False)
            except LookupError:
                return []
            return store.referents(s, [document_id], aid)

    def join_referent(self, span_id: int, other_span_id: int, annotator: str) -> Changes:
        """Say mention ``span_id`` is the same as mention ``other_span_id`` ("same as…").

        The first joins the second's referent (made now if it has none); if both are
        already in referents, the two referents become one. Both must be entity spans
        (PER, ORG, MENTION...) of the same layer.
        """
        self.check_writable()
        with self.db.writing() as s:
            repo = Repository(s)
            a, b = repo.span(span_id), repo.span(other_span_id)
            self.check_layer(a.annotator)
            aid = self._referent_layer(repo, a, b)
            before = tuple(store.referents(s, [a.document_id], aid))
            if a.referent is not None and a.referent == b.referent:
                raise ServiceError(Message("these two mentions are already the same referent"))
            if a.referent is None and b.referent is None:
                target = store.add_referent(s, a.document_id, aid)
                store.set_referent(s, [a.id, b.id], target)
            elif b.referent is None:
                target = a.referent  # type: ignore[assignment]
                store.set_referent(s, [b.id], target)
            elif a.referent is None:
                target = b.referent
                store.set_referent(s, [a.id], target)
            else:
                target = b.referent
                merged = next(r for r in before if r.id == a.referent)
                kept = next(r for r in before if r.id == b.referent)
                store.set_referent(s, merged.mentions, target)
                if merged.named and not kept.named:
                    store.rename_referent(s, target, merged.name)
                store.delete_referents(s, [merged.id])
            return self._referent_changes(
                s, repo, annotator, "join", target, a.document_id, aid, before
            )

    def leave_referent(self, span_id: int, annotator: str) -> Changes:
        """Take a mention out of its referent (it refers to someone else after all).

        A referent left with no mention, or with one and no name set, is deleted.
        """
        self.check_writable()
        with self.db.writing() as s:
            repo = Repository(s)
            span = repo.span(span_id)
            self.check_layer(span.annotator)
            if span.referent is None:
                raise ServiceError(Message("this mention is not joined to a referent"))
            aid = repo.annotator_id(span.annotator)
            before = tuple(store.referents(s, [span.document_id], aid))
            store.set_referent(s, [span.id], None)
            return self._referent_changes(
                s, repo, annotator, "leave", span.referent, span.document_id, aid, before
            )

    def rename_referent(self, referent_id: int, annotator: str, name: str) -> Changes:
        """Set a referent's canonical name; an empty name goes back to the default
        (the longest PER/ORG mention)."""
        self.check_writable()
        name = " ".join(name.split())
        if len(name) > MAX_REFERENT_NAME:
            raise ServiceError(
                Message(
                    "a referent name may have at most {limit} characters", limit=MAX_REFERENT_NAME
                )
            )
        with self.db.writing() as s:
            repo = Repository(s)
            row = store.referent_row(s, referent_id)
            if row is None:
                raise ServiceError(
                    Message("referent {referent} no longer exists", referent=referent_id)
                )
            doc_id, aid = row.document_id, row.annotator_id
            self.check_layer(repo.annotator_names().get(aid, ""))
            before = tuple(store.referents(s, [doc_id], aid))
            store.rename_referent(s, referent_id, name)
            return self._referent_changes(
                s, repo, annotator, "rename", referent_id, doc_id, aid, before
            )

    def restore_referents(
        self, document_id: int, annotator: str, referents: Sequence[Referent]
    ) -> Changes:
        """Make one layer's referents exactly ``referents`` (names of those with
        ``named`` set, and mentions by span id) — undo's tool: pass ``referents_before``
        of an edit's Changes, with span ids mapped to the spans' current ids."""
        self.check_writable()
        with self.db.writing() as s:
            repo = Repository(s)
            self.check_layer(annotator)
            aid = repo.annotator_id(annotator)
            layer_ids = {sp.id for sp in repo.spans([document_id], aid)}
            for ref in referents:
                missing = [m for m in ref.mentions if m not in layer_ids]
                if missing:
                    raise ServiceError(
                        Message("span {span} is not in this layer any more", span=missing[0])
                    )
            before = tuple(store.referents(s, [document_id], aid))
            store.delete_layer_referents(s, document_id, aid)
            for ref in referents:
                rid = store.add_referent(
                    s,
                    document_id,
                    aid,
                    ref.name if ref.named else "",
                    ref.label if ref.named else "",
                )
                store.set_referent(s, ref.mentions, rid)
            return self._referent_changes(
                s, repo, annotator, "restore", None, document_id, aid, before
            )

    def _referent_layer(self, repo: Repository, a: Span, b: Span) -> int:
        if a.id == b.id:
            raise ServiceError(Message("a mention is always the same as itself; pick another one"))
        if a.document_id != b.document_id or a.annotator != b.annotator:
            raise ServiceError(Message("both mentions must be in the same document and layer"))
        for span in (a, b):
            if span.kind is not LabelKind.ENTITY:
                raise ServiceError(
                    Message(
                        "only entity mentions (PER, ORG, MENTION...) can refer to someone, "
                        "not a {label}",
                        label=span.label,
                    )
                )
        return repo.annotator_id(a.annotator)

    def _referent_changes(
        self,
        s: Session,
        repo: Repository,
        annotator: str,
        action: str,
        referent_id: int | None,
        document_id: int,
        aid: int,
        before: tuple[Referent, ...],
    ) -> Changes:
        store.prune_referents(s, document_id, aid)
        after = tuple(store.referents(s, [document_id], aid))
        state = self._touch_state(repo, document_id, aid)
        repo.log(
            annotator,
            action,
            "referent",
            referent_id,
            document_id,
            {"referents": _referent_snapshot(before)},
            {"referents": _referent_snapshot(after)},
        )
        return Changes(
            documents=frozenset({DocumentId(document_id)}),
            spans_updated=moved_mentions(repo, before, after),
            referents_before=before,
            referents_after=after,
            state=state,
        )


def moved_mentions(
    repo: Repository,
    before: Sequence[Referent],
    after: Sequence[Referent],
    gone: Iterable[int] = (),
) -> tuple[tuple[Span, Span], ...]:
    """The mentions whose referent changed between two states of a layer's referents,
    as (before, after) span pairs; spans in ``gone`` (deleted) are left out."""
    old = {m: r.id for r in before for m in r.mentions}
    new = {m: r.id for r in after for m in r.mentions}
    skip = set(gone)
    moved = sorted(m for m in old.keys() | new.keys() if old.get(m) != new.get(m) and m not in skip)
    updated = []
    for span_id in moved:
        now = repo.span(span_id)
        updated.append((_with_referent(now, old.get(span_id)), now))
    return tuple(updated)


def resized_pieces(clusters: Any, span: Span, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """A split span's pieces after its outer extent moved to ``start``-``end``: the
    first fragment's start and the last one's end move with it. Raises
    :class:`ServiceError` if a fragment would vanish or overlap."""
    pieces = list(span.fragments)
    pieces[0] = (start, pieces[0][1])
    pieces[-1] = (pieces[-1][0], end)
    problem = fragments_problem(clusters, start, end, pieces)
    if problem:
        raise ServiceError(
            Message(
                "{problem}; remove the fragment first (resizing moves only the outer ends)",
                problem=problem,
            )
        )
    return tuple(pieces)


def _with_referent(span: Span, referent: Any) -> Span:
    from dataclasses import replace

    return replace(span, referent=referent)
