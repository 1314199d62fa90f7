"""The quote finder: rules over quotation marks and speech verbs.

- Direct quotes: text between ‘ ’, “ ”, " " or ' ' with a speech verb (বলেন, জানান,
  লেখেন ...) in the same sentence before the opening mark or right after the closing
  one; long quotes without a verb are proposed with a lower score, and one- or
  two-word scare quotes (‘নিঃশর্ত’) not at all.
- Indirect quotes and claims: "X বলেন, <clause>" and "<clause> বলে দাবি করেছে X".
  A claim verb (দাবি করেছে, অভিযোগ করেন ...) makes a CLAIM instead of a QUOTE.

Spans leave out the quotation marks and the closing danda, as the Demo's annotators
did. The speaker is the nearest PER or ORG before the quote (for "<clause> বলে ...
X", the one after the verb).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

import regex

from annotator.service.suggest.base import QUOTES, Suggestion, Tokenized
from annotator.text.clusters import ClusterIndex
from annotator.text.tokenizer import Token, tokenize

VERSION = 1


def _phrases(items: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(
        sorted(
            {tuple(unicodedata.normalize("NFC", p).split()) for p in items},
            key=len,
            reverse=True,
        )
    )


SPEECH_VERBS = _phrases(
    [
        "বলেন",
        "বলেছেন",
        "বলেছে",
        "বলছে",
        "বলছেন",
        "বলেছিলেন",
        "বললেন",
        "জানান",
        "জানায়",
        "জানিয়েছেন",
        "জানিয়েছে",
        "জানিয়েছিলেন",
        "উল্লেখ করেন",
        "উল্লেখ করেছেন",
        "উল্লেখ করে",
        "লেখেন",
        "লিখেছেন",
        "মন্তব্য করেন",
        "মন্তব্য করেছেন",
        "ঘোষণা করেন",
        "ঘোষণা দেন",
        "প্রশ্ন তোলেন",
    ]
)
CLAIM_VERBS = _phrases(
    [
        "দাবি করেন",
        "দাবি করেছেন",
        "দাবি করেছে",
        "দাবি করে",
        "দাবি করা হয়",
        "দাবি করা হয়েছে",
        "অভিযোগ করেন",
        "অভিযোগ করেছেন",
        "অভিযোগ করেছে",
    ]
)
# "<clause> বলে <verb> X": বলে ("that") before the verb reports the clause before it.
THAT = unicodedata.normalize("NFC", "বলে")
# Lead-ins that make the rest of the sentence a claim: "তাদের দাবি অনুযায়ী, ...".
CLAIM_LEADS = _phrases(["দাবি অনুযায়ী", "দাবি মতে", "অভিযোগ অনুযায়ী"])
SPEAKER_LABELS = ("PER", "ORG")

_PAIRS = regex.compile(
    r"‘(?P<a>[^‘’\n]{1,2000})’"
    r"|“(?P<b>[^“”\n]{1,2000})”"
    r'|(?<![\p{L}\p{M}\p{N}])"(?P<c>[^"\n]{1,2000})"'
    r"|(?<![\p{L}\p{M}\p{N}])'(?P<d>[^'\n]{1,2000})'(?![\p{L}\p{M}\p{N}])"
)
MIN_UNCUED_TOKENS = 4
AFTER_TOKENS = 4
CUED, UNCUED, INDIRECT = 0.9, 0.5, 0.6


def _by_first(
    phrases: tuple[tuple[str, ...], ...], label: str = ""
) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase in phrases:  # longest first within each first word
        index.setdefault(phrase[0], []).append((phrase, label))
    return index


_SPEECH_FIRST = _by_first(SPEECH_VERBS, "QUOTE")
_VERBS_FIRST = _by_first(SPEECH_VERBS, "QUOTE")
for _word, _items in _by_first(CLAIM_VERBS, "CLAIM").items():
    _VERBS_FIRST.setdefault(_word, []).extend(_items)
_LEADS_FIRST = _by_first(CLAIM_LEADS, "CLAIM")


def _match_at(
    words: Sequence[str], i: int, hi: int, index: dict[str, list[tuple[tuple[str, ...], str]]]
) -> tuple[int, str] | None:
    """``(last token, label)`` of the phrase of ``index`` starting at token ``i``."""
    for phrase, label in index.get(words[i], ()):
        j = i + len(phrase)
        if j <= hi and tuple(words[i:j]) == phrase:
            return j - 1, label
    return None


def _find(
    words: Sequence[str], index: dict[str, list[tuple[tuple[str, ...], str]]], lo: int, hi: int
) -> tuple[int, int] | None:
    """The first ``(i, j)`` (token range, inclusive) in ``words[lo:hi]`` matching a phrase."""
    for i in range(lo, hi):
        hit = _match_at(words, i, hi, index)
        if hit is not None:
            return i, hit[0]
    return None


class QuoteFinder:
    """Finds QUOTE and CLAIM spans; ``entities`` (start, end, label) name the speakers."""

    name = QUOTES

    def suggest(
        self,
        text: str,
        entities: Iterable[tuple[int, int, str]] = (),
        *,
        clusters: ClusterIndex | None = None,
        tokenized: Tokenized | None = None,
    ) -> list[Suggestion]:
        """QUOTE and CLAIM suggestions; pass the document's ``clusters`` and ``tokenized``
        text when they exist already (both cost a pass over the text)."""
        speakers = sorted((s, e) for s, e, label in entities if label in SPEAKER_LABELS)
        clusters = clusters or ClusterIndex(text)
        tokenized = tokenized or Tokenized.of(text)
        out: list[Suggestion] = []
        sentences = [(lo, hi) for lo, hi, _tokens in tokenized.sentences]
        direct = self._direct(text, clusters, sentences, speakers)
        out.extend(direct)
        for lo, hi, tokens in tokenized.sentences:
            out.extend(self._indirect(text, clusters, lo, hi, tokens, speakers, direct))
        return out

    # Direct quotes ------------------------------------------------------------

    def _direct(
        self,
        text: str,
        clusters: ClusterIndex,
        sentences: list[tuple[int, int]],
        speakers: list[tuple[int, int]],
    ) -> list[Suggestion]:
        out = []
        for m in _PAIRS.finditer(text):
            group = next(g for g in "abcd" if m.group(g) is not None)
            start, end = clusters.trim(m.start(group), m.end(group))
            if start >= end:
                continue
            cue = self._cue_near(text, m.start(), m.end(), sentences)
            if cue is None and len(tokenize(text, start, end)) < MIN_UNCUED_TOKENS:
                continue  # a scare quote or a title, not speech
            out.append(
                Suggestion(
                    start,
                    end,
                    "QUOTE",
                    CUED if cue else UNCUED,
                    QUOTES,
                    speaker=_nearest_before(speakers, cue[0] if cue else m.start(), text),
                    cue=cue,
                    attrs={"form": "direct"},
                )
            )
        return out

    def _cue_near(
        self, text: str, open_at: int, close_at: int, sentences: list[tuple[int, int]]
    ) -> tuple[int, int] | None:
        """A speech verb just before the opening mark ("কিম বলেন, ‘...") or just after
        the closing one ("...’, বলেন তিনি"): only punctuation between them and the mark,
        or at most :data:`AFTER_TOKENS` tokens after it."""
        before_lo = max((s for s, _ in sentences if s <= open_at), default=0)
        tokens = tokenize(text, before_lo, open_at)
        while tokens and not _is_word(tokens[-1].text):
            tokens.pop()
        words = [t.text for t in tokens]
        for phrase in SPEECH_VERBS:
            if len(words) >= len(phrase) and tuple(words[-len(phrase) :]) == phrase:
                return tokens[-len(phrase)].start, tokens[-1].end
        tokens = tokenize(text, close_at, min(len(text), close_at + 200))
        words = [t.text for t in tokens]
        limit = next((k for k, w in enumerate(words) if w in "।?!\n"), len(words))
        hit = _find(words, _SPEECH_FIRST, 0, min(limit, AFTER_TOKENS))
        if hit:
            return tokens[hit[0]].start, tokens[hit[1]].end
        return None

    # Indirect quotes and claims -----------------------------------------------

    def _indirect(
        self,
        text: str,
        clusters: ClusterIndex,
        lo: int,
        hi: int,
        tokens: list[Token],
        speakers: list[tuple[int, int]],
        direct: list[Suggestion],
    ) -> list[Suggestion]:
        words = [t.text for t in tokens]
        out: list[Suggestion] = []
        for i in range(len(tokens)):
            hit = _match_at(words, i, len(tokens), _VERBS_FIRST)
            if hit is None:
                continue
            j, label = hit
            cue = (tokens[i].start, tokens[j].end)
            if j + 1 < len(tokens) and words[j + 1] in (",", "،"):
                # "X বলেন, <clause>" -- unless a direct quote follows
                span = self._clause(text, clusters, tokens[j + 1].end, hi)
                if span and not _overlaps(span, direct):
                    speaker = _nearest_before(speakers, cue[0], text, floor=lo)
                    out.append(self._make(text, span, label, cue, speaker))
            elif i > 0 and words[i - 1] == THAT:
                # "<clause> বলে দাবি করেছে X"
                span = clusters.trim(lo, tokens[i - 1].start)
                if span[0] < span[1] and not _overlaps(span, direct):
                    speaker = _first_after(speakers, cue[1], hi) or _nearest_before(
                        speakers, span[0], text, floor=lo
                    )
                    out.append(self._make(text, span, label, cue, speaker))
        lead = _find(words, _LEADS_FIRST, 0, len(words))
        if lead and lead[1] + 1 < len(tokens) and words[lead[1] + 1] == ",":
            span = self._clause(text, clusters, tokens[lead[1] + 1].end, hi)
            if span and not _overlaps(span, direct):
                cue = (tokens[lead[0]].start, tokens[lead[1]].end)
                speaker = _nearest_before(speakers, cue[0], text)
                out.append(self._make(text, span, "CLAIM", cue, speaker))
        return out

    @staticmethod
    def _clause(text: str, clusters: ClusterIndex, start: int, hi: int) -> tuple[int, int] | None:
        span = clusters.trim(start, hi)
        return span if span[0] < span[1] else None

    @staticmethod
    def _make(
        text: str,
        span: tuple[int, int],
        label: str,
        cue: tuple[int, int],
        speaker: tuple[int, int] | None,
    ) -> Suggestion:
        attrs: dict[str, str] = {}
        if label == "QUOTE":
            quoted = any(q in text[span[0] : span[1]] for q in '‘’“”"')
            attrs["form"] = "mixed" if quoted else "indirect"
        return Suggestion(
            span[0], span[1], label, INDIRECT, QUOTES, speaker=speaker, cue=cue, attrs=attrs
        )


def _is_word(token: str) -> bool:
    return bool(regex.match(r"[\p{L}\p{N}]", token))


def _overlaps(span: tuple[int, int], others: Iterable[Suggestion]) -> bool:
    return any(o.start < span[1] and span[0] < o.end for o in others)


def _nearest_before(
    speakers: list[tuple[int, int]], at: int, text: str, floor: int | None = None
) -> tuple[int, int] | None:
    """The last speaker span ending before ``at`` in the same paragraph (or after
    ``floor``)."""
    para = text.rfind("\n", 0, at) + 1
    lo = max(para, floor) if floor is not None else para
    best = None
    for s, e in speakers:
        if s >= lo and e <= at:
            best = (s, e)
    return best


def _first_after(speakers: list[tuple[int, int]], at: int, hi: int) -> tuple[int, int] | None:
    return next(((s, e) for s, e in speakers if s >= at and e <= hi), None)
