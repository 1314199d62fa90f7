"""Hugging Face token classification JSONL: ``{"id", "tokens", "ner_tags"}`` per sentence.

Row ids are ``DOCUMENT/ANNOTATOR/SENTENCE`` with ``%`` and ``/`` percent-encoded in
each part, so they split back unambiguously (:func:`split_row_id`).
``ner_tags`` are integers indexing the tag names (``O``, ``B-X``, ``I-X`` in schema
order) that the dataset card lists, so ``datasets.ClassLabel(names=...)`` can be built
from ``dataset.json``. A sentence break inside a span does not split the row.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from annotator.formats.bio import sentence_groups_at
from annotator.formats.writers import JsonlWriter
from annotator.model import Layer


class HfWriter(JsonlWriter):
    suffix = ".jsonl"
    token_level = True
    reads_rows = True
    carries_relations = False

    def records(self, layer: Layer) -> list[dict[str, Any]]:
        proj = self.ctx.project(layer)
        tags = self.ctx.tags(proj)
        index = {name: i for i, name in enumerate(self.ctx.tag_names)}
        self.count(layer, [a.span for a in proj.kept])
        ext = layer.document.external_id
        words = proj.words
        numbers = [index[tag] for tag in tags]
        groups = sentence_groups_at(layer.document.text, proj.starts, words, tags)
        return [
            {
                "id": row_id(ext, layer.annotator, n),
                "tokens": words[group.start : group.stop],
                "ner_tags": numbers[group.start : group.stop],
            }
            for n, group in enumerate(groups, 1)
        ]


ROW_ID_FORMAT = "DOCUMENT/ANNOTATOR/SENTENCE, '%' and '/' in each part written %25 and %2F"


def _quote(part: str) -> str:
    return part.replace("%", "%25").replace("/", "%2F")


def row_id(document: str, annotator: str, sentence: int) -> str:
    """A row id that splits back into its parts even when a document id holds ``/``."""
    return f"{_quote(document)}/{_quote(annotator)}/{sentence}"


def split_row_id(value: str) -> tuple[str, str, int]:
    """The document id, annotator and sentence number of a :func:`row_id`."""
    document, annotator, sentence = value.split("/")
    return unquote(document), unquote(annotator), int(sentence)


def hf_features(tag_names: list[str]) -> dict[str, Any]:
    """The ``datasets`` feature description, as JSON (also written to the card)."""
    return {
        "id": {"dtype": "string", "_type": "Value"},
        "tokens": {"feature": {"dtype": "string", "_type": "Value"}, "_type": "Sequence"},
        "ner_tags": {"feature": {"names": tag_names, "_type": "ClassLabel"}, "_type": "Sequence"},
    }
