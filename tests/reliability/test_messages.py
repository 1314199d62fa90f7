"""Wrong messages (issue 18, finding 19), the cases not covered in test_hostile_inputs.py,
test_damaged.py and test_wal.py: each says what the file is, naming the right file."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.app import main
from annotator.text.legacy import BIJOY_MESSAGE

TEXT = "আমি ভাত খাই।"
# Bijoy typed text saved by a Windows editor as ANSI (Windows-1252) bytes: "†" is 0x86.
BIJOY_ANSI = "Avwg evsjvq Mvb MvB †mvbvi evsjv".encode("cp1252")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err.strip()


@pytest.mark.parametrize(
    ("name", "fmt"), [("bj.txt", None), ("bj.txt", "brat"), ("bj.conll", "conll")]
)
def test_f19_bijoy_saved_as_ansi_bytes_gets_the_bijoy_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, fmt: str | None
) -> None:
    path = tmp_path / name
    path.write_bytes(BIJOY_ANSI)
    if fmt == "brat":
        path.with_suffix(".ann").write_text("", encoding="utf-8")
    argv = ["--format", fmt] if fmt else []
    code, err = run(capsys, "--db", str(tmp_path / "n.sqlite3"), "import", *argv, str(path))
    assert code == 2
    assert err == f"{path}:1: {BIJOY_MESSAGE} (the file is Windows-1252 bytes, not UTF-8)"


@pytest.mark.parametrize(
    ("encoding", "kind"),
    [
        ("utf-16", "UTF-16 (little-endian, with a byte-order mark)"),
        ("utf-32", "UTF-32 (little-endian, with a byte-order mark)"),
    ],
)
def test_f19_a_brat_txt_in_another_encoding_is_named_not_its_ann(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, kind: str
) -> None:
    txt = tmp_path / "b.txt"
    txt.write_text(TEXT, encoding=encoding)
    (tmp_path / "b.ann").write_text("T1\tPER 0 3\tআমি\n", encoding="utf-8")
    for target in (txt, tmp_path):  # the file itself, and its folder
        code, err = run(
            capsys, "--db", str(tmp_path / "n.sqlite3"), "import", "--format", "brat", str(target)
        )
        assert code == 2
        assert err == f"{txt}:1: the file is {kind}, not UTF-8; save it as UTF-8"


def test_f19_an_empty_read_only_database_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty file that cannot be made a database (a read-only one; tests run as root,
    so permissions cannot show it): named, not "no such table: documents"."""
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    monkeypatch.setattr("annotator.storage.engine.is_read_only_path", lambda _path: True)
    for argv in (["info"], ["stats"], ["export", "-o", str(tmp_path / "x.jsonl")]):
        code, err = run(capsys, "--db", str(empty), *argv)
        assert code == 2
        assert err == f"annotator: {empty} is an empty file, not an Annotator database", argv
    assert empty.stat().st_size == 0
