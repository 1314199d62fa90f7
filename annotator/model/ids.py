"""Typed ids: a DocumentId cannot be passed where a SpanId is expected."""

from __future__ import annotations

from typing import NewType

ProjectId = NewType("ProjectId", int)
DocumentId = NewType("DocumentId", int)
SpanId = NewType("SpanId", int)
RelationId = NewType("RelationId", int)
AnnotatorId = NewType("AnnotatorId", int)
LabelId = NewType("LabelId", int)
ReferentId = NewType("ReferentId", int)
