"""The "link to…" picker (issue 14): nearest candidate first, type to filter, few keys.

Keys go to the focused widget, as a user's do: the picker's filter while it is open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from annotator.gui.link_candidates import Candidate, ordered_candidates, text_order_step
from annotator.model import LabelKind, Span
from tests.gui.conftest import TEXTS, layer_spans


def _press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window.text_view, key, modifier)


def _type(text: str) -> None:
    """Type (Bengali too) one key event per character into the focused widget."""
    widget = QApplication.focusWidget()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _demo_window(make_window):
    from annotator.storage.engine import default_database_path

    db = str(default_database_path())
    return make_window(db, "newcomer"), db


def _span(span_id: int, label: str, start: int, end: int) -> Span:
    kind = LabelKind.ENTITY if label not in ("QUOTE", "CLAIM") else LabelKind(label.lower())
    return Span(span_id, 1, "a", label, kind, start, end)  # type: ignore[arg-type]


# Plain logic -------------------------------------------------------------------------


def test_candidates_are_nearest_preceding_first_then_following() -> None:
    text = "কিম বলেন। পুতিন বলেন। উত্তর: ‘আমরা জিতব’। শোইগু বলেন। কেসিএনএ জানায়।"
    at = {w: text.index(w) for w in ("কিম", "পুতিন", "আমরা", "শোইগু", "কেসিএনএ", "উত্তর")}
    spans = [
        _span(1, "PER", at["কিম"], at["কিম"] + 3),
        _span(2, "PER", at["পুতিন"], at["পুতিন"] + 5),
        _span(3, "QUOTE", at["আমরা"], at["আমরা"] + 9),
        _span(4, "PER", at["শোইগু"], at["শোইগু"] + 5),
        _span(5, "ORG", at["কেসিএনএ"], at["কেসিএনএ"] + 7),
        _span(6, "GPE", at["উত্তর"], at["উত্তর"] + 5),
    ]
    rows = ordered_candidates(spans, spans[2], ("PER", "ORG"), text)
    assert [c.text for c in rows] == ["পুতিন", "কিম", "শোইগু", "কেসিএনএ"]
    assert [c.before for c in rows] == [True, True, False, False]
    assert rows[0].context == "পুতিন বলেন।"  # the sentence around the mention
    # Tab / Shift+Tab walk them in text order, wrapping both ways.
    assert rows[text_order_step(rows, 0, 1)].text == "শোইগু"
    assert rows[text_order_step(rows, 1, -1)].text == "কেসিএনএ"  # before the first: the last
    assert rows[text_order_step(rows, 3, 1)].text == "কিম"  # after the last: the first


def test_typing_filters_by_bengali_latin_or_label() -> None:
    def row(text: str, label: str = "PER") -> Candidate:
        return Candidate(_span(1, label, 0, len(text)), text, text, True, 0)

    kim, putin, org = row("কিম জং উন"), row("পুতিনের"), row("কেসিএনএ", "ORG")
    assert kim.matches("কিম") and not putin.matches("কিম")
    assert kim.matches("kim") and kim.matches("KIM JONG") and not putin.matches("kim")
    assert putin.matches("putin") and putin.matches("pu")
    assert org.matches("org") and not kim.matches("org")
    assert all(c.matches("") for c in (kim, putin, org))


# The window ---------------------------------------------------------------------------


def test_l_on_the_demos_last_claim_offers_the_nearest_preceding_person_or_org_first(
    qtbot, make_window
) -> None:
    window, db = _demo_window(make_window)
    spans = window.session.spans.values()
    # The schema says who may be a claimant: PER and ORG (and MENTION, a pronoun or a
    # description joined to one of them).
    allowed = set(window.session.schema.relation_type("claimant").targets)
    assert {"PER", "ORG"} <= allowed <= {"PER", "ORG", "MENTION"}
    claim = max((s for s in spans if s.label == "CLAIM"), key=lambda s: s.start)
    nearest = max(
        (s for s in spans if s.label in allowed and s.end <= claim.start),
        key=lambda s: (s.end, s.start),
    )
    window.select_span(claim.id)
    window.text_view.setFocus()
    _press(qtbot, window, Qt.Key.Key_L)
    picker = window.findChild(QWidget, "linkPicker")
    assert picker is not None and picker.isVisible()
    first = picker.visible_candidates()[0]
    assert first.span.id == nearest.id and first.before
    assert first.span.label in ("PER", "ORG")  # in the Demo: দক্ষিণ কোরিয়ার গোয়েন্দা সংস্থা
    assert {c.span.label for c in picker.visible_candidates()} <= allowed
    assert window.text_view.selected_span == nearest.id  # shown in the text as well
    _press(qtbot, window, Qt.Key.Key_Return)  # `l` then Enter links the nearest one
    assert not picker.isVisible()
    links = [(r.type, r.from_span, r.to_span) for r in window.session.relations.values()]
    assert ("claimant", claim.id, nearest.id) in links
    window.close()
    reopened = make_window(db, "newcomer")
    ends = {
        (r.type, reopened.session.spans[r.from_span].start, reopened.session.spans[r.to_span].start)
        for r in reopened.session.relations.values()
    }
    assert ("claimant", claim.start, nearest.start) in ends


def test_typing_in_the_picker_filters_and_escape_links_nothing(qtbot, make_window) -> None:
    window, _db = _demo_window(make_window)
    spans = window.session.spans.values()
    quote = max((s for s in spans if s.label == "QUOTE"), key=lambda s: s.start)
    links_before = dict(window.session.relations)
    window.select_span(quote.id)
    window.text_view.setFocus()
    _press(qtbot, window, Qt.Key.Key_S)
    picker = window.link_picker
    _type("কেসি")  # Bengali, key by key
    texts = {c.text for c in picker.visible_candidates()}
    assert texts == {"কেসিএনএ"}
    picker.filter.clear()
    _type("anad")  # Latin finds আনাদোলু
    assert [c.text for c in picker.visible_candidates()] == ["আনাদোলু"]
    _press(qtbot, window, Qt.Key.Key_Escape)
    assert not picker.isVisible() and window.labeler.pick is None
    assert window.session.relations == links_before
    assert window.text_view.selected_span == quote.id
    assert window.text_view.hasFocus()


def test_tab_tab_shift_tab_delete_removes_the_first_span(qtbot, window, news_db) -> None:
    text = TEXTS[0]
    view = window.text_view
    for word, key in (("রাশিয়ার", Qt.Key.Key_3), ("পুতিন", Qt.Key.Key_1), ("কিম", Qt.Key.Key_1)):
        start = text.index(word)
        view.select_range(start, start + len(word))
        _press(qtbot, window, key)
    window.select_span(None)
    view.select_range(0, 0)
    _press(qtbot, window, Qt.Key.Key_Tab)
    _press(qtbot, window, Qt.Key.Key_Tab)
    _press(qtbot, window, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    # The table mirrors the selected span: one highlighted row, the span's.
    rows = window.table.selectionModel().selectedRows()
    assert [r.row() for r in rows] == [window.table_model.row_of(view.selected_span)]
    _press(qtbot, window, Qt.Key.Key_Delete)
    assert layer_spans(news_db, "doc-0") == [("PER", "কিম"), ("PER", "পুতিন")]


def test_shift_tab_wraps_to_the_last_span(qtbot, window) -> None:
    text = TEXTS[0]
    view = window.text_view
    for word in ("পুতিন", "কিম"):
        start = text.index(word)
        view.select_range(start, start + len(word))
        _press(qtbot, window, Qt.Key.Key_1)
    first = min(window.session.spans.values(), key=lambda s: s.start)
    last = max(window.session.spans.values(), key=lambda s: s.start)
    window.select_span(first.id)
    _press(qtbot, window, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_span == last.id
    _press(qtbot, window, Qt.Key.Key_Tab)
    assert view.selected_span == first.id


def test_table_highlight_follows_a_link_pick(qtbot, make_window) -> None:
    window, _db = _demo_window(make_window)
    quote = max(
        (s for s in window.session.spans.values() if s.label == "QUOTE"), key=lambda s: s.start
    )
    window.select_span(quote.id)
    window.text_view.setFocus()
    _press(qtbot, window, Qt.Key.Key_S)
    _press(qtbot, window, Qt.Key.Key_Down)
    _press(qtbot, window, Qt.Key.Key_Return)
    rows = window.table.selectionModel().selectedRows()
    assert [r.row() for r in rows] == [window.table_model.row_of(quote.id)]
    assert window.text_view.selected_span == quote.id


def test_quote_in_the_last_paragraph_linked_three_paragraphs_up_in_five_keys(
    qtbot, make_window
) -> None:
    """Issue 14's "done when": after selecting the text, at most 5 keys."""
    window, _db = _demo_window(make_window)
    view = window.text_view
    text = view.text
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    paragraphs = [(a, text.find("\n", a) if text.find("\n", a) >= 0 else len(text)) for a in starts]
    paragraphs = [p for p in paragraphs if len(text[p[0] : p[1]].strip()) > 40]
    last = paragraphs[-1]
    sentence_start = text.index("ওই চুক্তির", last[0])
    sentence_end = text.index("।", sentence_start)
    # The speaker: a person or organisation at least three paragraphs up.
    limit = paragraphs[-4][1]
    speaker = max(
        (s for s in window.session.spans.values() if s.label in ("PER", "ORG") and s.end <= limit),
        key=lambda s: s.end,
    )
    keys: list[str] = []

    def key(k, name: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        keys.append(name)
        _press(qtbot, window, k, modifier)

    view.select_range(sentence_start, sentence_end)  # the selection (mouse or keys)
    key(Qt.Key.Key_Q, "q")
    key(Qt.Key.Key_S, "s")
    rows = [c.span.id for c in window.link_picker.visible_candidates()]
    if rows.index(speaker.id) <= 2:  # a few rows down the list (nearest first)
        while window.link_picker.current_span() != speaker.id and len(keys) < 10:
            key(Qt.Key.Key_Down, "Down")
    else:  # or two letters of the name, in Latin
        for letter, name in ((Qt.Key.Key_P, "p"), (Qt.Key.Key_U, "u")):
            key(letter, name)
    assert window.link_picker.current_span() == speaker.id
    key(Qt.Key.Key_Return, "Enter")
    quote = next(
        s for s in window.session.spans.values() if s.label == "QUOTE" and s.start == sentence_start
    )
    assert (quote.end, text[speaker.start : speaker.end]) == (sentence_end, "পুতিন")
    assert any(
        (r.type, r.from_span, r.to_span) == ("speaker", quote.id, speaker.id)
        for r in window.session.relations.values()
    )
    assert len(keys) <= 5, keys


def test_no_two_actions_share_a_key(window) -> None:
    """Qt refuses a key bound twice in one context ("Ambiguous shortcut overload"): the
    way Shift+Tab did nothing when it was listed as both Shift+Tab and Backtab."""
    from PySide6.QtGui import QAction, QKeySequence

    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            # Backtab is Shift+Tab as the X server sends it: the same key.
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            key = {"Backtab": "Shift+Tab", "Shift+Backtab": "Shift+Tab"}.get(key, key)
            if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
                places = [o.objectName() for o in action.associatedObjects()]
            else:
                places = ["window"]
            for place in places:
                name = f"{key} ({place})"
                assert name not in seen, f"{name}: {seen.get(name)!r} and {action.text()!r}"
                seen[name] = action.text()
    window_keys = {name.split(" (")[0] for name in seen if name.endswith("(window)")}
    for name, text in seen.items():  # a window-wide key also fires inside the text view
        key = name.split(" (")[0]
        assert name.endswith("(window)") or key not in window_keys, f"{key}: {text!r}"
    assert seen["Shift+Tab (textView)"] == "Previous span"


def test_tab_in_the_text_during_a_pick_walks_the_candidates_only(qtbot, make_window) -> None:
    window, _db = _demo_window(make_window)
    spans = window.session.spans.values()
    quote = max((s for s in spans if s.label == "QUOTE"), key=lambda s: s.start)
    window.select_span(quote.id)
    window.text_view.setFocus()
    _press(qtbot, window, Qt.Key.Key_S)
    rows = window.link_picker.visible_candidates()
    by_text_order = sorted(rows, key=lambda c: (c.span.start, -c.span.end, c.span.id))
    first = rows[0].span.id
    window.text_view.setFocus()  # the user clicked into the text: Tab is the view's
    qtbot.keyClick(window.text_view, Qt.Key.Key_Tab)
    after = next(i for i, c in enumerate(by_text_order) if c.span.id == first)
    expected = by_text_order[(after + 1) % len(by_text_order)].span.id
    assert window.labeler.pick.current == expected
    assert window.link_picker.current_span() == expected
    assert window.text_view.selected_span == expected
