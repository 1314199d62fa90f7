"""The window's panels and how they are arranged (built in code, wired by the window)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QMainWindow, QSplitter, QVBoxLayout, QWidget

from annotator.gui.annotation_table import AnnotationTable, AnnotationTableModel
from annotator.gui.details import SpanDetails
from annotator.gui.document_list import DocumentListModel, DocumentListPanel
from annotator.gui.find_bar import FindBar
from annotator.gui.palette import LabelPalette
from annotator.gui.settings import Settings
from annotator.gui.text_view import TextView
from annotator.service import Workspace


class Panels:
    """Document list (left), text and annotation table (centre), palette and details (right)."""

    def __init__(
        self, window: QMainWindow, workspace: Workspace, annotator: str, settings: Settings
    ) -> None:
        self.project_box = QComboBox(window)
        self.doc_model = DocumentListModel(workspace, annotator, parent=window)
        self.doc_panel = DocumentListPanel(self.doc_model, window)
        left = QWidget(window)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.project_box)
        left_layout.addWidget(self.doc_panel, 1)

        self.text_view = TextView(window)
        self.text_view.snap_words = settings.snap_to_words
        self.text_view.zoom(settings.font_size - self.text_view.font_size)
        self.find_bar = FindBar(window)
        self.find_bar.hide()
        self.table_model = AnnotationTableModel(window)
        self.table = AnnotationTable(self.table_model, window)
        centre_top = QWidget(window)
        top_layout = QVBoxLayout(centre_top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.find_bar)
        top_layout.addWidget(self.text_view, 1)
        self.centre = QSplitter(Qt.Orientation.Vertical, window)
        self.centre.addWidget(centre_top)
        self.centre.addWidget(self.table)
        self.centre.setSizes([600, 200])

        self.label_palette = LabelPalette(window)
        self.details = SpanDetails(window)
        right = QWidget(window)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 4, 4, 4)
        right_layout.addWidget(self.label_palette)
        right_layout.addWidget(self.details, 1)

        self.main_split = QSplitter(Qt.Orientation.Horizontal, window)
        for widget in (left, self.centre, right):
            self.main_split.addWidget(widget)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([280, 800, 300])

    def restore_state(self, window: QMainWindow) -> None:
        """Window geometry and splitter sizes from the last run (QSettings)."""
        qs = QSettings("annotator", "Annotator")
        geometry = qs.value("window/geometry")
        if geometry is not None:
            window.restoreGeometry(geometry)
        else:
            window.resize(1400, 900)
        for key, splitter in (("main", self.main_split), ("centre", self.centre)):
            state = qs.value(f"window/splitter_{key}")
            if state is not None:
                splitter.restoreState(state)

    def save_state(self, window: QMainWindow) -> None:
        qs = QSettings("annotator", "Annotator")
        qs.setValue("window/geometry", window.saveGeometry())
        qs.setValue("window/splitter_main", self.main_split.saveState())
        qs.setValue("window/splitter_centre", self.centre.saveState())
