"""Label Studio JSON tasks: ``[{"id", "data": {"text", ...}, "annotations": [{"result":
[...]}]}]`` with ``labels`` regions (``value.start``, ``value.end``, ``value.text``,
``value.labels``) and ``relation`` results (``from_id``, ``to_id``, ``direction``,
``labels``). Offsets are code points. The file is written as one array, streamed.

A split span is one region per fragment joined by ``fragment`` relations, mentions of
one referent are joined by ``same_as`` relations, and ``data.referents`` names them
(see :mod:`annotator.formats.links`); the reader joins them back.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.formats.foreign import OnError, each_record, iter_json_array, need_int
from annotator.formats.label_studio_config import FROM_NAME, LABEL_CONFIG, TO_NAME, label_config
from annotator.formats.links import LINK_TYPES, layer_pieces, link_triples, referent_list, rejoin
from annotator.formats.writers import TextWriter, WriteContext
from annotator.model import DocumentRecord, Layer, RecordError, RelationRecord, SpanRecord
from annotator.model.errors import Message
from annotator.model.limits import excerpt


class LabelStudioWriter(TextWriter):
    suffix = ".json"

    def __init__(self, path: Path, ctx: WriteContext, split: str = "all", **kw: Any) -> None:
        super().__init__(path, ctx, split, **kw)
        self.n = 0
        self.out.write("[")

    def task(self, layer: Layer) -> dict[str, Any]:
        doc = layer.document
        pieces = layer_pieces(layer)
        regions: dict[int, list[Any]] = {}
        result: list[dict[str, Any]] = []
        for n, (s, a, b) in enumerate(pieces, 1):
            regions.setdefault(s.id, []).append(f"s{n}")
            result.append(
                {
                    "id": f"s{n}",
                    "from_name": FROM_NAME,
                    "to_name": TO_NAME,
                    "type": "labels",
                    "origin": "manual",
                    "value": {"start": a, "end": b, "text": doc.text[a:b], "labels": [s.label]},
                }
            )
        keys = {span_id: ids[0] for span_id, ids in regions.items()}
        triples = [
            (r.type, keys[r.from_span], keys[r.to_span])
            for r in layer.relations
            if r.from_span in keys and r.to_span in keys
        ]
        self.count(layer, list(layer.spans), len(triples))
        relations = [
            {
                "from_id": a,
                "to_id": b,
                "type": "relation",
                "direction": "right",
                "labels": [t],
            }
            for t, a, b in triples + link_triples(layer, regions)
        ]
        data: dict[str, Any] = {"text": doc.text, "id": doc.external_id, "title": doc.title}
        if layer.referents:
            data["referents"] = referent_list(layer, regions)
        return {
            "id": self.n,
            "data": data,
            "annotations": [
                {"id": self.n, "completed_by": layer.annotator, "result": result + relations}
            ],
            "meta": {"status": layer.status.value},
        }

    def write(self, layer: Layer) -> None:
        self.n += 1
        self.out.write(",\n" if self.n > 1 else "\n")
        self.write_json(self.task(layer), layer)

    @classmethod
    def companions(cls, ctx: WriteContext) -> list[tuple[str, str]]:
        return [(LABEL_CONFIG, label_config(ctx.schema, LINK_TYPES))]

    def close(self) -> list[Path]:
        self.out.write("\n]\n")
        return super().close()


def parse_task(obj: Any, origin: str) -> DocumentRecord:
    """One task; regions of its first annotation (or its predictions) become spans."""
    if not isinstance(obj, dict):
        raise RecordError(origin, Message("each task must be a JSON object"))
    data = obj.get("data")
    if not isinstance(data, dict):
        raise RecordError(origin, Message("task needs a 'data' object"))
    text = next((v for k, v in data.items() if k == "text" and isinstance(v, str)), None)
    if text is None:
        text = next((v for v in data.values() if isinstance(v, str) and v), None)
    if not text:
        raise RecordError(origin, Message("task 'data' has no text"))
    results: list[Any] = []
    for group in ("annotations", "completions", "predictions"):
        items = obj.get(group)
        if isinstance(items, list) and items:
            first = items[0]
            if not isinstance(first, dict) or not isinstance(first.get("result", []), list):
                raise RecordError(origin, Message("{group}[0] needs a 'result' list", group=group))
            results = first.get("result", [])
            break
    spans: list[SpanRecord] = []
    relations: list[RelationRecord] = []
    for n, item in enumerate(results, 1):
        where = Message("result {n}", n=n)
        if not isinstance(item, dict):
            raise RecordError(origin, Message("{where} must be an object", where=where))
        if item.get("type") == "relation":
            labels = item.get("labels") or []
            if not isinstance(labels, list) or len(labels) != 1 or not isinstance(labels[0], str):
                raise RecordError(
                    origin, Message("{where}: a relation needs exactly one label", where=where)
                )
            if "from_id" not in item or "to_id" not in item:
                raise RecordError(
                    origin, Message("{where}: a relation needs 'from_id' and 'to_id'", where=where)
                )
            a, b = str(item["from_id"]), str(item["to_id"])
            if item.get("direction") == "left":
                a, b = b, a
            relations.append(RelationRecord(f"r{n}", labels[0], a, b))
            continue
        value = item.get("value")
        if not isinstance(value, dict):
            raise RecordError(origin, Message("{where} has no 'value' object", where=where))
        labels = next((value[k] for k in ("labels", "hypertextlabels") if k in value), None)
        if not isinstance(labels, list) or len(labels) != 1 or not isinstance(labels[0], str):
            raise RecordError(
                origin,
                Message("{where}: a region needs exactly one label in 'labels'", where=where),
            )
        text_value = value.get("text")
        key = str(item.get("id", f"#{n}"))
        if any(span.key == key for span in spans):  # relations could not tell them apart
            raise RecordError(origin, f"{where}: region id {excerpt(key, 40)} is used twice")
        spans.append(
            SpanRecord(
                key,
                need_int(value, "start", origin, where),
                need_int(value, "end", origin, where),
                labels[0],
                text=text_value if isinstance(text_value, str) else None,
            )
        )
    ext = data.get("id", obj.get("id"))
    annotations = obj.get("annotations")
    who = None
    if isinstance(annotations, list) and annotations and isinstance(annotations[0], dict):
        who = annotations[0].get("completed_by")
    joined, kept, referents = rejoin(spans, relations, data.get("referents"), origin)
    return DocumentRecord(
        text=text,
        external_id=str(ext) if isinstance(ext, str | int) and not isinstance(ext, bool) else None,
        title=data.get("title", "") if isinstance(data.get("title"), str) else "",
        meta={k: v for k, v in data.items() if k not in ("text", "id") and isinstance(v, str)},
        annotator=who if isinstance(who, str) and who else None,
        spans=joined,
        relations=kept,
        origin=origin,
        referents=referents,
    )


def read_label_studio(path: Path, on_error: OnError | None = None) -> Iterator[DocumentRecord]:
    return each_record(iter_json_array(path), parse_task, on_error)
