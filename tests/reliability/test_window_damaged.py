"""The window on a damaged database (issue 18, finding 13): one dialog naming the file,
its newest backups and the restore command; no traceback, no window, exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QMessageBox

from annotator.gui import app
from annotator.storage.backup import daily_backup
from tests.reliability.conftest import make_database


def _scribble(path: Path, keep: int) -> None:
    """Overwrite everything after the first ``keep`` bytes, as a bad disk or copy would."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(keep)
        handle.write(b"\xa5" * (size - keep))


@pytest.mark.parametrize(
    ("keep", "reason"),
    [(100, "database disk image is malformed"), (0, "file is not a database")],
)
def test_f13_the_window_names_a_damaged_database_and_its_backups(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, keep: int, reason: str
) -> None:
    db = tmp_path / "team.sqlite3"
    make_database(db)
    copy = daily_backup(db)
    assert copy is not None
    _scribble(db, keep)
    shown: list[tuple[QMessageBox.Icon, str, str]] = []

    def exec_(box: QMessageBox) -> int:  # the user reads the dialog and presses OK
        shown.append((box.icon(), box.windowTitle(), box.text()))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert app.run(str(db), "tester") == 2
    assert len(shown) == 1
    icon, title, message = shown[0]
    assert icon == QMessageBox.Icon.Critical
    assert title == "Annotator cannot open the database"
    assert message == (
        f"the database at {db} is damaged ({reason}); newest backups: {copy}; "
        f"restore one with `annotator --db {db} db restore FILE`"
    )
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.strip() == f"annotator: {message}"
    assert not [w for w in app.QApplication.topLevelWidgets() if w.isVisible()]
