"""Search over every text: the document filter and the corpus search find words that are
only in the texts, in either Unicode spelling, and the index follows every change."""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, update

from annotator.model import DocumentRecord, SpanRecord
from annotator.model.validation import RecordError
from annotator.service import Workspace, import_records
from annotator.service.maintenance import check_database
from annotator.service.search import kwic, search_corpus, search_index_problems
from annotator.storage.orm import DocumentRow

# "সোনার" with ো precomposed (U+09CB, as NFC keeps it) and spelled e + aa (U+09C7 U+09BE);
# "নয়া" with য় as U+09DF (NFC decomposes it to য + nukta) and as য + nukta.
GOLD_NFC = "স\u09cbনার"
GOLD_DECOMPOSED = "স\u09c7\u09beনার"
NEW_PRECOMPOSED = "ন\u09dfা"
NEW_DECOMPOSED = "ন\u09af\u09bcা"


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace(str(tmp_path / "search.sqlite3"))
    records = [
        DocumentRecord(
            text=f"বাজারে {GOLD_DECOMPOSED} দাম বেড়েছে। Gold prices rose.",
            external_id="gold",
            title="দাম",
        ),
        DocumentRecord(
            text=f"{NEW_PRECOMPOSED} দিগন্ত পত্রিকার খবর।\nদ্বিতীয় লাইন।", external_id="news"
        ),
        DocumentRecord(text="পুতিনের সফর উপলক্ষে আলোচনা।", external_id="visit", title="সফর"),
    ]
    import_records(workspace, records, project="P")
    yield workspace
    workspace.close()


def _ids(ws: Workspace, query: str) -> list[str]:
    pid = ws.project("P").id
    found = [d.external_id for d in ws.list_documents(pid, search=query)]
    assert ws.count_documents(pid, search=query) == len(found)
    return found


def test_filter_finds_a_word_only_in_the_text_in_both_spellings(ws: Workspace) -> None:
    assert unicodedata.normalize("NFC", GOLD_DECOMPOSED) == GOLD_NFC
    assert _ids(ws, GOLD_NFC) == ["gold"]
    assert _ids(ws, GOLD_DECOMPOSED) == ["gold"]
    assert _ids(ws, NEW_PRECOMPOSED) == ["news"]
    assert _ids(ws, NEW_DECOMPOSED) == ["news"]
    # whole Bengali words and parts of them (unicode61 would split at the vowel signs)
    assert _ids(ws, "উপলক্ষে") == ["visit"]
    assert _ids(ws, "পুতিন") == ["visit"]
    assert _ids(ws, "gold PRICES") == ["gold"]  # case ignored, phrase kept
    assert _ids(ws, "prices gold") == []
    assert _ids(ws, "সফর") == ["visit"]
    assert _ids(ws, "সোনা রুপা") == []


def test_short_and_odd_queries(ws: Workspace) -> None:
    assert _ids(ws, "দা") == ["gold"]  # under three characters: scanned, still found
    assert _ids(ws, '"') == []
    assert _ids(ws, 'a"b OR c*') == []  # FTS syntax is searched for literally
    assert _ids(ws, "   ") == ["gold", "news", "visit"]  # blank: no filter


def test_corpus_search_lists_hits_with_context(ws: Workspace) -> None:
    result = search_corpus(ws, ws.project("P").id, GOLD_DECOMPOSED)
    assert result.complete and result.documents == 1
    (hit,) = result.hits
    doc = ws.document(hit.document_id)
    assert doc.text[hit.start : hit.end] == GOLD_NFC == hit.match
    assert hit.before == "বাজারে " and hit.after.startswith(" দাম বেড়েছে।")
    lines = search_corpus(ws, ws.project("P").id, "দিগন্ত").hits
    assert "\n" not in lines[0].after and lines[0].after.endswith("দ্বিতীয় লাইন।")


def test_corpus_search_stops_at_the_limit(ws: Workspace) -> None:
    result = search_corpus(ws, ws.project("P").id, "।", max_hits=2)
    assert len(result.hits) == 2 and not result.complete


def test_kwic_cuts_at_cluster_boundaries() -> None:
    text = "ক্ষ" * 30 + "খবর" + "ক্ষ" * 30
    start = text.index("খবর")
    before, match, after = kwic(text, start, start + 3, width=10)
    assert match == "খবর"
    assert len(before) % 3 == 0 and len(after) % 3 == 0  # whole ক্ষ clusters only


def _consistent(ws: Workspace) -> None:
    assert search_index_problems(ws.db) == []
    report = check_database(ws.db)
    assert report.ok, report.problems


def test_index_consistent_after_import_edit_delete_and_undo(ws: Workspace) -> None:
    _consistent(ws)
    pid = ws.project("P").id
    # a second import, with a layer
    import_records(
        ws,
        [
            DocumentRecord(
                text="কিম জং উন।",
                external_id="kim",
                annotator="rina",
                spans=(SpanRecord("s", 0, 9, "PER"),),
            )
        ],
        project="P",
    )
    assert _ids(ws, "জং উন") == ["kim"]
    _consistent(ws)
    # span edits and their undo (a delete, then the span made again)
    doc = ws.document_by_external_id(pid, "kim")
    span = ws.layer(int(doc.id), "rina").spans[0]
    ws.delete_span(int(span.id), "rina")
    ws.create_span(int(doc.id), "rina", "PER", 0, 9)
    _consistent(ws)
    # an edited title and a deleted document (storage level: the triggers follow)
    with ws.db.writing() as s:
        s.execute(update(DocumentRow).where(DocumentRow.id == doc.id).values(title="উত্তর কোরিয়া"))
    assert _ids(ws, "উত্তর") == ["kim"]
    with ws.db.writing() as s:
        s.execute(delete(DocumentRow).where(DocumentRow.external_id == "visit"))
    assert _ids(ws, "পুতিন") == []
    _consistent(ws)
    # a refused import changes nothing, the index included
    with pytest.raises(RecordError):
        import_records(
            ws,
            [
                DocumentRecord(text="নতুন খবর এখানে।", external_id="ok"),
                DocumentRecord(text="ভুল", external_id="bad", spans=(SpanRecord("s", 0, 99, "X"),)),
            ],
            project="P",
        )
    assert _ids(ws, "নতুন খবর") == []
    _consistent(ws)


def test_db_check_reports_a_stale_index(ws: Workspace) -> None:
    with ws.db.writing() as s:
        s.connection().exec_driver_sql("DROP TRIGGER documents_fts_insert")
    import_records(ws, [DocumentRecord(text="অসূচিত লেখা।", external_id="late")], project="P")
    assert any("incomplete" in p for p in search_index_problems(ws.db))
    with ws.db.writing() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO documents_fts(documents_fts) VALUES ('delete-all')"
        )
    problems = check_database(ws.db).problems
    assert any("search index" in p for p in problems), problems


def test_migration_fills_the_index_of_an_older_database(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "schema-0002.sqlite3", old)
    with Workspace(str(old)) as ws:
        pid = ws.projects()[0].id
        found = [d.external_id for d in ws.list_documents(pid, search="বৃষ্টি")]
        assert found == ["weather"]  # a word of the text, not of the title
        assert search_corpus(ws, pid, "অর্থনীতি").hits[0].external_id == "budget-2026"
        _consistent(ws)


def test_db_check_rebuild_search_repairs_the_index(tmp_path: Path, capsys) -> None:
    from annotator.cli.main import main

    path = tmp_path / "r.sqlite3"
    with Workspace(str(path)) as ws:
        import_records(ws, [DocumentRecord(text="মেরামতের পরীক্ষা।", external_id="r")], project="P")
        with ws.db.writing() as s:
            s.connection().exec_driver_sql(
                "INSERT INTO documents_fts(documents_fts) VALUES ('delete-all')"
            )
    assert main(["--db", str(path), "db", "check"]) == 2
    assert "search index lacks 1 document" in capsys.readouterr().out
    assert main(["--db", str(path), "db", "check", "--rebuild-search"]) == 0
    with Workspace(str(path)) as ws:
        assert [d.external_id for d in ws.list_documents(ws.project("P").id, search="মেরামত")] == [
            "r"
        ]


def test_search_pages_read_from_the_index_match_the_filter(tmp_path: Path) -> None:
    from annotator.service.document_list import ListQuery, count, list_index, list_page

    with Workspace(str(tmp_path / "pages.sqlite3")) as ws:
        import_records(ws, [DocumentRecord(text="অন্য প্রকল্প সোনার", external_id="o")], project="O")
        records = [
            DocumentRecord(
                text=f"খবর {n}। " + ("সোনার দাম।" if n % 3 == 0 else "রুপা।"),
                external_id=f"d{n:03d}",
            )
            for n in range(130)
        ]
        import_records(ws, records, project="P")
        query = ListQuery(ws.project("P").id, search="সোনার")
        expected = [f"d{n:03d}" for n in range(130) if n % 3 == 0]
        assert count(ws, query) == len(expected) == 44
        size = 10
        anchors = list_index(ws, query, size).anchors
        pages = [list_page(ws, query, None, size)]
        pages += [list_page(ws, query, anchor, size) for anchor in anchors[1:]]
        assert [d.external_id for page in pages for d in page] == expected
        last = list_page(ws, query, None, 4, from_end=True)
        assert [d.external_id for d in last] == expected[-4:]


def test_corpus_search_pages_continue_where_the_last_one_stopped(tmp_path: Path) -> None:
    texts = ["এক। " * 3, "নেই", "এক।", "এক। " * 5]
    with Workspace(str(tmp_path / "pages.sqlite3")) as ws:
        import_records(
            ws,
            [DocumentRecord(text=t, external_id=f"d{i}") for i, t in enumerate(texts)],
            project="P",
        )
        pid = ws.project("P").id
        every = search_corpus(ws, pid, "এক", max_hits=100)
        assert every.complete and len(every.hits) == 9 and every.documents == 3
        pages, resume = [], None
        while True:  # pages of 2 hits, one ending inside a document
            page = search_corpus(ws, pid, "এক", max_hits=2, resume=resume)
            pages.append(page.hits)
            if page.complete:
                break
            resume = page.resume
        assert [h for hits in pages for h in hits] == every.hits
        assert all(len(hits) == 2 for hits in pages[:-1]) and len(pages) == 5
