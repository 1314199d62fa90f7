"""The CRF tagger (python-crfsuite) over the app's own tokens.

Entity labels are tagged BIO per sentence. Training is pure and synchronous here; the
service runs it in a separate process (:func:`annotator.service.suggestions.train`),
never on the window's thread. The model is crfsuite's file bytes plus the gazetteer
whose hits were features, so a stored model predicts exactly as it was scored.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.service.suggest.base import (
    TAGGER,
    Example,
    Suggestion,
    Tokenized,
    entity_spans,
)
from annotator.service.suggest.features import token_features
from annotator.service.suggest.gazetteer import Gazetteer
from annotator.service.suggest.metrics import score_table, split
from annotator.text.tokenizer import Token, sentence_spans, tokenize

VERSION = 1
DEFAULT_PARAMS: dict[str, Any] = {
    "c1": 0.05,
    "c2": 0.01,
    "max_iterations": 40,
    "feature.possible_transitions": True,
}


def sentences(text: str) -> list[list[Token]]:
    """The tokens of each sentence (the unit the CRF tags)."""
    return [t for s, e in sentence_spans(text) if (t := tokenize(text, s, e))]


def bio_tags(tokens: list[Token], spans: list[tuple[int, int, str]]) -> list[str]:
    """BIO tags of ``tokens`` for non-overlapping ``spans``; a span not on token edges is
    tagged over the tokens it covers."""
    tags = ["O"] * len(tokens)
    for start, end, label in spans:
        inside = [i for i, t in enumerate(tokens) if t.start >= start and t.end <= end]
        for n, i in enumerate(inside):
            tags[i] = ("B-" if n == 0 else "I-") + label
    return tags


def decode(tokens: list[Token], tags: list[str]) -> list[tuple[int, int, str, int, int]]:
    """Spans ``(start, end, label, first token, last token)`` from BIO tags."""
    out: list[tuple[int, int, str, int, int]] = []
    current: list[Any] | None = None
    for i, tag in enumerate(tags):
        if tag == "O":
            current = None
            continue
        prefix, label = tag[:1], tag[2:]
        if current is not None and prefix == "I" and current[2] == label:
            current[1], current[4] = tokens[i].end, i
            continue
        current = [tokens[i].start, tokens[i].end, label, i, i]
        out.append(current)  # type: ignore[arg-type]
    return [tuple(c) for c in out]  # type: ignore[misc]


@dataclass
class TrainedTagger:
    """A trained model: crfsuite bytes, the gazetteer it used, the labels it knows and its
    hold-out scores."""

    model: bytes
    gazetteer: Gazetteer
    labels: list[str]
    metrics: dict[str, Any] = field(default_factory=dict)
    _tagger: Any = None

    def _open(self) -> Any:
        if self._tagger is None:
            import pycrfsuite

            fd, path = tempfile.mkstemp(suffix=".crfsuite")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(self.model)
                tagger = pycrfsuite.Tagger()
                tagger.open(path)  # crfsuite reads the whole file into memory
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(path)
            self._tagger = tagger
        return self._tagger

    def suggest(
        self,
        text: str,
        hits: list[Suggestion] | None = None,
        tokenized: Tokenized | None = None,
    ) -> list[Suggestion]:
        """Tagged entity spans, scored by the mean marginal probability of their tags."""
        tagger = self._open()
        out: list[Suggestion] = []
        tokenized = tokenized or Tokenized.of(text)
        for _lo, _hi, tokens in tokenized.sentences:
            if not tokens:
                continue
            if hits is None:
                sent_hits = self.gazetteer.suggest(text, tokens)
            else:
                sent_hits = [h for h in hits if tokens[0].start <= h.start < tokens[-1].end]
            tags = tagger.tag(token_features(tokens, sent_hits))
            for start, end, label, i, j in decode(tokens, tags):
                probs = [tagger.marginal(tags[k], k) for k in range(i, j + 1)]
                score = sum(probs) / len(probs)
                out.append(Suggestion(start, end, label, round(score, 4), TAGGER))
        return out


def _sequences(
    examples: Sequence[Example], gazetteer: Gazetteer, labels: Sequence[str]
) -> list[tuple[list[list[str]], list[str]]]:
    seqs = []
    for example in examples:
        gold = entity_spans(example.spans, labels)
        for tokens in sentences(example.text):
            hits = gazetteer.suggest(example.text, tokens)
            lo, hi = tokens[0].start, tokens[-1].end
            inside = [s for s in gold if lo <= s[0] and s[1] <= hi]
            seqs.append((token_features(tokens, hits), bio_tags(tokens, inside)))
    return seqs


def fit(
    examples: Sequence[Example], labels: Sequence[str], params: dict[str, Any] | None = None
) -> TrainedTagger:
    """Train on all ``examples``.

    Gazetteer hits are features; on the training documents they come from a gazetteer
    learned on the other half of them, so the CRF learns how far to trust a hit on
    text it has not seen (the gazetteer shipped with the model knows all of them).
    """
    import pycrfsuite

    halves = (examples[0::2], examples[1::2])
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params({**DEFAULT_PARAMS, **(params or {})})
    for mine, other in (halves, halves[::-1]):
        gaz = Gazetteer()
        gaz.learn(other, labels)
        for xseq, yseq in _sequences(mine, gaz, labels):
            trainer.append(xseq, yseq)
    full = Gazetteer()
    full.learn(examples, labels)
    fd, path = tempfile.mkstemp(suffix=".crfsuite")
    os.close(fd)
    try:
        trainer.train(path)
        with open(path, "rb") as handle:
            model = handle.read()
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
    return TrainedTagger(model, full, list(labels))


def train_and_score(
    examples: Sequence[Example],
    labels: Sequence[str],
    *,
    holdout: float = 0.2,
    seed: int = 0,
    params: dict[str, Any] | None = None,
) -> TrainedTagger:
    """Train on the documents outside the frozen hold-out and score on the hold-out.

    The stored metrics hold the per-label table, the document counts and the held-out
    keys, so ``suggest evaluate`` can score other recommenders on the same documents.
    """
    train, test = split(examples, holdout, seed)
    if not train:
        raise ValueError("no labeled documents to train on")
    model = fit(train, labels, params)
    pairs = []
    for example in test:
        gold = entity_spans(example.spans, labels)
        predicted = [s.key for s in model.suggest(example.text)]
        pairs.append((gold, predicted))
    model.metrics = {
        "table": score_table(pairs, labels),
        "train_documents": len(train),
        "holdout_documents": len(test),
        "holdout_keys": sorted(e.key for e in test),
        "holdout": holdout,
        "seed": seed,
        "version": VERSION,
    }
    return model
