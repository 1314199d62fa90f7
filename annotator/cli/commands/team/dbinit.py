"""``annotator db init``: create or upgrade the database and, on PostgreSQL, set up
the team's group roles and row-level security (added to the ``db`` group)."""

from __future__ import annotations

import argparse

from annotator.cli.common import EXIT_INPUT, fail, open_workspace


def add_init_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "init",
        help="create or upgrade the database; on PostgreSQL set up team roles and policies",
    )
    p.set_defaults(handler=cmd_db_init)


def cmd_db_init(args: argparse.Namespace) -> int:
    from annotator.service.roles import install_roles

    with open_workspace(args) as ws:
        setup = install_roles(ws)
        revision = ws.revision()
        where = ws.db.display
    if setup is None:
        print(f"{where} is at schema revision {revision} (SQLite: no team roles)")
        return 0
    if not setup.installed:
        return fail(
            f"{where} is at schema revision {revision}, but this login may not create "
            "roles: run `annotator db init` as the database owner with CREATEROLE "
            "or as a superuser",
            EXIT_INPUT,
        )
    groups = ", ".join(setup.groups[r] for r in ("annotator", "curator", "manager"))
    print(f"{where} is at schema revision {revision}; team roles: {groups}")
    print(f"row-level security is on; {setup.owner} (the owner) is a manager")
    return 0
