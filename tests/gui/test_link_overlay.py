"""Links drawn in the text (issue 12): arcs on the Demo, edge markers that jump, the
View toggle, and F8 to the next quote or claim without a speaker or claimant."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextBlockFormat
from PySide6.QtWidgets import QApplication

from annotator.gui.link_overlay import LinkMode
from annotator.model import DocumentRecord
from annotator.service import Workspace, import_records


def _demo(make_window):
    from annotator.storage.engine import default_database_path

    return make_window(str(default_database_path()), "newcomer")


def _painted(window) -> list[tuple[int, object]]:
    view = window.text_view
    view.viewport().repaint()
    return list(view.links.drawn)


def test_arcs_are_drawn_for_the_demos_links_without_overlapping_labels(qtbot, make_window):
    window = _demo(make_window)
    view = window.text_view
    quote = min(
        (s for s in window.session.spans.values() if s.label == "QUOTE"), key=lambda s: s.start
    )
    window.select_span(quote.id)
    drawn = _painted(window)
    relation = next(r for r in window.session.relations.values() if r.from_span == quote.id)
    assert relation.id in {rid for rid, _box in drawn}
    boxes = [box for _rid, box in drawn]
    for i, a in enumerate(boxes):  # no two labels drawn over each other
        for b in boxes[i + 1 :]:
            assert not a.intersects(b), (a, b)
    # The label is really on screen: its box holds the label's (dark) text and border.
    image = view.viewport().grab().toImage()
    box = dict(drawn)[relation.id].toAlignedRect()
    dark = sum(
        image.pixelColor(QPoint(x, y)).lightness() < 160
        for x in range(max(0, box.left()), min(image.width(), box.right() + 1))
        for y in range(max(0, box.top()), min(image.height(), box.bottom() + 1))
    )
    assert dark > 20
    # View > Links: none hides them, "selected span's only" shows just the quote's.
    window.acts.by_id[_id("LINKS_NONE")].trigger()
    assert view.links.mode is LinkMode.NONE and _painted(window) == []
    window.acts.by_id[_id("LINKS_SELECTED")].trigger()
    mine = sorted(
        r.id for r in window.session.relations.values() if quote.id in (r.from_span, r.to_span)
    )  # its speaker and (issue 12's Demo) its cue
    assert sorted(rid for rid, _ in _painted(window)) == mine
    window.acts.by_id[_id("LINKS_ALL")].trigger()
    assert len(_painted(window)) >= 1


def test_labels_never_sit_on_words_and_paragraphs_without_links_stay_dense(
    qtbot, make_window
) -> None:
    """The Demo's attribution lines hold a quote, its speaker and its cue: two lanes of
    labels, which fit in the room above the line without covering the line above (at
    every width the window gives); a paragraph without links keeps its denser spacing,
    and hiding the links gives every paragraph that spacing back."""
    window = _demo(make_window)
    view = window.text_view
    covered = []
    for width in range(1000, 1400, 40):
        window.resize(width, 740)
        QApplication.processEvents()
        words = _words(view)
        for y in range(0, view.verticalScrollBar().maximum() + 1, view.viewport().height() // 2):
            view.verticalScrollBar().setValue(y)
            for _rid, box in _painted(window):
                covered += [(width, y, box, r) for r in words() if box.intersects(r)]
    assert not covered, covered[:3]

    ends = {s for r in window.session.relations.values() for s in (r.from_span, r.to_span)}
    linked = {b for s in ends for b in view.index.blocks_of(view.index.get(s))}
    every = set(range(view.document().blockCount()))
    assert every - _dense(view) == linked
    assert 0 < len(linked) < len(every)  # the Demo's first lines: none
    window.acts.by_id[_id("LINKS_NONE")].trigger()
    assert _dense(view) == every
    window.acts.by_id[_id("LINKS_ALL")].trigger()
    assert every - _dense(view) == linked


def _dense(view) -> set[int]:
    """The paragraphs laid out with the dense spacing of text without links."""
    from annotator.gui.text_view import LINE_HEIGHT_PERCENT

    document = view.document()
    proportional = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    return {
        n
        for n in range(document.blockCount())
        if (fmt := document.findBlockByNumber(n).blockFormat()).lineHeightType() == proportional
        and fmt.lineHeight() == LINE_HEIGHT_PERCENT
        and fmt.topMargin() == 0
    }


def _words(view):
    """The viewport rectangles of every laid-out line's text, as of the call."""

    def rects() -> list:
        return [
            rect.adjusted(0, 2, 0, -2)
            for number in range(view.index.block_count)
            for rect in view._line_rects(
                view.document().findBlockByNumber(number), *view.index.block_range(number)
            )
        ]

    return rects


def _id(name: str):
    from annotator.gui.actions import ActionId

    return ActionId[name]


def test_f8_walks_the_quotes_and_claims_nobody_said(qtbot, make_window) -> None:
    window = _demo(make_window)
    s = window.session
    linked = {r.from_span for r in s.relations.values()}
    unlinked = sorted(
        (x for x in s.spans.values() if x.label in ("QUOTE", "CLAIM") and x.id not in linked),
        key=lambda x: x.start,
    )
    assert unlinked  # the Demo has claims without a claimant
    window.select_span(None)
    window.text_view.select_range(0, 0)
    window.text_view.setFocus()
    seen = []
    for _ in range(len(unlinked) + 1):
        qtbot.keyClick(window.text_view, Qt.Key.Key_F8)
        seen.append(window.text_view.selected_span)
    assert seen == [x.id for x in unlinked] + [unlinked[0].id]  # in text order, wrapping
    qtbot.keyClick(window.text_view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.text_view.selected_span == unlinked[-1].id
    assert "without a speaker or claimant" in window.statusBar().currentMessage()
    # Linking one takes it off the list (and off the screen's red marks).
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_L)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert unlinked[-1].id not in {
        x.id for x in window.text_view.links.unlinked(window.text_view.index)
    }


def test_an_end_outside_the_view_gets_a_marker_that_jumps_there(qtbot, make_window, tmp_path):
    lines = [f"অনুচ্ছেদ {i}: আজ বৃষ্টি হয়েছে এবং কাল আরও বৃষ্টি হবে।" for i in range(60)]
    lines[0] = "কিম জং উন বলেন, দেশ এগিয়ে যাবে।"
    lines[-1] = "শেষে তিনি আবারও বলেন, আমরা প্রস্তুত।"
    text = "\n".join(lines)
    db = Path(tmp_path) / "long.sqlite3"
    with Workspace(str(db)) as ws:
        import_records(
            ws, [DocumentRecord(text=text, external_id="long", origin="t:1")], project="News"
        )
    window = make_window(db)
    view = window.text_view
    view.select_range(0, len("কিম জং উন"))
    qtbot.keyClick(view, Qt.Key.Key_1)
    start = text.index("আমরা প্রস্তুত")
    view.select_range(start, start + len("আমরা প্রস্তুত"))
    qtbot.keyClick(view, Qt.Key.Key_Q)
    qtbot.keyClick(view, Qt.Key.Key_S)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    person = next(s for s in window.session.spans.values() if s.label == "PER")
    assert [r.to_span for r in window.session.relations.values()] == [person.id]
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    _painted(window)
    markers = view.links.markers
    assert len(markers) == 1
    rect, target, label = markers[0]
    assert target == person.id and label.startswith("↑ speaker: কিম")
    assert rect.top() < 10  # at the top edge: the speaker is above
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert view.selected_span == person.id
    assert view.piece_rect(person) is not None
    assert 0 <= view.piece_rect(person).top() < view.viewport().height()
    # From the speaker's end: a marker at the bottom edge names the quote it said.
    quote = next(s for s in window.session.spans.values() if s.label == "QUOTE")
    view.verticalScrollBar().setValue(0)
    _painted(window)
    ((rect, target, label),) = view.links.markers
    assert target == quote.id and label == "↓ speaker of: আমরা প্রস্তুত"
    assert rect.bottom() > view.viewport().height() - 10
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert view.selected_span == quote.id


def test_the_links_view_choice_is_remembered(qtbot, make_window, news_db) -> None:
    from dataclasses import replace

    from annotator.gui.app import build_window

    window = make_window(news_db)
    window.acts.by_id[_id("LINKS_SELECTED")].trigger()
    assert window.settings.link_mode == "selected"
    again = build_window(str(news_db), "asha", replace(window.settings))
    qtbot.addWidget(again)
    assert again.text_view.links.mode is LinkMode.SELECTED
    assert again.acts.by_id[_id("LINKS_SELECTED")].isChecked()
    again.close()


CROSS = (
    "সম্মেলন শেষে সাংবাদিকদের সঙ্গে কথা বলেন উত্তর কোরিয়ার নেতা কিম জং উন। "
    "‘আমরা আলোচনার জন্য প্রস্তুত,’ তিনি বলেন, ‘কিন্তু চাপের মুখে কোনও চুক্তি হবে না।’\n"
    "এর আগে দক্ষিণ কোরিয়ার প্রেসিডেন্টের দপ্তর জানায়, বৈঠকের তারিখ এখনও ঠিক হয়নি।"
)


def _pieces(view, span_id: int) -> list:
    """Viewport rectangles of a span's text, one per line it is on."""
    span = view.index.get(span_id)
    rects = []
    for number in range(view.index.block_count):
        block_start, block_end = view.index.block_range(number)
        if span.start < block_end and span.end > block_start:
            block = view.document().findBlockByNumber(number)
            rects += view._line_rects(block, max(span.start, block_start), min(span.end, block_end))
    return rects


def _crossings(view, rels) -> list[tuple[int, str, float, float]]:
    """Points of the speaker and claimant links that lie on the words of a line
    outside the link's own ends, as (viewport width, link, x, y)."""
    view.viewport().repaint()
    shapes = {s.relation: s for s in view.links._shapes}
    assert set(shapes) == {r.id for r in rels.values()}
    words = [
        rect
        for number in range(view.index.block_count)
        for rect in view._line_rects(
            view.document().findBlockByNumber(number), *view.index.block_range(number)
        )
    ]
    found = []
    for name in ("speaker", "claimant"):
        path = shapes[rels[name].id].path
        # where it enters its ends: the pieces of either end, on any of their lines
        pieces = [r for x in (rels[name].from_span, rels[name].to_span) for r in _pieces(view, x)]
        for i in range(201):
            point = path.pointAtPercent(i / 200)
            on_words = any(r.adjusted(1, 1, -1, -1).contains(point) for r in words)
            if on_words and not any(r.adjusted(-1, -1, 1, 1).contains(point) for r in pieces):
                found.append((view.viewport().width(), name, point.x(), point.y()))
    return found


def test_links_between_lines_run_between_lines_and_cues_point_at_the_quote(
    qtbot, make_window, tmp_path
) -> None:
    """A link from one line to another must not be drawn across the words of a line
    (only straight up or down where it enters its ends); a cue's arrow points at the
    quote or claim it introduces."""
    db = Path(tmp_path) / "cross.sqlite3"
    with Workspace(str(db)) as ws:
        import_records(
            ws, [DocumentRecord(text=CROSS, external_id="x", origin="t:1")], project="News"
        )
        doc = ws.document_by_external_id(ws.project("News").id, "x")

        def span(label: str, words: str):
            start = CROSS.index(words)
            return ws.create_span(doc.id, "asha", label, start, start + len(words)).span

        kim = span("PER", "কিম জং উন")
        office = span("ORG", "দক্ষিণ কোরিয়ার প্রেসিডেন্টের দপ্তর")
        quote = span("QUOTE", "আমরা আলোচনার জন্য প্রস্তুত")
        claim = span("CLAIM", "বৈঠকের তারিখ এখনও ঠিক হয়নি")
        cue = span("CUE", "জানায়")
        ws.create_relation("speaker", quote.id, office.id, "asha")  # to a line below
        ws.create_relation("claimant", claim.id, kim.id, "asha")  # to a line above
        ws.create_relation("cue", claim.id, cue.id, "asha")
    window = make_window(db)
    view = window.text_view
    rels = {r.type: r for r in window.session.relations.values()}
    # every wrap of the lines the window's width gives (earlier tests' dock layouts
    # leave the viewport a few pixels wider or narrower): no link crosses words
    crossings = []
    for width in range(840, 1000, 6):
        window.resize(width, 600)
        QApplication.processEvents()
        crossings += _crossings(view, rels)
    assert not crossings, [*crossings[:3], sorted({c[0] for c in crossings})]
    window.resize(900, 600)
    QApplication.processEvents()
    view.viewport().repaint()
    shapes = {s.relation: s for s in view.links._shapes}
    # the claimant (above) is entered from below: its arrow's tip at the name's bottom
    tip = shapes[rels["claimant"].id].arrow.boundingRect()
    assert any(
        abs(tip.top() - r.bottom()) < 1.5 and r.left() <= tip.center().x() <= r.right()
        for r in _pieces(view, kim.id)
    )
    # the cue's arrow is on the claim, not on the cue
    arrow = shapes[rels["cue"].id].arrow.boundingRect().center()
    on_claim = view.piece_rect(view.index.get(claim.id))
    assert on_claim.left() <= arrow.x() <= on_claim.right()


# Crowded attribution lines (issue 12's leftover): lines whose links need 3, 4 and 5
# lanes of labels. Each crowded paragraph appears three times: first in the text (no
# paragraph above it), as a paragraph of its own after another and after a sentence of
# the same paragraph (the line above is its own paragraph's).
FILLER = "ঢাকায় আজ সকাল থেকে বৃষ্টি হচ্ছে এবং আবহাওয়া অফিস বলছে কাল আরও বৃষ্টি হবে।"
CROWDED = {
    # a claim with its claimant and cue, and a split quote ‘…,’ তিনি বলেন, ‘…’ whose
    # speaker is the pronoun (the same referent as কিম জং উন) and the named man himself
    3: (
        "সম্মেলনে কিম জং উন জানান, বৈঠক সফল হয়েছে। ‘আমরা প্রস্তুত,’ তিনি বলেন, ‘কিন্তু সময় লাগবে।’",
        [
            ("PER", "কিম জং উন"),
            ("CUE", "জানান"),
            ("CLAIM", "বৈঠক সফল হয়েছে"),
            ("MENTION", "তিনি"),
            ("CUE", "বলেন"),
            ("QUOTE", "আমরা প্রস্তুত", "কিন্তু সময় লাগবে"),
        ],
        [
            ("claimant", "বৈঠক সফল হয়েছে", "কিম জং উন"),
            ("cue", "বৈঠক সফল হয়েছে", "জানান"),
            ("speaker", "আমরা প্রস্তুত", "তিনি"),
            ("speaker", "আমরা প্রস্তুত", "কিম জং উন"),
            ("cue", "আমরা প্রস্তুত", "বলেন"),
        ],
    ),
    # joint statements: every minister is a speaker of the one quote, and its cue
    4: (
        "প্রধানমন্ত্রী, পররাষ্ট্রমন্ত্রী ও অর্থমন্ত্রী এক বিবৃতিতে বলেন, ‘আমরা একসঙ্গে কাজ করব।’",
        [
            ("PER", "প্রধানমন্ত্রী"),
            ("PER", "পররাষ্ট্রমন্ত্রী"),
            ("PER", "অর্থমন্ত্রী"),
            ("CUE", "বলেন"),
            ("QUOTE", "আমরা একসঙ্গে কাজ করব"),
        ],
        [
            ("speaker", "আমরা একসঙ্গে কাজ করব", "প্রধানমন্ত্রী"),
            ("speaker", "আমরা একসঙ্গে কাজ করব", "পররাষ্ট্রমন্ত্রী"),
            ("speaker", "আমরা একসঙ্গে কাজ করব", "অর্থমন্ত্রী"),
            ("cue", "আমরা একসঙ্গে কাজ করব", "বলেন"),
        ],
    ),
    5: (
        "প্রধানমন্ত্রী, পররাষ্ট্রমন্ত্রী, অর্থমন্ত্রী ও শিক্ষামন্ত্রী বলেন, ‘আমরা একসঙ্গে কাজ করব।’",
        [
            ("PER", "প্রধানমন্ত্রী"),
            ("PER", "পররাষ্ট্রমন্ত্রী"),
            ("PER", "অর্থমন্ত্রী"),
            ("PER", "শিক্ষামন্ত্রী"),
            ("CUE", "বলেন"),
            ("QUOTE", "আমরা একসঙ্গে কাজ করব"),
        ],
        [
            ("speaker", "আমরা একসঙ্গে কাজ করব", "প্রধানমন্ত্রী"),
            ("speaker", "আমরা একসঙ্গে কাজ করব", "পররাষ্ট্রমন্ত্রী"),
            ("speaker", "আমরা একসঙ্গে কাজ করব", "অর্থমন্ত্রী"),
            ("speaker", "আমরা একসঙ্গে কাজ করব", "শিক্ষামন্ত্রী"),
            ("cue", "আমরা একসঙ্গে কাজ করব", "বলেন"),
        ],
    ),
}


CROWDED_DENSE = {1, 4}  # the paragraphs of the crowded documents that hold no link


def crowded_text(lanes: int) -> tuple[str, list[int]]:
    """The document for ``lanes``: the crowded paragraph, filler, the crowded paragraph,
    a paragraph whose second sentence is the crowded one, filler; with where the
    copies start."""
    crowd = CROWDED[lanes][0]
    parts = [crowd, f"\n{FILLER}\n", crowd, f"\n{FILLER} ", crowd, f"\n{FILLER}"]
    starts = [sum(len(p) for p in parts[:i]) for i in (0, 2, 4)]
    return "".join(parts), starts


def make_crowded_db(path: Path, lanes: int) -> Path:
    """A database holding the crowded document, labelled through the service as a
    user's labels are (spans, split parts, links, "same as" for the pronoun)."""
    text, bases = crowded_text(lanes)
    crowd, spans, links = CROWDED[lanes]
    with Workspace(str(path)) as ws:
        import_records(
            ws, [DocumentRecord(text=text, external_id="crowded", origin="t:1")], project="News"
        )
        doc = ws.document_by_external_id(ws.project("News").id, "crowded")
        for base in bases:
            ids: dict[str, int] = {}
            for label, words, *more in spans:
                start = base + crowd.index(words)
                span = ws.create_span(doc.id, "asha", label, start, start + len(words)).span
                for part in more:
                    at = base + crowd.index(part)
                    ws.add_fragment(span.id, "asha", at, at + len(part))
                ids[words] = span.id
            for kind, source, target in links:
                ws.create_relation(kind, ids[source], ids[target], "asha")
            if "তিনি" in ids:
                ws.join_referent(ids["তিনি"], ids["কিম জং উন"], "asha")
    return path


@pytest.mark.parametrize("lanes", [3, 4, 5])
def test_lines_needing_three_to_five_lanes_get_room_for_them(
    qtbot, make_window, tmp_path, lanes
) -> None:
    """A crowded attribution line gets as many lanes of room above it as its labels
    take, at every width the window gives and every scroll position: no label box
    meets the words of any line (the line above included); paragraphs without links
    keep the dense spacing, and View > Links: none gives it back to every paragraph."""
    window = make_window(make_crowded_db(Path(tmp_path) / "crowded.sqlite3", lanes))
    view = window.text_view
    covered, clipped, most = [], [], 0
    for width in range(1000, 1400, 40):
        window.resize(width, 740)
        QApplication.processEvents()
        words = _words(view)
        bar = view.verticalScrollBar()
        for y in [
            *range(0, bar.maximum() + 1, max(1, view.viewport().height() // 3)),
            bar.maximum(),
        ]:
            bar.setValue(y)
            drawn = _painted(window)
            if y == 0:  # the first paragraph's labels have their room above it too
                clipped += [(width, box) for _rid, box in drawn if box.top() < 0]
            most = max([most, *(lane + 1 for lane in view.links.lanes_drawn())])
            covered += [
                (width, y, box, r) for _rid, box in drawn for r in words() if box.intersects(r)
            ]
    assert most == lanes  # the document really needs that many lanes at some width
    assert not covered, covered[:3]
    assert not clipped, clipped[:3]
    assert _dense(view) == CROWDED_DENSE  # the filler paragraphs hold no link
    window.acts.by_id[_id("LINKS_NONE")].trigger()
    assert _dense(view) == set(range(view.document().blockCount()))
    window.acts.by_id[_id("LINKS_ALL")].trigger()
    assert _dense(view) == CROWDED_DENSE


def _room(view, number: int) -> float:
    """Pixels of room above each line of paragraph ``number`` (0: the dense spacing)."""
    fmt = view.document().findBlockByNumber(number).blockFormat()
    distance = QTextBlockFormat.LineHeightTypes.LineDistanceHeight.value
    return fmt.lineHeight() if fmt.lineHeightType() == distance else 0.0


def _unlink_buttons(details, kind: str) -> list:
    """The Details panel's Unlink buttons on the rows of links of this type."""
    rows = details._links.layout()
    found = []
    for i in range(rows.count()):
        row = rows.itemAt(i).layout()
        label, button = row.itemAt(0).widget(), row.itemAt(1).widget()
        if label.text().startswith(kind):
            found.append(button)
    return found


def test_unlinking_gives_back_the_room_of_that_paragraph_only(qtbot, make_window, tmp_path) -> None:
    """Unlinking speakers (the Details panel's Unlink buttons) shrinks the room of the
    crowded paragraph to the lanes left, lays out no other paragraph again, and undo
    gives the room back."""
    from annotator.gui.text_view import LABEL_CLEARANCE, LINKED_LANES

    window = make_window(make_crowded_db(Path(tmp_path) / "crowded.sqlite3", 5))
    view = window.text_view
    window.resize(1366, 740)
    QApplication.processEvents()
    _painted(window)

    def lanes(count: int) -> float:
        return view.links.lanes_height(count) + LABEL_CLEARANCE

    assert _room(view, 2) == lanes(5)  # the crowded paragraph on one line: five lanes
    other = _room(view, 3)
    quote = sorted(
        (s for s in window.session.spans.values() if s.label == "QUOTE"), key=lambda s: s.start
    )[1]  # the second crowded paragraph's
    window.select_span(quote.id)
    respaced: list[int] = []
    set_room = view._set_room

    def spy(document, number, count, formats):
        changed = set_room(document, number, count, formats)
        respaced.extend([number] if changed else [])
        return changed

    view._set_room = spy
    for _ in range(3):  # three of its four speakers
        button = _unlink_buttons(window.details, "speaker")[0]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        _painted(window)
    assert _room(view, 2) == lanes(LINKED_LANES)  # one speaker and the cue: two lanes
    assert _room(view, 3) == other
    assert set(respaced) == {2}
    words = _words(view)
    assert not [box for _rid, box in _painted(window) for r in words() if box.intersects(r)]
    for _ in range(3):
        window.undo_step(redo=False)
        QApplication.processEvents()
        _painted(window)
    assert _room(view, 2) == lanes(5)
    assert set(respaced) == {2}


def test_scrolling_up_to_a_crowded_paragraph_keeps_the_text_still(
    qtbot, make_window, tmp_path
) -> None:
    """A crowded paragraph gets its room before it comes on screen: scrolling up to
    one (its room not known yet at this width) moves the text on screen by the scroll
    only, and no label is painted on words on the way."""
    crowd, spans, links = CROWDED[5]
    paragraphs = [crowd if i % 6 == 0 else f"{FILLER} ({i})" for i in range(36)]
    text = "\n".join(paragraphs)
    db = Path(tmp_path) / "long.sqlite3"
    with Workspace(str(db)) as ws:
        import_records(
            ws, [DocumentRecord(text=text, external_id="long", origin="t:1")], project="News"
        )
        doc = ws.document_by_external_id(ws.project("News").id, "long")
        base = 0
        for paragraph in paragraphs:
            if paragraph == crowd:
                ids = {}
                for label, words, *_more in spans:
                    at = base + crowd.index(words)
                    ids[words] = ws.create_span(doc.id, "asha", label, at, at + len(words)).span.id
                for kind, source, target in links:
                    ws.create_relation(kind, ids[source], ids[target], "asha")
            base += len(paragraph) + 1
    window = make_window(db)
    window.resize(1366, 740)
    QApplication.processEvents()
    view = window.text_view
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    words = _words(view)
    moved, covered = [], []
    while bar.value() > 0:
        _painted(window)
        first = next(b for b in view._visible_blocks() if b.layout().position().y() >= bar.value())
        before = first.layout().position().y() - bar.value()
        step = min(40, bar.value())
        bar.setValue(bar.value() - step)
        drawn = _painted(window)
        after = first.layout().position().y() - bar.value()
        if abs(after - before - step) > 0.5:
            moved.append((bar.value(), before, after))
        covered += [box for _rid, box in drawn for r in words() if box.intersects(r)]
    assert not moved, moved[:3]
    assert not covered, covered[:3]


def test_zooming_keeps_labels_off_the_words(qtbot, make_window, tmp_path) -> None:
    """The room for labels is counted in the labels' pixels, which do not zoom with the
    text: at a small or large text size no label box meets a line's words either."""
    window = make_window(make_crowded_db(Path(tmp_path) / "crowded.sqlite3", 4))
    window.resize(1366, 740)
    QApplication.processEvents()
    view = window.text_view
    covered = []
    for step in (-7, 4, 10):  # 8, 12 and 22 point text
        view.zoom(step)
        QApplication.processEvents()
        words = _words(view)
        bar = view.verticalScrollBar()
        for y in [*range(0, bar.maximum() + 1, max(1, view.viewport().height() // 3)), 0]:
            bar.setValue(y)
            drawn = _painted(window)
            covered += [
                (view.font_size, y, box) for _r, box in drawn for r in words() if box.intersects(r)
            ]
    assert not covered, covered[:3]
