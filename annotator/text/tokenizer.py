"""A Bengali-aware tokenizer and sentence splitter with code point offsets.

Words are runs of letters, vowel signs, hasanta, nukta, digits and ZWJ/ZWNJ, so
কোরিয়ার or র‍্যাব stay one token (stdlib ``re`` ``\\w`` would split them at every
vowel sign). Every other visible grapheme cluster (the danda ``।``, ``?``, quotes
‘ ’ “ ”, emoji) is a token of its own. Numbers keep inner separators (১,০০০ or 3.5).
"""

from __future__ import annotations

from typing import NamedTuple

import regex

TOKENIZER_NAME = "annotator-bn"
TOKENIZER_VERSION = "1"

# Tokens are made of whole grapheme clusters, so a token never ends inside one (a letter
# followed by an emoji skin tone modifier is one cluster, and so one token).
#
# Matching cluster by cluster (``\X``) is slow, so two fast branches take whole runs of
# code points where that gives the same tokens: a run of word characters whose end is
# certainly a cluster boundary (the next character does not extend a cluster, and the
# last one is no Prepend or ZWJ, which bind to what follows); elsewhere the cluster by
# cluster branches decide, as before. A plain space, tab or line break not followed by
# an extending character is a cluster of its own and never a token, so nothing matches
# there and the search skips it without a round trip through Python.
_WORD_CHAR = r"[\p{L}\p{M}\p{N}\u200c\u200d]"
_EXTENDS = r"[\p{GCB=Extend}\p{GCB=SpacingMark}\p{GCB=ZWJ}]"
_TOKEN = regex.compile(
    rf"""
    (?:(?:(?=\p{{N}})\X)+(?:[.,:/](?:(?=\p{{N}})\X)+)+)  # numbers with separators: ১,০০০ 3.5
    | {_WORD_CHAR}++(?!{_EXTENDS})(?<![\p{{GCB=Prepend}}\u200d])  # words, fast
    | (?:(?={_WORD_CHAR})\X)+              # words incl. vowel signs, hasanta, nukta
    | (?![\ \t\n\r](?!{_EXTENDS}))\X        # anything else: one cluster per token
    """,
    regex.VERBOSE,
)
_SENTENCE_END = frozenset("।॥?!")
_CLOSERS = frozenset("’”'\")]»")
# A line break, or a sentence end with any further ends and closing quotes after it.
_BREAK = regex.compile(r"\n|[।॥?!][।॥?!’”'\")\]»]*")


class Token(NamedTuple):
    """One token: its text, code point offsets (end-exclusive), and trailing whitespace.

    A named tuple, not a dataclass: the token formats make one per word of every
    exported text, and a tuple is built several times faster.
    """

    text: str
    start: int
    end: int
    ws: bool


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokenize ``text[start:end]``; offsets are into ``text``. Whitespace is never a token."""
    end = len(text) if end is None else end
    n = len(text)
    tokens: list[Token] = []
    append = tokens.append
    make = Token._make
    invisible = "\u200b\u200c\u200d\ufeff"
    for m in _TOKEN.finditer(text, start, end):
        token = m.group()
        if token.isspace() or not token.strip(invisible):
            continue
        e = m.end()
        append(make((token, m.start(), e, e < n and text[e].isspace())))
    return tokens


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences as ``(start, end)`` code point ranges, whitespace trimmed.

    A sentence ends after ``।``, ``॥``, ``?`` or ``!`` (and any closing quotes right
    after it), and at every line break.
    """
    spans: list[tuple[int, int]] = []

    def close(s: int, e: int) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))

    start = 0
    for m in _BREAK.finditer(text):
        if m.group() == "\n":
            close(start, m.start())
        else:
            close(start, m.end())
        start = m.end()
    close(start, len(text))
    return spans
