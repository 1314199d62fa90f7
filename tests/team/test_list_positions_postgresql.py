"""The list checkpoints on PostgreSQL: the statement triggers of migration 0010 keep rows
by position right through import, delete, retitle and a move between projects."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, update

from annotator.service import Workspace, import_records
from annotator.service.maintenance import check_database
from annotator.storage import list_positions
from annotator.storage.orm import DocumentRow
from tests.storage.test_list_positions import (
    TITLES,
    _assert_rows_right,
    _build,
    _checkpoints,
    _records,
)


@pytest.fixture(autouse=True)
def small_stride(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(list_positions, "STRIDE", 3)


def test_rows_stay_right_on_postgresql(pg_url: str) -> None:
    with Workspace(pg_url) as ws:
        import_records(ws, _records("a", TITLES), project="A")
        import_records(ws, _records("b", TITLES[:4]), project="B")
        a, b = ws.project("A").id, ws.project("B").id
        for project in (a, b):
            _build(ws, project)
        assert _checkpoints(ws, a, "id") == [0, 3, 6]
        import_records(ws, _records("c", ["আকাশ", "ঝড়"]), project="A")
        assert _checkpoints(ws, a, "id") == [0, 3, 6]  # appended: nothing cut
        assert _checkpoints(ws, a, "title") == [0]  # আকাশ sorts first among these
        _assert_rows_right(ws, a)
        _build(ws, a)
        with ws.db.writing() as s:
            s.execute(delete(DocumentRow).where(DocumentRow.external_id == "a02"))
            s.execute(update(DocumentRow).where(DocumentRow.external_id == "a05").values(title="অ"))
            s.execute(
                update(DocumentRow).where(DocumentRow.external_id == "a01").values(project_id=b)
            )
        report = check_database(ws.db)
        assert report.ok, report.problems
        for project in (a, b):
            _assert_rows_right(ws, project)
            _build(ws, project)
            _assert_rows_right(ws, project)
        assert check_database(ws.db).ok


def test_status_and_last_change_orders_on_postgresql(pg_url: str) -> None:
    from tests.storage.test_list_orders import check_orders, work_on

    with Workspace(pg_url) as ws:
        work_on(ws)
        check_orders(ws)


def test_span_counts_are_kept_on_postgresql(pg_url: str) -> None:
    from tests.storage.test_span_totals import follow_every_write

    with Workspace(pg_url) as ws:
        follow_every_write(ws)
