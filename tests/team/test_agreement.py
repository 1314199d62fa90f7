"""Agreement figures checked against hand computations (written out in the comments).

Document: LETTERS = "ক খ গ ঘ ঙ চ ছ জ ঝ ঞ", ten one-letter tokens t0..t9 (token i at
offset 2i). Annotators a and b:

    a: PER t0-t1, ORG t3,      GPE t5-t6, QUOTE t7-t9        (4 spans)
    b: PER t0-t1, ORG t3-t4,   LOC t5-t6, QUOTE t7-t9, PER t2 (5 spans)
    a relations: speaker QUOTE -> PER t0-t1
    b relations: speaker QUOTE -> PER t0-t1, speaker QUOTE -> ORG t3-t4,
                 speaker QUOTE -> PER t2
"""

from __future__ import annotations

import json

import pytest
from team_helpers import LETTERS, add_document, annotate, tok

from annotator.model import Status
from annotator.service.agreement import (
    agreement,
    bio_tags,
    cohen_kappa,
    krippendorff_alpha,
)

A_SPANS = [("PER", tok(0, 1)), ("ORG", tok(3)), ("GPE", tok(5, 6)), ("QUOTE", tok(7, 9))]
B_SPANS = [
    ("PER", tok(0, 1)),
    ("ORG", tok(3, 4)),
    ("LOC", tok(5, 6)),
    ("QUOTE", tok(7, 9)),
    ("PER", tok(2)),
]


@pytest.fixture
def pair_ws(workspace):
    doc = add_document(workspace, LETTERS, "d1")
    annotate(workspace, doc, "a", A_SPANS, [("speaker", 3, 0)])
    annotate(
        workspace, doc, "b", B_SPANS, [("speaker", 3, 0), ("speaker", 3, 1), ("speaker", 3, 4)]
    )
    return workspace


def test_exact_and_overlap_precision_recall_f1(pair_ws) -> None:
    pair = agreement(pair_ws, "P").pair("a", "b")
    assert pair.documents == 1
    # Exact: PER t0-t1 and QUOTE match -> 2. P = 2/5, R = 2/4, F1 = 2*2/(4+5) = 4/9.
    assert (pair.exact.reference, pair.exact.predicted, pair.exact.matched) == (4, 5, 2)
    assert pair.exact.precision == pytest.approx(0.4)
    assert pair.exact.recall == pytest.approx(0.5)
    assert pair.exact.f1 == pytest.approx(4 / 9)
    # Overlap: also ORG t3 ~ ORG t3-t4 (GPE vs LOC: other label; b's PER t2 overlaps
    # no PER of a) -> 3. P = 3/5, R = 3/4, F1 = 6/9.
    assert pair.overlap.matched == 3
    assert pair.overlap.precision == pytest.approx(0.6)
    assert pair.overlap.recall == pytest.approx(0.75)
    assert pair.overlap.f1 == pytest.approx(2 / 3)


def test_per_label_figures(pair_ws) -> None:
    pair = agreement(pair_ws, "P").pair("a", "b")
    # PER: a 1, b 2, exact 1 -> P 1/2, R 1, F1 2/3.
    per = pair.exact_by_label["PER"]
    assert (per.reference, per.predicted, per.matched) == (1, 2, 1)
    assert per.f1 == pytest.approx(2 / 3)
    # ORG: exact 0 of 1/1, overlap 1 of 1/1.
    assert pair.exact_by_label["ORG"].f1 == 0
    assert pair.overlap_by_label["ORG"].f1 == 1
    # GPE only in a: precision undefined (nothing predicted), recall 0.
    assert pair.exact_by_label["GPE"].precision is None
    assert pair.exact_by_label["GPE"].recall == 0
    # LOC only in b: recall undefined, precision 0.
    assert pair.exact_by_label["LOC"].recall is None
    assert pair.exact_by_label["QUOTE"].f1 == 1


def test_cohen_kappa_on_bio_tokens(pair_ws) -> None:
    # a: B-PER I-PER O     B-ORG O     B-GPE I-GPE B-QUOTE I-QUOTE I-QUOTE
    # b: B-PER I-PER B-PER B-ORG I-ORG B-LOC I-LOC B-QUOTE I-QUOTE I-QUOTE
    # observed agreement: t0 t1 t3 t7 t8 t9 = 6/10.
    # chance: sum of products of marginal counts / 100:
    #   B-PER 1*2 + I-PER 1*1 + O 2*0 + B-ORG 1*1 + B-QUOTE 1*1 + I-QUOTE 2*2 = 9 -> 0.09
    # kappa = (0.6 - 0.09) / (1 - 0.09) = 0.51 / 0.91
    pair = agreement(pair_ws, "P").pair("a", "b")
    assert pair.tokens == 10
    assert pair.kappa == pytest.approx(0.51 / 0.91)


def test_krippendorff_alpha_two_annotators(pair_ws) -> None:
    # Coincidences (each unit has 2 values, weight 1/(2-1) = 1): n = 20 values.
    # Disagreeing ordered pairs: t2 (O,B-PER), t4 (O,I-ORG), t5 (B-GPE,B-LOC),
    # t6 (I-GPE,I-LOC), each counted twice -> 8.
    # Value totals: B-PER 3, I-PER 2, O 2, B-ORG 2, I-ORG 1, B-GPE 1, I-GPE 1, B-LOC 1,
    # I-LOC 1, B-QUOTE 2, I-QUOTE 4; sum n_c^2 = 46, sum_{c!=k} n_c n_k = 400 - 46 = 354.
    # alpha = 1 - (n - 1) * 8 / 354 = 1 - 152/354 = 202/354.
    report = agreement(pair_ws, "P")
    assert report.alpha_tokens == 10
    assert report.alpha == pytest.approx(202 / 354)


def test_relation_agreement_given_matched_spans(pair_ws) -> None:
    # Span mapping b -> a (overlap, same label): PER t0-t1, ORG t3-t4 -> ORG t3, QUOTE.
    # a: speaker QUOTE->PER (both ends matched) -> 1 eligible.
    # b: QUOTE->PER t0-t1 (eligible, agrees), QUOTE->ORG (eligible, a has no such link),
    #    QUOTE->PER t2 (PER t2 unmatched: not counted) -> 2 eligible, 1 matched.
    # P = 1/2, R = 1/1, F1 = 2/3.
    pair = agreement(pair_ws, "P").pair("a", "b")
    rel = pair.relations
    assert (rel.reference, rel.predicted, rel.matched) == (1, 2, 1)
    assert rel.precision == pytest.approx(0.5)
    assert rel.recall == 1
    assert rel.f1 == pytest.approx(2 / 3)
    assert pair.relations_by_type["speaker"].f1 == pytest.approx(2 / 3)


def test_kind_filter_keeps_only_entities(pair_ws) -> None:
    # Entities only: a 3 (PER, ORG, GPE), b 4 (PER, ORG, LOC, PER t2), exact 1 (PER)
    # -> F1 = 2*1/(3+4) = 2/7.
    pair = agreement(pair_ws, "P", kind="entity").pair("a", "b")
    assert (pair.exact.reference, pair.exact.predicted, pair.exact.matched) == (3, 4, 1)
    assert pair.exact.f1 == pytest.approx(2 / 7)
    assert "QUOTE" not in pair.exact_by_label


def test_only_documents_both_marked_done_count(pair_ws) -> None:
    ws = pair_ws
    doc2 = add_document(ws, LETTERS + " ", "d2")
    annotate(ws, doc2, "a", [("PER", tok(9))])
    annotate(ws, doc2, "b", [("ORG", tok(0))], status=Status.IN_PROGRESS)
    pair = agreement(ws, "P").pair("a", "b")
    assert pair.documents == 1
    assert pair.exact.matched == 2 and pair.exact.reference == 4
    ws.set_status(doc2, "b", Status.DONE)
    pair = agreement(ws, "P").pair("a", "b")
    assert pair.documents == 2
    assert (pair.exact.reference, pair.exact.predicted) == (5, 6)
    report = agreement(ws, "P")
    # d2 has F1 0 (no span shared), d1 has 4/9: the worst document comes first.
    assert [d.external_id for d in report.documents] == ["d2", "d1"]
    assert report.documents[0].f1 == 0


def test_three_annotators_alpha_and_pairs(workspace) -> None:
    # a, b, c: PER t0-t1; c also ORG t3. Units of 3 values, weight 1/2.
    # t3 = (O, O, B-ORG): o[O,O] += 1, o[O,B-ORG] += 1, o[B-ORG,O] += 1.
    # Totals: O = 7 units*3 + 2 = 23, B-PER 3, I-PER 3, B-ORG 1; n = 30.
    # D = 2; sum_{c!=k} n_c n_k = 900 - (529 + 9 + 9 + 1) = 352.
    # alpha = 1 - 29 * 2 / 352 = 294/352.
    doc = add_document(workspace, LETTERS, "d1")
    for name in ("a", "b"):
        annotate(workspace, doc, name, [("PER", tok(0, 1))])
    annotate(workspace, doc, "c", [("PER", tok(0, 1)), ("ORG", tok(3))])
    report = agreement(workspace, "P")
    assert report.annotators == ["a", "b", "c"]
    assert [(p.a, p.b) for p in report.pairs] == [("a", "b"), ("a", "c"), ("b", "c")]
    assert report.alpha == pytest.approx(294 / 352)
    assert report.pair("a", "b").exact.f1 == 1
    assert report.pair("a", "c").exact.precision == pytest.approx(0.5)
    # The gold layer is not an annotator to measure unless asked for.
    annotate(workspace, doc, "gold", [("PER", tok(0, 1))])
    assert agreement(workspace, "P").annotators == ["a", "b", "c"]
    only = agreement(workspace, "P", annotators=["c", "a"])
    assert [(p.a, p.b) for p in only.pairs] == [("c", "a")]


def test_krippendorff_published_example() -> None:
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", nominal
    # example: 4 coders, 12 units (missing values left out), alpha = 0.743.
    units = [
        [1, 1, 1],
        [2, 2, 3, 2],
        [3, 3, 3, 3],
        [3, 3, 3, 3],
        [2, 2, 2, 2],
        [1, 2, 3, 4],
        [4, 4, 4, 4],
        [1, 1, 2, 1],
        [2, 2, 2, 2],
        [5, 5, 5],
        [1, 1],
        [3],
    ]
    alpha, pairable = krippendorff_alpha([[str(v) for v in u] for u in units])
    assert pairable == 11
    assert alpha == pytest.approx(0.743, abs=5e-4)


def test_undefined_figures_are_none_not_zero() -> None:
    from collections import Counter

    # Both annotators tagged every token O: chance agreement is 1, kappa undefined.
    assert cohen_kappa(Counter({("O", "O"): 5})) is None
    assert krippendorff_alpha([["O", "O"], ["O", "O"]])[0] is None


def test_bio_tags_on_bengali_words_and_nested_spans() -> None:
    from annotator.model import LabelKind, Span

    text = "কিম জং উন রাশিয়ার পুতিনকে লিখেছেন।"

    def span(label: str, start: int, end: int) -> Span:
        return Span(0, 0, "x", label, LabelKind.ENTITY, start, end)  # type: ignore[arg-type]

    tags = bio_tags(text, [span("PER", 0, 9), span("GPE", 10, 18), span("PER", 0, 3)])
    # Tokens: কিম 0-3, জং 4-6, উন 7-9, রাশিয়ার 10-18, পুতিনকে 19-26, লিখেছেন 27-34, । 34-35
    # (vowel signs and the nukta stay inside words). PER 0-9 is outer, so PER 0-3 adds nothing.
    assert tags == ["B-PER", "I-PER", "I-PER", "B-GPE", "O", "O", "O"]


def test_agreement_command_prints_figures_and_json(pair_ws, db_path, capsys) -> None:
    from annotator.cli.main import main

    pair_ws.close()
    assert main(["--db", str(db_path), "agreement", "--project", "P"]) == 0
    out = capsys.readouterr().out
    assert "a vs b: 1 documents both done, 10 tokens, Cohen's kappa 0.560" in out
    assert "all           40.0  50.0  44.4        60.0  75.0  66.7      4    5" in out
    assert (
        main(
            [
                "--db",
                str(db_path),
                "agreement",
                "--project",
                "P",
                "--annotators",
                "a,b",
                "--kind",
                "entity",
                "--json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "entity"
    assert data["pairs"][0]["exact"]["f1"] == pytest.approx(2 / 7)
    assert main(["--db", str(db_path), "agreement", "--project", "P", "--annotators", "a"]) == 2
    assert "at least two annotators" in capsys.readouterr().err
