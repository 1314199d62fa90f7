"""Spans packed by the database give the lines the span rows gave, byte for byte.

The ``spans`` export reads each batch's spans as one text the database builds
(:class:`annotator.model.rows.PackedSpans`, :func:`annotator.storage.layer_rows.
packed_span_layers`) and joins each line from its columns; the reference is the row
path (:func:`span_rows`, one tuple per span, one f-string per span) and the model path
(``Layer`` -> dict -> ``json.dumps``). Hostile Bengali (ZWJ/ZWNJ, marks, quotes,
backslashes, control characters, U+2028/9, emoji) in texts, attributes and sources.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.formats.native import RowsEncoder, dumps_layer
from annotator.model import DocumentRecord, SpanRecord, Status
from annotator.model.rows import PackedSpans
from annotator.service import Workspace, import_records
from annotator.service.datasets import ExportRequest, export_dataset
from annotator.storage.layer_rows import packed_span_layers, span_rows

Cli = Callable[..., int]

# Every kind of character a JSON encoder treats specially, around Bengali words.
HOSTILE = (
    'র\u200d্যাব "কিম" বলেন \\ আজ\tনয়\u2028পুতিন\u2029মস্কো 👩\u200d👩\u200d👧 🇧🇩 '
    "কি\u200cন্তু \u0981\u09bf ঢাকায়\u000b শেষ।\n"
)
HOSTILE_ATTRS = json.dumps(
    {"canonical": 'র\u200d্যাব "\\ \u2028\u2029\u0001\u001f 😀', "n": 1.5, "l": [1, "ক", {}]}
)


def _at(text: str, word: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def _records() -> list[DocumentRecord]:
    text = HOSTILE
    spans = (
        SpanRecord("a", *_at(text, "র\u200d্যাব"), "ORG"),
        SpanRecord("b", *_at(text, '"কিম"'), "PER", {"canonical": "কিম জং উন"}),
        SpanRecord("c", *_at(text, "পুতিন"), "PER", source="crf"),
        SpanRecord("d", *_at(text, "পুতিন"), "GPE"),  # the same ends: by label name
        SpanRecord("e", *_at(text, "মস্কো"), "GPE"),
        SpanRecord("f", *_at(text, "কি\u200cন্তু"), "ORG"),
        SpanRecord("g", *_at(text, "ঢাকায়"), "GPE"),
        SpanRecord(  # a split span: its outer extent, then its pieces
            "h",
            _at(text, "কিম")[0],
            _at(text, "পুতিন")[1],
            "PER",
            fragments=(_at(text, "কিম"), _at(text, "পুতিন")),
        ),
    )
    plain = "ঢাকায় আজ বৃষ্টি, বলেন পুতিন।"
    return [
        DocumentRecord(text=text, external_id="hostile", annotator="bina", spans=spans),
        DocumentRecord(text=text, external_id="hostile", annotator="asha", status=Status.DONE),
        DocumentRecord(
            text=plain,
            external_id="plain",
            annotator="bina",
            status=Status.DONE,
            spans=(SpanRecord("a", *_at(plain, "ঢাকায়"), "GPE"),),
        ),
        DocumentRecord(text="কেউ দেখেনি।", external_id="nobody"),
    ]


def _hostile_attrs(path: Path) -> None:
    """Attributes of every JSON type and escape, as older data may hold them."""
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE spans SET attrs = ? WHERE start_offset = ?", (HOSTILE_ATTRS, HOSTILE.index("মস্কো"))
    )
    conn.commit()
    conn.close()


@pytest.fixture
def hostile_db(db_path: Path) -> Path:
    with Workspace(str(db_path)) as ws:
        import_records(ws, _records(), project="News")
    _hostile_attrs(db_path)
    return db_path


def _layers(ws: Workspace, packed: bool, status: Status | None, annotator: str | None) -> list:
    project = ws.project("News").id
    return list(ws.iter_layer_rows(project, status=status, annotator=annotator, packed=packed))


@pytest.mark.parametrize(
    ("status", "annotator"),
    [
        (None, None),
        (Status.DONE, None),
        (None, "bina"),
        (Status.DONE, "bina"),
        (None, "asha"),  # a layer without spans
        (None, "nobody"),
    ],
)
def test_packed_layers_are_the_rows_and_write_the_same_lines(
    hostile_db: Path, status: Status | None, annotator: str | None
) -> None:
    encoder, reference = RowsEncoder(), RowsEncoder()
    with Workspace(str(hostile_db)) as ws:
        packed = _layers(ws, True, status, annotator)
        rows = _layers(ws, False, status, annotator)
    assert [(r.document.id, r.annotator, r.status) for r in packed] == [
        (r.document.id, r.annotator, r.status) for r in rows
    ]
    assert any(isinstance(r.spans, PackedSpans) for r in packed) is (annotator in (None, "bina"))
    for fast, slow in zip(packed, rows, strict=True):
        assert list(fast.spans) == list(slow.spans)  # the very rows span_rows gives
        line = encoder.dumps(fast)
        assert line == reference.dumps(slow) == dumps_layer(slow.to_layer())
        record = json.loads(line)
        for span in record["spans"]:
            assert record["text"][span["start"] : span["end"]] == span["text"]


def test_the_export_file_is_the_row_paths_byte_for_byte(
    hostile_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole file and card against the same export with the spans read as rows."""
    from annotator.formats.spans_writer import SpansWriter

    def export(name: str) -> tuple[bytes, dict]:
        out = tmp_path / name / "data.jsonl"
        out.parent.mkdir()
        with Workspace(str(hostile_db)) as ws:
            export_dataset(ws, ExportRequest(format="spans", output=str(out), project="News"))
        card = json.loads(out.with_name("data.card.json").read_text(encoding="utf-8"))
        return out.read_bytes(), {k: card[k] for k in ("counts", "split_spans", "dropped")}

    fast = export("packed")
    monkeypatch.setattr(SpansWriter, "reads_packed", False)
    assert fast == export("rows")
    assert "\u2028".encode() in fast[0] and b"\\\\" in fast[0]


def test_a_batch_that_does_not_unpack_is_read_as_rows(hostile_db: Path) -> None:
    """A stored attributes text holding a raw separator (no valid JSON does) cannot
    split a packed text wrongly: that batch comes as rows."""
    conn = sqlite3.connect(hostile_db)
    conn.execute("UPDATE spans SET attrs = '{}' || char(30) WHERE start_offset = 0")
    conn.commit()
    conn.close()
    with Workspace(str(hostile_db)) as ws, ws.db.reading() as s:
        ids = [row[0] for row in s.connection().exec_driver_sql("SELECT id FROM documents")]
        got = packed_span_layers(s, ids)
        expected = span_rows(s, ids)
    assert not any(isinstance(v, PackedSpans) for v in got.values())
    assert [row for layer in got.values() for row in layer] == expected


def test_an_export_stopped_midway_leaves_the_database_usable(
    hostile_db: Path, cli: Cli, tmp_path: Path
) -> None:
    """Closing the layer iterator while its worker reads the next batch waits for
    that read; the file can be written and exported again at once."""
    with Workspace(str(hostile_db)) as ws:
        layers = ws.iter_layer_rows(ws.project("News").id, status=None, packed=True, batch=1)
        next(layers)
        layers.close()  # type: ignore[attr-defined]  # a generator
        with pytest.raises(RuntimeError):
            for _layer in ws.iter_layer_rows(
                ws.project("News").id, status=None, packed=True, batch=1
            ):
                raise RuntimeError("stop")
        more = DocumentRecord(text="আরও একটি লেখা।", external_id="more", annotator="bina")
        import_records(ws, [more], project="News")
    assert cli("export", "--project", "News", "-o", str(tmp_path / "out.jsonl")) == 0


def test_the_cards_sha256_taken_while_writing_is_the_files(
    hostile_db: Path, cli: Cli, tmp_path: Path
) -> None:
    """The spans file is hashed by the thread that writes it; the card names its bytes."""
    import hashlib

    out = tmp_path / "out.jsonl"
    assert cli("export", "--project", "News", "--status", "any", "-o", str(out)) == 0
    card = json.loads((tmp_path / "out.card.json").read_text(encoding="utf-8"))
    [entry] = card["files"]
    assert entry["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert entry["bytes"] == out.stat().st_size > 0


def test_a_write_that_fails_in_the_writing_thread_is_raised(tmp_path: Path) -> None:
    """A full disk in the thread that writes surfaces in the export (at the next block
    or at close), and the thread ends."""
    from annotator.formats.writers import HashingFile

    class Full:
        def write(self, _data: bytes) -> int:
            raise OSError(28, "No space left on device")

        def close(self) -> None:
            pass

    out = HashingFile(tmp_path / "x.jsonl")
    out._file.close()
    out._file = Full()  # type: ignore[assignment]
    out.write("ক" * HashingFile.BLOCK)
    with pytest.raises(OSError, match="No space"):
        out.close()
    assert not out._thread.is_alive()
    other = HashingFile(tmp_path / "y.jsonl")
    with pytest.raises(UnicodeEncodeError):  # a lone surrogate: refused before it is kept
        other.write("\ud800")
    other.close()
    assert (tmp_path / "y.jsonl").read_bytes() == b""


def test_an_in_memory_database_reads_its_packed_spans_in_one_thread() -> None:
    """Its connection belongs to the thread that made it: no worker, the same lines."""
    encoder, reference = RowsEncoder(), RowsEncoder()
    with Workspace("sqlite://") as ws:
        import_records(ws, _records(), project="News")
        packed = _layers(ws, True, None, None)
        rows = _layers(ws, False, None, None)
    assert any(isinstance(r.spans, PackedSpans) for r in packed)
    assert [encoder.dumps(r) for r in packed] == [reference.dumps(r) for r in rows]


def test_a_cancelled_export_ends_its_read_transaction_at_once(
    hostile_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The spans export reads a batch ahead inside a read transaction: an export that
    stops (cancelled here) closes it before the error leaves, not when the traceback
    is dropped."""
    from annotator.service import exporting, workspace
    from annotator.service.datasets import ExportCancelled

    def one_per_batch(*args: object, **kwargs: object) -> object:
        return exporting.iter_layer_rows(*args, **{**kwargs, "batch": 1})  # type: ignore[arg-type]

    monkeypatch.setattr(workspace, "iter_layer_rows", one_per_batch)

    seen: list[int] = []

    def cancelled() -> bool:
        seen.append(1)
        return len(seen) > 1

    with Workspace(str(hostile_db)) as ws:
        request = ExportRequest(
            format="spans", output=str(tmp_path / "out.jsonl"), project="News", status=None
        )
        try:
            export_dataset(ws, request, cancelled=cancelled)
        except ExportCancelled as exc:
            error = exc  # the traceback (and the export's frame) still alive here
            assert ws.db.engine.pool.checkedout() == 0  # type: ignore[attr-defined]
        assert error is not None
    assert not (tmp_path / "out.jsonl").exists()


def test_a_batch_longer_than_sqlites_string_limit_is_read_as_rows(hostile_db: Path) -> None:
    """SQLite refuses a text longer than its limit (a billion bytes by default; 300
    here): that batch comes as rows, the same ones."""
    with Workspace(str(hostile_db)) as ws, ws.db.reading() as s:
        raw = s.connection().connection.dbapi_connection
        assert raw is not None
        ids = [row[0] for row in s.connection().exec_driver_sql("SELECT id FROM documents")]
        limit = raw.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 300)
        try:
            got = packed_span_layers(s, ids)
            expected = span_rows(s, ids)
        finally:
            raw.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, limit)
        assert packed_span_layers(s, ids).keys() == got.keys()
    assert not any(isinstance(v, PackedSpans) for v in got.values())
    assert [row for layer in got.values() for row in layer] == expected
