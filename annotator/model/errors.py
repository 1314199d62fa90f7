"""The one family of errors every layer raises and every face (CLI, window) catches.

Each layer raises the kind the user can act on, never a library's exception; the CLI
prints ``str(error)`` as one line and exits 2, the window shows it in a dialog. The
message is written for the user.
"""

from __future__ import annotations


class AnnotatorError(Exception):
    """Something the user asked for cannot be done; the message says why."""


class InvalidInput(AnnotatorError, ValueError):
    """Input that breaks a rule: an edit, a schema, an argument."""


class InputError(InvalidInput):
    """A bad record in an input file; ``origin`` is ``file:line`` (or empty)."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}" if origin else reason)
        self.origin = origin
        self.reason = reason

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Pickle (process pools, multiprocessing) with both constructor arguments.
        return type(self), (self.origin, self.reason)


class NotFound(AnnotatorError, LookupError):
    """A project, document, annotator, label, span or file that does not exist (any more)."""


class ConflictError(AnnotatorError):
    """Someone else changed the row since it was read (version mismatch)."""


class ReadOnlyError(AnnotatorError):
    """The database is opened read-only."""


class PermissionRefused(AnnotatorError, PermissionError):
    """The login's team role does not allow this (PostgreSQL roles and row-level
    security); the message names the owner or the role needed and the login."""


class DatabaseError(AnnotatorError, RuntimeError):
    """A database that cannot be opened or used (damaged, locked, disk full, too new)."""


__all__ = [
    "AnnotatorError",
    "ConflictError",
    "DatabaseError",
    "InputError",
    "InvalidInput",
    "NotFound",
    "PermissionRefused",
    "ReadOnlyError",
]
