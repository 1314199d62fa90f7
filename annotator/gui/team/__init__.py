"""Team dialogs: the schema editor, the agreement report and the curation view.

Each is a standalone dialog built on a :class:`~annotator.service.Workspace`, with an
``open_...`` function the main window (or a test) calls.
"""

from __future__ import annotations

from annotator.gui.team.agreement_report import AgreementDialog, open_agreement_report
from annotator.gui.team.curation_view import CurationDialog, open_curation
from annotator.gui.team.schema_editor import SchemaEditorDialog, open_schema_editor

__all__ = [
    "AgreementDialog",
    "CurationDialog",
    "SchemaEditorDialog",
    "open_agreement_report",
    "open_curation",
    "open_schema_editor",
]
