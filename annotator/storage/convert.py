"""Rows to domain types: the one place that knows both shapes."""

from __future__ import annotations

from typing import Any

from annotator.model import (
    AnnotatorId,
    Document,
    DocumentId,
    LabelKind,
    ReferentId,
    Relation,
    RelationId,
    Span,
    SpanId,
    schema_from_dict,
)
from annotator.model.rows import AttrsDecoder, attrs_from_json, fragments_from_json
from annotator.model.schema import LabelSchema
from annotator.storage.orm import (
    DocumentRow,
    LabelRow,
    RelationTypeRow,
)


def document_to_native(row: DocumentRow) -> Document:
    from annotator.model import ProjectId

    return Document(
        id=DocumentId(row.id),
        project_id=ProjectId(row.project_id),
        external_id=row.external_id,
        title=row.title,
        source=row.source,
        meta=dict(row.meta or {}),
        text=row.text,
        text_sha256=row.text_sha256,
        created=row.created,
    )


def schema_to_native(
    name: str, labels: list[LabelRow], relation_types: list[RelationTypeRow]
) -> LabelSchema:
    return schema_from_dict(
        {
            "name": name,
            "labels": [
                {
                    "name": r.name,
                    "kind": r.kind,
                    "color": r.color,
                    "key": r.key,
                    "description": r.description,
                    "attributes": r.attributes or [],
                    "trim": r.trim or "",
                    "examples": r.examples or [],
                }
                for r in sorted(labels, key=lambda r: (r.position, r.id))
            ],
            "relation_types": [
                {
                    "name": r.name,
                    "sources": r.sources,
                    "targets": r.targets,
                    "key": r.key,
                    "description": r.description,
                }
                for r in sorted(relation_types, key=lambda r: (r.position, r.id))
            ],
        }
    )


def span_from_values(values: Any, annotator: str, label: str, kind: str) -> Span:
    """A Span from a row-like object with id, document_id, start/end offsets, attrs, version."""
    return Span(
        id=SpanId(values.id),
        document_id=DocumentId(values.document_id),
        annotator=annotator,
        label=label,
        kind=LabelKind(kind),
        start=values.start_offset,
        end=values.end_offset,
        attrs=dict(values.attrs or {}),
        version=values.version,
        source=getattr(values, "source", None),
        fragments=fragments_from_json(getattr(values, "fragments", None)),
        referent=_referent_id(getattr(values, "referent_id", None)),
    )


def _referent_id(value: int | None) -> ReferentId | None:
    return None if value is None else ReferentId(value)


def relation_from_values(values: Any, annotator: str, type_name: str) -> Relation:
    return Relation(
        id=RelationId(values.id),
        document_id=DocumentId(values.document_id),
        annotator=annotator,
        type=type_name,
        from_span=SpanId(values.from_span_id),
        to_span=SpanId(values.to_span_id),
    )


__all__ = [
    "AnnotatorId",
    "AttrsDecoder",
    "attrs_from_json",
    "document_to_native",
    "fragments_from_json",
    "relation_from_values",
    "schema_to_native",
    "span_from_values",
]
