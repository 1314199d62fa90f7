"""Daily backups on open with rotation, backups before upgrades, db backup / restore."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.service import ServiceError, Workspace, open_workspace
from annotator.service.maintenance import backup_on_open, restore_database
from annotator.storage.backup import (
    DAILY,
    backup_dir,
    backup_name,
    daily_copies,
    keep_days,
    online_backup,
    prune,
)
from annotator.storage.migrate import alembic_config, head_revision
from tests.reliability.conftest import corrupt_table_page, dump, integrity, span_labels


def test_rotation_keeps_seven_days_and_four_weeks() -> None:
    today = date(2026, 11, 24)  # a Tuesday
    days = [today - timedelta(days=n) for n in range(60)]
    kept = sorted(keep_days(days))
    assert kept[-7:] == sorted(days[:7])
    older = kept[:-7]
    # The newest copy of each of the 4 most recent ISO weeks; the first 2 weeks are
    # already covered by the 7 daily copies.
    weeks = {d.isocalendar()[:2] for d in kept}
    assert len(weeks) == 4
    assert all(d.isoweekday() == 7 for d in older)  # Sundays: the newest of their week
    assert len(kept) == 9


def test_open_makes_at_most_one_backup_a_day_and_prunes(news_db: tuple[Path, int]) -> None:
    db, _ = news_db
    folder = backup_dir(db)
    assert daily_copies(db) == []  # the import opened it empty: nothing to keep
    with open_workspace(db) as ws:
        assert ws.last_backup == backup_name(db, DAILY, datetime.now())
    with open_workspace(db) as ws:
        assert ws.last_backup is None  # today's copy exists already
        start = datetime(2026, 1, 1, 9, 0)
        for n in range(40):
            assert backup_on_open(ws, now=start + timedelta(days=n)) is not None
    days = [c.day for c in daily_copies(db)]
    assert len(days) <= 7 + 4
    assert set(days) == keep_days(days)
    assert date.today() in days  # the real today's copy is the newest, it stays
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    copy = next(p for p in folder.iterdir() if "daily" in p.name)
    assert integrity(copy) == "ok"
    assert dump(copy).count('INSERT INTO "documents"') == 1


def test_a_new_empty_database_is_not_backed_up(tmp_path: Path) -> None:
    with open_workspace(tmp_path / "empty.sqlite3") as ws:
        assert ws.last_backup is None
    assert not (tmp_path / "backups").exists()


def test_read_only_open_makes_no_backup(news_db: tuple[Path, int]) -> None:
    db, _ = news_db
    for copy in daily_copies(db):
        copy.path.unlink()
    with open_workspace(db, read_only=True) as ws:
        assert ws.last_backup is None
    assert daily_copies(db) == []


def test_backup_of_a_database_being_written_is_consistent(
    news_db: tuple[Path, int], tmp_path: Path
) -> None:
    db, doc_id = news_db
    with Workspace(db) as ws:
        ids = [ws.create_span(doc_id, "asha", "PER", 0, 8).span.id for _ in range(5)]
        online_backup(db, tmp_path / "copy.sqlite3")  # WAL content included
    assert {i for i, _ in span_labels(tmp_path / "copy.sqlite3")} == set(ids)
    assert not Path(str(tmp_path / "copy.sqlite3") + "-wal").exists()


def test_upgrade_backs_up_first(news_db: tuple[Path, int]) -> None:
    from alembic import command

    db, _ = news_db
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", f"sqlite:///{db}")
    command.downgrade(config, "0001")
    before = dump(db)
    with Workspace(db) as ws:
        assert ws.revision() == head_revision()
    copies = list(backup_dir(db).glob("*-pre-upgrade-*.sqlite3"))
    if head_revision() == "0001":
        pytest.skip("only one schema revision exists: nothing to upgrade")
    assert len(copies) == 1
    assert dump(copies[0]) == before


def test_db_backup_and_restore_cli(
    news_db: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, doc_id = news_db
    saved = tmp_path / "saved.sqlite3"
    assert main(["--db", str(db), "db", "backup", str(saved)]) == 0
    assert integrity(saved) == "ok"
    with Workspace(db) as ws:
        span = ws.create_span(doc_id, "asha", "PER", 0, 8).span
    assert span is not None
    assert main(["--db", str(db), "db", "restore", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "pre-restore" in out and "restored" in out
    assert span_labels(db) == {}  # back to the saved state
    pre = next(backup_dir(db).glob("*-pre-restore-*.sqlite3"))
    assert set(span_labels(pre)) == {(span.id, "asha")}  # the replaced state was kept
    assert main(["--db", str(db), "db", "check"]) == 0
    assert main(["--db", str(db), "db", "backup"]) == 0
    assert list(backup_dir(db).glob("*-manual-*.sqlite3"))


def test_restore_refuses_a_damaged_file_and_keeps_the_database(
    news_db: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = news_db
    before = dump(db)
    damaged = tmp_path / "damaged.sqlite3"
    online_backup(db, damaged)
    corrupt_table_page(damaged, "documents")
    assert main(["--db", str(db), "db", "restore", str(damaged)]) == 2
    assert "integrity check" in capsys.readouterr().err
    not_annotator = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(not_annotator)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(ServiceError, match="not an Annotator database"):
        restore_database(db, not_annotator)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database at all" * 100)
    assert main(["--db", str(db), "db", "restore", str(garbage)]) == 2
    assert dump(db) == before
    assert not list(backup_dir(db).glob("*-pre-restore-*"))


def test_prune_ignores_other_databases_and_stamped_copies(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    folder = backup_dir(db)
    folder.mkdir()
    names = [f"a.sqlite3-daily-202601{d:02}.sqlite3" for d in range(1, 29)]
    names += [
        "b.sqlite3-daily-20260101.sqlite3",
        "a.db-daily-20260101.sqlite3",  # same stem, another database
        "a.sqlite3-pre-upgrade-20260101-120000.sqlite3",
        "a.sqlite3-manual-20260101-120000.sqlite3",
    ]
    for name in names:
        (folder / name).write_bytes(b"")
    stale = folder / ".a.sqlite3-daily-20260101.sqlite3.99.tmp"
    fresh = folder / ".a.sqlite3-x.sqlite3.98.tmp"
    stale.write_bytes(b"half")  # a copy a crashed process never finished
    fresh.write_bytes(b"half")  # one being written right now
    os.utime(stale, (0, 0))
    removed = {p.name for p in prune(db)}
    assert "b.sqlite3-daily-20260101.sqlite3" not in removed
    assert "a.db-daily-20260101.sqlite3" not in removed
    assert not any("pre-upgrade" in n or "manual" in n for n in removed)
    assert len(daily_copies(db)) == len(keep_days(c.day for c in daily_copies(db)))
    assert not stale.exists() and fresh.exists()
    assert len(removed) == 28 - len(daily_copies(db)) + 1
