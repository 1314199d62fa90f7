"""What a string may hold to enter the database: declared once, checked everywhere.

SQLite stores almost anything; PostgreSQL refuses a NUL character, and every
encoder refuses a lone surrogate (``\\ud800``), so a value SQLite took would later
break an export or ``db copy``. These rules are the intersection of what both
databases and every export format accept. Import, rename, schema changes and
``db copy`` all check them here.

Sizes that protect memory (a document, a line of an input file, archive members)
have defaults that an environment variable overrides, e.g.
``ANNOTATOR_MAX_DOCUMENT_CHARS=50000000``.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

from annotator.model.errors import InvalidInput, Message
from annotator.model.schema import LabelSchema, is_reserved_key
from annotator.model.types import DocumentRecord

# Column sizes (characters), the same in the ORM and in PostgreSQL.
MAX_EXTERNAL_ID = 300
MAX_TITLE = 500
MAX_SOURCE = 1000
MAX_PROJECT_NAME = 200
MAX_ANNOTATOR_NAME = 200
MAX_LABEL_NAME = 100  # labels, relation types and attributes
MAX_META_DEPTH = 32  # nesting of a document's meta / a span's attributes

# Overridable sizes: environment variable -> default.
LIMIT_DEFAULTS = {
    "ANNOTATOR_MAX_DOCUMENT_CHARS": 5_000_000,  # one document's text
    "ANNOTATOR_MAX_LINE_BYTES": 20_000_000,  # one line of a JSONL/CoNLL/.ann file
    "ANNOTATOR_MAX_INPUT_BYTES": 2_000_000_000,  # one input file (or archive member)
    "ANNOTATOR_MAX_ARCHIVE_MEMBERS": 200_000,  # files in one zip
    "ANNOTATOR_MAX_ARCHIVE_BYTES": 1_000_000_000,  # a zip's total uncompressed size
    "ANNOTATOR_MAX_MEMBER_BYTES": 100_000_000,  # one zip member, uncompressed
    "ANNOTATOR_MAX_TOKENS_PER_LINE": 100_000,  # tokens on one CoNLL/BIO line or sentence
}


def limit(name: str) -> int:
    """The size limit ``name`` (see :data:`LIMIT_DEFAULTS`), from the environment if set."""
    value = os.environ.get(name, "")
    if value.isascii() and value.isdigit() and 0 < len(value) < 19:
        return int(value)
    return LIMIT_DEFAULTS[name]


class LimitError(InvalidInput):
    """A value that breaks a rule of this module; the message names the rule."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def _surrogate(value: str) -> int | None:
    found = _SURROGATE.search(value)
    return found.start() if found else None


def replace_surrogates(value: str) -> str:
    """``value`` with every lone surrogate replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", value)


def string_problem(value: str, max_len: int | None = None) -> str | None:
    """Why ``value`` cannot be stored (NUL, a lone surrogate, too long), or ``None``."""
    if "\x00" in value:
        return Message("contains a NUL character at offset {at}", at=value.index(chr(0)))
    at = _surrogate(value)
    if at is not None:
        return Message(
            "contains a lone surrogate (U+{code:04X}) at offset {at}, not valid Unicode",
            code=ord(value[at]),
            at=at,
        )
    if max_len is not None and len(value) > max_len:
        return Message(
            "is {length} characters long; the limit is {limit}", length=len(value), limit=max_len
        )
    return None


def check_string(field: str, value: str, max_len: int | None = None) -> None:
    problem = string_problem(value, max_len)
    if problem:
        raise LimitError(Message("{field} {problem}", field=field, problem=problem))


def value_problems(value: Any, field: str, depth: int = 0) -> Iterator[str]:
    """Problems of every string (keys too) inside a JSON-like value, naming their path."""
    if depth > MAX_META_DEPTH:
        yield f"{field} is nested more than {MAX_META_DEPTH} levels deep"
        return
    if isinstance(value, str):
        problem = string_problem(value)
        if problem:
            yield f"{field} {problem}"
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if isinstance(key, str):
                problem = string_problem(key)
                if problem:
                    yield f"a key in {field} {problem}"
                    continue
            yield from value_problems(item, f"{field}.{key}", depth + 1)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from value_problems(item, f"{field}[{i}]", depth + 1)


def check_value(field: str, value: Any) -> None:
    for problem in value_problems(value, field):
        raise LimitError(problem)


def name_problem(what: str, name: str, max_len: int = MAX_LABEL_NAME) -> str | None:
    """Why ``name`` cannot name a ``what`` (label, relation type, attribute, project,
    annotator), or ``None``. The rule broken is named in the answer.

    Names end up in file formats that split on whitespace (brat ``.ann``, CoNLL
    columns, BIO tags) and in one-line widgets, so labels, relation types and
    attributes may hold no whitespace; no name may hold control characters or be
    longer than ``max_len``.
    """
    if not name or not name.strip():
        return Message("{what} name is empty", what=_noun(what))
    shown = _excerpt(name)
    problem = string_problem(name, max_len)
    if problem:
        return Message(
            "{what} name {name} {problem}", what=_noun(what), name=shown, problem=problem
        )
    if name != name.strip():
        return Message(
            "{what} name {name} starts or ends with a space", what=_noun(what), name=shown
        )
    bad = next((ch for ch in name if unicodedata.category(ch) == "Cc"), None)
    if bad is not None:
        return Message(
            "{what} name {name} contains the control character U+{code:04X}",
            what=_noun(what),
            name=shown,
            code=ord(bad),
        )
    if what != "project" and what != "annotator" and any(ch.isspace() for ch in name):
        return Message(
            "{what} name {name} contains whitespace; brat, CoNLL and BIO files "
            "cannot carry it (use _ or -)",
            what=_noun(what),
            name=shown,
        )
    return None


# The kinds of names :func:`name_problem` checks, translatable ("{what} name ...": a
# language with cases translates them in the possessive).
_NOUNS = {
    "label": Message("label"),
    "attribute": Message("attribute"),
    "relation type": Message("relation type"),
    "project": Message("project"),
    "annotator": Message("annotator"),
}
# The record fields :func:`record_problem` names, made once (it runs for every record).
_ID, _TITLE, _SOURCE = Message("the id"), Message("the title"), Message("the source")


def _noun(what: str) -> str:
    return _NOUNS.get(what, what)


def check_name(what: str, name: str, max_len: int = MAX_LABEL_NAME) -> None:
    problem = name_problem(what, name, max_len)
    if problem:
        raise LimitError(problem)


def excerpt(value: str, size: int = 40) -> str:
    """A short, printable excerpt of ``value`` for an error message."""
    return _excerpt(value, size)


def _excerpt(value: str, size: int = 40) -> str:
    cut = value[:size]
    shown = "".join(
        ch if ch.isprintable() and not ("\ud800" <= ch <= "\udfff") else f"\\u{ord(ch):04x}"
        for ch in cut
    )
    return "'" + shown + ("…" if len(value) > size else "") + "'"


def schema_problems(schema: LabelSchema) -> list[str]:
    """Every name of a schema that breaks :func:`name_problem` (labels, relation types,
    attributes and their choices, keys, colours, descriptions)."""
    problems = []
    strings: list[tuple[str, str, int | None]] = [("schema name", schema.name, MAX_PROJECT_NAME)]
    for label in schema.labels:
        problems.append(name_problem("label", label.name))
        for attr in label.attributes:
            problems.append(name_problem("attribute", attr.name))
            strings += [(f"attribute {attr.name} choice", c, MAX_LABEL_NAME) for c in attr.choices]
            strings.append((f"attribute {attr.name} description", attr.description, None))
        strings += [
            (f"label {label.name} key", label.key, 20),
            (f"label {label.name} colour", label.color, 20),
            (f"label {label.name} description", label.description, None),
            *((f"label {label.name} example", e, None) for e in label.examples),
        ]
    for rel in schema.relation_types:
        problems.append(name_problem("relation type", rel.name))
        strings += [
            (f"relation type {rel.name} key", rel.key, 20),
            (f"relation type {rel.name} description", rel.description, None),
        ]
    keys = [(label.name, label.key) for label in schema.labels]
    keys += [(rel.name, rel.key) for rel in schema.relation_types]
    for owner, key in keys:
        if key and is_reserved_key(key):
            problems.append(
                Message(
                    "key {key!r} of {owner} is one of the window's own keys", key=key, owner=owner
                )
            )
    for field, value, max_len in strings:
        problem = string_problem(value, max_len)
        if problem:
            problems.append(f"{field} {problem}")
    return [p for p in problems if p]


def check_schema(schema: LabelSchema) -> None:
    problems = schema_problems(schema)
    if problems:
        raise LimitError(Message.joined("; ", problems[:5]))


def record_problem(record: DocumentRecord) -> str | None:
    """Why a document read from a file cannot be stored, naming the field, or ``None``.

    Every importer's records pass here (the service calls it before anything is
    written), so no reader can let an invalid string into the database.
    """
    max_chars = limit("ANNOTATOR_MAX_DOCUMENT_CHARS")
    if len(record.text) > max_chars:
        return Message(
            "the document is {length:,} characters long; the limit is {limit:,} "
            "(split it, or set ANNOTATOR_MAX_DOCUMENT_CHARS)",
            length=len(record.text),
            limit=max_chars,
        )
    fields: list[tuple[str, Any, int | None]] = [
        ("'text'", record.text, None),
        (_ID, record.external_id or "", MAX_EXTERNAL_ID),
        # longer titles and sources are cut to MAX_TITLE / MAX_SOURCE when stored
        (_TITLE, record.title, None),
        (_SOURCE, record.source, None),
    ]
    for name, value, max_len in fields:
        problem = string_problem(value, max_len)
        if problem:
            return Message("{field} {problem}", field=name, problem=problem)
    for problem in value_problems(record.meta, "meta"):
        return problem
    if record.annotator is not None:
        problem = name_problem("annotator", record.annotator, MAX_ANNOTATOR_NAME)
        if problem:
            return problem
    for span in record.spans:
        for problem in value_problems([span.key, span.label, span.attrs], f"span {span.key!r}"):
            return problem.replace(f"span {span.key!r}[2]", f"span {_excerpt(span.key)} attrs")
    for rel in record.relations:
        for problem in value_problems([rel.key, rel.type], f"relation {rel.key!r}"):
            return problem
    return None
