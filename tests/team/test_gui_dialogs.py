"""The team dialogs, driven as a curator would: schema editor, agreement report, curation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from team_helpers import LETTERS, add_document, annotate, tok

from annotator.service.adjudication import GOLD


@pytest.fixture
def team_ws(workspace):
    doc = add_document(workspace, LETTERS, "d1")
    annotate(
        workspace,
        doc,
        "a",
        [("PER", tok(0, 1)), ("QUOTE", tok(5, 7)), ("ORG", tok(9))],
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


def _tester(model) -> QAbstractItemModelTester:
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_schema_editor_rename_keeps_spans(qtbot, team_ws) -> None:
    from annotator.gui.team import open_schema_editor

    ws, doc = team_ws
    dialog = open_schema_editor(ws, "P")
    qtbot.addWidget(dialog)
    _tester(dialog.labels)
    _tester(dialog.relations)
    names = [e.name for e in dialog.labels.entries]
    row = names.index("PER")
    assert dialog.labels.index(row, dialog.labels.SPANS).data() == 2  # a's and b's
    assert "Person" in dialog.labels.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    dialog.labels.setData(dialog.labels.index(row, 0), "PERSON")
    speaker = dialog.relations.entries[0]
    assert "PERSON" in speaker.targets.split(", ")  # relation ends follow the rename
    assert dialog.save()
    labels = sorted(s.label for s in ws.layer(doc, "a").spans)
    assert labels == ["ORG", "PERSON", "QUOTE"]


def test_schema_editor_refuses_duplicate_keys_and_asks_before_deleting(qtbot, team_ws) -> None:
    from annotator.gui.team import SchemaEditorDialog

    ws, doc = team_ws
    dialog = SchemaEditorDialog(ws, "P")
    qtbot.addWidget(dialog)
    row = dialog.add_label()
    dialog.labels.setData(dialog.labels.index(row, dialog.labels.KEY), "1")
    assert not dialog.save()
    assert "key '1' is used by both PER and LABEL1" in dialog.error.text()
    dialog.labels.remove(row)

    asked: list[str] = []
    dialog.confirm = lambda message: asked.append(message) or False  # type: ignore[method-assign]
    org = [e.name for e in dialog.labels.entries].index("ORG")
    dialog.label_view.selectRow(org)
    dialog.remove_selected_label()
    assert not dialog.save()
    assert asked == ["this change would remove 1 spans (labels ORG)"]
    assert "ORG" in [s.label for s in ws.layer(doc, "a").spans]  # nothing deleted
    dialog.confirm = lambda message: True  # type: ignore[method-assign]
    assert dialog.save()
    assert "ORG" not in [s.label for s in ws.layer(doc, "a").spans]


def test_schema_editor_attributes_round_trip() -> None:
    from annotator.gui.team.schema_editor import format_attributes, parse_attributes
    from annotator.model import SchemaError, default_schema

    quote = default_schema().label("QUOTE")
    assert quote is not None
    spec = format_attributes(quote.attributes)
    assert spec == "form=choice(direct|indirect|mixed)"
    assert parse_attributes(spec + "; sure=bool; note", "QUOTE") == [
        {"name": "form", "type": "choice", "choices": ["direct", "indirect", "mixed"]},
        {"name": "sure", "type": "bool", "choices": []},
        {"name": "note", "type": "text", "choices": []},
    ]
    with pytest.raises(SchemaError, match="must be choice"):
        parse_attributes("x=number", "QUOTE")


def test_agreement_report_shows_the_matrix_and_lowest_documents(qtbot, team_ws) -> None:
    from annotator.gui.team import open_agreement_report

    ws, doc = team_ws
    dialog = open_agreement_report(ws, "P")
    qtbot.addWidget(dialog)
    for model in (dialog.matrix, dialog.labels, dialog.documents):
        _tester(model)
    # a: PER QUOTE ORG, b: PER QUOTE GPE -> exact 2 of 3/3, F1 = 4/6 = 66.7 %.
    assert dialog.matrix.index(0, 1).data() == "66.7"
    assert dialog.matrix.index(0, 0).data() == "—"
    assert dialog.matrix.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert dialog.labels.index(0, 0).data() == "all"
    assert dialog.labels.index(0, 3).data() == "66.7"
    assert "alpha" in dialog.summary.text()
    with qtbot.waitSignal(dialog.document_activated) as signal:
        dialog.document_view.doubleClicked.emit(dialog.documents.index(0, 1))
    assert signal.args == [doc]
    dialog.kind.setCurrentIndex(dialog.kind.findData("entity"))
    # Entities only: PER agrees, ORG vs GPE not -> F1 = 2/4 = 50 %.
    assert dialog.matrix.index(1, 0).data() == "50.0"


def test_curation_accepts_with_keys_and_removes_from_gold(qtbot, team_ws) -> None:
    from annotator.gui.team import open_curation

    ws, doc = team_ws
    dialog = open_curation(ws, doc)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    _tester(dialog.spans)
    _tester(dialog.relations)
    model = dialog.spans
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(6)] == [
        "Span",
        "Text",
        "Label",
        "a",
        "b",
        "Gold",
    ]
    agreed = [r.agreed for r in model.rows]
    assert agreed == [True, True, False, False]
    dialog.span_view.setFocus()
    qtbot.keyClick(
        dialog.span_view,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    gold = ws.layer(doc, GOLD)
    assert sorted(s.label for s in gold.spans) == ["PER", "QUOTE"]
    assert len(gold.relations) == 1
    # Take b's GPE for the disputed last token: select its row, press A.
    row = next(i for i, r in enumerate(model.rows) if r.label == "GPE")
    dialog.span_view.selectRow(row)
    qtbot.keyClick(dialog.span_view, Qt.Key.Key_A)
    assert sorted(s.label for s in ws.layer(doc, GOLD).spans) == ["GPE", "PER", "QUOTE"]
    assert model.index(row, model.gold_column).data() == "✓"
    # Edit gold directly: remove the GPE again.
    dialog.span_view.selectRow(row)
    qtbot.keyClick(dialog.span_view, Qt.Key.Key_Delete)
    assert sorted(s.label for s in ws.layer(doc, GOLD).spans) == ["PER", "QUOTE"]
    assert "removed GPE" in dialog.message.text()
