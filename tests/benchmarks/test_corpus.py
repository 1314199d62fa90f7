"""The benchmark corpus generator: deterministic, realistic and valid by the app's rules."""

from __future__ import annotations

from benchmarks import corpus


def test_documents_are_deterministic_and_independent_of_corpus_size() -> None:
    first = list(corpus.iter_records(5, chars=600, spans=20))
    again = [corpus.make_record(i, chars=600, spans=20) for i in range(5)]
    assert first == again
    assert corpus.make_record(3, seed=1) != corpus.make_record(3, seed=2)


def test_spans_obey_the_rules_and_cover_every_kind_with_overlaps() -> None:
    labels: set[str] = set()
    nested = crossing = relations = 0
    for i in range(150):
        record = corpus.make_record(i, chars=1050, spans=50)
        assert corpus.check_record(record) == [], record["id"]
        assert len(record["spans"]) == 50
        second = corpus.perturb_layer(record, i)
        assert corpus.check_record(second) == []
        spans = record["spans"]
        labels |= {s["label"] for s in spans}
        relations += len(record["relations"])
        for a in spans:
            for b in spans:
                if a is b:
                    continue
                if a["start"] <= b["start"] and b["end"] <= a["end"]:
                    nested += 1
                elif a["start"] < b["start"] < a["end"] < b["end"]:
                    crossing += 1
    assert labels == set(corpus.KINDS)
    assert nested and crossing and relations


def test_long_article_and_text_features() -> None:
    record = corpus.make_record(0, chars=100_000, spans=5_000, seed=100)
    text = record["text"]
    assert len(text) >= 100_000 and len(record["spans"]) == 5_000
    assert corpus.check_record(record) == []
    assert any(ord(c) > 0xFFFF for c in text)  # emoji: astral characters
    assert all(q in text for q in "‘’“”")
    assert any("০" <= c <= "৯" for c in text)  # Bengali digits
    assert max(len(p) for p in text.split("\n")) > 1_000  # long paragraphs
