"""The window's panels: the text in the centre, everything else in dock widgets that
can be moved, closed and brought back from the View menu (so a 1024x600 screen works)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFrame,
    QMainWindow,
    QScrollArea,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.annotation_table import AnnotationTable, AnnotationTableModel
from annotator.gui.banners import BannerArea
from annotator.gui.details import SpanDetails
from annotator.gui.document_list import DocumentListModel, DocumentListPanel
from annotator.gui.done_mark import EditedAfterDone
from annotator.gui.find_bar import FindBar
from annotator.gui.guidelines import GuidelinesPanel
from annotator.gui.notes_panel import NotesPanel, SpanNoteEditor
from annotator.gui.palette import LabelPalette
from annotator.gui.project_switcher import ProjectSwitcher
from annotator.gui.referents_panel import ReferentsPanel
from annotator.gui.settings import Settings
from annotator.gui.text_view import TextView
from annotator.model import LabelSchema
from annotator.service import Workspace

SIDE_SHARE = 0.18  # at most this share of the window's width per side of docks
STATE_VERSION = 2  # QMainWindow.saveState version: 2 = dock widgets


def _scrolled(parent: QWidget, widget: QWidget) -> QScrollArea:
    """``widget`` in a scroll area, so its dock can shrink on a small screen."""
    area = QScrollArea(parent)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def _narrow(widget: QWidget) -> None:
    """Let the combo boxes of a side panel shrink (elided) so the dock can be narrow."""
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(4)
        combo.setMinimumWidth(56)  # overrides the longest item's width as the minimum


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
    """Banners and text (centre); documents (left); labels, details and notes, and the
    guidelines (right); the annotation table (bottom)."""

    def __init__(
        self, window: QMainWindow, workspace: Workspace, annotator: str, settings: Settings
    ) -> None:
        self.project_box = ProjectSwitcher(window)
        self.doc_model = DocumentListModel(workspace, annotator, parent=window)
        self.doc_panel = DocumentListPanel(self.doc_model, window)

        self.text_view = TextView(window)
        self.text_view.snap_words = settings.snap_to_words
        self.text_view.zoom(settings.font_size - self.text_view.font_size)
        self.find_bar = FindBar(window)
        self.find_bar.hide()
        self.banners = BannerArea(window)
        self.done_mark = EditedAfterDone(window)
        self.table_model = AnnotationTableModel(window)
        self.table = AnnotationTable(self.table_model, window)
        self.label_palette = LabelPalette(window)
        self.details = SpanDetails(window)
        self.span_note = SpanNoteEditor(window)
        self.notes = NotesPanel(window)
        self.guidelines = GuidelinesPanel(window)
        self.referents = ReferentsPanel(window)
        self.central = _column(
            window, 0, self.banners, self.done_mark, self.find_bar, self.text_view, spacing=2
        )

        area = Qt.DockWidgetArea
        self.docks: dict[str, QDockWidget] = {}
        self._dock(
            window,
            "documents",
            QCoreApplication.translate("Panels", "Documents"),
            area.LeftDockWidgetArea,
            _column(window, 4, self.project_box, self.doc_panel),
        )
        self._dock(
            window,
            "labels",
            QCoreApplication.translate("Panels", "Labels"),
            area.RightDockWidgetArea,
            _scrolled(window, _column(window, 4, self.label_palette)),
        )
        self._dock(
            window,
            "details",
            QCoreApplication.translate("Panels", "Details"),
            area.RightDockWidgetArea,
            _scrolled(window, _column(window, 4, self.details, self.span_note, QWidget(window))),
        )
        self._dock(
            window,
            "notes",
            QCoreApplication.translate("Panels", "Notes"),
            area.RightDockWidgetArea,
            _scrolled(window, self.notes),
        )
        self._dock(
            window,
            "guidelines",
            QCoreApplication.translate("Panels", "Guidelines"),
            area.RightDockWidgetArea,
            self.guidelines,
        )
        self._dock(
            window,
            "referents",
            QCoreApplication.translate("Panels", "Referents"),
            area.RightDockWidgetArea,
            self.referents,
        )
        self._dock(
            window,
            "annotations",
            QCoreApplication.translate("Panels", "Annotations"),
            area.BottomDockWidgetArea,
            self.table,
        )
        self.docks["guidelines"].visibilityChanged.connect(self.guidelines.set_shown)
        _narrow(self.doc_panel)
        window.tabifyDockWidget(self.docks["details"], self.docks["notes"])
        window.tabifyDockWidget(self.docks["notes"], self.docks["guidelines"])
        window.tabifyDockWidget(self.docks["guidelines"], self.docks["referents"])
        self.docks["details"].raise_()
        # The bottom dock spans only the centre: side docks keep their full height.
        window.setCorner(Qt.Corner.BottomLeftCorner, area.LeftDockWidgetArea)
        window.setCorner(Qt.Corner.BottomRightCorner, area.RightDockWidgetArea)

    def _dock(
        self, window: QMainWindow, name: str, title: str, where: Qt.DockWidgetArea, widget: QWidget
    ) -> None:
        dock = QDockWidget(title, window)
        dock.setObjectName(f"{name}Dock")  # saveState/restoreState find docks by name
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        window.addDockWidget(where, dock)
        self.docks[name] = dock

    def fit(self, window: QMainWindow) -> None:
        """Keep each side's docks within :data:`SIDE_SHARE` of the width, so the text
        keeps most of a small screen (1024x600: at least 60 %)."""
        _whole_tab_titles(window)
        cap = int(window.width() * SIDE_SHARE)
        wide = [
            d
            for d in self.docks.values()
            if d.isVisible()
            and not d.isFloating()
            and window.dockWidgetArea(d)
            in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
            and d.width() > cap
        ]
        if wide:
            window.resizeDocks(wide, [cap] * len(wide), Qt.Orientation.Horizontal)

    def clear_document(self, schema: LabelSchema | None) -> None:
        """Empty text, table, details and notes (a project without documents)."""
        self.text_view.set_content("", [], schema)
        self.find_bar.set_text("")
        self.table_model.set_layer("", {}, {}, schema)
        self.details.show_span(None, schema, "", [], {})
        self.span_note.show_note(None, None)
        self.notes.show_notes([])
        self.done_mark.hide()

    def set_writable(self, writable: bool) -> None:
        """Palette, attribute and note editors only where edits can be saved."""
        for widget in (self.label_palette, self.details, self.span_note):
            widget.setEnabled(writable)
        self.notes.add_button.setEnabled(writable)

    def restore_state(self, window: QMainWindow) -> None:
        """Window geometry and dock layout from the last run (QSettings)."""
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
        state = qs.value("window/docks")
        if state is None or not window.restoreState(state, STATE_VERSION):
            self.default_layout(window)

    def default_layout(self, window: QMainWindow) -> None:
        """Every dock shown where it starts, at sizes that leave the text most room."""
        for dock in self.docks.values():
            dock.setFloating(False)
            dock.show()
        self.docks["details"].raise_()
        width = max(window.width(), 800)
        side = int(width * SIDE_SHARE * 0.9)
        window.resizeDocks(
            [self.docks["documents"], self.docks["labels"]], [side, side], Qt.Orientation.Horizontal
        )
        window.resizeDocks([self.docks["annotations"]], [160], Qt.Orientation.Vertical)

    def save_state(self, window: QMainWindow) -> None:
        qs = QSettings("annotator", "Annotator")
        qs.setValue("window/geometry", window.saveGeometry())
        qs.setValue("window/docks", window.saveState(STATE_VERSION))


def _whole_tab_titles(window: QMainWindow) -> None:
    """Tabbed docks show whole titles and scroll arrows when they do not fit: Qt's
    default elides each title to its first letter and "…" in a narrow side dock, which
    leaves a Bengali reader guessing (the tab bars are the window's own children, made
    when docks are tabbed together, so this runs again on every fit)."""
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if bar.elideMode() != Qt.TextElideMode.ElideNone:
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)
