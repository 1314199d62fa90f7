"""The interface in Bengali: language choice, a complete and current translation, and a
walk over the window and its dialogs that finds no English left."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from annotator.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "annotator_bn.ts"
QM = ROOT / "resources" / "i18n" / "annotator_bn.qm"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        found = shutil.which(name)
        if not found:
            pytest.skip(f"{name} is not installed (it ships with PySide6-Essentials)")
        return found
    return str(path)


@pytest.mark.parametrize(
    ("env", "setting", "system", "expected"),
    [
        ("bn", "en", "en_US", "bn"),
        ("en", "bn", "bn_BD", "en"),
        ("", "bn", "en_US", "bn"),
        ("", "en", "bn_BD", "en"),
        ("", "system", "bn_BD", "bn"),
        ("", "system", "bn_IN", "bn"),
        ("", "system", "en_GB", "en"),
        ("", "system", "C", "en"),
        ("xx", "system", "bn_BD", "bn"),  # an unknown value is ignored
    ],
)
def test_language_choice(monkeypatch, env, setting, system, expected) -> None:
    monkeypatch.setenv(i18n.ENV_VAR, env)
    assert i18n.choose_language(setting, system) == expected


def test_translation_is_complete_and_current(tmp_path: Path) -> None:
    """lupdate over the window's code finds nothing untranslated and nothing obsolete,
    and the committed .qm is what lrelease makes of the committed .ts."""
    copy = tmp_path / "annotator_bn.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "annotator" / "gui").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    unfinished, obsolete = [], []
    for message in ET.parse(copy).iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        source = message.findtext("source")
        if kind == "unfinished":
            unfinished.append(source)
        elif kind in ("obsolete", "vanished"):
            obsolete.append(source)
    assert not unfinished, f"untranslated: {unfinished[:20]}"
    assert not obsolete, f"obsolete (run scripts/update-translations): {obsolete[:20]}"
    qm = tmp_path / "annotator_bn.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    assert qm.read_bytes() == QM.read_bytes(), "the .qm is stale: run scripts/update-translations"


def test_numbers_use_bengali_digits_in_bengali(qapp) -> None:
    try:
        i18n.install("bn")
        assert i18n.number(1234567) == "১২,৩৪,৫৬৭"
        assert i18n.number(12) == "১২"
        assert i18n.digits("98–101") == "৯৮–১০১"
    finally:
        i18n.install("en")
    assert i18n.number(1234) == "1,234"
    assert i18n.digits("98–101") == "98–101"


def test_menus_read_in_bengali(qapp, tmp_path: Path, monkeypatch) -> None:
    from annotator.gui import create_main_window

    monkeypatch.setenv(i18n.ENV_VAR, "bn")
    try:
        i18n.install("bn")
        window = create_main_window(str(tmp_path / "t.sqlite3"), "asha")
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[0] == "ফাইল (&F)", titles
        assert os.environ[i18n.ENV_VAR] == "bn"
        window.close()
        window.deleteLater()
    finally:
        i18n.install("en")
