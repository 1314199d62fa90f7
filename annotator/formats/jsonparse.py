"""Strict JSON for every input file: bounded numbers and nesting, one error line.

Python's ``json`` turns ``123...`` (5,000 digits) into an int or a ValueError that no
reader expected ("Exceeds the limit (4300 digits)"), accepts ``NaN`` and
``Infinity``, and raises ``RecursionError`` on ``[[[[...``. Every reader
parses through :func:`parse_json`, so all of them refuse these the same way, naming
the file and line.
"""

from __future__ import annotations

import json
from typing import Any

from annotator.model import RecordError
from annotator.model.errors import Message

MAX_NUMBER_CHARS = 30  # an offset or id never needs more; floats keep their precision


class _NumberError(ValueError):
    pass


def _int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _NumberError(
            f"a number of {len(text):,} digits ({text[:12]}...); at most "
            f"{MAX_NUMBER_CHARS} are accepted"
        )
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise _NumberError(f"a number of {len(text):,} characters ({text[:12]}...)")
    return float(text)


def _constant(text: str) -> Any:
    raise _NumberError(f"{text} is not a JSON number")


_DECODER = json.JSONDecoder(parse_int=_int, parse_float=_float, parse_constant=_constant)


def parse_json(text: str, name: str, line: int | None = None) -> Any:
    """The JSON value of ``text``; a :class:`RecordError` naming ``name:line`` (the
    decoder's line when ``line`` is None) on malformed JSON, a huge number, ``NaN`` or
    nesting too deep for the parser."""
    return raw_decode(text, 0, name, line, whole=True)[0]


def raw_decode(
    text: str, start: int, name: str, line: int | None = None, *, whole: bool = False
) -> tuple[Any, int]:
    """Like :meth:`json.JSONDecoder.raw_decode` with :func:`parse_json`'s errors."""

    def where(lineno: int) -> str:
        return f"{name}:{line if line is not None else lineno}"

    try:
        if whole:
            return _DECODER.decode(text), len(text)
        return _DECODER.raw_decode(text, start)
    except json.JSONDecodeError as exc:
        reason = (
            Message("malformed JSON: {reason} (column {column})", reason=exc.msg, column=exc.colno)
            if line is not None
            else Message("malformed JSON: {reason}", reason=exc.msg)
        )
        raise RecordError(where(exc.lineno), reason) from None
    except _NumberError as exc:
        raise RecordError(where(1), Message("malformed JSON: {reason}", reason=str(exc))) from None
    except RecursionError:
        raise RecordError(where(1), Message("malformed JSON: nested too deeply")) from None
