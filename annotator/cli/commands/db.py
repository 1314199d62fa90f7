"""``annotator db backup|restore|check``: copies and checks of the database file.

Each subcommand is added by one function in :data:`DB_COMMANDS`; another module
adds a subcommand to the ``db`` group by appending its own ``add(subparsers)`` here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from annotator.cli.commands.team import add_copy_command, add_init_command
from annotator.cli.common import EXIT_INPUT, fail
from annotator.service.maintenance import (
    backup_database,
    check_database,
    format_report,
    restore_database,
)
from annotator.service.search import rebuild_search_index
from annotator.storage import Database, DatabaseError, resolve_url
from annotator.storage.engine import DATABASE_ERRORS, database_failure, sqlite_path

SubParsers = argparse._SubParsersAction


def _add_backup(sub: SubParsers) -> None:
    p = sub.add_parser("backup", help="copy the database (SQLite online backup)")
    p.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="target file (default: a stamped copy in backups/ next to the database)",
    )
    p.set_defaults(handler=cmd_backup)


def _add_restore(sub: SubParsers) -> None:
    p = sub.add_parser(
        "restore", help="replace the database with a backup (checked; current one saved first)"
    )
    p.add_argument("file", metavar="FILE", help="the backup to restore")
    p.set_defaults(handler=cmd_restore)


def _add_check(sub: SubParsers) -> None:
    p = sub.add_parser(
        "check", help="integrity, foreign keys, texts, spans and relations; exit 2 on problems"
    )
    p.add_argument(
        "--rebuild-search",
        action="store_true",
        help="refill the full-text search index, the document totals, the document "
        "list's checkpoints and the stored token offsets from the documents first, then check",
    )
    p.set_defaults(handler=cmd_check)


DB_COMMANDS: list[Callable[[SubParsers], None]] = [
    _add_backup,
    _add_restore,
    _add_check,
    add_copy_command,
    add_init_command,
]


def register(sub: SubParsers) -> None:
    p = sub.add_parser("db", help="back up, restore or check the database")
    group = p.add_subparsers(dest="db_command", metavar="DB_COMMAND", required=True)
    for add in DB_COMMANDS:
        add(group)


def _database_file(args: argparse.Namespace) -> Path:
    path = sqlite_path(resolve_url(args.db))
    if path is None:
        raise DatabaseError(
            "this command works on SQLite database files (use pg_dump/pg_restore for PostgreSQL)"
        )
    return path


def cmd_backup(args: argparse.Namespace) -> int:
    target = backup_database(_database_file(args), Path(args.file) if args.file else None)
    print(f"backed up to {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    database = _database_file(args)
    result = restore_database(database, Path(args.file))
    if result.previous_saved_as:
        print(f"saved the current database as {result.previous_saved_as}")
    print(f"restored {database} from {result.restored_from} (schema revision {result.revision})")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        return fail(f"{path} does not exist")
    if getattr(args, "rebuild_search", False):
        writable = Database(url, upgrade=False)
        try:
            rebuild_search_index(writable)
        finally:
            writable.close()
        print("rebuilt the full-text search index")
    # No upgrade and no backup: a check must not change what it checks.
    database = Database(url, upgrade=False, read_only=path is not None)
    try:
        report = check_database(database)
    except DATABASE_ERRORS as exc:  # a damaged file can fail in any query; report it
        report = None
        message = str(database_failure(exc, url))
    finally:
        database.close()
    if report is None:
        return fail(message)
    print(format_report(report, database.display))
    return 0 if report.ok else EXIT_INPUT
