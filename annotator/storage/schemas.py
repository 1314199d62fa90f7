"""Schema edits on the rows: usage counts, renames and deletions of labels."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import aliased

from annotator.storage.orm import (
    DocumentRow,
    LabelRow,
    ProjectRow,
    RelationRow,
    RelationTypeRow,
    SpanRow,
)
from annotator.storage.projects import ProjectStore

CHUNK = 500  # ids per IN (...) list


def relation_labels_query() -> Select[int, str, str, str]:
    """(relation id, type, source label, target label) of relations; add a ``where``."""
    src, dst = aliased(SpanRow), aliased(SpanRow)
    src_label, dst_label = aliased(LabelRow), aliased(LabelRow)
    return (
        select(RelationRow.id, RelationTypeRow.name, src_label.name, dst_label.name)
        .join(RelationTypeRow, RelationTypeRow.id == RelationRow.type_id)
        .join(src, src.id == RelationRow.from_span_id)
        .join(dst, dst.id == RelationRow.to_span_id)
        .join(src_label, src_label.id == src.label_id)
        .join(dst_label, dst_label.id == dst.label_id)
    )


class SchemaStore(ProjectStore):
    def label_usage(self, project_id: int) -> dict[str, int]:
        """Spans per label (every annotator), including labels with none."""
        rows = self.s.execute(
            select(LabelRow.name, func.count(SpanRow.id))
            .outerjoin(SpanRow, SpanRow.label_id == LabelRow.id)
            .where(LabelRow.project_id == project_id)
            .group_by(LabelRow.name)
        )
        return {name: int(n) for name, n in rows}

    def relation_usage(self, project_id: int) -> dict[str, int]:
        rows = self.s.execute(
            select(RelationTypeRow.name, func.count(RelationRow.id))
            .outerjoin(RelationRow, RelationRow.type_id == RelationTypeRow.id)
            .where(RelationTypeRow.project_id == project_id)
            .group_by(RelationTypeRow.name)
        )
        return {name: int(n) for name, n in rows}

    def count_spans_with_labels(self, label_ids: Sequence[int]) -> int:
        if not label_ids:
            return 0
        query = select(func.count(SpanRow.id)).where(SpanRow.label_id.in_(label_ids))
        return int(self.s.scalar(query) or 0)

    def relation_labels(self, project_id: int) -> list[tuple[int, str, str, str]]:
        """(relation id, type, source label, target label) for every relation of the project."""
        rows = self.s.execute(
            relation_labels_query()
            .join(DocumentRow, DocumentRow.id == RelationRow.document_id)
            .where(DocumentRow.project_id == project_id)
        )
        return [(i, t, a, b) for i, t, a, b in rows]

    def delete_relations(self, relation_ids: Sequence[int]) -> None:
        for start in range(0, len(relation_ids), CHUNK):
            chunk = relation_ids[start : start + CHUNK]
            self.s.execute(delete(RelationRow).where(RelationRow.id.in_(chunk)))

    def delete_spans_with_labels(self, label_ids: Sequence[int]) -> None:
        if label_ids:
            self.s.execute(delete(SpanRow).where(SpanRow.label_id.in_(label_ids)))

    def rename_labels(self, project_id: int, renames: Mapping[str, str]) -> None:
        """Rename label rows (ids, and so spans, kept); two renames may swap names."""
        rows = {
            r.name: r
            for r in self.s.scalars(select(LabelRow).where(LabelRow.project_id == project_id))
        }
        # Park the rows under unique names first, so A->B, B->A does not collide.
        for before in renames:
            rows[before].name = f"\x01rename-{rows[before].id}"  # PostgreSQL refuses NUL
        self.s.flush()
        for before, after in renames.items():
            rows[before].name = after
        self.s.flush()

    def set_schema_name(self, project_id: int, name: str) -> None:
        row = self.s.get(ProjectRow, project_id)
        if row is not None:
            row.schema_name = name

    def set_independent(self, project_id: int, independent: bool) -> None:
        row = self.s.get(ProjectRow, project_id)
        assert row is not None
        row.independent = bool(independent)
