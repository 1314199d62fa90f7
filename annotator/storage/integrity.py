"""The queries of ``annotator db check``: SQLite's own checks and the invariants the
tables must keep. Each problem comes back as one readable line."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, func, null, select
from sqlalchemy.orm import aliased

from annotator.storage.backup import connection_problems
from annotator.storage.engine import Database
from annotator.storage.orm import (
    AnnotatorRow,
    DocumentRow,
    LabelRow,
    RelationRow,
    RelationTypeRow,
    SpanRow,
)
from annotator.storage.schemas import relation_labels_query
from annotator.text.tokenizer import TOKENS_STAMP

Report = Callable[[str], Any]


def pragma_checks(database: Database, report: Report, *, quick: bool) -> None:
    """``PRAGMA integrity_check`` (or ``quick_check``) and ``foreign_key_check``."""
    if not database.is_sqlite:
        return
    with database.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        for problem in connection_problems(raw, quick=quick):  # type: ignore[arg-type]
            report(problem)


def sql_invariants(database: Database, report: Report) -> None:
    """Spans and relations that break a rule visible from the tables alone."""
    doc = aliased(DocumentRow)
    src, dst = aliased(SpanRow), aliased(SpanRow)
    with database.reading() as s:
        bad_length = s.execute(
            select(doc.id, doc.external_id, doc.length, func.length(doc.text)).where(
                doc.length != func.length(doc.text)
            )
        )
        for doc_id, ext, stored, actual in bad_length:
            report(f"document {doc_id} ({ext!r}): stored length {stored}, text has {actual}")
        bad_spans = s.execute(
            select(
                SpanRow.id,
                SpanRow.start_offset,
                SpanRow.end_offset,
                doc.id,
                doc.external_id,
                doc.length,
            )
            .join(doc, doc.id == SpanRow.document_id)
            .where(
                (SpanRow.start_offset < 0)
                | (SpanRow.end_offset > doc.length)
                | (SpanRow.start_offset >= SpanRow.end_offset)
            )
        )
        for span_id, start, end, doc_id, ext, length in bad_spans:
            report(
                f"document {doc_id} ({ext!r}): span {span_id} {start}-{end} is not inside "
                f"its text (length {length})"
            )
        foreign_labels = s.execute(
            select(SpanRow.id, LabelRow.name, doc.id, doc.external_id)
            .join(doc, doc.id == SpanRow.document_id)
            .join(LabelRow, LabelRow.id == SpanRow.label_id)
            .where(LabelRow.project_id != doc.project_id)
        )
        for span_id, label, doc_id, ext in foreign_labels:
            report(
                f"document {doc_id} ({ext!r}): span {span_id} uses label {label} of another project"
            )
        bad_relations = s.execute(
            select(
                RelationRow.id,
                RelationRow.document_id,
                src.document_id,
                dst.document_id,
                src.annotator_id,
                dst.annotator_id,
                RelationRow.annotator_id,
                RelationTypeRow.project_id,
                doc.project_id,
            )
            .join(doc, doc.id == RelationRow.document_id)
            .join(RelationTypeRow, RelationTypeRow.id == RelationRow.type_id, isouter=True)
            .join(src, src.id == RelationRow.from_span_id, isouter=True)
            .join(dst, dst.id == RelationRow.to_span_id, isouter=True)
            .where(
                (src.id.is_(None))
                | (dst.id.is_(None))
                | (RelationTypeRow.id.is_(None))
                | (src.document_id != RelationRow.document_id)
                | (dst.document_id != RelationRow.document_id)
                | (src.annotator_id != RelationRow.annotator_id)
                | (dst.annotator_id != RelationRow.annotator_id)
                | (RelationTypeRow.project_id != doc.project_id)
            )
        )
        for (
            rel_id,
            doc_id,
            from_doc,
            to_doc,
            from_ann,
            to_ann,
            ann,
            type_project,
            project,
        ) in bad_relations:
            report(
                f"relation {rel_id} (document {doc_id}): "
                + relation_fault(
                    doc_id, from_doc, to_doc, from_ann, to_ann, ann, type_project, project
                )
            )


def relation_fault(
    doc_id: int,
    from_doc: int | None,
    to_doc: int | None,
    from_ann: int | None,
    to_ann: int | None,
    ann: int,
    type_project: int | None,
    project: int,
) -> str:
    if from_doc is None or to_doc is None:
        return "one of its ends does not exist"
    if from_doc != doc_id or to_doc != doc_id:
        return "its ends are not both in its document"
    if from_ann != ann or to_ann != ann:
        return "its ends belong to another annotator"
    if type_project is None:
        return "its relation type does not exist"
    if type_project != project:
        return "its relation type belongs to another project"
    return "inconsistent"


CHECK_BATCH = 500  # documents whose spans and relations are read in one query each

SpanFacts = tuple[int, int, int, dict[str, Any], str, str]  # id, start, end, attrs, label, who
RelationFacts = tuple[int, str, str, str]  # id, type, source label, target label


@dataclass
class DocumentFacts:
    """What ``db check`` verifies of one document, read set-wise (a batch per query)."""

    id: int
    project_id: int
    external_id: str
    title: str
    meta: Any
    text: str
    sha: str
    spans: list[SpanFacts] = field(default_factory=list)
    relations: list[RelationFacts] = field(default_factory=list)
    tokens: bytes | None = None  # stored token offsets of the current tokenizer


def document_batches(database: Database, tokens: bool = False) -> Iterator[list[DocumentFacts]]:
    """Every document with its spans and relations, :data:`CHECK_BATCH` at a time: three
    queries per batch, not two per document (76k documents took 5 minutes that way).
    ``tokens``: with the stored token offsets of the current tokenizer (a schema from
    migration 0013 on)."""
    last = 0
    stored: Any = (
        case((DocumentRow.tokens_version == TOKENS_STAMP, DocumentRow.tokens), else_=null())
        if tokens
        else null()
    )
    while True:
        with database.reading() as s:
            rows = s.execute(
                select(
                    DocumentRow.id,
                    DocumentRow.project_id,
                    DocumentRow.external_id,
                    DocumentRow.title,
                    DocumentRow.meta,
                    DocumentRow.text,
                    DocumentRow.text_sha256,
                    stored,
                )
                .where(DocumentRow.id > last)
                .order_by(DocumentRow.id)
                .limit(CHECK_BATCH)
            ).all()
            if not rows:
                return
            batch = {
                id_: DocumentFacts(id_, project, ext, title, meta, text, sha, tokens=packed)
                for id_, project, ext, title, meta, text, sha, packed in rows
            }
            low, high = rows[0][0], rows[-1][0]
            spans = s.execute(
                select(
                    SpanRow.document_id,
                    SpanRow.id,
                    SpanRow.start_offset,
                    SpanRow.end_offset,
                    SpanRow.attrs,
                    LabelRow.name,
                    AnnotatorRow.name,
                )
                .join(LabelRow, LabelRow.id == SpanRow.label_id)
                .join(AnnotatorRow, AnnotatorRow.id == SpanRow.annotator_id)
                .where(SpanRow.document_id.between(low, high))
            )
            for doc_id, span_id, start, end, attrs, label, who in spans:
                if doc_id in batch:
                    batch[doc_id].spans.append((span_id, start, end, attrs or {}, label, who))
            relations = s.execute(
                relation_labels_query()
                .add_columns(RelationRow.document_id)
                .where(RelationRow.document_id.between(low, high))
            )
            for rel_id, rel_type, from_label, to_label, doc_id in relations:
                if doc_id in batch:
                    batch[doc_id].relations.append((rel_id, rel_type, from_label, to_label))
        yield list(batch.values())
        last = high
