"""What the window's helpers may use of the window: the :class:`WindowContext`.

Menu commands, dialogs and controllers (``menu_commands``, ``flow_commands``,
``suggestions``, the curation view) are given the main window at construction and type
it as this small interface; they never import :mod:`annotator.gui.main_window`, so no
module of the window imports one that imports it back. :class:`MainWindow` implements
it. It is a ``QMainWindow`` (helpers parent their dialogs on it) declaring the members
and methods they may use; a ``Protocol`` cannot also be a Qt class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand
    from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

    from annotator.gui.actions import Actions
    from annotator.gui.annotation_table import AnnotationTableModel
    from annotator.gui.change_bus import ChangeBus
    from annotator.gui.done_mark import EditedAfterDone
    from annotator.gui.editing import Labeler
    from annotator.gui.notes_panel import NotesPanel, SpanNoteEditor
    from annotator.gui.panels import Panels
    from annotator.gui.session import DocumentSession
    from annotator.gui.settings import Settings
    from annotator.gui.status_bar import StatusPanel
    from annotator.gui.text_view import TextView
    from annotator.model import Project
    from annotator.service import Workspace


class WindowContext(QMainWindow):
    """The main window as its helpers see it: the open workspace, project, annotator
    and document session, its panels, and the few things they may ask of it."""

    ws: Workspace
    annotator: str
    settings: Settings
    project: Project | None
    session: DocumentSession
    change_bus: ChangeBus  # publish every Changes a dialog commits here
    acts: Actions
    status: StatusPanel  # the status bar: messages, save state, annotator and role
    labeler: Labeler
    panels: Panels
    text_view: TextView
    table_model: AnnotationTableModel
    notes_panel: NotesPanel
    span_note: SpanNoteEditor
    done_mark: EditedAfterDone
    docks: dict[str, QDockWidget]
    menus: dict[str, QMenu]
    errors: list[str]  # every error line shown, newest last
    _save_settings: bool

    def parent_widget(self) -> QWidget:
        """The window as the parent of a dialog."""
        return self

    def notify(self, message: str) -> None:
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        raise NotImplementedError

    def open_document(self, document_id: str | int) -> None:
        raise NotImplementedError

    def open_at(self, document_id: int, start: int, end: int) -> None:
        raise NotImplementedError

    def set_project(self, project: Project) -> None:
        raise NotImplementedError

    def reload_projects(self) -> None:
        raise NotImplementedError

    def switch_project(self, project_id: int, project: Project | None = None) -> None:
        raise NotImplementedError

    def set_annotator(self, name: str) -> None:
        raise NotImplementedError

    def switch_database(self, workspace: Workspace, annotator: str) -> None:
        raise NotImplementedError

    def select_span(self, span_id: int | None, scroll: bool = True) -> None:
        raise NotImplementedError

    def _push(self, command: QUndoCommand) -> None:
        raise NotImplementedError

    def _update_settings(self, **changes: object) -> None:
        raise NotImplementedError
