"""Several projects in one database, the "Assigned to me" filter and independent
annotation, as the window shows them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.model import DocumentRecord, SpanRecord, Status
from annotator.service import DEMO_PROJECT, Workspace, import_records
from annotator.service.assignment import assign, assigned_documents, set_independent
from tests.gui.conftest import OTHER_TEXT, TOPICS, records


def test_switching_project_changes_palette_list_and_status(qtbot, make_window, two_projects):
    window = make_window(two_projects)
    box = window.project_box
    assert box.isVisible()
    assert "PER" in window.label_palette.buttons
    assert window.status.project.text() == "Project: News"
    box.activated.emit(box.findText("Topics"))  # what choosing it with the mouse sends
    assert window.project.name == "Topics"
    assert sorted(window.label_palette.buttons) == ["PLACE", "TOPIC"]
    assert window.doc_model.rowCount() == 1
    assert window.doc_model.summary(0).external_id == "t-0"
    assert window.session.document.external_id == "t-0"
    assert window.status.project.text() == "Project: Topics"
    assert window.status.progress.text() == "0 of 1 done"
    # The keys follow the schema: 1 is TOPIC here, PER in News.
    word = "সিলেটের"
    start = OTHER_TEXT.index(word)
    window.text_view.setFocus()
    window.text_view.select_range(start, start + len(word))
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    assert [s.label for s in window.session.spans.values()] == ["TOPIC"]
    box.activated.emit(box.findText("News"))
    assert "PER" in window.label_palette.buttons
    assert window.session.document.external_id == "doc-0"


def test_open_document_by_external_id_switches_project(make_window, two_projects) -> None:
    window = make_window(two_projects)
    window.open_document("t-0")
    assert window.project.name == "Topics"
    assert window.project_box.currentText() == "Topics"
    assert sorted(window.label_palette.buttons) == ["PLACE", "TOPIC"]


def test_assigned_to_me_filter(qtbot, tmp_path: Path, make_window) -> None:
    db = tmp_path / "many.sqlite3"
    with Workspace(str(db)) as ws:
        import_records(ws, records(12), project="News")
        assign(ws, "News", ["asha", "bina", "chen"], overlap=0.0, seed=7)
        project = ws.project("News")
        mine = set(assigned_documents(ws, int(project.id), "asha"))
    assert 0 < len(mine) < 12
    window = make_window(db)
    model = window.doc_model
    model.page_size = 3  # several pages, most of them only partly mine
    model.refresh()
    assert model.rowCount() == 12
    window.doc_panel.assigned_box.setChecked(True)
    assert {int(model.summary(i).id) for i in range(model.rowCount())} == mine
    # The filter combines with the status filter, and survives a refresh.
    first = model.summary(0)
    window.open_document(int(first.id))
    qtbot.keyClick(window.text_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    window.doc_panel.status_box.setCurrentIndex(window.doc_panel.status_box.findData(Status.DONE))
    assert [int(model.summary(i).id) for i in range(model.rowCount())] == [int(first.id)]
    window.doc_panel.assigned_box.setChecked(False)
    window.doc_panel.status_box.setCurrentIndex(0)
    assert model.rowCount() == 12


def test_nothing_assigned_shows_an_empty_list(make_window, news_db) -> None:
    window = make_window(news_db)
    window.doc_panel.assigned_box.setChecked(True)
    assert window.doc_model.rowCount() == 0
    assert window.doc_model.total == 0


def demo_db(tmp_path: Path, independent: bool) -> Path:
    """A Demo project whose article carries the demo annotator's labels."""
    db = tmp_path / f"demo-{independent}.sqlite3"
    text = records(1)[0].text
    word = "পুতিন"
    start = text.index(word)
    record = DocumentRecord(
        text=text,
        external_id="demo-0",
        annotator="demo",
        spans=(SpanRecord("s1", start, start + len(word), "PER"),),
        origin="t:1",
    )
    with Workspace(str(db)) as ws:
        import_records(ws, [record], project=DEMO_PROJECT)
        set_independent(ws, DEMO_PROJECT, independent)
    return db


def test_independent_annotation_hides_the_demo_layer(make_window, tmp_path: Path) -> None:
    shared = make_window(demo_db(tmp_path, independent=False))
    assert shared.session.adopted_from == "demo"
    assert [s.label for s in shared.session.spans.values()] == ["PER"]
    hidden = make_window(demo_db(tmp_path, independent=True))
    assert hidden.session.adopted_from is None
    assert hidden.session.spans == {}


def test_switching_to_a_project_without_documents_shows_none(
    qtbot, make_window, two_projects
) -> None:
    with Workspace(str(two_projects)) as ws:
        ws.ensure_project("Empty", TOPICS)  # e.g. made from a schema file, nothing imported
    window = make_window(two_projects)
    box = window.project_box
    box.activated.emit(box.findText("Empty"))
    assert window.project.name == "Empty"
    assert window.session.document is None
    assert window.text_view.toPlainText() == ""
    assert window.table_model.rowCount() == 0
    assert sorted(window.label_palette.buttons) == ["PLACE", "TOPIC"]
    assert "no documents" in window.statusBar().currentMessage()
    qtbot.keyClick(window.text_view, Qt.Key.Key_PageDown)  # nothing to move to, no error
    assert window.errors == []
