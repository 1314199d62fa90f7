"""Figures judge medians against their floors and targets the way the table says."""

from __future__ import annotations

import pytest

from benchmarks.harness import Figure, Target, percentile


def test_ratio_is_median_over_floor_median_and_decides_the_result() -> None:
    fig = Figure("wall time", "s", [3.0, 1.0, 2.0], Target(max_ratio=2.0), [1.5, 0.5, 1.0])
    assert fig.median == 2.0 and fig.floor == 1.0 and fig.ratio == 2.0
    assert fig.passed  # "<= 2x" includes 2x
    data = fig.to_dict()
    assert (data["min"], data["max"], data["status"], data["target"]) == (1.0, 3.0, "pass", "<= 2x")
    slower = Figure("wall time", "s", [2.1], Target(max_ratio=2.0), [1.0])
    assert not slower.passed and slower.to_dict()["status"] == "miss"


def test_absolute_and_combined_targets() -> None:
    strict = Target(max_value=5.0, strict=True)
    assert not Figure("t", "s", [5.0], strict).passed
    assert Figure("t", "s", [4.99], strict).passed
    both = Target(max_ratio=2.0, max_value=16)
    assert not Figure("p95", "ms", [17.0], both, [10.0]).passed  # ratio ok, bound missed
    assert not Figure("p95", "ms", [15.0], both, [5.0]).passed  # bound ok, ratio missed
    assert Figure("p95", "ms", [15.0], both, [10.0]).passed
    assert not Figure("p95", "ms", [15.0], both).passed  # a ratio target needs a floor
    assert both.describe("ms") == "<= 2x and <= 16.0 ms"


def test_percentile_interpolates() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == pytest.approx(50.5)
    assert percentile(values, 95) == pytest.approx(95.05)
    assert percentile([7.0], 95) == 7.0
