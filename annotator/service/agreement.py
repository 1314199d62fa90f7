"""Inter-annotator agreement: span P/R/F1, Cohen's kappa, Krippendorff's alpha, relations.

Only documents that an annotator marked done count for that annotator, and a pair is
compared only on documents both marked done. For a pair (a, b), a is the reference:
precision = matched / spans of b, recall = matched / spans of a, F1 = 2·matched /
(spans of a + spans of b), which is symmetric.

- Exact match: same start, end and label.
- Overlap match: same label and at least one shared code point; spans are paired one
  to one, largest overlap first (ties: closest boundaries), so one long span cannot
  match three short ones.
- Cohen's kappa (per pair) and Krippendorff's alpha (nominal, all annotators) on
  tokens of :func:`annotator.text.tokenize`, each token tagged O, B-LABEL or I-LABEL.
  A token is inside a span when it shares a code point with it; where spans nest, the
  outer (earlier, then longer) span wins.
- Relations given matched spans: each span of b is mapped to the span of a it matched
  (overlap match, all labels); a relation counts if both its ends are matched, and two
  relations agree when their type and mapped ends agree.

- Split spans: an exact match needs the same fragments; overlap counts only code
  points inside fragments (not the gap), and each fragment is tagged from B-.
- Attribution (quotes and claims): span F1 (exact, fragments included), cue F1 (exact
  CUE spans), and speaker agreement on the quotes and claims both marked (paired by
  overlap): the two sources agree when they are the same mention or mentions of one
  referent (a links "তিনি", b links "কিম", and either annotator joined the two), so
  speakers are counted as who speaks, not which word was linked. ``speakers_by_mention``
  is the same count without referents, for comparison.

Figures with an empty denominator are ``None`` ("n/a"), never a made-up 0 or 1.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING, Any

from annotator.model import LabelKind, Layer, Relation, Span, SpanId, Status
from annotator.model.errors import Message
from annotator.model.names import GOLD
from annotator.service.agreement_metrics import (  # the measures, re-exported
    OUTSIDE,
    Prf,
    bio_tags,
    cohen_kappa,
    exact_matches,
    krippendorff_alpha,
    overlap_pairs,
    shared_points,
)
from annotator.service.errors import ServiceError
from annotator.text import tokenize

if TYPE_CHECKING:
    from annotator.service.workspace import Workspace


@dataclass
class PairAgreement:
    a: str
    b: str
    documents: int = 0
    exact: Prf = field(default_factory=Prf)
    overlap: Prf = field(default_factory=Prf)
    exact_by_label: dict[str, Prf] = field(default_factory=dict)
    overlap_by_label: dict[str, Prf] = field(default_factory=dict)
    relations: Prf = field(default_factory=Prf)
    relations_by_type: dict[str, Prf] = field(default_factory=dict)
    tag_pairs: Counter[tuple[str, str]] = field(default_factory=Counter)
    # Attribution: quote/claim spans, cues, speakers by referent and by mention.
    units: Prf = field(default_factory=Prf)
    cues: Prf = field(default_factory=Prf)
    speakers: Prf = field(default_factory=Prf)
    speakers_by_mention: Prf = field(default_factory=Prf)

    @property
    def tokens(self) -> int:
        return sum(self.tag_pairs.values())

    @property
    def kappa(self) -> float | None:
        return cohen_kappa(self.tag_pairs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "documents": self.documents,
            "tokens": self.tokens,
            "exact": self.exact.to_dict(),
            "overlap": self.overlap.to_dict(),
            "kappa": self.kappa,
            "relations": self.relations.to_dict(),
            "by_label": {
                label: {
                    "exact": self.exact_by_label[label].to_dict(),
                    "overlap": self.overlap_by_label[label].to_dict(),
                }
                for label in sorted(self.exact_by_label)
            },
            "relations_by_type": {
                name: prf.to_dict() for name, prf in sorted(self.relations_by_type.items())
            },
            "attribution": {
                "units": self.units.to_dict(),
                "cues": self.cues.to_dict(),
                "speakers": self.speakers.to_dict(),
                "speakers_by_mention": self.speakers_by_mention.to_dict(),
            },
        }


@dataclass(frozen=True, slots=True)
class DocumentAgreement:
    """One document's mean exact-match F1 over the pairs that both finished it."""

    document_id: int
    external_id: str
    title: str
    annotators: tuple[str, ...]
    f1: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "external_id": self.external_id,
            "title": self.title,
            "annotators": list(self.annotators),
            "f1": self.f1,
        }


@dataclass
class AgreementReport:
    project: str
    annotators: list[str]
    kind: str | None
    pairs: list[PairAgreement]
    alpha: float | None
    alpha_tokens: int  # tokens coded by at least two annotators
    documents: list[DocumentAgreement]  # lowest agreement first

    def pair(self, a: str, b: str) -> PairAgreement:
        for pair in self.pairs:
            if (pair.a, pair.b) == (a, b):
                return pair
        raise KeyError((a, b))

    def to_dict(self) -> dict[str, Any]:
        return {
            "project": self.project,
            "annotators": self.annotators,
            "kind": self.kind,
            "alpha": self.alpha,
            "alpha_tokens": self.alpha_tokens,
            "pairs": [p.to_dict() for p in self.pairs],
            "documents": [d.to_dict() for d in self.documents],
        }


# The measures, on plain values --------------------------------------------------


def compare_pair(
    pair: PairAgreement,
    text: str,
    tokens: Sequence[Any],
    a: Layer,
    b: Layer,
    kind: LabelKind | None,
) -> float | None:
    """Add one document of a pair to ``pair``; returns the document's exact F1."""
    spans_a = [s for s in a.spans if kind is None or s.kind is kind]
    spans_b = [s for s in b.spans if kind is None or s.kind is kind]
    pair.documents += 1
    doc = Prf(len(spans_a), len(spans_b), 0)
    count_a = Counter(s.label for s in spans_a)
    count_b = Counter(s.label for s in spans_b)
    exact = exact_matches(spans_a, spans_b)
    overlap = Counter(x.label for x, _y in overlap_pairs(spans_a, spans_b))
    for label in count_a.keys() | count_b.keys():
        for table, found in ((pair.exact_by_label, exact), (pair.overlap_by_label, overlap)):
            table.setdefault(label, Prf()).add(Prf(count_a[label], count_b[label], found[label]))
    doc.matched = sum(exact.values())
    pair.exact.add(doc)
    pair.overlap.add(Prf(len(spans_a), len(spans_b), sum(overlap.values())))
    tags_a = bio_tags(text, spans_a, tokens)
    tags_b = bio_tags(text, spans_b, tokens)
    pair.tag_pairs.update(zip(tags_a, tags_b, strict=True))
    _compare_relations(pair, a, b)
    compare_attribution(pair, a, b)
    return doc.f1


_UNITS = (LabelKind.QUOTE, LabelKind.CLAIM)


def _sources(layer: Layer) -> dict[SpanId, Span]:
    """Each quote's or claim's source: the entity its first link points to."""
    by_id = {s.id: s for s in layer.spans}
    out: dict[SpanId, Span] = {}
    for rel in layer.relations:
        source, target = by_id.get(rel.from_span), by_id.get(rel.to_span)
        if source and target and source.kind in _UNITS and target.kind is LabelKind.ENTITY:
            out.setdefault(source.id, target)
    return out


def _who(layer: Layer, mention: Span) -> set[tuple[int, int]]:
    """The extents of every mention of the referent ``mention`` is joined to (itself only
    when it is joined to none)."""
    if mention.referent is None:
        return {(mention.start, mention.end)}
    members = {s.id: s for s in layer.spans}
    ref = next((r for r in layer.referents if r.id == mention.referent), None)
    ids = ref.mentions if ref else (mention.id,)
    return {(members[m].start, members[m].end) for m in ids if m in members}


def compare_attribution(pair: PairAgreement, a: Layer, b: Layer) -> None:
    """Add one document's quote/claim spans, cues and speakers to ``pair``."""
    units_a = [s for s in a.spans if s.kind in _UNITS]
    units_b = [s for s in b.spans if s.kind in _UNITS]
    pair.units.add(Prf(len(units_a), len(units_b), sum(exact_matches(units_a, units_b).values())))
    cues_a = [s for s in a.spans if s.kind is LabelKind.CUE]
    cues_b = [s for s in b.spans if s.kind is LabelKind.CUE]
    pair.cues.add(Prf(len(cues_a), len(cues_b), sum(exact_matches(cues_a, cues_b).values())))
    src_a, src_b = _sources(a), _sources(b)
    for x, y in overlap_pairs(units_a, units_b):
        sa, sb = src_a.get(x.id), src_b.get(y.id)
        same_mention = (
            sa is not None and sb is not None and (sa.start, sa.end) == (sb.start, sb.end)
        )
        same_referent = sa is not None and sb is not None and bool(_who(a, sa) & _who(b, sb))
        for prf, agree in (
            (pair.speakers, same_referent),
            (pair.speakers_by_mention, same_mention),
        ):
            prf.add(Prf(int(sa is not None), int(sb is not None), int(agree)))


def _compare_relations(pair: PairAgreement, a: Layer, b: Layer) -> None:
    mapped = {y.id: x.id for x, y in overlap_pairs(a.spans, b.spans)}
    matched_a = set(mapped.values())

    def eligible(rels: Iterable[Relation], ends: set[SpanId]) -> list[Relation]:
        return [r for r in rels if r.from_span in ends and r.to_span in ends]

    rels_a = eligible(a.relations, matched_a)
    rels_b = eligible(b.relations, set(mapped))
    keys_a = Counter((r.type, r.from_span, r.to_span) for r in rels_a)
    keys_b = Counter((r.type, mapped[r.from_span], mapped[r.to_span]) for r in rels_b)
    common = keys_a & keys_b
    types = {r.type for r in rels_a} | {r.type for r in rels_b}
    for name in types:
        prf = Prf(
            sum(n for k, n in keys_a.items() if k[0] == name),
            sum(n for k, n in keys_b.items() if k[0] == name),
            sum(n for k, n in common.items() if k[0] == name),
        )
        pair.relations_by_type.setdefault(name, Prf()).add(prf)
        pair.relations.add(prf)


def agreement(
    workspace: Workspace,
    project: str | int | None = None,
    *,
    annotators: Sequence[str] | None = None,
    kind: LabelKind | str | None = None,
    include_gold: bool = False,
) -> AgreementReport:
    """Agreement between annotators of a project on the documents they marked done.

    Without ``annotators``, everyone with a done layer in the project takes part
    (the ``gold`` layer only with ``include_gold``).
    """
    proj = workspace.project(project)
    wanted_kind = LabelKind(kind) if kind else None
    chosen = list(annotators) if annotators else None
    if chosen is not None:
        if len(set(chosen)) != len(chosen):
            raise ServiceError(Message("an annotator is named twice"))
        if len(chosen) < 2:
            raise ServiceError(Message("agreement needs at least two annotators"))
        workspace.require_annotators(chosen)
    pairs: dict[tuple[str, str], PairAgreement] = {}
    units: Counter[tuple[str, ...]] = Counter()  # a token's sorted tags -> how many
    documents: list[DocumentAgreement] = []
    seen: set[str] = set()

    def take(layers: list[Layer]) -> None:
        by_name = {
            layer.annotator: layer
            for layer in layers
            if (chosen is None and (include_gold or layer.annotator != GOLD))
            or (chosen is not None and layer.annotator in chosen)
        }
        seen.update(by_name)
        if len(by_name) < 2:
            return
        doc = layers[0].document
        tokens = tokenize(doc.text)
        names = sorted(by_name, key=lambda n: chosen.index(n) if chosen else n)
        tags = {}
        for name in names:
            spans = [s for s in by_name[name].spans if wanted_kind is None or s.kind is wanted_kind]
            tags[name] = bio_tags(doc.text, spans, tokens)
        units.update(tuple(sorted(t)) for t in zip(*(tags[n] for n in names), strict=True))
        f1s = []
        for x, y in combinations(names, 2):
            pair = pairs.setdefault((x, y), PairAgreement(x, y))
            f1 = compare_pair(pair, doc.text, tokens, by_name[x], by_name[y], wanted_kind)
            f1s.append(1.0 if f1 is None else f1)  # both left it empty: they agree
        documents.append(
            DocumentAgreement(doc.id, doc.external_id, doc.title, tuple(names), sum(f1s) / len(f1s))
        )

    current: list[Layer] = []
    for layer in workspace.iter_layers(proj.id, status=Status.DONE):
        if current and current[0].document.id != layer.document.id:
            take(current)
            current = []
        current.append(layer)
    if current:
        take(current)

    names = list(chosen) if chosen else sorted(seen)
    ordered = [pairs.get((x, y)) or PairAgreement(x, y) for x, y in combinations(names, 2)]
    alpha, alpha_tokens = krippendorff_alpha(units)
    documents.sort(key=lambda d: (d.f1, d.document_id))
    return AgreementReport(
        proj.name,
        names,
        wanted_kind.value if wanted_kind else None,
        ordered,
        alpha,
        alpha_tokens,
        documents,
    )


def format_report(report: AgreementReport) -> str:
    """The plain-text report ``annotator agreement`` prints."""

    def pct(value: float | None) -> str:
        return "  n/a" if value is None else f"{value * 100:5.1f}"

    def num(value: float | None) -> str:
        return "  n/a" if value is None else f"{value:5.3f}"

    lines = [
        f"project {report.project!r}, annotators {', '.join(report.annotators) or '-'}"
        + (f", kind {report.kind}" if report.kind else ""),
        f"Krippendorff's alpha (nominal, tokens): {num(report.alpha)}"
        f" over {report.alpha_tokens} tokens",
    ]
    for pair in report.pairs:
        lines.append("")
        lines.append(
            f"{pair.a} vs {pair.b}: {pair.documents} documents both done,"
            f" {pair.tokens} tokens, Cohen's kappa {num(pair.kappa)}"
        )
        if not pair.documents:
            continue
        lines.append(
            f"  {'label':<10} {'exact P':>7} {'R':>5} {'F1':>5}   "
            f"{'overlap P':>9} {'R':>5} {'F1':>5}   {'a':>4} {'b':>4}"
        )
        rows = [("all", pair.exact, pair.overlap)] + [
            (label, pair.exact_by_label[label], pair.overlap_by_label[label])
            for label in sorted(pair.exact_by_label)
        ]
        for label, ex, ov in rows:
            lines.append(
                f"  {label:<10} {pct(ex.precision):>7} {pct(ex.recall)} {pct(ex.f1)}   "
                f"{pct(ov.precision):>9} {pct(ov.recall)} {pct(ov.f1)}   "
                f"{ex.reference:>4} {ex.predicted:>4}"
            )
        attribution = [
            ("quote+claim", pair.units),
            ("cues", pair.cues),
            ("speakers", pair.speakers),
            ("by mention", pair.speakers_by_mention),
        ]
        for name, prf in attribution:
            if prf.reference or prf.predicted:
                lines.append(
                    f"  {name:<11} P {pct(prf.precision)} R {pct(prf.recall)} F1 {pct(prf.f1)}"
                    f"  ({prf.matched} of {prf.reference}/{prf.predicted})"
                )
        for name, prf in [("relations", pair.relations), *sorted(pair.relations_by_type.items())]:
            lines.append(
                f"  {name:<10} P {pct(prf.precision)} R {pct(prf.recall)} F1 {pct(prf.f1)}"
                f"  ({prf.matched} of {prf.reference}/{prf.predicted} with matched ends)"
            )
    if report.documents:
        lines.append("")
        lines.append("lowest agreement (mean exact F1):")
        for doc in report.documents[:10]:
            lines.append(f"  {pct(doc.f1)}  {doc.external_id}  {doc.title[:60]}")
    return "\n".join(lines)


__all__ = [
    "OUTSIDE",
    "AgreementReport",
    "DocumentAgreement",
    "PairAgreement",
    "Prf",
    "agreement",
    "bio_tags",
    "cohen_kappa",
    "compare_pair",
    "exact_matches",
    "format_report",
    "krippendorff_alpha",
    "overlap_pairs",
    "shared_points",
]
