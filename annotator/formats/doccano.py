"""doccano JSONL in its two shapes: the relation-extraction shape ``{"id", "text",
"entities": [{"id", "start_offset", "end_offset", "label"}], "relations": [{"id",
"from_id", "to_id", "type"}]}`` and the sequence-labeling shape ``{"id", "text",
"label": [[start, end, "LABEL"], ...]}`` (no relations). Both are read.

doccano counts offsets as JavaScript does, in UTF-16 code units (doccano #2290), so
``utf16`` is the default; ``codepoint`` writes and reads Python code points. The two
differ after any emoji or flag.

A split span is one entity per fragment joined by ``fragment`` relations, mentions of
one referent are joined by ``same_as`` relations and named in a ``referents`` list
(see :mod:`annotator.formats.links`); the sequence shape writes each fragment as a
label of its own and cannot join them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.formats.foreign import OnError, each_record, iter_json_lines, need_int, need_str
from annotator.formats.links import layer_pieces, link_triples, referent_list, rejoin
from annotator.formats.offset_units import ByteMap, UnitSniffer, file_of
from annotator.formats.writers import JsonlWriter, relation_keys
from annotator.model import DocumentRecord, Layer, RecordError, RelationRecord, SpanRecord
from annotator.model.errors import Message
from annotator.text import Utf16Map

OFFSET_UNITS = ("utf16", "codepoint", "bytes")  # bytes: UTF-8, import only
DEFAULT_OFFSET_UNIT = "utf16"
SHAPES = ("relation", "sequence")


class DoccanoWriter(JsonlWriter):
    suffix = ".jsonl"

    def records(self, layer: Layer) -> list[dict[str, Any]]:
        doc = layer.document
        utf16 = Utf16Map(doc.text) if self.ctx.offset_unit == "utf16" else None

        def off(cp: int) -> int:
            return utf16.to_utf16(cp) if utf16 is not None else cp

        if self.ctx.doccano_shape == "sequence":
            self.count(layer, list(layer.spans))
            return [
                {
                    "id": doc.external_id,
                    "text": doc.text,
                    "label": [[off(a), off(b), s.label] for s, a, b in layer_pieces(layer)],
                }
            ]
        pieces = layer_pieces(layer)
        regions: dict[int, list[Any]] = {}
        for n, (span, _a, _b) in enumerate(pieces, 1):
            regions.setdefault(span.id, []).append(n)
        keys: dict[int, Any] = {span_id: ids[0] for span_id, ids in regions.items()}
        relations = relation_keys(layer, keys)
        self.count(layer, list(layer.spans), len(relations))
        record = {
            "id": doc.external_id,
            "text": doc.text,
            "entities": [
                {"id": n, "start_offset": off(a), "end_offset": off(b), "label": span.label}
                for n, (span, a, b) in enumerate(pieces, 1)
            ],
            "relations": [
                {"id": n, "from_id": a, "to_id": b, "type": t}
                for n, (t, a, b) in enumerate(relations + link_triples(layer, regions), 1)
            ],
            "meta": doc.meta,
        }
        if layer.referents:
            record["referents"] = referent_list(layer, regions)
        return [record]


def parse_doccano(
    obj: Any,
    origin: str,
    offset_unit: str = DEFAULT_OFFSET_UNIT,
    sniffer: UnitSniffer | None = None,
) -> DocumentRecord:
    """One line as a record; with ``sniffer``, an offset the unit cannot place names
    the unit the file's offsets look like instead."""
    if not isinstance(obj, dict):
        raise RecordError(origin, Message("each line must be a JSON object"))
    text = need_str(obj, "text", origin)
    utf16 = Utf16Map(text) if offset_unit == "utf16" else None
    utf8 = ByteMap(text) if offset_unit == "bytes" else None

    def cp(value: int, where: str) -> int:
        if utf16 is None and utf8 is None:
            return value
        found: int | None = None
        if utf8 is not None:
            found = utf8.from_bytes(value)
            problem = f"byte offset {value} is inside a character or outside the text"
        else:
            assert utf16 is not None
            try:
                found = utf16.from_utf16(value)
            except ValueError as exc:
                problem = str(exc)
        if found is not None:
            return found
        hint = sniffer.hint(file_of(origin)) if sniffer is not None else None
        raise RecordError(
            origin,
            f"{where}: {problem}; "
            + (hint or f"the offsets were read as {offset_unit}: see --offset-unit"),
        )

    spans: list[SpanRecord] = []
    entities = obj.get("entities")
    if entities is None and isinstance(obj.get("label"), list):
        entities = [
            {"id": f"#{n}", "start_offset": item[0], "end_offset": item[1], "label": item[2]}
            if isinstance(item, list) and len(item) == 3
            else item
            for n, item in enumerate(obj["label"], 1)
        ]
    if entities is None:
        entities = []
    if not isinstance(entities, list):
        raise RecordError(origin, Message("'entities' must be a list"))
    if sniffer is not None and offset_unit != "codepoint":
        sniffer.add_raw(
            file_of(origin),
            text,
            [
                (item.get("start_offset"), item.get("end_offset"))
                for item in entities
                if isinstance(item, dict)
            ],
        )
    seen: set[str] = set()
    for n, item in enumerate(entities, 1):
        where = Message("entity {n}", n=n)
        if not isinstance(item, dict):
            raise RecordError(
                origin, Message("{where} must be an object or [start, end, label]", where=where)
            )
        key = str(item.get("id", f"#{n}"))
        if key in seen:
            raise RecordError(origin, Message("entity id {key!r} is used twice", key=key))
        seen.add(key)
        start = cp(need_int(item, "start_offset", origin, where), where)
        end = cp(need_int(item, "end_offset", origin, where), where)
        spans.append(SpanRecord(key, start, end, need_str(item, "label", origin, where)))
    relations: list[RelationRecord] = []
    raw_rels = obj.get("relations", [])
    if not isinstance(raw_rels, list):
        raise RecordError(origin, Message("'relations' must be a list"))
    for n, item in enumerate(raw_rels, 1):
        where = Message("relation {n}", n=n)
        if not isinstance(item, dict):
            raise RecordError(origin, Message("{where} must be an object", where=where))
        for field in ("from_id", "to_id"):
            if field not in item:
                raise RecordError(
                    origin, Message("{where} has no {field!r}", where=where, field=field)
                )
        relations.append(
            RelationRecord(
                str(item.get("id", f"#{n}")),
                need_str(item, "type", origin, where),
                str(item["from_id"]),
                str(item["to_id"]),
            )
        )
    raw_meta = obj.get("meta")
    meta: dict[str, Any] = raw_meta if isinstance(raw_meta, dict) else {}
    ext = obj.get("id")
    joined, kept, referents = rejoin(spans, relations, obj.get("referents"), origin)
    return DocumentRecord(
        text=text,
        external_id=str(ext) if isinstance(ext, str | int) and not isinstance(ext, bool) else None,
        title=meta.get("title", "") if isinstance(meta.get("title"), str) else "",
        meta=meta,
        spans=joined,
        relations=kept,
        origin=origin,
        referents=referents,
    )


def read_doccano(
    path: Path, on_error: OnError | None = None, offset_unit: str = DEFAULT_OFFSET_UNIT
) -> Iterator[DocumentRecord]:
    sniffer = UnitSniffer(offset_unit)
    return each_record(
        iter_json_lines(path),
        lambda obj, origin: parse_doccano(obj, origin, offset_unit, sniffer),
        on_error,
    )


def read_doccano_codepoint(path: Path, on_error: OnError | None = None) -> Iterator[DocumentRecord]:
    return read_doccano(path, on_error, "codepoint")


def read_doccano_bytes(path: Path, on_error: OnError | None = None) -> Iterator[DocumentRecord]:
    return read_doccano(path, on_error, "bytes")
