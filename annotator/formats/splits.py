"""Deterministic document-level splits.

Each document's split depends only on ``sha256(seed, document id)``, so the same seed
gives the same split on any machine and adding documents never moves an existing one.
Stratification then moves, for each label missing from ``train``, the one document
carrying it with the lowest hash into ``train`` (only when ``train`` would lack it).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

import regex

from annotator.model import RecordError

TRAIN = "train"
_SAFE_NAME = regex.compile(r"[\p{L}\p{M}\p{N}_-]+")


def parse_split(spec: str) -> list[tuple[str, float]]:
    """``train=0.8,dev=0.1,test=0.1`` as ``[(name, ratio)]``; ratios must sum to 1."""
    parts: list[tuple[str, float]] = []
    for item in spec.split(","):
        name, sep, value = item.strip().partition("=")
        try:
            ratio = float(value)
        except ValueError:
            ratio = -1.0
        if not sep or not name.strip() or not 0 <= ratio <= 1:
            raise RecordError("--split", f"expected NAME=RATIO pairs like train=0.8, got {item!r}")
        if not _SAFE_NAME.fullmatch(name.strip()):
            # The name becomes part of a file name: no "../", "/" or "\\" out of the target.
            raise RecordError(
                "--split",
                f"split name {name.strip()!r} may hold only letters, digits, '-' and '_'",
            )
        if any(n == name.strip() for n, _ in parts):
            raise RecordError("--split", f"split {name.strip()!r} is named twice")
        parts.append((name.strip(), ratio))
    total = sum(r for _, r in parts)
    if abs(total - 1.0) > 1e-6:
        raise RecordError("--split", f"the ratios add up to {total:g}, not 1")
    return parts


def hash_point(seed: int, key: str) -> float:
    """A number in [0, 1) fixed by the seed and the document id."""
    digest = hashlib.sha256(f"{seed}\x1f{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def assign(seed: int, key: str, splits: list[tuple[str, float]]) -> str:
    point = hash_point(seed, key)
    edge = 0.0
    for name, ratio in splits:
        edge += ratio
        if point < edge:
            return name
    return splits[-1][0]


def stratify(
    assignment: dict[str, str],
    labels: Mapping[str, Iterable[str]],
    seed: int,
    train: str = TRAIN,
) -> dict[str, str]:
    """Move documents so every label appears in ``train`` when it can."""
    result = dict(assignment)
    in_train: set[str] = set()
    for key, split in result.items():
        if split == train:
            in_train.update(labels.get(key, ()))
    all_labels = sorted({label for keys in labels.values() for label in keys})
    for label in all_labels:
        if label in in_train:
            continue
        carriers = [k for k, ls in labels.items() if label in ls and result.get(k) != train]
        if not carriers:
            continue
        chosen = min(carriers, key=lambda k: (hash_point(seed, k), k))
        result[chosen] = train
        in_train.update(labels[chosen])
    return result
