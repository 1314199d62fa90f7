"""Work started only once a widget has painted (that paint is what the user waits
for): the suggestions of a project's first document wait for the text's paint, the
open checks (``open_checks``) for the window's.

Background work starts :data:`BACKGROUND_AFTER_PAINT_MS` after that paint, not at once:
on 2 cores the job's thread (its own workspace, engine and statements: Python holding
the GIL) otherwise competes with the event rounds that follow the first paint (the
panels' first layout and paint, the list's rows), and the job itself starts a thread
on the UI thread (3-4 ms)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

BACKGROUND_AFTER_PAINT_MS = 200


class FirstPaint(QObject):
    """Runs callbacks ``delay_ms`` after ``window`` has painted (at once after that), or after
    ``fallback_ms`` if it is never shown (tests, a window kept hidden). Its event filter
    removes itself at the paint: no Python filter stays on the window's events."""

    def __init__(self, window: QWidget, fallback_ms: int = 500, delay_ms: int = 0) -> None:
        super().__init__(window)
        self.window = window
        self.delay_ms = delay_ms  # from the paint to the callbacks
        self.painted = False
        self._waiting: list[Callable[[], None]] = []
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def then(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` after the first paint (now, if it has happened)."""
        if self.painted:
            callback()
        else:
            self._waiting.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(self.delay_ms, self, self._run)  # once this paint is on screen
        return False

    def _run(self) -> None:
        if self.painted:
            return
        self.painted = True
        self.window.removeEventFilter(self)
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()


def after_next_paint(
    widget: QWidget,
    callback: Callable[[], None],
    fallback_ms: int = 500,
    delay_ms: int = BACKGROUND_AFTER_PAINT_MS,
) -> None:
    """Run ``callback`` ``delay_ms`` after ``widget`` has painted next (or after
    ``fallback_ms`` if it does not paint, hidden), then drop the watcher."""
    gate = FirstPaint(widget, fallback_ms, delay_ms)
    gate.then(callback)
    gate.then(gate.deleteLater)
