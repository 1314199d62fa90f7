"""Which document comes next, and how long the annotator spent on the open one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QTimer

from annotator.gui.document_list import DocumentListModel
from annotator.model import DocumentSummary, Status

UNFINISHED = (Status.NEW, Status.IN_PROGRESS)
TIME_FLUSH_MS = 60_000


def next_document(
    model: DocumentListModel, current_id: int, direction: int, *, unfinished: bool = False
) -> tuple[DocumentSummary | None, str]:
    """The next (1) or previous (-1) document in the list, reading pages as needed.

    With ``unfinished`` only new or in-progress documents count and the search wraps
    around. Returns ``(None, reason)`` when there is none.
    """
    row = model.row_of(current_id)
    wrapped = False
    while True:
        row += direction
        if row < 0 or row >= model.rowCount():
            if not unfinished:
                return None, QCoreApplication.translate("Navigation", "No more documents")
            if wrapped:
                return None, QCoreApplication.translate("Navigation", "Every document is done")
            wrapped = True
            row = -1 if direction > 0 else model.rowCount()
            continue
        summary = model.summary(row)
        if summary is None:
            continue
        if summary.id == current_id:
            if unfinished:
                return None, QCoreApplication.translate("Navigation", "Every document is done")
            continue
        if not unfinished or summary.status in UNFINISHED:
            return summary, ""


class TimeKeeper(QObject):
    """Measures time on the open document; hands it to ``record`` on switch and every minute."""

    def __init__(self, record: Callable[[float], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._record = record
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(TIME_FLUSH_MS)
        self._timer.timeout.connect(self.flush)

    def start(self) -> None:
        self._clock.start()
        self._timer.start()

    def flush(self) -> None:
        if self._clock.isValid():
            self._record(self._clock.restart() / 1000.0)

    def stop(self) -> None:
        self.flush()
        self._clock.invalidate()
        self._timer.stop()
