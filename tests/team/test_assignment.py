"""``annotator assign``: every document to someone, a reproducible fraction to two."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pytest

from annotator.cli.main import main
from annotator.model import DocumentRecord
from annotator.service import ServiceError, import_records
from annotator.service.assignment import (
    assign,
    assigned_documents,
    assignments,
    plan_assignment,
)


def test_plan_gives_every_document_once_and_overlap_to_two() -> None:
    plan = plan_assignment(range(1, 101), ["a", "b", "c"], overlap=0.2, seed=7)
    assert sorted(plan) == list(range(1, 101))
    sizes = Counter(len(names) for names in plan.values())
    assert sizes == {1: 80, 2: 20}
    load = Counter(name for names in plan.values() for name in names)
    # 120 assignments over 3 annotators: 40 each.
    assert load == {"a": 40, "b": 40, "c": 40}
    # Every pair shares documents, so every pair's agreement can be measured.
    shared = Counter(tuple(sorted(n)) for n in plan.values() if len(n) == 2)
    assert set(shared) == set(combinations(["a", "b", "c"], 2))
    assert all(count in (6, 7) for count in shared.values())


def test_plan_is_reproducible_and_seed_dependent() -> None:
    first = plan_assignment(range(50), ["a", "b"], overlap=0.3, seed=1)
    assert plan_assignment(range(50), ["a", "b"], overlap=0.3, seed=1) == first
    assert plan_assignment(range(50), ["a", "b"], overlap=0.3, seed=2) != first


@pytest.mark.parametrize(
    ("names", "overlap", "message"),
    [
        ([], 0.2, "at least one"),
        (["a", "a"], 0.2, "named twice"),
        (["a", "b"], 1.5, "between"),
        (["a"], 0.2, "at least 2 annotators"),
    ],
)
def test_plan_refuses_bad_arguments(names: list[str], overlap: float, message: str) -> None:
    with pytest.raises(ServiceError, match=message):
        plan_assignment(range(10), names, overlap=overlap, seed=0)


def test_assign_stores_and_replaces_the_assignment(workspace) -> None:
    records = [DocumentRecord(text=f"লেখা {i}", external_id=f"d{i}") for i in range(10)]
    import_records(workspace, records, project="P")
    project = workspace.project("P")
    report = assign(workspace, "P", ["asha", "bina"], overlap=0.2, seed=3)
    assert (report.documents, report.overlapping) == (10, 2)
    assert report.per_annotator == {"asha": 6, "bina": 6}
    stored = assignments(workspace, project.id)
    assert len(stored) == 10
    assert sum(1 for names in stored.values() if names == ("asha", "bina")) == 2
    mine = assigned_documents(workspace, project.id, "asha")
    assert len(mine) == 6 and mine == sorted(mine)
    # Re-running replaces, never adds.
    assign(workspace, "P", ["asha", "bina", "chitra"], overlap=0.0, seed=3)
    stored = assignments(workspace, project.id)
    assert all(len(names) == 1 for names in stored.values())
    assert Counter(n[0] for n in stored.values()) == {"asha": 4, "bina": 3, "chitra": 3}


def test_assign_command(tmp_path, capsys) -> None:
    db = str(tmp_path / "t.sqlite3")
    folder = tmp_path / "texts"
    folder.mkdir()
    for i in range(5):
        (folder / f"{i}.txt").write_text(f"খবর {i}", encoding="utf-8")
    assert main(["--db", db, "import", "--project", "P", str(folder)]) == 0
    capsys.readouterr()
    assert (
        main(
            [
                "--db",
                db,
                "assign",
                "--project",
                "P",
                "--annotators",
                "a,b,c",
                "--overlap",
                "0.2",
                "--seed",
                "9",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "assigned 5 documents of 'P' (1 to two annotators)" in out
    assert (
        main(["--db", db, "assign", "--project", "P", "--annotators", "a", "--overlap", "0.2"]) == 2
    )
    assert "at least 2 annotators" in capsys.readouterr().err


def test_independent_annotation_hides_other_layers(workspace) -> None:
    from annotator.service.assignment import may_see, set_independent

    project = workspace.ensure_project("P")
    assert may_see(project, "asha", "bina")
    project = set_independent(workspace, "P", True)
    assert workspace.project("P").independent
    assert not may_see(project, "asha", "bina")
    assert may_see(project, "asha", "asha")
    assert not may_see(project, "asha", "gold")
    assert may_see(project, "gold", "bina")  # the curator sees everyone
    assert not set_independent(workspace, "P", False).independent


def test_assign_command_sets_independent_annotation(tmp_path, capsys) -> None:
    from annotator.service import Workspace

    db = str(tmp_path / "t.sqlite3")
    (tmp_path / "a.txt").write_text("খবর", encoding="utf-8")
    assert main(["--db", db, "import", "--project", "P", str(tmp_path / "a.txt")]) == 0
    assert (
        main(
            ["--db", db, "assign", "--project", "P", "--annotators", "a,b", "--independent", "yes"]
        )
        == 0
    )
    assert "independent annotation: yes" in capsys.readouterr().out
    with Workspace(db) as ws:
        assert ws.project("P").independent


def test_document_list_filters_assigned_documents_in_the_database(workspace) -> None:
    records = [DocumentRecord(text=f"নথি নম্বর {n}।", external_id=f"d{n}") for n in range(12)]
    import_records(workspace, records, project="P")
    assign(workspace, "P", ["asha", "bina"], overlap=0.0, seed=3)
    project = workspace.project("P")
    mine = {int(d) for d in assigned_documents(workspace, project.id, "asha")}
    assert workspace.count_documents(project.id, annotator="asha", assigned_only=True) == len(mine)
    pages = [
        workspace.list_documents(
            project.id, annotator="asha", assigned_only=True, offset=offset, limit=4
        )
        for offset in range(0, 12, 4)
    ]
    assert {int(r.id) for page in pages for r in page} == mine
    assert workspace.count_documents(project.id, annotator="nobody", assigned_only=True) == 0
