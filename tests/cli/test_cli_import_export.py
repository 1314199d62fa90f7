"""``annotator import`` / ``export`` end to end: clean data in, the same data out.

Inputs are the awkward files real users have: a BOM, Windows line ends, the
precomposed য়, an emoji before Bengali words, ZWJ inside র‍্যাব, and a
pre-annotated JSONL. Every exported span must equal ``text[start:end]``, sit on
cluster boundaries, and survive export -> import -> export byte for byte.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.text import ClusterIndex, text_sha256

ZWJ = "\u200d"
YA = "\u09df"  # precomposed য়

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """Call ``annotator ARGS`` in-process; returns (exit status, stdout, stderr)."""

    def call(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return call


PRE_TEXT = (
    "😀 উত্তর কোরিয়ার নেতা কিম জং উন বলেন, “আমরা রাশিয়ার পাশে আছি।” "
    "দক্ষিণ কোরিয়ার গোয়েন্দা সংস্থা বলছে, ১১ হাজার সৈন্য পাঠানো হয়েছে।"
)


def _span(key: str, text: str, part: str, label: str, **attrs: str) -> dict:
    start = text.index(part)
    return {"id": key, "start": start, "end": start + len(part), "label": label, "attrs": attrs}


def pre_annotated() -> dict:
    t = PRE_TEXT
    return {
        "id": "kim-quote",
        "text": t,
        "meta": {"title": "কিমের বার্তা", "source": "test"},
        "annotator": "rina",
        "status": "done",
        "spans": [
            _span("a", t, "উত্তর কোরিয়ার", "GPE"),
            _span("b", t, "কিম জং উন", "PER"),
            _span("c", t, "আমরা রাশিয়ার পাশে আছি।", "QUOTE", form="direct"),
            _span("d", t, "রাশিয়ার", "GPE"),
            _span("e", t, "দক্ষিণ কোরিয়ার গোয়েন্দা সংস্থা", "ORG"),
            _span(
                "f",
                t,
                "১১ হাজার সৈন্য পাঠানো হয়েছে",
                "CLAIM",
                checkworthy="yes",
                claim_type="numerical",
            ),
            _span("g", t, "১১ হাজার সৈন্য", "QUANTITY"),
        ],
        "relations": [
            {"id": "r1", "type": "speaker", "from": "c", "to": "b"},
            {"id": "r2", "type": "claimant", "from": "f", "to": "e"},
        ],
    }


def write_inputs(folder: Path) -> Path:
    """The awkward .txt files of a real folder, plus a pre-annotated JSONL."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bom.txt").write_bytes("\ufeffমস্কো ও পিয়ংইয়ং।\n".encode())
    (folder / "crlf.txt").write_bytes("প্রথম লাইন।\r\nদ্বিতীয় লাইন।\r\n".encode())
    (folder / "ya.txt").write_text(f"উত্তর কোরি{YA}ার নেতা কিম জং উন।\n", encoding="utf-8")
    (folder / "emoji.txt").write_text("😀🇧🇩 বাংলাদেশ দল জিতেছে।\n", encoding="utf-8")
    (folder / "rab.txt").write_text(f"র{ZWJ}্যাব সদস্যরা অভিযান চালায়।\n", encoding="utf-8")
    (folder / "notes.md").write_text("not a document", encoding="utf-8")
    pre = folder / "pre.jsonl"
    pre.write_text(json.dumps(pre_annotated(), ensure_ascii=False) + "\n", encoding="utf-8")
    return folder


def export_any(run: Run, db: Path, out: Path | None = None) -> bytes:
    if out is None:
        code, stdout, err = run("--db", str(db), "export", "-o", "-", "--status", "any")
        assert code == 0, err
        return stdout.encode("utf-8")
    code, _, err = run("--db", str(db), "export", "-o", str(out), "--status", "any")
    assert code == 0, err
    return out.read_bytes()


def check_export(data: bytes) -> list[dict]:
    records = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    for rec in records:
        text = rec["text"]
        assert unicodedata.is_normalized("NFC", text)
        assert "\r" not in text and not text.startswith("\ufeff") and YA not in text
        assert rec["text_sha256"] == text_sha256(text)
        assert rec["offset_unit"] == "codepoint"
        clusters = ClusterIndex(text)
        for span in rec["spans"]:
            assert span["text"] == text[span["start"] : span["end"]]
            assert clusters.is_boundary(span["start"]) and clusters.is_boundary(span["end"])
        keys = {s["id"] for s in rec["spans"]}
        for rel in rec["relations"]:
            assert rel["from"] in keys and rel["to"] in keys
    return records


def test_folder_and_jsonl_round_trip(run: Run, tmp_path: Path) -> None:
    folder = write_inputs(tmp_path / "in")
    db = tmp_path / "a.sqlite3"
    code, out, err = run("--db", str(db), "import", str(folder), "--project", "News")
    assert code == 0, err
    assert "imported 6 documents" in out and "7 spans" in out and "2 relations" in out

    first = export_any(run, db, tmp_path / "out1" / "export.jsonl")
    records = check_export(first)
    assert len(records) == 6
    by_id = {r["id"]: r for r in records}
    assert by_id["bom"]["text"] == "মস্কো ও পিয়ংইয়ং।\n"
    assert by_id["crlf"]["text"] == "প্রথম লাইন।\nদ্বিতীয় লাইন।\n"
    assert "\u09af\u09bc" in by_id["ya"]["text"]
    assert by_id["rab"]["text"].startswith(f"র{ZWJ}্যাব")
    assert by_id["emoji"]["meta"] == {"title": "emoji", "source": "emoji.txt"}
    pre = by_id["kim-quote"]
    assert pre["annotator"] == "rina" and pre["status"] == "done"
    assert [s["text"] for s in pre["spans"]][:2] == ["উত্তর কোরিয়ার", "কিম জং উন"]
    assert {(r["type"]) for r in pre["relations"]} == {"speaker", "claimant"}
    quote = next(s for s in pre["spans"] if s["label"] == "QUOTE")
    assert quote["attrs"] == {"form": "direct"} and quote["kind"] == "quote"
    # The emoji before the words did not shift any offset.
    kim = next(s for s in pre["spans"] if s["label"] == "PER")
    assert kim["start"] == PRE_TEXT.index("কিম")

    # export -> import into a fresh database -> export: byte for byte.
    db2 = tmp_path / "b.sqlite3"
    code, _, err = run(
        "--db", str(db2), "import", str(tmp_path / "out1" / "export.jsonl"), "--project", "News"
    )
    assert code == 0, err
    second = export_any(run, db2, tmp_path / "out2" / "export.jsonl")
    assert second == first

    # Default export is done layers only.
    code, stdout, _ = run("--db", str(db2), "export", "-o", "-")
    assert code == 0
    assert [json.loads(line)["id"] for line in stdout.splitlines()] == ["kim-quote"]


def test_identical_texts_are_skipped_and_counted(run: Run, tmp_path: Path) -> None:
    folder = write_inputs(tmp_path / "in")
    db = tmp_path / "dup.sqlite3"
    assert run("--db", str(db), "import", str(folder))[0] == 0
    before = export_any(run, db)
    code, out, _ = run("--db", str(db), "import", str(folder))
    assert code == 0
    assert "imported 0 documents" in out and "(6 already present)" in out
    assert "7 spans already present" in out
    assert export_any(run, db) == before


def test_stdin(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "stdin.sqlite3"
    line = json.dumps(pre_annotated(), ensure_ascii=False) + "\n"
    code, out, err = run("--db", str(db), "import", "-", stdin=line)
    assert code == 0, err
    assert "imported 1 documents" in out
    records = check_export(export_any(run, db))
    assert len(records[0]["spans"]) == 7


def test_stdin_error_names_stdin(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "stdin-bad.sqlite3"
    code, _, err = run("--db", str(db), "import", "-", stdin='{"text": "ক"}\n{oops\n')
    assert code == 2
    assert err.startswith("<stdin>:2: malformed JSON")


def test_normalize_remaps_spans(run: Run, tmp_path: Path) -> None:
    raw = f"\ufeffউত্তর কোরি{YA}ার নেতা\r\nকিম জং উন।"
    kim = raw.index("কিম")
    rec = {
        "id": "n",
        "text": raw,
        "annotator": "a",
        "status": "done",
        "spans": [{"id": "s", "start": kim, "end": kim + 9, "label": "PER"}],
    }
    path = tmp_path / "raw.jsonl"
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "norm.sqlite3"
    code, _, err = run("--db", str(db), "import", str(path))
    assert code == 2
    assert err.strip().startswith(f"{path}:1: the text is not normalized")
    assert "--normalize" in err
    code, _, err = run("--db", str(db), "import", "--normalize", str(path))
    assert code == 0, err
    (record,) = check_export(export_any(run, db))
    assert record["spans"][0]["text"] == "কিম জং উন"
    assert record["spans"][0]["start"] == kim - 1  # -1 BOM, +1 for য়, -1 CRLF
    assert record["text"] == "উত্তর কোরি\u09af\u09bcার নেতা\nকিম জং উন।"


def test_normalize_cannot_remap_a_span_inside_crlf(run: Run, tmp_path: Path) -> None:
    raw = "কিম জং উন\r\nবলেন।"
    cr = raw.index("\r")
    good = {"text": "অন্য একটি লেখা।"}
    bad = {
        "text": raw,
        "annotator": "a",
        "spans": [{"id": "s", "start": 0, "end": cr + 1, "label": "PER"}],
    }
    path = tmp_path / "crlf.jsonl"
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in (good, bad)) + "\n", encoding="utf-8"
    )
    db = tmp_path / "crlf.sqlite3"
    code, _, err = run("--db", str(db), "import", "--normalize", str(path))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{path}:2: span s")
    assert "cannot be carried through normalization" in lines[0]


def test_info_stats_and_version(run: Run, tmp_path: Path) -> None:
    folder = write_inputs(tmp_path / "in")
    db = tmp_path / "info.sqlite3"
    run("--db", str(db), "import", str(folder), "--project", "News")
    code, out, _ = run("--db", str(db), "info")
    assert code == 0
    assert str(db) in out
    assert "revision:" in out and "documents:  6" in out
    code, out, _ = run("--db", str(db), "stats")
    assert code == 0
    assert "News: 6 documents, 2 relations" in out
    assert "rina: done 1" in out
    assert "PER" in out
    code, out, _ = run("--version")
    from annotator import __version__

    assert code == 0 and out.strip() == f"annotator {__version__}"


def test_info_never_prints_a_password(run: Run) -> None:
    code, out, err = run("--db", "postgresql+psycopg://u:secret@localhost:1/x", "info")
    assert "secret" not in out + err
    if code != 0:  # no server here: the message still names the database, password hidden
        assert code == 2
        assert "u:***@localhost" in err
        assert len(err.strip().splitlines()) == 1


def test_first_run_of_the_default_database_creates_demo(run: Run) -> None:
    code, out, err = run("info")
    assert code == 0, err
    assert "Demo" in out
    from annotator.storage import default_database_path

    assert str(default_database_path()) in out
    assert default_database_path().exists()


@pytest.mark.slow
def test_console_script_in_a_real_process(tmp_path: Path) -> None:
    exe = shutil.which("annotator", path=str(Path(sys.executable).parent))
    assert exe, "the annotator console script is installed next to the interpreter"
    folder = write_inputs(tmp_path / "in")
    db = tmp_path / "proc.sqlite3"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg"), "ANNOTATOR_USER": "proc"}
    env.pop("ANNOTATOR_DB", None)

    def call(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [exe, "--db", str(db), *args], capture_output=True, env=env, timeout=120, check=False
        )

    done = call("import", str(folder))
    assert done.returncode == 0, done.stderr
    assert b"imported 6 documents" in done.stdout
    done = call("export", "-o", "-", "--status", "any")
    assert done.returncode == 0, done.stderr
    assert len(check_export(done.stdout)) == 6
    (tmp_path / "in" / "bad.txt").write_bytes(b"ok\n\xc3\x28")
    done = call("import", str(tmp_path / "in" / "bad.txt"))
    assert done.returncode == 2
    assert done.stderr.decode().strip() == (
        f"{tmp_path / 'in' / 'bad.txt'}:2: invalid UTF-8 at byte offset 3"
    )


def test_default_database_import_then_export_uses_the_users_project(
    run: Run, tmp_path: Path
) -> None:
    """The first run adds the Demo; a plain import and export then both mean the user's own
    project, not the Demo."""
    (tmp_path / "mine.txt").write_text("আমার নিজের লেখা।", encoding="utf-8")
    code, out, err = run("import", str(tmp_path / "mine.txt"))
    assert code == 0, err
    assert "into 'Default'" in out
    code, out, err = run("export", "-o", "-", "--status", "any")
    assert code == 0, err
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["mine"]
    assert "'Default'" in err


def test_demo_seed_round_trips_byte_for_byte(run: Run, tmp_path: Path) -> None:
    from annotator.resources import seed_path

    seed = seed_path("kim-putin-letter.spans.jsonl")
    db1, db2 = tmp_path / "s1.sqlite3", tmp_path / "s2.sqlite3"
    assert run("--db", str(db1), "import", str(seed), "--project", "Seed")[0] == 0
    first = export_any(run, db1, tmp_path / "e1" / "seed.jsonl")
    (record,) = check_export(first)
    assert len(record["spans"]) == len(json.loads(seed.read_text(encoding="utf-8"))["spans"])
    assert run("--db", str(db2), "import", str(tmp_path / "e1" / "seed.jsonl"))[0] == 0
    assert export_any(run, db2, tmp_path / "e2" / "seed.jsonl") == first


def test_escaped_surrogate_pair_is_one_emoji(run: Run, tmp_path: Path) -> None:
    """JSON written with ensure_ascii escapes an emoji as a UTF-16 pair: that is fine."""
    path = tmp_path / "ascii.jsonl"
    text = "😀 কিম জং উন"
    rec = {
        "id": "e",
        "text": text,
        "annotator": "a",
        "status": "done",
        "spans": [{"id": "s", "start": 2, "end": 11, "label": "PER"}],
    }
    path.write_text(json.dumps(rec, ensure_ascii=True) + "\n", encoding="ascii")
    assert "\\ud83d\\ude00" in path.read_text(encoding="ascii")
    db = tmp_path / "ascii.sqlite3"
    code, _, err = run("--db", str(db), "import", str(path))
    assert code == 0, err
    (record,) = check_export(export_any(run, db))
    assert record["text"] == text and record["spans"][0]["text"] == "কিম জং উন"


def test_newer_database_is_refused_with_one_line(run: Run, tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "future.sqlite3"
    assert run("--db", str(db), "info")[0] == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    con.commit()
    con.close()
    code, out, err = run("--db", str(db), "info")
    assert code == 2 and out == ""
    (line,) = err.strip().splitlines()
    assert "newer Annotator" in line and "ffff_future" in line


def test_line_separators_inside_texts_survive(run: Run, tmp_path: Path) -> None:
    """U+2028, U+2029 and U+0085 are written raw inside JSON strings; reading must not
    treat them as line ends."""
    (tmp_path / "seps.txt").write_text("এক\u2028দুই\u2029তিন\x85চার\n", encoding="utf-8")
    db1, db2 = tmp_path / "l1.sqlite3", tmp_path / "l2.sqlite3"
    assert run("--db", str(db1), "import", str(tmp_path / "seps.txt"))[0] == 0
    first = export_any(run, db1, tmp_path / "x1" / "seps.jsonl")
    assert "\u2028".encode() in first
    code, _, err = run("--db", str(db2), "import", str(tmp_path / "x1" / "seps.jsonl"))
    assert code == 0, err
    assert export_any(run, db2, tmp_path / "x2" / "seps.jsonl") == first


def test_stdin_bytes_are_decoded_strictly(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Standard input is read as UTF-8 bytes whatever the locale, BOM and all."""
    db = tmp_path / "bytes.sqlite3"
    good = '\ufeff{"id": "b", "text": "বিওএম সহ"}\n'.encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(good), encoding="latin-1"))
    code, out, err = run("--db", str(db), "import", "-")
    assert code == 0, err
    assert "imported 1 documents" in out
    bad = b'{"text": "ok"}\n{"text": "\xff"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(bad), encoding="utf-8"))
    code, _, err = run("--db", str(db), "import", "-")
    assert code == 2
    assert err.strip() == "<stdin>:2: invalid UTF-8 at byte offset 25"


def test_annotator_db_environment_variable(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("ANNOTATOR_DB", str(db))
    (tmp_path / "env.txt").write_text("পরিবেশ থেকে।", encoding="utf-8")
    code, _, err = run("import", str(tmp_path / "env.txt"))
    assert code == 0, err
    code, out, _ = run("info")
    assert code == 0
    assert f"sqlite:///{db}" in out and "documents:  1" in out
    assert "Demo" not in out  # only the default database gets the Demo


def test_info_and_stats_as_json(run: Run, tmp_path: Path) -> None:
    from annotator.storage.migrate import head_revision

    folder = write_inputs(tmp_path / "in")
    db = tmp_path / "json.sqlite3"
    run("--db", str(db), "import", str(folder), "--project", "News")
    code, out, _ = run("--db", str(db), "info", "--json")
    assert code == 0
    info = json.loads(out)
    assert info["revision"] == info["head"] == head_revision()
    assert (info["documents"], info["spans"], info["relations"]) == (6, 7, 2)
    assert info["projects_list"] == ["News"]
    code, out, _ = run("--db", str(db), "stats", "--project", "News", "--json")
    assert code == 0
    stats = json.loads(out)["News"]
    assert stats["documents"] == 6 and stats["relations"] == 2
    assert stats["status"] == {"rina": {"done": 1}}
    assert stats["spans"] == {"CLAIM": 1, "GPE": 2, "ORG": 1, "PER": 1, "QUANTITY": 1, "QUOTE": 1}


def test_export_without_project_stops_and_lists_them_when_there_are_several(
    run: Run, tmp_path: Path
) -> None:
    db = tmp_path / "two.sqlite3"
    for project in ("News", "Sport"):
        (tmp_path / f"{project}.txt").write_text("আমার লেখা।", encoding="utf-8")
        code, _, err = run(
            "--db", str(db), "import", str(tmp_path / f"{project}.txt"), "--project", project
        )
        assert code == 0, err
    code, out, err = run("--db", str(db), "export", "-o", "-", "--status", "any")
    assert (code, out) == (2, "")
    assert err.strip() == (
        "annotator: this database has 2 projects (News, Sport); choose one with --project NAME"
    )
