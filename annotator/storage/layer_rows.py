"""Spans and relations of many layers as plain tuples: what exports and the window read.

An export of 10,000 documents reads 500,000 spans; these queries hand them over as
the tuples the driver returns (see :mod:`annotator.model.rows`), already in the order
a layer is exported (start, longest first, label name, id), so an export builds no
object per span and sorts nothing again in Python.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    ARRAY,
    Integer,
    Text,
    any_,
    bindparam,
    case,
    cast,
    func,
    literal_column,
    null,
    select,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ClauseElement

from annotator.model import Document, DocumentId, ProjectId
from annotator.model.rows import (
    PACK_EXTRAS,
    PACK_FULL,
    PACK_PARTS,
    PackedSpans,
    RelationValues,
    SpanValues,
)
from annotator.storage.orm import (
    DocumentRow,
    DocumentStateRow,
    LabelRow,
    NoteRow,
    ReferentRow,
    RelationRow,
    SpanRow,
)
from annotator.text.tokenizer import TOKENS_STAMP

_DOCUMENT_COLUMNS = (
    DocumentRow.id,
    DocumentRow.project_id,
    DocumentRow.external_id,
    DocumentRow.title,
    DocumentRow.source,
    DocumentRow.meta,
    DocumentRow.text,
    DocumentRow.text_sha256,
    DocumentRow.created,
)


def documents_page(s: Session, project_id: int, after_id: int, limit: int) -> list[Document]:
    """Up to ``limit`` documents of the project with ids above ``after_id``, by id
    (keyset paging: each page costs the same however deep it is).

    Rows come from the DB-API cursor; ``meta`` and ``created`` go through the very
    converters SQLAlchemy would apply (its JSON and date types for this dialect), so
    the documents are the ones an ORM query gives, at a third of the cost.
    """

    def build(_dialect: Dialect) -> ClauseElement:
        # The stored token offsets only where they are the current tokenizer's (else
        # NULL: the export tokenizes the text).
        tokens = case(
            (DocumentRow.tokens_version == bindparam("stamp"), DocumentRow.tokens),
            else_=null(),
        )
        return (
            select(*_DOCUMENT_COLUMNS, tokens)
            .where(
                DocumentRow.project_id == bindparam("project"),
                DocumentRow.id > bindparam("after"),
            )
            .order_by(DocumentRow.id)
            .limit(bindparam("limit"))
        )

    rows = _run(
        s,
        ("documents_page",),
        build,
        project=project_id,
        after=after_id,
        limit=limit,
        stamp=TOKENS_STAMP,
    )
    meta_of, created_of = _converters(s.connection().dialect)
    return [
        Document(
            DocumentId(id_),
            ProjectId(project),
            external_id,
            title,
            source,
            dict((meta_of(meta) if meta_of else meta) or {}),
            text,
            sha,
            created_of(created) if created_of and created is not None else created,
            bytes(tokens) if tokens is not None else None,
        )
        for id_, project, external_id, title, source, meta, text, sha, created, tokens in rows
    ]


def _converters(dialect: Dialect) -> tuple[Any, Any]:
    """SQLAlchemy's result converters of ``documents.meta`` and ``documents.created``
    for this dialect (``None`` where the driver hands over the value itself)."""
    return tuple(  # type: ignore[return-value]
        column.type.dialect_impl(dialect).result_processor(dialect, None)
        for column in (DocumentRow.__table__.c.meta, DocumentRow.__table__.c.created)
    )


def span_rows(
    s: Session,
    document_ids: Sequence[int],
    annotator_id: int | None = None,
    *,
    by_label: bool = True,
    only_labels: Sequence[int] | None = None,
) -> list[SpanValues]:
    """The spans of these documents (one annotator's, or all), ordered by document,
    annotator, start, longest first, then (``by_label``: the export order of a layer)
    label name, then id.

    ``only_labels``: the spans with these labels, for a token projection, with only
    what it reads (ids, offsets, label, fragments); the attributes, source, referent and
    version come back NULL (a third of the reading). The label test is written
    ``label_id + 0`` so SQLite keeps the document index rather than walking the label
    index (twice as slow for a batch of documents).
    """
    projection = only_labels is not None
    if not document_ids or (projection and not only_labels):
        return []

    def build(dialect: Dialect) -> ClauseElement:
        label_name: Any = LabelRow.name
        # JSON columns as their text: SQLite stores the text (a CAST there costs a
        # quarter of the query); psycopg would decode them, so PostgreSQL casts.
        attrs: Any = SpanRow.attrs
        fragments: Any = SpanRow.fragments
        if dialect.name == "postgresql":
            label_name = LabelRow.name.collate("C")  # code point order, as Python sorts
            attrs, fragments = cast(attrs, Text), cast(fragments, Text)
        none: Any = literal_column("NULL")
        query = select(
            SpanRow.document_id,
            SpanRow.annotator_id,
            SpanRow.id,
            SpanRow.start_offset,
            SpanRow.end_offset,
            SpanRow.label_id,
            none if projection else attrs,
            none if projection else SpanRow.source,
            fragments,
            none if projection else SpanRow.referent_id,
            none if projection else SpanRow.version,
        ).where(_in_ids(SpanRow.document_id, dialect))
        if projection:
            query = query.where(_in_ids(SpanRow.label_id + 0, dialect, "labels"))
        if by_label:
            query = query.join(LabelRow, LabelRow.id == SpanRow.label_id)
        if annotator_id is not None:
            query = query.where(SpanRow.annotator_id == bindparam("annotator"))
        return query.order_by(
            SpanRow.document_id,
            SpanRow.annotator_id,
            SpanRow.start_offset,
            SpanRow.end_offset.desc(),
            *([label_name] if by_label else []),
            SpanRow.id,
        )

    key = ("span_rows", by_label, annotator_id is None, projection)
    labels = sorted(only_labels) if only_labels is not None else None
    return _run(s, key, build, ids=document_ids, annotator=annotator_id, labels=labels)


# The order of a layer's spans (see span_rows), and what each span adds to the packed
# text (annotator.model.rows.PackedSpans): its numbers, and its extra.
_PACK_ORDER = "s.start_offset, s.end_offset DESC, {name}, s.id"
_PACK_COLUMNS = {  # the parts before the extras, each joined by ","
    "offsets": "s.start_offset || ',' || s.end_offset",
    "labels": "{label}",
    "ids": "s.id || ',' || s.version",
}
_PACK_EXTRA = (
    "CASE WHEN s.source IS NULL AND s.fragments IS NULL AND s.referent_id IS NULL "
    "THEN {attrs} ELSE {full} || {array}({attrs}, s.source, {fragments}, s.referent_id){cast} END"
)
# SQLite: each layer's spans sorted with their plain columns in a subquery (a narrow
# sorter record), the texts built while the aggregate reads them in that order (7-10 %
# less than building them before the sort).
_PACK_SQLITE = """SELECT group_concat(
  y.document_id || ',' || y.annotator_id || {head} || (
    SELECT group_concat({offsets}, ',') || {parts} || group_concat({labels}, ',') || {parts}
      || group_concat({extra}, {extras}) || {parts} || group_concat({ids}, ',')
    FROM (SELECT s.id, s.start_offset, s.end_offset, s.label_id, s.version, s.attrs,
                 s.source, s.fragments, s.referent_id
          FROM spans s JOIN labels l ON l.id = s.label_id
          WHERE s.document_id = y.document_id AND s.annotator_id = y.annotator_id
          ORDER BY {order}) AS s),
  {layers})
FROM (SELECT DISTINCT document_id, annotator_id FROM spans
      WHERE document_id IN (SELECT value FROM json_each(:ids)){annotator}
      ORDER BY document_id, annotator_id) AS y"""
_PACK_POSTGRESQL = """SELECT string_agg(
  t.document_id || ',' || t.annotator_id || {head} || t.packed, {layers}
  ORDER BY t.document_id, t.annotator_id)
FROM (SELECT s.document_id, s.annotator_id,
        string_agg({offsets}, ',' ORDER BY {order}) || {parts}
        || string_agg({labels}, ',' ORDER BY {order}) || {parts}
        || string_agg({extra}, {extras} ORDER BY {order}) || {parts}
        || string_agg({ids}, ',' ORDER BY {order}) AS packed
      FROM spans s JOIN labels l ON l.id = s.label_id
      WHERE s.document_id = ANY(:ids){annotator}
      GROUP BY s.document_id, s.annotator_id) AS t"""
# Between two layers of a batch, and between a layer's ids and its packed spans.
_PACK_LAYERS = "\x1f"
_PACK_HEAD = "\x1c"


def _pack_statement(dialect: Dialect, one_annotator: bool) -> ClauseElement:
    """The statement of :func:`packed_span_layers` for this dialect."""
    if dialect.name == "postgresql":
        char, template, name, cast_ = "chr", _PACK_POSTGRESQL, 'l.name COLLATE "C"', "::text"
        label = "s.label_id::text"
        attrs, fragments, array = "s.attrs::text", "s.fragments::text", "json_build_array"
        ids_type: Any = ARRAY(Integer)
    else:  # SQLite keeps the JSON columns' text; its label names sort by code point
        char, template, name, cast_ = "char", _PACK_SQLITE, "l.name", ""
        label = "s.label_id"
        attrs, fragments, array = "s.attrs", "s.fragments", "json_array"
        ids_type = Text
    extra = _PACK_EXTRA.format(
        attrs=attrs,
        fragments=fragments,
        array=array,
        cast=cast_,
        full=f"{char}({ord(PACK_FULL)})",
    )
    sql = template.format(
        offsets=_PACK_COLUMNS["offsets"],
        labels=_PACK_COLUMNS["labels"].format(label=label),
        ids=_PACK_COLUMNS["ids"],
        extra=extra,
        order=_PACK_ORDER.format(name=name),
        parts=f"{char}({ord(PACK_PARTS)})",
        head=f"{char}({ord(_PACK_HEAD)})",
        layers=f"{char}({ord(_PACK_LAYERS)})",
        extras=f"{char}({ord(PACK_EXTRAS)})",
        annotator=(
            (
                " AND s.annotator_id = :annotator"
                if dialect.name == "postgresql"
                else " AND annotator_id = :annotator"
            )
            if one_annotator
            else ""
        ),
    )
    params = [bindparam("ids", type_=ids_type)]
    if one_annotator:
        params.append(bindparam("annotator", type_=Integer))
    return text(sql).bindparams(*params)


def packed_span_layers(
    s: Session, document_ids: Sequence[int], annotator_id: int | None = None
) -> dict[tuple[int, int], Sequence[SpanValues]]:
    """The spans of every layer of these documents with a span (one annotator's, or
    all), by ``(document id, annotator id)``: each layer's spans in :func:`span_rows`'s
    order as :class:`PackedSpans`, built by the database.

    An export reads 500,000 spans for 10,000 documents; as rows the driver makes a
    Python object of each of their eleven values, packed it makes one text per
    batch, and the statement runs without the GIL (the export writes the batch
    before meanwhile). On SQLite each layer's spans are ordered in a subquery that
    the aggregate reads in that order (a correlated subquery per layer), PostgreSQL
    orders inside ``string_agg``. A batch whose text does not unpack (a raw control
    character in a stored attributes text) or, on SQLite, would be longer than its
    string limit (a billion bytes: hundreds of thousands of spans a document) is read
    as rows instead.
    """
    if not document_ids:
        return {}
    one = annotator_id is not None
    spans: dict[tuple[int, int], Sequence[SpanValues]] = {}
    try:
        try:
            ((packed,),) = _run(
                s,
                ("packed_span_layers", one),
                lambda dialect: _pack_statement(dialect, one),
                ids=document_ids,
                annotator=annotator_id,
            )
        except sqlite3.DataError as exc:  # over SQLite's string length limit (1e9 bytes)
            raise ValueError("packed spans too long") from exc
        for layer in packed.split(_PACK_LAYERS) if packed else ():
            head, sep, body = layer.partition(_PACK_HEAD)
            doc_id, aid = map(int, head.split(","))
            if not sep or (doc_id, aid) in spans:
                raise ValueError("packed layers do not unpack")
            spans[(doc_id, aid)] = PackedSpans(doc_id, aid, body)
    except ValueError:
        rows = span_rows(s, document_ids, annotator_id)
        return {key: list(group) for key, group in groupby(rows, key=itemgetter(0, 1))}
    return spans


def span_layers(
    s: Session, document_ids: Sequence[int], annotator_id: int | None = None
) -> list[tuple[int, int]]:
    """``(document id, annotator id)`` of every layer of these documents with a span
    (from the document index alone)."""
    if not document_ids:
        return []

    def build(dialect: Dialect) -> ClauseElement:
        query = (
            select(SpanRow.document_id, SpanRow.annotator_id)
            .where(_in_ids(SpanRow.document_id, dialect))
            .distinct()
        )
        if annotator_id is not None:
            query = query.where(SpanRow.annotator_id == bindparam("annotator"))
        return query

    key = ("span_layers", annotator_id is None)
    return _run(s, key, build, ids=document_ids, annotator=annotator_id)


# Statements compiled once per dialect and shape: SQL text, the order of positional
# parameters (None for named styles) and every parameter with its compiled value.
_COMPILED: dict[tuple[Any, ...], tuple[str, tuple[str, ...] | None, dict[str, Any]]] = {}


def _in_ids(column: Any, dialect: Dialect, name: str = "ids") -> Any:
    """``column IN (ids)`` with the ids as ONE parameter (see :func:`_run`), so the
    statement text is the same for any number of ids: SQLite reads a JSON array
    through ``json_each``, PostgreSQL takes an array (``= ANY``)."""
    if dialect.name == "postgresql":
        return column == any_(bindparam(name, type_=ARRAY(Integer)))
    return column.in_(select(literal_column("value")).select_from(func.json_each(bindparam(name))))


def _run(
    s: Session, key: tuple[Any, ...], build: Callable[[Dialect], ClauseElement], **params: Any
) -> list[Any]:
    """The rows of the statement ``build`` makes, as the driver's plain tuples.

    SQLAlchemy wraps each fetched row in a ``Row`` (2.5 us each: a sixth of reading an
    export's spans) and compiles a statement with an expanded ``IN`` list on every
    call; these statements need no type processing (JSON columns are read as text), so
    each is compiled once per dialect and ``key`` and runs on the DB-API cursor of the
    session's connection. ``ids`` (a sequence of ints) is bound as one parameter.
    """
    conn = s.connection()
    dialect = conn.dialect
    for name in ("ids", "labels"):  # lists of ints bound as one parameter (_in_ids)
        if params.get(name) is not None:
            ids = [int(i) for i in params[name]]
            params[name] = ids if dialect.name == "postgresql" else json.dumps(ids)
    entry = _COMPILED.get((dialect.name, dialect.paramstyle, *key))
    if entry is None:
        compiled: Any = build(dialect).compile(dialect=dialect)
        names = compiled.positiontup  # qmark/format styles: parameters in this order
        entry = (str(compiled), tuple(names) if names is not None else None, compiled.params)
        _COMPILED[(dialect.name, dialect.paramstyle, *key)] = entry
    sql, order, defaults = entry
    # The statement's own parameters (SQLite's OFFSET 0 of a LIMIT), then the ones given.
    values = {name: params.get(name, value) for name, value in defaults.items()}
    args: Any = values if order is None else [values[name] for name in order]
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, args)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def relation_rows(
    s: Session, document_ids: Sequence[int], annotator_id: int | None = None
) -> list[RelationValues]:
    """The relations of these documents (one annotator's, or all), by id."""
    if not document_ids:
        return []

    def build(dialect: Dialect) -> ClauseElement:
        query = select(
            RelationRow.document_id,
            RelationRow.annotator_id,
            RelationRow.id,
            RelationRow.type_id,
            RelationRow.from_span_id,
            RelationRow.to_span_id,
        ).where(_in_ids(RelationRow.document_id, dialect))
        if annotator_id is not None:
            query = query.where(RelationRow.annotator_id == bindparam("annotator"))
        return query.order_by(RelationRow.id)

    key = ("relation_rows", annotator_id is None)
    return _run(s, key, build, ids=document_ids, annotator=annotator_id)


def state_rows(
    s: Session, document_ids: Sequence[int], annotator_id: int | None = None
) -> list[tuple[int, int, str]]:
    """``(document id, annotator id, status)`` of the layers of these documents that
    have a state (one annotator's, or all)."""
    if not document_ids:
        return []

    def build(dialect: Dialect) -> ClauseElement:
        query = select(
            DocumentStateRow.document_id, DocumentStateRow.annotator_id, DocumentStateRow.status
        ).where(_in_ids(DocumentStateRow.document_id, dialect))
        if annotator_id is not None:
            query = query.where(DocumentStateRow.annotator_id == bindparam("annotator"))
        return query

    key = ("state_rows", annotator_id is None)
    return _run(s, key, build, ids=document_ids, annotator=annotator_id)


def any_notes_or_referents(s: Session, document_ids: Sequence[int]) -> tuple[bool, bool]:
    """Whether any of these documents has a note, and a referent: most batches of an
    export have neither, and one indexed look-up each spares reading them."""
    if not document_ids:
        return False, False

    def build(dialect: Dialect) -> ClauseElement:
        def exists_in(table: Any) -> Any:
            return select(literal_column("1")).where(_in_ids(table.document_id, dialect)).exists()

        return select(exists_in(NoteRow), exists_in(ReferentRow))

    ((notes, referents),) = _run(s, ("any_notes_or_referents",), build, ids=document_ids)
    return bool(notes), bool(referents)
