"""``annotator --self-test``: what the smoke test and users' bug reports run."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator import selftest
from annotator.cli.main import main
from annotator.storage.engine import default_database_path


def test_self_test_passes_and_says_what_it_checked(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert "self-test passed" in out
    assert "FAIL" not in out
    for check in (
        "fonts",
        "schema",
        "icons",
        "seeds",
        "migrations",
        "database",
        "import seed",
        "import text",
        "edits",
        "export spans",
        "validate spans",
        "read back spans",
    ):
        assert f"ok    {check} " in out, check
    # The run stays in its temporary folder: the user's default database is untouched.
    assert not default_database_path().exists()


def test_every_registered_format_is_exported_and_validated(tmp_path: Path) -> None:
    registry = pytest.importorskip("annotator.formats.registry")
    report = selftest.run_self_test(tmp_path)
    names = {check.name for check in report.checks}
    for fmt in registry.EXPORTERS:
        assert f"export {fmt}" in names
        skipped = next(c for c in report.checks if c.name == f"export {fmt}").detail
        if not skipped.startswith("skipped"):
            assert f"validate {fmt}" in names
    assert report.ok, [c for c in report.checks if not c.ok]


def test_keep_folder_holds_the_database_and_exports(tmp_path: Path) -> None:
    assert main(["self-test", "--keep", str(tmp_path)]) == 0
    assert (tmp_path / "self-test.sqlite3").is_file()
    exported = list((tmp_path / "exports").rglob("*.jsonl"))
    assert exported, "no JSONL export was kept"
    spans = next(p for p in exported if p.parent.name == "spans" or p.name == "spans.jsonl")
    text = spans.read_text(encoding="utf-8")
    assert '"label": "QUOTE"' in text and '"type": "speaker"' in text


def test_missing_fonts_fail_the_self_test(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "resources"
    empty.mkdir()
    monkeypatch.setattr(selftest, "resource_path", lambda *parts: empty.joinpath(*parts))
    assert main(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  fonts" in out
    assert "NotoSansBengali-Regular.ttf is missing" in out
    assert "FAIL  icons" in out
    assert "self-test FAILED" in out


def test_a_broken_database_step_is_reported_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_database(state: object) -> str:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(selftest, "check_database", no_database)
    report = selftest.run_self_test(tmp_path)
    assert not report.ok
    [failure] = report.failures
    assert failure.name == "database" and "disk on fire" in failure.detail
    # Steps that need the database are not run (and not reported as passed).
    assert not any(c.name.startswith(("import", "export")) for c in report.checks)


def test_postgresql_driver_loads_without_a_server() -> None:
    pytest.importorskip("psycopg")
    detail = selftest.check_postgresql_driver()
    assert detail.startswith("psycopg ") and "libpq" in detail


def test_a_frozen_build_without_the_postgresql_driver_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_find_spec = selftest.importlib.util.find_spec
    monkeypatch.setattr(
        selftest.importlib.util,
        "find_spec",
        lambda name, *a: None if name == "psycopg" else real_find_spec(name, *a),
    )
    assert selftest.check_postgresql_driver().startswith("skipped")
    monkeypatch.setattr(selftest.sys, "frozen", True, raising=False)
    with pytest.raises(selftest.SelfTestFailure, match="psycopg is missing"):
        selftest.check_postgresql_driver()


def test_keep_refuses_a_folder_that_is_not_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["self-test", "--keep", str(tmp_path)]) == 2
    assert "not an empty folder" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
