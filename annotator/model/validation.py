"""The rules every stored span and relation obeys, shared by import, the window and checks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from annotator.model.errors import InputError, InvalidInput, Message
from annotator.model.schema import LabelSchema
from annotator.text.clusters import ClusterIndex


class ValidationError(InvalidInput):
    """An edit or a record that breaks a rule; the message is meant for the user."""


def span_problem(
    clusters: ClusterIndex,
    schema: LabelSchema,
    start: Any,
    end: Any,
    label: str,
    attrs: Mapping[str, Any] | None = None,
    text: str | None = None,
) -> str | None:
    """Why a span cannot be stored, or ``None`` if it can."""
    if type(start) is not int or type(end) is not int:
        return Message(
            "span offsets must be integers, got start={start!r} end={end!r}", start=start, end=end
        )
    length = len(clusters.text)
    if start < 0 or end > length:
        return Message(
            "span {start}-{end} is outside the text (length {length})",
            start=start,
            end=end,
            length=length,
        )
    if start >= end:
        return Message("span {start}-{end}: start must be before end", start=start, end=end)
    if not clusters.is_boundary(start) or not clusters.is_boundary(end):
        return Message(
            "span {start}-{end} splits a grapheme cluster (nearest whole span: {floor}-{ceil})",
            start=start,
            end=end,
            floor=clusters.floor(start),
            ceil=clusters.ceil(end),
        )
    label_def = schema.label(label)
    if label_def is None:
        return Message("unknown label {label!r}", label=label)
    if text is not None and clusters.text[start:end] != text:
        return Message(
            "span {start}-{end} text {text!r} differs from the document text there",
            start=start,
            end=end,
            text=text,
        )
    for name, value in (attrs or {}).items():
        attr = label_def.attribute(name)
        if attr is None:
            return Message("label {label} has no attribute {name!r}", label=label, name=name)
        problem = attr.check(value)
        if problem:
            return problem
    return None


def relation_problem(
    schema: LabelSchema, rel_type: str, from_label: str, to_label: str
) -> str | None:
    """Why a relation cannot link these labels, or ``None`` if it can."""
    rel = schema.relation_type(rel_type)
    if rel is None:
        return Message("unknown relation type {rel_type!r}", rel_type=rel_type)
    if not rel.allows(from_label, to_label):
        return Message(
            "relation {rel_type} goes from {sources} to {targets}, "
            "not from {from_label} to {to_label}",
            rel_type=rel_type,
            sources="|".join(rel.sources),
            targets="|".join(rel.targets),
            from_label=from_label,
            to_label=to_label,
        )
    return None


def check_span(*args: Any, **kwargs: Any) -> None:
    """Raise :class:`ValidationError` if :func:`span_problem` finds one."""
    problem = span_problem(*args, **kwargs)
    if problem:
        raise ValidationError(problem)


# The older name of the family's "bad input with file:line" kind.
RecordError = InputError
