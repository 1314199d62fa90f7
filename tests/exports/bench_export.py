"""Export throughput against plain JSON serialization (run by hand, not by pytest).

    python tests/exports/bench_export.py [DOCS] [SPANS_PER_DOC]

Builds a temporary project of DOCS generated documents with SPANS_PER_DOC entity spans
each, then times (1) ``json.dumps`` of the same native records already in memory,
(2) ``annotator export --format spans`` and (3) ``--format hf``, and reports the
ratios and the peak traced memory of each export.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from annotator.formats.native import layer_to_dict
from annotator.model import DocumentRecord, SpanRecord, Status
from annotator.service import Workspace, import_records
from annotator.service.datasets import ExportRequest, export_dataset

WORDS = ["ঢাকা", "মস্কো", "কিম", "রাশিয়ার", "সেনা", "বলেন", "আজ", "নতুন", "চুক্তি", "পুতিনের"]
LABELS = ["PER", "ORG", "GPE", "LOC", "DATE"]


def records(n_docs: int, n_spans: int) -> list[DocumentRecord]:
    out = []
    for d in range(n_docs):
        words = [WORDS[(d * 7 + k) % len(WORDS)] for k in range(n_spans * 2)]
        text = " ".join(words) + f" {d}।"
        spans, pos = [], 0
        for k, word in enumerate(words):
            if k % 2 == 0:
                spans.append(SpanRecord(f"s{k}", pos, pos + len(word), LABELS[k % len(LABELS)]))
            pos += len(word) + 1
        out.append(
            DocumentRecord(
                text=text,
                external_id=f"doc-{d}",
                annotator="bench",
                status=Status.DONE,
                spans=tuple(spans),
                origin=f"gen:{d}",
            )
        )
    return out


def timed_export(ws: Workspace, fmt: str, out: Path) -> tuple[float, float]:
    """Seconds of one export (untraced), and peak traced MiB of a second, traced one."""
    start = time.perf_counter()
    export_dataset(ws, ExportRequest(format=fmt, output=str(out / "timed"), project="Bench"))
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    export_dataset(ws, ExportRequest(format=fmt, output=str(out / "traced"), project="Bench"))
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return elapsed, peak


def main() -> None:
    n_docs = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    n_spans = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(str(Path(tmp) / "bench.sqlite3"))
        import_records(ws, records(n_docs, n_spans), project="Bench")
        project = ws.project("Bench")
        layers = list(ws.iter_layers(project.id))
        start = time.perf_counter()
        for layer in layers:
            json.dumps(layer_to_dict(layer), ensure_ascii=False)
        baseline = time.perf_counter() - start
        del layers
        spans_t, spans_mem = timed_export(ws, "spans", Path(tmp) / "spans")
        hf_t, hf_mem = timed_export(ws, "hf", Path(tmp) / "hf")
        ws.close()
    print(f"{n_docs} documents x {n_spans} spans")
    print(f"json.dumps of in-memory records: {baseline:.2f} s")
    print(f"export spans: {spans_t:.2f} s ({spans_t / baseline:.2f}x), peak {spans_mem:.1f} MiB")
    print(f"export hf:    {hf_t:.2f} s ({hf_t / baseline:.2f}x), peak {hf_mem:.1f} MiB")


if __name__ == "__main__":
    main()
