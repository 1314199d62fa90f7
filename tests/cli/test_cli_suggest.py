"""``annotator suggest ...``, ``import --as-suggestions`` and ``export --suggestions``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from annotator.cli.main import main
from tests.conftest import SEED_DIR

SEED = SEED_DIR / "kim-putin-letter.spans.jsonl"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


def _layers(db: Path) -> list[tuple[int, int, int, int, int]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT document_id, annotator_id, label_id, start_offset, end_offset FROM spans"
        ).fetchall()


def _ls_task(text: str, start: int, end: int, label: str, score: float) -> dict[str, object]:
    region = {"value": {"start": start, "end": end, "labels": [label]}, "score": score}
    return {
        "data": {"text": text, "id": "kim-putin-letter"},
        "annotations": [{"result": [], "completed_by": "someone"}],
        "predictions": [{"model_version": "x", "result": [{**region, "type": "labels"}]}],
    }


def test_import_as_suggestions_touches_no_layer(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "a.sqlite3"
    assert run(capsys, "--db", str(db), "import", str(SEED), "--project", "P")[0] == 0
    before = _layers(db)
    text = json.loads(SEED.read_text("utf-8"))["text"]
    start = text.index("আনাদোলু")
    tasks = tmp_path / "ls.json"
    tasks.write_text(json.dumps([_ls_task(text, start, start + len("আনাদোলু"), "ORG", 0.8)]), "utf-8")
    status, out, err = run(
        capsys, "--db", str(db), "import", "--as-suggestions", str(tasks), "--project", "P"
    )
    assert status == 0, err
    assert "imported 1 suggestions" in out and "1 documents found, 0 added" in out
    assert _layers(db) == before  # no annotator's layer changed
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT recommender, score, text, rejected FROM suggestions").fetchall()
        annotators = [n for (n,) in conn.execute("SELECT name FROM annotators")]
    assert rows == [("import:label-studio", 0.8, "আনাদোলু", 0)]
    assert "someone" not in annotators
    # a native JSONL file of predictions: spans become suggestions, with a new document
    native = tmp_path / "pred.jsonl"
    record = {
        "id": "n1",
        "text": "ঢাকায় বৃষ্টি।",
        "annotator": "model",
        "spans": [{"start": 0, "end": len("ঢাকায়"), "label": "GPE"}],
    }
    native.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    status, out, _ = run(
        capsys, "--db", str(db), "import", "--as-suggestions", str(native), "--project", "P"
    )
    assert status == 0 and "1 added" in out
    assert _layers(db) == before
    # export: labels never carry suggestions; --suggestions writes them with source, score
    labels_out = tmp_path / "labels.jsonl"
    assert (
        run(
            capsys,
            "--db",
            str(db),
            "export",
            "-o",
            str(labels_out),
            "--project",
            "P",
            "--status",
            "any",
        )[0]
        == 0
    )
    exported = labels_out.read_text("utf-8")
    assert "import:" not in exported and '"score"' not in exported
    lines = [json.loads(x) for x in exported.splitlines()]
    assert [x["spans"] for x in lines if x["id"] == "n1"] == [[]]  # suggestions are no spans
    sugg_out = tmp_path / "sugg.jsonl"
    status, _, err = run(
        capsys, "--db", str(db), "export", "--suggestions", "-o", str(sugg_out), "--project", "P"
    )
    assert status == 0, err
    lines = [json.loads(x) for x in sugg_out.read_text("utf-8").splitlines()]
    assert {(x["id"], s["source"], s["score"], s["text"]) for x in lines for s in x["spans"]} == {
        ("kim-putin-letter", "import:label-studio", 0.8, "আনাদোলু"),
        ("n1", "import:jsonl", 1.0, "ঢাকায়"),
    }


def test_bad_predictions_leave_the_database_as_it_was(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "b.sqlite3"
    assert run(capsys, "--db", str(db), "import", str(SEED), "--project", "P")[0] == 0
    bad = tmp_path / "bad.jsonl"
    good = {"text": "ঢাকায় বৃষ্টি।", "spans": [{"start": 0, "end": 6, "label": "GPE"}]}
    broken = {"text": "ক্ষমতা", "spans": [{"start": 0, "end": 1, "label": "ORG"}]}  # splits ক্ষ
    bad.write_text(
        json.dumps(good, ensure_ascii=False) + "\n" + json.dumps(broken, ensure_ascii=False) + "\n",
        "utf-8",
    )
    status, _, err = run(
        capsys, "--db", str(db), "import", "--as-suggestions", str(bad), "--project", "P"
    )
    assert status == 2
    assert f"{bad}:2" in err and "cluster" in err and "Traceback" not in err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM suggestions").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (1,)


def test_suggest_train_apply_evaluate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from benchmarks import corpus

    db = tmp_path / "c.sqlite3"
    data = tmp_path / "gold.jsonl"
    with open(data, "w", encoding="utf-8") as handle:
        for i in range(10):
            record = corpus.make_record(i, chars=600, spans=None, annotator="gold")
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    assert run(capsys, "--db", str(db), "import", str(data), "--project", "P")[0] == 0
    status, out, err = run(
        capsys,
        "--db",
        str(db),
        "suggest",
        "train",
        "--project",
        "P",
        "--holdout",
        "0.3",
        "--seed",
        "1",
    )
    assert status == 0, err
    assert "held-out documents" in out and "overall" in out and "PER" in out
    status, out, _ = run(capsys, "--db", str(db), "suggest", "train", "--project", "P", "--json")
    report = json.loads(out)
    assert report["from"] == "gold" and "PER" in report["table"]["labels"]
    status, out, _ = run(capsys, "--db", str(db), "suggest", "evaluate", "--project", "P", "--json")
    assert status == 0
    result = json.loads(out)
    assert set(result["recommenders"]) == {"gazetteer", "tagger", "quotes", "all"}
    status, out, _ = run(
        capsys, "--db", str(db), "suggest", "apply", "--project", "P", "--recommender", "quotes"
    )
    assert status == 0 and out.startswith("stored suggestions in 'P': quotes ")
    external = corpus.make_record(3, chars=600, spans=None)["id"]
    status, out, _ = run(
        capsys, "--db", str(db), "suggest", "apply", "--project", "P", "--document", external
    )
    assert status == 0 and "gazetteer" in out
    status, _, err = run(
        capsys, "--db", str(db), "suggest", "apply", "--project", "P", "--document", "nope"
    )
    assert status == 2 and "nope" in err
    status, _, err = run(
        capsys, "--db", str(db), "suggest", "train", "--project", "P", "--holdout", "1.5"
    )
    assert status == 2 and "--holdout" in err
