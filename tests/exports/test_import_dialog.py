"""File > Import dialog: preview lists the first records and every error; a clean input
imports off the UI thread."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from annotator.service import Workspace

TEXT = "😀 র\u200d্যাব জানায়, ঢাকায় মেঘ।"


def _doccano(path: Path, *entities: list) -> Path:
    rows = [
        {"id": f"d{n}", "text": TEXT + f" {n}", "entities": ents} for n, ents in enumerate(entities)
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def _dialog(qtbot, db_path: Path):
    from PySide6.QtCore import QThreadPool

    from annotator.gui.dialogs.import_dialog import ImportDialog

    ws = Workspace(str(db_path))
    dialog = ImportDialog(ws, "News", "asha", pool=QThreadPool())
    qtbot.addWidget(dialog)
    ws.close()
    return dialog


def test_preview_lists_errors_and_blocks_import(qtbot, db_path: Path, tmp_path: Path) -> None:
    bad = _doccano(
        tmp_path / "bad.jsonl",
        [{"id": 1, "start_offset": 2, "end_offset": 8, "label": "ORG"}],
        [{"id": 1, "start_offset": 2, "end_offset": "x", "label": "ORG"}],
    )
    dialog = _dialog(qtbot, db_path)
    dialog.paths.setText(str(bad))
    dialog.format.setCurrentText("doccano")
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.last_preview is not None, timeout=10000)
    text = dialog.output.toPlainText()
    assert "1 valid records" in text
    assert "bad.jsonl:2" in text
    assert not dialog.import_button.isEnabled()


def test_preview_then_import(qtbot, db_path: Path, tmp_path: Path) -> None:
    good = _doccano(
        tmp_path / "good.jsonl", [{"id": 1, "start_offset": 3, "end_offset": 9, "label": "ORG"}]
    )
    dialog = _dialog(qtbot, db_path)
    dialog.paths.setText(str(good))
    dialog.format.setCurrentText("doccano")
    dialog.offset_unit.setCurrentText("utf16")
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.last_preview is not None, timeout=10000)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert "imported 1 documents" in dialog.output.toPlainText()
    with Workspace(str(db_path)) as ws:
        project = ws.project("News")
        [layer] = ws.iter_layers(project.id, annotator="asha", status=None)
        [span] = layer.spans
        assert layer.document.text[span.start : span.end] == "র\u200d্যাব"


def test_bijoy_txt_is_flagged_then_previewed_converted_and_imported(
    qtbot, db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "bijoy.txt"
    path.write_text("Avgvi †mvbvi evsjv, Avwg †Zvgvq fvjevwm|\n", encoding="utf-8")
    dialog = _dialog(qtbot, db_path)
    dialog.paths.setText(str(path))
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.last_preview is not None, timeout=10000)
    assert "typed in Bijoy" in dialog.output.toPlainText()
    assert not dialog.import_button.isEnabled()
    dialog.convert_bijoy.setChecked(True)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.last_preview is not None, timeout=10000)
    assert "আমার সোনার বাংলা, আমি তোমায় ভালবাসি।" in dialog.output.toPlainText()
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    with Workspace(str(db_path)) as ws:
        project = ws.project("News")
        [layer] = ws.iter_layers(project.id, annotator="asha", status=None)
        assert layer.document.text.startswith("আমার সোনার বাংলা")


def test_stem_spans_import_with_snap(qtbot, db_path: Path, tmp_path: Path) -> None:
    text = "পুতিনের দূত এলেন।"
    path = tmp_path / "stems.jsonl"
    row = {
        "text": text,
        "entities": [{"id": 1, "start_offset": 0, "end_offset": 5, "label": "PER"}],
    }
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", "utf-8")
    dialog = _dialog(qtbot, db_path)
    dialog.paths.setText(str(path))
    dialog.format.setCurrentText("doccano")
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.last_preview is not None, timeout=10000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "Nothing was imported" in dialog.output.toPlainText(), timeout=10000)
    assert "--snap clusters" in dialog.output.toPlainText()
    dialog.snap.setCurrentText("clusters")
    assert dialog.last_preview is None  # a new choice asks for a new preview
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.last_preview is not None, timeout=10000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    shown = dialog.output.toPlainText()
    assert "snapped 1 spans to whole clusters:" in shown and "'পুতিনে'" in shown
    with Workspace(str(db_path)) as ws:
        [layer] = ws.iter_layers(ws.project("News").id, annotator="asha", status=None)
        assert [text[s.start : s.end] for s in layer.spans] == ["পুতিনে"]
