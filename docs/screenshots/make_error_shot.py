"""Screenshot of an error from the service layer in the Bengali window.

asha labels "পুতিন" PER; a colleague deletes that span on the shared database; asha
then relabels it GPE (key 3). The service raises ``NotFound("span 1 no longer
exists")`` (English on the command line); the window says it in Bengali in its warning
dialog and status bar. Run under a real X server with a window manager, 1366x768::

    Xvfb :64 -screen 0 1366x768x24 & DISPLAY=:64 openbox &
    DISPLAY=:64 ANNOTATOR_LANGUAGE=bn XDG_DATA_HOME=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d) \\
        python docs/screenshots/make_error_shot.py docs/screenshots/error-bn.png

It seeds a database in a temporary folder and captures the whole screen with
ImageMagick's ``import``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.model import DocumentRecord
from annotator.service import Workspace, import_records

TEXT = "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেন, আমরা জিতব।\nকিম জং উন বলেন, যুদ্ধ শেষ হবে।"


def main(out: Path) -> int:
    from annotator.gui.app import run
    from annotator.gui.main_window import MainWindow

    db = Path(tempfile.mkdtemp()) / "news.sqlite3"
    with Workspace(str(db)) as ws:
        record = DocumentRecord(TEXT, "doc-0", title="খবর ০", origin="seed:1")
        import_records(ws, [record], project="News")
    steps = iter(("select", "label", "relabel", "capture"))

    def window() -> MainWindow | None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        return next((w for w in shown if w.isVisible()), None)

    def step() -> None:
        w = window()
        if w is None or w.session.document is None:
            QTimer.singleShot(300, step)
            return
        name = next(steps)
        if name == "select":
            w.resize(1300, 700)
            w.move(20, 20)
            w.activateWindow()
            start = TEXT.index("পুতিন")
            w.text_view.select_range(start, start + len("পুতিন"))
        elif name == "label":
            w.text_view.setFocus()
            QTest.keyClick(w.text_view, Qt.Key.Key_1)
        elif name == "relabel":
            span_id = next(iter(w.session.spans))
            with Workspace(str(db)) as colleague:
                colleague.delete_span(span_id, "asha")
            QTest.keyClick(w.text_view, Qt.Key.Key_3)
        else:
            subprocess.run(["import", "-window", "root", str(out)], check=True)
            print("\n".join(w.errors))
            QApplication.instance().quit()
            return
        QTimer.singleShot(2000, step)

    QApplication(sys.argv[:1])
    QTimer.singleShot(500, step)
    return run(str(db), "asha")


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
