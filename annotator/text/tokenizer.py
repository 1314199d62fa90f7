"""A Bengali-aware tokenizer and sentence splitter with code point offsets.

Words are runs of letters, vowel signs, hasanta, nukta, digits and ZWJ/ZWNJ, so
কোরিয়ার or র‍্যাব stay one token (stdlib ``re`` ``\\w`` would split them at every
vowel sign). Every other visible grapheme cluster (the danda ``।``, ``?``, quotes
‘ ’ “ ”, emoji) is a token of its own. Numbers keep inner separators (১,০০০ or 3.5).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

TOKENIZER_NAME = "annotator-bn"
TOKENIZER_VERSION = "1"

# Tokens are made of whole grapheme clusters, so a token never ends inside one (a letter
# followed by an emoji skin tone modifier is one cluster, and so one token).
_TOKEN = regex.compile(
    r"""
    (?:(?:(?=\p{N})\X)+(?:[.,:/](?:(?=\p{N})\X)+)+)  # numbers with separators: ১,০০০ 3.5 12:30
    | (?:(?=[\p{L}\p{M}\p{N}\u200c\u200d])\X)+       # words incl. vowel signs, hasanta, nukta
    | \X                                             # anything else: one cluster per token
    """,
    regex.VERBOSE,
)
_SENTENCE_END = frozenset("।॥?!")
_CLOSERS = frozenset("’”'\")]»")


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its text, code point offsets (end-exclusive), and trailing whitespace."""

    text: str
    start: int
    end: int
    ws: bool


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokenize ``text[start:end]``; offsets are into ``text``. Whitespace is never a token."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        if text[s:e].isspace() or not text[s:e].strip("\u200b\u200c\u200d\ufeff"):
            continue
        ws = e < len(text) and text[e].isspace()
        tokens.append(Token(text[s:e], s, e, ws))
    return tokens


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences as ``(start, end)`` code point ranges, whitespace trimmed.

    A sentence ends after ``।``, ``॥``, ``?`` or ``!`` (and any closing quotes right
    after it), and at every line break.
    """
    spans: list[tuple[int, int]] = []
    n = len(text)
    i = 0
    start = 0

    def close(s: int, e: int) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))

    while i < n:
        ch = text[i]
        if ch == "\n":
            close(start, i)
            start = i + 1
        elif ch in _SENTENCE_END:
            j = i + 1
            while j < n and (text[j] in _SENTENCE_END or text[j] in _CLOSERS):
                j += 1
            close(start, j)
            start = i = j
            continue
        i += 1
    close(start, n)
    return spans
