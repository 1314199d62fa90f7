"""One broadcast of changes: an edit made in the curation view reaches the main window
showing the gold layer at once (undo and redo too), and the window's gold edits reach
the curation view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.model import Status
from annotator.service import Workspace
from annotator.service.adjudication import GOLD

TEXT = "কিম জং উন বলেন, আমরা পাশে আছি।"


def _disputed(db: Path) -> int:
    """Annotators a and b both finished the document; they agree on the PER span."""
    with Workspace(str(db)) as ws:
        project = ws.ensure_project("News")
        from annotator.model import DocumentRecord
        from annotator.service import import_records

        import_records(ws, [DocumentRecord(TEXT, "d1")], project=project.name)
        doc = ws.document_by_external_id(project.id, "d1")
        end = TEXT.index(" বলেন")
        for name in ("a", "b"):
            ws.create_span(doc.id, name, "PER", 0, end)
            ws.set_status(doc.id, name, Status.DONE)
        return int(doc.id)


def test_curation_edits_reach_the_gold_window_and_back(make_window, tmp_path: Path, qtbot) -> None:
    db = tmp_path / "bus.sqlite3"
    doc_id = _disputed(db)
    window = make_window(db, GOLD)
    window.open_document(doc_id)
    assert window.session.spans == {}
    dialog = window.commands.curation()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    # Accept the agreed PER span in the curation view, as a curator does (A).
    dialog.span_view.setFocus()
    dialog.span_view.selectRow(0)
    qtbot.keyClick(dialog.span_view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(window.session.spans) == 1, timeout=3000)
    (span,) = window.session.spans.values()
    assert (span.annotator, span.label, span.start) == (GOLD, "PER", 0)
    assert window.table_model.rowCount() == 1  # the window's panels show it too

    # Undo in the curation view takes it out of gold, in the window too; redo puts it back.
    qtbot.keyClick(dialog.span_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.spans == {}, timeout=3000)
    assert window.ws.layer(doc_id, GOLD).spans == ()
    dialog.span_view.setFocus()
    dialog.undo_stack.redo()
    qtbot.waitUntil(lambda: len(window.session.spans) == 1, timeout=3000)
    (span,) = window.session.spans.values()
    assert (span.label, span.start) == ("PER", 0)

    # The window, working as gold, deletes it: the curation view no longer lists it in gold.
    window.session.delete_span(span.id)
    qtbot.waitUntil(lambda: all(row.gold is None for row in dialog.spans.rows), timeout=3000)
