"""``annotator team add|set-role|remove|list``: the members of a team on PostgreSQL.

Each member is a database login with one team role (annotator, curator, manager);
see :mod:`annotator.service.roles`. A generated initial password is printed once on
stdout and stored nowhere else; ``--password-stdin`` reads one instead.
"""

from __future__ import annotations

import argparse
import json
import sys

from annotator.cli.common import open_workspace
from annotator.model.errors import InvalidInput

ROLE_CHOICES = ("annotator", "curator", "manager")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "team", help="members and their roles on a shared PostgreSQL database (managers)"
    )
    team = p.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    q = team.add_parser("add", help="give NAME a login and a role in this database")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--role", required=True, choices=ROLE_CHOICES)
    q.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the initial password from the first line of stdin "
        "(default: generate one and print it once)",
    )
    q.set_defaults(handler=cmd_team_add)
    q = team.add_parser("set-role", help="change a member's role")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--role", required=True, choices=ROLE_CHOICES)
    q.set_defaults(handler=cmd_team_set_role)
    q = team.add_parser(
        "remove", help="revoke NAME's access to this database (the layers are kept)"
    )
    q.add_argument("name", metavar="NAME")
    q.set_defaults(handler=cmd_team_remove)
    q = team.add_parser("list", help="every member and annotator with their role")
    q.add_argument("--json", action="store_true", help="one JSON array on stdout")
    q.set_defaults(handler=cmd_team_list)


def _password_from_stdin() -> str:
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise InvalidInput("--password-stdin: stdin gave no password (an empty first line)")
    return line


def cmd_team_add(args: argparse.Namespace) -> int:
    from annotator.service.roles import add_member

    password = _password_from_stdin() if args.password_stdin else None
    with open_workspace(args) as ws:
        added = add_member(ws, args.name, args.role, password)
    if not added.login_created:
        print(
            f"added {added.name} as {added.role}; the login {added.name} existed on this "
            "server and keeps its password"
        )
    elif added.password is not None:
        print(f"added {added.name} as {added.role} with a new login")
        print(f"initial password for {added.name} (shown once, stored nowhere): {added.password}")
        print(f"{added.name} changes it with: psql -c '\\password' (or ALTER ROLE ... PASSWORD)")
    else:
        print(f"added {added.name} as {added.role} with a new login and the password given")
    return 0


def cmd_team_set_role(args: argparse.Namespace) -> int:
    from annotator.service.roles import set_member_role

    with open_workspace(args) as ws:
        before = set_member_role(ws, args.name, args.role)
    print(f"{args.name}: {before or 'no role'} -> {args.role}")
    return 0


def cmd_team_remove(args: argparse.Namespace) -> int:
    from annotator.service.roles import remove_member

    with open_workspace(args) as ws:
        removed = remove_member(ws, args.name)
    print(
        f"removed {removed.name}: the login can no longer connect to this database; "
        f"the layers are kept ({removed.spans_kept} spans)"
        + (f"; ended {removed.sessions_ended} open sessions" if removed.sessions_ended else "")
    )
    return 0


def cmd_team_list(args: argparse.Namespace) -> int:
    from annotator.service.roles import list_members

    with open_workspace(args) as ws:
        found = list_members(ws)
    if args.json:
        rows = [{"name": m.name, "role": m.role, "login": m.login} for m in found]
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for member in found:
        role = member.role or "-"
        note = "" if member.login else "  (no login: layers only)"
        print(f"{member.name:<24} {role:<10}{note}")
    return 0
