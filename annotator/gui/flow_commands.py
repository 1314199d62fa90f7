"""The window's working-day commands: notes, the "edited after done" mark, docks, colours,
font, help, opening databases and reopening the last project and document.

Kept apart from :mod:`main_window` (which builds and wires the core panels) so each
stays readable; the window creates one :class:`FlowCommands` and calls its hooks.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QFontDialog
from shiboken6 import isValid

from annotator.gui import undo
from annotator.gui.actions import ActionId
from annotator.gui.error_text import describe
from annotator.gui.help import about, shortcut_sheet
from annotator.gui.jobs import Job
from annotator.gui.settings import save_settings, with_recent
from annotator.gui.status_bar import warn
from annotator.gui.theme import apply_theme
from annotator.model import Project, Status
from annotator.service import Changes, Workspace
from annotator.service.notes import edited_after_done, search_notes
from annotator.storage.engine import sqlite_path

if TYPE_CHECKING:
    from annotator.gui.context import WindowContext

THEME_ACTIONS = {
    ActionId.THEME_SYSTEM: "system",
    ActionId.THEME_LIGHT: "light",
    ActionId.THEME_DARK: "dark",
}


@lru_cache(maxsize=1)
def system_has_bengali_font() -> bool:
    """Whether fontconfig knows a Bengali font: the title bar is drawn by the window
    manager with system fonts, not with the font bundled in the app."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    try:
        found = subprocess.run(
            [fc_list, ":lang=bn", "family"], capture_output=True, text=True, timeout=5
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(found.stdout.strip())


# Whether the title bar has a Bengali font, asked once per process on a pool thread
# (``fc-list`` takes ~120 ms: never on the way to the first document): "known" holds
# the answer once it came, "job" the running question, "waiting" what to call then.
_title_font: dict[str, Any] = {}


def probe_title_font(then: Callable[[], None] | None = None) -> None:
    """Start asking fontconfig for a Bengali font (once per process, off the UI thread);
    ``then`` is called on the UI thread when the answer comes (not if it is known)."""
    if "known" in _title_font:
        return
    if then is not None:
        _title_font.setdefault("waiting", []).append(then)
    if "job" in _title_font:
        return
    job = Job(lambda _job: system_has_bengali_font())
    job.signals.finished.connect(_font_answered)
    job.signals.failed.connect(lambda _why: _font_answered(False))
    _title_font["job"] = job  # the signals live as long as the job
    QThreadPool.globalInstance().start(job)


def _font_answered(found: object) -> None:
    _title_font["known"] = bool(found)
    for then in _title_font.pop("waiting", []):
        then()


def title_font_known() -> bool | None:
    """The probe's answer: True or False, None while it runs."""
    known = _title_font.get("known")
    return None if known is None else bool(known)


def _has_bengali(text: str) -> bool:
    return any("\u0980" <= ch <= "\u09ff" for ch in text)


class FlowCommands:
    """Hooks and menu commands of the labeling flow (see the module docstring)."""

    def __init__(self, window: WindowContext) -> None:
        self.w = window
        self._places: dict[str, tuple[str, str]] = {}  # database -> (project, document)
        # Opens the database of "Open database…" and names the annotator there; set by
        # annotator.gui.app (which imports the main window, so this module cannot
        # import it).
        self.open_workspace: Callable[..., tuple[Workspace, str]] | None = None
        self._dialogs: list[object] = []
        # Until fontconfig answers, a Bengali title shows the id (never boxes).
        probe_title_font(then=self._retitle)
        self._noted: set[int] = set()  # spans with a note, as the panels show them

    # Wiring ---------------------------------------------------------------

    def connect(self) -> None:
        w, a = self.w, self.w.acts
        a[ActionId.EDIT_NOTE].triggered.connect(self.focus_note)
        a[ActionId.OPEN_DATABASE].triggered.connect(self.ask_database)
        a[ActionId.TEXT_FONT].triggered.connect(self.choose_font)
        a[ActionId.RESET_PANELS].triggered.connect(lambda: w.panels.default_layout(w))
        a[ActionId.SHORTCUTS].triggered.connect(self.show_shortcuts)
        a[ActionId.GUIDELINES].triggered.connect(self.show_guidelines)
        a[ActionId.ABOUT].triggered.connect(lambda: self._show(about(w, w.ws.db.display)))
        group = QActionGroup(w)
        for action_id, theme in THEME_ACTIONS.items():
            action = a[action_id]
            group.addAction(action)
            action.setChecked(w.settings.theme == theme)
            action.triggered.connect(lambda _=False, t=theme: self.set_theme(t))
        view = w.menus["&View"]
        first = view.actions()[0] if view.actions() else None
        for dock in w.docks.values():  # closed panels come back from here
            view.insertAction(first, dock.toggleViewAction())  # type: ignore[arg-type]  # None: append
        view.insertSeparator(first)  # type: ignore[arg-type]
        self._fill_recent()
        if w.settings.theme != "system":
            apply_theme(w.settings.theme)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_scheme_changed)
        w.text_view.addAction(a[ActionId.EDIT_NOTE])
        w.span_note.saved.connect(self.save_span_note)
        w.notes_panel.added.connect(lambda text: self.document_note(None, "", text))
        w.notes_panel.edited.connect(self._edit_document_note)
        w.notes_panel.search_requested.connect(self.search)
        w.notes_panel.open_requested.connect(w.open_document)
        w.done_mark.reopen.connect(lambda: w.labeler.set_status(Status.IN_PROGRESS))
        w.done_mark.keep_done.connect(self.keep_done)

    def _show(self, dialog: object) -> None:
        self._dialogs = [d for d in self._dialogs if getattr(d, "isVisible", lambda: False)()]
        self._dialogs.append(dialog)
        dialog.show()  # type: ignore[attr-defined]

    def close_dialogs(self) -> None:
        """Close the About box and the shortcut sheet (another database: the About box
        names the old one)."""
        for dialog in self._dialogs:
            if isValid(dialog):
                dialog.close()  # type: ignore[attr-defined]
        self._dialogs = []

    # Hooks from the window ----------------------------------------------------

    def _retitle(self) -> None:
        if isValid(self.w) and self.w.session.document is not None:
            self.w.setWindowTitle(self.window_title())

    def window_title(self) -> str:
        """The document's title, or (no Bengali font for the title bar, or not known yet)
        its id."""
        w = self.w
        doc = w.session.document
        if doc is None:
            return QCoreApplication.translate("FlowCommands", "Annotator")
        title = doc.title or doc.external_id
        if _has_bengali(title) and not title_font_known():
            project = w.project.name if w.project else ""
            title = " · ".join(p for p in (project, doc.external_id) if p)
            if _has_bengali(title):
                title = QCoreApplication.translate("FlowCommands", "document {id}").format(
                    id=int(doc.id)
                )
        return QCoreApplication.translate("FlowCommands", "{title} — Annotator").format(title=title)

    def document_loaded(self) -> None:
        """A done document edited since it was marked done shows the mark again."""
        w, s = self.w, self.w.session
        w.done_mark.hide()
        self.show_notes()
        if s.document is not None and s.status is Status.DONE and s.preview_of is None:
            try:
                when = edited_after_done(w.ws, int(s.document.id), s.annotator)
            except Exception:  # the mark is a courtesy: never block opening
                when = None
            if when is not None:
                w.done_mark.mark(when.astimezone())

    def on_changes(self, changes: Changes, _source: object = None) -> None:
        """The change broadcast: an edit of the open layer marks a done document as
        edited after done; a note edit (here or elsewhere) shows in the notes dock, the
        text and the table, and a removed span takes its note off them."""
        self.edited(changes)
        if changes.notes_after is not None or self._noted & {
            int(span.id) for span in changes.spans_removed
        }:
            self.show_notes()

    def edited(self, changes: Changes) -> None:
        """An edit of spans or links on a done document shows the mark."""
        touched = (
            changes.spans_added
            or changes.spans_removed
            or changes.spans_updated
            or changes.relations_added
            or changes.relations_removed
        )
        if touched and self.w.session.status is Status.DONE:
            self.w.done_mark.mark()

    def keep_done(self) -> None:
        """The annotator confirms the edited document stays done (recorded, so the mark
        does not come back for these edits)."""
        if self.w.session.set_status(Status.DONE) is not None:
            self.w.notify(
                QCoreApplication.translate(
                    "FlowCommands",
                    "The document stays done (Ctrl+Z undoes the edit if it was wrong)",
                )
            )

    # Notes ------------------------------------------------------------------

    def show_notes(self) -> None:
        w, s = self.w, self.w.session
        notes = {span_id: n.text for span_id, n in s.span_notes.items()}
        self._noted = set(notes)
        w.text_view.set_noted(notes)
        w.table_model.set_notes(notes)
        w.notes_panel.show_notes(s.document_notes)
        span = s.span(w.text_view.selected_span)
        w.span_note.show_note(
            span.id if span else None, s.span_notes.get(span.id) if span else None
        )

    def focus_note(self) -> None:
        w = self.w
        if w.session.span(w.text_view.selected_span) is None:
            w.notify(
                QCoreApplication.translate(
                    "FlowCommands", "Select a span first; its note is edited under the span details"
                )
            )
            return
        w.docks["details"].show()
        w.docks["details"].raise_()
        w.span_note.editor.setFocus()

    def save_span_note(self, span_id: int, text: str) -> None:
        w, s = self.w, self.w.session
        span = s.span(span_id)
        if span is None or w.labeler._refused():
            return
        old = s.span_notes.get(span_id)
        before = old.text if old else ""
        if before == text:
            return
        if s.set_span_note(span_id, text):
            w._push(undo.SetSpanNote(s, span, before, text))
            w.notify(
                QCoreApplication.translate("FlowCommands", "Note saved")
                if text
                else QCoreApplication.translate("FlowCommands", "Note removed")
            )
            w.text_view.setFocus()

    def document_note(self, note_id: int | None, before: str, after: str) -> None:
        w, s = self.w, self.w.session
        if w.labeler._refused():
            return
        if note_id is None:
            note = s.add_document_note(after)
            if note is not None:
                w._push(undo.DocumentNote(s, note.id, "", after))
        elif s.edit_document_note(note_id, after):
            w._push(undo.DocumentNote(s, note_id, before, after))

    def _edit_document_note(self, note_id: int, text: str) -> None:
        old = next((n for n in self.w.session.document_notes if n.id == note_id), None)
        if old is not None and old.text != text:
            self.document_note(note_id, old.text, text)

    def search(self, query: str) -> None:
        w = self.w
        if w.project is None or not query.strip():
            w.notes_panel.show_results([])
            return
        found = search_notes(w.ws, int(w.project.id), query.strip())
        w.notes_panel.show_results([(int(d), ext, n) for d, ext, n in found])

    # View -------------------------------------------------------------------

    def set_theme(self, theme: str) -> None:
        w = self.w
        apply_theme(theme)
        w._update_settings(theme=theme)
        w.text_view.refresh_colours()  # label fills follow the page's colour

    def _system_scheme_changed(self) -> None:
        if self.w.settings.theme == "system":
            self.set_theme("system")

    def choose_font(self) -> None:
        w = self.w
        ok, font = QFontDialog.getFont(
            w.text_view.font(),
            w,
            QCoreApplication.translate("FlowCommands", "Font of the document text"),
        )
        if not ok:
            return
        w.text_view.set_font_family(font.family())
        w._update_settings(font_family=font.family())

    def show_shortcuts(self) -> None:
        self._show(shortcut_sheet(self.w, self.w.acts.shortcut_table()))

    def show_guidelines(self) -> None:
        dock = self.w.docks["guidelines"]
        dock.show()
        dock.raise_()

    # Databases --------------------------------------------------------------

    def _fill_recent(self) -> None:
        w = self.w
        menu = w.menus["&File"]
        anchor = w.acts[ActionId.IMPORT]
        self.recent_menu = menu.addMenu(
            QCoreApplication.translate("FlowCommands", "Recent &databases")
        )
        menu.insertMenu(anchor, self.recent_menu)
        menu.insertSeparator(anchor)
        self._refill_recent()

    def _refill_recent(self) -> None:
        """The recent databases other than the one open (again after each switch)."""
        menu = self.recent_menu
        for action in menu.actions():
            menu.removeAction(action)
            action.deleteLater()
        current = self._database_path()
        recent = [d for d in self.w.settings.recent if d != current]
        for path in recent:
            action = QAction(path, menu)
            action.triggered.connect(lambda _=False, p=path: self.open_database(p))
            menu.addAction(action)
        menu.setEnabled(bool(recent))

    def _database_path(self) -> str | None:
        path = sqlite_path(self.w.ws.db.url)
        return str(path) if path is not None else None

    def ask_database(self) -> None:
        start = self._database_path() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.w,
            QCoreApplication.translate("FlowCommands", "Open database"),
            str(Path(start).parent),
            QCoreApplication.translate(
                "FlowCommands", "Annotator databases (*.sqlite3 *.sqlite *.db);;All files (*)"
            ),
        )
        if path:
            self.open_database(path)

    def open_database(self, path: str) -> bool:
        """Move this window to another database (File > Open database, the Recent
        list). The database is opened first: if that fails the window stays on the one
        it shows, working, and says why in one line (False)."""
        w = self.w
        if self.open_workspace is None:
            self._cannot_open(
                QCoreApplication.translate(
                    "FlowCommands", "this window cannot open another database"
                )
            )
            return False
        if not Path(path).exists():
            self._cannot_open(
                QCoreApplication.translate("FlowCommands", "{path} does not exist any more").format(
                    path=path
                )
            )
            return False
        try:
            workspace, name = self.open_workspace(path, w.annotator, w.settings)
        except Exception as exc:  # not a database, a newer schema, a refused login...
            self._cannot_open(
                QCoreApplication.translate("FlowCommands", "cannot open {path}: {exc}").format(
                    path=path, exc=describe(exc)
                )
            )
            return False
        self.remember()  # this database joins the recent list with its place in it
        w.switch_database(workspace, name)
        self._refill_recent()
        return True

    def _cannot_open(self, line: str) -> None:
        """One line in the status bar and in a box; the window keeps its database."""
        w = self.w
        w.errors.append(line)
        w.status.message(line, 15000)
        # The box's title is the app's name: a window manager without a Bengali font
        # draws a translated title as boxes.
        warn(w, QCoreApplication.translate("FlowCommands", "Annotator"), line)

    def remember(self) -> None:
        """Record this database in the recent list, with its open project and document
        (also kept per database while the window runs: moving back to a database it
        showed before reopens that place, though the settings keep only the last)."""
        w = self.w
        path = self._database_path()
        if path is None:
            return
        settings = with_recent(w.settings, path)
        doc = w.session.document
        settings = replace(
            settings,
            last_project=w.project.name if w.project else "",
            last_document=doc.external_id if doc else "",
        )
        self._places[path] = (settings.last_project, settings.last_document)
        w.settings = settings
        if w._save_settings:
            save_settings(settings)

    def _place(self) -> tuple[str, str]:
        """(project, document external id) last open in this database, if known."""
        s, path = self.w.settings, self._database_path()
        if path is not None and s.last_database == path:
            return s.last_project, s.last_document
        return self._places.get(path or "", ("", ""))

    def remembered_project(self, projects: list[Project]) -> Project | None:
        """The project open when this database was last closed, if it still exists:
        the window opens it first, not the first project and then this one."""
        project, _document = self._place()
        if not project:
            return None
        return next((p for p in projects if p.name == project), None)

    def reopen_last(self) -> None:
        """At start (or back in a database): the document open when this database was
        last closed (its project is already open, see :meth:`remembered_project`)."""
        w = self.w
        project, document = self._place()
        if not document or w.project is None or w.project.name != project:
            return
        shown = w.session.document
        if shown is not None and shown.external_id == document:
            return
        try:
            w.open_document(document)
        except Exception:  # the document went away: the project's first is open
            return
