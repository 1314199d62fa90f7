"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
import sys

from annotator.service import Workspace
from annotator.service import open_workspace as service_open_workspace
from annotator.storage import resolve_url
from annotator.storage.engine import default_database_path

EXIT_INPUT = 2


def fail(message: str, status: int = EXIT_INPUT) -> int:
    print(f"annotator: {message}", file=sys.stderr)
    return status


def ask_password(prompt: str) -> str:
    """A PostgreSQL password typed at the terminal (not echoed, never stored)."""
    import getpass

    return getpass.getpass(prompt)


def is_default_database(args: argparse.Namespace) -> bool:
    return resolve_url(args.db) == resolve_url(str(default_database_path()))


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The workspace for ``--db``; the default database gets the Demo project on first run."""
    return service_open_workspace(args.db, seed_demo=is_default_database(args))
