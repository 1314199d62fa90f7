"""The side-by-side curation mode, driven as a curator would: each annotator's text in a
pane, disputes outlined in red, a click picks a version, A accepts it into gold."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from team_helpers import LETTERS, add_document, annotate, tok

from annotator.service.adjudication import GOLD

# Many short paragraphs, so the panes scroll (token i of each line as in LETTERS).
LONG = "\n".join(f"{LETTERS} {n}" for n in range(80))


@pytest.fixture
def disputed_ws(workspace):
    """a and b agree on PER and QUOTE (+ speaker); the last token is ORG for a, GPE for
    b; only a marked token 3 (LOC)."""
    doc = add_document(workspace, LETTERS, "d1")
    annotate(
        workspace,
        doc,
        "a",
        [("PER", tok(0, 1)), ("QUOTE", tok(5, 7)), ("ORG", tok(9)), ("LOC", tok(3))],
        [("speaker", 1, 0)],
    )
    annotate(
        workspace,
        doc,
        "b",
        [("PER", tok(0, 1)), ("QUOTE", tok(5, 7)), ("GPE", tok(9))],
        [("speaker", 1, 0)],
    )
    return workspace, doc


def _open(qtbot, ws, doc, annotators=None):
    from annotator.gui.team import open_curation

    dialog = open_curation(ws, doc, annotators)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 600)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _toggle(qtbot, dialog) -> None:
    dialog.span_view.setFocus()
    qtbot.keyClick(dialog.span_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)


def _span_ids(pane, label: str) -> list[int]:
    return [i for i, s in pane.spans.items() if s.label == label]


def _click_span(qtbot, pane, label: str) -> None:
    span = pane.spans[_span_ids(pane, label)[0]]
    rect = next(pane.view.range_rects(span.start, span.end))
    pane.view.setFocus()
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())


def _is_red(color: QColor) -> bool:
    return color.red() > 170 and color.green() < 110 and color.blue() < 110


def _red_around(image: QImage, rect, ratio: float) -> bool:
    """Whether a red pixel lies on the band just outside ``rect``'s left edge."""
    x0 = round((rect.left() - 3) * ratio)
    y_mid = round(rect.center().y() * ratio)
    return any(
        _is_red(image.pixelColor(x, y))
        for x in range(max(0, x0 - 2), x0 + 4)
        for y in range(y_mid - 3, y_mid + 4)
    )


def test_ctrl_t_switches_between_the_merged_table_and_panes(qtbot, disputed_ws) -> None:
    ws, doc = disputed_ws
    dialog = _open(qtbot, ws, doc)
    assert dialog.span_stack.currentWidget() is dialog.span_view
    assert dialog.side_by_side.panes == []  # panes are built only when first shown
    _toggle(qtbot, dialog)
    assert dialog.is_side_by_side
    assert dialog.span_stack.currentWidget() is dialog.side_by_side
    assert [p.annotator for p in dialog.side_by_side.panes] == ["a", "b", GOLD]
    assert "red outline" in dialog.legend.text()
    for pane in dialog.side_by_side.panes:
        assert pane.view.isReadOnly()
        assert pane.view.text == LETTERS
    dialog.side_by_side.panes[0].view.setFocus()
    qtbot.keyClick(
        dialog.side_by_side.panes[0].view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
    )
    assert not dialog.is_side_by_side
    assert dialog.span_stack.currentWidget() is dialog.span_view
    assert "green = all agree" in dialog.legend.text()


def test_panes_show_each_layer_and_outline_what_is_disputed(qtbot, disputed_ws) -> None:
    ws, doc = disputed_ws
    dialog = _open(qtbot, ws, doc)
    dialog.set_side_by_side(True)
    a, b, gold = dialog.side_by_side.panes
    assert sorted(s.label for s in a.spans.values()) == ["LOC", "ORG", "PER", "QUOTE"]
    assert sorted(s.label for s in b.spans.values()) == ["GPE", "PER", "QUOTE"]
    assert gold.spans == {}
    # Red outlines: a's ORG and LOC, b's GPE; agreed PER and QUOTE are not outlined.
    assert a.view.disputed == set(_span_ids(a, "ORG") + _span_ids(a, "LOC"))
    assert b.view.disputed == set(_span_ids(b, "GPE"))
    # b never marked token 3: a dashed box shows the gap there, not in a's pane.
    assert b.view.missing == [tok(3)]
    assert a.view.missing == []
    assert a.title.text() == "a — 4 spans, 2 disputed"
    # The outline is really painted: red pixels just left of a's ORG, none near PER.
    qtbot.waitUntil(lambda: a.view.viewport().isVisible())
    image = a.view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    org = a.spans[_span_ids(a, "ORG")[0]]
    per = a.spans[_span_ids(a, "PER")[0]]
    assert _red_around(image, next(a.view.range_rects(org.start, org.end)), ratio)
    assert not _red_around(image, next(a.view.range_rects(per.start, per.end)), ratio)
    # Label colours: the entity fill is the schema colour of each label.
    schema_colors = {lab.name: QColor(lab.color) for lab in dialog.schema.labels}
    qtbot.waitUntil(lambda: _fill_share(a, per, schema_colors["PER"]) > 0.3)
    assert _fill_share(a, org, schema_colors["ORG"]) > 0.3
    assert _fill_share(b, b.spans[_span_ids(b, "GPE")[0]], schema_colors["GPE"]) > 0.3
    # Each pane draws its layer's links too: the speaker arc of a and of b, none in gold.
    for pane, count in ((a, 1), (b, 1), (gold, 0)):
        pane.view.viewport().repaint()
        assert pane.view.links.labels() == ["speaker"] * count
        assert len(pane.view.links.drawn) == count


def _fill_share(pane, span, color: QColor) -> float:
    """The share of the span's first rectangle painted in ``color``."""
    image = pane.view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    rect = next(pane.view.range_rects(span.start, span.end))
    points = [
        (round(x * ratio), round(y * ratio))
        for x in range(int(rect.left()) + 1, int(rect.right()))
        for y in range(int(rect.top()) + 2, int(rect.bottom()) - 1)
    ]
    hits = sum(image.pixelColor(x, y).rgb() == color.rgb() for x, y in points)
    return hits / max(1, len(points))


def test_clicking_a_span_selects_its_row_and_a_accepts_that_version(qtbot, disputed_ws) -> None:
    ws, doc = disputed_ws
    dialog = _open(qtbot, ws, doc)
    dialog.set_side_by_side(True)
    a, b, gold = dialog.side_by_side.panes
    _click_span(qtbot, b, "GPE")
    row = dialog.span_view.selectionModel().selectedRows()[0].data(dialog.spans.RowRole)
    assert (row.label, row.start, row.end) == ("GPE", *tok(9))
    assert dialog.span_view.currentIndex().column() == 4  # b's column
    assert "GPE" in dialog.message.text() and "from b" in dialog.message.text()
    # The counterpart on the same range is outlined in a's pane too.
    assert a.view.selected_span == _span_ids(a, "ORG")[0]
    qtbot.keyClick(b.view, Qt.Key.Key_A)
    assert [s.label for s in ws.layer(doc, GOLD).spans] == ["GPE"]
    assert [s.label for s in gold.spans.values()] == ["GPE"]  # gold pane refreshed
    assert gold.view.index is not None and len(gold.view.index) == 1
    assert gold.view.selected_span == next(iter(gold.spans))  # selection kept
    # Change our mind: a's ORG replaces the GPE in gold.
    _click_span(qtbot, a, "ORG")
    qtbot.keyClick(a.view, Qt.Key.Key_A)
    assert [s.label for s in ws.layer(doc, GOLD).spans] == ["ORG"]
    assert [s.label for s in gold.spans.values()] == ["ORG"]
    # Accept all agreed from the panes, then Delete on a gold span removes it.
    qtbot.keyClick(
        a.view,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert sorted(s.label for s in gold.spans.values()) == ["ORG", "PER", "QUOTE"]
    assert len(ws.layer(doc, GOLD).relations) == 1
    _click_span(qtbot, gold, "ORG")
    qtbot.keyClick(gold.view, Qt.Key.Key_Delete)
    assert sorted(s.label for s in gold.spans.values()) == ["PER", "QUOTE"]
    assert "removed ORG" in dialog.message.text()


def test_panes_scroll_together_and_gold_keeps_its_place(qtbot, workspace) -> None:
    from annotator.gui.team.side_by_side import scroll_anchor

    doc = add_document(workspace, LONG, "long")
    far = LONG.index(f"{LETTERS} 60")  # the first token of line 60
    annotate(workspace, doc, "a", [("PER", (far, far + 1)), ("ORG", (0, 1))])
    annotate(workspace, doc, "b", [("GPE", (far, far + 1)), ("ORG", (0, 1))])
    dialog = _open(qtbot, workspace, doc)
    dialog.set_side_by_side(True)
    a, b, gold = dialog.side_by_side.panes
    dialog.side_by_side.splitter.setSizes([500, 250, 300])  # different widths
    qtbot.wait(10)
    bar = a.view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    block = scroll_anchor(a.view)[0]
    assert block > 10
    assert scroll_anchor(b.view)[0] == block
    assert scroll_anchor(gold.view)[0] == block
    # Accepting far down the text leaves the gold pane where it was.
    _click_span(qtbot, b, "GPE")
    before = gold.view.verticalScrollBar().value()
    qtbot.keyClick(b.view, Qt.Key.Key_A)
    assert [s.label for s in gold.spans.values()] == ["GPE"]
    assert gold.view.verticalScrollBar().value() == before
    assert scroll_anchor(gold.view)[0] == scroll_anchor(b.view)[0]


def test_edit_gold_switches_the_main_window_and_the_view_follows(qtbot, tmp_path) -> None:
    from annotator.gui import create_main_window
    from annotator.gui.team import CurationDialog
    from annotator.service import Workspace

    db = tmp_path / "team.sqlite3"
    with Workspace(str(db)) as ws:
        doc = add_document(ws, LETTERS, "d1")
        annotate(ws, doc, "a", [("PER", tok(0, 1)), ("ORG", tok(9))])
        annotate(ws, doc, "b", [("PER", tok(0, 1)), ("GPE", tok(9))])
    window = create_main_window(str(db), "a")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_document(doc)
    dialog = window.commands.curation()
    assert isinstance(dialog, CurationDialog)
    qtbot.addWidget(dialog)
    dialog.set_side_by_side(True)
    assert dialog.edit_gold_action.isEnabled()
    dialog.edit_gold_button.click()
    assert window.annotator == GOLD
    assert int(window.session.document.id) == doc
    # The curator labels in the main window's gold layer; back in the curation view,
    # the gold pane shows it.
    window.ws.create_span(doc, GOLD, "LOC", *tok(3))
    assert dialog.refresh_if_gold_changed()
    gold = dialog.side_by_side.pane(GOLD)
    assert [s.label for s in gold.spans.values()] == ["LOC"]
    assert not dialog.refresh_if_gold_changed()  # nothing new: no reload
    dialog.close()
    window.close()


def test_edit_gold_is_off_without_a_main_window(qtbot, disputed_ws) -> None:
    ws, doc = disputed_ws
    dialog = _open(qtbot, ws, doc)
    assert not dialog.edit_gold_action.isEnabled()
    dialog.open_gold_in_window()
    assert "no main window" in dialog.message.text()
    assert dialog.isVisible()


def test_label_keys_in_the_gold_pane_edit_gold_directly(qtbot, disputed_ws) -> None:
    ws, doc = disputed_ws
    dialog = _open(qtbot, ws, doc)
    dialog.set_side_by_side(True)
    a, _b, gold = dialog.side_by_side.panes
    # Select token 2 (plus a stray space, which snapping trims) and press 3 (GPE).
    gold.view.setFocus()
    gold.view.select_range(tok(2)[0], tok(2)[1] + 1)
    qtbot.keyClick(gold.view, Qt.Key.Key_3)
    assert [(s.label, s.start, s.end) for s in ws.layer(doc, GOLD).spans] == [("GPE", *tok(2))]
    assert [s.label for s in gold.spans.values()] == ["GPE"]
    assert "labeled GPE" in dialog.message.text()
    # The new gold span is selected (a gold-only row); 4 relabels it LOC.
    assert gold.view.selected_span == next(iter(gold.spans))
    qtbot.keyClick(gold.view, Qt.Key.Key_4)
    assert [s.label for s in ws.layer(doc, GOLD).spans] == ["LOC"]
    assert "relabeled" in dialog.message.text()
    # Label keys do nothing in an annotator's pane: their layers are not edited here.
    a.view.setFocus()
    a.view.select_range(*tok(4))
    qtbot.keyClick(a.view, Qt.Key.Key_1)
    assert sorted(s.label for s in ws.layer(doc, "a").spans) == ["LOC", "ORG", "PER", "QUOTE"]
    assert len(ws.layer(doc, GOLD).spans) == 1
    # With neither text nor a gold span selected, a label key says what to do.
    gold.view.setFocus()
    gold.view.select_range(0, 0)
    gold.view.set_selected_span(None)
    qtbot.keyClick(gold.view, Qt.Key.Key_2)
    assert "select text or a gold span" in dialog.message.text()
    assert [s.label for s in ws.layer(doc, GOLD).spans] == ["LOC"]


def test_switching_shows_the_row_selected_in_the_table(qtbot, workspace) -> None:
    doc = add_document(workspace, LONG, "long")
    far = LONG.index(f"{LETTERS} 70")
    annotate(workspace, doc, "a", [("PER", (far, far + 1))])
    annotate(workspace, doc, "b", [("GPE", (far, far + 1))])
    dialog = _open(qtbot, workspace, doc)
    row = next(i for i, r in enumerate(dialog.spans.rows) if r.label == "GPE")
    dialog.span_view.selectRow(row)
    dialog.set_side_by_side(True)
    a, b, gold = dialog.side_by_side.panes
    assert b.view.selected_span == _span_ids(b, "GPE")[0]
    assert a.view.selected_span == _span_ids(a, "PER")[0]  # same range, other label
    assert gold.view.selected_span is None
    for pane in (a, b, gold):  # every pane scrolled down to line 70
        assert pane.view.verticalScrollBar().value() > 0
        span_top = next(pane.view.range_rects(far, far + 1)).top()
        assert 0 <= span_top <= pane.view.viewport().height()
