"""The progress bar: drawn on a terminal for long runs, silent otherwise."""

from __future__ import annotations

import io
import sys

import pytest

from annotator.cli import progress as progress_module
from annotator.cli.progress import THRESHOLD, progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_quiet_when_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    assert list(progress(range(THRESHOLD * 3), "importing", THRESHOLD * 3)) == list(
        range(THRESHOLD * 3)
    )
    assert stream.getvalue() == ""


def test_quiet_for_short_runs_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", stream)
    list(progress(range(THRESHOLD - 1), "importing", THRESHOLD - 1))
    assert stream.getvalue() == ""


def test_bar_for_long_runs_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", stream)
    clock = iter(range(0, 10_000))
    monkeypatch.setattr(progress_module.time, "monotonic", lambda: float(next(clock)))
    total = THRESHOLD + 50
    assert sum(1 for _ in progress(range(total), "exporting", total)) == total
    drawn = stream.getvalue()
    assert "\rexporting [" in drawn
    assert f"/{total}" in drawn
    assert drawn.endswith(f"\rexporting {total} done{' ' * 30}\n")
