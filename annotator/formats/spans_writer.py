"""The ``spans`` export: native JSONL (lossless), written through the dataset pipeline."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from annotator.formats.native import RowsEncoder, layer_to_dict
from annotator.formats.writers import DROP_REL_KIND, JsonlWriter, WriteContext
from annotator.model import LabelKind, Layer
from annotator.model.rows import (
    PACK_FULL,
    S_FRAGMENTS,
    S_ID,
    S_LABEL,
    LayerRows,
    PackedSpans,
    fragments_from_json,
    unpack_extra,
)


class SpansWriter(JsonlWriter):
    suffix = ".jsonl"
    reads_rows = True  # takes a layer as rows (write_rows): no Span per span
    reads_packed = True  # and its spans packed by the database (PackedSpans)
    hashes_output = True  # the card's sha256 taken while writing, in a thread

    def __init__(
        self, path: Path, ctx: WriteContext, split: str = "all", stream: IO[str] | None = None
    ) -> None:
        super().__init__(path, ctx, split, stream)
        self.encoder = RowsEncoder()
        # Spans written from rows, by label id, and the mapping that names those ids.
        self._label_ids: Counter[int] = Counter()
        self._label_texts: Counter[str] = Counter()  # the same, packed (ids as text)
        self._label_map: Mapping[int, tuple[str, LabelKind]] = {}

    def records(self, layer: Layer) -> list[dict[str, Any]]:
        record = layer_to_dict(layer)
        self.count(layer, list(layer.spans), len(record["relations"]))
        return [record]

    def write_rows(self, rows: LayerRows) -> None:
        """Write the layer from its rows; what only the model path can do (naming and
        replacing a value no encoder accepts) is done by :meth:`write` on the model
        layer, for that one layer."""
        line = self.encoder.dumps(rows)
        try:
            self.out.write(line)
        except UnicodeEncodeError:
            self.write(rows.to_layer())
            return
        self._count_rows(rows)

    def _count_rows(self, rows: LayerRows) -> None:
        """:meth:`count` for a layer written from rows (every span is written).

        Runs once per layer, so the passes over the spans are C-level ``map``/``filter``
        and spans are counted by label id; the ids become names in the stats when the
        batch's label mapping changes and when the file is closed (:meth:`close`).
        """
        stats = self.ctx.stats
        if rows.labels is not self._label_map:
            self._flush_labels()
            self._label_map = rows.labels
        spans = rows.spans
        if isinstance(spans, PackedSpans):
            self._label_texts.update(spans.labels)
            pieces = (
                [unpack_extra(e)[2] for e in spans.extras if e.startswith(PACK_FULL)]
                if spans.full
                else []
            )
            ids: Iterable[int] = spans.ids() if rows.relations else ()
        else:
            self._label_ids.update(map(_LABEL, spans))
            pieces = list(filter(None, map(_FRAGMENTS, spans)))
            ids = map(_ID, spans)
        if pieces:
            stats.split_spans += sum(1 for p in pieces if p and fragments_from_json(p))
        carried = 0
        if rows.relations:
            ids = set(ids)
            carried = sum(1 for rel in rows.relations if rel[4] in ids and rel[5] in ids)
            if carried < len(rows.relations):
                stats.dropped[DROP_REL_KIND] += len(rows.relations) - carried
        stats.records[self.split] += 1
        stats.annotators.add(rows.annotator)
        stats.relations[self.split] += carried

    def _flush_labels(self) -> None:
        """Add the spans counted by label id to the stats, by label name."""
        if not (self._label_ids or self._label_texts):
            return
        names = self._label_map
        counts = self.ctx.stats.labels.setdefault(self.split, Counter())
        for label_id, n in self._label_ids.items():
            counts[names[label_id][0]] += n
        for text, n in self._label_texts.items():
            counts[names[int(text)][0]] += n
        self._label_ids.clear()
        self._label_texts.clear()

    def close(self) -> list[Path]:
        self._flush_labels()
        return super().close()


_LABEL = itemgetter(S_LABEL)
_FRAGMENTS = itemgetter(S_FRAGMENTS)
_ID = itemgetter(S_ID)
