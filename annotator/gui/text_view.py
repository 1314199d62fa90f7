"""The document text: entity fills, quote/claim underline lanes, selection in code points.

The Python string is the only source of truth; Qt positions are UTF-16 and every
conversion goes through :class:`Utf16Map`. Entity fills come from
:class:`SpanHighlighter`; quotes and claims are painted over the viewport as
underlines on separate lanes, so a PER inside a QUOTE inside a CLAIM shows all three.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from annotator.gui.fonts import text_font
from annotator.gui.highlighter import SpanHighlighter
from annotator.gui.span_index import SpanIndex
from annotator.model import LabelKind, LabelSchema, Span
from annotator.text import ClusterIndex, Utf16Map

LINE_HEIGHT_PERCENT = 185  # room below each line for vowel signs and underline lanes
LANE_GAP = 4.5
OUTLINE = QColor("#202020")


def span_tooltip(spans: Iterable[Span], text: str) -> str:
    """Rich text for a tooltip in which every user string is escaped (shown literally)."""
    parts = []
    for span in spans:
        line = f"<b>{html.escape(span.label)}</b> {html.escape(text[span.start:span.end])}"
        for key, value in span.attrs.items():
            line += f"<br>&nbsp;&nbsp;{html.escape(str(key))}: {html.escape(str(value))}"
        parts.append(line)
    return "<qt>" + "<hr>".join(parts) + "</qt>"


class TextView(QTextEdit):
    """Read-only view of one document with its spans."""

    span_clicked = Signal(int)
    empty_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textView")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setTabChangesFocus(False)
        self._text = ""
        self._utf16 = Utf16Map("")
        self._clusters = ClusterIndex("")
        self._index: SpanIndex | None = None
        self._colors: dict[str, QColor] = {}
        self._selected: int | None = None
        self._candidates: set[int] = set()
        self._press: QPoint | None = None
        self.snap_words = True
        self.font_size = 15
        self.setFont(text_font(self.font_size))
        self._highlighter = SpanHighlighter(lambda: (self._index, self._utf16))

    # Content --------------------------------------------------------------

    @property
    def index(self) -> SpanIndex | None:
        return self._index

    @property
    def text(self) -> str:
        return self._text

    def set_content(self, text: str, spans: Iterable[Span], schema: LabelSchema | None,
                    clusters: ClusterIndex | None = None) -> None:
        """Show a document: plain text, line spacing, then all highlights in one pass."""
        self._highlighter.setDocument(None)
        self._text = text
        self._utf16 = Utf16Map(text)
        self._clusters = clusters or ClusterIndex(text)
        self._selected = None
        self._candidates = set()
        self.setPlainText(text)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block_format = QTextBlockFormat()
        block_format.setLineHeight(LINE_HEIGHT_PERCENT,
                                   QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setBlockFormat(block_format)
        starts = []
        block = self.document().firstBlock()
        while block.isValid():
            starts.append(self._utf16.from_utf16_floor(block.position()))
            block = block.next()
        self._index = SpanIndex(starts or [0], len(text), spans)
        self._colors = {label.name: QColor(label.color) for label in schema.labels} if schema else {}
        self._highlighter.set_schema(schema)
        self._highlighter.setDocument(self.document())
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def update_spans(self, removed: Iterable[Span], added: Iterable[Span]) -> None:
        """Apply an edit to the index and repaint only the blocks it touched."""
        if self._index is None:
            return
        blocks: set[int] = set()
        for span in removed:
            old = self._index.remove(span.id)
            if old is not None:
                blocks.update(self._index.blocks_of(old))
        for span in added:
            self._index.add(span)
            blocks.update(self._index.blocks_of(span))
        document = self.document()
        for number in sorted(blocks):
            self._highlighter.rehighlightBlock(document.findBlockByNumber(number))
        self.viewport().update()

    # Positions ------------------------------------------------------------

    def to_qt(self, offset: int) -> int:
        return self._utf16.to_utf16(max(0, min(offset, len(self._text))))

    def from_qt(self, position: int) -> int:
        return self._utf16.from_utf16_floor(position)

    def select_range(self, start: int, end: int) -> None:
        """Select code points ``[start, end)`` (no snapping)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def selected_range(self) -> tuple[int, int]:
        """The current selection in code points, ``(pos, pos)`` when nothing is selected."""
        cursor = self.textCursor()
        return self.from_qt(cursor.selectionStart()), self.from_qt(cursor.selectionEnd())

    def snapped_selection(self) -> tuple[int, int]:
        """The selection snapped to words (or clusters) and trimmed of spaces."""
        start, end = self.selected_range()
        return self._clusters.snap(start, end, words=self.snap_words)

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
        self._selected = span_id
        span = self._index.get(span_id) if (self._index and span_id is not None) else None
        if span is not None and scroll:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.to_qt(span.start))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
        self.viewport().update()

    def set_candidates(self, span_ids: Iterable[int]) -> None:
        self._candidates = set(span_ids)
        self.viewport().update()

    def zoom(self, step: int) -> None:
        self.font_size = max(8, min(48, self.font_size + step))
        self.setFont(text_font(self.font_size))

    # Geometry and painting -------------------------------------------------

    def _visible_blocks(self) -> Iterator[QTextBlock]:
        block = self.cursorForPosition(QPoint(0, 0)).block()
        bottom = self.verticalScrollBar().value() + self.viewport().height()
        while block.isValid() and block.layout().position().y() < bottom:
            yield block
            block = block.next()

    def _line_rects(self, block: QTextBlock, start: int, end: int) -> list[QRectF]:
        """Viewport rectangles of code points ``[start, end)`` within one block."""
        layout = block.layout()
        origin = layout.position() - QPointF(self.horizontalScrollBar().value(),
                                             self.verticalScrollBar().value())
        base = block.position()
        u_start, u_end = self.to_qt(start) - base, self.to_qt(end) - base
        rects = []
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lo = max(u_start, line.textStart())
            hi = min(u_end, line.textStart() + line.textLength())
            if hi <= lo:
                continue
            x1, x2 = line.cursorToX(lo)[0], line.cursorToX(hi)[0]
            rects.append(QRectF(min(x1, x2), line.y(), abs(x2 - x1), line.height())
                         .translated(origin))
        return rects

    def _span_rects(self, span: Span, block: QTextBlock) -> list[QRectF]:
        assert self._index is not None
        lo, hi = self._index.block_range(block.blockNumber())
        return self._line_rects(block, max(lo, span.start), min(hi, span.end))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self._index is None or not len(self._index):
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        lanes = self._index.lanes()
        for block in self._visible_blocks():
            for span in self._index.in_block(block.blockNumber()):
                if span.kind is not LabelKind.ENTITY:
                    self._paint_lane(painter, span, block, lanes.get(span.id, 0))
                if span.id in self._candidates:
                    pen = QPen(OUTLINE, 1.2, Qt.PenStyle.DashLine)
                    self._outline(painter, span, block, pen)
                if span.id == self._selected:
                    self._outline(painter, span, block, QPen(OUTLINE, 2))
        painter.end()

    def _paint_lane(self, painter: QPainter, span: Span, block: QTextBlock, lane: int) -> None:
        color = self._colors.get(span.label, QColor("#555555"))
        painter.setPen(QPen(color, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        rects = self._span_rects(span, block)
        lo, hi = self._index.block_range(block.blockNumber()) if self._index else (0, 0)
        for i, rect in enumerate(rects):
            y = rect.bottom() + 2 + lane * LANE_GAP
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            if i == 0 and span.start >= lo:  # opening bracket tick
                painter.drawLine(QPointF(rect.left(), y - 5), QPointF(rect.left(), y))
            if i == len(rects) - 1 and span.end <= hi:  # closing bracket tick
                painter.drawLine(QPointF(rect.right(), y - 5), QPointF(rect.right(), y))

    def _outline(self, painter: QPainter, span: Span, block: QTextBlock, pen: QPen) -> None:
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in self._span_rects(span, block):
            painter.drawRoundedRect(rect.adjusted(-1.5, 0.5, 1.5, -0.5), 3, 3)

    # Events ---------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            spans = self.spans_at_point(event.pos())
            if spans:
                QToolTip.showText(event.globalPos(), span_tooltip(spans, self._text), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        start, end = self.selected_range()
        if start != end:
            snapped = self._clusters.snap(start, end, words=self.snap_words)
            if snapped[0] < snapped[1]:
                self.select_range(*snapped)
            return
        spans = self.spans_at_point(event.position().toPoint())
        if not spans:
            self.empty_clicked.emit()
            return
        ids = [s.id for s in spans]
        # Clicking again on nested spans walks outwards through them.
        pick = ids[(ids.index(self._selected) + 1) % len(ids)] if self._selected in ids else ids[0]
        self.span_clicked.emit(pick)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        offset = self.offset_at(event.position().toPoint())
        start, end = self._clusters.expand_to_words(offset, min(offset + 1, len(self._text)))
        start, end = self._clusters.trim(start, end)
        if start < end:
            self.select_range(start, end)
