"""``annotator suggest train|apply|evaluate``: the recommenders from the command line."""

from __future__ import annotations

import argparse
import json

from annotator.cli.common import fail, open_workspace
from annotator.service import NotFound
from annotator.service.suggest.base import RECOMMENDERS
from annotator.service.suggest.metrics import format_table


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    p = sub.add_parser("suggest", help="train recommenders and store suggestions")
    group = p.add_subparsers(dest="suggest_command", metavar="ACTION", required=True)

    t = group.add_parser(
        "train", help="train the tagger on the gold layer and print its hold-out scores"
    )
    t.add_argument("--project", default=None)
    t.add_argument(
        "--from",
        dest="source",
        choices=["gold", "done"],
        default=None,
        help="learn from the gold layer or the done layers (default: gold if any, else done)",
    )
    t.add_argument(
        "--holdout", type=float, default=0.2, help="share of documents held out (default 0.2)"
    )
    t.add_argument("--seed", type=int, default=0, help="seed of the hold-out split (default 0)")
    t.add_argument("--json", action="store_true", help="print the scores as JSON")
    t.set_defaults(handler=cmd_train)

    a = group.add_parser("apply", help="store suggestions for documents (pre-annotate a batch)")
    a.add_argument("--project", default=None)
    a.add_argument(
        "--document",
        action="append",
        default=[],
        metavar="ID",
        help="document id or external id (repeat; default: every document of the project)",
    )
    a.add_argument(
        "--recommender", choices=[*RECOMMENDERS, "all"], default="all", help="default: all"
    )
    a.set_defaults(handler=cmd_apply)

    e = group.add_parser(
        "evaluate", help="precision, recall and F1 of each recommender on the hold-out"
    )
    e.add_argument("--project", default=None)
    e.add_argument("--json", action="store_true", help="print JSON")
    e.set_defaults(handler=cmd_evaluate)


def cmd_train(args: argparse.Namespace) -> int:
    import os

    from annotator.service.suggestions import BACKGROUND_ENV, lower_priority, train

    if os.environ.get(BACKGROUND_ENV):  # started by the window: never compete with it
        lower_priority()

    with open_workspace(args) as ws:
        project = ws.project(args.project)
        report = train(ws, project, source=args.source, holdout=args.holdout, seed=args.seed)
    if args.json:
        metrics = {k: v for k, v in report.metrics.items() if k != "holdout_keys"}
        print(
            json.dumps(
                {
                    "project": project.name,
                    "model_id": report.model_id,
                    "from": report.source,
                    "gold_spans": report.gold_spans,
                    **metrics,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(report.table())
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    from annotator.service.suggestions import apply

    with open_workspace(args) as ws:
        project = ws.project(args.project)
        ids = []
        for value in args.document:
            # An external id (as in exported JSONL) first; else a database id.
            try:
                doc = ws.document_by_external_id(project.id, value)
            except NotFound:
                if not value.isdigit():
                    raise
                doc = ws.document(int(value))
                if doc.project_id != project.id:
                    return fail(f"document {value} is not in project {project.name!r}")
            ids.append(doc.id)
        counts = apply(ws, project, document_ids=ids or None, recommender=args.recommender)
    summary = ", ".join(f"{name} {n}" for name, n in counts.items())
    print(f"stored suggestions in {project.name!r}: {summary}")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from annotator.service.suggestions import evaluate

    with open_workspace(args) as ws:
        result = evaluate(ws, ws.project(args.project))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(
        f"{result['project']}: {result['holdout_documents']} held-out documents "
        f"({result['trained_on']} layer)"
    )
    for name, table in result["recommenders"].items():
        print()
        print(format_table(table, name))
    return 0


def import_as_suggestions(args: argparse.Namespace) -> int:
    """``annotator import --as-suggestions FILE``: predictions become suggestions."""
    from annotator.formats.suggestions import read_predictions
    from annotator.service.suggestions import import_suggestions

    if args.skip_invalid or args.normalize:
        return fail("--as-suggestions takes no --skip-invalid or --normalize")
    fmt = "jsonl" if args.format == "spans" else args.format
    if args.offset_unit is not None:
        from annotator.formats.registry import unit_formats, unit_reader

        fmt = unit_reader(fmt, args.offset_unit)
        if fmt is None:
            return fail(f"--offset-unit applies to --format {'/'.join(unit_formats())} only")
    with open_workspace(args) as ws:
        project = args.project or ws.import_project_name()
        kind = fmt
        if fmt == "auto":
            json_file = any(path.endswith(".json") for path in args.paths)
            kind = "label-studio" if json_file else "jsonl"
        report = import_suggestions(
            ws,
            read_predictions(args.paths, fmt),
            project=project,
            recommender=f"import:{kind}"[:40],
        )
    print(
        f"imported {report.suggestions} suggestions into {project!r} "
        f"({report.documents_matched} documents found, {report.documents_added} added); "
        "no annotator's layer was changed"
    )
    return 0


def export_suggestions(args: argparse.Namespace) -> int:
    """``annotator export --suggestions -o OUT``: the suggestion layer as JSONL."""
    import sys
    from pathlib import Path

    from annotator.service.suggestions import export_suggestions as write

    if args.format != "spans" or args.gold or args.annotator or args.split:
        return fail("--suggestions writes native JSONL only, without --gold, --annotator, --split")
    with open_workspace(args) as ws:
        project = ws.project(args.project)
        if args.output == "-":
            docs, n = write(ws, project, sys.stdout)
        else:
            out = Path(args.output)
            tmp = out.with_name(out.name + ".part")
            with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
                docs, n = write(ws, project, handle)
            tmp.replace(out)
    print(f"exported {n} suggestions of {docs} documents from {project.name!r}", file=sys.stderr)
    return 0
