"""Normalization-insensitive search in a document (plain Python, no Qt)."""

from __future__ import annotations

import unicodedata

from annotator.text import normalize_with_map


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Code point ranges of every match of ``query`` in ``text``, compared in NFC.

    Precomposed and decomposed forms (য় as U+09DF or য + nukta) find each other;
    ranges are in ``text``'s own offsets, even if ``text`` were not NFC.
    """
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
