"""Moving through the work: next/previous, done-and-next, find, the document list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.model import Status
from annotator.service import Workspace, import_records
from tests.gui.conftest import TEXTS, layer_spans, records


def current_external_id(window) -> str:
    return window.session.document.external_id


def status_of(db, external_id: str, annotator: str = "asha") -> Status:
    with Workspace(str(db)) as ws:
        doc = ws.document_by_external_id(int(ws.project("News").id), external_id)
        return ws.layer(int(doc.id), annotator).status


def test_page_down_and_up_move_between_documents(qtbot, window) -> None:
    assert current_external_id(window) == "doc-0"
    qtbot.keyClick(window.text_view, Qt.Key.Key_PageDown)
    assert current_external_id(window) == "doc-1"
    assert window.text_view.text == TEXTS[1]
    qtbot.keyClick(window.text_view, Qt.Key.Key_PageUp)
    assert current_external_id(window) == "doc-0"


def test_ctrl_enter_marks_done_and_opens_the_next_unfinished(qtbot, window, news_db) -> None:
    window.open_document("doc-1")
    qtbot.keyClick(window.text_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert status_of(news_db, "doc-1") is Status.DONE
    assert current_external_id(window) == "doc-2"
    assert "1 of 3 done" in window.progress_label.text()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert current_external_id(window) == "doc-0"  # wrapped around, skipping doc-1 (done)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [status_of(news_db, f"doc-{i}") for i in range(3)] == [Status.DONE] * 3
    assert "Every document is done" in window.statusBar().currentMessage()
    # Status changes are undoable too (on the document they belong to).
    window.undo_group.undo()
    assert status_of(news_db, "doc-0") is Status.NEW


def test_time_spent_is_recorded_when_switching_documents(qtbot, window, news_db) -> None:
    qtbot.wait(120)
    qtbot.keyClick(window.text_view, Qt.Key.Key_PageDown)
    with Workspace(str(news_db)) as ws:
        doc = ws.document_by_external_id(int(ws.project("News").id), "doc-0")
        assert ws.time_spent(int(doc.id), "asha") >= 0.1


def test_find_is_normalization_insensitive_and_labels_all_with_confirm(
    qtbot, window, news_db
) -> None:
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    # Type "বৃষ্টি" is not in doc-0; go to doc-1 and search a word with decomposed য়.
    window.open_document("doc-1")
    decomposed = "আবহাও\u09af\u09bcা"  # য + nukta instead of the precomposed য়
    window.find_bar.query.setText(decomposed)
    assert window.find_bar.matches == [
        (TEXTS[1].index("আবহাওয়া"), TEXTS[1].index("আবহাওয়া") + len("আবহাওয়া"))
    ]
    window.find_bar.query.setText("বৃষ্টি")
    assert len(window.find_bar.matches) == 2
    window.find_bar.query.setFocus()
    qtbot.waitUntil(window.find_bar.query.hasFocus)
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return)
    assert window.text_view.selected_range() == window.find_bar.matches[0]
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked = []

    def confirm(start: int, end: int) -> QMessageBox.StandardButton:
        asked.append((start, end))
        assert window.text_view.selected_range() == (start, end)  # the match is shown
        return next(answers)

    window.confirm_match = confirm
    window.find_bar.label_box.setCurrentText("EVENT")
    window.find_bar.label_all_button.click()
    assert asked == window.find_bar.matches
    spans = layer_spans(news_db, "doc-1")
    assert spans == [("EVENT", "বৃষ্টি")]
    with Workspace(str(news_db)) as ws:
        doc = ws.document_by_external_id(int(ws.project("News").id), "doc-1")
        (span,) = ws.layer(int(doc.id), "asha").spans
    assert span.start == window.find_bar.matches[1][0]


def test_document_list_knows_its_size_and_reads_pages_on_demand(
    qtbot, make_window, tmp_path
) -> None:
    db = tmp_path / "many.sqlite3"
    with Workspace(str(db)) as ws:
        import_records(ws, records(45), project="News")
    window = make_window(db)
    model = window.doc_model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.page_size = 10
    model.refresh()
    assert model.total == 45 == model.rowCount()
    assert model.index(44, 0).data() == "নথি 44"
    assert model.index(3, 0).data() == "নথি 3"
    # Opening a document far down selects its row without reading the pages between.
    model.refresh()
    window.open_document("doc-37")
    assert (
        window.doc_panel.view.currentIndex().row()
        == 37
        == model.row_of(int(window.session.document.id))
    )
    assert len(model._pages) <= 3


def test_filter_box_takes_bengali_typed_key_by_key(qtbot, window) -> None:
    box = window.doc_panel.filter_box
    box.setFocus()
    for ch in "নথি 1":  # one QKeyEvent per character (keyClicks aborts on non-ASCII)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    assert box.text() == "নথি 1"
    assert window.doc_model.total == 1
    assert window.doc_model.summary(0).external_id == "doc-1"
    assert window.session.spans == {}  # the keys typed, they did not label anything


def test_status_filter_shows_only_done_documents(qtbot, window) -> None:
    qtbot.keyClick(window.text_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = window.doc_panel.status_box
    box.setCurrentIndex(box.findData(Status.DONE))
    assert window.doc_model.total == 1
    assert window.doc_model.summary(0).external_id == "doc-0"


def test_everything_is_there_after_reopening_the_database(qtbot, make_window, news_db) -> None:
    window = make_window(news_db)
    text = TEXTS[0]
    start = text.index("পুতিন")
    window.text_view.select_range(start, start + len("পুতিন"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    window.text_view.select_range(text.index("আমরা"), text.index("।"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_Q)
    qtbot.keyClick(window.text_view, Qt.Key.Key_S)
    qtbot.keyClick(window.link_picker.filter, Qt.Key.Key_Tab)  # the picker has the keys
    qtbot.keyClick(window.link_picker.filter, Qt.Key.Key_Return)
    window.close()
    again = make_window(news_db)
    assert sorted(s.label for s in again.session.spans.values()) == ["PER", "QUOTE"]
    assert [r.type for r in again.session.relations.values()] == ["speaker"]
    assert len(again.text_view.index) == 2
    assert again.table_model.rowCount() == 2
    assert again.doc_model.summary(0).span_count == 2


def test_undo_still_works_after_visiting_another_document(qtbot, window, news_db) -> None:
    view = window.text_view
    start = TEXTS[0].index("পুতিন")
    view.select_range(start, start + len("পুতিন"))
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert current_external_id(window) == "doc-0"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.errors == []
    assert layer_spans(news_db, "doc-0") == []
    qtbot.keyClick(
        view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert layer_spans(news_db, "doc-0") == [("PER", "পুতিন")]
