"""PostgreSQL behaves like SQLite (issue 18, findings 3 and 16).

Two imports of the same texts at once de-duplicate exactly as on SQLite; two first
runs migrate one after the other; a stopped server and a refused value are one line.
Uses the real server of ``tests/team/team_pg.py`` (skipped without the binaries).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.team.team_pg import PgServer, serve

ROOT = Path(__file__).resolve().parents[2]
N = 150


@pytest.fixture(scope="module")
def pg() -> Iterator[PgServer]:
    yield from serve()


def _cli(url: str, *argv: str) -> subprocess.Popen[str]:
    code = "import sys; from annotator.cli.main import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.Popen(
        [sys.executable, "-c", code, "--db", url, *argv],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": "/tmp"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _count(url: str, sql: str) -> int:
    import psycopg

    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo) as conn:
        row = conn.execute(sql).fetchone()
        assert row is not None
        return int(row[0])


def test_f03_concurrent_imports_of_the_same_texts_de_duplicate(
    pg: PgServer, tmp_path: Path
) -> None:
    url = pg.create_database()
    files = []
    for who in ("a", "b"):
        path = tmp_path / f"{who}.jsonl"
        path.write_text(
            "".join(
                json.dumps({"id": f"{who}-{i}", "text": f"লেখা নম্বর {i}।"}, ensure_ascii=False)
                + "\n"
                for i in range(N)
            ),
            encoding="utf-8",
        )
        files.append(path)
    # both first runs migrate the empty database at once, then import at once
    runs = [_cli(url, "import", "--project", "P", str(path)) for path in files]
    results = [run.communicate(timeout=240) for run in runs]
    for run, (_out, err) in zip(runs, results, strict=True):
        assert "Traceback" not in err
        assert run.returncode == 0, err
    assert _count(url, "SELECT count(*) FROM documents") == N
    assert _count(url, "SELECT count(DISTINCT text_sha256) FROM documents") == N
    assert _count(url, "SELECT count(*) FROM projects") == 1


def test_f16_values_postgresql_refuses_and_a_stopped_server_are_one_line(
    pg: PgServer, tmp_path: Path
) -> None:
    url = pg.create_database()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "x" * 400, "text": "লেখা।"}) + "\n", encoding="utf-8")
    run = _cli(url, "import", str(bad))
    _out, err = run.communicate(timeout=120)
    assert run.returncode == 2 and "300 characters" in err
    nul = tmp_path / "nul.jsonl"
    nul.write_text(json.dumps({"meta": {"title": "a\u0000b"}, "text": "লেখা।"}) + "\n")
    run = _cli(url, "import", str(nul))
    _out, err = run.communicate(timeout=120)
    assert run.returncode == 2 and "NUL" in err and "Traceback" not in err
    closed = pg.url("nosuchdb")
    run = _cli(closed, "info")
    _out, err = run.communicate(timeout=120)
    assert run.returncode == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "s3cret" not in err


def _admin(url: str):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))


def _waiting_backend(url: str, wait_event: str, count: int = 1, timeout: float = 120) -> list[int]:
    """The pids of ``count`` other backends waiting on a lock (``wait_event``), polled."""
    import time

    deadline = time.monotonic() + timeout
    with _admin(url) as conn:
        conn.autocommit = True
        while time.monotonic() < deadline:
            rows = conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'"
                " AND wait_event = %s ORDER BY pid",
                (wait_event,),
            ).fetchall()
            if len(rows) >= count:
                return [int(r[0]) for r in rows]
            time.sleep(0.05)
    raise AssertionError(f"no backend waited on {wait_event!r}")


def _queued(url: str, commands: list[list[str]]) -> None:
    """Start every command while this test holds the import lock, check that each one
    waits for it, let them go, and check each then succeeds in one piece."""
    from annotator.storage.locks import IMPORT_LOCK

    with _admin(url) as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (IMPORT_LOCK,))
        runs = [_cli(url, *argv) for argv in commands]
        _waiting_backend(url, "advisory", count=len(runs))
        holder.execute("SELECT pg_advisory_unlock(%s)", (IMPORT_LOCK,))
        holder.commit()
        results = [run.communicate(timeout=240) for run in runs]
    for run, (_out, err) in zip(runs, results, strict=True):
        assert "Traceback" not in err
        assert run.returncode == 0, err


def _records(path: Path, prefix: str, n: int) -> Path:
    path.write_text(
        "".join(
            json.dumps({"id": f"{prefix}{i}", "text": f"খবর নম্বর {i}।"}, ensure_ascii=False) + "\n"
            for i in range(n)
        ),
        encoding="utf-8",
    )
    return path


def test_f16_the_server_dropping_the_connection_mid_import_is_one_line(
    pg: PgServer, tmp_path: Path
) -> None:
    """The import has inserted its documents and waits to write its history row (the
    table is locked by another session); its backend is then terminated, as a server
    stopping would. One line, exit 2, and nothing of the import is left."""
    url = pg.create_database()
    first = _cli(url, "info")  # migrate first: the history table must exist
    assert first.wait(timeout=120) == 0
    path = _records(tmp_path / "a.jsonl", "a-", N)
    with _admin(url) as holder:
        holder.execute("LOCK TABLE history IN ACCESS EXCLUSIVE MODE")
        run = _cli(url, "import", "--project", "P", str(path))
        (pid,) = _waiting_backend(url, "relation")
        with _admin(url) as killer:
            killer.autocommit = True
            killer.execute("SELECT pg_terminate_backend(%s)", (pid,))
        _out, err = run.communicate(timeout=120)
        holder.rollback()
    assert run.returncode == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "terminat" in lines[0] or "connection" in lines[0], lines[0]
    assert "s3cret" not in err
    assert _count(url, "SELECT count(*) FROM documents") == 0
    assert _count(url, "SELECT count(*) FROM projects") == 0


def test_f16_suggestion_imports_take_turns_like_imports(pg: PgServer, tmp_path: Path) -> None:
    """``import --as-suggestions`` creates projects and documents too: two at once into a
    new project with the same document ids wait for the import lock instead of failing
    with a unique violation."""
    url = pg.create_database()
    first = _cli(url, "info")
    assert first.wait(timeout=120) == 0
    files = [_records(tmp_path / f"{who}.jsonl", "doc-", N) for who in ("a", "b")]
    # both wait: neither has created P when they start
    _queued(url, [["import", "--as-suggestions", "--project", "P", str(f)] for f in files])
    assert _count(url, "SELECT count(*) FROM projects") == 1
    assert _count(url, "SELECT count(*) FROM documents") == N


def test_f16_two_sessions_first_using_one_annotator_name_both_succeed(
    pg: PgServer, tmp_path: Path
) -> None:
    """A window's first edit creates its annotator row; another process creating the same
    name at that moment made one of them fail with a unique violation. Now the second
    waits for the first and uses its row."""
    import threading

    from annotator.service import Workspace

    url = pg.create_database()
    path = _records(tmp_path / "a.jsonl", "a-", 1)
    assert _cli(url, "import", "--project", "P", str(path)).wait(timeout=120) == 0
    with Workspace(url) as ws:
        doc = ws.document_by_external_id(int(ws.project("P").id), "a-0")
        errors: list[BaseException] = []
        with _admin(url) as other:
            other.execute("INSERT INTO annotators (name, created) VALUES ('zara', now())")  # open

            def edit() -> None:
                try:
                    ws.create_span(int(doc.id), "zara", "PER", 0, 3)
                except BaseException as exc:  # reported to the test thread
                    errors.append(exc)

            worker = threading.Thread(target=edit)
            worker.start()
            _waiting_backend(url, "transactionid")  # the edit waits on the other insert
            other.commit()
            worker.join(timeout=60)
        assert not worker.is_alive()
        assert errors == []
    assert _count(url, "SELECT count(*) FROM annotators WHERE name = 'zara'") == 1
    assert _count(url, "SELECT count(*) FROM spans") == 1


def test_f16_two_assignments_at_once_take_turns(pg: PgServer, tmp_path: Path) -> None:
    """Each replaces the project's assignment: side by side, the second inserted rows
    the first had just inserted (a unique violation); now they queue on the lock."""
    url = pg.create_database()
    path = _records(tmp_path / "a.jsonl", "a-", 20)
    assert _cli(url, "import", "--project", "P", str(path)).wait(timeout=120) == 0
    _queued(
        url,
        [
            ["assign", "--project", "P", "--annotators", "a,b,c", "--seed", str(seed)]
            for seed in (1, 2)
        ],
    )
    assert _count(url, "SELECT count(*) FROM assignments") > 0
    assert (
        _count(
            url,
            "SELECT count(*) FROM (SELECT document_id, annotator_id FROM assignments"
            " GROUP BY 1, 2 HAVING count(*) > 1) d",
        )
        == 0
    )
