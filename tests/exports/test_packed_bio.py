"""The hf and CoNLL exports read spans packed by the database (all kinds, in a thread
while the batch before is written) and write the very bytes the span rows and the
model path give: overlaps, spans on no token, other kinds, a source and a split span
(those layers take the rows), hostile Bengali, any status, one annotator."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from annotator.formats.conll import ConllWriter
from annotator.formats.hf import HfWriter
from annotator.model import DocumentRecord, SpanRecord, Status
from annotator.service import Workspace, import_records
from annotator.service.datasets import ExportRequest, export_dataset
from tests.exports.test_packed_spans import HOSTILE, _at, _hostile_attrs, _records


def _more() -> list[DocumentRecord]:
    """Layers with no source and no split span (read from the packed columns)."""
    text = HOSTILE
    spans = (
        SpanRecord("a", *_at(text, "র\u200d্যাব"), "ORG"),
        SpanRecord("q", _at(text, "আজ")[0], _at(text, "মস্কো")[1], "QUOTE"),  # not an entity
        SpanRecord("u", *_at(text, "বলেন"), "CUE"),
        SpanRecord("b", _at(text, '"কিম"')[0], _at(text, "বলেন")[1], "PER"),
        SpanRecord("c", *_at(text, "বলেন"), "GPE"),  # overlaps b
        SpanRecord("d", *_at(text, "পুতিন"), "PER"),
        SpanRecord("e", *_at(text, "পুতিন"), "GPE"),  # the same ends
        SpanRecord("f", _at(text, "নয়")[0] + 1, _at(text, "নয়")[1], "GPE"),  # widened
        SpanRecord("g", *_at(text, "👩\u200d👩\u200d👧"), "ORG"),
    )
    return [
        DocumentRecord(text=text, external_id="a/b%c", annotator="chandra", spans=spans),
        DocumentRecord(
            text=text, external_id="done", annotator="chandra", status=Status.DONE, spans=spans[:6]
        ),
    ]


@pytest.fixture
def bio_db(db_path: Path) -> Path:
    with Workspace(str(db_path)) as ws:
        import_records(ws, _records() + _more(), project="News")
    _hostile_attrs(db_path)
    return db_path


def _export(db: Path, out: Path, fmt: str, **options: object) -> tuple[bytes, dict]:
    out.parent.mkdir(parents=True)
    with Workspace(str(db)) as ws:
        export_dataset(ws, ExportRequest(format=fmt, output=str(out), project="News", **options))
    card = json.loads(out.with_name(out.stem + ".card.json").read_text(encoding="utf-8"))
    card.pop("created", None)  # the clock
    return out.read_bytes(), card


@pytest.mark.parametrize("fmt", ["hf", "conll"])
@pytest.mark.parametrize(
    "options",
    [
        {"status": None, "on_overlap": "longest"},
        {"status": None, "on_overlap": "first"},
        {"status": Status.DONE, "on_overlap": "longest"},
        {"status": None, "on_overlap": "longest", "annotator": "chandra"},
        {"status": Status.DONE, "on_overlap": "error", "annotator": "bina"},
    ],
)
def test_packed_rows_and_model_paths_write_the_same_bytes(
    bio_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, options: dict
) -> None:
    writer = {"hf": HfWriter, "conll": ConllWriter}[fmt]
    name = "data" + writer.suffix
    packed = _export(bio_db, tmp_path / "packed" / name, fmt, **options)
    monkeypatch.setattr(writer, "reads_packed", False)
    rows = _export(bio_db, tmp_path / "rows" / name, fmt, **options)
    monkeypatch.setattr(writer, "reads_rows", False)
    model = _export(bio_db, tmp_path / "model" / name, fmt, **options)
    assert packed[0] == rows[0] == model[0]
    assert packed[1] == rows[1] == model[1]
    if options.get("annotator") != "bina":
        assert "\u200d".encode() in packed[0] and "\u200c".encode() in packed[0]
    digests = json.dumps(packed[1])
    assert hashlib.sha256(packed[0]).hexdigest() in digests  # taken while writing
