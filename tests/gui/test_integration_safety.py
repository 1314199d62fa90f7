"""What the window says about the database itself: read-only, damaged, and closing so
that nothing writes afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from annotator.gui.actions import ActionId
from annotator.gui.editing import READ_ONLY
from annotator.service import Workspace
from tests.gui.conftest import TEXTS, layer_spans


def word_range(word: str) -> tuple[int, int]:
    start = TEXTS[0].index(word)
    return start, start + len(word)


def test_read_only_database_shows_a_banner_and_refuses_edits(
    qtbot, make_window, news_db: Path, monkeypatch
) -> None:
    with Workspace(str(news_db)) as ws:  # one span to try deleting
        doc = ws.document_by_external_id(int(ws.project("News").id), "doc-0")
        ws.create_span(int(doc.id), "asha", "PER", *word_range("পুতিন"))
    before = news_db.read_bytes()
    # As for a file the user may not write (tests run as root, so permissions cannot show it).
    monkeypatch.setattr("annotator.storage.engine.is_read_only_path", lambda _path: True)
    window = make_window(news_db)
    assert window.ws.read_only
    assert window.banners.read_only.isVisible()
    assert "Read-only" in window.banners.read_only.text()
    assert window.status.save_state.text() == "Read-only"
    assert not window.label_palette.isEnabled()
    assert not window.details.isEnabled()
    assert not window.acts[ActionId.IMPORT].isEnabled()
    assert window.acts[ActionId.EXPORT].isEnabled()  # reading is fine

    window.text_view.select_range(*word_range("কিম"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    assert window.statusBar().currentMessage() == READ_ONLY
    window.statusBar().clearMessage()
    window.select_span(next(iter(window.session.spans)))
    qtbot.keyClick(window.text_view, Qt.Key.Key_Delete)
    assert window.statusBar().currentMessage() == READ_ONLY
    assert window.errors == []  # refused up front, not failed on write
    assert layer_spans(news_db, "doc-0") == [("PER", "পুতিন")]
    window.close()
    assert news_db.read_bytes() == before


def test_a_damaged_database_shows_the_check_banner(qtbot, make_window, news_db: Path) -> None:
    with Workspace(str(news_db)) as ws:
        doc = ws.document_by_external_id(int(ws.project("News").id), "doc-2")
        ws.create_span(int(doc.id), "asha", "ORG", 0, len(TEXTS[2].split()[0]))
    con = sqlite3.connect(news_db)  # as a broken tool or a bad restore might leave it
    with con:
        con.execute("UPDATE spans SET end_offset = 10000")
    con.close()
    window = make_window(news_db)
    qtbot.waitUntil(window.banners.integrity.isVisible, timeout=10000)
    text = window.banners.integrity.text()
    assert "1 problem(s)" in text and "annotator db check" in text
    assert "is not inside its text" in text
    assert not window.banners.read_only.isVisible()


def test_a_healthy_database_shows_no_banner(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.open_checks.running, timeout=10000)
    assert not window.banners.integrity.isVisible()
    assert not window.banners.read_only.isVisible()


def test_closing_records_the_time_then_nothing_writes(qtbot, window, news_db: Path) -> None:
    window.text_view.select_range(*word_range("পুতিন"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    doc_id = int(window.session.document.id)
    qtbot.wait(30)
    window.close()
    assert window.ws.closed
    assert not window.time_keeper._timer.isActive()
    with Workspace(str(news_db)) as ws:
        spent = ws.time_spent(doc_id, "asha")
    assert spent > 0  # the last stretch was recorded before the database closed

    window.time_keeper.flush()  # a late timer tick or edit after close
    window.session.add_time(60.0)
    assert window.session.create_span("ORG", *word_range("কিম")) is None
    with Workspace(str(news_db)) as ws:
        assert ws.time_spent(doc_id, "asha") == spent
    assert layer_spans(news_db, "doc-0") == [("PER", "পুতিন")]


def test_closing_waits_for_a_running_import(qtbot, window, news_db: Path, tmp_path) -> None:
    from annotator.gui.dialogs.import_dialog import ImportDialog

    source = tmp_path / "late.jsonl"
    source.write_text('{"id": "late", "text": "মেঘ।", "entities": []}\n', "utf-8")
    window.acts[ActionId.IMPORT].trigger()
    [dialog] = [d for d in window.commands.open if isinstance(d, ImportDialog)]
    dialog.paths.setText(str(source))
    dialog.format.setCurrentText("doccano")
    dialog.start_import()  # still running (or just done) when the window closes
    window.close()
    assert window.ws.closed
    with Workspace(str(news_db)) as ws:  # finished, not cut off
        assert ws.count_documents(int(ws.project("News").id)) == 4
