"""The exports load in the real consumers: spaCy Docs, DocBin, spaCy's CoNLL converter,
and the Hugging Face ``datasets`` features (schema-checked when ``datasets`` is absent)."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path

import pytest

Cli = Callable[..., int]

spacy = pytest.importorskip("spacy")


def _export(cli: Cli, out: Path, *args: str) -> None:
    assert cli("export", "--project", "News", "-o", str(out), *args) == 0


def _prodigy_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.mark.parametrize("kinds", ["entity", "entity,quote,claim"])
def test_prodigy_spans_are_strict_spacy_spans(
    golden_db: Path, cli: Cli, tmp_path: Path, kinds: str
) -> None:
    from spacy.tokens import Doc

    _export(cli, tmp_path / "p", "--format", "prodigy", "--kind", kinds)
    nlp = spacy.blank("bn")
    rows = _prodigy_rows(tmp_path / "p" / "data.jsonl")
    assert rows
    for row in rows:
        tokens = row["tokens"]
        doc = Doc(nlp.vocab, words=[t["text"] for t in tokens], spaces=[t["ws"] for t in tokens])
        own = nlp(row["text"])  # spaCy's own Bengali tokenizer
        for span in row["spans"]:
            for target in (doc, own):
                made = target.char_span(
                    span["start"], span["end"], label=span["label"], alignment_mode="strict"
                )
                assert made is not None, span
                assert made.text == row["text"][span["start"] : span["end"]]
            assert doc[span["token_start"]].idx == span["start"]
            assert doc[span["token_end"]].idx + len(doc[span["token_end"]]) == span["end"]


def test_docbin_loads_with_ents_and_span_groups(
    golden_db: Path, cli: Cli, tmp_path: Path, source_record: dict
) -> None:
    from spacy.tokens import DocBin

    _export(cli, tmp_path / "s", "--format", "spacy")
    nlp = spacy.blank("bn")
    docs = list(DocBin().from_disk(tmp_path / "s" / "data.spacy").get_docs(nlp.vocab))
    assert len(docs) == 1
    doc = docs[0]
    text = source_record["text"]
    assert doc.text == text
    assert [(e.label_, e.text) for e in doc.ents] == [
        ("ORG", "র\u200d্যাব"),
        ("GPE", "ঢাকায়"),
        ("PER", "পুতিনের"),
        ("PER", "কিম জং উন"),
        ("QUANTITY", "১,০০০ সেনা"),
        ("GPE", "মস্কো"),
    ]
    for ent in doc.ents:
        assert doc.char_span(ent.start_char, ent.end_char, alignment_mode="strict") is not None
    assert [s.label_ for s in doc.spans["quote"]] == ["QUOTE"]
    assert [s.label_ for s in doc.spans["claim"]] == ["CLAIM"]
    assert len(doc.spans["entity"]) == 6


def test_conll_reads_back_with_spacy_converter(golden_db: Path, cli: Cli, tmp_path: Path) -> None:
    from spacy.training.converters import conll_ner_to_docs

    _export(cli, tmp_path / "c", "--format", "conll")
    data = (tmp_path / "c" / "data.conll").read_text("utf-8")
    # spaCy's converter splits documents on its own delimiter spelling.
    docs = list(
        conll_ner_to_docs(data.replace("-DOCSTART- -X- -X- O", "-DOCSTART- -X- O O"), no_print=True)
    )
    assert len(docs) == 1
    assert [(e.label_, e.text) for e in docs[0].ents] == [
        ("ORG", "র\u200d্যাব"),
        ("GPE", "ঢাকায়"),
        ("PER", "পুতিনের"),
        ("PER", "কিম জং উন"),
        ("QUANTITY", "১,০০০ সেনা"),
        ("GPE", "মস্কো"),
    ]


def test_hf_rows_match_the_card_features(golden_db: Path, cli: Cli, tmp_path: Path) -> None:
    _export(cli, tmp_path / "h", "--format", "hf")
    card = json.loads((tmp_path / "h" / "dataset.json").read_text("utf-8"))
    names = card["tag_names"]
    assert names[:3] == ["O", "B-PER", "I-PER"]
    assert card["features"]["ner_tags"]["feature"]["names"] == names
    rows = [json.loads(x) for x in (tmp_path / "h" / "data.jsonl").read_text("utf-8").splitlines()]
    for row in rows:
        assert set(row) == {"id", "tokens", "ner_tags"}
        assert isinstance(row["id"], str)
        assert len(row["tokens"]) == len(row["ner_tags"])
        assert all(isinstance(t, int) and 0 <= t < len(names) for t in row["ner_tags"])
    spec = importlib.util.find_spec("datasets")
    # Only a real installation counts (a folder named "datasets" would be a namespace package).
    if spec is not None and spec.origin is not None:  # pragma: no cover - optional
        import datasets

        features = datasets.Features.from_dict(card["features"])
        ds = datasets.Dataset.from_json(str(tmp_path / "h" / "data.jsonl"), features=features)
        assert ds.features["ner_tags"].feature.names == names


def test_demo_project_exports_validate_and_load(
    demo_workspace, db_path: Path, tmp_path: Path
) -> None:
    from spacy.tokens import DocBin

    from annotator.cli.main import main

    for fmt in ("spans", "prodigy", "hf", "conll", "doccano", "label-studio", "brat", "spacy"):
        out = tmp_path / fmt
        assert (
            main(
                [
                    "--db",
                    str(db_path),
                    "export",
                    "--project",
                    "Demo",
                    "--format",
                    fmt,
                    "--on-overlap",
                    "longest",
                    "-o",
                    str(out),
                ]
            )
            == 0
        ), fmt
        card = json.loads((out / "dataset.json").read_text("utf-8"))
        target = out if fmt == "brat" else out / card["files"][0]["name"]
        assert main(["validate", str(target)]) == 0, fmt
    docs = list(
        DocBin().from_disk(tmp_path / "spacy" / "data.spacy").get_docs(spacy.blank("bn").vocab)
    )
    assert docs and docs[0].ents
