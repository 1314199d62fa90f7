"""Screenshot of suggestion ghosts (issue 13): 40 generated gold documents, the tagger
trained, a new article opened, Tab pressed twice to reach a ghost.

Run under a real X server with a window manager, 1366x768, e.g.::

    Xvfb :15 -screen 0 1366x768x24 & DISPLAY=:15 openbox &
    DISPLAY=:15 PYTHONPATH=. python docs/screenshots/make_suggestion_shot.py \\
        docs/screenshots/suggestions.png
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import corpus


def main(out: str) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from annotator.formats.native import parse_record
    from annotator.gui import create_main_window
    from annotator.service import Workspace, import_records
    from annotator.service.suggestions import train

    db = Path(tempfile.mkdtemp()) / "shot.sqlite3"
    gold = [
        parse_record(corpus.make_record(i, chars=1500, spans=None, annotator="gold"), f"g:{i}")
        for i in range(40)
    ]
    new = corpus.make_record(300, chars=1200, spans=None, annotator=None, with_spans=False)
    new["id"] = "new-article"
    with Workspace(str(db)) as ws:
        import_records(ws, [parse_record(new, "n:1"), *gold], project="News")
        train(ws, ws.project("News"))
    app = QApplication.instance() or QApplication([])
    window = create_main_window(str(db), "asha")
    window.resize(1366, 740)
    window.show()
    window.open_document("new-article")

    def wait() -> None:
        if len(window.suggestions.ghosts) < 3:
            QTimer.singleShot(200, wait)
            return
        window.text_view.setFocus()
        window.text_view.select_range(0, 0)
        QTest.keyClick(window.text_view, Qt.Key.Key_Tab)
        QTest.keyClick(window.text_view, Qt.Key.Key_Tab)
        QTimer.singleShot(800, shoot)

    def shoot() -> None:
        subprocess.run(["import", "-window", "root", out], check=True)
        app.quit()

    QTimer.singleShot(500, wait)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
