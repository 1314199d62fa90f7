"""Render the main window offscreen into a PNG (``annotator screenshot``)."""

from __future__ import annotations

import os
from pathlib import Path

from annotator.model.names import DEMO_ANNOTATOR
from annotator.model.outputs import OutputError, check_output, discard, part_path

SEED_ANNOTATOR = DEMO_ANNOTATOR


def render(
    out: str | os.PathLike[str],
    database: str | None,
    *,
    document: str | None = None,
    size: tuple[int, int] = (1400, 900),
    annotator: str | None = None,
    select: str | None = None,
) -> Path:
    """Open the window on ``database`` at ``size``, show ``document``, save a PNG.

    ``select`` names a label whose first span gets selected, to show the outline
    and the details panel. Uses the offscreen platform unless a display is set.
    """
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from annotator.gui.app import build_window
    from annotator.gui.settings import Settings

    app = QApplication.instance() or QApplication(["annotator-screenshot"])
    window = build_window(database, annotator or SEED_ANNOTATOR, Settings())
    window.resize(*size)
    if document:
        window.open_document(document)
    window.show()
    if select:
        index = window.text_view.index
        spans = index.ordered() if index is not None else []
        span = next((s for s in spans if s.label == select), None)
        if span is not None:
            window.select_span(span.id)
    for _ in range(5):
        app.processEvents()
    path = Path(out)
    check_output(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    part = part_path(path)
    if not window.grab().save(str(part), "PNG"):
        discard(part)
        raise OutputError(f"cannot write {path}")
    os.replace(part, path)
    window.close()
    window.deleteLater()
    app.processEvents()
    return path
