"""Which exported spans spaCy's own ``bn`` tokenizer cannot align.

spaCy trains on its own tokens: an entity that starts or ends inside one of them
(``প্রথম আলো`` in ``আলো’কে``, one spaCy token) becomes a missing value, silently.
Reporting such spans in the summary and the card lets the user fix them first.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

LISTED = 50  # examples kept in the card


class SpacyAlignment:
    """spaCy's blank ``bn`` tokenizer, applied once per document."""

    def __init__(self, spacy: Any) -> None:
        self.nlp = spacy.blank("bn")
        self._key: object = None
        self._doc: Any = None

    @classmethod
    def load(cls) -> SpacyAlignment | None:
        """The checker, or ``None`` when spaCy is not installed."""
        try:
            spacy = importlib.import_module("spacy")
        except ImportError:
            return None
        return cls(spacy)

    def misaligned(
        self, key: object, text: str, spans: Iterable[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """The ``(start, end)`` pairs that do not fall on spaCy token boundaries."""
        if key != self._key:
            self._key, self._doc = key, self.nlp.make_doc(text)
        doc = self._doc
        return [
            (start, end)
            for start, end in spans
            if doc.char_span(start, end, alignment_mode="strict") is None
        ]
