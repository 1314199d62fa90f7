"""An edit acknowledged as saved survives the process being killed at any moment."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.reliability.conftest import WORKER, integrity, worker_spans

ROUNDS = int(os.environ.get("ANNOTATOR_KILL_ROUNDS", "200"))
ORDER = {"create": 0, "update": 1, "delete": 2}


def observed_step(labels: dict[str, str], key: str) -> int:
    """Which step the database shows for a span: 0 PER, 1 ORG, 2 gone."""
    label = labels.get(key)
    return 2 if label is None else {"PER": 0, "ORG": 1}[label]


class KillLoop:
    """Drives the fork server: start a child, kill it at a random moment, collect acks."""

    def __init__(self, db: Path, doc_id: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), "serve", str(db), str(doc_id)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self.acked: dict[str, str] = {}  # span key -> last acknowledged step
        self.ack_count = 0

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, "the fork server died"
        return line.strip()

    def _take(self, line: str) -> None:
        _, step, key = line.split()
        self.acked[key] = step
        self.ack_count += 1

    def round(self, tag: str, delay: float) -> int:
        """One child killed after ``delay`` seconds; returns its wait status."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"go {tag}\n")
        self.proc.stdin.flush()
        while not (line := self._line()).startswith("pid "):
            self._take(line)
        pid = int(line.split()[1])
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        while not (line := self._line()).startswith("exit "):
            self._take(line)
        return int(line.split()[2])

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


@pytest.mark.slow
def test_acknowledged_edits_survive_sigkill(news_db: tuple[Path, int]) -> None:
    db, doc_id = news_db
    rng = random.Random(6)
    loop = KillLoop(db, doc_id)
    lost: list[str] = []
    killed_before_first_ack = 0
    try:
        for n in range(ROUNDS):
            before = loop.ack_count
            # Mostly mid-edit, sometimes while the Workspace is still opening.
            delay = rng.choice([rng.uniform(0.0, 0.15)] + [rng.uniform(0.15, 0.4)] * 2)
            status = loop.round(f"r{n}", delay)
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                f"round {n}: the worker ended by itself (status {status}), see stderr"
            )
            killed_before_first_ack += loop.ack_count == before
            assert integrity(db) == "ok", f"round {n}: integrity_check failed"
            labels = worker_spans(db)
            for key, step in loop.acked.items():
                seen = observed_step(labels, key)
                if seen < ORDER[step]:
                    lost.append(f"round {n}: span {key} acked {step}, database shows {seen}")
    finally:
        loop.close()
    labels = worker_spans(db)
    never_acked = set(labels) - set(loop.acked)
    # An edit in flight at the kill may have committed without its ack: at most one
    # per round, whether a create (a span nobody acked) or a step ahead of its ack.
    ahead = sum(observed_step(labels, i) > ORDER[step] for i, step in loop.acked.items())
    print(
        f"\nkill test: {ROUNDS} rounds, {loop.ack_count} acknowledged edits, "
        f"{len(lost)} lost, {len(never_acked) + ahead} in-flight edits committed unacknowledged, "
        f"{killed_before_first_ack} kills before the first edit"
    )
    assert not lost, "\n".join(lost[:20])
    assert loop.ack_count > ROUNDS  # the kills really landed among edits
    assert len(never_acked) + ahead <= ROUNDS
