"""One version number: pyproject.toml, the package and the command agree."""

from __future__ import annotations

import tomllib
from pathlib import Path

import annotator
from annotator.cli.main import main
from annotator.storage.migrate import SCHEMA_HEAD, head_revision

ROOT = Path(__file__).resolve().parent.parent


def test_package_version_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert annotator.__version__ == project["version"]


def test_version_flag_prints_it(capsys) -> None:  # type: ignore[no-untyped-def]
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert capsys.readouterr().out.strip() == f"annotator {annotator.__version__}"


def test_schema_head_constant_is_alembics_head() -> None:
    assert head_revision() == SCHEMA_HEAD
