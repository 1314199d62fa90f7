"""Undoing a curation edit through the service: revert, then revert the revert."""

from __future__ import annotations

from annotator.model import DocumentRecord
from annotator.service import Workspace, import_records
from annotator.service.adjudication import GOLD, accept_relation, revert

TEXT = "কিম জং উন বলেন, আমরা পাশে আছি।"


def test_revert_undoes_and_its_revert_redoes(workspace: Workspace) -> None:
    import_records(workspace, [DocumentRecord(TEXT, "d1")], project="News")
    doc = workspace.document_by_external_id(workspace.project("News").id, "d1")
    kim = workspace.create_span(doc.id, "a", "PER", 0, TEXT.index(" বলেন")).span
    quote_start = TEXT.index("আমরা")
    quote = workspace.create_span(doc.id, "a", "QUOTE", quote_start, len(TEXT)).span
    assert kim is not None and quote is not None
    link = workspace.create_relation("speaker", quote.id, kim.id, "a").relation
    assert link is not None

    accepted = accept_relation(workspace, link.id)  # both spans and the link into gold
    gold = workspace.layer(doc.id, GOLD)
    assert (len(gold.spans), len(gold.relations)) == (2, 1)

    undone = revert(workspace, accepted)
    gold = workspace.layer(doc.id, GOLD)
    assert (gold.spans, gold.relations) == ((), ())
    assert len(undone.spans_removed) == 2 and len(undone.relations_removed) == 1

    revert(workspace, undone)
    gold = workspace.layer(doc.id, GOLD)
    assert sorted((s.label, s.start, s.end) for s in gold.spans) == sorted(
        (s.label, s.start, s.end) for s in (kim, quote)
    )
    (relation,) = gold.relations
    assert relation.type == "speaker"
    assert {relation.from_span, relation.to_span} == {s.id for s in gold.spans}
