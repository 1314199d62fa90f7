"""Where the files the running app loads live, for every way it can be installed.

A source checkout keeps them in the top-level ``resources/`` and ``seeds/`` folders,
an installed wheel inside the package as ``_resources``/``_seeds`` (see pyproject),
and a PyInstaller build under ``sys._MEIPASS``. This is the only module that knows.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _root(kind: str) -> Path:
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / kind)
    candidates += [_PACKAGE / f"_{kind}", _PACKAGE.parent / kind]
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError(f"Annotator's {kind} folder is missing (looked in {candidates})")


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (fonts, icons, schemas)."""
    return _root("resources").joinpath(*parts)


def seed_path(*parts: str) -> Path:
    """Path of a file under ``seeds/`` (the Demo project)."""
    return _root("seeds").joinpath(*parts)
