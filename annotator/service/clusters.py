"""Grapheme-cluster boundaries of a document's text, cached: every edit checks them."""

from __future__ import annotations

from functools import lru_cache

from annotator.model import Document
from annotator.text.clusters import ClusterIndex


@lru_cache(maxsize=8)
def _clusters(text_sha: str, text: str) -> ClusterIndex:
    return ClusterIndex(text)


def cluster_index(document: Document) -> ClusterIndex:
    """Cluster boundaries of a document, cached by text hash."""
    return _clusters(document.text_sha256, document.text)
