"""Where spans are, per text block, and which underline lane each quote or claim uses.

Plain Python (no Qt) so it is cheap to test: the painter asks for the spans of
one block and for the lanes, the keyboard for the next span in text order.
All offsets are code points.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from annotator.model import LabelKind, Span


def _order(span: Span) -> tuple[int, int, int]:
    return (span.start, -span.end, span.id)


def assign_lanes(spans: Iterable[Span]) -> dict[int, int]:
    """Give each span the lowest lane free over its whole extent (greedy interval colouring).

    Spans are taken outermost first, so a claim holding a quote sits on lane 0 and
    the quote on lane 1; spans that do not overlap share a lane.
    """
    lanes: dict[int, int] = {}
    lane_ends: list[int] = []  # per lane, the end of the last span placed on it
    for span in sorted(spans, key=_order):
        for lane, end in enumerate(lane_ends):
            if end <= span.start:
                lane_ends[lane] = span.end
                lanes[span.id] = lane
                break
        else:
            lanes[span.id] = len(lane_ends)
            lane_ends.append(span.end)
    return lanes


class SpanIndex:
    """The spans of one document layer, bucketed by the text blocks they touch."""

    def __init__(
        self, block_starts: Sequence[int], text_length: int, spans: Iterable[Span] = ()
    ) -> None:
        if not block_starts or block_starts[0] != 0:
            raise ValueError("block_starts must begin with 0")
        self._starts = list(block_starts)
        self._length = text_length
        self._spans: dict[int, Span] = {}
        self._buckets: list[set[int]] = [set() for _ in self._starts]
        self._ordered: list[Span] | None = None
        self._lanes: dict[int, int] | None = None
        self._laned: set[int] = set()  # quotes and claims: the spans that have lanes
        starts, buckets, entity = self._starts, self._buckets, LabelKind.ENTITY
        for span in spans:  # bulk load: no cache invalidation per span (blocks_of inlined)
            span_id, start = span.id, span.start
            self._spans[span_id] = span
            if span.kind is not entity:
                self._laned.add(span_id)
            first = max(0, bisect_right(starts, start) - 1)
            if span.end <= start + 1 or span.end <= (
                starts[first + 1] if first + 1 < len(starts) else text_length
            ):
                buckets[first].add(span_id)
            else:
                for block in self.blocks_of(span):
                    buckets[block].add(span_id)

    # Blocks ---------------------------------------------------------------

    @property
    def block_count(self) -> int:
        return len(self._starts)

    def block_of(self, offset: int) -> int:
        """The block holding code point ``offset``."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def block_range(self, block: int) -> tuple[int, int]:
        """Code point range ``[start, end)`` of a block (end includes its separator)."""
        end = self._starts[block + 1] if block + 1 < len(self._starts) else self._length
        return self._starts[block], end

    def blocks_of(self, span: Span) -> range:
        """The blocks a span touches."""
        return range(self.block_of(span.start), self.block_of(max(span.start, span.end - 1)) + 1)

    # Edits ----------------------------------------------------------------

    def add(self, span: Span) -> None:
        if span.id in self._spans:
            self.remove(span.id)
        self._spans[span.id] = span
        for block in self.blocks_of(span):
            self._buckets[block].add(span.id)
        self._invalidate(span)

    def remove(self, span_id: int) -> Span | None:
        span = self._spans.pop(span_id, None)
        if span is not None:
            for block in self.blocks_of(span):
                self._buckets[block].discard(span_id)
            self._invalidate(span)
        return span

    def _invalidate(self, span: Span) -> None:
        self._ordered = None
        if span.kind is not LabelKind.ENTITY:  # entity edits leave the lanes as they are
            self._lanes = None
            if span.id in self._spans:
                self._laned.add(span.id)
            else:
                self._laned.discard(span.id)

    # Queries --------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._spans)

    def __contains__(self, span_id: object) -> bool:
        return span_id in self._spans

    def get(self, span_id: int) -> Span | None:
        return self._spans.get(span_id)

    def in_block(self, block: int) -> list[Span]:
        """Spans touching a block, in text order."""
        if not 0 <= block < len(self._buckets):
            return []
        return sorted((self._spans[i] for i in self._buckets[block]), key=_order)

    def ids_in_block(self, block: int) -> set[int]:
        """Ids of the spans touching a block (unordered: cheaper than :meth:`in_block`)."""
        return self._buckets[block] if 0 <= block < len(self._buckets) else set()

    def at(self, offset: int) -> list[Span]:
        """Spans covering code point ``offset``, innermost (shortest) first."""
        found = [s for s in self.in_block(self.block_of(offset)) if s.start <= offset < s.end]
        return sorted(found, key=lambda s: (s.end - s.start, s.id))

    def ordered(self) -> list[Span]:
        """All spans in text order (start, then longest first)."""
        if self._ordered is None:
            self._ordered = sorted(self._spans.values(), key=_order)
        return self._ordered

    def neighbour(
        self, span_id: int | None, offset: int, step: int, labels: Sequence[str] | None = None
    ) -> Span | None:
        """The next (``step`` 1) or previous (-1) span in text order, wrapping around.

        Starts from ``span_id`` if given, else from code point ``offset``; ``labels``
        restricts the candidates (e.g. to the targets a relation allows).
        """
        spans = [s for s in self.ordered() if labels is None or s.label in labels]
        if not spans:
            return None
        keys = [_order(s) for s in spans]
        current = self._spans.get(span_id) if span_id is not None else None
        if current is not None and (labels is None or current.label in labels):
            pos = keys.index(_order(current))
            return spans[(pos + step) % len(spans)]
        # Forward, a span starting at the cursor is the next one; backward, the spans
        # starting before it.
        pos = bisect_right(keys, (offset, -(10**12), -1))
        if step > 0:
            return spans[pos % len(spans)]
        return spans[(pos - 1) % len(spans)]

    def lanes(self) -> dict[int, int]:
        """Underline lane of every quote and claim span (entities are fills, no lane)."""
        if self._lanes is None:
            self._lanes = assign_lanes(self._spans[i] for i in self._laned)
        return self._lanes
