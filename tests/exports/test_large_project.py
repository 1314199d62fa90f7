"""The "done when" run: a 1,000-document generated project exports in every format with
a split, validates, re-imports where an importer exists, and loads in spaCy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli.main import main

FORMATS = {
    "spans": ".jsonl",
    "prodigy": ".jsonl",
    "hf": ".jsonl",
    "conll": ".conll",
    "doccano": ".jsonl",
    "label-studio": ".json",
    "brat": "",
    "spacy": ".spacy",
}
REIMPORT = {"prodigy", "conll", "doccano", "label-studio", "brat"}


@pytest.mark.slow
def test_thousand_documents_every_format(corpus_db, db_path: Path, tmp_path: Path) -> None:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    corpus_db(0, 1000)
    for fmt, suffix in FORMATS.items():
        out = tmp_path / fmt
        assert (
            main(
                [
                    "--db",
                    str(db_path),
                    "export",
                    "--project",
                    "News",
                    "--format",
                    fmt,
                    "--split",
                    "train=0.8,dev=0.1,test=0.1",
                    "--seed",
                    "11",
                    "-o",
                    str(out),
                ]
            )
            == 0
        ), fmt
        card = json.loads((out / "dataset.json").read_text("utf-8"))
        assert sum(c["documents"] for c in card["counts"].values()) == 1000, fmt
        for split in ("train", "dev", "test"):
            target = out / (split if fmt == "brat" else f"{split}{suffix}")
            assert main(["validate", str(target), "--format", fmt]) == 0, (fmt, split)
        if fmt in REIMPORT:
            db2 = tmp_path / f"{fmt}.sqlite3"
            assert (
                main(
                    [
                        "--db",
                        str(db2),
                        "import",
                        "--project",
                        "News",
                        "--annotator",
                        "asha",
                        "--format",
                        fmt,
                        str(out / ("dev" if fmt == "brat" else f"dev{suffix}")),
                    ]
                )
                == 0
            )
        if fmt == "spacy":
            docs = list(DocBin().from_disk(out / "train.spacy").get_docs(spacy.blank("bn").vocab))
            assert len(docs) == card["counts"]["train"]["documents"]
            assert all(d.ents for d in docs)
