"""Counts for ``annotator info`` and ``annotator stats``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from annotator.storage.orm import (
    AnnotatorRow,
    DocumentRow,
    DocumentStateRow,
    LabelRow,
    ProjectRow,
    RelationRow,
    SpanRow,
)
from annotator.storage.store import Store


@dataclass(frozen=True, slots=True)
class ProjectCounts:
    documents: int
    status: list[tuple[str, str, int]]  # (annotator, status, documents)
    spans: list[tuple[str, int]]  # (label, spans)
    relations: int


class CountStore(Store):
    def table_counts(self) -> dict[str, int]:
        """Rows of projects, documents, annotators, spans and relations."""
        return {
            name: int(self.s.scalar(select(func.count()).select_from(table)) or 0)
            for name, table in (
                ("projects", ProjectRow),
                ("documents", DocumentRow),
                ("annotators", AnnotatorRow),
                ("spans", SpanRow),
                ("relations", RelationRow),
            )
        }

    def project_counts(self, project_id: int) -> ProjectCounts:
        s = self.s
        total = int(
            s.scalar(select(func.count(DocumentRow.id)).where(DocumentRow.project_id == project_id))
            or 0
        )
        status_rows = s.execute(
            select(AnnotatorRow.name, DocumentStateRow.status, func.count())
            .join(DocumentRow, DocumentRow.id == DocumentStateRow.document_id)
            .join(AnnotatorRow, AnnotatorRow.id == DocumentStateRow.annotator_id)
            .where(DocumentRow.project_id == project_id)
            .group_by(AnnotatorRow.name, DocumentStateRow.status)
        ).all()
        label_rows = s.execute(
            select(LabelRow.name, func.count(SpanRow.id))
            .join(SpanRow, SpanRow.label_id == LabelRow.id)
            .where(LabelRow.project_id == project_id)
            .group_by(LabelRow.name)
        ).all()
        relation_count = int(
            s.scalar(
                select(func.count(RelationRow.id))
                .join(DocumentRow, DocumentRow.id == RelationRow.document_id)
                .where(DocumentRow.project_id == project_id)
            )
            or 0
        )
        return ProjectCounts(
            total,
            [(name, status, int(n)) for name, status, n in status_rows],
            [(name, int(n)) for name, n in label_rows],
            relation_count,
        )
