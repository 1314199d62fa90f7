"""Today's backup and the quick check of a database just opened, off the UI thread.

Both read the whole file (about 1.5 s for a 100,000-document database), so they run
as a :class:`~annotator.gui.jobs.Job` on a pool thread with their own connections while
the window is already usable; a status-bar note says so, and the integrity banner
appears if the check finds something.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from annotator.gui.jobs import Job
from annotator.service.open_checks import OpenChecks, run_open_checks


class OpenCheckRunner(QObject):
    """Starts the checks; ``finished`` carries the :class:`OpenChecks` on the UI thread."""

    finished = Signal(object)

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

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self) -> None:
        url, backup = self.url, self.backup
        self.job = Job(lambda _job: run_open_checks(url, backup=backup))
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self._note(
            QCoreApplication.translate(
                "OpenChecks", "Backing up and checking the database in the background…"
            )
            if backup
            else QCoreApplication.translate(
                "OpenChecks", "Checking the database in the background…"
            ),
            0,
        )
        self.pool.start(self.job)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait for the checks (before the window closes its database)."""
        return self.job is None or self.pool.waitForDone(timeout_ms)

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
