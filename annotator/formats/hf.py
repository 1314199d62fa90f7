"""Hugging Face token classification JSONL: ``{"id", "tokens", "ner_tags"}`` per sentence.

``ner_tags`` are integers indexing the tag names (``O``, ``B-X``, ``I-X`` in schema
order) that the dataset card lists, so ``datasets.ClassLabel(names=...)`` can be built
from ``dataset.json``. A sentence break inside a span does not split the row.
"""

from __future__ import annotations

from typing import Any

from annotator.formats.bio import sentence_groups
from annotator.formats.writers import JsonlWriter
from annotator.model import Layer


class HfWriter(JsonlWriter):
    suffix = ".jsonl"
    token_level = True
    carries_relations = False

    def records(self, layer: Layer) -> list[dict[str, Any]]:
        proj = self.ctx.project(layer)
        tags = self.ctx.tags(proj)
        index = {name: i for i, name in enumerate(self.ctx.tag_names)}
        self.count(layer, [a.span for a in proj.kept])
        ext = layer.document.external_id
        rows = []
        for n, group in enumerate(sentence_groups(layer.document.text, proj.tokens, tags), 1):
            rows.append(
                {
                    "id": f"{ext}/{layer.annotator}/{n}",
                    "tokens": [proj.tokens[i].text for i in group],
                    "ner_tags": [index[tags[i]] for i in group],
                }
            )
        return rows


def hf_features(tag_names: list[str]) -> dict[str, Any]:
    """The ``datasets`` feature description, as JSON (also written to the card)."""
    return {
        "id": {"dtype": "string", "_type": "Value"},
        "tokens": {"feature": {"dtype": "string", "_type": "Value"}, "_type": "Sequence"},
        "ner_tags": {"feature": {"names": tag_names, "_type": "ClassLabel"}, "_type": "Sequence"},
    }
