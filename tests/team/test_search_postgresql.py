"""Search on PostgreSQL: the filter and the corpus search find a word only in the text,
in both Unicode spellings, through the pg_trgm indexes of the migration."""

from __future__ import annotations

import unicodedata

from annotator.model import DocumentRecord
from annotator.service import Workspace, import_records
from annotator.service.document_list import ListQuery, count, list_page
from annotator.service.search import search_corpus, search_index_problems


def test_filter_and_corpus_search_on_postgresql(pg_url: str) -> None:
    with Workspace(pg_url) as ws:
        records = [
            DocumentRecord(
                text=f"খবর {n}। " + ("সোনার দাম বেড়েছে।" if n % 4 == 0 else "বৃষ্টি।"),
                external_id=f"d{n:02d}",
                title=f"শিরোনাম {n}",
            )
            for n in range(20)
        ]
        import_records(ws, records, project="P")
        pid = ws.project("P").id
        assert search_index_problems(ws.db) == []
        for form in ("NFC", "NFD"):
            query = ListQuery(pid, search=unicodedata.normalize(form, "সোনার দাম"))
            assert count(ws, query) == 5
            found = [d.external_id for d in list_page(ws, query, None, 50)]
            assert found == ["d00", "d04", "d08", "d12", "d16"]
        hits = search_corpus(ws, pid, "বেড়েছে").hits
        assert len(hits) == 5 and hits[0].match == "বেড়েছে"
        assert hits[0].before.endswith("সোনার দাম ")


def test_document_totals_on_postgresql(pg_url: str) -> None:
    from sqlalchemy import delete, update

    from annotator.service.document_list import size
    from annotator.storage.orm import DocumentRow

    with Workspace(pg_url) as ws:
        import_records(
            ws, [DocumentRecord(text=f"এক {n}", external_id=f"a{n}") for n in range(6)], project="A"
        )
        import_records(
            ws, [DocumentRecord(text=f"দুই {n}", external_id=f"b{n}") for n in range(2)], project="B"
        )
        a, b = ws.project("A").id, ws.project("B").id
        with ws.db.writing() as s:  # statement triggers: many rows in one statement
            s.execute(delete(DocumentRow).where(DocumentRow.external_id.in_(["a0", "a1"])))
            s.execute(
                update(DocumentRow).where(DocumentRow.external_id == "a2").values(project_id=b)
            )
            s.execute(update(DocumentRow).where(DocumentRow.external_id == "b0").values(title="t"))
        assert size(ws, ListQuery(a)).rows == count(ws, ListQuery(a)) == 3
        assert size(ws, ListQuery(b)).rows == count(ws, ListQuery(b)) == 3
        assert search_index_problems(ws.db) == []
