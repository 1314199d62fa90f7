"""Reading helpers shared by the importers of other tools' files (errors name file:line)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import regex

from annotator.model import DocumentRecord, RecordError
from annotator.text import DecodeError, decode_utf8

OnError = Callable[[RecordError], None]
_LONE_SURROGATE = regex.compile("[\ud800-\udfff]")


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a :class:`RecordError` naming it (permission denied...)."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise RecordError(f"{path}:0", f"cannot read the file: {exc.strerror or exc}") from None


def read_text(path: Path, data: bytes | None = None, name: str | None = None) -> str:
    """A UTF-8 file's text without a BOM; a decoding error names the line."""
    data = read_bytes(path) if data is None else data
    try:
        text = decode_utf8(data)
    except DecodeError as exc:
        line = data.count(b"\n", 0, exc.byte_offset or 0) + 1
        raise RecordError(f"{name or path}:{line}", str(exc)) from None
    return text[1:] if text.startswith("\ufeff") else text


def iter_json_lines(path: Path) -> Iterator[tuple[str, Any]]:
    """``(file:line, object)`` for each non-blank line of a JSONL file."""
    # Lines end at LF only: str.splitlines() would also cut at U+2028 or U+0085, which
    # JSON strings may hold unescaped.
    for lineno, line in enumerate(read_text(path).split("\n"), 1):
        if not line.strip():
            continue
        origin = f"{path}:{lineno}"
        try:
            yield origin, json.loads(line)
        except json.JSONDecodeError as exc:
            raise RecordError(origin, f"malformed JSON: {exc.msg} (column {exc.colno})") from None
        except RecursionError:
            raise RecordError(origin, "malformed JSON: nested too deeply") from None


def iter_json_array(path: Path) -> Iterator[tuple[str, Any]]:
    """``(file:line, element)`` for each element of a top-level JSON array (or one object)."""
    text = read_text(path)
    decoder = json.JSONDecoder()
    n = len(text)

    def skip(i: int) -> int:
        while i < n and text[i] in " \t\r\n":
            i += 1
        return i

    def origin(i: int) -> str:
        return f"{path}:{text.count(chr(10), 0, i) + 1}"

    def decode(i: int) -> tuple[Any, int]:
        try:
            return decoder.raw_decode(text, i)
        except json.JSONDecodeError as exc:
            raise RecordError(f"{path}:{exc.lineno}", f"malformed JSON: {exc.msg}") from None
        except RecursionError:
            raise RecordError(origin(i), "malformed JSON: nested too deeply") from None

    i = skip(0)
    if i < n and text[i] == "{":
        obj, _end = decode(i)
        yield origin(i), obj
        return
    if i >= n or text[i] != "[":
        raise RecordError(origin(i), "expected a JSON array of tasks")
    i = skip(i + 1)
    if i < n and text[i] == "]":
        return
    while True:
        obj, end = decode(i)
        yield origin(i), obj
        i = skip(end)
        if i < n and text[i] == ",":
            i = skip(i + 1)
            continue
        if i < n and text[i] == "]":
            return
        raise RecordError(origin(i), "expected ',' or ']' between tasks")


def each_record(
    items: Iterator[tuple[str, Any]],
    parse: Callable[[Any, str], DocumentRecord | None],
    on_error: OnError | None,
) -> Iterator[DocumentRecord]:
    """Parse ``(origin, object)`` pairs; a bad one raises, or goes to ``on_error``."""
    while True:
        try:
            origin, obj = next(items)
        except StopIteration:
            return
        except RecordError as exc:  # malformed JSON: the rest of the file cannot be trusted
            if on_error is None:
                raise
            on_error(exc)
            return
        try:
            record = parse(obj, origin)
        except RecordError as exc:
            if on_error is None:
                raise
            on_error(exc)
            continue
        if record is not None:
            bad = _LONE_SURROGATE.search(record.text)
            if bad:
                problem = RecordError(
                    origin,
                    f"'text' contains a lone surrogate \\u{ord(bad.group()):04x} at "
                    f"offset {bad.start()}, which is not valid Unicode",
                )
                if on_error is None:
                    raise problem
                on_error(problem)
                continue
            yield record


def need_str(obj: dict[str, Any], key: str, origin: str, where: str = "record") -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value:
        raise RecordError(origin, f"{where} needs a {key!r} string")
    return value


def need_int(obj: dict[str, Any], key: str, origin: str, where: str = "record") -> int:
    value = obj.get(key)
    if type(value) is not int:
        raise RecordError(origin, f"{where}: {key!r} must be an integer, got {value!r}")
    return value
