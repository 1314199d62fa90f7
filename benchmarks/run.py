"""``python -m benchmarks``: run every case, print the table, write results.json and
the results section of BENCHMARKS.md.

Each figure is the median of several runs next to a floor measured in the same run,
so the ratio holds on a noisy machine. ``--quick`` uses tiny sizes (seconds) so CI can
check that the harness still works.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.cases import MODULES
from benchmarks.harness import (
    ERROR,
    ROOT,
    CaseResult,
    Context,
    format_value,
    machine_description,
)

RESULTS = ROOT / "benchmarks" / "results.json"
MARKDOWN = ROOT / "BENCHMARKS.md"
BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"

Runner = Callable[[Context], CaseResult]


def all_cases() -> list[tuple[str, str, Runner]]:
    cases = []
    for name in MODULES:
        module = importlib.import_module(f"benchmarks.cases.{name}")
        cases.extend(module.CASES)
    return cases


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    names = [name for name, _t, _r in all_cases()]
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    p.add_argument("--quick", action="store_true", help="tiny sizes, for CI (seconds)")
    p.add_argument(
        "--only",
        action="append",
        choices=names,
        metavar="CASE",
        help=f"run only this case (repeatable): {', '.join(names)}",
    )
    p.add_argument(
        "--repeat",
        type=int,
        default=None,
        help="runs per measurement (default 3, or 1 with --quick)",
    )
    p.add_argument(
        "--skip-install",
        action="store_true",
        help="skip the installed-environment size (slow: builds a venv)",
    )
    p.add_argument(
        "--huge",
        action="store_true",
        help="also the 1,000,000-document project (its fixture takes long to build)",
    )
    p.add_argument(
        "--output",
        type=Path,
        default=None,
        help=f"results JSON (default {RESULTS.relative_to(ROOT)}; "
        "with --quick or --only a temporary folder)",
    )
    p.add_argument(
        "--markdown",
        type=Path,
        default=None,
        help=f"Markdown file whose results section is rewritten "
        f"(default {MARKDOWN.name}; not written with --quick or --only "
        "unless given)",
    )
    p.add_argument(
        "--profile",
        type=Path,
        default=None,
        metavar="DIR",
        help="profile every measured call with pyinstrument into DIR "
        "(timings then include the profiler's overhead)",
    )
    p.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="where corpora and fixture databases are kept between runs "
        "(default: a cache folder under the system temp folder)",
    )
    return p.parse_args(argv)


def render_table(cases: list[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for case in cases:
        if not case["figures"]:
            note = "; ".join(case["notes"])
            rows.append(
                [
                    case["title"],
                    "-",
                    "-",
                    "-",
                    "-",
                    "-",
                    "-",
                    "-",
                    f"{case['status']}" + (f" ({note})" if note else ""),
                ]
            )
            continue
        for fig in case["figures"]:
            unit = fig["unit"]
            rows.append(
                [
                    f"{case['title']}: {fig['name']}",
                    format_value(fig["median"], unit),
                    format_value(fig["min"], unit),
                    format_value(fig["max"], unit),
                    format_value(fig["floor"], unit),
                    "-" if fig["ratio"] is None else f"{fig['ratio']:.2f}x",
                    fig["target"],
                    fig["status"],
                    fig["floor_name"] or "",
                ]
            )
    return rows


HEADER = ["case", "median", "min", "max", "floor", "ratio", "target", "result", "floor is"]


def print_table(rows: list[list[str]], out: Any = sys.stdout) -> None:
    widths = [max(len(r[i]) for r in [HEADER, *rows]) for i in range(len(HEADER))]
    widths[-1] = min(widths[-1], 60)
    for row in [HEADER, ["-" * w for w in widths], *rows]:
        print(
            "  ".join(
                cell.ljust(w)[: max(w, 1)] if i < len(row) - 1 else cell
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            ),
            file=out,
        )


def markdown_section(report: dict[str, Any]) -> str:
    m = report["machine"]
    lines = [
        BEGIN,
        "",
        f"Measured {report['finished']} (`python -m benchmarks"
        f"{' --quick' if report['quick'] else ''}`, {report['repeat']} runs per figure, "
        f"{report['seconds']:.0f} s in all).",
        "",
        f"Machine: {m.get('nproc')} cores ({m.get('cpu', '?')}), "
        f"{m.get('memory_mib', 0) / 1024:.1f} GiB memory, {m.get('platform', '?')}; "
        f"Python {m.get('python')}, PySide6 {m.get('pyside6', '-')} (Qt {m.get('qt', '-')}), "
        f"SQLite {m.get('sqlite', '?')}, SQLAlchemy {m.get('sqlalchemy', '?')}; "
        f"load average at start {m.get('load_average', '?')}.",
        "",
        "| " + " | ".join(HEADER) + " |",
        "|" + "|".join(["---"] * len(HEADER)) + "|",
    ]
    for row in render_table(report["cases"]):
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
    lines += ["", "Notes per case:", ""]
    for case in report["cases"]:
        for note in case["notes"]:
            lines.append(f"- **{case['title']}**: {note}")
        for fig in case["figures"]:
            if fig["notes"]:
                lines.append(f"- **{case['title']}: {fig['name']}**: {fig['notes']}")
    lines += ["", END]
    return "\n".join(lines)


def write_markdown(path: Path, section: str) -> None:
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if BEGIN in old and END in old:
            head, rest = old.split(BEGIN, 1)
            tail = rest.split(END, 1)[1]
            path.write_text(head + section + tail, encoding="utf-8")
            return
        path.write_text(old.rstrip() + "\n\n## Results\n\n" + section + "\n", encoding="utf-8")
        return
    path.write_text("# Benchmarks\n\n## Results\n\n" + section + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    repeat = args.repeat or (1 if args.quick else 3)
    default_work = Path(tempfile.gettempdir()) / f"annotator-bench{'-quick' if args.quick else ''}"
    workdir = (args.workdir or default_work).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="annotator-bench-out-"))
    # Only a complete full run replaces the committed results.
    partial = args.quick or bool(args.only)
    output = args.output or (scratch / "results.json" if partial else RESULTS)
    markdown = args.markdown or (None if partial else MARKDOWN)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    if args.profile is not None:
        os.environ["BENCH_PROFILE"] = str(args.profile.resolve())
    ctx = Context(
        quick=args.quick,
        repeat=repeat,
        workdir=workdir,
        skip_install=args.skip_install,
        huge=args.huge,
        log=log,
    )
    machine = machine_description(sys.executable)
    started = time.perf_counter()
    results: list[CaseResult] = []
    for name, title, runner in all_cases():
        if args.only and name not in args.only:
            continue
        log(f"[{name}] {title} ...")
        t0 = time.perf_counter()
        try:
            result = runner(ctx)
        except Exception as exc:
            log(traceback.format_exc())
            message = " / ".join(line.strip() for line in str(exc).splitlines() if line.strip())
            result = CaseResult(name, title, ERROR, notes=[f"{type(exc).__name__}: {message}"])
        result.seconds = time.perf_counter() - t0
        log(f"[{name}] {result.status} in {result.seconds:.1f} s")
        results.append(result)
    report = {
        "finished": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "quick": args.quick,
        "repeat": repeat,
        "seconds": round(time.perf_counter() - started, 1),
        "machine": machine,
        "cases": [r.to_dict() for r in results],
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if markdown is not None:
        write_markdown(markdown, markdown_section(report))
    print_table(render_table(report["cases"]))
    print(f"\nresults: {output}" + (f", table: {markdown}" if markdown else ""))
    return 1 if any(r.status == ERROR for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
