"""What every dataset writer shares: options, counters, and atomic files.

A writer receives layers one at a time (the corpus is never held in memory), writes
to ``NAME.part`` and renames on :meth:`DatasetWriter.close`, so a failed or cancelled
export leaves no half-written file behind.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import queue
import threading
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import IO, Any, ClassVar

from annotator.formats.bio import (
    Projection,
    RowProjection,
    RowSpan,
    bio_tags,
    bio_tags_rows,
    describe,
    project,
    project_rows,
)
from annotator.formats.spacy_align import LISTED as SPACY_LISTED
from annotator.formats.spacy_align import SpacyAlignment
from annotator.model import Document, LabelKind, LabelSchema, Layer, Span
from annotator.model.limits import excerpt, replace_surrogates, value_problems
from annotator.model.outputs import PART_SUFFIX, check_output, discard, part_path
from annotator.model.rows import (
    S_END,
    S_FRAGMENTS,
    S_ID,
    S_LABEL,
    S_START,
    AttrsDecoder,
    LayerRows,
    PackedSpans,
)
from annotator.text.tokenizer import token_spans, unpack_token_spans

_ROW_LABEL = itemgetter(S_LABEL)  # of a span row
_ROW_FRAGMENTS = itemgetter(S_FRAGMENTS)
_KEPT_LABEL = itemgetter(2)  # of a RowAligned

# json.dumps(..., ensure_ascii=False) builds an encoder per call; one serves every line.
_encode = json.JSONEncoder(ensure_ascii=False).encode


@dataclass
class ExportStats:
    """Counters a writer fills in, reported in the summary and the dataset card."""

    records: Counter[str] = field(default_factory=Counter)  # per split
    documents: Counter[str] = field(default_factory=Counter)
    labels: dict[str, Counter[str]] = field(default_factory=dict)  # split -> label -> n
    relations: Counter[str] = field(default_factory=Counter)
    expanded: int = 0
    dropped_overlaps: int = 0
    unaligned: int = 0
    conflicts: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)  # values no encoder accepts, replaced
    annotators: set[str] = field(default_factory=set)
    # Spans and relations left out of the export, by reason (see DROP_* below).
    dropped: Counter[str] = field(default_factory=Counter)
    split_spans: int = 0  # spans of two or more fragments
    # Exported spans spaCy's bn tokenizer cannot align: the count and the first ones.
    spacy_misaligned: int = 0
    spacy_examples: list[dict[str, Any]] = field(default_factory=list)
    # split -> [document id, annotator] in file order, for formats that drop the ids
    document_ids: dict[str, list[list[str]]] = field(default_factory=dict)


def split_pieces(spans: list[Span]) -> list[Span]:
    """Each fragment of a split span as a span of its own (same id, label and
    ``fragments``), so token formats tag every fragment: each one starts with B-."""
    if not any(span.fragments for span in spans):
        return spans
    out = []
    for span in spans:
        if span.fragments:
            out += [dataclasses.replace(span, start=a, end=b) for a, b in span.fragments]
        else:
            out.append(span)
    return out


DROP_OVERLAP = "spans overlapping a kept span (--on-overlap)"
DROP_NO_TOKEN = "spans on no token"
DROP_REL_OVERLAP = "relations whose span was dropped (--on-overlap)"
DROP_REL_NO_TOKEN = "relations whose span is on no token"
DROP_REL_FORMAT = "relations (the format carries none)"
DROP_REL_KIND = "relations to a span of a kind not exported"
DROP_REL_FILTER = "relations to a span filtered out (--label, --kind)"


@dataclass
class WriteContext:
    """Export options a writer needs (filters are applied before it sees a layer)."""

    schema: LabelSchema
    stats: ExportStats
    kind: LabelKind = LabelKind.ENTITY  # the one layer BIO formats carry
    kinds: tuple[LabelKind, ...] = (LabelKind.ENTITY,)  # layers prodigy carries
    tag_names: list[str] = field(default_factory=list)
    on_overlap: str = "error"
    offset_unit: str = "codepoint"
    doccano_shape: str = "relation"
    # Span ids the projections of the current layer left out, with the reason.
    left_out: dict[int, str] = field(default_factory=dict)
    spacy_check: SpacyAlignment | None = None  # set for the formats spaCy trains on
    decode: AttrsDecoder = field(default_factory=AttrsDecoder)  # for layers read as rows
    # The last text tokenized and its token offsets (prodigy projects each kind in turn).
    _bounds: tuple[str, Sequence[tuple[int, int]]] = ("", [])
    # The label mapping last seen by :meth:`project_rows` and its names of :attr:`kind`.
    _names: tuple[Mapping[int, Any] | None, dict[int, str]] = (None, {})

    def project(self, layer: Layer, spans: list[Span] | None = None) -> Projection:
        """Token projection of the layer's spans of :attr:`kind`, counted in the stats."""
        text = layer.document.text
        chosen = [s for s in layer.spans if s.kind is self.kind] if spans is None else spans
        bounds = self.bounds(layer.document)
        proj = project(text, split_pieces(chosen), self.on_overlap, bounds=bounds)
        self.stats.expanded += proj.expanded
        self.stats.dropped_overlaps += len(proj.dropped) if self.on_overlap != "error" else 0
        self.stats.unaligned += len(proj.unaligned)
        if self.on_overlap != "error":
            self.left_out.update((a.span.id, DROP_OVERLAP) for a in proj.dropped)
        self.left_out.update((span.id, DROP_NO_TOKEN) for span in proj.unaligned)
        if self.spacy_check is not None and proj.kept:
            self._check_spacy(layer, proj)
        for a, b in proj.conflicts:
            self.stats.conflicts.append(
                f"{layer.document.external_id} ({layer.annotator}): "
                f"{describe(a.span, text)} overlaps {describe(b.span, text)}"
            )
        return proj

    def bounds(self, document: Document) -> Sequence[tuple[int, int]]:
        """The token offsets of the document's text: the ones stored at import when
        storage read them (the current tokenizer's), else found now; remembered for the
        next call on the same text."""
        text = document.text
        if self._bounds[0] is not text:
            stored = document.tokens
            found = token_spans(text) if stored is None else unpack_token_spans(stored)
            self._bounds = (text, found)
        return self._bounds[1]

    def project_rows(self, rows: LayerRows) -> RowProjection | None:
        """:meth:`project` of a layer read as rows, with no :class:`Span` built; ``None``
        where the :class:`Span` path must decide (split spans, spaCy's check, overlaps
        to report in ``error`` mode)."""
        if self.spacy_check is not None:
            return None
        names = self._kind_names(rows.labels)
        spans = rows.spans
        chosen: list[RowSpan]
        if isinstance(spans, PackedSpans) and not spans.full:
            chosen = _packed_chosen(spans, names)  # no fragments: no extras to read
        else:
            picked = list(compress(spans, map(names.__contains__, map(_ROW_LABEL, spans))))
            if any(map(_ROW_FRAGMENTS, picked)):
                return None
            chosen = [(row[S_START], row[S_END], names[row[S_LABEL]], row[S_ID]) for row in picked]
        proj = project_rows(self.bounds(rows.document), chosen, self.on_overlap)
        if proj is None:
            return None
        self.stats.expanded += proj.expanded
        self.stats.unaligned += len(proj.lost)
        if self.on_overlap != "error":
            self.stats.dropped_overlaps += len(proj.dropped)
            self.left_out.update((a[3], DROP_OVERLAP) for a in proj.dropped)
        self.left_out.update((id_, DROP_NO_TOKEN) for id_ in proj.lost)
        return proj

    def _kind_names(self, labels: Mapping[int, tuple[str, LabelKind]]) -> dict[int, str]:
        """Label id -> name of the labels of :attr:`kind` (the mapping is shared by a
        batch of layers, so it is remembered until another one comes)."""
        if self._names[0] is not labels:
            names = {i: name for i, (name, kind) in labels.items() if kind is self.kind}
            self._names = (labels, names)
        return self._names[1]

    def _check_spacy(self, layer: Layer, proj: Projection) -> None:
        assert self.spacy_check is not None
        text = layer.document.text
        bad = set(
            self.spacy_check.misaligned(
                (layer.document.id, layer.annotator), text, [(a.start, a.end) for a in proj.kept]
            )
        )
        stats = self.stats
        for a in proj.kept:
            if (a.start, a.end) not in bad:
                continue
            stats.spacy_misaligned += 1
            if len(stats.spacy_examples) < SPACY_LISTED:
                stats.spacy_examples.append(
                    {
                        "document": layer.document.external_id,
                        "annotator": layer.annotator,
                        "label": a.span.label,
                        "start": a.start,
                        "end": a.end,
                        "text": text[a.start : a.end],
                    }
                )

    def tags(self, proj: Projection) -> list[str]:
        return bio_tags(proj.n_tokens, proj.kept)


def _packed_chosen(spans: PackedSpans, names: Mapping[int, str]) -> list[RowSpan]:
    """``(start, end, label name, id)`` of the packed spans whose label is in ``names``
    (in the layer's order), read from the packed columns with no row per span."""
    offsets = list(map(int, spans.offsets))
    labels = list(map(int, spans.labels))
    keep = list(map(names.__contains__, labels))
    return list(
        zip(
            compress(offsets[0::2], keep),
            compress(offsets[1::2], keep),
            map(names.__getitem__, compress(labels, keep)),
            compress(spans.ids(), keep),
            strict=True,
        )
    )


class DatasetWriter:
    """Base class: subclasses implement :meth:`write` (and may override open/close)."""

    suffix: ClassVar[str] = ".jsonl"
    token_level: ClassVar[bool] = False
    folder: bool = False  # writes a folder of files, not one file
    carries_relations: ClassVar[bool] = True
    # Has ``write_rows(LayerRows)``: takes a layer before any Span is built (exports
    # without --label/--kind filters use it).
    reads_rows: ClassVar[bool] = False
    # Takes a layer's spans packed by the database (``LayerRows.spans`` a
    # ``PackedSpans``; only with ``reads_rows``): the spans export.
    reads_packed: ClassVar[bool] = False

    def __init__(self, path: Path, ctx: WriteContext, split: str = "all") -> None:
        if str(path) != "-" and not path.name:  # "." or "/": name the folder itself
            path = Path(os.path.abspath(path))
        self.path = path
        self.ctx = ctx
        self.split = split
        self.part = path.with_name(path.name + PART_SUFFIX)
        if str(path) != "-":
            check_output(path, folder=self.folder)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.part = part_path(path)

    def write(self, layer: Layer) -> None:
        raise NotImplementedError

    # Writes one BIO layer from token offsets and tags (:meth:`write_bio`), so a layer
    # read as rows is projected without a Span per span.
    writes_bio: ClassVar[bool] = False

    def write_rows(self, rows: LayerRows) -> None:
        """Write a layer given as rows (only writers with :attr:`reads_rows`): a BIO
        format projects the rows themselves where it can; otherwise a token format
        reads only the spans of the kinds it carries, so only those are built."""
        if self.writes_bio:
            done = self.bio_from_rows(rows)
            if done is not None:
                self.write_bio(rows, *done)
                return
        kinds = (self.ctx.kind,) if self.token_level else None
        self.write(rows.to_layer(self.ctx.decode, kinds))

    def write_bio(
        self, layer: Layer | LayerRows, bounds: Sequence[tuple[int, int]], tags: list[str]
    ) -> None:
        """Write one layer from its token offsets and BIO tags (see :attr:`writes_bio`)."""
        raise NotImplementedError

    @classmethod
    def companions(cls, ctx: WriteContext) -> list[tuple[str, str]]:
        """Files a consumer needs beside the data, as ``(name, content)``."""
        return []

    def close(self) -> list[Path]:
        """Finish and rename into place; returns the data files written."""
        os.replace(self.part, self.path)
        return [self.path]

    def abort(self) -> None:
        discard(self.part)

    def count(self, layer: Layer, spans: list[Span], relations: int = 0) -> None:
        unique = list({span.id: span for span in spans}.values())  # a split span's pieces
        self.tally(
            layer.annotator,
            Counter(span.label for span in unique),
            sum(1 for span in unique if span.fragments),
            relations,
        )
        self._count_dropped(layer, {span.id for span in spans})

    def bio_from_rows(self, rows: LayerRows) -> tuple[Sequence[tuple[int, int]], list[str]] | None:
        """The token offsets and BIO tags of a layer read as rows, counted in the stats,
        or ``None`` where the :class:`Span` path must take it (see
        :meth:`WriteContext.project_rows`)."""
        proj = self.ctx.project_rows(rows)
        if proj is None:
            return None
        bounds = self.ctx.bounds(rows.document)
        self.count_rows(rows, proj)
        return bounds, bio_tags_rows(len(bounds), proj.kept)

    def count_rows(self, rows: LayerRows, proj: RowProjection) -> None:
        """:meth:`count` of a layer projected from rows (no split spans there): the
        kept spans counted straight into the split's label counter (C-level), and a
        format carrying no relations drops them all without looking at each."""
        stats = self.ctx.stats
        stats.records[self.split] += 1
        stats.annotators.add(rows.annotator)
        stats.labels.setdefault(self.split, Counter()).update(map(_KEPT_LABEL, proj.kept))
        if self.carries_relations:
            pairs = [(r[4], r[5]) for r in rows.relations]
            self._count_dropped_pairs(pairs, {a[3] for a in proj.kept})
            return
        dropped = stats.dropped
        dropped.update(self.ctx.left_out.values())
        self.ctx.left_out.clear()
        if rows.relations:
            dropped[DROP_REL_FORMAT] += len(rows.relations)

    def tally(self, annotator: str, labels: Counter[str], split_spans: int, relations: int) -> None:
        """Add one written record to the stats: its spans by label, split spans, relations."""
        stats = self.ctx.stats
        stats.records[self.split] += 1
        stats.annotators.add(annotator)
        counts = stats.labels.get(self.split)
        if counts is None:
            counts = stats.labels[self.split] = Counter()
        counts.update(labels)
        stats.split_spans += split_spans
        stats.relations[self.split] += relations

    def _count_dropped(self, layer: Layer, exported: set[int]) -> None:
        """Count what this layer loses in the export, by reason."""
        pairs = [(rel.from_span, rel.to_span) for rel in layer.relations]
        self._count_dropped_pairs(pairs, exported)

    def _count_dropped_pairs(
        self, relations: Sequence[tuple[int, int]], exported: set[int]
    ) -> None:
        """:meth:`_count_dropped` of the layer's relations as ``(from, to)`` span ids."""
        dropped = self.ctx.stats.dropped
        left_out = self.ctx.left_out
        dropped.update(left_out.values())
        rel_reason = {DROP_OVERLAP: DROP_REL_OVERLAP, DROP_NO_TOKEN: DROP_REL_NO_TOKEN}
        for from_span, to_span in relations:
            if not self.carries_relations:
                dropped[DROP_REL_FORMAT] += 1
            elif from_span not in exported or to_span not in exported:
                why = left_out.get(from_span) or left_out.get(to_span)
                dropped[rel_reason[why] if why else DROP_REL_KIND] += 1
        left_out.clear()


class TextWriter(DatasetWriter):
    """A writer of one UTF-8 text file with LF line ends."""

    # Written through a :class:`HashingFile` (the file's sha256 taken as it is written,
    # both in a thread): for the largest files, the native JSONL.
    hashes_output: ClassVar[bool] = False

    def __init__(
        self, path: Path, ctx: WriteContext, split: str = "all", stream: IO[str] | None = None
    ) -> None:
        super().__init__(path, ctx, split)
        self.stream = stream
        self.out: IO[str] | HashingFile
        if stream is not None:
            self.out = stream
        elif self.hashes_output:
            self.out = HashingFile(self.part)
        else:
            self.out = open(self.part, "w", encoding="utf-8", newline="\n")  # noqa: SIM115

    def sha256(self) -> str | None:
        """The written file's sha256 when it was taken while writing (else None)."""
        return self.out.sha256() if isinstance(self.out, HashingFile) else None

    def write_json(self, record: Any, layer: Layer | LayerRows) -> None:
        """Write ``record`` as JSON. A value no encoder accepts (a lone surrogate that an
        older version let in) is written as U+FFFD and the field named in the stats, so
        one bad value never stops an export."""
        line = _encode(record)
        try:
            self.out.write(line)
        except UnicodeEncodeError:
            fields = ", ".join(p.split(" contains ")[0] for p in value_problems(record, "record"))
            self.ctx.stats.repaired.append(
                f"document {excerpt(layer.document.external_id)} ({layer.annotator}): "
                f"{fields} held a lone surrogate, written as U+FFFD"
            )
            self.out.write(replace_surrogates(line))

    def close(self) -> list[Path]:
        if self.stream is not None:
            self.out.flush()
            return []
        self.out.close()
        return super().close()

    def abort(self) -> None:
        if self.stream is None:
            with contextlib.suppress(OSError):  # a full disk fails the last flush too
                self.out.close()
            super().abort()


class HashingFile:
    """A UTF-8 text file whose bytes a thread writes and hashes (sha256) as they come.

    The caller encodes (so a lone surrogate raises ``UnicodeEncodeError`` at once,
    before anything is kept, as with a text file) and hands over blocks of about 1 MiB;
    the thread hashes and writes them, both without the GIL, so an export neither
    reads its file back for the card's sha256 nor waits for the disk. At most four
    blocks wait (memory stays flat); a failed write is raised by the next write or
    by :meth:`close`.
    """

    BLOCK = 1 << 20

    def __init__(self, path: Path) -> None:
        self._file = open(path, "wb")  # noqa: SIM115 (closed by close())
        self._digest = hashlib.sha256()
        self._pending: list[bytes] = []
        self._size = 0
        self._blocks: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self._error: BaseException | None = None
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="export-write", daemon=True)
        self._thread.start()

    def write(self, text: str) -> int:
        data = text.encode("utf-8")
        self._pending.append(data)
        self._size += len(data)
        if self._size >= self.BLOCK:
            self._hand_over()
        return len(text)

    def _hand_over(self) -> None:
        if self._error is not None:
            raise self._error
        if self._pending:
            self._blocks.put(b"".join(self._pending))
            self._pending.clear()
            self._size = 0

    def _run(self) -> None:
        while (block := self._blocks.get()) is not None:
            if self._error is None:
                try:
                    self._digest.update(block)
                    self._file.write(block)
                except BaseException as exc:  # raised in the writing thread
                    self._error = exc

    def flush(self) -> None:
        self._hand_over()

    def close(self) -> None:
        """Write what is left, wait for the thread, close the file (idempotent)."""
        if self._closed:
            return
        self._closed = True
        try:
            self._hand_over()
        finally:
            self._blocks.put(None)
            self._thread.join()
            self._file.close()
        if self._error is not None:
            raise self._error

    def sha256(self) -> str:
        """The sha256 of everything written (after :meth:`close`)."""
        return self._digest.hexdigest()


class JsonlWriter(TextWriter):
    """One JSON object per line, built by :meth:`records`."""

    def records(self, layer: Layer) -> list[dict[str, Any]]:
        raise NotImplementedError

    def write(self, layer: Layer) -> None:
        for record in self.records(layer):
            self.write_json(record, layer)
            self.out.write("\n")


def relation_keys(layer: Layer, keys: dict[int, Any]) -> list[tuple[str, Any, Any]]:
    """Relations whose both ends were exported, as ``(type, from_key, to_key)``."""
    return [
        (r.type, keys[r.from_span], keys[r.to_span])
        for r in layer.relations
        if r.from_span in keys and r.to_span in keys
    ]
