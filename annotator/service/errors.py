"""The service's errors: the family of :mod:`annotator.model.errors`, re-exported.

``ServiceError`` is the older name of the family's base class, kept so faces and
modules that catch it keep catching every kind.
"""

from __future__ import annotations

from annotator.model.errors import (
    AnnotatorError,
    ConflictError,
    DatabaseError,
    InputError,
    InvalidInput,
    Message,
    NotFound,
    PermissionRefused,
    ReadOnlyError,
)
from annotator.model.validation import ValidationError

ServiceError = AnnotatorError

__all__ = [
    "AnnotatorError",
    "ConflictError",
    "DatabaseError",
    "InputError",
    "InvalidInput",
    "Message",
    "NotFound",
    "PermissionRefused",
    "ReadOnlyError",
    "ServiceError",
    "ValidationError",
]
