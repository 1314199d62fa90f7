"""Spans and relations of many layers as plain tuples: what exports and the window read.

An export of 10,000 documents reads 500,000 spans; these queries hand them over as
the tuples the driver returns (see :mod:`annotator.model.rows`), already in the order
a layer is exported (start, longest first, label name, id), so an export builds no
object per span and sorts nothing again in Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Text, cast, select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ClauseElement

from annotator.model import Document, DocumentId, ProjectId
from annotator.model.rows import RelationValues, SpanValues
from annotator.storage.orm import DocumentRow, LabelRow, RelationRow, SpanRow

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
    query = (
        select(*_DOCUMENT_COLUMNS)
        .where(DocumentRow.project_id == project_id, DocumentRow.id > after_id)
        .order_by(DocumentRow.id)
        .limit(limit)
    )
    rows = _tuples(s, query)
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
        )
        for id_, project, external_id, title, source, meta, text, sha, created in rows
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
) -> list[SpanValues]:
    """The spans of these documents (one annotator's, or all), ordered by document,
    annotator, start, longest first, then (``by_label``: the export order of a layer)
    label name, then id."""
    if not document_ids:
        return []
    label_name: Any = LabelRow.name
    # JSON columns as their text: SQLite stores the text (a CAST there costs a quarter of
    # the query); psycopg would decode them, so PostgreSQL casts.
    attrs: Any = SpanRow.attrs
    fragments: Any = SpanRow.fragments
    if s.get_bind().dialect.name == "postgresql":
        label_name = LabelRow.name.collate("C")  # code point order, as Python sorts
        attrs, fragments = cast(attrs, Text), cast(fragments, Text)
    query = select(
        SpanRow.document_id,
        SpanRow.annotator_id,
        SpanRow.id,
        SpanRow.start_offset,
        SpanRow.end_offset,
        SpanRow.label_id,
        attrs,
        SpanRow.source,
        fragments,
        SpanRow.referent_id,
        SpanRow.version,
    ).where(SpanRow.document_id.in_(document_ids))
    if by_label:
        query = query.join(LabelRow, LabelRow.id == SpanRow.label_id)
    if annotator_id is not None:
        query = query.where(SpanRow.annotator_id == annotator_id)
    query = query.order_by(
        SpanRow.document_id,
        SpanRow.annotator_id,
        SpanRow.start_offset,
        SpanRow.end_offset.desc(),
        *([label_name] if by_label else []),
        SpanRow.id,
    )
    return _tuples(s, query)


def _tuples(s: Session, query: ClauseElement) -> list[Any]:
    """The rows of ``query`` as the driver's plain tuples.

    SQLAlchemy wraps each fetched row in a ``Row`` (2.5 us each: a sixth of reading an
    export's spans); these queries need no type processing (JSON columns are cast to
    text), so the statement runs on the DB-API cursor of the session's connection.
    """
    conn = s.connection()
    compiled: Any = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params: Any = compiled.params
    if compiled.positiontup is not None:  # qmark/format styles (sqlite3): a sequence
        params = [params[name] for name in compiled.positiontup]
    cursor = conn.connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def relation_rows(
    s: Session, document_ids: Sequence[int], annotator_id: int | None = None
) -> list[RelationValues]:
    """The relations of these documents (one annotator's, or all), by id."""
    if not document_ids:
        return []
    query = select(
        RelationRow.document_id,
        RelationRow.annotator_id,
        RelationRow.id,
        RelationRow.type_id,
        RelationRow.from_span_id,
        RelationRow.to_span_id,
    ).where(RelationRow.document_id.in_(document_ids))
    if annotator_id is not None:
        query = query.where(RelationRow.annotator_id == annotator_id)
    return _tuples(s, query.order_by(RelationRow.id))
