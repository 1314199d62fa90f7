"""A labeling day without friction (issue 14): resizing, trimming, find and label all,
undo that speaks, status at the first edit, Escape in the find bar, no jumping view."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidget, QWidget

from annotator.model import DocumentRecord, Status
from annotator.service import Workspace, import_records
from tests.gui.conftest import TEXTS, layer_spans

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
KIM = "কিম বলেন। কিমের দল জানায়, কিম আসবেন। “কিম জং উন আসবেন।” আরও কিম।"


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.text_view, key, modifier)


def type_text(widget: QWidget, text: str) -> None:
    """One QKeyEvent per character (qtbot.keyClicks aborts on non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def select(window, word: str, text: str = TEXTS[0]) -> None:
    start = text.index(word)
    window.text_view.select_range(start, start + len(word))


@pytest.fixture
def kim_db(tmp_path: Path) -> Path:
    path = tmp_path / "kim.sqlite3"
    with Workspace(str(path)) as ws:
        import_records(ws, [DocumentRecord(text=KIM, external_id="doc-0")], project="News")
    return path


def test_first_label_makes_the_document_in_progress(qtbot, window, news_db) -> None:
    row = window.doc_model.row_of(int(window.session.document.id))
    assert window.doc_model.summary(row).status is Status.NEW
    select(window, "পুতিন")
    press(qtbot, window, Qt.Key.Key_1)
    with Workspace(str(news_db)) as ws:
        doc = ws.document_by_external_id(int(ws.project("News").id), "doc-0")
        assert ws.layer(int(doc.id), "asha").status is Status.IN_PROGRESS
    assert window.doc_model.summary(row).status is Status.IN_PROGRESS


def test_resize_keys_step_by_word_mark_and_cluster(qtbot, window, news_db) -> None:
    select(window, "আমরা")
    press(qtbot, window, Qt.Key.Key_Q)  # QUOTE
    press(qtbot, window, Qt.Key.Key_Right, CTRL)
    assert layer_spans(news_db, "doc-0") == [("QUOTE", "আমরা জিতব")]
    press(qtbot, window, Qt.Key.Key_Right, CTRL)  # the danda is a step of its own
    assert layer_spans(news_db, "doc-0") == [("QUOTE", "আমরা জিতব।")]
    press(qtbot, window, Qt.Key.Key_Left, ALT)
    press(qtbot, window, Qt.Key.Key_Left, ALT)  # one cluster: ব
    assert layer_spans(news_db, "doc-0") == [("QUOTE", "আমরা জিত")]
    press(qtbot, window, Qt.Key.Key_Left, CTRL | SHIFT)  # the start takes the comma
    assert layer_spans(news_db, "doc-0") == [("QUOTE", ", আমরা জিত")]
    press(qtbot, window, Qt.Key.Key_Right, CTRL | SHIFT)
    assert layer_spans(news_db, "doc-0") == [("QUOTE", "আমরা জিত")]
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert layer_spans(news_db, "doc-0") == [("QUOTE", ", আমরা জিত")]
    assert window.statusBar().currentMessage().startswith("Undid: shrink span: QUOTE")


def test_quote_keeps_selected_marks_and_entity_drops_them(qtbot, make_window, kim_db) -> None:
    window = make_window(kim_db)
    select(window, "“কিম জং উন আসবেন।”", KIM)
    press(qtbot, window, Qt.Key.Key_Q)
    select(window, "“কিম জং", KIM)
    press(qtbot, window, Qt.Key.Key_1)
    assert sorted(layer_spans(kim_db, "doc-0")) == [
        ("PER", "কিম জং"),
        ("QUOTE", "“কিম জং উন আসবেন।”"),
    ]


def test_label_all_is_one_undo_step_that_speaks(qtbot, make_window, kim_db) -> None:
    window = make_window(kim_db)
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    type_text(window.find_bar.query, "কিম")
    assert len(window.find_bar.matches) == 4  # whole words: not কিমের
    counters = []

    def confirm(start: int, end: int) -> QMessageBox.StandardButton:
        counters.append(window.find_bar.count.text())
        return QMessageBox.StandardButton.Yes

    window.confirm_match = confirm
    window.find_bar.label_box.setCurrentText("PER")
    window.find_bar.label_all_button.click()
    assert counters == ["1 of 4", "2 of 4", "3 of 4", "4 of 4"]
    assert layer_spans(kim_db, "doc-0") == [("PER", "কিম")] * 4
    window.text_view.setFocus()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert layer_spans(kim_db, "doc-0") == []
    assert window.statusBar().currentMessage() == "Undid: label all: 4 × PER কিম"
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert layer_spans(kim_db, "doc-0") == [("PER", "কিম")] * 4


def test_inflected_forms_cover_the_whole_word(qtbot, make_window, kim_db) -> None:
    window = make_window(kim_db)
    window.find_bar.open()
    window.find_bar.mode_box.setCurrentIndex(1)  # Word + suffixes
    type_text(window.find_bar.query, "কিম")
    start = KIM.index("কিমের")
    assert (start, start + len("কিমের")) in window.find_bar.matches
    window.confirm_match = lambda s, e: (
        QMessageBox.StandardButton.Yes if s == start else QMessageBox.StandardButton.No
    )
    window.find_bar.label_box.setCurrentText("PER")
    window.find_bar.label_all_button.click()
    assert layer_spans(kim_db, "doc-0") == [("PER", "কিমের")]


def test_escape_closes_the_find_bar_while_typing(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert window.find_bar.isVisible()
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_A)
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.text_view.hasFocus()


def test_labelling_a_visible_word_does_not_scroll(qtbot, make_window, tmp_path) -> None:
    path = tmp_path / "long.sqlite3"
    text = "\n".join(f"অনুচ্ছেদ {i}: ঢাকায় আজ বৃষ্টি হয়েছে।" for i in range(200))
    with Workspace(str(path)) as ws:
        import_records(ws, [DocumentRecord(text=text, external_id="doc-0")], project="News")
    window = make_window(path)
    view = window.text_view
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.wait(10)
    before = bar.value()
    # The last fully visible line: where the old rule scrolled ("upper third").
    point = view.viewport().rect().bottomLeft()
    point.setY(point.y() - view.fontMetrics().height() * 3)
    offset = view.offset_at(point)
    line_start = text.rfind("\n", 0, offset) + 1
    view.select_range(line_start, line_start + len("অনুচ্ছেদ"), minimal_scroll=True)
    before = bar.value()
    press(qtbot, window, Qt.Key.Key_4)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert bar.value() == before


def test_at_1024x600_the_text_gets_most_of_the_width(qtbot, window) -> None:
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    qtbot.wait(50)
    assert window.height() <= 600
    for name in ("documents", "labels", "details", "annotations"):
        dock = window.docks[name]
        assert dock.isVisible() and not dock.isFloating(), name
    assert window.text_view.width() >= 0.6 * window.width()


def test_tabbed_docks_show_whole_titles_at_1366x768(qtbot, window) -> None:
    """The tabbed right-hand docks keep their whole titles (with scroll arrows when
    they do not fit) instead of Qt's one letter and an ellipsis."""
    from PySide6.QtWidgets import QTabBar

    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    bars = window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
    titles = {bar.tabText(i) for bar in bars for i in range(bar.count())}
    assert {"Details", "Notes", "Guidelines", "Referents"} <= titles
    assert all(bar.elideMode() == Qt.TextElideMode.ElideNone for bar in bars)


def test_panels_close_and_come_back_from_the_view_menu(qtbot, window) -> None:
    dock = window.docks["documents"]
    dock.close()
    assert not dock.isVisible()
    toggle = next(a for a in window.menus["&View"].actions() if a.text() == "Documents")
    toggle.trigger()
    assert dock.isVisible()


def test_a_span_note_is_saved_marked_and_undone(qtbot, window, news_db) -> None:
    select(window, "পুতিন")
    press(qtbot, window, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_F4)
    assert window.span_note.editor.hasFocus()
    type_text(window.span_note.editor, "unsure: speaker?")
    qtbot.mouseClick(window.span_note.save_button, Qt.MouseButton.LeftButton)
    span = next(iter(window.session.spans.values()))
    with Workspace(str(news_db)) as ws:
        notes = ws.layer(int(window.session.document.id), "asha").notes
    assert [(n.text, n.author, n.span_id) for n in notes] == [("unsure: speaker?", "asha", span.id)]
    assert window.table_model.index(0, 0).data() == "PER ✎"
    window.text_view.setFocus()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.statusBar().currentMessage().startswith("Undid: note on PER পুতিন")
    assert window.session.notes == ()
    assert window.table_model.index(0, 0).data() == "PER"


def test_editing_a_done_document_shows_the_mark_and_can_reopen(qtbot, window, news_db) -> None:
    press(qtbot, window, Qt.Key.Key_Return, CTRL)  # done, and the next opens
    window.open_document("doc-0")
    assert window.session.status is Status.DONE
    select(window, "পুতিন")
    press(qtbot, window, Qt.Key.Key_1)
    assert window.done_mark.isVisible()
    assert "Edited after done at" in window.done_mark.label.text()
    qtbot.mouseClick(window.done_mark.reopen_button, Qt.MouseButton.LeftButton)
    with Workspace(str(news_db)) as ws:
        doc = ws.document_by_external_id(int(ws.project("News").id), "doc-0")
        assert ws.layer(int(doc.id), "asha").status is Status.IN_PROGRESS


def test_shortcut_sheet_lists_the_registry(qtbot, window) -> None:
    window.flow.show_shortcuts()
    sheet = window.flow._dialogs[-1]
    table = sheet.findChildren(QTableWidget)[0]
    rows = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["Grow span end by a word or mark"] == "Ctrl+Right"
    assert rows["Label PER"] == "1"
    assert "Alt+Shift" not in " ".join(rows.values())


def test_agreement_with_one_annotator_explains_itself_and_closes(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_Return, CTRL)  # asha finishes one document
    dialog = window.commands.agreement()
    assert "needs two annotators" in dialog.summary.text()
    assert "only asha did" in dialog.summary.text()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_dragging_the_end_handle_resizes_the_span_to_a_cluster(qtbot, window, news_db) -> None:
    select(window, "ভ্লাদিমির")
    press(qtbot, window, Qt.Key.Key_1)
    view = window.text_view
    span = next(iter(window.session.spans.values()))
    rects = view._screen_rects(span)
    handle = rects[-1].center().toPoint()
    handle.setX(int(rects[-1].right()))
    assert view.handle_at(QPointF(handle)) == "end"
    end = TEXTS[0].index("পুতিন") + len("পুতিন")
    target = view.cursorRect(_cursor_at(view, end)).center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=handle)
    qtbot.mouseMove(view.viewport(), pos=target)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert layer_spans(news_db, "doc-0") == [("PER", "ভ্লাদিমির পুতিন")]
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert layer_spans(news_db, "doc-0") == [("PER", "ভ্লাদিমির")]


def _cursor_at(view, offset: int):
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_qt(offset))
    return cursor


def test_schema_trim_and_examples_are_stored(tmp_path) -> None:
    from annotator.model import default_schema
    from annotator.model.schema import Trim

    schema = default_schema()
    per = schema.label("PER")
    labels = tuple(
        replace(label, trim="whitespace", examples=("কিম জং উন", "পুতিনের"))
        if label.name == "PER"
        else label
        for label in schema.labels
    )
    with Workspace(str(tmp_path / "s.sqlite3")) as ws:
        ws.ensure_project("News", replace(schema, labels=labels))
        stored = ws.project("News").schema.label("PER")
    assert per is not None and per.trim_rule is Trim.PUNCTUATION
    assert stored.trim_rule is Trim.WHITESPACE
    assert stored.examples == ("কিম জং উন", "পুতিনের")


def test_the_edited_after_done_mark_comes_back_until_kept(qtbot, make_window, news_db) -> None:
    window = make_window(news_db)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)  # doc-0 done, doc-1 opens
    window.open_document("doc-0")
    select(window, "পুতিন")
    press(qtbot, window, Qt.Key.Key_1)
    window.open_document("doc-1")
    window.open_document("doc-0")
    assert window.done_mark.isVisible()  # read back from the history
    qtbot.mouseClick(window.done_mark.keep_button, Qt.MouseButton.LeftButton)
    window.open_document("doc-1")
    window.open_document("doc-0")
    assert not window.done_mark.isVisible()
    assert window.session.status is Status.DONE


def test_the_last_project_and_document_reopen_and_the_database_is_recent(
    qtbot, make_window, news_db
) -> None:
    from annotator.gui.app import build_window

    window = make_window(news_db)
    window.open_document("doc-2")
    window.close()
    settings = window.settings
    assert settings.recent == [str(news_db)]
    assert (settings.last_project, settings.last_document) == ("News", "doc-2")
    again = build_window(str(news_db), "asha", settings)
    qtbot.addWidget(again)
    assert again.session.document.external_id == "doc-2"
    again.close()


def test_the_label_all_question_sits_beside_the_match(qtbot, window) -> None:
    from PySide6.QtCore import QRect

    from annotator.gui.find_bar import MatchQuestion, place_beside

    box = QMessageBox(QMessageBox.Icon.Question, "t", "x" * 40, parent=window)
    anchor = QRect(100, 100, 60, 20)
    question = MatchQuestion("PER", "কিমের", "কিম", "কিমের দল জানায়।", 2, 4, anchor)
    assert "covers the whole word “কিমের”" in question.message()
    assert question.message().startswith("Label match 2 of 4 as PER: “কিমের”")
    place_beside(box, anchor)
    assert not box.frameGeometry().intersects(anchor)


def test_dark_colours_make_label_fills_translucent(qtbot, window) -> None:
    from annotator.gui.theme import apply_theme

    try:
        window.flow.set_theme("dark")
        assert window.settings.theme == "dark"
        fills = window.text_view._fills
        assert fills and all(c.alpha() < 255 for c in fills.values())
    finally:
        apply_theme("light")


def test_first_start_hint_is_whole_and_outlives_the_background_check(qtbot, make_window) -> None:
    from annotator.storage.engine import default_database_path

    window = make_window(str(default_database_path()), "newcomer")
    window.resize(1366, 740)  # the reviewer's screen
    qtbot.waitUntil(lambda: not window.open_checks.running, timeout=10000)
    message = window.statusBar().currentMessage()
    assert message == "Sample article: demo's labels are now yours to edit"
    width = window.statusBar().fontMetrics().horizontalAdvance(message)
    status = window.status
    labels = (status.database, status.project, status.annotator, status.save_state)
    permanent = sum(label.sizeHint().width() for label in (*labels, status.progress))
    assert width <= window.width() - permanent  # shown whole, not "…change, delete or"


@pytest.mark.parametrize("choice", ["start", "quit"])
def test_cancel_in_the_welcome_dialog_says_what_it_means(
    qtbot, monkeypatch, capsys, choice
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog

    from annotator.gui import app as app_module
    from annotator.gui.settings import load_settings

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    asked = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        role = QMessageBox.ButtonRole.AcceptRole
        if choice == "quit":
            role = QMessageBox.ButtonRole.RejectRole
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)

    def close_soon() -> None:
        for widget in QApplication.topLevelWidgets():
            if hasattr(widget, "session"):
                widget.close()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(close_soon)
    timer.start(300)
    try:
        assert app_module.run(None, None) == 0
    finally:
        timer.stop()  # "quit" returns before the event loop: no later test's window closes
    assert "Start as “tester”" in asked[0]
    if choice == "start":
        assert load_settings().annotator == "tester"
    else:
        assert "no annotator name given" in capsys.readouterr().err


def test_document_notes_are_added_searched_and_undone(qtbot, window, news_db) -> None:
    window.docks["notes"].raise_()
    panel = window.notes_panel
    qtbot.waitUntil(panel.isVisible)
    type_text(panel.editor, "ask the editor")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert [n.text for n in window.session.document_notes] == ["ask the editor"]
    assert panel.list.count() == 1
    panel.search.setText("editor")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.results.count() == 1 and "doc-0" in panel.results.item(0).text()
    window.text_view.setFocus()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.statusBar().currentMessage() == "Undid: add document note"
    with Workspace(str(news_db)) as ws:
        assert ws.layer(int(window.session.document.id), "asha").notes == ()


def test_label_buttons_explain_their_label(window) -> None:
    tip = window.label_palette.buttons["PER"].toolTip()
    assert "Person" in tip and "Key: 1" in tip
    assert "PER" in window.guidelines.toPlainText()


def test_an_entity_holding_others_is_one_level_deeper() -> None:
    from annotator.gui.text_view import _nesting
    from tests.gui.test_plain_logic import span

    event, gpe, per = span(1, "EVENT", 0, 30), span(2, "GPE", 0, 10), span(3, "GPE", 11, 20)
    assert _nesting([event, gpe, per]) == {1: 1, 2: 0, 3: 0}
