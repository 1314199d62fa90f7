"""brat standoff: a folder (or ``.zip``) of ``NAME.txt`` + ``NAME.ann`` pairs.

``T1<TAB>LABEL start end<TAB>text`` (code point offsets; a span crossing a line break
is written as fragments ``s1 e1;s2 e2`` as brat requires), ``A1<TAB>name T1 value``
for attribute values without spaces, ``#1<TAB>AnnotatorNotes T1<TAB>name=value`` for
the others, ``#2<TAB>AnnotatorNotes T1<TAB>free text`` for a span's note (on one line),
and ``R1<TAB>type Arg1:T1 Arg2:T2`` for relations (the ``cue`` of a quote or claim is one).
A split span is one discontinuous text-bound annotation, ``T1<TAB>QUOTE 10 40;55 90<TAB>
text``; mentions of one referent are ``*<TAB>Equiv T3 T7 T9`` (brat has no place for a
referent's name: the longest PER/ORG mention names it again on import).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import shutil
import zipfile
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import regex

from annotator.formats.brat_conf import (
    ANNOTATION_CONF,
    IDS_FILE,
    VISUAL_CONF,
    annotation_conf,
    ids_tsv,
    read_ids,
    visual_conf,
)
from annotator.formats.foreign import (
    OnError,
    check_inside,
    open_archive,
    read_member,
    read_text,
    strict_int,
)
from annotator.formats.writers import DatasetWriter, WriteContext
from annotator.model import (
    DocumentRecord,
    Layer,
    RecordError,
    ReferentRecord,
    RelationRecord,
    SpanRecord,
)
from annotator.model.errors import Message
from annotator.model.limits import excerpt
from annotator.model.outputs import OutputError, folder_part, foreign_files, replace_folder

_UNSAFE = regex.compile(r"[^\p{L}\p{M}\p{N}._-]+")
_NEWLINES = regex.compile(r"\n+")
_ATTR = regex.compile(r"[\w.-]+")  # "name=value" notes carry attribute values


def safe_name(name: str) -> str:
    """A file name stem from a document id: no separators, no leading dots (so no
    ``../`` or absolute paths out of the target), at most 150 bytes of UTF-8."""
    safe = _UNSAFE.sub("_", name).strip("._") or "document"
    return safe.encode("utf-8")[:150].decode("utf-8", "ignore")


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut at line breaks (brat spans cannot contain one)."""
    out = []
    pos = start
    for m in _NEWLINES.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


def ann_lines(layer: Layer) -> list[str]:
    text = layer.document.text
    keys = {s.id: f"T{n}" for n, s in enumerate(layer.spans, 1)}
    lines: list[str] = []
    attrs: list[str] = []
    notes: list[str] = []
    for span in layer.spans:
        frags = [f for a, b in span.pieces for f in fragments(text, a, b)]
        where = ";".join(f"{s} {e}" for s, e in frags)
        shown = " ".join(text[s:e] for s, e in frags)
        lines.append(f"{keys[span.id]}\t{span.label} {where}\t{shown}")
        for name, value in span.attrs.items():
            shown_value = value if isinstance(value, str) else ("yes" if value else "no")
            if shown_value and not any(c.isspace() for c in shown_value):
                attrs.append(f"A{len(attrs) + 1}\t{name} {keys[span.id]} {shown_value}")
            else:
                one_line = " ".join(shown_value.split())
                notes.append(
                    f"#{len(notes) + 1}\tAnnotatorNotes {keys[span.id]}\t{name}={one_line}"
                )
    for note in layer.notes:  # a linguist's note on a span: the note brat shows
        if note.span_id in keys:
            one_line = " ".join(note.text.split())
            notes.append(f"#{len(notes) + 1}\tAnnotatorNotes {keys[note.span_id]}\t{one_line}")
    n = 0
    for rel in layer.relations:
        if rel.from_span in keys and rel.to_span in keys:
            n += 1
            lines.append(f"R{n}\t{rel.type} Arg1:{keys[rel.from_span]} Arg2:{keys[rel.to_span]}")
    equivs = [
        "*\tEquiv " + " ".join(keys[m] for m in ref.mentions if m in keys)
        for ref in layer.referents
        if sum(m in keys for m in ref.mentions) > 1
    ]
    return lines + equivs + attrs + notes


# What a brat folder export may replace: its own pairs, configs and dataset card.
EXPORT_FILES = (".txt", ".ann", ".conf", IDS_FILE, "README.md", "dataset.json", ".part")


class BratWriter(DatasetWriter):
    """Writes pairs into a zip, or into a hidden sibling folder that replaces the target
    folder whole at the end (so a killed export never leaves a partial folder)."""

    suffix = ""

    def __init__(self, path: Path, ctx: WriteContext, split: str = "all") -> None:
        self.folder = path.suffix.lower() != ".zip"
        super().__init__(path, ctx, split)
        self.zip: zipfile.ZipFile | None = None
        self.written: list[Path] = []
        self.names: set[str] = set()
        self.ids: list[tuple[str, str, str]] = []  # file name, document id, annotator
        self.text_values: dict[str, set[str]] = {}  # attribute -> values on A lines
        if not self.folder:
            self.zip = zipfile.ZipFile(self.part, "w", zipfile.ZIP_DEFLATED)
            return
        foreign = foreign_files(path, EXPORT_FILES)
        if foreign:
            raise OutputError(
                f"will not replace {path}: it holds {foreign[0].name}, which a brat export "
                "did not write; export into a new or empty folder"
            )
        self.tmp = folder_part(path)

    def _name(self, layer: Layer) -> str:
        base = safe_name(layer.document.external_id)
        name = base
        if name in self.names:
            name = f"{base}.{safe_name(layer.annotator)}"
        n = 2
        while name in self.names:
            name = f"{base}.{n}"
            n += 1
        self.names.add(name)
        return name

    def write(self, layer: Layer) -> None:
        name = self._name(layer)
        self.ids.append((name, layer.document.external_id, layer.annotator))
        for span in layer.spans:
            for attr, value in span.attrs.items():
                if isinstance(value, str):
                    self.text_values.setdefault(attr, set()).add(value)
        lines = ann_lines(layer)
        relations = sum(1 for line in lines if line.startswith("R"))
        self.count(layer, list(layer.spans), relations)
        ann = "".join(line + "\n" for line in lines)
        if self.zip is not None:
            self.zip.writestr(f"{name}.txt", layer.document.text)
            self.zip.writestr(f"{name}.ann", ann)
            return
        for suffix, content in ((".txt", layer.document.text), (".ann", ann)):
            with open(self.tmp / f"{name}{suffix}", "w", encoding="utf-8", newline="\n") as out:
                out.write(content)
            self.written.append(self.path / f"{name}{suffix}")

    def _configs(self) -> list[tuple[str, str]]:
        schema = self.ctx.schema
        return [
            (ANNOTATION_CONF, annotation_conf(schema, self.text_values)),
            (VISUAL_CONF, visual_conf(schema)),
            (IDS_FILE, ids_tsv(self.ids)),
        ]

    def close(self) -> list[Path]:
        if self.zip is not None:
            for name, content in self._configs():
                self.zip.writestr(name, content)
            self.zip.close()
            return super().close()
        for name, content in self._configs():
            with open(self.tmp / name, "w", encoding="utf-8", newline="\n") as out:
                out.write(content)
            self.written.append(self.path / name)
        replace_folder(self.tmp, self.path)
        return self.written

    def abort(self) -> None:
        if self.zip is not None:
            with contextlib.suppress(OSError):
                self.zip.close()
            super().abort()
            return
        shutil.rmtree(self.tmp, ignore_errors=True)


def parse_ann(
    text: str,
    ann: str,
    name: str,
    ext_id: str,
    problems: list[RecordError] | None = None,
    text_name: str | None = None,
) -> DocumentRecord:
    """One ``.txt``/``.ann`` pair as a record; errors name ``NAME.ann:line``, and errors
    about the text alone (empty, Bijoy...) name ``text_name`` when the pair has no spans.

    With ``problems``, every bad line is collected there (for ``validate``) instead of
    raising at the first.
    """
    spans: dict[str, SpanRecord] = {}
    span_lines: dict[str, int] = {}
    attrs: dict[str, dict[str, Any]] = {}
    relations: list[RelationRecord] = []
    notes: dict[str, str] = {}  # span key -> its AnnotatorNotes text (not name=value)
    equivs: list[list[str]] = []

    def handle(lineno: int, origin: str, line: str) -> None:
        key, _, rest = line.partition("\t")
        if key.startswith("T"):
            head, _, shown = rest.partition("\t")
            label, _, where = head.partition(" ")
            try:
                frags = [tuple(strict_int(x) for x in part.split()) for part in where.split(";")]
            except ValueError:
                raise RecordError(
                    origin, Message("bad offsets {where}", where=excerpt(where, 40))
                ) from None
            if not label or any(len(f) != 2 for f in frags):
                raise RecordError(origin, Message("expected 'T<n><TAB>LABEL start end<TAB>text'"))
            start, end = frags[0][0], frags[-1][1]
            pieces = [frags[0]]  # pieces cut only at line breaks are one piece again
            for (_s1, e1), (s2, e2) in pairwise(frags):
                if e1 > s2:
                    raise RecordError(
                        origin,
                        Message("fragments {where!r} overlap or are out of order", where=where),
                    )
                if text[e1:s2].strip():
                    pieces.append((s2, e2))
                else:
                    pieces[-1] = (pieces[-1][0], e2)
            if start < 0 or end > len(text) or start >= end:
                raise RecordError(
                    origin,
                    Message(
                        "span {start}-{end} is outside the text (length {length})",
                        start=start,
                        end=end,
                        length=len(text),
                    ),
                )
            joined = " ".join(text[s:e] for s, e in frags)
            if shown and shown != joined:
                raise RecordError(
                    origin,
                    Message(
                        "span text {shown!r} differs from the text there ({joined!r})",
                        shown=shown,
                        joined=joined,
                    ),
                )
            if key in spans:
                raise RecordError(origin, Message("{key} is defined twice", key=key))
            split = tuple(pieces) if len(pieces) > 1 else ()
            spans[key] = SpanRecord(key, start, end, label, fragments=split)  # type: ignore[arg-type]
            span_lines[key] = lineno
        elif key.startswith("R"):
            parts = rest.split()
            args = dict(p.split(":", 1) for p in parts[1:] if ":" in p)
            if len(parts) != 3 or "Arg1" not in args or "Arg2" not in args:
                raise RecordError(origin, Message("expected 'R<n><TAB>type Arg1:T<a> Arg2:T<b>'"))
            for ref in (args["Arg1"], args["Arg2"]):
                if ref not in spans:
                    raise RecordError(
                        origin, Message("relation points to missing span {ref}", ref=ref)
                    )
            relations.append(RelationRecord(key, parts[0], args["Arg1"], args["Arg2"]))
        elif key.startswith(("A", "M")):
            parts = rest.split()
            if len(parts) < 2 or parts[1] not in spans:
                raise RecordError(
                    origin, Message("expected 'A<n><TAB>name T<n> [value]' for a known span")
                )
            attrs.setdefault(parts[1], {})[parts[0]] = parts[2] if len(parts) > 2 else True
        elif key.startswith("#"):
            head, _, note = rest.partition("\t")
            parts = head.split()
            attr, equals, value = note.partition("=")
            if len(parts) == 2 and parts[1] in spans and equals and _ATTR.fullmatch(attr):
                attrs.setdefault(parts[1], {})[attr] = value
            elif len(parts) == 2 and parts[1] in spans and note.strip():
                notes[parts[1]] = note.strip()
        elif key == "*" and rest.split()[:1] == ["Equiv"]:
            members = rest.split()[1:]
            missing = [m for m in members if m not in spans]
            if len(members) < 2 or missing:
                raise RecordError(
                    origin, Message("expected '*<TAB>Equiv T<a> T<b> ...' of known spans")
                )
            equivs.append(members)
        elif key.startswith(("E", "N", "*")):
            raise RecordError(origin, Message("{kind} annotations are not supported", kind=key[0]))
        else:
            raise RecordError(
                origin, Message("unknown annotation line {key}", key=excerpt(key, 20))
            )

    for lineno, line in enumerate(ann.split("\n"), 1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            handle(lineno, f"{name}:{lineno}", line)
        except RecordError as exc:
            if problems is None:
                raise
            problems.append(exc)
    referent_of = {m: f"ref{n}" for n, group in enumerate(equivs, 1) for m in group}
    records = tuple(
        SpanRecord(
            s.key,
            s.start,
            s.end,
            s.label,
            attrs.get(k, {}),
            note=notes.get(k, ""),
            fragments=s.fragments,
            referent=referent_of.get(k),
        )
        for k, s in spans.items()
    )
    return DocumentRecord(
        text=text,
        external_id=ext_id,
        title=ext_id,
        spans=records,
        relations=tuple(relations),
        origin=(
            f"{name}:{min(span_lines.values(), default=1)}"
            if span_lines or text_name is None
            else f"{text_name}:1"
        ),
        referents=tuple(ReferentRecord(f"ref{n}") for n in range(1, len(equivs) + 1)),
    )


def read_brat(path: Path, on_error: OnError | None = None) -> Iterator[DocumentRecord]:
    """Pairs from a ``.zip``, or the pair of one ``.txt`` (``.ann`` files are read with it)."""
    if path.suffix.lower() == ".zip":
        with open_archive(path) as archive:
            names = set(archive.namelist())
            ids = (
                read_ids(
                    read_text(
                        path,
                        read_member(archive, IDS_FILE, f"{path}/{IDS_FILE}"),
                        f"{path}/{IDS_FILE}",
                    )
                )
                if IDS_FILE in names
                else {}
            )
            for member in sorted(n for n in names if n.endswith(".txt")):
                stem = member[: -len(".txt")]
                ann_name = f"{stem}.ann"
                label = f"{path}/{ann_name}"
                try:
                    shown = f"{path}/{member}"
                    text = read_text(path, read_member(archive, member, shown), shown)
                    ann = (
                        read_text(path, read_member(archive, ann_name, label), label)
                        if ann_name in names
                        else ""
                    )
                    record = parse_ann(text, ann, label, Path(stem).name, text_name=shown)
                    yield _with_id(record, ids)
                except RecordError as exc:
                    if on_error is None:
                        raise
                    on_error(exc)
        return
    if path.suffix.lower() == ".txt":
        ann_path = path.with_suffix(".ann")
        ann = ""
        if ann_path.exists() or ann_path.is_symlink():
            check_inside(ann_path, path.parent)  # a .ann linked to a private key: refused
            ann = read_text(ann_path)
        record = parse_ann(read_text(path), ann, str(ann_path), path.stem, text_name=str(path))
        yield _with_id(record, _folder_ids(path.parent))
    elif path.suffix.lower() == ".ann" and not path.with_suffix(".txt").exists():
        raise RecordError(
            f"{path}:1",
            Message("no text file {name} next to it", name=path.with_suffix(".txt").name),
        )


def _folder_ids(folder: Path) -> dict[str, tuple[str, str]]:
    """The ``ids.tsv`` of a brat folder (read once per folder, not once per file)."""
    ids_path = folder / IDS_FILE
    if not ids_path.is_file() or ids_path.is_symlink():
        return {}
    stat = ids_path.stat()
    return _read_ids_file(str(ids_path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _read_ids_file(path: str, _mtime: int, _size: int) -> dict[str, tuple[str, str]]:
    return read_ids(read_text(Path(path)))


def _with_id(record: DocumentRecord, ids: dict[str, tuple[str, str]]) -> DocumentRecord:
    """The record with the document id and annotator ``ids.tsv`` gives its file."""
    found = ids.get(record.external_id or "")
    if found is None:
        return record
    ext, annotator = found
    return dataclasses.replace(
        record, external_id=ext, title=ext, annotator=annotator or record.annotator
    )
