"""Annotator: label entities, quotes and claims in Bengali news and export training data."""

from __future__ import annotations

# Kept equal to pyproject.toml's version by tests/test_version.py; reading it from the
# installed metadata instead would cost a tenth of the window's start-up.
__version__ = "0.1.0"
