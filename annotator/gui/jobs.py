"""Long work off the UI thread: a job on a ``QThreadPool`` whose result or error comes
back as a signal on the UI thread. Jobs never touch widgets."""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QDialog, QWidget

from annotator.gui.error_text import describe

if TYPE_CHECKING:
    from annotator.service import Workspace


class JobSignals(QObject):
    progressed = Signal(int, int)  # done, total
    finished = Signal(object)  # the work's result
    failed = Signal(str)  # why it failed


class Job(QRunnable):
    """Runs ``work(job)`` on a pool thread; ``job.cancel`` is an event the work may poll."""

    def __init__(self, work: Callable[[Job], Any] | None = None) -> None:
        super().__init__()
        self._work = work
        self.signals = JobSignals()
        self.cancel = threading.Event()

    def work(self) -> Any:
        if self._work is None:
            raise NotImplementedError("give a work function or override work()")
        return self._work(self)

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # a failed job is reported, never silently lost
            self._emit("failed", describe(exc))
            return
        self._emit("finished", result)

    def _emit(self, name: str, value: Any) -> None:
        """Report to the UI thread, unless the program is closing and took the signals'
        object with it: the work is done (a backup written stays written) and nobody is
        left to tell, which must not print a traceback on the way out."""
        try:
            getattr(self.signals, name).emit(value)
        except RuntimeError:
            if shiboken6.isValid(self.signals):
                raise


# Jobs cut off from whoever started them (:func:`cut_off`), held until they end: a
# running QRunnable's signals must outlive its Python object.
_retired: set[Job] = set()


def cut_off(jobs: Iterable[Job]) -> None:
    """Cut running jobs off from whoever started them (the window moved to another
    database): each is asked to stop, and nothing it reports from now on is delivered.
    What they reported before this call is delivered here, at once, to the state that
    asked for it, so the caller changes its state only afterwards (a queued report
    still reaches a slot Qt has since disconnected)."""
    for job in list(jobs):
        job.cancel.set()
        signals = job.signals
        with warnings.catch_warnings():  # a signal without receivers says so: harmless
            warnings.simplefilter("ignore", RuntimeWarning)
            for signal in (signals.progressed, signals.finished, signals.failed):
                signal.disconnect()
        _retired.add(job)
        signals.finished.connect(lambda _result, j=job: _retired.discard(j))
        signals.failed.connect(lambda _why, j=job: _retired.discard(j))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)


class JobDialog(QDialog):
    """A dialog that runs one job at a time on ``workspace``'s database, off the UI thread.

    Jobs open their own :class:`~annotator.service.Workspace` from :attr:`url`, since
    database connections stay in the thread that made them.
    """

    def __init__(
        self,
        workspace: Workspace,
        title: str,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.url = workspace.url
        self.pool = pool or QThreadPool.globalInstance()
        self.job: Job | None = None

    @property
    def running(self) -> bool:
        return self.job is not None

    def run_job(
        self,
        job: Job,
        finished: Callable[[Any], None],
        failed: Callable[[str], None],
        progressed: Callable[[int, int], None] | None = None,
    ) -> None:
        """Start ``job``; its result or error arrives in ``finished`` / ``failed``."""
        self.job = job
        if progressed is not None:
            job.signals.progressed.connect(progressed)
        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        self.pool.start(job)

    def finish_job(self, timeout_ms: int = 30_000) -> bool:
        """Ask a running job to stop and wait for it (before the window closes)."""
        if self.job is None:
            return True
        self.job.cancel.set()
        return self.pool.waitForDone(timeout_ms)
