"""WAL tampering (issue 18, finding 6): a deleted ``-wal`` is detected, never read stale.

A sync tool or cleaner deletes ``-wal``/``-shm`` while a window has the database
open; another process then commits to a new ``-wal``. The window's next edit is
refused naming the file (it would go to the deleted file). A read-only folder whose
``-wal`` SQLite cannot read is refused instead of exporting stale data.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from annotator.model.errors import DatabaseError
from annotator.service import Workspace
from annotator.storage import engine
from tests.reliability.conftest import make_database

ROOT = Path(__file__).resolve().parents[2]


def _import_elsewhere(db: Path, tmp_path: Path) -> None:
    other = tmp_path / "b.txt"
    other.write_text("তুমি ভাত খাও।\n", encoding="utf-8")
    code = "import sys; from annotator.cli.main import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", code, "--db", str(db), "import", "--project", "News", str(other)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def test_f06_an_edit_or_a_read_after_the_wal_was_deleted_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "n.sqlite3"
    make_database(db)
    with Workspace(str(db)) as ws:
        with ws.db.writing() as s:
            s.execute(text("UPDATE documents SET title = 'mine'"))
        os.unlink(f"{db}-wal")
        os.unlink(f"{db}-shm")
        _import_elsewhere(db, tmp_path)
        with (
            pytest.raises(DatabaseError, match=r"n\.sqlite3-wal was deleted or replaced"),
            ws.db.writing() as s,
        ):
            s.execute(text("UPDATE documents SET title = 'lost'"))
        # a read would show the database without the other process's import: refused too
        with pytest.raises(DatabaseError, match=r"not read: n\.sqlite3-wal was deleted"):
            ws.projects()


def test_f06_a_read_only_folder_with_an_unreadable_wal_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "n.sqlite3"
    make_database(db)
    writer = sqlite3.connect(db)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE documents SET title = 'committed'")
    writer.commit()
    copy = tmp_path / "ro"
    copy.mkdir()
    for name in ("n.sqlite3", "n.sqlite3-wal"):  # no -shm, as a sync tool leaves it
        (copy / name).write_bytes((tmp_path / name).read_bytes())
    writer.close()
    real = sqlite3.connect

    def connect(database: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        if "mode=ro" in str(database):  # a read-only folder without -shm (not as root)
            raise sqlite3.OperationalError("unable to open database file")
        return real(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine.sqlite3, "connect", connect)
    with pytest.raises(DatabaseError, match=r"committed changes in n\.sqlite3-wal"):
        Workspace(str(copy / "n.sqlite3"), read_only=True)


def test_f06_closing_after_the_wal_was_deleted_keeps_the_other_process_commit(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Two processes: the window's connection lost its -wal, another process imports;
    closing the window must not checkpoint its stale pages over that import. Its own
    view (with the edit the user saw saved) is kept in backups/ and reported."""
    db = tmp_path / "n.sqlite3"
    make_database(db)
    ws = Workspace(str(db))
    with ws.db.writing() as s:
        s.execute(text("UPDATE documents SET title = 'mine'"))
    os.unlink(f"{db}-wal")
    os.unlink(f"{db}-shm")
    _import_elsewhere(db, tmp_path)
    ws.close()
    assert len(ws.db.close_notes) == 1
    note = ws.db.close_notes[0]
    assert "n.sqlite3-wal was deleted or replaced" in note
    assert "db check" in note
    assert note in caplog.text
    conn = sqlite3.connect(db)
    try:
        titles = sorted(r[0] for r in conn.execute("SELECT title FROM documents"))
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert titles == ["b", "kim-putin-letter.bn"]  # the other process's import is kept
    (kept,) = (tmp_path / "backups").glob("n.sqlite3-unsaved-*.sqlite3")
    assert str(kept) in note
    view = sqlite3.connect(kept)
    try:
        assert [r[0] for r in view.execute("SELECT title FROM documents")] == ["mine"]
    finally:
        view.close()


def test_f06_closing_with_the_wal_in_place_checkpoints_normally(tmp_path: Path) -> None:
    db = tmp_path / "n.sqlite3"
    make_database(db)
    with Workspace(str(db)) as ws, ws.db.writing() as s:
        s.execute(text("UPDATE documents SET title = 'mine'"))
    assert ws.db.close_notes == []
    assert not Path(f"{db}-wal").exists()  # checkpointed and removed at close
    assert not list((tmp_path / "backups").glob("*-unsaved-*"))


def test_f06_a_connection_that_only_read_closes_quietly_without_a_checkpoint(
    tmp_path: Path,
) -> None:
    """Nothing of its own to keep: no copy and no message, but still no checkpoint of
    its stale pages over the other process's import."""
    db = tmp_path / "n.sqlite3"
    make_database(db)
    ws = Workspace(str(db))
    assert [p.name for p in ws.projects()] == ["News"]
    os.unlink(f"{db}-wal")
    os.unlink(f"{db}-shm")
    _import_elsewhere(db, tmp_path)
    ws.close()
    assert ws.db.close_notes == []
    assert not list((tmp_path / "backups").glob("*-unsaved-*"))
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
