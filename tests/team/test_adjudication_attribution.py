"""Adjudication takes split quotes, cues and referents like any other part of a layer."""

from __future__ import annotations

from team_helpers import add_document, annotate

from annotator.service.adjudication import GOLD, accept_agreed, accept_referent, curation

TEXT = "কিম জং উন বলেন, ‘আমরা প্রস্তুত।’ ‘সময় লাগবে,’ তিনি জানান, ‘কিন্তু আমরা যাব।’"


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def _layer(ws, doc: int, who: str, *, split: bool = True, same_as: bool = True) -> list[int]:
    """কিম, তিনি, a quote split around "তিনি জানান" with its cue and speaker তিনি."""
    ids = annotate(
        ws,
        doc,
        who,
        [
            ("PER", at("কিম জং উন")),
            ("MENTION", at("তিনি")),
            ("QUOTE", at("সময় লাগবে")),
            ("CUE", at("জানান")),
        ],
        [("speaker", 2, 1), ("cue", 2, 3)],
    )
    if split:
        ws.add_fragment(ids[2], who, *at("কিন্তু আমরা যাব"))
    if same_as:
        ws.join_referent(ids[1], ids[0], who)
    return ids


def test_accept_agreed_takes_split_quote_cue_and_referent(workspace) -> None:
    doc = add_document(workspace, TEXT, "d")
    _layer(workspace, doc, "a")
    _layer(workspace, doc, "b")
    accept_agreed(workspace, doc)
    gold = workspace.layer(doc, GOLD)
    quote = next(s for s in gold.spans if s.label == "QUOTE")
    assert quote.fragments == (at("সময় লাগবে"), at("কিন্তু আমরা যাব"))
    assert sorted(r.type for r in gold.relations) == ["cue", "speaker"]
    (ref,) = gold.referents
    assert ref.name == "কিম জং উন" and len(ref.mentions) == 2
    # Again: nothing changes.
    accept_agreed(workspace, doc)
    assert workspace.layer(doc, GOLD) == gold


def test_a_split_and_an_unsplit_quote_are_two_versions(workspace) -> None:
    doc = add_document(workspace, TEXT, "d")
    _layer(workspace, doc, "a")
    _layer(workspace, doc, "b", split=False, same_as=False)
    quotes = [i for i in curation(workspace, doc) if i.label == "QUOTE"]
    assert [(i.annotators, i.agreed, bool(i.fragments)) for i in quotes] == [
        (("a",), False, True),
        (("b",), False, False),
    ]
    accept_agreed(workspace, doc)
    gold = workspace.layer(doc, GOLD)
    assert [s.label for s in gold.spans if s.label == "QUOTE"] == []
    assert gold.referents == ()  # only a joined তিনি and কিম


def test_accept_one_referent_with_its_name(workspace) -> None:
    doc = add_document(workspace, TEXT, "d")
    _layer(workspace, doc, "a")
    (ref,) = workspace.referents(doc, "a")
    workspace.rename_referent(ref.id, "a", "কিম জং উন (উত্তর কোরিয়া)")
    accept_referent(workspace, doc, "a", ref.id)
    (gold_ref,) = workspace.referents(doc, GOLD)
    assert gold_ref.name == "কিম জং উন (উত্তর কোরিয়া)" and gold_ref.named
    assert len(gold_ref.mentions) == 2
