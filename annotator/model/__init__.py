"""Domain types, the label schema and validation rules. Pure: no database, no Qt."""

from __future__ import annotations

from annotator.model.ids import AnnotatorId, DocumentId, LabelId, ProjectId, RelationId, SpanId
from annotator.model.schema import (
    AttributeDef,
    AttributeType,
    LabelDef,
    LabelKind,
    LabelSchema,
    RelationTypeDef,
    SchemaError,
    default_schema,
    schema_from_dict,
    schema_to_dict,
)
from annotator.model.types import (
    Annotator,
    Document,
    DocumentRecord,
    DocumentState,
    DocumentSummary,
    Layer,
    Project,
    Relation,
    RelationRecord,
    Span,
    SpanRecord,
    Status,
)
from annotator.model.validation import (
    RecordError,
    ValidationError,
    relation_problem,
    span_problem,
)

__all__ = [
    "Annotator",
    "AnnotatorId",
    "AttributeDef",
    "AttributeType",
    "Document",
    "DocumentId",
    "DocumentRecord",
    "DocumentState",
    "DocumentSummary",
    "LabelDef",
    "LabelId",
    "LabelKind",
    "LabelSchema",
    "Layer",
    "Project",
    "ProjectId",
    "RecordError",
    "Relation",
    "RelationId",
    "RelationRecord",
    "RelationTypeDef",
    "SchemaError",
    "Span",
    "SpanId",
    "SpanRecord",
    "Status",
    "ValidationError",
    "default_schema",
    "relation_problem",
    "schema_from_dict",
    "schema_to_dict",
    "span_problem",
]
