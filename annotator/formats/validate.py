"""Checking a dataset file without a database: ``annotator validate FILE``.

Every offset must lie inside its text and on grapheme cluster boundaries, every shown
span text must equal the slice, token formats must be well-formed BIO with known tags,
and relations must point at spans that exist. Each problem names ``file:line``. The
format comes from ``--format``, the export's card, or the file itself, as declared in
:mod:`annotator.formats.registry`; the checks are in :mod:`annotator.formats.checks`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.formats.card import read_card
from annotator.formats.checks import Checker, Problem
from annotator.formats.foreign import read_text
from annotator.formats.jsonparse import parse_json
from annotator.formats.registry import FORMATS as REGISTRY
from annotator.formats.registry import validatable
from annotator.model import RecordError

DEFAULT_FORMAT = "spans"


def __getattr__(name: str) -> Any:
    # ``FORMATS``: the names ``--format`` accepts, read from the registry when asked (a
    # format registered later, e.g. by a test, is included).
    if name == "FORMATS":
        return tuple(validatable())
    raise AttributeError(name)


def detect_format(path: Path, card: dict[str, Any]) -> str:
    """The format named by the card, else recognised by suffix or by the first record."""
    named = card.get("format")
    if isinstance(named, str) and named in validatable():
        return named
    candidates = [REGISTRY[name] for name in validatable()]
    suffix = path.suffix.lower()
    for fmt in candidates:
        if path.is_dir() and fmt.output == "folder":
            return fmt.name
    for fmt in candidates:
        if suffix in fmt.suffixes:
            return fmt.name
    first: dict[str, Any] = {}
    try:
        for line in read_text(path).split("\n"):
            if line.strip():
                obj = parse_json(line, str(path), 1)
                first = obj if isinstance(obj, dict) else {}
                break
    except (ValueError, RecordError, RecursionError):
        return DEFAULT_FORMAT
    sniffers = sorted((f for f in candidates if f.sniff is not None), key=lambda f: f.sniff_order)
    for fmt in sniffers:
        if fmt.sniff is not None and fmt.sniff(first):
            return fmt.name
    return DEFAULT_FORMAT


def validate_path(
    path: Path, fmt: str | None = None, offset_unit: str | None = None
) -> tuple[str, list[Problem]]:
    """The format checked and every problem found in ``path``."""
    if not path.exists():
        return fmt or "?", [(f"{path}:0", "no such file or folder")]
    card = read_card(path)
    fmt = fmt or detect_format(path, card)
    declared = REGISTRY.get(fmt)
    if declared is None or declared.validator is None:
        raise RecordError("--format", f"cannot validate format {fmt!r}")
    unit = offset_unit or str(card.get("offset_unit") or declared.default_offset_unit)
    chk = Checker(unit)
    declared.validator(path, card, chk)
    return fmt, chk.problems
