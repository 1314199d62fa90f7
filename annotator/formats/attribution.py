"""``--format attribution``: one JSONL line per quote or claim, the training set for a
quote-attribution model (content, cue, source, as PARC and SpkAtt mark them).

Each line has exactly the fields of :data:`FIELDS`. The cue is the span the quote's
``cue`` link points to (a span of kind ``cue``); the source is the entity its
``speaker``/``claimant`` link points to (the first such link: a span of kind
``entity``), and ``source_referent`` the referent that mention is joined to, so a
quote whose speaker is "তিনি" still names the person.
"""

from __future__ import annotations

from typing import Any

from annotator.formats.native import layer_span_keys, referent_keys
from annotator.formats.writers import JsonlWriter
from annotator.model import LabelKind, Layer, Span
from annotator.model.attribution import fragments_text

KINDS = {LabelKind.QUOTE: "quote", LabelKind.CLAIM: "claim"}

FIELDS: dict[str, str] = {
    "doc_id": "the document's id",
    "id": "the quote's or claim's span id, as in the native (spans) export of the layer",
    "kind": '"quote" or "claim"',
    "fragments": "[[start, end], ...]: the span's parts in text order, code point offsets, "
    "end exclusive (one part for a contiguous span)",
    "text": 'the parts\' texts joined by " … "',
    "cue": "{start, end, text} of the linked cue (the speech verb, e.g. বলেন), or null",
    "source": "{start, end, text, label} of the linked speaker or claimant mention, or null",
    "source_referent": "{id, name} of the referent that mention is joined to (its canonical "
    "name: set by the annotator, else the longest PER/ORG mention), or null",
    "attrs": "the span's attributes (form, checkworthy, claim_type...)",
    "annotator": "who annotated it (gold for an adjudicated layer)",
}


def attribution_records(layer: Layer) -> list[dict[str, Any]]:
    """The layer's quotes and claims with their cue, source and source referent."""
    text = layer.document.text
    by_id = {s.id: s for s in layer.spans}
    keys = layer_span_keys(layer)
    ref_keys = referent_keys(layer)
    referents = {r.id: r for r in layer.referents}
    cues: dict[int, Span] = {}
    sources: dict[int, Span] = {}
    for rel in layer.relations:
        target = by_id.get(rel.to_span)
        if target is None or rel.from_span not in by_id:
            continue
        if target.kind is LabelKind.CUE:
            cues.setdefault(rel.from_span, target)
        elif target.kind is LabelKind.ENTITY:
            sources.setdefault(rel.from_span, target)
    out = []
    for span in layer.spans:
        kind = KINDS.get(span.kind)
        if kind is None:
            continue
        cue, source = cues.get(span.id), sources.get(span.id)
        referent = referents.get(source.referent) if source and source.referent else None
        out.append(
            {
                "doc_id": layer.document.external_id,
                "id": keys[span.id],
                "kind": kind,
                "fragments": [[a, b] for a, b in span.pieces],
                "text": fragments_text(text, span.pieces),
                "cue": (
                    {"start": cue.start, "end": cue.end, "text": text[cue.start : cue.end]}
                    if cue
                    else None
                ),
                "source": (
                    {
                        "start": source.start,
                        "end": source.end,
                        "text": text[source.start : source.end],
                        "label": source.label,
                    }
                    if source
                    else None
                ),
                "source_referent": (
                    {"id": ref_keys[referent.id], "name": referent.name} if referent else None
                ),
                "attrs": span.attrs,
                "annotator": layer.annotator,
            }
        )
    return out


class AttributionWriter(JsonlWriter):
    suffix = ".jsonl"

    def records(self, layer: Layer) -> list[dict[str, Any]]:
        records = attribution_records(layer)
        ids = {r["id"] for r in records}
        keys = layer_span_keys(layer)
        units = [s for s in layer.spans if keys[s.id] in ids]
        links = sum(1 for r in records for f in ("cue", "source") if r[f] is not None)
        self.count(layer, units, links)
        return records

    def _count_dropped(self, layer: Layer, exported: set[int]) -> None:
        # The cue and source of each line are written inside it: their links are kept.
        super()._count_dropped(layer, {s.id for s in layer.spans})
