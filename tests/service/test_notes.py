"""Notes on spans and documents: stored with author and time, exported in native JSONL
("note" on spans, "notes" on the record), read back on import, searchable."""

from __future__ import annotations

import io
import json

from annotator.cli.main import main
from annotator.formats.native import write_jsonl
from annotator.model import DocumentRecord, SpanRecord, Status
from annotator.service import Workspace, import_records
from annotator.service.notes import (
    add_document_note,
    edit_document_note,
    layer_notes,
    search_notes,
    set_span_note,
)

TEXT = "কিম জং উন বলেন, যুদ্ধ শেষ হবে।"


def _setup(ws: Workspace) -> tuple[int, int]:
    import_records(
        ws,
        [
            DocumentRecord(
                text=TEXT,
                external_id="d1",
                annotator="asha",
                status=Status.IN_PROGRESS,
                spans=(SpanRecord("s1", 0, 9, "PER"),),
            )
        ],
        project="News",
    )
    project = ws.project("News")
    doc = ws.document_by_external_id(int(project.id), "d1")
    (span,) = ws.layer(int(doc.id), "asha").spans
    return int(doc.id), int(span.id)


def test_a_note_survives_export_and_import(workspace, db_path, tmp_path, capsys) -> None:
    doc_id, span_id = _setup(workspace)
    set_span_note(workspace, span_id, "asha", "unsure: is this the speaker?")
    add_document_note(workspace, doc_id, "asha", "byline missing")
    layer = workspace.layer(doc_id, "asha")
    out = io.StringIO()
    write_jsonl([layer], out)
    record = json.loads(out.getvalue())
    assert record["spans"][0]["note"] == "unsure: is this the speaker?"
    (note,) = record["notes"]
    assert (note["text"], note["author"]) == ("byline missing", "asha")
    assert note["time"].endswith("+00:00")
    path, other_db = tmp_path / "out.jsonl", tmp_path / "other.sqlite3"
    workspace.close()
    args = ["--db", str(db_path), "export", "--project", "News", "-o", str(path)]
    assert main([*args, "--status", "any"]) == 0
    assert main(["--db", str(other_db), "import", str(path), "--project", "Copy"]) == 0
    capsys.readouterr()
    with Workspace(str(other_db)) as other:
        copy = other.document_by_external_id(int(other.project("Copy").id), "d1")
        notes = layer_notes(other, int(copy.id), "asha")
        assert sorted(n.text for n in notes) == ["byline missing", "unsure: is this the speaker?"]
        assert next(n for n in notes if n.span_id is None).time == note["time"]


def test_span_note_is_replaced_and_removed_and_document_notes_are_searchable(workspace) -> None:
    doc_id, span_id = _setup(workspace)
    set_span_note(workspace, span_id, "asha", "first")
    set_span_note(workspace, span_id, "ravi", "second")
    (note,) = layer_notes(workspace, doc_id, "asha")
    assert (note.text, note.author, note.span_id) == ("second", "ravi", span_id)
    set_span_note(workspace, span_id, "asha", "  ")
    assert layer_notes(workspace, doc_id, "asha") == ()
    added = add_document_note(workspace, doc_id, "asha", "ask the editor about 100%_ rule")
    found = search_notes(workspace, int(workspace.project("News").id), "100%_")
    assert [(ext, n.text) for _, ext, n in found] == [("d1", added.text)]
    assert search_notes(workspace, int(workspace.project("News").id), "editorx") == []
    edit_document_note(workspace, added.id, "asha", "")
    assert layer_notes(workspace, doc_id, "asha") == ()


def test_deleting_a_span_removes_its_note(workspace) -> None:
    doc_id, span_id = _setup(workspace)
    set_span_note(workspace, span_id, "asha", "x")
    workspace.delete_span(span_id, "asha")
    assert layer_notes(workspace, doc_id, "asha") == ()


def test_brat_writes_a_span_note_as_annotator_notes_and_reads_it_back(workspace) -> None:
    from annotator.formats.brat import ann_lines, parse_ann

    doc_id, span_id = _setup(workspace)
    set_span_note(workspace, span_id, "asha", "unsure:\nspeaker = Kim?")
    lines = ann_lines(workspace.layer(doc_id, "asha"))
    assert "#1\tAnnotatorNotes T1\tunsure: speaker = Kim?" in lines
    record = parse_ann(TEXT, "\n".join(lines), "d1.ann", "d1")
    assert record.spans[0].note == "unsure: speaker = Kim?"
    assert record.spans[0].attrs == {}
