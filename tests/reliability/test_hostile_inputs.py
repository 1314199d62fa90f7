"""Hostile input files (issue 18, findings 9-12, 17-19): one line naming the file, exit 2.

Every file is generated here: symlinks out of an imported folder, zip bombs and
damaged members, huge numbers, deep nesting, UTF-16/32 files, FIFOs and offsets that
``int()`` would take but no tool writes.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from annotator.cli.main import main

TEXT = "আমি ভাত খাই।"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def test_f09_symlinks_out_of_an_imported_folder_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "credentials"
    secret.write_text("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n")
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "creds.txt").symlink_to(secret)
    db = str(tmp_path / "n.sqlite3")
    code, err = run(capsys, "--db", db, "import", str(folder))
    assert code == 2
    assert "creds.txt:0: is a symlink to a file outside" in err
    brat = tmp_path / "b"
    brat.mkdir()
    (brat / "a.txt").write_text(TEXT, encoding="utf-8")
    (brat / "a.ann").symlink_to(secret)
    for argv in (
        ("import", "--format", "brat", str(brat)),
        ("validate", "--format", "brat", str(brat)),
    ):
        code, err = run(capsys, "--db", db, *argv)
        assert code == 2 and "a.ann:0: is a symlink" in err
        assert "MIIE" not in err and "PRIVATE" not in err
    # a link that stays inside the folder is fine
    inner = tmp_path / "g"
    inner.mkdir()
    (inner / "a.txt").write_text(TEXT, encoding="utf-8")
    (inner / "b.txt").symlink_to(inner / "a.txt")
    assert run(capsys, "--db", db, "import", str(inner))[0] == 0


def _zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_f10_zip_bombs_are_refused_before_they_inflate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANNOTATOR_MAX_MEMBER_BYTES", "1000000")
    bomb = _zip(tmp_path / "bomb.zip", {"a.txt": TEXT.encode(), "big.txt": b"a" * 5_000_000})
    assert bomb.stat().st_size < 50_000
    db = str(tmp_path / "n.sqlite3")
    code, err = run(capsys, "--db", db, "import", "--format", "brat", str(bomb))
    assert code == 2 and "big.txt:0: the member inflates to more than 1,000,000 bytes" in err
    monkeypatch.setenv("ANNOTATOR_MAX_ARCHIVE_BYTES", "1000")
    code, err = run(capsys, "--db", db, "import", "--format", "brat", str(bomb))
    assert code == 2 and "the archive inflates to" in err
    monkeypatch.setenv("ANNOTATOR_MAX_ARCHIVE_MEMBERS", "1")
    code, err = run(capsys, "--db", db, "validate", "--format", "brat", str(bomb))
    assert code == 2 and "the archive has 2 members; the limit is 1" in err


def _patched(path: Path, *, flag: int = 0, method: int | None = None, flip: bytes = b"") -> Path:
    _zip(path, {"a.txt": TEXT.encode()}, zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    central = data.find(b"PK\x01\x02")
    data[6] |= flag
    data[central + 8] |= flag
    if method is not None:
        data[8] = data[central + 10] = method
    if flip:
        at = data.find(flip)
        data[at] ^= 1
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("encrypted", "the member is encrypted"),
        ("deflate64", "the member uses compression method 9"),
        ("crc", "the member is damaged: Bad CRC-32"),
    ],
)
def test_f11_damaged_zip_members_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, message: str
) -> None:
    path = tmp_path / f"{kind}.zip"
    if kind == "encrypted":
        _patched(path, flag=1)
    elif kind == "deflate64":
        _patched(path, method=9)
    else:
        _patched(path, flip=TEXT.encode()[:3])
    db = str(tmp_path / "n.sqlite3")
    for argv in (
        ("import", "--format", "brat", str(path)),
        ("validate", "--format", "brat", str(path)),
    ):
        code, err = run(capsys, "--db", db, *argv)
        assert code == 2 and f"{path}/a.txt:0: {message}" in err
    code, err = run(capsys, "--db", db, "import", "--skip-invalid", "--format", "brat", str(path))
    assert code == 0 and message in err


def test_f12_numbers_over_python_int_limit_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = "9" * 5000
    db = str(tmp_path / "n.sqlite3")
    cases = {
        "doccano": f'{{"text": "{TEXT}", "meta": {{"n": {huge}}}}}\n',
        "prodigy": f'{{"text": "{TEXT}", "spans": [{{"start": {huge}, "end": 1}}]}}\n',
        "jsonl": f'{{"text": "{TEXT}", "id": {huge}}}\n',
        "label-studio": f'[{{"id": {huge}, "data": {{"text": "{TEXT}"}}}}]',
    }
    for fmt, content in cases.items():
        path = tmp_path / f"{fmt}.json"
        path.write_text(content, encoding="utf-8")
        code, err = run(capsys, "--db", db, "import", "--format", fmt, str(path))
        assert code == 2 and f"{path}:1: malformed JSON: a number of 5,000 digits" in err, err
        if fmt != "jsonl":
            code, err = run(capsys, "validate", "--format", fmt, str(path))
            assert code == 2 and "5,000 digits" in err
    schema = tmp_path / "s.json"
    schema.write_text(f'{{"name": "S", "labels": [], "version": {huge}}}', encoding="utf-8")
    code, err = run(capsys, "--db", db, "schema", "import", "--project", "P", str(schema))
    assert code == 2 and "5,000 digits" in err


def test_f17_schema_import_utf16_and_deep_nesting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "n.sqlite3")
    utf16 = tmp_path / "s16.json"
    utf16.write_text(json.dumps({"name": "S", "labels": []}), encoding="utf-16")
    code, err = run(capsys, "--db", db, "schema", "import", "--project", "P", str(utf16))
    assert code == 2 and "is UTF-16 (little-endian, with a byte-order mark), not UTF-8" in err
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    code, err = run(capsys, "--db", db, "schema", "import", "--project", "P", str(deep))
    assert code == 2 and "nested too deeply" in err


def test_f18_fifos_are_refused_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "n.sqlite3")
    for name in ("pipe.txt", "pipe.jsonl", "pipe.zip", "schema.json"):
        fifo = tmp_path / name
        os.mkfifo(fifo)
    for argv in (
        ("import", str(tmp_path / "pipe.txt")),
        ("import", str(tmp_path / "pipe.jsonl")),
        ("import", "--format", "brat", str(tmp_path / "pipe.zip")),
        ("validate", "--format", "doccano", str(tmp_path / "pipe.jsonl")),
        ("schema", "import", "--project", "P", str(tmp_path / "schema.json")),
    ):
        code, err = run(capsys, "--db", db, *argv)  # returning at all: nothing blocked
        assert code == 2 and "is a FIFO (named pipe), not a file" in err, argv


def test_f19_wrong_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "n.sqlite3")
    utf32 = tmp_path / "a.txt"
    utf32.write_text(TEXT, encoding="utf-32")
    code, err = run(capsys, "--db", db, "import", str(utf32))
    assert code == 2 and "is UTF-32 (little-endian, with a byte-order mark)" in err
    for n, where in enumerate(("০ ২", "0_0 2", "+0 2", "0 ２")):
        stem = tmp_path / f"b{n}"
        stem.with_suffix(".txt").write_text(TEXT, encoding="utf-8")
        stem.with_suffix(".ann").write_text(f"T1\tPER {where}\tআ\n", encoding="utf-8")
        code, err = run(capsys, "--db", db, "import", "--format", "brat", str(stem) + ".txt")
        assert code == 2 and f"b{n}.ann:1: bad offsets" in err, where
    # an error about the .txt alone names the .txt
    empty = tmp_path / "e.txt"
    empty.write_text("", encoding="utf-8")
    (tmp_path / "e.ann").write_text("", encoding="utf-8")
    code, err = run(capsys, "--db", db, "import", "--format", "brat", str(empty))
    assert code == 2 and err.startswith(f"{empty}:1:")


def test_f07_a_file_changing_while_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.formats import foreign
    from annotator.model.errors import InputError

    path = tmp_path / "growing.txt"
    path.write_text(TEXT, encoding="utf-8")
    real_fstat = os.fstat

    def fstat(fd: int) -> os.stat_result:  # another program appends while we read
        st = real_fstat(fd)
        fields = list(st)
        fields[6] = st.st_size + 10
        return os.stat_result(fields)

    monkeypatch.setattr(foreign.os, "fstat", fstat)
    with pytest.raises(InputError, match="changed during its import"):
        foreign.read_bytes(path)


@pytest.mark.parametrize("change", ["append", "rewrite same size", "replace"])
def test_f07_a_txt_changed_between_its_read_and_the_commit_is_refused(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    change: str,
) -> None:
    """A writer that pauses longer than the read and then goes on: the read itself sees
    a stable file, so the import checks every file again just before it commits."""
    from annotator.cli.commands import data
    from annotator.formats.watch import CHANGED
    from tests.reliability.conftest import dump, make_database

    db = tmp_path / "n.sqlite3"
    make_database(db)
    before = dump(db)
    first, growing = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(TEXT, encoding="utf-8")
    growing.write_text(TEXT, encoding="utf-8")
    real = data.iter_records

    def records_then_write(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        yield from real(*args, **kwargs)  # type: ignore[arg-type]
        # every record was read; the writer resumes before the commit
        if change == "append":
            with growing.open("a", encoding="utf-8") as handle:
                handle.write(" আরও লেখা")
        elif change == "rewrite same size":
            st = growing.stat()
            growing.write_bytes(growing.read_bytes()[::-1])
            os.utime(growing, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
        else:
            fresh = tmp_path / "b.new"
            fresh.write_text(TEXT, encoding="utf-8")
            os.replace(fresh, growing)

    monkeypatch.setattr(data, "iter_records", records_then_write)
    code, err = run(capsys, "--db", str(db), "import", str(first), str(growing))
    assert code == 2
    assert err.strip() == f"{growing}:0: {CHANGED}"
    assert dump(db) == before  # all or nothing: a.txt is not imported either


def test_f07_a_sentence_on_one_conll_line_is_refused_not_truncated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "n.sqlite3")
    one_line = tmp_path / "line.conll"
    one_line.write_text("আমি O\n" + " ".join(["ভাত"] * 1_000_000) + " O\n", encoding="utf-8")
    code, err = run(capsys, "--db", db, "import", "--format", "conll", str(one_line))
    assert code == 2 and f"{one_line}:2: the line has 1,000,001 columns" in err
    monkeypatch.setenv("ANNOTATOR_MAX_TOKENS_PER_LINE", "3")
    long_sentence = tmp_path / "long.conll"
    long_sentence.write_text("আমি O\n" * 5, encoding="utf-8")
    code, err = run(capsys, "--db", db, "import", "--format", "conll", str(long_sentence))
    assert code == 2 and f"{long_sentence}:4: the sentence has more than 3 tokens" in err
    monkeypatch.setenv("ANNOTATOR_MAX_LINE_BYTES", "100")
    wide = tmp_path / "wide.jsonl"
    wide.write_text(json.dumps({"text": TEXT * 20}) + "\n", encoding="utf-8")
    code, err = run(capsys, "--db", db, "import", str(wide))
    assert code == 2 and f"{wide}:1: the line is" in err and "ANNOTATOR_MAX_LINE_BYTES" in err


def test_f20_a_giant_document_is_refused_before_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANNOTATOR_MAX_DOCUMENT_CHARS", "1000")
    db = str(tmp_path / "n.sqlite3")
    big = tmp_path / "big.txt"
    big.write_text("ক" * 5000, encoding="utf-8")  # 15,000 bytes: over 4 bytes a character
    code, err = run(capsys, "--db", db, "import", str(big))
    assert code == 2 and f"{big}:0: the file is 15,000 bytes" in err
    doc = tmp_path / "doc.jsonl"
    doc.write_text(json.dumps({"text": "ক" * 1001}) + "\n", encoding="utf-8")
    code, err = run(capsys, "--db", db, "import", str(doc))
    assert (
        code == 2 and f"{doc}:1: the document is 1,001 characters long; the limit is 1,000" in err
    )


def test_f19_label_studio_regions_with_one_id_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    region = {"value": {"start": 0, "end": 3, "labels": ["PER"]}, "type": "labels", "id": "r"}
    task = {"data": {"text": TEXT}, "annotations": [{"result": [region, dict(region)]}]}
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([task]), encoding="utf-8")
    db = str(tmp_path / "n.sqlite3")
    code, err = run(capsys, "--db", db, "import", "--format", "label-studio", str(path))
    assert code == 2 and "region id 'r' is used twice" in err
