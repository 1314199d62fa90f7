"""Attribution agreement, computed by hand: split quotes, cues, speakers by referent."""

from __future__ import annotations

from annotator.model import (
    Document,
    DocumentId,
    LabelKind,
    Layer,
    ProjectId,
    Referent,
    ReferentId,
    Relation,
    RelationId,
    Span,
    SpanId,
    Status,
)
from annotator.service.agreement import PairAgreement, compare_pair
from annotator.text import text_sha256, tokenize

TEXT = "কিম জং উন বলেন, ‘আমরা প্রস্তুত।’ ‘সময় লাগবে,’ তিনি জানান, ‘কিন্তু আমরা যাব।’"
DOC = Document(DocumentId(1), ProjectId(1), "d", "", "", {}, TEXT, text_sha256(TEXT))
KINDS = {"PER": LabelKind.ENTITY, "MENTION": LabelKind.ENTITY, "QUOTE": LabelKind.QUOTE}


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


class Builder:
    """One annotator's layer, span by span."""

    def __init__(self, who: str, first_id: int) -> None:
        self.who, self.next = who, first_id
        self.spans: list[Span] = []
        self.relations: list[Relation] = []
        self.referents: list[Referent] = []

    def span(self, label: str, *pieces: tuple[int, int], referent: int | None = None) -> Span:
        kind = KINDS.get(label, LabelKind.CUE)
        span = Span(
            SpanId(self.next),
            DOC.id,
            self.who,
            label,
            kind,
            pieces[0][0],
            pieces[-1][1],
            fragments=tuple(pieces) if len(pieces) > 1 else (),
            referent=ReferentId(referent) if referent else None,
        )
        self.next += 1
        self.spans.append(span)
        return span

    def link(self, rel_type: str, source: Span, target: Span) -> None:
        n = len(self.relations) + 1
        self.relations.append(
            Relation(RelationId(n), DOC.id, self.who, rel_type, source.id, target.id)
        )

    def layer(self) -> Layer:
        return Layer(
            DOC,
            self.who,
            Status.DONE,
            tuple(self.spans),
            tuple(self.relations),
            referents=tuple(self.referents),
        )


def layers() -> tuple[Layer, Layer]:
    # asha: কিম and তিনি are one referent; the second quote is split around "তিনি জানান".
    a = Builder("asha", 1)
    kim, tini = (
        a.span("PER", at("কিম জং উন"), referent=1),
        a.span("MENTION", at("তিনি"), referent=1),
    )
    a.referents.append(
        Referent(ReferentId(1), DOC.id, "asha", "কিম জং উন", "PER", (kim.id, tini.id))
    )
    q1 = a.span("QUOTE", at("আমরা প্রস্তুত"))
    q2 = a.span("QUOTE", at("সময় লাগবে"), at("কিন্তু আমরা যাব"))
    a.link("speaker", q1, kim)
    a.link("cue", q1, a.span("CUE", at("বলেন")))
    a.link("speaker", q2, tini)
    a.link("cue", q2, a.span("CUE", at("জানান")))
    # bina: no referents, the second quote only its first part, its speaker কিম itself.
    b = Builder("bina", 100)
    kim_b = b.span("PER", at("কিম জং উন"))
    b.span("MENTION", at("তিনি"))
    q1b, q2b = b.span("QUOTE", at("আমরা প্রস্তুত")), b.span("QUOTE", at("সময় লাগবে"))
    b.link("speaker", q1b, kim_b)
    b.link("cue", q1b, b.span("CUE", at("বলেন")))
    b.link("speaker", q2b, kim_b)
    b.link("cue", q2b, b.span("CUE", at("জানান")))
    return a.layer(), b.layer()


def test_attribution_agreement_by_hand() -> None:
    a, b = layers()
    pair = PairAgreement("asha", "bina")
    compare_pair(pair, TEXT, tokenize(TEXT), a, b, None)
    # Quotes: the first is the same; the split quote is not the same as its first part.
    assert (pair.units.reference, pair.units.predicted, pair.units.matched) == (2, 2, 1)
    assert pair.units.f1 == 0.5
    # Cues: both marked বলেন and জানান.
    assert (pair.cues.matched, pair.cues.f1) == (2, 1.0)
    # Speakers of the two quote pairs: কিম/কিম agree; তিনি/কিম agree through asha's
    # referent (তিনি is কিম), though the linked words differ.
    assert (pair.speakers.reference, pair.speakers.predicted, pair.speakers.matched) == (2, 2, 2)
    assert pair.speakers.f1 == 1.0
    assert pair.speakers_by_mention.matched == 1 and pair.speakers_by_mention.f1 == 0.5
    # All spans, exact: 5 of 6 each (only the split quote differs): F1 = 10/12.
    assert (pair.exact.matched, pair.exact.f1) == (5, 10 / 12)
    # Overlap counts only code points inside fragments: the split quote overlaps bina's.
    assert pair.overlap.matched == 6
    assert pair.overlap_by_label["QUOTE"].matched == 2


def test_split_quote_tags_each_fragment() -> None:
    from annotator.service.agreement import bio_tags

    a, _b = layers()
    quote = a.spans[3]
    tokens = tokenize(TEXT)
    tags = bio_tags(TEXT, [quote], tokens)
    words = {TEXT[t.start : t.end]: tag for t, tag in zip(tokens, tags, strict=True)}
    assert words["সময়"] == "B-QUOTE" and words["কিন্তু"] == "B-QUOTE"
    assert words["জানান"] == "O"  # the gap between the fragments is outside the quote


def test_a_gap_is_not_an_overlap() -> None:
    from annotator.service.agreement import shared_points

    a, _b = layers()
    quote = a.spans[3]
    inside_gap = Span(SpanId(999), DOC.id, "x", "QUOTE", LabelKind.QUOTE, *at("জানান"))
    assert shared_points(quote, inside_gap) == 0


def test_the_report_prints_the_attribution_measures() -> None:
    from annotator.service.agreement import AgreementReport, format_report

    a, b = layers()
    pair = PairAgreement("asha", "bina")
    compare_pair(pair, TEXT, tokenize(TEXT), a, b, None)
    report = AgreementReport("P", ["asha", "bina"], None, [pair], None, 0, [])
    text = format_report(report)
    assert "quote+claim P  50.0 R  50.0 F1  50.0  (1 of 2/2)" in text
    assert "speakers    P 100.0 R 100.0 F1 100.0  (2 of 2/2)" in text
    assert "by mention  P  50.0 R  50.0 F1  50.0  (1 of 2/2)" in text
    assert report.to_dict()["pairs"][0]["attribution"]["cues"]["f1"] == 1.0


def test_the_agreement_window_shows_speakers_by_referent(qtbot, workspace) -> None:
    from PySide6.QtCore import Qt
    from team_helpers import add_document, annotate

    from annotator.gui.team import open_agreement_report

    doc = add_document(workspace, TEXT, "d")
    for who, speaker in (("asha", 1), ("bina", 0)):  # asha links তিনি, bina কিম জং উন
        ids = annotate(
            workspace,
            doc,
            who,
            [("PER", at("কিম জং উন")), ("MENTION", at("তিনি")), ("QUOTE", at("সময় লাগবে"))],
            [("speaker", 2, speaker)],
        )
        workspace.join_referent(ids[1], ids[0], who)
    dialog = open_agreement_report(workspace, "P")
    qtbot.addWidget(dialog)
    tip = dialog.matrix.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "speakers F1 100.0 by referent, 0.0 by mention" in tip, tip
