"""The project box above the document list: several projects share one database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from annotator.model import Project


class ProjectSwitcher(QComboBox):
    """Lists the database's projects; emits the id of the one the user picks."""

    project_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectBox")
        self.setToolTip(
            QCoreApplication.translate("ProjectSwitcher", "Project: its documents and label schema")
        )
        self.activated.connect(self._activated)

    def set_projects(self, projects: list[Project], current: int | None) -> None:
        """Fill the box without emitting; it shows only when there is a choice."""
        blocked = self.blockSignals(True)
        self.clear()
        for project in projects:
            self.addItem(project.name, int(project.id))
        if current is not None:
            self.select(current)
        self.blockSignals(blocked)
        self.setVisible(len(projects) > 1)

    def select(self, project_id: int) -> None:
        self.setCurrentIndex(max(0, self.findData(int(project_id))))

    def _activated(self, row: int) -> None:
        project_id = self.itemData(row)
        if project_id is not None:
            self.project_chosen.emit(int(project_id))
