"""Files to and from model types. Never touches the database."""

from __future__ import annotations
