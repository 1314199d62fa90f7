"""The use-cases every face (CLI, window, tests) calls."""

from __future__ import annotations

from annotator.service.changes import Changes
from annotator.service.errors import (
    ConflictError,
    InputError,
    NotFound,
    ReadOnlyError,
    ServiceError,
)
from annotator.service.importing import ImportReport, import_records
from annotator.service.opening import ensure_demo, open_workspace
from annotator.service.workspace import (
    DEFAULT_PROJECT,
    DEMO_PROJECT,
    Workspace,
    cluster_index,
    default_annotator_name,
)

__all__ = [
    "DEFAULT_PROJECT",
    "DEMO_PROJECT",
    "Changes",
    "ConflictError",
    "ImportReport",
    "InputError",
    "NotFound",
    "ReadOnlyError",
    "ServiceError",
    "Workspace",
    "cluster_index",
    "default_annotator_name",
    "ensure_demo",
    "import_records",
    "open_workspace",
]
