"""Jobs on the thread pool report back by signal; a job that finishes while the
program closes (its signals' object already gone) ends quietly."""

from __future__ import annotations

import shiboken6

from annotator.gui.jobs import Job


def test_a_job_reports_its_result_and_its_failure(qtbot) -> None:
    done = Job(lambda job: 42)
    with qtbot.waitSignal(done.signals.finished) as finished:
        done.run()
    assert finished.args == [42]

    def broken(job: Job) -> None:
        raise ValueError("the file is gone")

    failing = Job(broken)
    with qtbot.waitSignal(failing.signals.failed) as failed:
        failing.run()
    assert failed.args == ["the file is gone"]


def test_a_job_whose_signals_were_deleted_at_exit_ends_without_a_traceback() -> None:
    job = Job(lambda job: "backup written")
    shiboken6.delete(job.signals)  # what closing the application does to it
    job.run()  # before: RuntimeError "Signal source has been deleted" on stderr
