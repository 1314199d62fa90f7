"""A generated corpus for split, filter and card tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.model import DocumentRecord, SpanRecord, Status

WORDS = ["ঢাকা", "মস্কো", "কিম", "রাশিয়ার", "সেনা", "বলেন", "আজ", "নতুন", "চুক্তি"]


def make_records(
    start: int, count: int, annotator: str = "asha", status: Status = Status.DONE
) -> list[DocumentRecord]:
    """Documents ``doc-<n>``: "কিম ঢাকা ..." with a PER on কিম and a GPE on ঢাকা, and
    a rare LOC on every 17th document."""
    records = []
    for n in range(start, start + count):
        words = ["কিম", "ঢাকা"] + [WORDS[(n + k) % len(WORDS)] for k in range(4)] + ["।"]
        text = " ".join(words)
        spans = [SpanRecord("s1", 0, 3, "PER"), SpanRecord("s2", 4, 8, "GPE")]
        if n % 17 == 0:
            spans.append(SpanRecord("s3", 9, 9 + len(words[2]), "LOC"))
        records.append(
            DocumentRecord(
                text=text + f" {n}",
                external_id=f"doc-{n}",
                annotator=annotator,
                status=status,
                spans=tuple(spans),
                origin=f"gen:{n}",
            )
        )
    return records


@pytest.fixture
def corpus_db(db_path: Path) -> Callable[[int, int], Path]:
    """Add documents ``doc-start .. doc-start+count-1`` to project "News"; returns the db."""
    from annotator.service import Workspace, import_records

    def add(start: int, count: int) -> Path:
        with Workspace(str(db_path)) as ws:
            import_records(ws, make_records(start, count), project="News")
        return db_path

    return add


@pytest.fixture
def cli(db_path: Path) -> Callable[..., int]:
    from annotator.cli.main import main

    def run(*args: str) -> int:
        return main(["--db", str(db_path), *args])

    return run
