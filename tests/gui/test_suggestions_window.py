"""Suggestions in the window, driven by keys as a linguist would: ghosts appear on a
document after gold exists elsewhere, Tab reaches them, Alt+A accepts, Alt+X rejects,
Ctrl+Shift+A accepts all as one undo step. Results are checked in the database."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.gui.actions import ActionId
from annotator.model import DocumentRecord, SpanRecord, Status
from annotator.service import Workspace, import_records

GOLD_TEXT = unicodedata.normalize("NFC", "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন মস্কোয় কিম জং উনকে স্বাগত জানান।")
NEW_TEXT = unicodedata.normalize(
    "NFC", "ভ্লাদিমির পুতিনের সঙ্গে দেখা করেন কিম জং উন। কিম বলেন, ‘আমরা একসঙ্গে কাজ করব।’"
)


def _span(key: str, text: str, word: str, label: str) -> SpanRecord:
    start = text.index(word)
    return SpanRecord(key, start, start + len(word), label)


@pytest.fixture
def suggest_db(tmp_path: Path) -> Path:
    path = tmp_path / "suggest.sqlite3"
    gold = DocumentRecord(
        text=GOLD_TEXT,
        external_id="gold-doc",
        annotator="gold",
        status=Status.DONE,
        spans=(
            _span("a", GOLD_TEXT, "রাশিয়ার", "GPE"),
            _span("b", GOLD_TEXT, "ভ্লাদিমির পুতিন", "PER"),
            _span("c", GOLD_TEXT, "কিম জং উনকে", "PER"),
            _span("d", GOLD_TEXT, "মস্কোয়", "GPE"),
        ),
        origin="t:1",
    )
    second = DocumentRecord(
        text=NEW_TEXT[: NEW_TEXT.index("।") + 1],
        external_id="gold-two",
        annotator="gold",
        status=Status.DONE,
        spans=(_span("a", NEW_TEXT, "ভ্লাদিমির পুতিনের", "PER"),),
        origin="t:3",
    )
    fresh = DocumentRecord(text=NEW_TEXT, external_id="new-doc", origin="t:2")
    with Workspace(str(path)) as ws:
        import_records(ws, [fresh, gold, second], project="News")
    return path


def _open_new(qtbot, make_window, db: Path):
    window = make_window(db)
    window.open_document("new-doc")
    qtbot.waitUntil(lambda: len(window.suggestions.ghosts) >= 3, timeout=10000)
    window.text_view.setFocus()
    return window


def _stored(db: Path, annotator: str = "asha") -> list[tuple[str, str | None]]:
    with Workspace(str(db)) as ws:
        doc = ws.document_by_external_id(int(ws.project("News").id), "new-doc")
        layer = ws.layer(int(doc.id), annotator)
        return sorted((doc.text[s.start : s.end], s.source) for s in layer.spans)


def test_tab_reaches_a_ghost_and_alt_a_accepts_it_with_source(
    qtbot, make_window, suggest_db: Path
) -> None:
    window = _open_new(qtbot, make_window, suggest_db)
    ghosts = {NEW_TEXT[g.start : g.end]: g for g in window.suggestions.ghosts}
    assert ghosts["ভ্লাদিমির পুতিনের"].label == "PER"  # the whole inflected word
    assert ghosts["কিম জং উন"].recommender == "gazetteer"
    assert "আমরা একসঙ্গে কাজ করব" in ghosts  # the quote finder's direct quote
    window.text_view.select_range(0, 0)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Tab)
    current = window.suggestions.current
    assert current is not None and NEW_TEXT[current.start : current.end] == "ভ্লাদিমির পুতিনের"
    qtbot.keyClick(window.text_view, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert _stored(suggest_db) == [("ভ্লাদিমির পুতিনের", "gazetteer")]
    # the accepted ghost is gone; the others stay
    shown = {NEW_TEXT[g.start : g.end] for g in window.suggestions.ghosts}
    assert "ভ্লাদিমির পুতিনের" not in shown and "কিম জং উন" in shown
    # undo removes the span and brings the ghost back
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(suggest_db) == []
    assert "ভ্লাদিমির পুতিনের" in {NEW_TEXT[g.start : g.end] for g in window.suggestions.ghosts}


def test_accept_all_is_one_undo_step(qtbot, make_window, suggest_db: Path) -> None:
    window = _open_new(qtbot, make_window, suggest_db)
    expected = sorted(
        NEW_TEXT[g.start : g.end]
        for g in window.suggestions.ghosts
        if g.score >= window.settings.suggestion_threshold
    )
    assert len(expected) >= 3
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.text_view, Qt.Key.Key_A, modifiers)
    stored = _stored(suggest_db)
    assert sorted(text for text, _ in stored) == expected
    assert {source for _, source in stored} <= {"gazetteer", "quotes", "tagger"}
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(suggest_db) == []  # one Ctrl+Z took them all back


def test_alt_x_rejects_and_the_rejection_is_remembered(
    qtbot, make_window, suggest_db: Path
) -> None:
    window = _open_new(qtbot, make_window, suggest_db)
    kim = next(g for g in window.suggestions.ghosts if NEW_TEXT[g.start : g.end] == "কিম জং উন")
    window.suggestions.show_ghost(kim)
    qtbot.keyClick(window.text_view, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    assert "কিম জং উন" not in {NEW_TEXT[g.start : g.end] for g in window.suggestions.ghosts}
    assert _stored(suggest_db) == []  # a rejection is no label
    with sqlite3.connect(suggest_db) as conn:
        rows = conn.execute("SELECT text, rejected, rejected_by FROM suggestions").fetchall()
    assert rows == [("কিম জং উন", 1, "asha")]
    window.close()
    # another annotator, another window: still not suggested
    second = make_window(suggest_db, "bina")
    second.open_document("new-doc")
    qtbot.waitUntil(lambda: len(second.suggestions.ghosts) >= 2, timeout=10000)
    assert "কিম জং উন" not in {NEW_TEXT[g.start : g.end] for g in second.suggestions.ghosts}


def test_view_toggle_hides_ghosts_and_tab_walks_real_spans(
    qtbot, make_window, suggest_db: Path
) -> None:
    window = _open_new(qtbot, make_window, suggest_db)
    action = window.acts[ActionId.SHOW_SUGGESTIONS]
    assert action.isChecked()
    action.trigger()
    assert not window.suggestions.visible
    qtbot.keyClick(window.text_view, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert _stored(suggest_db) == []  # hidden ghosts are never accepted
    qtbot.keyClick(window.text_view, Qt.Key.Key_Tab)
    assert window.suggestions.current is None


def test_training_runs_in_the_background_and_the_tagger_then_suggests(
    qtbot, make_window, suggest_db: Path
) -> None:
    window = _open_new(qtbot, make_window, suggest_db)
    controller = window.suggestions
    assert controller.suggester is not None and controller.suggester.tagger is None
    window.acts[ActionId.TRAIN_SUGGESTIONS].trigger()
    assert controller.training and controller.busy.isVisibleTo(window)
    assert not controller.start_training(manual=False)  # never two at once
    qtbot.waitUntil(lambda: not controller.training, timeout=60000)
    report = controller.last_report
    assert report is not None and "PER" in report.metrics["table"]["labels"]
    assert "F1" in window.statusBar().currentMessage()
    qtbot.waitUntil(
        lambda: controller.suggester is not None and controller.suggester.tagger is not None,
        timeout=10000,
    )


def test_retraining_starts_by_itself_once_the_gold_layer_grew(
    qtbot, make_window, suggest_db: Path
) -> None:
    from dataclasses import replace

    window = _open_new(qtbot, make_window, suggest_db)
    controller = window.suggestions
    window.settings = replace(window.settings, retrain_after_spans=1000)
    controller.check_retrain()
    assert not controller.training  # 5 gold spans: below the threshold
    window.settings = replace(window.settings, retrain_after_spans=5)
    controller.check_retrain()
    assert controller.training
    qtbot.waitUntil(lambda: not controller.training, timeout=60000)
    assert controller.last_report is not None and controller.last_report.gold_spans == 5
    controller.check_retrain()  # nothing new since: no second training
    assert not controller.training


def test_a_span_made_in_another_view_hides_its_ghost(qtbot, make_window, suggest_db: Path) -> None:
    """The change broadcast: gold labelled by another view (as the curation view does)
    reaches the ghosts of a window working as gold at once, as the window's own edits do."""
    window = make_window(suggest_db, "gold")
    window.open_document("new-doc")
    qtbot.waitUntil(lambda: len(window.suggestions.ghosts) >= 3, timeout=10000)
    kim = next(g for g in window.suggestions.ghosts if NEW_TEXT[g.start : g.end] == "কিম জং উন")
    doc_id = int(window.session.document.id)
    elsewhere = object()
    window.change_bus.publish(
        window.ws.create_span(doc_id, "gold", kim.label, kim.start, kim.end), elsewhere
    )
    assert kim.key not in {g.key for g in window.suggestions.ghosts}
    assert any(s.start == kim.start for s in window.session.spans.values())
    assert window.table_model.rowCount() == 1
