"""Today's backup and the quick check of a database just opened, off the UI thread.

Both read the whole file (about 1.5 s for a 100,000-document database), so they run
as a :class:`~annotator.gui.jobs.Job` on a pool thread with their own connections while
the window is already usable; a status-bar note says so, and the integrity banner
appears if the check finds something. The window starts them once it has painted
(:meth:`OpenCheckRunner.start_after_paint`): on a 2-core machine their thread would
otherwise take a core and the GIL from the first paint of a large database's window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from annotator.gui.first_paint import BACKGROUND_AFTER_PAINT_MS
from annotator.gui.jobs import Job, cut_off
from annotator.service.open_checks import OpenChecks, run_open_checks


class OpenCheckRunner(QObject):
    """Starts the checks; ``finished`` carries the :class:`OpenChecks` on the UI thread."""

    finished = Signal(object)
    # A window never painted (hidden, as in tests) starts its checks after this anyway.
    UNPAINTED_START_MS = 500

    def __init__(
        self,
        url: str,
        *,
        backup: bool,
        note: Callable[[str, int], None],
        show_problems: Callable[[list[str]], None],
        parent: QObject | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.url = url
        self.backup = backup
        self._note = note
        self._show_problems = show_problems
        self.pool = pool or QThreadPool.globalInstance()
        self.job: Job | None = None
        self.result: OpenChecks | None = None
        self._pending = False  # waiting for the window's first paint
        self._window: QWidget | None = None

    @property
    def running(self) -> bool:
        return self.job is not None or self._pending

    def start_after_paint(self, window: QWidget) -> None:
        """Start the checks right after ``window``'s first paint (or after
        :attr:`UNPAINTED_START_MS` if it is not shown); the note shows at once."""
        self._pending, self._window = True, window
        self._note(self._running_note(), 0)
        window.installEventFilter(self)
        QTimer.singleShot(self.UNPAINTED_START_MS, self, self._start_pending)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # once this paint is on screen and the event rounds after it are done
            QTimer.singleShot(BACKGROUND_AFTER_PAINT_MS, self, self._start_pending)
        return False

    def _start_pending(self) -> None:
        if self._pending:
            self.start()

    def _running_note(self) -> str:
        return (
            QCoreApplication.translate(
                "OpenChecks", "Backing up and checking the database in the background…"
            )
            if self.backup
            else QCoreApplication.translate(
                "OpenChecks", "Checking the database in the background…"
            )
        )

    def start(self) -> None:
        if self._window is not None:
            self._window.removeEventFilter(self)
        self._pending, self._window = False, None
        url, backup = self.url, self.backup
        self.job = Job(lambda _job: run_open_checks(url, backup=backup))
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self._note(self._running_note(), 0)
        self.pool.start(self.job)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait for the checks (before the window closes its database); checks not
        started yet are not started any more (the next open makes the backup)."""
        if self._pending:
            self._pending = False
            if self._window is not None:
                self._window.removeEventFilter(self)
                self._window = None
        return self.job is None or self.pool.waitForDone(timeout_ms)

    def drop(self) -> None:
        """The window moves to another database: checks not started are not started,
        running ones finish on their own connections (a backup being written is
        completed) but report nothing to this window any more."""
        if self._pending:
            self.wait(0)
        if self.job is not None:
            cut_off([self.job])
            self.job = None

    def _finished(self, result: OpenChecks) -> None:
        self.job, self.result = None, result
        self._show_problems(result.problems)
        if result.problems:
            self._note(
                QCoreApplication.translate(
                    "OpenChecks", "The database check found problems (see the banner)"
                ),
                15000,
            )
        elif result.backup is not None:
            self._note(
                QCoreApplication.translate(
                    "OpenChecks", "Database checked; today's backup: {name}"
                ).format(name=result.backup.name),
                8000,
            )
        else:
            self._note(QCoreApplication.translate("OpenChecks", "Database checked"), 4000)
        self.finished.emit(result)

    def _failed(self, reason: str) -> None:
        self.job = None
        self._show_problems(
            [
                QCoreApplication.translate(
                    "OpenChecks", "the check could not run: {reason}"
                ).format(reason=reason)
            ]
        )
        self._note(
            QCoreApplication.translate(
                "OpenChecks", "The background check failed: {reason}"
            ).format(reason=reason),
            15000,
        )
