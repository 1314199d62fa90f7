"""Rules for attribution: fragments of discontinuous spans and referents of mentions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from annotator.model.errors import Message
from annotator.text.clusters import ClusterIndex

# Labels whose spans may join a referent, and those that name it by default.
MENTION_LABEL = "MENTION"
CUE_LABEL = "CUE"
NAMING_LABELS = ("PER", "ORG")
REFERENT_LABELS = (*NAMING_LABELS, MENTION_LABEL)
# Between the texts of a discontinuous span's fragments, wherever they are shown joined.
FRAGMENT_JOINER = " … "


def fragments_problem(
    clusters: ClusterIndex, start: Any, end: Any, fragments: Sequence[Any]
) -> str | None:
    """Why these fragments cannot belong to the span ``start``-``end``, or ``None``.

    Two or more ``(start, end)`` pieces, each non-empty and on cluster boundaries, in
    text order, not overlapping; the first starts at ``start`` and the last ends at
    ``end`` (the span's outer extent). An empty list means a contiguous span.
    """
    if not isinstance(fragments, list | tuple):
        return Message("'fragments' must be a list of [start, end] pairs")
    if not fragments:
        return None
    if len(fragments) < 2:
        return Message("a split span needs two or more fragments")
    text_length = len(clusters.text)
    previous_end = -1
    pieces: list[tuple[int, int]] = []
    for n, piece in enumerate(fragments, 1):
        if (
            not isinstance(piece, list | tuple)
            or len(piece) != 2
            or any(type(x) is not int for x in piece)
        ):
            return Message(
                "fragment {n} must be a pair of integers [start, end], got {piece!r}",
                n=n,
                piece=piece,
            )
        a, b = piece
        if a < 0 or b > text_length or a >= b:
            return Message(
                "fragment {n} ({a}-{b}) is outside the text (length {length}) or empty",
                n=n,
                a=a,
                b=b,
                length=text_length,
            )
        if not clusters.is_boundary(a) or not clusters.is_boundary(b):
            return Message(
                "fragment {n} ({a}-{b}) splits a grapheme cluster "
                "(nearest whole fragment: {floor}-{ceil})",
                n=n,
                a=a,
                b=b,
                floor=clusters.floor(a),
                ceil=clusters.ceil(b),
            )
        if a < previous_end:
            return Message(
                "fragment {n} ({a}-{b}) overlaps or comes before fragment {previous}",
                n=n,
                a=a,
                b=b,
                previous=n - 1,
            )
        previous_end = b
        pieces.append((a, b))
    if pieces[0][0] != start or pieces[-1][1] != end:
        return Message(
            "fragments run {a}-{b}, not the span's outer extent {start}-{end}",
            a=pieces[0][0],
            b=pieces[-1][1],
            start=start,
            end=end,
        )
    return None


def normalize_fragments(pieces: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Fragments as stored: sorted; a single piece is no split at all (empty)."""
    ordered = tuple(sorted((int(a), int(b)) for a, b in pieces))
    return ordered if len(ordered) > 1 else ()


def fragments_text(text: str, pieces: Iterable[tuple[int, int]]) -> str:
    """The fragments' texts joined by " … " (the text a reader of the quote sees)."""
    return FRAGMENT_JOINER.join(text[a:b] for a, b in pieces)


def default_referent_name(mentions: Iterable[tuple[str, str]]) -> tuple[str, str]:
    """``(name, label)`` of a referent from its mentions' ``(label, text)``.

    The longest PER/ORG mention names it (first in text order on a tie); without one,
    the longest mention of any label.
    """
    items = list(mentions)
    naming = [m for m in items if m[0] in NAMING_LABELS] or items
    if not naming:
        return "", ""
    label, text = max(naming, key=lambda m: len(m[1]))
    return text, label


def record_attribution_problem(
    clusters: ClusterIndex,
    schema: Any,
    spans: Sequence[Any],
    referents: Sequence[Any],
) -> str | None:
    """The first problem with a record's fragments and referents, or ``None``.

    ``spans`` are :class:`SpanRecord`, ``referents`` :class:`ReferentRecord`: every
    split span's fragments lie in the text on cluster boundaries, ordered, not
    overlapping, spanning the span; referent ids are defined once; only entity spans
    join a referent.
    """
    from annotator.model.schema import LabelKind

    keys: set[str] = set()
    for ref in referents:
        if ref.key in keys:
            return Message("referent id {key!r} is used twice", key=ref.key)
        keys.add(ref.key)
        if ref.label and schema.label(ref.label) is None:
            return Message("referent {key}: unknown label {label!r}", key=ref.key, label=ref.label)
    for span in spans:
        if span.fragments:
            problem = fragments_problem(clusters, span.start, span.end, span.fragments)
            if problem:
                return Message("span {key}: {problem}", key=span.key, problem=problem)
        if span.referent is not None:
            if span.referent not in keys:
                return Message(
                    "span {key}: unknown referent {referent!r} (not in 'referents')",
                    key=span.key,
                    referent=span.referent,
                )
            label = schema.label(span.label)
            if label is not None and label.kind is not LabelKind.ENTITY:
                return Message(
                    "span {key}: a {label} span cannot join a referent "
                    "(only entity mentions such as PER, ORG, MENTION)",
                    key=span.key,
                    label=span.label,
                )
    return None
