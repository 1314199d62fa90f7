"""``annotator import`` and ``annotator export``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from annotator.cli.common import fail, open_workspace
from annotator.cli.progress import progress
from annotator.formats.bio import OVERLAP_MODES
from annotator.formats.inputs import iter_records
from annotator.formats.registry import (
    EXPORTERS,
    FORMATS,
    help_line,
    importable,
    shapes,
    unit_formats,
    unit_reader,
)
from annotator.model import DocumentRecord, RecordError, Status
from annotator.model.names import DEMO_PROJECT
from annotator.service import DEFAULT_PROJECT, default_annotator_name, import_records
from annotator.service.datasets import ExportRequest, ExportResult, export_dataset
from annotator.service.importing import SNAP_MODES


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    p = sub.add_parser("import", help="import .txt files, folders or JSONL (- for stdin)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--project", default=None, help=f"project name (default: {DEFAULT_PROJECT})")
    p.add_argument(
        "--annotator", default=None, help="layer owner for records without an 'annotator' field"
    )
    p.add_argument(
        "--format",
        default="auto",
        choices=["auto", "txt", "jsonl", "spans", *importable()],
        help="auto (by suffix), txt, jsonl/spans, " + ", ".join(importable()),
    )
    p.add_argument(
        "--offset-unit",
        default=None,
        choices=["utf16", "codepoint", "bytes"],
        help="doccano offsets: UTF-16 as JavaScript and doccano count (default), "
        "Python code points, or UTF-8 bytes",
    )
    p.add_argument(
        "--snap",
        default=None,
        choices=list(SNAP_MODES),
        help="expand foreign spans that cut a grapheme cluster (or a word) to whole "
        "clusters (or words), and list them",
    )
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid records and list the skipped ones",
    )
    p.add_argument(
        "--normalize",
        action="store_true",
        help="normalize pre-annotated texts (NFC, LF) and remap their spans",
    )
    p.add_argument(
        "--convert-bijoy",
        action="store_true",
        help="convert .txt files typed in Bijoy (SutonnyMJ) to Unicode Bengali "
        "(.docx runs in a Bijoy font are converted always)",
    )
    p.add_argument(
        "--as-suggestions",
        action="store_true",
        help="store the files' spans (Label Studio: its predictions) as suggestions, "
        "not as anyone's labels",
    )
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="export annotations or a training dataset")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="output file or folder (brat: folder or .zip), or - for stdout",
    )
    p.add_argument(
        "--project",
        default=None,
        help="the project to export (needed when the database has several)",
    )
    who = p.add_mutually_exclusive_group()
    who.add_argument("--annotator", default=None, help="only this annotator's layer")
    who.add_argument("--gold", action="store_true", help="the adjudicated (gold) layer")
    p.add_argument(
        "--status",
        default="done",
        choices=["done", "any"],
        help="done documents only (default) or any",
    )
    p.add_argument(
        "--format",
        default="spans",
        choices=list(EXPORTERS),
        help=f"{', '.join(EXPORTERS)} (default spans). " + help_line(list(EXPORTERS)),
    )
    p.add_argument(
        "--label",
        action="append",
        default=[],
        metavar="LABEL",
        help="only these labels (repeat or comma-separate)",
    )
    p.add_argument(
        "--kind",
        action="append",
        default=[],
        metavar="KIND",
        help="entity, quote, claim or cue: the layer token formats carry (default "
        "entity); for span formats, only these kinds",
    )
    p.add_argument(
        "--on-overlap",
        default="error",
        choices=list(OVERLAP_MODES),
        help="overlapping spans in a BIO layer: error (default), longest or first",
    )
    p.add_argument(
        "--offset-unit",
        default=None,
        choices=["utf16", "codepoint"],
        help="doccano offsets: UTF-16 as doccano counts them (default) or code points",
    )
    p.add_argument(
        "--doccano-shape",
        default=shapes()[0],
        choices=shapes(),
        help="doccano: entities and relations (default), or the sequence-labeling 'label' column",
    )
    p.add_argument(
        "--split",
        default=None,
        metavar="SPEC",
        help="document split such as train=0.8,dev=0.1,test=0.1",
    )
    p.add_argument("--seed", type=int, default=0, help="split seed (default 0)")
    p.add_argument(
        "--suggestions",
        action="store_true",
        help="export the open suggestions (a separate layer with source and score), not the labels",
    )
    p.add_argument(
        "--license",
        default="unknown",
        metavar="ID",
        help="licence written to the dataset card, e.g. cc-by-4.0 (default unknown)",
    )
    p.set_defaults(handler=cmd_export)


PREVIEWS = 3
PREVIEW_CHARS = 70


class RecordTally:
    """Counts what the readers converted or left out, for the import summary."""

    def __init__(self) -> None:
        self.converted = 0
        self.tables = 0
        self.images = 0
        self.previews: list[str] = []

    def count(self, records: Iterator[DocumentRecord]) -> Iterator[DocumentRecord]:
        for record in records:
            meta = record.meta or {}
            if "converted_from" in meta:
                self.converted += 1
                if len(self.previews) < PREVIEWS:
                    first = " ".join(record.text.split())[:PREVIEW_CHARS]
                    self.previews.append(f"  {record.source or record.origin}: {first}…")
            self.tables += int(meta.get("docx_tables_skipped", 0))
            self.images += int(meta.get("docx_images_skipped", 0))
            yield record

    def lines(self) -> list[str]:
        out = []
        if self.converted:
            out.append(f"converted {self.converted} documents from Bijoy to Unicode Bengali")
            out.extend(self.previews)
        if self.tables or self.images:
            out.append(f"left out of .docx files: {self.tables} tables, {self.images} images")
        return out


def cmd_import(args: argparse.Namespace) -> int:
    if args.as_suggestions:
        from annotator.cli.commands.suggest import import_as_suggestions

        return import_as_suggestions(args)
    problems: list[RecordError] = []
    on_error = problems.append if args.skip_invalid else None
    with open_workspace(args) as ws:
        project = args.project or ws.import_project_name()
        fmt = unit_reader(args.format, args.offset_unit)
        if fmt is None:
            return fail(f"--offset-unit applies to --format {'/'.join(unit_formats())} only")
        unit = None
        if args.format in unit_formats():
            unit = args.offset_unit or FORMATS[args.format].default_offset_unit
        tally = RecordTally()
        records = progress(
            tally.count(
                iter_records(args.paths, fmt, on_error, convert_bijoy_text=args.convert_bijoy)
            ),
            "importing",
        )
        report = import_records(
            ws,
            records,
            project=project,
            annotator=args.annotator or default_annotator_name(),
            skip_invalid=args.skip_invalid,
            normalize=args.normalize,
            snap=args.snap,
            offset_unit=unit,
        )
    skipped = [str(p) for p in problems] + report.skipped
    print(
        f"imported {report.documents_added} documents into {project!r}"
        f" ({report.duplicates} already present), {report.spans_added} spans,"
        f" {report.relations_added} relations"
        + (
            f", {report.spans_already_present} spans already present"
            if report.spans_already_present
            else ""
        )
    )
    for line in tally.lines():
        print(line)
    if report.snapped:
        print(f"snapped {report.snapped} spans to whole {args.snap}:", file=sys.stderr)
        for line in report.snapped_examples:
            print(f"  {line}", file=sys.stderr)
        if report.snapped > len(report.snapped_examples):
            more = report.snapped - len(report.snapped_examples)
            print(f"  ... and {more} more", file=sys.stderr)
    if skipped:
        print(f"skipped {len(skipped)} invalid records:", file=sys.stderr)
        for line in skipped:
            print(f"  {line}", file=sys.stderr)
    for hint in report.unit_hints:
        print(f"warning: {hint}", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.suggestions:
        from annotator.cli.commands.suggest import export_suggestions

        return export_suggestions(args)
    if args.project is None:  # the one project besides the Demo; several: the user chooses
        with open_workspace(args) as ws:
            names = [p.name for p in ws.projects()]
        own = [n for n in names if n != DEMO_PROJECT] or names
        if len(own) > 1:
            return fail(
                f"this database has {len(names)} projects ({', '.join(names)}); "
                "choose one with --project NAME"
            )
        args.project = own[0] if own else None
    request = ExportRequest(
        format=args.format,
        output=args.output,
        project=args.project,
        annotator=args.annotator,
        gold=args.gold,
        status=Status.DONE if args.status == "done" else None,
        labels=tuple(args.label),
        kinds=tuple(args.kind),
        on_overlap=args.on_overlap,
        offset_unit=args.offset_unit,
        doccano_shape=args.doccano_shape,
        split=args.split,
        seed=args.seed,
        license=args.license,
    )
    with open_workspace(args) as ws:
        result = export_dataset(
            ws, request, progress=lambda layers, total: progress(layers, "exporting", total)
        )
        project = ws.project(args.project).name
    _print_summary(result, project)
    return 0


def _print_summary(result: ExportResult, project: str) -> None:
    stats = result.stats
    err = sys.stderr
    print(
        f"exported {result.records} records ({result.documents} documents) from {project!r}",
        file=err,
    )
    for split, labels in sorted(stats.labels.items()):
        counts = ", ".join(f"{label} {n}" for label, n in sorted(labels.items()))
        print(f"  {split}: {stats.documents[split]} documents; {counts}", file=err)
    if stats.expanded or stats.dropped_overlaps or stats.unaligned:
        print(
            f"  {stats.expanded} spans expanded to whole tokens, "
            f"{stats.dropped_overlaps} overlapping spans left out"
            + (f", {stats.unaligned} spans on no token" if stats.unaligned else ""),
            file=err,
        )
    if stats.split_spans:
        print(f"  {stats.split_spans} split spans (two or more fragments)", file=err)
    for note in stats.repaired[:10]:
        print(f"  warning: {note}", file=err)
    for reason, n in sorted(stats.dropped.items()):
        print(f"  dropped {n} {reason}", file=err)
    if stats.spacy_misaligned:
        print(
            f"  warning: {stats.spacy_misaligned} spans do not align with spaCy's bn "
            "tokenizer (spaCy will train on them as missing):",
            file=err,
        )
        for item in stats.spacy_examples[:10]:
            print(
                f"    {item['document']} ({item['annotator']}): {item['label']} "
                f"{item['text']!r} at {item['start']}-{item['end']}",
                file=err,
            )
        if stats.spacy_misaligned > 10:
            print(f"    ... and {stats.spacy_misaligned - 10} more (see the card)", file=err)
    for path in result.files[:10]:
        print(f"  wrote {path}", file=err)
    if len(result.files) > 10:
        print(f"  ... and {len(result.files) - 10} more files", file=err)
    for path in result.config_files:
        print(f"  config {path}", file=err)
    for path in result.card_files:
        print(f"  card {path}", file=err)
