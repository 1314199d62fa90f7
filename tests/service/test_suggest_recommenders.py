"""The recommenders alone: what a linguist would see go wrong in their suggestions."""

from __future__ import annotations

import json
import unicodedata

from annotator.service.suggest.base import Example, entity_spans
from annotator.service.suggest.gazetteer import Gazetteer
from annotator.service.suggest.inflection import SUFFIXES, stems
from annotator.service.suggest.metrics import is_held_out, score_table, split
from annotator.service.suggest.quotes import QuoteFinder
from annotator.text.clusters import ClusterIndex
from tests.conftest import SEED_DIR


def _demo() -> tuple[str, list[tuple[int, int, str]]]:
    record = json.loads((SEED_DIR / "kim-putin-letter.spans.jsonl").read_text("utf-8"))
    return record["text"], [(s["start"], s["end"], s["label"]) for s in record["spans"]]


def test_suffix_list_is_in_one_place_nfc_and_longest_first() -> None:
    for ending in ("এর", "ের", "র", "কে", "তে", "য়", "এ", "ে", "রা", "দের", "গুলো"):
        assert unicodedata.normalize("NFC", ending) in SUFFIXES
    assert all(unicodedata.is_normalized("NFC", s) for s in SUFFIXES)
    assert [len(s) for s in SUFFIXES] == sorted((len(s) for s in SUFFIXES), reverse=True)


def test_stems_of_inflected_names() -> None:
    assert "পুতিন" in stems("পুতিনের")
    assert "পুতিন" in stems("পুতিনকে")
    assert unicodedata.normalize("NFC", "রাশিয়া") in stems(unicodedata.normalize("NFC", "রাশিয়ায়"))
    assert "সিলেট" in stems("সিলেটে")
    assert "দেশ" in stems("দেশগুলো")
    # a stem keeps at least two clusters: এর is not reduced to nothing
    assert stems("এর") == frozenset({"এর"})


def test_gazetteer_finds_an_accepted_entity_inflected_in_another_document() -> None:
    text, spans = _demo()
    gazetteer = Gazetteer()
    gazetteer.learn([Example("demo", text, tuple(spans))], ["PER", "GPE", "ORG"])
    other = unicodedata.normalize(
        "NFC",
        "সোমবার পুতিনকে ফোন করেন কিমের বোন। রাশিয়ায় পৌঁছান ভ্লাদিমির পুতিনের দূত, "
        "উত্তর কোরিয়াকে নিয়ে আলোচনা হয়। ক্ষমতা স্ত্রীর কাছে।",
    )
    found = {other[s.start : s.end]: s.label for s in gazetteer.suggest(other)}
    assert found["পুতিনকে"] == "PER"
    assert found["কিমের"] == "PER"
    assert found[unicodedata.normalize("NFC", "রাশিয়ায়")] == "GPE"
    assert found["ভ্লাদিমির পুতিনের"] == "PER"  # the whole inflected word, as annotated
    assert found[unicodedata.normalize("NFC", "উত্তর কোরিয়াকে")] == "GPE"
    assert "পুতিন" not in found  # never a part of a word
    clusters = ClusterIndex(other)
    for s in gazetteer.suggest(other):
        assert clusters.is_boundary(s.start) and clusters.is_boundary(s.end)


def test_gazetteer_never_splits_a_cluster_or_a_word() -> None:
    gazetteer = Gazetteer()
    gazetteer.add("ক্ষমতা", "ORG")
    gazetteer.add("স্ত্রী", "PER")
    text = "ক্ষমতাসীন দল ও স্ত্রীর কথা: ক্ষমতা। স্ত্রী"
    found = [(text[s.start : s.end], s.label) for s in gazetteer.suggest(text)]
    assert ("ক্ষমতাসীন", "ORG") not in found  # not a known ending: no match inside
    assert ("ক্ষমতা", "ORG") in found
    assert ("স্ত্রীর", "PER") in found and ("স্ত্রী", "PER") in found
    clusters = ClusterIndex(text)
    for s in gazetteer.suggest(text):
        assert clusters.is_boundary(s.start) and clusters.is_boundary(s.end)


def test_a_rejected_string_is_not_suggested_again() -> None:
    gazetteer = Gazetteer()
    gazetteer.add("কিম", "PER")
    text = "কিম এলেন। কিমের কথা।"
    assert [text[s.start : s.end] for s in gazetteer.suggest(text)] == ["কিম", "কিমের"]
    gazetteer.reject("কিম", "PER")
    assert [text[s.start : s.end] for s in gazetteer.suggest(text)] == ["কিমের"]
    restored = Gazetteer.from_dict(json.loads(json.dumps(gazetteer.to_dict())))
    assert [text[s.start : s.end] for s in restored.suggest(text)] == ["কিমের"]


def test_gazetteer_score_is_the_label_frequency() -> None:
    gazetteer = Gazetteer()
    gazetteer.add("ঢাকা", "GPE", 3)
    gazetteer.add("ঢাকা", "ORG", 1)
    (hit,) = gazetteer.suggest("ঢাকায় বৃষ্টি")
    assert (hit.label, hit.score) == ("GPE", 0.75)


def test_nested_spans_of_another_label_stay_and_the_same_label_go() -> None:
    gazetteer = Gazetteer()
    gazetteer.add("কিম জং উন", "PER")
    gazetteer.add("কিম", "PER")
    gazetteer.add("দক্ষিণ কোরিয়ার গোয়েন্দা সংস্থা", "ORG")
    gazetteer.add("দক্ষিণ কোরিয়া", "GPE")
    text = "কিম জং উন ও দক্ষিণ কোরিয়ার গোয়েন্দা সংস্থা"
    found = {(text[s.start : s.end], s.label) for s in gazetteer.suggest(text)}
    assert found == {
        ("কিম জং উন", "PER"),
        ("দক্ষিণ কোরিয়ার গোয়েন্দা সংস্থা", "ORG"),
        ("দক্ষিণ কোরিয়ার", "GPE"),
    }


def test_quote_finder_finds_the_demo_direct_quotes_and_their_cues() -> None:
    text, spans = _demo()
    found = QuoteFinder().suggest(text, spans)
    direct = [s for s in found if s.attrs.get("form") == "direct"]
    gold_direct = [
        (s, e) for s, e, label in spans if label == "QUOTE" and text[s:e].startswith("আমি আপনার")
    ] + [(s, e) for s, e, label in spans if label == "QUOTE" and text[s:e].startswith("আমাদের")]
    assert [(s.start, s.end) for s in direct] == gold_direct
    assert [text[s.cue[0] : s.cue[1]] for s in direct if s.cue] == ["বলেন", "লেখেন"]
    assert [text[s.speaker[0] : s.speaker[1]] for s in direct if s.speaker] == ["কিম", "কিম"]
    # the one-word scare quote ‘নিঃশর্ত’ is no quote
    assert not any(text[s.start : s.end] == "নিঃশর্ত" for s in found)
    # indirect: "কেসিএনএ জানায়, ..." with its speaker
    indirect = {text[s.start : s.end]: s for s in found if s.attrs.get("form") == "indirect"}
    hit = indirect["পুতিনকে লেখা এক চিঠিতে কিম একথা জানান"]
    assert hit.speaker and text[hit.speaker[0] : hit.speaker[1]] == "কেসিএনএ"
    # a claim verb makes a CLAIM, its claimant the organisation after the verb
    claims = [s for s in found if s.label == "CLAIM"]
    assert claims and all(c.cue for c in claims)
    speakers = {text[c.speaker[0] : c.speaker[1]] for c in claims if c.speaker}
    assert "দক্ষিণ কোরিয়ার গোয়েন্দা সংস্থা" in speakers


def test_quote_finder_other_marks_and_a_cue_after_the_quote() -> None:
    text = '“আমরা এই নির্বাচনে অংশ নেব না”, বলেন তিনি। সে বলল "ঠিক আছে" আর চলে গেল।'
    found = QuoteFinder().suggest(text)
    quotes = {text[s.start : s.end]: s for s in found if s.label == "QUOTE"}
    assert "আমরা এই নির্বাচনে অংশ নেব না" in quotes
    cue = quotes["আমরা এই নির্বাচনে অংশ নেব না"].cue
    assert cue and text[cue[0] : cue[1]] == "বলেন"
    assert "ঠিক আছে" not in quotes  # two words, no cue: not proposed


def test_holdout_is_frozen_by_document_and_the_table_has_every_label() -> None:
    keys = [f"doc-{i}" for i in range(200)]
    held = [k for k in keys if is_held_out(k, 0.2, 7)]
    assert 20 < len(held) < 60
    # adding documents never moves one across the split
    assert [k for k in keys[:100] if is_held_out(k, 0.2, 7)] == [k for k in held if k in keys[:100]]
    examples = [Example(k, "x", ()) for k in keys[:3]]
    train, test = split(examples, 0.2, 0)
    assert train and test
    table = score_table([([(0, 1, "PER")], [(0, 1, "PER"), (2, 3, "ORG")])], ["PER", "ORG", "GPE"])
    assert set(table["labels"]) == {"PER", "ORG", "GPE"}
    assert table["labels"]["PER"]["f1"] == 1.0 and table["labels"]["ORG"]["precision"] == 0.0
    assert table["overall"]["precision"] == 0.5


def test_entity_spans_keep_the_outermost() -> None:
    spans = [(0, 10, "ORG"), (0, 4, "GPE"), (12, 15, "PER"), (20, 30, "QUOTE")]
    assert entity_spans(spans, ["ORG", "GPE", "PER"]) == [(0, 10, "ORG"), (12, 15, "PER")]
