"""Load the bundled Noto Sans Bengali so Bengali never falls back to boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from annotator.resources import resource_path

FONT_FILES = ("NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf")
FALLBACK_FAMILY = "Noto Sans Bengali"

_loaded: list[str] = []


def load_fonts() -> str:
    """Register the bundled fonts once (a QGuiApplication must exist); return the family."""
    if not _loaded:
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            if font_id >= 0:
                _loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
        if not _loaded:
            _loaded.append(FALLBACK_FAMILY)
    return _loaded[0]


def text_font(point_size: int = 15, family: str = "") -> QFont:
    """The font for document text: ``family`` if chosen, else the bundled Bengali family
    (Qt falls back to it per character when a chosen family lacks Bengali)."""
    font = QFont(family or load_fonts())
    if family:
        font.setFamilies([family, load_fonts()])
    font.setPointSize(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
