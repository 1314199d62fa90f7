"""The window on PostgreSQL with team roles: the role in the status bar, what it may
not do disabled with the reason, and a refused write shown as one line."""

from __future__ import annotations

import io

import pytest
from team_helpers import SEED_SPANS
from test_roles import MEMBER_PASSWORD, as_login

from annotator.cli.main import main
from annotator.gui.actions import ActionId
from annotator.model.errors import PermissionRefused
from annotator.service import Workspace


@pytest.fixture
def team_db(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    assert main(["--db", pg_url, "import", "--project", "Demo", str(SEED_SPANS)]) == 0
    for name, role in (("asha", "annotator"), ("cora", "curator")):
        monkeypatch.setattr("sys.stdin", io.StringIO(MEMBER_PASSWORD + "\n"))
        assert main(["--db", pg_url, "team", "add", name, "--role", role, "--password-stdin"]) == 0
    return pg_url


def _window(qtbot, url: str, annotator: str | None = None):
    from annotator.gui import create_main_window

    window = create_main_window(url, annotator)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_an_annotator_sees_the_role_and_why_actions_are_off(qtbot, team_db: str) -> None:
    window = _window(qtbot, as_login(team_db, "asha"))
    assert window.annotator == "asha"  # the login, whatever the settings said
    assert window.status.annotator.text() == "Annotator: asha (annotator)"
    schema = window.acts.by_id[ActionId.SCHEMA_EDITOR]
    assert not schema.isEnabled()
    assert schema.toolTip() == (
        "Only managers change the label schema; you are logged in as asha (annotator)."
    )
    curation = window.acts.by_id[ActionId.CURATION]
    assert not curation.isEnabled() and "Only curators" in curation.toolTip()
    assert not window.acts.by_id[ActionId.SET_ANNOTATOR].isEnabled()
    assert window.acts.by_id[ActionId.EXPORT].isEnabled()
    assert MEMBER_PASSWORD not in window.status.database.text() + window.windowTitle()


def test_a_curator_may_curate_but_not_edit_the_schema(qtbot, team_db: str) -> None:
    window = _window(qtbot, as_login(team_db, "cora"), "gold")
    assert window.annotator == "gold"
    assert window.status.annotator.text() == "Annotator: gold (curator)"
    assert window.acts.by_id[ActionId.CURATION].isEnabled()
    assert not window.acts.by_id[ActionId.SCHEMA_EDITOR].isEnabled()


def test_the_window_refuses_another_annotators_name(qtbot, team_db: str) -> None:
    from annotator.gui import create_main_window

    with pytest.raises(PermissionRefused, match="may work only as asha"):
        create_main_window(as_login(team_db, "asha"), "bina")


def test_a_refused_write_in_the_window_is_one_line(qtbot, team_db: str) -> None:
    """Another layer's span (the seed's ``demo``) cannot be edited by asha: the
    session reports the server's refusal as one line, nothing changes."""
    window = _window(qtbot, as_login(team_db, "asha"))
    with Workspace(team_db) as ws:
        demo = ws.layer(ws.list_documents(ws.project("Demo").id)[0].id, "demo").spans[0]
    messages: list[str] = []
    window.session.failed.connect(messages.append)
    assert window.session.document is not None  # the window opened the Demo article
    result = window.session._call(lambda: window.ws.delete_span(demo.id, "asha"))
    assert result is None
    assert messages == ["demo's layer belongs to demo; you are logged in as asha"]
    with Workspace(team_db) as ws:
        assert ws.layer(demo.document_id, "demo").spans[0].id == demo.id


def test_the_role_and_the_reasons_read_in_bengali(
    qtbot, team_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.gui import i18n

    monkeypatch.setenv("ANNOTATOR_LANGUAGE", "bn")
    try:
        window = _window(qtbot, as_login(team_db, "asha"))
        assert window.status.annotator.text() == "টীকাকার: asha (টীকাকার)"
        assert "লগ-ইন" in window.status.annotator.toolTip()
        reason = window.acts.by_id[ActionId.SCHEMA_EDITOR].toolTip()
        assert reason == "শুধু ব্যবস্থাপকেরা লেবেল-কাঠামো বদলান; আপনি asha (টীকাকার) হিসেবে লগ-ইন করেছেন।"
    finally:
        i18n.install("en")


def test_the_window_asks_for_a_password_the_url_did_not_give(
    qtbot, team_db: str, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    """A team member starts the window with a URL without the password (no PGPASSWORD,
    no ~/.pgpass): a password dialog names the login and the window opens as it;
    cancelling it fails with one line, as a wrong URL would."""
    from sqlalchemy.engine import make_url

    from annotator.gui.app import build_window
    from annotator.model.errors import AnnotatorError
    from annotator.storage import engine

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.setattr(engine, "_entered", {})
    url = make_url(as_login(team_db, "asha"))._replace(password=None).render_as_string()
    asked: list[str] = []

    def cancel(parent, title, label, echo):
        asked.append(label)
        return "", False

    monkeypatch.setattr("annotator.gui.app.QInputDialog.getText", cancel)
    with pytest.raises(AnnotatorError) as refused:
        build_window(url, None)
    assert len(asked) == 1, str(refused.value)
    assert len(asked) == 1 and "asha@" in asked[0]

    def answer(parent, title, label, echo):
        asked.append(label)
        return MEMBER_PASSWORD, True

    monkeypatch.setattr("annotator.gui.app.QInputDialog.getText", answer)
    window = build_window(url, None)
    qtbot.addWidget(window)
    assert window.annotator == "asha"
    assert len(asked) == 2 and MEMBER_PASSWORD not in asked[1]


def test_moving_to_a_sqlite_database_drops_the_team_role(qtbot, team_db: str, tmp_path) -> None:
    """File > Open database from a window on the team's server: the role, its
    disabled actions and their reasons go; the file is one person's."""
    from annotator.model import DocumentRecord
    from annotator.service import import_records

    path = tmp_path / "own.sqlite3"
    with Workspace(str(path)) as ws:
        import_records(ws, [DocumentRecord(text="ঢাকায় বৃষ্টি।", external_id="o-0")], project="Own")
    window = _window(qtbot, as_login(team_db, "asha"))
    assert not window.acts.by_id[ActionId.SCHEMA_EDITOR].isEnabled()
    assert window.flow.open_database(str(path)) is True
    assert window.ws.db.is_sqlite and window.project.name == "Own"
    assert window.annotator == "asha"
    assert window.status.annotator.text() == "Annotator: asha"
    assert window.status.annotator.toolTip() == ""
    for action_id in (ActionId.SCHEMA_EDITOR, ActionId.CURATION, ActionId.SET_ANNOTATOR):
        action = window.acts.by_id[action_id]
        assert action.isEnabled() and "logged in" not in action.toolTip()
    window.close()
