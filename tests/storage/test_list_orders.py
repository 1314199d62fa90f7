"""Pages of the whole project ordered by status, last change or span count, read as the
annotator's states (or kept span counts) merged with the other documents, are the pages
of the key computed per document."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from annotator.model import DocumentRecord, Status
from annotator.service import Workspace, import_records
from annotator.service.document_list import ListQuery, _parts
from annotator.storage import document_list as store
from annotator.storage.orm import DocumentRow, DocumentStateRow


def work_on(ws: Workspace) -> None:
    """Two projects; asha has set statuses (one back to "new") and labeled some of A's
    documents; some import times are older than her changes, some newer."""
    for round_, name in enumerate(("A", "B", "A")):
        import_records(
            ws,
            [DocumentRecord(text=f"খবর {name}{n} {round_}") for n in range(12)],
            project=name,
        )
    a = ws.project("A").id
    docs = [int(d.id) for d in ws.list_documents(a, limit=100)]
    statuses = [Status.DONE, Status.SKIPPED, Status.IN_PROGRESS, Status.DONE, Status.NEW]
    for n, doc in enumerate(docs[2:20:3]):
        ws.set_status(doc, "asha", statuses[n % len(statuses)])
    ws.create_span(docs[7], "asha", "LOC", 0, 3)
    for doc in (docs[3], docs[11]):  # span counts with a tie, one layer back to 0
        ws.create_span(doc, "asha", "LOC", 0, 3)
        ws.create_span(doc, "asha", "LOC", 4, 5)
    gone = ws.create_span(docs[15], "asha", "LOC", 0, 3).span
    ws.delete_span(gone.id, "asha")
    base = datetime(2026, 1, 1)
    with ws.db.writing() as s:
        for n, doc in enumerate(docs):  # import times not in id order, some ties
            s.execute(
                update(DocumentRow)
                .where(DocumentRow.id == doc)
                .values(created=base + timedelta(days=(n * 7) % 5))
            )
        s.execute(
            update(DocumentStateRow)
            .where(DocumentStateRow.document_id == docs[5])
            .values(updated=base + timedelta(days=2))
        )


def check_orders(ws: Workspace) -> None:
    """Every page and row of project A in status and last-change order, both ways, for
    asha and for someone without states, against the list read from its start."""
    from annotator.service.document_list import build_positions, list_page, page_at, row_of

    project = ws.project("A").id
    build_positions(ws, ListQuery(project, sort="id"))
    build_positions(ws, ListQuery(project, sort="changed"))  # import-time checkpoints
    for sort in store.MERGED_KEYS:
        for descending in (False, True):
            for who in ("asha", "nobody"):
                query = ListQuery(project, who, sort=sort, descending=descending)
                every = list_page(ws, query, None, 100)
                assert len(every) == 24
                for row, summary in enumerate(every):
                    assert page_at(ws, query, row, 3) == every[row : row + 3], (sort, row)
                    assert row_of(ws, query, int(summary.id)) == row, (sort, row)
                with ws.db.reading() as s:
                    status, conditions, key, aid = _parts(s, query)
                    computed = store.list_page(
                        s, conditions, status, key, None, 100, aid, descending=descending
                    )
                assert computed == every


@pytest.fixture(scope="module")
def worked_on(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("orders") / "orders.sqlite3"
    with Workspace(str(path)) as ws:
        work_on(ws)
    return path


@pytest.mark.parametrize("sort", store.MERGED_KEYS)
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("who", ["asha", "nobody"])
def test_merged_pages_are_the_computed_pages(worked_on: Path, sort, descending, who) -> None:
    with Workspace(str(worked_on)) as ws:
        query = ListQuery(ws.project("A").id, who, sort=sort, descending=descending)
        with ws.db.reading() as s:
            status, conditions, key, aid = _parts(s, query)
            every = store.list_page(
                s, conditions, status, key, None, 100, aid, descending=descending
            )
            assert len(every) == 24

            def merged(anchor, limit, from_end=False):
                return store.merged_page(
                    s,
                    query.project_id,
                    aid,
                    sort,
                    status,
                    anchor,
                    limit,
                    descending=descending,
                    from_end=from_end,
                )

            assert merged(None, 100) == every
            assert merged(None, 5, from_end=True) == every[-5:]
            index = store.list_index(s, conditions, key, descending=descending, page_size=1)
            for row, anchor in enumerate(index.anchors):
                assert merged(anchor, 4) == every[row : row + 4], row


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("who", ["asha", "nobody"])
def test_rows_by_position_in_status_order(worked_on: Path, monkeypatch, descending, who) -> None:
    from annotator.service.document_list import build_positions, list_page, page_at, row_of
    from annotator.storage import list_positions

    monkeypatch.setattr(list_positions, "STRIDE", 3)
    with Workspace(str(worked_on)) as ws:
        project = ws.project("A").id
        build_positions(ws, ListQuery(project, sort="id"))
        query = ListQuery(project, who, sort="status", descending=descending)
        every = list_page(ws, query, None, 100)
        assert len(every) == 24
        if who == "asha":
            assert len({s.status for s in every}) == 4
        for row, summary in enumerate(every):
            assert page_at(ws, query, row, 3) == every[row : row + 3], row
            assert row_of(ws, query, int(summary.id)) == row, row
        assert page_at(ws, query, 24, 3) == []
        other = ws.project("B").id
        assert row_of(ws, query, int(list_page(ws, ListQuery(other), None, 1)[0].id)) == -1


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("who", ["asha", "nobody"])
def test_a_documents_row_in_last_change_order(worked_on: Path, descending, who) -> None:
    from annotator.service.document_list import list_page, row_of

    with Workspace(str(worked_on)) as ws:
        query = ListQuery(ws.project("A").id, who, sort="changed", descending=descending)
        every = list_page(ws, query, None, 100)
        assert len(every) == 24
        for row, summary in enumerate(every):
            assert row_of(ws, query, int(summary.id)) == row, row
        other = ws.project("B").id
        assert row_of(ws, query, int(list_page(ws, ListQuery(other), None, 1)[0].id)) == -1


def test_every_row_of_status_and_last_change_order(worked_on: Path) -> None:
    with Workspace(str(worked_on)) as ws:
        check_orders(ws)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("who", ["asha", "nobody"])
def test_rows_by_position_in_span_count_order(worked_on: Path, monkeypatch, descending, who):
    from annotator.service.document_list import build_positions, list_page, page_at, row_of
    from annotator.storage import list_positions

    monkeypatch.setattr(list_positions, "STRIDE", 3)
    with Workspace(str(worked_on)) as ws:
        project = ws.project("A").id
        build_positions(ws, ListQuery(project, sort="id"))
        query = ListQuery(project, who, sort="spans", descending=descending)
        every = list_page(ws, query, None, 100)
        assert len(every) == 24
        # The order is the spans counted per document (the shown column), then the id.
        keys = [(s.span_count, int(s.id)) for s in every]
        assert keys == sorted(keys, reverse=descending)
        if who == "asha":
            assert [n for n, _i in keys if n] == ([2, 2, 1] if descending else [1, 2, 2])
        for row, summary in enumerate(every):
            assert page_at(ws, query, row, 3) == every[row : row + 3], row
            assert row_of(ws, query, int(summary.id)) == row, row
        assert page_at(ws, query, 24, 3) == []
        other = ws.project("B").id
        assert row_of(ws, query, int(list_page(ws, ListQuery(other), None, 1)[0].id)) == -1
