"""The text first: an edit's side panels are painted right after the text view.

An edit changes the text view (the span drawn or gone) and several side panels (the
annotation table's rows, the selected span's details, its note). Painted together,
the window's first repaint after the key press waited for all of them; the table alone
(its rows shift under an inserted or removed row) cost as much as the text view. Here
the panels' models and widgets are updated at once, as before, but their painting is
held while the window paints the text view, and released in the next round of the
event loop (a few milliseconds later, within the same screen frame in practice).
Until then the screen keeps the panels' previous pixels; ``QWidget.grab()`` of a held
panel (only possible before the event loop has run again) renders it blank, so code
that grabs the window right after an edit processes events first, as users' eyes do.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# If the window somehow repaints nothing after an edit, the panels are released anyway.
RELEASE_AFTER_MS = 50


class PanelsAfterText(QObject):
    """Holds the painting of ``panels`` from :meth:`hold` until the window's next
    repaint (``UpdateRequest``) has run; then they repaint in full."""

    def __init__(self, window: QWidget, panels: Sequence[QWidget]) -> None:
        super().__init__(window)
        self._window = window
        self._panels = tuple(panels)
        self._held: list[QWidget] = []
        # Timers of this object (not QTimer.singleShot): none fires once it is gone.
        self._after_paint = QTimer(self)
        self._after_paint.setSingleShot(True)
        self._after_paint.setInterval(0)
        self._after_paint.timeout.connect(self.release)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self.release)
        window.installEventFilter(self)

    @property
    def holding(self) -> bool:
        return bool(self._held)

    def hold(self, *_args: object) -> None:
        """Hold the visible panels' painting until the window has repainted."""
        if self._held:
            return
        for panel in self._panels:
            if panel.isVisible() and panel.updatesEnabled():
                panel.setUpdatesEnabled(False)
                self._held.append(panel)
        if self._held:
            self._fallback.start(RELEASE_AFTER_MS)

    def release(self) -> None:
        """Let the held panels paint again (each repaints in full once)."""
        self._fallback.stop()
        self._after_paint.stop()
        held, self._held = self._held, []
        for panel in held:
            panel.setUpdatesEnabled(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._held and watched is self._window and event.type() == QEvent.Type.UpdateRequest:
            self._after_paint.start()  # after this repaint, in the next round
        return False
