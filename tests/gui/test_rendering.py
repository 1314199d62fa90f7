"""What the user sees: the Demo on first start, plain-text tooltips, screenshots."""

from __future__ import annotations

import json
from collections import Counter

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from annotator.gui.text_view import span_tooltip
from annotator.model import LabelKind, Span
from annotator.resources import seed_path
from annotator.storage.engine import default_database_path


def seed_record() -> dict:
    with open(seed_path("kim-putin-letter.spans.jsonl"), encoding="utf-8") as handle:
        return json.loads(handle.readline())


def test_first_start_on_default_database_shows_the_annotated_demo(make_window) -> None:
    window = make_window(str(default_database_path()), "newcomer")
    record = seed_record()
    assert window.session.document.external_id == record["id"]
    assert window.text_view.text == record["text"]
    # The newcomer's layer starts from the demo labels, so it is annotated and editable.
    assert window.session.adopted_from == "demo"
    assert all(s.annotator == "newcomer" for s in window.session.spans.values())
    assert len(window.text_view.index) == len(record["spans"])
    assert len(window.session.relations) == len(record["relations"])
    assert window.table_model.rowCount() == len(record["spans"])
    assert window.text_view.index.lanes()  # quotes and claims got underline lanes
    assert "demo's labels" in window.statusBar().currentMessage()


def test_newcomer_edits_the_demo_and_finds_them_after_a_restart(qtbot, make_window) -> None:
    window = make_window(str(default_database_path()), "newcomer")
    view = window.text_view
    count = len(window.session.spans)
    first = view.index.ordered()[0]
    window.select_span(first.id)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(window.session.spans) == count - 1
    window.close()
    again = make_window(str(default_database_path()), "newcomer")
    assert len(again.session.spans) == count - 1  # not copied a second time
    assert again.session.adopted_from is None
    demo = make_window(str(default_database_path()), "demo")
    assert len(demo.session.spans) == count  # the demo layer itself is untouched


def test_tooltip_shows_user_text_literally() -> None:
    text = "<b>x</b> <img src=y>"
    span = Span(1, 1, "a", "PER", LabelKind.ENTITY, 0, 8, {"canonical": "<i>z</i>"})
    tip = span_tooltip([span], text)
    assert "&lt;b&gt;x&lt;/b&gt;" in tip
    assert "&lt;i&gt;z&lt;/i&gt;" in tip
    assert "<b>x</b>" not in tip


def test_html_in_a_document_is_shown_as_characters(make_window, tmp_path) -> None:
    from annotator.model import DocumentRecord
    from annotator.service import Workspace, import_records

    db = tmp_path / "html.sqlite3"
    text = "<b>x</b> আর <img src=y> এবং\u00a0NBSP"
    with Workspace(str(db)) as ws:
        import_records(
            ws, [DocumentRecord(text=text, external_id="h", origin="t:1")], project="News"
        )
    window = make_window(db)
    assert window.text_view.toPlainText().replace("\u00a0", " ") == text.replace("\u00a0", " ")
    window.text_view.select_range(text.index("আর"), text.index("আর") + 2)
    assert window.text_view.selected_range() == (text.index("আর"), text.index("আর") + 2)


def test_entity_fill_and_quote_lane_are_painted(qtbot, make_window) -> None:
    from annotator.gui.text_view import LANE_GAP

    window = make_window(str(default_database_path()), "demo")
    view = window.text_view
    quote = next(s for s in view.index.ordered() if s.label == "QUOTE")
    window.select_span(quote.id)  # scrolls it into view
    window.select_span(None, scroll=False)  # no outline over the colours
    qtbot.wait(50)  # blocks scrolled into view are highlighted on the next pass
    image = view.viewport().grab().toImage()
    schema = window.session.schema
    entity = next(
        s for s in view.index.ordered() if s.kind is LabelKind.ENTITY and s.start >= quote.start
    )
    block = view.document().findBlock(view.to_qt(entity.start))
    rect = view._line_rects(block, entity.start, entity.end)[0]
    colours = Counter(
        image.pixelColor(QPoint(x, y)).name()
        for x in range(int(rect.left()) + 1, int(rect.right()) - 1)
        for y in range(int(rect.top()) + 1, int(rect.bottom()) - 1)
    )
    assert colours.most_common(1)[0][0] == schema.label(entity.label).color  # background
    lanes = view.index.lanes()
    block = view.document().findBlock(view.to_qt(quote.start))
    rect = view._line_rects(block, quote.start, quote.end)[0]
    assert rect.bottom() < view.viewport().height()  # the first quote is on screen
    y = round(rect.bottom() + 1 + lanes[quote.id] * LANE_GAP)
    line = image.pixelColor(QPoint(int(rect.center().x()), y))
    assert line.name() == schema.label("QUOTE").color


def test_screenshot_command_writes_a_png(tmp_path) -> None:
    from annotator.app import main

    out = tmp_path / "shot.png"
    assert main(["screenshot", str(out), "--size", "900x600", "--select", "QUOTE"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)


def test_screenshot_rejects_a_bad_size(tmp_path, capsys) -> None:
    import pytest

    from annotator.app import main

    with pytest.raises(SystemExit) as exc:
        main(["screenshot", str(tmp_path / "x.png"), "--size", "big"])
    assert exc.value.code == 2
    assert "1400x900" in capsys.readouterr().err


def test_user_strings_in_the_panels_are_plain_text(qtbot, make_window, tmp_path) -> None:
    from PySide6.QtWidgets import QLabel

    from annotator.model import DocumentRecord, SpanRecord
    from annotator.service import Workspace, import_records

    db = tmp_path / "html.sqlite3"
    text = "<b>কিম</b> বলেন"
    record = DocumentRecord(
        text=text,
        external_id="h",
        title="<i>শিরোনাম</i>",
        annotator="asha",
        spans=(SpanRecord("s1", 0, 10, "PER", {"canonical": "<u>Kim</u>"}),),
        origin="t:1",
    )
    with Workspace(str(db)) as ws:
        import_records(ws, [record], project="News")
    window = make_window(db)
    span = next(iter(window.session.spans.values()))
    window.select_span(span.id)
    labels = window.details.findChildren(QLabel)
    assert labels and all(
        label.textFormat() == Qt.TextFormat.PlainText for label in labels if label.text()
    )
    assert any(label.text() == "<b>কিম</b>" for label in labels)
    assert window.details.editors["canonical"].text() == "<u>Kim</u>"
    assert window.doc_model.index(0, 0).data() == "<i>শিরোনাম</i>"
    # The title bar shows the title literally, or the document's id where the system has
    # no Bengali font for the title bar (see README, "Window title").
    assert "<i>শিরোনাম</i>" in window.windowTitle() or "News · h" in window.windowTitle()
