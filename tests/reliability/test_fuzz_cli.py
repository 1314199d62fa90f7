"""A sample of the hostile files of every format through the real ``annotator import``.

Exit status 0 or 2, a refusal names ``file:line`` and shows no traceback, and the
database dump is identical before and after a refused import (all or nothing).
Also: UTF-16, Bijoy and a 50 MB single line, each with a clear message.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings

from annotator.cli.main import main
from annotator.service import Workspace
from annotator.service.maintenance import check_database
from tests.reliability.conftest import dump
from tests.reliability.fuzz_inputs import BENGALI, BIJOY, FORMATS, FUZZ, Case, cases

CLI_EXAMPLES = max(10, int(os.environ.get("ANNOTATOR_FUZZ_EXAMPLES", "400")) // 8)
CLI_FUZZ = settings(FUZZ, max_examples=CLI_EXAMPLES)
MESSAGE = re.compile(r"^\S.*:(\d+|doc \d+): \S", re.MULTILINE)


def cli(*args: str) -> tuple[int, str]:
    """Exit status and what the command printed (standard error, then standard output)."""
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        status = main(list(args))
    return status, err.getvalue() + out.getvalue()


@pytest.fixture
def seeded_db(tmp_path: Path) -> Path:
    db = tmp_path / "fuzz.sqlite3"
    seed = tmp_path / "seed.txt"
    seed.write_text(BENGALI, encoding="utf-8")
    assert cli("--db", str(db), "import", "--project", "Fuzz", str(seed))[0] == 0
    return db


def import_case(db: Path, folder: Path, case: Case, *flags: str) -> None:
    for name, data in case.files.items():
        (folder / name).write_bytes(data)
    path = folder / case.target
    before = dump(db)
    fmt = ["--format", case.fmt]
    if case.fmt == "doccano-utf16":
        fmt = ["--format", "doccano", "--offset-unit", "utf16"]
    status, err = cli("--db", str(db), "import", "--project", "Fuzz", *fmt, *flags, str(path))
    assert status in (0, 2), (status, err, case.describe())
    assert "Traceback" not in err
    if status == 2:
        assert MESSAGE.search(err), (err, case.describe())
        assert str(folder) in err, (err, case.describe())
        assert dump(db) == before, "a refused import changed the database"
    elif dump(db) != before:
        with Workspace(db) as ws:
            report = check_database(ws.db)
        assert report.ok, report.problems


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_import_of_hostile_files(seeded_db: Path, tmp_path: Path, fmt: str) -> None:
    counter = [0]

    @CLI_FUZZ
    @given(case=cases(fmt))
    def fuzz(case: Case) -> None:
        for flags in ((), ("--skip-invalid",)):
            counter[0] += 1
            folder = tmp_path / f"case{counter[0]}"
            folder.mkdir()
            import_case(seeded_db, folder, case, *flags)

    fuzz()
    print(f"{fmt}: {counter[0]} CLI imports")


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-16", "UTF-16 (little-endian, with a byte-order mark)"),
        ("utf-16-le", "UTF-16 (little-endian, without a byte-order mark)"),
        ("utf-16-be", "UTF-16 (big-endian, without a byte-order mark)"),
    ],
)
@pytest.mark.parametrize(
    ("suffix", "fmt", "content"),
    [
        (".txt", "auto", BENGALI),
        (".jsonl", "auto", json.dumps({"text": BENGALI}, ensure_ascii=False)),
        (".jsonl", "doccano", json.dumps({"text": BENGALI, "entities": []}, ensure_ascii=False)),
        (".json", "label-studio", json.dumps([{"data": {"text": BENGALI}}], ensure_ascii=False)),
        (".conll", "conll", "পুতিন B-PER\nবলেছেন O\n"),
    ],
)
def test_utf16_files_are_refused_saying_they_are_utf16(
    seeded_db: Path,
    tmp_path: Path,
    suffix: str,
    fmt: str,
    content: str,
    encoding: str,
    expected: str,
) -> None:
    """UTF-16 is refused, not guessed: the offsets in a dataset file are meant for its
    UTF-8 text, and a message telling the user to re-save is clearer than a guess."""
    path = tmp_path / f"input{suffix}"
    path.write_bytes(content.encode(encoding))
    before = dump(seeded_db)
    status, err = cli(
        "--db", str(seeded_db), "import", "--project", "Fuzz", "--format", fmt, str(path)
    )
    assert status == 2
    assert f"{path}:1: the file is {expected}, not UTF-8; save it as UTF-8" in err
    assert dump(seeded_db) == before
    status, err = cli("validate", str(path))
    assert status == 2 and expected in err


@pytest.mark.parametrize(
    ("name", "content", "fmt"),
    [
        ("bijoy.txt", BIJOY, "auto"),
        ("bijoy.jsonl", json.dumps({"text": BIJOY}), "auto"),
        ("bijoy.jsonl", json.dumps({"text": BIJOY, "label": [[0, 5, "PER"]]}), "doccano"),
        ("bijoy.json", json.dumps([{"data": {"text": BIJOY}}]), "label-studio"),
        (
            "bijoy.conll",
            "Avwg O\nevsjvq O\nMvb O\nMvB O\nAvgvi B-PER\n†mvbvi O\nevsjv O\n",
            "conll",
        ),
    ],
)
def test_bijoy_text_is_refused_saying_what_it_is(
    seeded_db: Path, tmp_path: Path, name: str, content: str, fmt: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    before = dump(seeded_db)
    status, err = cli(
        "--db", str(seeded_db), "import", "--project", "Fuzz", "--format", fmt, str(path)
    )
    assert status == 2
    assert re.search(
        rf"{re.escape(str(path))}:\d+: .*looks like Bijoy \(legacy ANSI\) Bengali", err
    )
    assert "convert it to Unicode first" in err
    assert dump(seeded_db) == before


BIG_LINE = r"""
import resource, sys, time
from pathlib import Path
from annotator.cli.main import main
start = time.perf_counter()
status = main(["--db", sys.argv[1], "import", "--project", "Fuzz", sys.argv[2]])
print(status, round(time.perf_counter() - start, 2),
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["garbage.jsonl", "record.jsonl", "line.txt"])
def test_a_50_mb_single_line_is_handled_without_hanging(
    seeded_db: Path, tmp_path: Path, kind: str
) -> None:
    """A 50 MB line is refused or imported in bounded time and memory, not a hang."""
    size = 50 * 1024 * 1024
    path = tmp_path / kind
    word = "ক" * 3 + "x"  # 3 bytes per Bengali letter
    body = (word * (size // 10))[: size * 2 // 5]  # 2.5 bytes per character: 50 MB
    if kind == "garbage.jsonl":
        path.write_bytes(b'{"text": "' + b"a" * size)  # never closed
    elif kind == "record.jsonl":
        path.write_text(json.dumps({"text": body}, ensure_ascii=False), encoding="utf-8")
    else:
        path.write_text(body, encoding="utf-8")
    before = dump(seeded_db)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", BIG_LINE, str(seeded_db), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    elapsed = time.perf_counter() - start
    status, seconds, peak_mb = proc.stdout.strip().splitlines()[-1].split()
    print(f"{kind}: exit {status}, {seconds} s, peak {peak_mb} MB")
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert int(status) in (0, 2), proc.stderr[-2000:]
    assert elapsed < 110
    assert int(peak_mb) < 2048, f"{peak_mb} MB for a 50 MB file"
    if int(status) == 2:
        # line 1, or 0 when the whole file is refused for its size before it is read
        assert re.search(rf"{re.escape(str(path))}:[01]: ", proc.stderr), proc.stderr
        assert dump(seeded_db) == before


EMOJI_TEXT = "ঢাকা 👍 বৃষ্টি"  # 👍 is two UTF-16 units at 5-6
CLUSTER_TEXT = "ক্ষমতা বাড়ছে"  # ক্ষ is one cluster of three code points
WORD = CLUSTER_TEXT.index(" ")  # ক্ষমতা


def _line(**record: object) -> str:
    return json.dumps(record, ensure_ascii=False)


SPECIFIC = [
    # (name, --format args, file content, expected words in the message)
    ("blank.txt", [], "\n\n", "the file is empty"),
    ("binary.jsonl", [], "\x00\x01\x02garbage", "NUL"),
    ("deep.jsonl", ["--format", "doccano"], "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("wrong.jsonl", ["--format", "doccano"], _line(text=5), "'text'"),
    ("nul.jsonl", ["--format", "doccano"], _line(text="a\x00b"), "NUL"),
    (
        "negative.jsonl",
        ["--format", "doccano"],
        _line(text=CLUSTER_TEXT, label=[[-1, 3, "PER"]]),
        "-1",
    ),
    (
        "huge.jsonl",
        ["--format", "doccano"],
        _line(text=CLUSTER_TEXT, label=[[0, 2**63, "PER"]]),
        str(2**63),
    ),
    (
        "backwards.jsonl",
        ["--format", "doccano"],
        _line(text=CLUSTER_TEXT, label=[[5, 3, "PER"]]),
        "5",
    ),
    (
        "cluster.jsonl",
        ["--format", "doccano"],
        _line(text=CLUSTER_TEXT, label=[[0, 1, "PER"]]),
        "grapheme cluster",
    ),
    (
        "surrogate.jsonl",
        ["--format", "doccano", "--offset-unit", "utf16"],
        _line(text=EMOJI_TEXT, label=[[0, 6, "PER"]]),
        "surrogate pair",
    ),
    (
        "label.jsonl",
        ["--format", "doccano"],
        _line(text=CLUSTER_TEXT, label=[[0, WORD, "NOPE"]]),
        "NOPE",
    ),
    (
        "relation.jsonl",
        ["--format", "doccano"],
        _line(
            text=CLUSTER_TEXT,
            entities=[{"id": 1, "start_offset": 0, "end_offset": WORD, "label": "QUOTE"}],
            relations=[{"id": 1, "from_id": 1, "to_id": 9, "type": "speaker"}],
        ),
        "missing span",
    ),
    (
        "duplicate.jsonl",
        ["--format", "doccano"],
        _line(
            text=CLUSTER_TEXT,
            entities=[
                {"id": 1, "start_offset": 0, "end_offset": WORD, "label": "PER"},
                {"id": 1, "start_offset": WORD + 1, "end_offset": WORD + 2, "label": "PER"},
            ],
        ),
        "used twice",
    ),
    (
        "crlf.jsonl",
        ["--format", "doccano"],
        _line(text="ক\r\nখ গ", label=[[3, 4, "PER"]]),
        "--normalize",
    ),
]


@pytest.mark.parametrize(
    ("name", "args", "content", "expected"), SPECIFIC, ids=[s[0] for s in SPECIFIC]
)
def test_each_kind_of_hostile_input_gets_its_own_message(
    seeded_db: Path, tmp_path: Path, name: str, args: list[str], content: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    before = dump(seeded_db)
    status, err = cli("--db", str(seeded_db), "import", "--project", "Fuzz", *args, str(path))
    assert status == 2, err
    assert err.startswith(f"{path}:"), err
    assert MESSAGE.search(err) and expected in err, err
    assert "Traceback" not in err
    assert dump(seeded_db) == before


@pytest.mark.parametrize("name", ["empty.jsonl", "empty.json", "empty.conll"])
def test_an_empty_dataset_file_imports_nothing_and_says_so(
    seeded_db: Path, tmp_path: Path, name: str
) -> None:
    """An empty JSONL/CoNLL file is a valid import of nothing (an empty .txt is refused)."""
    path = tmp_path / name
    path.write_bytes(b"")
    fmt = {"empty.jsonl": "doccano", "empty.json": "label-studio", "empty.conll": "conll"}[name]
    before = dump(seeded_db)
    status, err = cli(
        "--db", str(seeded_db), "import", "--project", "Fuzz", "--format", fmt, str(path)
    )
    assert status in (0, 2) and "Traceback" not in err
    if status == 0:
        assert "imported 0 documents" in err
    else:
        assert err.startswith(f"{path}:")
    assert dump(seeded_db) == before
