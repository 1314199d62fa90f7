"""Fixtures for the dataset format tests: the golden Bengali document in a database."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
SOURCE = GOLDEN / "source.spans.jsonl"

Cli = Callable[..., int]


def make_cli(db: Path) -> Cli:
    from annotator.cli.main import main

    def run(*args: str) -> int:
        return main(["--db", str(db), *args])

    return run


@pytest.fixture
def cli(db_path: Path) -> Cli:
    return make_cli(db_path)


@pytest.fixture
def golden_db(db_path: Path, cli: Cli) -> Path:
    """A database whose project "News" holds the golden document, annotated by asha."""
    assert cli("import", "--project", "News", str(SOURCE)) == 0
    return db_path


@pytest.fixture
def source_record() -> dict:
    return json.loads(SOURCE.read_text(encoding="utf-8"))


def dump_db(db: Path) -> str:
    """Every layer of every project as native JSONL: equal dumps mean an unchanged database."""
    from annotator.formats.native import dumps_layer
    from annotator.service import Workspace

    with Workspace(str(db)) as ws:
        return "".join(
            f"{p.name}\t{dumps_layer(layer)}"
            for p in ws.projects()
            for layer in ws.iter_layers(p.id, status=None)
        )


@pytest.fixture
def db_dump() -> Callable[[Path], str]:
    return dump_db
