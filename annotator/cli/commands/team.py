"""Team commands: ``schema``, ``assign``, ``agreement``, ``adjudicate``; and ``db copy``."""

from __future__ import annotations

import argparse
import json
import sys

from annotator.cli.common import fail, open_workspace
from annotator.model import LabelKind


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("schema", help="export, import and edit a project's label schema")
    schema_sub = p.add_subparsers(dest="schema_command", metavar="ACTION", required=True)
    q = schema_sub.add_parser("export", help="write a project's schema to a JSON file")
    q.add_argument("file", metavar="FILE.json", help="output file, or - for stdout")
    q.add_argument("--project", default=None, help="project name (default: the first)")
    q.set_defaults(handler=cmd_schema_export)
    q = schema_sub.add_parser(
        "import", help="create a project from a schema file, or update its schema"
    )
    q.add_argument("file", metavar="FILE.json")
    q.add_argument("--project", required=True, help="project to create or update")
    q.add_argument(
        "--force",
        action="store_true",
        help="delete the spans and relations of labels the new schema drops",
    )
    q.set_defaults(handler=cmd_schema_import)
    q = schema_sub.add_parser("rename-label", help="rename a label, keeping its spans")
    q.add_argument("old")
    q.add_argument("new")
    q.add_argument("--project", default=None)
    q.set_defaults(handler=cmd_rename_label)
    q = schema_sub.add_parser("delete-label", help="delete a label (asks for --force if used)")
    q.add_argument("name")
    q.add_argument("--project", default=None)
    q.add_argument("--force", action="store_true", help="also delete the spans that use it")
    q.set_defaults(handler=cmd_delete_label)

    p = sub.add_parser("assign", help="give each document to annotators, some to two")
    p.add_argument("--project", default=None)
    p.add_argument("--annotators", required=True, help="comma-separated names: a,b,c")
    p.add_argument(
        "--overlap",
        type=float,
        default=0.0,
        help="fraction of documents given to two annotators (0 to 1)",
    )
    p.add_argument("--seed", type=int, default=0, help="random seed (same seed, same split)")
    p.add_argument(
        "--independent",
        choices=["yes", "no"],
        default=None,
        help="independent annotation: annotators see only their own layers",
    )
    p.set_defaults(handler=cmd_assign)

    p = sub.add_parser("agreement", help="inter-annotator agreement on done documents")
    p.add_argument("--project", default=None)
    p.add_argument("--annotators", default=None, help="comma-separated names (default: all)")
    p.add_argument(
        "--kind",
        default=None,
        choices=[k.value for k in LabelKind],
        help="only labels of this kind",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_agreement)

    p = sub.add_parser("adjudicate", help="accept agreed spans and relations into the gold layer")
    p.add_argument("--project", default=None)
    p.add_argument(
        "--annotators",
        default=None,
        help="comma-separated names (default: everyone who finished the document)",
    )
    p.add_argument("--document", default=None, metavar="ID", help="only this document (its id)")
    p.set_defaults(handler=cmd_adjudicate)


def add_copy_command(db_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``copy`` to the ``db`` command group (listed in ``db.DB_COMMANDS``)."""
    q = db_sub.add_parser("copy", help="copy a whole database (e.g. SQLite to PostgreSQL)")
    q.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="SOURCE",
        help="database file or URL to copy",
    )
    q.add_argument(
        "--to",
        dest="target",
        required=True,
        metavar="TARGET",
        help="empty database file or URL to create",
    )
    q.set_defaults(handler=cmd_db_copy)


def _names(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [n.strip() for n in value.split(",") if n.strip()]


def cmd_schema_export(args: argparse.Namespace) -> int:
    from annotator.service.schemas import export_schema, schema_json

    with open_workspace(args) as ws:
        if args.file == "-":
            sys.stdout.write(schema_json(ws.project(args.project).schema))
            return 0
        schema = export_schema(ws, args.file, args.project)
    print(
        f"wrote schema {schema.name!r} ({len(schema.labels)} labels, "
        f"{len(schema.relation_types)} relation types) to {args.file}",
        file=sys.stderr,
    )
    return 0


def cmd_schema_import(args: argparse.Namespace) -> int:
    from annotator.service.schemas import import_schema, read_schema_file

    schema = read_schema_file(args.file)  # a bad file fails before the database is opened
    with open_workspace(args) as ws:
        change = import_schema(ws, schema, args.project, force=args.force)
    _print_change(change, args.project)
    return 0


def cmd_rename_label(args: argparse.Namespace) -> int:
    from annotator.service.schemas import rename_label

    with open_workspace(args) as ws:
        change = rename_label(ws, args.project, args.old, args.new)
    _print_change(change, change.project.name)
    return 0


def cmd_delete_label(args: argparse.Namespace) -> int:
    from annotator.service.schemas import delete_label

    with open_workspace(args) as ws:
        change = delete_label(ws, args.project, args.name, force=args.force)
    _print_change(change, change.project.name)
    return 0


def _print_change(change: object, project: str) -> None:
    from annotator.service.schemas import SchemaChange

    assert isinstance(change, SchemaChange)
    labels = len(change.project.schema.labels)
    if change.created:
        print(f"created project {project!r} with {labels} labels")
        return
    parts = [f"updated the schema of {project!r}: {labels} labels"]
    if change.labels_added:
        parts.append(f"added {', '.join(change.labels_added)}")
    if change.labels_renamed:
        parts.append("renamed " + ", ".join(f"{a} to {b}" for a, b in change.labels_renamed))
    if change.labels_removed:
        parts.append(f"removed {', '.join(change.labels_removed)}")
    if change.spans_removed or change.relations_removed:
        parts.append(
            f"deleted {change.spans_removed} spans and {change.relations_removed} relations"
        )
    print("; ".join(parts))


def cmd_assign(args: argparse.Namespace) -> int:
    from annotator.service.assignment import assign, set_independent

    names = _names(args.annotators) or []
    with open_workspace(args) as ws:
        report = assign(ws, args.project, names, overlap=args.overlap, seed=args.seed)
        if args.independent is not None:
            set_independent(ws, report.project, args.independent == "yes")
    print(
        f"assigned {report.documents} documents of {report.project!r}"
        f" ({report.overlapping} to two annotators)"
    )
    for name, count in report.per_annotator.items():
        print(f"  {name:<20} {count:>6}")
    for (a, b), count in report.per_pair.items():
        print(f"  {a} + {b}: {count} shared")
    if args.independent is not None:
        print(f"independent annotation: {args.independent}")
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    from annotator.service.agreement import agreement, format_report

    with open_workspace(args) as ws:
        report = agreement(ws, args.project, annotators=_names(args.annotators), kind=args.kind)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return 0


def cmd_adjudicate(args: argparse.Namespace) -> int:
    from annotator.service.adjudication import accept_agreed, curation

    names = _names(args.annotators)
    with open_workspace(args) as ws:
        project = ws.project(args.project)
        if args.document:
            docs = [ws.document_by_external_id(project.id, args.document).id]
        else:
            total = ws.count_documents(project.id)
            docs = [d.id for d in ws.list_documents(project.id, limit=max(total, 1))]
        spans = relations = compared = 0
        for doc_id in docs:
            items = curation(ws, doc_id, names)
            layers = {a for item in items for a in item.annotators}
            if len(names or layers) < 2:
                continue
            changes = accept_agreed(ws, doc_id, names)
            compared += 1
            spans += len(changes.spans_added)
            relations += len(changes.relations_added)
    if not compared:
        return fail("no document has two finished layers to compare")
    print(
        f"accepted {spans} agreed spans and {relations} relations into the gold layer"
        f" of {compared} documents"
    )
    return 0


def cmd_db_copy(args: argparse.Namespace) -> int:
    from annotator.service.dbcopy import copy_database

    report = copy_database(
        args.source,
        args.target,
        on_table=lambda name, n: print(f"  {name:<16} {n:>9}", file=sys.stderr),
    )
    print(
        f"copied {report.source} to {report.target}: "
        + ", ".join(f"{n} {name}" for name, n in report.counts.items() if n)
    )
    print(
        f"verified: row counts of {len(report.counts)} tables, "
        f"{report.documents_verified} text hashes, digest {report.digest[:16]}"
    )
    return 0
