"""The cheap paths of the text view and the annotation table: spans are painted (not
stored as character formats), labelling a shown selection does not scroll, and the
table finds rows by bisection with the same answer as a scan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from annotator.model import DocumentId, DocumentRecord, LabelKind, Span, SpanId
from annotator.service import Workspace, import_records

PARAGRAPH = "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেন, আমরা জিতব। কিম জং উন বলেন, যুদ্ধ শেষ হবে। "


def _long_db(tmp_path: Path) -> Path:
    """One article long enough to scroll (about 60 paragraphs)."""
    path = tmp_path / "long.sqlite3"
    text = "\n".join(PARAGRAPH * 2 for _ in range(60))
    with Workspace(str(path)) as ws:
        import_records(
            ws, [DocumentRecord(text=text, external_id="long", origin="t:1")], project="News"
        )
    return path


def _fill_colour(view, start: int, end: int) -> str:
    block = view.document().findBlock(view.to_qt(start))
    rect = view._line_rects(block, start, end)[0]
    image = view.viewport().grab().toImage()
    return image.pixelColor(QPoint(int(rect.left()) + 2, int(rect.center().y()))).name()


def test_a_new_entity_is_filled_at_once_without_character_formats(qtbot, make_window, tmp_path):
    window = make_window(_long_db(tmp_path))
    view = window.text_view
    text = view.text
    start = text.index("পুতিন", len(text) // 2)
    end = start + len("পুতিন")
    view.select_range(start, end)
    window.labeler.label("PER")
    window.select_span(None, scroll=False)  # no outline over the colour
    colour = window.session.schema.label("PER").color
    assert _fill_colour(view, start, end) == colour  # no event loop turn needed
    block = view.document().findBlock(view.to_qt(start))
    assert block.layout().formats() == []  # painted, not formatted: no re-layout per edit
    span = next(s for s in window.session.spans.values() if s.start == start)
    window.labeler.delete(span.id)
    assert _fill_colour(view, start, end) != colour


def test_labelling_a_selection_shown_by_select_range_does_not_scroll(make_window, tmp_path):
    window = make_window(_long_db(tmp_path))
    view = window.text_view
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    for fraction in (0.3, 0.6, 0.9, 0.5):
        text = view.text
        start = text.index("কিম", int(len(text) * fraction))
        view.select_range(start, start + len("কিম"))
        top = view.cursorRect().top()
        height = view.viewport().height()
        assert 0 <= top < height  # shown
        before = bar.value()
        window.labeler.label("PER")
        assert bar.value() == before  # the text does not move under the reader
        window.labeler.delete()
        assert bar.value() == before


def test_mouse_selection_keeps_the_minimal_scroll(qtbot, make_window, tmp_path):
    window = make_window(_long_db(tmp_path))
    view = window.text_view
    bar = view.verticalScrollBar()
    text = view.text
    start = text.index("কিম", len(text) // 2)
    view.select_range(start, start + 3)
    before = bar.value()
    # A double click on a word already in view selects it without scrolling.
    rect = view.cursorRect()
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert bar.value() == before
    assert view.selected_range()[0] < view.selected_range()[1]


def test_table_row_of_agrees_with_a_scan_in_every_sort_order(qtbot) -> None:
    from annotator.gui.annotation_table import AnnotationTableModel
    from annotator.model import default_schema

    text = PARAGRAPH * 3
    kinds = {"PER": LabelKind.ENTITY, "GPE": LabelKind.ENTITY, "QUOTE": LabelKind.QUOTE}
    spans = {}
    for i, s in enumerate(range(0, len(text) - 20, 7), start=1):
        label = ("PER", "GPE", "QUOTE")[i % 3]
        spans[i] = Span(
            SpanId(i), DocumentId(1), "bench", label, kinds[label], s, s + 4 + i % 5, {}, 1
        )
    model = AnnotationTableModel()
    model.set_layer(text, spans, {}, default_schema())
    for column in range(4):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            for row in range(model.rowCount()):
                span = model.span_at(row)
                assert span is not None and model.row_of(span.id) == row
    assert model.row_of(10**9) == -1
