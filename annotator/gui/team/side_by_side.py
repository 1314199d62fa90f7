"""The side-by-side curation mode: the document once per annotator, plus the gold layer.

Each pane is a read-only :class:`~annotator.gui.text_view.TextView` showing one layer's
spans in their label colours; spans that not every compared annotator marked alike get
a red outline, and where another annotator marked something this one did not, a dashed
red box shows the gap. The panes scroll together (anchored on the paragraph at the top, so
panes of different widths stay on the same text), and clicking a span in any pane
reports it, so the curation dialog can select its row and accept that version.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextBlock,
    QTextLine,
)
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from annotator.gui.i18n import number
from annotator.gui.text_view import TextView
from annotator.model import LabelSchema, Span
from annotator.service.adjudication import GOLD, VersionKey, version_key

DISPUTE = QColor("#d62828")
DISPUTE_WIDTH = 1.6


def _line_x(line: QTextLine, position: int) -> float:
    value: Any = line.cursorToX(position)  # PySide6 returns (x, position)
    return float(value[0] if isinstance(value, tuple) else value)


class LayerTextView(TextView):
    """A read-only text view of one layer that also outlines disputed spans in red.

    With :meth:`set_label_keys` (the gold pane), a label's key pressed here asks for
    that label (on the selected text, or the selected span): :attr:`label_requested`.
    """

    label_requested = Signal(str)  # the label name whose key was pressed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._disputed: set[int] = set()
        self._missing: list[tuple[int, int]] = []
        self._label_keys: dict[str, str] = {}

    def set_label_keys(self, schema: LabelSchema | None) -> None:
        """Let the schema's label keys label text in this pane (``None``: read-only)."""
        self._label_keys = (
            {label.key.lower(): label.name for label in schema.labels if label.key}
            if schema
            else {}
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        name = self._label_keys.get(event.text().lower()) if event.text() else None
        if name is not None and plain == Qt.KeyboardModifier.NoModifier:
            self.label_requested.emit(name)
            event.accept()
            return
        super().keyPressEvent(event)

    @property
    def disputed(self) -> frozenset[int]:
        return frozenset(self._disputed)

    @property
    def missing(self) -> list[tuple[int, int]]:
        return list(self._missing)

    def set_disputed(
        self, span_ids: Iterable[int], missing: Iterable[tuple[int, int]] = ()
    ) -> None:
        """Outline spans ``span_ids`` in red, and ranges ``missing`` (marked by another
        annotator, not in this layer) with a dashed red box."""
        self._disputed = set(span_ids)
        self._missing = sorted(set(missing))
        self.viewport().update()

    def range_rects(self, start: int, end: int) -> Iterator[QRectF]:  # type: ignore[override]
        """Viewport rectangles of code points ``[start, end)``, one per wrapped line."""
        document = self.document()
        u_start, u_end = self.to_qt(start), self.to_qt(end)
        offset = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        block: QTextBlock = document.findBlock(u_start)
        while block.isValid() and block.position() < u_end:
            layout = block.layout()
            origin = layout.position() - offset
            base = block.position()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                lo = max(u_start - base, line.textStart())
                hi = min(u_end - base, line.textStart() + line.textLength())
                if hi > lo:
                    x1, x2 = _line_x(line, lo), _line_x(line, hi)
                    yield QRectF(min(x1, x2), line.y(), abs(x2 - x1), line.height()).translated(
                        origin
                    )
            block = block.next()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        index = self.index
        if not (self._disputed or self._missing) or index is None:
            return
        ranges = [(s.start, s.end) for i in self._disputed if (s := index.get(i)) is not None]
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(DISPUTE, DISPUTE_WIDTH))
        self._box(painter, ranges)
        painter.setPen(QPen(DISPUTE, DISPUTE_WIDTH, Qt.PenStyle.DashLine))
        self._box(painter, self._missing)
        painter.end()

    def _box(self, painter: QPainter, ranges: Iterable[tuple[int, int]]) -> None:
        height = self.viewport().height()
        for start, end in ranges:
            for rect in self.range_rects(start, end):
                if rect.bottom() >= 0 and rect.top() <= height:
                    painter.drawRoundedRect(rect.adjusted(-2.5, -0.5, 2.5, 0.5), 3, 3)


class LayerPane(QWidget):
    """A title (whose layer, how many spans, how many disputed) over a layer's text."""

    def __init__(self, annotator: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.annotator = annotator
        self.setObjectName(f"pane-{annotator}")
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.view = LayerTextView(self)
        self.view.setObjectName(f"layerText-{annotator}")
        self.spans: dict[int, Span] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

    def show_layer(
        self,
        text: str,
        spans: Sequence[Span],
        schema: LabelSchema | None,
        disputed: set[int],
        missing: Iterable[tuple[int, int]] = (),
    ) -> None:
        """Show ``spans``; when the text is already shown, only the spans that changed
        are repainted, so the pane keeps its scroll position (the gold pane after an
        accept)."""
        new = {int(s.id): s for s in spans}
        if self.view.text != text or self.view.index is None:
            self.view.set_content(text, spans, schema)
        else:
            removed = [s for i, s in self.spans.items() if new.get(i) != s]
            added = [s for i, s in new.items() if self.spans.get(i) != s]
            if removed or added:
                self.view.update_spans(removed, added)
        self.spans = new
        self.view.set_disputed(disputed & set(new), missing)
        count = number(len(new))
        title = self.tr("{annotator} — {n} spans").format(annotator=self.annotator, n=count)
        if self.annotator == GOLD:
            title = self.tr("gold layer — {n} spans").format(n=count)
        elif disputed:
            title = self.tr("{annotator} — {n} spans, {disputed} disputed").format(
                annotator=self.annotator, n=count, disputed=number(len(disputed & set(new)))
            )
        self.title.setText(title)

    def span_with_key(self, key: VersionKey | None) -> int | None:
        """This layer's span of version ``key``, else one with the same range and label
        (another split), else one on the same range (another label)."""
        if key is None:
            return None
        for same in (
            lambda s: version_key(s) == key,
            lambda s: version_key(s)[:3] == key[:3],
            lambda s: (s.start, s.end) == key[:2],
        ):
            found = next((i for i, s in self.spans.items() if same(s)), None)
            if found is not None:
                return found
        return None


class SideBySideView(QWidget):
    """One pane per compared annotator and one for gold, scrolled together."""

    span_picked = Signal(str, object)  # annotator, the Span clicked in their pane
    gold_label_requested = Signal(str)  # a label key pressed in the gold pane

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sideBySide")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.panes: list[LayerPane] = []
        self._syncing = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def pane(self, annotator: str) -> LayerPane:
        return next(p for p in self.panes if p.annotator == annotator)

    def set_layers(
        self,
        text: str,
        schema: LabelSchema | None,
        layers: Mapping[str, Sequence[Span]],
        disputed: set[int],
        missing: Mapping[str, Iterable[tuple[int, int]]] | None = None,
    ) -> None:
        """Show ``layers`` (annotator -> spans, gold last) with ``disputed`` span ids
        outlined and each pane's ``missing`` ranges boxed; panes are rebuilt only when
        the set of annotators changes."""
        names = list(layers)
        if [p.annotator for p in self.panes] != names:
            for pane in self.panes:
                pane.setParent(None)
                pane.deleteLater()
            self.panes = [self._add_pane(name) for name in names]
        for pane in self.panes:
            if pane.annotator == GOLD:
                pane.view.set_label_keys(schema)
            gaps = (missing or {}).get(pane.annotator, ())
            pane.show_layer(text, layers[pane.annotator], schema, disputed, gaps)

    def _add_pane(self, annotator: str) -> LayerPane:
        pane = LayerPane(annotator, self.splitter)
        if annotator == GOLD:
            pane.view.label_requested.connect(self.gold_label_requested)
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(self.splitter.count() - 1, 1)
        pane.view.span_clicked.connect(lambda span_id, p=pane: self._clicked(p, span_id))
        pane.view.verticalScrollBar().valueChanged.connect(lambda _v, p=pane: self._sync(p))
        return pane

    def _clicked(self, pane: LayerPane, span_id: int) -> None:
        span = pane.spans.get(int(span_id))
        if span is not None:
            self.span_picked.emit(pane.annotator, span)

    def select_key(self, key: VersionKey | None, *, scroll_in: str | None = None) -> None:
        """Outline the span with ``key`` in every pane that has it; scroll it into
        view in pane ``scroll_in`` (the others follow)."""
        for pane in self.panes:
            span_id = pane.span_with_key(key)
            pane.view.set_selected_span(span_id, scroll=pane.annotator == scroll_in)

    # Scrolling together ------------------------------------------------------

    def _sync(self, source: LayerPane) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            anchor = scroll_anchor(source.view)
            for pane in self.panes:
                if pane is not source:
                    scroll_to_anchor(pane.view, anchor)
        finally:
            self._syncing = False


def scroll_anchor(view: TextView) -> tuple[int, float]:
    """The paragraph at the top of ``view`` and how far into it (0..1) the top is."""
    document = view.document()
    top = view.verticalScrollBar().value()
    lo, hi = 0, max(0, document.blockCount() - 1)
    while lo < hi:  # bisect on block positions
        mid = (lo + hi + 1) // 2
        if document.findBlockByNumber(mid).layout().position().y() <= top:
            lo = mid
        else:
            hi = mid - 1
    layout = document.findBlockByNumber(lo).layout()
    height = layout.boundingRect().height()
    fraction = (top - layout.position().y()) / height if height > 0 else 0.0
    return lo, max(0.0, min(1.0, fraction))


def scroll_to_anchor(view: TextView, anchor: tuple[int, float]) -> None:
    """Scroll ``view`` so that the anchored paragraph position is at its top."""
    number, fraction = anchor
    block = view.document().findBlockByNumber(number)
    if not block.isValid():
        return
    layout = block.layout()
    y = layout.position().y() + fraction * layout.boundingRect().height()
    view.verticalScrollBar().setValue(round(y))
