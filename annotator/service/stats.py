"""Counts for ``annotator info`` and ``annotator stats``."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from annotator.storage.migrate import current_revision, head_revision
from annotator.storage.repository import Repository

if TYPE_CHECKING:
    from annotator.service.workspace import Workspace


def database_info(workspace: Workspace) -> dict[str, Any]:
    with workspace.db.reading() as s:
        counts = Repository(s).table_counts()
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
        counts = Repository(s).project_counts(project_id)
    by_annotator: dict[str, Counter[str]] = {}
    for name, status, n in counts.status:
        by_annotator.setdefault(name, Counter())[status] += n
    return {
        "documents": counts.documents,
        "status": {name: dict(c) for name, c in sorted(by_annotator.items())},
        "spans": dict(sorted(counts.spans)),
        "relations": counts.relations,
    }
