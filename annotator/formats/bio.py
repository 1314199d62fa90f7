"""Projecting character spans onto tokens: what every token-level format shares.

A span that does not start and end on token boundaries is expanded to the whole
tokens it touches (a genitive suffix such as the ের in পুতিনের is part of the token),
and counted. Spans of one BIO layer that overlap after expansion are never dropped
silently: ``error`` reports them, ``longest`` keeps the longest, ``first`` the earliest.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, islice, repeat
from operator import itemgetter, le, ne, neg, or_

from annotator.model import LabelKind, LabelSchema, Span
from annotator.text import Token
from annotator.text.tokenizer import sentence_ends, token_columns, token_spans

OVERLAP_MODES = ("error", "longest", "first")
# A closing quote or bracket after a sentence end stays with its sentence.
_CLOSERS = frozenset("’”'\")]»")


@dataclass(frozen=True, slots=True)
class AlignedSpan:
    """A span with the tokens it covers (``first``..``last`` inclusive)."""

    span: Span
    first: int
    last: int
    start: int  # code point offsets of the covered tokens
    end: int

    @property
    def expanded(self) -> bool:
        return (self.start, self.end) != (self.span.start, self.span.end)


@dataclass
class Projection:
    """One document layer's spans of one kind, on its tokens.

    The tokens are kept as ``(start, end)`` offsets (:func:`token_spans`); their texts
    and :class:`Token` objects are made only when a writer asks for them.
    """

    text: str
    bounds: Sequence[tuple[int, int]]
    kept: list[AlignedSpan]
    dropped: list[AlignedSpan] = field(default_factory=list)
    conflicts: list[tuple[AlignedSpan, AlignedSpan]] = field(default_factory=list)
    unaligned: list[Span] = field(default_factory=list)

    @property
    def expanded(self) -> int:
        return sum(1 for a in self.kept if a.expanded)

    @property
    def n_tokens(self) -> int:
        return len(self.bounds)

    @cached_property
    def words(self) -> list[str]:
        """Each token's text."""
        text = self.text
        return [text[s:e] for s, e in self.bounds]

    @cached_property
    def starts(self) -> tuple[int, ...]:
        return next(zip(*self.bounds, strict=True), ())

    @cached_property
    def tokens(self) -> list[Token]:
        text, n, make = self.text, len(self.text), Token._make
        return [
            make((w, s, e, e < n and text[e].isspace()))
            for w, (s, e) in zip(self.words, self.bounds, strict=True)
        ]


def align(
    bounds: Sequence[tuple[int, int]], spans: Iterable[Span]
) -> tuple[list[AlignedSpan], list[Span]]:
    """Each span with the range of tokens it touches; spans touching no token go apart."""
    starts, ends = zip(*bounds, strict=True) if bounds else ((), ())
    aligned: list[AlignedSpan] = []
    lost: list[Span] = []
    for span in spans:
        first = bisect_right(ends, span.start)  # first token ending after the span start
        last = bisect_left(starts, span.end) - 1  # last token starting before the span end
        if first > last:
            lost.append(span)
            continue
        aligned.append(AlignedSpan(span, first, last, starts[first], ends[last]))
    return aligned, lost


def _greedy(
    candidates: Iterable[AlignedSpan], n_tokens: int
) -> tuple[list[AlignedSpan], list[AlignedSpan]]:
    """Keep each candidate in turn unless one kept before covers any of its tokens."""
    taken = bytearray(n_tokens)
    kept: list[AlignedSpan] = []
    dropped: list[AlignedSpan] = []
    for cand in candidates:
        if taken.find(1, cand.first, cand.last + 1) != -1:
            dropped.append(cand)
        else:
            taken[cand.first : cand.last + 1] = b"\x01" * (cand.last + 1 - cand.first)
            kept.append(cand)
    kept.sort(key=lambda a: a.first)
    return kept, dropped


def project(
    text: str,
    spans: Iterable[Span],
    mode: str = "error",
    tokens: list[Token] | None = None,
    bounds: Sequence[tuple[int, int]] | None = None,
) -> Projection:
    """Align ``spans`` to the tokens of ``text`` and resolve overlaps by ``mode``.

    In ``error`` mode the overlapping pairs are listed in ``conflicts`` (and the earliest
    span kept) so the caller can report every one before giving up.
    """
    if mode not in OVERLAP_MODES:
        raise ValueError(f"--on-overlap must be one of {', '.join(OVERLAP_MODES)}")
    if bounds is None:
        bounds = token_spans(text) if tokens is None else [(t.start, t.end) for t in tokens]
    aligned, lost = align(bounds, spans)
    in_order = sorted(aligned, key=lambda a: (a.first, -a.last, a.span.label))
    conflicts: list[tuple[AlignedSpan, AlignedSpan]] = []
    reach: AlignedSpan | None = None
    for cand in in_order:
        if reach is not None and cand.first <= reach.last:
            conflicts.append((reach, cand))
        if reach is None or cand.last > reach.last:
            reach = cand
    if mode == "longest":
        longest_first = sorted(aligned, key=lambda a: (a.first - a.last, a.first))
        kept, dropped = _greedy(longest_first, len(bounds))
    else:
        kept, dropped = _greedy(in_order, len(bounds))
    if mode != "error":
        conflicts = []
    return Projection(text, bounds, kept, dropped, conflicts, lost)


# A span as the row path projects it: (start, end, label, span id), and once aligned
# (first token, -last token, label, span id, start, end, first - last): the negated
# last token and the width let C-level ``itemgetter`` keys give :func:`project`'s orders.
RowSpan = tuple[int, int, str, int]
RowAligned = tuple[int, int, str, int, int, int, int]
_IN_ORDER = itemgetter(0, 1, 2)  # first token, longest first, label
_LONGEST = itemgetter(6, 0)  # longest first, then first token
_FIRST = itemgetter(0)
_START = itemgetter(0)  # of a RowSpan
_END = itemgetter(1)
_NEG_LAST = itemgetter(1)  # of a RowAligned: its last token, negated
_SPAN_START = itemgetter(4)
_SPAN_END = itemgetter(5)


@dataclass
class RowProjection:
    """What :func:`project_rows` keeps and leaves out, as plain tuples."""

    kept: list[RowAligned]  # by first token
    dropped: list[RowAligned]
    lost: list[int]  # ids of the spans on no token
    expanded: int


def project_rows(
    bounds: Sequence[tuple[int, int]], spans: Iterable[RowSpan], mode: str
) -> RowProjection | None:
    """:func:`project` over ``(start, end, label, id)`` tuples, for exports read as rows.

    The same alignment, order and overlap rules, so the same spans are kept; ``None``
    when spans overlap in ``error`` mode (:func:`project` then lists the conflicts).
    """
    starts, ends = token_columns(bounds)
    spans = list(spans)
    # The first token ending after each span's start and the first token starting at or
    # after its end (one past its last token), searched by C-level map, not a loop.
    firsts = list(map(bisect_right, repeat(ends), map(_START, spans)))
    stops = list(map(bisect_left, repeat(starts), map(_END, spans)))
    aligned: list[RowAligned] = [
        (first, 1 - stop, label, id_, start, end, first - stop + 1)
        for first, stop, (start, end, label, id_) in zip(firsts, stops, spans, strict=True)
        if first < stop
    ]
    lost: list[int] = (
        [span[3] for first, stop, span in zip(firsts, stops, spans, strict=True) if first >= stop]
        if len(aligned) < len(spans)
        else []
    )
    in_order = sorted(aligned, key=_IN_ORDER)
    # Spans overlap when one starts at or before the furthest last token of those
    # before it (by first token): the running maximum and the test are C-level.
    reach = list(accumulate(map(neg, map(_NEG_LAST, in_order)), max))
    overlapping = any(map(le, map(_FIRST, islice(in_order, 1, None)), reach))
    dropped: list[RowAligned] = []
    if not overlapping:
        kept = in_order  # every span kept, already by first token (firsts all differ)
    elif mode == "error":
        return None
    else:
        candidates = sorted(aligned, key=_LONGEST) if mode == "longest" else in_order
        taken = bytearray(len(bounds))
        kept = []
        for a in candidates:
            first, stop = a[0], 1 - a[1]
            if taken.find(1, first, stop) != -1:
                dropped.append(a)
            else:
                taken[first:stop] = b"\x01" * (stop - first)
                kept.append(a)
        kept.sort(key=_FIRST)
    # Spans whose ends are not their tokens' ends (widened to whole tokens).
    moved_start = map(ne, map(_SPAN_START, kept), map(starts.__getitem__, map(_FIRST, kept)))
    moved_end = map(ne, map(_SPAN_END, kept), map(ends.__getitem__, map(neg, map(_NEG_LAST, kept))))
    expanded = sum(map(or_, moved_start, moved_end))
    return RowProjection(kept, dropped, lost, expanded)


def bio_tags_rows(n_tokens: int, kept: Iterable[RowAligned]) -> list[str]:
    """:func:`bio_tags` of a :class:`RowProjection`'s kept spans."""
    tags = ["O"] * n_tokens
    for a in kept:
        first, last, label = a[0], -a[1], a[2]
        tags[first] = f"B-{label}"
        if last > first:
            tags[first + 1 : last + 1] = [f"I-{label}"] * (last - first)
    return tags


def bio_tags(n_tokens: int, kept: Iterable[AlignedSpan]) -> list[str]:
    tags = ["O"] * n_tokens
    for a in kept:
        tags[a.first] = f"B-{a.span.label}"
        for i in range(a.first + 1, a.last + 1):
            tags[i] = f"I-{a.span.label}"
    return tags


def tag_names(labels: Iterable[str]) -> list[str]:
    """``O`` then ``B-X``, ``I-X`` for each label, in the order given (the schema's)."""
    names = ["O"]
    for label in labels:
        names += [f"B-{label}", f"I-{label}"]
    return names


def layer_labels(schema: LabelSchema, kind: LabelKind, only: Iterable[str] | None) -> list[str]:
    """The labels of one kind in schema order, narrowed to ``only`` when given."""
    wanted = set(only) if only else None
    return [
        label.name
        for label in schema.labels_of_kind(kind)
        if wanted is None or label.name in wanted
    ]


def sentence_groups(text: str, tokens: Sequence[Token], tags: Sequence[str]) -> list[range]:
    """Token index ranges per sentence (the project's sentence splitter).

    A break inside a span is not a break, and a closing quote stays with the sentence
    it closes, so re-reading a CoNLL file (tokens joined by spaces) gives the same groups.
    """
    return sentence_groups_at(text, [t.start for t in tokens], [t.text for t in tokens], tags)


def sentence_groups_at(
    text: str, starts: Sequence[int], words: Sequence[str], tags: Sequence[str]
) -> list[range]:
    """:func:`sentence_groups` from the tokens' start offsets and texts."""
    groups: list[range] = []
    begin = 0
    n = len(starts)
    for bound in sentence_ends(text):
        i = bisect_left(starts, bound)  # the first token after the sentence
        if i == n:
            break
        if i > begin and not tags[i].startswith("I-") and words[i] not in _CLOSERS:
            groups.append(range(begin, i))
            begin = i
    if begin < n:
        groups.append(range(begin, n))
    return groups


def check_bio(tags: Sequence[str], known: set[str] | None = None) -> list[tuple[int, str]]:
    """Problems in a tag sequence: ``(index, reason)`` for unknown or ill-formed tags."""
    problems: list[tuple[int, str]] = []
    prev = "O"
    for i, tag in enumerate(tags):
        if tag != "O" and not (tag[:2] in ("B-", "I-") and len(tag) > 2):
            problems.append((i, f"tag {tag!r} is not O, B-LABEL or I-LABEL"))
            prev = "O"
            continue
        if known is not None and tag not in known:
            problems.append((i, f"unknown tag {tag!r}"))
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            after = "O" if prev == "O" else prev
            problems.append((i, f"{tag} follows {after} (a span must start with B-{tag[2:]})"))
        prev = tag
    return problems


def spans_from_tags(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(first, last_inclusive, label)`` token ranges of well-formed BIO tags."""
    out: list[tuple[int, int, str]] = []
    start: int | None = None
    label = ""
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and start is not None and label == tag[2:]:
            continue
        if start is not None:
            out.append((start, i - 1, label))
            start = None
        if tag.startswith(("B-", "I-")):
            start, label = i, tag[2:]
    if start is not None:
        out.append((start, len(tags) - 1, label))
    return out


def describe(span: Span, text: str) -> str:
    return f"{span.label} {span.start}-{span.end} {text[span.start : span.end]!r}"
