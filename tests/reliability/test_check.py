"""``annotator db check`` and the window's quick check catch damaged data."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.service import Workspace
from annotator.service.maintenance import check_database, quick_check
from annotator.text import ClusterIndex
from tests.reliability.conftest import corrupt_table_page


@pytest.fixture
def annotated(news_db: tuple[Path, int]) -> Iterator[tuple[Path, dict[str, int]]]:
    """The seed article with a person, a quote and a speaker link."""
    db, doc_id = news_db
    with Workspace(db) as ws:
        text = ws.document(doc_id).text
        person = ws.create_span(doc_id, "asha", "PER", 0, 8).span
        quote = ws.create_span(doc_id, "asha", "QUOTE", 20, 42).span
        assert person is not None and quote is not None
        rel = ws.create_relation("speaker", quote.id, person.id, "asha").relation
        assert rel is not None
    yield (
        db,
        {"doc": doc_id, "person": person.id, "quote": quote.id, "rel": rel.id, "length": len(text)},
    )


def sql(db: Path, statement: str, *params: object) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.execute(statement, params)
        conn.commit()
    finally:
        conn.close()


def check(db: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["--db", str(db), "db", "check"])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def test_a_sound_database_passes(
    annotated: tuple[Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = annotated
    status, out = check(db, capsys)
    assert status == 0, out
    assert "1 documents, 2 spans, 1 relations" in out
    assert "result:   ok" in out
    with Workspace(db) as ws:
        assert quick_check(ws) == []


def test_a_span_that_splits_a_cluster_is_reported(
    annotated: tuple[Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, ids = annotated
    with Workspace(db) as ws:
        clusters = ClusterIndex(ws.document(ids["doc"]).text)
    inside = next(i for i in range(1, 40) if not clusters.is_boundary(i))
    sql(db, "UPDATE spans SET end_offset = ? WHERE id = ?", inside, ids["person"])
    status, out = check(db, capsys)
    assert status == 2
    assert f"span {ids['person']} (asha, PER 0-{inside}): span 0-{inside} splits a grapheme" in out
    assert "1 problem found" in out


def test_a_hand_edited_text_is_reported(
    annotated: tuple[Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, ids = annotated
    sql(db, "UPDATE documents SET text = replace(text, 'পুতিন', 'পুটিন') WHERE id = ?", ids["doc"])
    status, out = check(db, capsys)
    assert status == 2
    assert "does not match its stored text_sha256" in out


def test_spans_outside_the_text_are_caught_by_the_quick_check(
    annotated: tuple[Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, ids = annotated
    sql(
        db,
        "UPDATE spans SET start_offset = ?, end_offset = ? WHERE id = ?",
        ids["length"] - 2,
        ids["length"] + 5,
        ids["quote"],
    )
    with Workspace(db) as ws:
        problems = quick_check(ws)
    assert len(problems) == 1 and "is not inside its text" in problems[0], problems
    status, out = check(db, capsys)
    assert status == 2 and "is not inside its text" in out


def test_relations_with_bad_ends_are_reported(
    annotated: tuple[Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, ids = annotated
    # The speaker link now starts at a person: the schema allows QUOTE -> PER only.
    sql(
        db,
        "UPDATE relations SET from_span_id = ?, to_span_id = ? WHERE id = ?",
        ids["person"],
        ids["person"],
        ids["rel"],
    )
    status, out = check(db, capsys)
    assert status == 2
    assert f"relation {ids['rel']}: relation speaker goes from QUOTE" in out
    # An end in another document.
    with Workspace(db) as ws:
        other = ws.ensure_project("Other")
    sql(
        db,
        "INSERT INTO documents (project_id, external_id, title, source, meta, text,"
        " text_sha256, length, created) SELECT ?, 'x', '', '', '{}', text, text_sha256,"
        " length, created FROM documents WHERE id = ?",
        other.id,
        ids["doc"],
    )
    sql(
        db,
        "UPDATE spans SET document_id = (SELECT max(id) FROM documents) WHERE id = ?",
        ids["person"],
    )
    with Workspace(db) as ws:
        problems = quick_check(ws)
    assert any("not both in its document" in p for p in problems), problems
    assert any("label PER of another project" in p for p in problems), problems


def test_a_damaged_file_fails_the_integrity_check(
    annotated: tuple[Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = annotated
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    corrupt_table_page(db, "spans")
    status, out = check(db, capsys)
    assert status == 2
    assert "integrity_check" in out
    assert "Traceback" not in out


def test_a_missing_file_is_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = check(tmp_path / "nothing.sqlite3", capsys)
    assert status == 2 and "does not exist" in out
    assert not (tmp_path / "nothing.sqlite3").exists()


def test_check_database_counts_what_it_read(annotated: tuple[Path, dict[str, int]]) -> None:
    db, _ = annotated
    with Workspace(db) as ws:
        report = check_database(ws.db)
    assert report.ok and report.checked == {"documents": 1, "spans": 2, "relations": 1}
