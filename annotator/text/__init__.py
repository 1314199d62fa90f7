"""Pure text layer: normalization, offsets, grapheme clusters and the tokenizer.

Everything here works on Python ``str`` with code point offsets (end-exclusive).
The only place UTF-16 appears is :mod:`annotator.text.offsets`, used at the Qt boundary.
"""

from __future__ import annotations

from annotator.text.clusters import ClusterIndex, cluster_boundaries
from annotator.text.normalize import (
    DecodeError,
    NormalizedText,
    decode_utf8,
    normalize_text,
    normalize_with_map,
    text_sha256,
)
from annotator.text.offsets import Utf16Map
from annotator.text.tokenizer import (
    TOKENIZER_NAME,
    TOKENIZER_VERSION,
    Token,
    sentence_spans,
    tokenize,
)

__all__ = [
    "TOKENIZER_NAME",
    "TOKENIZER_VERSION",
    "ClusterIndex",
    "DecodeError",
    "NormalizedText",
    "Token",
    "Utf16Map",
    "cluster_boundaries",
    "decode_utf8",
    "normalize_text",
    "normalize_with_map",
    "sentence_spans",
    "text_sha256",
    "tokenize",
]
