"""Recognising text in encodings we refuse: Bijoy (legacy ANSI) Bengali and UTF-16.

Bijoy keyboards with SutonnyMJ-style fonts store Bengali as Latin-1/cp1252 characters
that only *look* Bengali in that font: "Avwg evsjvq Mvb MvB" is "আমি বাংলায় গান গাই".
Imported as it is, such text would be annotated as gibberish Latin, so it is refused
with a message that says what it is.

The heuristic (:func:`looks_like_bijoy`) is deliberately conservative:

1. the text has at least :data:`MIN_LETTERS` Latin-script letters and almost no
   characters of the Bengali block (real Unicode Bengali, even mixed with English,
   is never flagged);
2. it does not read as English: fewer than :data:`MAX_ENGLISH_SHARE` of its words are
   common English function words;
3. Bijoy marks are dense: the share of letters that are ``v`` (the আ-kar, the most
   frequent sign in Bijoy text and rare in English and Romanised Bengali), plus twice
   the strong marks (cp1252/Latin-1 glyphs such as ``‡ † © ¨ Ö ¯ š``, an upper-case
   letter right after a lower-case one inside a word as in ``MvB``, and a word-initial
   ``w`` (the ি-kar, typed before its consonant) followed by a consonant as in
   ``wbe©vPb``, and a ``v`` followed by a consonant as in ``Mvb``, which English
   spelling almost never has), reaches :data:`MIN_SCORE`, and there are at least
   :data:`MIN_STRONG` strong marks.
"""

from __future__ import annotations

import regex

MIN_LETTERS = 12
MAX_BENGALI_SHARE = 0.02
MAX_ENGLISH_SHARE = 0.12
MIN_SCORE = 0.18
MIN_STRONG = 2

BIJOY_MESSAGE = (
    "the text looks like Bijoy (legacy ANSI) Bengali, typed for a SutonnyMJ-style font; "
    "convert it to Unicode first"
)

# cp1252 and Latin-1 glyphs that Bijoy fonts draw as Bengali signs and conjuncts.
_BIJOY_GLYPHS = frozenset(
    "‡†©¨ÖŠ¯¸š—–…ÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ"
    "ŒœŸŽžƒˆ˜‰‹›¡¢£¤¥¦§ª«¬®°±²³´µ¶·¹º»¼½¾¿"
)
_BENGALI = regex.compile(r"[\u0980-\u09FF]")
_LATIN_LETTER = regex.compile(r"[A-Za-z]")
_WORD = regex.compile(r"[A-Za-z\u00A0-\u00FF\u0152-\u02DC\u2013-\u203A`~]+")
_INWORD_UPPER = regex.compile(r"(?<=[a-z])[A-Z]")
_W_CONSONANT = regex.compile(r"(?<![A-Za-z])w[bcdfgjklmnpqstvxzBCDFGHJKLMNPQRSTVWXZ`¯Š]")
_V_CONSONANT = regex.compile(r"v[bcdfgjkmnpqstwxzBCDFGHJKLMNPQRSTVWXZ`¯Š‡†]")
# Common English function words: a text full of them is English, whatever its letters.
_ENGLISH_WORDS = (
    "the a an and or of to in on at for with by from is are was were be been has have "
    "had it its this that these those he she they we you i his her their our not but as "
    "said will would can could which who what when there than also after before into "
    "over"
)
_ENGLISH = frozenset(_ENGLISH_WORDS.split())


def bijoy_score(text: str) -> float:
    """The density of Bijoy marks per Latin letter (see the module docstring); 0 if none."""
    letters = len(_LATIN_LETTER.findall(text))
    if not letters:
        return 0.0
    strong = _strong_marks(text)
    return (text.count("v") + 2 * strong) / letters


def _strong_marks(text: str) -> int:
    glyphs = sum(1 for ch in text if ch in _BIJOY_GLYPHS)
    return (
        glyphs
        + len(_INWORD_UPPER.findall(text))
        + len(_W_CONSONANT.findall(text))
        + len(_V_CONSONANT.findall(text))
    )


def looks_like_bijoy(text: str) -> bool:
    """Whether ``text`` looks like Bengali typed in the legacy Bijoy (ANSI) encoding."""
    sample = text[:200_000]  # enough to judge; keeps a 50 MB line cheap
    letters = len(_LATIN_LETTER.findall(sample))
    if letters < MIN_LETTERS:
        return False
    if len(_BENGALI.findall(sample)) > MAX_BENGALI_SHARE * letters:
        return False
    words = [w.lower() for w in _WORD.findall(sample)]
    if words and sum(w in _ENGLISH for w in words) / len(words) >= MAX_ENGLISH_SHARE:
        return False
    strong = _strong_marks(sample)
    if strong < MIN_STRONG:
        return False
    return (sample.count("v") + 2 * strong) / letters >= MIN_SCORE


def utf16_kind(data: bytes) -> str | None:
    """A description like "UTF-16 (little-endian, with a byte-order mark)" when ``data``
    looks like UTF-16 text, else ``None``.

    With a byte-order mark and at least one character that decides it; without one,
    the first 4 KB must decode in one byte order to mostly plausible characters (ASCII,
    Latin-1, Bengali, general punctuation), which binary data almost never does.
    """
    if len(data) < 4:  # a bare byte-order mark holds no text to speak of
        return None
    if data.startswith(b"\xff\xfe"):
        return "UTF-16 (little-endian, with a byte-order mark)"
    if data.startswith(b"\xfe\xff"):
        return "UTF-16 (big-endian, with a byte-order mark)"
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    for codec, order in (("utf-16-le", "little-endian"), ("utf-16-be", "big-endian")):
        chars = sample.decode(codec, errors="replace")
        plausible = sum(1 for ch in chars if _plausible(ch))
        if plausible >= 0.9 * len(chars):
            return f"UTF-16 ({order}, without a byte-order mark)"
    return None


def _plausible(ch: str) -> bool:
    code = ord(ch)
    return (
        ch in "\t\n\r"
        or 0x20 <= code < 0x7F
        or 0xA0 <= code <= 0xFF
        or 0x0980 <= code <= 0x09FF
        or 0x2000 <= code <= 0x206F
    )
