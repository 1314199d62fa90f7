"""Recognising Bijoy (legacy ANSI) Bengali and UTF-16 bytes, without false alarms."""

from __future__ import annotations

import pytest

from annotator.text.legacy import bijoy_score, looks_like_bijoy, utf16_kind

# SutonnyMJ-style Bijoy text as a Bijoy keyboard stores it (Latin-1/cp1252 characters).
BIJOY = [
    "Avwg evsjvq Mvb MvB",  # আমি বাংলায় গান গাই
    "Avgvi †mvbvi evsjv, Avwg †Zvgvq fvjevwm|",  # আমার সোনার বাংলা, আমি তোমায় ভালোবাসি।
    "cÖavbgš¿x †kL nvwmbv AvR XvKvq RvZxq msm‡` e³e¨ w`‡q‡Qb| wZwb e‡jb, "
    "evsjv‡`‡ki Dbœq‡bi Rb¨ miKvi KvR K‡i hv‡”Q|",  # a news sentence
    "wbe©vPb Kwgk‡bi mwPe ejv‡jb, AvMvgx gv‡m RvZxq msm` wbe©vPb n‡e|",
]

NOT_BIJOY = [
    # English news text, with names and capitals mid-word.
    "The president said on Tuesday that the government will invest heavily in renewable "
    "energy, according to a statement released by his office in Washington.",
    "Vladimir Putin received a letter from Kim Jong Un; McDonald's and iPhone sales grew "
    "in New York over the anniversary of WWII, the Kremlin said.",
    "Dhaka, Nov 24 (Reuters) - Bangladesh's election commission announced that voting "
    "will be held in January, with over 120 million voters eligible to cast ballots.",
    # Romanised Bengali (Banglish).
    "ami banglay gan gai, tumi kemon acho? ami valo achi. amar sonar bangla ami tomay bhalobashi",
    "Prothom Alo-r khobor onujayi, Dhaka-y aj bristi hote pare bole abohawa office janiyeche.",
    # Unicode Bengali, alone and mixed with English.
    "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেছেন, উত্তর কোরিয়ার নেতা কিম জং উন।",
    "রাশিয়ার প্রেসিডেন্ট Vladimir Putin বলেছেন, the letter was warm. কিম জং উন (Kim Jong Un)",
    "প্রধানমন্ত্রী said: Avwg — one quoted Bijoy word in a Unicode article is not a Bijoy file",
    # Too short to judge, code and markup.
    "MvB",
    "def f(x): return x.value + y.vbox",
    "<img src=x onerror=1><b>bold</b>",
    "",
]


@pytest.mark.parametrize("text", BIJOY)
def test_bijoy_text_is_recognised(text: str) -> None:
    assert looks_like_bijoy(text), bijoy_score(text)


@pytest.mark.parametrize("text", NOT_BIJOY)
def test_english_romanised_and_unicode_bengali_are_not_flagged(text: str) -> None:
    assert not looks_like_bijoy(text), bijoy_score(text)


def test_a_bijoy_file_with_an_english_line_is_still_bijoy() -> None:
    text = "\n".join([*BIJOY[1:], "Source: staff reporter"])
    assert looks_like_bijoy(text)


def test_a_long_english_article_is_not_flagged() -> None:
    article = " ".join(NOT_BIJOY[:3]) * 200
    assert not looks_like_bijoy(article)


@pytest.mark.parametrize(
    ("codec", "expected"),
    [
        ("utf-16", "UTF-16 (little-endian, with a byte-order mark)"),
        ("utf-16-le", "UTF-16 (little-endian, without a byte-order mark)"),
        ("utf-16-be", "UTF-16 (big-endian, without a byte-order mark)"),
    ],
)
@pytest.mark.parametrize("text", ['{"text": "ঢাকায় বৃষ্টি"}', "ঢাকায় বৃষ্টি হয়েছে।\n", "plain ascii"])
def test_utf16_is_recognised(codec: str, expected: str, text: str) -> None:
    assert utf16_kind(text.encode(codec)) == expected


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"plain ascii",
        "ঢাকা".encode(),
        bytes(range(256)),
        b"\x00" * 3,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    ],
)
def test_utf8_and_binary_are_not_utf16(data: bytes) -> None:
    assert utf16_kind(data) is None
