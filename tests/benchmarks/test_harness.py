"""The benchmark harness never rots: ``python -m benchmarks --quick`` runs every case.

Timings are not asserted (CI machines are noisy); what is asserted is that every case
ran and produced figures with their floors and ratios, or says why it could not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Cases whose figures are defined against a floor measured in the same run.
FLOORED = {
    "import",
    "export-spans",
    "export-hf",
    "gui-open",
    "gui-edit",
    "gui-startup",
    "gui-memory",
}
ALLOWED = {"pass", "miss", "not available", "skipped"}


@pytest.mark.slow
def test_quick_run_produces_every_figure_with_floor_and_ratio(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    markdown = tmp_path / "BENCHMARKS.md"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--quick",
            "--output",
            str(out),
            "--markdown",
            str(markdown),
            "--workdir",
            str(tmp_path / "work"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,  # ~200 s on a loaded 2-core machine, well under on a quiet one
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    report = json.loads(out.read_text(encoding="utf-8"))

    from benchmarks.run import all_cases

    expected = [name for name, _title, _run in all_cases()]
    assert [c["name"] for c in report["cases"]] == expected
    assert report["machine"]["nproc"] >= 1 and report["machine"]["python"]
    for case in report["cases"]:
        assert case["status"] in ALLOWED, (case["name"], case["status"], case["notes"])
        if case["status"] in ("not available", "skipped"):
            assert case["notes"], f"{case['name']} must say why it did not run"
            continue
        assert case["figures"], case["name"]
        for fig in case["figures"]:
            assert "floor" in fig and "ratio" in fig
            assert fig["min"] <= fig["median"] <= fig["max"], (case["name"], fig)
            assert fig["status"] in ("pass", "miss") and fig["target"] != "-"
            if case["name"] in FLOORED:
                assert fig["floor"] is not None and fig["floor"] > 0, (case["name"], fig)
                assert fig["ratio"] == pytest.approx(fig["median"] / fig["floor"], rel=1e-3)
        statuses = {fig["status"] for fig in case["figures"]}
        assert case["status"] == ("pass" if statuses == {"pass"} else "miss")
    # The quick run exported exactly what the floor serialized (same work, same bytes).
    spans = next(c for c in report["cases"] if c["name"] == "export-spans")
    assert any("byte-identical" in note for note in spans["notes"])

    table = markdown.read_text(encoding="utf-8")
    assert "<!-- results:begin -->" in table and "| case | median |" in table
    assert proc.stdout.count("\n") >= len(expected)
