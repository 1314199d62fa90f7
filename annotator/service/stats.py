"""Counts for ``annotator info`` and ``annotator stats``."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from annotator.storage.migrate import current_revision, head_revision
from annotator.storage.orm import (
    AnnotatorRow,
    DocumentRow,
    DocumentStateRow,
    LabelRow,
    ProjectRow,
    RelationRow,
    SpanRow,
)

if TYPE_CHECKING:
    from annotator.service.workspace import Workspace


def database_info(workspace: Workspace) -> dict[str, Any]:
    with workspace.db.reading() as s:
        counts = {
            name: int(s.scalar(select(func.count()).select_from(table)) or 0)
            for name, table in (
                ("projects", ProjectRow),
                ("documents", DocumentRow),
                ("annotators", AnnotatorRow),
                ("spans", SpanRow),
                ("relations", RelationRow),
            )
        }
    return {
        "database": workspace.db.display,
        "revision": current_revision(workspace.db),
        "head": head_revision(),
        "read_only": workspace.read_only,
        **counts,
    }


def project_stats(workspace: Workspace, project_id: int) -> dict[str, Any]:
    """Documents by status (per annotator) and spans by label."""
    with workspace.db.reading() as s:
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
    by_annotator: dict[str, Counter[str]] = {}
    for name, status, n in status_rows:
        by_annotator.setdefault(name, Counter())[status] += n
    return {
        "documents": total,
        "status": {name: dict(c) for name, c in sorted(by_annotator.items())},
        "spans": dict(sorted(label_rows)),
        "relations": relation_count,
    }
