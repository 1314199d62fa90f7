"""Two programs writing the same SQLite file at once: writes wait, nothing is lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from annotator.service import Workspace
from tests.reliability.conftest import WORKER, integrity, worker_spans

EDITS = 60


def _ack_lines(out: str) -> dict[str, str]:
    """Span key -> last acknowledged step."""
    acked: dict[str, str] = {}
    for line in out.splitlines():
        _, step, key = line.split()
        acked[key] = step
    return acked


def test_two_processes_write_at_once_and_lose_nothing(news_db: tuple[Path, int]) -> None:
    db, doc_id = news_db
    procs = {
        tag: subprocess.Popen(
            [sys.executable, str(WORKER), "edit", str(db), str(doc_id), tag, str(EDITS)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("alice", "bob")
    }
    results = {tag: p.communicate(timeout=60) for tag, p in procs.items()}
    for tag, (_, err) in results.items():
        assert procs[tag].returncode == 0, f"{tag} failed: {err}"
    assert integrity(db) == "ok"
    labels = worker_spans(db)
    for tag, (out, _) in results.items():
        assert len(out.splitlines()) == EDITS  # every edit was acknowledged
        acked = _ack_lines(out)
        for key, step in acked.items():
            expected = {"create": "PER", "update": "ORG", "delete": None}[step]
            assert labels.get(key) == expected, (key, step)
        # Nothing of this writer's is in the database that it did not acknowledge.
        mine = {key for key in labels if key.startswith(f"{tag}:")}
        assert mine == {key for key, step in acked.items() if step != "delete"}


def test_the_cli_imports_while_another_process_edits(
    news_db: tuple[Path, int], tmp_path: Path
) -> None:
    db, doc_id = news_db
    texts = tmp_path / "texts"
    texts.mkdir()
    for n in range(20):
        (texts / f"doc{n:02}.txt").write_text(f"খবর নম্বর {n}: ঢাকায় বৃষ্টি।\n", encoding="utf-8")
    editor = subprocess.Popen(
        [sys.executable, str(WORKER), "edit", str(db), str(doc_id), "alice", str(EDITS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    importer = subprocess.run(
        [
            sys.executable,
            "-m",
            "annotator",
            "--db",
            str(db),
            "import",
            "--project",
            "News",
            str(texts),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    out, err = editor.communicate(timeout=60)
    assert editor.returncode == 0, err
    assert importer.returncode == 0, importer.stderr
    assert len(out.splitlines()) == EDITS
    with Workspace(db) as ws:
        project = ws.project("News")
        assert ws.count_documents(project.id) == 21
    assert integrity(db) == "ok"


def test_a_stale_span_id_never_names_another_span(news_db: tuple[Path, int]) -> None:
    db, doc_id = news_db
    with Workspace(db) as window_a, Workspace(db) as window_b:
        span = window_a.create_span(doc_id, "asha", "PER", 0, 8).span
        assert span is not None
        window_b.delete_span(span.id, "asha")
        other = window_b.create_span(doc_id, "asha", "GPE", 9, 20).span
        assert other is not None
        assert other.id != span.id
