"""Queries and writes on one session, speaking domain types.

The service layer opens the session (one transaction per use-case) and calls these.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import String, Text, cast, exists, func, insert, select
from sqlalchemy.orm import Session

from annotator.model import (
    Document,
    DocumentId,
    DocumentState,
    DocumentSummary,
    LabelKind,
    LabelSchema,
    Project,
    ProjectId,
    ReferentId,
    Relation,
    RelationId,
    Span,
    SpanId,
    Status,
)
from annotator.model.errors import NotFound
from annotator.model.limits import (
    MAX_ANNOTATOR_NAME,
    MAX_PROJECT_NAME,
    check_name,
    check_schema,
)
from annotator.model.schema import schema_to_dict
from annotator.storage.convert import (
    AttrsDecoder,
    document_to_native,
    fragments_from_json,
    relation_from_values,
    schema_to_native,
    span_from_values,
)
from annotator.storage.orm import (
    AnnotatorRow,
    AssignmentRow,
    DocumentRow,
    DocumentStateRow,
    HistoryRow,
    LabelRow,
    ProjectRow,
    RelationRow,
    RelationTypeRow,
    SpanRow,
    utcnow,
)
from annotator.storage.search import match_condition


def _length(column: Any) -> int:
    """The declared size of a ``String`` column."""
    type_ = column.type
    assert isinstance(type_, String) and type_.length
    return type_.length


TITLE_LENGTH = _length(DocumentRow.__table__.c.title)
SOURCE_LENGTH = _length(DocumentRow.__table__.c.source)


class Repository:
    def __init__(self, session: Session) -> None:
        self.s = session
        self._annotators: dict[str, int] = {}

    # Projects and schemas -------------------------------------------------

    def projects(self) -> list[Project]:
        rows = self.s.scalars(select(ProjectRow).order_by(ProjectRow.id)).all()
        return [self._project(row) for row in rows]

    def project(self, project_id: int) -> Project:
        row = self.s.get(ProjectRow, project_id)
        if row is None:
            raise NotFound(f"no project with id {project_id}")
        return self._project(row)

    def project_by_name(self, name: str) -> Project | None:
        row = self.s.scalar(select(ProjectRow).where(ProjectRow.name == name))
        return self._project(row) if row else None

    def _project(self, row: ProjectRow) -> Project:
        labels = list(self.s.scalars(select(LabelRow).where(LabelRow.project_id == row.id)))
        rels = list(
            self.s.scalars(select(RelationTypeRow).where(RelationTypeRow.project_id == row.id))
        )
        schema = schema_to_native(row.schema_name or row.name, labels, rels)
        return Project(ProjectId(row.id), row.name, schema, row.independent)

    def create_project(self, name: str, schema: LabelSchema) -> Project:
        check_name("project", name, MAX_PROJECT_NAME)
        row = ProjectRow(name=name, schema_name=schema.name)
        self.s.add(row)
        self.s.flush()
        self.write_schema(row.id, schema)
        return self._project(row)

    def write_schema(self, project_id: int, schema: LabelSchema) -> None:
        """Replace labels and relation types by name, keeping ids (and spans) of kept ones."""
        check_schema(schema)
        data = schema_to_dict(schema)
        existing = {
            r.name: r
            for r in self.s.scalars(select(LabelRow).where(LabelRow.project_id == project_id))
        }
        for pos, item in enumerate(data["labels"]):
            row = existing.pop(item["name"], None) or LabelRow(project_id=project_id)
            row.name, row.kind, row.color = item["name"], item["kind"], item["color"]
            row.key, row.description = item["key"], item["description"]
            row.attributes, row.position = item["attributes"], pos
            row.trim, row.examples = item.get("trim", ""), item.get("examples", [])
            self.s.add(row)
        for row in existing.values():
            self.s.delete(row)
        rels = {
            r.name: r
            for r in self.s.scalars(
                select(RelationTypeRow).where(RelationTypeRow.project_id == project_id)
            )
        }
        for pos, item in enumerate(data["relation_types"]):
            rrow = rels.pop(item["name"], None) or RelationTypeRow(project_id=project_id)
            rrow.name, rrow.sources, rrow.targets = item["name"], item["sources"], item["targets"]
            rrow.key, rrow.description, rrow.position = item["key"], item["description"], pos
            self.s.add(rrow)
        for rrow in rels.values():
            self.s.delete(rrow)
        self.s.flush()

    def label_ids(self, project_id: int) -> dict[str, int]:
        rows = self.s.execute(
            select(LabelRow.name, LabelRow.id).where(LabelRow.project_id == project_id)
        )
        return {name: id_ for name, id_ in rows}

    def label_names(self, project_id: int | None = None) -> dict[int, tuple[str, str]]:
        query = select(LabelRow.id, LabelRow.name, LabelRow.kind)
        if project_id is not None:
            query = query.where(LabelRow.project_id == project_id)
        return {id_: (name, kind) for id_, name, kind in self.s.execute(query)}

    def relation_type_ids(self, project_id: int) -> dict[str, int]:
        rows = self.s.execute(
            select(RelationTypeRow.name, RelationTypeRow.id).where(
                RelationTypeRow.project_id == project_id
            )
        )
        return {name: id_ for name, id_ in rows}

    def relation_type_names(self) -> dict[int, str]:
        return {i: n for i, n in self.s.execute(select(RelationTypeRow.id, RelationTypeRow.name))}

    # Annotators -------------------------------------------------------------

    def annotator_id(self, name: str, *, create: bool = True) -> int:
        if name in self._annotators:
            return self._annotators[name]
        id_ = self.s.scalar(select(AnnotatorRow.id).where(AnnotatorRow.name == name))
        if id_ is None:
            if not create:
                raise NotFound(f"no annotator named {name!r}")
            check_name("annotator", name, MAX_ANNOTATOR_NAME)
            row = AnnotatorRow(name=name)
            self.s.add(row)
            self.s.flush()
            id_ = row.id
        self._annotators[name] = id_
        return id_

    def annotator_names(self) -> dict[int, str]:
        return {i: n for i, n in self.s.execute(select(AnnotatorRow.id, AnnotatorRow.name))}

    # Documents ------------------------------------------------------------

    def document(self, document_id: int) -> Document:
        row = self.s.get(DocumentRow, document_id)
        if row is None:
            raise NotFound(f"no document with id {document_id}")
        return document_to_native(row)

    def documents_page(self, project_id: int, after_id: int, limit: int) -> list[Document]:
        """Up to ``limit`` documents of the project with ids above ``after_id``, by id
        (keyset paging: each page costs the same however deep it is)."""
        rows = self.s.connection().execute(
            select(
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
            .where(DocumentRow.project_id == project_id, DocumentRow.id > after_id)
            .order_by(DocumentRow.id)
            .limit(limit)
        )
        return [document_to_native(row) for row in rows]  # type: ignore[arg-type]

    def document_by_external_id(self, project_id: int, external_id: str) -> Document | None:
        row = self.s.scalar(
            select(DocumentRow).where(
                DocumentRow.project_id == project_id, DocumentRow.external_id == external_id
            )
        )
        return document_to_native(row) if row else None

    def document_ids_by_sha(self, project_id: int) -> dict[str, int]:
        rows = self.s.execute(
            select(DocumentRow.text_sha256, DocumentRow.id).where(
                DocumentRow.project_id == project_id
            )
        )
        return {sha: id_ for sha, id_ in rows}

    def external_ids(self, project_id: int) -> set[str]:
        return set(
            self.s.scalars(
                select(DocumentRow.external_id).where(DocumentRow.project_id == project_id)
            )
        )

    def add_document(
        self,
        project_id: int,
        external_id: str,
        text: str,
        sha: str,
        title: str,
        source: str,
        meta: dict[str, Any],
    ) -> int:
        # Titles and sources are for display: cut to the column size (PostgreSQL would
        # refuse longer ones, SQLite would keep them).
        row = DocumentRow(
            project_id=project_id,
            external_id=external_id,
            title=title[:TITLE_LENGTH],
            source=source[:SOURCE_LENGTH],
            meta=meta,
            text=text,
            text_sha256=sha,
            length=len(text),
        )
        self.s.add(row)
        self.s.flush()
        return row.id

    def add_documents(
        self,
        project_id: int,
        documents: Sequence[tuple[str, str, str, str, str, dict[str, Any]]],
    ) -> list[int]:
        """Insert many ``(external_id, text, sha, title, source, meta)`` documents in one
        statement (no flush per document, as :meth:`add_document` needs); ids in input
        order."""
        if not documents:
            return []
        rows = [
            {
                "project_id": project_id,
                "external_id": external_id,
                "title": title[:TITLE_LENGTH],
                "source": source[:SOURCE_LENGTH],
                "meta": meta,
                "text": text,
                "text_sha256": sha,
                "length": len(text),
            }
            for external_id, text, sha, title, source, meta in documents
        ]
        result = self.s.execute(
            insert(DocumentRow).returning(DocumentRow.id, sort_by_parameter_order=True), rows
        )
        return list(result.scalars())

    def _document_filter(
        self,
        project_id: int,
        annotator_id: int | None,
        status: Status | None,
        search: str | None,
        assigned_only: bool = False,
    ) -> Any:
        state = (
            select(DocumentStateRow.status)
            .where(
                DocumentStateRow.document_id == DocumentRow.id,
                DocumentStateRow.annotator_id == annotator_id,
            )
            .correlate(DocumentRow)
            .scalar_subquery()
        )
        status_expr = func.coalesce(state, Status.NEW.value)
        conditions = [DocumentRow.project_id == project_id]
        if status is not None:
            conditions.append(status_expr == status.value)
        if search:
            conditions.append(match_condition(self.s, search))
        if assigned_only:
            conditions.append(
                exists().where(
                    AssignmentRow.document_id == DocumentRow.id,
                    AssignmentRow.annotator_id == annotator_id,
                )
            )
        return status_expr, conditions

    def count_documents(
        self,
        project_id: int,
        annotator_id: int | None = None,
        status: Status | None = None,
        search: str | None = None,
        assigned_only: bool = False,
    ) -> int:
        _status, conditions = self._document_filter(
            project_id, annotator_id, status, search, assigned_only
        )
        return int(self.s.scalar(select(func.count(DocumentRow.id)).where(*conditions)) or 0)

    def document_summaries(
        self,
        project_id: int,
        annotator_id: int | None = None,
        status: Status | None = None,
        search: str | None = None,
        offset: int = 0,
        limit: int = 200,
        assigned_only: bool = False,
        after_id: int | None = None,
    ) -> list[DocumentSummary]:
        """One page of document rows in id order.

        ``after_id`` pages by key (rows after that document) and should be preferred to
        ``offset``: SQLite computes every skipped row of an OFFSET, status and span count
        included, so a page deep in a 100,000-document project would take half a second.
        """
        status_expr, conditions = self._document_filter(
            project_id, annotator_id, status, search, assigned_only
        )
        if after_id is not None:
            conditions.append(DocumentRow.id > after_id)
        span_count = (
            select(func.count(SpanRow.id))
            .where(SpanRow.document_id == DocumentRow.id, SpanRow.annotator_id == annotator_id)
            .correlate(DocumentRow)
            .scalar_subquery()
        )
        rows = self.s.execute(
            select(
                DocumentRow.id,
                DocumentRow.external_id,
                DocumentRow.title,
                status_expr,
                span_count,
                DocumentRow.length,
            )
            .where(*conditions)
            .order_by(DocumentRow.id)
            .offset(offset)
            .limit(limit)
        )
        return [
            DocumentSummary(DocumentId(i), ext, title, Status(st), int(n or 0), int(length or 0))
            for i, ext, title, st, n, length in rows
        ]

    def status_counts(self, project_id: int, annotator_id: int | None) -> dict[Status, int]:
        from annotator.storage.document_list import status_counts

        return status_counts(self.s, project_id, annotator_id)

    # Spans and relations --------------------------------------------------

    def spans(self, document_ids: Sequence[int], annotator_id: int | None = None) -> list[Span]:
        """The spans of these documents (of one annotator, or all), ordered by document,
        annotator, start, longest first, then id."""
        if not document_ids:
            return []
        labels = self.label_kinds()
        names = self.annotator_names()
        # Plain tuples, not ORM objects, and the attributes as JSON text decoded only when
        # not empty: the window opens a 5,000-span article and exports read 100,000s
        # of spans through here.
        query = select(
            SpanRow.id,
            SpanRow.document_id,
            SpanRow.annotator_id,
            SpanRow.label_id,
            SpanRow.start_offset,
            SpanRow.end_offset,
            cast(SpanRow.attrs, Text),
            SpanRow.version,
            SpanRow.source,
            SpanRow.fragments,
            SpanRow.referent_id,
        ).where(SpanRow.document_id.in_(document_ids))
        if annotator_id is not None:
            query = query.where(SpanRow.annotator_id == annotator_id)
        query = query.order_by(
            SpanRow.document_id,
            SpanRow.annotator_id,
            SpanRow.start_offset,
            SpanRow.end_offset.desc(),
            SpanRow.id,
        )
        decode = AttrsDecoder()
        spans: list[Span] = []
        append = spans.append
        # Core rows fetched at once through the session's connection (no ORM row loading),
        # and one tight loop: this runs once per span of an export.
        rows = self.s.connection().execute(query).all()
        for row in rows:
            id_, document_id, aid, label_id, start, end, attrs, version, source, pieces, ref = row
            label, kind = labels[label_id]
            append(
                Span(
                    SpanId(id_),
                    DocumentId(document_id),
                    names[aid],
                    label,
                    kind,
                    start,
                    end,
                    {} if attrs == "{}" else decode(attrs),
                    version,
                    source,
                    fragments_from_json(pieces) if pieces else (),
                    None if ref is None else ReferentId(ref),
                )
            )
        return spans

    def label_kinds(self) -> dict[int, tuple[str, LabelKind]]:
        """Label id -> (name, kind) for every project, each kind converted once."""
        kinds: dict[str, LabelKind] = {}
        out = {}
        for id_, (name, kind) in self.label_names().items():
            if kind not in kinds:
                kinds[kind] = LabelKind(kind)
            out[id_] = (name, kinds[kind])
        return out

    def span_row(self, span_id: int, *, lock: bool = False) -> SpanRow:
        """The row; ``lock`` holds it (SELECT ... FOR UPDATE) until the transaction ends,
        so a version check cannot race a concurrent writer on PostgreSQL."""
        row = self.s.get(SpanRow, span_id, with_for_update=lock or None)
        if row is None:
            raise NotFound(f"span {span_id} no longer exists")
        return row

    def span(self, span_id: int) -> Span:
        row = self.span_row(span_id)
        name, kind = self.label_names()[row.label_id]
        return span_from_values(row, self.annotator_names()[row.annotator_id], name, kind)

    def relations(
        self, document_ids: Sequence[int], annotator_id: int | None = None
    ) -> list[Relation]:
        if not document_ids:
            return []
        types = self.relation_type_names()
        names = self.annotator_names()
        query = select(
            RelationRow.id,
            RelationRow.document_id,
            RelationRow.annotator_id,
            RelationRow.type_id,
            RelationRow.from_span_id,
            RelationRow.to_span_id,
        ).where(RelationRow.document_id.in_(document_ids))
        if annotator_id is not None:
            query = query.where(RelationRow.annotator_id == annotator_id)
        rows = self.s.connection().execute(query.order_by(RelationRow.id)).all()
        return [
            Relation(
                RelationId(id_),
                DocumentId(document_id),
                names[aid],
                types[type_id],
                SpanId(from_id),
                SpanId(to_id),
            )
            for id_, document_id, aid, type_id, from_id, to_id in rows
        ]

    def relation(self, relation_id: int) -> Relation:
        row = self.s.get(RelationRow, relation_id)
        if row is None:
            raise NotFound(f"relation {relation_id} no longer exists")
        return relation_from_values(
            row, self.annotator_names()[row.annotator_id], self.relation_type_names()[row.type_id]
        )

    def relations_touching(self, span_id: int) -> list[Relation]:
        types = self.relation_type_names()
        names = self.annotator_names()
        rows = self.s.scalars(
            select(RelationRow).where(
                (RelationRow.from_span_id == span_id) | (RelationRow.to_span_id == span_id)
            )
        )
        return [relation_from_values(r, names[r.annotator_id], types[r.type_id]) for r in rows]

    def add_span(
        self,
        document_id: int,
        annotator_id: int,
        label_id: int,
        start: int,
        end: int,
        attrs: dict[str, Any],
        source: str | None = None,
    ) -> int:
        row = SpanRow(
            document_id=document_id,
            annotator_id=annotator_id,
            label_id=label_id,
            start_offset=start,
            end_offset=end,
            attrs=attrs,
            source=source,
        )
        self.s.add(row)
        self.s.flush()
        return row.id

    def add_spans(
        self,
        document_id: int,
        annotator_id: int,
        spans: Sequence[tuple[Any, ...]],
    ) -> list[int]:
        """Insert many ``(label_id, start, end, attrs[, source])`` spans at once; ids in
        input order."""
        if not spans:
            return []
        now = utcnow()
        rows = [
            {
                "document_id": document_id,
                "annotator_id": annotator_id,
                "label_id": label_id,
                "start_offset": start,
                "end_offset": end,
                "attrs": attrs,
                "created": now,
                "updated": now,
                "version": 1,
                "source": rest[0] if rest else None,
            }
            for label_id, start, end, attrs, *rest in spans
        ]
        result = self.s.execute(
            insert(SpanRow).returning(SpanRow.id, sort_by_parameter_order=True), rows
        )
        return list(result.scalars())

    def add_relation(
        self, document_id: int, annotator_id: int, type_id: int, from_id: int, to_id: int
    ) -> int:
        row = RelationRow(
            document_id=document_id,
            annotator_id=annotator_id,
            type_id=type_id,
            from_span_id=from_id,
            to_span_id=to_id,
        )
        self.s.add(row)
        self.s.flush()
        return row.id

    def delete_relation_row(self, relation_id: int) -> None:
        row = self.s.get(RelationRow, relation_id)
        if row is None:
            raise NotFound(f"relation {relation_id} no longer exists")
        self.s.delete(row)
        self.s.flush()

    # Document state ---------------------------------------------------------

    def state(self, document_id: int, annotator: str) -> DocumentState:
        annotator_id = self.annotator_id(annotator, create=False) if annotator else None
        row = (
            self.s.get(DocumentStateRow, (document_id, annotator_id))
            if annotator_id is not None
            else None
        )
        if row is None:
            return DocumentState(DocumentId(document_id), annotator, Status.NEW, 0.0)
        return DocumentState(DocumentId(document_id), annotator, Status(row.status), row.seconds)

    def state_row(self, document_id: int, annotator_id: int) -> DocumentStateRow:
        row = self.s.get(DocumentStateRow, (document_id, annotator_id))
        if row is None:
            row = DocumentStateRow(
                document_id=document_id, annotator_id=annotator_id, status="new", seconds=0.0
            )
            self.s.add(row)
        row.updated = utcnow()
        return row

    def states(self, document_ids: Iterable[int]) -> list[tuple[int, int, str, float]]:
        ids = list(document_ids)
        if not ids:
            return []
        rows = self.s.execute(
            select(
                DocumentStateRow.document_id,
                DocumentStateRow.annotator_id,
                DocumentStateRow.status,
                DocumentStateRow.seconds,
            ).where(DocumentStateRow.document_id.in_(ids))
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]

    # History ----------------------------------------------------------------

    def log(
        self,
        annotator: str,
        action: str,
        entity: str,
        entity_id: int | None,
        document_id: int | None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> None:
        self.s.add(
            HistoryRow(
                annotator=annotator,
                action=action,
                entity=entity,
                entity_id=entity_id,
                document_id=document_id,
                before=before,
                after=after,
            )
        )


def span_snapshot(span: Span) -> dict[str, Any]:
    return {
        "label": span.label,
        "start": span.start,
        "end": span.end,
        "attrs": span.attrs,
        "version": span.version,
        **({"fragments": [list(p) for p in span.fragments]} if span.fragments else {}),
    }


def kind_of(kind: str) -> LabelKind:
    return LabelKind(kind)
