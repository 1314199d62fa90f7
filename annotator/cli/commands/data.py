"""``annotator import`` and ``annotator export``."""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import IO

from annotator.cli.common import fail, open_workspace
from annotator.cli.progress import progress
from annotator.formats.inputs import iter_records
from annotator.formats.native import write_jsonl
from annotator.model import RecordError, Status
from annotator.service import DEFAULT_PROJECT, default_annotator_name, import_records


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import", help="import .txt files, folders or JSONL (- for stdin)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--project", default=None, help=f"project name (default: {DEFAULT_PROJECT})")
    p.add_argument("--annotator", default=None,
                   help="layer owner for records without an 'annotator' field")
    p.add_argument("--format", default="auto", help="auto, txt or jsonl")
    p.add_argument("--skip-invalid", action="store_true",
                   help="import the valid records and list the skipped ones")
    p.add_argument("--normalize", action="store_true",
                   help="normalize pre-annotated texts (NFC, LF) and remap their spans")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="export annotations")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="output file, or -")
    p.add_argument("--project", default=None)
    p.add_argument("--annotator", default=None, help="only this annotator's layer")
    p.add_argument("--status", default="done", choices=["done", "any"],
                   help="done documents only (default) or any")
    p.add_argument("--format", default="spans", help="spans (native JSONL)")
    p.set_defaults(handler=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    problems: list[RecordError] = []
    on_error = problems.append if args.skip_invalid else None
    with open_workspace(args) as ws:
        project = args.project or _default_project(ws)
        records = progress(iter_records(args.paths, args.format, on_error), "importing")
        report = import_records(
            ws,
            records,
            project=project,
            annotator=args.annotator or default_annotator_name(),
            skip_invalid=args.skip_invalid,
            normalize=args.normalize,
        )
    skipped = [str(p) for p in problems] + report.skipped
    print(
        f"imported {report.documents_added} documents into {project!r}"
        f" ({report.duplicates} already present), {report.spans_added} spans,"
        f" {report.relations_added} relations"
        + (f", {report.spans_already_present} spans already present"
           if report.spans_already_present else "")
    )
    if skipped:
        print(f"skipped {len(skipped)} invalid records:", file=sys.stderr)
        for line in skipped:
            print(f"  {line}", file=sys.stderr)
    return 0


def _default_project(ws: object) -> str:
    from annotator.service import Workspace

    assert isinstance(ws, Workspace)
    projects = ws.projects()
    non_demo = [p.name for p in projects if p.name != "Demo"]
    return non_demo[0] if len(non_demo) == 1 else DEFAULT_PROJECT


def cmd_export(args: argparse.Namespace) -> int:
    if args.format != "spans":
        return fail(f"unknown export format {args.format!r} (available: spans)")
    status = Status.DONE if args.status == "done" else None
    with open_workspace(args) as ws:
        project = ws.project(args.project)
        layers = ws.iter_layers(project.id, annotator=args.annotator, status=status)
        total = ws.count_documents(project.id)
        with _output(args.output) as out:
            count = write_jsonl(progress(layers, "exporting", total), out)
    print(f"exported {count} records from {project.name!r}", file=sys.stderr)
    return 0


def _output(name: str) -> nullcontext[IO[str]] | _AtomicFile:
    if name == "-":
        return nullcontext(sys.stdout)
    return _AtomicFile(Path(name))


class _AtomicFile:
    """Write to ``NAME.part`` and rename on success, so a failed export leaves no half file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_name(path.name + ".part")

    def __enter__(self) -> IO[str]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(self.tmp, "w", encoding="utf-8", newline="\n")
        return self.handle

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.handle.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)
