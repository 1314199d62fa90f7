"""Token offsets stored at import (migration 0013) give the very exports that tokenizing
at export time gave, and ``db check`` notices stored offsets that do not.

The token formats (hf, CoNLL, Prodigy, spaCy) read ``documents.tokens`` when it was
computed by the current tokenizer; a NULL column (a database from before 0013) or one
of another tokenizer is tokenized as before. The texts are hostile on purpose: ZWJ and
ZWNJ inside words, emoji with skin tones, ZWJ sequences and flags, combining marks after
a space and a digit, and decomposed vowel signs that the import normalizes.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.text.tokenizer import (
    TOKENS_STAMP,
    pack_token_spans,
    token_spans,
    unpack_token_spans,
)

Cli = Callable[..., int]

TEXTS = [
    # ZWJ (র‍্যাব) and ZWNJ (কোর্\u200cট) inside words, a family emoji, a flag.
    "র\u200d্যাব জানায়, কোর্\u200cট চত্বরে 👨\u200d👩\u200d👧 ভিড় 🇧🇩 ছিল।",
    # Skin tone modifier after a letter, marks after a space and after a digit.
    "কিম👍🏽 বলেন ু আজ ৫ু সভা? “হ্যাঁ!” মস্কো চুপ।\nনতুন লাইন ।",
    # Decomposed vowel signs (ে + া, ে + ৗ) and য় as য + nukta: NFC at import.
    unicodedata.normalize("NFD", "কোরিয়ার নেতা কৌশল বদলান। ঢাকায় ১,০০০ জন।"),
]
SURFACES = ["জানায়", "কিম", "বলেন", "নেতা", "ঢাকা"]
FORMATS = {
    "hf": ["--format", "hf"],
    "conll": ["--format", "conll"],
    "prodigy": ["--format", "prodigy", "--kind", "entity,quote"],
    "hf-label": ["--format", "hf", "--label", "PER"],  # the model (Span) path
}


def _records() -> list[dict[str, object]]:
    records = []
    for n, raw in enumerate(TEXTS):
        spans = []  # offsets into the raw text: the import remaps them as it normalizes
        for k, word in enumerate(SURFACES):
            at = raw.find(word)
            if at != -1:
                label = "PER" if word in ("কিম", "নেতা") else "GPE"
                spans.append({"id": f"s{k}", "start": at, "end": at + len(word), "label": label})
        records.append(
            {"id": f"doc-{n}", "text": raw, "annotator": "asha", "status": "done", "spans": spans}
        )
    return records


@pytest.fixture
def hostile_db(db_path: Path, cli: Cli, tmp_path: Path) -> Path:
    source = tmp_path / "hostile.jsonl"
    source.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records()), encoding="utf-8"
    )
    assert cli("import", "--project", "News", "--normalize", str(source)) == 0
    return db_path


def _exports(cli: Cli, out: Path) -> dict[str, bytes]:
    out.mkdir()
    got = {}
    for name, args in FORMATS.items():
        target = out / f"{name}.txt"
        assert cli("export", "--project", "News", "-o", str(target), *args) == 0
        got[name] = target.read_bytes()
    return got


def _set(db: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(sql, params)
    conn.close()


def test_import_stores_the_tokenizers_offsets(hostile_db: Path) -> None:
    conn = sqlite3.connect(hostile_db)
    rows = conn.execute("SELECT text, tokens, tokens_version FROM documents").fetchall()
    conn.close()
    assert len(rows) == len(TEXTS)
    assert any(text != raw for (text, _t, _v), raw in zip(rows, TEXTS, strict=True))
    for text, tokens, version in rows:
        assert version == TOKENS_STAMP
        assert unpack_token_spans(tokens) == token_spans(text)
        assert pack_token_spans(token_spans(text)) == tokens


def test_stored_and_computed_tokens_export_the_same_bytes(
    hostile_db: Path, cli: Cli, tmp_path: Path
) -> None:
    stored = _exports(cli, tmp_path / "stored")
    assert all(stored.values())
    # A database from before migration 0013: nothing stored, tokenized at export.
    _set(hostile_db, "UPDATE documents SET tokens = NULL, tokens_version = NULL")
    assert _exports(cli, tmp_path / "null") == stored
    # Offsets of another tokenizer (even wrong ones) are not used.
    wrong = pack_token_spans([(0, 1), (1, 2)])
    _set(hostile_db, "UPDATE documents SET tokens = ?, tokens_version = 'other/0'", wrong)
    assert _exports(cli, tmp_path / "other") == stored
    # The same offsets under the current tokenizer's name are read (so the exports
    # above did read the stored ones).
    _set(hostile_db, "UPDATE documents SET tokens_version = ?", TOKENS_STAMP)
    misread = _exports(cli, tmp_path / "misread")
    assert all(misread[name] != stored[name] for name in FORMATS)


def test_db_check_finds_wrong_stored_tokens_and_rebuild_refills_them(
    hostile_db: Path, cli: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli("db", "check") == 0
    wrong = pack_token_spans([(0, 1), (1, 2)])
    _set(hostile_db, "UPDATE documents SET tokens = ? WHERE external_id = 'doc-1'", wrong)
    _set(hostile_db, "UPDATE documents SET tokens = NULL WHERE external_id = 'doc-2'")
    capsys.readouterr()
    assert cli("db", "check") == 2
    out = capsys.readouterr().out
    assert "doc-1" in out and "stored token offsets" in out and "doc-2" not in out
    assert cli("db", "check", "--rebuild-search") == 0
    conn = sqlite3.connect(hostile_db)
    rows = conn.execute("SELECT text, tokens, tokens_version FROM documents").fetchall()
    conn.close()
    for text, tokens, version in rows:  # the wrong one and the missing one refilled
        assert version == TOKENS_STAMP and unpack_token_spans(tokens) == token_spans(text)


def test_a_migrated_database_tokenizes_until_rebuilt(tmp_path: Path) -> None:
    """Migration 0013 stores nothing (NULL: tokenized at export); ``--rebuild-search``
    fills the offsets, and the hf and CoNLL exports stay byte for byte the same."""
    from annotator.cli.main import main

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0012.sqlite3"
    db = tmp_path / "old.sqlite3"
    db.write_bytes(fixture.read_bytes())

    def export(name: str) -> list[bytes]:
        got = []
        for fmt in ("hf", "conll"):
            out = tmp_path / f"{name}.{fmt}"
            args = ["--db", str(db), "export", "--project", "Fixture", "--status", "any"]
            assert main([*args, "--format", fmt, "-o", str(out)]) == 0
            got.append(out.read_bytes())
        return got

    before = export("migrated")
    assert all(before)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM documents WHERE tokens IS NOT NULL").fetchone() == (
        0,
    )
    conn.close()
    assert main(["--db", str(db), "db", "check", "--rebuild-search"]) == 0
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT text, tokens, tokens_version FROM documents").fetchall()
    conn.close()
    assert rows and all(
        v == TOKENS_STAMP and unpack_token_spans(t) == token_spans(x) for x, t, v in rows
    )
    assert export("rebuilt") == before
