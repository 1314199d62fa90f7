"""Adjudication: building the gold layer from the annotators' layers.

The gold layer is an ordinary layer owned by the annotator named ``gold``, so it is
edited, exported (``--annotator gold``) and merged like any other. Accepting copies a
span (or a relation, with its two ends) from an annotator's layer into gold; accepting
something already in gold changes nothing, so a curator can press the key twice.
A split span is accepted with its fragments (spans with other fragments are other
versions), a cue like any span and link, and a referent with its mentions
(:func:`accept_referent`); :func:`accept_agreed` takes referents every layer agrees on.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from annotator.model import DocumentId, Layer, Relation, Span, SpanId, Status
from annotator.model.errors import Message, NotFound
from annotator.model.names import GOLD
from annotator.service.changes import Changes
from annotator.service.errors import ServiceError
from annotator.service.roles import require
from annotator.storage.repository import Repository

if TYPE_CHECKING:
    from annotator.service.workspace import Workspace


SpanKey = tuple[int, int, str]
# What makes two annotators' spans the same: range, label and a split span's fragments.
VersionKey = tuple[int, int, str, tuple[tuple[int, int], ...]]


def span_key(span: Span) -> SpanKey:
    """Where a span is and what it is (the curation view's row key)."""
    return (span.start, span.end, span.label)


def version_key(span: Span) -> VersionKey:
    """:func:`span_key` and the fragments: a split span and its unsplit range differ."""
    return (span.start, span.end, span.label, span.fragments)


@dataclass(frozen=True, slots=True)
class CurationItem:
    """One (start, end, label) and who has it: the rows of the curation view."""

    start: int
    end: int
    label: str
    annotators: tuple[str, ...]  # non-gold annotators who marked exactly this
    spans: tuple[Span, ...]  # their spans, in the order of ``annotators``
    in_gold: bool
    agreed: bool  # every compared annotator has it
    fragments: tuple[tuple[int, int], ...] = ()  # a split span's parts


def _read_span(workspace: Workspace, span_id: int) -> Span:
    with workspace.db.reading() as s:
        return Repository(s).span(span_id)


def _gold_span(workspace: Workspace, document_id: int, key: VersionKey) -> Span | None:
    layer = workspace.layer(document_id, GOLD)
    return next((s for s in layer.spans if version_key(s) == key), None)


def accept_span(
    workspace: Workspace,
    span_id: int,
    *,
    attrs: dict[str, Any] | None = None,
    replace: bool = False,
) -> tuple[Span, Changes]:
    """Copy an annotator's span into gold; returns the gold span and what changed.

    With ``replace``, gold spans that are another version of the same thing go: the
    same range with another label, or the same label on an overlapping range (and
    their relations with them). That is "accept this version" in the curation view.
    """
    span = _read_span(workspace, span_id)
    if span.annotator == GOLD:
        return span, Changes(notes=("this span is already in the gold layer",))
    changes = Changes(documents=frozenset({span.document_id}))
    if replace:
        for other in workspace.layer(span.document_id, GOLD).spans:
            if version_key(other) != version_key(span) and _versions_of_one(span, other):
                changes = changes.merge(workspace.delete_span(other.id, GOLD))
    existing = _gold_span(workspace, span.document_id, version_key(span))
    if existing is not None:
        return existing, changes.merge(Changes(notes=("already in the gold layer",)))
    created = workspace.create_span(
        span.document_id,
        GOLD,
        span.label,
        span.start,
        span.end,
        span.attrs if attrs is None else attrs,
    )
    assert created.span is not None
    if span.fragments:
        split = workspace.set_fragments(created.span.id, GOLD, span.pieces)
        return split.spans_updated[0][1], changes.merge(created).merge(split)
    return created.span, changes.merge(created)


def accept_referent(
    workspace: Workspace, document_id: int, annotator: str, referent_id: int
) -> Changes:
    """Copy one annotator's referent into gold: its mentions (accepted first if gold
    lacks them) become one gold referent, with its name if someone set one."""
    ref = next(
        (r for r in workspace.referents(document_id, annotator) if r.id == referent_id), None
    )
    if ref is None:
        raise ServiceError(
            Message(
                "{annotator} has no referent {referent} in this document",
                annotator=annotator,
                referent=referent_id,
            )
        )
    changes = Changes(documents=frozenset({DocumentId(document_id)}))
    mentions = []
    for mention in ref.mentions:
        gold, more = accept_span(workspace, mention)
        mentions.append(gold.id)
        changes = changes.merge(more)
    return changes.merge(
        _join_in_gold(workspace, document_id, mentions, ref.name if ref.named else "")
    )


def _join_in_gold(
    workspace: Workspace, document_id: int, mentions: Sequence[int], name: str
) -> Changes:
    """Make gold mentions one referent (joining into the first one's), named ``name``."""
    changes = Changes(documents=frozenset({DocumentId(document_id)}))
    for mention in mentions[1:]:
        current: dict[int, int] = {
            m: r.id for r in workspace.referents(document_id, GOLD) for m in r.mentions
        }
        if current.get(mention) is None or current.get(mention) != current.get(mentions[0]):
            changes = changes.merge(workspace.join_referent(mention, mentions[0], GOLD))
    if name:
        gold_ref = next(
            (r for r in workspace.referents(document_id, GOLD) if mentions[0] in r.mentions), None
        )
        if gold_ref is not None and gold_ref.name != name:
            changes = changes.merge(workspace.rename_referent(gold_ref.id, GOLD, name))
    return changes


def _versions_of_one(a: Span, b: Span) -> bool:
    """Two spans that disagree about one thing: same range, or same label overlapping."""
    if (a.start, a.end) == (b.start, b.end):
        return True
    return a.label == b.label and a.start < b.end and b.start < a.end


@dataclass
class Renamed:
    """Spans and relations that undo re-created under new ids (old id -> new id), so a
    later undo step naming an old id reaches the row that stands for it now."""

    spans: dict[int, int] = field(default_factory=dict)
    relations: dict[int, int] = field(default_factory=dict)

    def span(self, span_id: int) -> int:
        while span_id in self.spans:
            span_id = self.spans[span_id]
        return span_id

    def relation(self, relation_id: int) -> int:
        while relation_id in self.relations:
            relation_id = self.relations[relation_id]
        return relation_id


def revert(
    workspace: Workspace,
    changes: Changes,
    annotator: str = GOLD,
    renamed: Renamed | None = None,
) -> Changes:
    """Undo what ``changes`` did to ``annotator``'s layer: the spans and relations it
    added go, the ones it removed come back (under new ids, recorded in ``renamed``:
    pass one :class:`Renamed` to every step of an undo stack), updated spans get their
    old values, split ones their parts, and the mentions their referents. Returns what
    this did, so reverting that redoes the edit."""
    renamed = renamed if renamed is not None else Renamed()
    result = Changes(documents=changes.documents)
    documents = sorted(changes.documents)
    who_was = (
        tuple(workspace.referents(documents[0], annotator))
        if changes.referents_before is not None and documents
        else None
    )
    for rel in changes.relations_added:
        with contextlib.suppress(NotFound):  # it may have gone with one of its spans
            result = result.merge(workspace.delete_relation(renamed.relation(rel.id), annotator))
    for span in changes.spans_added:
        with contextlib.suppress(NotFound):
            result = result.merge(workspace.delete_span(renamed.span(span.id), annotator))
    for before, after in reversed(changes.spans_updated):  # the earliest version last
        span_id = renamed.span(after.id)
        restored = workspace.update_span(
            span_id,
            annotator,
            label=before.label,
            start=before.start,
            end=before.end,
            attrs=before.attrs,
        )
        if restored.span is not None and restored.span.pieces != before.pieces:
            restored = restored.merge(workspace.set_fragments(span_id, annotator, before.pieces))
        result = result.merge(restored)
    for span in changes.spans_removed:
        created = workspace.create_span(
            span.document_id, span.annotator, span.label, span.start, span.end, span.attrs
        )
        if created.span is not None:
            renamed.spans[span.id] = created.span.id
            if span.fragments:  # a split span comes back split
                created = created.merge(
                    workspace.set_fragments(created.span.id, annotator, span.pieces)
                )
        result = result.merge(created)
    for rel in changes.relations_removed:
        source, target = renamed.span(rel.from_span), renamed.span(rel.to_span)
        linked = workspace.create_relation(rel.type, source, target, annotator)
        if linked.relation is not None:
            renamed.relations[rel.id] = linked.relation.id
        result = result.merge(linked)
    if who_was is not None and changes.referents_before is not None:
        # Who the mentions were before the edit (mentions it added are gone again);
        # the result remembers who they were before this revert, for its own revert.
        kept = {s.id for s in workspace.layer(documents[0], annotator).spans}
        wanted = []
        for ref in changes.referents_before:
            mentions = tuple(SpanId(m) for m in map(renamed.span, ref.mentions) if m in kept)
            if mentions:
                wanted.append(dataclasses.replace(ref, mentions=mentions))
        restored = workspace.restore_referents(documents[0], annotator, wanted)
        result = dataclasses.replace(result.merge(restored), referents_before=who_was)
    return result


def accept_relation(workspace: Workspace, relation_id: int) -> Changes:
    """Copy a relation into gold, accepting its two spans first if gold lacks them."""
    with workspace.db.reading() as s:
        relation = Repository(s).relation(relation_id)
    if relation.annotator == GOLD:
        return Changes(notes=("this relation is already in the gold layer",))
    source, changes = accept_span(workspace, relation.from_span)
    target, more = accept_span(workspace, relation.to_span)
    changes = changes.merge(more)
    gold = workspace.layer(relation.document_id, GOLD)
    if any(
        (r.type, r.from_span, r.to_span) == (relation.type, source.id, target.id)
        for r in gold.relations
    ):
        return changes.merge(Changes(notes=("relation already in the gold layer",)))
    return changes.merge(workspace.create_relation(relation.type, source.id, target.id, GOLD))


def compared_layers(
    workspace: Workspace, document_id: int, annotators: Sequence[str] | None
) -> list[Layer]:
    """The layers to compare: the given annotators, or everyone who finished the document."""
    if annotators:
        workspace.require_annotators(annotators)
        return [workspace.layer(document_id, name) for name in annotators]
    with workspace.db.reading() as s:
        repo = Repository(s)
        names = repo.annotator_names()
        done = sorted(
            names[aid]
            for _doc, aid, status, _sec in repo.states([document_id])
            if status == Status.DONE.value and names[aid] != GOLD
        )
    return [workspace.layer(document_id, name) for name in done]


def versions(layers: Sequence[Layer]) -> dict[VersionKey, dict[str, Span]]:
    """Each version of a span in ``layers`` and, per annotator, their span of it (the
    first if they marked it twice): what the curation listings are made of."""
    found: dict[VersionKey, dict[str, Span]] = {}
    for layer in layers:
        for span in layer.spans:
            found.setdefault(version_key(span), {}).setdefault(layer.annotator, span)
    return found


def curation(
    workspace: Workspace, document_id: int, annotators: Sequence[str] | None = None
) -> list[CurationItem]:
    """Every distinct span of the compared layers, who has it, and whether gold has it
    (the window's fuller table, gold-only rows and relations too, is
    :func:`annotator.service.curation.curation_table`)."""
    layers = compared_layers(workspace, document_id, annotators)
    gold = {version_key(s) for s in workspace.layer(document_id, GOLD).spans}
    found = versions(layers)
    return [
        CurationItem(
            key[0],
            key[1],
            key[2],
            tuple(found[key]),
            tuple(found[key].values()),
            key in gold,
            len(layers) > 0 and len(found[key]) == len(layers),
            key[3],
        )
        for key in sorted(found, key=lambda k: (k[0], -k[1], k[2]))
    ]


def accept_agreed(
    workspace: Workspace, document_id: int, annotators: Sequence[str] | None = None
) -> Changes:
    """Accept every span all compared annotators marked alike, and relations they agree on.

    Without ``annotators``, everyone who marked the document done is compared. An
    agreed span keeps its attributes when they agree too; otherwise it gets none and
    the curator chooses.
    """
    require(workspace, "curator", Message("adjudicating"))
    layers = compared_layers(workspace, document_id, annotators)
    if len(layers) < 2:
        raise ServiceError(Message("accepting agreed spans needs at least two finished layers"))
    changes = Changes(documents=frozenset({DocumentId(document_id)}))
    gold_ids: dict[VersionKey, int] = {}
    for item in curation(workspace, document_id, [layer.annotator for layer in layers]):
        if not item.agreed:
            continue
        attrs = [s.attrs for s in item.spans]
        same = all(a == attrs[0] for a in attrs)
        gold, more = accept_span(workspace, item.spans[0].id, attrs=attrs[0] if same else {})
        gold_ids[version_key(item.spans[0])] = gold.id
        changes = changes.merge(more)
    agreed = _agreed_relations(layers)
    gold_layer = workspace.layer(document_id, GOLD)
    existing: set[tuple[str, int, int]] = {
        (r.type, r.from_span, r.to_span) for r in gold_layer.relations
    }
    for rel_type, source, target in sorted(agreed):
        key = (rel_type, gold_ids[source], gold_ids[target])
        if key not in existing:
            changes = changes.merge(workspace.create_relation(rel_type, key[1], key[2], GOLD))
            existing.add(key)
    for group in sorted(_agreed_referents(layers)):
        mentions = [gold_ids[k] for k in group if k in gold_ids]
        if len(mentions) == len(group):
            changes = changes.merge(_join_in_gold(workspace, document_id, mentions, ""))
    return changes


def _agreed_referents(layers: Sequence[Layer]) -> set[tuple[VersionKey, ...]]:
    """Referents every layer has: the same mentions (compared by position)."""
    counts: Counter[tuple[VersionKey, ...]] = Counter()
    for layer in layers:
        by_id = {s.id: version_key(s) for s in layer.spans}
        counts.update(
            {tuple(sorted(by_id[m] for m in r.mentions if m in by_id)) for r in layer.referents}
        )
    return {key for key, n in counts.items() if n == len(layers) and len(key) > 1}


def _agreed_relations(layers: Sequence[Layer]) -> set[tuple[str, VersionKey, VersionKey]]:
    """Relations every layer has between spans every layer has (compared by position)."""
    counts: Counter[tuple[str, VersionKey, VersionKey]] = Counter()
    for layer in layers:
        by_id: dict[int, VersionKey] = {s.id: version_key(s) for s in layer.spans}
        counts.update({_relation_key(r, by_id) for r in layer.relations})
    return {key for key, n in counts.items() if n == len(layers)}


def _relation_key(
    rel: Relation, by_id: dict[int, VersionKey]
) -> tuple[str, VersionKey, VersionKey]:
    return (rel.type, by_id[rel.from_span], by_id[rel.to_span])
