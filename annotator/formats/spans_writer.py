"""The ``spans`` export: native JSONL (lossless), written through the dataset pipeline."""

from __future__ import annotations

from typing import Any

from annotator.formats.native import layer_to_dict
from annotator.formats.writers import JsonlWriter
from annotator.model import Layer


class SpansWriter(JsonlWriter):
    suffix = ".jsonl"

    def records(self, layer: Layer) -> list[dict[str, Any]]:
        record = layer_to_dict(layer)
        self.count(layer, list(layer.spans), len(record["relations"]))
        return [record]
