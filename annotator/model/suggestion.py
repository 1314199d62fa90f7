"""A stored suggestion, as the rest of the program sees it (never a label)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from annotator.model.ids import DocumentId


@dataclass(frozen=True, slots=True)
class StoredSuggestion:
    """A recommender's proposed span kept in the database.

    ``extra`` holds what the recommender found besides the span: ``speaker`` and
    ``cue`` offsets and ``attrs`` for the accepted span.
    """

    id: int
    document_id: DocumentId
    label: str
    start: int
    end: int
    score: float
    recommender: str
    version: int
    text: str
    extra: dict[str, Any] = field(default_factory=dict)
    created: datetime | None = None
    rejected: bool = False


@dataclass(frozen=True, slots=True)
class StoredModel:
    """A trained recommender: its bytes and the hold-out scores stored with it."""

    id: int
    project_id: int
    recommender: str
    version: int
    trained_on: str
    blob: bytes
    meta: dict[str, Any]
    created: datetime | None = None
