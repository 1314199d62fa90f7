"""A Bengali-aware tokenizer and sentence splitter with code point offsets.

Words are runs of letters, vowel signs, hasanta, nukta, digits and ZWJ/ZWNJ, so
কোরিয়ার or র‍্যাব stay one token (the word class of stdlib ``re`` would split them at every
vowel sign). Every other visible grapheme cluster (the danda ``।``, ``?``, quotes
‘ ’ “ ”, emoji) is a token of its own. Numbers keep inner separators (১,০০০ or 3.5).
"""

from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Iterator, Sequence
from typing import NamedTuple, overload

import regex

TOKENIZER_NAME = "annotator-bn"
TOKENIZER_VERSION = "1"
# What a document's stored token offsets were computed with (``documents.tokens_version``):
# offsets stored under another stamp are recomputed, so changing the tokenizer's output
# means changing TOKENIZER_VERSION.
TOKENS_STAMP = f"{TOKENIZER_NAME}/{TOKENIZER_VERSION}"

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
# Only literal characters, no word class: the stdlib engine (faster) matches the same.
_BREAK = re.compile(r"\n|[।॥?!][।॥?!’”'\")\]»]*")


class Token(NamedTuple):
    """One token: its text, code point offsets (end-exclusive), and trailing whitespace.

    A named tuple, not a dataclass: the token formats make one per word of every
    exported text, and a tuple is built several times faster.
    """

    text: str
    start: int
    end: int
    ws: bool


# The fast path. News text is almost all Bengali, ASCII and a few punctuation marks;
# among those characters grapheme clusters are simple (a base character and the marks
# after it: none of them is Prepend, and every extending one is a word character), so
# the stdlib ``re`` engine, several times faster than ``regex`` with ``\X``, finds the
# very same tokens with the classes below, computed from ``regex``'s own Unicode tables
# (the two paths cannot disagree about a character). Each whitespace-delimited chunk
# holding any other character (an emoji, another script, another space) is tokenized
# by the full pattern above, starting and ending where the full scan would be anyway.
_KNOWN = (
    [chr(c) for c in range(0x20, 0x7F)]
    + [chr(c) for c in range(0x0980, 0x0A00)]
    + list("\n\t\u0964\u0965\u200c\u200d\u2013\u2014\u2018\u2019\u201c\u201d\u2026")
)
_EXTENDS_RX = regex.compile(_EXTENDS)
_PREPEND_RX = regex.compile(r"\p{GCB=Prepend}")
_NEXT_SPACE = re.compile("[ \t\n]")
_INVISIBLE = "\u200b\u200c\u200d\ufeff"


def _class(pattern: str) -> set[str]:
    rx = regex.compile(pattern)
    return {ch for ch in _KNOWN if rx.fullmatch(ch)}


def _re_class(chars: set[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


def _fast_patterns() -> (
    tuple[re.Pattern[str], tuple[re.Pattern[str], re.Pattern[str]], re.Pattern[str]] | None
):
    word, ext = _class(_WORD_CHAR), _class(_EXTENDS)
    digits = _class(r"\p{N}")
    if _class(r"\p{GCB=Prepend}") or not ext <= word or not digits <= word:
        return None  # the reasoning above would not hold: always take the full path
    w, e, n = _re_class(word), _re_class(ext), _re_class(digits)
    other = _re_class(set(_KNOWN) - word - set(" \t\n"))
    token = re.compile(
        # A word starting with a letter first (most tokens: one alternative tried, not
        # two); the number branch could only match from a digit anyway.
        rf"{_re_class(word - digits)}{w}*"
        rf"|(?:{n}{e}*)+(?:[.,:/](?:{n}{e}*)+)+"  # numbers with separators
        rf"|{w}+"  # words starting with a digit
        rf"| {e}+|{other}{e}*"  # one cluster: marks after a space, or anything else
    )
    # Left to the full pattern: any other character, and a mark right after anything
    # but a letter (a space, a digit, punctuation): ``regex`` then joins clusters in
    # ways a simple class cannot follow (a hasanta after "?" joins the next consonant).
    # Two patterns, each scanned on its own: twice as fast as their alternation.
    not_letter = _re_class(set(_KNOWN) - (word - digits))
    unknown = (
        re.compile("[^" + "".join(re.escape(ch) for ch in sorted(_KNOWN)) + "]"),
        re.compile(f"{not_letter}{e}"),
    )
    # A run of only ZWJ/ZWNJ is a token the full path drops: such texts take it whole.
    lone = re.compile(rf"(?<!{w}){_re_class({chr(0x200C), chr(0x200D)})}+(?!{w})")
    return token, unknown, lone


_FAST = _fast_patterns()


def _slow_chunks(
    text: str, unknown: tuple[re.Pattern[str], re.Pattern[str]]
) -> list[tuple[int, int]] | None:
    """The ``[start, end)`` ranges the full pattern must tokenize: each chunk between
    spaces, tabs and line breaks that holds a character outside the fast path's, plus
    the space before it when it starts with a mark (the full scan starts there)."""
    chunks: list[tuple[int, int]] = []
    covered = 0
    for i in sorted({m.start() for rx in unknown for m in rx.finditer(text)}):
        if text[i] in " \t\n":
            i += 1  # a mark after a space: its chunk starts at the mark
        if i < covered:
            continue
        a = max(text.rfind(" ", 0, i), text.rfind("\t", 0, i), text.rfind("\n", 0, i)) + 1
        after = _NEXT_SPACE.search(text, i)
        b = after.start() if after else len(text)
        if _PREPEND_RX.match(text, b - 1) and b < len(text):
            return None  # a Prepend joins the space after it: the whole text the full way
        if a > 0 and _EXTENDS_RX.match(text, a):
            a -= 1
        if chunks and a <= chunks[-1][1]:
            chunks[-1] = (chunks[-1][0], b)
        else:
            chunks.append((a, b))
        covered = b
    return chunks


def token_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every token of ``text``: what :func:`tokenize` finds, without
    building a :class:`Token` for each (the token formats need only the offsets)."""
    if _FAST is None:
        return [(t.start, t.end) for t in _tokenize_full(text)]
    token, unknown, lone = _FAST
    # The lookaround search for a lone ZWJ/ZWNJ runs only where one of them occurs.
    zw = "\u200c" in text or "\u200d" in text
    chunks = None if zw and lone.search(text) else _slow_chunks(text, unknown)
    if chunks is None:
        return [(t.start, t.end) for t in _tokenize_full(text)]
    spans: list[tuple[int, int]] = []
    at = 0
    for a, b in chunks:
        spans += [m.span() for m in token.finditer(text, at, a)]
        for m in _TOKEN.finditer(text, a, b):
            piece = m.group()
            if not piece.isspace() and piece.strip(_INVISIBLE):
                spans.append(m.span())
        at = b
    spans += [m.span() for m in token.finditer(text, at)]
    return spans


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokenize ``text[start:end]``; offsets are into ``text``. Whitespace is never a token."""
    n = len(text)
    if start == 0 and (end is None or end == n) and _FAST is not None:
        make = Token._make
        return [make((text[s:e], s, e, e < n and text[e].isspace())) for s, e in token_spans(text)]
    return _tokenize_full(text, start, end)


def _tokenize_full(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """:func:`tokenize` cluster by cluster with ``regex`` (any text)."""
    end = len(text) if end is None else end
    n = len(text)
    tokens: list[Token] = []
    append = tokens.append
    make = Token._make
    for m in _TOKEN.finditer(text, start, end):
        token = m.group()
        if token.isspace() or not token.strip(_INVISIBLE):
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


def sentence_ends(text: str) -> list[int]:
    """The end of each sentence of :func:`sentence_spans` (whitespace trimmed), without
    the ranges: what the token formats' sentence groups need, at a third of the cost."""
    ends: list[int] = []
    start = 0
    for m in _BREAK.finditer(text):
        if m.group() != "\n":  # a sentence end: never whitespace, never empty
            ends.append(m.end())
        else:
            piece = text[start : m.start()].rstrip()
            if piece:
                ends.append(start + len(piece))
        start = m.end()
    piece = text[start:].rstrip()
    if piece:
        ends.append(start + len(piece))
    return ends


# Stored token offsets (``documents.tokens``): each token's start and end as unsigned
# 32-bit little-endian integers, interleaved. A text's tokens never change (the text is
# normalized once at import), so the token formats read them instead of tokenizing.
_LITTLE = sys.byteorder == "little"
assert array("I").itemsize == 4


def pack_token_spans(spans: Sequence[tuple[int, int]]) -> bytes:
    """``spans`` (:func:`token_spans`) as the bytes stored for a document."""
    packed = array("I", [offset for span in spans for offset in span])
    if not _LITTLE:
        packed.byteswap()
    return packed.tobytes()


class TokenBounds(Sequence[tuple[int, int]]):
    """Token ``(start, end)`` offsets held as two arrays: what :func:`unpack_token_spans`
    gives, without a tuple per token until one is asked for (the row projection and the
    sentence groups read the starts and ends as they are, see :func:`token_columns`)."""

    __slots__ = ("ends", "starts")

    def __init__(self, starts: array[int], ends: array[int]) -> None:
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.starts)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends, strict=True)

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, int]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(index, slice):
            return list(zip(self.starts[index], self.ends[index], strict=True))
        return self.starts[index], self.ends[index]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


def token_columns(bounds: Sequence[tuple[int, int]]) -> tuple[Sequence[int], Sequence[int]]:
    """The starts and the ends of ``bounds`` (no copy for :class:`TokenBounds`)."""
    if isinstance(bounds, TokenBounds):
        return bounds.starts, bounds.ends
    if not bounds:
        return (), ()
    starts, ends = zip(*bounds, strict=True)
    return starts, ends


def unpack_token_spans(data: bytes) -> TokenBounds:
    """The ``(start, end)`` offsets packed by :func:`pack_token_spans`."""
    packed = array("I")
    packed.frombytes(data)
    if not _LITTLE:
        packed.byteswap()
    return TokenBounds(packed[::2], packed[1::2])


def stored_tokens(text: str) -> bytes:
    """The token offsets of ``text`` packed for storing with it."""
    return pack_token_spans(token_spans(text))
