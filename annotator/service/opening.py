"""Opening the database for one start of the app or the CLI: the opening policy, once.

:class:`Workspace` only connects. A start of the window or of a CLI command opens it
through :func:`open_workspace`, which also takes today's backup and, on the default
database, adds the Demo project; background jobs (exports, imports) open a plain
:class:`Workspace` on the same URL.
"""

from __future__ import annotations

import os

from annotator.formats.native import read_jsonl
from annotator.model import Project
from annotator.model.names import DEMO_ANNOTATOR
from annotator.resources import seed_path
from annotator.service.importing import import_records
from annotator.service.maintenance import backup_on_open
from annotator.service.workspace import DEMO_PROJECT, Workspace

DEMO_SEED = "kim-putin-letter.spans.jsonl"


def open_workspace(
    database: str | os.PathLike[str] | None = None,
    *,
    seed_demo: bool = False,
    read_only: bool | None = None,
    daily_backup: bool = True,
) -> Workspace:
    """Connect, take today's backup (a writable SQLite file with documents), and with
    ``seed_demo`` add the Demo project to an empty database. ``daily_backup=False``
    leaves today's copy to the caller (the window makes it on a pool thread)."""
    workspace = Workspace(database, read_only=read_only)
    try:
        if not workspace.read_only:
            if daily_backup:
                workspace.last_backup = backup_on_open(workspace)
            if seed_demo:
                ensure_demo(workspace)
    except BaseException:
        workspace.close()
        raise
    return workspace


def ensure_demo(workspace: Workspace) -> Project | None:
    """On an empty database, create the Demo project from ``seeds/``."""
    if workspace.projects():
        return None
    path = seed_path(DEMO_SEED)
    with open(path, encoding="utf-8") as handle:
        records = list(read_jsonl(handle, str(path)))
    import_records(workspace, records, project=DEMO_PROJECT, annotator=DEMO_ANNOTATOR)
    return workspace.project(DEMO_PROJECT)


__all__ = ["ensure_demo", "open_workspace"]
