"""Prodigy / spaCy-style JSONL: tokens, token-aligned spans, relations, ``answer``.

``{"text", "tokens": [{"text", "start", "end", "id", "ws"}], "spans": [{"start", "end",
"token_start", "token_end", "label"}], "relations": [{"head", "child", "head_span",
"child_span", "label"}], "meta": {...}, "answer": "accept"}``; ``token_end`` is inclusive,
as Prodigy writes it. Spans are expanded to whole tokens so a spaCy ``Doc`` built from
the tokens accepts each of them with ``alignment_mode="strict"``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.formats.bio import AlignedSpan
from annotator.formats.foreign import OnError, each_record, iter_json_lines, need_int, need_str
from annotator.formats.writers import JsonlWriter
from annotator.model import DocumentRecord, Layer, RecordError, RelationRecord, SpanRecord
from annotator.model.errors import Message
from annotator.model.rows import LayerRows


class ProdigyWriter(JsonlWriter):
    suffix = ".jsonl"
    token_level = True
    reads_rows = True

    def write_rows(self, rows: LayerRows) -> None:
        self.write(rows.to_layer(self.ctx.decode, self.ctx.kinds))

    def records(self, layer: Layer) -> list[dict[str, Any]]:
        text = layer.document.text
        kept: list[AlignedSpan] = []
        tokens = None
        for kind in self.ctx.kinds:
            proj = self.ctx.project(layer, [s for s in layer.spans if s.kind is kind])
            tokens = proj.tokens
            kept += proj.kept
        kept.sort(key=lambda a: (a.first, -a.last, a.span.label))
        assert tokens is not None
        out_spans = [
            {
                "start": a.start,
                "end": a.end,
                "token_start": a.first,
                "token_end": a.last,
                "label": a.span.label,
            }
            for a in kept
        ]
        by_id = {a.span.id: (a, n) for n, a in enumerate(kept)}
        relations = []
        for rel in layer.relations:
            if rel.from_span in by_id and rel.to_span in by_id:
                head, _ = by_id[rel.from_span]
                child, _ = by_id[rel.to_span]
                relations.append(
                    {
                        "head": head.last,
                        "child": child.last,
                        "head_span": out_spans[by_id[rel.from_span][1]],
                        "child_span": out_spans[by_id[rel.to_span][1]],
                        "label": rel.type,
                    }
                )
        self.count(layer, [a.span for a in kept], len(relations))
        doc = layer.document
        meta = {"id": doc.external_id, "annotator": layer.annotator, "status": layer.status.value}
        if doc.title:
            meta["title"] = doc.title
        return [
            {
                "text": text,
                "tokens": [
                    {"text": t.text, "start": t.start, "end": t.end, "id": i, "ws": t.ws}
                    for i, t in enumerate(tokens)
                ],
                "spans": out_spans,
                "relations": relations,
                "meta": meta,
                "answer": "accept",
            }
        ]


def parse_prodigy(obj: Any, origin: str) -> DocumentRecord | None:
    """One Prodigy task as a record; ``None`` for rejected or ignored answers."""
    if not isinstance(obj, dict):
        raise RecordError(origin, Message("each line must be a JSON object"))
    if obj.get("answer", "accept") != "accept":
        return None
    text = need_str(obj, "text", origin)
    raw_meta = obj.get("meta")
    meta: dict[str, Any] = raw_meta if isinstance(raw_meta, dict) else {}
    spans: list[SpanRecord] = []
    keys: dict[tuple[int, int, str], str] = {}
    raw_spans = obj.get("spans", [])
    if not isinstance(raw_spans, list):
        raise RecordError(origin, Message("'spans' must be a list"))
    for n, item in enumerate(raw_spans, 1):
        where = Message("span {n}", n=n)
        if not isinstance(item, dict):
            raise RecordError(origin, Message("{where} must be an object", where=where))
        start, end = need_int(item, "start", origin, where), need_int(item, "end", origin, where)
        label = need_str(item, "label", origin, where)
        key = f"s{n}"
        keys.setdefault((start, end, label), key)
        spans.append(SpanRecord(key, start, end, label))
    relations: list[RelationRecord] = []
    raw_rels = obj.get("relations", [])
    if not isinstance(raw_rels, list):
        raise RecordError(origin, Message("'relations' must be a list"))
    for n, item in enumerate(raw_rels, 1):
        where = Message("relation {n}", n=n)
        if not isinstance(item, dict):
            raise RecordError(origin, Message("{where} must be an object", where=where))
        ends = []
        for side in ("head_span", "child_span"):
            ref = item.get(side)
            if not isinstance(ref, dict):
                raise RecordError(
                    origin, Message("{where} needs a {side!r} object", where=where, side=side)
                )
            found = keys.get((ref.get("start"), ref.get("end"), ref.get("label")))  # type: ignore[arg-type]
            if found is None:
                raise RecordError(
                    origin,
                    Message("{where}: {side} does not match any span", where=where, side=side),
                )
            ends.append(found)
        relations.append(RelationRecord(f"r{n}", need_str(item, "label", origin, where), *ends))
    ext = meta.get("id", obj.get("id"))
    return DocumentRecord(
        text=text,
        external_id=str(ext) if isinstance(ext, str | int) and not isinstance(ext, bool) else None,
        title=meta.get("title", "") if isinstance(meta.get("title"), str) else "",
        meta={k: v for k, v in meta.items() if k not in ("annotator", "status")},
        spans=tuple(spans),
        relations=tuple(relations),
        origin=origin,
    )


def read_prodigy(path: Path, on_error: OnError | None = None) -> Iterator[DocumentRecord]:
    """Accepted tasks of a Prodigy JSONL file (rejected and ignored ones are left out)."""
    return each_record(iter_json_lines(path), parse_prodigy, on_error)
