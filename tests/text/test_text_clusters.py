"""Grapheme clusters and span snapping: spans never cut a conjunct or a vowel sign."""

from __future__ import annotations

import pytest

from annotator.text import ClusterIndex, cluster_boundaries

ZWJ = "\u200d"


@pytest.mark.parametrize("word", ["ক্ষ", "ন্ত্র", "স্ত্রী", "ক্ষি", "জ্ঞা"])
def test_conjuncts_are_single_clusters(word: str) -> None:
    assert cluster_boundaries(word) == [0, len(word)]


def test_vowel_signs_belong_to_their_consonant() -> None:
    word = "কোরিয়ার"
    bounds = cluster_boundaries(word)
    # কো | রি | য় (with nukta) + া | র
    assert bounds == [0, 2, 4, 7, 8]
    ci = ClusterIndex(word)
    for vowel_sign_pos in (1, 3, 5, 6):
        assert not ci.is_boundary(vowel_sign_pos)


def test_zwj_stays_inside_rab() -> None:
    rab = f"র{ZWJ}্যাব"
    ci = ClusterIndex(rab)
    assert not ci.is_boundary(1)  # right after র, before ZWJ
    assert not ci.is_boundary(2)  # between ZWJ and hasanta


def test_emoji_and_flags_are_clusters() -> None:
    text = "🇧🇩👍🏽x"
    assert cluster_boundaries(text) == [0, 2, 4, 5]


def test_boundaries_include_both_ends() -> None:
    assert cluster_boundaries("") == [0]
    ci = ClusterIndex("কিম")
    assert ci.boundaries[0] == 0 and ci.boundaries[-1] == 3
    assert ci.is_boundary(0) and ci.is_boundary(3)


def test_floor_and_ceil() -> None:
    text = "স্ত্রী ক"
    ci = ClusterIndex(text)
    for inside in range(1, 6):
        assert ci.floor(inside) == 0
        assert ci.ceil(inside) == 6
    assert ci.floor(6) == ci.ceil(6) == 6
    assert ci.floor(-3) == 0
    assert ci.ceil(100) == len(text)


def test_expand_to_clusters() -> None:
    text = "মন্ত্রী বলেন"
    ci = ClusterIndex(text)
    assert ci.expand_to_clusters(2, 4) == (1, 7)  # inside ন্ত্রী -> whole conjunct with its vowel


def test_expand_to_words() -> None:
    text = "উত্তর কোরিয়ার নেতা কিম জং উন।"
    ci = ClusterIndex(text)
    start = text.index("কোরিয়ার")
    assert ci.expand_to_words(start + 2, start + 3) == (start, start + len("কোরিয়ার"))
    # a selection across two words covers both
    kim = text.index("কিম")
    assert ci.expand_to_words(kim + 1, kim + 5) == (kim, kim + len("কিম জং"))


def test_expand_to_words_keeps_rab_whole() -> None:
    text = f"বলেছে র{ZWJ}্যাব।"
    ci = ClusterIndex(text)
    start = text.index("র")
    assert ci.expand_to_words(start + 3, start + 4) == (start, start + 6)


def test_expand_punctuation_only_range_stays_put() -> None:
    text = "কিম, পুতিন"
    ci = ClusterIndex(text)
    comma = text.index(",")
    assert ci.expand_to_words(comma, comma + 1) == (comma, comma + 1)


def test_trim_whitespace_and_punctuation() -> None:
    text = " “নিঃশর্ত”, "
    ci = ClusterIndex(text)
    start, end = ci.trim(0, len(text))
    assert text[start:end] == "নিঃশর্ত"


def test_trim_danda_and_quotes() -> None:
    text = "‘কিম জং উন।’"
    ci = ClusterIndex(text)
    start, end = ci.trim(0, len(text))
    assert text[start:end] == "কিম জং উন"


def test_trim_never_cuts_a_vowel_sign() -> None:
    # Vowel signs are marks (category M), not punctuation: a span ending in one keeps it.
    for word in ("পুতিনের", "নেতা", "স্ত্রী", "কৌ"):
        ci = ClusterIndex(word + " ")
        assert ci.trim(0, len(word) + 1) == (0, len(word))


def test_trim_of_only_punctuation_is_empty() -> None:
    text = "কিম ।, “” পুতিন"
    ci = ClusterIndex(text)
    s = text.index("।")
    start, end = ci.trim(s, s + 5)
    assert start == end


def test_trim_keeps_currency_and_percent() -> None:
    text = " ৳১০০ ৫০% "
    ci = ClusterIndex(text)
    start, end = ci.trim(0, len(text))
    assert text[start:end] == "৳১০০ ৫০%"


def test_snap_from_a_sloppy_selection() -> None:
    text = "বার্তাসংস্থা আনাদোলু বলছে, রাশিয়ার প্রেসিডেন্ট"
    ci = ClusterIndex(text)
    # a mouse selection from the middle of আনাদোলু to just after the comma
    s = text.index("আনাদোলু") + 2
    e = text.index(",") + 2
    start, end = ci.snap(s, e)
    assert text[start:end] == "আনাদোলু বলছে"


def test_snap_reversed_selection() -> None:
    text = "কিম জং উন"
    ci = ClusterIndex(text)
    assert ci.snap(5, 1) == ci.snap(1, 5) == (0, 6)


def test_snap_without_words_only_trims_and_clusters() -> None:
    text = "মন্ত্রী বলেন"
    ci = ClusterIndex(text)
    start, end = ci.snap(2, 4, words=False)
    assert (start, end) == (1, 7)


def test_snap_on_whitespace_is_empty() -> None:
    ci = ClusterIndex("কিম   পুতিন")
    start, end = ci.snap(3, 6)
    assert start == end


def test_a_click_inside_a_word_selects_the_word() -> None:
    text = "উত্তর কোরিয়ার নেতা"
    ci = ClusterIndex(text)
    inside = text.index("রি")
    assert ci.expand_to_words(inside, inside) == (text.index("কোরিয়ার"), text.index(" নেতা"))


def test_a_dangling_mark_after_a_space_does_not_join_words() -> None:
    # " ঁ" is one cluster (a space carrying a stray candrabindu): it is not part of a word.
    text = "কিম \u0981পুতিন"
    ci = ClusterIndex(text)
    assert ci.expand_to_words(0, 1) == (0, 3)


def test_expand_to_words_is_stable_next_to_an_odd_cluster() -> None:
    # Found by hypothesis: an unassigned code point carrying a mark between words.
    text = "ঀ" * 10 + "\u09c5\u0981ঀ"
    ci = ClusterIndex(text)
    first = ci.snap(12, 13)
    assert ci.snap(*first) == first
