"""Domain types: what the rest of the program sees instead of database rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from annotator.model.ids import (
    AnnotatorId,
    DocumentId,
    ProjectId,
    ReferentId,
    RelationId,
    SpanId,
)
from annotator.model.schema import LabelKind, LabelSchema


class Status(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    SKIPPED = "skipped"

    def after_edit(self) -> Status:
        """The status rule, the only copy: the first edit of a new layer makes it "in
        progress"; every other status stays until the annotator changes it."""
        return Status.IN_PROGRESS if self is Status.NEW else self


@dataclass(frozen=True, slots=True)
class Project:
    id: ProjectId
    name: str
    schema: LabelSchema
    independent: bool = False


@dataclass(frozen=True, slots=True)
class Annotator:
    id: AnnotatorId
    name: str


@dataclass(frozen=True, slots=True)
class Document:
    id: DocumentId
    project_id: ProjectId
    external_id: str
    title: str
    source: str
    meta: dict[str, Any]
    text: str
    text_sha256: str
    created: datetime | None = None
    # The text's token offsets as stored at import for the current tokenizer (packed:
    # annotator.text.tokenizer.unpack_token_spans), or None: tokenize the text. Read
    # only by exports; not part of the document's identity.
    tokens: bytes | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One row of the document list: no text, so 100,000 of them stay cheap."""

    id: DocumentId
    external_id: str
    title: str
    status: Status
    span_count: int
    length: int


@dataclass(frozen=True, slots=True)
class Span:
    id: SpanId
    document_id: DocumentId
    annotator: str
    label: str
    kind: LabelKind
    start: int
    end: int
    attrs: dict[str, Any] = field(default_factory=dict)
    version: int = 1
    # The recommender this span was accepted from (provenance), or None if typed by hand.
    source: str | None = None
    # A discontinuous span's pieces in text order (empty: one piece, start-end).
    fragments: tuple[tuple[int, int], ...] = ()
    referent: ReferentId | None = None  # the referent this mention is joined to

    @property
    def pieces(self) -> tuple[tuple[int, int], ...]:
        """The span's fragments, or its one (start, end) piece."""
        return self.fragments or ((self.start, self.end),)


@dataclass(frozen=True, slots=True)
class Referent:
    """Who several mentions (PER, ORG, MENTION spans) of one layer are: one entity.

    ``name`` is the canonical name: the one set by a person or a file, else the longest
    PER/ORG mention's text (``named`` tells which). ``mentions`` are in text order.
    """

    id: ReferentId
    document_id: DocumentId
    annotator: str
    name: str
    label: str
    mentions: tuple[SpanId, ...] = ()
    named: bool = False


@dataclass(frozen=True, slots=True)
class Relation:
    id: RelationId
    document_id: DocumentId
    annotator: str
    type: str
    from_span: SpanId
    to_span: SpanId


@dataclass(frozen=True, slots=True)
class DocumentState:
    document_id: DocumentId
    annotator: str
    status: Status
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class Note:
    """A plain-text note on a document (``span_id`` None) or on one span of a layer:
    "unsure: is this the speaker?". ``time`` is ISO 8601 in UTC."""

    text: str
    author: str = ""
    time: str = ""
    span_id: SpanId | None = None
    id: int = 0


@dataclass(frozen=True, slots=True)
class Layer:
    """One annotator's work on one document: what a native JSONL line holds."""

    document: Document
    annotator: str
    status: Status
    spans: tuple[Span, ...]
    relations: tuple[Relation, ...]
    notes: tuple[Note, ...] = ()  # document notes and span notes (by span_id)
    referents: tuple[Referent, ...] = ()


# Records read from files, before they have database ids.


@dataclass(frozen=True, slots=True)
class SpanRecord:
    key: str  # the id the file gave it, used by relations in the same record
    start: int
    end: int
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)
    text: str | None = None
    kind: str | None = None
    note: str = ""  # native JSONL "note"
    source: str | None = None
    fragments: tuple[tuple[int, int], ...] = ()
    referent: str | None = None  # the key of a ReferentRecord of the same record


@dataclass(frozen=True, slots=True)
class ReferentRecord:
    key: str
    name: str = ""
    label: str = ""


@dataclass(frozen=True, slots=True)
class RelationRecord:
    key: str
    type: str
    from_key: str
    to_key: str


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """A document as read from a file, with its location for error messages."""

    text: str
    external_id: str | None = None
    title: str = ""
    source: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    annotator: str | None = None
    status: Status | None = None
    spans: tuple[SpanRecord, ...] = ()
    relations: tuple[RelationRecord, ...] = ()
    origin: str = ""  # "file:line" for messages
    notes: tuple[Note, ...] = ()  # native JSONL "notes": document notes
    referents: tuple[ReferentRecord, ...] = ()
    # The reader already normalized ``text`` (BOM, LF, NFC): the import skips a second
    # pass over it (a tenth of importing .txt files).
    normalized: bool = False
