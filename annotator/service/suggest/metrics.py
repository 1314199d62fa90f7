"""Precision, recall and F1 per label on exact span matches, and the hold-out split."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from annotator.service.suggest.base import Example

Spans = Iterable[tuple[int, int, str]]


def is_held_out(key: str, holdout: float, seed: int) -> bool:
    """Whether the document ``key`` is in the hold-out.

    Decided by a hash of the key and seed alone, so the split is frozen: a document
    stays on its side however many others are added, and a model is never scored on
    a document it was trained on.
    """
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < holdout


def split(
    examples: Sequence[Example], holdout: float, seed: int
) -> tuple[list[Example], list[Example]]:
    """(training, held-out) examples, by document. Both sides get at least one document
    when there are two or more."""
    train = [e for e in examples if not is_held_out(e.key, holdout, seed)]
    test = [e for e in examples if is_held_out(e.key, holdout, seed)]
    if holdout > 0 and not test and len(train) > 1:
        test = [train.pop()]
    if not train and len(test) > 1:
        train = [test.pop()]
    return train, test


def score_table(pairs: Iterable[tuple[Spans, Spans]], labels: Iterable[str] = ()) -> dict[str, Any]:
    """Per-label and overall (micro) precision, recall, F1 and support.

    ``pairs`` are (gold spans, predicted spans) per document; a prediction counts only
    with the same start, end and label. Every label in ``labels`` gets a row, even
    with nothing to count.
    """
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold, predicted in pairs:
        g, p = set(gold), set(predicted)
        for s in g & p:
            tp[s[2]] += 1
        for s in p - g:
            fp[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1
    names = sorted(set(labels) | set(tp) | set(fp) | set(fn))
    rows = {name: _row(tp[name], fp[name], fn[name]) for name in names}
    overall = _row(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return {"labels": rows, "overall": overall}


def _row(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "support": tp + fn,
        "predicted": tp + fp,
    }


def format_table(table: dict[str, Any], title: str = "") -> str:
    """The table as aligned text lines, for the CLI and the status of a trained model."""
    lines = [title] if title else []
    lines.append(f"{'label':<12} {'precision':>9} {'recall':>7} {'F1':>7} {'support':>8}")
    rows = [*table["labels"].items(), ("overall", table["overall"])]
    for name, row in rows:
        lines.append(
            f"{name:<12} {row['precision']:>9.3f} {row['recall']:>7.3f} "
            f"{row['f1']:>7.3f} {row['support']:>8}"
        )
    return "\n".join(lines)
