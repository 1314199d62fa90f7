"""The core knows no screen: only annotator/gui may import Qt (or the gui package)."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "annotator"
CORE = ["text", "model", "storage", "formats", "service", "cli"]
# import PySide6 / from PySide6... / import_module("PySide6...") / __import__("shiboken6")
QT_IMPORT = re.compile(
    r"^\s*(?:import|from)\s+(?:PySide6|shiboken6)\b"
    r"|(?:import_module|__import__)\(\s*[\"'](?:PySide6|shiboken6)"
)

IMPORT_ALL = """
import importlib, json, pkgutil, sys
import annotator
failed = []
names = []
for sub in %r:
    pkg = importlib.import_module("annotator." + sub)
    names.append(pkg.__name__)
    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        if ".migrations" in info.name:
            continue  # Alembic scripts run only inside Alembic's context
        try:
            importlib.import_module(info.name)
        except Exception as exc:
            failed.append(f"{info.name}: {exc!r}")
        names.append(info.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
gui = sorted(m for m in sys.modules if m.startswith("annotator.gui"))
print(json.dumps({"modules": names, "failed": failed, "qt": qt, "gui": gui}))
"""


def test_core_packages_import_without_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL % (CORE,)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["failed"] == []
    assert len(result["modules"]) > 20
    assert "annotator.cli.main" in result["modules"]
    assert "annotator.service.workspace" in result["modules"]
    assert result["qt"] == [], f"Qt was imported by a core module: {result['qt']}"
    assert result["gui"] == []


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            # a relative import from inside annotator: resolve it against the file's package
            parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level]
            names.append(".".join([*parts, node.module or ""]).rstrip("."))
    return names


def test_no_module_outside_gui_imports_qt_or_gui() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "gui":
            continue
        for name in _imports(path):
            if name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith("annotator.gui"):
                offenders.append(f"{rel}: imports {name}")
        # The grep half: dynamic imports of Qt hidden in strings count too.
        source = path.read_text(encoding="utf-8")
        for lineno, line in enumerate(source.splitlines(), 1):
            if QT_IMPORT.search(line.split("#", 1)[0]):
                offenders.append(f"{rel}:{lineno}: {line.strip()}")
    assert offenders == [], "\n".join(offenders)


def test_layers_point_down() -> None:
    """text <- model <- storage/formats <- service <- cli/gui; never upward."""
    allowed = {
        "text": {"text"},
        "model": {"text", "model"},
        "storage": {"text", "model", "storage"},
        "formats": {"text", "model", "formats"},
        "service": {"text", "model", "storage", "formats", "service"},
        "cli": {"text", "model", "storage", "formats", "service", "cli"},
    }
    offenders = []
    for layer, ok in allowed.items():
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for name in _imports(path):
                parts = name.split(".")
                if parts[0] != "annotator" or len(parts) < 2:
                    continue
                target = parts[1]
                if target in allowed and target not in ok:
                    offenders.append(f"{path.relative_to(PACKAGE)}: imports {name}")
    assert offenders == [], "\n".join(offenders)


def test_the_grep_catches_dynamic_qt_imports() -> None:
    assert QT_IMPORT.search("from PySide6.QtCore import Qt")
    assert QT_IMPORT.search("    import shiboken6")
    assert QT_IMPORT.search('gui = importlib.import_module("PySide6.QtGui")')
    assert not QT_IMPORT.search('qt = importlib.util.find_spec("PySide6")')
    assert not QT_IMPORT.search('"PySide6-Essentials>=6.7,<6.12"')


def test_the_service_never_touches_rows_or_sql() -> None:
    """Storage owns every SQL statement: the service sees domain types only."""
    offenders = []
    for path in sorted((PACKAGE / "service").rglob("*.py")):
        for name in _imports(path):
            if name.split(".")[0] == "sqlalchemy" or name.startswith("annotator.storage.orm"):
                offenders.append(f"{path.relative_to(PACKAGE)}: imports {name}")
    assert offenders == [], "\n".join(offenders)
