"""``annotator --self-test`` (also ``annotator self-test``): check this installation.

Prints one line per check and exits 0 only if every check passed, so the smoke test,
CI and users' bug reports can all run it.
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import sys
from pathlib import Path

from annotator import __version__
from annotator.cli.common import fail
from annotator.selftest import Check, run_self_test

EXIT_FAILED = 1


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    p = sub.add_parser(
        "self-test", help="check this installation headless in a temporary folder (= --self-test)"
    )
    p.add_argument(
        "--keep",
        metavar="DIR",
        type=Path,
        help="work in DIR and keep the database and exports there",
    )
    p.add_argument("--verbose", action="store_true", help="print tracebacks of failed checks")
    p.set_defaults(handler=cmd_self_test)


def install_kind() -> str:
    """How this copy of Annotator is installed: frozen, wheel or source checkout."""
    if getattr(sys, "frozen", False):
        return "frozen"
    from annotator.resources import resource_path

    try:
        root = resource_path()
    except FileNotFoundError:
        return "incomplete"
    return "wheel" if root.name == "_resources" else "source"


def _print(check: Check) -> None:
    mark = "ok  " if check.ok else "FAIL"
    first, *rest = check.detail.splitlines() or [""]
    print(f"  {mark}  {check.name:<22} {first}", flush=True)
    for line in rest:
        print(f"        {line}", flush=True)


def _window_check() -> Check:
    """The window's code and Qt are present (imports nothing: the run stays headless)."""
    qt = importlib.util.find_spec("PySide6")
    if qt is None:
        return Check("window", False, "PySide6 is not installed: the window cannot start")
    try:
        gui = importlib.util.find_spec("annotator.gui.app")
    except ModuleNotFoundError:
        gui = None
    if gui is None:
        return Check("window", False, "annotator.gui.app is missing: the window cannot start")
    where = Path(qt.origin).parent if qt.origin else "?"
    return Check("window", True, f"annotator.gui.app and PySide6 ({where})")


def cmd_self_test(args: argparse.Namespace) -> int:
    if hasattr(sys.stdout, "reconfigure"):  # a bug report must print even in a C locale
        sys.stdout.reconfigure(errors="backslashreplace")
    keep = getattr(args, "keep", None)
    if keep is not None and keep.exists() and (not keep.is_dir() or any(keep.iterdir())):
        return fail(f"{keep} is not an empty folder; --keep needs a new or empty one")
    verbose = bool(getattr(args, "verbose", False))
    print(
        f"annotator {__version__} self-test ({install_kind()}, Python "
        f"{platform.python_version()}, {platform.system()} {platform.machine()})",
        flush=True,
    )
    report = run_self_test(keep, echo=_print, verbose=verbose)
    window = _window_check()
    _print(window)
    checks = [*report.checks, window]
    failed = [c for c in checks if not c.ok]
    if failed:
        names = ", ".join(c.name for c in failed)
        print(f"self-test FAILED: {len(failed)} of {len(checks)} checks ({names})", flush=True)
        return EXIT_FAILED
    print(f"self-test passed: {len(checks)} checks in {report.seconds:.2f} s", flush=True)
    return 0
