"""The one family of errors every layer raises and every face (CLI, window) catches.

Each layer raises the kind the user can act on, never a library's exception; the CLI
prints ``str(error)`` as one line and exits 2, the window shows it in a dialog. The
message is written for the user.

A message the window should show in the user's language is a :class:`Message`: the
English text itself (a ``str``, so ``str(error)`` and the CLI's line are unchanged) that
also keeps its template and parameters, e.g.
``raise NotFound(Message("span {span_id} no longer exists", span_id=span_id))``. The
window translates the template (``annotator.gui.error_text``) and fills in the same
parameters; the template must be a string literal, so a test can list every one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class Message(str):
    """An English message that remembers the template and parameters it was made from.

    It is the formatted text (``template.format(**params)``) and behaves as that string
    everywhere; ``template`` and ``params`` let a face translate it. A parameter may
    itself be a :class:`Message` (a reason inside a reason), translated in turn.
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        self = super().__new__(cls, template.format(**params))
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle (process pools) as the template and parameters, not as a bare str.
        return _message, (self.template, self.params)

    @classmethod
    def joined(cls, separator: str, parts: Iterable[str]) -> Message:
        """``separator.join(parts)`` that keeps each part translatable."""
        items = list(parts)
        params = {f"p{i}": item for i, item in enumerate(items)}
        escaped = separator.replace("{", "{{").replace("}", "}}")
        return cls(escaped.join("{" + name + "}" for name in params), **params)


def _message(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


class AnnotatorError(Exception):
    """Something the user asked for cannot be done; the message says why.

    ``message`` is the first argument when it is a :class:`Message` (the window
    translates it), else ``None`` (the window shows ``str(error)`` as it is).
    """

    @property
    def message(self) -> Message | None:
        first = self.args[0] if len(self.args) == 1 else None
        return first if isinstance(first, Message) else None


class InvalidInput(AnnotatorError, ValueError):
    """Input that breaks a rule: an edit, a schema, an argument."""


class InputError(InvalidInput):
    """A bad record in an input file; ``origin`` is ``file:line`` (or empty)."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}" if origin else reason)
        self.origin = origin
        self.reason = reason  # a Message when the reason is translatable

    @property
    def message(self) -> Message | None:
        return self.reason if isinstance(self.reason, Message) else None

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
    "Message",
    "NotFound",
    "PermissionRefused",
    "ReadOnlyError",
]
