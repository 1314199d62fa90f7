"""Hugging Face token classification JSONL: ``{"id", "tokens", "ner_tags"}`` per sentence.

Row ids are ``DOCUMENT/ANNOTATOR/SENTENCE`` with ``%`` and ``/`` percent-encoded in
each part, so they split back unambiguously (:func:`split_row_id`).
``ner_tags`` are integers indexing the tag names (``O``, ``B-X``, ``I-X`` in schema
order) that the dataset card lists, so ``datasets.ClassLabel(names=...)`` can be built
from ``dataset.json``. A sentence break inside a span does not split the row.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any
from urllib.parse import unquote

from annotator.formats.bio import sentence_groups_at
from annotator.formats.writers import JsonlWriter
from annotator.model import Layer
from annotator.model.rows import LayerRows
from annotator.text.tokenizer import token_columns

_FIRST = itemgetter(0)
# The JSON encoder's own string function (C): a token written here is byte for byte what
# json.dumps writes for it.
_encode_str: Callable[[str], str] = json.encoder.encode_basestring


class HfWriter(JsonlWriter):
    suffix = ".jsonl"
    token_level = True
    reads_rows = True
    writes_bio = True
    carries_relations = False
    hashes_output = True  # the card's sha256 taken while writing, in a thread
    reads_packed = True  # a layer's spans packed by the database (all kinds; see bio rows)

    def records(self, layer: Layer) -> list[dict[str, Any]]:
        proj = self.ctx.project(layer)
        tags = self.ctx.tags(proj)
        self.count(layer, [a.span for a in proj.kept])
        return self._records(layer, proj.bounds, tags)

    def write_bio(
        self, layer: Layer | LayerRows, bounds: Sequence[tuple[int, int]], tags: list[str]
    ) -> None:
        prefix, words, numbers, groups = self._sentences(layer, bounds, tags)
        # The lines as json.dumps writes them ({"id", "tokens", "ner_tags"}, ", " and
        # ": " separators), each token encoded once by the JSON encoder's own string
        # function and a list of ints written by repr (the same text), in one write per
        # layer. A value no encoder accepts takes write_json, record by record (the text
        # is encoded whole before anything is written).
        quoted = _encode_str(prefix)[:-1]  # '"DOCUMENT/ANNOTATOR/' (digits need no escape)
        tokens = list(map(_encode_str, words))
        lines = "".join(
            [
                f'{{"id": {quoted}{n}", "tokens": [{", ".join(tokens[g.start : g.stop])}], '
                f'"ner_tags": {numbers[g.start : g.stop]!r}}}\n'
                for n, g in enumerate(groups, 1)
            ]
        )
        try:
            self.out.write(lines)
        except UnicodeEncodeError:
            for record in self._records(layer, bounds, tags):
                self.write_json(record, layer)
                self.out.write("\n")

    def _records(
        self, layer: Layer | LayerRows, bounds: Sequence[tuple[int, int]], tags: list[str]
    ) -> list[dict[str, Any]]:
        """One record per sentence group of the document's tokens."""
        prefix, words, numbers, groups = self._sentences(layer, bounds, tags)
        return [
            {
                "id": f"{prefix}{n}",
                "tokens": words[group.start : group.stop],
                "ner_tags": numbers[group.start : group.stop],
            }
            for n, group in enumerate(groups, 1)
        ]

    def _sentences(
        self, layer: Layer | LayerRows, bounds: Sequence[tuple[int, int]], tags: list[str]
    ) -> tuple[str, list[str], list[int], list[range]]:
        """The row id prefix ("DOCUMENT/ANNOTATOR/"), the token texts, their tag numbers
        and the token ranges of the sentence groups."""
        index = self._index()
        text, ext = layer.document.text, layer.document.external_id
        starts, ends = token_columns(bounds)
        words = [text[s:e] for s, e in zip(starts, ends, strict=True)]
        numbers = list(map(index.__getitem__, tags))
        groups = sentence_groups_at(text, starts, words, tags)
        return row_id(ext, layer.annotator, 0)[:-1], words, numbers, groups

    def _index(self) -> dict[str, int]:
        """Tag name -> its number (the card's order), built once per writer."""
        names = self.ctx.tag_names
        cached = getattr(self, "_tag_index", None)
        if cached is None or cached[0] is not names:
            cached = self._tag_index = (names, {name: i for i, name in enumerate(names)})
        return cached[1]


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
