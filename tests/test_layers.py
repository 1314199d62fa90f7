"""The core knows no screen: only annotator/gui may import Qt (or the gui package)."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "annotator"
CORE = ["text", "model", "storage", "formats", "service", "selftest", "cli"]
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


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {
    _module_name(p): p
    for p in PACKAGE.rglob("*.py")
    if "migrations" not in p.relative_to(PACKAGE).parts
}
DYNAMIC = ("import_module", "__import__")
# The one door into the window from outside it: the program (app.py, above both faces)
# hands the command line a loader of the window's launcher.
LAUNCHER = "annotator.gui.launcher"
LAUNCHER_USERS = {"app.py"}


def _imports(path: Path) -> list[str]:
    """Every module a file imports: top level, inside functions, under TYPE_CHECKING,
    and by ``importlib.import_module("...")``; ``from pkg import mod`` names ``pkg.mod``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    me = path.relative_to(PACKAGE.parent).with_suffix("").parts
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve it against the file's package
                base = ".".join([*me[: -node.level], node.module or ""]).rstrip(".")
            else:
                base = node.module or ""
            modules = [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in MODULES]
            if len(modules) < len(node.names):  # some names are the package's own
                names.append(base)
            names += modules
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if (
                called in DYNAMIC
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                names.append(first.value)
    return names


def test_no_module_outside_gui_imports_qt_or_gui() -> None:
    """Only annotator/gui imports Qt or the window; the program (app.py) reaches the
    window through the launcher alone, and the CLI not at all."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "gui":
            continue
        for name in _imports(path):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                offenders.append(f"{rel}: imports {name}")
            elif name.startswith("annotator.gui"):
                launcher = name == LAUNCHER
                if not (launcher and rel.as_posix() in LAUNCHER_USERS):
                    offenders.append(f"{rel}: imports {name}")
        # The grep half: dynamic imports of Qt hidden in strings count too.
        source = path.read_text(encoding="utf-8")
        for lineno, line in enumerate(source.splitlines(), 1):
            if QT_IMPORT.search(line.split("#", 1)[0]):
                offenders.append(f"{rel}:{lineno}: {line.strip()}")
    assert offenders == [], "\n".join(offenders)


def test_the_launcher_is_the_only_door_and_it_is_used() -> None:
    """The whitelist is not dead: app.py does start the window through it."""
    for rel in LAUNCHER_USERS:
        assert LAUNCHER in _imports(PACKAGE / rel)
    assert (PACKAGE / "gui" / "launcher.py").is_file()


def _import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        targets = set()
        for name in _imports(path):
            while name and name not in MODULES:  # "pkg.Class" -> the module "pkg"
                name = name.rpartition(".")[0]
            if name and name != module:
                targets.add(name)
        graph[module] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_import_cycles() -> None:
    """No module imports one that imports it back, counting imports inside functions
    and under TYPE_CHECKING (a circle hidden in a function is still a circle)."""
    cycles = _cycles(_import_graph())
    assert cycles == [], "\n".join(" <-> ".join(c) for c in cycles)


def test_the_cycle_finder_finds_cycles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"x": {"y"}, "y": set()}) == []


def test_layers_point_down() -> None:
    """text <- model <- storage/formats <- service <- selftest <- cli/gui; never upward."""
    allowed = {
        "text": {"text"},
        "model": {"text", "model"},
        "storage": {"text", "model", "storage"},
        "formats": {"text", "model", "formats"},
        "service": {"text", "model", "storage", "formats", "service"},
        "selftest": {"text", "model", "storage", "formats", "service", "selftest"},
        "cli": {"text", "model", "storage", "formats", "service", "selftest", "cli"},
    }  # gui may import every floor; cli reaches the window only by the launcher (above)
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


SESSION_CALLS = {"add", "add_all", "delete", "execute", "flush", "get", "scalar", "scalars"}
ROW_CALLS = {"span_row", "state_row"}


def test_the_service_changes_no_row_itself() -> None:
    """Row changes and queries happen inside storage: the service calls no session
    method (``s.add``, ``s.flush``, ``s.execute``...) and takes no ORM row to change."""
    offenders = []
    for path in sorted((PACKAGE / "service").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            owner, name = node.func.value, node.func.attr
            session = (isinstance(owner, ast.Name) and owner.id in ("s", "session")) or (
                isinstance(owner, ast.Attribute) and owner.attr == "s"
            )
            if (session and name in SESSION_CALLS) or name in ROW_CALLS:
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: .{name}(...)")
    assert offenders == [], "\n".join(offenders)
