"""The whole team flow: two laptops, one merged database, agreement, gold, export.

Asha and Bina label the Demo article on their own laptops (SQLite). Their layers are
exported with ``--format spans --annotator NAME`` and imported into one database
(SQLite, and the same flow on PostgreSQL). Importing a layer twice adds nothing.

Hand computation of the agreement (entities they marked, by surface text):

    asha: GPE রাশিয়ার, PER ভ্লাদিমির পুতিনের, GPE উত্তর কোরিয়ার, PER কিম জং উন, GPE মস্কো
    bina: GPE রাশিয়ার, PER ভ্লাদিমির পুতিনের, GPE উত্তর কোরিয়ার, PER কিম (part of কিম জং উন),
          ORG মস্কো
    exact matches: রাশিয়ার, পুতিনের, উত্তর কোরিয়ার = 3 -> P = R = 3/5, F1 = 6/10 = 0.6
    overlap: also কিম ~ কিম জং উন (same label) = 4 -> F1 = 8/10 = 0.8
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.model import Status
from annotator.service import Workspace
from annotator.service.adjudication import GOLD

SEED_TEXT = Path(__file__).resolve().parents[2] / "seeds" / "kim-putin-letter.bn.txt"

ASHA = [
    ("GPE", "রাশিয়ার"),
    ("PER", "ভ্লাদিমির পুতিনের"),
    ("GPE", "উত্তর কোরিয়ার"),
    ("PER", "কিম জং উন"),
    ("GPE", "মস্কো"),
]
BINA = [
    ("GPE", "রাশিয়ার"),
    ("PER", "ভ্লাদিমির পুতিনের"),
    ("GPE", "উত্তর কোরিয়ার"),
    ("PER", "কিম"),
    ("ORG", "মস্কো"),
]


def _laptop(tmp_path: Path, name: str, spans: list[tuple[str, str]]) -> Path:
    """One annotator's laptop: import the article, label it, mark it done, export."""
    db = tmp_path / f"{name}.sqlite3"
    assert main(["--db", str(db), "import", "--project", "News", str(SEED_TEXT)]) == 0
    with Workspace(str(db)) as ws:
        project = ws.project("News")
        doc = ws.list_documents(project.id)[0]
        text = ws.document(doc.id).text
        for label, surface in spans:
            start = text.index(surface)
            ws.create_span(doc.id, name, label, start, start + len(surface))
        ws.set_status(doc.id, name, Status.DONE)
    out = tmp_path / f"{name}.jsonl"
    assert (
        main(
            [
                "--db",
                str(db),
                "export",
                "--format",
                "spans",
                "--annotator",
                name,
                "--project",
                "News",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    return out


def _counts(db: str, capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    capsys.readouterr()
    assert main(["--db", db, "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    return {k: info[k] for k in ("documents", "annotators", "spans", "relations")}


def run_flow(
    merged: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], curator: str | None = None
) -> list[dict]:
    """Import (as ``merged``'s login), then agree, adjudicate and export gold as
    ``curator`` (the same login unless given: on PostgreSQL with team roles, a curator)."""
    curator = curator or merged
    asha, bina = _laptop(tmp_path, "asha", ASHA), _laptop(tmp_path, "bina", BINA)
    assert main(["--db", merged, "import", "--project", "News", str(asha), str(bina)]) == 0
    before = _counts(merged, capsys)
    assert before == {"documents": 1, "annotators": 2, "spans": 10, "relations": 0}
    # The second laptop sends its file again: nothing is added.
    assert main(["--db", merged, "import", "--project", "News", str(bina)]) == 0
    assert "0 spans, 0 relations, 5 spans already present" in capsys.readouterr().out
    assert _counts(merged, capsys) == before

    assert main(["--db", curator, "agreement", "--project", "News", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    pair = report["pairs"][0]
    assert (pair["a"], pair["b"], pair["documents"]) == ("asha", "bina", 1)
    assert pair["exact"]["f1"] == pytest.approx(0.6)
    assert pair["overlap"]["f1"] == pytest.approx(0.8)

    assert main(["--db", curator, "adjudicate", "--project", "News"]) == 0
    assert "accepted 3 agreed spans" in capsys.readouterr().out
    with Workspace(curator) as ws:
        doc = ws.list_documents(ws.project("News").id)[0]
        ws.set_status(doc.id, GOLD, Status.DONE)
    out = tmp_path / "gold.jsonl"
    assert main(["--db", curator, "export", "--project", "News", "--gold", "-o", str(out)]) == 0
    gold = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(s["label"], s["text"]) for s in gold[0]["spans"]] == ASHA[:3]
    return gold


def test_two_laptops_merge_agree_and_adjudicate_on_sqlite(tmp_path: Path, capsys) -> None:
    run_flow(str(tmp_path / "merged.sqlite3"), tmp_path, capsys)


def test_the_same_flow_on_postgresql(pg_url: str, tmp_path: Path, capsys) -> None:
    gold = run_flow(pg_url, tmp_path, capsys)
    assert gold[0]["annotator"] == GOLD
