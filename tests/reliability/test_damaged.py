"""Damaged databases, bad URLs and file-system errors (issue 18, findings 4, 5, 13-15, 19).

The sweep runs every subcommand against a damaged database, a file that is not a
database and a bad URL: one line on stderr, exit 2, no traceback. A new subcommand
without arguments here fails :func:`test_sweep_covers_every_subcommand`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text as sqlalchemy_text

from annotator.app import main
from annotator.cli.main import build_parser
from annotator.storage.backup import backup_name, daily_backup
from tests.cli.test_cli_errors import _subcommands
from tests.reliability.conftest import make_database

# subcommand -> its arguments after "--db DB" (files named here do not need to exist:
# the database is opened, and refused, first).
SWEEP: dict[str, list[str]] = {
    "info": ["info"],
    "import": ["import", "{txt}"],
    "export": ["export", "-o", "{out}/x.jsonl"],
    "stats": ["stats"],
    "schema export": ["schema", "export", "{out}/s.json"],
    "schema import": ["schema", "import", "--project", "P", "{schema}"],
    "schema rename-label": ["schema", "rename-label", "PER", "PERSON"],
    "schema delete-label": ["schema", "delete-label", "PER"],
    "assign": ["assign", "--annotators", "a,b"],
    "agreement": ["agreement"],
    "adjudicate": ["adjudicate"],
    "db backup": ["db", "backup"],
    "db check": ["db", "check"],
    "db copy": ["db", "copy", "--to", "{out}/copy.sqlite3"],
    "db init": ["db", "init"],
    "team add": ["team", "add", "--role", "annotator", "rina"],
    "team list": ["team", "list"],
    "team remove": ["team", "remove", "rina"],
    "team set-role": ["team", "set-role", "--role", "curator", "rina"],
    "suggest train": ["suggest", "train"],
    "suggest apply": ["suggest", "apply"],
    "suggest evaluate": ["suggest", "evaluate"],
}
# Not about an existing database: validate reads files; self-test, screenshot and
# db restore (which repairs a damaged file: tested below) are covered elsewhere.
OUTSIDE = {"validate", "self-test", "screenshot", "db restore"}


def test_sweep_covers_every_subcommand() -> None:
    missing = set(_subcommands(build_parser())) - set(SWEEP) - OUTSIDE
    assert not missing, f"add the new subcommand to SWEEP: {sorted(missing)}"


def _damaged(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.sqlite3"
    make_database(path)
    size = path.stat().st_size
    with open(path, "r+b") as handle:  # keep the header, scribble over the pages
        handle.seek(100)
        handle.write(b"\xa5" * (size - 100))
    return path


@pytest.fixture(scope="module")
def targets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    tmp = tmp_path_factory.mktemp("sweep")
    notdb = tmp / "notes.sqlite3"
    notdb.write_text("root:x:0:0:root:/root:/bin/bash\n" * 50, encoding="utf-8")
    return {
        "damaged": str(_damaged(tmp)),
        "not a database": str(notdb),
        "bad URL": "postgresql://u:secret@host:port/db",
        "unknown driver": "foo://x",
    }


@pytest.mark.parametrize("command", sorted(SWEEP))
@pytest.mark.parametrize("kind", ["damaged", "not a database", "bad URL", "unknown driver"])
def test_every_command_on_a_bad_database_is_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    targets: dict[str, str],
    command: str,
    kind: str,
) -> None:
    txt = tmp_path / "a.txt"
    txt.write_text("আমি ভাত খাই।", encoding="utf-8")
    schema = tmp_path / "s.json"
    schema.write_text('{"name": "S", "labels": []}', encoding="utf-8")
    argv = [a.format(txt=txt, out=tmp_path, schema=schema) for a in SWEEP[command]]
    if command == "db copy":
        argv[2:2] = ["--from", targets[kind]]
        code = main(argv)
    else:
        code = main(["--db", targets[kind], *argv])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "secret" not in err
    if kind == "damaged" and command not in ("db backup",):
        assert "is damaged" in err and "db restore FILE" in err, err
    if kind == "not a database" and command not in ("db backup",):
        assert "is damaged (file is not a database)" in err, err


def test_f05_restore_over_a_damaged_or_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.sqlite3"
    make_database(good)
    damaged = _damaged(tmp_path)
    before = damaged.read_bytes()
    assert main(["--db", str(damaged), "db", "restore", str(good)]) == 0
    out = capsys.readouterr().out
    assert "damaged" in out
    aside = next((tmp_path / "backups").glob("damaged.sqlite3-damaged-*.sqlite3"))
    assert aside.read_bytes() == before  # kept as it was, renamed, not read through SQLite
    assert main(["--db", str(damaged), "db", "check"]) == 0
    missing = tmp_path / "new" / "missing.sqlite3"
    assert main(["--db", str(missing), "db", "restore", str(good)]) == 0
    assert main(["--db", str(missing), "stats"]) == 0


def test_f13_the_damaged_message_lists_the_newest_backups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "team.sqlite3"
    make_database(path)
    copy = daily_backup(path)
    assert copy is not None
    with open(path, "r+b") as handle:
        handle.seek(100)
        handle.write(b"\xa5" * (path.stat().st_size - 100))
    assert main(["--db", str(path), "info"]) == 2
    err = capsys.readouterr().err
    assert f"newest backups: {copy}" in err


def test_f04_backups_of_two_databases_with_one_stem_never_collide(tmp_path: Path) -> None:
    first, second = tmp_path / "team.sqlite3", tmp_path / "team.db"
    make_database(first)
    make_database(second)
    one, two = daily_backup(first), daily_backup(second)
    assert one is not None and two is not None and one != two
    assert one.name.startswith("team.sqlite3-daily-") and two.name.startswith("team.db-daily-")
    from datetime import datetime

    now = datetime(2026, 1, 2, 3, 4, 5)
    assert backup_name(first, "manual", now) != backup_name(second, "manual", now)


def test_f19_an_empty_file_is_named_not_an_annotator_database(tmp_path: Path) -> None:
    from annotator.storage.engine import database_failure

    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    error = sqlite3.OperationalError("no such table: documents")
    assert "is an empty file, not an Annotator database" in str(
        database_failure(error, f"sqlite:///{empty}")
    )


def test_f14_f15_paths_and_urls_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "n.sqlite3"
    make_database(db)
    for argv in (
        ["--db", "/etc/passwd/x.sqlite3", "info"],
        ["--db", "mysql://u:secret@h/db", "info"],
        ["--db", str(db), "export", "-o", "/dev/full"],
        ["--db", str(db), "db", "backup", "/etc/passwd/x.sqlite3"],
    ):
        code = main(argv)
        err = capsys.readouterr().err
        assert code == 2 and len(err.strip().splitlines()) == 1 and "secret" not in err, argv


def test_f20_an_edit_behind_another_process_write_lock_is_refused_at_once(
    tmp_path: Path,
) -> None:
    import time

    from annotator.model.errors import DatabaseError
    from annotator.service import Workspace
    from annotator.storage.engine import WAITING_MESSAGE

    db = tmp_path / "n.sqlite3"
    make_database(db)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a long import elsewhere holds the write lock
    try:
        with Workspace(str(db)) as ws:
            ws.db.set_edit_wait(200)  # what the window sets (1 s)
            started = time.monotonic()
            with pytest.raises(DatabaseError, match=WAITING_MESSAGE), ws.db.writing() as s:
                s.execute(sqlalchemy_text("UPDATE documents SET title = 'x'"))
            assert time.monotonic() - started < 5
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_f19_a_failed_disk_read_is_not_called_a_full_disk() -> None:
    from sqlalchemy.exc import OperationalError

    from annotator.storage.engine import storage_error

    error = storage_error(OperationalError("x", {}, sqlite3.OperationalError("disk I/O error")))
    assert "free some disk space" not in str(error) and "-wal" in str(error)
