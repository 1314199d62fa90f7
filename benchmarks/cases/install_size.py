"""Size of a fresh virtual environment with the app and its runtime dependencies only."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.harness import ROOT, SKIPPED, CaseResult, Context, Figure, Target

NAME, TITLE = "install-size", "the installed environment (app + runtime dependencies)"
VENV = Path("/tmp/annotator-bench-venv")


def du_mib(path: Path) -> float:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.lstat(os.path.join(root, name)).st_blocks * 512
    return total / 2**20


def run(ctx: Context) -> CaseResult:
    if ctx.quick or ctx.skip_install:
        why = "--quick" if ctx.quick else "--skip-install"
        return CaseResult(NAME, TITLE, SKIPPED, notes=[f"skipped ({why})"])
    result = CaseResult(NAME, TITLE)
    shutil.rmtree(VENV, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True, timeout=300)
    pip = [str(VENV / "bin" / "python"), "-m", "pip"]
    proc = subprocess.run(
        [*pip, "install", "--quiet", "--disable-pip-version-check", str(ROOT)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-8:])
        raise RuntimeError(f"pip install {ROOT} failed:\n{tail}")
    seconds = time.perf_counter() - start
    total = du_mib(VENV)
    site = next((VENV / "lib").glob("python*/site-packages"))
    parts = sorted(((du_mib(p), p.name) for p in site.iterdir() if p.is_dir()), reverse=True)
    pip_own = sum(size for size, name in parts if name.startswith(("pip", "setuptools")))
    result.figures.append(
        Figure(
            "venv size (du)",
            "MiB",
            [total],
            Target(max_value=350),
            notes="one measurement (the size does not vary)",
        )
    )
    biggest = ", ".join(f"{name} {size:.0f}" for size, name in parts[:6])
    result.notes.append(
        f"python -m venv + pip install {ROOT.name} (no extras) in {seconds:.0f} s; "
        f"largest folders in site-packages (MiB): {biggest}; pip itself {pip_own:.0f} MiB"
    )
    return result.finish()


CASES = [(NAME, TITLE, run)]
