"""What opening a database in the window does besides showing it: today's backup and the
quick integrity check. Both read the whole file, so the window runs them on a pool
thread (:mod:`annotator.gui.open_checks`) on a workspace of their own."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from annotator.service.maintenance import backup_on_open, quick_check
from annotator.service.workspace import Workspace


@dataclass(frozen=True)
class OpenChecks:
    backup: Path | None  # today's new copy (None: none needed, or it failed: logged)
    problems: list[str] = field(default_factory=list)  # empty: the check found nothing


def run_open_checks(url: str, *, backup: bool = True) -> OpenChecks:
    """Make today's backup (``backup``) and run the quick check, on connections of this
    thread; a check that cannot run is itself reported as a problem."""
    with Workspace(url) as ws:
        made = backup_on_open(ws) if backup and not ws.read_only else None
        try:
            problems = quick_check(ws)
        except Exception as exc:
            problems = [f"the check could not run: {exc}"]
    return OpenChecks(made, problems)
