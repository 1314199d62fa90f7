"""Start the window: QApplication, fonts, the annotator's name, the main window.

A cold start paints a placeholder window (the title and "Opening …") before the
database library, the services and the main window are even imported; the real window
replaces it, at the same place and size, once the database is open.

Nothing before that first paint touches PySide's ``Qt`` namespace: its first use builds
the Python types of all its enums (40-55 ms, more than anything else the placeholder
needs), so the placeholder draws its line itself and the system's colour scheme
(``Qt.ColorScheme``) is read after the paint (see :func:`run`).
"""

from __future__ import annotations

import gc
import os
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMainWindow, QWidget

from annotator import __version__
from annotator.gui import i18n
from annotator.gui.settings import Settings, load_settings, save_settings
from annotator.resources import resource_path

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow
    from annotator.service import Workspace


def is_default_database(database: str | None) -> bool:
    from annotator.storage import resolve_url
    from annotator.storage.engine import default_database_path

    return resolve_url(database) == resolve_url(str(default_database_path()))


def build_window(
    database: str | None,
    annotator: str | None = None,
    settings: Settings | None = None,
    *,
    save: bool = False,
) -> MainWindow:
    """The main window on ``database``; the default database is seeded with the Demo."""
    from annotator.gui.flow_commands import probe_title_font
    from annotator.gui.fonts import load_fonts
    from annotator.gui.main_window import MainWindow

    load_fonts()
    probe_title_font()  # fc-list on a pool thread while the database opens
    settings = settings or load_settings()
    i18n.install(i18n.choose_language(settings.language))
    workspace, name = open_window_workspace(database, annotator, settings)
    window = MainWindow(workspace, name, settings, save=save)
    if gc.get_freeze_count() == 0:
        # What the first window is built on (PySide6, SQLAlchemy, the window) lives as
        # long as the process: the collector's full passes skip it from now on. One
        # such pass, landing or not while a long article opened, took 42-51 ms of its
        # 0.25 s (5,000 spans, 1,000 links; BENCHMARKS.md "Opening with links").
        gc.freeze()
    window.flow.open_workspace = open_window_workspace  # File > Open database
    window.destroyed.connect(workspace.close)
    return window


def open_window_workspace(
    database: str | None, annotator: str | None, settings: Settings
) -> tuple[Workspace, str]:
    """The workspace a window works on, and the annotator's name there: used to build
    the window and by File > Open database, which moves a running window to it."""
    from annotator.service import default_annotator_name, open_workspace
    from annotator.service.roles import working_name
    from annotator.storage.engine import set_password_prompt

    set_password_prompt(ask_server_password)  # a server login the URL gave no password
    # Today's backup is made by the window on a pool thread (a large file takes seconds).
    workspace = open_workspace(
        database, seed_demo=is_default_database(database), daily_backup=False
    )
    try:  # on PostgreSQL with team roles the login is the annotator
        name = working_name(workspace, annotator) or settings.annotator or default_annotator_name()
    except Exception:
        workspace.close()
        raise
    # An edit during another process's long import is refused within a second, saying
    # so, instead of freezing the window for the 30 s a command-line import may wait.
    workspace.db.set_edit_wait(EDIT_WAIT_MS)
    return workspace, name


EDIT_WAIT_MS = 1000


def load_fonts() -> None:
    """The bundled fonts (imported here: a start in English paints its placeholder
    without them, and each module a start imports before that paint is waited for)."""
    from annotator.gui.fonts import load_fonts as load

    load()


def apply_theme(theme: str) -> None:
    from annotator.gui.theme import apply_theme as apply

    apply(theme)


def ask_first_name(settings: Settings) -> Settings | None:
    """On first start, ask the annotator's name (default: the OS user name)."""
    from annotator.service import default_annotator_name

    name, ok = QInputDialog.getText(
        None,
        QCoreApplication.translate("App", "Welcome to Annotator"),
        QCoreApplication.translate(
            "App", "Your name as an annotator (recorded with every label you make):"
        ),
        text=default_annotator_name(),
    )
    if not ok:
        return None
    return Settings(
        annotator=name.strip() or default_annotator_name(),
        snap_to_words=settings.snap_to_words,
        font_size=settings.font_size,
    )


def start_without_name(settings: Settings) -> Settings | None:
    """Cancel in the welcome dialog: say what it means and offer the login name."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from annotator.service import default_annotator_name

    name = default_annotator_name()
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("App", "Start without choosing a name?"),
        QCoreApplication.translate(
            "App",
            "Every label you make is recorded with an annotator name. Start "
            "as “{name}” (File > Change annotator name… changes it later), "
            "or quit?",
        ).format(name=name),
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    start = box.addButton(
        QCoreApplication.translate("App", "Start as {name}").format(name=name),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not start:
        return None
    return replace(settings, annotator=name)


def run(db: str | None, annotator: str | None) -> int:
    """``annotator`` with no subcommand: open the window and run until it closes."""
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("Annotator")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("annotator")
    # Wayland matches the window to its menu entry and icon by the desktop file name.
    app.setDesktopFileName("io.github.annotator.Annotator")
    app.setWindowIcon(QIcon(str(resource_path("icons", "annotator.svg"))))
    settings = load_settings()
    if i18n.install(i18n.choose_language(settings.language)) != "en":
        load_fonts()  # the bundled Bengali font before any Bengali is drawn
    if settings.theme != "system":  # a forced theme: the placeholder is painted in it
        apply_theme(settings.theme)
    # On PostgreSQL the login names the annotator (team roles): nothing to ask.
    on_server = (db or os.environ.get("ANNOTATOR_DB") or "").startswith("postgresql")
    if not settings.annotator and not annotator and not on_server:
        load_fonts()  # the welcome dialog shows the login name, perhaps in Bengali
        apply_theme(settings.theme)  # and is painted in the theme of the window
        asked = ask_first_name(settings)
        if asked is None:
            asked = start_without_name(settings)
        if asked is None:
            print("annotator: no annotator name given; the window was not opened", file=sys.stderr)
            return 0
        settings = asked
        save_settings(settings)
    placeholder = placeholder_window(db)
    placeholder.show()
    opened: dict[str, Any] = {}

    def open_database() -> None:
        if opened:
            return
        opened["started"] = True
        if settings.theme == "system":  # the system's light or dark (Qt's enums: now)
            apply_theme(settings.theme)
        try:
            window = build_window(db, annotator, settings, save=True)
        except Exception as exc:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QMessageBox

            from annotator.gui.error_text import describe  # the model: after the first paint

            placeholder.hide()
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("App", "Annotator cannot open the database"),
                describe(exc),
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
            print(f"annotator: {exc}", file=sys.stderr)
            app.exit(2)
            return
        opened["window"] = window
        window.show()
        placeholder.close()

    after_first_paint(placeholder, open_database)
    return int(app.exec())


def ask_server_password(prompt: str) -> str:
    """The password of a PostgreSQL login that neither the URL, ``PGPASSWORD`` nor
    ``~/.pgpass`` gave, asked in a dialog (``prompt`` names the login and server, never
    a password). Only the UI thread asks: a pool thread's connection reuses the answer
    the window's own connection got first, or fails as without a prompt."""
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QLineEdit

    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return ""
    login = prompt.removeprefix("password for ").removesuffix(": ")
    text, ok = QInputDialog.getText(
        None,
        QCoreApplication.translate("App", "Server password"),
        QCoreApplication.translate("App", "Password for {login}:").format(login=login),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else ""


class OpeningLine(QWidget):
    """One line of plain text drawn centred in the widget's text colour (what a centred
    plain-text QLabel shows, without the ``Qt`` enums a QLabel's set-up needs)."""

    CENTRED = 0x0084  # Qt.AlignmentFlag.AlignCenter: drawText takes the flags as an int

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingLine")
        self._text = text

    def text(self) -> str:
        return self._text

    def paintEvent(self, _event: QPaintEvent) -> None:
        QPainter(self).drawText(self.rect(), self.CENTRED, self._text)


def placeholder_window(db: str | None) -> QMainWindow:
    """The window's title and an "Opening …" line, where the main window will be."""
    window = QMainWindow()
    window.setObjectName("startupPlaceholder")
    window.setWindowTitle(QCoreApplication.translate("App", "Annotator"))
    text = QCoreApplication.translate("App", "Opening {database}…").format(
        database=db or QCoreApplication.translate("App", "your database")
    )
    if any(ord(ch) > 0x24F for ch in text):
        load_fonts()  # a database path in Bengali: the bundled font before it is drawn
    window.setCentralWidget(OpeningLine(text, window))
    geometry = QSettings("annotator", "Annotator").value("window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(1100, 720)
    return window


class _FirstPaint(QObject):
    def __init__(self, then: Any) -> None:
        super().__init__()
        self.then = then

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.then is not None:
            then, self.then = self.then, None
            QTimer.singleShot(0, then)  # after this paint has reached the screen
        return False


def after_first_paint(window: QMainWindow, then: Any, fallback_ms: int = 300) -> None:
    """Run ``then`` once ``window`` has been painted (or after ``fallback_ms`` if no
    paint comes, as on some platforms without a compositor)."""
    watcher = _FirstPaint(then)
    window.installEventFilter(watcher)
    window._first_paint = watcher  # type: ignore[attr-defined]  # keep it alive
    QTimer.singleShot(fallback_ms, then)
