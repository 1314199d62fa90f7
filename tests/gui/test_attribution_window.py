"""Split quotes and referents in the window (issue 12), driven by keys as a user would:
``+`` adds a part to the selected span, ``-`` removes one, ``=`` says who a pronoun is."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.cli.main import main as cli_main
from annotator.model import DocumentRecord
from annotator.service import Workspace, import_records

TEXT = "কিম জং উন সম্মেলনে আসেন। ‘আমরা প্রস্তুত,’ তিনি বলেন, ‘কিন্তু সময় লাগবে।’"


def _key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window.text_view, key, modifier)


def _select(window, words: str) -> None:
    start = TEXT.index(words)
    window.text_view.setFocus()
    window.text_view.select_range(start, start + len(words))


def _layer(db: Path):
    with Workspace(str(db)) as ws:
        doc = ws.document_by_external_id(int(ws.project("News").id), "split")
        return ws.layer(int(doc.id), "asha")


def _opened(make_window, tmp_path):
    """A database holding the article, and the window showing it."""
    db = Path(tmp_path) / "split.sqlite3"
    with Workspace(str(db)) as ws:
        import_records(
            ws, [DocumentRecord(text=TEXT, external_id="split", origin="t:1")], project="News"
        )
    return db, make_window(db)


def test_split_quote_with_plus_and_a_pronoun_speaker_named_through_equals(
    qtbot, make_window, tmp_path
) -> None:
    db, window = _opened(make_window, tmp_path)
    _select(window, "কিম জং উন")
    _key(qtbot, window, Qt.Key.Key_1)  # PER
    _select(window, "তিনি")
    _key(qtbot, window, Qt.Key.Key_9)  # MENTION
    _key(qtbot, window, Qt.Key.Key_Equal)  # same as…: the nearest mention first
    assert window.link_picker.isVisible()
    assert window.link_picker.visible_candidates()[0].text == "কিম জং উন"
    _key(qtbot, window, Qt.Key.Key_Return)
    _select(window, "আমরা প্রস্তুত")
    _key(qtbot, window, Qt.Key.Key_Q)  # QUOTE, now the selected span
    _select(window, "কিন্তু সময় লাগবে")
    _key(qtbot, window, Qt.Key.Key_Plus)  # ... and this is its second part
    _key(qtbot, window, Qt.Key.Key_S)  # speaker: কিম জং উন (before), তিনি (inside)
    picker = window.link_picker
    assert [c.text for c in picker.visible_candidates()] == ["কিম জং উন", "তিনি"]
    _key(qtbot, window, Qt.Key.Key_Down)
    _key(qtbot, window, Qt.Key.Key_Return)

    layer = _layer(db)
    by_text = {TEXT[s.start : s.end]: s for s in layer.spans if not s.fragments}
    quote = next(s for s in layer.spans if s.label == "QUOTE")
    first, second = TEXT.index("আমরা প্রস্তুত"), TEXT.index("কিন্তু সময় লাগবে")
    assert quote.fragments == (
        (first, first + len("আমরা প্রস্তুত")),
        (second, second + len("কিন্তু সময় লাগবে")),
    )
    assert (
        TEXT[quote.start : quote.end].startswith("আমরা")
        and "তিনি বলেন" in TEXT[quote.start : quote.end]
    )
    pronoun = by_text["তিনি"]
    assert [(r.type, r.from_span, r.to_span) for r in layer.relations] == [
        ("speaker", quote.id, pronoun.id)
    ]
    (referent,) = layer.referents
    assert referent.name == "কিম জং উন"
    assert set(referent.mentions) == {pronoun.id, by_text["কিম জং উন"].id}
    # The window shows it: the referents panel names the person, the quote is one
    # annotation in two parts.
    assert window.referents_panel.names() == ["কিম জং উন"]
    assert window.session.span(quote.id).pieces == quote.fragments
    window.text_view.viewport().repaint()  # the arc names who "তিনি" is
    assert "speaker = কিম জং উন" in window.text_view.links.labels()

    # The training set: one line for the quote, its two parts, its speaker and who that is.
    out = Path(tmp_path) / "attribution.jsonl"
    code = cli_main(
        [
            "--db",
            str(db),
            "export",
            "--format",
            "attribution",
            "-o",
            str(out),
            "--project",
            "News",
            "--status",
            "any",
            "--annotator",
            "asha",
        ]
    )
    assert code == 0
    (line,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert line["kind"] == "quote"
    assert line["fragments"] == [list(p) for p in quote.fragments]
    assert line["text"] == "আমরা প্রস্তুত … কিন্তু সময় লাগবে"
    assert (line["source"]["text"], line["source"]["label"]) == ("তিনি", "MENTION")
    assert line["source_referent"]["name"] == "কিম জং উন"

    # Removing a part: cursor in the second part, `-`; Ctrl+Z brings it back.
    window.select_span(quote.id)
    window.text_view.select_range(second + 2, second + 2)
    window.text_view.setFocus()
    _key(qtbot, window, Qt.Key.Key_Minus)
    assert next(s for s in _layer(db).spans if s.label == "QUOTE").fragments == ()
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert next(s for s in _layer(db).spans if s.label == "QUOTE").fragments == quote.fragments
    # Undo the "same as" too (Ctrl+Z three more times: speaker, part, quote... then it).
    ctrl = Qt.KeyboardModifier.ControlModifier
    for _ in range(4):
        _key(qtbot, window, Qt.Key.Key_Z, ctrl)
    assert _layer(db).referents == ()
    assert window.referents_panel.names() == []
    assert window.statusBar().currentMessage() == "Undid: same as: তিনি = কিম জং উন"


def test_equals_on_a_quote_explains_what_it_needs(qtbot, make_window, tmp_path) -> None:
    _db, window = _opened(make_window, tmp_path)
    _select(window, "আমরা প্রস্তুত")
    _key(qtbot, window, Qt.Key.Key_Q)
    _key(qtbot, window, Qt.Key.Key_Equal)
    assert not window.link_picker.isVisible()
    assert "MENTION" in window.statusBar().currentMessage()
    _key(qtbot, window, Qt.Key.Key_Plus)  # no text selected besides the span
    assert "press +" in window.statusBar().currentMessage()


def test_referents_panel_renames_and_takes_a_mention_out(qtbot, make_window, tmp_path) -> None:
    db, window = _opened(make_window, tmp_path)
    _select(window, "কিম জং উন")
    _key(qtbot, window, Qt.Key.Key_1)
    _select(window, "তিনি")
    _key(qtbot, window, Qt.Key.Key_9)
    _key(qtbot, window, Qt.Key.Key_Equal)
    _key(qtbot, window, Qt.Key.Key_Return)
    panel = window.referents_panel
    window.panels.docks["referents"].raise_()  # its tab beside Details, Notes, Guidelines
    assert panel.names() == ["কিম জং উন"]
    panel.model.item(0, 0).setText("কিম জং-উন (উত্তর কোরিয়া)")  # what editing the cell does
    (referent,) = _layer(db).referents
    assert (referent.name, referent.named) == ("কিম জং-উন (উত্তর কোরিয়া)", True)
    window.text_view.setFocus()
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _layer(db).referents[0].name == "কিম জং উন"
    assert panel.names() == ["কিম জং উন"]
    # Delete on the pronoun's row: it is someone else after all (the referent goes).
    pronoun = panel.model.item(0, 0).child(1, 0)
    assert pronoun.text() == "তিনি"
    panel.view.setFocus()
    panel.view.setCurrentIndex(pronoun.index())
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert _layer(db).referents == ()
    assert panel.names() == []


def test_undoing_the_deletion_of_a_mention_puts_it_back_in_its_referent(
    qtbot, make_window, tmp_path
) -> None:
    """Deleting "তিনি" ends its referent (one mention, no name, left); Ctrl+Z must bring
    the mention back *as* কিম জং উন, with the link to it, not as an anonymous pronoun.
    The same for a split quote: it comes back in its two parts."""
    db, window = _opened(make_window, tmp_path)
    for words, key in (
        ("কিম জং উন", Qt.Key.Key_1),  # PER
        ("তিনি", Qt.Key.Key_9),  # MENTION, then "=" and Enter: same as কিম জং উন
        ("আমরা প্রস্তুত", Qt.Key.Key_Q),  # QUOTE, then its second part with "+"
    ):
        _select(window, words)
        _key(qtbot, window, key)
        if words == "তিনি":
            _key(qtbot, window, Qt.Key.Key_Equal)
            _key(qtbot, window, Qt.Key.Key_Return)
    _select(window, "কিন্তু সময় লাগবে")
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_S, Qt.Key.Key_Down, Qt.Key.Key_Return):
        _key(qtbot, window, key)  # the part; speaker: তিনি, the second candidate
    before = _layer(db)
    (referent,) = before.referents
    assert len(referent.mentions) == 2
    ctrl = Qt.KeyboardModifier.ControlModifier

    def mention(layer, text):
        return next(s for s in layer.spans if not s.fragments and TEXT[s.start : s.end] == text)

    window.select_span(mention(before, "তিনি").id)
    window.text_view.setFocus()
    _key(qtbot, window, Qt.Key.Key_Delete)
    assert _layer(db).referents == ()  # the referent ended with it
    assert window.referents_panel.names() == []
    _key(qtbot, window, Qt.Key.Key_Z, ctrl)
    after = _layer(db)
    pronoun, kim = mention(after, "তিনি"), mention(after, "কিম জং উন")
    (back,) = after.referents
    assert set(back.mentions) == {pronoun.id, kim.id}
    assert back.name == "কিম জং উন"
    quote = next(s for s in after.spans if s.label == "QUOTE")
    assert [(r.type, r.from_span, r.to_span) for r in after.relations] == [
        ("speaker", quote.id, pronoun.id)
    ]
    assert window.referents_panel.names() == ["কিম জং উন"]
    assert window.session.span(pronoun.id).referent == back.id
    _key(qtbot, window, Qt.Key.Key_Y, ctrl)  # redo: deleted again, referent gone again
    assert _layer(db).referents == ()
    _key(qtbot, window, Qt.Key.Key_Z, ctrl)
    assert len(_layer(db).referents[0].mentions) == 2

    # A split quote deleted and undone keeps its two parts (and its speaker link).
    window.select_span(quote.id)
    window.text_view.setFocus()
    _key(qtbot, window, Qt.Key.Key_Delete)
    _key(qtbot, window, Qt.Key.Key_Z, ctrl)
    restored = _layer(db)
    again = next(s for s in restored.spans if s.label == "QUOTE")
    assert again.fragments == quote.fragments
    assert [r.type for r in restored.relations] == ["speaker"]
