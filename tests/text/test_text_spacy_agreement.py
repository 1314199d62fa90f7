"""Our tokenizer against spaCy's rule-based Bengali tokenizer (``spacy.blank("bn")``).

Agreement is measured on token boundaries: a token counts as agreed when both
tokenizers produce exactly the same ``(start, end)`` code point range. The score is
the F1 of the two token sets. Where we differ on purpose, the test below pins both
outputs and says why, so a change on either side is noticed.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from annotator.resources import seed_path
from annotator.text import normalize_text, tokenize

ZWJ = "\u200d"

# Sentences where the two tokenizers must agree exactly.
AGREED = [
    f"র{ZWJ}্যাব বলেছে, ১২ জন আটক।",
    "তিনি বলেন, “আমরা প্রস্তুত!” এরপর চলে যান।",
    "‘নিঃশর্ত’ সমর্থন?",
    "ক্ষমতা, মন্ত্রী ও স্ত্রী॥",
    "ঢাকা-চট্টগ্রাম মহাসড়কে দুর্ঘটনা।",
    "😀রাশিয়া ও বাংলাদেশ।",
    "উত্তর কোরিয়ার নেতা কিম জং উন। মস্কো ও পিয়ংইয়ংয়ের সম্পর্ক!",
    "দক্ষিণ কোরিয়ার গোয়েন্দা সংস্থা বলছে, প্রায় ১১ হাজার সৈন্য পাঠানো হয়েছে।",
    "সৎ মানুষ কি আছে? নিশ্চয়ই আছে।",
    "তিনি বললেন… আর কিছু না।",
    "ঢাকা—চট্টগ্রাম রুটে।",
    "কোভিড-১৯ মহামারি, ১৯৭১-এর যুদ্ধ",
    "সে বলল: 'আমি যাব'।",
    '"উদ্ধৃতি" চিহ্ন',
    "জাতিসংঘ (UN) বলেছে, তিনি ১০.৫ শতাংশ বলেন",
    "সাড়ে ৩টা, ইউটিউব/ফেসবুকে",
]

# (text, spaCy tokens, our tokens, why we differ on purpose)
DIFFERENT = [
    (
        "দাম ১,০০০ টাকা",
        ["দাম", "১", ",", "০০০", "টাকা"],
        ["দাম", "১,০০০", "টাকা"],
        "a number with a thousands separator is one QUANTITY token; spaCy cuts it at the comma",
    ),
    (
        "বাংলাদেশ 🇧🇩 দল",
        ["বাংলাদেশ", "🇧", "🇩", "দল"],
        ["বাংলাদেশ", "🇧🇩", "দল"],
        "a flag is one grapheme cluster; splitting it would put a token boundary (and so a "
        "possible span edge) inside a cluster, which our spans never allow",
    ),
    (
        "১২:৩০ মিনিটে",
        ["১২", ":", "৩০", "মিনিটে"],
        ["১২:৩০", "মিনিটে"],
        "a clock time is one DATE token",
    ),
    (
        "৫০% মানুষ, দাম ৳৫০০",
        ["৫০%", "মানুষ", ",", "দাম", "৳৫০০"],
        ["৫০", "%", "মানুষ", ",", "দাম", "৳", "৫০০"],
        "signs are tokens of their own, as in word snapping: a number can be labelled without "
        "its sign, and a span that keeps the sign still covers whole tokens",
    ),
    (
        "২৪/৭ সেবা",
        ["২৪", "/", "৭", "সেবা"],
        ["২৪/৭", "সেবা"],
        "numbers joined by a slash (dates like ১২/০৩, 24/7) are one token, like clock times",
    ),
    (
        "এ.কে.এম. ফজলুল হক",
        ["এ.কে.এম", ".", "ফজলুল", "হক"],
        ["এ", ".", "কে", ".", "এম", ".", "ফজলুল", "হক"],
        "no abbreviation rules (see ড. below); a PER span over the initials still starts "
        "and ends on token boundaries",
    ),
    (
        "ড. ইউনূস",
        ["ড.", "ইউনূস"],
        ["ড", ".", "ইউনূস"],
        "we keep no abbreviation list: the period is its own token (spans snap to the word "
        "and the trimmer drops the period, so an entity still starts at ইউনূস or ড)",
    ),
    (
        "info@example.com এ",
        ["info@example.com", "এ"],
        ["info", "@", "example", ".", "com", "এ"],
        "no URL/e-mail rule: news text rarely has them and they never carry entity labels",
    ),
]


@pytest.fixture(scope="module")
def nlp() -> Any:
    return spacy.blank("bn")


def spacy_ranges(nlp: Any, text: str) -> set[tuple[int, int]]:
    return {(t.idx, t.idx + len(t.text)) for t in nlp(text) if not t.is_space}


def our_ranges(text: str) -> set[tuple[int, int]]:
    return {(t.start, t.end) for t in tokenize(text)}


def f1(a: set[tuple[int, int]], b: set[tuple[int, int]]) -> float:
    if not a and not b:
        return 1.0
    common = len(a & b)
    return 2 * common / (len(a) + len(b))


def test_seed_article_agreement(nlp: Any) -> None:
    raw = seed_path("kim-putin-letter.bn.txt").read_text(encoding="utf-8")
    text = normalize_text(raw)
    theirs, ours = spacy_ranges(nlp, text), our_ranges(text)
    score = f1(theirs, ours)
    print(f"seed article: spaCy {len(theirs)} tokens, ours {len(ours)}, F1 {score:.4f}")
    assert len(ours) > 300
    assert score >= 0.99, sorted(theirs ^ ours)[:20]


@pytest.mark.parametrize("text", AGREED)
def test_tricky_sentences_agree(nlp: Any, text: str) -> None:
    assert [t.text for t in tokenize(text)] == [t.text for t in nlp(text) if not t.is_space]


@pytest.mark.parametrize(("text", "theirs", "ours", "why"), DIFFERENT)
def test_documented_differences(
    nlp: Any, text: str, theirs: list[str], ours: list[str], why: str
) -> None:
    assert why
    assert [t.text for t in nlp(text) if not t.is_space] == theirs
    assert [t.text for t in tokenize(text)] == ours


def test_overall_agreement_including_differences(nlp: Any) -> None:
    """Over the seed plus every tricky sentence (the deliberate differences included)."""
    raw = seed_path("kim-putin-letter.bn.txt").read_text(encoding="utf-8")
    corpus = [normalize_text(raw), *AGREED, *(d[0] for d in DIFFERENT)]
    agreed = theirs_total = ours_total = 0
    for text in corpus:
        theirs, ours = spacy_ranges(nlp, text), our_ranges(text)
        agreed += len(theirs & ours)
        theirs_total += len(theirs)
        ours_total += len(ours)
    score = 2 * agreed / (theirs_total + ours_total)
    print(f"overall token boundary F1: {score:.4f} ({agreed} agreed tokens)")
    assert score >= 0.95
