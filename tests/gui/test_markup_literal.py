"""HTML or Qt rich-text markup in user data is shown as characters, everywhere.

``<b>bold</b><img/src=x/onerror=1>`` (no whitespace: label names may hold none) goes
into a document's text, title and id, a label name and description (schema), an
attribute value and the annotator's name; then the
main window and every dialog are opened, and every label, tooltip, text box, table
cell and status message that shows it is *rendered* the way Qt would (rich text for a
label or tooltip Qt takes as rich) and must read as the literal markup.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStatusBar,
    QTextEdit,
    QWidget,
)

from annotator.model import DocumentRecord, SpanRecord, Status, default_schema
from annotator.service import Workspace, import_records

# No whitespace: label names may not hold any (brat, CoNLL and BIO could not carry it).
MARKUP = "<b>bold</b><img/src=x/onerror=1>"
TEXT = f"{MARKUP} রাশিয়ার প্রেসিডেন্ট পুতিন বলেছেন।"
OTHER = "bina"


def rendered(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What the user reads: ``text`` laid out as Qt would for that text format."""
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def markup_schema():
    """The default schema with PER renamed to the markup (and described by it)."""
    schema = default_schema()
    labels = tuple(
        dataclasses.replace(label, name=MARKUP, description=f"Person {MARKUP}")
        if label.name == "PER"
        else label
        for label in schema.labels
    )
    relations = tuple(
        dataclasses.replace(rel, targets=tuple(MARKUP if t == "PER" else t for t in rel.targets))
        for rel in schema.relation_types
    )
    return dataclasses.replace(schema, labels=labels, relation_types=relations)


@pytest.fixture
def markup_db(tmp_path: Path) -> Path:
    """Two annotators (one named with markup) labelled the markup document and are done."""
    path = tmp_path / "markup.sqlite3"
    span = SpanRecord("s1", 0, len(MARKUP), MARKUP, {"canonical": MARKUP})
    with Workspace(str(path)) as ws:
        ws.ensure_project("News", markup_schema())
        for who in (MARKUP, OTHER):
            record = DocumentRecord(
                text=TEXT,
                external_id=MARKUP,
                title=MARKUP,
                annotator=who,
                status=Status.DONE,
                spans=(span,),
                origin="test:1",
            )
            import_records(ws, [record], project="News")
    return path


class Seen:
    """Every place the markup shows up, with what the user reads there."""

    def __init__(self) -> None:
        self.places: list[tuple[str, str, str]] = []  # (where, raw, rendered)

    def add(self, where: str, raw: str, shown: str) -> None:
        if "onerror" in raw:
            self.places.append((where, raw, shown))

    def scan(self, root: QWidget, name: str) -> int:
        before = len(self.places)
        for widget in [root, *root.findChildren(QWidget)]:
            where = f"{name}/{type(widget).__name__}"
            if isinstance(widget, QLabel):
                self.add(where, widget.text(), rendered(widget.text(), widget.textFormat()))
            elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
                self.add(where, widget.toPlainText(), widget.toPlainText())
                if isinstance(widget, QTextEdit):
                    # A QTextEdit given HTML would have dropped the tags from its plain text.
                    self.add(where + ".html", widget.toHtml(), widget.toPlainText())
            elif isinstance(widget, (QLineEdit, QAbstractButton)):
                self.add(where, widget.text(), widget.text())
            elif isinstance(widget, QComboBox):
                for i in range(widget.count()):
                    self.add(where, widget.itemText(i), widget.itemText(i))
            elif isinstance(widget, QStatusBar):
                self.add(where, widget.currentMessage(), widget.currentMessage())
            if widget.toolTip():
                self.add(where + ".toolTip", widget.toolTip(), rendered(widget.toolTip()))
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                self.scan_model(widget, where)
        if root.isWindow():
            self.add(f"{name}.windowTitle", root.windowTitle(), root.windowTitle())
        return len(self.places) - before

    def scan_model(self, view: QAbstractItemView, where: str) -> None:
        model = view.model()

        def walk(parent: QModelIndex, depth: int) -> None:
            for row in range(min(model.rowCount(parent), 50)):
                for col in range(model.columnCount(parent)):
                    index = model.index(row, col, parent)
                    shown = index.data(Qt.ItemDataRole.DisplayRole)
                    if isinstance(shown, str):
                        self.add(
                            f"{where}[{row},{col}]", shown, shown
                        )  # delegates paint plain text
                    tip = index.data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str):
                        self.add(f"{where}[{row},{col}].toolTip", tip, rendered(tip))
                if depth < 2:
                    walk(model.index(row, 0, parent), depth + 1)

        walk(QModelIndex(), 0)
        try:
            columns = model.columnCount()
        except TypeError:  # a list model (QListWidget) has one column
            columns = 1
        for section in range(columns):
            header = model.headerData(section, Qt.Orientation.Horizontal)
            if isinstance(header, str):
                self.add(f"{where}.header", header, header)

    def assert_literal(self) -> None:
        bad = {
            w: raw[:80] for w, raw, shown in self.places if MARKUP not in shown and "bold" in raw
        }
        assert not bad, f"markup interpreted in: {bad}"


def test_markup_is_shown_literally_in_the_window_and_every_dialog(
    qtbot, make_window, markup_db: Path, tmp_path: Path
) -> None:
    from annotator.gui.dialogs.export_dialog import ExportDialog
    from annotator.gui.dialogs.import_dialog import ImportDialog

    seen = Seen()
    window = make_window(markup_db, MARKUP)
    span = next(iter(window.session.spans.values()))
    window.select_span(span.id)
    window.notify(f"status {MARKUP}")
    assert seen.scan(window, "window") >= 4  # title, text, details, list, status...
    assert MARKUP in window.windowTitle()
    assert MARKUP in window.text_view.toPlainText()
    assert window.status.bar.currentMessage() == f"status {MARKUP}"
    from annotator.gui.text_view import span_tooltip

    tip = span_tooltip([span], TEXT)  # hovering the span in the text
    seen.add("window/span tooltip", tip, rendered(tip))
    assert rendered(tip).count(MARKUP) >= 2  # the label and the attribute value

    # File > Export: the summary after an export.
    export = window.commands.export()
    assert isinstance(export, ExportDialog)
    export.target.setText(str(tmp_path / "out.jsonl"))
    export.start()
    qtbot.waitUntil(export.summary.isVisible, timeout=10000)
    seen.scan(export, "export")
    export.close()

    # File > Import: the preview lists the records (title and id hold markup).
    source = tmp_path / "in.jsonl"
    row = {"id": f"new {MARKUP}", "title": MARKUP, "text": f"{MARKUP} ঢাকায় আজ রোদ।"}
    source.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    imp = window.commands.import_()
    assert isinstance(imp, ImportDialog)
    imp.paths.setText(str(source))
    imp.format.setCurrentText("jsonl")
    imp.preview_button.click()
    qtbot.waitUntil(imp.import_button.isEnabled, timeout=10000)
    assert seen.scan(imp, "import") >= 1
    imp.close()

    # Team > Agreement report: annotator names in the matrix, summary and pair title.
    report = window.commands.agreement()
    assert report is not None
    if report.documents.rowCount():
        report.document_view.selectRow(0)
    pair_views = [
        v for v in report.findChildren(QAbstractItemView) if v is not report.document_view
    ]
    for view in pair_views:
        if view.model() is not None and view.model().rowCount() > 1:
            view.setCurrentIndex(view.model().index(1, 0))
    assert seen.scan(report, "agreement") >= 1
    report.close()

    # Team > Curate this document: both layers, the markup label and attribute.
    curation = window.commands.curation()
    assert curation is not None
    assert seen.scan(curation, "curation") >= 1
    if hasattr(curation, "mode_action"):
        curation.mode_action.trigger()  # side-by-side panes, titled with annotator names
        QApplication.processEvents()
        seen.scan(curation, "curation-side")
    curation.close()

    # Team > Label schema: the label name and its description (guideline).
    editor = window.commands.schema_editor()
    assert editor is not None
    row_of = [e.name for e in editor.labels.entries].index(MARKUP)
    views = [v for v in editor.findChildren(QAbstractItemView) if v.model() is editor.labels]
    if views:
        views[0].setCurrentIndex(editor.labels.index(row_of, 0))
    assert seen.scan(editor, "schema") >= 1
    editor.close()

    seen.assert_literal()
    wheres = {w.split("/")[0].split(".")[0] for w, _r, _s in seen.places}
    assert {"window", "export", "import", "agreement", "curation", "schema"} <= wheres, wheres


def test_the_checker_catches_a_label_that_renders_markup(qtbot) -> None:
    """The test above would notice an interpreted label: here is one."""
    label = QLabel(MARKUP)
    qtbot.addWidget(label)
    seen = Seen()
    seen.scan(label, "bad")
    with pytest.raises(AssertionError, match="markup interpreted"):
        seen.assert_literal()
    label.setTextFormat(Qt.TextFormat.PlainText)
    ok = Seen()
    ok.scan(label, "good")
    ok.assert_literal()
