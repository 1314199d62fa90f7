"""Shared fixtures: offscreen Qt, private data/config folders, temporary databases."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEED_DIR = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Never touch the user's real data, config or default database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("ANNOTATOR_DB", raising=False)
    monkeypatch.setenv("ANNOTATOR_USER", "tester")
    # The interface language would follow the machine's locale: tests read English
    # unless they ask for Bengali (tests/gui/test_i18n.py).
    monkeypatch.setenv("ANNOTATOR_LANGUAGE", "en")
    # A window installs its password dialog for server logins; no test may be left
    # with one that would wait for an answer offscreen.
    from annotator.storage import engine

    monkeypatch.setattr(engine, "_password_prompt", None)
    # Qt fixes QSettings' folder when it is first used, whatever XDG_CONFIG_HOME says
    # later: point it at this test's folder, so window layouts saved by one test never
    # reach the next one (or the real ~/.config).
    from PySide6.QtCore import QSettings

    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(home / "config")
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def workspace(db_path: Path) -> Iterator[object]:
    from annotator.service import Workspace

    ws = Workspace(str(db_path))
    yield ws
    ws.close()


@pytest.fixture
def demo_workspace(db_path: Path) -> Iterator[object]:
    """A database holding the Demo project (the annotated seed article)."""
    from annotator.service import open_workspace

    ws = open_workspace(str(db_path), seed_demo=True)
    yield ws
    ws.close()
