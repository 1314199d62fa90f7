"""No writer may touch the database (issue 18, findings 1, 7 and 14).

Each test aims an output at something it must never replace and checks that the
command says so in one line, exits 2, and the database still opens with its data.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.model.outputs import OutputError, check_output, protect, release
from tests.reliability.conftest import dump, make_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "n.sqlite3"
    make_database(path)
    return path


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_f01_export_onto_the_database_or_its_journal_is_refused(
    db: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    before = dump(db)
    target = f"{db}{suffix}"
    code, err = run(capsys, "--db", str(db), "export", "--status", "any", "-o", target)
    assert code == 2
    assert "will not write" in err and len(err.strip().splitlines()) == 1
    assert dump(db) == before


def test_f01_schema_export_hard_link_and_backups_folder_are_refused(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(db)
    link = tmp_path / "alias.json"
    os.link(db, link)  # the same inode under another name
    for argv in (
        ("schema", "export", str(db)),
        ("schema", "export", str(link)),
        ("export", "--status", "any", "-o", str(link)),
        ("export", "--status", "any", "-o", str(tmp_path / "backups" / "x.jsonl")),
        ("export", "--status", "any", "--format", "brat", "-o", str(tmp_path)),
    ):
        code, err = run(capsys, "--db", str(db), *argv)
        assert code == 2, argv
        assert err.startswith("annotator: will not"), err
    assert dump(db) == before
    assert main(["--db", str(db), "db", "check"]) == 0


def test_f01_backup_onto_the_journal_and_another_database_is_refused(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    for target in (f"{db}-wal", str(other)):
        code, err = run(capsys, "--db", str(db), "db", "backup", target)
        assert code == 2 and "will not write" in err
    assert sqlite3.connect(other).execute("SELECT count(*) FROM t").fetchone() == (0,)


def test_f07_read_only_target_is_refused_not_replaced(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "keep.jsonl"
    target.write_text("mine\n", encoding="utf-8")
    target.chmod(0o444)
    code, err = run(capsys, "--db", str(db), "export", "--status", "any", "-o", str(target))
    assert code == 2 and "read-only" in err
    assert target.read_text(encoding="utf-8") == "mine\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


def test_f07_stale_part_is_removed_and_brat_folder_appears_whole(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "data.jsonl"
    stale = tmp_path / "data.jsonl.part"
    stale.write_bytes(b"x" * 1000)  # a killed earlier run
    folder = tmp_path / "brat"
    leftover = tmp_path / ".brat.part"
    leftover.mkdir()
    (leftover / "half.txt").write_text("half", encoding="utf-8")
    assert run(capsys, "--db", str(db), "export", "--status", "any", "-o", str(out))[0] == 0
    assert not stale.exists()
    argv = ("--db", str(db), "export", "--status", "any", "--format", "brat", "-o", str(folder))
    assert run(capsys, *argv)[0] == 0
    assert not leftover.exists()
    names = sorted(p.suffix for p in folder.iterdir() if p.suffix in (".txt", ".ann"))
    assert names == [".ann", ".txt"]
    # a folder holding someone else's files is never replaced
    (folder / "notes.docx").write_bytes(b"mine")
    code, err = run(capsys, *argv)
    assert code == 2 and "notes.docx" in err
    assert (folder / "notes.docx").read_bytes() == b"mine"


def test_f14_file_system_errors_are_one_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    for target in (str(fifo), "/etc/passwd/x.jsonl", "/dev/null"):
        code, err = run(capsys, "--db", str(db), "export", "--status", "any", "-o", target)
        assert code == 2, target
        assert len(err.strip().splitlines()) == 1, err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_f14_a_full_disk_leaves_no_part(tmp_path: Path) -> None:
    from annotator.formats.writers import ExportStats, TextWriter, WriteContext
    from annotator.model import default_schema

    writer = TextWriter(tmp_path / "x.jsonl", WriteContext(default_schema(), ExportStats()))
    writer.out.close()
    writer.out = open("/dev/full", "w", encoding="utf-8")  # noqa: SIM115 - a disk that fills
    writer.out.write("x" * 10)  # buffered: the flush in close() fails
    assert writer.part.exists()
    writer.abort()
    assert not writer.part.exists()


def test_protection_is_released_when_the_database_closes(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    protect(db)
    protect(db)
    release(db)
    with pytest.raises(OutputError):
        check_output(db)
    release(db)
    check_output(db)
