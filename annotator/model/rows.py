"""One layer as the database hands it over, before any per-span object exists.

Exports read hundreds of thousands of spans; building a :class:`Span` for each only
to turn it into JSON again was most of an export's time. :class:`LayerRows` keeps the
spans and relations as the plain row tuples storage fetched, so a writer can go from
row to output directly; :meth:`LayerRows.to_layer` builds the model :class:`Layer`
for everything else (and for a writer's fallback).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, overload

from annotator.model.ids import DocumentId, ReferentId, RelationId, SpanId
from annotator.model.schema import LabelKind
from annotator.model.types import Document, Layer, Note, Referent, Relation, Span, Status

# A span row: (document id, annotator id, span id, start, end, label id, attrs JSON text,
# source, fragments JSON, referent id, version), in the export order of its layer
# (start, longest first, label name, id).
SpanValues = tuple[int, int, int, int, int, int, Any, str | None, Any, int | None, int]
S_ID: Final = 2
S_START: Final = 3
S_END: Final = 4
S_LABEL: Final = 5
S_FRAGMENTS: Final = 8
# A relation row: (document id, annotator id, relation id, type id, from span id, to span id).
RelationValues = tuple[int, int, int, int, int, int]


def attrs_from_json(text: str | dict[str, Any] | None) -> dict[str, Any]:
    """Span attributes from the column's JSON text (a fresh dict each time).

    Most spans have none, so the common ``'{}'`` skips the JSON decoder; a driver
    that decodes JSON itself (psycopg) hands over a dict, which is copied.
    """
    if text is None or text == "{}" or text == "null":
        return {}
    if isinstance(text, str):
        value = json.loads(text)
        return value if isinstance(value, dict) else {}
    return dict(text)


def fragments_from_json(value: Any) -> tuple[tuple[int, int], ...]:
    """A span's fragments from the JSON column (text on SQLite without the ORM, a list
    through it or from psycopg); NULL is a contiguous span."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = json.loads(value)
    return tuple((int(a), int(b)) for a, b in value or ())


class AttrsDecoder:
    """:func:`attrs_from_json` remembering what it decoded, for reading many spans.

    Attribute values repeat a lot (the same canonical name on many spans), so a text
    seen before is copied instead of parsed again. Only flat objects (no lists or
    objects inside) are remembered, so the shallow copy is a full one: every span
    gets its own dict. Use one per query (it grows with the distinct texts seen).
    """

    def __init__(self) -> None:
        self.seen: dict[str, dict[str, Any]] = {}

    def __call__(self, text: str | dict[str, Any] | None) -> dict[str, Any]:
        if isinstance(text, str) and text in self.seen:
            return dict(self.seen[text])
        value = attrs_from_json(text)
        if isinstance(text, str) and not any(isinstance(v, list | dict) for v in value.values()):
            self.seen[text] = dict(value)
        return value


# A layer's spans packed by the database into one text (see :class:`PackedSpans`).
PACK_PARTS: Final = "\x1d"  # between the four parts of a layer's packed spans
PACK_EXTRAS: Final = "\x1e"  # between two spans' extras
PACK_FULL: Final = "\x01"  # an extra that is a JSON array [attrs, source, fragments, referent]


class PackedSpans(Sequence[SpanValues]):
    """A layer's spans as ONE text the database built, in the layer's export order.

    Four parts joined by ``\\x1d``: ``"start,end,start,end,..."``, the label ids
    ``"label,label,..."``, one extra per span joined by ``\\x1e`` (the span's
    attributes JSON text, or, for a span with a source, fragments or referent,
    ``\\x01`` and the JSON array ``[attrs, source, fragments, referent]``: strings
    escaped by the database's JSON, so no separator hides in them), and
    ``"id,version,id,version,..."``. The database builds it without the GIL (the
    export reads the next batch in a thread meanwhile, see
    :func:`annotator.storage.layer_rows.packed_span_layers`), where one row of eleven
    values per span held it for a Python object per value; the ``spans`` writer
    writes its line from these columns (:class:`annotator.formats.native.RowsEncoder`).
    As a sequence it is the very :data:`SpanValues` the row query gives (decoded on
    first use).

    Raises ``ValueError`` when the parts do not hold one entry per span (a stored
    attributes text holding a raw separator): the caller reads those rows instead.
    """

    __slots__ = (
        "_id_list",
        "_ids",
        "_rows",
        "annotator_id",
        "document_id",
        "extras",
        "full",
        "labels",
        "offsets",
    )

    def __init__(self, document_id: int, annotator_id: int, packed: str) -> None:
        offsets, labels, extras, ids = packed.split(PACK_PARTS)
        self.document_id = document_id
        self.annotator_id = annotator_id
        # Numbers as the database wrote them: the writer copies them into the line.
        self.offsets: list[str] = offsets.split(",")  # start, end of each span
        self.labels: list[str] = labels.split(",")  # label ids
        self.extras: list[str] = extras.split(PACK_EXTRAS)
        self._ids = ids  # split only when asked (relations, rows)
        # Whether any span has a source, fragments or a referent (most layers: none).
        self.full = PACK_FULL in extras
        n = len(self.extras)
        if len(self.offsets) != 2 * n or len(self.labels) != n or ids.count(",") != 2 * n - 1:
            raise ValueError("packed spans do not hold one entry per span")
        self._rows: list[SpanValues] | None = None
        self._id_list: list[int] | None = None

    def __len__(self) -> int:
        return len(self.extras)

    @overload
    def __getitem__(self, index: int) -> SpanValues: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[SpanValues]: ...
    def __getitem__(self, index: int | slice) -> SpanValues | Sequence[SpanValues]:
        return self.rows()[index]

    def __iter__(self) -> Iterator[SpanValues]:
        return iter(self.rows())

    def ids(self) -> list[int]:
        """The spans' ids, in order (split once: the line and the counts ask)."""
        if self._id_list is None:
            self._id_list = list(map(int, self._ids.split(",")[0::2]))
        return self._id_list

    def rows(self) -> list[SpanValues]:
        """The spans as row tuples (built once)."""
        if self._rows is None:
            doc, aid = self.document_id, self.annotator_id
            numbers = list(map(int, self._ids.split(",")))
            bounds = list(map(int, self.offsets))
            self._rows = [
                (
                    doc,
                    aid,
                    numbers[2 * n],
                    bounds[2 * n],
                    bounds[2 * n + 1],
                    int(label),
                    *unpack_extra(extra),
                    numbers[2 * n + 1],
                )
                for n, (label, extra) in enumerate(zip(self.labels, self.extras, strict=True))
            ]
        return self._rows


def unpack_extra(extra: str) -> tuple[str, str | None, str | None, int | None]:
    """``(attrs JSON text, source, fragments JSON text, referent id)`` of a packed extra."""
    if not extra.startswith(PACK_FULL):
        return extra, None, None, None
    attrs, source, fragments, referent = json.loads(extra[1:])
    return attrs, source, fragments, referent


@dataclass(frozen=True, slots=True)
class LayerRows:
    """One annotator's layer on one document, spans and relations still as rows."""

    document: Document
    annotator: str
    status: Status
    spans: Sequence[SpanValues]
    relations: Sequence[RelationValues]  # by id
    notes: tuple[Note, ...]
    referents: tuple[Referent, ...]
    labels: Mapping[int, tuple[str, LabelKind]]  # label id -> (name, kind)
    relation_types: Mapping[int, str]  # relation type id -> name
    # Read for a token projection (``iter_layer_rows(kinds=...)``): only the spans of
    # those kinds, their attributes, source, referent and version not read (empty in
    # :meth:`to_layer`). Only writers that project tokens (hf, CoNLL) receive these.
    projection_only: bool = False

    def to_layer(
        self, decode: AttrsDecoder | None = None, kinds: Collection[LabelKind] | None = None
    ) -> Layer:
        """The model :class:`Layer` of these rows (one :class:`Span` per span), or with
        only the spans of ``kinds`` (what a token format reads; the rest is never built)."""
        name = self.annotator
        names = {self.spans[0][1]: name} if self.spans else {}
        rows = self.spans
        if kinds is not None:
            labels = self.labels
            rows = [row for row in rows if labels[row[S_LABEL]][1] in kinds]
        spans = spans_of(rows, self.labels, names, decode or AttrsDecoder())
        types, doc_id = self.relation_types, self.document.id
        relations = tuple(
            Relation(
                RelationId(id_), DocumentId(doc_id), name, types[type_id], SpanId(a), SpanId(b)
            )
            for _d, _a, id_, type_id, a, b in self.relations
        )
        return Layer(
            self.document, name, self.status, tuple(spans), relations, self.notes, self.referents
        )


def spans_of(
    rows: Iterable[SpanValues],
    labels: Mapping[int, tuple[str, LabelKind]],
    names: Mapping[int, str],
    decode: AttrsDecoder,
) -> list[Span]:
    """One :class:`Span` per row; ``names`` maps annotator ids to names."""
    spans: list[Span] = []
    append = spans.append
    for row in rows:
        doc_id, aid, id_, start, end, label_id, attrs, source, pieces, ref, version = row
        label, kind = labels[label_id]
        append(
            Span(
                SpanId(id_),
                DocumentId(doc_id),
                names[aid],
                label,
                kind,
                start,
                end,
                {} if attrs == "{}" else decode(attrs),
                version,
                source,
                fragments_from_json(pieces) if pieces else (),
                None if ref is None else ReferentId(ref),
            )
        )
    return spans
