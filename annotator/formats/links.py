"""Split spans and referents in formats that have neither: extra links, read back.

doccano and Label Studio know only contiguous regions and binary relations. A split
span is written as one region per fragment, the first linked to each later one by a
``fragment`` relation; mentions of one referent are linked to the referent's first
mention by ``same_as`` relations, and the referents' names go in a ``referents`` list
(``[{"id", "name", "label", "mentions": [region ids]}]``). Readers call
:func:`rejoin`, which turns those links back into fragments and referents, so a round
trip restores both.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from annotator.model import Layer, RecordError, ReferentRecord, RelationRecord, Span, SpanRecord
from annotator.model.errors import Message

FRAGMENT_LINK = "fragment"
SAME_AS_LINK = "same_as"
LINK_TYPES = (FRAGMENT_LINK, SAME_AS_LINK)


def layer_pieces(layer: Layer) -> list[tuple[Span, int, int]]:
    """``(span, start, end)`` for every fragment of every span, in layer order."""
    return [(span, a, b) for span in layer.spans for a, b in span.pieces]


def link_triples(layer: Layer, keys: dict[int, list[Any]]) -> list[tuple[str, Any, Any]]:
    """``(type, from, to)`` of the ``fragment`` and ``same_as`` links of a layer whose
    spans' regions have ids ``keys[span.id]`` (one per fragment, in order)."""
    out: list[tuple[str, Any, Any]] = []
    for span in layer.spans:
        ids = keys.get(span.id, [])
        out += [(FRAGMENT_LINK, ids[0], later) for later in ids[1:]]
    for ref in layer.referents:
        mentions = [m for m in ref.mentions if m in keys]
        out += [(SAME_AS_LINK, keys[m][0], keys[mentions[0]][0]) for m in mentions[1:]]
    return out


def referent_list(layer: Layer, keys: dict[int, list[Any]]) -> list[dict[str, Any]]:
    """The ``referents`` list written next to the regions (names and mentions)."""
    return [
        {
            "id": f"ref{n}",
            "name": ref.name,
            "label": ref.label,
            "mentions": [keys[m][0] for m in ref.mentions if m in keys],
        }
        for n, ref in enumerate(layer.referents, 1)
    ]


class _Groups:
    """Union-find over region ids."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        root = self.parent.setdefault(key, key)
        while root != self.parent[root]:
            root = self.parent[root]
        self.parent[key] = root
        return root

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)

    def members(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for key in list(self.parent):
            out.setdefault(self.find(key), []).append(key)
        return out


def rejoin(
    spans: Sequence[SpanRecord],
    relations: Sequence[RelationRecord],
    named: Any,
    origin: str,
) -> tuple[tuple[SpanRecord, ...], tuple[RelationRecord, ...], tuple[ReferentRecord, ...]]:
    """Fragments and referents back from ``fragment``/``same_as`` links.

    Regions linked by ``fragment`` become one span (the first region's id, label and
    attributes; its fragments in text order); ``same_as`` links make referents, named
    from ``named`` (the ``referents`` list, if the file has one). Other relations are
    kept, pointing at the joined spans.
    """
    by_key = {s.key: s for s in spans}
    pieces, same = _Groups(), _Groups()
    kept: list[RelationRecord] = []
    for rel in relations:
        if rel.type not in LINK_TYPES:
            kept.append(rel)
            continue
        for end in (rel.from_key, rel.to_key):
            if end not in by_key:
                raise RecordError(
                    origin,
                    Message(
                        "{link} link {key} points to missing {end!r}",
                        link=rel.type,
                        key=rel.key,
                        end=end,
                    ),
                )
        (pieces if rel.type == FRAGMENT_LINK else same).join(rel.from_key, rel.to_key)
    alias: dict[str, str] = {}
    joined: dict[str, SpanRecord] = {}
    for group in pieces.members().values():
        parts = sorted((by_key[k] for k in group), key=lambda s: (s.start, s.end))
        head = parts[0]
        labels = {p.label for p in parts}
        if len(labels) > 1:
            raise RecordError(
                origin,
                Message(
                    "fragment links join regions of different labels ({labels})",
                    labels=", ".join(labels),
                ),
            )
        joined[head.key] = dataclasses.replace(
            head,
            end=max(p.end for p in parts),
            text=None,
            fragments=tuple((p.start, p.end) for p in parts),
        )
        alias.update((p.key, head.key) for p in parts)
    names: dict[str, tuple[str, str]] = {}
    for item in named if isinstance(named, list) else []:
        if isinstance(item, dict) and isinstance(item.get("mentions"), list) and item["mentions"]:
            first = str(item["mentions"][0])
            name, label = item.get("name", ""), item.get("label", "")
            if isinstance(name, str) and isinstance(label, str) and first in by_key:
                names[same.find(first)] = (name, label)  # a lone named mention counts too
    refs: dict[str, str] = {}  # span key -> referent key
    groups = same.members()
    referents = []
    for n, (root, members) in enumerate(groups.items(), 1):
        key = f"ref{n}"
        for member in members:
            refs[alias.get(member, member)] = key
        name, label = names.get(root, ("", ""))
        referents.append(ReferentRecord(key, name, label))
    out_spans = []
    for span in spans:
        if span.key in alias and alias[span.key] != span.key:
            continue  # a later fragment, now part of its span
        span = joined.get(span.key, span)
        if span.key in refs:
            span = dataclasses.replace(span, referent=refs[span.key])
        out_spans.append(span)
    out_rels = tuple(
        dataclasses.replace(
            r, from_key=alias.get(r.from_key, r.from_key), to_key=alias.get(r.to_key, r.to_key)
        )
        for r in kept
    )
    return tuple(out_spans), out_rels, tuple(referents)
