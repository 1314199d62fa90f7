"""File > Open database moves the running window to another database: what the user
labels then lands there, nothing of the old database stays shown or undoable, and a
failed open leaves the window where it was."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from annotator.model import DocumentRecord
from annotator.service import Workspace, import_records
from tests.gui.conftest import layer_spans
from tests.gui.test_error_text import bengali  # noqa: F401  (a fixture)
from tests.gui.test_labeling import label_word, press


def _action(name: str):
    from annotator.gui.actions import ActionId

    return ActionId[name]


WEATHER = "ঢাকায় আজ বৃষ্টি হয়েছে। সিলেটে বন্যা।"


@pytest.fixture
def weather_db(tmp_path: Path) -> Path:
    """A second database: project Weather, two documents."""
    path = tmp_path / "weather.sqlite3"
    with Workspace(str(path)) as ws:
        import_records(
            ws,
            [
                DocumentRecord(text=WEATHER, external_id="w-0", title="বৃষ্টি", origin="w:1"),
                DocumentRecord(text="শীত আসছে।", external_id="w-1", title="শীত", origin="w:2"),
            ],
            project="Weather",
        )
    return path


def weather_spans(db: Path) -> list[tuple[str, str]]:
    with Workspace(str(db)) as ws:
        doc = ws.document_by_external_id(int(ws.project("Weather").id), "w-0")
        return sorted(
            (s.label, WEATHER[s.start : s.end]) for s in ws.layer(int(doc.id), "asha").spans
        )


def undo_key(qtbot, window, redo: bool = False) -> None:
    press(
        qtbot,
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier
        | (Qt.KeyboardModifier.ShiftModifier if redo else Qt.KeyboardModifier.NoModifier),
    )


def test_open_database_moves_the_window_and_labels_land_in_the_new_one(
    qtbot, make_window, news_db, weather_db
) -> None:
    window = make_window(news_db)
    label_word(qtbot, window, "পুতিন", Qt.Key.Key_1)
    assert layer_spans(news_db, "doc-0") == [("PER", "পুতিন")]
    window.open_document("doc-1")  # the place to come back to
    old, doc_id = window.ws, int(window.session.document.id)
    qtbot.wait(30)  # time spent on the open document
    assert window.flow.open_database(str(weather_db)) is True
    window.session.finish_writes()  # the old database's time record, then its close
    assert window.ws is not old and old.closed
    with Workspace(str(news_db)) as ws:
        assert ws.time_spent(doc_id, "asha") > 0
    assert window.ws.db.path is not None and Path(window.ws.db.path) == weather_db
    # Every panel shows the new database: list, text, table, project, title, status bar.
    assert window.project.name == "Weather"
    assert window.doc_model.rowCount() == 2
    assert window.text_view.text == WEATHER
    assert window.table_model.rowCount() == 0
    assert window.session.document.external_id == "w-0"
    assert "বৃষ্টি" in window.windowTitle() or "w-0" in window.windowTitle()
    assert str(weather_db.name) in window.status.database.text()
    assert "Weather" in window.status.project.text()
    assert "0 of 2 done" in window.progress_label.text()
    recent = [a.text() for a in window.flow.recent_menu.actions()]
    assert recent == [str(news_db)]  # the old database is one click away
    assert window.settings.last_project == "News"  # its place there is remembered
    # Labelling by keyboard, undo and redo work on the new database.
    window.text_view.setFocus()
    start = WEATHER.index("ঢাকায়")
    window.text_view.select_range(start + 1, start + 4)
    press(qtbot, window, Qt.Key.Key_3)  # GPE
    assert weather_spans(weather_db) == [("GPE", "ঢাকায়")]
    undo_key(qtbot, window)
    assert weather_spans(weather_db) == []
    undo_key(qtbot, window, redo=True)
    assert weather_spans(weather_db) == [("GPE", "ঢাকায়")]
    assert layer_spans(news_db, "doc-0") == [("PER", "পুতিন")]  # the old one untouched
    # Back to the first database through the Recent list, in the same window: at the
    # document that was open there.
    window.flow.recent_menu.actions()[0].trigger()
    assert window.project.name == "News" and window.session.document.external_id == "doc-1"
    assert [a.text() for a in window.flow.recent_menu.actions()] == [str(weather_db)]
    window.open_document("doc-0")
    assert window.table_model.rowCount() == 1  # its span, read from it


def test_undo_after_the_switch_cannot_reach_the_old_databases_edits(
    qtbot, make_window, news_db, weather_db
) -> None:
    window = make_window(news_db)
    label_word(qtbot, window, "পুতিন", Qt.Key.Key_1)
    window.flow.open_database(str(weather_db))
    window.text_view.setFocus()
    undo_key(qtbot, window)
    assert layer_spans(news_db, "doc-0") == [("PER", "পুতিন")]
    assert window.statusBar().currentMessage() == "Nothing to undo"
    assert window.undo_group.activeStack() is None or not window.undo_group.activeStack().canUndo()
    assert all(not stack.canUndo() for stack in window.undo_group.stacks())


def _newer(tmp_path: Path) -> Path:
    path = tmp_path / "future.sqlite3"
    Workspace(str(path)).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("kind", ["missing", "not a database", "newer schema"])
def test_a_failed_open_keeps_the_window_on_its_database(
    qtbot, make_window, news_db, tmp_path, kind
) -> None:
    window = make_window(news_db)
    if kind == "missing":
        path = tmp_path / "gone.sqlite3"
    elif kind == "not a database":
        path = tmp_path / "notes.sqlite3"
        path.write_text("এটা ডেটাবেস নয়\n" * 200, encoding="utf-8")
    else:
        path = _newer(tmp_path)
    ws = window.ws
    assert window.flow.open_database(str(path)) is False
    assert window.ws is ws and not ws.closed
    line = window.errors[-1]
    assert str(path) in line and "\n" not in line and "Traceback" not in line
    assert window.statusBar().currentMessage() == line
    # The window still works on the old database.
    window.text_view.setFocus()
    label_word(qtbot, window, "পুতিন", Qt.Key.Key_1)
    assert layer_spans(news_db, "doc-0") == [("PER", "পুতিন")]
    for box in QApplication.topLevelWidgets():  # the warning box, non-blocking
        if box.isVisible() and box is not window:
            box.close()


def test_the_new_databases_checks_and_backup_run_off_the_ui_thread(
    qtbot, make_window, news_db, weather_db, monkeypatch
) -> None:
    from annotator.gui import open_checks

    seen: list[tuple[str, bool]] = []
    real = open_checks.run_open_checks

    def run(url: str, *, backup: bool = True):
        seen.append((url, threading.current_thread() is threading.main_thread()))
        return real(url, backup=backup)

    monkeypatch.setattr(open_checks, "run_open_checks", run)
    window = make_window(news_db)
    qtbot.waitUntil(lambda: window.open_checks.result is not None, timeout=10000)
    window.flow.open_database(str(weather_db))
    qtbot.waitUntil(lambda: window.open_checks.result is not None, timeout=10000)
    assert [main for _url, main in seen] == [False, False]
    assert "weather" in seen[-1][0]
    result = window.open_checks.result
    assert result.problems == [] and result.backup is not None and result.backup.exists()
    assert "weather" in result.backup.name


def test_the_old_databases_late_check_never_reaches_the_new_window(
    qtbot, make_window, news_db, weather_db, monkeypatch
) -> None:
    """A check of the old database still running at the switch finishes (its backup
    is written) but its report (here: problems) never shows on the new database."""
    from annotator.gui import open_checks
    from annotator.service.open_checks import OpenChecks

    release = threading.Event()
    real = open_checks.run_open_checks

    def run(url: str, *, backup: bool = True):
        if "news" in url:
            release.wait(10)
            return OpenChecks(None, ["a problem of the old database"])
        return real(url, backup=backup)

    monkeypatch.setattr(open_checks, "run_open_checks", run)
    window = make_window(news_db)
    qtbot.waitUntil(lambda: window.open_checks.job is not None, timeout=5000)
    window.flow.open_database(str(weather_db))
    release.set()
    qtbot.waitUntil(lambda: window.open_checks.result is not None, timeout=10000)
    qtbot.wait(100)
    assert not window.banners.integrity.isVisible()
    assert window.open_checks.result.problems == []


def test_a_report_queued_before_the_cut_goes_to_the_old_state_and_none_after(qtbot) -> None:
    from PySide6.QtCore import QThreadPool

    from annotator.gui.jobs import Job, cut_off

    got: list[str] = []
    done, go = threading.Event(), threading.Event()

    def quick(_job: Job) -> str:
        done.set()
        return "queued"

    def slow(job: Job) -> str:
        go.wait(5)
        return "late"

    first, second = Job(quick), Job(slow)
    for job in (first, second):
        job.signals.finished.connect(got.append)
        QThreadPool.globalInstance().start(job)
    done.wait(5)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() <= 1, timeout=5000)
    cut_off([first, second])
    assert got == ["queued"] and second.cancel.is_set()
    go.set()
    QThreadPool.globalInstance().waitForDone(5000)
    QCoreApplication.processEvents()
    qtbot.wait(50)
    assert got == ["queued"]


@pytest.mark.usefixtures("bengali")
def test_bengali_window_says_why_it_cannot_open(qtbot, make_window, news_db, tmp_path) -> None:
    window = make_window(news_db)
    path = _newer(tmp_path)
    assert window.flow.open_database(str(path)) is False
    line = window.errors[-1]
    assert line.startswith(f"{path} খোলা গেল না: ") and "নতুনতর সংস্করণে" in line
    gone = tmp_path / "gone.sqlite3"
    assert window.flow.open_database(str(gone)) is False
    assert window.errors[-1] == f"{gone} আর নেই"
    for box in QApplication.topLevelWidgets():
        if box.isVisible() and box is not window:
            box.close()


@pytest.mark.usefixtures("bengali")
def test_bengali_window_switches_database(qtbot, make_window, news_db, weather_db) -> None:
    window = make_window(news_db)
    assert window.flow.open_database(str(weather_db)) is True
    assert window.project.name == "Weather"
    assert window.progress_label.text() == "২টির মধ্যে ০টি সম্পন্ন"
    assert window.status.project.text() == "প্রকল্প: Weather"


def test_the_curation_view_closes_with_its_undo_stack(qtbot, make_window, news_db, weather_db):
    from shiboken6 import isValid

    window = make_window(news_db)
    label_word(qtbot, window, "পুতিন", Qt.Key.Key_1)
    window.acts.by_id[_action("ABOUT")].trigger()  # names the database
    (about,) = window.flow._dialogs
    dialog = window.commands.curation()
    assert dialog is not None and dialog.isVisible()
    stack = dialog.undo_stack
    assert window.flow.open_database(str(weather_db)) is True
    QCoreApplication.sendPostedEvents(None, 0)  # deferred deletes
    assert not isValid(dialog) or not dialog.isVisible()
    assert not isValid(stack) or not stack.canUndo()
    assert window.commands.open == []
    assert not isValid(about) or not about.isVisible()


def test_the_old_databases_suggester_never_reaches_the_new_database(
    qtbot, make_window, news_db, weather_db, monkeypatch
) -> None:
    """The old database's suggester, still loading on a pool thread at the switch, is
    never taken for the new database's project (both projects have id 1): the new
    one's own suggester loads after its first document is painted."""
    from annotator.gui import suggestions

    release = threading.Event()
    loaded_from: dict[int, str] = {}
    real = suggestions.load_suggester

    def load(ws, project):
        if "news" in ws.url:
            assert release.wait(10)
        suggester = real(ws, project)
        loaded_from[id(suggester)] = project.name
        return suggester

    monkeypatch.setattr(suggestions, "load_suggester", load)
    window = make_window(news_db)
    controller = window.suggestions
    qtbot.waitUntil(lambda: bool(controller._jobs), timeout=5000)  # News' is loading
    assert window.flow.open_database(str(weather_db)) is True
    release.set()  # News' suggester is ready now, after the switch
    qtbot.waitUntil(lambda: controller.suggester is not None, timeout=10000)
    qtbot.wait(100)
    assert int(window.project.id) == 1 and controller.project_id == 1
    assert loaded_from[id(controller.suggester)] == "Weather"
