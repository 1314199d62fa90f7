"""The status bar: database, annotator, save state and progress, plus messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QStatusBar, QWidget

from annotator.gui.i18n import number
from annotator.model import Status

DATABASE_SHOWN = 40  # characters of the database path in the status bar (the tail)


def _elided(path: str) -> str:
    """The end of a long path ("…/annotator/data.sqlite3"), so messages keep their room."""
    return path if len(path) <= DATABASE_SHOWN else "…" + path[-(DATABASE_SHOWN - 1) :]


class StatusPanel:
    """Permanent labels on a window's status bar (all plain text)."""

    def __init__(self, bar: QStatusBar, database: str) -> None:
        self.bar = bar
        self.database = QLabel(_elided(database))
        self.database.setToolTip(database)  # plain path: QLabel tooltips of paths stay text
        self.project = QLabel()
        self.annotator = QLabel()
        self._name, self._role = "", ""
        self.save_state = QLabel(QCoreApplication.translate("StatusPanel", "Saved"))
        self.progress = QLabel()
        for label in (self.database, self.project, self.annotator, self.save_state, self.progress):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)

    def set_database(self, database: str) -> None:
        """Another database in this window (File > Open database): its path, no team
        role until one is shown, "Saved" until an edit says otherwise."""
        self.database.setText(_elided(database))
        self.database.setToolTip(database)
        self._role = ""
        self.annotator.setToolTip("")
        self.set_saved(True)

    def message(self, text: str, ms: int = 8000) -> None:
        self.bar.showMessage(text, ms)

    def set_project(self, name: str) -> None:
        self.project.setText(
            QCoreApplication.translate("StatusPanel", "Project: {name}").format(name=name)
        )

    def set_read_only(self) -> None:
        self.save_state.setText(QCoreApplication.translate("StatusPanel", "Read-only"))
        self.save_state.setStyleSheet("color: #7a5c00; font-weight: bold")

    def set_annotator(self, name: str) -> None:
        self._name = name
        if self._role:
            text = QCoreApplication.translate("StatusPanel", "Annotator: {name} ({role})")
            self.annotator.setText(text.format(name=name, role=self._role))
            return
        self.annotator.setText(
            QCoreApplication.translate("StatusPanel", "Annotator: {name}").format(name=name)
        )

    def set_role(self, role: str, duties: str) -> None:
        """The team role on PostgreSQL, after the name; what it may do in the tooltip."""
        self._role = role
        self.annotator.setToolTip(duties)
        self.set_annotator(self._name)

    def set_saved(self, ok: bool) -> None:
        """ "Saved" after a committed edit; a red "Not saved" after a failed one."""
        text = (
            QCoreApplication.translate("StatusPanel", "Saved")
            if ok
            else QCoreApplication.translate("StatusPanel", "Not saved")
        )
        if self.save_state.text() == text:  # every edit says so: restyle only on a change
            return
        self.save_state.setText(text)
        self.save_state.setStyleSheet("" if ok else "color: #b00020; font-weight: bold")

    def set_progress(self, counts: dict[Status, int]) -> None:
        total = sum(counts.values())
        self.progress.setText(
            QCoreApplication.translate("StatusPanel", "{done} of {total} done").format(
                done=number(counts.get(Status.DONE, 0)), total=number(total)
            )
        )


def warn(parent: QWidget, title: str, message: str) -> None:
    """A non-blocking warning box showing ``message`` as plain text."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
