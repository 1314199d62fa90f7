"""``annotator validate FILE``: check a dataset file without a database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.cli.common import EXIT_INPUT
from annotator.formats.registry import help_line, validatable
from annotator.formats.validate import validate_path
from annotator.model.errors import NotFound


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    p = sub.add_parser("validate", help="check a dataset file (offsets, clusters, BIO tags)")
    p.add_argument("file", metavar="FILE", help="data file, brat folder or .zip")
    p.add_argument(
        "--format",
        default=None,
        choices=validatable(),
        help="the file's format (default: from the export's card or the file itself). "
        + help_line(validatable()),
    )
    p.add_argument(
        "--offset-unit",
        default=None,
        choices=["codepoint", "utf16"],
        help="doccano offsets (default: from the export's card, else utf16)",
    )
    p.set_defaults(handler=cmd_validate)


def cmd_validate(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if args.file != "-" and not path.exists() and not path.is_symlink():
        raise NotFound(f"{path}: no such file or folder")
    fmt, problems = validate_path(path, args.format, args.offset_unit)
    for origin, reason in problems:
        print(f"{origin}: {reason}", file=sys.stderr)
    if problems:
        noun = "problem" if len(problems) == 1 else "problems"
        kind = f" ({fmt})" if fmt and fmt != "?" else ""
        print(f"annotator: {len(problems)} {noun} in {path}{kind}", file=sys.stderr)
        return EXIT_INPUT
    print(f"{path}: valid {fmt}")
    return 0
