"""Team roles on PostgreSQL: each person a login, row-level security decides what it writes.

One database per test on the server of conftest.py. ``postgres`` (a superuser, the
owner) adds the members with ``annotator team add``; each member then works with its
own login, through the service, the CLI and raw SQL, and the database refuses what
the role does not allow.
"""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url
from team_helpers import SEED_SPANS
from team_pg import PG_PASSWORD
from test_team_flow import ASHA, run_flow

from annotator.cli.main import main
from annotator.model import Status
from annotator.model.errors import PermissionRefused
from annotator.service import Workspace
from annotator.service.assignment import set_independent
from annotator.service.roles import working_name

MEMBER_PASSWORD = "m3mber-Pw-Xk4"
MEMBERS = {"asha": "annotator", "bina": "annotator", "cora": "curator", "mona": "manager"}


def as_login(url: str, name: str) -> str:
    """The same database, logged in as ``name``."""
    return (
        make_url(url)
        .set(username=name, password=MEMBER_PASSWORD)
        .render_as_string(hide_password=False)
    )


def raw(url: str, name: str) -> psycopg.Connection:
    """A plain psycopg connection with ``name``'s login: what a hand-written script has."""
    u = make_url(url)
    return psycopg.connect(
        host=u.host,
        port=u.port,
        dbname=u.database,
        user=name,
        password=MEMBER_PASSWORD,
        autocommit=True,
    )


def add(url: str, name: str, role: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(MEMBER_PASSWORD + "\n"))
    assert main(["--db", url, "team", "add", name, "--role", role, "--password-stdin"]) == 0


@pytest.fixture
def team(pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys) -> dict[str, str]:
    """The seed project imported by the owner, four members, and their URLs."""
    assert main(["--db", pg_url, "import", "--project", "Demo", str(SEED_SPANS)]) == 0
    for name, role in MEMBERS.items():
        add(pg_url, name, role, monkeypatch)
    capsys.readouterr()
    return {"owner": pg_url} | {name: as_login(pg_url, name) for name in MEMBERS}


def _doc(ws: Workspace) -> int:
    return int(ws.list_documents(ws.project("Demo").id)[0].id)


def _bina_span(team: dict[str, str]) -> tuple[int, int]:
    """bina labels the first word; returns (document id, span id)."""
    with Workspace(team["bina"]) as ws:
        doc = _doc(ws)
        span = ws.create_span(doc, "bina", "PER", 0, 8).span
        assert span is not None
        return doc, int(span.id)


def test_asha_cannot_write_binas_layer_through_the_service(team: dict[str, str]) -> None:
    doc, span_id = _bina_span(team)
    refusal = "bina's layer belongs to bina; you are logged in as asha"
    with Workspace(team["asha"]) as ws:
        with pytest.raises(PermissionRefused, match=refusal):
            ws.create_span(doc, "bina", "ORG", 9, 20)
        with pytest.raises(PermissionRefused, match=refusal):
            ws.update_span(span_id, "asha", label="ORG")
        with pytest.raises(PermissionRefused, match=refusal):
            ws.delete_span(span_id, "asha")
        with pytest.raises(PermissionRefused, match=refusal):
            ws.set_status(doc, "bina", Status.DONE)
        assert ws.create_span(doc, "asha", "ORG", 0, 8).span is not None  # her own: fine
    with Workspace(team["owner"]) as ws:
        spans = ws.layer(doc, "bina").spans
        assert [(s.id, s.label, s.version) for s in spans] == [(span_id, "PER", 1)]


def test_asha_cannot_write_binas_layer_with_raw_sql(team: dict[str, str]) -> None:
    doc, span_id = _bina_span(team)
    with raw(team["owner"], "asha") as conn:
        bina = conn.execute("SELECT id FROM annotators WHERE name = 'bina'").fetchone()[0]
        label = conn.execute("SELECT label_id FROM spans WHERE id = %s", (span_id,)).fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO spans (document_id, annotator_id, label_id, start_offset, "
                "end_offset, attrs, created, updated, version) "
                "VALUES (%s, %s, %s, 4, 8, '{}', now(), now(), 1)",
                (doc, bina, label),
            )
        assert (
            conn.execute("UPDATE spans SET end_offset = 4 WHERE id = %s", (span_id,)).rowcount == 0
        )
        assert conn.execute("DELETE FROM spans WHERE id = %s", (span_id,)).rowcount == 0
        # Nor can she become bina: the annotator rows are the managers'.
        assert (
            conn.execute("UPDATE annotators SET name = 'asha' WHERE id = %s", (bina,)).rowcount == 0
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("TRUNCATE spans")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("ALTER TABLE spans DISABLE ROW LEVEL SECURITY")
    with Workspace(team["owner"]) as ws:
        assert [(s.id, s.end) for s in ws.layer(doc, "bina").spans] == [(span_id, 8)]


def test_the_cli_turns_a_refusal_into_one_line(
    team: dict[str, str], tmp_path: Path, capsys
) -> None:
    """asha imports a file holding bina's layer: refused by the database, one line."""
    layer = tmp_path / "bina.jsonl"
    record = json.loads(SEED_SPANS.read_text("utf-8").splitlines()[0])
    record["annotator"] = "bina"
    layer.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    capsys.readouterr()
    assert main(["--db", team["asha"], "import", "--project", "Demo", str(layer)]) == 2
    _out, err = capsys.readouterr()
    assert err.startswith("annotator: ") and err.count("\n") == 1, err
    assert "you are logged in as asha" in err
    assert "Traceback" not in err
    with Workspace(team["owner"]) as ws:
        assert ws.layer(_doc(ws), "bina").spans == ()


def test_independent_annotation_hides_binas_spans_from_asha_in_the_database(
    team: dict[str, str],
) -> None:
    doc, span_id = _bina_span(team)
    with Workspace(team["asha"]) as ws:
        ws.create_span(doc, "asha", "ORG", 0, 8)
    with raw(team["owner"], "asha") as conn:
        assert conn.execute("SELECT count(*) FROM spans").fetchone()[0] >= 2  # not hidden yet
    with Workspace(team["owner"]) as ws:
        set_independent(ws, "Demo", True)
    with raw(team["owner"], "asha") as conn:
        owners = conn.execute(
            "SELECT DISTINCT a.name FROM spans s JOIN annotators a ON a.id = s.annotator_id"
        ).fetchall()
        assert owners == [("asha",)]
        assert conn.execute("SELECT * FROM spans WHERE id = %s", (span_id,)).fetchall() == []
        assert (
            conn.execute(
                "SELECT count(*) FROM history WHERE document_id = %s AND login = 'bina'", (doc,)
            ).fetchone()[0]
            == 0
        )
    with Workspace(team["asha"]) as ws:
        assert ws.layer(doc, "bina").spans == ()
    with raw(team["owner"], "cora") as conn:  # the curator sees every layer
        names = conn.execute(
            "SELECT DISTINCT a.name FROM spans s JOIN annotators a ON a.id = s.annotator_id "
            "ORDER BY 1"
        ).fetchall()
        assert ("asha",) in names and ("bina",) in names


def test_only_curators_write_gold(team: dict[str, str], capsys) -> None:
    with Workspace(team["asha"]) as ws:
        doc = _doc(ws)
        ws.create_span(doc, "asha", "PER", 0, 8)
        with pytest.raises(PermissionRefused, match="gold layer is written only by curators"):
            ws.create_span(doc, "gold", "PER", 0, 8)
    capsys.readouterr()
    assert main(["--db", team["asha"], "adjudicate", "--project", "Demo"]) == 2
    assert "you are logged in as asha (annotator)" in capsys.readouterr().err
    with Workspace(team["cora"]) as ws:
        assert ws.create_span(doc, "gold", "PER", 0, 8).span is not None
    with raw(team["owner"], "asha") as conn:
        gold = conn.execute("SELECT id FROM annotators WHERE name = 'gold'").fetchone()[0]
        assert conn.execute("DELETE FROM spans WHERE annotator_id = %s", (gold,)).rowcount == 0
    with Workspace(team["owner"]) as ws:
        assert len(ws.layer(doc, "gold").spans) == 1


def test_a_manager_renames_a_label_an_annotator_cannot(team: dict[str, str], capsys) -> None:
    capsys.readouterr()
    args = ["schema", "rename-label", "ORG", "ORGANISATION", "--project", "Demo"]
    assert main(["--db", team["asha"], *args]) == 2
    err = capsys.readouterr().err
    assert "changing a label schema needs the manager role; you are logged in as asha" in err
    with raw(team["owner"], "asha") as conn:
        assert conn.execute("UPDATE labels SET name = 'X' WHERE name = 'ORG'").rowcount == 0
    assert main(["--db", team["mona"], *args]) == 0
    with Workspace(team["owner"]) as ws:
        names = {label.name for label in ws.project("Demo").schema.labels}
        assert "ORGANISATION" in names and "ORG" not in names and "X" not in names


def test_team_remove_revokes_the_login_and_keeps_the_layer(team: dict[str, str], capsys) -> None:
    with Workspace(team["asha"]) as ws:
        doc = _doc(ws)
        ws.create_span(doc, "asha", "PER", 0, 8)
    capsys.readouterr()
    assert main(["--db", team["owner"], "team", "remove", "asha"]) == 0
    assert "the layers are kept (1 spans)" in capsys.readouterr().out
    assert main(["--db", team["asha"], "info"]) == 2
    err = capsys.readouterr().err
    assert "permission denied for database" in err and MEMBER_PASSWORD not in err
    with Workspace(team["owner"]) as ws:
        assert len(ws.layer(doc, "asha").spans) == 1
    assert main(["--db", team["owner"], "team", "list", "--json"]) == 0
    listed = {m["name"]: m["role"] for m in json.loads(capsys.readouterr().out)}
    assert listed["asha"] is None and listed["bina"] == "annotator"
    assert listed["cora"] == "curator" and listed["mona"] == "manager"


def test_set_role_makes_an_annotator_a_curator(team: dict[str, str], capsys) -> None:
    assert main(["--db", team["owner"], "team", "set-role", "bina", "--role", "curator"]) == 0
    assert "bina: annotator -> curator" in capsys.readouterr().out
    with Workspace(team["bina"]) as ws:
        assert ws.identity().role == "curator"
        assert ws.create_span(_doc(ws), "gold", "PER", 0, 8).span is not None


def test_only_managers_manage_members(team: dict[str, str], capsys) -> None:
    capsys.readouterr()
    assert main(["--db", team["cora"], "team", "set-role", "asha", "--role", "manager"]) == 2
    assert "needs the manager role; you are logged in as cora (curator)" in (
        capsys.readouterr().err
    )


def test_annotator_may_only_name_the_login(team: dict[str, str]) -> None:
    with Workspace(team["asha"]) as ws:
        assert working_name(ws, None) == "asha"
        assert working_name(ws, "asha") == "asha"
        with pytest.raises(PermissionRefused, match=r"logged in to .* as asha"):
            working_name(ws, "bina")
        with pytest.raises(PermissionRefused):
            working_name(ws, "gold")
    with Workspace(team["cora"]) as ws:
        assert working_name(ws, "gold") == "gold"


def test_history_records_the_login(team: dict[str, str]) -> None:
    doc, _span = _bina_span(team)
    with raw(team["owner"], "asha") as conn:
        conn.execute(
            "INSERT INTO history (at, annotator, action, entity, login) "
            "VALUES (now(), 'bina', 'forged', 'span', 'bina')"
        )
        logins = conn.execute("SELECT login FROM history WHERE action = 'forged'").fetchall()
        assert logins == [("asha",)]
        created = conn.execute(
            "SELECT annotator, login FROM history WHERE action = 'create' AND document_id = %s",
            (doc,),
        ).fetchall()
        assert created == [("bina", "bina")]


def test_sslmode_passes_through(team: dict[str, str], capsys) -> None:
    assert main(["--db", team["asha"] + "?sslmode=disable", "info"]) == 0
    capsys.readouterr()
    assert main(["--db", team["asha"] + "?sslmode=require", "info"]) == 2
    err = capsys.readouterr().err
    assert "SSL" in err and MEMBER_PASSWORD not in err


def test_a_generated_password_is_printed_once_and_stored_nowhere(pg_url: str, capsys) -> None:
    assert main(["--db", pg_url, "team", "add", "gita_gen", "--role", "annotator"]) == 0
    out = capsys.readouterr().out
    password = out.split("stored nowhere): ", 1)[1].split()[0]
    assert len(password) >= 12
    url = make_url(pg_url).set(username="gita_gen", password=password)
    assert main(["--db", url.render_as_string(hide_password=False), "info"]) == 0
    info = capsys.readouterr().out
    assert password not in info and "gita_gen:***@" in info
    with psycopg.connect(pg_url.replace("postgresql+psycopg", "postgresql")) as conn:
        history = conn.execute("SELECT before::text, after::text FROM history").fetchall()
        assert password not in repr(history)


class Recorder:
    """capsys that keeps every output it hands out, for the password grep."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys, self.seen = capsys, []

    def readouterr(self) -> pytest.CaptureResult[str]:
        result = self.capsys.readouterr()
        self.seen.append(result.out + result.err)
        return result


def test_the_team_flow_runs_each_step_under_its_role_and_never_shows_a_password(
    pg_url: str, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """mona (manager) merges the laptops' layers; cora (curator) measures agreement,
    adjudicates and exports gold: the same figures and gold as on SQLite. No output,
    file, history row or error of the whole flow holds a password."""
    record = Recorder(capsys)
    for name in ("mona", "cora", "asha", "bina"):
        add(
            pg_url, name, {"mona": "manager", "cora": "curator"}.get(name, "annotator"), monkeypatch
        )
    gold = run_flow(as_login(pg_url, "mona"), tmp_path, record, curator=as_login(pg_url, "cora"))  # type: ignore[arg-type]
    assert [(s["label"], s["text"]) for s in gold[0]["spans"]] == ASHA[:3]
    # asha's login may not adjudicate, nor import into the merged database
    assert main(["--db", as_login(pg_url, "asha"), "adjudicate", "--project", "News"]) == 2
    assert main(["--db", as_login(pg_url, "asha"), "team", "list"]) == 0
    assert main(["--db", as_login(pg_url, "mona"), "team", "list"]) == 0
    assert main(["--db", pg_url, "db", "init"]) == 0
    record.readouterr()
    with psycopg.connect(pg_url.replace("postgresql+psycopg", "postgresql")) as conn:
        rows = conn.execute("SELECT * FROM history").fetchall()
        logins = {row[-1] for row in rows}
    assert {"mona", "cora"} <= logins
    files = [
        p.read_bytes().decode("utf-8", "replace")
        for p in tmp_path.rglob("*")
        if p.is_file() and p.suffix != ".sqlite3"
    ]
    for secret in (PG_PASSWORD, MEMBER_PASSWORD):
        for seen in record.seen:
            assert secret not in seen
        assert secret not in repr(rows)
        for body in files:
            assert secret not in body


def test_a_missing_password_is_asked_at_a_terminal(
    team: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    bare = team["asha"].replace(f":{MEMBER_PASSWORD}@", "@")
    assert MEMBER_PASSWORD not in bare
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    asked: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or MEMBER_PASSWORD)
    assert main(["--db", bare, "info"]) == 0
    out, err = capsys.readouterr()
    assert asked == [f"password for {make_url(bare).render_as_string()}: "]
    assert MEMBER_PASSWORD not in out + err


def test_a_curator_assigns_documents_an_annotator_cannot(team: dict[str, str], capsys) -> None:
    args = ["assign", "--project", "Demo", "--annotators", "asha,bina", "--seed", "1"]
    capsys.readouterr()
    assert main(["--db", team["asha"], *args]) == 2
    assert "assigning documents needs the curator role" in capsys.readouterr().err
    assert main(["--db", team["cora"], *args]) == 0  # asha and bina have no rows yet
    with raw(team["owner"], "asha") as conn:
        assert conn.execute("DELETE FROM assignments").rowcount == 0
        assert conn.execute("SELECT count(*) FROM assignments").fetchone()[0] == 1


def test_an_older_postgresql_database_upgrades_into_team_roles_and_back(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """A database at 0008 with work in it: opening upgrades it (roles, policies, the
    login column), the work stays; downgrading to 0008 removes the policies again."""
    from alembic import command

    from annotator.storage import Database
    from annotator.storage.migrate import TEAM_ROLES, alembic_config

    before = f"{int(TEAM_ROLES) - 1:04d}"
    db = Database(pg_url, upgrade=False)
    config = alembic_config(db)
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, before)
    db.close()
    plain = pg_url.replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(plain) as conn:
        assert conn.execute("SELECT count(*) FROM pg_policies").fetchone()[0] == 0
    # Work saved at 0008 (by SQL: this version's commands upgrade first).
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO projects (name, schema_name, independent, created) "
            "VALUES ('Old', '', false, now())"
        )
    assert main(["--db", pg_url, "import", "--project", "Demo", str(SEED_SPANS)]) == 0
    add(pg_url, "asha", "annotator", monkeypatch)
    with Workspace(as_login(pg_url, "asha")) as ws:
        assert {p.name for p in ws.projects()} >= {"Old", "Demo"}
        assert ws.identity().role == "annotator"
    with psycopg.connect(plain) as conn:
        assert conn.execute("SELECT count(*) FROM pg_policies").fetchone()[0] > 20
    db = Database(pg_url, upgrade=False)
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, before)
    db.close()
    with psycopg.connect(plain) as conn:
        assert conn.execute("SELECT count(*) FROM pg_policies").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM spans").fetchone()[0] == 74


def test_info_shows_the_login_and_role(team: dict[str, str], capsys) -> None:
    capsys.readouterr()
    assert main(["--db", team["cora"], "info"]) == 0
    assert "logged in:  cora (curator)" in capsys.readouterr().out
    assert main(["--db", team["asha"], "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert (info["login"], info["role"]) == ("asha", "annotator")


def test_team_commands_on_sqlite_say_why_not(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "one.sqlite3")
    assert main(["--db", db, "team", "add", "asha", "--role", "annotator"]) == 2
    err = capsys.readouterr().err
    assert "team roles need a PostgreSQL database" in err and err.count("\n") == 1
    assert main(["--db", db, "team", "list"]) == 2
    assert main(["--db", db, "db", "init"]) == 0
    assert "SQLite: no team roles" in capsys.readouterr().out


def test_a_manager_manages_members_until_demoted(
    team: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """A manager added by the owner adds a member herself; demoted, she cannot (her
    CREATEROLE goes, as she manages no other database: a login of her own here)."""
    name = f"mina_{uuid.uuid4().hex[:6]}"
    add(team["owner"], name, "manager", monkeypatch)
    mina = as_login(team["owner"], name)
    add(mina, "dita", "annotator", monkeypatch)
    with raw(team["owner"], "dita") as conn:
        assert conn.execute("SELECT current_user").fetchone() == ("dita",)
    assert main(["--db", team["owner"], "team", "set-role", name, "--role", "annotator"]) == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(MEMBER_PASSWORD + "\n"))
    args = ["team", "add", "eli", "--role", "annotator", "--password-stdin"]
    assert main(["--db", mina, *args]) == 2
    assert f"needs the manager role; you are logged in as {name} (annotator)" in (
        capsys.readouterr().err
    )
    with (
        raw(team["owner"], name) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("CREATE ROLE eli LOGIN")
