"""The document text: entity fills, quote/claim underline lanes, selection in code points.

The Python string is the only source of truth; Qt positions are UTF-16 and every
conversion goes through :class:`Utf16Map`. Entity fills are painted under the text
and quotes and claims over it as underlines on separate lanes, so a PER inside a
QUOTE inside a CLAIM shows all three. Nothing is stored as character formats: those
make Qt lay a block out again on every change (and a long article out at opening),
while painting touches only what is on screen.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextLine,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from annotator.gui.fonts import text_font
from annotator.gui.link_overlay import LinkMode, LinkOverlay, paint_split_lane
from annotator.gui.span_index import SpanIndex
from annotator.gui.theme import fill_for, is_dark
from annotator.model import LabelKind, LabelSchema, Relation, Span
from annotator.model.attribution import fragments_text
from annotator.text import ClusterIndex, Utf16Map
from annotator.text.edges import Unit, nearest_boundary

LINE_HEIGHT_PERCENT = 185  # room below each line for vowel signs and underline lanes
# Paragraphs holding an end of a link get room above each line for the lanes of link
# labels their busiest line takes, and at least two (a quote with its speaker and its
# cue on one line needs two; it is all a paragraph can be given before its lines are
# laid out), so labels never sit on the words of the line above; paragraphs without
# links keep the denser spacing.
LINKED_LANES = 2
LANE_GAP = 4
LABEL_CLEARANCE = LANE_GAP  # under the line above: its first underline lane stays visible
OUTLINE = QColor("#202020")
HANDLE_GRAB = 6  # pixels either side of a selected span's edge that grab its handle
NESTING_MAX = 300  # entities in one paragraph beyond which nesting bands are skipped
BAND = 4  # pixels an entity holding other entities reaches above and below them


def span_tooltip(spans: Iterable[Span], text: str, notes: dict[int, str] | None = None) -> str:
    """Rich text for a tooltip in which every user string is escaped (shown literally)."""
    parts = []
    for span in spans:
        line = f"<b>{html.escape(span.label)}</b> {html.escape(fragments_text(text, span.pieces))}"
        for key, value in span.attrs.items():
            line += f"<br>&nbsp;&nbsp;{html.escape(str(key))}: {html.escape(str(value))}"
        if notes and span.id in notes:
            line += f"<br>✎ {html.escape(notes[span.id])}"
        parts.append(line)
    return "<qt>" + "<hr>".join(parts) + "</qt>"


def _longest_first(span: Span) -> int:
    return span.start - span.end


def _nesting(spans: list[Span]) -> dict[int, int]:
    """How many levels of other entities each entity holds (0 for none), so a holder is
    painted as a band reaching past the fills inside it. Quadratic in the spans of one
    paragraph, so a paragraph with more than :data:`NESTING_MAX` entities gets no bands."""
    depth: dict[int, int] = {}
    if len(spans) > NESTING_MAX:
        return depth
    for span in sorted(spans, key=lambda s: s.end - s.start):  # inner ones first
        inner = [
            depth[s.id]
            for s in spans
            if s.id in depth
            and span.start <= s.start
            and s.end <= span.end
            and (s.start, s.end) != (span.start, span.end)
        ]
        depth[span.id] = 1 + max(inner) if inner else 0
    return depth


def _start(block: QTextBlock, index: SpanIndex) -> int:
    """Code point where a block starts (a span's badge is drawn in the block it starts in)."""
    return index.block_range(block.blockNumber())[0]


def _cursor_x(line: QTextLine, position: int) -> float:
    """``QTextLine.cursorToX`` (PySide6 returns ``(x, position)``; its stubs say ``x``)."""
    value: Any = line.cursorToX(position)
    return float(value[0] if isinstance(value, tuple) else value)


class TextView(QTextEdit):
    """Read-only view of one document with its spans."""

    span_clicked = Signal(int)
    empty_clicked = Signal()
    span_resized = Signal(int, int, int)  # span id, new start, new end (a dragged handle)
    jump_requested = Signal(int)  # a link's edge marker was clicked: show this span

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textView")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setTabChangesFocus(False)
        self._text = ""
        self._utf16 = Utf16Map("")
        self._clusters = ClusterIndex("")
        self._index: SpanIndex | None = None
        self._colors: dict[str, QColor] = {}
        self._schema_for_fills: LabelSchema | None = None
        self._fills: dict[str, QColor] = {}  # entity labels: background fills
        self._selected: int | None = None
        self._candidates: set[int] = set()
        self._noted: dict[int, str] = {}  # span id -> note: a small marker at its end
        self._drag: tuple[str, Span] | None = None  # (edge, span) while a handle is dragged
        self._preview: Span | None = None  # the dragged span's new extent
        self._jumped = False  # the press was on a link marker
        self._document: QTextDocument | None = None
        self.links = LinkOverlay()  # arcs to speakers, claimants and cues (link_overlay.py)
        self.snap_words = True
        self.font_size = 15
        self.font_family = ""
        self.setFont(text_font(self.font_size))
        # Lines wrap at the view's width; a horizontal bar would only scroll the few
        # pixels of trailing space and, shown, repaint with the frame on every edit.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Viewport geometry of span pieces, per block, in the block layout's coordinates:
        # QTextLine.cursorToX reshapes the line on every call, so a repaint (each edit
        # repaints the screen) reuses these. Dropped when the layout width or font
        # changes (an edit changes no geometry: nothing is formatted).
        self._rects: dict[int, dict[tuple[int, int], list[QRectF]]] = {}
        self._rects_key: tuple[object, ...] | None = None
        self._depths: dict[int, dict[int, int]] = {}  # block -> nesting depth of its fills
        self._spaced: dict[int, int] = {}  # block -> lanes of link labels it has room for
        self._planning = False  # giving room ahead of a scroll (which it may scroll on)
        self.verticalScrollBar().valueChanged.connect(self._room_ahead)
        # Painters of other layers (suggestion ghosts), called after the spans with the
        # repainted area (in viewport coordinates): they draw only what crosses it.
        self.overlays: list[Callable[[QPainter, QRectF], None]] = []

    # Content --------------------------------------------------------------

    @property
    def index(self) -> SpanIndex | None:
        return self._index

    @property
    def text(self) -> str:
        return self._text

    def set_content(
        self,
        text: str,
        spans: Iterable[Span],
        schema: LabelSchema | None,
        clusters: ClusterIndex | None = None,
        utf16: Utf16Map | None = None,
        relations: Iterable[Relation] = (),
    ) -> None:
        """Show a document: plain text with line spacing; spans are painted, and the
        layer's links drawn over them."""
        self._text = text
        self._utf16 = utf16 or Utf16Map(text)
        self._clusters = clusters or ClusterIndex(text)
        self._selected = None
        self._candidates = set()
        self._noted = {}
        self._index = None  # nothing is painted until the new index exists
        self._rects.clear()
        self._depths.clear()
        self.links.set_relations(text, relations, schema)
        # A fresh document, filled and formatted before the view sees it, is as fast as
        # setPlainText; formatting the view's own document re-lays it out (7x slower).
        document = QTextDocument(self)
        document.setDefaultFont(self.font())
        document.setUndoRedoEnabled(False)
        document.setPlainText(text)
        starts = []
        block = document.firstBlock()
        while block.isValid():
            starts.append(self._utf16.from_utf16_floor(block.position()))
            block = block.next()
        index = SpanIndex(starts or [0], len(text), spans)
        # The paragraphs with links get their room before the layout: the spacing most
        # of them need is given to all at once, then the others' one by one (lines that
        # need more than two lanes get theirs when they are first painted).
        linked = self._linked_blocks(index)
        most = len(linked) * 2 > len(starts)
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setBlockFormat(self._block_format(document, LINKED_LANES if most else 0))
        self._spaced = dict.fromkeys(range(len(starts)), LINKED_LANES) if most else {}
        if most:
            self._spaced[0] = -1  # its room above is the frame's margin: set it below
        self._space_for_links(document, index, linked=linked)
        self.setDocument(document)  # Qt deletes only its own initial document
        if self._document is not None:
            self._document.deleteLater()
        self._document = document
        self._index = index
        self._colors = (
            {label.name: QColor(label.color) for label in schema.labels} if schema else {}
        )
        self._set_fills(schema)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _set_fills(self, schema: LabelSchema | None) -> None:
        """Entity fills for the page's colours (translucent on a dark page)."""
        self._schema_for_fills = schema
        self._depths.clear()
        dark = is_dark(QGuiApplication.palette())
        self._fills = {
            label.name: fill_for(self._colors[label.name], dark)
            for label in (schema.labels if schema else ())
            if label.kind is LabelKind.ENTITY
        }

    def update_spans(self, removed: Iterable[Span], added: Iterable[Span]) -> None:
        """Apply an edit to the index and repaint only the blocks it touched (all of the
        screen when a quote or claim changed, as other lanes may move)."""
        if self._index is None:
            return
        blocks: set[int] = set()
        laned = False
        ids: list[int] = []
        for span in removed:
            ids.append(span.id)
            old = self._index.remove(span.id)
            if old is not None:
                blocks.update(self._index.blocks_of(old))
                laned = laned or old.kind is not LabelKind.ENTITY
        for span in added:
            ids.append(span.id)
            self._index.add(span)
            blocks.update(self._index.blocks_of(span))
            laned = laned or span.kind is not LabelKind.ENTITY
        for number in blocks:  # the nesting bands of these blocks may have changed
            self._depths.pop(number, None)
        moved = self.links.spans_changed(ids, laned)  # the end of a link: its arc too
        if moved:  # the lanes of the paragraphs holding its links' ends
            changed = self._blocks_of_links(self.links.links_of_spans(ids))
            changed.update(blocks)
            self.links.forget(changed)
            self._space_for_links(blocks=changed)
        if laned or moved:
            self.viewport().update()
            return
        # An entity's fill, and the bands of the entities holding it: the lines they cover.
        ranges = []
        for span in [*removed, *added]:
            lo, hi = span.start, span.end
            for number in self._index.blocks_of(span):
                for other in self._index.in_block(number):
                    if other.start <= span.start and span.end <= other.end:
                        lo, hi = min(lo, other.start), max(hi, other.end)
            ranges.append((lo, hi))
        self.update_ranges(ranges)

    def update_ranges(self, ranges: Iterable[tuple[int, int]]) -> None:
        """Schedule a repaint of the on-screen lines holding code points ``[start, end)``
        of each range (with the lanes under them and the bands around them): a span or an
        overlay changed there. Ranges off screen cost nothing."""
        if self._index is None:
            return
        self._check_geometry()
        document = self.document()
        scrolled = self._scrolled_by()
        width = self.viewport().width()
        lo, hi = self.visible_offsets()
        area = QRectF()
        for start, end in ranges:
            start, end = max(start, lo), min(end, hi)
            if start >= end:
                continue
            for number in range(self._index.block_of(start), self._index.block_of(end - 1) + 1):
                block = document.findBlockByNumber(number)
                if not block.isValid():
                    continue
                if block.layout().lineCount() == 0:  # not laid out yet: no geometry
                    self.viewport().update()
                    return
                above, below = self._reach(number)
                for top, bottom, a, b in self._lines(block, scrolled):
                    if a < end and b > start:
                        area = area.united(QRectF(0, top - above, width, bottom - top + below))
        shown = area.toAlignedRect().intersected(self.viewport().rect())
        if not shown.isEmpty():
            self.viewport().update(shown)

    def _update_spans_of(self, span_ids: Iterable[int | None]) -> None:
        if self._index is None:
            return
        ranges = []
        for span_id in span_ids:
            span = self._index.get(span_id) if span_id is not None else None
            if span is not None:
                ranges.append((span.start, span.end))
        self.update_ranges(ranges)

    def _lines(
        self, block: QTextBlock, scrolled: QPointF
    ) -> Iterator[tuple[float, float, int, int]]:
        """Each laid-out line of a block: viewport top and bottom, code points ``[a, b)``."""
        layout = block.layout()
        y = layout.position().y() - scrolled.y()
        base = block.position()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            a = base + line.textStart()
            yield (
                y + line.y(),
                y + line.y() + line.height(),
                self.from_qt(a),
                self.from_qt(a + line.textLength()),
            )

    def _reach(self, number: int) -> tuple[float, float]:
        """How far above and below its lines a block's painting reaches: nesting bands,
        outlines and handles above; those and the underline lanes below."""
        bands = BAND * (max(self._depth(number).values(), default=0) + 1)
        return 4 + bands, self._below() + bands

    def _depth(self, number: int) -> dict[int, int]:
        """Nesting depth of the block's entity fills (kept until an edit in the block)."""
        depth = self._depths.get(number)
        if depth is None:
            assert self._index is not None
            filled = [s for s in self._index.in_block(number) if s.label in self._fills]
            depth = self._depths[number] = _nesting(filled)
        return depth

    def _below(self) -> int:
        """How far under a block's last line its lanes and outlines reach."""
        lanes = self._index.lanes() if self._index is not None else {}
        return LANE_GAP * (max(lanes.values(), default=0) + 2)

    # Positions ------------------------------------------------------------

    def to_qt(self, offset: int) -> int:
        return self._utf16.to_utf16(max(0, min(offset, len(self._text))))

    def from_qt(self, position: int) -> int:
        return self._utf16.from_utf16_floor(position)

    def select_range(self, start: int, end: int, *, minimal_scroll: bool = False) -> None:
        """Select code points ``[start, end)`` (no snapping) and show them where a
        selected span is shown (upper third unless well inside the view), so labelling
        the selection does not move the text; ``minimal_scroll`` (the mouse made the
        selection) only keeps the cursor visible."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self._set_cursor_still(cursor)
        if minimal_scroll:
            self.ensureCursorVisible()
        else:
            self._scroll_into_view()

    def _set_cursor_still(self, cursor: QTextCursor) -> None:
        """Set the text cursor without Qt's own scrolling; we decide (see _scroll_into_view)."""
        bar = self.verticalScrollBar()
        value = bar.value()
        self.setTextCursor(cursor)
        bar.setValue(value)

    def move_cursor_by_word(self, edge: str, step: int, unit: Unit) -> None:
        """What the resize keys do with no span selected: move (end keys) or extend (start
        keys) the text cursor by a word, as an editor's Ctrl+arrows do."""
        if unit is Unit.CLUSTER:
            return
        cursor = self.textCursor()
        forward = (step > 0) == (edge == "end")
        mode = (
            QTextCursor.MoveMode.KeepAnchor if edge == "start" else QTextCursor.MoveMode.MoveAnchor
        )
        op = (
            QTextCursor.MoveOperation.NextWord
            if forward
            else QTextCursor.MoveOperation.PreviousWord
        )
        cursor.movePosition(op, mode)
        self.setTextCursor(cursor)

    def selected_range(self) -> tuple[int, int]:
        """The current selection in code points, ``(pos, pos)`` when nothing is selected."""
        cursor = self.textCursor()
        return self.from_qt(cursor.selectionStart()), self.from_qt(cursor.selectionEnd())

    def snapped_selection(self, *, punctuation: bool = True) -> tuple[int, int]:
        """The selection snapped to words (or clusters) and trimmed of spaces (and, if
        ``punctuation``, of punctuation: the label's ``trim`` rule)."""
        start, end = self.selected_range()
        return self._clusters.snap(start, end, words=self.snap_words, punctuation=punctuation)

    def cursor_offset(self) -> int:
        return self.from_qt(self.textCursor().position())

    def offset_at(self, point: QPoint) -> int:
        return self.from_qt(self.cursorForPosition(point).position())

    def spans_at_point(self, point: QPoint) -> list[Span]:
        if self._index is None:
            return []
        offset = self.offset_at(point)
        found = self._index.at(offset)
        if found:
            return found
        return self._index.at(offset - 1) if offset else []

    # Selected span and relation targets ----------------------------------

    @property
    def selected_span(self) -> int | None:
        return self._selected

    def set_selected_span(self, span_id: int | None, *, scroll: bool = True) -> None:
        previous, self._selected = self._selected, span_id
        span = self._index.get(span_id) if (self._index and span_id is not None) else None
        if span is not None and scroll:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.to_qt(span.start))
            self._set_cursor_still(cursor)
            self._scroll_into_view()
        if previous != span_id:
            if self.links.mode is LinkMode.SELECTED:  # its links appear, the old ones go
                self.viewport().update()
            else:
                self._update_spans_of((previous, span_id))

    def _scroll_into_view(self) -> None:
        """Leave the view where it is when the cursor's line is in view (labelling, undo
        or a click must not move the text under the mouse); otherwise bring the line to
        the upper third."""
        rect = self.cursorRect()
        height = self.viewport().height()
        if height <= 0 or (rect.top() >= 0 and rect.bottom() <= height):
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - height // 3)

    def span_rect(self, span_id: int) -> QRect | None:
        """Viewport rectangle of the span's first piece (``None`` if it has none)."""
        span = self._index.get(span_id) if self._index is not None else None
        if span is None:
            return None
        self._check_geometry()
        assert self._index is not None  # _check_geometry builds it
        block = self.document().findBlockByNumber(self._index.block_of(span.start))
        rects = self._span_rects(span, block, self._scrolled_by()) if block.isValid() else []
        return rects[0].toAlignedRect() if rects else None

    def set_noted(self, notes: dict[int, str]) -> None:
        """The spans that have a note (marked in the text, the note in their tooltip)."""
        previous, self._noted = self._noted, dict(notes)
        if previous != self._noted:
            self._update_spans_of(set(previous) ^ set(notes) | set(notes))

    def set_candidates(self, span_ids: Iterable[int]) -> None:
        previous, self._candidates = self._candidates, set(span_ids)
        if previous != self._candidates:
            self._update_spans_of(previous ^ self._candidates)

    def zoom(self, step: int) -> None:
        self.font_size = max(8, min(48, self.font_size + step))
        self.setFont(text_font(self.font_size, self.font_family))
        self._respace()  # a paragraph's top margin for its labels depends on the font

    def set_font_family(self, family: str) -> None:
        """The text's font family ("" for the bundled Noto Sans Bengali)."""
        self.font_family = family
        self.zoom(0)

    # Geometry and painting -------------------------------------------------

    def _visible_blocks(self) -> Iterator[QTextBlock]:
        top = self.verticalScrollBar().value()
        return self._blocks_in(top, top + self.viewport().height())

    def _blocks_in(self, top: float, bottom: float) -> Iterator[QTextBlock]:
        """The blocks reaching into document heights ``[top, bottom)``."""
        # Bisect on block positions: cursorForPosition() would lay out the whole document.
        document = self.document()
        lo, hi = 0, document.blockCount() - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            layout = document.findBlockByNumber(mid).layout()
            if layout.position().y() <= top:
                lo = mid
            else:
                hi = mid - 1
        block = document.findBlockByNumber(lo)
        while block.isValid() and block.layout().position().y() < bottom:
            yield block
            block = block.next()

    def _line_rects(self, block: QTextBlock, start: int, end: int) -> list[QRectF]:
        """Viewport rectangles of code points ``[start, end)`` within one block."""
        self._check_geometry()
        return self._placed_rects(block, start, end, self._scrolled_by())

    def _scrolled_by(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def _placed_rects(
        self, block: QTextBlock, start: int, end: int, scrolled: QPointF
    ) -> list[QRectF]:
        origin = block.layout().position() - scrolled
        return [rect.translated(origin) for rect in self._local_rects(block, start, end)]

    def _local_rects(self, block: QTextBlock, start: int, end: int) -> list[QRectF]:
        """Rectangles of code points ``[start, end)`` in the block layout's coordinates
        (cached: see ``_rects``)."""
        cached = self._rects.setdefault(block.blockNumber(), {})
        rects = cached.get((start, end))
        if rects is not None:
            return rects
        layout = block.layout()
        base = block.position()
        u_start, u_end = self.to_qt(start) - base, self.to_qt(end) - base
        rects = []
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lo = max(u_start, line.textStart())
            hi = min(u_end, line.textStart() + line.textLength())
            if hi <= lo:
                continue
            x1, x2 = _cursor_x(line, lo), _cursor_x(line, hi)
            rects.append(QRectF(min(x1, x2), line.y(), abs(x2 - x1), line.height()))
        if layout.lineCount():  # a block not laid out yet has no lines: ask again later
            cached[(start, end)] = rects
        return rects

    def _check_geometry(self) -> None:
        """Forget cached rectangles when the text is laid out anew (width, font)."""
        document = self.document()
        key = (id(document), document.textWidth(), document.defaultFont().key(), self.font_size)
        if key != self._rects_key:
            self._rects.clear()
            self._rects_key = key

    def _span_rects(self, span: Span, block: QTextBlock, scrolled: QPointF) -> list[QRectF]:
        """The span's rectangles in one block: of its fragments only, if it is split."""
        assert self._index is not None
        lo, hi = self._index.block_range(block.blockNumber())
        rects: list[QRectF] = []
        for start, end in span.pieces:
            if start < hi and end > lo:
                rects += self._placed_rects(block, max(lo, start), min(hi, end), scrolled)
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        index = self._index
        if index is None or not len(index):
            super().paintEvent(event)
            if self.overlays and index is not None:
                painter = QPainter(self.viewport())
                self._paint_overlays(painter, QRectF(event.rect()))
                painter.end()
            return
        self._check_geometry()
        self._room_for_labels()
        exposed = QRectF(event.rect())
        below = self._below()
        scrolled = self._scrolled_by()
        shown: list[tuple[QTextBlock, list[Span]]] = []
        on_screen: list[int] = []
        for block in self._visible_blocks():
            on_screen.append(block.blockNumber())
            spans = index.in_block(block.blockNumber())
            if not spans:
                continue
            layout = block.layout()
            box = layout.boundingRect().translated(layout.position() - scrolled)
            if not box.adjusted(-4, -4, 4, below).intersects(exposed):
                continue
            # Only the spans on the lines the repaint reaches (an edit repaints a line or
            # two of a long paragraph, not its hundred spans).
            above, under = self._reach(block.blockNumber())
            lines = [
                (a, b)
                for top, bottom, a, b in self._lines(block, scrolled)
                if bottom + under >= exposed.top() and top - above <= exposed.bottom()
            ]
            if lines and len(lines) < layout.lineCount():
                lo, hi = lines[0][0], lines[-1][1]
                spans = [s for s in spans if s.start < hi and s.end > lo]
            if spans:
                shown.append((block, spans))
        painter = QPainter(self.viewport())
        for block, spans in shown:  # fills under the text, inner spans over outer ones
            filled = sorted((s for s in spans if s.label in self._fills), key=_longest_first)
            depth = self._depth(block.blockNumber())
            for span in filled:
                color = self._fills[span.label]
                reach = BAND * depth.get(span.id, 0)
                for rect in self._span_rects(span, block, scrolled):
                    if reach:  # a band around the entities inside it, framed
                        band = rect.adjusted(-1, -reach, 1, reach)
                        painter.fillRect(band, color)
                        painter.setPen(QPen(color.darker(160), 1))
                        painter.drawRect(band)
                    else:
                        painter.fillRect(rect, color)
        painter.end()
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        lanes = index.lanes()
        candidates, selected = self._candidates, self._selected
        for block, spans in shown:
            for span in spans:
                if span.kind is not LabelKind.ENTITY:
                    self._paint_lane(painter, span, block, lanes.get(span.id, 0), scrolled)
                if span.id in candidates:
                    pen = QPen(self._ink(), 1.2, Qt.PenStyle.DashLine)
                    self._outline(painter, span, block, pen, scrolled)
                if span.id in self._noted:
                    self._note_marker(painter, span, block, scrolled)
                if span.id == selected and self._preview is None:
                    self._outline(painter, span, block, QPen(self._ink(), 2), scrolled)
            if self._preview is not None and self._preview.id in {s.id for s in spans}:
                pen = QPen(self._ink(), 2, Qt.PenStyle.DashLine)
                self._outline(painter, self._preview, block, pen, scrolled)
        selected_span = index.get(selected) if selected is not None else None
        if selected_span is not None:
            self._paint_handles(painter, self._preview or selected_span)
        if on_screen:
            starts = (s for block, spans in shown for s in spans if s.start >= _start(block, index))
            self.links.paint_unlinked(painter, starts, self.piece_rect)
            self._paint_links(painter, on_screen[0], on_screen[-1], exposed, scrolled)
        self._paint_overlays(painter, exposed)
        painter.end()

    def _paint_overlays(self, painter: QPainter, exposed: QRectF) -> None:
        for paint in self.overlays:
            painter.save()
            paint(painter, exposed)
            painter.restore()

    def visible_offsets(self) -> tuple[int, int]:
        """Code points ``[lo, hi)`` of the blocks on screen."""
        if self._index is None:
            return 0, 0
        numbers = [block.blockNumber() for block in self._visible_blocks()]
        if not numbers:
            return 0, 0
        return self._index.block_range(numbers[0])[0], self._index.block_range(numbers[-1])[1]

    def range_rects(self, start: int, end: int) -> list[QRectF]:
        """Viewport rectangles of code points ``[start, end)`` in laid-out blocks (for
        overlays that are no spans)."""
        if self._index is None or start >= end:
            return []
        self._check_geometry()
        scrolled = self._scrolled_by()
        document = self.document()
        rects: list[QRectF] = []
        for number in range(self._index.block_of(start), self._index.block_of(end - 1) + 1):
            block = document.findBlockByNumber(number)
            if not block.isValid() or not block.layout().lineCount():
                continue
            lo, hi = self._index.block_range(number)
            if max(lo, start) < min(hi, end):
                rects += self._placed_rects(block, max(lo, start), min(hi, end), scrolled)
        return rects

    # Links (drawn by link_overlay.LinkOverlay) ------------------------------------

    def set_relations(self, relations: Iterable[Relation], schema: LabelSchema | None) -> None:
        """The layer's links, drawn over the text."""
        self.links.set_relations(self._text, relations, schema)
        self._space_for_links()
        self.viewport().update()

    def update_relations(self, removed: Iterable[Relation], added: Iterable[Relation]) -> None:
        removed, added = list(removed), list(added)
        if self.links.apply(removed, added):
            blocks = self._blocks_of_links([*removed, *added])
            self.links.forget(blocks)
            self._space_for_links(blocks=blocks)
            self.viewport().update()

    def set_link_mode(self, mode: LinkMode) -> None:
        """All links, only the selected span's, or none (the View menu's toggle)."""
        self.links.mode = mode
        self._space_for_links()
        self.viewport().update()

    def _blocks_of_links(self, relations: Iterable[Relation]) -> set[int]:
        """The paragraphs holding (a piece of) either end of these links."""
        blocks: set[int] = set()
        if self._index is not None:
            for rel in relations:
                for span_id in (rel.from_span, rel.to_span):
                    span = self._index.get(span_id)
                    if span is not None:
                        blocks.update(self._index.blocks_of(span))
        return blocks

    def _linked_blocks(self, index: SpanIndex | None) -> set[int]:
        """The paragraphs holding an end of a link, while links are shown."""
        blocks: set[int] = set()
        if index is not None and self.links.mode is not LinkMode.NONE:
            for span_id in self.links.ends():
                span = index.get(span_id)
                if span is not None:
                    blocks.update(index.blocks_of(span))
        return blocks

    def _label_room(self, lanes: int) -> float:
        """Pixels above a line that ``lanes`` lanes of link labels take, over the line
        above and its first underline lane."""
        return self.links.lanes_height(lanes) + LABEL_CLEARANCE

    def _block_format(self, document: QTextDocument, lanes: int) -> QTextBlockFormat:
        """Line spacing of a paragraph: dense without links (``lanes`` 0), else room for
        ``lanes`` lanes of link labels above each line (:meth:`_label_room`). Lines
        below the first get it as the distance between lines, the first as a top margin
        on top of the previous paragraph's spacing (at least the dense one); Qt ignores
        the first paragraph's top margin (see :meth:`_set_room`)."""
        block_format = QTextBlockFormat()
        if lanes <= 0:
            block_format.setLineHeight(
                LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            )
            return block_format
        room = self._label_room(lanes)
        dense = QFontMetricsF(document.defaultFont()).height() * (LINE_HEIGHT_PERCENT - 100) / 100
        block_format.setLineHeight(
            max(room, dense), QTextBlockFormat.LineHeightTypes.LineDistanceHeight.value
        )
        block_format.setTopMargin(max(0.0, room - dense))
        return block_format

    def _plan_key(self) -> tuple[object, ...]:
        """What the link lanes planned per paragraph depend on: the text's layout (width
        and font, see ``_check_geometry``) and the viewport's width (labels stay in it)."""
        return (self._rects_key, self.viewport().width())

    def _holds_link(self, index: SpanIndex, number: int) -> bool:
        return self.links.mode is not LinkMode.NONE and not index.ids_in_block(number).isdisjoint(
            self.links.ends()
        )

    def _space_for_links(
        self,
        document: QTextDocument | None = None,
        index: SpanIndex | None = None,
        blocks: Iterable[int] | None = None,
        linked: set[int] | None = None,
    ) -> None:
        """Give the paragraphs holding an end of a link (while links are shown) room for
        the lanes of labels they take (at least :data:`LINKED_LANES`; the lanes planned
        for their layout, once known), and take it back from those that lost their
        links. Only ``blocks`` are looked at if given (the links of those changed), and
        only the paragraphs whose spacing changes are laid out again (a document being
        opened is formatted before the view lays it out; ``linked``: the paragraphs
        holding an end of a link, when the caller has them already)."""
        document = self.document() if document is None else document
        index = self._index if index is None else index
        if index is None:
            return
        if blocks is None:
            linked = self._linked_blocks(index) if linked is None else linked
            look = linked | set(self._spaced)
        else:
            look = {n for n in blocks if 0 <= n < index.block_count}
            linked = {n for n in look if self._holds_link(index, n)}
        key = self._plan_key()
        formats: dict[int, QTextBlockFormat] = {}
        changed = False
        for number in sorted(look):
            lanes = 0
            if number in linked:
                planned = self.links.planned(number, key)
                lanes = max(
                    LINKED_LANES, self._spaced.get(number, 0) if planned is None else planned
                )
            changed = self._set_room(document, number, lanes, formats) or changed
        if changed:
            self.links.laid_out()

    def _set_room(
        self,
        document: QTextDocument,
        number: int,
        lanes: int,
        formats: dict[int, QTextBlockFormat],
    ) -> bool:
        """Space paragraph ``number`` for ``lanes`` lanes of labels; returns whether its
        spacing changed (then Qt lays that paragraph out again). The first paragraph's
        room above its first line is the text frame's top margin (Qt ignores a first
        paragraph's own): changing it lays the whole text out again, so it changes only
        when the first paragraph's lane count does (before the layout when opening)."""
        if lanes == self._spaced.get(number, 0):
            return False
        block = document.findBlockByNumber(number)
        if not block.isValid():
            return False
        if lanes not in formats:
            formats[lanes] = self._block_format(document, lanes)
        cursor = QTextCursor(document)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(formats[lanes])
        if number == 0:
            frame = document.rootFrame()
            frame_format = frame.frameFormat()
            room = self._label_room(lanes) if lanes > 0 else 0.0
            frame_format.setTopMargin(document.documentMargin() + room)
            frame.setFrameFormat(frame_format)
        self._rects.pop(number, None)  # its lines moved within it
        if lanes:
            self._spaced[number] = lanes
        else:
            self._spaced.pop(number, None)
        return True

    def _respace(self) -> None:
        """Format every spaced paragraph again (the font changed: so did its margins)."""
        spaced, self._spaced = self._spaced, {}
        formats: dict[int, QTextBlockFormat] = {}
        for number, lanes in spaced.items():
            self._set_room(self.document(), number, lanes, formats)
        self.links.laid_out()

    def _room_for_labels(self) -> None:
        """Before a paint: every paragraph with links on screen gets room for the lanes
        its busiest line takes, planned from its layout once (per width, font and change
        of its links), so no label box is ever painted over a line's words."""
        index = self._index
        if index is None or self.links.mode is LinkMode.NONE or not self._spaced:
            return
        formats: dict[int, QTextBlockFormat] = {}
        for _ in range(4):  # respacing moves the paragraphs below it: those now on screen
            if not self._give_room(index, self._visible_blocks(), formats):
                return
            self.links.laid_out()

    def _give_room(
        self, index: SpanIndex, blocks: Iterable[QTextBlock], formats: dict[int, QTextBlockFormat]
    ) -> bool:
        """Give each linked paragraph of ``blocks`` room for the lanes its links take
        (planned by the overlay); whether any paragraph's room changed."""
        key = self._plan_key()
        viewport = QRectF(self.viewport().rect())
        document = self.document()
        changed = False
        for block in list(blocks):
            number = block.blockNumber()
            if number not in self._spaced or not block.layout().lineCount():
                continue
            need = self.links.room(index, number, self.piece_rect, viewport, key)
            changed = self._set_room(document, number, max(LINKED_LANES, need), formats) or changed
        return changed

    def _room_ahead(self, value: int) -> None:
        """The view scrolled: the paragraphs with links within a screen's height above
        and below get their room now, before they are painted; those above the view
        grow without moving the text on screen (the view scrolls on by as much)."""
        index = self._index
        if self._planning or index is None or self.links.mode is LinkMode.NONE:
            return
        if not self._spaced:
            return
        self._planning = True
        try:
            self._check_geometry()
            height = self.viewport().height()
            top = next(self._blocks_in(value, value + 1), None)
            was = top.layout().position().y() if top is not None else 0.0
            near = self._blocks_in(value - height, value + 2 * height)
            if self._give_room(index, near, {}):
                self.links.laid_out()
                if top is not None:  # what grew above the view's top line: scroll on by it
                    shift = top.layout().position().y() - was
                    if shift:
                        self.verticalScrollBar().setValue(round(value + shift))
        finally:
            self._planning = False

    def _text_between(self) -> Callable[[float, float], bool]:
        """Whether a line of text on screen lies between two viewport heights (a link
        between two lines must go round it): the lines on screen are read once, at the
        first question of a paint."""
        lines: list[tuple[float, float]] = []

        def between(top: float, bottom: float) -> bool:
            if not lines:
                scroll_y = self.verticalScrollBar().value()
                for block in self._visible_blocks():
                    layout = block.layout()
                    y = layout.position().y() - scroll_y
                    for i in range(layout.lineCount()):
                        line = layout.lineAt(i)
                        lines.append((y + line.y(), y + line.y() + line.height()))
                lines.append((float("inf"), float("inf")))  # read: never empty again
            return any(a >= top - 0.5 and b <= bottom + 0.5 for a, b in lines)

        return between

    def piece_rect(self, span: Span, first: bool = True) -> QRectF | None:
        """Viewport rectangle of a span's first (or last) line piece, if laid out."""
        if self._index is None:
            return None
        number = self._index.block_of(span.start if first else max(span.start, span.end - 1))
        block = self.document().findBlockByNumber(number)
        if not block.isValid() or not block.layout().lineCount():
            return None
        rects = self._span_rects(span, block, self._scrolled_by())
        return (rects[0] if first else rects[-1]) if rects else None

    def _paint_links(
        self, painter: QPainter, first: int, last: int, exposed: QRectF, scrolled: QPointF
    ) -> None:
        assert self._index is not None
        visible = (self._index.block_range(first)[0], self._index.block_range(last)[1])
        viewport = QRectF(self.viewport().rect())
        geometry = (
            scrolled.x(),
            scrolled.y(),
            viewport.width(),
            viewport.height(),
            self._rects_key,
        )
        self.links.paint(
            painter,
            self._index,
            visible,
            self.piece_rect,
            viewport,
            exposed,
            self._selected,
            geometry,
            self._plan_key(),
            self._text_between(),
        )

    def _paint_lane(
        self, painter: QPainter, span: Span, block: QTextBlock, lane: int, scrolled: QPointF
    ) -> None:
        # Axis-aligned bars drawn with fillRect: far cheaper than antialiased lines.
        color = self._colors.get(span.label, QColor("#555555"))
        if span.fragments:  # a split quote: each part bracketed, dotted between them
            paint_split_lane(self, painter, span, block, lane * LANE_GAP, scrolled, color)
            return
        rects = self._span_rects(span, block, scrolled)
        lo, hi = self._index.block_range(block.blockNumber()) if self._index else (0, 0)
        for i, rect in enumerate(rects):
            y = round(rect.bottom() + 1 + lane * LANE_GAP)
            left, right = round(rect.left()), round(rect.right())
            painter.fillRect(left, y, max(1, right - left), 2, color)
            if i == 0 and span.start >= lo:  # opening bracket tick
                painter.fillRect(left, y - 4, 2, 4, color)
            if i == len(rects) - 1 and span.end <= hi:  # closing bracket tick
                painter.fillRect(right - 2, y - 4, 2, 4, color)

    def _note_marker(
        self, painter: QPainter, span: Span, block: QTextBlock, scrolled: QPointF
    ) -> None:
        """A small dark corner at the top right of the span's end: it has a note."""
        _lo, hi = self._index.block_range(block.blockNumber()) if self._index else (0, 0)
        rects = self._span_rects(span, block, scrolled)
        if not rects or span.end > hi:
            return
        corner = rects[-1].topRight()
        path = QPainterPath(corner)
        path.lineTo(corner.x() - 7, corner.y())
        path.lineTo(corner.x(), corner.y() + 7)
        path.closeSubpath()
        painter.fillPath(path, QColor("#c2410c"))

    def _outline(
        self, painter: QPainter, span: Span, block: QTextBlock, pen: QPen, scrolled: QPointF
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in self._span_rects(span, block, scrolled):
            painter.drawRoundedRect(rect.adjusted(-1.5, 0.5, 1.5, -0.5), 3, 3)

    # Events ---------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            spans = self.spans_at_point(event.pos())
            if spans:
                QToolTip.showText(
                    event.globalPos(), span_tooltip(spans, self._text, self._noted), self
                )
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and event.button() == Qt.MouseButton.LeftButton:
            self._finish_drag()
            return
        if self._jumped:
            self._jumped = False
            return
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        start, end = self.selected_range()
        if start != end:  # quote marks and danda stay: the label's trim rule decides
            snapped = self._clusters.snap(start, end, words=self.snap_words, punctuation=False)
            if snapped[0] < snapped[1]:
                self.select_range(*snapped, minimal_scroll=True)
            return
        spans = self.spans_at_point(event.position().toPoint())
        if not spans:
            self.empty_clicked.emit()
            return
        ids: list[int] = [int(s.id) for s in spans]
        # Clicking again on nested spans walks outwards through them.
        pick = ids[(ids.index(self._selected) + 1) % len(ids)] if self._selected in ids else ids[0]
        self.span_clicked.emit(pick)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        offset = self.offset_at(event.position().toPoint())
        start, end = self._clusters.expand_to_words(offset, min(offset + 1, len(self._text)))
        start, end = self._clusters.trim(start, end)
        if start < end:
            self.select_range(start, end, minimal_scroll=True)

    # Drag handles on the selected span's edges --------------------------------

    def _screen_rects(self, span: Span) -> list[QRectF]:
        """Viewport rectangles of a span in every block it covers (laid-out ones)."""
        if self._index is None:
            return []
        self._check_geometry()
        scrolled = self._scrolled_by()
        document = self.document()
        rects: list[QRectF] = []
        for number in sorted(self._index.blocks_of(span)):
            block = document.findBlockByNumber(number)
            if block.isValid() and block.layout().lineCount():
                rects += self._span_rects(span, block, scrolled)
        return rects

    def handle_at(self, point: QPointF) -> str | None:
        """ "start" or "end" when ``point`` is on the selected span's edge handle."""
        span = self._index.get(self._selected) if (self._index and self._selected) else None
        rects = self._screen_rects(span) if span is not None else []
        if not rects:
            return None
        first, last = rects[0], rects[-1]
        for edge, x, rect in (("start", first.left(), first), ("end", last.right(), last)):
            if (
                abs(point.x() - x) <= HANDLE_GRAB
                and rect.top() - 4 <= point.y() <= rect.bottom() + 4
            ):
                return edge
        return None

    def _ink(self) -> QColor:
        """Outlines and handles: dark on a light page, light on a dark one."""
        return QColor("#e8eaed") if is_dark(QGuiApplication.palette()) else OUTLINE

    def changeEvent(self, event: QEvent) -> None:
        """Colours follow the page: fills and outlines are recomputed on a palette change."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh_colours()

    def refresh_colours(self) -> None:
        if self._colors:
            self._set_fills(self._schema_for_fills)
            self.viewport().update()

    def _paint_handles(self, painter: QPainter, span: Span) -> None:
        rects = self._screen_rects(span)
        if not rects:
            return
        first, last = rects[0], rects[-1]
        for x, rect in ((first.left(), first), (last.right(), last)):
            painter.fillRect(QRectF(x - 2, rect.top() - 3, 4, rect.height() + 6), self._ink())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        jump = self.links.marker_at(event.position())
        if jump is not None and event.button() == Qt.MouseButton.LeftButton:
            self._jumped = True  # its release is not a click on the text
            self.jump_requested.emit(jump)
            return
        edge = (
            self.handle_at(event.position())
            if event.button() == Qt.MouseButton.LeftButton
            else None
        )
        span = (
            self._index.get(self._selected) if (edge and self._index and self._selected) else None
        )
        if edge is not None and span is not None:
            self._drag, self._preview = (edge, span), span
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            cursor = (
                Qt.CursorShape.SizeHorCursor
                if self.handle_at(event.position())
                else Qt.CursorShape.IBeamCursor
            )
            self.viewport().setCursor(cursor)
            super().mouseMoveEvent(event)
            return
        edge, span = self._drag
        offset = nearest_boundary(self._clusters, self.offset_at(event.position().toPoint()))
        if edge == "start":
            preview = replace(span, start=min(offset, self._clusters.floor(span.end - 1)))
        else:
            preview = replace(span, end=max(offset, self._clusters.ceil(span.start + 1)))
        if preview != self._preview:
            self._preview = preview
            self.viewport().update()

    def _finish_drag(self) -> None:
        assert self._drag is not None
        span, preview = self._drag[1], self._preview
        self._drag = self._preview = None
        self.viewport().update()
        if preview is not None and (preview.start, preview.end) != (span.start, span.end):
            start, end = self._clusters.trim(preview.start, preview.end, punctuation=False)
            if start < end:
                self.span_resized.emit(span.id, start, end)
