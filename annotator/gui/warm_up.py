"""Once-per-process costs paid while the window's modules are imported, not while a
project is opened: SQLAlchemy's mapper configuration and PySide's first lookup of a
widget that Qt made itself. A cold start imports the window after its placeholder has
painted (``app.run``), so the start waits for them exactly as long as before; the
first project opened, and every one after it, no longer does."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from annotator.storage.orm import configure

_done: dict[str, bool] = {}


def warm_up() -> None:
    """Configure the ORM mappers and resolve PySide's widget types, once.

    The first ``QWidget*`` that Qt created and hands to Python (a scroll area's
    viewport, a header's parent...) makes PySide load every lazily created QtWidgets
    class to find its Python type: 45-55 ms, whichever call comes first. Asking for a
    viewport here pays it without building anything of the window (it needs a
    QApplication; without one, as when a test module is collected, it is left to the
    first window)."""
    if not _done.get("mappers"):
        configure()
        _done["mappers"] = True
    if not _done.get("widgets") and QApplication.instance() is not None:
        area = QAbstractScrollArea()
        area.viewport()
        area.deleteLater()
        _done["widgets"] = True
