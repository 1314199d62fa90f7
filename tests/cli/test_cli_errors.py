"""A name that does not exist is an error, never an empty result.

Every subcommand is run with a project, document, annotator, label or file that does
not exist: the user sees one line on stderr naming it, exit status 2, no traceback,
and the database is left as it was. A new subcommand without a case here fails
:func:`test_every_subcommand_has_a_case`.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import pytest

from annotator.app import main
from annotator.cli.main import build_parser
from annotator.model.errors import (
    AnnotatorError,
    ConflictError,
    DatabaseError,
    InputError,
    NotFound,
    ReadOnlyError,
)

SEED = Path(__file__).resolve().parents[2] / "seeds" / "kim-putin-letter.spans.jsonl"

# subcommand -> argument lists, each naming something that does not exist.
# "{db}" is the database with project P (the seed article by annotator "demo").
CASES: dict[str, list[list[str]]] = {
    "import": [["import", "nosuch.txt", "--project", "P"]],
    "export": [
        ["export", "-o", "out.jsonl", "--project", "nosuch"],
        ["export", "-o", "out.jsonl", "--project", "P", "--annotator", "nosuch"],
        ["export", "-o", "out.jsonl", "--project", "P", "--label", "NOSUCH"],
    ],
    "stats": [["stats", "--project", "nosuch"]],
    "schema export": [["schema", "export", "-", "--project", "nosuch"]],
    "schema import": [["schema", "import", "nosuch.json", "--project", "P"]],
    "schema rename-label": [
        ["schema", "rename-label", "NOSUCH", "NEW", "--project", "P"],
        ["schema", "rename-label", "PER", "NEW", "--project", "nosuch"],
    ],
    "schema delete-label": [
        ["schema", "delete-label", "NOSUCH", "--project", "P"],
        ["schema", "delete-label", "PER", "--project", "nosuch"],
    ],
    "assign": [["assign", "--project", "nosuch", "--annotators", "a,b"]],
    "agreement": [
        ["agreement", "--project", "nosuch"],
        ["agreement", "--project", "P", "--annotators", "nosuch1,nosuch2"],
    ],
    "adjudicate": [
        ["adjudicate", "--project", "nosuch"],
        ["adjudicate", "--project", "P", "--document", "nosuch"],
        ["adjudicate", "--project", "P", "--annotators", "nosuch1,nosuch2"],
    ],
    "db backup": [["--db", "nosuch.sqlite3", "db", "backup"]],
    "db restore": [["db", "restore", "nosuch.sqlite3"]],
    "db check": [["--db", "nosuch.sqlite3", "db", "check"]],
    "db copy": [["db", "copy", "--from", "nosuch.sqlite3", "--to", "copy.sqlite3"]],
    "validate": [["validate", "nosuch.jsonl"]],
    "suggest train": [["suggest", "train", "--project", "nosuch"]],
    "suggest apply": [
        ["suggest", "apply", "--project", "nosuch"],
        ["suggest", "apply", "--project", "P", "--document", "nosuch"],
    ],
    "suggest evaluate": [["suggest", "evaluate", "--project", "nosuch"]],
    "screenshot": [["screenshot", "shot.png", "--document", "nosuch"]],
    # On SQLite every team command is refused (no logins), naming whom it was about.
    "team add": [["team", "add", "nosuch", "--role", "annotator"]],
    "team set-role": [["team", "set-role", "nosuch", "--role", "curator"]],
    "team remove": [["team", "remove", "nosuch"]],
}
# Subcommands that take no name of a project, document, annotator or file to read.
NO_NAMES = {"info", "self-test", "db init", "team list"}


def _subcommands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                inner = _subcommands(sub, f"{prefix}{name} ")
                found += inner or [f"{prefix}{name}"]
    return found


def test_every_subcommand_has_a_case() -> None:
    commands = set(_subcommands(build_parser()))
    assert commands - NO_NAMES - set(CASES) == set(), "add a case for the new subcommand"
    assert set(CASES) - commands == set(), "a case names a subcommand that is gone"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seeded")
    db = folder / "t.sqlite3"
    assert main(["--db", str(db), "import", str(SEED), "--project", "P"]) == 0
    return db


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "argv",
    [argv for cases in CASES.values() for argv in cases],
    ids=[" ".join(argv) for cases in CASES.values() for argv in cases],
)
def test_a_name_that_does_not_exist_is_one_line_and_exit_2(
    argv: list[str],
    seeded: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "t.sqlite3"
    db.write_bytes(seeded.read_bytes())
    before = _digest(db)
    monkeypatch.chdir(tmp_path)
    args = argv if argv[0] == "--db" else ["--db", str(db), *argv]
    capsys.readouterr()
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert "nosuch" in lines[0].lower(), lines[0]
    assert _digest(db) == before
    assert not (tmp_path / "out.jsonl").exists()


def test_the_family_has_every_kind_a_face_needs() -> None:
    """One base class catches them all; old library-flavoured bases still hold."""
    bad = InputError("data.jsonl:3", "span 5-2: start must be before end")
    assert str(bad) == "data.jsonl:3: span 5-2: start must be before end"
    assert (bad.origin, bad.reason) == ("data.jsonl:3", "span 5-2: start must be before end")
    for kind in (InputError, NotFound, ConflictError, ReadOnlyError, DatabaseError):
        assert issubclass(kind, AnnotatorError)
    assert issubclass(InputError, ValueError)
    assert issubclass(NotFound, LookupError)


def test_old_names_are_the_family() -> None:
    from annotator.model import RecordError, SchemaError, ValidationError
    from annotator.service import ServiceError
    from annotator.storage import DatabaseError as StorageDatabaseError
    from annotator.storage.backup import BackupError
    from annotator.storage.repository import NotFound as RepositoryNotFound

    assert RecordError is InputError
    assert ServiceError is AnnotatorError
    assert StorageDatabaseError is DatabaseError
    assert RepositoryNotFound is NotFound
    for kind in (SchemaError, ValidationError, BackupError):
        assert issubclass(kind, AnnotatorError)


def test_the_command_line_alone_has_no_window(capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI never imports the window: without the program's loader it says so."""
    from annotator.cli.main import main as command_line

    assert command_line(["--db", "unused.sqlite3"]) == 1
    assert "has no window" in capsys.readouterr().err
