"""The window's panels and how they are arranged (built in code, wired by the window)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from annotator.gui.annotation_table import AnnotationTable, AnnotationTableModel
from annotator.gui.banners import BannerArea
from annotator.gui.details import SpanDetails
from annotator.gui.document_list import DocumentListModel, DocumentListPanel
from annotator.gui.find_bar import FindBar
from annotator.gui.palette import LabelPalette
from annotator.gui.project_switcher import ProjectSwitcher
from annotator.gui.settings import Settings
from annotator.gui.text_view import TextView
from annotator.model import LabelSchema
from annotator.service import Workspace


def _column(parent: QWidget, margin: int, *widgets: QWidget, spacing: int = -1) -> QWidget:
    """Widgets stacked top to bottom; the last one takes the spare height."""
    column = QWidget(parent)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(margin, margin, margin, margin)
    if spacing >= 0:
        layout.setSpacing(spacing)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if i == len(widgets) - 1 else 0)
    return column


class Panels:
    """Banners (top); document list (left), text and annotation table (centre), palette
    and details (right)."""

    def __init__(
        self, window: QMainWindow, workspace: Workspace, annotator: str, settings: Settings
    ) -> None:
        self.project_box = ProjectSwitcher(window)
        self.doc_model = DocumentListModel(workspace, annotator, parent=window)
        self.doc_panel = DocumentListPanel(self.doc_model, window)
        left = _column(window, 4, self.project_box, self.doc_panel)

        self.text_view = TextView(window)
        self.text_view.snap_words = settings.snap_to_words
        self.text_view.zoom(settings.font_size - self.text_view.font_size)
        self.find_bar = FindBar(window)
        self.find_bar.hide()
        self.table_model = AnnotationTableModel(window)
        self.table = AnnotationTable(self.table_model, window)
        centre_top = _column(window, 0, self.find_bar, self.text_view)
        self.centre = QSplitter(Qt.Orientation.Vertical, window)
        self.centre.addWidget(centre_top)
        self.centre.addWidget(self.table)
        self.centre.setSizes([600, 200])

        self.label_palette = LabelPalette(window)
        self.details = SpanDetails(window)
        right = _column(window, 4, self.label_palette, self.details)

        self.main_split = QSplitter(Qt.Orientation.Horizontal, window)
        for widget in (left, self.centre, right):
            self.main_split.addWidget(widget)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([280, 800, 300])

        self.banners = BannerArea(window)
        self.central = _column(window, 0, self.banners, self.main_split, spacing=0)

    def clear_document(self, schema: LabelSchema | None) -> None:
        """Empty text, table and details (a project without documents)."""
        self.text_view.set_content("", [], schema)
        self.find_bar.set_text("")
        self.table_model.set_layer("", {}, {}, schema)
        self.details.show_span(None, schema, "", [], {})

    def set_writable(self, writable: bool) -> None:
        """Palette and attribute editors only where edits can be saved."""
        self.label_palette.setEnabled(writable)
        self.details.setEnabled(writable)

    def restore_state(self, window: QMainWindow) -> None:
        """Window geometry and splitter sizes from the last run (QSettings)."""
        qs = QSettings("annotator", "Annotator")
        geometry = qs.value("window/geometry")
        if geometry is not None:
            window.restoreGeometry(geometry)
        else:  # first run: 1400x900, or less on a small laptop screen
            screen = window.screen() or QGuiApplication.primaryScreen()
            avail = screen.availableGeometry() if screen is not None else None
            width, height = 1400, 900
            if avail is not None and avail.width() > 0:
                width = min(width, int(avail.width() * 0.95))
                height = min(height, int(avail.height() * 0.9))
            window.resize(width, height)
        for key, splitter in (("main", self.main_split), ("centre", self.centre)):
            state = qs.value(f"window/splitter_{key}")
            if state is not None:
                splitter.restoreState(state)

    def save_state(self, window: QMainWindow) -> None:
        qs = QSettings("annotator", "Annotator")
        qs.setValue("window/geometry", window.saveGeometry())
        qs.setValue("window/splitter_main", self.main_split.saveState())
        qs.setValue("window/splitter_centre", self.centre.saveState())
