"""The ``annotator`` command: a face over :mod:`annotator.service`."""

from __future__ import annotations
