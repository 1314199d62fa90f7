"""What the File and Team menu items do: open a dialog on the window's project and
follow up on what it changed (documents imported, schema saved, a document chosen)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog

from annotator.gui.corpus_search import CorpusSearchDialog
from annotator.gui.dialogs import show_modeless
from annotator.gui.dialogs.export_dialog import ExportDialog
from annotator.gui.dialogs.import_dialog import ImportDialog
from annotator.gui.error_text import describe
from annotator.gui.jobs import JobDialog
from annotator.gui.status_bar import warn
from annotator.gui.team import (
    AgreementDialog,
    SchemaEditorDialog,
    open_agreement_report,
    open_curation,
    open_schema_editor,
)
from annotator.service import ServiceError
from annotator.service.assignment import curation_refusal, set_independent
from annotator.service.errors import PermissionRefused
from annotator.service.roles import working_name

if TYPE_CHECKING:
    from annotator.gui.context import WindowContext

D = TypeVar("D", bound=QDialog)


class MenuCommands:
    """Opens the dialogs for the main window and keeps track of them until it closes."""

    def __init__(self, window: WindowContext) -> None:
        self.window = window
        self.open: list[QDialog] = []

    def _keep(self, dialog: QDialog) -> QDialog:
        self.open = [d for d in self.open if _alive(d)] + [dialog]
        return dialog

    def _project_name(self) -> str | None:
        return self.window.project.name if self.window.project else None

    def ask_annotator(self) -> None:
        """File > Change annotator name."""
        w = self.window
        name, ok = QInputDialog.getText(
            w,
            QCoreApplication.translate("MenuCommands", "Annotator"),
            QCoreApplication.translate("MenuCommands", "Your name (recorded with every edit):"),
            text=w.annotator,
        )
        if not (ok and name.strip()):
            return
        try:  # on PostgreSQL the login is the annotator (or gold, for a curator)
            allowed = working_name(w.ws, name.strip()) or name.strip()
        except PermissionRefused as exc:
            warn(w, QCoreApplication.translate("MenuCommands", "Annotator"), describe(exc))
            return
        w.set_annotator(allowed)

    def export(self) -> ExportDialog:
        w = self.window
        dialog = ExportDialog(w.ws, self._project_name(), parent=w)
        self._keep(show_modeless(dialog))
        return dialog

    def import_(self) -> ImportDialog:
        w = self.window
        dialog = ImportDialog(w.ws, self._project_name(), w.annotator, parent=w)
        dialog.imported.connect(self._imported)
        self._keep(show_modeless(dialog))
        return dialog

    def _imported(self, _report: object) -> None:
        if not self.window.ws.closed:  # an import the closing window waited for
            self.window.reload_projects()

    def _on_project(self, open_dialog: Callable[..., D]) -> D | None:
        w = self.window
        if w.project is None:
            w.notify(
                QCoreApplication.translate("MenuCommands", "No project yet: import documents first")
            )
            return None
        dialog = open_dialog(w.ws, int(w.project.id), parent=w)
        self._keep(dialog)
        return dialog

    def corpus_search(self) -> CorpusSearchDialog | None:
        """Edit > Search all documents (Ctrl+Shift+F): one dialog, reused."""
        w = self.window
        if w.project is None:
            w.notify(
                QCoreApplication.translate("MenuCommands", "No project yet: import documents first")
            )
            return None
        found = [d for d in self.open if isinstance(d, CorpusSearchDialog) and _alive(d)]
        if found and found[0].project_id == int(w.project.id):
            dialog = found[0]
        else:
            dialog = CorpusSearchDialog(w.ws, int(w.project.id), parent=w)
            dialog.hit_activated.connect(w.open_at)
            self._keep(show_modeless(dialog))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.box.setFocus()
        dialog.box.selectAll()
        return dialog

    def schema_editor(self) -> SchemaEditorDialog | None:
        dialog = self._on_project(open_schema_editor)
        if dialog is not None:
            # The window, the curation view and the agreement report hear of it on the
            # change broadcast, like an edit of a document.
            dialog.changed.connect(lambda changes: self.window.change_bus.publish(changes, dialog))
        return dialog

    def agreement(self) -> AgreementDialog | None:
        dialog = self._on_project(open_agreement_report)
        if dialog is not None:
            dialog.document_activated.connect(self.window.open_document)
            self.window.change_bus.subscribe(dialog.on_changes)  # counted again after edits
        return dialog

    def curation(self) -> QDialog | None:
        """Curate the open document; in an independent project only as ``gold``."""
        w = self.window
        document = w.session.document
        if document is None or w.project is None:
            w.notify(QCoreApplication.translate("MenuCommands", "Open a document to curate first"))
            return None
        refusal = curation_refusal(w.project, w.annotator)
        if refusal is not None:
            w.notify(refusal)
            return None
        dialog = open_curation(w.ws, int(document.id), parent=w, window=w)
        # Gold edits made in the curation view reach every panel of the window, and the
        # window's edits of gold refresh the view: one broadcast both ways.
        dialog.gold_changed.connect(lambda changes: w.change_bus.publish(changes, dialog))
        w.change_bus.subscribe(dialog.on_changes)
        return self._keep(dialog)

    def set_independent(self, on: bool) -> None:
        w = self.window
        if w.project is None:
            return
        try:
            project = set_independent(w.ws, int(w.project.id), on)
        except ServiceError as exc:
            w.show_error(describe(exc))
            return
        w.set_project(project)
        w.session.reload()
        w.notify(
            QCoreApplication.translate(
                "MenuCommands",
                "Independent annotation on: each annotator sees only their own layer",
            )
            if on
            else QCoreApplication.translate("MenuCommands", "Independent annotation off")
        )

    def close_all(self, timeout_ms: int = 30_000) -> None:
        """Stop running imports and exports (waiting for them) and close every dialog."""
        for dialog in self.open:
            if not _alive(dialog):
                continue
            if isinstance(dialog, JobDialog):
                dialog.finish_job(timeout_ms)
            dialog.close()
        self.open = []


def _alive(dialog: QDialog) -> bool:
    try:
        dialog.objectName()
    except RuntimeError:  # deleted on close by Qt
        return False
    return True
