"""The ``spans`` export: native JSONL (lossless), written through the dataset pipeline."""

from __future__ import annotations

from collections import Counter
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from annotator.formats.native import RowsEncoder, layer_to_dict
from annotator.formats.writers import DROP_REL_KIND, JsonlWriter, WriteContext
from annotator.model import Layer
from annotator.model.rows import S_FRAGMENTS, S_ID, S_LABEL, LayerRows, fragments_from_json


class SpansWriter(JsonlWriter):
    suffix = ".jsonl"
    reads_rows = True  # takes a layer as rows (write_rows): no Span per span

    def __init__(
        self, path: Path, ctx: WriteContext, split: str = "all", stream: IO[str] | None = None
    ) -> None:
        super().__init__(path, ctx, split, stream)
        self.encoder = RowsEncoder()

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
        """:meth:`count` for a layer written from rows (every span is written); the
        passes over the spans are C-level ``map``/``filter`` (this runs per layer)."""
        names = rows.labels
        label_ids: Counter[int] = Counter(map(_LABEL, rows.spans))
        labels = Counter({names[label_id][0]: n for label_id, n in label_ids.items()})
        pieces = list(filter(None, map(_FRAGMENTS, rows.spans)))
        split = sum(1 for p in pieces if fragments_from_json(p)) if pieces else 0
        carried = 0
        if rows.relations:
            ids = set(map(_ID, rows.spans))
            carried = sum(1 for rel in rows.relations if rel[4] in ids and rel[5] in ids)
        self.tally(rows.annotator, labels, split, carried)
        if carried < len(rows.relations):
            self.ctx.stats.dropped[DROP_REL_KIND] += len(rows.relations) - carried


_LABEL = itemgetter(S_LABEL)
_FRAGMENTS = itemgetter(S_FRAGMENTS)
_ID = itemgetter(S_ID)
