"""Errors the service raises for the faces to show."""

from __future__ import annotations

from annotator.model import ValidationError
from annotator.storage.repository import NotFound


class ServiceError(Exception):
    """Something the user asked for cannot be done; the message says why."""


class ConflictError(ServiceError):
    """Someone else changed the row since it was read (version mismatch)."""


class ReadOnlyError(ServiceError):
    """The database is opened read-only."""


class InputError(ServiceError):
    """Bad input file or record: ``origin`` is ``file:line``."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}" if origin else reason)
        self.origin = origin
        self.reason = reason


__all__ = [
    "ConflictError",
    "InputError",
    "NotFound",
    "ReadOnlyError",
    "ServiceError",
    "ValidationError",
]
