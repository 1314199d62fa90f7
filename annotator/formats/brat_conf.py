"""What a brat server needs besides the ``.txt``/``.ann`` pairs.

``annotation.conf`` declares the schema's labels, relation types (with the labels
each may link) and attributes, and lets spans overlap as the data does;
``visual.conf`` gives each label its colour. ``ids.tsv`` maps each file name back
to the document id and annotator it was made from, since file names cannot hold
every id (``ঢাকা/নির্বাচন ২০২৫`` is written as ``ঢাকা_নির্বাচন_২০২৫``); the brat
importer reads it back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from annotator.model import AttributeType, LabelSchema

ANNOTATION_CONF = "annotation.conf"
VISUAL_CONF = "visual.conf"
IDS_FILE = "ids.tsv"
IDS_HEADER = "file\tdocument\tannotator"
_HEADER = "# written by annotator export from schema {name!r}"


def annotation_conf(schema: LabelSchema, text_values: Mapping[str, Iterable[str]]) -> str:
    """The brat type declarations for ``schema``.

    ``text_values`` holds, for each free-text attribute, the values written as
    attribute lines (brat only accepts declared values; the others go to notes).
    """
    lines = [_HEADER.format(name=schema.name), "[entities]"]
    lines += [label.name for label in schema.labels]
    lines.append("[relations]")
    for rel in schema.relation_types:
        sources = "|".join(rel.sources) or "<ENTITY>"
        targets = "|".join(rel.targets) or "<ENTITY>"
        lines.append(f"{rel.name}\tArg1:{sources}, Arg2:{targets}")
    # Mentions of one referent are written as Equiv lines.
    lines.append("Equiv\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive")
    lines.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>")
    lines += ["[events]", "[attributes]"]
    owners: dict[str, list[str]] = {}
    values: dict[str, list[str]] = {}
    for label in schema.labels:
        for attr in label.attributes:
            owners.setdefault(attr.name, []).append(label.name)
            known = values.setdefault(attr.name, [])
            if attr.type is AttributeType.CHOICE:
                wanted: Iterable[str] = attr.choices
            elif attr.type is AttributeType.BOOL:
                wanted = ("yes", "no")
            else:
                wanted = sorted(text_values.get(attr.name, ()))
            known += [v for v in wanted if v not in known and _plain(v)]
    for name, labels in owners.items():
        if values[name]:
            lines.append(f"{name}\tArg:{'|'.join(labels)}, Value:{'|'.join(values[name])}")
    return "\n".join(lines) + "\n"


def _plain(value: str) -> bool:
    """A value brat can declare: no spaces and none of its separators."""
    return bool(value) and not any(c.isspace() or c in "|,:" for c in value)


def visual_conf(schema: LabelSchema) -> str:
    """Label display names and colours."""
    lines = [_HEADER.format(name=schema.name), "[labels]"]
    lines += [f"{label.name} | {label.name}" for label in schema.labels]
    lines += [f"{rel.name} | {rel.name}" for rel in schema.relation_types]
    lines += [
        "[drawing]",
        "SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken",
        "ARC_DEFAULT\tcolor:black, arrowHead:triangle-5",
    ]
    lines += [f"{label.name}\tbgColor:{label.color}" for label in schema.labels if label.color]
    return "\n".join(lines) + "\n"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(value: str) -> str:
    out = []
    chars = iter(value)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            out.append({"t": "\t", "n": "\n"}.get(nxt, nxt))
        else:
            out.append(ch)
    return "".join(out)


def ids_tsv(rows: Iterable[tuple[str, str, str]]) -> str:
    """``file<TAB>document<TAB>annotator`` lines (tabs, newlines and ``\\`` escaped)."""
    body = ["\t".join(_escape(v) for v in row) for row in rows]
    return "\n".join([IDS_HEADER, *body]) + "\n"


def read_ids(content: str) -> dict[str, tuple[str, str]]:
    """File name -> (document id, annotator), from an ``ids.tsv``."""
    found: dict[str, tuple[str, str]] = {}
    for line in content.split("\n")[1:]:
        parts = line.split("\t")
        if len(parts) == 3 and parts[0]:
            found[_unescape(parts[0])] = (_unescape(parts[1]), _unescape(parts[2]))
    return found
