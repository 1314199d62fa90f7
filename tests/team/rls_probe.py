"""What row-level security costs a read: the same queries as the owner (no policies),
a curator and an annotator, with and without independent annotation.

    PYTHONPATH=. python tests/team/rls_probe.py [DOCUMENTS]

Starts its own PostgreSQL (team_pg.py), fills it by SQL (DOCUMENTS copies of the seed
article, 50 spans each in two annotators' layers) and prints the server's execution
time (``EXPLAIN ANALYZE``, best of 5) per login. Figures are in docs/scale.md.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
from team_pg import PG_PASSWORD, start_server

from annotator.cli.main import main

SEED = Path(__file__).resolve().parents[2] / "seeds" / "kim-putin-letter.spans.jsonl"
PASSWORD = "probe-pw-123"
FILL = [
    "INSERT INTO annotators (name, created) VALUES ('asha', now()), ('bina', now())",
    "INSERT INTO documents (project_id, external_id, title, source, meta, text, "
    "text_sha256, length, created) SELECT d.project_id, 'copy-' || g, d.title, d.source, "
    "d.meta, d.text, d.text_sha256, d.length, now() FROM documents d, "
    "generate_series(1, %(docs)s) g",
    "INSERT INTO spans (document_id, annotator_id, label_id, start_offset, end_offset, "
    "attrs, created, updated, version) SELECT d.id, a.id, (SELECT min(id) FROM labels), "
    "0, 8, '{}', now(), now(), 1 FROM documents d, annotators a, generate_series(1, 25) g "
    "WHERE a.name IN ('asha', 'bina')",
    "ANALYZE",
]


def server_ms(conn: psycopg.Connection, sql: str, params: tuple = ()) -> tuple[float, str]:
    """Best execution time of 5 (ms) and the rows the top node returned."""
    best, rows = float("inf"), "?"
    for _ in range(5):
        plan = [r[0] for r in conn.execute("EXPLAIN (ANALYZE, TIMING OFF) " + sql, params)]
        best = min(best, float(next(x for x in plan if x.startswith("Execution Time")).split()[2]))
        rows = plan[0].split("actual rows=")[1].split()[0]
    return best, rows


def probe(documents: int) -> None:
    running = start_server()
    try:
        server = running.server
        url = server.create_database("probe")
        assert main(["--db", url, "import", "--project", "Demo", str(SEED)]) == 0
        for name, role in (("asha", "annotator"), ("cora", "curator")):
            sys.stdin = io.StringIO(PASSWORD + "\n")
            assert main(["--db", url, "team", "add", name, "--role", role, "--password-stdin"]) == 0
        base = {"host": server.host, "port": server.port, "dbname": "probe"}
        with psycopg.connect(**base, user="postgres", password=PG_PASSWORD, autocommit=True) as c:
            for statement in FILL:
                c.execute(statement, {"docs": documents} if "%(docs)s" in statement else None)
            spans = c.execute("SELECT count(*) FROM spans").fetchone()[0]  # type: ignore[index]
            doc = c.execute("SELECT max(id) FROM documents").fetchone()[0]  # type: ignore[index]
            bina = c.execute("SELECT id FROM annotators WHERE name = 'bina'").fetchone()[0]  # type: ignore[index]
        print(f"{spans} spans in {documents + 1} documents; load {os.getloadavg()[0]:.2f}")
        logins = (("postgres", PG_PASSWORD), ("cora", PASSWORD), ("asha", PASSWORD))
        queries = {
            "every span": ("SELECT * FROM spans", ()),
            "one layer of one document": (
                "SELECT * FROM spans WHERE document_id = %s AND annotator_id = %s",
                (doc, bina),
            ),
        }
        for independent in (False, True):
            with psycopg.connect(
                **base, user="postgres", password=PG_PASSWORD, autocommit=True
            ) as c:
                c.execute("UPDATE projects SET independent = %s", (independent,))
            for label, (sql, params) in queries.items():
                shown = []
                for user, password in logins:
                    with psycopg.connect(**base, user=user, password=password) as conn:
                        ms, rows = server_ms(conn, sql, params)
                    shown.append(f"{user} {ms:.1f} ms ({rows} rows)")
                print(f"independent={independent} {label}: " + "; ".join(shown))
    finally:
        running.stop()


if __name__ == "__main__":
    probe(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
