"""The pieces every benchmark case uses: figures with floors and targets, fresh-process
workers, statistics and the machine description."""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULT_MARK = "BENCH-RESULT "

PASS, MISS, NOT_AVAILABLE, SKIPPED, ERROR = "pass", "miss", "not available", "skipped", "error"


@dataclass
class Target:
    """What a figure must meet: a ratio to its floor, an absolute bound, or both."""

    max_ratio: float | None = None
    max_value: float | None = None
    strict: bool = False  # "<" instead of "<="
    min_value: float | None = None  # for rates: at least this much

    def describe(self, unit: str) -> str:
        parts = []
        op = "<" if self.strict else "<="
        if self.max_ratio is not None:
            parts.append(f"{op} {self.max_ratio:g}x")
        if self.max_value is not None:
            parts.append(f"{op} {format_value(self.max_value, unit)}")
        if self.min_value is not None:
            parts.append(f">= {format_value(self.min_value, unit)}")
        return " and ".join(parts) or "-"

    def met(self, value: float, ratio: float | None) -> bool:
        ok = True
        if self.max_value is not None:
            ok &= value < self.max_value if self.strict else value <= self.max_value
        if self.min_value is not None:
            ok &= value >= self.min_value
        if self.max_ratio is not None:
            if ratio is None:
                return False
            ok &= ratio < self.max_ratio if self.strict else ratio <= self.max_ratio
        return ok


@dataclass
class Figure:
    """One measured quantity (samples from several runs) next to its floor."""

    name: str
    unit: str  # "s", "ms", "MiB", "x"
    samples: list[float]
    target: Target
    floor_samples: list[float] | None = None
    floor_name: str = ""
    notes: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def floor(self) -> float | None:
        return statistics.median(self.floor_samples) if self.floor_samples else None

    @property
    def ratio(self) -> float | None:
        floor = self.floor
        if floor is None or floor <= 0:
            return None
        return self.median / floor

    @property
    def passed(self) -> bool:
        return self.target.met(self.median, self.ratio)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "unit": self.unit,
            "samples": [round(x, 6) for x in self.samples],
            "median": round(self.median, 6),
            "min": round(min(self.samples), 6),
            "max": round(max(self.samples), 6),
            "floor": None if self.floor is None else round(self.floor, 6),
            "floor_samples": (
                None if self.floor_samples is None else [round(x, 6) for x in self.floor_samples]
            ),
            "floor_name": self.floor_name,
            "ratio": None if self.ratio is None else round(self.ratio, 4),
            "target": self.target.describe(self.unit),
            "status": PASS if self.passed else MISS,
            "notes": self.notes,
        }


@dataclass
class CaseResult:
    name: str
    title: str
    status: str = PASS
    figures: list[Figure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def finish(self) -> CaseResult:
        if self.status == PASS and self.figures:
            self.status = PASS if all(f.passed for f in self.figures) else MISS
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "status": self.status,
            "seconds": round(self.seconds, 2),
            "notes": self.notes,
            "figures": [f.to_dict() for f in self.figures],
        }


def not_available(name: str, title: str, reason: str) -> CaseResult:
    return CaseResult(name, title, NOT_AVAILABLE, notes=[reason])


@dataclass
class Context:
    """Run-wide settings handed to every case."""

    quick: bool
    repeat: int
    workdir: Path
    skip_install: bool = False
    huge: bool = False  # also the 1,000,000-document project (--huge)
    python: str = sys.executable
    log: Callable[[str], None] = print
    shared: dict[str, Any] = field(default_factory=dict)  # results cases share (floors)

    def size(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def rounds(self, budget: float = 60.0, minimum: int = 2) -> Iterator[int]:
        """Run numbers ``0..repeat-1``, stopping early (after ``minimum`` runs) once a case
        has spent ``budget`` seconds, so the whole suite stays within its time box."""
        start = time.perf_counter()
        for i in range(self.repeat):
            if i >= minimum and time.perf_counter() - start > budget:
                return
            yield i

    def worker(
        self, func: str, timeout: float = 300, env: dict[str, str] | None = None, **params: Any
    ) -> dict[str, Any]:
        """Run ``benchmarks.<func>(**params)`` in a fresh Python process; return its result."""
        return run_worker(self.python, func, params, timeout=timeout, env=env, workdir=self.workdir)


def worker_env(workdir: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    home = workdir / "home"
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        ANNOTATOR_USER="bench",
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
        PYTHONDONTWRITEBYTECODE="",
    )
    env.pop("ANNOTATOR_DB", None)
    env.update(extra or {})
    return env


class WorkerError(RuntimeError):
    pass


def run_worker(
    python: str,
    func: str,
    params: dict[str, Any],
    *,
    timeout: float,
    env: dict[str, str] | None,
    workdir: Path,
) -> dict[str, Any]:
    cmd = [python, "-m", "benchmarks.worker", func, json.dumps(params)]
    try:
        proc = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=worker_env(workdir, env),
            cwd=str(ROOT),
        )
    except subprocess.TimeoutExpired:
        raise WorkerError(f"{func} did not finish within {timeout:.0f} s") from None
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_MARK):
            return json.loads(line[len(RESULT_MARK) :])
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-15:]
    raise WorkerError(f"{func} failed (exit {proc.returncode}):\n  " + "\n  ".join(tail))


# In-process helpers (used inside workers) ------------------------------------------------


def rss_mib() -> float:
    """Current resident set size of this process."""
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    box: list[float] = []
    start = time.perf_counter()
    try:
        yield box
    finally:
        box.append(time.perf_counter() - start)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms"
    if unit == "MiB":
        return f"{value:.1f} MiB"
    if unit == "x":
        return f"{value:.2f}x"
    return f"{value:g} {unit}"


# Machine ----------------------------------------------------------------------------------


def machine_description(python: str) -> dict[str, Any]:
    info: dict[str, Any] = {
        "nproc": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
    }
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        with open("/proc/meminfo") as handle:
            for line in handle:
                if line.startswith("MemTotal:"):
                    info["memory_mib"] = round(int(line.split()[1]) / 1024)
    except OSError:
        pass
    probe = (
        "import json, sqlite3, sqlalchemy\n"
        "out = {'sqlite': sqlite3.sqlite_version, 'sqlalchemy': sqlalchemy.__version__}\n"
        "try:\n"
        "    import PySide6, PySide6.QtCore as c\n"
        "    out.update(pyside6=PySide6.__version__, qt=c.qVersion())\n"
        "except ImportError:\n"
        "    pass\n"
        "print(json.dumps(out))\n"
    )
    try:
        out = subprocess.run([python, "-c", probe], capture_output=True, text=True, timeout=60)
        info.update(json.loads(out.stdout.strip().splitlines()[-1]))
    except (subprocess.SubprocessError, ValueError, IndexError):
        pass
    with suppress(OSError):
        info["load_average"] = [round(x, 2) for x in os.getloadavg()]
    return info
