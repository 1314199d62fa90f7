"""The File and Team menus: each item opens its dialog on the window's project, and
what the dialog changes (imported documents, a saved schema) shows in the window."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from annotator.gui.actions import ActionId
from annotator.model import Status
from annotator.service import Workspace
from annotator.service.assignment import set_independent


def opened(qtbot, kind: type[QDialog]) -> QDialog:
    """The visible top-level dialog of ``kind`` (waiting for it to show)."""
    found: list[QDialog] = []

    def shown() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=3000)
    return found[-1]


def menu_texts(window, title: str) -> list[str]:
    menu = window.menus[title]
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_file_and_team_menus_list_the_dialogs(window) -> None:
    assert menu_texts(window, "&File")[:4] == [
        "Open database…",
        "Recent databases",
        "Import…",
        "Export…",
    ]
    assert menu_texts(window, "&Team") == [
        "Label schema…",
        "Agreement report…",
        "Curate this document…",
        "Independent annotation (hide others' layers)",
    ]


def test_export_opens_the_export_dialog_on_the_current_project(qtbot, window) -> None:
    from annotator.gui.dialogs.export_dialog import ExportDialog

    window.acts[ActionId.EXPORT].trigger()
    dialog = opened(qtbot, ExportDialog)
    assert dialog.project.currentText() == "News"
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_import_through_the_dialog_refreshes_the_document_list(
    qtbot, window, tmp_path: Path
) -> None:
    from annotator.gui.dialogs.import_dialog import ImportDialog

    source = tmp_path / "new.jsonl"
    row = {"id": "n1", "text": "ঢাকায় আজ রোদ।", "entities": []}
    source.write_text(json.dumps(row, ensure_ascii=False) + "\n", "utf-8")
    assert window.doc_model.rowCount() == 3
    window.acts[ActionId.IMPORT].trigger()
    dialog = opened(qtbot, ImportDialog)
    assert dialog.project.currentText() == "News"
    assert dialog.annotator.text() == "asha"
    dialog.paths.setText(str(source))
    dialog.format.setCurrentText("doccano")
    dialog.preview_button.click()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: window.doc_model.rowCount() == 4, timeout=10000)
    titles = [window.doc_model.summary(i).external_id for i in range(4)]
    assert "n1" in titles
    assert window.status.progress.text() == "0 of 4 done"
    dialog.close()


def test_import_into_a_new_project_offers_the_project_box(qtbot, window, tmp_path) -> None:
    from annotator.gui.dialogs.import_dialog import ImportDialog

    source = tmp_path / "other.jsonl"
    source.write_text(json.dumps({"id": "o1", "text": "মেঘ।", "entities": []}) + "\n", "utf-8")
    assert not window.project_box.isVisible()
    window.acts[ActionId.IMPORT].trigger()
    dialog = opened(qtbot, ImportDialog)
    dialog.paths.setText(str(source))
    dialog.format.setCurrentText("doccano")
    dialog.project.setCurrentText("Other")
    dialog.preview_button.click()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10000)
    dialog.import_button.click()
    qtbot.waitUntil(window.project_box.isVisible, timeout=10000)
    names = [window.project_box.itemText(i) for i in range(window.project_box.count())]
    assert sorted(names) == ["News", "Other"]
    assert window.project.name == "News"  # the window stays where the user was
    dialog.close()


def test_schema_editor_save_updates_the_palette(qtbot, window) -> None:
    from annotator.gui.team import SchemaEditorDialog

    window.acts[ActionId.SCHEMA_EDITOR].trigger()
    dialog = opened(qtbot, SchemaEditorDialog)
    row = [e.name for e in dialog.labels.entries].index("PER")
    dialog.labels.setData(dialog.labels.index(row, 0), "PERSON")
    assert dialog.save()
    qtbot.waitUntil(lambda: "PERSON" in window.label_palette.buttons)
    assert "PER" not in window.label_palette.buttons
    assert "Label PERSON" in [a.text() for a in window.label_menu.actions()]


def finish_both(db: Path, external_id: str) -> int:
    """asha and bina both label doc-1 (one label differs) and mark it done."""
    with Workspace(str(db)) as ws:
        project = ws.project("News")
        doc = ws.document_by_external_id(int(project.id), external_id)
        first_word = len(doc.text.split()[0])
        for name, label in (("asha", "LOC"), ("bina", "GPE")):
            ws.create_span(int(doc.id), name, label, 0, first_word)
            ws.set_status(int(doc.id), name, Status.DONE)
        return int(doc.id)


def test_agreement_report_opens_the_document_double_clicked(qtbot, make_window, news_db) -> None:
    from annotator.gui.team import AgreementDialog

    doc_id = finish_both(news_db, "doc-1")
    window = make_window(news_db)
    assert window.session.document.external_id == "doc-0"
    window.acts[ActionId.AGREEMENT].trigger()
    dialog = opened(qtbot, AgreementDialog)
    assert dialog.project.name == "News"
    assert dialog.documents.rowCount() == 1
    dialog.document_view.doubleClicked.emit(dialog.documents.index(0, 1))
    assert int(window.session.document.id) == doc_id
    dialog.close()


def test_curation_opens_for_the_open_document_unless_independent(
    qtbot, make_window, news_db
) -> None:
    from annotator.gui.team import CurationDialog

    doc_id = finish_both(news_db, "doc-0")
    window = make_window(news_db)
    window.acts[ActionId.CURATION].trigger()
    dialog = opened(qtbot, CurationDialog)
    assert int(dialog.document.id) == doc_id
    assert dialog.spans.annotators == ["asha", "bina"]
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    window.acts[ActionId.INDEPENDENT].trigger()  # the checkable Team menu item
    with Workspace(str(news_db)) as ws:
        assert ws.project("News").independent
    assert window.commands.curation() is None  # bina's layer stays hidden from asha
    assert "independent annotation" in window.statusBar().currentMessage()
    window.set_annotator("gold")  # the curator sees every layer
    assert window.commands.curation() is not None


def test_independent_menu_item_follows_the_project(qtbot, make_window, news_db) -> None:
    with Workspace(str(news_db)) as ws:
        set_independent(ws, "News", True)
    window = make_window(news_db)
    assert window.acts[ActionId.INDEPENDENT].isChecked()
