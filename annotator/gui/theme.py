"""Light and dark colours: follow the system's colour scheme, or force one.

Label colours are pastel fills meant for a white page; on a dark page they are drawn
translucent so the light text on them keeps its contrast.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")
DARK_FILL_ALPHA = 110  # of 255: a label fill over a dark page


def _dark_palette() -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#202124",
        role.WindowText: "#e8eaed",
        role.Base: "#17181a",
        role.AlternateBase: "#26282b",
        role.Text: "#e8eaed",
        role.Button: "#2b2d30",
        role.ButtonText: "#e8eaed",
        role.Highlight: "#3d6fb6",
        role.HighlightedText: "#ffffff",
        role.ToolTipBase: "#2b2d30",
        role.ToolTipText: "#e8eaed",
        role.PlaceholderText: "#9aa0a6",
        role.Link: "#8ab4f8",
    }
    for r, c in colours.items():
        p.setColor(r, QColor(c))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7f8388"))
    return p


def system_is_dark() -> bool:
    # Imported here: the first use of PySide's Qt namespace takes 40-55 ms, which the
    # start-up's placeholder window does not wait for (see annotator.gui.app).
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply_theme(theme: str) -> bool:
    """Set the application palette for ``theme``; returns whether the page is dark."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    dark = theme == "dark" or (theme == "system" and system_is_dark())
    if dark:
        app.setStyle("Fusion")  # native styles may ignore a dark palette
        app.setPalette(_dark_palette())
    else:
        app.setPalette(app.style().standardPalette())
    return dark


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def fill_for(color: QColor, dark: bool) -> QColor:
    """A label's fill on this page: as is on light, translucent on dark."""
    if not dark:
        return color
    fill = QColor(color)
    fill.setAlpha(DARK_FILL_ALPHA)
    return fill
