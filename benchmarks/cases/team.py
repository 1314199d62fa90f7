"""A team on one database: simulated annotators (separate processes) labeling different
and the same documents for a bounded time, on a local PostgreSQL (loopback only) and on
one SQLite file.

Each client labels words of its own document in its own layer (creates, then relabels
with the version it read), and relabels the spans of the shared documents' ``gold``
layer with the version it read a moment before, as two curators in two windows would:
when another client got there first the service refuses the edit with a conflict
(a clear message, nothing written). Every acknowledged edit goes to the client's log;
at the end the database is compared with every log: the span of each acknowledged edit
must hold that edit or a later acknowledged one (0 lost edits).
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks import corpus
from benchmarks.harness import (
    ROOT,
    SKIPPED,
    CaseResult,
    Context,
    Figure,
    Target,
    percentile,
    worker_env,
)

PG_NAME, PG_TITLE = "team-pg", "a team of annotators on one PostgreSQL"
SQLITE_NAME, SQLITE_TITLE = "team-sqlite", "writers on one SQLite file"
PROJECT = "Team"
GOLD = "gold"
SHARED_DOCS = 2
GOLD_SPANS = 6
LABELS = ("PER", "ORG", "GPE", "LOC")


def _setup(url: str, clients: int) -> dict[str, Any]:
    """A project with one document per client plus the shared ones, and gold spans on
    the shared documents."""
    from annotator.model import DocumentRecord
    from annotator.service import Workspace, import_records
    from annotator.text.tokenizer import tokenize

    records = []
    for i in range(clients + SHARED_DOCS):
        rec = corpus.make_record(i, chars=600, with_spans=False, seed=7)
        records.append(DocumentRecord(text=rec["text"], external_id=rec["id"]))
    with Workspace(url) as ws:
        import_records(ws, records, project=PROJECT)
        project = ws.project(PROJECT)
        ids = [int(ws.document_by_external_id(int(project.id), r.external_id).id) for r in records]
        for doc_id in ids[clients:]:
            text = ws.document(doc_id).text
            words = [t for t in tokenize(text) if t.text.isalpha() and len(t.text) > 2]
            for token in words[:GOLD_SPANS]:
                ws.create_span(doc_id, GOLD, "PER", token.start, token.end)
    return {"own": ids[:clients], "shared": ids[clients:]}


def client(
    url: str,
    index: int,
    own: int,
    shared: list[int],
    sync: str,
    seconds: float,
    shared_share: float = 0.3,
) -> dict[str, Any]:
    """One annotator: says it is ready (a file in ``sync``), waits for the start the
    parent writes there once every client is ready, edits for ``seconds``; returns its
    log and timings."""
    from annotator.service import ConflictError, Workspace
    from annotator.text.tokenizer import tokenize

    rng = random.Random(index)
    name = f"annotator{index:02d}"
    log: list[list[Any]] = []  # [span id, version, label] of every acknowledged edit
    latencies: list[float] = []
    conflicts: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    with Workspace(url) as ws:
        text = ws.document(own).text
        words = [t for t in tokenize(text) if t.text.isalpha()]
        mine: dict[int, int] = {}  # own span id -> version
        next_word = 0
        folder = Path(sync)
        (folder / f"ready-{index}").touch()
        go = folder / "go"
        while not go.exists():
            time.sleep(0.01)
        start_at = float(go.read_text())  # written whole, then renamed into place
        while time.time() < start_at:
            time.sleep(0.002)
        end_at = start_at + seconds
        while time.time() < end_at:
            label = rng.choice(LABELS)
            try:
                if rng.random() < shared_share:
                    doc = rng.choice(shared)
                    spans = ws.layer(doc, GOLD).spans  # what the curator sees now
                    span = rng.choice(spans)
                    t0 = time.perf_counter()
                    changes = ws.update_span(
                        span.id, GOLD, label=label, expected_version=span.version
                    )
                elif next_word < len(words) and (not mine or rng.random() < 0.5):
                    token = words[next_word]
                    next_word += 1
                    t0 = time.perf_counter()
                    changes = ws.create_span(own, name, label, token.start, token.end)
                else:
                    span_id = rng.choice(list(mine))
                    t0 = time.perf_counter()
                    changes = ws.update_span(
                        span_id, name, label=label, expected_version=mine[span_id]
                    )
                latencies.append(time.perf_counter() - t0)
            except ConflictError as exc:
                conflicts[str(exc)] += 1
                continue
            except Exception as exc:  # counted and shown: never silently dropped
                errors[f"{type(exc).__name__}: {exc}"] += 1
                continue
            after = changes.spans_added[0] if changes.spans_added else changes.spans_updated[0][1]
            if after.annotator == name:
                mine[int(after.id)] = after.version
            log.append([int(after.id), after.version, after.label])
    return {
        "log": log,
        "latencies": latencies,
        "conflicts": dict(conflicts),
        "errors": dict(errors),
        "annotator": name,
    }


def _verify(url: str, logs: list[list[list[Any]]]) -> tuple[int, int]:
    """(acknowledged edits, lost ones): each span must hold its latest acknowledged
    version and label."""
    from annotator.service import Workspace
    from annotator.storage.repository import Repository

    latest: dict[int, tuple[int, str]] = {}
    acked = 0
    for log in logs:
        for span_id, version, label in log:
            acked += 1
            if span_id not in latest or version > latest[span_id][0]:
                latest[span_id] = (version, label)
    lost = 0
    with Workspace(url) as ws, ws.db.reading() as s:
        repo = Repository(s)
        for span_id, (version, label) in latest.items():
            span = repo.span(span_id)
            if (span.version, span.label) != (version, label):
                lost += 1
    return acked, lost


def _run_team(ctx: Context, url: str, clients: int, seconds: float) -> dict[str, Any]:
    ids = _setup(url, clients)
    sync = Path(tempfile.mkdtemp(prefix="annotator-team-"))
    procs = []
    for i in range(clients):
        params = {
            "url": url,
            "index": i,
            "own": ids["own"][i],
            "shared": ids["shared"],
            "sync": str(sync),
            "seconds": seconds,
        }
        procs.append(
            subprocess.Popen(
                [ctx.python, "-m", "benchmarks.worker", "cases.team:client", json.dumps(params)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=worker_env(ctx.workdir),
                cwd=str(ROOT),
            )
        )
    # Start together once every client has imported and connected (20 processes load
    # SQLAlchemy on 2 cores): the timed part is the editing only.
    deadline = time.time() + 600
    while len(list(sync.glob("ready-*"))) < clients:
        if time.time() > deadline or any(p.poll() is not None for p in procs):
            break
        time.sleep(0.05)
    tmp = sync / "go.tmp"
    tmp.write_text(str(time.time() + 0.5))
    tmp.rename(sync / "go")
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=seconds + 300)
        line = next((x for x in reversed(out.splitlines()) if x.startswith("BENCH-RESULT ")), None)
        if line is None:
            raise RuntimeError(f"a team client failed: {err.strip().splitlines()[-3:]}")
        results.append(json.loads(line.split(" ", 1)[1]))
    shutil.rmtree(sync, ignore_errors=True)
    acked, lost = _verify(url, [r["log"] for r in results])
    latencies = [x for r in results for x in r["latencies"]]
    conflicts: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    for r in results:
        conflicts.update(r["conflicts"])
        errors.update(r["errors"])
    return {
        "acked": acked,
        "lost": lost,
        "seconds": seconds,
        # What the team needs: each annotator labelling as fast as a person can,
        # one edit every 2 seconds.
        "demand": clients / 2,
        "edits_per_s": acked / seconds,
        "p95_ms": percentile(latencies, 95) * 1000 if latencies else float("nan"),
        "p50_ms": percentile(latencies, 50) * 1000 if latencies else float("nan"),
        "conflicts": sum(conflicts.values()),
        "conflict_message": next(iter(conflicts), ""),
        "errors": dict(errors),
    }


def _figures(result: CaseResult, label: str, got: dict[str, Any]) -> None:
    notes = (
        f"{got['acked']:,} acknowledged edits in {got['seconds']:.0f} s (target: one "
        "edit every 2 s per annotator, as fast as a person labels); "
        f"{got['conflicts']} conflicts refused"
        + (f' ("{got["conflict_message"]}")' if got["conflict_message"] else "")
        + (f"; other errors: {got['errors']}" if got["errors"] else "; no other errors")
    )
    result.figures += [
        Figure(
            f"{label}: edits per second",
            "edits/s",
            [got["edits_per_s"]],
            Target(min_value=got["demand"]),
            notes=notes,
        ),
        Figure(
            f"{label}: p95 edit latency",
            "ms",
            [got["p95_ms"]],
            Target(max_value=250),
            notes=f"p50 {got['p50_ms']:.1f} ms; target: a quarter second, so a save "
            "never feels slow",
        ),
        Figure(
            f"{label}: lost acknowledged edits",
            "edits",
            [float(got["lost"])],
            Target(max_value=0),
            notes="checked against every client's log",
        ),
    ]


def run_pg(ctx: Context) -> CaseResult:
    sys.path.insert(0, str(ROOT))
    try:
        from tests.team.team_pg import PgUnavailable, start_server
    except ImportError as exc:
        return CaseResult(PG_NAME, PG_TITLE, SKIPPED, notes=[f"skipped: {exc}"])
    try:
        server = start_server()
    except PgUnavailable as exc:
        return CaseResult(PG_NAME, PG_TITLE, SKIPPED, notes=[f"skipped: {exc}"])
    clients = ctx.size(20, 2)
    seconds = ctx.size(20, 1)
    result = CaseResult(PG_NAME, PG_TITLE)
    try:
        got = _run_team(ctx, server.server.create_database(), clients, seconds)
    finally:
        server.stop()
    _figures(result, f"{clients} annotators", got)
    result.notes.append(
        f"PostgreSQL on 127.0.0.1 (fsync off, as in the tests), {clients} client processes "
        f"on 2 cores for {seconds} s; each edits its own document and, 30% of the time, "
        f"the gold layer of {SHARED_DOCS} shared documents with the version it just read"
    )
    return result.finish()


def run_sqlite(ctx: Context) -> CaseResult:
    result = CaseResult(SQLITE_NAME, SQLITE_TITLE)
    seconds = ctx.size(15, 1)
    folder = ctx.workdir / "team"
    folder.mkdir(parents=True, exist_ok=True)
    for writers in (2,) if ctx.quick else (2, 5):
        path = folder / f"team-{writers}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        got = _run_team(ctx, str(path), writers, seconds)
        _figures(result, f"{writers} writers", got)
    result.notes.append(
        f"one SQLite file (WAL, synchronous=FULL, busy timeout), {seconds} s per run; "
        "the same clients as on PostgreSQL"
    )
    return result.finish()


CASES = [(PG_NAME, PG_TITLE, run_pg), (SQLITE_NAME, SQLITE_TITLE, run_sqlite)]
