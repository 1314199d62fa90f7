"""The window around the text: first start, settings, geometry, table, mouse, zoom."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from annotator.gui.settings import load_settings
from tests.gui.conftest import TEXTS, layer_spans

TEXT = TEXTS[0]


def word(w: str) -> tuple[int, int]:
    start = TEXT.index(w)
    return start, start + len(w)


def test_run_asks_the_name_on_first_start_and_opens_the_demo(qtbot, monkeypatch) -> None:
    from annotator.gui import app as app_module

    asked = []

    def get_text(*args, **kwargs):
        asked.append(kwargs.get("text"))
        return "আশা", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    seen = {}

    def close_soon() -> None:
        # The placeholder is painted first; the main window follows once the database
        # is open.
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "" and hasattr(widget, "session") and widget.isVisible():
                seen["doc"] = widget.session.document.external_id
                seen["annotator"] = widget.annotator
                widget.close()
                return
        QTimer.singleShot(100, close_soon)

    QTimer.singleShot(300, close_soon)
    assert app_module.run(None, None) == 0
    assert asked == ["tester"]  # the OS user name is offered (ANNOTATOR_USER in tests)
    assert seen == {"doc": "kim-putin-letter", "annotator": "আশা"}
    assert load_settings().annotator == "আশা"


def test_geometry_and_panels_are_remembered(make_window, news_db) -> None:
    window = make_window(news_db)
    window.resize(720, 520)  # the offscreen screen is 800x600
    window.docks["guidelines"].close()
    window.close()
    again = make_window(news_db)
    assert (again.width(), again.height()) == (720, 520)
    assert not again.docks["guidelines"].isVisible()
    assert again.docks["documents"].isVisible()


def test_zoom_keys_change_the_text_size_and_are_saved(qtbot, window) -> None:
    size = window.text_view.font_size
    qtbot.keyClick(window.text_view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.text_view.font_size == size + 1
    assert window.text_view.font().pointSize() == size + 1
    assert window.text_view.document().defaultFont().pointSize() == size + 1
    qtbot.keyClick(window.text_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.font_size == size - 1


def test_text_font_is_the_bundled_bengali_family(window) -> None:
    assert window.text_view.font().family() == "Noto Sans Bengali"


def test_cluster_mode_keeps_a_partial_word(qtbot, window, news_db) -> None:
    start, _end = word("প্রেসিডেন্ট")
    window.acts.by_id[next(k for k in window.acts.by_id if k.value == "cluster_mode")].trigger()
    window.text_view.select_range(start, start + 3)  # প্র + half of the next cluster
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)
    ((label, text),) = layer_spans(news_db, "doc-0")
    assert label == "ORG"
    assert text != "প্রেসিডেন্ট" and "প্রেসিডেন্ট".startswith(text)
    assert window.session.clusters.is_boundary(start + len(text))


def test_double_click_selects_the_whole_bengali_word(qtbot, window) -> None:
    view = window.text_view
    start, end = word("ভ্লাদিমির")
    block = view.document().findBlock(view.to_qt(start + 2))
    rect = view._line_rects(block, start + 2, start + 3)[0]
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert view.selected_range() == (start, end)


def test_clicking_a_span_selects_it_and_shows_details(qtbot, window) -> None:
    view = window.text_view
    start, end = word("পুতিন")
    view.select_range(start, end)
    qtbot.keyClick(view, Qt.Key.Key_1)
    window.select_span(None)
    block = view.document().findBlock(view.to_qt(start))
    rect = view._line_rects(block, start, end)[0]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    span = window.session.span(view.selected_span)
    assert (span.label, span.start, span.end) == ("PER", start, end)
    assert "canonical" in window.details.editors


def test_details_show_each_selected_span_own_values(qtbot, window) -> None:
    """The details panel keeps its editors from one span to the next (each edit selects
    a span): they must still show the selected span's values, never the previous one's."""
    view = window.text_view
    for w in ("কিম", "পুতিন"):
        view.select_range(*word(w))
        qtbot.keyClick(view, Qt.Key.Key_1)
    kim, putin = sorted(window.session.spans.values(), key=lambda s: s.start)
    window.labeler.edit_attrs(kim.id, {"canonical": "Kim Jong Un"})
    kim = window.session.span(view.selected_span)
    window.select_span(kim.id)
    assert window.details.editors["canonical"].text() == "Kim Jong Un"
    window.select_span(None)
    assert not window.details.editors["canonical"].isVisibleTo(window.details)
    window.select_span(putin.id)
    assert window.details.editors["canonical"].isVisibleTo(window.details)
    assert window.details.editors["canonical"].text() == ""
    window.select_span(kim.id)
    assert window.details.editors["canonical"].text() == "Kim Jong Un"


def test_table_row_selects_span_and_delete_there_removes_it(qtbot, window, news_db) -> None:
    view = window.text_view
    for w, key in (("কিম", Qt.Key.Key_1), ("রাশিয়ার", Qt.Key.Key_3)):
        view.select_range(*word(w))
        qtbot.keyClick(view, key)
    window.table.setFocus()
    window.table.selectRow(0)  # text order: রাশিয়ার first
    span = window.session.span(view.selected_span)
    assert TEXT[span.start : span.end] == "রাশিয়ার"
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert layer_spans(news_db, "doc-0") == [("PER", "কিম")]
    # Sorting by label puts PER first.
    window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert window.table_model.index(0, 0).data() == "PER"


def test_escape_cancels_a_link_being_made(qtbot, window, news_db) -> None:
    view = window.text_view
    view.select_range(*word("পুতিন"))
    qtbot.keyClick(view, Qt.Key.Key_1)
    view.select_range(TEXT.index("আমরা"), TEXT.index("।"))
    qtbot.keyClick(view, Qt.Key.Key_Q)
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert window.labeler.pick is not None
    qtbot.keyClick(window.link_picker.filter, Qt.Key.Key_Tab)  # the picker has the keys
    qtbot.keyClick(window.link_picker.filter, Qt.Key.Key_Escape)
    assert window.labeler.pick is None
    assert window.session.relations == {}
    assert window.session.span(view.selected_span).label == "QUOTE"


def test_hover_tooltip_names_the_span(qtbot, window) -> None:
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    view = window.text_view
    view.select_range(*word("পুতিন"))
    qtbot.keyClick(view, Qt.Key.Key_1)
    start, end = word("পুতিন")
    block = view.document().findBlock(view.to_qt(start))
    point = view._line_rects(block, start, end)[0].center().toPoint()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert "PER" in QToolTip.text() and "পুতিন" in QToolTip.text()


def test_selecting_a_quote_marks_its_speaker(qtbot, window) -> None:
    view = window.text_view
    view.select_range(*word("পুতিন"))
    qtbot.keyClick(view, Qt.Key.Key_1)
    person = view.selected_span
    view.select_range(TEXT.index("আমরা"), TEXT.index("।"))
    qtbot.keyClick(view, Qt.Key.Key_Q)
    qtbot.keyClick(view, Qt.Key.Key_S)
    qtbot.keyClick(window.link_picker.filter, Qt.Key.Key_Tab)  # the picker has the keys
    qtbot.keyClick(window.link_picker.filter, Qt.Key.Key_Return)
    assert window.session.span(view.selected_span).label == "QUOTE"
    assert view._candidates == {person}  # drawn with a dashed outline
    links = [w.text() for w in window.details.findChildren(type(window.status.database))]
    assert any("speaker → PER পুতিন" in text for text in links)


def test_changing_the_annotator_shows_their_own_layer(qtbot, window, news_db) -> None:
    view = window.text_view
    view.select_range(*word("পুতিন"))
    qtbot.keyClick(view, Qt.Key.Key_1)
    window.set_annotator("বিজয়")
    assert window.session.annotator == "বিজয়"
    assert window.session.spans == {}
    assert "বিজয়" in window.status.annotator.text()
    view.select_range(*word("কিম"))
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert layer_spans(news_db, "doc-0", "বিজয়") == [("PER", "কিম")]
    assert layer_spans(news_db, "doc-0", "asha") == [("PER", "পুতিন")]


def test_f2_edits_attributes_with_the_keyboard_and_escape_returns(qtbot, window) -> None:
    view = window.text_view
    view.select_range(TEXT.index("আমরা"), TEXT.index("।"))
    qtbot.keyClick(view, Qt.Key.Key_Q)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = window.details.editors["form"]
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "—" -> "direct"
    quote = window.session.span(view.selected_span)
    assert quote.attrs == {"form": "direct"}
    combo = window.details.editors["form"]  # rebuilt for the new value, focus kept
    assert combo.hasFocus() and combo.currentData() == "direct"
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.span(view.selected_span).attrs == {}
