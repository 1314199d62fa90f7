"""Window performance figures from the issue (run by hand, not by pytest).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/gui/bench_window.py

Opens a 100,000-character Bengali article with 5,000 spans and reports: the time to
show it with all highlights vs. the same plain text in a bare QTextEdit, and the
time to create and delete one span (database commit + repaint) on it and on a
1,000-character article.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTextEdit

from annotator.gui.fonts import text_font
from annotator.gui.main_window import MainWindow
from annotator.model import DocumentRecord, SpanRecord
from annotator.service import Workspace, import_records
from annotator.text import tokenize

PARAGRAPH = (
    "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিনের প্রতি নিঃশর্ত সমর্থনের অঙ্গীকার করেছেন "
    "উত্তর কোরিয়ার নেতা কিম জং উন। মস্কো ও পিয়ংইয়ংয়ের সম্পর্ক আরও ঘনিষ্ঠ হচ্ছে। "
)


def article(length: int, spans: int) -> DocumentRecord:
    paragraphs, size = [], 0
    while size < length:
        paragraphs.append(PARAGRAPH * 3)
        size += len(paragraphs[-1]) + 1
    text = "\n".join(paragraphs)[:length].rstrip()
    words = [t for t in tokenize(text) if t.text.isalpha() or len(t.text) > 1]
    step = max(1, len(words) // spans)
    records = []
    for i, token in enumerate(words[::step][:spans]):
        records.append(SpanRecord(f"s{i}", token.start, token.end, "PER" if i % 3 else "GPE"))
    # Some quotes over several words, so lanes are painted too.
    for j in range(0, len(words) - 12, max(1, len(words) // 50)):
        records.append(SpanRecord(f"q{j}", words[j].start, words[j + 10].end, "QUOTE"))
    return DocumentRecord(
        text=text,
        external_id=f"a{length}",
        spans=tuple(records),
        annotator="bench",
        origin="bench:1",
    )


def timed(func, repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        begin = time.perf_counter()
        func()
        samples.append(time.perf_counter() - begin)
    return statistics.median(samples)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    ws = Workspace(str(folder / "bench.sqlite3"))
    import_records(ws, [article(100_000, 5_000), article(1_000, 50)], project="Bench")
    window = MainWindow(ws, "bench")
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    project = ws.project("Bench")
    big = ws.document_by_external_id(int(project.id), "a100000")
    small = ws.document_by_external_id(int(project.id), "a1000")
    print(f"spans on the big article: {len(ws.layer(int(big.id), 'bench').spans)}")

    bare = QTextEdit()
    bare.setFont(text_font(15))
    bare.resize(800, 600)
    bare.show()

    def plain() -> None:
        bare.setPlainText(big.text)
        app.processEvents()
        bare.viewport().repaint()

    def ours() -> None:
        window._open(int(big.id))
        app.processEvents()  # QSyntaxHighlighter highlights on the next event loop pass
        window.text_view.viewport().repaint()

    layer = ws.layer(int(big.id), "bench")
    session = window.session

    def render() -> None:
        window.text_view.set_content(
            big.text, layer.spans, project.schema, session.clusters, session.utf16
        )
        app.processEvents()
        window.text_view.viewport().repaint()

    t_plain, t_ours = timed(plain), timed(ours)
    t_layer = timed(lambda: ws.layer(int(big.id), "bench"))
    t_render = timed(render)
    print(
        f"open 100k chars: plain QTextEdit {t_plain * 1000:.0f} ms; window total "
        f"{t_ours * 1000:.0f} ms = service ws.layer {t_layer * 1000:.0f} ms + text view "
        f"with 5000 highlights {t_render * 1000:.0f} ms (view x{t_render / t_plain:.1f})"
    )

    for doc in (big, small):
        window._open(int(doc.id))
        text = doc.text
        start = text.index("কিম", len(text) // 2)

        def create_delete(start: int = start) -> tuple[float, float]:
            window.text_view.select_range(start, start + 3)
            t0 = time.perf_counter()
            window.labeler.label("ORG")
            app.processEvents()
            window.text_view.viewport().repaint()
            t1 = time.perf_counter()
            window.labeler.delete()
            app.processEvents()
            window.text_view.viewport().repaint()
            t2 = time.perf_counter()
            return t1 - t0, t2 - t1

        def service_only(doc_id: int = int(doc.id), start: int = start) -> tuple[float, float]:
            t0 = time.perf_counter()
            changes = ws.create_span(doc_id, "bench", "ORG", start, start + 3)
            t1 = time.perf_counter()
            ws.delete_span(changes.span.id, "bench")
            return t1 - t0, time.perf_counter() - t1

        service = [service_only() for _ in range(9)]
        s_create = statistics.median(r[0] for r in service) * 1000
        s_delete = statistics.median(r[1] for r in service) * 1000
        print(
            f"{len(text):>6} chars: service alone: create {s_create:.1f} ms, "
            f"delete {s_delete:.1f} ms"
        )
        runs = [create_delete() for _ in range(9)]
        create = statistics.median(r[0] for r in runs) * 1000
        delete = statistics.median(r[1] for r in runs) * 1000
        print(f"{len(text):>6} chars: create span {create:.1f} ms, delete span {delete:.1f} ms")
    window.close()
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
