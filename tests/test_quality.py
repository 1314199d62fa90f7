"""Lint, format and type checks run as part of the test command.

Two scopes: the whole tree (``ruff check .``, ``ruff format --check .``: the package,
tests, benchmarks and scripts; ``mypy`` over all of ``annotator/`` as pyproject says),
and the foundation (text, model, storage, formats/native+inputs, the service and CLI
cores, and the tests that prove them), checked alone as a fast first signal.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FOUNDATION = [
    "annotator/__init__.py",
    "annotator/resources.py",
    "annotator/text",
    "annotator/model",
    "annotator/storage/__init__.py",
    "annotator/storage/convert.py",
    "annotator/storage/engine.py",
    "annotator/storage/migrate.py",
    "annotator/storage/orm.py",
    "annotator/storage/repository.py",
    "annotator/storage/migrations/env.py",
    "annotator/service/__init__.py",
    "annotator/service/changes.py",
    "annotator/service/errors.py",
    "annotator/service/workspace.py",
    "annotator/service/importing.py",
    "annotator/service/exporting.py",
    "annotator/service/stats.py",
    "annotator/formats/__init__.py",
    "annotator/formats/native.py",
    "annotator/formats/inputs.py",
    "annotator/cli/__init__.py",
    "annotator/cli/main.py",
    "annotator/cli/common.py",
    "annotator/cli/progress.py",
    "annotator/cli/window.py",
    "annotator/app.py",
]
FOUNDATION_TESTS = [
    "tests/conftest.py",
    "tests/text",
    "tests/model",
    "tests/storage",
    "tests/service",
    "tests/cli",
    "tests/test_layers.py",
    "tests/test_quality.py",
]


def run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_ruff_check_foundation() -> None:
    done = run("ruff", "check", "--no-cache", *FOUNDATION, *FOUNDATION_TESTS)
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format_foundation() -> None:
    done = run("ruff", "format", "--check", "--no-cache", *FOUNDATION, *FOUNDATION_TESTS)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_mypy_foundation() -> None:
    """mypy with the [tool.mypy] settings of pyproject.toml, on the foundation files.

    ``--follow-imports=silent`` reads the modules they import for types but reports
    only the files named here.
    """
    done = run("mypy", "--follow-imports=silent", *FOUNDATION, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_check_tree() -> None:
    done = run("ruff", "check", "--no-cache", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format_tree() -> None:
    """Every Python file of the tree: the package, tests, benchmarks, packaging, scripts."""
    done = run("ruff", "format", "--check", "--no-cache", ".")
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_mypy_tree() -> None:
    """mypy exactly as configured in pyproject.toml: all of ``annotator/`` (gui and cli
    included)."""
    done = run("mypy", timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
