"""``annotator`` with no subcommand: open the window (imports Qt only here, lazily)."""

from __future__ import annotations

import argparse
import importlib


def run_window(args: argparse.Namespace) -> int:
    try:
        app = importlib.import_module("annotator.gui.app")
    except ImportError as exc:
        from annotator.cli.common import fail

        return fail(f"the window cannot start: {exc}", 1)
    return int(app.run(args.db, args.global_annotator))
