"""Import 10,000 ~3 kB articles from .txt files through the real CLI path, against bare
``sqlite3.executemany`` of the same rows in one transaction."""

from __future__ import annotations

import json
import sqlite3
import statistics
import time
from pathlib import Path
from typing import Any

from benchmarks import corpus
from benchmarks.harness import CaseResult, Context, Figure, Target

NAME = "import"
TITLE = "import 10,000 articles (~3 kB each) from .txt"
CHARS = 1050  # code points: ~3 kB of UTF-8 Bengali


def _corpus(ctx: Context, n: int) -> tuple[Path, int]:
    folder = ctx.workdir / f"txt-{n}"
    stamp = folder / ".complete"
    if stamp.exists():
        return folder, int(stamp.read_text())
    size = corpus.write_txt_corpus(folder, n, chars=CHARS)
    stamp.write_text(str(size))
    return folder, size


def run(ctx: Context) -> CaseResult:
    n = ctx.size(10_000, 200)
    folder, size = _corpus(ctx, n)
    result = CaseResult(NAME, TITLE.replace("10,000", f"{n:,}"))
    measured, floor, cpu, read = [], [], [], []
    for i in ctx.rounds():
        db = ctx.workdir / f"import-{i}.sqlite3"
        got = ctx.worker("cases.import_txt:measure", folder=str(folder), db=str(db))
        if got["documents"] != n:
            raise RuntimeError(f"import added {got['documents']} documents, expected {n}")
        measured.append(got["seconds"])
        cpu.append(got["cpu_s"])
        got = ctx.worker(
            "cases.import_txt:floor",
            folder=str(folder),
            db=str(ctx.workdir / f"import-floor-{i}.sqlite3"),
        )
        floor.append(got["seconds"])
        read.append(got["read_seconds"] + got["seconds"])
    result.figures.append(
        Figure(
            "wall time",
            "s",
            measured,
            Target(max_ratio=3.0),
            floor,
            "sqlite3.executemany of the same rows, one transaction",
        )
    )
    result.notes.append(
        f"{n:,} files, {size / n / 1000:.2f} kB average; import_records over "
        "formats.inputs.iter_records into a fresh database (opening it not timed); "
        "floor: the same document rows (read, normalized and hashed beforehand) inserted "
        "with the app's SQLite settings (WAL, synchronous=FULL); "
        f"CPU time of the import {statistics.median(cpu):.2f} s (median). For reference, "
        "not a target: reading, decoding, normalizing and hashing the files plus the "
        f"executemany take {statistics.median(read):.2f} s, so the import is "
        f"{statistics.median(measured) / statistics.median(read):.1f}x of that"
    )
    return result.finish()


def _fresh(db: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)


def measure(folder: str, db: str) -> dict[str, Any]:
    from annotator.formats.inputs import iter_records
    from annotator.service import Workspace, import_records

    _fresh(db)
    ws = Workspace(db)
    start, cpu = time.perf_counter(), time.process_time()
    report = import_records(ws, iter_records([folder]), project="Bench", annotator="bench")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    ws.close()
    return {"seconds": seconds, "cpu_s": cpu, "documents": report.documents_added}


def floor(folder: str, db: str) -> dict[str, Any]:
    from annotator.formats.inputs import read_text_file
    from annotator.service import Workspace
    from annotator.text import text_sha256

    _fresh(db)
    ws = Workspace(db)
    project_id = ws.ensure_project("Bench").id
    ws.close()
    now = "2026-01-01 00:00:00.000000"
    rows = []
    read_start = time.perf_counter()
    for path in sorted(Path(folder).glob("*.txt")):
        rec = read_text_file(path)
        rows.append(
            (
                project_id,
                rec.external_id,
                rec.title,
                rec.source,
                json.dumps(rec.meta),
                rec.text,
                text_sha256(rec.text),
                len(rec.text),
                now,
            )
        )
    read_seconds = time.perf_counter() - read_start
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO documents (project_id, external_id, title, source, meta, text, "
        "text_sha256, length, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    return {"seconds": seconds, "read_seconds": read_seconds, "rows": len(rows)}


CASES = [(NAME, TITLE, run)]
