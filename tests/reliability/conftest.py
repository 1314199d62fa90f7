"""Helpers for the reliability tests: a database with one Bengali document, raw reads."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.cli.main import main

SEED_TEXT = Path(__file__).resolve().parents[2] / "seeds" / "kim-putin-letter.bn.txt"
WORKER = Path(__file__).resolve().parent / "edit_worker.py"


def make_database(path: Path) -> int:
    """A database holding the seed article as plain text; returns its document id."""
    assert main(["--db", str(path), "import", "--project", "News", str(SEED_TEXT)]) == 0
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT id FROM documents").fetchone()[0])
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return ";".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def span_labels(path: Path) -> dict[tuple[int, str], str]:
    """``(span id, annotator) -> label`` of every span."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT spans.id, annotators.name, labels.name FROM spans"
            " JOIN labels ON labels.id = spans.label_id"
            " JOIN annotators ON annotators.id = spans.annotator_id"
        )
        return {(int(i), str(who)): str(name) for i, who, name in rows}
    finally:
        conn.close()


def worker_spans(path: Path) -> dict[str, str]:
    """``key -> label`` of the spans edit_worker.py made (the key is their ``canonical``).

    Span ids cannot name them: SQLite reuses the id of a deleted last row.
    """
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT json_extract(spans.attrs, '$.canonical'), labels.name FROM spans"
            " JOIN labels ON labels.id = spans.label_id"
            " WHERE json_extract(spans.attrs, '$.canonical') LIKE '%:%'"
        )
        return {str(key): str(name) for key, name in rows}
    finally:
        conn.close()


def dump(path: Path) -> str:
    """Every row of every table, for "the database is unchanged" checks."""
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def corrupt_table_page(path: Path, table: str) -> None:
    """Scribble over the root b-tree page of ``table``, as a bad disk sector would."""
    conn = sqlite3.connect(path)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
        page = int(root.fetchone()[0])
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(b"\x0d\xff\xff\x00\x07" + b"\xa5" * 200)


@pytest.fixture
def news_db(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "news.sqlite3"
    return path, make_database(path)
