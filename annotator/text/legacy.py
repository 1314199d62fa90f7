"""Legacy encodings: Bijoy (ANSI) Bengali recognised and converted, UTF-16 recognised.

Bijoy keyboards with SutonnyMJ-style fonts store Bengali as Latin-1/cp1252 characters
that only *look* Bengali in that font: "Avwg evsjvq Mvb MvB" is "আমি বাংলায় গান গাই".
Imported as it is, such text would be annotated as gibberish Latin, so it is refused
with a message that says what it is, unless the user asks for the conversion
(:func:`convert_bijoy`, :func:`convert_bijoy_runs`), which reads the glyph table in
``data/bijoy.tsv`` and moves the signs that Bijoy stores in visual order.

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

import unicodedata
from functools import lru_cache
from pathlib import Path

import regex

MIN_LETTERS = 12
MAX_BENGALI_SHARE = 0.02
MAX_ENGLISH_SHARE = 0.12
MIN_SCORE = 0.18
MIN_STRONG = 2

BIJOY_MESSAGE = (
    "the text looks like Bijoy (legacy ANSI) Bengali, typed for a SutonnyMJ-style font; "
    "convert it to Unicode first (for a .txt file: import it with --convert-bijoy)"
)
BIJOY_ENCODING = "Bijoy (SutonnyMJ)"

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
    utf32 = _utf32_kind(data)
    if utf32:
        return utf32
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


def _utf32_kind(data: bytes) -> str | None:
    """UTF-32 (a byte-order mark, or three zero bytes beside every ASCII character)."""
    if data.startswith(b"\xff\xfe\x00\x00"):
        return "UTF-32 (little-endian, with a byte-order mark)"
    if data.startswith(b"\x00\x00\xfe\xff"):
        return "UTF-32 (big-endian, with a byte-order mark)"
    sample = data[: 4096 // 4 * 4]
    if len(sample) >= 8 and len(sample) % 4 == 0:
        for codec, order in (("utf-32-le", "little-endian"), ("utf-32-be", "big-endian")):
            try:
                chars = sample.decode(codec)
            except UnicodeDecodeError:
                continue
            if sum(1 for ch in chars if _plausible(ch)) >= 0.9 * len(chars):
                return f"UTF-32 ({order}, without a byte-order mark)"
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


# --- Bijoy to Unicode -------------------------------------------------------------------

_TABLE_FILE = Path(__file__).with_name("data") / "bijoy.tsv"
# Placeholders (Private Use Area) for the signs that Bijoy stores in visual order.
_PRE_I, _PRE_E, _PRE_AI, _REPH = "\ue001", "\ue002", "\ue003", "\ue000"
_PRE_BASE = {"ি": _PRE_I, "ে": _PRE_E, "ৈ": _PRE_AI}
_FROM_PLACEHOLDER = {_PRE_I: "ি", _PRE_E: "ে", _PRE_AI: "ৈ"}
# One consonant (with its nukta), then any further consonants joined by a hasanta
# (a ZWJ may stand before the hasanta, as in র‍্য).
_CONSONANT = "[\u0995-\u09b9\u09ce\u09dc-\u09df]\u09bc?"
_CLUSTER = f"{_CONSONANT}(?:\u200d?\u09cd{_CONSONANT})*"
_PRE_BASE_RE = regex.compile(f"([{_PRE_I}{_PRE_E}{_PRE_AI}])({_CLUSTER})")
_REPH_RE = regex.compile(f"({_CLUSTER})([\u09be-\u09cc\u09d7]*){_REPH}")
_CHANDRABINDU_RE = regex.compile("(\u0981)([\u09be-\u09cc\u09d7])")
_ESCAPE = regex.compile(r"\\u([0-9a-fA-F]{4})")


class BijoyTable:
    """The glyph table of ``data/bijoy.tsv``, matched longest first."""

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        self.rows = rows
        mapping: dict[str, str] = {}
        for bijoy, unicode, _comment in rows:
            if bijoy == "©":
                unicode = _REPH
            elif unicode in _PRE_BASE:
                unicode = _PRE_BASE[unicode]
            mapping[bijoy] = unicode
        self.mapping = mapping
        keys = sorted(mapping, key=len, reverse=True)
        self.pattern = regex.compile("|".join(regex.escape(k) for k in keys))

    @classmethod
    def load(cls, path: Path = _TABLE_FILE) -> BijoyTable:
        """Read the table: ``bijoy<TAB>unicode<TAB>comment`` rows, ``#`` comment lines."""
        rows: list[tuple[str, str, str]] = []
        for lineno, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3 or not parts[0] or not parts[1] or not parts[2]:
                raise ValueError(f"{path}:{lineno}: expected bijoy<TAB>unicode<TAB>comment")
            rows.append((_unescape(parts[0]), _unescape(parts[1]), parts[2]))
        return cls(rows)


def _unescape(cell: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), cell)


@lru_cache(maxsize=1)
def bijoy_table() -> BijoyTable:
    """The conversion table, read once."""
    return BijoyTable.load()


def convert_bijoy(text: str) -> str:
    """Unicode Bengali (NFC) for ``text`` typed in Bijoy for a SutonnyMJ-family font.

    Every character is read as a Bijoy glyph (characters outside the table, such as
    spaces, line breaks and ASCII punctuation, stay as they are). The pre-base vowel
    signs (ি ে ৈ, typed before their consonant cluster) move after it, ে + া and ে + ৗ
    become ো and ৌ, a chandrabindu typed before a vowel sign moves after it, and the
    reph (র্, typed after its cluster) moves before it.
    """
    table = bijoy_table()
    mapped = table.pattern.sub(lambda m: table.mapping[m.group(0)], text)
    mapped = _PRE_BASE_RE.sub(lambda m: m.group(2) + _FROM_PLACEHOLDER[m.group(1)], mapped)
    # A pre-base sign with no consonant after it (a typo in the source) stays a sign.
    for placeholder, sign in _FROM_PLACEHOLDER.items():
        mapped = mapped.replace(placeholder, sign)
    mapped = mapped.replace("ো", "ো").replace("ৌ", "ৌ")
    # Chandrabindu is often typed before the vowel sign it sits over (Zuvi for তাঁর).
    mapped = _CHANDRABINDU_RE.sub(r"\2\1", mapped)
    mapped = _REPH_RE.sub(lambda m: "র্" + m.group(1) + m.group(2), mapped)
    mapped = mapped.replace(_REPH, "র্")  # a reph with nothing before it
    return unicodedata.normalize("NFC", mapped)


# A run: characters outside the Bengali block (and not line breaks), so that Bijoy text
# between Unicode Bengali words is found whole, spaces and punctuation included.
_RUN = regex.compile(r"[^\u0980-\u09ff\u200c\u200d\n]+")
_SHORT_RUN_ENGLISH = regex.compile(r"[A-Za-z]+")


def convert_bijoy_runs(text: str) -> tuple[str, int]:
    """``text`` with only its Bijoy runs converted, and how many runs were converted.

    Text that is partly Unicode Bengali and partly Bijoy (a pasted paragraph, a quote
    typed on an old machine) keeps its Unicode words and its English as they are. A run
    of at least :data:`MIN_LETTERS` letters is converted when :func:`looks_like_bijoy`
    says so; a shorter run when it has a strong Bijoy mark and no common English word.
    """
    converted = 0

    def one(match: regex.Match[str]) -> str:
        nonlocal converted
        run = match.group(0)
        if _is_bijoy_run(run):
            converted += 1
            core = run.strip()
            lead = run[: len(run) - len(run.lstrip())]
            trail = run[len(run.rstrip()) :]
            return lead + convert_bijoy(core) + trail
        return run

    result = _RUN.sub(one, text)
    return unicodedata.normalize("NFC", result), converted


def _is_bijoy_run(run: str) -> bool:
    letters = len(_LATIN_LETTER.findall(run))
    if letters >= MIN_LETTERS:
        return looks_like_bijoy(run)
    if not letters or _strong_marks(run) == 0:
        return False
    words = [w.lower() for w in _SHORT_RUN_ENGLISH.findall(run)]
    return not any(w in _ENGLISH for w in words)
