"""Entry point: parse the command line and dispatch to a command module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from annotator import __version__

if TYPE_CHECKING:
    from annotator.cli.window import WindowLoader
    from annotator.model.errors import AnnotatorError

# The command modules (and through them SQLAlchemy and the services) are imported only
# when a command runs: ``annotator`` alone paints its window first (see window_arguments).


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        description="Label entities, quotes and claims in Bengali news; export training data.",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $ANNOTATOR_DB or the user data folder)",
    )
    parser.add_argument(
        "--annotator", dest="global_annotator", metavar="NAME", help="annotator name for the window"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation headless in a temporary folder and exit",
    )
    from annotator.cli import commands

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in commands.MODULES:
        module.register(sub)
    return parser


def window_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """``--db`` and ``--annotator`` when the command line names nothing else (the window's
    start), read without loading the commands; ``None`` for anything else (the full
    parser then reads it, help and errors included)."""
    quick = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    quick.add_argument("--db")
    quick.add_argument("--annotator", dest="global_annotator")
    try:
        args, rest = quick.parse_known_args(argv)
    except SystemExit:
        return None
    return None if rest else args


def report_error(exc: AnnotatorError) -> int:
    """The one place the CLI shows an error of the family: one line, exit 2."""
    from annotator.cli.common import EXIT_INPUT, fail
    from annotator.model.errors import InputError

    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    message = "; ".join(lines) or type(exc).__name__
    if isinstance(exc, InputError) and exc.origin:
        # Exactly "file:line: reason", like a compiler, so editors can jump to it.
        print(message, file=sys.stderr)
        return EXIT_INPUT
    return fail(message, EXIT_INPUT)


def main(argv: Sequence[str] | None = None, *, window: WindowLoader | None = None) -> int:
    """Run one command line. ``window`` loads the window's face (the program passes it:
    see :mod:`annotator.app`); without it the window and ``screenshot`` say there is none."""
    quick = window_arguments(sys.argv[1:] if argv is None else argv)
    if quick is not None:
        from annotator.cli.window import run_window

        quick.window = window
        return run_window(quick)
    from annotator.model.errors import AnnotatorError

    parser = build_parser()
    args = parser.parse_args(argv)
    args.window = window
    handler = getattr(args, "handler", None)
    if args.self_test and handler is None:
        from annotator.cli.commands.selftest import cmd_self_test as handler
    try:
        if handler is None:
            from annotator.cli.window import run_window

            return run_window(args)
        if sys.stdin is not None and sys.stdin.isatty():
            from annotator.cli.common import ask_password
            from annotator.storage.engine import set_password_prompt

            set_password_prompt(ask_password)
        return int(handler(args) or 0)
    except AnnotatorError as exc:
        return report_error(exc)
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a file the command was given cannot be read or written
        from annotator.cli.common import EXIT_INPUT, fail
        from annotator.model.outputs import os_error_line

        return fail(os_error_line(exc), EXIT_INPUT)
    except KeyboardInterrupt:
        from annotator.cli.common import fail

        return fail("interrupted", 130)
    except Exception as exc:
        from annotator.storage.engine import DATABASE_ERRORS, database_failure, resolve_url

        if isinstance(exc, DATABASE_ERRORS):  # damaged file, lost connection, refused value
            return report_error(database_failure(exc, resolve_url(args.db)))
        raise
