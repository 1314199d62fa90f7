"""Reading helpers shared by the importers of other tools' files (errors name file:line)."""

from __future__ import annotations

import itertools
import lzma
import os
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from annotator.formats.jsonparse import parse_json, raw_decode
from annotator.formats.watch import CHANGED, note_read, stamp
from annotator.model import DocumentRecord, RecordError
from annotator.model.errors import Message
from annotator.model.limits import limit
from annotator.text import DecodeError, decode_utf8
from annotator.text.legacy import looks_like_bijoy, utf16_kind

OnError = Callable[[RecordError], None]
_LONE_SURROGATE = regex.compile("[\ud800-\udfff]")


def special_kind(mode: int) -> str | None:
    """What a file that is not a regular file or folder is (a FIFO would block a read)."""
    for test, name in (
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return name
    return None


def check_inside(path: Path, root: Path) -> None:
    """Refuse a file of an imported folder that is a symlink leading out of the folder
    (``ln -s ~/.aws/credentials f/creds.txt`` must not import the credentials)."""
    try:
        real, base = path.resolve(), root.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        raise RecordError(f"{path}:0", Message("is a symlink that cannot be resolved")) from None
    if real != base and base not in real.parents:
        raise RecordError(
            f"{path}:0",
            f"is a symlink to a file outside {root}; it is not followed (copy the file in instead)",
        )


def read_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """The file's bytes, or a :class:`RecordError` naming it: permission denied, not a
    regular file (a FIFO, socket or device is never opened), larger than ``max_bytes``
    (default ``ANNOTATOR_MAX_INPUT_BYTES``), or changed while it was read."""
    limit_bytes = limit("ANNOTATOR_MAX_INPUT_BYTES") if max_bytes is None else max_bytes
    try:
        before = regular_file(path, limit_bytes)
        with path.open("rb") as handle:
            # one byte more than the file has: a file growing meanwhile shows (and a
            # read of the whole limit would allocate it, 2 GB, for every small file)
            data = handle.read(min(limit_bytes, before.st_size) + 1)
            after = os.fstat(handle.fileno())
    except OSError as exc:
        raise RecordError(
            f"{path}:0", Message("cannot read the file: {exc}", exc=exc.strerror or str(exc))
        ) from None
    if len(data) > limit_bytes:
        raise RecordError(f"{path}:0", _too_big(len(data), limit_bytes))
    if stamp(before) != stamp(after) or len(data) != after.st_size:
        raise RecordError(f"{path}:0", CHANGED)
    note_read(path, after)
    return data


def regular_file(path: Path, max_bytes: int) -> os.stat_result:
    """The file's status, or a :class:`RecordError` if it is not a regular file of at
    most ``max_bytes`` (checked before opening: opening a FIFO blocks)."""
    before = path.stat()
    kind = special_kind(before.st_mode)
    if kind is not None:
        raise RecordError(f"{path}:0", Message("is {kind}, not a file; it is not read", kind=kind))
    if stat.S_ISDIR(before.st_mode):
        raise RecordError(f"{path}:0", Message("is a folder, not a file"))
    if before.st_size > max_bytes:
        raise RecordError(f"{path}:0", _too_big(before.st_size, max_bytes))
    return before


def line_too_long(size: int, max_line: int) -> str:
    return Message(
        "the line is {size:,} characters long; the limit is {limit:,} "
        "(set ANNOTATOR_MAX_LINE_BYTES to raise it)",
        size=size,
        limit=max_line,
    )


def _too_big(size: int, max_bytes: int) -> str:
    return Message(
        "the file is {size:,} bytes; the limit is {limit:,} "
        "(set ANNOTATOR_MAX_INPUT_BYTES to raise it)",
        size=size,
        limit=max_bytes,
    )


# Compression methods Python's zipfile can read.
_ZIP_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
_CHUNK = 1 << 20


def open_archive(path: Path) -> zipfile.ZipFile:
    """A zip opened defensively: a bad archive, too many members or a total size over
    the limits (``ANNOTATOR_MAX_ARCHIVE_MEMBERS``, ``ANNOTATOR_MAX_ARCHIVE_BYTES``) are
    one :class:`RecordError`, before anything is inflated."""
    try:
        st = regular_file(path, limit("ANNOTATOR_MAX_INPUT_BYTES"))  # no FIFO, device, giant
        archive = zipfile.ZipFile(path)
        note_read(path, st)
    except OSError as exc:
        raise RecordError(
            f"{path}:0", Message("cannot read the file: {exc}", exc=exc.strerror or str(exc))
        ) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise RecordError(f"{path}:0", Message("not a zip file: {exc}", exc=str(exc))) from None
    infos = archive.infolist()
    max_members = limit("ANNOTATOR_MAX_ARCHIVE_MEMBERS")
    if len(infos) > max_members:
        archive.close()
        raise RecordError(
            f"{path}:0",
            f"the archive has {len(infos):,} members; the limit is {max_members:,} "
            "(set ANNOTATOR_MAX_ARCHIVE_MEMBERS to raise it)",
        )
    total = sum(info.file_size for info in infos)
    max_total = limit("ANNOTATOR_MAX_ARCHIVE_BYTES")
    if total > max_total:
        archive.close()
        raise RecordError(
            f"{path}:0",
            f"the archive inflates to {total:,} bytes; the limit is {max_total:,} "
            "(set ANNOTATOR_MAX_ARCHIVE_BYTES to raise it)",
        )
    return archive


def read_member(archive: zipfile.ZipFile, name: str, label: str) -> bytes:
    """One member's bytes, streamed with a size cap (the sizes in a zip's directory can
    lie); encrypted, unsupported, symlinked or damaged members are one :class:`RecordError`."""
    info = archive.getinfo(name)
    origin = f"{label}:0"
    if info.flag_bits & 0x1:
        raise RecordError(
            origin, Message("the member is encrypted; unpack it and import the files")
        )
    if info.compress_type not in _ZIP_METHODS:
        raise RecordError(
            origin, f"the member uses compression method {info.compress_type}, which cannot be read"
        )
    if stat.S_ISLNK(info.external_attr >> 16):
        raise RecordError(origin, Message("the member is a symlink; it is not followed"))
    max_bytes = limit("ANNOTATOR_MAX_MEMBER_BYTES")
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise RecordError(
                        origin,
                        f"the member inflates to more than {max_bytes:,} bytes "
                        "(set ANNOTATOR_MAX_MEMBER_BYTES to raise the limit)",
                    )
                chunks.append(chunk)
    except RecordError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError) as exc:
        raise RecordError(
            origin, Message("the member is damaged: {reason}", reason=_first_line(exc))
        ) from None
    except (NotImplementedError, lzma.LZMAError, ValueError) as exc:
        raise RecordError(
            origin, Message("the member cannot be read: {reason}", reason=_first_line(exc))
        ) from None
    return b"".join(chunks)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:120] if text else type(exc).__name__


def decode_reason(exc: DecodeError) -> str:
    """Why bytes could not be decoded, as a translatable :class:`Message` (the text
    layer, below the errors' family, says it in English only); the same words."""
    at = exc.byte_offset
    if exc.kind == "utf16":
        return Message("the file is {utf16}, not UTF-8; save it as UTF-8", utf16=exc.utf16)
    if exc.kind == "binary":
        return Message("binary data (NUL byte at byte offset {at})", at=at)
    if exc.kind == "utf8":
        return Message("invalid UTF-8 at byte offset {at}", at=at)
    return exc.args[0] if exc.args else str(exc)  # the caller's message (a Message too)


def read_text(path: Path, data: bytes | None = None, name: str | None = None) -> str:
    """A UTF-8 file's text without a BOM; a decoding error names the line."""
    data = read_bytes(path) if data is None else data
    try:
        text = decode_utf8(data)
    except DecodeError as exc:
        kind = utf16_kind(data)
        if kind:  # one message for the file, naming what it is
            raise RecordError(
                f"{name or path}:1",
                Message("the file is {utf16}, not UTF-8; save it as UTF-8", utf16=kind),
            ) from None
        line = data.count(b"\n", 0, exc.byte_offset or 0) + 1
        if ansi_bijoy(data) is not None:  # not just "invalid UTF-8": say what it is
            raise RecordError(f"{name or path}:{line}", BIJOY_ANSI) from None
        raise RecordError(f"{name or path}:{line}", decode_reason(exc)) from None
    return text[1:] if text.startswith("\ufeff") else text


ANSI = Message("the file is Windows-1252 bytes, not UTF-8")
# text.legacy.BIJOY_MESSAGE, translatable (a test keeps the two the same).
BIJOY = Message(
    "the text looks like Bijoy (legacy ANSI) Bengali, typed for a SutonnyMJ-style font; "
    "convert it to Unicode first (for a .txt file: import it with --convert-bijoy)"
)
BIJOY_ANSI = Message("{bijoy} ({ansi})", bijoy=BIJOY, ansi=ANSI)


def ansi_bijoy(data: bytes) -> str | None:
    """The text of Bijoy saved as Windows-1252 bytes, or ``None`` if it is not that."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    text = text[1:] if text.startswith("\ufeff") else text
    return text if looks_like_bijoy(text) else None


@dataclass(frozen=True)
class TooLong:
    """A line over ``ANNOTATOR_MAX_LINE_BYTES``, skipped by :func:`text_lines` unread."""

    size: int


def text_lines(path: Path, on_error: OnError | None = None) -> Iterator[tuple[int, str | TooLong]]:
    """``(line number, text)`` of a UTF-8 file, streamed: memory holds one line, not the
    file. Lines end at LF; a line over the limit comes as :class:`TooLong`. Decoding
    errors, a FIFO or device, a file over ``ANNOTATOR_MAX_INPUT_BYTES`` and a file that
    changed while it was read are one :class:`RecordError`, as with :func:`read_text`;
    with ``on_error`` a line that does not decode is reported and comes as ``""`` (a
    UTF-16 or UTF-32 file is still one error for the whole file)."""
    max_line = limit("ANNOTATOR_MAX_LINE_BYTES")
    try:
        before = regular_file(path, limit("ANNOTATOR_MAX_INPUT_BYTES"))
        handle = path.open("rb")
    except OSError as exc:
        raise RecordError(
            f"{path}:0", Message("cannot read the file: {exc}", exc=exc.strerror or str(exc))
        ) from None
    with handle:
        pos = 0
        for lineno in itertools.count(1):
            try:
                data = handle.readline(max_line + 1)
                size, overlong = len(data), len(data) > max_line and not data.endswith(b"\n")
                while overlong and (more := handle.readline(_CHUNK)):  # skip the rest
                    size += len(more)
                    if more.endswith(b"\n"):
                        break
            except OSError as exc:
                raise RecordError(
                    f"{path}:{lineno}", Message("cannot read the file: {exc}", exc=str(exc))
                ) from None
            if not data:
                break
            if overlong:
                yield lineno, TooLong(size)
            else:
                try:
                    text = decode_utf8(data.removesuffix(b"\n"), offset=pos)
                except DecodeError as exc:
                    if on_error is None or (lineno == 1 and utf16_kind(data)):
                        read_text(path)  # the whole file's message: UTF-16, Bijoy, the line
                        raise RecordError(f"{path}:{lineno}", decode_reason(exc)) from None
                    on_error(RecordError(f"{path}:{lineno}", decode_reason(exc)))
                    text = ""
                yield lineno, (text[1:] if lineno == 1 and text.startswith("\ufeff") else text)
            pos += size
        after = os.fstat(handle.fileno())
    if stamp(before) != stamp(after) or pos != after.st_size:
        raise RecordError(f"{path}:0", CHANGED)
    note_read(path, after)


def iter_json_lines(path: Path) -> Iterator[tuple[str, Any]]:
    """``(file:line, object)`` for each non-blank line of a JSONL file."""
    # Lines end at LF only: str.splitlines() would also cut at U+2028 or U+0085, which
    # JSON strings may hold unescaped.
    max_line = limit("ANNOTATOR_MAX_LINE_BYTES")
    for lineno, line in enumerate(read_text(path).split("\n"), 1):
        if len(line) > max_line:
            raise RecordError(f"{path}:{lineno}", line_too_long(len(line), max_line))
        if not line.strip():
            continue
        yield f"{path}:{lineno}", parse_json(line, str(path), lineno)


def iter_json_array(path: Path) -> Iterator[tuple[str, Any]]:
    """``(file:line, element)`` for each element of a top-level JSON array (or one object)."""
    text = read_text(path)
    n = len(text)

    def skip(i: int) -> int:
        while i < n and text[i] in " \t\r\n":
            i += 1
        return i

    def origin(i: int) -> str:
        return f"{path}:{text.count(chr(10), 0, i) + 1}"

    def decode(i: int) -> tuple[Any, int]:
        try:
            return raw_decode(text, i, str(path))
        except RecordError as exc:
            if exc.origin.endswith(":1") and i:  # numbers and nesting: the element's line
                raise RecordError(origin(i), exc.reason) from None
            raise

    i = skip(0)
    if i < n and text[i] == "{":
        obj, _end = decode(i)
        yield origin(i), obj
        return
    if i >= n or text[i] != "[":
        raise RecordError(origin(i), Message("expected a JSON array of tasks"))
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
        raise RecordError(origin(i), Message("expected ',' or ']' between tasks"))


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
        raise RecordError(origin, Message("{where} needs a {key!r} string", where=where, key=key))
    return value


MAX_INT_DIGITS = 18


def strict_int(text: str) -> int:
    """An integer written in ASCII digits (``int()`` also takes "১২", "0_0", "+0", " 7");
    a ValueError otherwise, or beyond :data:`MAX_INT_DIGITS` digits."""
    if not (text.isascii() and text.isdigit() and len(text) <= MAX_INT_DIGITS):
        raise ValueError(f"not a whole number in ASCII digits: {text[:20]!r}")
    return int(text)


def need_int(obj: dict[str, Any], key: str, origin: str, where: str = "record") -> int:
    value = obj.get(key)
    if type(value) is not int:
        raise RecordError(
            origin,
            Message(
                "{where}: {key!r} must be an integer, got {value!r}",
                where=where,
                key=key,
                value=value,
            ),
        )
    return value
