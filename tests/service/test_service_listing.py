"""The document list the window pages through: counts, filters, search, per-annotator state."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.model import DocumentRecord, SpanRecord, Status
from annotator.service import Workspace, import_records


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace(str(tmp_path / "list.sqlite3"))
    records = [
        DocumentRecord(text=f"লেখা নম্বর {n}।", external_id=f"doc_{n:02d}", title=f"শিরোনাম {n}")
        for n in range(12)
    ]
    records.append(DocumentRecord(text="দাম ৫০% বেড়েছে।", external_id="price", title="৫০% দাম"))
    records.append(
        DocumentRecord(
            text="কিম জং উন।",
            external_id="kim",
            title="কিম",
            annotator="rina",
            status=Status.DONE,
            spans=(SpanRecord("s", 0, 9, "PER"),),
        )
    )
    import_records(workspace, records, project="P")
    yield workspace
    workspace.close()


def test_count_and_pages(ws: Workspace) -> None:
    pid = ws.project("P").id
    assert ws.count_documents(pid) == 14
    first = ws.list_documents(pid, offset=0, limit=5)
    rest = ws.list_documents(pid, offset=5, limit=100)
    assert len(first) == 5 and len(rest) == 9
    ids = [d.id for d in first + rest]
    assert ids == sorted(ids) and len(set(ids)) == 14
    assert first[0].external_id == "doc_00"
    assert first[0].length == len("লেখা নম্বর 0।")


def test_per_annotator_status_and_span_counts(ws: Workspace) -> None:
    pid = ws.project("P").id
    assert ws.count_documents(pid, annotator="rina", status=Status.DONE) == 1
    assert ws.count_documents(pid, annotator="rina", status=Status.NEW) == 13
    (kim,) = ws.list_documents(pid, annotator="rina", status=Status.DONE)
    assert (kim.external_id, kim.span_count, kim.status) == ("kim", 1, Status.DONE)
    # someone who never worked here sees everything as new
    assert ws.count_documents(pid, annotator="nobody", status=Status.NEW) == 14
    assert ws.status_counts(pid, "rina") == {Status.NEW: 13, Status.DONE: 1}


def test_search_title_and_id(ws: Workspace) -> None:
    pid = ws.project("P").id
    assert [d.external_id for d in ws.list_documents(pid, search="কিম")] == ["kim"]
    assert ws.count_documents(pid, search="শিরোনাম 1") == 3  # 1, 10, 11


def test_search_treats_wildcards_literally(ws: Workspace) -> None:
    pid = ws.project("P").id
    assert [d.external_id for d in ws.list_documents(pid, search="৫০%")] == ["price"]
    assert ws.count_documents(pid, search="%") == 1
    assert ws.count_documents(pid, search="_") == 12  # only the doc_NN ids contain "_"
    assert ws.count_documents(pid, search="c_0") == 10  # doc_00..doc_09, not "dx0"


def test_iter_layers_filters(ws: Workspace) -> None:
    pid = ws.project("P").id
    done = list(ws.iter_layers(pid))
    assert [(x.document.external_id, x.annotator, x.status) for x in done] == [
        ("kim", "rina", Status.DONE)
    ]
    everything = list(ws.iter_layers(pid, status=None, batch=4))
    assert len(everything) == 14
    assert [x.document.external_id for x in everything][:3] == ["doc_00", "doc_01", "doc_02"]
    assert list(ws.iter_layers(pid, annotator="nobody", status=Status.DONE)) == []


def test_key_paging_visits_every_document_once(workspace) -> None:
    from annotator.model import DocumentRecord
    from annotator.service import import_records

    records = [DocumentRecord(text=f"খবর নম্বর {n}।", external_id=f"k{n}") for n in range(23)]
    import_records(workspace, records, project="K")
    project = workspace.project("K")
    seen: list[int] = []
    last = None
    while page := workspace.list_documents(project.id, after_id=last, limit=5):
        seen += [int(r.id) for r in page]
        last = int(page[-1].id)
    assert len(seen) == 23 == len(set(seen))
    assert seen == sorted(seen)
    by_offset = [int(r.id) for r in workspace.list_documents(project.id, offset=0, limit=100)]
    assert seen == by_offset
