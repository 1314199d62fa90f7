"""Links drawn over the text: arcs from quotes and claims to their speakers, claimants
and cues, markers at the view's edge for ends outside it, and a mark on every quote or
claim that nobody said.

Painted by :class:`~annotator.gui.text_view.TextView` after the text, from geometry the
view already caches, and only for links with an end on screen, so a long article with
a thousand links paints as fast as one with none. Layout rules:

- both ends on one line: a bracket-shaped arc above the line, its label in the middle;
- ends on different lines: the label above the source and a line to the target drawn
  in the gaps between lines (into a target above from below, to one below along the gap
  over it), so it never runs across the words of either line;
- a cue link is drawn from the cue to the quote or claim it introduces (stored the
  other way round, from the quote);
- one end off screen: a line to a marker at the top or bottom edge ("↑ speaker: কিম"),
  which names the link and jumps to that end when clicked; the label stays with the
  quote, claim or cue, so it is drawn only while that end is on screen.

Labels sit on lanes per line (greedy interval colouring, shortest first), so several
links on one line never draw their labels over each other. The lanes are planned per
paragraph from its layout alone (not from what is on screen): a label keeps its lane
while the view scrolls, and the paragraph's busiest line says how many lanes of room
the text view gives the paragraph (:meth:`LinkOverlay.room`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from annotator.model import LabelKind, LabelSchema, Relation, Span

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock

    from annotator.gui.span_index import SpanIndex


class PlacedText(Protocol):
    """What painting the split lane needs of the text view (which imports this module)."""

    @property
    def index(self) -> SpanIndex | None: ...

    def _placed_rects(
        self, block: QTextBlock, start: int, end: int, scrolled: QPointF
    ) -> list[QRectF]: ...


LABEL_POINT_SIZE = 8
LANE_STEP = 2  # pixels between label lanes, on top of the label height
LABEL_LIFT = 3  # pixels between a line's top and its lowest lane of labels
MARKER_TEXT = 16  # characters of the far end's text shown in an edge marker
UNLINKED = QColor("#d62728")
MARKER_COLOR = QColor("#333333")


class LinkMode(Enum):
    """What the View menu's link toggle shows."""

    ALL = "all"
    SELECTED = "selected"
    NONE = "none"


class _Laned(Protocol):
    """What lane assignment needs of a label: its line, extent and lane."""

    line: float
    left: float
    right: float
    lane: int


@dataclass
class _Slot:
    """Where a label goes on its line: the extent that must stay free of other labels
    on its lane (the label and, for an arc on one line, both of its ends)."""

    line: float
    left: float
    right: float
    lane: int = 0


@dataclass
class _Plan:
    """The lanes of the labels whose quote, claim or cue is in one paragraph."""

    lanes: dict[int, int]  # relation id -> lane
    need: int  # lanes its busiest line takes


@dataclass
class _Link:
    relation: Relation
    source: Span
    target: Span
    a: QPointF | None  # source anchor (top middle of its nearest piece), None: off screen
    b: QPointF | None
    a_dir: int  # -1 above the view, 1 below, 0 on screen
    b_dir: int
    a_bottom: float  # bottom of the piece the anchor is on (where a link from below ends)
    b_bottom: float
    line: float  # the line whose lanes hold the label (y of its top)
    left: float  # the extent that must stay free of other labels on this lane
    right: float
    label_x: float  # where the label box starts
    width: float
    label: str = ""  # "": no label (its quote, claim or cue is off screen)
    lane: int = 0
    block: int = -1  # the paragraph whose lanes hold the label


def _anchor_offset(span: Span, first: bool) -> int:
    """A code point of the span's first or last piece (where its link is anchored)."""
    return span.start if first else max(span.start, span.end - 1)


def attribution_types(schema: LabelSchema | None) -> dict[str, tuple[str, ...]]:
    """Relation types that name who said something (a target label is an entity),
    with the labels they start from: a quote or claim without one is unlinked."""
    if schema is None:
        return {}
    out = {}
    for rel in schema.relation_types:
        kinds = {label.kind for t in rel.targets if (label := schema.label(t)) is not None}
        if LabelKind.ENTITY in kinds:
            out[rel.name] = rel.sources
    return out


def next_unlinked(spans: list[Span], current: Span | None, offset: int, step: int) -> Span | None:
    """The unlinked quote or claim after (1) or before (-1) the current span (or the
    cursor ``offset``), in text order, wrapping around."""
    if not spans:
        return None
    keys = [(s.start, -s.end, int(s.id)) for s in spans]
    here = (current.start, -current.end, int(current.id)) if current else (offset, -(10**12), -1)
    if step > 0:
        return next((s for k, s in zip(keys, spans, strict=True) if k > here), spans[0])
    return next(
        (s for k, s in zip(reversed(keys), reversed(spans), strict=True) if k < here), spans[-1]
    )


@dataclass
class _Shape:
    relation: int
    path: QPainterPath
    arrow: QPolygonF | None
    box: QRectF
    text: str
    color: QColor
    bounds: QRectF
    lane: int = 0
    labelled: bool = True  # False: its label end is off screen, only the marker names it


Anchor = Callable[[Span, bool], QRectF | None]


class LinkOverlay:
    """The links of the open layer and how they are painted over the text view."""

    def __init__(self) -> None:
        self.mode = LinkMode.ALL
        self.relations: dict[int, Relation] = {}
        self.markers: list[tuple[QRectF, int, str]] = []  # edge markers: box, span id, text
        self.text = ""
        self.drawn: list[tuple[int, QRectF]] = []  # relation id, label box: the last paint
        self._types: dict[str, tuple[str, ...]] = {}
        self._colors: dict[str, QColor] = {}
        self._font = QFont()
        self._font.setPointSize(LABEL_POINT_SIZE)
        self._metrics = QFontMetricsF(self._font)
        self._widths: dict[str, float] = {}
        self._unlinked: list[Span] | None = None
        self._linked: set[int] | None = None  # quotes and claims that have a source
        self._sources: set[str] = set()
        self.version = 0  # bumped whenever a link or one of its ends changes
        self.names: dict[int, str] = {}  # referent id -> canonical name
        self._ends: set[int] = set()  # span ids at either end of a link
        self._shapes: list[_Shape] = []
        self._by_span: dict[int, list[Relation]] = {}  # span id -> links it ends
        self._by_span_version = -1
        self._shapes_key: tuple[object, ...] | None = None
        self._plans: dict[int, _Plan] = {}  # block -> its labels' lanes (see room())
        self._plans_key: object = None
        self._between: Callable[[float, float], bool] | None = None

    # Content ----------------------------------------------------------------

    def set_relations(
        self, text: str, relations: Iterable[Relation], schema: LabelSchema | None
    ) -> None:
        self.text = text
        self.relations = {r.id: r for r in relations}
        self._changed()
        self._plans.clear()
        self._types = attribution_types(schema)
        self._colors = (
            {label.name: QColor(label.color) for label in schema.labels} if schema else {}
        )
        self._unlinked = None

    def apply(self, removed: Iterable[Relation], added: Iterable[Relation]) -> bool:
        """Apply an edit; returns whether any link changed (then repaint everything)."""
        changed = False
        for rel in removed:
            changed = self.relations.pop(rel.id, None) is not None or changed
        for rel in added:
            self.relations[rel.id] = rel
            changed = True
        if changed:
            self._changed()
        return changed

    def set_names(self, names: dict[int, str]) -> None:
        """Canonical names of referents: a link to "তিনি" is labelled with who it is."""
        if names != self.names:
            self.names = names
            self.version += 1
            self._plans.clear()  # labels change width

    def links_of_spans(self, span_ids: Iterable[int]) -> list[Relation]:
        """The links with one of these spans at an end."""
        if self._by_span_version != self.version:
            self._index_ends()
        seen: dict[int, Relation] = {}
        for span_id in span_ids:
            for rel in self._by_span.get(span_id, ()):
                seen[rel.id] = rel
        return list(seen.values())

    def _changed(self) -> None:
        self._unlinked = self._linked = None
        self.version += 1
        self._ends = {r.from_span for r in self.relations.values()}
        self._ends.update(r.to_span for r in self.relations.values())

    def ends(self) -> set[int]:
        """The span ids at either end of a link."""
        return self._ends

    def laid_out(self) -> None:
        """The text's lines moved (the view respaced paragraphs): lay the links out anew."""
        self.version += 1

    def spans_changed(self, span_ids: Iterable[int], laned: bool = False) -> bool:
        """Spans were edited (``laned``: a quote or claim among them). Returns whether a
        link's end moved, so its arc must be laid out and painted again."""
        if laned:
            self._unlinked = None  # the F8 list
        if self._ends.isdisjoint(span_ids):
            return False
        self._unlinked = None
        self.version += 1
        return True

    def unlinked(self, index: SpanIndex | None) -> list[Span]:
        """Quotes and claims (any source of an attribution type) without such a link,
        in text order."""
        if index is None or not self._types:
            return []
        if self._unlinked is None:
            self._unlinked = [s for s in index.ordered() if self.is_unlinked(s)]
        return self._unlinked

    def is_unlinked(self, span: Span) -> bool:
        """Is this a quote or claim (a source of an attribution type) without a source?"""
        if self._linked is None:
            self._sources = {label for labels in self._types.values() for label in labels}
            self._linked = {r.from_span for r in self.relations.values() if r.type in self._types}
        return span.label in self._sources and span.id not in self._linked

    # Painting -----------------------------------------------------------------

    def _label_width(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self._metrics.horizontalAdvance(text) + 8
        return width

    def paint(
        self,
        painter: QPainter,
        index: SpanIndex,
        visible: tuple[int, int],
        anchor: Anchor,
        viewport: QRectF,
        exposed: QRectF,
        selected: int | None,
        geometry: tuple[object, ...] = (),
        plan_key: object = None,
        between: Callable[[float, float], bool] | None = None,
    ) -> None:
        """Draw the links with an end in code points ``visible`` (``anchor(span, first)``
        gives the viewport rectangle of a span's first or last piece, or ``None``).

        The layout is kept while ``geometry`` (scroll position, sizes, fonts), the mode
        and the links' ends stay the same, so a repaint after an unrelated edit only
        draws the links crossing the repainted area. Lanes come from the paragraphs'
        plans, kept while ``plan_key`` (the text's layout width and font) stays the
        same; ``between(top, bottom)`` says whether a line of text lies between two
        viewport heights (a link between lines goes round it).
        """
        if self.mode is LinkMode.NONE:
            self.markers, self.drawn, self._shapes = [], [], []
            return
        key = (
            geometry,
            visible,
            self.mode,
            self.version,
            selected if self.mode is LinkMode.SELECTED else None,
        )
        if key != self._shapes_key:
            self.markers = []
            self._between = between
            self._shapes = self._shape(index, visible, anchor, viewport, selected, plan_key)
            self._shapes_key = key
        self.drawn = []
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._font)
        for shape in self._shapes:
            if not shape.bounds.intersects(exposed):
                continue
            painter.setPen(QPen(shape.color, 1.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(shape.path)
            if shape.arrow is not None:
                painter.setBrush(shape.color)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawPolygon(shape.arrow)
            if shape.labelled:
                self._label(painter, shape.box, shape.text, shape.color)
                self.drawn.append((shape.relation, shape.box))
        for rect, _span_id, text in self.markers:
            if rect.intersects(exposed):
                self._label(painter, rect, text, MARKER_COLOR)
        painter.restore()

    def _shape(
        self,
        index: SpanIndex,
        visible: tuple[int, int],
        anchor: Anchor,
        viewport: QRectF,
        selected: int | None,
        plan_key: object,
    ) -> list[_Shape]:
        """Paths, arrowheads and label boxes of the links on screen (and edge markers)."""
        label_h = self.label_height()
        edge_slots: dict[int, list[tuple[float, float]]] = {-1: [], 1: []}
        shapes = []
        for link in self._layout(index, visible, anchor, viewport, selected, plan_key):
            color = QColor(self._colors.get(link.source.label, QColor("#555555"))).darker(160)
            y = link.line - LABEL_LIFT - link.lane * (label_h + LANE_STEP) - label_h
            box = QRectF(link.label_x, y, link.width, label_h)
            path = self._path(link, box, viewport, label_h, edge_slots)
            arrow = None
            if link.b is not None and link.a is not None and link.b.y() < link.a.y() - 1:
                x, tip = link.b.x(), link.b_bottom  # into the end on a line above, from below
                arrow = QPolygonF(
                    [QPointF(x - 3, tip + 5), QPointF(x + 3, tip + 5), QPointF(x, tip)]
                )
            elif link.b is not None:
                x, tip = link.b.x(), link.b.y()
                arrow = QPolygonF(
                    [QPointF(x - 3, tip - 5), QPointF(x + 3, tip - 5), QPointF(x, tip)]
                )
            bounds = path.boundingRect().adjusted(-4, -6, 4, 4)
            labelled = bool(link.label)
            shapes.append(
                _Shape(
                    int(link.relation.id),
                    path,
                    arrow,
                    box,
                    link.label,
                    color,
                    bounds.united(box) if labelled else bounds,
                    link.lane,
                    labelled,
                )
            )
        return shapes

    def label_height(self) -> float:
        """Height of a label box (the lanes are this plus :data:`LANE_STEP` apart)."""
        return self._metrics.height() + 2

    def _near(self, index: SpanIndex, visible: tuple[int, int]) -> list[Relation]:
        """The links with an end in the text blocks of ``visible``."""
        return self._links_of(
            index, range(index.block_of(visible[0]), index.block_of(max(0, visible[1] - 1)) + 1)
        )

    def _links_of(self, index: SpanIndex, blocks: Iterable[int]) -> list[Relation]:
        """The links with an end in these text blocks: the spans of those blocks looked
        up in the links by end (kept per change of the links), so a paint does not scan
        all of them."""
        if self._by_span_version != self.version:
            self._index_ends()
        seen: dict[int, Relation] = {}
        by_span = self._by_span
        for block in blocks:
            for span_id in index.ids_in_block(block):
                for rel in by_span.get(span_id, ()):
                    seen[rel.id] = rel
        return list(seen.values())

    def _index_ends(self) -> None:
        self._by_span = {}
        for rel in self.relations.values():
            self._by_span.setdefault(rel.from_span, []).append(rel)
            self._by_span.setdefault(rel.to_span, []).append(rel)
        self._by_span_version = self.version

    def _layout(
        self,
        index: SpanIndex,
        visible: tuple[int, int],
        anchor: Anchor,
        viewport: QRectF,
        selected: int | None,
        plan_key: object = None,
    ) -> list[_Link]:
        lo, hi = visible
        links: list[_Link] = []
        for rel in self._near(index, visible):
            if self.mode is LinkMode.SELECTED and selected not in (rel.from_span, rel.to_span):
                continue
            ends = self._ends_of(index, rel)
            if ends is None:
                continue
            source, target, target_first = ends
            s_on = source.start < hi and source.end > lo
            t_on = target.start < hi and target.end > lo
            if not (s_on or t_on):
                continue
            a, a_dir, a_bottom = self._end(source, not target_first, s_on, lo, anchor, viewport)
            b, b_dir, b_bottom = self._end(target, target_first, t_on, lo, anchor, viewport)
            if a is None and b is None:
                continue
            if a is not None:
                slot, label, width, label_x = self._slot(rel, target, a, b, viewport)
            else:  # no label: the marker at the edge names the link
                assert b is not None
                slot, label, width, label_x = _Slot(b.y(), b.x(), b.x()), "", 0.0, b.x()
            links.append(
                _Link(
                    rel,
                    source,
                    target,
                    a,
                    b,
                    a_dir,
                    b_dir,
                    a_bottom,
                    b_bottom,
                    slot.line,
                    slot.left,
                    slot.right,
                    label_x,
                    width,
                    label,
                    block=index.block_of(_anchor_offset(source, not target_first)),
                )
            )
        self._lanes_for(links, index, anchor, viewport, plan_key)
        return links

    def _ends_of(self, index: SpanIndex, rel: Relation) -> tuple[Span, Span, bool] | None:
        """The link's label end (quote, claim or cue) and far end, and whether the far
        end comes after it in the text; ``None`` if an end is not in the index."""
        source, target = index.get(rel.from_span), index.get(rel.to_span)
        if source is None or target is None:
            return None
        if target.kind is LabelKind.CUE:  # drawn from the cue to what it introduces
            source, target = target, source
        return source, target, target.start >= source.start

    def _slot(
        self, rel: Relation, target: Span, a: QPointF, b: QPointF | None, viewport: QRectF
    ) -> tuple[_Slot, str, float, float]:
        """Where the label of a link whose label end is at ``a`` goes on its line: its
        slot, text, width and left edge."""
        label = rel.type
        name = self.names.get(target.referent) if target.referent is not None else None
        if name and name != self.text[target.start : target.end]:
            label = f"{rel.type} = {name}"  # a pronoun speaker, resolved
        width = self._label_width(label)
        one_line = b is not None and abs(a.y() - b.y()) < 1
        middle = (a.x() + b.x()) / 2 if b is not None and one_line else a.x()
        label_x = max(viewport.left() + 1, min(middle - width / 2, viewport.right() - width))
        left, right = label_x, label_x + width
        if b is not None and one_line:
            left, right = min(left, a.x(), b.x()), max(right, a.x(), b.x())
        return _Slot(a.y(), left, right), label, width, label_x

    # Lanes planned per paragraph --------------------------------------------------

    def forget(self, blocks: Iterable[int]) -> None:
        """Links with an end in these blocks changed: plan their lanes anew."""
        for number in blocks:
            self._plans.pop(number, None)

    def planned(self, number: int, plan_key: object) -> int | None:
        """Lanes the busiest line of block ``number`` takes, if planned for this layout."""
        plan = self._plans.get(number) if plan_key == self._plans_key else None
        return None if plan is None else plan.need

    def room(
        self, index: SpanIndex, number: int, anchor: Anchor, viewport: QRectF, plan_key: object
    ) -> int:
        """Lanes of labels the busiest line of block ``number`` takes (0: none), planned
        from the block's layout (``anchor`` as for :meth:`paint`) and kept until its
        links change or ``plan_key`` (layout width, font) does."""
        return self._plan(index, number, anchor, viewport, plan_key).need

    def _plan(
        self, index: SpanIndex, number: int, anchor: Anchor, viewport: QRectF, plan_key: object
    ) -> _Plan:
        if plan_key != self._plans_key:
            self._plans.clear()
            self._plans_key = plan_key
        plan = self._plans.get(number)
        if plan is None:
            plan = self._plans[number] = self._make_plan(index, number, anchor, viewport)
        return plan

    def _make_plan(self, index: SpanIndex, number: int, anchor: Anchor, viewport: QRectF) -> _Plan:
        """Lanes for every label on the block's lines: those of the links whose quote,
        claim or cue has its anchor there, wherever the view is scrolled."""
        slots: dict[int, _Slot] = {}
        for rel in self._links_of(index, (number,)):
            ends = self._ends_of(index, rel)
            if ends is None:
                continue
            source, target, target_first = ends
            if index.block_of(_anchor_offset(source, not target_first)) != number:
                continue
            a_rect = anchor(source, not target_first)
            if a_rect is None:
                continue
            b_rect = None
            if index.block_of(_anchor_offset(target, target_first)) == number:
                b_rect = anchor(target, target_first)
            a = QPointF(a_rect.center().x(), a_rect.top())
            b = None if b_rect is None else QPointF(b_rect.center().x(), b_rect.top())
            slots[int(rel.id)] = self._slot(rel, target, a, b, viewport)[0]
        self._assign_lanes(list(slots.values()))
        lanes = {rid: slot.lane for rid, slot in slots.items()}
        return _Plan(lanes, max((lane + 1 for lane in lanes.values()), default=0))

    def _lanes_for(
        self,
        links: list[_Link],
        index: SpanIndex,
        anchor: Anchor,
        viewport: QRectF,
        plan_key: object,
    ) -> None:
        """Each label's lane: its paragraph's planned one. Showing only the selected
        span's links, the few shown take the lowest lanes free among themselves, unless
        that would need more lanes than their paragraph has room for."""
        labelled = [link for link in links if link.label]
        if self.mode is LinkMode.SELECTED:
            self._assign_lanes(labelled)
            if all(
                link.lane < self._plan(index, link.block, anchor, viewport, plan_key).need
                for link in labelled
            ):
                return
        for link in labelled:
            rid = int(link.relation.id)
            plan = self._plan(index, link.block, anchor, viewport, plan_key)
            if rid not in plan.lanes:  # planned before this link's ends were known
                self._plans.pop(link.block, None)
                plan = self._plan(index, link.block, anchor, viewport, plan_key)
            link.lane = plan.lanes.get(rid, 0)

    @staticmethod
    def _end(
        span: Span, first: bool, on: bool, lo: int, anchor: Anchor, viewport: QRectF
    ) -> tuple[QPointF | None, int, float]:
        """The anchor point of one end (top middle of its piece) and the piece's bottom,
        or ``(None, -1/1, 0)`` when it is above/below the view."""
        if not on:
            return None, -1 if span.end <= lo else 1, 0.0
        rect = anchor(span, first)
        if rect is None:
            return None, -1 if span.start < lo else 1, 0.0
        if rect.bottom() < viewport.top():
            return None, -1, 0.0
        if rect.top() > viewport.bottom():
            return None, 1, 0.0
        return QPointF(rect.center().x(), rect.top()), 0, rect.bottom()

    @staticmethod
    def _assign_lanes(links: Sequence[_Laned]) -> None:
        """Lowest free lane per line, shortest links first, so labels never overlap.
        Two arcs that only meet where they enter the same end (two claims by one
        claimant, left and right of it) share a lane: their runs join at that end."""
        by_line: dict[int, list[list[tuple[float, float]]]] = {}

        def apart(link: _Laned, a: float, b: float) -> bool:
            if link.right + 3 <= a or link.left >= b + 3:
                return True
            return abs(link.right - a) < 0.5 or abs(link.left - b) < 0.5  # they meet

        for link in sorted(links, key=lambda k: (k.right - k.left, k.left)):
            lanes = by_line.setdefault(round(link.line), [])
            for n, taken in enumerate(lanes):
                if all(apart(link, a, b) for a, b in taken):
                    taken.append((link.left, link.right))
                    link.lane = n
                    break
            else:
                link.lane = len(lanes)
                lanes.append([(link.left, link.right)])

    def _path(
        self,
        link: _Link,
        box: QRectF,
        viewport: QRectF,
        label_h: float,
        edge_slots: dict[int, list[tuple[float, float]]],
    ) -> QPainterPath:
        path = QPainterPath()
        a, b, y = link.a, link.b, box.center().y()
        if a is not None and b is not None and abs(a.y() - b.y()) < 1:  # one line: an arc
            r = min(4.0, abs(b.x() - a.x()) / 2)
            step = r if b.x() >= a.x() else -r
            path.moveTo(a.x(), a.y())
            path.lineTo(a.x(), y + r)
            path.quadTo(a.x(), y, a.x() + step, y)
            path.lineTo(b.x() - step, y)
            path.quadTo(b.x(), y, b.x(), y + r)
            path.lineTo(b.x(), b.y())
            return path
        if a is None:  # the label end is off screen: from the far end to its marker
            assert b is not None
            at = QRectF(b.x(), b.y(), 0, 0)
            marker = self._marker(link, link.a_dir, link.source, at, viewport, label_h, edge_slots)
            path.moveTo(b.x(), b.y() if link.a_dir < 0 else link.b_bottom)
            path.lineTo(marker.center().x(), marker.bottom() if link.a_dir < 0 else marker.top())
            return path
        path.moveTo(a.x(), a.y())
        path.lineTo(a.x(), box.bottom())
        if b is not None:  # another line: around the text between, not over it
            self._route(path, link, a, b, box, viewport, self._between)
            return path
        marker = self._marker(link, link.b_dir, link.target, box, viewport, label_h, edge_slots)
        path.moveTo(box.center().x(), box.top() if link.b_dir < 0 else box.bottom())
        path.lineTo(marker.center().x(), marker.bottom() if link.b_dir < 0 else marker.top())
        return path

    @staticmethod
    def _route(
        path: QPainterPath,
        link: _Link,
        near: QPointF,
        far: QPointF,
        box: QRectF,
        viewport: QRectF,
        text_between: Callable[[float, float], bool] | None = None,
    ) -> None:
        """A link between two lines, drawn in the gaps between lines: to a line above,
        along the label's own gap and up into the far end from below; to a line below,
        from under the near end down to the gap above the far end and along it. When
        other lines lie between the two, the link goes along its gap to the nearer
        side margin, up or down the margin and back along the far end's gap, so it
        never crosses a word; it enters its ends straight up or down. The view says
        whether a line lies between (``text_between``); without it, ends further apart
        than a line's height are taken to have one between them."""
        near_bottom = link.a_bottom if near is link.a else link.b_bottom
        far_bottom = link.b_bottom if far is link.b else link.a_bottom
        up = far.y() < near.y()
        if text_between is not None:
            between = (
                text_between(far_bottom, near.y()) if up else text_between(near_bottom, far.y())
            )
        elif up:
            between = near.y() - far_bottom > far_bottom - far.y()
        else:
            between = far.y() - near_bottom > near_bottom - near.y()
        middle = (near.x() + far.x()) / 2
        left = middle - viewport.left() <= viewport.right() - middle
        side = viewport.left() + 2 if left else viewport.right() - 2
        if up:
            y = box.center().y()
            if not between and box.left() <= far.x() <= box.right():  # right above it
                path.moveTo(far.x(), box.top())
                path.lineTo(far.x(), far_bottom)
                return
            toward = side if between else far.x()
            points = [QPointF(box.left() if toward < box.left() else box.right(), y)]
            if between:
                gap = far_bottom + min(4.0, (near.y() - far_bottom) / 4)
                points += [QPointF(side, y), QPointF(side, gap), QPointF(far.x(), gap)]
            else:
                points.append(QPointF(far.x(), y))
            points.append(QPointF(far.x(), far_bottom))
        else:
            gap = far.y() - 4
            points = [QPointF(near.x(), near_bottom)]
            if between:
                below = near_bottom + 4
                points += [QPointF(near.x(), below), QPointF(side, below), QPointF(side, gap)]
            else:
                points.append(QPointF(near.x(), gap))
            points += [QPointF(far.x(), gap), QPointF(far.x(), far.y())]
        _rounded(path, points)

    def _marker(
        self,
        link: _Link,
        direction: int,
        span: Span,
        box: QRectF,
        viewport: QRectF,
        label_h: float,
        edge_slots: dict[int, list[tuple[float, float]]],
    ) -> QRectF:
        """A clickable box at the top or bottom edge naming the end that is off screen."""
        words = self.text[span.start : span.end].replace("\n", " ")
        if len(words) > MARKER_TEXT:
            words = words[: MARKER_TEXT - 1] + "…"
        arrow = "↑" if direction < 0 else "↓"
        # the far end is the speaker ("↑ speaker: কিম") or the quote ("↓ speaker of: …")
        template = (
            QCoreApplication.translate("LinkOverlay", "{arrow} {relation} of: {words}")
            if span.id == link.relation.from_span
            else QCoreApplication.translate("LinkOverlay", "{arrow} {relation}: {words}")
        )
        label = template.format(arrow=arrow, relation=link.relation.type, words=words)
        width = self._label_width(label)
        x = max(viewport.left() + 1, min(box.center().x() - width / 2, viewport.right() - width))
        taken = edge_slots[direction]
        for a, b in sorted(taken):
            if x < b + 3 and x + width + 3 > a:
                x = b + 3
        taken.append((x, x + width))
        y = viewport.top() + 2 if direction < 0 else viewport.bottom() - label_h - 2
        rect = QRectF(x, y, width, label_h)
        self.markers.append((rect, int(span.id), label))
        return rect

    def _label(self, painter: QPainter, box: QRectF, text: str, color: QColor) -> None:
        painter.setPen(QPen(color, 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(box, 3, 3)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def paint_unlinked(self, painter: QPainter, shown: Iterable[Span], anchor: Anchor) -> None:
        """A red "?" at the start of every quote or claim on screen that has no source."""
        if not self._types:
            return
        spans = [s for s in shown if s.kind is not LabelKind.ENTITY and self.is_unlinked(s)]
        if not spans:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._font)
        for span in spans:
            rect = anchor(span, True)
            if rect is None:
                continue
            badge = QRectF(rect.left() - 5, rect.top() - 11, 11, 11)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(UNLINKED)
            painter.drawEllipse(badge)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "?")
        painter.restore()

    def lanes_drawn(self) -> list[int]:
        """The lane of every label the last paint laid out."""
        return [shape.lane for shape in self._shapes if shape.labelled]

    def lanes_height(self, lanes: int) -> float:
        """Room above a line that ``lanes`` lanes of labels take (0 for none)."""
        if lanes <= 0:
            return 0.0
        return LABEL_LIFT + lanes * self.label_height() + (lanes - 1) * LANE_STEP

    def labels(self) -> list[str]:
        """The labels of the links laid out by the last paint (what a reader sees)."""
        return [shape.text for shape in self._shapes if shape.labelled]

    def marker_at(self, point: QPointF) -> int | None:
        """The span an edge marker under ``point`` jumps to."""
        return next((span for rect, span, _text in self.markers if rect.contains(point)), None)


def paint_split_lane(
    view: PlacedText,
    painter: QPainter,
    span: Span,
    block: QTextBlock,
    drop: int,
    scrolled: QPointF,
    color: QColor,
) -> None:
    """A split (discontinuous) quote or claim as one annotation: every fragment
    underlined and bracketed on the span's lane (``drop`` pixels under the line), a
    dotted connector across the gaps."""
    assert view.index is not None
    lo, hi = view.index.block_range(block.blockNumber())
    pieces = span.pieces
    for n, (start, end) in enumerate(pieces):
        if start < hi and end > lo:
            rects = view._placed_rects(block, max(lo, start), min(hi, end), scrolled)
            for i, rect in enumerate(rects):
                y = round(rect.bottom() + 1 + drop)
                left, right = round(rect.left()), round(rect.right())
                painter.fillRect(left, y, max(1, right - left), 2, color)
                if i == 0 and start >= lo:
                    painter.fillRect(left, y - 4, 2, 4, color)
                if i == len(rects) - 1 and end <= hi:
                    painter.fillRect(right - 2, y - 4, 2, 4, color)
        if n + 1 < len(pieces):
            gap_start, gap_end = end, pieces[n + 1][0]
            if gap_start < hi and gap_end > lo:
                gap = view._placed_rects(block, max(lo, gap_start), min(hi, gap_end), scrolled)
                for rect in gap:
                    y = round(rect.bottom() + 1 + drop)
                    for x in range(round(rect.left()), round(rect.right()), 6):
                        painter.fillRect(x, y, 3, 1, color)


def _rounded(path: QPainterPath, points: list[QPointF], radius: float = 4.0) -> None:
    """A polyline of horizontal and vertical runs through ``points`` with its corners
    rounded (each radius at most half of the shorter run it joins)."""
    points = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    path.moveTo(points[0])
    for before, corner, after in zip(points, points[1:], points[2:], strict=False):
        into = QPointF(corner.x() - before.x(), corner.y() - before.y())
        out = QPointF(after.x() - corner.x(), after.y() - corner.y())
        length_in = abs(into.x()) + abs(into.y())
        length_out = abs(out.x()) + abs(out.y())
        r = min(radius, length_in / 2, length_out / 2)
        if r <= 0:
            path.lineTo(corner)
            continue
        path.lineTo(corner - into * (r / length_in))
        path.quadTo(corner, corner + out * (r / length_out))
    path.lineTo(points[-1])
