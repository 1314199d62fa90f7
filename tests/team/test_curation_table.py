"""The curation table (a service use-case): one row per version of a span, a split
quote and the same range unsplit kept apart, gold-only spans listed, and gold edits
undone through the service with the split kept."""

from __future__ import annotations

from team_helpers import add_document, annotate

from annotator.service.adjudication import GOLD, Renamed, accept_agreed, accept_span, revert
from annotator.service.curation import curation_table

TEXT = "কিম বলেন, ‘সময় লাগবে,’ তিনি জানান, ‘কিন্তু আমরা যাব।’ ঢাকা শান্ত।"


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def _versions(workspace) -> tuple[int, int, int]:
    """a splits the quote around "তিনি জানান"; b marks the same outer range unsplit."""
    doc = add_document(workspace, TEXT, "d")
    first, last = at("সময় লাগবে"), at("কিন্তু আমরা যাব")
    (a_quote,) = annotate(workspace, doc, "a", [("QUOTE", (first[0], last[1]))])
    workspace.set_fragments(a_quote, "a", [first, last])
    (b_quote,) = annotate(workspace, doc, "b", [("QUOTE", (first[0], last[1]))])
    return doc, a_quote, b_quote


def test_split_and_unsplit_versions_are_two_rows(workspace) -> None:
    doc, a_quote, _b_quote = _versions(workspace)
    table = curation_table(workspace, doc)
    assert table.annotators == ("a", "b")
    quotes = [row for row in table.rows if row.label == "QUOTE"]
    assert [(r.start, r.end) for r in quotes] == [(quotes[0].start, quotes[0].end)] * 2
    assert sorted((tuple(r.spans), bool(r.fragments)) for r in quotes) == [
        (("a",), True),
        (("b",), False),
    ]
    assert all(not r.agreed and r.gold is None for r in quotes)
    assert table.disputed == {r.key for r in quotes}

    # Accepting a's split version puts gold on its row only.
    _gold, changes = accept_span(workspace, a_quote, replace=True)
    table = curation_table(workspace, doc)
    by_who = {tuple(r.spans): r for r in table.rows if r.label == "QUOTE"}
    assert by_who[("a",)].gold is not None and by_who[("a",)].gold.fragments
    assert by_who[("b",)].gold is None
    assert table.row_of(by_who[("a",)].key) != table.row_of(by_who[("b",)].key)

    # Undo through the service takes it out; redo brings it back split.
    undone = revert(workspace, changes)
    assert workspace.layer(doc, GOLD).spans == ()
    revert(workspace, undone)
    (again,) = workspace.layer(doc, GOLD).spans
    assert again.fragments == by_who[("a",)].gold.fragments


def test_gold_only_spans_and_relations_are_listed(workspace) -> None:
    doc = add_document(workspace, TEXT, "d")
    annotate(workspace, doc, "a", [("PER", at("কিম"))])
    annotate(workspace, doc, "b", [("PER", at("কিম"))])
    workspace.create_span(doc, GOLD, "LOC", *at("ঢাকা"))
    table = curation_table(workspace, doc)
    (per,) = [r for r in table.rows if r.label == "PER"]
    (loc,) = [r for r in table.rows if r.label == "LOC"]
    assert per.agreed and per.gold is None and set(per.spans) == {"a", "b"}
    assert loc.spans == {} and loc.gold is not None and not loc.agreed
    assert table.disputed == frozenset()


def test_a_removed_split_span_comes_back_split(workspace) -> None:
    doc, a_quote, _b = _versions(workspace)
    gold, _ = accept_span(workspace, a_quote)
    removed = workspace.delete_span(gold.id, GOLD)
    revert(workspace, removed)
    (back,) = workspace.layer(doc, GOLD).spans
    assert back.fragments == gold.fragments and back.id != gold.id


def test_undoing_a_referent_accept_unjoins_mentions_gold_had_already(workspace) -> None:
    """Gold has কিম and তিনি unjoined; "accept all agreed" joins them (both annotators
    did): undo leaves the two spans and takes the referent away, redo joins again."""
    doc = add_document(workspace, TEXT, "d")
    for name in ("a", "b"):
        kim, he = annotate(workspace, doc, name, [("PER", at("কিম")), ("MENTION", at("তিনি"))])
        workspace.join_referent(he, kim, name)
    for label, word in (("PER", "কিম"), ("MENTION", "তিনি")):
        workspace.create_span(doc, GOLD, label, *at(word))
    joined = accept_agreed(workspace, doc)
    assert len(workspace.referents(doc, GOLD)) == 1
    renamed = Renamed()
    undone = revert(workspace, joined, renamed=renamed)
    assert len(workspace.layer(doc, GOLD).spans) == 2
    assert workspace.referents(doc, GOLD) == []
    revert(workspace, undone, renamed=renamed)
    (ref,) = workspace.referents(doc, GOLD)
    assert len(ref.mentions) == 2
