"""File > Export dialog: runs the export off the UI thread and ends with a summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from annotator.model import DocumentRecord, SpanRecord, Status
from annotator.service import Workspace, import_records

TEXT = "ঢাকায় পুতিনের দূত বলেন, কিম জং উন আসবেন। মস্কো চুপ।"


@pytest.fixture
def ws(db_path: Path):
    workspace = Workspace(str(db_path))
    kim = TEXT.index("কিম")
    import_records(
        workspace,
        [
            DocumentRecord(
                text=TEXT,
                external_id="d1",
                annotator="asha",
                status=Status.DONE,
                spans=(SpanRecord("a", 0, 4, "GPE"), SpanRecord("b", kim, kim + 9, "PER")),
                origin="t:1",
            )
        ],
        project="News",
    )
    yield workspace
    workspace.close()


def test_export_runs_and_summarizes(qtbot, ws, tmp_path: Path) -> None:
    from PySide6.QtCore import QThreadPool

    from annotator.gui.dialogs.export_dialog import ExportDialog

    pool = QThreadPool()
    dialog = ExportDialog(ws, "News", pool=pool)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentText("hf")
    dialog.target.setText(str(tmp_path / "hf"))
    assert dialog.offset_unit.isEnabled() is False
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=10000)
    text = dialog.summary.toPlainText()
    assert "1 documents" in text and "GPE 1" in text and "PER 1" in text
    assert "1 spans expanded to whole tokens" in text  # ঢাকা inside ঢাকায়
    assert dialog.open_button.isVisible() or not dialog.isVisible()
    card = json.loads((tmp_path / "hf" / "dataset.json").read_text("utf-8"))
    assert card["format"] == "hf"
    assert dialog.output_folder() == tmp_path / "hf"


def test_export_error_is_shown(qtbot, ws, tmp_path: Path) -> None:
    from PySide6.QtCore import QThreadPool

    from annotator.gui.dialogs.export_dialog import ExportDialog

    pool = QThreadPool()
    dialog = ExportDialog(ws, "News", pool=pool)
    qtbot.addWidget(dialog)
    dialog.labels.setText("TEAM")
    dialog.target.setText(str(tmp_path / "x"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10000)
    assert "no such label" in dialog.summary.toPlainText()
    assert dialog.export_button.isEnabled()
    assert dialog.request().labels == ("TEAM",)


def test_reexport_asks_about_old_files_warns_of_empty_splits_and_remembers(
    qtbot, ws, tmp_path: Path
) -> None:
    from PySide6.QtCore import QThreadPool

    from annotator.gui.dialogs.export_dialog import ExportDialog

    pool = QThreadPool()
    target = tmp_path / "conll"
    dialog = ExportDialog(ws, "News", pool=pool)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentText("conll")
    dialog.target.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=10000)
    assert (target / "data.conll").exists()
    asked = []

    def confirm(folder: Path, files: list[Path]) -> str:
        asked.append((folder, [p.name for p in files]))
        return "clear"

    dialog.confirm_target = confirm
    dialog.split.setText("train=0.8,dev=0.1,test=0.1")
    dialog.export_result = None
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=10000)
    assert asked and "data.conll" in asked[0][1]
    assert not (target / "data.conll").exists()  # no stale file beside the splits
    assert (target / "train.conll").exists()
    summary = dialog.summary.toPlainText()
    assert "warning: the dev split is empty" in summary
    assert "warning: the test split is empty" in summary
    again = ExportDialog(ws, "News", pool=pool)
    qtbot.addWidget(again)
    assert again.format.currentText() == "conll"
    assert again.target.text() == str(target)
    assert again.split.text() == "train=0.8,dev=0.1,test=0.1"


def test_doccano_export_in_utf16_sequence_shape_with_licence(qtbot, ws, tmp_path: Path) -> None:
    from PySide6.QtCore import QThreadPool

    from annotator.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(ws, "News", pool=QThreadPool())
    qtbot.addWidget(dialog)
    dialog.format.setCurrentText("doccano")
    assert dialog.offset_unit.currentText() == "utf16"  # doccano's own unit by default
    assert dialog.doccano_shape.isEnabled()
    dialog.doccano_shape.setCurrentText("sequence")
    dialog.license.setText("cc-by-4.0")
    dialog.split.setText("")  # the dialog may remember a split from an earlier export
    dialog.status.setCurrentText("done")
    dialog.target.setText(str(tmp_path / "d"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=10000)
    row = json.loads((tmp_path / "d" / "data.jsonl").read_text("utf-8"))
    assert row["label"][0] == [0, 4, "GPE"]
    card = json.loads((tmp_path / "d" / "dataset.json").read_text("utf-8"))
    assert (card["offset_unit"], card["doccano_shape"], card["license"]) == (
        "utf16",
        "sequence",
        "cc-by-4.0",
    )
