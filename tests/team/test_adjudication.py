"""Adjudication into the gold layer: accept one version, accept all agreed, idempotent."""

from __future__ import annotations

import json

from team_helpers import LETTERS, add_document, annotate, tok

from annotator.cli.main import main
from annotator.model import Status
from annotator.service.adjudication import (
    GOLD,
    accept_agreed,
    accept_relation,
    accept_span,
    curation,
)


def _two_layers(ws):
    doc = add_document(ws, LETTERS, "d1")
    a = annotate(
        ws,
        doc,
        "a",
        [("PER", tok(0, 1)), ("QUOTE", tok(5, 7)), ("ORG", tok(9))],
        [("speaker", 1, 0)],
    )
    b = annotate(
        ws,
        doc,
        "b",
        [("PER", tok(0, 1)), ("QUOTE", tok(5, 7)), ("GPE", tok(9))],
        [("speaker", 1, 0)],
    )
    return doc, a, b


def test_curation_marks_agreed_and_disputed_spans(workspace) -> None:
    doc, _a, _b = _two_layers(workspace)
    items = curation(workspace, doc)
    rows = [(i.label, i.start, i.annotators, i.agreed) for i in items]
    assert rows == [
        ("PER", 0, ("a", "b"), True),
        ("QUOTE", 10, ("a", "b"), True),
        ("GPE", 18, ("b",), False),
        ("ORG", 18, ("a",), False),
    ]


def test_accept_agreed_takes_spans_and_relations_both_share(workspace) -> None:
    doc, _a, _b = _two_layers(workspace)
    changes = accept_agreed(workspace, doc)
    assert sorted(s.label for s in changes.spans_added) == ["PER", "QUOTE"]
    assert len(changes.relations_added) == 1
    gold = workspace.layer(doc, GOLD)
    assert sorted((s.label, s.start, s.end) for s in gold.spans) == [
        ("PER", 0, 3),
        ("QUOTE", 10, 15),
    ]
    assert [r.type for r in gold.relations] == ["speaker"]
    # Again: nothing more.
    again = accept_agreed(workspace, doc)
    assert again.spans_added == () and again.relations_added == ()
    assert len(workspace.layer(doc, GOLD).spans) == 2
    assert all(i.in_gold == i.agreed for i in curation(workspace, doc))


def test_accept_one_version_of_a_disputed_span(workspace) -> None:
    _doc, _a, b = _two_layers(workspace)
    gold_span, changes = accept_span(workspace, b[2])  # b's GPE, not a's ORG
    assert (gold_span.annotator, gold_span.label) == (GOLD, "GPE")
    assert changes.spans_added == (gold_span,)
    same, again = accept_span(workspace, b[2])
    assert same.id == gold_span.id and again.spans_added == ()


def test_accept_relation_brings_its_spans(workspace) -> None:
    doc, _a, _b = _two_layers(workspace)
    relation = workspace.layer(doc, "a").relations[0]
    changes = accept_relation(workspace, relation.id)
    assert len(changes.spans_added) == 2 and len(changes.relations_added) == 1
    gold = workspace.layer(doc, GOLD)
    by_id = {s.id: s.label for s in gold.spans}
    rel = gold.relations[0]
    assert (by_id[rel.from_span], by_id[rel.to_span]) == ("QUOTE", "PER")
    assert accept_relation(workspace, relation.id).relations_added == ()


def test_gold_exports_and_adjudicate_command(workspace, db_path, tmp_path, capsys) -> None:
    doc, _a, _b = _two_layers(workspace)
    workspace.close()
    assert main(["--db", str(db_path), "adjudicate", "--project", "P"]) == 0
    assert "accepted 2 agreed spans and 1 relations" in capsys.readouterr().out
    from annotator.service import Workspace

    with Workspace(str(db_path)) as ws:
        ws.set_status(doc, GOLD, Status.DONE)
    out = tmp_path / "gold.jsonl"
    assert main(["--db", str(db_path), "export", "-o", str(out), "--project", "P", "--gold"]) == 0
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 1 and lines[0]["annotator"] == GOLD
    assert sorted(s["label"] for s in lines[0]["spans"]) == ["PER", "QUOTE"]
    assert lines[0]["relations"][0]["type"] == "speaker"


def test_accepting_another_version_replaces_the_one_in_gold(workspace) -> None:
    doc, a, b = _two_layers(workspace)
    accept_span(workspace, a[2])  # a's ORG on the last token
    _gold, changes = accept_span(workspace, b[2], replace=True)  # no: b's GPE there
    assert [s.label for s in changes.spans_removed] == ["ORG"]
    assert [s.label for s in workspace.layer(doc, GOLD).spans if s.start == 18] == ["GPE"]
    # Same label, other boundaries: PER t0-t1 in gold, a longer PER from c replaces it.
    accept_span(workspace, a[0])
    c = annotate(workspace, doc, "c", [("PER", tok(0, 2))])
    accept_span(workspace, c[0], replace=True)
    pers = [(s.start, s.end) for s in workspace.layer(doc, GOLD).spans if s.label == "PER"]
    assert pers == [tok(0, 2)]
    # Without replace, accepting adds alongside (the curator may want both).
    accept_span(workspace, a[0])
    assert len([s for s in workspace.layer(doc, GOLD).spans if s.label == "PER"]) == 2
