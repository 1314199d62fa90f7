"""spaCy ``DocBin`` (``.spacy``): the chosen layer in ``doc.ents``, every kind in
``doc.spans`` (keys ``entity``, ``quote``, ``claim``).

Docs are built from the project tokenizer's tokens (whitespace between them becomes
spaCy's trailing-space flags or whitespace tokens), so ``doc.text`` equals the
document text exactly. Needs spaCy: ``pip install 'annotator[spacy]'``.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from annotator.formats.writers import DatasetWriter, WriteContext
from annotator.model import LabelKind, Layer, RecordError
from annotator.text import Token

SPACY_EXTRA = "spacy"


def load_spacy() -> Any:
    """The ``spacy`` module, or a clear error naming the extra to install."""
    try:
        return importlib.import_module("spacy")
    except ImportError:
        raise RecordError(
            "", f"the spacy format needs spaCy: pip install 'annotator[{SPACY_EXTRA}]'"
        ) from None


def words_and_spaces(text: str, tokens: list[Token]) -> tuple[list[str], list[bool], list[int]]:
    """spaCy words/spaces reproducing ``text``, and each token's index among the words."""
    words: list[str] = []
    spaces: list[bool] = []
    index: list[int] = []
    pos = 0

    def gap(upto: int) -> None:
        g = text[pos:upto]
        if not g:
            return
        if g[0] == " " and words and not spaces[-1]:
            spaces[-1] = True
            g = g[1:]
        if g:
            words.append(g)
            spaces.append(False)

    for token in tokens:
        gap(token.start)
        index.append(len(words))
        words.append(token.text)
        spaces.append(False)
        pos = token.end
    gap(len(text))
    return words, spaces, index


class SpacyWriter(DatasetWriter):
    suffix = ".spacy"
    token_level = True
    carries_relations = False

    def __init__(self, path: Path, ctx: WriteContext, split: str = "all") -> None:
        self.spacy = load_spacy()
        super().__init__(path, ctx, split)
        from spacy.tokens import DocBin

        self.vocab = self.spacy.blank("bn").vocab
        self.docbin = DocBin(store_user_data=False)

    def write(self, layer: Layer) -> None:
        from spacy.tokens import Doc, Span

        text = layer.document.text
        proj = self.ctx.project(layer)
        words, spaces, index = words_and_spaces(text, proj.tokens)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.ents = [
            Span(doc, index[a.first], index[a.last] + 1, label=a.span.label) for a in proj.kept
        ]
        for kind in LabelKind:
            group = []
            for span in layer.spans:
                if span.kind is not kind:
                    continue
                for a, b in span.pieces:  # a split span: one group member per fragment
                    chosen = doc.char_span(a, b, label=span.label, alignment_mode="expand")
                    if chosen is not None:
                        group.append(chosen)
            doc.spans[kind.value] = group
        self.count(layer, [a.span for a in proj.kept])
        self.docbin.add(doc)

    def close(self) -> list[Path]:
        self.part.write_bytes(self.docbin.to_bytes())
        return super().close()
