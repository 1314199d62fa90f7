"""Hostile input to ``annotator import`` (and ``annotator validate``): a clear message
or a valid import, never a traceback, and a refused import leaves the database exactly
as it was.

``ANNOTATOR_FUZZ_EXAMPLES`` raises the number of cases for a longer local run.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.cli.main import main
from annotator.service import Workspace
from annotator.service.maintenance import check_database
from tests.reliability.conftest import dump

EXAMPLES = int(os.environ.get("ANNOTATOR_FUZZ_EXAMPLES", "100"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TEXT = "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেছেন, “ক্ষমতা স্ত্রী ন্ত্র।”\nদ্বিতীয় লাইন।"
LABELS = ["PER", "ORG", "GPE", "QUOTE", "CLAIM", "per", "", "NOPE", "<b>x</b>"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
offsets = st.one_of(
    st.integers(0, len(TEXT)),
    st.integers(-(2**64), 2**64),
    st.sampled_from([0, 1, 2, 3, len(TEXT), len(TEXT) + 1, -1]),
    json_values,
)


@st.composite
def spans(draw: st.DrawFn) -> dict[str, Any]:
    span: dict[str, Any] = {
        "id": draw(st.sampled_from(["s1", "s2", "s3", 1, None])),
        "start": draw(offsets),
        "end": draw(offsets),
        "label": draw(st.sampled_from(LABELS) | json_values),
    }
    if draw(st.booleans()):
        span["text"] = draw(st.sampled_from(["রাশিয়ার", "", "x"]) | json_values)
    if draw(st.booleans()):
        span["attrs"] = draw(json_values)
    if draw(st.booleans()):
        span["kind"] = draw(st.sampled_from(["entity", "quote", "claim", "bogus"]))
    return span


@st.composite
def records(draw: st.DrawFn) -> Any:
    if draw(st.integers(0, 9)) == 0:
        return draw(json_values)  # not even an object
    record: dict[str, Any] = {
        "text": draw(
            st.sampled_from(
                [
                    TEXT,
                    TEXT.replace("\n", "\r\n"),
                    "",
                    " ",
                    "a\x00b",
                    "\ud800 lone surrogate",
                    "ক\u09cd",
                ]
            )
            | json_values
        ),
    }
    for key, values in (
        ("id", st.sampled_from(["doc", "../../etc/passwd", "a/b", ""]) | json_values),
        ("annotator", st.sampled_from(["asha", "", "<i>x</i>"]) | json_values),
        ("status", st.sampled_from(["done", "in_progress", "new", "DONE", "weird"]) | json_values),
        ("meta", json_values),
        ("text_sha256", st.sampled_from(["0" * 64, "abc"]) | json_values),
        ("offset_unit", st.sampled_from(["codepoint", "utf16", "byte"]) | json_values),
    ):
        if draw(st.booleans()):
            record[key] = draw(values)
    if draw(st.booleans()):
        record["spans"] = draw(st.lists(spans(), max_size=4) | json_values)
    if draw(st.booleans()):
        record["relations"] = draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "id": st.sampled_from(["r1", "r1", 7]),
                        "type": st.sampled_from(["speaker", "claimant", "nope"]) | json_values,
                        "from": st.sampled_from(["s1", "s2", "missing"]) | json_values,
                        "to": st.sampled_from(["s1", "s2", "missing"]) | json_values,
                    }
                ),
                max_size=3,
            )
            | json_values
        )
    return record


def _line(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False)
    except (ValueError, TypeError):  # NaN is fine for json; some strings are not UTF-8
        return json.dumps(value)


@st.composite
def jsonl_files(draw: st.DrawFn) -> bytes:
    lines = [_line(r) for r in draw(st.lists(records(), min_size=1, max_size=3))]
    extras = draw(st.sampled_from(["none", "garbage", "deep", "blank", "truncated"]))
    if extras == "garbage":
        lines.insert(draw(st.integers(0, len(lines))), draw(st.text(max_size=30)))
    elif extras == "deep":
        lines.append("[" * 5_000 + "]" * 5_000)
    elif extras == "blank":
        lines.append("")
    elif extras == "truncated":
        lines[-1] = lines[-1][: max(1, len(lines[-1]) // 2)]
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = newline.join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-be"]))
    data = text.encode(encoding, errors="surrogatepass")
    if draw(st.integers(0, 4)) == 0:  # corrupt a byte
        at = draw(st.integers(0, max(0, len(data) - 1)))
        data = (
            data[:at]
            + draw(st.sampled_from([b"\xff", b"\x00", b"\xc3", b"\xed\xa0\x80"]))
            + data[at + 1 :]
        )
    return data


def run_import(db: Path, path: Path, *flags: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = main(["--db", str(db), "import", "--project", "Fuzz", *flags, str(path)])
    return status, err.getvalue()


def check_validate(path: Path) -> None:
    """``annotator validate`` on the same file: a verdict, never a traceback."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = main(["validate", str(path)])
    assert status in (0, 2), err.getvalue()
    assert status == 0 or err.getvalue().strip()


def check_case(db: Path, path: Path, data: bytes, strict_only: bool = False) -> None:
    """Import ``data`` strictly, then with ``--skip-invalid``; validate it too."""
    path.write_bytes(data)
    check_validate(path)
    before = dump(db)
    for flags in ((),) if strict_only else ((), ("--skip-invalid",)):
        status, err = run_import(db, path, *flags)
        assert status in (0, 2), err
        if status == 2:
            assert err.strip() and "Traceback" not in err
            assert path.name in err, f"the message does not name the file: {err}"
            assert dump(db) == before, "a refused import changed the database"
        else:
            after = dump(db)
            if after != before:  # whatever was accepted must pass every invariant
                with Workspace(db) as ws:
                    report = check_database(ws.db)
                assert report.ok, report.problems
            before = after


@pytest.fixture
def fuzz_db(tmp_path: Path) -> Path:
    db = tmp_path / "fuzz.sqlite3"
    seed = tmp_path / "seed.txt"
    seed.write_text(TEXT, encoding="utf-8")
    assert run_import(db, seed)[0] == 0
    return db


@pytest.mark.slow
@FUZZ
@given(data=jsonl_files())
def test_hostile_jsonl_never_crashes_the_import(fuzz_db: Path, tmp_path: Path, data: bytes) -> None:
    check_case(fuzz_db, tmp_path / "input.jsonl", data)


@pytest.mark.slow
@FUZZ
@given(
    data=st.binary(max_size=300)
    | st.sampled_from(
        [
            b"",
            b"\x00" * 50,
            b"\xff\xfe" + "ক".encode("utf-16-le"),
            b"\x80\x81\x82",
            "ঢাকায় বৃষ্টি".encode("utf-16"),
            b"\xef\xbb\xbf",
            b"\r\n\r\n",
        ]
    ),
    suffix=st.sampled_from([".jsonl", ".txt", ".ndjson"]),
)
def test_hostile_bytes_never_crash_the_import(
    fuzz_db: Path, tmp_path: Path, data: bytes, suffix: str
) -> None:
    check_case(fuzz_db, tmp_path / f"input{suffix}", data, strict_only=True)
