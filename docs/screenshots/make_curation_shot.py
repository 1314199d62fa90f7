"""Screenshot of the curation view with two versions of one quote (issue 11).

asha splits a quote around "তিনি জানান", bina marks the same outer range unsplit; the
window works as gold, opens Team > Curate this document… and accepts asha's split
version. Run under a real X server with a window manager, 1366x768, e.g.::

    Xvfb :35 -screen 0 1366x768x24 & DISPLAY=:35 openbox &
    DISPLAY=:35 python docs/screenshots/make_curation_shot.py docs/screenshots/curation-versions.png

It seeds a database in a temporary folder and captures the whole screen with
ImageMagick's ``import``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from annotator.model import DocumentRecord, Status
from annotator.service import Workspace, import_records

TEXT = "কিম বলেন, ‘সময় লাগবে,’ তিনি জানান, ‘কিন্তু আমরা যাব।’ ঢাকা শান্ত।"


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def seed(db: Path) -> int:
    with Workspace(str(db)) as ws:
        import_records(ws, [DocumentRecord(TEXT, "d1", title="সাক্ষাৎকার")], project="News")
        doc = ws.document_by_external_id(ws.project("News").id, "d1")
        first, last = at("সময় লাগবে"), at("কিন্তু আমরা যাব")
        for name in ("asha", "bina"):
            quote = ws.create_span(doc.id, name, "QUOTE", first[0], last[1]).span
            assert quote is not None
            if name == "asha":
                ws.set_fragments(quote.id, name, [first, last])
            ws.create_span(doc.id, name, "PER", *at("কিম"))
            ws.set_status(doc.id, name, Status.DONE)
        return int(doc.id)


def main(out: str) -> None:
    from annotator.gui import create_main_window

    db = Path(tempfile.mkdtemp()) / "curation.sqlite3"
    doc_id = seed(db)
    app = QApplication(sys.argv)
    window = create_main_window(str(db), "gold")
    window.resize(1366, 740)
    window.show()
    window.open_document(doc_id)
    dialog = window.commands.curation()
    assert dialog is not None
    dialog.move(200, 80)

    def accept_split() -> None:
        dialog.span_view.setFocus()
        dialog.span_view.selectRow(next(i for i, r in enumerate(dialog.spans.rows) if r.fragments))
        dialog.accept_selected()

    def capture() -> None:
        subprocess.run(["import", "-window", "root", out], check=True)
        app.quit()

    QTimer.singleShot(1500, accept_split)
    QTimer.singleShot(3500, capture)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
