"""The document totals the list shows at once stay true through import, delete, a move
between projects and an upgrade from a file without them; ``db check`` notices a wrong one."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import delete, func, select, update

from annotator.model import DocumentRecord, Status
from annotator.service import Workspace, import_records
from annotator.service.document_list import ListQuery, size
from annotator.service.maintenance import check_database
from annotator.service.search import rebuild_search_index
from annotator.storage.document_list import project_total
from annotator.storage.orm import DocumentRow, ProjectTotalRow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _records(prefix: str, n: int) -> list[DocumentRecord]:
    return [DocumentRecord(text=f"খবর {i}। বৃষ্টি।", external_id=f"{prefix}{i}") for i in range(n)]


def _kept_and_counted(ws: Workspace) -> dict[int, tuple[int, int]]:
    with ws.db.reading() as s:
        per_project = select(DocumentRow.project_id, func.count()).group_by(DocumentRow.project_id)
        counted = {int(p): int(n) for p, n in s.execute(per_project)}
        return {p.id: (project_total(s, p.id), counted.get(p.id, 0)) for p in ws.projects()}


def test_totals_follow_import_delete_and_move(tmp_path: Path) -> None:
    with Workspace(str(tmp_path / "t.sqlite3")) as ws:
        import_records(ws, _records("a", 7), project="A")
        import_records(ws, _records("b", 3), project="B")
        a, b = ws.project("A").id, ws.project("B").id
        assert _kept_and_counted(ws) == {a: (7, 7), b: (3, 3)}
        with ws.db.writing() as s:
            s.execute(delete(DocumentRow).where(DocumentRow.external_id == "a0"))
            s.execute(
                update(DocumentRow)
                .where(DocumentRow.external_id.in_(["a1", "a2"]))
                .values(project_id=b)
            )
        assert _kept_and_counted(ws) == {a: (4, 4), b: (5, 5)}
        # the list's size comes from the totals (and the annotator's states by status)
        assert size(ws, ListQuery(b)).rows == 5
        assert size(ws, ListQuery(b, "asha", Status.NEW)).rows == 5
        assert size(ws, ListQuery(b, "asha", Status.DONE)).rows == 0
        assert check_database(ws.db).ok


def test_a_wrong_total_is_reported_and_refilled(tmp_path: Path) -> None:
    with Workspace(str(tmp_path / "t.sqlite3")) as ws:
        import_records(ws, _records("a", 4), project="A")
        with ws.db.writing() as s:
            s.execute(update(ProjectTotalRow).values(documents=99))
        problems = check_database(ws.db).problems
        assert any("document total kept for project" in p and "99" in p for p in problems)
        rebuild_search_index(ws.db)
        assert check_database(ws.db).ok
        assert _kept_and_counted(ws)[ws.project("A").id] == (4, 4)


def test_an_older_file_gets_its_totals_on_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0002.sqlite3", db)
    with Workspace(str(db)) as ws:
        totals = _kept_and_counted(ws)
        assert totals and all(kept == counted for kept, counted in totals.values())
        assert any(counted > 0 for _kept, counted in totals.values())
