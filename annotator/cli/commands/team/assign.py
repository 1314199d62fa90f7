"""``annotator assign``: give each document to annotators, some to two."""

from __future__ import annotations

import argparse

from annotator.cli.commands.team.names import names as _names
from annotator.cli.common import open_workspace


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
