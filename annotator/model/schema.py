"""The label schema: labels, their attributes, and the relation types between them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from annotator.model.errors import InvalidInput, Message
from annotator.resources import resource_path

SCHEMA_FORMAT_VERSION = 1
DEFAULT_SCHEMA_FILE = "bengali-news.schema.json"


class LabelKind(StrEnum):
    ENTITY = "entity"
    QUOTE = "quote"
    CLAIM = "claim"
    CUE = "cue"  # the words that introduce a quote or claim (বলেন, জানান)


class Trim(StrEnum):
    """What snapping cuts off a selection's ends when it is labelled."""

    WHITESPACE = "whitespace"  # quote marks and danda the user selected stay
    PUNCTUATION = "punctuation"  # whitespace and punctuation


class AttributeType(StrEnum):
    CHOICE = "choice"
    BOOL = "bool"
    TEXT = "text"


class SchemaError(InvalidInput):
    """A schema file or edit that cannot be accepted."""


@dataclass(frozen=True, slots=True)
class AttributeDef:
    """An attribute a span of some label may carry (e.g. a quote's form)."""

    name: str
    type: AttributeType
    choices: tuple[str, ...] = ()
    description: str = ""

    def check(self, value: Any) -> str | None:
        """An error message if ``value`` is not allowed, else ``None``."""
        if self.type is AttributeType.CHOICE:
            if value not in self.choices:
                return Message(
                    "attribute {name!r} must be one of {choices}",
                    name=self.name,
                    choices=", ".join(self.choices),
                )
        elif self.type is AttributeType.BOOL:
            if not isinstance(value, bool) and value not in ("yes", "no"):
                return Message("attribute {name!r} must be yes or no", name=self.name)
        elif not isinstance(value, str):
            return Message("attribute {name!r} must be text", name=self.name)
        return None


@dataclass(frozen=True, slots=True)
class LabelDef:
    name: str
    kind: LabelKind
    color: str
    key: str = ""
    description: str = ""
    attributes: tuple[AttributeDef, ...] = ()
    trim: str = ""  # a Trim value; empty: whitespace for quotes and claims, else punctuation
    examples: tuple[str, ...] = ()  # guideline examples shown in the Guidelines panel

    @property
    def trim_rule(self) -> Trim:
        """The label's trim rule, defaulting by kind: quotes and claims keep their marks."""
        if self.trim in (Trim.WHITESPACE.value, Trim.PUNCTUATION.value):
            return Trim(self.trim)
        return Trim.PUNCTUATION if self.kind is LabelKind.ENTITY else Trim.WHITESPACE

    def attribute(self, name: str) -> AttributeDef | None:
        return next((a for a in self.attributes if a.name == name), None)


@dataclass(frozen=True, slots=True)
class RelationTypeDef:
    """A typed link from a span of one of ``sources`` to a span of one of ``targets``."""

    name: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    key: str = ""
    description: str = ""

    def allows(self, source_label: str, target_label: str) -> bool:
        return source_label in self.sources and target_label in self.targets


@dataclass(frozen=True, slots=True)
class LabelSchema:
    name: str
    labels: tuple[LabelDef, ...]
    relation_types: tuple[RelationTypeDef, ...] = ()
    _by_name: Mapping[str, LabelDef] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {label.name: label for label in self.labels})
        problems = schema_problems(self)
        if problems:
            raise SchemaError(Message.joined("; ", problems))

    def label(self, name: str) -> LabelDef | None:
        return self._by_name.get(name)

    def relation_type(self, name: str) -> RelationTypeDef | None:
        return next((r for r in self.relation_types if r.name == name), None)

    def labels_of_kind(self, kind: LabelKind) -> tuple[LabelDef, ...]:
        return tuple(label for label in self.labels if label.kind is kind)


# Keys the window binds itself (annotator/gui/actions.py) that a label or relation key
# could also be; a schema written to the database may not use them (checked with the
# other limits in model/limits.py; tests/gui/test_shortcuts.py keeps the two in step).
# Compared without case.
RESERVED_KEYS = frozenset(
    k.lower()
    for k in (
        "Tab",
        "Shift+Tab",
        "Backtab",
        "Delete",
        "Del",
        "Backspace",
        "Return",
        "Enter",
        "Escape",
        "Esc",
        "Space",
        "PgUp",
        "PgDown",
        "Home",
        "End",
        "Left",
        "Right",
        "Up",
        "Down",
        "+",
        "-",
        "=",
        *(f"F{n}" for n in range(1, 13)),
        *(f"Shift+F{n}" for n in range(1, 13)),
    )
)


def is_reserved_key(key: str) -> bool:
    """Whether the window keeps ``key`` for itself (moving, deleting, linking, help)."""
    return key.lower() in RESERVED_KEYS


def schema_problems(schema: LabelSchema) -> list[str]:
    """Everything wrong with a schema: duplicate names or keys, dangling relation ends."""
    problems: list[str] = []
    seen_names: set[str] = set()
    seen_keys: dict[str, str] = {}
    for label in schema.labels:
        if not label.name or label.name.strip() != label.name:
            problems.append(
                Message("label name {name!r} is empty or has surrounding spaces", name=label.name)
            )
        if label.name in seen_names:
            problems.append(Message("label name {name!r} is used twice", name=label.name))
        seen_names.add(label.name)
        if label.key:
            if label.key in seen_keys:
                problems.append(
                    Message(
                        "key {key!r} is used by both {first} and {second}",
                        key=label.key,
                        first=seen_keys[label.key],
                        second=label.name,
                    )
                )
            seen_keys[label.key] = label.name
    for rel in schema.relation_types:
        if rel.key and rel.key in seen_keys:
            problems.append(
                Message(
                    "key {key!r} is used by both {first} and {second}",
                    key=rel.key,
                    first=seen_keys[rel.key],
                    second=rel.name,
                )
            )
        if rel.key:
            seen_keys[rel.key] = rel.name
        for end in (*rel.sources, *rel.targets):
            if end not in seen_names:
                problems.append(
                    Message(
                        "relation {name!r} names unknown label {label!r}", name=rel.name, label=end
                    )
                )
    return problems


def schema_to_dict(schema: LabelSchema) -> dict[str, Any]:
    """The schema as the JSON object written by ``annotator schema export``."""
    return {
        "format": "annotator-schema",
        "version": SCHEMA_FORMAT_VERSION,
        "name": schema.name,
        "labels": [
            {
                "name": label.name,
                "kind": label.kind.value,
                "color": label.color,
                "key": label.key,
                "description": label.description,
                **({"trim": label.trim} if label.trim else {}),
                **({"examples": list(label.examples)} if label.examples else {}),
                "attributes": [
                    {
                        "name": a.name,
                        "type": a.type.value,
                        "choices": list(a.choices),
                        "description": a.description,
                    }
                    for a in label.attributes
                ],
            }
            for label in schema.labels
        ],
        "relation_types": [
            {
                "name": r.name,
                "sources": list(r.sources),
                "targets": list(r.targets),
                "key": r.key,
                "description": r.description,
            }
            for r in schema.relation_types
        ],
    }


def schema_from_dict(data: Mapping[str, Any]) -> LabelSchema:
    """Build a schema from :func:`schema_to_dict` output, with readable errors."""
    try:
        labels = tuple(
            LabelDef(
                name=str(item["name"]),
                kind=LabelKind(item["kind"]),
                color=str(item.get("color", "#888888")),
                key=str(item.get("key", "")),
                description=str(item.get("description", "")),
                trim=_trim(item.get("trim", "")),
                examples=tuple(str(e) for e in item.get("examples", ())),
                attributes=tuple(
                    AttributeDef(
                        name=str(a["name"]),
                        type=AttributeType(a.get("type", "text")),
                        choices=tuple(str(c) for c in a.get("choices", ())),
                        description=str(a.get("description", "")),
                    )
                    for a in item.get("attributes", ())
                ),
            )
            for item in data["labels"]
        )
        relations = tuple(
            RelationTypeDef(
                name=str(item["name"]),
                sources=tuple(str(s) for s in item["sources"]),
                targets=tuple(str(t) for t in item["targets"]),
                key=str(item.get("key", "")),
                description=str(item.get("description", "")),
            )
            for item in data.get("relation_types", ())
        )
        return LabelSchema(str(data.get("name", "Untitled")), labels, relations)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, SchemaError):
            raise
        raise SchemaError(Message("not a valid schema: {reason}", reason=str(exc))) from None


def _trim(value: Any) -> str:
    if value in ("", None):
        return ""
    if value not in (Trim.WHITESPACE.value, Trim.PUNCTUATION.value):
        raise SchemaError(
            Message("trim must be 'whitespace' or 'punctuation', not {value!r}", value=value)
        )
    return str(value)


def load_schema_file(path: str) -> LabelSchema:
    with open(path, encoding="utf-8") as handle:
        try:
            data = json.load(handle)
        except json.JSONDecodeError as exc:
            raise SchemaError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from None
    return schema_from_dict(data)


def default_schema() -> LabelSchema:
    """The "Bengali news" schema shipped in ``resources/schemas``."""
    return load_schema_file(str(resource_path("schemas", DEFAULT_SCHEMA_FILE)))
