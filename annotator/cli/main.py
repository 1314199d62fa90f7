"""Entry point: parse the command line and dispatch to a command module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from annotator import __version__
from annotator.cli import commands
from annotator.cli.common import EXIT_INPUT, fail
from annotator.model.errors import AnnotatorError, InputError
from annotator.model.outputs import os_error_line


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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in commands.MODULES:
        module.register(sub)
    return parser


def report_error(exc: AnnotatorError) -> int:
    """The one place the CLI shows an error of the family: one line, exit 2."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    message = "; ".join(lines) or type(exc).__name__
    if isinstance(exc, InputError) and exc.origin:
        # Exactly "file:line: reason", like a compiler, so editors can jump to it.
        print(message, file=sys.stderr)
        return EXIT_INPUT
    return fail(message, EXIT_INPUT)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if args.self_test and handler is None:
        from annotator.cli.commands.selftest import cmd_self_test as handler
    try:
        if handler is None:
            from annotator.cli.window import run_window

            return run_window(args)
        return int(handler(args) or 0)
    except AnnotatorError as exc:
        return report_error(exc)
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a file the command was given cannot be read or written
        return fail(os_error_line(exc), EXIT_INPUT)
    except KeyboardInterrupt:
        return fail("interrupted", 130)


if __name__ == "__main__":
    sys.exit(main())
