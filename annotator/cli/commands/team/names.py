"""Comma-separated names on the command line."""

from __future__ import annotations


def names(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [n.strip() for n in value.split(",") if n.strip()]
