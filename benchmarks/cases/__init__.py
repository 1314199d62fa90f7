"""The benchmark cases, in the order they run and appear in the table.

Each module has ``CASES``: a list of ``(name, title, run)`` where ``run(ctx)`` returns
a :class:`benchmarks.harness.CaseResult`.
"""

from __future__ import annotations

MODULES = [
    "import_txt",
    "export",
    "agreement",
    "suggest",
    "gui",
    "team",
    "install_size",
]
