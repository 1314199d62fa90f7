"""Annotator: label entities, quotes and claims in Bengali news and export training data."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("annotator")
except PackageNotFoundError:  # a source checkout that was never installed
    __version__ = "0.1.0"
