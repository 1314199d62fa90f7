"""Export 10,000 documents x 50 spans to ``spans`` JSONL and to ``hf`` BIO, against
serializing the same records, already in memory, with the fastest JSON library we ship."""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
import statistics
import time
import tomllib
from pathlib import Path
from typing import Any

from benchmarks import corpus, fixtures
from benchmarks.harness import (
    ROOT,
    CaseResult,
    Context,
    Figure,
    Target,
    not_available,
    peak_rss_mib,
    rss_mib,
)

CHARS, SPANS = 1050, 50
SPANS_NAME, SPANS_TITLE = "export-spans", "export 10,000 documents x 50 spans to spans JSONL"
HF_NAME, HF_TITLE = "export-hf", "export the same to hf BIO"
CHUNK = 1000


def json_library() -> str:
    """``orjson`` if the app depends on it (and it is installed), else the stdlib."""
    try:
        deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        deps = []
    shipped = any(d.split(";")[0].strip().lower().startswith("orjson") for d in deps)
    return "orjson" if shipped and importlib.util.find_spec("orjson") else "json"


def _database(ctx: Context, n: int) -> Path:
    return fixtures.cached_database(
        ctx.workdir / "fixtures", f"export-{n}", "annotated", n=n, chars=CHARS, spans=SPANS
    )


def _floor(ctx: Context, n: int) -> tuple[list[float], str]:
    key = f"export-floor-{n}"
    if key not in ctx.shared:
        lib = json_library()
        samples, digest = [], ""
        for i in ctx.rounds():
            got = ctx.worker(
                "cases.export:floor", n=n, out=str(ctx.workdir / f"floor-{i}.jsonl"), lib=lib
            )
            samples.append(got["seconds"])
            digest = got["sha256"]
        ctx.shared[key] = (samples, digest, lib)
    samples, digest, _lib = ctx.shared[key]
    return samples, digest


def run_spans(ctx: Context) -> CaseResult:
    n = ctx.size(10_000, 200)
    small = ctx.size(1_000, 50)
    db = _database(ctx, n)
    db_small = _database(ctx, small)
    result = CaseResult(SPANS_NAME, SPANS_TITLE.replace("10,000", f"{n:,}"))
    floor, floor_digest = _floor(ctx, n)
    times, growth, digests, cpu = [], [], set(), []
    for i in ctx.rounds():
        out = ctx.workdir / f"spans-{i}.jsonl"
        got = ctx.worker("cases.export:spans", db=str(db), out=str(out))
        times.append(got["seconds"])
        cpu.append(got["cpu_s"])
        growth.append(got["rss_growth_mib"])
        digests.add(got["sha256"])
        if got["records"] != n:
            raise RuntimeError(f"exported {got['records']} records, expected {n}")
    growth_small = [
        ctx.worker(
            "cases.export:spans", db=str(db_small), out=str(ctx.workdir / f"spans-small-{i}.jsonl")
        )["rss_growth_mib"]
        for i in range(ctx.repeat if ctx.quick else max(2, ctx.repeat - 1))
    ]
    lib = ctx.shared[f"export-floor-{n}"][2]
    result.figures.append(
        Figure(
            "wall time",
            "s",
            times,
            Target(max_ratio=2.0),
            floor,
            f"{lib}.dumps of the same records from memory",
        )
    )
    result.figures.append(
        Figure(
            f"peak RSS growth, {n:,} docs",
            "MiB",
            growth,
            Target(max_ratio=1.5),
            growth_small,
            f"the same export of {small:,} docs",
            notes="flat: 10x the documents may not cost 1.5x the memory",
        )
    )
    same = digests == {floor_digest}
    result.notes.append(
        "service.datasets.export_dataset(format='spans') to a file, as `annotator export` "
        "does (dataset card included); output "
        + ("byte-identical to the floor's (same work)" if same else "DIFFERS from the floor's")
        + f"; CPU time of the export {statistics.median(cpu):.2f} s (median)"
    )
    if not same:
        result.status = "error"
    return result.finish()


def hf_available() -> str | None:
    """Why the hf exporter cannot be measured, or None when it can."""
    try:
        registry = importlib.import_module("annotator.formats.registry")
        importlib.import_module("annotator.service.datasets")
    except ImportError as exc:
        return f"no hf exporter in annotator/formats ({exc})"
    if "hf" not in getattr(registry, "EXPORTERS", {}):
        return "annotator.formats.registry has no 'hf' exporter"
    return None


def run_hf(ctx: Context) -> CaseResult:
    title = HF_TITLE
    reason = hf_available()
    if reason:
        return not_available(HF_NAME, title, reason)
    n = ctx.size(10_000, 200)
    db = _database(ctx, n)
    floor, _digest = _floor(ctx, n)
    result = CaseResult(HF_NAME, title)
    times, cpu = [], []
    for i in ctx.rounds():
        out = ctx.workdir / f"hf-{i}" / "data.jsonl"
        got = ctx.worker("cases.export:hf", db=str(db), out=str(out))
        times.append(got["seconds"])
        cpu.append(got["cpu_s"])
        rows = got["rows"]
    lib = ctx.shared[f"export-floor-{n}"][2]
    result.figures.append(
        Figure(
            "wall time",
            "s",
            times,
            Target(max_ratio=3.0),
            floor,
            f"{lib}.dumps of the same (spans) records from memory",
        )
    )
    result.notes.append(
        f"service.datasets.export_dataset(format='hf', on_overlap='longest') of {n:,} documents "
        f"({rows:,} records), dataset card included; CPU time "
        f"{statistics.median(cpu):.2f} s (median)"
    )
    return result.finish()


# Workers -------------------------------------------------------------------------------


def _sha(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def spans(db: str, out: str) -> dict[str, Any]:
    from annotator.service import Workspace
    from annotator.service.datasets import ExportRequest, export_dataset

    ws = Workspace(db)
    before = rss_mib()
    start, cpu = time.perf_counter(), time.process_time()
    res = export_dataset(ws, ExportRequest(format="spans", output=out, project=fixtures.PROJECT))
    count = res.records
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    growth = max(0.0, peak_rss_mib() - before)
    ws.close()
    return {
        "seconds": seconds,
        "cpu_s": cpu,
        "records": count,
        "sha256": _sha(Path(out)),
        "rss_growth_mib": growth,
    }


def hf(db: str, out: str) -> dict[str, Any]:
    from annotator.service import Workspace
    from annotator.service.datasets import ExportRequest, export_dataset

    ws = Workspace(db)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    start, cpu = time.perf_counter(), time.process_time()
    res = export_dataset(
        ws, ExportRequest(format="hf", output=out, project=fixtures.PROJECT, on_overlap="longest")
    )
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    ws.close()
    return {"seconds": seconds, "cpu_s": cpu, "rows": res.records}


def floor(n: int, out: str, lib: str) -> dict[str, Any]:
    """Serialize the generator's records (built untimed, a chunk at a time) to ``out``."""
    if lib == "orjson":
        import orjson

        def dumps(obj: Any) -> str:
            return orjson.dumps(obj).decode() + "\n"
    else:

        def dumps(obj: Any) -> str:
            return json.dumps(obj, ensure_ascii=False) + "\n"

    seconds = 0.0
    with open(out, "w", encoding="utf-8", newline="\n") as handle:
        for first in range(0, n, CHUNK):
            records = list(
                corpus.iter_records(min(CHUNK, n - first), first, chars=CHARS, spans=SPANS)
            )
            start = time.perf_counter()
            for record in records:
                handle.write(dumps(record))
            handle.flush()
            seconds += time.perf_counter() - start
        start = time.perf_counter()
    seconds += time.perf_counter() - start
    return {"seconds": seconds, "sha256": _sha(Path(out))}


CASES = [(SPANS_NAME, SPANS_TITLE, run_spans), (HF_NAME, HF_TITLE, run_hf)]
