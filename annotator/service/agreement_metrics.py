"""The pure measures of agreement: precision/recall/F1 counts, exact and overlap
matching of spans, BIO tags of tokens, Cohen's kappa and Krippendorff's alpha.

No database and no report: :mod:`annotator.service.agreement` applies them to the
layers of a project (its docstring says how each is counted).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from annotator.model import Span
from annotator.text import tokenize

OUTSIDE = "O"


@dataclass(slots=True)
class Prf:
    """Counts behind precision, recall and F1 of b against reference a."""

    reference: int = 0
    predicted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.reference if self.reference else None

    @property
    def f1(self) -> float | None:
        total = self.reference + self.predicted
        return 2 * self.matched / total if total else None

    def add(self, other: Prf) -> None:
        self.reference += other.reference
        self.predicted += other.predicted
        self.matched += other.matched

    def to_dict(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def exact_matches(a: Sequence[Span], b: Sequence[Span]) -> Counter[str]:
    """Matched spans per label: same pieces (start, end, fragments) and label, each
    span used once."""
    common = Counter((s.pieces, s.label) for s in a) & Counter((s.pieces, s.label) for s in b)
    found: Counter[str] = Counter()
    for (_pieces, label), n in common.items():
        found[label] += n
    return found


def shared_points(x: Span, y: Span) -> int:
    """Code points inside both spans (a split span's gap is not inside it)."""
    if not x.fragments and not y.fragments:
        return min(x.end, y.end) - max(x.start, y.start)
    return sum(max(0, min(b, d) - max(a, c)) for a, b in x.pieces for c, d in y.pieces)


def overlap_pairs(
    a: Sequence[Span], b: Sequence[Span], *, same_label: bool = True
) -> list[tuple[Span, Span]]:
    """One-to-one pairs of overlapping spans, largest overlap first, then closest ends."""
    candidates = []
    groups: dict[str, list[int]] = defaultdict(list)
    for j, y in enumerate(b):
        groups[y.label if same_label else ""].append(j)
    for i, x in enumerate(a):
        for j in groups.get(x.label if same_label else "", ()):
            y = b[j]
            shared = shared_points(x, y)
            if shared > 0:
                distance = abs(x.start - y.start) + abs(x.end - y.end)
                candidates.append((-shared, distance, x.label != y.label, i, j))
    candidates.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for _shared, _distance, _other_label, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((a[i], b[j]))
    return pairs


def bio_tags(text: str, spans: Iterable[Span], tokens: Sequence[Any] | None = None) -> list[str]:
    """One O / B-LABEL / I-LABEL tag per token of ``text``."""
    tokens = tokenize(text) if tokens is None else tokens
    tags = [OUTSIDE] * len(tokens)
    ends = [t.end for t in tokens]
    for span in sorted(spans, key=lambda s: (s.start, -s.end, s.label)):
        for start, end in span.pieces:  # each fragment of a split span starts from B-
            i = bisect_right(ends, start)  # first token ending after the piece starts
            first = True
            while i < len(tokens) and tokens[i].start < end:
                if tags[i] == OUTSIDE:
                    tags[i] = f"{'B' if first else 'I'}-{span.label}"
                    first = False
                i += 1
    return tags


def cohen_kappa(pairs: Counter[tuple[str, str]]) -> float | None:
    """Cohen's kappa from counts of (tag of a, tag of b); ``None`` if chance agreement is 1."""
    total = sum(pairs.values())
    if not total:
        return None
    observed = Fraction(sum(n for (x, y), n in pairs.items() if x == y), total)
    row: Counter[str] = Counter()
    col: Counter[str] = Counter()
    for (x, y), n in pairs.items():
        row[x] += n
        col[y] += n
    expected = sum(Fraction(row[c] * col[c], total * total) for c in row)
    if expected == 1:
        return None
    return float((observed - expected) / (1 - expected))


def krippendorff_alpha(
    units: Iterable[Sequence[str]] | Mapping[tuple[str, ...], int],
) -> tuple[float | None, int]:
    """Nominal alpha over units (each the values the coders gave one token).

    ``units`` is a sequence of value lists, or a mapping from a unit's (sorted) values
    to how many units had them, which keeps a large project's tokens in a few entries.
    Units with fewer than two values are not pairable and are left out. Returns
    (alpha, number of pairable units); alpha is ``None`` when there is no variation.
    """
    patterns = (
        units if isinstance(units, Mapping) else Counter(tuple(sorted(values)) for values in units)
    )
    coincidence: dict[tuple[str, str], Fraction] = defaultdict(Fraction)
    count = 0
    for values, times in patterns.items():
        m = len(values)
        if m < 2:
            continue
        count += times
        weight = Fraction(times, m - 1)
        for i, x in enumerate(values):
            for j, y in enumerate(values):
                if i != j:
                    coincidence[(x, y)] += weight
    totals: dict[str, Fraction] = defaultdict(Fraction)
    for (x, _y), w in coincidence.items():
        totals[x] += w
    n = sum(totals.values(), Fraction(0))
    if n <= 1:
        return None, count
    disagree = sum((w for (x, y), w in coincidence.items() if x != y), Fraction(0))
    expected = sum((totals[x] * totals[y] for x in totals for y in totals if x != y), Fraction(0))
    if expected == 0:
        return None, count
    return float(1 - (n - 1) * disagree / expected), count


# Putting it together -------------------------------------------------------------
