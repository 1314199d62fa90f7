"""``annotator db copy``: SQLite -> PostgreSQL -> SQLite gives the same database."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from team_helpers import foundation_flow
from team_pg import PG_PASSWORD

from annotator.cli.main import main
from annotator.service import ServiceError, Workspace
from annotator.service.assignment import assign
from annotator.service.dbcopy import copy_database
from annotator.storage.orm import Base

TABLES = [
    "projects",
    "labels",
    "relation_types",
    "annotators",
    "documents",
    "referents",
    "spans",
    "relations",
    "document_states",
    "assignments",
    "history",
]


def _table_dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in primary key order (SQLite file)."""
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}
    finally:
        conn.close()


def _export(db: str, out: Path) -> bytes:
    assert main(["--db", db, "export", "--project", "Demo", "--status", "any", "-o", str(out)]) == 0
    return out.read_bytes()


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "source.sqlite3"
    foundation_flow(str(path), tmp_path / "first.jsonl")
    with Workspace(str(path)) as ws:
        assign(ws, "Demo", ["asha", "bina"], overlap=1.0, seed=1)
    return path


def test_sqlite_to_postgresql_and_back_is_identical(
    source: Path, pg_url: str, tmp_path: Path, capsys
) -> None:
    back = tmp_path / "back.sqlite3"
    assert main(["db", "copy", "--from", str(source), "--to", pg_url]) == 0
    out, err = capsys.readouterr()
    tables = len(Base.metadata.sorted_tables)  # every table, whoever adds one
    assert f"verified: row counts of {tables} tables, 1 text hashes" in out
    assert PG_PASSWORD not in out + err
    assert main(["db", "copy", "--from", pg_url, "--to", str(back)]) == 0
    capsys.readouterr()
    assert _table_dump(back) == _table_dump(source)
    exported = _export(str(source), tmp_path / "a.jsonl")
    assert _export(pg_url, tmp_path / "b.jsonl") == exported
    assert _export(str(back), tmp_path / "c.jsonl") == exported
    # The copy is a working database: new rows get fresh ids on PostgreSQL too.
    with Workspace(pg_url) as ws:
        doc = ws.list_documents(ws.project("Demo").id)[0].id
        ws.create_span(doc, "new", "PER", 0, 8)
        ws.ensure_project("Another")


def test_copy_refuses_a_non_empty_target_and_leaves_it_alone(
    source: Path, tmp_path: Path, capsys
) -> None:
    target = tmp_path / "target.sqlite3"
    assert main(["db", "copy", "--from", str(source), "--to", str(target)]) == 0
    before = _table_dump(target)
    assert main(["db", "copy", "--from", str(source), "--to", str(target)]) == 2
    assert "target.sqlite3 is not empty (table annotators has rows)" in capsys.readouterr().err
    assert _table_dump(target) == before


def test_copy_refuses_a_missing_source(tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="does not exist"):
        copy_database(str(tmp_path / "nope.sqlite3"), str(tmp_path / "t.sqlite3"))
    assert not (tmp_path / "t.sqlite3").exists()


def test_copy_detects_a_text_that_does_not_match_its_hash(source: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(source)
    conn.execute("UPDATE documents SET text = text || 'x'")
    conn.commit()
    conn.close()
    target = tmp_path / "t.sqlite3"
    with pytest.raises(ServiceError, match="does not match its sha256"):
        copy_database(str(source), str(target))
    info = json.loads(_info(str(target)))
    assert info["documents"] == 0  # rolled back: nothing half-copied


def _info(db: str) -> str:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["--db", db, "info", "--json"]) == 0
    return buffer.getvalue()
