"""Team mode on a real PostgreSQL server (started by the fixture in conftest.py)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from team_helpers import SEED_SPANS, foundation_flow
from team_pg import PG_PASSWORD

from annotator.cli.main import main
from annotator.model import Status
from annotator.service import ConflictError, Workspace
from annotator.text import tokenize


def test_foundation_flow_exports_the_same_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    on_sqlite = foundation_flow(str(tmp_path / "a.sqlite3"), tmp_path / "sqlite.jsonl")
    on_pg = foundation_flow(pg_url, tmp_path / "pg.jsonl")
    assert on_pg == on_sqlite
    assert on_pg.count(b"\n") == 2  # the demo layer and rita's


def test_two_clients_editing_different_layers_lose_nothing(pg_url: str) -> None:
    assert main(["--db", pg_url, "import", "--project", "Demo", str(SEED_SPANS)]) == 0
    clients = [Workspace(pg_url), Workspace(pg_url)]
    try:
        doc = clients[0].list_documents(clients[0].project("Demo").id)[0].id
        words = [t for t in tokenize(clients[0].document(doc).text) if t.text.isalpha()][:12]
        barrier = threading.Barrier(2)
        errors: list[BaseException] = []

        def work(ws: Workspace, name: str) -> None:
            try:
                barrier.wait()
                for token in words:
                    span = ws.create_span(doc, name, "PER", token.start, token.end).span
                    assert span is not None
                    ws.update_span(span.id, name, label="ORG", expected_version=span.version)
                ws.set_status(doc, name, Status.DONE)
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [
            threading.Thread(target=work, args=(ws, name))
            for ws, name in zip(clients, ("asha", "bina"), strict=True)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert errors == []
        for name in ("asha", "bina"):
            layer = clients[1].layer(doc, name)
            assert len(layer.spans) == len(words)
            assert {s.label for s in layer.spans} == {"ORG"}
            assert {s.version for s in layer.spans} == {2}
            assert layer.status is Status.DONE
    finally:
        for ws in clients:
            ws.close()


def test_a_stale_update_is_refused(pg_url: str) -> None:
    assert main(["--db", pg_url, "import", "--project", "Demo", str(SEED_SPANS)]) == 0
    with Workspace(pg_url) as mine, Workspace(pg_url) as theirs:
        doc = mine.list_documents(mine.project("Demo").id)[0].id
        span = mine.layer(doc, "demo").spans[0]
        theirs.update_span(span.id, "demo", attrs={"canonical": "x"}, expected_version=span.version)
        with pytest.raises(ConflictError, match="changed by someone else"):
            mine.update_span(
                span.id, "demo", attrs={"canonical": "y"}, expected_version=span.version
            )
        assert theirs.layer(doc, "demo").spans[0].attrs == {"canonical": "x"}


def test_a_concurrent_update_is_refused_not_lost(pg_url: str) -> None:
    """Another transaction changes the row while this update is under way.

    The other side holds the row locked, the update starts and waits, the other side
    bumps the version and commits: the waiting update must see the new version and
    refuse, not overwrite the change it never saw.
    """
    assert main(["--db", pg_url, "import", "--project", "Demo", str(SEED_SPANS)]) == 0
    engine = create_engine(pg_url)
    with Workspace(pg_url) as ws:
        doc = ws.list_documents(ws.project("Demo").id)[0].id
        span = ws.layer(doc, "demo").spans[0]
        outcome: list[BaseException | None] = []

        def update() -> None:
            try:
                ws.update_span(
                    span.id, "demo", attrs={"canonical": "mine"}, expected_version=span.version
                )
                outcome.append(None)
            except BaseException as exc:
                outcome.append(exc)

        with engine.connect() as other:
            tx = other.begin()
            other.execute(
                text("SELECT version FROM spans WHERE id = :i FOR UPDATE"), {"i": span.id}
            )
            thread = threading.Thread(target=update)
            thread.start()
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:  # wait until the update waits on our lock
                waiting = other.scalar(
                    text(
                        "SELECT count(*) FROM pg_stat_activity "
                        "WHERE wait_event_type = 'Lock' AND datname = current_database()"
                    )
                )
                if waiting:
                    break
                time.sleep(0.05)
            other.execute(
                text("UPDATE spans SET version = version + 1, attrs = :a WHERE id = :i"),
                {"i": span.id, "a": '{"canonical": "theirs"}'},
            )
            tx.commit()
            thread.join(20)
        engine.dispose()
        assert len(outcome) == 1 and isinstance(outcome[0], ConflictError)
        assert ws.layer(doc, "demo").spans[0].attrs == {"canonical": "theirs"}


def test_commands_never_print_the_password(pg_url: str, tmp_path: Path, capsys) -> None:
    commands = [
        ["import", "--project", "Demo", str(SEED_SPANS)],
        ["info"],
        ["stats"],
        ["schema", "export", str(tmp_path / "s.json"), "--project", "Demo"],
        ["assign", "--project", "Demo", "--annotators", "a,b", "--overlap", "1", "--seed", "1"],
        ["agreement", "--project", "Demo"],
        ["export", "--project", "Demo", "-o", "-"],
    ]
    for args in commands:
        assert main(["--db", pg_url, *args]) == 0, args
    out, err = capsys.readouterr()
    assert "Demo" in out
    assert "postgres:***@127.0.0.1" in out  # info shows where, without the secret
    assert PG_PASSWORD not in out + err
    wrong = pg_url.rsplit("/", 1)[0] + "/no_such_database"
    assert main(["--db", wrong, "info"]) != 0
    out, err = capsys.readouterr()
    assert PG_PASSWORD not in out + err


def test_password_from_pgpassword_or_pgpass(
    pg_server, pg_url: str, tmp_path: Path, monkeypatch, capsys
) -> None:
    bare = pg_url.replace(f":{PG_PASSWORD}@", "@")
    assert PG_PASSWORD not in bare
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "missing"))
    assert main(["--db", bare, "info"]) == 2
    assert "password" in capsys.readouterr().err.lower()
    monkeypatch.setenv("PGPASSWORD", PG_PASSWORD)
    assert main(["--db", bare, "info"]) == 0
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{pg_server.host}:{pg_server.port}:*:postgres:{PG_PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert main(["--db", bare, "info"]) == 0
    out, err = capsys.readouterr()
    assert PG_PASSWORD not in out + err
