"""Rows of the document list found from the list checkpoints stay the right rows through
import, delete, retitle, a move between projects, status changes, span edits, undo and
an upgrade; ``db check`` notices a wrong checkpoint and ``--rebuild-search`` rebuilds it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, update

from annotator.model import DocumentRecord, Status
from annotator.service import Workspace, import_records
from annotator.service.document_list import (
    ListQuery,
    build_positions,
    list_page,
    page_at,
    positions_missing,
    row_of,
)
from annotator.service.maintenance import check_database
from annotator.service.search import rebuild_search_index
from annotator.storage import list_positions
from annotator.storage.orm import DocumentRow, ListCheckpointRow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
STRIDE = 3  # small, so a few documents have several checkpoints


@pytest.fixture(autouse=True)
def small_stride(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(list_positions, "STRIDE", STRIDE)


def _records(prefix: str, titles: list[str]) -> list[DocumentRecord]:
    return [
        DocumentRecord(text=f"খবর {prefix}{i}। বৃষ্টি।", external_id=f"{prefix}{i:02d}", title=t)
        for i, t in enumerate(titles)
    ]


TITLES = ["বাজেট", "আবহাওয়া", "নির্বাচন", "খেলা", "অর্থনীতি", "শিক্ষা", "বাজেট", "স্বাস্থ্য"]


def _checkpoints(ws: Workspace, project_id: int, sort: str) -> list[int]:
    with ws.db.reading() as s:
        return list(
            s.scalars(
                select(ListCheckpointRow.position)
                .where(ListCheckpointRow.project_id == project_id, ListCheckpointRow.sort == sort)
                .order_by(ListCheckpointRow.position)
            )
        )


def _assert_rows_right(ws: Workspace, project_id: int) -> None:
    """Every row of the project's list in both checkpointed orders, both directions:
    the page at a position and the position of a document agree with the list read
    from its start."""
    for sort in ("id", "title"):
        for descending in (False, True):
            query = ListQuery(project_id, "asha", sort=sort, descending=descending)
            every = list_page(ws, query, None, 1000)
            for row, summary in enumerate(every):
                assert page_at(ws, query, row, 2) == every[row : row + 2], (sort, descending, row)
                assert row_of(ws, query, int(summary.id)) == row, (sort, descending, row)
            assert page_at(ws, query, len(every), 2) == []
    _assert_import_times_right(ws, project_id)


def _build(ws: Workspace, project_id: int) -> None:
    for sort in ("id", "title", "changed"):  # "changed": the import-time checkpoints
        build_positions(ws, ListQuery(project_id, sort=sort))
    assert not positions_missing(ws, ListQuery(project_id, sort="changed"))


def _assert_import_times_right(ws: Workspace, project_id: int) -> None:
    """Every position in import-time order (the checkpoints' third order) against the
    documents sorted by (created, id)."""
    with ws.db.reading() as s:
        ordered = [
            (created, int(i))
            for created, i in s.execute(
                select(DocumentRow.created, DocumentRow.id)
                .where(DocumentRow.project_id == project_id)
                .order_by(DocumentRow.created, DocumentRow.id)
            )
        ]
        for row, (created, doc) in enumerate(ordered):
            assert list_positions.anchor_at(s, project_id, "created", row).anchor == (
                created,
                doc,
            )
            assert list_positions.row_of(s, project_id, "created", doc) == row
        assert list_positions.anchor_at(s, project_id, "created", len(ordered)).anchor is None


def _check_ok(ws: Workspace) -> None:
    report = check_database(ws.db)
    assert report.ok, report.problems


def test_rows_are_right_through_import_delete_retitle_and_move(tmp_path: Path) -> None:
    with Workspace(str(tmp_path / "t.sqlite3")) as ws:
        import_records(ws, _records("a", TITLES), project="A")
        import_records(ws, _records("b", TITLES[:4]), project="B")  # A's ids: two ranges
        import_records(ws, _records("c", TITLES[::-1]), project="A")
        a, b = ws.project("A").id, ws.project("B").id
        for project in (a, b):
            _build(ws, project)
            assert not positions_missing(ws, ListQuery(project, sort="title"))
        assert _checkpoints(ws, a, "id") == [0, 3, 6, 9, 12, 15]
        _assert_rows_right(ws, a)
        _assert_rows_right(ws, b)
        _check_ok(ws)

        # An import appends ids: import order keeps every checkpoint, title order loses
        # the ones after the smallest new title; rows stay right before the build.
        import_records(ws, _records("d", ["আকাশ", "ঝড়"]), project="A")
        assert _checkpoints(ws, a, "id") == [0, 3, 6, 9, 12, 15]
        assert len(_checkpoints(ws, a, "title")) < 6
        _assert_rows_right(ws, a)
        _check_ok(ws)
        _build(ws, a)
        assert _checkpoints(ws, a, "title") == [0, 3, 6, 9, 12, 15]

        # Delete (a checkpoint's own document, and one before others), retitle, move.
        with ws.db.writing() as s:
            s.execute(delete(DocumentRow).where(DocumentRow.external_id.in_(["a03", "c05"])))
            s.execute(update(DocumentRow).where(DocumentRow.external_id == "a06").values(title="অ"))
            s.execute(
                update(DocumentRow)
                .where(DocumentRow.external_id.in_(["a01", "c00"]))
                .values(project_id=b)
            )
        _check_ok(ws)
        _assert_rows_right(ws, a)
        _assert_rows_right(ws, b)
        for project in (a, b):
            _build(ws, project)
        _check_ok(ws)
        _assert_rows_right(ws, a)
        _assert_rows_right(ws, b)


def test_edits_status_and_undo_leave_the_checkpoints_alone(tmp_path: Path) -> None:
    with Workspace(str(tmp_path / "t.sqlite3")) as ws:
        import_records(ws, _records("a", TITLES * 2), project="A")
        a = ws.project("A").id
        _build(ws, a)
        before = {sort: _checkpoints(ws, a, sort) for sort in list_positions.SORTS}
        doc = ws.document_by_external_id(a, "a04")
        made = ws.create_span(doc.id, "asha", "LOC", 0, 3)
        assert made.span is not None
        ws.set_status(doc.id, "asha", Status.DONE)
        ws.delete_span(made.span.id, "asha")
        # The window's undo of a delete creates the span again through the same service.
        assert ws.create_span(doc.id, "asha", "LOC", 0, 3).span is not None
        assert {sort: _checkpoints(ws, a, sort) for sort in list_positions.SORTS} == before
        _assert_rows_right(ws, a)
        _check_ok(ws)


def test_a_wrong_checkpoint_is_reported_and_rebuilt(tmp_path: Path) -> None:
    with Workspace(str(tmp_path / "t.sqlite3")) as ws:
        import_records(ws, _records("a", TITLES), project="A")
        a = ws.project("A").id
        _build(ws, a)
        with ws.db.writing() as s:
            s.execute(
                update(ListCheckpointRow)
                .where(ListCheckpointRow.sort == "title", ListCheckpointRow.position == 3)
                .values(position=4)
            )
        problems = check_database(ws.db).problems
        assert any("title order's list checkpoints" in p and "position 4" in p for p in problems)
        rebuild_search_index(ws.db)
        _check_ok(ws)
        assert _checkpoints(ws, a, "title") == [0, 3, 6]
        _assert_rows_right(ws, a)


def test_an_older_file_gets_its_checkpoints_on_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0002.sqlite3", db)
    with Workspace(str(db)) as ws:
        with ws.db.reading() as s:
            counted = s.scalar(select(func.count()).select_from(ListCheckpointRow))
        assert counted == 3 * len(ws.projects())  # position 0 of each order (1,000 apart)
        _check_ok(ws)
        for project in ws.projects():
            _assert_rows_right(ws, project.id)


@pytest.mark.parametrize("descending", [False, True])
def test_a_row_of_a_word_filter_with_two_projects(tmp_path: Path, descending: bool) -> None:
    with Workspace(str(tmp_path / "t.sqlite3")) as ws:
        import_records(ws, _records("a", TITLES), project="A")
        import_records(ws, _records("b", TITLES), project="B")  # the same words, interleaved
        import_records(ws, _records("c", TITLES), project="A")
        for name in ("A", "B"):
            query = ListQuery(ws.project(name).id, "asha", search="বৃষ্টি", descending=descending)
            every = list_page(ws, query, None, 100)
            assert len(every) == (16 if name == "A" else 8)
            for row in range(len(every) + 1):
                assert page_at(ws, query, row, 2) == every[row : row + 2], (name, row)
