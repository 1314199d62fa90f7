"""Opening a project fast without showing less: what waits for the first paint or for
a panel to be shown still arrives, right, when the user looks."""

from __future__ import annotations


def _shown_guidelines(window) -> str:
    """The Guidelines text as its document holds it (what the dock paints)."""
    return window.guidelines.document().toPlainText()


def test_guidelines_behind_details_are_written_when_their_tab_is_shown(
    qtbot, make_window, two_projects
) -> None:
    window = make_window(two_projects)
    dock = window.docks["guidelines"]
    box = window.project_box
    box.activated.emit(box.findText("Topics"))
    assert window.project.name == "Topics"
    window.flow.show_guidelines()  # Help > Guidelines raises the tab
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty(), timeout=2000)
    text = _shown_guidelines(window)
    assert "TOPIC" in text and "PLACE" in text and "PER" not in text
    # Shown, the panel follows each project at once.
    box.activated.emit(box.findText("News"))
    assert "PER" in _shown_guidelines(window) and "TOPIC" not in _shown_guidelines(window)


def test_guidelines_follow_the_project_across_hidden_switches(make_window, two_projects) -> None:
    window = make_window(two_projects)
    box = window.project_box
    box.activated.emit(box.findText("Topics"))
    box.activated.emit(box.findText("News"))
    assert "PER" in window.guidelines.toPlainText()
    assert "TOPIC" not in window.guidelines.toPlainText()


def test_suggestions_load_after_the_text_is_painted(qtbot, news_db, two_projects) -> None:
    from annotator.gui import create_main_window

    window = create_main_window(str(two_projects), "asha")
    qtbot.addWidget(window)
    assert window.suggestions.suggester is None  # built, not painted: nothing loading
    assert not window.suggestions._jobs
    window.show()
    qtbot.waitUntil(lambda: window.suggestions.suggester is not None, timeout=10000)
    assert window.suggestions.project_id == int(window.project.id)
    qtbot.waitUntil(lambda: not window.suggestions._jobs, timeout=10000)
    box = window.project_box  # another project: its suggester, after its text's paint
    box.activated.emit(box.findText("Topics"))
    assert window.suggestions.suggester is None and not window.suggestions._jobs
    qtbot.waitUntil(lambda: window.suggestions.suggester is not None, timeout=10000)
    assert window.suggestions.project_id == int(window.project.id)
    window.close()


def test_a_window_never_shown_still_loads_its_suggestions(qtbot, news_db) -> None:
    from annotator.gui import create_main_window

    window = create_main_window(str(news_db), "asha")
    qtbot.addWidget(window)
    assert window.suggestions.suggester is None
    qtbot.waitUntil(lambda: window.suggestions.suggester is not None, timeout=10000)
    window.close()


def test_switching_project_records_the_old_documents_time_once(
    qtbot, make_window, two_projects, monkeypatch
) -> None:
    window = make_window(two_projects)
    qtbot.wait(30)  # some time spent on the open document
    recorded: list[tuple[int, float]] = []
    real = window.ws.add_time

    def add_time(document_id, annotator, seconds):
        recorded.append((document_id, seconds))
        return real(document_id, annotator, seconds)

    monkeypatch.setattr(window.ws, "add_time", add_time)
    old = int(window.session.document.id)
    box = window.project_box
    box.activated.emit(box.findText("Topics"))
    assert window.session.document.external_id == "t-0"
    window.session.finish_writes()  # written on a pool thread, in order
    assert [doc for doc, _ in recorded] == [old]


def test_the_last_project_opens_directly_at_start(
    qtbot, make_window, two_projects, monkeypatch
) -> None:
    """Reopening a database where Topics (not the first project) was last open shows
    Topics' document without opening News' first document on the way."""
    from annotator.gui.app import build_window
    from annotator.gui.session import DocumentSession

    window = make_window(two_projects)
    box = window.project_box
    box.activated.emit(box.findText("Topics"))
    window.close()
    settings = window.settings
    assert (settings.last_project, settings.last_document) == ("Topics", "t-0")
    loads: list[int] = []
    real = DocumentSession.load

    def load(self, document_id, project=None):
        loads.append(document_id)
        return real(self, document_id, project)

    monkeypatch.setattr(DocumentSession, "load", load)
    again = build_window(str(two_projects), "asha", settings)
    qtbot.addWidget(again)
    assert again.project.name == "Topics"
    assert again.session.document.external_id == "t-0"
    assert loads == [int(again.session.document.id)]
    again.close()


def test_a_project_of_the_same_schema_keeps_the_palette_and_its_keys_work(
    qtbot, make_window, news_db
) -> None:
    from PySide6.QtCore import Qt

    from annotator.model import DocumentRecord
    from annotator.service import Workspace, import_records

    text = "ঢাকায় আজ বৃষ্টি হয়েছে।"
    with Workspace(str(news_db)) as ws:  # a second project made from the same schema
        record = DocumentRecord(text=text, external_id="w-0", title="বৃষ্টি", origin="w:1")
        import_records(ws, [record], project="Weather")
    window = make_window(news_db)
    buttons = dict(window.label_palette.buttons)
    box = window.project_box
    box.activated.emit(box.findText("Weather"))
    assert window.session.document.external_id == "w-0"
    assert window.label_palette.buttons == buttons  # the same buttons, not rebuilt
    start = text.index("ঢাকায়")
    window.text_view.setFocus()
    window.text_view.select_range(start, start + len("ঢাকায়"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_3)  # GPE in this schema
    assert [s.label for s in window.session.spans.values()] == ["GPE"]
    with Workspace(str(news_db)) as ws:
        doc = ws.document_by_external_id(int(ws.project("Weather").id), "w-0")
        assert [s.label for s in ws.layer(int(doc.id), "asha").spans] == ["GPE"]
