"""Extended grapheme clusters and span snapping.

Spans may start and end only between clusters: ক্ষ, ন্ত্র and স্ত্রী are one cluster
each under Unicode 15.1+ rules, which the pinned ``regex`` module implements.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right

import regex

_CLUSTER = regex.compile(r"\X")
# Word characters for snapping: letters, marks (vowel signs, hasanta, nukta), digits,
# and the joiners that live inside Bengali words.
_WORD_CHARS = regex.compile(r"[\p{L}\p{M}\p{N}\u200c\u200d]")
# Signs that belong to a quantity ("৫০%", "৳১০০") and so are never trimmed off a span.
_KEPT_SIGNS = frozenset("%$৳€£¥₹")


def cluster_boundaries(text: str) -> list[int]:
    """All cluster boundaries of ``text``, ascending, including 0 and ``len(text)``."""
    bounds = [m.start() for m in _CLUSTER.finditer(text)]
    bounds.append(len(text))
    return bounds


def is_word_char(ch: str) -> bool:
    return bool(_WORD_CHARS.match(ch))


def is_trimmable(ch: str) -> bool:
    """Whitespace and punctuation that a span never starts or ends with."""
    if ch.isspace() or ch in "\u200b\ufeff":
        return True
    if ch in _KEPT_SIGNS:
        return False
    return unicodedata.category(ch)[0] in "PS"


def _is_space(ch: str) -> bool:
    return ch.isspace() or ch in "\u200b\ufeff"


class ClusterIndex:
    """Cluster boundaries of one fixed text, with snapping helpers.

    Built once per document (about 50 ms per 100,000 characters) and queried in O(log n).
    """

    __slots__ = ("_bounds", "_set", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._bounds = cluster_boundaries(text)
        self._set = frozenset(self._bounds)

    @property
    def boundaries(self) -> list[int]:
        return self._bounds

    def is_boundary(self, offset: int) -> bool:
        return offset in self._set

    def floor(self, offset: int) -> int:
        """The nearest boundary at or before ``offset``."""
        offset = max(0, min(offset, len(self.text)))
        return self._bounds[bisect_right(self._bounds, offset) - 1]

    def ceil(self, offset: int) -> int:
        """The nearest boundary at or after ``offset``."""
        offset = max(0, min(offset, len(self.text)))
        return self._bounds[bisect_left(self._bounds, offset)]

    def expand_to_clusters(self, start: int, end: int) -> tuple[int, int]:
        """Grow ``[start, end)`` outwards to cluster boundaries."""
        return self.floor(start), self.ceil(end)

    def expand_to_words(self, start: int, end: int) -> tuple[int, int]:
        """Grow ``[start, end)`` outwards over whole clusters to whole words.

        A cluster belongs to a word when its first character is a word character
        (letter, mark, digit, ZWJ/ZWNJ). A range holding no such cluster is only
        snapped to clusters; an empty range (a click) grows to the word around it.
        """
        text = self.text
        bounds = self._bounds
        start, end = self.expand_to_clusters(start, end)
        i, j = bisect_left(bounds, start), bisect_left(bounds, end)
        if start < end and not any(is_word_char(text[bounds[k]]) for k in range(i, j)):
            return start, end
        while i > 0 and is_word_char(text[bounds[i - 1]]):
            i -= 1
        while j < len(bounds) - 1 and is_word_char(text[bounds[j]]):
            j += 1
        return bounds[i], bounds[j]

    def trim(self, start: int, end: int, *, punctuation: bool = True) -> tuple[int, int]:
        """Shrink ``[start, end)`` past surrounding whitespace and (unless ``punctuation``
        is false: quote marks and danda kept) punctuation.

        Works cluster by cluster, so a trailing vowel sign is never cut off.
        Returns an empty range ``(start, start)`` when nothing but trimmable text is left.
        """
        text = self.text
        start, end = self.expand_to_clusters(start, end)
        cut = is_trimmable if punctuation else _is_space
        while start < end and cut(text[start]):
            start = self.ceil(start + 1)
        while end > start and cut(text[self.floor(end - 1)]):
            end = self.floor(end - 1)
        return (start, end) if start < end else (start, start)

    def snap(
        self, start: int, end: int, *, words: bool = True, punctuation: bool = True
    ) -> tuple[int, int]:
        """Snap a raw selection the way the window does: trim, then expand."""
        if start > end:
            start, end = end, start
        start, end = self.trim(start, end, punctuation=punctuation)
        if start == end:
            return start, end
        if words:
            start, end = self.expand_to_words(start, end)
        return self.trim(start, end, punctuation=punctuation)
