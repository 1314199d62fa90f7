"""``annotator agreement``: inter-annotator agreement on done documents."""

from __future__ import annotations

import argparse
import json

from annotator.cli.commands.team.names import names as _names
from annotator.cli.common import open_workspace
from annotator.model import LabelKind


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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


def cmd_agreement(args: argparse.Namespace) -> int:
    from annotator.service.agreement import agreement, format_report

    with open_workspace(args) as ws:
        report = agreement(ws, args.project, annotators=_names(args.annotators), kind=args.kind)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return 0
