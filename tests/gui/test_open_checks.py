"""Today's backup and the quick check run off the UI thread: the window is usable while
a large file is copied, and says so in the status bar."""

from __future__ import annotations

import itertools
import sqlite3
import threading
import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QTimer

from annotator.model import DocumentRecord
from annotator.service import Workspace, import_records
from annotator.storage import backup as backup_module
from annotator.storage.backup import DAILY, backup_dir


def test_event_loop_stays_responsive_while_a_large_backup_runs(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    db = tmp_path / "large.sqlite3"
    with Workspace(str(db)) as ws:
        import_records(ws, [DocumentRecord(text="বড় ফাইল।", external_id="x")], project="P")
    with sqlite3.connect(db) as con:  # ~40 MB of pages for the backup to copy
        con.execute("CREATE TABLE ballast (b BLOB)")
        con.executemany("INSERT INTO ballast VALUES (randomblob(1000000))", [()] * 40)
    real = backup_module.online_backup
    seen: dict[str, object] = {}

    def slow_copy(source, target):  # the real copy, made slower still: the worst case
        seen["thread"] = threading.current_thread()
        seen["started"] = time.monotonic()
        copied = real(source, target)
        time.sleep(1.0)
        seen["ended"] = time.monotonic()
        return copied

    monkeypatch.setattr(backup_module, "online_backup", slow_copy)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    clock = QElapsedTimer()
    clock.start()
    window = make_window(db)
    built_ms = clock.elapsed()
    assert "in the background" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.open_checks.running, timeout=20000)
    timer.stop()
    assert seen["thread"] is not threading.main_thread()
    during = [t for t in ticks if seen["started"] <= t <= seen["ended"]]
    # On the UI thread the copy (and its extra second) would leave no tick at all; the
    # bounds leave room for a loaded machine.
    assert len(during) >= 10, f"the UI thread ran {len(during)} timer ticks during the backup"
    gaps = [b - a for a, b in itertools.pairwise(during)]
    assert max(gaps) < 0.9
    assert built_ms < (seen["ended"] - seen["started"]) * 1000  # shown before it was done
    (copy,) = [p for p in backup_dir(db).iterdir() if DAILY in p.name]
    assert copy.stat().st_size > 40_000_000
    assert "today's backup" in window.statusBar().currentMessage()


def test_cold_start_paints_the_window_before_opening_the_database(
    qtbot, monkeypatch, news_db: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    from annotator.gui import app as app_module

    real_build = app_module.build_window
    seen: dict[str, object] = {}

    def build_window(*args, **kwargs):
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "startupPlaceholder" and w.isVisible()
        ]
        seen["placeholder"] = [(w.windowTitle(), w.centralWidget().text()) for w in shown]
        window = real_build(*args, **kwargs)
        QTimer.singleShot(50, window.close)
        return window

    monkeypatch.setattr(app_module, "build_window", build_window)
    assert app_module.run(str(news_db), "asha") == 0
    ((title, text),) = seen["placeholder"]
    assert title == "Annotator" and text.startswith("Opening ") and str(news_db) in text
    assert not any(
        w.isVisible() and w.objectName() == "startupPlaceholder"
        for w in QApplication.topLevelWidgets()
    )


def test_checks_start_after_the_first_paint_and_the_schema_is_read_once(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    """Opening lists the projects with their schemas once (no per-project or repeated
    schema read), and the background checks wait until the window has painted."""
    from annotator.gui import create_main_window
    from annotator.storage.projects import ProjectStore

    db = tmp_path / "two.sqlite3"
    with Workspace(str(db)) as ws:
        import_records(ws, [DocumentRecord(text="প্রথম লেখা।", external_id="a")], project="P")
        import_records(ws, [DocumentRecord(text="দ্বিতীয় লেখা।", external_id="b")], project="Q")
    reads: list[int] = []
    real = ProjectStore._project
    monkeypatch.setattr(
        ProjectStore, "_project", lambda self, row: reads.append(row.id) or real(self, row)
    )
    window = create_main_window(str(db), "asha")
    qtbot.addWidget(window)
    assert reads == []  # the list's 3 queries gave the first project's schema
    assert window.session.document is not None and window.project is not None
    assert window.session.schema == window.project.schema
    assert window.open_checks.running and window.open_checks.job is None  # not yet
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.open_checks.result is not None, timeout=20000)
    assert window.open_checks.result.problems == []
    window.close()
