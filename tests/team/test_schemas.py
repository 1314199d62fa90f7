"""Label schemas: export/import files, rename keeps spans, deleting a used label asks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from team_helpers import LETTERS, add_document, annotate, tok

from annotator.cli.main import main
from annotator.model import SchemaError, default_schema, schema_to_dict
from annotator.service import ServiceError
from annotator.service.schemas import (
    LabelInUseError,
    delete_label,
    export_schema,
    import_schema,
    label_usage,
    read_schema_file,
    rename_label,
    update_schema,
)


@pytest.fixture
def annotated(workspace):
    doc = add_document(workspace, LETTERS, "d1")
    annotate(
        workspace,
        doc,
        "a",
        [("PER", tok(0)), ("PER", tok(2)), ("QUOTE", tok(5, 7)), ("ORG", tok(9))],
        [("speaker", 2, 0)],
    )
    return workspace, doc


def test_export_then_import_creates_an_identical_project(workspace, tmp_path: Path) -> None:
    workspace.ensure_project("News")
    path = tmp_path / "schema.json"
    export_schema(workspace, path, "News")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == schema_to_dict(default_schema())
    change = import_schema(workspace, path, "Copy")
    assert change.created
    assert workspace.project("Copy").schema == workspace.project("News").schema


def test_rename_keeps_every_span_and_relation(annotated) -> None:
    ws, doc = annotated
    change = rename_label(ws, "P", "PER", "PERSON")
    assert change.labels_renamed == (("PER", "PERSON"),)
    layer = ws.layer(doc, "a")
    assert sorted(s.label for s in layer.spans) == ["ORG", "PERSON", "PERSON", "QUOTE"]
    assert len(layer.relations) == 1
    schema = ws.project("P").schema
    assert schema.label("PER") is None
    assert "PERSON" in schema.relation_type("speaker").targets
    # The renamed label is usable for new spans and links.
    ws.create_span(doc, "a", "PERSON", *tok(8))
    with pytest.raises(ServiceError, match="exists already"):
        rename_label(ws, "P", "ORG", "PERSON")


def test_swapping_two_names_keeps_spans(annotated) -> None:
    ws, doc = annotated
    schema = ws.project("P").schema
    from dataclasses import replace

    from annotator.model import LabelSchema

    labels = tuple(
        replace(x, name={"PER": "ORG", "ORG": "PER"}.get(x.name, x.name)) for x in schema.labels
    )
    update_schema(
        ws,
        "P",
        LabelSchema(schema.name, labels, schema.relation_types),
        renames={"PER": "ORG", "ORG": "PER"},
        force=True,
    )
    labels_now = sorted(s.label for s in ws.layer(doc, "a").spans)
    assert labels_now == ["ORG", "ORG", "PER", "QUOTE"]


def test_deleting_a_used_label_says_how_many_spans_and_needs_force(annotated) -> None:
    ws, doc = annotated
    with pytest.raises(LabelInUseError, match="remove 2 spans") as info:
        delete_label(ws, "P", "PER")
    assert (info.value.spans, info.value.relations) == (2, 1)
    assert len(ws.layer(doc, "a").spans) == 4  # nothing changed
    assert ws.project("P").schema.label("PER") is not None
    change = delete_label(ws, "P", "PER", force=True)
    assert (change.spans_removed, change.relations_removed) == (2, 1)
    layer = ws.layer(doc, "a")
    assert sorted(s.label for s in layer.spans) == ["ORG", "QUOTE"]
    assert layer.relations == ()
    assert "PER" not in label_usage(ws, "P")


def test_deleting_an_unused_label_needs_no_confirmation(annotated) -> None:
    ws, _doc = annotated
    change = delete_label(ws, "P", "EVENT")
    assert change.labels_removed == ("EVENT",)
    assert change.spans_removed == 0


def test_import_updates_an_existing_project_and_refuses_silent_loss(
    annotated, tmp_path: Path
) -> None:
    ws, doc = annotated
    data = schema_to_dict(ws.project("P").schema)
    data["labels"] = [x for x in data["labels"] if x["name"] != "ORG"]
    data["labels"].append({"name": "MISC", "kind": "entity", "color": "#123456", "key": "m"})
    for rel in data["relation_types"]:
        rel["targets"] = [t for t in rel["targets"] if t != "ORG"]
    path = tmp_path / "new.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LabelInUseError, match="1 spans"):
        import_schema(ws, path, "P")
    change = import_schema(ws, path, "P", force=True)
    assert change.labels_added == ("MISC",)
    assert change.labels_removed == ("ORG",)
    assert [s.label for s in ws.layer(doc, "a").spans].count("ORG") == 0


def test_duplicate_keys_are_refused_with_the_file_name(tmp_path: Path) -> None:
    data = schema_to_dict(default_schema())
    data["labels"][1]["key"] = data["labels"][0]["key"]
    path = tmp_path / "dup.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SchemaError, match=r"dup\.json: key '1' is used by both PER and ORG"):
        read_schema_file(path)
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "labels": [\n}', encoding="utf-8")
    with pytest.raises(SchemaError, match=r"bad\.json:3: malformed JSON"):
        read_schema_file(bad)


def test_schema_commands(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "t.sqlite3")
    out = tmp_path / "s.json"
    assert (
        main(["--db", db, "schema", "import", str(_default_file(tmp_path)), "--project", "News"])
        == 0
    )
    assert (
        f"created project 'News' with {len(default_schema().labels)} labels"
        in capsys.readouterr().out
    )
    assert main(["--db", db, "schema", "export", str(out), "--project", "News"]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == schema_to_dict(default_schema())
    assert main(["--db", db, "schema", "rename-label", "--project", "News", "LOC", "PLACE"]) == 0
    assert "renamed LOC to PLACE" in capsys.readouterr().out
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    assert main(["--db", db, "schema", "import", str(bad), "--project", "News"]) == 2
    assert f"{bad}:1: a schema file holds one JSON object" in capsys.readouterr().err


def _default_file(tmp_path: Path) -> Path:
    path = tmp_path / "default.json"
    path.write_text(json.dumps(schema_to_dict(default_schema())), encoding="utf-8")
    return path
