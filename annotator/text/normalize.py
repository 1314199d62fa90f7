"""Fixing a document's text once, at import: UTF-8, no BOM, LF newlines, NFC.

The stored text never changes afterwards, so every offset is taken after this step.
When pre-annotated data must be normalized, :func:`normalize_with_map` also returns
where each original offset lands, so spans can be carried across.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

from annotator.text.legacy import utf16_kind

BOM = "\ufeff"


class DecodeError(ValueError):
    """Raised for bytes that cannot become a document's text (bad UTF-8, binary data).

    ``kind`` says which (``"utf16"``, ``"binary"``, ``"utf8"``, or ``""`` for a message
    given by the caller) and ``utf16`` names the UTF-16 variant, so a layer above can
    say it again in another language (``formats.foreign.decode_reason``).
    """

    def __init__(
        self, message: str, byte_offset: int | None = None, *, kind: str = "", utf16: str = ""
    ) -> None:
        super().__init__(message)
        self.byte_offset = byte_offset
        self.kind = kind
        self.utf16 = utf16


def decode_utf8(data: bytes, *, offset: int = 0) -> str:
    """Decode ``data`` as UTF-8, refusing binary files and naming the first bad byte.

    ``offset`` is where ``data`` starts in its file (when decoding line by line), so
    the reported byte offset is the file's.
    """
    nul = data.find(b"\x00")
    if nul != -1 or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        utf16 = utf16_kind(data)
        if utf16:
            raise DecodeError(
                f"the file is {utf16}, not UTF-8; save it as UTF-8",
                offset,
                kind="utf16",
                utf16=utf16,
            )
    if nul != -1:
        at = offset + nul
        raise DecodeError(f"binary data (NUL byte at byte offset {at})", at, kind="binary")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = offset + exc.start
        raise DecodeError(f"invalid UTF-8 at byte offset {at}", at, kind="utf8") from None


def text_sha256(text: str) -> str:
    """The hex sha256 of the UTF-8 bytes of ``text``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalize_text(text: str) -> str:
    """Return ``text`` without a leading BOM, with LF newlines, in Unicode NFC.

    ZWJ and ZWNJ are kept: they change how Bengali conjuncts are drawn (র‍্যাব).
    """
    if text.startswith(BOM):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalized text and, for every original offset 0..len(original), its new offset.

    ``offset_map[i]`` is defined only where ``i`` falls between two normalization
    units (see :func:`normalize_with_map`); elsewhere it is ``None``, because an
    offset inside a unit that normalization rewrote has no faithful image.
    """

    text: str
    offset_map: tuple[int | None, ...]

    def map_offset(self, offset: int) -> int | None:
        """Where ``offset`` in the original text lands, or ``None`` if it cannot be carried."""
        if 0 <= offset < len(self.offset_map):
            return self.offset_map[offset]
        return None


def _units(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into independently normalizable units.

    A unit starts at a character with canonical combining class 0 that is NFC-stable
    on its own ("starter"), so NFC of the whole equals the concatenation of NFC of
    the units. CRLF pairs stay together so they become one LF.
    """
    units: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for i in range(1, n):
        ch = text[i]
        if text[i - 1] == "\r" and ch == "\n":
            continue
        if unicodedata.combining(ch) == 0:
            # A starter that still composes with the unit before it (Hangul L+V+T jamo,
            # Bengali e-kar + aa-kar) must stay in that unit.
            nfc = unicodedata.normalize
            if nfc("NFC", text[start : i + 1]) != nfc("NFC", text[start:i]) + nfc("NFC", ch):
                continue
            units.append((start, i))
            start = i
    if n:
        units.append((start, n))
    return units


def normalize_with_map(text: str) -> NormalizedText:
    """Normalize ``text`` like :func:`normalize_text` and map every original offset.

    Offsets at unit boundaries map exactly; an offset inside a unit that changed
    length or content maps to ``None``.
    """
    offset_map: list[int | None] = [None] * (len(text) + 1)
    pieces: list[str] = []
    out = 0
    begin = 1 if text.startswith(BOM) else 0
    offset_map[0] = 0
    for start, end in _units(text[begin:]):
        start += begin
        end += begin
        unit = text[start:end]
        new = unicodedata.normalize("NFC", unit.replace("\r\n", "\n").replace("\r", "\n"))
        offset_map[start] = out
        if new == unit:
            for k in range(1, end - start):
                offset_map[start + k] = out + k
        out += len(new)
        offset_map[end] = out
        pieces.append(new)
    offset_map[begin] = 0
    offset_map[len(text)] = out
    result = "".join(pieces)
    if result != normalize_text(text):  # pragma: no cover - defensive: treat as one unit
        whole = normalize_text(text)
        fallback: list[int | None] = [None] * (len(text) + 1)
        fallback[0], fallback[-1] = 0, len(whole)
        return NormalizedText(whole, tuple(fallback))
    return NormalizedText(result, tuple(offset_map))
