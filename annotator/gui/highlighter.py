"""Entity background fills, applied per block from the in-memory span index.

Quotes and claims are not formatted here: the text view paints them as underline
lanes, so nesting stays visible. Positions come from the Python string through
:class:`Utf16Map`; the block's text as Qt holds it is never read.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from annotator.gui.span_index import SpanIndex
from annotator.model import LabelKind, LabelSchema
from annotator.text import Utf16Map


class SpanHighlighter(QSyntaxHighlighter):
    """Fills entity spans with their label's colour, inner spans over outer ones.

    Only blocks for which ``wanted(block_number)`` is true get formats: formatting a
    block makes Qt shape and lay it out at once, so the view asks for the blocks on
    screen and highlights the rest as they scroll into view (a 100,000-character
    article then opens about as fast as plain text).
    """

    def __init__(
        self,
        source: Callable[[], tuple[SpanIndex | None, Utf16Map | None]],
        wanted: Callable[[int], bool],
        parent: QTextDocument,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._wanted = wanted
        self._formats: dict[str, QTextCharFormat] = {}

    def set_schema(self, schema: LabelSchema | None) -> None:
        self._formats = {}
        if schema is None:
            return
        for label in schema.labels:
            if label.kind is LabelKind.ENTITY:
                fmt = QTextCharFormat()
                fmt.setBackground(QColor(label.color))
                self._formats[label.name] = fmt

    def highlightBlock(self, text: str) -> None:
        index, utf16 = self._source()
        if index is None or utf16 is None:
            return
        number = self.currentBlock().blockNumber()
        if number >= index.block_count or not self._wanted(number):
            return
        block_start, block_end = index.block_range(number)
        base = utf16.to_utf16(block_start)
        spans = [s for s in index.in_block(number) if s.label in self._formats]
        spans.sort(key=lambda s: s.start - s.end)  # longest first, inner ones paint over
        for span in spans:
            start = max(span.start, block_start)
            end = min(span.end, block_end)
            if end <= start:
                continue
            u_start = utf16.to_utf16(start) - base
            self.setFormat(u_start, utf16.to_utf16(end) - base - u_start, self._formats[span.label])
