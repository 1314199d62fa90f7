"""Every edit of a layer answers with the layer's state after it, and the status rule
(the first edit makes a new document "in progress") exists once, in the model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.model import Document, DocumentRecord, Status
from annotator.service import Changes, Workspace, import_records

TEXT = "কিম জং উন বলেন, আমরা পাশে আছি। পুতিন বলেন, ঠিক আছে।"
WHO = "rina"
ANNOTATOR = Path(__file__).resolve().parents[2] / "annotator"


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace(str(tmp_path / "state.sqlite3"))
    import_records(workspace, [DocumentRecord(text=TEXT, external_id="d")], project="P")
    yield workspace
    workspace.close()


@pytest.fixture
def doc(ws: Workspace) -> Document:
    return ws.document_by_external_id(ws.project("P").id, "d")


def _edits(ws: Workspace, doc: Document) -> list[tuple[str, Changes]]:
    """One of each layer edit, in an order that keeps each possible."""
    out: list[tuple[str, Changes]] = []
    kim = ws.create_span(doc.id, WHO, "PER", *at("কিম জং উন"))
    out.append(("create_span", kim))
    assert kim.span is not None
    quote = ws.create_span(doc.id, WHO, "QUOTE", *at("আমরা পাশে আছি"))
    assert quote.span is not None
    putin = ws.create_span(doc.id, WHO, "PER", *at("পুতিন"))
    assert putin.span is not None
    out.append(("update_span", ws.update_span(putin.span.id, WHO, label="ORG")))
    link = ws.create_relation("speaker", quote.span.id, kim.span.id, WHO)
    out.append(("create_relation", link))
    assert link.relation is not None
    out.append(("delete_relation", ws.delete_relation(link.relation.id, WHO)))
    out.append(("delete_span", ws.delete_span(putin.span.id, WHO)))
    return out


def test_every_edit_carries_the_layers_new_state(ws: Workspace, doc: Document) -> None:
    """The first edit of a new layer says "in progress" at once; each later one carries
    the state too, so no face works the status out for itself."""
    for name, changes in _edits(ws, doc):
        assert changes.state is not None, name
        assert (changes.state.document_id, changes.state.annotator) == (doc.id, WHO), name
        assert changes.state.status is Status.IN_PROGRESS, name
        assert changes.touches(int(doc.id), WHO), name
    assert ws.layer(doc.id, WHO).status is Status.IN_PROGRESS


def test_an_edit_of_a_done_layer_leaves_it_done(ws: Workspace, doc: Document) -> None:
    ws.set_status(doc.id, WHO, Status.DONE)
    for name, changes in _edits(ws, doc):
        assert changes.state is not None and changes.state.status is Status.DONE, name
    assert ws.layer(doc.id, WHO).status is Status.DONE


def test_a_deletion_on_a_new_layer_is_an_edit_too(ws: Workspace, doc: Document) -> None:
    """A layer set back to "new" that loses a span: it is in progress again."""
    span = ws.create_span(doc.id, WHO, "PER", *at("কিম জং উন")).span
    assert span is not None
    ws.set_status(doc.id, WHO, Status.NEW)
    changes = ws.delete_span(span.id, WHO)
    assert changes.state is not None and changes.state.status is Status.IN_PROGRESS


def test_the_status_rule_exists_once() -> None:
    """Only ``Status.after_edit`` turns a layer "in progress" because of an edit; the
    other mentions are the list's name for it, the unfinished filter and the user's own
    "Mark in progress" button."""
    allowed = {
        "model/types.py",
        "gui/document_list.py",
        "gui/navigation.py",
        "gui/flow_commands.py",
    }
    found = {
        str(path.relative_to(ANNOTATOR))
        for path in ANNOTATOR.rglob("*.py")
        if "IN_PROGRESS" in path.read_text(encoding="utf-8")
    }
    assert found <= allowed, found - allowed
    assert Status.NEW.after_edit() is Status.IN_PROGRESS
    assert {s.after_edit() for s in Status if s is not Status.NEW} == set(Status) - {Status.NEW}


def test_merged_changes_are_net(ws: Workspace, doc: Document) -> None:
    """A use-case of several steps answers with what changed in the end, so a face
    applying it shows each span once: added then split is one added span (split);
    changed twice is one change from the first to the last version; added then deleted
    is nothing."""
    made = ws.create_span(doc.id, WHO, "QUOTE", at("আমরা")[0], at("আছি")[1])
    assert made.span is not None
    split = ws.set_fragments(made.span.id, WHO, [at("আমরা"), at("আছি")])
    both = made.merge(split)
    assert both.spans_updated == () and len(both.spans_added) == 1
    assert both.spans_added[0].fragments == (at("আমরা"), at("আছি"))

    per = ws.create_span(doc.id, WHO, "PER", *at("পুতিন")).span
    assert per is not None
    first = ws.update_span(per.id, WHO, label="ORG")
    second = ws.update_span(per.id, WHO, label="GPE")
    ((before, after),) = first.merge(second).spans_updated
    assert (before.label, after.label) == ("PER", "GPE")

    gone = ws.create_span(doc.id, WHO, "PER", *at("কিম জং উন"))
    assert gone.span is not None
    undone = gone.merge(ws.delete_span(gone.span.id, WHO))
    assert (undone.spans_added, undone.spans_removed) == ((), ())
