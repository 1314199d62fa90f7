"""What every recommender reads (examples) and writes (suggestions)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from annotator.text.tokenizer import Token, sentence_spans, tokenize

GAZETTEER = "gazetteer"
TAGGER = "tagger"
QUOTES = "quotes"
RECOMMENDERS = (GAZETTEER, TAGGER, QUOTES)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A proposed span: code point offsets (end-exclusive), a label and a score in 0..1.

    ``speaker`` is the ``(start, end)`` of the span proposed as speaker or claimant
    of a QUOTE or CLAIM suggestion, and ``cue`` that of the speech or claim verb that
    gave it away, if the recommender found them. ``attrs`` are label attributes the
    accepted span gets (a quote's ``form``).
    """

    start: int
    end: int
    label: str
    score: float
    recommender: str
    speaker: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)


@dataclass(frozen=True, slots=True)
class Example:
    """One labeled document for learning: a key (for the hold-out split), the text and
    its spans as ``(start, end, label)``."""

    key: str
    text: str
    spans: tuple[tuple[int, int, str], ...]


def entity_spans(
    spans: Iterable[tuple[int, int, str]], labels: Iterable[str]
) -> list[tuple[int, int, str]]:
    """The spans with one of ``labels`` that no longer one of them contains.

    A tagger sees one label per token, so nested entities (the GPE inside an ORG)
    give way to the outermost span.
    """
    wanted = set(labels)
    chosen: list[tuple[int, int, str]] = []
    end = -1
    for start, stop, label in sorted(
        (s for s in spans if s[2] in wanted), key=lambda s: (s[0], -s[1])
    ):
        if start >= end:
            chosen.append((start, stop, label))
            end = stop
    return chosen


@dataclass(frozen=True, slots=True)
class Tokenized:
    """A text tokenized once for every recommender: its tokens and, per sentence, the
    ``(lo, hi)`` code point range and the tokens inside it."""

    text: str
    tokens: list[Token]
    sentences: list[tuple[int, int, list[Token]]]

    @classmethod
    def of(cls, text: str) -> Tokenized:
        tokens = tokenize(text)
        starts = [t.start for t in tokens]
        groups = []
        for lo, hi in sentence_spans(text):
            inside = tokens[bisect_left(starts, lo) : bisect_left(starts, hi)]
            groups.append((lo, hi, inside))
        return cls(text, tokens, groups)
