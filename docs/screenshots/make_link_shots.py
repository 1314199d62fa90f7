"""Screenshots of linking (issues 12 and 14): the link picker, links on the Demo, a split
quote, a crowded attribution line.

Run under a real X server with a window manager, 1366x768, e.g.::

    Xvfb :14 -screen 0 1366x768x24 & DISPLAY=:14 openbox &
    DISPLAY=:14 python docs/screenshots/make_link_shots.py picker docs/screenshots/link-picker.png
    DISPLAY=:14 python docs/screenshots/make_link_shots.py arcs docs/screenshots/links-demo.png
    DISPLAY=:14 python docs/screenshots/make_link_shots.py split docs/screenshots/split-quote.png
    DISPLAY=:14 python docs/screenshots/make_link_shots.py crowded \
        docs/screenshots/links-crowded.png

Each run seeds a fresh Demo database in a temporary folder, drives the window with keys
as a user would and captures the whole screen with ImageMagick's ``import``. The crowded
line (a claim, a split quote whose pronoun speaker is the named man, a joint statement of
four ministers: up to five lanes of labels on one line) is labelled through the service
first, as the window's keys would store it, and only shown.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

SPLIT = (
    "সম্মেলন শেষে সাংবাদিকদের সঙ্গে কথা বলেন উত্তর কোরিয়ার নেতা কিম জং উন। "
    "‘আমরা আলোচনার জন্য প্রস্তুত,’ তিনি বলেন, ‘কিন্তু চাপের মুখে কোনও চুক্তি হবে না।’\n"
    "এর আগে দক্ষিণ কোরিয়ার প্রেসিডেন্টের দপ্তর জানায়, বৈঠকের তারিখ এখনও ঠিক হয়নি।"
)

CROWDED = (
    "পিয়ংইয়ংয়ে সম্মেলন শেষে সাংবাদিকদের সামনে আসেন উত্তর কোরিয়ার নেতা কিম জং উন।\n"
    "সম্মেলনে কিম জং উন জানান, বৈঠক সফল হয়েছে। "
    "‘আমরা প্রস্তুত,’ তিনি বলেন, ‘কিন্তু সময় লাগবে।’\n"
    "পরে প্রধানমন্ত্রী, পররাষ্ট্রমন্ত্রী, অর্থমন্ত্রী ও শিক্ষামন্ত্রী এক বিবৃতিতে বলেন, "
    "‘আমরা একসঙ্গে কাজ করব।’\n"
    "বৈঠকের পরবর্তী তারিখ এখনও ঠিক হয়নি বলে জানিয়েছে দক্ষিণ কোরিয়ার প্রেসিডেন্টের দপ্তর।"
)
# (label, words, nth occurrence, split-off second part or "") and (type, from, to)
CROWDED_SPANS = (
    ("PER", "কিম জং উন", 1, ""),
    ("CUE", "জানান", 0, ""),
    ("CLAIM", "বৈঠক সফল হয়েছে", 0, ""),
    ("MENTION", "তিনি", 0, ""),
    ("CUE", "বলেন", 0, ""),
    ("QUOTE", "আমরা প্রস্তুত", 0, "কিন্তু সময় লাগবে"),
    ("PER", "প্রধানমন্ত্রী", 0, ""),
    ("PER", "পররাষ্ট্রমন্ত্রী", 0, ""),
    ("PER", "অর্থমন্ত্রী", 0, ""),
    ("PER", "শিক্ষামন্ত্রী", 0, ""),
    ("CUE", "বলেন", 1, ""),
    ("QUOTE", "আমরা একসঙ্গে কাজ করব", 0, ""),
)
CROWDED_LINKS = (
    ("claimant", "বৈঠক সফল হয়েছে", "কিম জং উন#1"),
    ("cue", "বৈঠক সফল হয়েছে", "জানান"),
    ("speaker", "আমরা প্রস্তুত", "তিনি"),
    ("speaker", "আমরা প্রস্তুত", "কিম জং উন#1"),
    ("cue", "আমরা প্রস্তুত", "বলেন"),
    *(
        ("speaker", "আমরা একসঙ্গে কাজ করব", who)
        for who in ("প্রধানমন্ত্রী", "পররাষ্ট্রমন্ত্রী", "অর্থমন্ত্রী", "শিক্ষামন্ত্রী")
    ),
    ("cue", "আমরা একসঙ্গে কাজ করব", "বলেন#1"),
)


def _label_crowded(db: str, annotator: str) -> None:
    """Import the crowded document into the Demo and label it through the service."""
    from annotator.model import DocumentRecord
    from annotator.service import Workspace, import_records

    record = DocumentRecord(
        text=CROWDED, external_id="crowded-line", title="একই লাইনে অনেক উক্তি", origin="shot:2"
    )

    def at(words: str, nth: int) -> int:
        start = -1
        for _ in range(nth + 1):
            start = CROWDED.index(words, start + 1)
        return start

    with Workspace(db) as ws:
        import_records(ws, [record], project="Demo")
        doc = ws.document_by_external_id(ws.project("Demo").id, "crowded-line")
        ids: dict[str, int] = {}
        for label, words, nth, part in CROWDED_SPANS:
            start = at(words, nth)
            span = ws.create_span(doc.id, annotator, label, start, start + len(words)).span
            if part:
                ws.add_fragment(span.id, annotator, at(part, 0), at(part, 0) + len(part))
            ids[f"{words}#{nth}" if nth else words] = span.id
        for kind, source, target in CROWDED_LINKS:
            ws.create_relation(kind, ids[source], ids[target], annotator)
        ws.join_referent(ids["তিনি"], ids["কিম জং উন#1"], annotator)


def main(mode: str, out: str) -> None:
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from annotator.gui import create_main_window
    from annotator.model import DocumentRecord
    from annotator.service import Workspace, import_records, open_workspace

    db = os.path.join(tempfile.mkdtemp(), "demo.sqlite3")
    open_workspace(db, seed_demo=True).close()
    if mode == "split":
        record = DocumentRecord(
            text=SPLIT, external_id="split-quote", title="বিভক্ত উদ্ধৃতি", origin="shot:1"
        )
        with Workspace(db) as ws:
            import_records(ws, [record], project="Demo")
    elif mode == "crowded":
        _label_crowded(db, "demo")
    app = QApplication(["annotator"])
    win = create_main_window(db, "demo")
    win.resize(1366, 740)
    win.show()
    win.activateWindow()

    def key(k: Qt.Key) -> None:
        QTest.keyClick(QApplication.focusWidget() or win.text_view, k)

    def select(words: str) -> None:
        start = win.text_view.text.index(words)
        win.text_view.setFocus()
        win.text_view.select_range(start, start + len(words))

    def act() -> None:
        spans = win.session.spans.values()
        if mode == "picker":  # `l` on the Demo's last claim
            claim = max((s for s in spans if s.label == "CLAIM"), key=lambda s: s.start)
            win.select_span(claim.id)
            win.text_view.setFocus()
            key(Qt.Key.Key_L)
        elif mode == "arcs":  # the first quotes and their speakers
            quote = min((s for s in spans if s.label == "QUOTE"), key=lambda s: s.start)
            win.text_view.verticalScrollBar().setValue(130)
            win.select_span(quote.id, scroll=False)
        elif mode == "split":  # ‘…,’ তিনি বলেন, ‘…’ as one quote with its cue and speaker
            win.open_document("split-quote")
            app.processEvents()
            for words, label in (
                ("কিম জং উন", Qt.Key.Key_1),
                ("দক্ষিণ কোরিয়ার প্রেসিডেন্টের দপ্তর", Qt.Key.Key_2),
                ("তিনি", Qt.Key.Key_9),
            ):
                select(words)
                key(label)
            for k in (Qt.Key.Key_Equal, Qt.Key.Key_Return):  # তিনি is কিম জং উন
                key(k)
            cue = win.text_view.text.index("বলেন, ‘কিন্তু")
            win.text_view.select_range(cue, cue + len("বলেন"))
            key(Qt.Key.Key_V)
            select("আমরা আলোচনার জন্য প্রস্তুত")
            key(Qt.Key.Key_Q)
            select("কিন্তু চাপের মুখে কোনও চুক্তি হবে না")
            key(Qt.Key.Key_Plus)
            for k in (Qt.Key.Key_S, Qt.Key.Key_Down, Qt.Key.Key_Return):  # speaker: তিনি
                key(k)
            for k in (Qt.Key.Key_U, Qt.Key.Key_Return):  # cue: বলেন
                key(k)
            win.panels.docks["referents"].raise_()
        elif mode == "crowded":  # up to five lanes of labels over one line
            win.open_document("crowded-line")
        QTimer.singleShot(900, shoot)

    def shoot() -> None:
        subprocess.run(["import", "-window", "root", out], check=True)
        app.quit()

    QTimer.singleShot(1200, act)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
