"""The spans export from rows on PostgreSQL: the same bytes as on SQLite and as the
model path (label names sorted in code point order there too, JSON columns as text)."""

from __future__ import annotations

from pathlib import Path

from annotator.formats.native import RowsEncoder, dumps_layer, read_jsonl
from annotator.model import DocumentRecord, SpanRecord
from annotator.service import Workspace, import_records

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _records() -> list[DocumentRecord]:
    records = []
    for name in ("putin-ready.spans.jsonl", "kim-putin-letter.spans.jsonl"):
        path = SEEDS / name
        with path.open(encoding="utf-8") as handle:
            records += list(read_jsonl(handle, str(path)))
    text = "ঢাকায় আজ বৃষ্টি।"
    same_ends = (SpanRecord("a", 0, 6, "LOC"), SpanRecord("b", 0, 6, "GPE", {"canonical": "ঢাকা"}))
    records.append(
        DocumentRecord(text=text, external_id="same-ends", annotator="bina", spans=same_ends)
    )
    return records


def _lines(url: str) -> list[str]:
    encoder = RowsEncoder()
    with Workspace(url) as ws:
        import_records(ws, _records(), project="Rows")
        lines = []
        for rows in ws.iter_layer_rows(ws.project("Rows").id, status=None):
            line = encoder.dumps(rows)
            assert line == dumps_layer(rows.to_layer())
            lines.append(line)
    return lines


def test_rows_export_is_the_same_on_postgresql_and_sqlite(pg_url: str, tmp_path: Path) -> None:
    on_pg = _lines(pg_url)
    assert on_pg == _lines(str(tmp_path / "same.sqlite3"))
    assert any('"label": "GPE", "kind": "entity", "text": "ঢাকায়"' in line for line in on_pg)


def _hf(url: str, out: Path) -> bytes:
    from annotator.service.datasets import ExportRequest, export_dataset

    with Workspace(url) as ws:
        import_records(ws, _records(), project="Rows")
        request = ExportRequest(
            format="hf", output=str(out), project="Rows", status=None, on_overlap="longest"
        )
        export_dataset(ws, request)
    return out.read_bytes()


def test_hf_read_for_projection_is_the_same_on_postgresql_and_sqlite(
    pg_url: str, tmp_path: Path
) -> None:
    """hf reads only the entity spans, with the label ids bound as one array there."""
    on_pg = _hf(pg_url, tmp_path / "pg" / "data.jsonl")
    assert on_pg and on_pg == _hf(str(tmp_path / "same.sqlite3"), tmp_path / "sl" / "data.jsonl")


def test_stored_tokens_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    """Token offsets stored by the import (bytea) give the hf export that tokenizing
    gives; db check reads them and --rebuild-search refills them there too."""
    from sqlalchemy import text

    from annotator.service.datasets import ExportRequest, export_dataset
    from annotator.service.maintenance import check_database
    from annotator.service.search import rebuild_search_index
    from annotator.text.tokenizer import TOKENS_STAMP, token_spans, unpack_token_spans

    def hf(ws: Workspace, name: str) -> bytes:
        out = tmp_path / name / "data.jsonl"
        export_dataset(
            ws,
            ExportRequest(
                format="hf", output=str(out), project="Rows", status=None, on_overlap="longest"
            ),
        )
        return out.read_bytes()

    def stored(ws: Workspace) -> list[tuple[str, bytes | None, str | None]]:
        with ws.db.reading() as s:
            rows = s.execute(text("SELECT text, tokens, tokens_version FROM documents"))
            return [(t, None if b is None else bytes(b), v) for t, b, v in rows]

    with Workspace(pg_url) as ws:
        import_records(ws, _records(), project="Rows")
        rows = stored(ws)
        assert rows and all(
            v == TOKENS_STAMP and b is not None and list(unpack_token_spans(b)) == token_spans(t)
            for t, b, v in rows
        )
        with_tokens = hf(ws, "stored")
        with ws.db.writing() as s:
            s.execute(text("UPDATE documents SET tokens = NULL, tokens_version = NULL"))
        assert hf(ws, "computed") == with_tokens
        rebuild_search_index(ws.db)
        assert stored(ws) == rows
        assert check_database(ws.db).ok


def _spans_exports(url: str, out: Path) -> list[tuple[bytes, dict[str, object]]]:
    """The spans export of hostile records, with the spans packed by the database and
    read as rows: files and cards."""
    import json

    import pytest
    from sqlalchemy import text

    from annotator.formats.spans_writer import SpansWriter
    from annotator.service.datasets import ExportRequest, export_dataset
    from tests.exports.test_packed_spans import HOSTILE, HOSTILE_ATTRS
    from tests.exports.test_packed_spans import _records as hostile_records

    got = []
    with Workspace(url) as ws:
        import_records(ws, hostile_records() + _records(), project="Rows")
        with ws.db.writing() as s:  # attributes with every escape, as older data has them
            s.execute(
                text("UPDATE spans SET attrs = :attrs WHERE start_offset = :start"),
                {"attrs": HOSTILE_ATTRS, "start": HOSTILE.index("মস্কো")},
            )
        for packed in (True, False):
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(SpansWriter, "reads_packed", packed)
                path = out / str(packed) / "data.jsonl"
                path.parent.mkdir(parents=True)
                request = ExportRequest(format="spans", output=str(path), project="Rows")
                export_dataset(ws, request)
            card = json.loads(path.with_name("data.card.json").read_text(encoding="utf-8"))
            got.append((path.read_bytes(), {k: card[k] for k in ("counts", "split_spans")}))
    return got


def test_packed_spans_export_is_the_same_on_postgresql_and_sqlite(
    pg_url: str, tmp_path: Path
) -> None:
    """string_agg in code point order there, the same bytes as the rows on both."""
    on_pg = _spans_exports(pg_url, tmp_path / "pg")
    on_sqlite = _spans_exports(str(tmp_path / "same.sqlite3"), tmp_path / "sl")
    assert on_pg[0] == on_pg[1] == on_sqlite[0] == on_sqlite[1]
    assert "\u2028".encode() in on_pg[0][0] and on_pg[0][1]["split_spans"] == 1
