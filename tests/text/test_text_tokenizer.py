"""The Bengali-aware tokenizer and sentence splitter."""

from __future__ import annotations

import re

import pytest

from annotator.text import ClusterIndex, sentence_spans, tokenize

ZWJ = "\u200d"


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_words_keep_vowel_signs() -> None:
    text = "রাশিয়ার প্রেসিডেন্ট পুতিনের"
    assert words(text) == ["রাশিয়ার", "প্রেসিডেন্ট", "পুতিনের"]
    # What stdlib re \w would do instead: cut at vowel signs. This is why we never use it.
    assert len(re.findall(r"\w+", text)) > 3


def test_words_keep_hasanta_nukta_and_khanda_ta() -> None:
    assert words("উত্তর কোরিয়ার সৎ") == ["উত্তর", "কোরিয়ার", "সৎ"]
    assert words("নিঃশর্ত") == ["নিঃশর্ত"]  # visarga inside a word


def test_words_keep_zwj() -> None:
    rab = f"র{ZWJ}্যাব"
    assert words(f"{rab} জানায়") == [rab, "জানায়"]


def test_offsets_point_into_the_text() -> None:
    text = "  কিম জং উন।\nমস্কো ও পিয়ংইয়ং "
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
        assert token.ws == (token.end < len(text) and text[token.end].isspace())


def test_token_ends_are_cluster_boundaries() -> None:
    text = f"স্ত্রী ও মন্ত্রী ক্ষমতা {'র' + ZWJ + '্যাব'} 😀🇧🇩 ১২৩।"
    ci = ClusterIndex(text)
    for token in tokenize(text):
        assert ci.is_boundary(token.start) and ci.is_boundary(token.end), token


def test_bengali_digits() -> None:
    assert words("২০২৪ সালে ১১ হাজার") == ["২০২৪", "সালে", "১১", "হাজার"]
    assert words("১,০০০ টাকা ৩.৫ শতাংশ") == ["১,০০০", "টাকা", "৩.৫", "শতাংশ"]


@pytest.mark.parametrize("mark", ["।", "॥", "?", "!", ",", "‘", "’", "“", "”"])
def test_punctuation_is_separate(mark: str) -> None:
    assert words(f"কিম{mark}পুতিন") == ["কিম", mark, "পুতিন"]


def test_quotes_around_a_word() -> None:
    assert words("‘নিঃশর্ত’ সমর্থন।") == ["‘", "নিঃশর্ত", "’", "সমর্থন", "।"]
    assert words("“আমরা প্রস্তুত!”") == ["“", "আমরা", "প্রস্তুত", "!", "”"]


def test_whitespace_and_joiners_alone_are_never_tokens() -> None:
    assert tokenize(" \n\t ") == []
    assert tokenize(ZWJ) == []


def test_emoji_is_a_token_of_its_own() -> None:
    assert words("😀রাশিয়া") == ["😀", "রাশিয়া"]
    assert words("🇧🇩") == ["🇧🇩"]


def test_a_token_never_ends_inside_a_cluster() -> None:
    # A skin tone modifier after a letter extends the letter's cluster.
    text = "a\U0001f3fd কিম\U0001f3fd"
    assert words(text) == ["a\U0001f3fd", "কিম\U0001f3fd"]


def test_tokenize_a_range() -> None:
    text = "কিম জং উন। পুতিন বলেন।"
    second = text.index("পুতিন")
    tokens = tokenize(text, second)
    assert [t.text for t in tokens] == ["পুতিন", "বলেন", "।"]
    assert tokens[0].start == second


def test_sentence_split_on_danda_question_and_bang() -> None:
    text = "কিম জং উন বলেন। কেন? কারণ আছে! শেষ"
    sents = [text[s:e] for s, e in sentence_spans(text)]
    assert sents == ["কিম জং উন বলেন।", "কেন?", "কারণ আছে!", "শেষ"]


def test_sentence_keeps_closing_quote() -> None:
    text = "তিনি বলেন, “আমরা প্রস্তুত।” এরপর চলে যান।"
    sents = [text[s:e] for s, e in sentence_spans(text)]
    assert sents == ["তিনি বলেন, “আমরা প্রস্তুত।”", "এরপর চলে যান।"]


def test_sentence_split_at_newlines_and_trims() -> None:
    text = "  প্রথম অনুচ্ছেদ\n\nদ্বিতীয়। তৃতীয়  "
    sents = [text[s:e] for s, e in sentence_spans(text)]
    assert sents == ["প্রথম অনুচ্ছেদ", "দ্বিতীয়।", "তৃতীয়"]


def test_no_sentences_in_blank_text() -> None:
    assert sentence_spans("") == []
    assert sentence_spans(" \n ") == []
