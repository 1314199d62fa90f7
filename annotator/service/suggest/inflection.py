"""Bengali case and plural endings, in one place.

News text inflects names: পুতিন, পুতিনের, পুতিনকে, রাশিয়ায়. The gazetteer matches a
learned name in any of these forms by comparing stems, so the list lives here with its
tests (tests/service/test_suggest_recommenders.py).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

# Longest first, so "দের" is tried before "র". Normalized to NFC like every stored text
# (য় is U+09AF U+09BC after NFC).
SUFFIXES: tuple[str, ...] = tuple(
    sorted(
        {
            unicodedata.normalize("NFC", s)
            for s in (
                "গুলোর",
                "গুলোকে",
                "গুলোতে",
                "গুলো",
                "গুলি",
                "দের",
                "েরা",
                "য়ের",
                "এর",
                "ের",
                "কে",
                "তে",
                "য়",
                "রা",
                "টি",
                "টা",
                "র",
                "এ",
                "ে",
            )
        },
        key=lambda s: (-len(s), s),
    )
)
# A stem keeps at least this many letters (vowel signs and hasanta not counted), so "এ"
# is never the stem of "এর", while স্ত্রী (one cluster, three letters) is that of স্ত্রীর.
MIN_STEM_LETTERS = 2
_LETTER = regex.compile(r"\p{L}")


@lru_cache(maxsize=65536)
def stems(word: str) -> frozenset[str]:
    """The word itself and every stem left by removing one known ending.

    A stem is only a key to compare words by (the vowel sign of -ের sits inside the
    last cluster of পুতিনের); spans made from matches always cover the whole word, so
    they never split a cluster. Stems of fewer than :data:`MIN_STEM_LETTERS` letters
    are not kept.
    """
    found = {word}
    for suffix in SUFFIXES:
        if len(suffix) < len(word) and word.endswith(suffix):
            stem = word[: -len(suffix)]
            if len(_LETTER.findall(stem)) >= MIN_STEM_LETTERS:
                found.add(stem)
    return frozenset(found)
