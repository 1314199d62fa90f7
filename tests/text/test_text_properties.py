"""Property tests: random Bengali, emoji and mixed strings never break offsets or snapping."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text import (
    ClusterIndex,
    Utf16Map,
    normalize_text,
    normalize_with_map,
    tokenize,
)

BENGALI = [chr(c) for c in range(0x0980, 0x0A00)]
PIECES = [
    *BENGALI,
    "\u200c",
    "\u200d",
    "\u09cd",  # hasanta
    "\u09bc",  # nukta
    " ",
    "\n",
    "\r\n",
    "\r",
    "\ufeff",
    ",",
    "?",
    "!",
    "‘",
    "’",
    "“",
    "”",
    "%",
    "a",
    "Z",
    "7",
    "😀",
    "👍🏽",
    "🇧🇩",
    "\U0001f3fd",  # a skin tone modifier on its own: extends whatever precedes it
    "👨\u200d👩\u200d👧",
    "ক্ষ",
    "ন্ত্র",
    "স্ত্রী",
    "র\u200d্যাব",
    "\u09df",
    "\u09dc",
    "\u09dd",
    "e\u0301",
    "\u1100",  # Hangul jamo L, V, T: three starters that compose into one syllable
    "\u1161",
    "\u11a8",
    "\u09c7",  # e-kar, which composes with a following aa-kar or au length mark
    "\u09be",
    "\u09d7",
]

texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
mixed = st.one_of(texts, st.text(max_size=30))
SETTINGS = settings(max_examples=150, deadline=None)


@SETTINGS
@given(mixed)
def test_utf16_round_trip(text: str) -> None:
    m = Utf16Map(text)
    assert m.utf16_length == len(text.encode("utf-16-le", "surrogatepass")) // 2
    for cp in range(len(text) + 1):
        u16 = m.to_utf16(cp)
        assert u16 == len(text[:cp].encode("utf-16-le", "surrogatepass")) // 2
        assert m.from_utf16(u16) == cp
    valid = {m.to_utf16(cp) for cp in range(len(text) + 1)}
    for u16 in range(m.utf16_length + 1):
        if u16 in valid:
            continue
        try:
            m.from_utf16(u16)
        except ValueError:
            assert m.from_utf16_floor(u16) == m.from_utf16(u16 - 1)
        else:
            raise AssertionError(f"position {u16} inside a surrogate pair was accepted")


@SETTINGS
@given(texts, st.integers(0, 60), st.integers(0, 60), st.booleans())
def test_snap_lands_on_boundaries_inside_text_and_is_idempotent(
    text: str, a: int, b: int, words: bool
) -> None:
    text = normalize_text(text)
    ci = ClusterIndex(text)
    a, b = min(a, len(text)), min(b, len(text))
    start, end = ci.snap(a, b, words=words)
    assert 0 <= start <= end <= len(text)
    assert ci.is_boundary(start) and ci.is_boundary(end)
    assert ci.snap(start, end, words=words) == (start, end) or start == end
    if start < end:
        assert text[start:end].strip() == text[start:end]


@SETTINGS
@given(texts, st.integers(0, 60), st.integers(0, 60))
def test_expand_and_trim_stay_on_boundaries(text: str, a: int, b: int) -> None:
    ci = ClusterIndex(text)
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    for start, end in (ci.expand_to_clusters(a, b), ci.expand_to_words(a, b), ci.trim(a, b)):
        assert 0 <= start <= end <= len(text)
        assert ci.is_boundary(start) and ci.is_boundary(end)
    es, ee = ci.expand_to_clusters(a, b)
    assert es <= a and ee >= b
    ws, we = ci.expand_to_words(a, b)
    assert ws <= es and we >= ee
    ts, te = ci.trim(a, b)
    assert (ts == te) or (es <= ts < te <= ee)


@SETTINGS
@given(texts)
def test_normalize_with_map_carries_offsets(text: str) -> None:
    result = normalize_with_map(text)
    assert result.text == normalize_text(text)
    assert result.map_offset(0) == 0
    assert result.map_offset(len(text)) == len(result.text)
    mapped = [m for m in (result.map_offset(i) for i in range(len(text) + 1)) if m is not None]
    assert mapped == sorted(mapped)
    # Any two mappable offsets carry the normalized text of what lay between them
    # (a BOM only counts as one at the very start of the text).
    for i in range(len(text) + 1):
        for j in range(i, len(text) + 1):
            mi, mj = result.map_offset(i), result.map_offset(j)
            if mi is None or mj is None:
                continue
            piece = text[i:j] if i else text[1 if text.startswith("\ufeff") else 0 : j]
            expected = unicodedata.normalize("NFC", piece.replace("\r\n", "\n").replace("\r", "\n"))
            assert result.text[mi:mj] == expected, (i, j)


@SETTINGS
@given(texts)
def test_tokens_are_inside_text_ordered_and_on_clusters(text: str) -> None:
    text = normalize_text(text)
    ci = ClusterIndex(text)
    last = 0
    for token in tokenize(text):
        assert last <= token.start < token.end <= len(text)
        assert text[token.start : token.end] == token.text
        assert ci.is_boundary(token.start) and ci.is_boundary(token.end)
        last = token.end
