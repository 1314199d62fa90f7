"""The window over a deleted ``-wal`` (issue 18, finding 6), driven as a user: the next
label is refused naming the file, and closing keeps the other process's import and puts
the window's own view aside in ``backups/``, saying where."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import make_window  # noqa: F401 - the fixture
from tests.reliability.conftest import integrity, make_database
from tests.reliability.test_wal import _import_elsewhere


def _label_word(qtbot, window, n: int) -> None:  # type: ignore[no-untyped-def]
    text = window.session.document.text
    words = text.split()
    start = text.index(words[n])
    window.text_view.select_range(start, start + len(words[n]))
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)


def test_f06_the_window_over_a_deleted_wal(
    qtbot,
    make_window,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "n.sqlite3"
    make_database(db)
    window = make_window(db)
    qtbot.waitUntil(lambda: window.session.document is not None, timeout=10000)
    _label_word(qtbot, window, 0)
    assert window.errors == []
    Path(f"{db}-wal").unlink()
    Path(f"{db}-shm").unlink()
    _import_elsewhere(db, tmp_path)  # another process imports b.txt meanwhile
    _label_word(qtbot, window, 2)
    assert window.errors and "n.sqlite3-wal was deleted or replaced" in window.errors[-1]
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text)
    )
    window.close()
    window.ws.db.close_notes.clear()  # shown once; the fixture closes the window again
    (kept,) = (tmp_path / "backups").glob("n.sqlite3-unsaved-*.sqlite3")
    assert len(shown) == 1 and str(kept) in shown[0]
    conn = sqlite3.connect(db)
    try:
        titles = {r[0] for r in conn.execute("SELECT title FROM documents")}
        spans = conn.execute("SELECT count(*) FROM spans").fetchone()[0]
    finally:
        conn.close()
    assert "b" in titles and len(titles) == 2  # the other process's import is kept
    assert spans == 0  # the window's label went to the deleted -wal: it is in the copy
    assert integrity(db) == "ok"
    view = sqlite3.connect(kept)
    try:
        assert view.execute("SELECT count(*) FROM spans").fetchone()[0] == 1
    finally:
        view.close()
