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
