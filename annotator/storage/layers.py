"""Spans and relations: the annotators' layers on a document."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, delete, insert, literal, select

from annotator.model import (
    DocumentId,
    LabelKind,
    Relation,
    RelationId,
    Span,
    SpanId,
)
from annotator.model.errors import Message, NotFound
from annotator.model.rows import AttrsDecoder, spans_of
from annotator.storage.convert import relation_from_values, span_from_values
from annotator.storage.documents import DocumentStore
from annotator.storage.layer_rows import relation_rows, span_rows
from annotator.storage.orm import (
    AnnotatorRow,
    DocumentRow,
    LabelRow,
    RelationRow,
    SpanRow,
    table_of,
    utcnow,
)

_SPANS = table_of(SpanRow)
_LABELS = table_of(LabelRow)
_ANNOTATORS = table_of(AnnotatorRow)
_DOCUMENTS = table_of(DocumentRow)

# A span with its label's name and kind and its annotator's name (deleting one).
_SPAN_WITH_NAMES = (
    select(
        _SPANS,
        _LABELS.c.name.label("label_name"),
        _LABELS.c.kind.label("label_kind"),
        _ANNOTATORS.c.name.label("annotator_name"),
    )
    .join(_LABELS, _LABELS.c.id == _SPANS.c.label_id)
    .join(_ANNOTATORS, _ANNOTATORS.c.id == _SPANS.c.annotator_id)
    .where(_SPANS.c.id == bindparam("id"))
)
_DELETE_SPAN = delete(_SPANS).where(_SPANS.c.id == bindparam("id"))
_RELATIONS = table_of(RelationRow)
_RELATIONS_TOUCHING = select(_RELATIONS).where(
    (_RELATIONS.c.from_span_id == bindparam("id")) | (_RELATIONS.c.to_span_id == bindparam("id"))
)


def _checked_insert() -> Any:
    """INSERT ... SELECT ... RETURNING: the new span's row only if the document still has
    the project and text hash it was read with, and the label and annotator exist."""
    now = bindparam("now", type_=_SPANS.c.created.type)
    values = (
        select(
            _DOCUMENTS.c.id,
            _ANNOTATORS.c.id,
            _LABELS.c.id,
            bindparam("start", type_=_SPANS.c.start_offset.type),
            bindparam("end", type_=_SPANS.c.end_offset.type),
            bindparam("attrs", type_=_SPANS.c.attrs.type),
            now,
            now,
            literal(1, _SPANS.c.version.type),
            bindparam("source", type_=_SPANS.c.source.type),
        )
        .select_from(_DOCUMENTS)
        .join(_LABELS, _LABELS.c.project_id == _DOCUMENTS.c.project_id)
        .join(_ANNOTATORS, _ANNOTATORS.c.name == bindparam("annotator"))
        .where(
            _DOCUMENTS.c.id == bindparam("document_id"),
            _DOCUMENTS.c.project_id == bindparam("project_id"),
            _DOCUMENTS.c.text_sha256 == bindparam("sha256"),
            _LABELS.c.name == bindparam("label"),
        )
    )
    columns = ["document_id", "annotator_id", "label_id", "start_offset", "end_offset"]
    columns += ["attrs", "created", "updated", "version", "source"]
    return (
        insert(_SPANS)
        .from_select(columns, values, include_defaults=False)
        .returning(_SPANS.c.id, _SPANS.c.annotator_id)
    )


_CHECKED_INSERT = _checked_insert()


class LayerStore(DocumentStore):
    # Spans and relations --------------------------------------------------

    def spans(self, document_ids: Sequence[int], annotator_id: int | None = None) -> list[Span]:
        """The spans of these documents (of one annotator, or all), ordered by document,
        annotator, start, longest first, then id."""
        if not document_ids:
            return []
        # Plain tuples, not ORM objects, and the attributes as JSON text decoded only when
        # not empty: the window opens a 5,000-span article through here.
        rows = span_rows(self.s, document_ids, annotator_id, by_label=False)
        if not rows:  # the label and annotator names are not needed (2 statements)
            return []
        return spans_of(rows, self.label_kinds(), self.annotator_names(), AttrsDecoder())

    def span_row(self, span_id: int, *, lock: bool = False) -> SpanRow:
        """The row; ``lock`` holds it (SELECT ... FOR UPDATE) until the transaction ends,
        so a version check cannot race a concurrent writer on PostgreSQL."""
        row = self.s.get(SpanRow, span_id, with_for_update=lock or None)
        if row is None:
            raise NotFound(Message("span {span} no longer exists", span=span_id))
        return row

    def span(self, span_id: int) -> Span:
        row = self.span_row(span_id)
        name, kind = self.label_names()[row.label_id]
        return span_from_values(row, self.annotator_names()[row.annotator_id], name, kind)

    def span_to_delete(self, span_id: int) -> tuple[Span, int]:
        """The span and its annotator's id, read with its label's and annotator's names
        in one statement (the row, every label and every annotator took three)."""
        row = self.s.connection().execute(_SPAN_WITH_NAMES, {"id": span_id}).first()
        if row is None:
            raise NotFound(Message("span {span} no longer exists", span=span_id))
        self._annotators[row.annotator_name] = row.annotator_id  # the state's update names it
        span = span_from_values(row, row.annotator_name, row.label_name, row.label_kind)
        return span, row.annotator_id

    def relations(
        self, document_ids: Sequence[int], annotator_id: int | None = None
    ) -> list[Relation]:
        if not document_ids:
            return []
        types = self.relation_type_names()
        names = self.annotator_names()
        return [
            Relation(
                RelationId(id_),
                DocumentId(document_id),
                names[aid],
                types[type_id],
                SpanId(from_id),
                SpanId(to_id),
            )
            for document_id, aid, id_, type_id, from_id, to_id in relation_rows(
                self.s, document_ids, annotator_id
            )
        ]

    def relation(self, relation_id: int) -> Relation:
        row = self.s.get(RelationRow, relation_id)
        if row is None:
            raise NotFound(Message("relation {relation} no longer exists", relation=relation_id))
        return relation_from_values(
            row, self.annotator_names()[row.annotator_id], self.relation_type_names()[row.type_id]
        )

    def relations_touching(self, span_id: int) -> list[Relation]:
        rows = self.s.connection().execute(_RELATIONS_TOUCHING, {"id": span_id}).all()
        if not rows:  # most spans: no names to read (two statements per deletion saved)
            return []
        types = self.relation_type_names()
        names = self.annotator_names()
        return [relation_from_values(r, names[r.annotator_id], types[r.type_id]) for r in rows]

    def lock_span(self, span_id: int) -> Span:
        """The span, its row held (SELECT ... FOR UPDATE) until the transaction ends."""
        self.span_row(span_id, lock=True)
        return self.span(span_id)

    def change_span(
        self,
        span_id: int,
        *,
        label_id: int | None,
        start: int,
        end: int,
        attrs: dict[str, Any],
    ) -> None:
        """Write new values (``label_id`` ``None`` keeps the label) and bump the version."""
        row = self.span_row(span_id)
        if label_id is not None:
            row.label_id = label_id
        row.start_offset, row.end_offset, row.attrs = start, end, attrs
        row.version += 1
        row.updated = utcnow()
        self.s.flush()

    def set_fragments(self, span_id: int, pieces: Sequence[tuple[int, int]]) -> None:
        """Store a split span's pieces (one piece: a plain span, nothing stored)."""
        self.span_row(span_id).fragments = [list(p) for p in pieces] if len(pieces) > 1 else None

    def delete_span_row(self, span_id: int) -> None:
        if self.s.identity_key(SpanRow, span_id) in self.s.identity_map:
            self.s.delete(self.span_row(span_id))  # loaded in this unit of work
            self.s.flush()
            return
        gone = self.s.connection().execute(_DELETE_SPAN, {"id": span_id})
        if gone.rowcount == 0:
            raise NotFound(Message("span {span} no longer exists", span=span_id))

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
        self._held_row = row  # the session keeps rows only while something holds them
        return row.id

    def insert_span_checked(
        self,
        document: tuple[int, int, str],
        annotator: str,
        label: tuple[str, str],
        start: int,
        end: int,
        attrs: dict[str, Any],
        source: str | None = None,
    ) -> Span | None:
        """Insert a span with one statement that also checks what the edit was validated
        against: the document is still the one read (``document``: id, project id, text
        hash), ``label`` (name, kind) still exists in that project and the annotator
        exists. The new span, or ``None`` when one of them does not hold (nothing was
        written; the caller reads them afresh and says what changed). Four statements
        (the document's key, the annotator, the project's labels, the insert) in one."""
        document_id, project_id, sha256 = document
        label_name = label[0]
        got = (
            self.s.connection()
            .execute(
                _CHECKED_INSERT,
                {
                    "document_id": document_id,
                    "project_id": project_id,
                    "sha256": sha256,
                    "annotator": annotator,
                    "label": label_name,
                    "start": start,
                    "end": end,
                    "attrs": attrs,
                    "now": utcnow(),
                    "source": source,
                },
            )
            .first()
        )
        if got is None:
            return None
        span_id, annotator_id = got
        self._annotators[annotator] = annotator_id  # the state's update names it
        return _written(span_id, document_id, annotator, label, (start, end), attrs, 1, source)

    def new_span(
        self,
        document_id: int,
        annotator: tuple[int, str],
        label: tuple[int, str, str],
        start: int,
        end: int,
        attrs: dict[str, Any],
        source: str | None = None,
    ) -> Span:
        """:meth:`add_span` returning the new span, built from the values written
        (``annotator`` is (id, name), ``label`` (id, name, kind)): reading it back took
        three statements (the row, every label, every annotator)."""
        aid, name = annotator
        label_id, label_name, kind = label
        span_id = self.add_span(document_id, aid, label_id, start, end, attrs, source)
        version = self._held_row.version
        return _written(
            span_id, document_id, name, (label_name, kind), (start, end), attrs, version, source
        )

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
            raise NotFound(Message("relation {relation} no longer exists", relation=relation_id))
        self.s.delete(row)
        self.s.flush()


def _written(
    span_id: int,
    document_id: int,
    annotator: str,
    label: tuple[str, str],
    extent: tuple[int, int],
    attrs: dict[str, Any],
    version: int,
    source: str | None,
) -> Span:
    """A span just inserted, from the values written (``label``: name, kind); a new row
    has no fragments and no referent."""
    return Span(
        id=SpanId(span_id),
        document_id=DocumentId(document_id),
        annotator=annotator,
        label=label[0],
        kind=LabelKind(label[1]),
        start=extent[0],
        end=extent[1],
        attrs=dict(attrs),
        version=version,
        source=source,
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
