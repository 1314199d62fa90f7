"""Exporting training datasets: filters, document splits, writers and the dataset card.

Layers are streamed from the database (twice when splitting: once to learn each
document's labels, once to write), so memory does not grow with the corpus. Every
data file is written as ``NAME.part`` and renamed only when the whole export succeeded.
"""

from __future__ import annotations

import dataclasses
import hashlib
import sys
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from annotator import __version__
from annotator.formats.bio import OVERLAP_MODES, layer_labels, tag_names
from annotator.formats.card import CardNames, file_sha256, is_ours, write_card
from annotator.formats.registry import EXPORTERS, FORMATS, Format, shapes
from annotator.formats.spacy_align import SpacyAlignment
from annotator.formats.splits import TRAIN, assign, parse_split, stratify
from annotator.formats.writers import (
    DROP_REL_FILTER,
    DatasetWriter,
    ExportStats,
    TextWriter,
    WriteContext,
)
from annotator.model import LabelKind, LabelSchema, Layer, Status, schema_to_dict
from annotator.model.names import GOLD
from annotator.model.outputs import write_text_atomic
from annotator.model.rows import LayerRows
from annotator.service.errors import Message, ServiceError
from annotator.text import TOKENIZER_NAME, TOKENIZER_VERSION

GOLD_ANNOTATOR = GOLD
MAX_LISTED = 20
SPLIT_SPANS_IN_TOKENS = (
    "each fragment of a split span is tagged as a span of its own: every fragment starts "
    "with B-, so the parts are not joined (the spans, brat, doccano and Label Studio "
    "exports keep them together)"
)


class ExportCancelled(ServiceError):
    """The user cancelled the export; nothing was written."""


@dataclass
class ExportRequest:
    """What to export, as the CLI flags and the export dialog give it."""

    format: str = "spans"
    output: str = "-"
    project: str | None = None
    annotator: str | None = None
    gold: bool = False
    status: Status | None = Status.DONE
    labels: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    on_overlap: str = "error"
    offset_unit: str | None = None  # None: utf16 for doccano, else codepoint
    doccano_shape: str = "relation"
    split: str | None = None
    seed: int = 0
    license: str = "unknown"


@dataclass
class ExportResult:
    files: list[Path] = field(default_factory=list)
    card_files: list[Path] = field(default_factory=list)
    config_files: list[Path] = field(default_factory=list)  # e.g. label_config.xml
    card: dict[str, Any] = field(default_factory=dict)
    stats: ExportStats = field(default_factory=ExportStats)

    @property
    def records(self) -> int:
        return sum(self.stats.records.values())

    @property
    def documents(self) -> int:
        return sum(self.stats.documents.values())


@dataclass
class _Plan:
    fmt: str
    schema: LabelSchema
    labels: frozenset[str] | None
    span_kinds: frozenset[LabelKind] | None  # kinds kept in span formats
    bio_kind: LabelKind
    kinds: tuple[LabelKind, ...]  # what a multi-kind token format carries
    tag_names: list[str]


def _format(req: ExportRequest) -> Format:
    """The registry's declaration of the requested export format."""
    fmt = FORMATS.get(req.format)
    if fmt is None or fmt.writer is None:
        raise ServiceError(
            f"unknown export format {req.format!r} (available: {', '.join(EXPORTERS)})"
        )
    return fmt


def offset_unit(req: ExportRequest) -> str:
    """The unit offsets are written in: doccano's own (UTF-16) unless asked otherwise."""
    if req.offset_unit is not None:
        return req.offset_unit
    return _format(req).default_offset_unit


def _kinds(names: tuple[str, ...]) -> list[LabelKind]:
    kinds = []
    for name in names:
        for part in name.split(","):
            part = part.strip()
            if not part:
                continue
            try:
                kinds.append(LabelKind(part))
            except ValueError:
                choices = ", ".join(k.value for k in LabelKind)
                raise ServiceError(f"--kind must be one of {choices}, not {part!r}") from None
    return kinds


def _plan(req: ExportRequest, schema: LabelSchema) -> _Plan:
    if req.format not in EXPORTERS:
        raise ServiceError(
            f"unknown export format {req.format!r} (available: {', '.join(EXPORTERS)})"
        )
    if req.on_overlap not in OVERLAP_MODES:
        raise ServiceError(f"--on-overlap must be one of {', '.join(OVERLAP_MODES)}")
    if req.offset_unit not in (None, "codepoint", "utf16"):
        raise ServiceError("--offset-unit must be codepoint or utf16")
    if req.offset_unit is not None and req.offset_unit not in _format(req).offset_units:
        takers = [f.name for f in FORMATS.values() if req.offset_unit in f.offset_units]
        raise ServiceError(
            f"--offset-unit {req.offset_unit} applies to the {'/'.join(takers)} format only"
        )
    if req.doccano_shape not in shapes():
        raise ServiceError(f"--doccano-shape must be one of {', '.join(shapes())}")
    labels = [part.strip() for item in req.labels for part in item.split(",") if part.strip()]
    for label in labels:
        if schema.label(label) is None:
            raise ServiceError(f"--label {label}: the schema has no such label")
    kinds = _kinds(req.kinds)
    if _format(req).one_layer and len(kinds) > 1:
        raise ServiceError(f"{req.format} carries one layer: give one --kind")
    bio_kind = kinds[0] if kinds else LabelKind.ENTITY
    return _Plan(
        fmt=req.format,
        schema=schema,
        labels=frozenset(labels) or None,
        span_kinds=frozenset(kinds) or None,
        bio_kind=bio_kind,
        kinds=tuple(kinds) or (LabelKind.ENTITY,),
        tag_names=tag_names(layer_labels(schema, bio_kind, labels or None)),
    )


def filter_layer(layer: Layer, plan: _Plan) -> Layer:
    """The layer with only the spans the filters keep, and the relations between them."""
    declared = FORMATS[plan.fmt]
    keep_kinds = None if declared.token_level else plan.span_kinds
    # e.g. --format attribution: the filters choose the quotes and claims written; their
    # cues, speakers and claimants stay so each line keeps its source.
    always = declared.context_kinds
    spans = tuple(
        s
        for s in layer.spans
        if s.kind in always
        or (
            (plan.labels is None or s.label in plan.labels)
            and (keep_kinds is None or s.kind in keep_kinds)
        )
    )
    if len(spans) == len(layer.spans):
        return layer
    ids = {s.id for s in spans}
    relations = tuple(r for r in layer.relations if r.from_span in ids and r.to_span in ids)
    return dataclasses.replace(layer, spans=spans, relations=relations)


def _layer_split_labels(layer: Layer, plan: _Plan) -> set[str]:
    if FORMATS[plan.fmt].one_layer:
        return {s.label for s in layer.spans if s.kind is plan.bio_kind}
    return {s.label for s in layer.spans}


@dataclass
class _Targets:
    """Where each split's data goes and where the card goes (none for stdout)."""

    paths: dict[str, Path]
    card: CardNames | None


def _targets(req: ExportRequest, split_names: list[str]) -> _Targets:
    writer = EXPORTERS[req.format]
    if req.output == "-":
        if not _format(req).streamable or split_names != ["all"]:
            raise ServiceError(f"{req.format} exports with --split need a file or folder (-o)")
        return _Targets({"all": Path("-")}, None)
    out = Path(req.output)
    folder = _format(req).output == "folder"  # a folder of files, or a .zip of it
    single = out.suffix.lower() == ".zip" if folder else bool(out.suffix)
    if single and not out.is_dir():
        # NAME.EXT, or NAME.SPLIT.EXT per split, with the card NAME.card.json beside.
        paths = {
            s: out if s == "all" else out.with_name(f"{out.stem}.{s}{out.suffix}")
            for s in split_names
        }
        return _Targets(paths, CardNames.for_file(out))
    if folder:
        return _Targets({s: out if s == "all" else out / s for s in split_names}, CardNames(out))
    return _Targets(
        {s: out / f"{'data' if s == 'all' else s}{writer.suffix}" for s in split_names},
        CardNames(out),
    )


def _assignments(
    ws: Any, project_id: int, req: ExportRequest, plan: _Plan, annotator: str | None
) -> tuple[list[str], dict[str, str]]:
    if not req.split:
        return ["all"], {}
    splits = parse_split(req.split)
    names = [n for n, _ in splits]
    labels: dict[str, set[str]] = {}
    for layer in ws.iter_layers(project_id, annotator=annotator, status=req.status):
        key = layer.document.external_id
        labels.setdefault(key, set()).update(_layer_split_labels(filter_layer(layer, plan), plan))
    assignment = {key: assign(req.seed, key, splits) for key in labels}
    if TRAIN in names:
        assignment = stratify(assignment, labels, req.seed)
    return names, assignment


def _sha256(writer: DatasetWriter, path: Path) -> str:
    """The data file's sha256: taken while it was written, else read from the file."""
    return (writer.sha256() if isinstance(writer, TextWriter) else None) or file_sha256(path)


def _folder_entry(
    name: str, split: str, paths: list[Path], target: Path, root: Path
) -> dict[str, Any]:
    """A folder of data files (brat): each file's sha256, and one digest over them all."""
    members = [
        {"name": path.relative_to(root).as_posix(), "sha256": file_sha256(path)}
        for path in sorted(paths)
    ]
    digest = hashlib.sha256()
    for member in members:
        digest.update(f"{member['name']}\0{member['sha256']}\n".encode())
    return {
        "name": name,
        "split": split,
        "files": len(members),
        "sha256": digest.hexdigest(),
        "members": members,
    }


def export_dataset(
    ws: Any,
    req: ExportRequest,
    progress: Callable[[Iterator[Any], int], Iterator[Any]] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Run one export; raises :class:`ServiceError` (nothing written) on any problem."""
    project = ws.project(req.project)
    plan = _plan(req, project.schema)
    annotator = GOLD_ANNOTATOR if req.gold else req.annotator
    if not req.gold and req.annotator:
        ws.require_annotators([req.annotator])
    split_names, assignment = _assignments(ws, project.id, req, plan, annotator)
    targets = _targets(req, split_names)
    if targets.card is not None and not is_ours(targets.card):
        raise ServiceError(
            Message(
                "{readme} or {json} was not written by Annotator; export into a folder of its own",
                readme=targets.card.folder / targets.card.readme,
                json=targets.card.json,
            )
        )
    stats = ExportStats()
    ctx = WriteContext(
        schema=project.schema,
        stats=stats,
        kind=plan.bio_kind,
        kinds=plan.kinds,
        tag_names=plan.tag_names,
        on_overlap=req.on_overlap,
        offset_unit=offset_unit(req),
        doccano_shape=req.doccano_shape,
        spacy_check=SpacyAlignment.load() if _format(req).spacy_aligned else None,
    )
    writer_cls = EXPORTERS[req.format]
    writers: dict[str, DatasetWriter] = {}
    source: Iterator[Layer | LayerRows] | None = None
    result = ExportResult(stats=stats)
    try:
        for name in split_names:
            path = targets.paths[name]
            if str(path) == "-":
                assert issubclass(writer_cls, TextWriter)
                writers[name] = writer_cls(path, ctx, name, stream=sys.stdout)
            else:
                writers[name] = writer_cls(path, ctx, name)
        # Without --label/--kind a writer that can takes each layer as rows (no Span
        # object per span: the fast path of the spans export).
        as_rows = writer_cls.reads_rows and plan.labels is None and plan.span_kinds is None
        # A BIO writer projects one kind: only those spans are read, and only what the
        # projection needs.
        kinds = frozenset({plan.bio_kind}) if writer_cls.writes_bio else None
        layers: Iterator[Layer | LayerRows] = (
            ws.iter_layer_rows(
                project.id,
                annotator=annotator,
                status=req.status,
                kinds=kinds,
                packed=writer_cls.reads_packed,
            )
            if as_rows
            else ws.iter_layers(project.id, annotator=annotator, status=req.status)
        )
        # Closed on the way out, also on an error: the spans export reads a batch ahead
        # inside a read transaction, which must not wait for the traceback to go.
        source = layers
        if progress is not None:
            layers = progress(layers, ws.count_documents(project.id))
        last_doc: dict[str, str] = {}
        for layer in layers:
            if cancelled is not None and cancelled():
                raise ExportCancelled(Message("export cancelled; nothing was written"))
            key = layer.document.external_id
            split = assignment.get(key, "all") if assignment else "all"
            if isinstance(layer, LayerRows):
                writers[split].write_rows(layer)
            else:
                kept = filter_layer(layer, plan)
                if len(kept.relations) < len(layer.relations):
                    stats.dropped[DROP_REL_FILTER] += len(layer.relations) - len(kept.relations)
                writers[split].write(kept)
            if last_doc.get(split) != key:
                stats.documents[split] += 1
                last_doc[split] = key
        if stats.conflicts:
            listed = "\n  ".join(stats.conflicts[:MAX_LISTED])
            more = len(stats.conflicts) - MAX_LISTED
            raise ServiceError(
                Message(
                    "{count} overlapping {kind} spans cannot share one BIO layer "
                    "(use --on-overlap longest or first):\n  {listed}{more}",
                    count=len(stats.conflicts),
                    kind=plan.bio_kind,
                    listed=listed,
                    more=Message("\n  ... and {more} more", more=more) if more > 0 else "",
                )
            )
    except BaseException:
        if isinstance(source, Generator):
            source.close()
        for writer in writers.values():
            writer.abort()
        raise
    files: list[dict[str, Any]] = []
    for name, writer in writers.items():
        written = writer.close()
        result.files += written
        if not written or targets.card is None:
            continue
        root = targets.card.folder
        target = targets.paths[name]
        if target.is_dir():
            rel = target.relative_to(root).as_posix() or "."
            files.append(_folder_entry(rel, name, written, target, root))
        else:
            files.append(
                {
                    "name": target.relative_to(root).as_posix(),
                    "split": name,
                    "bytes": target.stat().st_size,
                    "sha256": _sha256(writer, target),
                }
            )
    result.card = build_card(req, plan, project.name, stats, split_names, files)
    if targets.card is not None:
        companions = writer_cls.companions(ctx)
        result.card["config_files"] = [targets.card.prefix + name for name, _ in companions]
        result.card_files = write_card(targets.card, result.card)
        for name, content in companions:
            target = targets.card.folder / (targets.card.prefix + name)
            result.config_files.append(write_text_atomic(target, content))
    return result


def build_card(
    req: ExportRequest,
    plan: _Plan,
    project_name: str,
    stats: ExportStats,
    split_names: list[str],
    files: list[dict[str, Any]],
) -> dict[str, Any]:
    """The ``dataset.json`` content: everything needed to trust and reload the data."""
    token_level = EXPORTERS[req.format].token_level
    card: dict[str, Any] = {
        "generator": "annotator",
        "card_version": 1,
        "tool_version": __version__,
        "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "project": project_name,
        "format": req.format,
        "offset_unit": offset_unit(req),
        "doccano_shape": req.doccano_shape if _format(req).shapes else None,
        "license": req.license,
        "language": "bn",
        "schema": schema_to_dict(plan.schema),
        "tokenizer": {"name": TOKENIZER_NAME, "version": TOKENIZER_VERSION},
        "layer": _format(req).card_layer(plan.kinds, plan.bio_kind),
        "on_overlap": req.on_overlap if token_level else None,
        "tag_names": plan.tag_names if _format(req).one_layer else [],
        "filters": {
            "annotator": GOLD_ANNOTATOR if req.gold else req.annotator,
            "gold": req.gold,
            "status": req.status.value if req.status else "any",
            "labels": sorted(plan.labels) if plan.labels else [],
            "kinds": sorted(k.value for k in plan.span_kinds) if plan.span_kinds else [],
        },
        "annotators": sorted(stats.annotators),
        "split": (
            {
                "ratios": dict(parse_split(req.split)),
                "seed": req.seed,
                "method": "sha256(seed, document id), stratified so train has every label",
            }
            if req.split
            else None
        ),
        "counts": {
            name: {
                "documents": stats.documents[name],
                "records": stats.records[name],
                "relations": stats.relations[name],
                "labels": dict(sorted(stats.labels.get(name, {}).items())),
            }
            for name in split_names
        },
        "expanded_spans": stats.expanded,
        "dropped_overlaps": stats.dropped_overlaps,
        "unaligned_spans": stats.unaligned,
        "dropped": dict(sorted(stats.dropped.items())),
        "spacy_misaligned_count": stats.spacy_misaligned,
        "spacy_misaligned": stats.spacy_examples,
        "files": files,
    }
    if stats.document_ids:
        card["document_ids"] = stats.document_ids
    card["split_spans"] = stats.split_spans
    if token_level:
        card["fragments"] = SPLIT_SPANS_IN_TOKENS
    declared = _format(req)
    if declared.card_fields is not None:  # hf: its features; attribution: its fields
        card.update(declared.card_fields(plan.tag_names))
    return card
