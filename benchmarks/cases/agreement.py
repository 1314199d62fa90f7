"""Agreement over 1,000 documents annotated independently by two annotators."""

from __future__ import annotations

import importlib
import statistics
import time
from typing import Any

from benchmarks import fixtures
from benchmarks.harness import CaseResult, Context, Figure, Target, not_available

NAME, TITLE = "agreement", "agreement over 1,000 documents x 2 annotators"
CHARS, SPANS = 1050, 50


def available() -> str | None:
    try:
        module = importlib.import_module("annotator.service.agreement")
    except ImportError as exc:
        return f"annotator/service/agreement.py is missing ({exc})"
    if not hasattr(module, "agreement"):
        return "annotator.service.agreement has no agreement() function"
    return None


def run(ctx: Context) -> CaseResult:
    reason = available()
    if reason:
        return not_available(NAME, TITLE, reason)
    n = ctx.size(1_000, 50)
    db = fixtures.cached_database(
        ctx.workdir / "fixtures",
        f"agreement-{n}",
        "annotated",
        n=n,
        chars=CHARS,
        spans=SPANS,
        second_annotator=True,
    )
    result = CaseResult(NAME, TITLE.replace("1,000", f"{n:,}"))
    times, cpu = [], []
    for _ in ctx.rounds():
        got = ctx.worker("cases.agreement:measure", db=str(db))
        times.append(got["seconds"])
        cpu.append(got["cpu_s"])
    result.figures.append(Figure("wall time", "s", times, Target(max_value=5.0, strict=True)))
    result.notes.append(
        f"service.agreement.agreement() on {got['documents']:,} documents done by both "
        f"annotators ({n * SPANS:,} spans each, second layer perturbed: missed, relabelled, "
        f"widened and extra spans); overall exact-match F1 {got['f1']}; CPU time "
        f"{statistics.median(cpu):.2f} s (median)"
    )
    return result.finish()


def measure(db: str) -> dict[str, Any]:
    from annotator.service import Workspace
    from annotator.service.agreement import agreement

    ws = Workspace(db)
    start, cpu = time.perf_counter(), time.process_time()
    report = agreement(ws, fixtures.PROJECT)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    ws.close()
    pair = report.pairs[0] if report.pairs else None
    f1 = pair.exact.f1 if pair is not None else None
    return {
        "seconds": seconds,
        "cpu_s": cpu,
        "documents": len(report.documents),
        "f1": None if f1 is None else round(f1, 3),
    }


CASES = [(NAME, TITLE, run)]
