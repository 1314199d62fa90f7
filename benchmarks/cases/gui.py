"""The window: opening a long article, span edits, cold start, a 100,000-document project
and resident memory. Every measurement runs in a fresh offscreen process.

The window is reached only through the agreed entry points:
``annotator.gui.create_main_window(database, annotator)`` and ``window.open_document(id)``
(the document's external id), plus the object names ``textView`` and ``documentList``.
When they do not exist yet, each case says "not available".
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

from benchmarks import corpus, fixtures
from benchmarks.harness import (
    ROOT,
    SKIPPED,
    CaseResult,
    Context,
    Figure,
    Target,
    not_available,
    percentile,
    rss_mib,
    worker_env,
)

ANNOTATOR = "bench"
BIG, PLAIN, SMALL = "bench-100-000000", "plain-100k", "bench-100-000001"
WINDOW_SIZE = (1400, 900)

OPEN_NAME, OPEN_TITLE = "gui-open", "open a 100,000-character article with 5,000 spans"
EDIT_NAME, EDIT_TITLE = "gui-edit", "create / delete one span in that article"
START_NAME, START_TITLE = "gui-startup", "cold start of annotator to the first painted window"
PROJECT_NAME, PROJECT_TITLE = "gui-project", "a 100,000-document project"
PROJECT_1M_NAME = "gui-project-1m"
MEMORY_NAME, MEMORY_TITLE = "gui-memory", "resident memory of the window"
LINKS_OPEN_NAME = "gui-open-links"
LINKS_OPEN_TITLE = "open the 100,000-character / 5,000-span article with 1,000 links drawn"
LINKS_EDIT_NAME = "gui-edit-links"
LINKS_EDIT_TITLE = "create / delete one span in that article (1,000 links drawn)"
LINKS = 1_000


# Availability ---------------------------------------------------------------------------


def _gui_missing(ctx: Context) -> str | None:
    if "gui-missing" not in ctx.shared:
        try:
            got = ctx.worker("cases.gui:probe", timeout=120)
            ctx.shared["gui-missing"] = got["missing"]
        except Exception as exc:
            ctx.shared["gui-missing"] = f"importing annotator.gui failed: {exc}"
    return ctx.shared["gui-missing"]


def probe() -> dict[str, Any]:
    """Why the window cannot be benchmarked (``missing``), or ``None``."""
    try:
        import annotator.gui as gui
    except Exception as exc:
        return {"missing": f"annotator.gui cannot be imported ({exc})"}
    if not hasattr(gui, "create_main_window"):
        return {"missing": "annotator.gui does not expose create_main_window yet"}
    return {"missing": None}


# Fixtures -------------------------------------------------------------------------------


def _article_db(ctx: Context) -> Path:
    chars, spans = ctx.size(100_000, 10_000), ctx.size(5_000, 500)
    small_chars = 1_000
    cache = ctx.workdir / "fixtures"
    name = f"gui-{chars}-{spans}"
    path = cache / f"{name}.sqlite3"
    stamp = cache / f"{name}.json"
    wanted = json.dumps({"chars": chars, "spans": spans, "small": small_chars, "v": 2})
    if not (path.exists() and stamp.exists() and stamp.read_text() == wanted):
        cache.mkdir(parents=True, exist_ok=True)
        big = corpus.make_record(
            0, chars=chars, spans=spans, seed=100, annotator=ANNOTATOR, status="in_progress"
        )
        small = corpus.make_record(
            1,
            chars=small_chars,
            spans=small_chars * spans // chars,
            seed=100,
            annotator=ANNOTATOR,
            status="in_progress",
        )
        plain = {k: big[k] for k in ("text", "text_sha256", "offset_unit")}
        plain.update(id=PLAIN, meta={"title": "plain copy", "source": "benchmarks"})
        # The small article first: a window that opens the first document on start
        # spends the same (small) effort before either measured open.
        fixtures.build_database(path, [small, big, plain])
        stamp.write_text(wanted)
    return path


def with_links(record: dict[str, Any], wanted: int) -> dict[str, Any]:
    """The record with speaker/claimant links added until it has ``wanted`` of them:
    each quote or claim to its nearest, then second nearest... preceding PER or ORG
    (one joint statement may have several speakers), never the same link twice."""
    spans = record["spans"]
    sources = [s for s in spans if s["label"] in ("QUOTE", "CLAIM")]
    people = sorted((s for s in spans if s["label"] in ("PER", "ORG")), key=lambda s: s["end"])
    relations = list(record["relations"])
    have = {(r["from"], r["to"]) for r in relations}
    rank = 0
    while len(relations) < wanted and rank < len(people):
        for source in sources:
            before = [p for p in people if p["end"] <= source["start"]]
            if len(before) <= rank or len(relations) >= wanted:
                continue
            target = before[-1 - rank]
            if (source["id"], target["id"]) in have:
                continue
            have.add((source["id"], target["id"]))
            kind = "speaker" if source["label"] == "QUOTE" else "claimant"
            relations.append(
                {
                    "id": f"r{len(relations) + 1}",
                    "type": kind,
                    "from": source["id"],
                    "to": target["id"],
                }
            )
        rank += 1
    return dict(record, relations=relations)


def _links_db(ctx: Context) -> Path:
    """The gui-open fixture's articles with 1,000 links on the long one (and as many
    per character on the short one), plus the same plain text."""
    chars, spans = ctx.size(100_000, 10_000), ctx.size(5_000, 500)
    links = ctx.size(LINKS, 100)
    cache = ctx.workdir / "fixtures"
    name = f"gui-links-{chars}-{spans}-{links}"
    path = cache / f"{name}.sqlite3"
    stamp = cache / f"{name}.json"
    wanted = json.dumps({"chars": chars, "spans": spans, "links": links, "v": 1})
    if not (path.exists() and stamp.exists() and stamp.read_text() == wanted):
        cache.mkdir(parents=True, exist_ok=True)
        big = corpus.make_record(
            0, chars=chars, spans=spans, seed=100, annotator=ANNOTATOR, status="in_progress"
        )
        small = corpus.make_record(
            1,
            chars=1_000,
            spans=1_000 * spans // chars,
            seed=100,
            annotator=ANNOTATOR,
            status="in_progress",
        )
        big = with_links(big, links)
        small = with_links(small, max(1, links * 1_000 // chars))
        plain = {k: big[k] for k in ("text", "text_sha256", "offset_unit")}
        plain.update(id=PLAIN, meta={"title": "plain copy", "source": "benchmarks"})
        fixtures.build_database(path, [small, big, plain])
        stamp.write_text(wanted)
    return path


def _relation_count(db: str, external_id: str) -> int:
    from annotator.service import Workspace

    with Workspace(db) as ws:
        doc = ws.document_by_external_id(ws.project(fixtures.PROJECT).id, external_id)
        return len(ws.layer(doc.id, ANNOTATOR).relations)


def _copy(src: Path, dest: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(str(dest) + suffix).unlink(missing_ok=True)
    shutil.copyfile(src, dest)
    return dest


# In-process helpers ------------------------------------------------------------------


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["annotator-bench"])


def _settle(app: Any, rounds: int = 3) -> None:
    from PySide6.QtCore import QCoreApplication

    for _ in range(rounds):
        QCoreApplication.sendPostedEvents()
        app.processEvents()


def _window(db: str) -> tuple[Any, Any]:
    import annotator.gui as gui

    app = _app()
    win = gui.create_main_window(db, ANNOTATOR)
    win.resize(*WINDOW_SIZE)
    win.show()
    win.activateWindow()
    _settle(app)
    return app, win


def _text_view(win: Any) -> Any:
    from PySide6.QtWidgets import QWidget

    view = win.findChild(QWidget, "textView")
    if view is None:
        raise RuntimeError("the window has no widget named textView")
    return view


class _PaintWatch:
    """Counts paint events of one widget, so a measurement can end at a real paint
    (delivered by the event loop) and force one only if none happened."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        watch = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    watch.count += 1
                return False

        self.count = 0
        self.forced = 0
        self.widget = widget
        self._filter = Filter()
        widget.installEventFilter(self._filter)

    def ensure_painted(self, since: int) -> None:
        if self.count == since:
            self.forced += 1
            self.widget.repaint()


def _text_shown(app: Any, watch: _PaintWatch, since: int) -> None:
    """Deliver the posted events (the window's repaint is one of them) until the text
    view has painted, a few rounds at most; paint it synchronously only if none came.
    Work the window left for a later round (the side panels' paints, ``paint_order``)
    is not done here: :func:`_settle` afterwards does it, timed separately."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        if watch.count > since:
            return
        app.processEvents()
    watch.ensure_painted(since)


def _painted(app: Any, view: Any, watch: _PaintWatch, since: int) -> None:
    """Process pending work (the paints it schedules included), finish the text layout,
    and paint synchronously only if the event loop did not."""
    _settle(app)
    view.document().documentLayout().documentSize()  # finishes QTextDocumentLayout's layout
    _settle(app, 1)
    watch.ensure_painted(since)


# Open a long article --------------------------------------------------------------------


def open_article(db: str, external_id: str) -> dict[str, Any]:
    app, win = _window(db)
    view = _text_view(win)
    watch = _PaintWatch(view.viewport())
    start = time.perf_counter()
    before = watch.count
    win.open_document(external_id)
    _painted(app, view, watch, before)
    seconds = time.perf_counter() - start
    blocks = view.document().blockCount()
    shown = len(view.text) if hasattr(view, "text") else view.document().characterCount()
    return {
        "seconds": seconds,
        "rss_mib": rss_mib(),
        "blocks": blocks,
        "chars": shown,
        "forced_paints": watch.forced,
    }


def run_open(ctx: Context, *, links: bool = False) -> CaseResult:
    name, title = (LINKS_OPEN_NAME, LINKS_OPEN_TITLE) if links else (OPEN_NAME, OPEN_TITLE)
    missing = _gui_missing(ctx)
    if missing:
        return not_available(name, title, missing)
    db = _links_db(ctx) if links else _article_db(ctx)
    chars, spans = ctx.size(100_000, 10_000), ctx.size(5_000, 500)
    result = CaseResult(
        name,
        title.replace("100,000", f"{chars:,}")
        .replace("5,000", f"{spans:,}")
        .replace("1,000 links", f"{ctx.size(LINKS, 100):,} links"),
    )
    measured, floor, rss = [], [], []
    for _ in range(ctx.repeat):
        got = ctx.worker("cases.gui:open_article", db=str(db), external_id=BIG)
        measured.append(got["seconds"])
        rss.append(got["rss_mib"])
        got_plain = ctx.worker("cases.gui:open_article", db=str(db), external_id=PLAIN)
        floor.append(got_plain["seconds"])
    if links:
        result.notes.append(
            f"{_relation_count(str(db), BIG)} links in the article, drawn as "
            "arcs (View > Links: all)"
        )
    else:
        ctx.shared["rss-100k"] = rss
    result.figures.append(
        Figure(
            "time to laid out and painted",
            "s",
            measured,
            Target(max_ratio=1.5),
            floor,
            "the same text with no spans, same window and widget",
        )
    )
    result.notes.append(
        f"window {WINDOW_SIZE[0]}x{WINDOW_SIZE[1]} offscreen; open_document(), then events "
        "processed until the text view has painted, with the full text layout forced "
        f"(documentSize); {got['blocks']} paragraphs; paints that had to be forced: "
        f"{got['forced_paints'] + got_plain['forced_paints']}"
    )
    return result.finish()


# Span edits -----------------------------------------------------------------------------


def _layer_count(db: str, external_id: str) -> int:
    from annotator.service import Workspace

    with Workspace(db) as ws:
        doc = ws.document_by_external_id(ws.project(fixtures.PROJECT).id, external_id)
        return len(ws.layer(doc.id, ANNOTATOR).spans)


def edit_latency(db: str, external_id: str, edits: int, budget_s: float = 25.0) -> dict[str, Any]:
    """Alternately create (label key 1) and delete (Delete key) a span on spread-out words.

    Each edit is timed twice from the key press: until the text view has repainted
    (the latency) and until every pending event has been processed, the side panels'
    repaints included (``settled``). Stops early (after at least 20 edits) once
    ``budget_s`` is spent, so a slow window cannot blow the suite's time box; the result
    says how many edits were timed.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    app, win = _window(db)
    view = _text_view(win)
    watch = _PaintWatch(view.viewport())
    win.open_document(external_id)
    _painted(app, view, watch, watch.count)
    text = view.text
    words = [m.span() for m in corpus._WORD.finditer(text)]
    step = max(1, len(words) // max(1, edits // 2))
    targets = words[::step][: edits // 2]
    before = _layer_count(db, external_id)
    create_ms, delete_ms, settled_ms = [], [], []
    cpu_ms: list[float] = []  # UI-thread CPU time per edit: what another process cannot add
    settled_cpu_ms: list[float] = []
    view.setFocus()
    began = time.perf_counter()
    for n, (start, end) in enumerate(targets):
        if n >= 10 and time.perf_counter() - began > budget_s:
            break
        view.select_range(start, end)
        _settle(app, 1)
        t0, c0 = time.perf_counter(), time.thread_time()
        seen = watch.count
        QTest.keyClick(view, Qt.Key.Key_1)
        _text_shown(app, watch, seen)
        create_ms.append((time.perf_counter() - t0) * 1000)
        cpu_ms.append((time.thread_time() - c0) * 1000)
        _settle(app, 2)
        settled_ms.append((time.perf_counter() - t0) * 1000)
        settled_cpu_ms.append((time.thread_time() - c0) * 1000)
        if n == 0 and _layer_count(db, external_id) != before + 1:
            raise RuntimeError("pressing 1 on a selected word did not create a span")
        t0, c0 = time.perf_counter(), time.thread_time()
        seen = watch.count
        QTest.keyClick(view, Qt.Key.Key_Delete)
        _text_shown(app, watch, seen)
        delete_ms.append((time.perf_counter() - t0) * 1000)
        cpu_ms.append((time.thread_time() - c0) * 1000)
        _settle(app, 2)
        settled_ms.append((time.perf_counter() - t0) * 1000)
        settled_cpu_ms.append((time.thread_time() - c0) * 1000)
        if n == 0 and _layer_count(db, external_id) != before:
            raise RuntimeError("pressing Delete on the new span did not delete it")
    after = _layer_count(db, external_id)
    if after != before:
        raise RuntimeError(f"{before} spans before the edits, {after} after")
    both = create_ms + delete_ms
    return {
        "p50_ms": percentile(both, 50),
        "p95_ms": percentile(both, 95),
        "create_p95_ms": percentile(create_ms, 95),
        "delete_p95_ms": percentile(delete_ms, 95),
        "cpu_p50_ms": percentile(cpu_ms, 50),
        "cpu_p95_ms": percentile(cpu_ms, 95),
        "settled_p50_ms": percentile(settled_ms, 50),
        "settled_p95_ms": percentile(settled_ms, 95),
        "settled_cpu_p95_ms": percentile(settled_cpu_ms, 95),
        "edits": len(both),
        "planned": 2 * len(targets),
        "forced_paints": watch.forced,
    }


def run_edit(ctx: Context, *, links: bool = False) -> CaseResult:
    name, title = (LINKS_EDIT_NAME, LINKS_EDIT_TITLE) if links else (EDIT_NAME, EDIT_TITLE)
    missing = _gui_missing(ctx)
    if missing:
        return not_available(name, title, missing)
    db = _links_db(ctx) if links else _article_db(ctx)
    edits = ctx.size(200, 20)
    result = CaseResult(name, title)
    big50, big95, small50, small95 = [], [], [], []
    cpu_big, cpu_small = [], []
    settled_big, settled_small, settled_cpu = [], [], []
    for i in range(ctx.repeat if ctx.quick else max(2, ctx.repeat - 1)):
        copy = _copy(db, ctx.workdir / f"{name}-{i}.sqlite3")
        got = ctx.worker("cases.gui:edit_latency", db=str(copy), external_id=BIG, edits=edits)
        big50.append(got["p50_ms"])
        big95.append(got["p95_ms"])
        cpu_big.append(got["cpu_p95_ms"])
        settled_big.append(got["settled_p95_ms"])
        settled_cpu.append(got["settled_cpu_p95_ms"])
        copy = _copy(db, ctx.workdir / f"{name}-small-{i}.sqlite3")
        small = ctx.worker("cases.gui:edit_latency", db=str(copy), external_id=SMALL, edits=edits)
        small50.append(small["p50_ms"])
        small95.append(small["p95_ms"])
        cpu_small.append(small["cpu_p95_ms"])
        settled_small.append(small["settled_p95_ms"])
    result.figures.append(
        Figure(
            "p95 latency",
            "ms",
            big95,
            Target(max_ratio=2.0, max_value=16),
            small95,
            "the same edits on a 1,000-character article",
        )
    )
    result.figures.append(
        Figure(
            "p50 latency",
            "ms",
            big50,
            Target(max_ratio=2.0),
            small50,
            "the same edits on a 1,000-character article",
        )
    )
    result.figures.append(
        Figure(
            "p95 until every panel has repainted",
            "ms",
            settled_big,
            Target(max_ratio=2.0),
            settled_small,
            "the same edits on a 1,000-character article",
            notes="the side panels (table, details, note) paint in the event loop's "
            "next round after the text view (annotator/gui/paint_order.py)",
        )
    )
    result.notes.append(
        f"{got['edits']} of {got['planned']} edits per run on the long article (runs are capped "
        f"at 25 s), {small['edits']} on the short one: select a word, press 1 (PER), then "
        "Delete; each timed from the key press through the database commit to the repaint of "
        "the text view that the event loop delivers (paints that had to be forced: "
        f"{got['forced_paints'] + small['forced_paints']}), and again until every pending "
        "event has been processed, the side panels' repaints included (\"until every panel "
        'has repainted")'
    )
    result.notes.append(
        "UI-thread CPU time per edit, p95 of each run (what the load of other processes "
        f"cannot inflate): {', '.join(f'{v:.1f}' for v in cpu_big)} ms on the long article, "
        f"{', '.join(f'{v:.1f}' for v in cpu_small)} ms on the short one; until every panel "
        f"has repainted: {', '.join(f'{v:.1f}' for v in settled_cpu)} ms on the long article"
    )
    return result.finish()


# Cold start ----------------------------------------------------------------------------


def _startup(ctx: Context, mode: str, db: Path) -> dict[str, Any]:
    cmd = [ctx.python, "-m", "benchmarks.startup_probe", mode, str(db), ANNOTATOR]
    env = worker_env(ctx.workdir)
    start = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env, cwd=str(ROOT))
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH-PAINTED "):
            data = json.loads(line.split(" ", 1)[1])
            data["seconds"] = data["painted_at"] - start
            return data
    tail = "\n  ".join((proc.stderr or proc.stdout).strip().splitlines()[-12:])
    raise RuntimeError(
        f"startup probe ({mode}) painted nothing (exit {proc.returncode}):\n  {tail}"
    )


def _demo_db(ctx: Context) -> Path:
    path = ctx.workdir / "fixtures" / "demo.sqlite3"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        from annotator.service import open_workspace

        open_workspace(str(path), seed_demo=True).close()
    return path


def run_startup(ctx: Context) -> CaseResult:
    missing = _gui_missing(ctx)
    if missing:
        return not_available(START_NAME, START_TITLE, missing)
    db = _demo_db(ctx)
    result = CaseResult(START_NAME, START_TITLE)
    measured, floor, rss, rss_floor, article = [], [], [], [], []
    if not ctx.quick:
        # One untimed start of each first: byte-code, font and page caches warm up, as on
        # any start but the very first after installing.
        _startup(ctx, "app", db)
        _startup(ctx, "bare", db)
    for _ in range(ctx.repeat if ctx.quick else max(3, ctx.repeat)):
        first = _startup(ctx, "window", db)
        app = _startup(ctx, "app", db)
        bare = _startup(ctx, "bare", db)
        measured.append(first["seconds"])
        article.append(app["seconds"])
        rss.append(app["rss_mib"])
        floor.append(bare["seconds"])
        rss_floor.append(bare["rss_mib"])
    ctx.shared["rss-demo"] = rss
    ctx.shared["rss-bare"] = rss_floor
    result.figures.append(
        Figure(
            "time to first painted window",
            "s",
            measured,
            Target(max_ratio=2.0, max_value=1.5),
            floor,
            "import PySide6.QtWidgets + empty QMainWindow shown",
            notes="the window's title and placeholder, painted before "
            "the database and the services are loaded",
        )
    )
    result.figures.append(
        Figure(
            "time to the Demo article painted",
            "s",
            article,
            Target(max_value=1.5),
            floor,
            "import PySide6.QtWidgets + empty QMainWindow shown",
        )
    )
    result.notes.append(
        "fresh process from spawn to the first paint of the window, and of the text view "
        f"holding the Demo article ({app.get('chars', '?')} characters), "
        "`annotator --db DB --annotator bench`; "
        "one untimed warm-up start of each before the timed ones (warm file, byte-code and "
        "font caches; the OS cache is not dropped)"
    )
    return result.finish()


# A 100,000-document project --------------------------------------------------------------


CPU_S: dict[str, float] = {}  # CPU seconds of each timed action (a loaded machine's check)


def _timed(app: Any, view: Any, action: Any, name: str = "") -> float:
    """Seconds from ``action()`` until the list (or ``view``) has repainted."""
    c0 = time.thread_time()
    t0 = time.perf_counter()
    action()
    _settle(app)
    view.viewport().repaint()
    if name:
        CPU_S[name] = time.thread_time() - c0
    return time.perf_counter() - t0


def project_actions(db: str, words: list[str], scroll_budget_s: float = 20.0) -> dict[str, Any]:
    import sqlite3

    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    app = _app()
    import annotator.gui as gui

    # Module imports belong to start-up (measured in gui-startup), not to opening a project.
    for module in ("annotator.gui.app", "annotator.gui.main_window", "annotator.gui.corpus_search"):
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module)
    with sqlite3.connect(db) as conn:  # a document in the middle, for "jump to id"
        middle_id = conn.execute(
            "SELECT id FROM documents ORDER BY id LIMIT 1 OFFSET "
            "(SELECT count(*) / 2 FROM documents)"
        ).fetchone()[0]
    c0 = time.thread_time()
    t0 = time.perf_counter()
    win = gui.create_main_window(db, ANNOTATOR)
    win.resize(*WINDOW_SIZE)
    win.show()
    _settle(app)
    win.repaint()
    open_s = time.perf_counter() - t0
    CPU_S["open"] = time.thread_time() - c0
    view = win.findChild(QAbstractItemView, "documentList")
    if view is None:
        raise RuntimeError("the window has no view named documentList")
    model = view.model()
    shown_at_open = model.rowCount()
    c0 = time.thread_time()
    t0 = time.perf_counter()
    deadline = t0 + scroll_budget_s
    while True:
        view.scrollToBottom()
        _settle(app, 1)
        if not model.canFetchMore(view.rootIndex()) or time.perf_counter() > deadline:
            break
        model.fetchMore(view.rootIndex())
    view.scrollToBottom()
    _settle(app)
    view.viewport().repaint()
    scroll_s = time.perf_counter() - t0
    CPU_S["scroll"] = time.thread_time() - c0
    rows = model.rowCount()
    last_shown = model.index(rows - 1, 0).data() is not None if rows else False
    panel = view.parentWidget()
    figures: dict[str, Any] = {}
    if hasattr(panel, "go_to_row"):
        figures["jump_row_s"] = _timed(app, view, lambda: panel.go_to_row(rows // 3), "jump_row")
        figures["jump_id_s"] = _timed(
            app, view, lambda: panel.select_document(middle_id), "jump_id"
        )
        figures["jumped_to"] = view.currentIndex().row()
    sort_box = getattr(panel, "sort_box", None)
    if sort_box is not None and sort_box.findData("title") >= 0:
        # Title order: rows found from the list checkpoints (or skipped entries before).
        sort_box.setCurrentIndex(sort_box.findData("title"))
        _settle(app)
        figures["jump_title_s"] = _timed(
            app, view, lambda: panel.go_to_row(rows * 2 // 3), "jump_row_title"
        )
        figures["jump_title_id_s"] = _timed(
            app, view, lambda: panel.select_document(middle_id), "jump_id_title"
        )

        # Status and last change: the sort's first page, then a jump at once (status:
        # from the status counts and the checkpoints; last change: the page anchors,
        # walked on the UI thread when the pool thread has not brought them yet).
        # A page whose anchors are still walked on a pool thread is blank until they
        # come: the time runs until the row has its text.
        role = getattr(model, "DocumentIdRole", 0)  # not the title: "…" while waiting

        def shown(action: Any, row: int) -> None:
            action()
            deadline = time.perf_counter() + 120
            while model.index(row, 0).data(role) is None and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.002)

        for key in ("status", "changed", "spans"):
            if sort_box.findData(key) < 0:
                continue
            figures[f"sort_{key}_s"] = _timed(
                app,
                view,
                lambda k=key: shown(lambda: sort_box.setCurrentIndex(sort_box.findData(k)), 0),
                f"sort_{key}",
            )
            figures[f"jump_{key}_s"] = _timed(
                app,
                view,
                lambda: shown(lambda: panel.go_to_row(rows // 3), rows // 3),
                f"jump_row_{key}",
            )
        sort_box.setCurrentIndex(sort_box.findData("id"))
        _settle(app)
    box = win.findChild(QLineEdit, "documentFilter") or (
        panel.findChild(QLineEdit) if panel is not None else None
    )
    if box is None:
        raise RuntimeError("no filter box next to documentList")
    filters, filtered, at_once, counted_ms = [], [], [], []
    for word in words:
        t0 = time.perf_counter()
        filters.append(_timed(app, view, lambda w=word: box.setText(w), f"filter {word}"))
        at_once.append(model.rowCount())
        # A filter past its count cap shows the cap at once and the exact count when a
        # pool thread has taken it (untimed above): wait for it, to report both.
        while not getattr(model, "exact", True) and time.perf_counter() - t0 < 60:
            app.processEvents()
            time.sleep(0.002)
        counted_ms.append(round((time.perf_counter() - t0) * 1000, 1))
        filtered.append(model.rowCount())
        if word == words[-1] and hasattr(panel, "go_to_row"):
            # As soon as the count is known (the page anchors may still be walked).
            target = model.rowCount() // 3
            figures["jump_filtered_s"] = _timed(
                app, view, lambda t=target: panel.go_to_row(t), "jump_filtered"
            )
            figures["jump_filtered_row"] = target
        box.setText("")
        _settle(app)
    try:
        from annotator.gui.corpus_search import CorpusSearchDialog
    except ImportError:
        CorpusSearchDialog = None
    if CorpusSearchDialog is not None and getattr(win, "project", None) is not None:
        dialog = CorpusSearchDialog(win.ws, int(win.project.id), parent=win)
        dialog.show()
        _settle(app)
        dialog.box.setText(words[0])
        figures["search_s"] = _timed(app, dialog.view, dialog.run_search, "search")
        figures["search_hits"] = len(dialog.model.rows)
        figures["search_docs"] = dialog.result.documents
    return {
        "open_s": open_s,
        "scroll_s": scroll_s,
        "filter_s": filters,
        "rows": rows,
        "filtered_rows": filtered,
        "filtered_at_once": at_once,
        "exact_count_ms": counted_ms,
        "rss_mib": rss_mib(),
        "shown_at_open": shown_at_open,
        "last_row_shown": last_shown,
        "reached_end": not model.canFetchMore(view.rootIndex()),
        "cpu_ms": {k: round(v * 1000, 1) for k, v in CPU_S.items()},
        **figures,
    }


def _idle(app: Any, win: Any, budget_s: float = 300.0) -> None:
    """Wait until ``win``'s background work (the open checks, a first backup of the
    day included, the suggestions, and the time records the session writes on a pool
    thread) has finished, so a timed action that follows competes with nothing the
    window started earlier."""
    deadline = time.perf_counter() + budget_s
    while time.perf_counter() < deadline:
        _settle(app, 1)
        checks = getattr(win, "open_checks", None)
        jobs = getattr(getattr(win, "suggestions", None), "_jobs", ())
        writes = getattr(getattr(win, "session", None), "_writing", ())
        if not (checks is not None and checks.running) and not jobs and not writes:
            break
        time.sleep(0.01)
    _settle(app)


def _shown(app: Any, win: Any) -> dict[str, Any]:
    """What the window shows once the timed open has ended: the list's row count and
    the open document's length (the text view's own copy)."""
    from PySide6.QtWidgets import QAbstractItemView

    view = win.findChild(QAbstractItemView, "documentList")
    text = getattr(_text_view(win), "text", "")
    return {"rows": view.model().rowCount() if view is not None else -1, "chars": len(text)}


def file_open(start_db: str, db: str) -> dict[str, Any]:
    """Open ``db`` with File > Open database in a window already running on
    ``start_db``: from the request until the window, moved to ``db`` (the same window
    since File > Open database reuses it), has shown the list and painted the first
    document (the same end as the cold open: three event rounds, then a synchronous
    repaint)."""
    app = _app()
    import annotator.gui as gui

    first = gui.create_main_window(start_db, ANNOTATOR)
    first.resize(*WINDOW_SIZE)
    first.show()
    _settle(app)
    _idle(app, first)
    c0 = time.thread_time()
    t0 = time.perf_counter()
    opened = first.flow.open_database(db)
    win = getattr(first.flow, "successor", None) or first  # a new window before the reuse
    if opened is False or win.ws.db.path is None or Path(win.ws.db.path) != Path(db).resolve():
        raise RuntimeError(f"File > Open database did not open {db}: {first.errors}")
    _settle(app)
    win.repaint()
    seconds = time.perf_counter() - t0
    cpu = time.thread_time() - c0
    return {"seconds": seconds, "cpu_ms": round(cpu * 1000, 1), **_shown(app, win)}


def switch_open(db: str, project: str, back: str) -> dict[str, Any]:
    """In a window reopened on ``back`` (a 1-document project), pick ``project`` in the
    project box (as a user does), timed from the pick until the list is shown and the
    project's first document painted; then pick ``back`` again (the reference)."""
    from dataclasses import replace

    from annotator.gui.settings import load_settings, save_settings

    app = _app()
    import annotator.gui as gui

    # The window opens on ``back``, as the app reopens the project last worked on, so
    # the pick opens ``project`` for the first time in this process.
    kept = load_settings()
    save_settings(replace(kept, last_database=str(Path(db).resolve()), last_project=back))
    try:
        win = gui.create_main_window(db, ANNOTATOR)
    finally:
        save_settings(kept)
    if win.project is None or win.project.name != back:
        raise RuntimeError(f"the window did not reopen the project {back!r}")
    win.resize(*WINDOW_SIZE)
    win.show()
    _settle(app)
    _idle(app, win)
    box = win.project_box
    got: dict[str, Any] = {}
    for key, name in (("seconds", project), ("back_seconds", back)):
        row = box.findText(name)
        if row < 0:
            raise RuntimeError(f"no project {name!r} in the project box")
        c0 = time.thread_time()
        t0 = time.perf_counter()
        box.setCurrentIndex(row)
        box.activated.emit(row)  # what a pick in the drop-down sends
        _settle(app)
        win.repaint()
        got[key] = time.perf_counter() - t0
        got[key.replace("seconds", "cpu_ms")] = round((time.thread_time() - c0) * 1000, 1)
        if win.project is None or win.project.name != name:
            raise RuntimeError(f"picking {name!r} in the project box did not show it")
        got[key.replace("seconds", "shown")] = _shown(app, win)
        _idle(app, win)
    return got


SMALL_PROJECT = "A one-document project"  # the window reopens it (see switch_open)


def _two_projects(ctx: Context, db: Path, n: int) -> Path:
    """A copy of the ``n``-document fixture with a second project of one document. A
    copy, so the cached fixture itself keeps one project (its window has no project
    box)."""
    cache = ctx.workdir / "fixtures"
    path = cache / f"project-{n}-two.sqlite3"
    stamp = cache / f"project-{n}-two.json"
    source = (cache / f"project-{n}.json").read_text()
    wanted = json.dumps({"source": source, "small": SMALL_PROJECT, "v": 1})
    if path.exists() and stamp.exists() and stamp.read_text() == wanted:
        fixtures.upgrade_schema(path)
        return path
    stamp.unlink(missing_ok=True)
    _copy(db, path)
    from annotator.formats.native import parse_record
    from annotator.service import Workspace
    from annotator.service.importing import import_records

    record = corpus.make_record(0, chars=300, seed=7, with_spans=False)
    with Workspace(str(path)) as ws:
        import_records(ws, [parse_record(record, "benchmark")], project=SMALL_PROJECT)
    stamp.write_text(wanted)
    return path


def run_project(ctx: Context, n: int | None = None, name: str = PROJECT_NAME) -> CaseResult:
    missing = _gui_missing(ctx)
    if missing:
        return not_available(name, PROJECT_TITLE, missing)
    n = n or ctx.size(100_000, 2_000)
    db = fixtures.cached_database(ctx.workdir / "fixtures", f"project-{n}", "plain", n=n, chars=300)
    tiny = fixtures.cached_database(ctx.workdir / "fixtures", "project-1", "plain", n=1, chars=300)
    # A Bengali word in about a quarter of the texts (not in titles only), and a Latin
    # word in every document's id: the most matches a filter can have.
    words = ["পুতিনের", "bench"]
    title = PROJECT_TITLE.replace("100,000", f"{n:,}")
    result = CaseResult(name, title)
    keys = (
        "open_s",
        "scroll_s",
        "jump_row_s",
        "jump_id_s",
        "jump_title_s",
        "jump_title_id_s",
        "jump_filtered_s",
        "sort_status_s",
        "jump_status_s",
        "sort_changed_s",
        "jump_changed_s",
        "sort_spans_s",
        "jump_spans_s",
        "search_s",
    )
    got_all: dict[str, list[float]] = {k: [] for k in keys}
    filters: list[list[float]] = [[] for _ in words]
    rss, tiny_opens, tiny_rss = [], [], []
    for _ in range(ctx.repeat):
        got = ctx.worker("cases.gui:project_actions", db=str(db), words=words, timeout=600)
        for k in keys:
            if k in got:
                got_all[k].append(got[k] * 1000)
        for i, value in enumerate(got["filter_s"]):
            filters[i].append(value * 1000)
        rss.append(got["rss_mib"])
        base = ctx.worker("cases.gui:project_actions", db=str(tiny), words=words, timeout=240)
        tiny_opens.append(base["open_s"] * 1000)
        tiny_rss.append(base["rss_mib"])
    # The same project opened in a window that is already running (what a linguist
    # waits for after the start): File > Open database from a window on a 1-document
    # database, next to opening another 1-document database the same way; and a pick
    # in the project box, next to picking a 1-document project in the same window.
    two = _two_projects(ctx, db, n)
    tiny_copy = _copy(tiny, ctx.workdir / "project-1-copy.sqlite3")
    file_ms, file_tiny_ms, switch_ms, switch_tiny_ms = [], [], [], []
    cpu_running: dict[str, list[float]] = {"file": [], "switch": []}
    for _ in range(ctx.repeat):
        opened = ctx.worker("cases.gui:file_open", start_db=str(tiny), db=str(db), timeout=600)
        file_ms.append(opened["seconds"] * 1000)
        cpu_running["file"].append(opened["cpu_ms"])
        ref = ctx.worker("cases.gui:file_open", start_db=str(tiny), db=str(tiny_copy), timeout=240)
        file_tiny_ms.append(ref["seconds"] * 1000)
        switched = ctx.worker(
            "cases.gui:switch_open",
            db=str(two),
            project=fixtures.PROJECT,
            back=SMALL_PROJECT,
            timeout=900,
        )
        switch_ms.append(switched["seconds"] * 1000)
        switch_tiny_ms.append(switched["back_seconds"] * 1000)
        cpu_running["switch"].append(switched["cpu_ms"])
    limit = Target(max_value=100, strict=True)
    result.figures += [
        Figure(
            "open the project (window shown)",
            "ms",
            got_all["open_s"],
            limit,
            tiny_opens,
            "the same window on a 1-document database (for reference)",
            notes=f"rowCount() {got['shown_at_open']:,} at once",
        ),
        Figure(
            "open the project in the running window (project box)",
            "ms",
            switch_ms,
            limit,
            switch_tiny_ms,
            "picking a 1-document project in the same window (for reference)",
            notes=f"from the pick to the list shown ({switched['shown']['rows']:,} rows) "
            "and the first document painted; UI-thread CPU "
            + ", ".join(f"{v:.0f}" for v in cpu_running["switch"])
            + " ms",
        ),
        Figure(
            "open the project in the running window (File > Open database)",
            "ms",
            file_ms,
            limit,
            file_tiny_ms,
            "opening a 1-document database the same way (for reference)",
            notes=f"from the request in a window on a 1-document database to that "
            f"window, moved to the database, painted with the list ({opened['rows']:,} "
            "rows) and the first document; UI-thread CPU "
            + ", ".join(f"{v:.0f}" for v in cpu_running["file"])
            + " ms",
        ),
        Figure(
            "scroll the document list to the end",
            "ms",
            got_all["scroll_s"],
            limit,
            notes=f"{got['rows']:,} rows; last row painted: {got['last_row_shown']}"
            + ("" if got["reached_end"] else " (stopped by the 20 s cap: a lower bound)"),
        ),
    ]
    if got_all["jump_row_s"]:
        result.figures += [
            Figure(f"jump to row {got['rows'] // 3:,}", "ms", got_all["jump_row_s"], limit),
            Figure(
                "jump to a document id (middle of the list)",
                "ms",
                got_all["jump_id_s"],
                limit,
                notes=f"selected row {got.get('jumped_to', -1):,}",
            ),
        ]
    if got_all["jump_title_s"]:
        result.figures += [
            Figure(
                f"jump to row {got['rows'] * 2 // 3:,} in title order",
                "ms",
                got_all["jump_title_s"],
                limit,
            ),
            Figure(
                "jump to a document id in title order",
                "ms",
                got_all["jump_title_id_s"],
                limit,
            ),
        ]
    for key, name in (("status", "status"), ("changed", "last change"), ("spans", "span count")):
        if got_all[f"sort_{key}_s"]:
            result.figures += [
                Figure(f"sort by {name} (first page)", "ms", got_all[f"sort_{key}_s"], limit),
                Figure(
                    f"jump to row {got['rows'] // 3:,} by {name}",
                    "ms",
                    got_all[f"jump_{key}_s"],
                    limit,
                    notes="at once after the sort",
                ),
            ]
    if got_all["jump_filtered_s"]:
        result.figures.append(
            Figure(
                f"jump to row {got['jump_filtered_row']:,} filtered by {words[-1]}",
                "ms",
                got_all["jump_filtered_s"],
                limit,
                notes="as soon as the filter's exact count is shown",
            )
        )
    at_once = got.get("filtered_at_once", got["filtered_rows"])
    counted = got.get("exact_count_ms", [None] * len(words))
    for word, samples, shown, first, ms in zip(
        words, filters, got["filtered_rows"], at_once, counted, strict=True
    ):
        what = "a Bengali word in the texts" if word == words[0] else "a Latin word in every id"
        note = f"{shown:,} rows match"
        if first != shown:
            note += (
                f"; rowCount() {first:,} at once (the count cap), the exact {shown:,} "
                f"from a pool thread {ms:,.0f} ms after the key press"
            )
        result.figures.append(
            Figure(f"filter by {what} ({word})", "ms", samples, limit, notes=note)
        )
    if got_all["search_s"]:
        result.figures.append(
            Figure(
                f"corpus search (Ctrl+Shift+F) for {words[0]}",
                "ms",
                got_all["search_s"],
                limit,
                notes=f"{got['search_hits']} hits listed (the first page; the next is read "
                f"on scrolling to the end) from {got['search_docs']} documents, with context",
            )
        )
    result.figures.append(
        Figure(
            "resident memory",
            "MiB",
            rss,
            Target(max_value=300 / 1.048576, strict=True),
            tiny_rss,
            "the same window on a 1-document database (for reference)",
            notes="target 300 MB = 286.1 MiB",
        )
    )
    result.notes.append(f"{n:,} documents of ~300 characters")
    cpu = ", ".join(f"{k} {v:.0f} ms" for k, v in got.get("cpu_ms", {}).items())
    result.notes.append(
        f"CPU time of the UI thread in the last run (the wall "
        f"times above include waiting for a loaded machine): {cpu}"
    )
    return result.finish()


def run_project_1m(ctx: Context) -> CaseResult:
    """The same on 1,000,000 documents (with ``--huge``: the fixture takes long to build)."""
    if ctx.quick or not ctx.huge:
        return CaseResult(
            PROJECT_1M_NAME,
            PROJECT_TITLE.replace("100,000", "1,000,000"),
            SKIPPED,
            notes=["skipped (run with --huge, without --quick)"],
        )
    return run_project(ctx, n=1_000_000, name=PROJECT_1M_NAME)


# Memory -------------------------------------------------------------------------------


def run_memory(ctx: Context) -> CaseResult:
    missing = _gui_missing(ctx)
    if missing:
        return not_available(MEMORY_NAME, MEMORY_TITLE, missing)
    if "rss-demo" not in ctx.shared:
        run_startup(ctx)
    if "rss-100k" not in ctx.shared:
        run_open(ctx)
    result = CaseResult(MEMORY_NAME, MEMORY_TITLE)
    bare = ctx.shared["rss-bare"]
    chars = ctx.size(100_000, 10_000)
    result.figures += [
        Figure(
            "RSS, Demo article open",
            "MiB",
            ctx.shared["rss-demo"],
            Target(max_value=200),
            bare,
            "the bare PySide6 window of the start-up floor",
        ),
        Figure(
            f"RSS, {chars:,}-character article open",
            "MiB",
            ctx.shared["rss-100k"],
            Target(max_value=200),
            bare,
            "the bare PySide6 window of the start-up floor",
        ),
    ]
    result.notes.append("VmRSS read from /proc in the measuring process after the first paint")
    return result.finish()


CASES = [
    (OPEN_NAME, OPEN_TITLE, run_open),
    (EDIT_NAME, EDIT_TITLE, run_edit),
    (LINKS_OPEN_NAME, LINKS_OPEN_TITLE, lambda ctx: run_open(ctx, links=True)),
    (LINKS_EDIT_NAME, LINKS_EDIT_TITLE, lambda ctx: run_edit(ctx, links=True)),
    (START_NAME, START_TITLE, run_startup),
    (PROJECT_NAME, PROJECT_TITLE, run_project),
    (PROJECT_1M_NAME, PROJECT_TITLE.replace("100,000", "1,000,000"), run_project_1m),
    (MEMORY_NAME, MEMORY_TITLE, run_memory),
]
