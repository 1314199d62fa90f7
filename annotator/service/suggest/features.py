"""Token features for the CRF tagger, written for Bengali.

Affixes are counted in grapheme clusters, not code points, so a prefix of 2 is "কি"
+"ম" and never a consonant without its vowel sign. Bengali digits, Latin script,
the shape of the word, its neighbours and gazetteer hits (BIO of a gazetteer match,
with its label) are the other features.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from annotator.service.suggest.base import Suggestion
from annotator.text.tokenizer import Token

_CLUSTER = regex.compile(r"\X")
_BENGALI = regex.compile(r"\p{Bengali}")
_BENGALI_DIGIT = regex.compile(r"[০-৯]")
_LATIN = regex.compile(r"\p{Latin}")
_DIGIT = regex.compile(r"\p{N}")
MAX_AFFIX = 4


def shape(word: str) -> str:
    """A coarse shape: b (Bengali letter), d (digit), L/l (Latin upper/lower), p (other),
    runs collapsed."""
    out: list[str] = []
    for ch in word:
        if _DIGIT.match(ch):
            c = "d"
        elif _BENGALI.match(ch):
            c = "b"
        elif _LATIN.match(ch):
            c = "L" if ch.isupper() else "l"
        else:
            c = "p"
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=200_000)
def word_features(word: str) -> tuple[tuple[str, ...], str]:
    """The features of a word alone (cached: news repeats its words), and its last two
    clusters (a neighbour's ending, for the next and previous token)."""
    clusters = _CLUSTER.findall(word)
    f = [f"w={word}", f"len={min(len(clusters), 8)}", f"shape={shape(word)}"]
    for k in range(1, min(MAX_AFFIX, len(clusters)) + 1):
        f.append(f"p{k}={''.join(clusters[:k])}")
        f.append(f"s{k}={''.join(clusters[-k:])}")
    if _BENGALI_DIGIT.search(word):
        f.append("bn_digit")
    if _LATIN.search(word):
        f.append("latin")
    return tuple(f), "".join(clusters[-2:])


def token_features(
    tokens: list[Token], gazetteer_hits: list[Suggestion] | None = None
) -> list[list[str]]:
    """One feature list per token (crfsuite's string features)."""
    tags = ["O"] * len(tokens)
    if gazetteer_hits:
        starts = {t.start: i for i, t in enumerate(tokens)}
        ends = {t.end: i for i, t in enumerate(tokens)}
        for hit in gazetteer_hits:
            i, j = starts.get(hit.start), ends.get(hit.end)
            if i is None or j is None:
                continue
            for k in range(i, j + 1):
                if tags[k] == "O":
                    tags[k] = ("B-" if k == i else "I-") + hit.label
    words = [t.text for t in tokens]
    own = [word_features(w) for w in words]
    feats: list[list[str]] = []
    n = len(tokens)
    for i in range(n):
        f = ["bias", *own[i][0], f"gaz={tags[i]}"]
        if i == 0:
            f.append("BOS")
        else:
            f += (f"-1w={words[i - 1]}", f"-1gaz={tags[i - 1]}", f"-1s2={own[i - 1][1]}")
        if i > 1:
            f.append(f"-2w={words[i - 2]}")
        if i == n - 1:
            f.append("EOS")
        else:
            f += (f"+1w={words[i + 1]}", f"+1gaz={tags[i + 1]}", f"+1s2={own[i + 1][1]}")
        if i < n - 2:
            f.append(f"+2w={words[i + 2]}")
        feats.append(f)
    return feats
