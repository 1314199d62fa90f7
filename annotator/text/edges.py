"""Moving a span's edges by one step: a grapheme cluster, or a word where a punctuation
mark (danda, quote mark, comma) is a step of its own.

Plain functions on a :class:`ClusterIndex`; every result lies on a cluster boundary and
never leaves a span empty or ending in whitespace. ``None`` means the edge cannot move.
"""

from __future__ import annotations

from enum import StrEnum

from annotator.text.clusters import ClusterIndex, is_word_char


class Unit(StrEnum):
    CLUSTER = "cluster"
    WORD = "word"


def _word_at(clusters: ClusterIndex, pos: int) -> bool:
    return pos < len(clusters.text) and is_word_char(clusters.text[pos])


def _space_before(clusters: ClusterIndex, pos: int) -> bool:
    return pos > 0 and clusters.text[clusters.floor(pos - 1)].isspace()


def _space_at(clusters: ClusterIndex, pos: int) -> bool:
    return pos < len(clusters.text) and clusters.text[pos].isspace()


def grow_end(clusters: ClusterIndex, end: int, unit: Unit) -> int | None:
    """The end moved right past any spaces and then one cluster, word or mark."""
    pos = end
    while _space_at(clusters, pos):
        pos = clusters.ceil(pos + 1)
    if pos >= len(clusters.text):
        return None
    if unit is Unit.WORD and _word_at(clusters, pos):
        return clusters.expand_to_words(pos, clusters.ceil(pos + 1))[1]
    return clusters.ceil(pos + 1)


def shrink_end(clusters: ClusterIndex, start: int, end: int, unit: Unit) -> int | None:
    """The end moved left by one cluster, word or mark, then past any spaces."""
    last = clusters.floor(end - 1)
    new = last
    if unit is Unit.WORD and _word_at(clusters, last):
        new = max(start, clusters.expand_to_words(last, end)[0])
    while new > start and _space_before(clusters, new):
        new = clusters.floor(new - 1)
    return new if new > start else None


def grow_start(clusters: ClusterIndex, start: int, unit: Unit) -> int | None:
    """The start moved left past any spaces and then one cluster, word or mark."""
    pos = start
    while _space_before(clusters, pos):
        pos = clusters.floor(pos - 1)
    if pos <= 0:
        return None
    previous = clusters.floor(pos - 1)
    if unit is Unit.WORD and _word_at(clusters, previous):
        return clusters.expand_to_words(previous, pos)[0]
    return previous


def shrink_start(clusters: ClusterIndex, start: int, end: int, unit: Unit) -> int | None:
    """The start moved right by one cluster, word or mark, then past any spaces."""
    new = clusters.ceil(start + 1)
    if unit is Unit.WORD and _word_at(clusters, start):
        new = min(end, clusters.expand_to_words(start, new)[1])
    while new < end and _space_at(clusters, new):
        new = clusters.ceil(new + 1)
    return new if new < end else None


def nearest_boundary(clusters: ClusterIndex, offset: int) -> int:
    """The cluster boundary closest to ``offset`` (a dragged edge snaps to it)."""
    lo, hi = clusters.floor(offset), clusters.ceil(offset)
    return lo if offset - lo <= hi - offset else hi
