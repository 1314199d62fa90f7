"""Normalization-insensitive search in a document (plain Python, no Qt)."""

from __future__ import annotations

import unicodedata
from enum import StrEnum

from annotator.text import ClusterIndex, normalize_with_map
from annotator.text.clusters import is_word_char

SENTENCE_ENDS = "।?!\n"
CONTEXT = 80  # characters of sentence shown on each side of a match at most


class MatchMode(StrEnum):
    """How a query must sit in the text to match."""

    WORD = "word"  # the query is a whole word (the default)
    INFLECTED = "inflected"  # a word starting with the query: stem + case suffix
    ANYWHERE = "anywhere"  # anywhere, widened to whole grapheme clusters


def _raw_matches(text: str, query: str) -> list[tuple[int, int]]:
    needle = unicodedata.normalize("NFC", query)
    if not needle.strip():
        return []
    if unicodedata.is_normalized("NFC", text):
        haystack, back = text, None
    else:
        normalized = normalize_with_map(text)
        haystack = normalized.text
        back = {new: old for old, new in enumerate(normalized.offset_map) if new is not None}
    found = []
    pos = haystack.find(needle)
    while pos != -1:
        start, end = pos, pos + len(needle)
        if back is not None:
            if start not in back or end not in back:
                pos = haystack.find(needle, pos + 1)
                continue
            start, end = back[start], back[end]
        found.append((start, end))
        pos = haystack.find(needle, pos + len(needle))
    return found


def find_all(
    text: str,
    query: str,
    mode: MatchMode = MatchMode.WORD,
    clusters: ClusterIndex | None = None,
) -> list[tuple[int, int]]:
    """Code point ranges of the matches of ``query`` in ``text``, compared in NFC.

    Precomposed and decomposed forms (য় as U+09DF or য + nukta) find each other;
    ranges are in ``text``'s own offsets and always on grapheme cluster boundaries:
    a whole word (``WORD``), the whole word a query starts (``INFLECTED``: কিম finds
    কিমের and the range covers কিমের), or the clusters holding the match (``ANYWHERE``).
    """
    clusters = clusters or ClusterIndex(text)
    found: list[tuple[int, int]] = []
    for start, end in _raw_matches(text, query):
        start, end = clusters.expand_to_clusters(start, end)
        starts_word = start == 0 or not is_word_char(text[start - 1])
        ends_word = end == len(text) or not is_word_char(text[end])
        if mode is MatchMode.WORD and not (starts_word and ends_word):
            continue
        if mode is MatchMode.INFLECTED:
            if not starts_word:
                continue
            end = clusters.expand_to_words(end - 1, end)[1] if not ends_word else end
        if not found or start >= found[-1][1]:
            found.append((start, end))
    return found


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``[start, end)`` (up to a danda, ?, ! or line break), cut to
    at most :data:`CONTEXT` characters on each side."""
    lo = max((text.rfind(ch, 0, start) for ch in SENTENCE_ENDS), default=-1) + 1
    his = [i for i in (text.find(ch, end) for ch in SENTENCE_ENDS) if i != -1]
    hi = min(his) + 1 if his else len(text)
    if text[hi - 1 : hi] == "\n":
        hi -= 1
    lo = max(lo, start - CONTEXT)
    hi = min(hi, end + CONTEXT)
    while lo < start and text[lo].isspace():
        lo += 1
    return lo, hi
