"""Labeling with the keyboard as a user would: select, press keys, undo, link."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import TEXTS, layer_relations, layer_spans

TEXT = TEXTS[0]


def pos(word: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the user presses it: to the focused widget (the link picker's filter
    while a link is being made, the text view otherwise)."""
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(QApplication.focusWidget() or window.text_view, key, modifier)


def label_word(qtbot, window, word: str, key) -> None:
    start, end = pos(word)
    window.text_view.select_range(start + 1, end - 1)  # a sloppy selection inside the word
    press(qtbot, window, key)


def test_window_has_the_named_panels_and_shows_the_text_unchanged(window) -> None:
    from PySide6.QtWidgets import QWidget

    for name in ("documentList", "textView", "labelPalette", "annotationTable"):
        assert window.findChild(QWidget, name) is not None, name
    assert window.text_view.text == TEXT
    assert window.text_view.toPlainText() == TEXT  # same characters reached Qt
    assert "0 of 3 done" in window.progress_label.text()


def test_select_range_round_trips_code_points(window) -> None:
    window.text_view.select_range(3, 9)
    assert window.text_view.selected_range() == (3, 9)


def test_label_key_creates_a_span_snapped_to_the_whole_word(qtbot, window, news_db) -> None:
    label_word(qtbot, window, "পুতিন", Qt.Key.Key_1)
    assert layer_spans(news_db, "doc-0") == [("PER", "পুতিন")]
    assert window.table_model.rowCount() == 1
    assert window.save_label.text() == "Saved"
    selected = window.session.span(window.text_view.selected_span)
    assert (selected.label, selected.start) == ("PER", pos("পুতিন")[0])


def test_palette_click_labels_the_selection(qtbot, window, news_db) -> None:
    window.text_view.select_range(*pos("রাশিয়ার"))
    qtbot.mouseClick(window.label_palette.buttons["GPE"], Qt.MouseButton.LeftButton)
    assert layer_spans(news_db, "doc-0") == [("GPE", "রাশিয়ার")]


def test_label_key_on_selected_span_relabels_and_undo_restores(qtbot, window, news_db) -> None:
    label_word(qtbot, window, "পুতিন", Qt.Key.Key_2)
    press(qtbot, window, Qt.Key.Key_1)
    assert layer_spans(news_db, "doc-0") == [("PER", "পুতিন")]
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert layer_spans(news_db, "doc-0") == [("ORG", "পুতিন")]
    press(
        qtbot,
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert layer_spans(news_db, "doc-0") == [("PER", "পুতিন")]


def test_delete_then_undo_brings_back_the_span_and_its_link(qtbot, window, news_db) -> None:
    label_word(qtbot, window, "পুতিন", Qt.Key.Key_1)
    window.text_view.select_range(*pos("আমরা জিতব"))
    press(qtbot, window, Qt.Key.Key_Q)
    press(qtbot, window, Qt.Key.Key_S)
    press(qtbot, window, Qt.Key.Key_Tab)
    press(qtbot, window, Qt.Key.Key_Return)
    assert layer_relations(news_db, "doc-0") == [("speaker", "আমরা জিতব", "পুতিন")]
    window.select_span(next(s.id for s in window.session.spans.values() if s.label == "PER"))
    press(qtbot, window, Qt.Key.Key_Delete)
    assert layer_spans(news_db, "doc-0") == [("QUOTE", "আমরা জিতব")]
    assert layer_relations(news_db, "doc-0") == []
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert layer_spans(news_db, "doc-0") == [("PER", "পুতিন"), ("QUOTE", "আমরা জিতব")]
    assert layer_relations(news_db, "doc-0") == [("speaker", "আমরা জিতব", "পুতিন")]
    # Undo further back through the link and both spans, then redo up to the link.
    for _ in range(3):
        press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert layer_spans(news_db, "doc-0") == []
    for _ in range(3):
        press(
            qtbot,
            window,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert layer_relations(news_db, "doc-0") == [("speaker", "আমরা জিতব", "পুতিন")]
    quote = next(s.id for s in window.session.spans.values() if s.label == "QUOTE")
    links = window.table_model.index(window.table_model.row_of(quote), 3).data()
    assert links == "speaker → পুতিন"


def test_claimant_link_picks_the_target_with_shift_tab(qtbot, window, news_db) -> None:
    label_word(qtbot, window, "কিম", Qt.Key.Key_1)
    label_word(qtbot, window, "পুতিন", Qt.Key.Key_1)
    window.text_view.select_range(*pos("যুদ্ধ শেষ হবে"))
    press(qtbot, window, Qt.Key.Key_C)
    press(qtbot, window, Qt.Key.Key_L)
    assert window.labeler.pick is not None
    assert window.link_picker.current_span() == window.labeler.pick.current  # কিম, nearest
    press(qtbot, window, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # পুতিন
    press(qtbot, window, Qt.Key.Key_Tab)  # back to কিম (text order)
    press(qtbot, window, Qt.Key.Key_Return)
    assert layer_relations(news_db, "doc-0") == [("claimant", "যুদ্ধ শেষ হবে", "কিম")]
    assert window.labeler.pick is None
    assert not window.link_picker.isVisible()


def test_speaker_key_on_an_entity_does_not_start_a_link(qtbot, window, news_db) -> None:
    label_word(qtbot, window, "পুতিন", Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_S)
    assert window.labeler.pick is None
    assert "QUOTE" in window.statusBar().currentMessage()


def test_tab_cycles_spans_in_text_order(qtbot, window) -> None:
    label_word(qtbot, window, "কিম", Qt.Key.Key_1)
    label_word(qtbot, window, "রাশিয়ার", Qt.Key.Key_3)
    label_word(qtbot, window, "পুতিন", Qt.Key.Key_1)
    window.select_span(None)
    window.text_view.select_range(0, 0)
    seen = []
    for _ in range(4):
        press(qtbot, window, Qt.Key.Key_Tab)
        span = window.session.span(window.text_view.selected_span)
        seen.append(TEXT[span.start : span.end])
    # From the cursor at 0 the first Tab selects the span starting there, and it wraps.
    assert seen == ["রাশিয়ার", "পুতিন", "কিম", "রাশিয়ার"]


def test_grow_and_shrink_by_word_with_undo(qtbot, window, news_db) -> None:
    label_word(qtbot, window, "ভ্লাদিমির", Qt.Key.Key_1)
    ctrl = Qt.KeyboardModifier.ControlModifier
    press(qtbot, window, Qt.Key.Key_Right, ctrl)
    assert layer_spans(news_db, "doc-0") == [("PER", "ভ্লাদিমির পুতিন")]
    press(qtbot, window, Qt.Key.Key_Left, ctrl)
    assert layer_spans(news_db, "doc-0") == [("PER", "ভ্লাদিমির")]
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert layer_spans(news_db, "doc-0") == [("PER", "ভ্লাদিমির পুতিন")]


def test_attribute_edit_in_details_panel_is_saved_and_undoable(qtbot, window, news_db) -> None:
    from annotator.service import Workspace

    window.text_view.select_range(*pos("আমরা জিতব"))
    press(qtbot, window, Qt.Key.Key_Q)
    combo = window.details.editors["form"]
    combo.setCurrentIndex(combo.findData("direct"))
    combo.activated.emit(combo.currentIndex())

    def form() -> object:
        with Workspace(str(news_db)) as ws:
            doc = ws.document_by_external_id(int(ws.project("News").id), "doc-0")
            return ws.layer(int(doc.id), "asha").spans[0].attrs.get("form")

    assert form() == "direct"
    window.undo_group.undo()
    assert form() is None


def test_selection_of_only_punctuation_labels_nothing(qtbot, window, news_db) -> None:
    start = TEXT.index("।")
    window.text_view.select_range(start, start + 1)
    press(qtbot, window, Qt.Key.Key_1)
    assert layer_spans(news_db, "doc-0") == []
    assert "Nothing to label" in window.statusBar().currentMessage()


def test_failed_write_is_shown_and_not_displayed_as_saved(
    qtbot, window, news_db, monkeypatch
) -> None:
    from annotator.service import ServiceError

    def locked(*_args, **_kwargs):
        raise ServiceError("database is locked")

    monkeypatch.setattr(window.ws, "create_span", locked)
    label_word(qtbot, window, "পুতিন", Qt.Key.Key_1)
    assert window.errors == ["database is locked"]
    assert window.save_label.text() == "Not saved"
    assert window.session.spans == {}
    assert len(window.text_view.index) == 0
    assert window.table_model.rowCount() == 0
    assert layer_spans(news_db, "doc-0") == []


def test_newcomer_labels_the_demo_with_the_keyboard_only(qtbot, make_window) -> None:
    """The issue's "done when": person, quote + speaker, claim + claimant, undo/redo,
    close, reopen, everything there."""
    from annotator.storage.engine import default_database_path

    db = str(default_database_path())
    window = make_window(db, "newcomer")
    view = window.text_view
    text = view.text
    for span in list(window.session.spans.values()):  # start from a clean layer
        window.select_span(span.id)
        press(qtbot, window, Qt.Key.Key_Delete)
    assert window.session.spans == {}
    person = text.index("কিম জং উন")
    view.select_range(person, person + len("কিম জং উন"))
    press(qtbot, window, Qt.Key.Key_1)
    quote_start = text.index("আমি আপনার সব নীতি")
    quote_end = text.index("।", quote_start)
    view.select_range(quote_start, quote_end)
    press(qtbot, window, Qt.Key.Key_Q)
    press(qtbot, window, Qt.Key.Key_S)
    press(qtbot, window, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, window, Qt.Key.Key_Return)
    claim_start = text.index("মস্কো ও পিয়ংইয়ংয়ের")
    claim_end = text.index("।", claim_start)
    view.select_range(claim_start, claim_end)
    press(qtbot, window, Qt.Key.Key_C)
    press(qtbot, window, Qt.Key.Key_L)
    press(qtbot, window, Qt.Key.Key_Tab)
    press(qtbot, window, Qt.Key.Key_Return)
    links = sorted(r.type for r in window.session.relations.values())
    assert links == ["claimant", "speaker"]
    ctrl = Qt.KeyboardModifier.ControlModifier
    press(qtbot, window, Qt.Key.Key_Z, ctrl)  # unlink the claimant
    assert sorted(r.type for r in window.session.relations.values()) == ["speaker"]
    press(qtbot, window, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
    window.close()
    again = make_window(db, "newcomer")
    spans = {(s.label, again.text_view.text[s.start : s.end]) for s in again.session.spans.values()}
    assert ("PER", "কিম জং উন") in spans
    assert ("QUOTE", text[quote_start:quote_end]) in spans
    assert ("CLAIM", text[claim_start:claim_end]) in spans
    by_id = {s.id: s for s in again.session.spans.values()}
    pairs = {(r.type, by_id[r.to_span].label) for r in again.session.relations.values()}
    assert pairs == {("speaker", "PER"), ("claimant", "PER")}


def test_shift_arrows_select_and_the_label_snaps_to_the_word(qtbot, window, news_db) -> None:
    start, _end = pos("ভ্লাদিমির")
    window.text_view.select_range(start + 1, start + 1)  # cursor inside the word
    for _ in range(2):
        press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert window.text_view.selected_range()[1] > start + 1
    press(qtbot, window, Qt.Key.Key_1)
    assert layer_spans(news_db, "doc-0") == [("PER", "ভ্লাদিমির")]


def test_mouse_drag_selection_snaps_to_whole_words(qtbot, window) -> None:
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    view = window.text_view
    first, _ = pos("প্রেসিডেন্ট")
    _, last = pos("ভ্লাদিমির")
    block = view.document().findBlock(view.to_qt(first))
    a = view._line_rects(block, first + 2, first + 3)[0].center()
    b = view._line_rects(block, last - 3, last - 2)[0].center()
    left, no = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for kind, point, buttons in (
        (QEvent.Type.MouseButtonPress, a, left),
        (QEvent.Type.MouseMove, b, left),
        (QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(
            kind, QPointF(point), view.viewport().mapToGlobal(point), left, buttons, no
        )
        QApplication.sendEvent(view.viewport(), event)
    assert view.selected_range() == (first, last)


def test_a_span_changed_by_someone_else_is_not_overwritten(qtbot, window, news_db) -> None:
    from annotator.service import Workspace

    label_word(qtbot, window, "পুতিন", Qt.Key.Key_1)
    span_id = window.text_view.selected_span
    with Workspace(str(news_db)) as other:  # a colleague on a shared database
        other.update_span(span_id, "asha", label="ORG")
    press(qtbot, window, Qt.Key.Key_3)  # relabel what the window still shows as PER
    assert window.errors and "changed by someone else" in window.errors[0]
    assert window.save_label.text() == "Not saved"
    assert layer_spans(news_db, "doc-0") == [("ORG", "পুতিন")]
    assert [s.label for s in window.session.spans.values()] == ["ORG"]  # reloaded
    assert window.table_model.index(0, 0).data() == "ORG"
