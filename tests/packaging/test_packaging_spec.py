"""The PyInstaller spec: it parses, and it lists everything the app loads at run time.

The spec is executed with PyInstaller's build classes replaced by recorders, so the
test needs neither PyInstaller nor a build.
"""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
import tomllib
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "annotator.spec"


class Recorder:
    """Stands in for Analysis, PYZ, EXE, COLLECT and BUNDLE: keeps its arguments."""

    made: list[Recorder]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.made.append(self)
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[Any] = []
        self.scripts: list[Any] = []


def _collect_submodules(package: str, filter: Any = None) -> list[str]:
    module = importlib.import_module(package)
    names = [package] + [
        info.name for info in pkgutil.walk_packages(module.__path__, package + ".")
    ]
    return [n for n in names if filter is None or filter(n)]


LINKS: dict[str, list[str]] = {}  # what the fake ldd says each file links


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str = "linux") -> dict[str, Any]:
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda src: [(n, f"/lib/{n}") for n in LINKS.get(src, [])]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PyInstaller.depend", types.ModuleType("PyInstaller.depend"))
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = _collect_submodules  # type: ignore[attr-defined]
    hooks.collect_data_files = lambda name: [
        (f"/site-packages/{name}/templates", f"{name}/templates")
    ]  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda name: [(f"/site-packages/{name}.dist-info", f"{name}.dist-info")]  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    made: list[Recorder] = []
    namespace: dict[str, Any] = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC)}
    for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[name] = type(name, (Recorder,), {"made": made})
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    exec(code, namespace)
    namespace["_made"] = made
    return namespace


def test_name_and_version_come_from_pyproject(monkeypatch: pytest.MonkeyPatch) -> None:
    ns = run_spec(monkeypatch)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert (ns["NAME"], ns["VERSION"]) == (project["name"], project["version"])


def test_data_files_cover_what_the_app_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    ns = run_spec(monkeypatch)
    datas = [(Path(src), dest) for src, dest in ns["DATAS"] if not src.startswith("/site-")]
    for src, _dest in datas:
        assert src.exists(), f"{src} is listed in the spec but missing"
    bundled = {
        str(Path(dest) / path.relative_to(src)) if src.is_dir() else str(Path(dest) / src.name)
        for src, dest in datas
        for path in (src.rglob("*") if src.is_dir() else [src])
        if path.is_file()
    }
    expected = [
        "resources/fonts/NotoSansBengali-Regular.ttf",
        "resources/fonts/NotoSansBengali-Bold.ttf",
        "resources/fonts/OFL.txt",
        "resources/icons/annotator.svg",
        "resources/icons/hicolor/scalable/apps/annotator.svg",
        "resources/icons/hicolor/256x256/apps/annotator.png",
        "resources/schemas/bengali-news.schema.json",
        "seeds/kim-putin-letter.bn.txt",
        "seeds/kim-putin-letter.spans.jsonl",
        "annotator/storage/migrations/env.py",
        "annotator/storage/migrations/script.py.mako",
        "annotator/text/data/bijoy.tsv",
        "resources/i18n/annotator_bn.qm",
    ]
    for path in expected:
        assert path in bundled, path
    versions = ROOT / "annotator" / "storage" / "migrations" / "versions"
    for script in versions.glob("*.py"):
        assert f"annotator/storage/migrations/versions/{script.name}" in bundled
    assert any(dest == "annotator.dist-info" for _src, dest in ns["DATAS"])
    assert any(dest == "docx/templates" for _src, dest in ns["DATAS"])


def test_lazily_imported_modules_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    ns = run_spec(monkeypatch)
    hidden = set(ns["HIDDEN"])
    assert {
        "annotator.cli.commands.selftest",
        "annotator.formats.native",
        "PySide6.QtWidgets",
        "alembic.op",
    } <= hidden
    if (ROOT / "annotator" / "gui" / "app.py").exists():
        assert "annotator.gui.app" in hidden
    analysis = next(r for r in ns["_made"] if type(r).__name__ == "Analysis")
    assert analysis.args[0] == [str(ROOT / "packaging" / "launch.py")]
    assert "tkinter" in analysis.kwargs["excludes"]


def test_only_the_needed_qt_plugins_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    wanted = run_spec(monkeypatch)["_wanted"]
    plugins = "PySide6/Qt/plugins"
    for kept in (
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqoffscreen.so",
        "imageformats/libqsvg.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
    ):
        assert wanted(f"{plugins}/{kept}"), kept
    for dropped in (
        "platforms/libqeglfs.so",
        "platforms/libqvnc.so",
        "imageformats/libqpdf.so",
        "qmltooling/libqmldbg_debugger.so",
        "sqldrivers/libqsqlite.so",
        "platformthemes/libqgtk3.so",
    ):
        assert not wanted(f"{plugins}/{dropped}"), dropped
    assert not wanted("PySide6/Qt/lib/libQt6Pdf.so.6")
    assert not wanted("libQt6Network.so.6")  # the top-level symlink too
    assert wanted("PySide6/Qt/lib/libQt6Widgets.so.6")
    assert wanted("PySide6/Qt/translations/qtbase_de.qm")
    assert not wanted("PySide6/Qt/translations/qtdeclarative_de.qm")


def test_libraries_only_dropped_plugins_needed_are_pruned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prune = run_spec(monkeypatch)["_prune_unreachable"]
    LINKS.update(
        {
            "/src/QtGui.abi3.so": ["libQt6Gui.so.6", "libfreetype.so.6"],
            "/src/libqxcb.so": ["libxcb-cursor.so.0"],
        }
    )
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libfreetype.so.6", "/src/libfreetype.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libpango-1.0.so.0", "/src/libpango-1.0.so.0", "BINARY"),  # only qgtk3 used it
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),  # target gone
    ]
    try:
        kept = {dest for dest, _src, _kind in prune(binaries)}
    finally:
        LINKS.clear()
    assert kept == {
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libfreetype.so.6",
        "libxcb-cursor.so.0",
        "libQt6Gui.so.6",
    }


def test_windows_and_macos_get_a_gui_and_a_console_executable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for platform, icon in (("win32", "annotator.ico"), ("darwin", "annotator.icns")):
        made = run_spec(monkeypatch, platform)["_made"]
        exes = [r for r in made if type(r).__name__ == "EXE"]
        assert sorted((e.kwargs["name"], e.kwargs["console"]) for e in exes) == [
            ("Annotator", False),
            ("annotator-cli", True),
        ]
        assert all(e.kwargs["icon"].endswith(icon) for e in exes)
        bundles = [r for r in made if type(r).__name__ == "BUNDLE"]
        if platform == "darwin":
            [bundle] = bundles
            assert bundle.kwargs["name"] == "Annotator.app"
            assert bundle.kwargs["icon"].endswith("annotator.icns")
            assert bundle.kwargs["bundle_identifier"] == "io.github.annotator.Annotator"
        else:
            assert not bundles


def test_linux_gets_one_console_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    made = run_spec(monkeypatch)["_made"]
    [exe] = [r for r in made if type(r).__name__ == "EXE"]
    assert (exe.kwargs["name"], exe.kwargs["console"]) == ("annotator", True)
    assert not [r for r in made if type(r).__name__ == "BUNDLE"]


@pytest.mark.parametrize("script", ["build", "smoke-test"])
def test_shell_scripts_parse(script: str) -> None:
    path = ROOT / "packaging" / script
    assert path.stat().st_mode & 0o111, f"{path} is not executable"
    subprocess.run(["bash", "-n", str(path)], check=True)


def test_measure_startup_compiles() -> None:
    path = ROOT / "packaging" / "measure-startup"
    compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_packaging_folder_does_not_shadow_the_packaging_library() -> None:
    assert not (ROOT / "packaging" / "__init__.py").exists()
    assert not (ROOT / "tests" / "packaging" / "__init__.py").exists()
