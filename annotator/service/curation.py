"""The curation table of one document: the compared layers and gold merged into rows.

A use-case of the curation view (and of anything else that shows a document's
disagreements): one row per version of a span, a version being its range, label and
fragments (:func:`~annotator.service.adjudication.version_key`), so a split quote and
the same range unsplit are two rows; each row says who marked it, whether every
compared annotator did and what gold holds. Gold spans no annotator has get rows of
their own. Relations are listed per layer with their two ends and whether gold has the
same link between the same versions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from annotator.model import Document, Layer, Relation, Span, SpanId
from annotator.model.names import GOLD
from annotator.service.adjudication import VersionKey, compared_layers, version_key, versions
from annotator.service.workspace import Workspace


@dataclass(frozen=True, slots=True)
class CurationRow:
    """One version of a span and who has it: compared annotators and gold."""

    key: VersionKey
    spans: Mapping[str, Span]  # compared annotator -> their span of this version
    gold: Span | None
    agreed: bool  # every compared annotator has it

    @property
    def start(self) -> int:
        return self.key[0]

    @property
    def end(self) -> int:
        return self.key[1]

    @property
    def label(self) -> str:
        return self.key[2]

    @property
    def fragments(self) -> tuple[tuple[int, int], ...]:
        return self.key[3]

    @property
    def span(self) -> Span:
        """A span of this version (an annotator's, else gold's)."""
        found = next(iter(self.spans.values()), None) or self.gold
        assert found is not None  # a row exists because someone has the version
        return found


@dataclass(frozen=True, slots=True)
class CurationRelationRow:
    """A relation of one layer, its two ends, and whether gold has the same link."""

    relation: Relation
    source: Span
    target: Span
    in_gold: bool


@dataclass(frozen=True, slots=True)
class CurationTable:
    document: Document
    annotators: tuple[str, ...]  # the compared layers, in column order
    layers: Mapping[str, Layer]  # annotator -> layer (gold not included)
    gold: Layer
    rows: tuple[CurationRow, ...]
    relations: tuple[CurationRelationRow, ...]

    @property
    def disputed(self) -> frozenset[VersionKey]:
        """The versions not every compared annotator marked."""
        return frozenset(row.key for row in self.rows if row.spans and not row.agreed)

    def row_of(self, key: VersionKey | None) -> int | None:
        """The row number of version ``key``, if the table has it."""
        return next((i for i, row in enumerate(self.rows) if row.key == key), None)


def _relation_key(
    rel: Relation, spans: Mapping[SpanId, Span]
) -> tuple[str, VersionKey, VersionKey]:
    return (rel.type, version_key(spans[rel.from_span]), version_key(spans[rel.to_span]))


def curation_table(
    workspace: Workspace, document_id: int, annotators: Sequence[str] | None = None
) -> CurationTable:
    """The merged table of ``annotators``' layers (default: everyone who finished the
    document) and gold, each layer read once."""
    layers = {
        layer.annotator: layer for layer in compared_layers(workspace, document_id, annotators)
    }
    gold = workspace.layer(document_id, GOLD)
    found = versions(list(layers.values()))
    in_gold: dict[VersionKey, Span] = {}
    for span in gold.spans:
        in_gold.setdefault(version_key(span), span)
    rows = [
        CurationRow(
            key,
            found.get(key, {}),
            in_gold.get(key),
            bool(layers) and len(found.get(key, {})) == len(layers),
        )
        for key in found.keys() | in_gold.keys()
    ]
    rows.sort(key=lambda r: (r.start, -r.end, r.label, r.fragments))
    gold_spans = {s.id: s for s in gold.spans}
    gold_links = {_relation_key(r, gold_spans) for r in gold.relations}
    relation_rows = []
    for layer in [*layers.values(), gold]:
        spans = {s.id: s for s in layer.spans}
        for rel in layer.relations:
            relation_rows.append(
                CurationRelationRow(
                    rel,
                    spans[rel.from_span],
                    spans[rel.to_span],
                    _relation_key(rel, spans) in gold_links,
                )
            )
    return CurationTable(
        workspace.document(document_id),
        tuple(layers),
        layers,
        gold,
        tuple(rows),
        tuple(relation_rows),
    )
