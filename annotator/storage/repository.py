"""Queries and writes on one session, speaking domain types.

The service layer opens the session (one transaction per use-case) and calls these.
Each aggregate has its own module (projects, schemas, documents, layers, assignments,
counts); :class:`Repository` is all of them on one session.
"""

from __future__ import annotations

from annotator.model.errors import NotFound
from annotator.storage.assignments import AssignmentStore
from annotator.storage.counts import CountStore
from annotator.storage.documents import SOURCE_LENGTH, TITLE_LENGTH
from annotator.storage.layers import LayerStore, kind_of, span_snapshot
from annotator.storage.schemas import SchemaStore


class Repository(LayerStore, AssignmentStore, SchemaStore, CountStore):
    """Every query and write of :mod:`annotator.storage` on one session."""


__all__ = ["SOURCE_LENGTH", "TITLE_LENGTH", "NotFound", "Repository", "kind_of", "span_snapshot"]
