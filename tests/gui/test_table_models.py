"""Every item model of the window is checked by Qt's QAbstractItemModelTester, which
aborts on a broken row count, index, parent or signal; a new model without one fails
:func:`test_every_model_has_a_tester`."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtTest import QAbstractItemModelTester

import annotator.gui
from annotator.gui.link_candidates import Candidate
from annotator.gui.link_picker import CandidateModel
from annotator.service.search import search_corpus

TESTS = Path(__file__).resolve().parents[1]
# Model class -> the test file that puts a QAbstractItemModelTester on it.
COVERED = {
    "AnnotationTableModel": "gui/test_table_models.py",
    "CandidateModel": "gui/test_table_models.py",
    "HitTableModel": "gui/test_table_models.py",
    "DocumentListModel": "gui/test_navigation.py",
    "CurationModel": "team/test_gui_dialogs.py",
    "RelationModel": "team/test_gui_dialogs.py",
    "_EntryModel": "team/test_gui_dialogs.py",
    "LabelTableModel": "team/test_gui_dialogs.py",
    "RelationTableModel": "team/test_gui_dialogs.py",
    "PairMatrixModel": "team/test_gui_dialogs.py",
    "LabelAgreementModel": "team/test_gui_dialogs.py",
    "DocumentAgreementModel": "team/test_gui_dialogs.py",
    "RowTableModel": "gui/test_table_models.py",  # the base of the row models above
}


def _tester(model: QAbstractItemModel) -> QAbstractItemModelTester:
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_every_model_has_a_tester() -> None:
    found = set()
    for info in pkgutil.walk_packages(annotator.gui.__path__, "annotator.gui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QAbstractItemModel) and cls.__module__ == info.name:
                found.add(name)
    assert found == set(COVERED)
    for where in set(COVERED.values()):
        assert "QAbstractItemModelTester" in (TESTS / where).read_text(encoding="utf-8")


def test_annotation_table_through_row_by_row_updates(window) -> None:
    """Spans added, relabelled, resized and deleted one at a time, and a relation, each
    applied to the table as its own insert, change or removal."""
    model = window.table_model
    _tester(model)
    session = window.session
    text = session.text
    words = [w for w in text.split() if len(w) > 1][:4]
    spans = []
    for word in words:
        start = text.index(word)
        span = session.create_span("PER", start, start + len(word))
        assert span is not None
        spans.append(span)
        assert model.rowCount() == len(spans)
    relabelled = session.update_span(spans[0].id, label="ORG")
    assert relabelled is not None
    quote_end = text.index(words[2]) + len(words[2])
    quote = session.create_span("QUOTE", text.index(words[1]), quote_end)
    assert quote is not None
    assert session.create_relation("speaker", quote.id, spans[3].id) is not None
    assert session.delete_span(spans[1].id) is not None
    assert session.delete_span(quote.id) is not None
    assert model.rowCount() == len(session.spans)
    session.reload()  # and a whole reload
    assert model.rowCount() == len(session.spans)


def test_corpus_hits_model(window) -> None:
    from annotator.gui.corpus_search import HitTableModel

    model = HitTableModel()
    _tester(model)
    project = window.project
    word = window.session.text.split()[0]
    result = search_corpus(window.ws, int(project.id), word)
    model.set_rows(result.hits)
    assert model.rowCount() == len(result.hits) >= 1
    model.set_rows([])
    assert model.rowCount() == 0


def test_link_candidates_model(window) -> None:
    model = CandidateModel()
    _tester(model)
    text = window.session.text
    word = text.split()[0]
    span = window.session.create_span("PER", 0, len(word))
    assert span is not None
    model.set_rows([Candidate(span, word, text[:40], True, 0)])
    assert model.rowCount() == 1
    model.set_rows([])
    assert model.rowCount() == 0
