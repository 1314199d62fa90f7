"""Screenshots of the labeling flow (issue 14): the Guidelines panel, a note, nested
entities, dark mode, and the window at 1024x600.

Run under a real X server with a window manager, 1366x768, e.g.::

    Xvfb :16 -screen 0 1366x768x24 & DISPLAY=:16 openbox &
    cd docs/screenshots && DISPLAY=:16 python make_flow_shots.py guidelines guidelines.png
    DISPLAY=:16 python docs/screenshots/make_flow_shots.py note docs/screenshots/note.png
    DISPLAY=:16 python docs/screenshots/make_flow_shots.py nested docs/screenshots/nested-event.png
    DISPLAY=:16 python docs/screenshots/make_flow_shots.py dark docs/screenshots/dark-mode.png
    DISPLAY=:16 python docs/screenshots/make_flow_shots.py small docs/screenshots/small-1024x600.png

Each run seeds a fresh Demo database in a temporary folder, drives the window as a user
would and captures the whole screen with ImageMagick's ``import``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

EVENT = "যুক্তরাষ্ট্রের ভেনেজুয়েলা আক্রমণ"


def main(mode: str, out: str) -> None:
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from annotator.gui import create_main_window
    from annotator.gui.theme import apply_theme
    from annotator.service.opening import open_workspace

    db = os.path.join(tempfile.mkdtemp(), "demo.sqlite3")
    open_workspace(db, seed_demo=True).close()
    app = QApplication(["annotator"])
    if mode == "dark":
        apply_theme("dark")
    win = create_main_window(db, "demo")
    win.resize(1024, 600) if mode == "small" else win.resize(1366, 740)
    win.show()
    win.activateWindow()
    view = win.text_view

    def show_span_of(words: str, label: str) -> None:
        start = view.text.index(words)
        span = next(
            s for s in win.session.spans.values() if s.label == label and s.start <= start < s.end
        )
        win.select_span(span.id)

    def act() -> None:
        if mode == "guidelines":
            win.flow.show_guidelines()
            show_span_of("কিম জং উন", "PER")
        elif mode == "note":
            show_span_of("কিম জং উন", "PER")
            view.setFocus()
            QTest.keyClick(view, Qt.Key.Key_F4)
            win.span_note.editor.setPlainText(
                "অনিশ্চিত: উনিই কি বক্তা? (unsure: is this the speaker?)"
            )
            QTest.mouseClick(win.span_note.save_button, Qt.MouseButton.LeftButton)
            win.notes_panel.editor.setPlainText("Byline missing: check the agency with the editor")
            QTest.mouseClick(win.notes_panel.add_button, Qt.MouseButton.LeftButton)
            show_span_of("কিম জং উন", "PER")
        elif mode in ("nested", "dark", "small"):
            show_span_of(EVENT, "EVENT")
        QTimer.singleShot(900, shoot)

    def shoot() -> None:
        subprocess.run(["import", "-window", "root", out], check=True)
        app.quit()

    QTimer.singleShot(1200, act)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
