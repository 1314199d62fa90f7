"""``annotator db copy``: a whole database, e.g. SQLite to PostgreSQL (added to ``db``)."""

from __future__ import annotations

import argparse
import sys


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
