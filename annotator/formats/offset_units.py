"""Noticing foreign offsets counted in the wrong unit.

Other tools count offsets in code points (Python), UTF-16 code units (JavaScript:
doccano, browsers) or UTF-8 bytes. Read in the wrong unit, the spans of a file shift
after every emoji or Bengali letter, so they start or end on a space or a danda, or
inside a character cluster, far more often than real annotations ever do. For each
file this module re-reads the first spans in every unit and, when another unit puts
many fewer of them on such boundaries, names it so the import can suggest
``--offset-unit``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from annotator.model import DocumentRecord
from annotator.text import ClusterIndex, Utf16Map
from annotator.text.clusters import is_trimmable, is_word_char

UNITS = ("codepoint", "utf16", "bytes")
UNIT_NAMES = {
    "codepoint": "code points",
    "utf16": "UTF-16 code units (JavaScript)",
    "bytes": "UTF-8 bytes",
}
SPANS_CHECKED = 200  # per file: enough evidence, bounded cost
MIN_BAD = 2
MIN_BAD_SHARE = 0.2


class ByteMap:
    """Code point <-> UTF-8 byte positions of one text."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        pos = 0
        for ch in text:
            self.starts.append(pos)
            pos += len(ch.encode("utf-8", "surrogatepass"))
        self.starts.append(pos)
        self.index = {b: i for i, b in enumerate(self.starts)}

    def to_bytes(self, cp: int) -> int:
        return self.starts[cp]

    def from_bytes(self, b: int) -> int | None:
        return self.index.get(b)


def _is_bad(clusters: ClusterIndex, start: int | None, end: int | None) -> bool:
    """A span no annotator would draw: outside the text, inside a cluster, on a space
    or punctuation, or starting inside a word (ending inside one is a stem: পুতিন|ের)."""
    text = clusters.text
    if start is None or end is None or not 0 <= start < end <= len(text):
        return True
    if not clusters.is_boundary(start) or not clusters.is_boundary(end):
        return True
    if start > 0 and is_word_char(text[start - 1]) and is_word_char(text[start]):
        return True
    return is_trimmable(text[start]) or is_trimmable(text[end - 1])


@dataclass
class _FileEvidence:
    spans: int = 0
    bad: Counter[str] = field(default_factory=Counter)  # unit -> spans that look wrong


class UnitSniffer:
    """Collects, per file, how the spans of raw records look in each unit."""

    def __init__(self, read_as: str = "codepoint") -> None:
        self.read_as = read_as
        self.files: dict[str, _FileEvidence] = {}

    def add(self, record: DocumentRecord) -> None:
        """Look at the spans of ``record`` (offsets as read, in code points)."""
        if not record.spans:
            return
        text = record.text
        if self.read_as == "codepoint":
            pairs = [(span.start, span.end) for span in record.spans]
        else:
            to_raw = Utf16Map(text).to_utf16 if self.read_as == "utf16" else ByteMap(text).to_bytes

            def raw(cp: int) -> int:
                return to_raw(cp) if type(cp) is int and 0 <= cp <= len(text) else -1

            pairs = [(raw(span.start), raw(span.end)) for span in record.spans]
        self.add_raw(file_of(record.origin), text, pairs)

    def add_raw(self, name: str, text: str, pairs: list[tuple[Any, Any]]) -> None:
        """Look at spans given as the numbers file ``name`` holds for them."""
        evidence = self.files.setdefault(name, _FileEvidence())
        room = SPANS_CHECKED - evidence.spans
        if room <= 0 or not pairs:
            return
        clusters = ClusterIndex(text)
        utf16 = Utf16Map(text)
        utf8 = ByteMap(text)

        def as_unit(value: Any, unit: str) -> int | None:
            if type(value) is not int:
                return None
            if unit == "utf16":
                try:
                    return utf16.from_utf16(value)
                except ValueError:
                    return None
            if unit == "bytes":
                return utf8.from_bytes(value)
            return value

        for start, end in pairs[:room]:
            evidence.spans += 1
            for unit in UNITS:
                if _is_bad(clusters, as_unit(start, unit), as_unit(end, unit)):
                    evidence.bad[unit] += 1

    def hint(self, name: str) -> str | None:
        """Why the offsets of file ``name`` look like another unit, or ``None``."""
        evidence = self.files.get(name)
        if evidence is None or not evidence.spans:
            return None
        bad_now = evidence.bad[self.read_as]
        if bad_now < MIN_BAD or bad_now < MIN_BAD_SHARE * evidence.spans:
            return None
        best = min(UNITS, key=lambda unit: (evidence.bad[unit], unit != "utf16"))
        if best == self.read_as or evidence.bad[best] * 4 > bad_now:
            return None
        return (
            f"{name}: the offsets look like {UNIT_NAMES[best]}, not "
            f"{UNIT_NAMES[self.read_as]}: read as {UNIT_NAMES[self.read_as]}, "
            f"{bad_now} of {evidence.spans} spans start or end on a space, punctuation or "
            f"inside a character (as {UNIT_NAMES[best]}: {evidence.bad[best]}); "
            f"import again with --offset-unit {best}"
        )

    def hints(self) -> list[str]:
        return [h for h in (self.hint(name) for name in self.files) if h]


def file_of(origin: str) -> str:
    """The file part of a ``file:line`` origin."""
    head, sep, tail = origin.rpartition(":")
    return head if sep and tail.isdigit() else origin
