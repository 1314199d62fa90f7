"""SQLAlchemy table models. These rows never leave ``annotator.storage``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    FetchedValue,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


def table_of(row_class: type[Base]) -> Table:
    """The Core table of a row class, for statements that skip the ORM's unit of work
    (an edit's few statements, where its bookkeeping cost more than the SQL)."""
    table = row_class.__table__
    assert isinstance(table, Table)
    return table


class ProjectRow(Base):
    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    schema_name: Mapped[str] = mapped_column(String(200), default="")
    independent: Mapped[bool] = mapped_column(Boolean, default=False)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class LabelRow(Base):
    __tablename__ = "labels"
    __table_args__ = (UniqueConstraint("project_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    color: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(20), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    attributes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)
    trim: Mapped[str] = mapped_column(String(20), default="", server_default="")
    examples: Mapped[list[Any]] = mapped_column(JSON, default=list, server_default="[]")


class RelationTypeRow(Base):
    __tablename__ = "relation_types"
    __table_args__ = (UniqueConstraint("project_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    sources: Mapped[list[Any]] = mapped_column(JSON, default=list)
    targets: Mapped[list[Any]] = mapped_column(JSON, default=list)
    key: Mapped[str] = mapped_column(String(20), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class AnnotatorRow(Base):
    __tablename__ = "annotators"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("project_id", "external_id"),
        Index("ix_documents_project_sha", "project_id", "text_sha256"),
        # The document list in id order and sorted by title (migration 0006).
        Index("ix_documents_project_id", "project_id", "id"),
        Index("ix_documents_project_title", "project_id", "title"),
        # The list by last change: documents nobody has touched, by import time (0011).
        Index("ix_documents_project_created", "project_id", "created", "id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    external_id: Mapped[str] = mapped_column(String(300))
    title: Mapped[str] = mapped_column(String(500), default="")
    source: Mapped[str] = mapped_column(String(1000), default="")
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    text: Mapped[str] = mapped_column(Text)
    text_sha256: Mapped[str] = mapped_column(String(64))
    length: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # The text's token offsets, packed (annotator.text.tokenizer.pack_token_spans), and
    # the tokenizer they were computed with; NULL: not stored (migration 0013). Deferred:
    # only the token formats' export read needs them.
    tokens: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    tokens_version: Mapped[str | None] = mapped_column(String(40), nullable=True, deferred=True)


class SpanRow(Base):
    __tablename__ = "spans"
    # AUTOINCREMENT: a deleted span's id is never given to a new one, so a stale
    # (id, version) held by another window can never name a different span.
    __table_args__ = (
        Index("ix_spans_document_annotator", "document_id", "annotator_id"),
        {"sqlite_autoincrement": True},
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    annotator_id: Mapped[int] = mapped_column(ForeignKey("annotators.id"))
    label_id: Mapped[int] = mapped_column(ForeignKey("labels.id"), index=True)
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    attrs: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The recommender a span was accepted from ("gazetteer", "tagger", "quotes"), else None.
    source: Mapped[str | None] = mapped_column(String(40), nullable=True, default=None)
    # A discontinuous span's [[start, end], ...] (NULL: one piece, start-end).
    fragments: Mapped[list[Any] | None] = mapped_column(
        JSON(none_as_null=True), nullable=True, default=None
    )
    referent_id: Mapped[int | None] = mapped_column(
        ForeignKey("referents.id", ondelete="SET NULL"), nullable=True, index=True
    )


class ReferentRow(Base):
    """One entity that mentions (spans with ``referent_id``) of one layer refer to.

    ``name`` and ``label`` are empty unless someone set them: the longest PER/ORG
    mention then names the referent.
    """

    __tablename__ = "referents"
    __table_args__ = (
        Index("ix_referents_document_annotator", "document_id", "annotator_id"),
        {"sqlite_autoincrement": True},
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    annotator_id: Mapped[int] = mapped_column(ForeignKey("annotators.id"))
    name: Mapped[str] = mapped_column(String(500), default="")
    label: Mapped[str] = mapped_column(String(100), default="")
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class RelationRow(Base):
    __tablename__ = "relations"
    __table_args__ = (
        Index("ix_relations_document_annotator", "document_id", "annotator_id"),
        {"sqlite_autoincrement": True},
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    annotator_id: Mapped[int] = mapped_column(ForeignKey("annotators.id"))
    type_id: Mapped[int] = mapped_column(ForeignKey("relation_types.id"))
    from_span_id: Mapped[int] = mapped_column(
        ForeignKey("spans.id", ondelete="CASCADE"), index=True
    )
    to_span_id: Mapped[int] = mapped_column(ForeignKey("spans.id", ondelete="CASCADE"), index=True)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ProjectTotalRow(Base):
    """A project's document count, kept by triggers on ``documents`` (migration 0008),
    so showing a project never counts its documents."""

    __tablename__ = "project_totals"
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    documents: Mapped[int] = mapped_column(Integer)


class SpanTotalRow(Base):
    """A layer's span count (one document, one annotator), kept by triggers on ``spans``
    in the same transaction as every insert, delete or move of a span (migration 0014):
    the document list orders by span count from its index without counting any spans."""

    __tablename__ = "span_totals"
    __table_args__ = (Index("ix_span_totals_order", "annotator_id", "spans", "document_id"),)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    # No foreign key on the annotator: the count is derived from ``spans``, which has one.
    annotator_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    spans: Mapped[int] = mapped_column(Integer)


class ListCheckpointRow(Base):
    """Every ``STRIDE``-th position of a project's document list in import order
    (``sort`` "id"), title order ("title") or import-time order ("created", 0012): the
    boundary ``(title or created, document_id)`` with exactly ``position`` documents of
    the project before it (migration 0010, :mod:`annotator.storage.list_positions`).
    Triggers on ``documents`` delete the checkpoints an insert, delete, retitle or move
    makes wrong (those after the changed key); the list builds the missing ones again
    off the UI thread."""

    __tablename__ = "list_checkpoints"
    __table_args__ = (
        Index("ix_list_checkpoints_key", "project_id", "sort", "title", "document_id"),
        Index("ix_list_checkpoints_created", "project_id", "sort", "created", "document_id"),
    )
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    sort: Mapped[str] = mapped_column(String(10), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    # The title in title order, "" in import order. No foreign key on the document: a
    # checkpoint stays right when its own document is deleted (the count before the
    # boundary does not change).
    title: Mapped[str] = mapped_column(String(500))
    # The import time in import-time order (``sort`` "created", migration 0012), else NULL.
    created: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, default=None)
    document_id: Mapped[int] = mapped_column(Integer)


class DocumentStateRow(Base):
    __tablename__ = "document_states"
    __table_args__ = (Index("ix_document_states_annotator", "annotator_id", "status"),)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    annotator_id: Mapped[int] = mapped_column(ForeignKey("annotators.id"), primary_key=True)
    status: Mapped[str] = mapped_column(String(20), default="new")
    seconds: Mapped[float] = mapped_column(Float, default=0.0)
    updated: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AssignmentRow(Base):
    """Which annotator is to work on which document (``annotator assign``)."""

    __tablename__ = "assignments"
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    annotator_id: Mapped[int] = mapped_column(
        ForeignKey("annotators.id"), primary_key=True, index=True
    )
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class HistoryRow(Base):
    """Append-only log of every change: who, what, before, after, when."""

    __tablename__ = "history"
    __table_args__ = (Index("ix_history_document", "document_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    annotator: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    document_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # The database login that wrote the row (PostgreSQL: current_user, by a column
    # default and a trigger; NULL on SQLite). ``annotator`` is the layer changed.
    # FetchedValue: INSERTs leave the column to the server's default.
    login: Mapped[str | None] = mapped_column(
        String(200), nullable=True, server_default=FetchedValue()
    )


class NoteRow(Base):
    """A note on a document (``span_id`` NULL) or a span, in one annotator's layer."""

    __tablename__ = "notes"
    __table_args__ = (Index("ix_notes_document_annotator", "document_id", "annotator_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    annotator_id: Mapped[int] = mapped_column(ForeignKey("annotators.id"))
    span_id: Mapped[int | None] = mapped_column(
        ForeignKey("spans.id", ondelete="CASCADE"), index=True, nullable=True
    )
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    time: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SuggestionRow(Base):
    """A recommender's proposed span, never a label: exported only with ``--suggestions``.

    ``rejected`` marks one an annotator turned down; its ``text`` and label are then
    never suggested again in the project.
    """

    __tablename__ = "suggestions"
    __table_args__ = (Index("ix_suggestions_document", "document_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    label_id: Mapped[int] = mapped_column(ForeignKey("labels.id", ondelete="CASCADE"), index=True)
    recommender: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    rejected: Mapped[bool] = mapped_column(Boolean, default=False)
    rejected_by: Mapped[str] = mapped_column(String(200), default="")


class SuggestionModelRow(Base):
    """A trained recommender: its bytes and the hold-out scores it was shown with."""

    __tablename__ = "suggestion_models"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    recommender: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1)
    trained_on: Mapped[str] = mapped_column(String(20), default="gold")
    blob: Mapped[bytes] = mapped_column(LargeBinary)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


def configure() -> None:
    """Configure every mapper now. SQLAlchemy otherwise does it on the process's first
    ORM query (~20 ms for these tables): the window calls this while it is being
    imported, so the first project it opens does not wait for it."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
