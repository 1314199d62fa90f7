"""Paths from imported files are data, never files to open; exports stay in their target.

An audit hook records every file the process opens and every program it starts while
a test imports or exports, so "we never read /etc/passwd" is checked, not assumed.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotator.cli.main import main
from annotator.formats.brat import safe_name
from tests.reliability.conftest import dump

HOSTILE_IDS = ["../../etc/x", "a/b", "/abs/path/doc", "..", "C:\\Windows\\x", "ক/../খ", "ক" * 300]
TEXT = "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেছেন।"
WORD = TEXT.index(" ")  # the first word, রাশিয়ার

_RECORDING: list[list[tuple[str, str]]] = []


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not _RECORDING:
        return
    if event == "open" and isinstance(args[0], (str, bytes, Path)):
        path = args[0].decode() if isinstance(args[0], bytes) else str(args[0])
        _RECORDING[-1].append(("open", path))
    elif event in ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.startfile"):
        _RECORDING[-1].append((event, repr(args)[:200]))


sys.addaudithook(_hook)


@contextlib.contextmanager
def recording() -> Iterator[list[tuple[str, str]]]:
    events: list[tuple[str, str]] = []
    _RECORDING.append(events)
    try:
        yield events
    finally:
        _RECORDING.pop()


def cli(*args: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = main(list(args))
    return status, err.getvalue()


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file named in the imported metadata, which must never be opened."""
    path = tmp_path / "secret" / "passwd"
    path.parent.mkdir()
    path.write_text("root:x:0:0\n", encoding="utf-8")
    return path


def assert_untouched(events: list[tuple[str, str]], *paths: str) -> None:
    opened = [p for kind, p in events if kind == "open"]
    for path in paths:
        assert not any(path in p for p in opened), f"{path} was opened: {opened}"
    assert not [e for e in events if e[0] != "open"], f"a program was started: {events}"


def test_paths_in_jsonl_metadata_are_never_opened(tmp_path: Path, secret: Path) -> None:
    record = {
        "id": "doc",
        "text": TEXT,
        "meta": {"source": str(secret), "also": "/etc/passwd", "url": f"file://{secret}"},
        "source": str(secret),
        "title": str(secret),
    }
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    with recording() as events:
        assert cli("--db", str(db), "import", "--project", "P", str(path))[0] == 0
        assert (
            cli("--db", str(db), "export", "--status", "any", "-o", str(tmp_path / "o.jsonl"))[0]
            == 0
        )
        assert cli("validate", str(path))[0] == 0
    assert_untouched(events, str(secret), "/etc/passwd")
    assert str(path) in [p for _k, p in events], "the hook saw no open at all"
    exported = (tmp_path / "o.jsonl").read_text(encoding="utf-8")
    assert str(secret) in exported  # kept as data
    assert "root:x" not in exported


def test_label_studio_and_brat_files_naming_other_paths_do_not_read_them(
    tmp_path: Path, secret: Path
) -> None:
    tasks = [
        {
            "data": {
                "text": TEXT,
                "image": str(secret),
                "audio": "/etc/passwd",
                "source": "../secret/passwd",
            },
            "annotations": [{"result": [], "completed_by": str(secret)}],
        }
    ]
    ls = tmp_path / "tasks.json"
    ls.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    brat = tmp_path / "doc.txt"
    brat.write_text(TEXT, encoding="utf-8")
    (tmp_path / "doc.ann").write_text(
        f"T1\tPER 0 {WORD}\t{TEXT[:WORD]}\n"
        f"#1\tAnnotatorNotes T1\tcanonical={secret}\n"
        "A1\tcanonical T1 /etc/passwd\n",
        encoding="utf-8",
    )
    archive = tmp_path / "docs.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(
            "../secret/passwd.txt", TEXT
        )  # a member name climbing out: read, never extracted
        zf.writestr("../secret/passwd.ann", "")
    db = tmp_path / "db.sqlite3"
    with recording() as events:
        assert (
            cli("--db", str(db), "import", "--project", "P", "--format", "label-studio", str(ls))[0]
            == 0
        )
        status, err = cli(
            "--db", str(db), "import", "--project", "P", "--format", "brat", str(brat)
        )
        assert status == 0, err
        status, err = cli(
            "--db", str(db), "import", "--project", "Z", "--format", "brat", str(archive)
        )
        assert status in (0, 2), err
        cli("validate", str(archive))
    assert_untouched(events, str(secret), "/etc/passwd")
    assert secret.read_text(encoding="utf-8") == "root:x:0:0\n"  # the zip wrote nothing
    assert sorted(p.name for p in secret.parent.iterdir()) == ["passwd"]


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    """Documents whose ids try to climb out of an export folder, all done by asha."""
    lines = []
    for n, ext in enumerate(HOSTILE_IDS):
        text = f"{TEXT} {n}"
        span = {"id": "s1", "start": 0, "end": WORD, "label": "PER"}
        lines.append(
            {"id": ext, "text": text, "annotator": "../asha", "status": "done", "spans": [span]}
        )
    data = tmp_path / "data"  # the database and its backups live here, apart from exports
    data.mkdir()
    path = data / "hostile.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines), encoding="utf-8")
    db = data / "hostile.sqlite3"
    status, err = cli("--db", str(db), "import", "--project", "P", str(path))
    assert status == 0, err
    return db


def files_under(root: Path) -> set[Path]:
    """Files under ``root``, leaving out the database folder (backups appear there)."""
    return {
        p for p in root.rglob("*") if p.is_file() and "data" not in p.relative_to(root).parts[:1]
    }


@pytest.mark.parametrize("ext", [*HOSTILE_IDS, "", ".hidden", "a\\b", "a\x00b"])
def test_safe_name_never_leaves_the_folder(tmp_path: Path, ext: str) -> None:
    name = safe_name(ext)
    assert name and "/" not in name and "\\" not in name and not name.startswith(".")
    assert "\x00" not in name and len(name.encode("utf-8")) <= 150
    assert (tmp_path / f"{name}.ann").resolve().parent == tmp_path.resolve()


def test_brat_folder_export_keeps_every_file_inside_the_target(
    tmp_path: Path, hostile_db: Path
) -> None:
    box = tmp_path / "box"
    out = box / "out"
    box.mkdir()
    outside_before = files_under(tmp_path) - files_under(box)
    status, err = cli("--db", str(hostile_db), "export", "--format", "brat", "-o", str(out))
    assert status == 0, err
    written = files_under(box)
    assert files_under(tmp_path) - written == outside_before, (
        "a file was written outside the target"
    )
    assert all(p.resolve().is_relative_to(out.resolve()) for p in written)
    anns = sorted(p for p in written if p.suffix == ".ann")
    assert len(anns) == len(HOSTILE_IDS)  # one pair per document, none lost to a collision


def test_brat_zip_export_has_no_climbing_member_names(tmp_path: Path, hostile_db: Path) -> None:
    out = tmp_path / "out.zip"
    status, err = cli("--db", str(hostile_db), "export", "--format", "brat", "-o", str(out))
    assert status == 0, err
    names = zipfile.ZipFile(out).namelist()
    assert len([n for n in names if n.endswith(".ann")]) == len(HOSTILE_IDS)
    for name in names:
        assert "/" not in name and "\\" not in name and not name.startswith("."), name


@pytest.mark.parametrize("fmt", ["brat", "spans", "conll"])
@pytest.mark.parametrize(
    "split", ["../evil=0.5,train=0.5", "train=0.5,a/b=0.5", "/abs=0.5,train=0.5", "..=1"]
)
def test_split_names_that_are_paths_are_refused(
    tmp_path: Path, hostile_db: Path, fmt: str, split: str
) -> None:
    box = tmp_path / "box"
    box.mkdir()
    out = box / ("out" if fmt == "brat" else f"out.{fmt}")
    before = files_under(tmp_path)
    db_before = dump(hostile_db)
    status, err = cli(
        "--db", str(hostile_db), "export", "--format", fmt, "--split", split, "-o", str(out)
    )
    assert status == 2
    assert "--split: split name" in err and "may hold only letters, digits" in err
    assert files_under(tmp_path) == before
    assert dump(hostile_db) == db_before


def test_a_safe_split_export_stays_inside_the_target(tmp_path: Path, hostile_db: Path) -> None:
    box = tmp_path / "box"
    box.mkdir()
    status, err = cli(
        "--db",
        str(hostile_db),
        "export",
        "--format",
        "brat",
        "--split",
        "train=0.5,dev=0.5",
        "-o",
        str(box / "out"),
    )
    assert status == 0, err
    assert all(p.resolve().is_relative_to((box / "out").resolve()) for p in files_under(box))
