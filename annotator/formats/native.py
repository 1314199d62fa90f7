"""The native JSONL format ("spans", version 1): lossless, one line per document layer.

``{"id", "text", "text_sha256", "offset_unit": "codepoint", "meta", "annotator", "status",
"spans": [{"id", "start", "end", "label", "kind", "text", "attrs"}],
"relations": [{"id", "type", "from", "to"}]}``; a span may carry ``"note"`` (a string)
and the record ``"notes"`` (``[{"text", "author", "time"}]``), both only when present;
a span accepted from a suggestion has ``"source"`` (the recommender's name).
Attribution, only when present: a split span has ``"fragments": [[start, end], ...]``
(``start``/``end`` stay its outer extent), a mention joined to a referent has
``"referent": "<id>"``, and the record lists ``"referents": [{"id", "name", "label"}]``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from operator import itemgetter
from typing import IO, Any

from annotator.formats.foreign import need_int
from annotator.formats.jsonparse import parse_json
from annotator.model import (
    DocumentRecord,
    LabelKind,
    Layer,
    Note,
    RecordError,
    ReferentRecord,
    RelationRecord,
    SpanRecord,
    Status,
)
from annotator.model.errors import Message
from annotator.model.rows import (
    S_ID,
    LayerRows,
    PackedSpans,
    attrs_from_json,
    fragments_from_json,
    unpack_extra,
)
from annotator.text import text_sha256

OnError = Callable[[RecordError], None]

# json.loads turns an escaped half of a UTF-16 pair ("\\ud800") into a lone surrogate,
# which is no character: it cannot be stored or written as UTF-8.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")

# Sizes of the database columns these fields go to (longer ones break on PostgreSQL).
MAX_ID = 300
MAX_ANNOTATOR = 200

FORMAT_NAME = "spans"
FORMAT_VERSION = 1


_SPAN_KEYS: tuple[str, ...] = ()


def _span_keys(n: int) -> tuple[str, ...]:
    """``("s1", ..., "sN")`` (at least ``n`` of them), made once and shared by every record.

    The tuple is replaced whole, never changed, so threads exporting at once are safe.
    """
    global _SPAN_KEYS
    keys = _SPAN_KEYS
    if len(keys) < n:
        keys = _SPAN_KEYS = tuple(f"s{k}" for k in range(1, 2 * n + 1))
    return keys


def layer_span_keys(layer: Layer) -> dict[int, str]:
    """Stable per-record span ids ("s1", "s2"...) in text order, independent of database ids."""
    keys = _span_keys(len(layer.spans))
    return {span.id: key for span, key in zip(layer.spans, keys, strict=False)}


# ``kind.value`` goes through the enum's descriptor; a dict lookup is several times faster
# and this runs once per exported span.
_KIND_VALUES = {kind: kind.value for kind in LabelKind}
_SPAN_ID = itemgetter(S_ID)


def layer_to_dict(layer: Layer) -> dict[str, Any]:
    doc = layer.document
    text = doc.text
    keys: dict[int, str] = {}
    spans = []
    kinds = _KIND_VALUES
    for key, s in zip(_span_keys(len(layer.spans)), layer.spans, strict=False):
        keys[s.id] = key
        start, end = s.start, s.end
        item = {
            "id": key,
            "start": start,
            "end": end,
            "label": s.label,
            "kind": kinds[s.kind],
            "text": text[start:end],
            "attrs": s.attrs,
        }
        if s.source:
            item["source"] = s.source  # accepted from this recommender's suggestion
        if s.fragments:
            item["fragments"] = [list(p) for p in s.fragments]
        spans.append(item)
    record = {
        "id": doc.external_id,
        "text": text,
        "text_sha256": doc.text_sha256,
        "offset_unit": "codepoint",
        "meta": doc.meta,
        "annotator": layer.annotator,
        "status": layer.status.value,
        "spans": spans,
        "relations": [
            {"id": f"r{n}", "type": r.type, "from": keys[r.from_span], "to": keys[r.to_span]}
            for n, r in enumerate(layer.relations, 1)
            if r.from_span in keys and r.to_span in keys
        ],
    }
    if layer.notes:  # only layers with notes carry the keys (older files stay identical)
        _add_notes(record, layer, spans)
    if layer.referents:
        _add_referents(record, layer, spans)
    return record


def referent_keys(layer: Layer) -> dict[int, str]:
    """Per-record referent ids ("ref1", "ref2"...) by first mention, independent of
    database ids."""
    return {ref.id: f"ref{n}" for n, ref in enumerate(layer.referents, 1)}


def _add_referents(record: dict[str, Any], layer: Layer, spans: list[dict[str, Any]]) -> None:
    """``"referent"`` on each joined mention, ``"referents"`` on the record."""
    keys = referent_keys(layer)
    for span, item in zip(layer.spans, spans, strict=True):
        if span.referent in keys:
            item["referent"] = keys[span.referent]
    record["referents"] = [
        {"id": keys[r.id], "name": r.name, "label": r.label} for r in layer.referents
    ]


def _add_notes(record: dict[str, Any], layer: Layer, spans: list[dict[str, Any]]) -> None:
    """``"note"`` on each span that has one, ``"notes"`` (a list) on the record."""
    span_notes = {n.span_id: n.text for n in layer.notes if n.span_id is not None}
    for span, item in zip(layer.spans, spans, strict=True):
        if span.id in span_notes:
            item["note"] = span_notes[span.id]
    document_notes = [
        {"text": n.text, "author": n.author, "time": n.time}
        for n in layer.notes
        if n.span_id is None
    ]
    if document_notes:
        record["notes"] = document_notes


_encode = json.JSONEncoder(ensure_ascii=False).encode
# The encoder's own string function (C), so a string written here is byte for byte
# what ``_encode`` writes for it inside a record.
_encode_str: Callable[[str], str] = json.encoder.encode_basestring


def _source_and_fragments(source: str | None, pieces: str | None) -> str:
    """The optional tail of a span's object: its source and its fragments (a split
    span), as both the packed and the row loop write them."""
    tail = f', "source": {_encode_str(source)}' if source else ""
    fragments = fragments_from_json(pieces) if pieces else None
    if fragments:
        tail += f', "fragments": {_encode([list(p) for p in fragments])}'
    return tail


def dumps_layer(layer: Layer) -> str:
    """One JSONL line (with its newline)."""
    return _encode(layer_to_dict(layer)) + "\n"


class RowsEncoder:
    """:func:`dumps_layer` for a layer still in rows: the same line, byte for byte,
    written straight from the span tuples (no ``Span``, no dict per span).

    A span is one f-string: what repeats (a label's name and kind, an attribute
    object) is encoded once and remembered, and the span's text goes through the
    JSON encoder's own string function. Spans packed by the database
    (:class:`PackedSpans`) are written from their columns the same way, the offsets
    copied as the database wrote them. Layers with notes or referents (rare) take
    :func:`dumps_layer`. Use one per export (it remembers every distinct label and
    attribute text it saw).
    """

    def __init__(self) -> None:
        self._labels: dict[int, str] = {}
        self._attrs: dict[Any, str] = {"{}": "{}"}
        self._label_parts = _LabelParts(self._label)
        self._tails = _Tails(self._tail)

    def _label(self, labels: Mapping[int, tuple[str, LabelKind]], label_id: int) -> str:
        name, kind = labels[label_id]
        part = f'"label": {_encode_str(name)}, "kind": {_encode_str(_KIND_VALUES[kind])}'
        self._labels[label_id] = part
        return part

    def _attr(self, text: Any) -> str:
        part = _encode(attrs_from_json(text))
        if isinstance(text, str) and len(self._attrs) < 100_000:
            self._attrs[text] = part
        return part

    def _tail(self, extra: str) -> str:
        """What follows a packed span's text, from its extra: its attributes, source
        and fragments, as the row loop writes them."""
        attrs, source, pieces, _referent = unpack_extra(extra)
        attr_part = self._attrs.get(attrs) or self._attr(attrs)
        return f', "attrs": {attr_part}{_source_and_fragments(source, pieces)}}}'

    def dumps(self, rows: LayerRows) -> str:
        """One JSONL line (with its newline)."""
        if rows.notes or rows.referents:
            return dumps_layer(rows.to_layer())
        doc = rows.document
        spans = rows.spans
        span_keys = _span_keys(len(spans))
        if isinstance(spans, PackedSpans):
            items = self._packed_items(rows, spans, span_keys)
            ids: Iterable[int] = spans.ids() if rows.relations else ()
        else:
            items = self._row_items(rows, span_keys)
            ids = map(_SPAN_ID, spans)
        # Span id -> its key in the line ("s1"...), for the relations (most layers in a
        # corpus have none, and then no mapping is built).
        keys: dict[int, str] = dict(zip(ids, span_keys, strict=False)) if rows.relations else {}
        types, enc = rows.relation_types, _encode_str
        relations = [
            f'{{"id": "r{n}", "type": {enc(types[type_id])}, '
            f'"from": "{keys[a]}", "to": "{keys[b]}"}}'
            for n, (_d, _a, _id, type_id, a, b) in enumerate(rows.relations, 1)
            if a in keys and b in keys
        ]
        return (
            f'{{"id": {_encode(doc.external_id)}, "text": {_encode_str(doc.text)}, '
            f'"text_sha256": {_encode_str(doc.text_sha256)}, "offset_unit": "codepoint", '
            f'"meta": {_encode(doc.meta)}, "annotator": {_encode_str(rows.annotator)}, '
            f'"status": {_encode_str(rows.status.value)}, "spans": [{items}], '
            f'"relations": [{", ".join(relations)}]}}\n'
        )

    def _packed_items(self, rows: LayerRows, spans: PackedSpans, span_keys: tuple[str, ...]) -> str:
        """The spans of the line from their packed columns: one f-string per span, the
        offsets copied as the database wrote them, the label part and the tail (the
        attributes and what follows them) looked up in dicts that fill themselves on a
        miss. (Joining the same pieces through ``zip``/``chain`` maps measured ~7 %
        slower.)"""
        text, enc = rows.document.text, _encode_str
        labels, tails = self._label_parts, self._tails
        labels.labels = rows.labels
        offsets = spans.offsets
        return ", ".join(
            [
                f'{{"id": "{key}", "start": {start}, "end": {end}, {labels[label]}, '
                f'"text": {enc(text[int(start) : int(end)])}{tails[extra]}'
                for key, start, end, label, extra in zip(
                    span_keys,
                    offsets[0::2],
                    offsets[1::2],
                    spans.labels,
                    spans.extras,
                    strict=False,  # the keys are more
                )
            ]
        )

    def _row_items(self, rows: LayerRows, span_keys: tuple[str, ...]) -> str:
        """The spans of the line from row tuples, one f-string each."""
        text = rows.document.text
        labels, attrs, enc = self._labels, self._attrs, _encode_str
        items: list[str] = []
        append = items.append
        for key, row in zip(span_keys, rows.spans, strict=False):
            _d, _a, _id, start, end, label_id, attr, source, pieces, _r, _v = row
            label = labels.get(label_id) or self._label(rows.labels, label_id)
            attr_part = attrs.get(attr) if isinstance(attr, str) else None
            if attr_part is None:
                attr_part = self._attr(attr)
            if not (source or pieces):  # almost every span: one f-string
                append(
                    f'{{"id": "{key}", "start": {start}, "end": {end}, {label}, '
                    f'"text": {enc(text[start:end])}, "attrs": {attr_part}}}'
                )
                continue
            append(
                f'{{"id": "{key}", "start": {start}, "end": {end}, {label}, '
                f'"text": {enc(text[start:end])}, "attrs": {attr_part}'
                f"{_source_and_fragments(source, pieces)}}}"
            )
        return ", ".join(items)


class _LabelParts(dict[str, str]):
    """A packed label id (text) -> its ``"label": .., "kind": ..`` part, made on the
    first miss from the layer's label mapping (set before each layer)."""

    def __init__(self, make: Callable[[Mapping[int, tuple[str, LabelKind]], int], str]) -> None:
        super().__init__()
        self.make = make
        self.labels: Mapping[int, tuple[str, LabelKind]] = {}

    def __missing__(self, key: str) -> str:
        part = self[key] = self.make(self.labels, int(key))
        return part


class _Tails(dict[str, str]):
    """A packed extra -> what follows the span's text, made on the first miss; only
    the first 100,000 distinct extras are remembered."""

    def __init__(self, make: Callable[[str], str]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: str) -> str:
        tail = self.make(key)
        if len(self) < 100_000:
            self[key] = tail
        return tail


def write_jsonl(layers: Iterable[Layer], out: IO[str], *, lines_per_write: int = 100) -> int:
    """Write one line per layer; lines are joined and written ``lines_per_write`` at a
    time (fewer, larger writes; memory bounded by that many lines)."""
    count = 0
    pending: list[str] = []
    for layer in layers:
        pending.append(dumps_layer(layer))
        count += 1
        if len(pending) >= lines_per_write:
            out.write("".join(pending))
            pending.clear()
    if pending:
        out.write("".join(pending))
    return count


def _require(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], origin: str) -> Any:
    value = obj[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
        raise RecordError(
            origin,
            Message(
                "field {key!r} must be {names}, got {got}",
                key=key,
                names=names,
                got=type(value).__name__,
            ),
        )
    return value


def _int(obj: dict[str, Any], key: str, origin: str, where: str) -> int:
    if key not in obj:
        raise RecordError(origin, Message("{where} has no {key!r}", where=where, key=key))
    return need_int(obj, key, origin, where)


def parse_record(obj: Any, origin: str) -> DocumentRecord:
    """Check one decoded JSON line and turn it into a :class:`DocumentRecord`."""
    if not isinstance(obj, dict):
        raise RecordError(origin, Message("each line must be a JSON object"))
    if "text" not in obj:
        raise RecordError(origin, Message("missing required field 'text'"))
    text = _require(obj, "text", str, origin)
    if not text:
        raise RecordError(origin, Message("'text' is empty"))
    if "\x00" in text:
        raise RecordError(origin, Message("'text' contains a NUL character"))
    surrogate = _LONE_SURROGATE.search(text)
    if surrogate:
        raise RecordError(
            origin,
            Message(
                "'text' contains a lone surrogate \\u{code:04x} at offset {offset}, "
                "which is not valid Unicode",
                code=ord(surrogate.group()),
                offset=surrogate.start(),
            ),
        )
    if obj.get("offset_unit", "codepoint") != "codepoint":
        raise RecordError(
            origin, Message("unsupported offset_unit {unit!r}", unit=obj["offset_unit"])
        )
    if "text_sha256" in obj and obj["text_sha256"] != text_sha256(text):
        raise RecordError(origin, Message("text_sha256 does not match the text"))
    meta = _require(obj, "meta", dict, origin) if "meta" in obj else {}
    ext_id = obj.get("id")
    if ext_id is not None and not isinstance(ext_id, str | int):
        raise RecordError(origin, Message("field 'id' must be a string"))
    annotator = _require(obj, "annotator", str, origin) if obj.get("annotator") else None
    for key, value, limit in (("id", ext_id, MAX_ID), ("annotator", annotator, MAX_ANNOTATOR)):
        if value is not None and len(str(value)) > limit:
            raise RecordError(
                origin,
                Message("field {key!r} is longer than {limit} characters", key=key, limit=limit),
            )
    status = None
    if obj.get("status") is not None:
        try:
            status = Status(obj["status"])
        except ValueError:
            choices = ", ".join(s.value for s in Status)
            raise RecordError(
                origin, Message("status must be one of {choices}", choices=choices)
            ) from None
    spans = []
    seen: set[str] = set()
    for n, item in enumerate(_require(obj, "spans", list, origin) if "spans" in obj else [], 1):
        where = Message("span {n}", n=n)
        if not isinstance(item, dict):
            raise RecordError(origin, Message("{where} must be an object", where=where))
        key = str(item.get("id", f"#{n}"))
        if key in seen:
            raise RecordError(origin, Message("span id {key!r} is used twice", key=key))
        seen.add(key)
        label = item.get("label")
        if not isinstance(label, str) or not label:
            raise RecordError(origin, Message("{where} needs a 'label' string", where=where))
        attrs = item.get("attrs") or {}
        if not isinstance(attrs, dict):
            raise RecordError(origin, Message("{where}: 'attrs' must be an object", where=where))
        span_text = item.get("text")
        if span_text is not None and not isinstance(span_text, str):
            raise RecordError(origin, Message("{where}: 'text' must be a string", where=where))
        kind = item.get("kind")
        if kind is not None and not isinstance(kind, str):
            raise RecordError(origin, Message("{where}: 'kind' must be a string", where=where))
        note = item.get("note", "")
        if not isinstance(note, str):
            raise RecordError(origin, Message("{where}: 'note' must be a string", where=where))
        span_source = item.get("source")
        if span_source is not None and (not isinstance(span_source, str) or len(span_source) > 40):
            raise RecordError(
                origin, Message("{where}: 'source' must be a recommender name", where=where)
            )
        spans.append(
            SpanRecord(
                key,
                _int(item, "start", origin, where),
                _int(item, "end", origin, where),
                label,
                attrs,
                span_text,
                kind,
                note,
                span_source or None,
                _parse_fragments(item, origin, where),
                _parse_referent(item, origin, where),
            )
        )
    relations = []
    for n, item in enumerate(
        _require(obj, "relations", list, origin) if "relations" in obj else [], 1
    ):
        if not isinstance(item, dict):
            raise RecordError(origin, Message("relation {n} must be an object", n=n))
        for field in ("type", "from", "to"):
            if not isinstance(item.get(field), str | int) or isinstance(item.get(field), bool):
                raise RecordError(
                    origin, Message("relation {n} needs a {field!r} string", n=n, field=field)
                )
        relations.append(
            RelationRecord(
                str(item.get("id", f"#{n}")), str(item["type"]), str(item["from"]), str(item["to"])
            )
        )
    title = meta.get("title") if isinstance(meta.get("title"), str) else ""
    source = meta.get("source") if isinstance(meta.get("source"), str) else ""
    return DocumentRecord(
        text=text,
        external_id=str(ext_id) if ext_id is not None else None,
        title=title or "",
        source=source or "",
        meta=meta,
        annotator=annotator,
        status=status,
        spans=tuple(spans),
        relations=tuple(relations),
        origin=origin,
        notes=_parse_notes(obj, origin),
        referents=_parse_referents(obj, origin),
    )


def _parse_fragments(item: dict[str, Any], origin: str, where: str) -> tuple[tuple[int, int], ...]:
    """A span's ``"fragments"``: a list of ``[start, end]`` integer pairs (checked
    against the text on import)."""
    value = item.get("fragments")
    if value is None:
        return ()
    if not isinstance(value, list):
        raise RecordError(
            origin,
            Message("{where}: 'fragments' must be a list of [start, end] pairs", where=where),
        )
    pieces = []
    for n, piece in enumerate(value, 1):
        if not isinstance(piece, list) or len(piece) != 2 or any(type(x) is not int for x in piece):
            raise RecordError(
                origin,
                Message(
                    "{where}: fragment {n} must be [start, end] integers, got {piece!r}",
                    where=where,
                    n=n,
                    piece=piece,
                ),
            )
        pieces.append((piece[0], piece[1]))
    return tuple(pieces)


def _parse_referent(item: dict[str, Any], origin: str, where: str) -> str | None:
    value = item.get("referent")
    if value is None:
        return None
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise RecordError(
            origin, Message("{where}: 'referent' must be a referent id string", where=where)
        )
    return str(value)


def _parse_referents(obj: dict[str, Any], origin: str) -> tuple[ReferentRecord, ...]:
    """The record's ``"referents"``: ``[{"id", "name", "label"}]``."""
    out = []
    items = _require(obj, "referents", list, origin) if "referents" in obj else []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str | int):
            raise RecordError(origin, Message("referent {n} must be an object with an 'id'", n=n))
        for field in ("name", "label"):
            if not isinstance(item.get(field, ""), str):
                raise RecordError(
                    origin, Message("referent {n}: {field!r} must be a string", n=n, field=field)
                )
        name = " ".join(item.get("name", "").split())
        if len(name) > 500:
            raise RecordError(
                origin, Message("referent {n}: 'name' is longer than 500 characters", n=n)
            )
        out.append(ReferentRecord(str(item["id"]), name, item.get("label", "")))
    return tuple(out)


def _parse_notes(obj: dict[str, Any], origin: str) -> tuple[Note, ...]:
    """The record's ``"notes"``: a list of ``{"text", "author", "time"}`` objects."""
    notes = []
    for n, item in enumerate(_require(obj, "notes", list, origin) if "notes" in obj else [], 1):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise RecordError(
                origin, Message("note {n} must be an object with a 'text' string", n=n)
            )
        for field in ("author", "time"):
            if not isinstance(item.get(field, ""), str):
                raise RecordError(
                    origin, Message("note {n}: {field!r} must be a string", n=n, field=field)
                )
        time = item.get("time", "")
        try:
            if time:
                datetime.fromisoformat(time)
        except ValueError:
            raise RecordError(
                origin, Message("note {n}: 'time' {time!r} is not an ISO 8601 time", n=n, time=time)
            ) from None
        notes.append(Note(item["text"], item.get("author", ""), time))
    return tuple(notes)


def _check_unicode(obj: Any, origin: str) -> None:
    """Refuse a record holding a lone surrogate anywhere (ids, labels, attributes, meta)."""
    try:
        json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start : exc.end]
        raise RecordError(
            origin,
            Message(
                "contains a lone surrogate \\u{code:04x}, which is not valid Unicode",
                code=ord(bad[0]),
            ),
        ) from None


def read_jsonl(
    handle: Iterable[str], name: str, on_error: OnError | None = None
) -> Iterator[DocumentRecord]:
    """Records of a native JSONL stream; errors name ``name:line``.

    Without ``on_error`` the first bad line raises :class:`RecordError`; with it,
    bad lines are reported to it and reading goes on.
    """
    for lineno, line in enumerate(handle, 1):
        origin = f"{name}:{lineno}"
        if not line.strip():
            continue
        try:
            obj = parse_json(line, name, lineno)
            if _SURROGATE_ESCAPE.search(line):
                _check_unicode(obj, origin)
            yield parse_record(obj, origin)
        except RecordError as exc:
            if on_error is None:
                raise
            on_error(exc)
