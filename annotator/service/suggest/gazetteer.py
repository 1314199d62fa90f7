"""The gazetteer: strings the team labeled before, found again in other documents.

It learns each labeled span's words and label, then matches them in new text as whole
tokens, the last word in any inflected form (পুতিন, পুতিনের, পুতিনকে; see
:mod:`inflection`). A match covers the whole inflected word, the convention the Demo's
annotators used ("পুতিনের" is the PER span, not "পুতিন"). The score of a label is how
often the matched words were given that label. Rejected (string, label) pairs are never
suggested again.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from annotator.service.suggest.base import GAZETTEER, Example, Suggestion
from annotator.service.suggest.inflection import stems
from annotator.text.tokenizer import Token, tokenize

Key = tuple[str, ...]
VERSION = 1


def entry_keys(words: list[str]) -> list[Key]:
    """Match keys of a phrase: its words with the last one reduced to each of its stems."""
    head = tuple(words[:-1])
    return [(*head, stem) for stem in stems(words[-1])]


class Gazetteer:
    """Learned phrases with label counts, and the rejected (string, label) pairs."""

    name = GAZETTEER

    def __init__(self) -> None:
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)  # surface -> labels
        self.rejected: set[tuple[str, str]] = set()
        self._index: dict[Key, Counter[str]] | None = None
        self._prefixes: set[Key] = set()
        self._firsts: set[str] = set()  # first words of phrases of two or more words
        self._longest = 0

    # Learning ---------------------------------------------------------------

    def add(self, surface: str, label: str, count: int = 1) -> None:
        """Count ``surface`` (a span's text) as labeled ``label``."""
        surface = surface.strip()
        if surface:
            self.counts[surface][label] += count
            self._index = None

    def learn(self, examples: Iterable[Example], labels: Iterable[str] | None = None) -> None:
        """Count every span of the examples (only ``labels`` when given)."""
        wanted = set(labels) if labels is not None else None
        for example in examples:
            for start, end, label in example.spans:
                if wanted is None or label in wanted:
                    self.add(example.text[start:end], label)

    def reject(self, surface: str, label: str) -> None:
        """Never suggest ``label`` on exactly this text again."""
        self.rejected.add((surface, label))

    def _build(self) -> dict[Key, Counter[str]]:
        index: dict[Key, Counter[str]] = defaultdict(Counter)
        prefixes: set[Key] = set()
        firsts: set[str] = set()
        longest = 0
        for surface, labels in self.counts.items():
            words = [t.text for t in tokenize(surface)]
            if not words:
                continue
            longest = max(longest, len(words))
            for k in range(1, len(words)):
                prefixes.add(tuple(words[:k]))
            if len(words) > 1:
                firsts.add(words[0])
            for key in entry_keys(words):
                index[key].update(labels)
        self._index, self._prefixes, self._longest = dict(index), prefixes, longest
        self._firsts = firsts
        return self._index

    # Matching ---------------------------------------------------------------

    def suggest(self, text: str, tokens: list[Token] | None = None) -> list[Suggestion]:
        """Every learned phrase found in ``text``, as whole (inflected) words."""
        index = self._index if self._index is not None else self._build()
        if not index:
            return []
        tokens = tokenize(text) if tokens is None else tokens
        words = [t.text for t in tokens]
        found: dict[tuple[int, int], Suggestion] = {}
        prefixes, firsts = self._prefixes, self._firsts
        n = len(tokens)
        for i, word in enumerate(words):
            longest = self._longest if word in firsts else 1
            for length in range(1, longest + 1):
                j = i + length - 1
                if j >= n:
                    break
                if length > 1:
                    if "\n" in text[tokens[j - 1].end : tokens[j].start]:
                        break
                    if tuple(words[i:j]) not in prefixes:
                        break
                labels: Counter[str] = Counter()
                for stem in stems(words[j]):
                    hit = index.get((*words[i:j], stem))
                    if hit:
                        labels.update(hit)
                if not labels:
                    continue
                start, end = tokens[i].start, tokens[j].end
                surface = text[start:end]
                total = sum(labels.values())
                for label, count in labels.most_common():
                    if (surface, label) not in self.rejected:
                        found[(start, end)] = Suggestion(
                            start, end, label, round(count / total, 4), GAZETTEER
                        )
                        break
        return _drop_nested_same_label(list(found.values()))

    # Storage ----------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": VERSION,
            "entries": [
                [s, lab, n] for s, c in sorted(self.counts.items()) for lab, n in c.items()
            ],
            "rejected": sorted(self.rejected),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Gazetteer:
        gazetteer = cls()
        for surface, label, count in data.get("entries", []):
            gazetteer.add(surface, label, int(count))
        for surface, label in data.get("rejected", []):
            gazetteer.reject(surface, label)
        return gazetteer


def _drop_nested_same_label(found: list[Suggestion]) -> list[Suggestion]:
    """Drop a match lying inside a longer one with the same label (কিম in কিম জং উন)."""
    found.sort(key=lambda s: (s.start, -s.end))
    kept: list[Suggestion] = []
    for s in found:
        if any(
            k.label == s.label and k.start <= s.start and s.end <= k.end and k.key != s.key
            for k in kept
            if k.end > s.start
        ):
            continue
        kept.append(s)
    return kept
