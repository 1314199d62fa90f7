"""Each kind of bad input: one ``file:line: reason`` line, exit status 2, database unchanged."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from annotator.cli.main import main

ZWJ = "\u200d"
GOOD_TEXT = "উত্তর কোরিয়ার নেতা কিম জং উন বলেন, “আমরা রাশিয়ার পাশে আছি।”"

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    def call(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return call


def at(part: str, text: str = GOOD_TEXT) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def span(key: str, start: Any, end: Any, label: str = "PER", **extra: Any) -> dict[str, Any]:
    return {"id": key, "start": start, "end": end, "label": label, **extra}


def record(text: str = GOOD_TEXT, **fields: Any) -> dict[str, Any]:
    return {"id": fields.pop("id", "doc"), "text": text, "annotator": "rina", **fields}


KIM = at("কিম জং উন")
QUOTE = at("আমরা রাশিয়ার পাশে আছি।")
RUSSIA = at("রাশিয়ার")

# name -> (the bad JSON line, words the reason must contain)
BAD_LINES: dict[str, tuple[str, str]] = {
    "malformed JSON": ('{"text": "কিম", "spans": [', "malformed JSON"),
    "not an object": ('["কিম"]', "must be a JSON object"),
    "no text": ('{"id": "x"}', "missing required field 'text'"),
    "text not a string": ('{"text": 42}', "field 'text' must be str, got int"),
    "spans not a list": (json.dumps(record(spans="PER")), "field 'spans' must be list"),
    "start not an integer": (
        json.dumps(record(spans=[span("s1", "0", 5)])),
        "'start' must be an integer",
    ),
    "meta not an object": (json.dumps(record(meta=["x"])), "field 'meta' must be dict"),
    "status unknown": (json.dumps(record(status="finished")), "status must be one of"),
    "span out of range": (
        json.dumps(record(spans=[span("s1", KIM[0], len(GOOD_TEXT) + 3)])),
        "outside the text",
    ),
    "negative start": (json.dumps(record(spans=[span("s1", -2, 4)])), "outside the text"),
    "span splitting a cluster": (
        json.dumps(record(spans=[span("s1", 0, 2, "GPE")])),
        "splits a grapheme cluster",
    ),
    "span cutting a vowel sign": (
        json.dumps(record(spans=[span("s1", KIM[0], KIM[0] + 1)])),
        "splits a grapheme cluster",
    ),
    "start equals end": (
        json.dumps(record(spans=[span("s1", KIM[0], KIM[0])])),
        "start must be before end",
    ),
    "start after end": (
        json.dumps(record(spans=[span("s1", KIM[1], KIM[0])])),
        "start must be before end",
    ),
    "unknown label": (
        json.dumps(record(spans=[span("s1", *KIM, label="PERSON")])),
        "unknown label 'PERSON'",
    ),
    "span text differs": (
        json.dumps(record(spans=[span("s1", *KIM, text="পুতিন")])),
        "differs from the document text",
    ),
    "kind does not match label": (
        json.dumps(record(spans=[span("s1", *KIM, kind="quote")])),
        "label PER is of kind entity, not quote",
    ),
    "relation to a missing span": (
        json.dumps(
            record(
                spans=[span("q", *QUOTE, label="QUOTE")],
                relations=[{"id": "r1", "type": "speaker", "from": "q", "to": "nobody"}],
            )
        ),
        "relation r1 points to missing span 'nobody'",
    ),
    "relation between wrong kinds": (
        json.dumps(
            record(
                spans=[span("q", *QUOTE, label="QUOTE"), span("k", *KIM)],
                relations=[{"id": "r1", "type": "claimant", "from": "q", "to": "k"}],
            )
        ),
        "not from QUOTE to PER",
    ),
    "relation to a place the type does not allow": (
        json.dumps(
            record(
                spans=[span("q", *QUOTE, label="QUOTE"), span("d", *RUSSIA, label="LOC")],
                relations=[{"id": "r1", "type": "speaker", "from": "q", "to": "d"}],
            )
        ),
        "not from QUOTE to LOC",
    ),
    "unknown relation type": (
        json.dumps(
            record(
                spans=[span("q", *QUOTE, label="QUOTE"), span("k", *KIM)],
                relations=[{"id": "r1", "type": "said_by", "from": "q", "to": "k"}],
            )
        ),
        "unknown relation type 'said_by'",
    ),
    "non-normalized text with spans": (
        json.dumps(record(text="\ufeff" + GOOD_TEXT, spans=[span("s1", KIM[0] + 1, KIM[1] + 1)])),
        "the text is not normalized",
    ),
    "non-NFC text with spans": (
        json.dumps(record(text="কোরি\u09dfার কিম", spans=[span("s1", 7, 10)])),
        "use --normalize",
    ),
    "id too long": (json.dumps(record(id="x" * 301)), "field 'id' is longer than 300"),
    "annotator too long": (
        json.dumps(record(annotator="a" * 201)),
        "field 'annotator' is longer than 200",
    ),
    "wrong text_sha256": (json.dumps(record(text_sha256="0" * 64)), "text_sha256 does not match"),
    "NUL in JSON text": (json.dumps(record(text="ক\x00খ")), "NUL"),
    "lone surrogate in text": ('{"text": "কিম \\ud800 উন"}', "lone surrogate \\ud800"),
    "lone surrogate in an attribute": (
        '{"text": "কিম", "meta": {"note": "\\udc00"}}',
        "lone surrogate \\udc00",
    ),
}


@pytest.fixture
def seeded(run: Run, tmp_path: Path) -> tuple[Path, bytes]:
    """A database with some documents and a done layer, and its export."""
    db = tmp_path / "seeded.sqlite3"
    first = tmp_path / "first.jsonl"
    rec = record(
        id="seed",
        status="done",
        spans=[span("k", *KIM), span("q", *QUOTE, label="QUOTE", attrs={"form": "direct"})],
        relations=[{"id": "r", "type": "speaker", "from": "q", "to": "k"}],
    )
    first.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("মস্কো ও পিয়ংইয়ং।", encoding="utf-8")
    code, _, err = run("--db", str(db), "import", str(first), str(tmp_path / "plain.txt"))
    assert code == 0, err
    return db, export(run, db)


def export(run: Run, db: Path) -> bytes:
    code, out, err = run("--db", str(db), "export", "-o", "-", "--status", "any")
    assert code == 0, err
    return out.encode()


def assert_one_error(err: str, origin: str, reason: str) -> None:
    lines = err.strip("\n").splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"{origin}: "), lines[0]
    assert reason in lines[0], lines[0]


@pytest.mark.parametrize("name", list(BAD_LINES))
def test_bad_jsonl_line(run: Run, tmp_path: Path, seeded: tuple[Path, bytes], name: str) -> None:
    db, before = seeded
    bad_line, reason = BAD_LINES[name]
    path = tmp_path / "bad.jsonl"
    good = json.dumps({"id": "fresh", "text": "একটি নতুন লেখা।"}, ensure_ascii=False)
    # line 1 is good, line 2 blank, line 3 is the bad one: nothing of line 1 may land.
    path.write_text(f"{good}\n\n{bad_line}\n", encoding="utf-8")
    code, out, err = run("--db", str(db), "import", str(path))
    assert code == 2
    assert out == ""
    assert_one_error(err, f"{path}:3", reason)
    assert export(run, db) == before


def test_invalid_utf8_text_file(run: Run, tmp_path: Path, seeded: tuple[Path, bytes]) -> None:
    db, before = seeded
    folder = tmp_path / "txt"
    folder.mkdir()
    (folder / "a.txt").write_text("ভালো লেখা।", encoding="utf-8")
    (folder / "b.txt").write_bytes("প্রথম লাইন\nদ্বিতীয় ".encode() + b"\xe0\x28\n")
    code, _, err = run("--db", str(db), "import", str(folder))
    assert code == 2
    offset = len("প্রথম লাইন\nদ্বিতীয় ".encode())
    assert_one_error(err, f"{folder / 'b.txt'}:2", f"invalid UTF-8 at byte offset {offset}")
    assert export(run, db) == before


def test_invalid_utf8_inside_jsonl(run: Run, tmp_path: Path, seeded: tuple[Path, bytes]) -> None:
    db, before = seeded
    path = tmp_path / "bytes.jsonl"
    path.write_bytes(b'{"text": "ok"}\n{"text": "\xff"}\n')
    code, _, err = run("--db", str(db), "import", str(path))
    assert code == 2
    assert_one_error(err, f"{path}:2", "invalid UTF-8 at byte offset 25")
    assert export(run, db) == before


def test_binary_file(run: Run, tmp_path: Path, seeded: tuple[Path, bytes]) -> None:
    db, before = seeded
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, _, err = run("--db", str(db), "import", str(path))
    assert code == 2
    assert_one_error(err, f"{path}:3", "binary data (NUL byte at byte offset 8)")
    assert export(run, db) == before


def test_empty_text_file(run: Run, tmp_path: Path, seeded: tuple[Path, bytes]) -> None:
    db, before = seeded
    path = tmp_path / "empty.txt"
    path.write_text(" \n", encoding="utf-8")
    code, _, err = run("--db", str(db), "import", str(path))
    assert code == 2
    assert_one_error(err, f"{path}:1", "empty")
    assert export(run, db) == before


def test_missing_path(run: Run, tmp_path: Path, seeded: tuple[Path, bytes]) -> None:
    db, before = seeded
    code, _, err = run("--db", str(db), "import", str(tmp_path / "nope.txt"))
    assert code == 2
    assert_one_error(err, f"{tmp_path / 'nope.txt'}:0", "no such file or folder")
    assert export(run, db) == before


def test_skip_invalid_imports_the_rest_and_lists_what_it_skipped(
    run: Run, tmp_path: Path, seeded: tuple[Path, bytes]
) -> None:
    db, before = seeded
    folder = tmp_path / "mixed"
    folder.mkdir()
    lines = [
        json.dumps({"id": "ok1", "text": "প্রথম ভালো লেখা।"}, ensure_ascii=False),
        BAD_LINES["malformed JSON"][0],
        BAD_LINES["unknown label"][0].replace('"doc"', '"bad-label"'),
        json.dumps({"id": "ok2", "text": "দ্বিতীয় ভালো লেখা।"}, ensure_ascii=False),
    ]
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\xff\xfe")
    (folder / "c.txt").write_text(f"র{ZWJ}্যাব অভিযান।", encoding="utf-8")
    code, out, err = run("--db", str(db), "import", "--skip-invalid", str(folder))
    assert code == 0, err
    assert "imported 3 documents" in out
    err_lines = err.strip().splitlines()
    assert err_lines[0] == "skipped 3 invalid records:"
    skipped = sorted(line.strip() for line in err_lines[1:])
    assert len(skipped) == 3
    assert any(s.startswith(f"{folder / 'a.jsonl'}:2: malformed JSON") for s in skipped)
    assert any(s.startswith(f"{folder / 'a.jsonl'}:3: ") and "unknown label" in s for s in skipped)
    assert any(s.startswith(f"{folder / 'b.txt'}:1: invalid UTF-8") for s in skipped)
    after = [json.loads(line)["id"] for line in export(run, db).decode().splitlines()]
    assert after == ["seed", "plain", "ok1", "ok2", "c"]
    assert export(run, db) != before


def test_unreadable_file(
    run: Run, tmp_path: Path, seeded: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, before = seeded
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text("ভালো লেখা।", encoding="utf-8")
    locked = folder / "b.txt"
    locked.write_text("গোপন লেখা।", encoding="utf-8")
    real_open = Path.open

    def open_(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == locked:  # what chmod 000 does for a user who is not root
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)
    code, _, err = run("--db", str(db), "import", str(folder))
    assert code == 2
    assert_one_error(err, f"{locked}:0", "cannot read the file: Permission denied")
    assert export(run, db) == before


def test_skip_invalid_keeps_the_good_lines_of_a_file_with_bad_bytes(
    run: Run, tmp_path: Path, seeded: tuple[Path, bytes]
) -> None:
    db, _ = seeded
    path = tmp_path / "partly.jsonl"
    lines = [
        json.dumps({"id": "p1", "text": "প্রথম লেখা।"}, ensure_ascii=False).encode(),
        b'{"id": "p2", "text": "\xe0\xa6"}',
        b'{"id": "p3", "text": "x\x00y"}',
        json.dumps({"id": "p4", "text": "চতুর্থ লেখা।"}, ensure_ascii=False).encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    code, out, err = run("--db", str(db), "import", "--skip-invalid", str(path))
    assert code == 0, err
    assert "imported 2 documents" in out
    offset2 = len(lines[0]) + 1 + len(b'{"id": "p2", "text": "')
    offset3 = len(lines[0]) + len(lines[1]) + 2 + len(b'{"id": "p3", "text": "x')
    assert f"{path}:2: invalid UTF-8 at byte offset {offset2}" in err
    assert f"{path}:3: binary data (NUL byte at byte offset {offset3})" in err
    ids = [json.loads(line)["id"] for line in export(run, db).decode().splitlines()]
    assert ids[-2:] == ["p1", "p4"]
