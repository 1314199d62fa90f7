"""Read-only databases, a full disk, and closing with an edit in flight."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from sqlalchemy import event, text

from annotator.service import ReadOnlyError, ServiceError, Workspace
from annotator.storage import DatabaseError
from tests.reliability.conftest import dump, integrity, span_labels

FIXTURE_0001 = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0001.sqlite3"


def _no_sidecars(db: Path) -> None:
    """Close the WAL cleanly so only the main file remains, as after a normal exit."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def _assert_reads_but_refuses_edits(ws: Workspace, doc_id: int) -> None:
    assert ws.read_only
    assert ws.project("News").name == "News"
    assert ws.layer(doc_id, "asha").spans
    with pytest.raises(ReadOnlyError, match="read-only"):
        ws.create_span(doc_id, "asha", "PER", 0, 8)
    with pytest.raises(ReadOnlyError):
        ws.set_status(doc_id, "asha", "done")  # type: ignore[arg-type]


@pytest.fixture
def with_span(news_db: tuple[Path, int]) -> tuple[Path, int]:
    db, doc_id = news_db
    with Workspace(db) as ws:
        ws.create_span(doc_id, "asha", "PER", 0, 8)
    _no_sidecars(db)
    return db, doc_id


def test_read_only_open_really_cannot_write(with_span: tuple[Path, int]) -> None:
    db, doc_id = with_span
    before = dump(db)
    with Workspace(db, read_only=True) as ws:
        _assert_reads_but_refuses_edits(ws, doc_id)
        # Even a write that bypasses the service is refused by SQLite itself.
        with pytest.raises(DatabaseError, match="read-only"), ws.db.writing() as s:
            s.execute(text("DELETE FROM spans"))
    assert dump(db) == before


def test_read_only_detection_is_used_on_open(
    with_span: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import annotator.storage.engine as engine_module

    db, doc_id = with_span
    seen: list[Path] = []
    monkeypatch.setattr(engine_module, "is_read_only_path", lambda path: seen.append(path) or True)
    with Workspace(db) as ws:
        _assert_reads_but_refuses_edits(ws, doc_id)
    assert seen == [db]


def test_wal_database_opens_where_no_shm_file_can_be_made(with_span: tuple[Path, int]) -> None:
    """A read-only folder: SQLite cannot create ``-shm`` next to the database."""
    db, doc_id = with_span
    Path(str(db) + "-shm").mkdir()  # blocks the -shm file the way a read-only folder does
    with Workspace(db, read_only=True) as ws:
        _assert_reads_but_refuses_edits(ws, doc_id)


def test_when_sqlite_refuses_mode_ro_the_file_opens_immutable(
    with_span: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A leftover ``-wal`` in a folder we cannot write makes SQLite refuse ``mode=ro``
    (not reproducible as root, so the refusal is injected): the file opens
    ``immutable=1`` rather than not at all."""
    import annotator.storage.engine as engine_module

    db, doc_id = with_span
    real_connect = sqlite3.connect
    uris: list[str] = []

    def connect(database: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        uris.append(str(database))
        if str(database).endswith("?mode=ro"):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine_module.sqlite3, "connect", connect)
    with Workspace(db, read_only=True) as ws:
        _assert_reads_but_refuses_edits(ws, doc_id)
    assert any(u.endswith("?immutable=1") for u in uris)


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0,
    reason="root ignores file permissions; the injected tests cover it",
)
def test_chmod_read_only_file_and_folder(with_span: tuple[Path, int]) -> None:
    db, doc_id = with_span
    folder = db.parent
    db.chmod(stat.S_IRUSR)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with Workspace(db) as ws:
            _assert_reads_but_refuses_edits(ws, doc_id)
    finally:
        folder.chmod(stat.S_IRWXU)
        db.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_database_that_needs_an_upgrade_says_so(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURE_0001, db)
    from annotator.storage.migrate import head_revision

    if head_revision() == "0001":
        pytest.skip("no newer revision to upgrade to")
    with pytest.raises(DatabaseError, match="read-only and at schema revision 0001"):
        Workspace(db, read_only=True)


def test_disk_full_during_an_edit(with_span: tuple[Path, int]) -> None:
    db, doc_id = with_span
    saved = span_labels(db)
    ws = Workspace(db)
    try:
        ws.create_span(doc_id, "asha", "ORG", 0, 8)  # settles the pages an edit touches
        saved = span_labels(db)

        def full_disk(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        ws.db.engine.dispose()
        event.listen(ws.db.engine, "connect", full_disk)
        big = "ক" * 50_000  # needs new pages: the database cannot grow
        with pytest.raises(DatabaseError, match="not saved: database or disk is full"):
            ws.create_span(doc_id, "asha", "PER", 0, 8, {"canonical": big})
        assert span_labels(db) == saved  # not committed, nothing else touched
        assert integrity(db) == "ok"
        event.remove(ws.db.engine, "connect", full_disk)
        ws.db.engine.dispose()
        span = ws.create_span(doc_id, "asha", "PER", 0, 8, {"canonical": big}).span
        assert span is not None and (span.id, "asha") in span_labels(db)  # space is back
    finally:
        ws.close()


def test_an_edit_after_close_is_refused(with_span: tuple[Path, int]) -> None:
    db, doc_id = with_span
    ws = Workspace(db)
    ws.close()
    before = dump(db)
    with pytest.raises(ServiceError, match="closed"):
        ws.create_span(doc_id, "asha", "PER", 0, 8)
    assert dump(db) == before


def test_close_during_an_edit_lets_it_finish(with_span: tuple[Path, int]) -> None:
    """close() from the UI thread while a worker is inside a write transaction: the
    write completes and is committed; nothing writes after close()."""
    db, doc_id = with_span
    ws = Workspace(db)
    inside, release = threading.Event(), threading.Event()
    result: list[object] = []

    def slow_statement(*_args: object) -> None:
        if not inside.is_set():
            inside.set()
            release.wait(5)

    event.listen(ws.db.engine, "before_cursor_execute", slow_statement)

    def edit() -> None:
        try:
            result.append(ws.create_span(doc_id, "asha", "GPE", 0, 8))
        except Exception as exc:  # pragma: no cover - reported by the assert below
            result.append(exc)

    worker = threading.Thread(target=edit)
    worker.start()
    assert inside.wait(5)
    ws.close()
    release.set()
    worker.join(5)
    span = result[0].span  # type: ignore[union-attr]
    assert span is not None and span_labels(db)[(span.id, "asha")] == "GPE"
    with pytest.raises(ServiceError, match="closed"):
        ws.create_span(doc_id, "asha", "PER", 0, 8)
