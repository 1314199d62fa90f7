"""Split quotes and referents through the Workspace: validated, stored, undoable."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from annotator.model import Document, DocumentRecord
from annotator.service import ServiceError, Workspace, import_records

TEXT = "‘আমরা প্রস্তুত,’ তিনি বলেন, ‘কিন্তু সময় লাগবে।’ কিম জং উন আরও বলেন, কিম খুশি। স্ত্রী"
WHO = "rina"


def at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace(str(tmp_path / "attr.sqlite3"))
    import_records(workspace, [DocumentRecord(text=TEXT, external_id="d")], project="P")
    yield workspace
    workspace.close()


@pytest.fixture
def doc(ws: Workspace) -> Document:
    return ws.document_by_external_id(ws.project("P").id, "d")


def test_a_split_quote_is_built_with_add_fragment_and_undone(ws: Workspace, doc: Document) -> None:
    first, second = at("আমরা প্রস্তুত,"), at("কিন্তু সময় লাগবে।")
    quote = ws.create_span(doc.id, WHO, "QUOTE", *first).span
    assert quote is not None
    changes = ws.add_fragment(quote.id, WHO, *second)
    before, after = changes.spans_updated[0]
    assert before.fragments == () and after.fragments == (first, second)
    assert (after.start, after.end) == (first[0], second[1])
    stored = ws.layer(doc.id, WHO).spans[0]
    assert stored.fragments == (first, second) and stored.version == 2
    assert TEXT[stored.start : stored.end].startswith("আমরা")
    # Undo: the previous pieces restore the plain span.
    ws.set_fragments(quote.id, WHO, before.pieces)
    assert ws.layer(doc.id, WHO).spans[0].fragments == ()
    assert ws.layer(doc.id, WHO).spans[0].end == first[1]


def test_removing_a_fragment_leaves_a_plain_span(ws: Workspace, doc: Document) -> None:
    first, second = at("আমরা প্রস্তুত,"), at("কিন্তু সময় লাগবে।")
    quote = ws.create_span(doc.id, WHO, "QUOTE", *first).span
    assert quote is not None
    ws.add_fragment(quote.id, WHO, *second)
    after = ws.remove_fragment(quote.id, WHO, second[0], second[0] + 1).spans_updated[0][1]
    assert after.fragments == () and (after.start, after.end) == first
    with pytest.raises(ServiceError, match="only one part"):
        ws.remove_fragment(quote.id, WHO, *first)


def test_bad_fragments_are_refused(ws: Workspace, doc: Document) -> None:
    first = at("আমরা প্রস্তুত,")
    quote = ws.create_span(doc.id, WHO, "QUOTE", *first).span
    assert quote is not None
    with pytest.raises(ServiceError, match="overlaps"):
        ws.add_fragment(quote.id, WHO, first[0] + 2, first[1] + 3)
    star = at("স্ত্রী")
    with pytest.raises(ServiceError, match="grapheme cluster"):
        ws.add_fragment(quote.id, WHO, star[0], star[0] + 2)
    assert ws.layer(doc.id, WHO).spans[0].fragments == ()


def test_touching_piece_merges(ws: Workspace, doc: Document) -> None:
    first, second = at("আমরা প্রস্তুত,"), at("কিন্তু সময় লাগবে।")
    quote = ws.create_span(doc.id, WHO, "QUOTE", *first).span
    assert quote is not None
    ws.add_fragment(quote.id, WHO, *second)
    span = ws.add_fragment(quote.id, WHO, second[1], second[1] + 1).spans_updated[0][1]
    assert span.fragments == (first, (second[0], second[1] + 1))


def test_resizing_a_split_span_moves_its_outer_ends(ws: Workspace, doc: Document) -> None:
    first, second = at("আমরা প্রস্তুত,"), at("কিন্তু সময় লাগবে।")
    quote = ws.create_span(doc.id, WHO, "QUOTE", *first).span
    assert quote is not None
    ws.add_fragment(quote.id, WHO, *second)
    after = ws.update_span(quote.id, WHO, end=second[1] - 1).spans_updated[0][1]
    assert after.fragments == (first, (second[0], second[1] - 1))
    with pytest.raises(ServiceError, match="remove the fragment first"):
        ws.update_span(quote.id, WHO, start=second[0])


def test_same_as_joins_a_pronoun_to_the_named_person(ws: Workspace, doc: Document) -> None:
    pronoun = ws.create_span(doc.id, WHO, "MENTION", *at("তিনি")).span
    kim = ws.create_span(doc.id, WHO, "PER", *at("কিম জং উন")).span
    short = ws.create_span(doc.id, WHO, "PER", *at("কিম", 1)).span
    assert pronoun and kim and short
    changes = ws.join_referent(pronoun.id, kim.id, WHO)
    assert changes.referents_before == ()
    (ref,) = changes.referents_after or ()
    assert ref.name == "কিম জং উন" and ref.label == "PER" and not ref.named
    assert ref.mentions == (pronoun.id, kim.id)
    assert {a.id: a.referent for _b, a in changes.spans_updated} == {
        pronoun.id: ref.id,
        kim.id: ref.id,
    }
    ws.join_referent(short.id, pronoun.id, WHO)
    (ref,) = ws.referents(doc.id, WHO)
    assert ref.mentions == (pronoun.id, kim.id, short.id)
    layer = ws.layer(doc.id, WHO)
    assert layer.referents == (ref,)
    assert {s.id: s.referent for s in layer.spans} == dict.fromkeys(ref.mentions, ref.id)


def test_rename_leave_and_restore(ws: Workspace, doc: Document) -> None:
    pronoun = ws.create_span(doc.id, WHO, "MENTION", *at("তিনি")).span
    kim = ws.create_span(doc.id, WHO, "PER", *at("কিম", 1)).span
    assert pronoun and kim
    joined = ws.join_referent(pronoun.id, kim.id, WHO)
    rid = joined.referents_after[0].id  # type: ignore[index]
    renamed = ws.rename_referent(rid, WHO, "  কিম জং উন ").referents_after
    assert renamed and renamed[0].name == "কিম জং উন" and renamed[0].named
    left = ws.leave_referent(pronoun.id, WHO)
    # One mention left and a name set: the referent stays.
    assert [r.mentions for r in left.referents_after or ()] == [(kim.id,)]
    # Undo of the leave: restore the snapshot from before it.
    ws.restore_referents(doc.id, WHO, left.referents_before or ())
    (back,) = ws.referents(doc.id, WHO)
    assert back.mentions == (pronoun.id, kim.id) and back.name == "কিম জং উন"
    ws.rename_referent(back.id, WHO, "")
    ws.leave_referent(pronoun.id, WHO)
    assert ws.referents(doc.id, WHO) == []  # one mention, no name: nothing left to say


def test_merging_two_referents(ws: Workspace, doc: Document) -> None:
    a = ws.create_span(doc.id, WHO, "MENTION", *at("তিনি")).span
    b = ws.create_span(doc.id, WHO, "PER", *at("কিম জং উন")).span
    c = ws.create_span(doc.id, WHO, "PER", *at("কিম", 1)).span
    d = ws.create_span(doc.id, WHO, "PER", *at("কিম", 0)).span
    assert a and b and c and d
    ws.join_referent(a.id, b.id, WHO)
    ws.join_referent(c.id, d.id, WHO)
    assert len(ws.referents(doc.id, WHO)) == 2
    ws.join_referent(c.id, a.id, WHO)
    (ref,) = ws.referents(doc.id, WHO)
    assert set(ref.mentions) == {a.id, b.id, c.id, d.id}


def test_referents_refuse_non_mentions_and_deleted_mentions_drop_out(
    ws: Workspace, doc: Document
) -> None:
    quote = ws.create_span(doc.id, WHO, "QUOTE", *at("আমরা প্রস্তুত,")).span
    kim = ws.create_span(doc.id, WHO, "PER", *at("কিম জং উন")).span
    pronoun = ws.create_span(doc.id, WHO, "MENTION", *at("তিনি")).span
    assert quote and kim and pronoun
    with pytest.raises(ServiceError, match="only entity mentions"):
        ws.join_referent(quote.id, kim.id, WHO)
    with pytest.raises(ServiceError, match="itself"):
        ws.join_referent(kim.id, kim.id, WHO)
    joined = ws.join_referent(pronoun.id, kim.id, WHO).referents_after
    changes = ws.delete_span(pronoun.id, WHO)
    assert ws.referents(doc.id, WHO) == []  # a lone unnamed mention says nothing
    # The deletion says so, with what undo needs to put the mention back in its referent.
    assert changes.referents_before == joined and changes.referents_after == ()
    ((before, after),) = changes.spans_updated
    assert before.id == after.id == kim.id and before.referent is not None
    assert after.referent is None
    # ... which restore_referents does once the mention is back (undo's way).
    back = ws.create_span(doc.id, WHO, "MENTION", *at("তিনি")).span
    assert back is not None and joined is not None
    (referent,) = joined
    mentions = tuple(back.id if m == pronoun.id else m for m in referent.mentions)
    ws.restore_referents(doc.id, WHO, [replace(referent, mentions=mentions)])
    assert set(ws.referents(doc.id, WHO)[0].mentions) == {kim.id, back.id}


def test_edits_are_logged(ws: Workspace, doc: Document) -> None:
    from sqlalchemy import select

    from annotator.storage.orm import HistoryRow

    pronoun = ws.create_span(doc.id, WHO, "MENTION", *at("তিনি")).span
    kim = ws.create_span(doc.id, WHO, "PER", *at("কিম জং উন")).span
    assert pronoun and kim
    ws.join_referent(pronoun.id, kim.id, WHO)
    with ws.db.reading() as s:
        row = s.scalars(select(HistoryRow).order_by(HistoryRow.id.desc())).first()
    assert row is not None and (row.action, row.entity) == ("join", "referent")
    assert row.after == {
        "referents": [{"id": row.entity_id, "name": "", "mentions": [pronoun.id, kim.id]}]
    }


def test_a_mention_in_a_referent_keeps_an_entity_label(ws: Workspace, doc: Document) -> None:
    pronoun = ws.create_span(doc.id, WHO, "MENTION", *at("তিনি")).span
    kim = ws.create_span(doc.id, WHO, "PER", *at("কিম জং উন")).span
    assert pronoun and kim
    ws.join_referent(pronoun.id, kim.id, WHO)
    assert ws.update_span(pronoun.id, WHO, label="ORG").spans_updated  # still an entity
    with pytest.raises(ServiceError, match="take it out of its referent first"):
        ws.update_span(pronoun.id, WHO, label="QUOTE")


def test_db_check_finds_a_damaged_split_span(ws: Workspace, doc: Document, capsys) -> None:
    from sqlalchemy import update

    from annotator.cli.main import main
    from annotator.storage.orm import SpanRow

    first, second = at("আমরা প্রস্তুত,"), at("কিন্তু সময় লাগবে।")
    quote = ws.create_span(doc.id, WHO, "QUOTE", *first).span
    assert quote is not None
    ws.add_fragment(quote.id, WHO, *second)
    url = ws.url
    assert main(["--db", url, "db", "check"]) == 0
    with ws.db.writing() as s:  # a fragment that cuts the cluster কি, written behind our back
        s.execute(
            update(SpanRow)
            .where(SpanRow.id == quote.id)
            .values(fragments=[list(first), [second[0] + 1, second[1]]])
        )
    capsys.readouterr()
    assert main(["--db", url, "db", "check"]) == 2
    assert f"span {quote.id}: fragment 2" in capsys.readouterr().out
