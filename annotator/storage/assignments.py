"""Which annotator is given which document."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select

from annotator.storage.documents import DocumentStore
from annotator.storage.orm import AnnotatorRow, AssignmentRow, DocumentRow


class AssignmentStore(DocumentStore):
    def replace_assignments(self, project_id: int, pairs: Iterable[tuple[int, int]]) -> None:
        """Drop the project's assignment and store ``(document id, annotator id)`` pairs."""
        project_docs = select(DocumentRow.id).where(DocumentRow.project_id == project_id)
        self.s.execute(delete(AssignmentRow).where(AssignmentRow.document_id.in_(project_docs)))
        self.s.add_all(AssignmentRow(document_id=doc, annotator_id=aid) for doc, aid in pairs)

    def assignments(self, project_id: int) -> list[tuple[int, str]]:
        """(document id, annotator name) for every assignment in the project."""
        rows = self.s.execute(
            select(AssignmentRow.document_id, AnnotatorRow.name)
            .join(AnnotatorRow, AnnotatorRow.id == AssignmentRow.annotator_id)
            .join(DocumentRow, DocumentRow.id == AssignmentRow.document_id)
            .where(DocumentRow.project_id == project_id)
        )
        return [(doc, name) for doc, name in rows]

    def assigned_documents(self, project_id: int, annotator: str) -> list[int]:
        rows = self.s.scalars(
            select(AssignmentRow.document_id)
            .join(AnnotatorRow, AnnotatorRow.id == AssignmentRow.annotator_id)
            .join(DocumentRow, DocumentRow.id == AssignmentRow.document_id)
            .where(DocumentRow.project_id == project_id, AnnotatorRow.name == annotator)
            .order_by(AssignmentRow.document_id)
        )
        return list(rows)
