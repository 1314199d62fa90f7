"""Turning paths on the command line into document records.

A ``.txt`` file is one document (title from the file name); a ``.jsonl`` file holds
native records; a folder is walked in name order; ``-`` reads JSONL from stdin.
Errors name the file and line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from annotator.formats.card import is_sidecar
from annotator.formats.foreign import (
    BIJOY_ANSI,
    ansi_bijoy,
    check_inside,
    decode_reason,
    line_too_long,
    read_bytes,
    read_text,
    text_lines,
)
from annotator.formats.native import OnError, read_jsonl
from annotator.formats.registry import IMPORT_SUFFIXES, IMPORTERS
from annotator.model import DocumentRecord, RecordError
from annotator.model.errors import Message
from annotator.model.limits import limit
from annotator.text import DecodeError, decode_utf8, normalize_text
from annotator.text.legacy import (
    BIJOY_ENCODING,
    convert_bijoy,
    convert_bijoy_runs,
    looks_like_bijoy,
    utf16_kind,
)

STDIN = "<stdin>"
UTF8_BOM = b"\xef\xbb\xbf"
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}

# Other formats (doccano, label-studio, ...) declare a reader in the format registry:
# (path, on_error) -> records; with on_error a reader reports each bad record and goes on.


def read_text_file(path: Path, convert_bijoy_text: bool = False) -> DocumentRecord:
    """One plain-text document, normalized (BOM off, LF, NFC).

    With ``convert_bijoy_text`` a text typed in Bijoy (whole, or in runs between Unicode
    Bengali words) is converted to Unicode Bengali and the document's meta says so; a
    Bijoy file saved as Windows-1252 bytes (not UTF-8) is read as such.
    """
    # a document's characters take 1 to 4 bytes: refuse a giant before reading it
    data = read_bytes(path, max_bytes=4 * limit("ANNOTATOR_MAX_DOCUMENT_CHARS"))
    meta: dict[str, object] = {}
    try:
        raw = read_text(path, data)
    except RecordError:
        ansi = ansi_bijoy(data)
        if ansi is None:
            raise
        if not convert_bijoy_text:
            raise RecordError(f"{path}:1", BIJOY_ANSI) from None
        raw = ansi
        meta["source_bytes"] = "windows-1252"
    if convert_bijoy_text:
        raw, meta = _converted(raw, meta)
    text = normalize_text(raw)
    if not text.strip():
        raise RecordError(f"{path}:1", Message("the file is empty"))
    title = headline(text) or path.stem
    return DocumentRecord(
        text=text,
        external_id=path.stem,
        title=title,
        source=path.name,
        meta={"title": title, "source": path.name, **meta},
        origin=f"{path}:1",
        normalized=True,
    )


HEADLINE_MAX = 120  # characters: a longer first line is the article's first paragraph


def headline(text: str) -> str | None:
    """The first line when it reads as a headline: short, followed by more text, and not
    ending a sentence (a danda, full stop, ? or ! ends the first sentence of a lead)."""
    first, newline, rest = text.strip().partition("\n")
    first = first.strip()
    if not newline or not rest.strip() or not first or len(first) > HEADLINE_MAX:
        return None
    if first[-1] in "।.?!:;,":
        return None
    return first


def _converted(raw: str, meta: dict[str, object]) -> tuple[str, dict[str, object]]:
    """Bijoy converted: the whole text when it all reads as Bijoy, else its Bijoy runs."""
    if looks_like_bijoy(raw):
        return convert_bijoy(raw), {**meta, "converted_from": BIJOY_ENCODING}
    text, runs = convert_bijoy_runs(raw)
    if not runs:
        return raw, meta
    return text, {**meta, "converted_from": BIJOY_ENCODING, "converted_runs": runs}


def _open_jsonl(path: Path, on_error: OnError | None) -> Iterator[DocumentRecord]:
    """Records of a JSONL file, streamed a line at a time (memory: one record)."""
    yield from read_jsonl(_streamed_lines(path, on_error), str(path), on_error)


def _streamed_lines(path: Path, on_error: OnError | None) -> Iterator[str]:
    """The file's lines for :func:`read_jsonl`; a line over the limit is an error naming
    it (with ``on_error``: reported, and ``""`` keeps the line numbers after it)."""
    max_line = limit("ANNOTATOR_MAX_LINE_BYTES")
    for lineno, line in text_lines(path, on_error):
        if isinstance(line, str):
            yield line
            continue
        error = RecordError(f"{path}:{lineno}", line_too_long(line.size, max_line))
        if on_error is None:
            raise error
        on_error(error)
        yield ""


def _jsonl_from_bytes(data: bytes, name: str, on_error: OnError | None) -> Iterator[DocumentRecord]:
    """Records of JSONL bytes, decoded line by line.

    A line with bad UTF-8 or a NUL byte is an error naming that line (and the file's
    byte offset); with ``on_error`` it is reported and the other lines still count.
    Lines end at LF only: ``str.splitlines()`` would also cut at U+2028 or U+0085,
    which JSON strings may hold unescaped (``json.dumps(ensure_ascii=False)`` writes
    them raw).
    """
    utf16 = utf16_kind(data) if b"\x00" in data[:4096] or data[:1] in (b"\xff", b"\xfe") else None
    if utf16:  # one message for the file, not one per line
        raise RecordError(
            f"{name}:1", Message("the file is {utf16}, not UTF-8; save it as UTF-8", utf16=utf16)
        )
    yield from read_jsonl(_decoded_lines(data, name, on_error), name, on_error)


def _decoded_lines(data: bytes, name: str, on_error: OnError | None) -> Iterator[str]:
    offset = len(UTF8_BOM) if data.startswith(UTF8_BOM) else 0
    max_line = limit("ANNOTATOR_MAX_LINE_BYTES")
    for lineno, raw in enumerate(data[offset:].split(b"\n"), 1):
        try:
            if len(raw) > max_line:
                raise DecodeError(line_too_long(len(raw), max_line))
            yield decode_utf8(raw, offset=offset)
        except DecodeError as exc:
            error = RecordError(f"{name}:{lineno}", decode_reason(exc))
            if on_error is None:
                raise error from None
            on_error(error)
            yield ""  # keeps the line numbers of the lines after it
        offset += len(raw) + 1


def _read_stdin(on_error: OnError | None) -> Iterator[DocumentRecord]:
    """JSONL from standard input, decoded strictly like a file (not with the locale)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream (embedding, tests): already decoded
        yield from read_jsonl(sys.stdin, STDIN, on_error)
        return
    yield from _jsonl_from_bytes(buffer.read(), STDIN, on_error)


def _format_of(path: Path, fmt: str) -> str:
    if fmt != "auto":
        return fmt
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "txt"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in IMPORT_SUFFIXES:
        return IMPORT_SUFFIXES[suffix]
    raise RecordError(
        f"{path}:1", Message("cannot tell the format of {name} (use --format)", name=path.name)
    )


def _walk(path: Path, fmt: str) -> Iterator[Path]:
    """The files to read under ``path``: a folder's files in name order, never through a
    symlink leading out of the folder, never a FIFO, socket or device."""
    if path.is_dir():
        wanted = TEXT_SUFFIXES | JSONL_SUFFIXES | set(IMPORT_SUFFIXES)
        for child in sorted(path.rglob("*")):
            if child.is_dir() or (fmt == "auto" and child.suffix.lower() not in wanted):
                continue
            check_inside(child, path)
            if fmt not in ("auto", "brat") and is_sidecar(child):
                continue  # an export's card or config, not data (brat reads ids.tsv itself)
            yield child
    elif path.exists():
        yield path
    else:
        raise RecordError(f"{path}:0", Message("no such file or folder"))


def iter_records(
    paths: list[str],
    fmt: str = "auto",
    on_error: OnError | None = None,
    *,
    convert_bijoy_text: bool = False,
) -> Iterator[DocumentRecord]:
    """Records from every path, in order.

    Without ``on_error`` the first bad record raises :class:`RecordError`; with it,
    each bad record (or unreadable file) is reported and reading goes on.
    ``convert_bijoy_text`` converts Bijoy ``.txt`` files (DOCX runs in a Bijoy font are
    converted always: their font says what they are).
    """

    def guarded(make: Callable[[], Iterator[DocumentRecord]]) -> Iterator[DocumentRecord]:
        try:
            yield from make()
        except RecordError as exc:
            if on_error is None:
                raise
            on_error(exc)

    for name in paths:
        if name == "-":
            yield from guarded(partial(_read_stdin, on_error))
            continue
        for path in _walk(Path(name), fmt):
            kind = _format_of(path, fmt)
            if kind == "txt":
                yield from guarded(partial(_one_text_file, path, convert_bijoy_text))
            elif kind in ("jsonl", "spans"):
                yield from guarded(partial(_open_jsonl, path, on_error))
            elif kind in IMPORTERS:
                yield from guarded(partial(IMPORTERS[kind], path, on_error))
            else:
                raise RecordError(f"{path}:0", Message("unknown input format {kind!r}", kind=kind))


def _one_text_file(path: Path, convert_bijoy_text: bool) -> Iterator[DocumentRecord]:
    yield read_text_file(path, convert_bijoy_text)
