"""Which spans a link may point to, nearest first, and how typing filters them.

Plain Python (no Qt) so the order and the filter are cheap to test. The link picker
shows the candidates a relation type allows (the schema's ``targets``), ordered by
distance from the source span: the nearest preceding mention first (attribution in
news usually names the speaker before or around the quote), then the others before
it going back, then the ones after it going forward. Typing filters by the mention's
text, in Bengali or in Latin letters (``kim`` finds কিম), or by its label.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.model import Span
from annotator.text.tokenizer import sentence_spans

CONTEXT_CHARS = 90  # how much of a long sentence a row shows around the mention

# A loose romanization of Bengali letters: enough for ``putin`` to find পুতিন and
# ``kim`` to find কিম (vowel signs, inherent vowels and hasanta are dropped when
# comparing consonant skeletons, so spelling variants still match).
_LETTERS = {
    "অ": "o",
    "আ": "a",
    "ই": "i",
    "ঈ": "i",
    "উ": "u",
    "ঊ": "u",
    "ঋ": "ri",
    "এ": "e",
    "ঐ": "oi",
    "ও": "o",
    "ঔ": "ou",
    "া": "a",
    "ি": "i",
    "ী": "i",
    "ু": "u",
    "ূ": "u",
    "ৃ": "ri",
    "ে": "e",
    "ৈ": "oi",
    "ো": "o",
    "ৌ": "ou",
    "ক": "k",
    "খ": "kh",
    "গ": "g",
    "ঘ": "gh",
    "ঙ": "ng",
    "চ": "ch",
    "ছ": "chh",
    "জ": "j",
    "ঝ": "jh",
    "ঞ": "n",
    "ট": "t",
    "ঠ": "th",
    "ড": "d",
    "ঢ": "dh",
    "ণ": "n",
    "ত": "t",
    "থ": "th",
    "দ": "d",
    "ধ": "dh",
    "ন": "n",
    "প": "p",
    "ফ": "f",
    "ব": "b",
    "ভ": "bh",
    "ম": "m",
    "য": "j",
    "র": "r",
    "ল": "l",
    "শ": "sh",
    "ষ": "sh",
    "স": "s",
    "হ": "h",
    "ড়": "r",
    "ঢ়": "rh",
    "য়": "y",
    "ৎ": "t",
    "ং": "ng",
    "ঃ": "h",
    "ঁ": "n",
    "্": "",
    "়": "",
}
_VOWELS = set("aeiouy")


def romanize(text: str) -> str:
    """Bengali letters in rough Latin (lower case); other characters kept, lower-cased."""
    return "".join(_LETTERS.get(ch, ch) for ch in unicodedata.normalize("NFC", text)).lower()


def _skeleton(latin: str) -> str:
    """Each word as its first letter (any vowel as ``a``) and its consonants (no ``h``,
    doubled ones once): ``putin`` and ``পুতিন`` both give ``ptn``, ``anad`` and
    ``আনাদোলু`` ``and…``."""
    out: list[str] = []
    for ch in latin:
        if not ch.isalpha():
            if out and out[-1] != " ":
                out.append(" ")
        elif not out or out[-1] == " ":
            out.append("a" if ch in _VOWELS else ch)
        elif ch not in _VOWELS and ch != "h" and out[-1] != ch:
            out.append(ch)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One row of the picker: a span the link may point to, with its sentence."""

    span: Span
    text: str
    context: str  # the sentence holding the mention, shortened around it
    before: bool  # the mention precedes the source span
    distance: int  # code points between the two spans

    def matches(self, query: str) -> bool:
        """Does typed ``query`` find this mention (text, label or romanized text)?"""
        query = unicodedata.normalize("NFC", query).strip().lower()
        if not query:
            return True
        text = self.text.lower()
        if query in text or self.span.label.lower().startswith(query):
            return True
        if not query.isascii():
            return False
        latin = romanize(self.text)
        if query in latin:
            return True
        wanted = _skeleton(query).strip()  # matched from the start of a word
        return len(wanted) > 1 and f" {wanted}" in f" {_skeleton(latin)}"


class SentenceFinder:
    """The sentence around an offset (sentences computed once per document text)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._sentences = sentence_spans(text)
        self._starts = [s for s, _ in self._sentences]

    def around(self, start: int, end: int) -> str:
        """The sentence holding ``[start, end)``, cut to about :data:`CONTEXT_CHARS`."""
        i = bisect_right(self._starts, start) - 1
        lo, hi = self._sentences[i] if i >= 0 else (start, end)
        lo, hi = min(lo, start), max(hi, end)
        if hi - lo > CONTEXT_CHARS:
            room = max(0, CONTEXT_CHARS - (end - start)) // 2
            lo2, hi2 = max(lo, start - room), min(hi, end + room)
            text = self.text[lo2:hi2]
            return ("…" if lo2 > lo else "") + text + ("…" if hi2 < hi else "")
        return self.text[lo:hi].replace("\n", " ")


def ordered_candidates(
    spans: Iterable[Span],
    source: Span,
    targets: Sequence[str],
    text: str,
    sentences: SentenceFinder | None = None,
) -> list[Candidate]:
    """The spans labelled with one of ``targets``, nearest preceding first.

    Mentions that end before the source starts come first, from the nearest back to
    the first; then mentions after it (or overlapping it, such as a name inside a
    quote), from the nearest on. The source itself is never a candidate.
    """
    finder = sentences or SentenceFinder(text)
    before: list[Candidate] = []
    after: list[Candidate] = []
    allowed = set(targets)
    for span in spans:
        if span.label not in allowed or span.id == source.id:
            continue
        preceding = span.end <= source.start
        distance = source.start - span.end if preceding else max(0, span.start - source.start)
        row = Candidate(
            span,
            text[span.start : span.end],
            finder.around(span.start, span.end),
            preceding,
            distance,
        )
        (before if preceding else after).append(row)
    before.sort(key=lambda c: (c.distance, -c.span.start, c.span.id))
    after.sort(key=lambda c: (c.distance, c.span.start, c.span.id))
    return before + after


def text_order_step(candidates: Sequence[Candidate], current: int | None, step: int) -> int:
    """Index (into ``candidates``) of the next (1) or previous (-1) mention in text
    order after the one at index ``current``, wrapping both ways."""
    if not candidates:
        return -1
    order = sorted(range(len(candidates)), key=lambda i: _text_key(candidates[i].span))
    if current is None or not 0 <= current < len(candidates):
        return order[0] if step > 0 else order[-1]
    pos = order.index(current)
    return order[(pos + step) % len(order)]


def _text_key(span: Span) -> tuple[int, int, int]:
    return (span.start, -span.end, int(span.id))
