"""Suggestions: tagger training time, suggestion latency, the event loop while training,
quality per recommender on held-out documents, and the labeling effort they save.

Every document is a generated 3,000-character article (``corpus.make_record`` with its
natural spans, the seed article's and the templates'), treated as a gold layer.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

from benchmarks import corpus, fixtures
from benchmarks.harness import CaseResult, Context, Figure, Target

CHARS = 3000
LABELS = sorted(corpus.ENTITY_LABELS)


def _examples(start: int, n: int) -> list[Any]:
    from annotator.service.suggest.base import Example

    out = []
    for i in range(start, start + n):
        record = corpus.make_record(i, chars=CHARS, spans=None)
        spans = tuple((s["start"], s["end"], s["label"]) for s in record["spans"])
        out.append(Example(record["id"], record["text"], spans))
    return out


def _suggester(train: list[Any]) -> Any:
    from annotator.model import default_schema
    from annotator.service.suggest.gazetteer import Gazetteer
    from annotator.service.suggest.tagger import fit
    from annotator.service.suggestions import Suggester

    gazetteer = Gazetteer()
    gazetteer.learn(train, LABELS)
    tagger = fit(train, LABELS)
    labels = {label.name: label.kind for label in default_schema().labels}
    return Suggester(labels, gazetteer, tagger)


# Workers (each runs in a fresh process) ---------------------------------------------


def train(n: int) -> dict[str, Any]:
    """The tagger trained on ``n`` gold documents (what the training process runs)."""
    from annotator.service.suggest.tagger import fit

    examples = _examples(0, n)
    start, cpu = time.perf_counter(), time.process_time()
    model = fit(examples, LABELS)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    tokens = sum(len(e.text.split()) for e in examples)
    return {"seconds": seconds, "cpu_s": cpu, "bytes": len(model.model), "words": tokens}


def train_floor(n: int) -> dict[str, Any]:
    """Floor: crfsuite alone on the same sentences with one feature per token (the word),
    same parameters: the cost of the CRF itself without our features."""
    import os
    import tempfile

    import pycrfsuite

    from annotator.service.suggest.base import entity_spans
    from annotator.service.suggest.tagger import DEFAULT_PARAMS, bio_tags, sentences

    examples = _examples(0, n)
    seqs = []
    for e in examples:
        gold = entity_spans(e.spans, LABELS)
        for tokens in sentences(e.text):
            lo, hi = tokens[0].start, tokens[-1].end
            inside = [s for s in gold if lo <= s[0] and s[1] <= hi]
            seqs.append(([[f"w={t.text}"] for t in tokens], bio_tags(tokens, inside)))
    start = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(DEFAULT_PARAMS)
    for xseq, yseq in seqs:
        trainer.append(xseq, yseq)
    fd, path = tempfile.mkstemp()
    os.close(fd)
    trainer.train(path)
    os.unlink(path)
    return {"seconds": time.perf_counter() - start}


def latency(train_n: int, articles: int) -> dict[str, Any]:
    """Suggestions (gazetteer + tagger + quote finder) for 3,000-character articles,
    with the tokenizer's pass over the same texts as floor."""
    from annotator.text import ClusterIndex
    from annotator.text.tokenizer import tokenize

    suggester = _suggester(_examples(0, train_n))
    texts = [e.text for e in _examples(1000, articles)]
    suggester.suggest(texts[0])  # opens the tagger once, as the window does
    times, floors, found = [], [], 0
    for text in texts:
        clusters = ClusterIndex(text)  # the window has it already (cached per document)
        start = time.perf_counter()
        found += len(suggester.suggest(text, clusters=clusters))
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        tokenize(text)
        floors.append(time.perf_counter() - start)
    return {
        "ms": statistics.median(times) * 1000,
        "max_ms": max(times) * 1000,
        "floor_ms": statistics.median(floors) * 1000,
        "suggestions": found / len(texts),
        "utf8_bytes": statistics.median(len(t.encode()) for t in texts),
    }


def _gold_database(path: Path, n: int) -> str:
    records = (corpus.make_record(i, chars=CHARS, spans=None, annotator="gold") for i in range(n))
    fixtures.build_database(path, records)
    return str(path)


def event_loop(db: str, train: bool, seconds: float) -> dict[str, Any]:
    """Gaps between 5 ms timer ticks of a Qt event loop while the window's training job
    runs (a pool thread starting the training process), or while idle (the floor)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QThreadPool, QTimer

    from annotator.gui.jobs import Job
    from annotator.service.suggestions import train_in_subprocess
    from annotator.storage import resolve_url

    app = QCoreApplication.instance() or QCoreApplication([])
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]
    state = {"done": not train, "report": None}

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now
        if state["done"] and clock.elapsed() > seconds * 1000:
            app.quit()

    def work(_job: Job) -> Any:
        return train_in_subprocess(resolve_url(db), fixtures.PROJECT)

    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    job = Job(work)

    def finished(report: Any) -> None:
        state["done"], state["report"] = True, report

    job.signals.finished.connect(finished)
    job.signals.failed.connect(lambda msg: (state.update(done=True, error=msg), app.quit()))
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    clock.start()
    last[0] = 0.0
    timer.start()
    if train:
        pool.start(job)
    app.exec()
    pool.waitForDone()
    stalls = [g - 5.0 for g in gaps[1:]]
    report = state["report"]
    return {
        "max_stall_ms": max(stalls),
        "p99_stall_ms": sorted(stalls)[int(len(stalls) * 0.99)],
        "ticks": len(gaps),
        "seconds": clock.elapsed() / 1000,
        "error": state.get("error"),
        "f1": None if report is None else report.metrics["table"]["overall"]["f1"],
    }


def quality(db: str) -> dict[str, Any]:
    """``suggest train`` then ``suggest evaluate`` on the gold layer of the database."""
    from annotator.service import Workspace
    from annotator.service.suggestions import evaluate
    from annotator.service.suggestions import train as train_tagger

    with Workspace(db) as ws:
        project = ws.project(fixtures.PROJECT)
        report = train_tagger(ws, project, holdout=0.2, seed=0)
        result = evaluate(ws, project)
    result["train_documents"] = report.metrics["train_documents"]
    return result


def effort(train_n: int, test_n: int, threshold: float) -> dict[str, Any]:
    """A simulated annotator brings documents ``train_n+1 .. train_n+test_n`` to their
    gold layer, after ``train_n`` gold documents, counting one action per accept,
    reject, create, delete or boundary change (a relabel is a delete and a create).

    - one by one: each suggestion is accepted (1), accepted and its boundary changed
      (2), or rejected (1); gold spans no suggestion found are created (1).
    - accept all: one Ctrl+Shift+A per document takes the suggestions scoring at least
      ``threshold``; a wrong one is deleted (1), one with the wrong boundary changed (1);
      the rest are walked one by one as above, except that a wrong one is left as a ghost
      (0: ghosts are no labels); gold spans nothing found are created (1).
    Without suggestions every gold span is one create: 1.0 action per gold span.
    """
    suggester = _suggester(_examples(0, train_n))
    gold_total = 0
    one_by_one = accept_all = 0
    for example in _examples(train_n, test_n):
        gold = set(example.spans)
        gold_total += len(gold)
        found = suggester.suggest(example.text)
        one_by_one += _walk(found, gold, leave_wrong=False)
        high = [s for s in found if s.score >= threshold]
        low = [s for s in found if s.score < threshold]
        accept_all += (1 if high else 0) + _fix(high, low, gold)
    return {
        "gold_spans": gold_total,
        "one_by_one": one_by_one / gold_total,
        "accept_all": accept_all / gold_total,
        "documents": test_n,
    }


def _near(s: Any, gold: set[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """A gold span of the same label the suggestion overlaps (a boundary away)."""
    return next(
        (g for g in sorted(gold) if g[2] == s.label and g[0] < s.end and s.start < g[1]), None
    )


def _walk(found: list[Any], gold: set[tuple[int, int, str]], *, leave_wrong: bool) -> int:
    missing = set(gold)
    actions = 0
    for s in found:
        if s.key in missing:
            missing.discard(s.key)
            actions += 1
        elif (g := _near(s, missing)) is not None:
            missing.discard(g)
            actions += 2
        elif not leave_wrong:
            actions += 1
    return actions + len(missing)


def _fix(high: list[Any], low: list[Any], gold: set[tuple[int, int, str]]) -> int:
    missing = set(gold)
    actions = 0
    for s in high:  # accepted all at once: fix what is wrong
        if s.key in missing:
            missing.discard(s.key)
        elif (g := _near(s, missing)) is not None:
            missing.discard(g)
            actions += 1
        else:
            actions += 1  # delete
    return actions + _walk(low, missing, leave_wrong=True)


# Runners ---------------------------------------------------------------------------


def run_train(ctx: Context) -> CaseResult:
    n = ctx.size(500, 8)
    result = CaseResult("suggest-train", f"tagger training on {n} gold documents")
    times, floors, cpu = [], [], []
    for _ in ctx.rounds(budget=240, minimum=1):
        got = ctx.worker("cases.suggest:train", timeout=900, n=n)
        times.append(got["seconds"])
        cpu.append(got["cpu_s"])
        if not ctx.quick:  # the quick run only checks that the case works
            floors.append(ctx.worker("cases.suggest:train_floor", timeout=900, n=n)["seconds"])
    result.figures.append(
        Figure(
            "wall time",
            "s",
            times,
            Target(max_value=60.0),
            floors or None,
            "crfsuite, word only",
        )
    )
    # The CPU the training process used: what a quiet 2-core laptop would wait for.
    result.figures.append(Figure("CPU time", "s", cpu, Target(max_value=60.0)))
    result.notes.append(
        f"fit() on {n} documents of {CHARS:,} characters ({got['words']:,} words), "
        f"L-BFGS 40 iterations, features of tagger.py incl. gazetteer hits; model "
        f"{got['bytes'] / 1024:.0f} KiB; CPU {statistics.median(cpu):.1f} s. Floor: the "
        "same sentences with only the word as feature."
    )
    return result.finish()


def run_latency(ctx: Context) -> CaseResult:
    train_n, articles = ctx.size(100, 6), ctx.size(20, 2)
    result = CaseResult("suggest-latency", "suggestions for a 3,000-character article")
    times, floors = [], []
    for _ in ctx.rounds():
        got = ctx.worker("cases.suggest:latency", train_n=train_n, articles=articles)
        times.append(got["ms"])
        floors.append(got["floor_ms"])
    result.figures.append(
        Figure("all three", "ms", times, Target(max_value=50.0), floors, "tokenize()")
    )
    result.notes.append(
        f"gazetteer + tagger + quote finder (Suggester.suggest) on {articles} articles of "
        f"{CHARS:,} characters ({got['utf8_bytes'] / 1024:.1f} KiB UTF-8), median per "
        f"article, {got['suggestions']:.0f} suggestions each; models learned from "
        f"{train_n} gold documents; slowest article {got['max_ms']:.1f} ms. Floor: the app's "
        "tokenizer over the same text."
    )
    return result.finish()


def run_event_loop(ctx: Context) -> CaseResult:
    n = ctx.size(100, 6)
    db = _gold_database(ctx.workdir / "suggest-gold.sqlite3", n)
    result = CaseResult("suggest-ui", f"event loop while the tagger trains ({n} documents)")
    stalls, floors, p99 = [], [], []
    for _ in ctx.rounds(budget=120, minimum=1):
        seconds = 0.5 if ctx.quick else 1.0
        got = ctx.worker(
            "cases.suggest:event_loop", timeout=600, db=db, train=True, seconds=seconds
        )
        if got["error"]:
            raise RuntimeError(got["error"])
        stalls.append(got["max_stall_ms"])
        p99.append(got["p99_stall_ms"])
        idle_s = min(got["seconds"], 0.5) if ctx.quick else got["seconds"]
        idle = ctx.worker("cases.suggest:event_loop", db=db, train=False, seconds=idle_s)
        floors.append(idle["max_stall_ms"])
    result.figures.append(
        Figure("longest stall", "ms", stalls, Target(max_value=16.0), floors, "idle loop")
    )
    result.notes.append(
        f"a 5 ms QTimer in a Qt event loop while a QThreadPool job runs "
        f"train_in_subprocess() (annotator suggest train in its own process: reading {n} "
        f"gold documents, training, storing the model), as the window does; "
        f"{got['ticks']} ticks over {got['seconds']:.1f} s, 99th percentile stall "
        f"{statistics.median(p99):.1f} ms. Floor: the same loop idle for as long."
    )
    return result.finish()


def run_quality(ctx: Context) -> CaseResult:
    n = ctx.size(100, 8)
    db = _gold_database(ctx.workdir / "suggest-quality.sqlite3", n)
    got = ctx.worker("cases.suggest:quality", timeout=900, db=db)
    result = CaseResult("suggest-quality", f"quality on held-out documents ({n} gold)")
    for name, table in got["recommenders"].items():
        overall = table["overall"]
        # As an error share, so the target is an upper bound: a recommender below
        # F1 0.5 is not worth a linguist's attention.
        result.figures.append(
            Figure(f"{name}: 1 - F1", "x", [1 - overall["f1"]], Target(max_value=0.5))
        )
        per_label = ", ".join(f"{label} {row['f1']:.2f}" for label, row in table["labels"].items())
        result.notes.append(
            f"{name}: precision {overall['precision']:.3f}, recall {overall['recall']:.3f}, "
            f"F1 {overall['f1']:.3f} ({overall['support']} gold spans); per label F1: "
            f"{per_label}"
        )
    result.notes.append(
        f"suggest train (hold-out 0.2, seed 0: {got['train_documents']} training, "
        f"{got['holdout_documents']} held-out documents) then suggest evaluate; exact "
        "spans. The generated corpus repeats its names, so these figures are an upper "
        "bound for real news."
    )
    return result.finish()


def run_effort(ctx: Context) -> CaseResult:
    train_n, test_n = ctx.size(100, 6), ctx.size(100, 3)
    threshold = 0.8
    result = CaseResult(
        "suggest-effort", f"labeling effort, documents {train_n + 1}-{train_n + test_n}"
    )
    got = ctx.worker(
        "cases.suggest:effort", timeout=900, train_n=train_n, test_n=test_n, threshold=threshold
    )
    result.figures.append(
        Figure(
            "actions per gold span (accept all)",
            "x",
            [got["accept_all"]],
            Target(max_ratio=0.5),
            [1.0],
            "without suggestions",
        )
    )
    result.figures.append(
        Figure(
            "actions per gold span (one by one)",
            "x",
            [got["one_by_one"]],
            Target(max_ratio=1.0),
            [1.0],
            "without suggestions",
        )
    )
    result.notes.append(
        f"{got['gold_spans']:,} gold spans in {test_n} documents after {train_n} gold "
        f"documents; one action per accept, reject, create, delete or boundary change; "
        f"'accept all' takes suggestions scoring >= {threshold} with one key per document "
        "then fixes them; without suggestions each gold span is one create (1.0)."
    )
    return result.finish()


CASES = [
    ("suggest-train", "tagger training on 500 gold documents", run_train),
    ("suggest-latency", "suggestions for a 3,000-character article", run_latency),
    ("suggest-ui", "event loop while the tagger trains", run_event_loop),
    ("suggest-quality", "quality per recommender on held-out documents", run_quality),
    ("suggest-effort", "labeling effort with suggestions", run_effort),
]
