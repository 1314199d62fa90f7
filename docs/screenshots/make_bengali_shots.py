"""Screenshots of the Bengali interface (issue 17): the export dialog after an export and
the agreement report, three annotators on three documents.

Run under a real X server with a window manager, 1366x768, from the repository root::

    Xvfb :19 -screen 0 1366x768x24 & DISPLAY=:19 openbox &
    DISPLAY=:19 PYTHONPATH=. python docs/screenshots/make_bengali_shots.py export \
        docs/screenshots/export-dialog-bn.png
    DISPLAY=:19 PYTHONPATH=. python docs/screenshots/make_bengali_shots.py agreement \
        docs/screenshots/agreement-bn.png

Each run builds a fresh database in a temporary folder (the team tests' builders) and
captures the whole screen with ImageMagick's ``import``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(mode: str, out: str) -> None:
    os.environ["ANNOTATOR_LANGUAGE"] = "bn"
    sys.path.insert(0, str(ROOT / "tests" / "team"))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from team_helpers import LETTERS, add_document, annotate, tok

    from annotator.gui import i18n
    from annotator.gui.dialogs.export_dialog import ExportDialog
    from annotator.gui.fonts import load_fonts
    from annotator.gui.team.agreement_report import AgreementDialog
    from annotator.service import Workspace

    folder = Path(tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    load_fonts()
    i18n.install(i18n.choose_language())
    ws = Workspace(str(folder / "team.sqlite3"))
    for n, (second, third) in enumerate([("GPE", "ORG"), ("ORG", "ORG"), ("PER", "PER")]):
        doc = add_document(ws, LETTERS + " ট" * (n + 1), f"প্রথম-আলো-{n + 1}")
        spans = [("PER", tok(0, 1)), ("QUOTE", tok(5, 7))]
        annotate(ws, doc, "আশা", [*spans, ("ORG", tok(9))], [("speaker", 1, 0)])
        annotate(ws, doc, "রফিক", [*spans, (second, tok(9))], [("speaker", 1, 0)])
        annotate(ws, doc, "মিতা", [("PER", tok(0)), ("QUOTE", tok(5, 7)), (third, tok(9))])
    if mode == "export":
        dialog: ExportDialog | AgreementDialog = ExportDialog(ws, "P")
        dialog.target.setText(str(folder / "out"))
        dialog.start()
    else:
        dialog = AgreementDialog(ws, "P")
    dialog.move(20, 20)
    dialog.show()

    def snap() -> None:
        subprocess.run(["import", "-window", "root", out], check=True)
        app.quit()

    QTimer.singleShot(4000, snap)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
