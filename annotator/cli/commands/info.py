"""``annotator info`` and ``annotator stats``."""

from __future__ import annotations

import argparse
import json

from annotator.cli.common import open_workspace
from annotator.service.stats import database_info, project_stats


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    p = sub.add_parser("info", help="database location, schema revision and counts")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_info)
    p = sub.add_parser("stats", help="documents by status and spans by label")
    p.add_argument("--project", help="project name (default: every project)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_stats)


def cmd_info(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        info = database_info(ws)
        info["projects_list"] = [p.name for p in ws.projects()]
        who = ws.identity()
        if who.team:  # PostgreSQL with team roles: who is logged in, and as what
            info["login"], info["role"] = who.login, who.role
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(f"database:   {info['database']}")
    print(f"revision:   {info['revision']} (this version: {info['head']})")
    if info["read_only"]:
        print("mode:       read-only")
    if "login" in info:
        print(f"logged in:  {info['login']} ({info['role']})")
    print(f"projects:   {info['projects']} ({', '.join(info['projects_list']) or '-'})")
    for key in ("documents", "annotators", "spans", "relations"):
        print(f"{key + ':':<11} {info[key]}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        projects = [ws.project(args.project)] if args.project else ws.projects()
        result = {p.name: project_stats(ws, p.id) for p in projects}
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    for name, stats in result.items():
        print(f"{name}: {stats['documents']} documents, {stats['relations']} relations")
        for annotator, counts in stats["status"].items():
            parts = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
            print(f"  {annotator}: {parts}")
        for label, count in stats["spans"].items():
            print(f"  {label:<10} {count:>7}")
    return 0
