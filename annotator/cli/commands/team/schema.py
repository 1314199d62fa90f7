"""``annotator schema export|import|rename-label|delete-label``: a project's label schema."""

from __future__ import annotations

import argparse
import sys

from annotator.cli.common import open_workspace


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
