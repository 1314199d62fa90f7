"""The tokenizer's fast branches give exactly the tokens of plain cluster-by-cluster
matching, on text full of the characters where run matching could go wrong (marks
after spaces or symbols, emoji modifiers and ZWJ sequences, Prepend characters,
tag characters, CR LF, numbers with separators)."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text import sentence_spans, tokenize
from annotator.text.tokenizer import sentence_ends

# The token pattern without fast branches: every token is matched cluster by cluster.
_REFERENCE = regex.compile(
    r"""
    (?:(?:(?=\p{N})\X)+(?:[.,:/](?:(?=\p{N})\X)+)+)
    | (?:(?=[\p{L}\p{M}\p{N}\u200c\u200d])\X)+
    | \X
    """,
    regex.VERBOSE,
)


def reference_tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple]:
    end = len(text) if end is None else end
    out = []
    for m in _REFERENCE.finditer(text, start, end):
        s, e = m.span()
        piece = text[s:e]
        if piece.isspace() or not piece.strip("\u200b\u200c\u200d\ufeff"):
            continue
        out.append((piece, s, e, e < len(text) and text[e].isspace()))
    return out


def reference_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence ranges by a character-by-character scan."""
    ends, closers = set("।॥?!"), set("’”'\")]»")
    spans: list[tuple[int, int]] = []

    def close(s: int, e: int) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))

    i = start = 0
    while i < len(text):
        if text[i] == "\n":
            close(start, i)
            start = i + 1
        elif text[i] in ends:
            j = i + 1
            while j < len(text) and (text[j] in ends or text[j] in closers):
                j += 1
            close(start, j)
            start = i = j
            continue
        i += 1
    close(start, len(text))
    return spans


TRICKY = [
    *"কখগরলমনসহড়য়ৎংঃঁািীুূৃেৈোৌ়্০১২৩৫৯0123.,:/ \t\n\r।॥?!’”'\")]»‘“(ab",
    *("\u200b", "\u200c", "\u200d", "\ufeff", "\u00a0", "\u0085", "\x1c", "\u2028"),
    *("👍", "\U0001f3fd", "🇧", "🇩", "⛑", "\ufe0f", "ℹ", "😀", "\u20e3", "\u0301"),
    *("\u0600", "\u0d4e", "\U000e0020", "\U000e007f", "\u0e33", "ก", "\u1100", "\u1161"),
]
texts = st.text(alphabet=st.sampled_from(TRICKY), max_size=40)


def as_tuples(text: str, *args: int) -> list[tuple]:
    return [(t.text, t.start, t.end, t.ws) for t in tokenize(text, *args)]


@settings(max_examples=1500, deadline=None)
@given(texts, st.data())
def test_fast_branches_give_the_cluster_by_cluster_tokens(text: str, data: st.DataObject) -> None:
    assert as_tuples(text) == reference_tokens(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert as_tuples(text, start, end) == reference_tokens(text, start, end)


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_sentence_ranges_match_a_character_scan(text: str) -> None:
    assert sentence_spans(text) == reference_sentences(text)
    # The ends alone (what the token formats' sentence groups read), computed apart.
    assert sentence_ends(text) == [e for _s, e in reference_sentences(text)]


def test_word_followed_by_a_skin_tone_modifier_stays_one_cluster() -> None:
    # ℹ is a letter and an emoji: a ZWJ after it joins the next emoji into its cluster.
    assert [t.text for t in tokenize("ℹ\u200d😀 কিম👍\U0001f3fd")] == [
        "ℹ\u200d😀",
        "কিম",
        "👍\U0001f3fd",
    ]
    assert [t.text for t in tokenize("ab\U0001f3fd cd")] == ["ab\U0001f3fd", "cd"]
