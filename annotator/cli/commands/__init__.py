"""One module per group of subcommands; each has ``register(subparsers)``.

Modules are discovered, so adding a command group means adding a module here.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def _discover() -> list[ModuleType]:
    modules = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            module = importlib.import_module(f"{__name__}.{info.name}")
            if hasattr(module, "register"):
                modules.append(module)
    return modules


MODULES = _discover()
