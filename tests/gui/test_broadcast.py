"""The change broadcast reaches every panel and dialog showing the edited layer: an edit
made in the curation view shows at once in a main window working as gold (text, table,
referents, notes, document list) and undo takes it back everywhere; the window's edits
reach the curation view and the agreement report; one label key updates the selection
once."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from annotator.model import DocumentRecord, Status
from annotator.service import Workspace, import_records
from annotator.service.adjudication import GOLD
from tests.gui.conftest import TEXTS

TEXT = "কিম জং উন বলেন, আমরা পাশে আছি। পরে কিম আবার বলেন, ঢাকা শান্ত।"


def at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def _agreed(db: Path, *, done: tuple[str, ...] = ("a", "b")) -> int:
    """a and b mark কিম জং উন and the later কিম as one referent, and ঢাকা."""
    with Workspace(str(db)) as ws:
        import_records(ws, [DocumentRecord(TEXT, "d1", title="d1")], project="News")
        doc = ws.document_by_external_id(ws.project("News").id, "d1")
        for name in ("a", "b"):
            kim = ws.create_span(doc.id, name, "PER", *at("কিম জং উন")).span
            again = ws.create_span(doc.id, name, "PER", *at("কিম", 1)).span
            ws.create_span(doc.id, name, "GPE", *at("ঢাকা"))
            assert kim is not None and again is not None
            ws.join_referent(again.id, kim.id, name)
            ws.set_status(doc.id, name, Status.DONE if name in done else Status.IN_PROGRESS)
        return int(doc.id)


def _curation(window, qtbot):
    dialog = window.commands.curation()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.span_view.setFocus()
    return dialog


def _list_row(window, doc_id: int):
    return window.doc_model.summary(window.doc_model.row_of(doc_id))


def test_a_curation_edit_reaches_every_panel_of_a_gold_window(
    make_window, tmp_path: Path, qtbot
) -> None:
    db = tmp_path / "gold.sqlite3"
    doc_id = _agreed(db)
    window = make_window(db, GOLD)
    window.open_document(doc_id)
    assert window.table_model.rowCount() == 0
    assert _list_row(window, doc_id).status is Status.NEW
    dialog = _curation(window, qtbot)

    # Ctrl+Shift+A in the curation view: the agreed spans and their referent go to gold.
    qtbot.keyClick(
        dialog.span_view,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: len(window.session.spans) == 3, timeout=3000)
    gold_ids = set(window.session.spans)
    assert window.table_model.rowCount() == 3  # the annotation table
    assert window.text_view.index is not None
    assert all(window.text_view.index.get(i) is not None for i in gold_ids)  # the text
    assert window.referents_panel.model.rowCount() == 1  # the Referents dock
    row = _list_row(window, doc_id)  # the document list: status and span count
    assert (row.status, row.span_count) == (Status.IN_PROGRESS, 3)
    assert window.ws.layer(doc_id, GOLD).status is Status.IN_PROGRESS

    # A note on a gold span, then the curator removes that span from gold: its note
    # leaves the window's text and table at once.
    dhaka = next(s for s in window.session.spans.values() if s.label == "GPE")
    window.session.set_span_note(dhaka.id, "নিশ্চিত নয়")
    assert dhaka.id in window.text_view._noted
    dhaka_row = next(i for i, r in enumerate(dialog.spans.rows) if r.label == "GPE")
    dialog.span_view.selectRow(dhaka_row)
    qtbot.keyClick(dialog.span_view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(window.session.spans) == 2, timeout=3000)
    assert dhaka.id not in window.text_view._noted
    assert window.table_model.rowCount() == 2

    # Undo twice in the curation view: back to an empty gold layer in every panel.
    for _ in range(2):
        qtbot.keyClick(dialog.span_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.spans == {}, timeout=3000)
    assert window.table_model.rowCount() == 0
    assert window.referents_panel.model.rowCount() == 0
    assert window.text_view.index is not None
    assert all(window.text_view.index.get(i) is None for i in gold_ids)
    assert _list_row(window, doc_id).span_count == 0
    assert window.ws.layer(doc_id, GOLD).spans == ()


def test_redo_in_the_curation_view_and_the_windows_gold_edit_go_both_ways(
    make_window, tmp_path: Path, qtbot
) -> None:
    db = tmp_path / "both.sqlite3"
    doc_id = _agreed(db)
    window = make_window(db, GOLD)
    window.open_document(doc_id)
    dialog = _curation(window, qtbot)
    dialog.span_view.selectRow(0)  # কিম জং উন, agreed
    qtbot.keyClick(dialog.span_view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(window.session.spans) == 1, timeout=3000)
    qtbot.keyClick(dialog.span_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.spans == {}, timeout=3000)
    dialog.undo_stack.redo()
    qtbot.waitUntil(lambda: len(window.session.spans) == 1, timeout=3000)
    (span,) = window.session.spans.values()
    assert (span.annotator, span.label, span.start) == (GOLD, "PER", 0)
    assert window.table_model.rowCount() == 1

    # The window, working as gold, deletes it: the curation view no longer has it in gold.
    window.session.delete_span(span.id)
    qtbot.waitUntil(lambda: all(row.gold is None for row in dialog.spans.rows), timeout=3000)


def test_the_windows_edit_of_a_compared_layer_reaches_the_curation_view(
    make_window, tmp_path: Path, qtbot
) -> None:
    db = tmp_path / "compared.sqlite3"
    doc_id = _agreed(db)
    window = make_window(db, "a")
    window.open_document(doc_id)
    dialog = _curation(window, qtbot)
    rows = len(dialog.spans.rows)
    window.activateWindow()  # back to the main window, as the curator does
    qtbot.waitUntil(window.isActiveWindow)
    window.text_view.setFocus()
    window.text_view.select_range(*at("শান্ত"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_3)
    span = next(s for s in window.session.spans.values() if s.start == at("শান্ত")[0])
    qtbot.waitUntil(lambda: len(dialog.spans.rows) == rows + 1, timeout=3000)
    (row,) = [r for r in dialog.spans.rows if r.start == span.start]
    assert set(row.spans) == {"a"} and not row.agreed

    # A note on it (the span note editor's save) shows in the curation view's notes.
    window.flow.save_span_note(span.id, "unsure of the place")
    qtbot.waitUntil(lambda: "unsure of the place" in dialog.notes_view.toPlainText())
    assert window.text_view._noted == {span.id: "unsure of the place"}


def test_the_agreement_report_counts_again_when_a_layer_is_marked_done(
    make_window, tmp_path: Path, qtbot
) -> None:
    db = tmp_path / "agreement.sqlite3"
    doc_id = _agreed(db, done=("a",))
    window = make_window(db, "b")
    window.open_document(doc_id)
    dialog = window.commands.agreement()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.report is not None and dialog.report.annotators == ["a"]
    window.done_and_next()  # Ctrl+Enter as b
    qtbot.waitUntil(
        lambda: dialog.report is not None and dialog.report.annotators == ["a", "b"],
        timeout=3000,
    )


def _spy(counts: Counter[str], name: str, method: Callable[..., object]) -> Callable[..., object]:
    def spied(*args: object, **kwargs: object) -> object:
        counts[name] += 1
        return method(*args, **kwargs)

    return spied


def test_one_label_key_updates_the_selection_once(window, qtbot) -> None:
    """Before, the session's broadcast re-selected the old span and the Labeler then
    selected the new one: every panel showed a selection twice per key."""
    counts: Counter[str] = Counter()
    window.details.show_span = _spy(counts, "details", window.details.show_span)
    window.table.select_span = _spy(counts, "table", window.table.select_span)
    window.span_note.show_note = _spy(counts, "note", window.span_note.show_note)
    text = TEXTS[0]
    start = text.index("পুতিন")
    window.text_view.select_range(start + 1, start + 3)
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)  # PER
    span = window.session.span(window.text_view.selected_span)
    assert span is not None and (span.label, span.start) == ("PER", start)
    assert counts == {"details": 1, "table": 1, "note": 1}

    counts.clear()
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)  # relabel the selected span: ORG
    assert window.session.span(window.text_view.selected_span).label == "ORG"
    assert counts == {"details": 1, "table": 1, "note": 1}

    counts.clear()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Delete)
    assert window.session.spans == {} and window.text_view.selected_span is None
    assert counts == {"details": 1, "table": 1, "note": 1}

    counts.clear()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = window.session.span(window.text_view.selected_span)  # undo selects it again
    assert back is not None and (back.label, back.start) == ("ORG", start)
    assert counts == {"details": 1, "table": 1, "note": 1}


def test_a_schema_edit_reaches_the_window_and_the_curation_view(
    make_window, tmp_path: Path, qtbot
) -> None:
    """Renaming PER to PERSON in the schema editor: the window's palette, Guidelines dock
    and open layer and the open curation view all show the new name."""
    db = tmp_path / "schema.sqlite3"
    doc_id = _agreed(db)
    window = make_window(db, "a")
    window.open_document(doc_id)
    dialog = _curation(window, qtbot)
    editor = window.commands.schema_editor()
    assert editor is not None
    qtbot.addWidget(editor)
    row = [e.name for e in editor.labels.entries].index("PER")
    editor.labels.setData(editor.labels.index(row, 0), "PERSON")
    assert editor.save()
    qtbot.waitUntil(lambda: "PERSON" in window.label_palette.buttons)
    assert "PERSON" in window.guidelines.toPlainText()
    assert {s.label for s in window.session.spans.values()} == {"PERSON", "GPE"}
    assert {r.label for r in dialog.spans.rows} == {"PERSON", "GPE"}
    assert dialog.schema.label("PERSON") is not None
