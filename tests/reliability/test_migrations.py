"""Every released schema revision upgrades to the current one with its data intact."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from annotator.cli.main import main
from annotator.service import Workspace
from annotator.storage.backup import backup_dir, schema_revision
from annotator.storage.migrate import head_revision

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DATABASES = sorted(FIXTURES.glob("schema-*.sqlite3"))


def contains(old: Any, new: Any, where: str = "") -> list[str]:
    """Differences where ``new`` lost or changed something of ``old`` (new keys are fine)."""
    if isinstance(old, dict) and isinstance(new, dict):
        return [
            d
            for k, v in old.items()
            for d in (contains(v, new[k], f"{where}.{k}") if k in new else [f"{where}.{k} gone"])
        ]
    if isinstance(old, list) and isinstance(new, list):
        if len(old) != len(new):
            return [f"{where}: {len(old)} items became {len(new)}"]
        return [
            d
            for n, (a, b) in enumerate(zip(old, new, strict=True))
            for d in contains(a, b, f"{where}[{n}]")
        ]
    return [] if old == new else [f"{where}: {old!r} became {new!r}"]


def test_there_is_a_fixture_for_revision_0001() -> None:
    assert FIXTURES / "schema-0001.sqlite3" in DATABASES
    assert (FIXTURES / "schema-0001.export.jsonl").is_file()


@pytest.mark.parametrize("fixture", DATABASES, ids=lambda p: p.stem)
def test_fixture_upgrades_with_the_same_export(fixture: Path, tmp_path: Path) -> None:
    revision = fixture.stem.removeprefix("schema-")
    digest = hashlib.sha256(fixture.read_bytes()).hexdigest()
    db = tmp_path / fixture.name
    shutil.copyfile(fixture, db)
    assert schema_revision(db) == revision
    out = tmp_path / "after.jsonl"
    assert (
        main(["--db", str(db), "export", "--project", "Fixture", "--status", "any", "-o", str(out)])
        == 0
    )
    assert schema_revision(db) == head_revision()
    expected = [
        json.loads(line)
        for line in (FIXTURES / f"{fixture.stem}.export.jsonl").read_text("utf-8").splitlines()
    ]
    got = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert sum(len(r.get("spans", [])) for r in expected) == 10
    assert contains(expected, got) == []
    if revision != head_revision():
        copies = list(backup_dir(db).glob("*-pre-upgrade-*.sqlite3"))
        assert len(copies) == 1 and schema_revision(copies[0]) == revision
    assert main(["--db", str(db), "db", "check"]) == 0
    with Workspace(db) as ws:  # and it is usable: an edit on the upgraded file
        doc = ws.document_by_external_id(ws.project("Fixture").id, "budget-2026")
        assert ws.create_span(doc.id, "asha", "LOC", 0, 4).span is not None
    assert hashlib.sha256(fixture.read_bytes()).hexdigest() == digest  # fixture untouched
