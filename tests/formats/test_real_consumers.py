"""Every export loads in its real consumer as that consumer's tutorial expects.

A hostile corpus (emoji and flags before entities, ZWJ, ids with ``/``, nested and
overlapping spans, relations, an entity glued to a clitic) goes to: Hugging Face
``datasets`` (``load_dataset(folder)`` with and without splits, offline), ``seqeval``
on the CoNLL output, spaCy (``DocBin``, ``debug data`` and a 20-step ``spacy train``),
and ``bratly``'s brat standoff reader; brat's ``annotation.conf`` and the Label
Studio config are checked against the data they ship with.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.formats import hostile

Cli = Callable[..., int]


@pytest.fixture
def hostile_db(db_path: Path, cli: Cli, tmp_path: Path) -> Path:
    assert cli("import", "--project", "News", str(hostile.write(tmp_path / "h.jsonl"))) == 0
    return db_path


def _export(cli: Cli, out: Path, *args: str) -> None:
    assert cli("export", "--project", "News", "-o", str(out), *args) == 0


def _expected(label_kinds: set[str] | None = None) -> list[tuple[str, str]]:
    rows = []
    for record in hostile.records():
        for span in record["spans"]:
            if label_kinds is None or span["label"] in label_kinds:
                rows.append((span["label"], record["text"][span["start"] : span["end"]]))
    return sorted(rows)


# --- Hugging Face datasets -------------------------------------------------------


@pytest.fixture
def hf_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``datasets`` with the network off and every cache under ``tmp_path``."""
    cache = tmp_path / "hf-cache"
    for name, value in (
        ("HF_DATASETS_OFFLINE", "1"),
        ("HF_HUB_OFFLINE", "1"),
        ("HF_HOME", str(tmp_path / "hf-home")),
        ("HF_DATASETS_CACHE", str(cache)),
    ):
        monkeypatch.setenv(name, value)
    datasets = pytest.importorskip("datasets")
    import huggingface_hub.constants

    # Already imported by an earlier test: the environment was read then.
    monkeypatch.setattr(datasets.config, "HF_DATASETS_OFFLINE", True)
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", True, raising=False)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    return cache


def test_hf_folder_loads_with_class_labels(
    hostile_db: Path, cli: Cli, tmp_path: Path, hf_offline: Path
) -> None:
    import datasets

    from annotator.formats.hf import split_row_id

    out = tmp_path / "hf"
    _export(cli, out, "--format", "hf", "--on-overlap", "longest", "--license", "cc-by-4.0")
    card = json.loads((out / "dataset.json").read_text("utf-8"))
    readme = (out / "README.md").read_text("utf-8")
    assert readme.startswith('---\nlicense: "cc-by-4.0"\nlanguage:\n- "bn"\n')
    ds = datasets.load_dataset(str(out), cache_dir=str(hf_offline))
    assert list(ds) == ["train"]  # dataset.json and README.md are not data
    train = ds["train"]
    rows = (out / "data.jsonl").read_text("utf-8").splitlines()
    assert train.num_rows == len(rows)
    names = train.features["ner_tags"].feature.names  # the tutorial's first step
    assert names == card["tag_names"] and names[0] == "O"
    ids = [split_row_id(row) for row in train["id"]]
    assert ("ঢাকা/নির্বাচন ২০২৫", "asha", 1) in ids
    assert len(set(train["id"])) == train.num_rows
    tagged = {
        train.features["ner_tags"].feature.int2str(tag)
        for tags in train["ner_tags"]
        for tag in tags
    }
    assert {"B-PER", "B-GPE", "B-ORG", "I-ORG"} <= tagged


def test_hf_split_folder_loads_every_split(
    hostile_db: Path, cli: Cli, tmp_path: Path, hf_offline: Path
) -> None:
    import datasets

    out = tmp_path / "hfs"
    _export(
        cli,
        out,
        "--format",
        "hf",
        "--on-overlap",
        "longest",
        "--split",
        "train=0.5,dev=0.5",
        "--seed",
        "1",
    )
    ds = datasets.load_dataset(str(out), cache_dir=str(hf_offline))
    assert sorted(ds) == ["dev", "train"]
    for split in ("train", "dev"):
        lines = (out / f"{split}.jsonl").read_text("utf-8").splitlines()
        assert ds[split].num_rows == len(lines) > 0
        assert ds[split].features["ner_tags"].feature.names[:3] == ["O", "B-PER", "I-PER"]
    only = datasets.load_dataset(str(out), split="dev", cache_dir=str(hf_offline))
    assert only.num_rows == ds["dev"].num_rows


# --- seqeval on CoNLL --------------------------------------------------------------


def test_seqeval_reads_the_conll_entities(hostile_db: Path, cli: Cli, tmp_path: Path) -> None:
    seqeval = pytest.importorskip("seqeval.metrics.sequence_labeling")
    from seqeval.metrics import classification_report, f1_score

    out = tmp_path / "c"
    _export(cli, out, "--format", "conll", "--on-overlap", "longest")
    sentences: list[list[tuple[str, str]]] = [[]]
    for line in (out / "data.conll").read_text("utf-8").split("\n"):
        if not line.strip() or line.startswith("-DOCSTART-"):
            if sentences[-1]:
                sentences.append([])
            continue
        token, _, _, tag = line.split(" ")
        sentences[-1].append((token, tag))
    sentences = [s for s in sentences if s]
    tags = [[tag for _, tag in s] for s in sentences]
    found = []
    for sentence, sentence_tags in zip(sentences, tags, strict=True):
        for label, first, last in seqeval.get_entities(sentence_tags):
            found.append((label, " ".join(tok for tok, _ in sentence[first : last + 1])))
    card = json.loads((out / "dataset.json").read_text("utf-8"))
    assert len(found) == sum(card["counts"]["all"]["labels"].values())
    assert ("ORG", "র\u200d্যাব") in found
    assert ("PER", "কিম জং উন") in found
    assert ("GPE", "ঢাকায়") in found  # ঢাকা expanded to its token
    assert f1_score(tags, tags) == 1.0
    assert "GPE" in classification_report(tags, tags)


# --- spaCy ---------------------------------------------------------------------------


def _spacy(*args: str, cwd: Path, must_pass: bool = True) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "spacy", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0 or not must_pass, result.stdout + result.stderr
    return result.stdout + result.stderr


def test_spacy_docbin_debug_data_and_train(
    hostile_db: Path, cli: Cli, tmp_path: Path, capsys
) -> None:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    out = tmp_path / "sp"
    capsys.readouterr()
    _export(
        cli,
        out,
        "--format",
        "spacy",
        "--on-overlap",
        "longest",
        "--split",
        "train=0.5,dev=0.5",
        "--seed",
        "1",
    )
    err = capsys.readouterr().err
    assert "1 spans do not align with spaCy's bn tokenizer" in err
    assert "press (asha): ORG 'প্রথম আলো' at 0-9" in err
    card = json.loads((out / "dataset.json").read_text("utf-8"))
    assert card["spacy_misaligned_count"] == 1
    assert card["spacy_misaligned"][0]["text"] == "প্রথম আলো"
    assert "Not aligned with spaCy's `bn` tokenizer" in (out / "README.md").read_text("utf-8")
    nlp = spacy.blank("bn")
    found, split_of_press = [], None
    for split in ("train", "dev"):
        for doc in DocBin().from_disk(out / f"{split}.spacy").get_docs(nlp.vocab):
            found += [(e.label_, e.text) for e in doc.ents]
            if doc.text.startswith("প্রথম আলো"):
                split_of_press = split
    assert ("ORG", "প্রথম আলো") in found and ("PER", "কিম জং উন") in found
    _spacy("init", "config", "config.cfg", "--lang", "bn", "--pipeline", "ner", "--force", cwd=out)
    paths = ["--paths.train", "train.spacy", "--paths.dev", "dev.spacy"]
    # debug data fails on so small a corpus ("Low number of examples"): read its report
    report = _spacy("debug", "data", "config.cfg", *paths, cwd=out, must_pass=False)
    assert "Corpus is loadable" in report
    # spaCy sees the one span our card reported, in the split that holds it.
    assert f"1 misaligned tokens in the {split_of_press} data" in report
    _spacy(
        "train",
        "config.cfg",
        "--output",
        "model",
        *paths,
        "--training.max_steps",
        "20",
        "--training.eval_frequency",
        "10",
        cwd=out,
    )
    trained = spacy.load(out / "model" / "model-last")
    assert "ner" in trained.pipe_names
    assert set(trained.get_pipe("ner").labels) >= {"GPE", "ORG", "PER"}


def test_spacy_report_is_silent_when_all_spans_align(
    golden_db: Path, cli: Cli, tmp_path: Path, capsys
) -> None:
    pytest.importorskip("spacy")
    _export(cli, tmp_path / "p.jsonl", "--format", "prodigy")
    assert "spaCy's bn tokenizer" not in capsys.readouterr().err
    card = json.loads((tmp_path / "p.card.json").read_text("utf-8"))
    assert card["spacy_misaligned_count"] == 0


# --- brat ------------------------------------------------------------------------------


def _conf_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        else:
            sections[current].append(line)
    return sections


def test_brat_folder_reads_in_bratly_with_its_configs(
    hostile_db: Path, cli: Cli, tmp_path: Path
) -> None:
    bratly_io = pytest.importorskip("bratly.io")
    from bratly import EntityAnnotation, RelationAnnotation

    out = tmp_path / "brat"
    _export(cli, out, "--format", "brat")
    collection = bratly_io.read_document_collection_from_folder(str(out))
    assert collection is not None and len(collection.documents) == len(hostile.DOCS)
    entities, relations = [], []
    for doc in collection.documents:
        assert doc.check_ann_compatibility_with_txt()
        for ann in doc.annotation_collections[0].annotations:
            if isinstance(ann, EntityAnnotation):
                entities.append((ann.label, ann.content))
            elif isinstance(ann, RelationAnnotation):
                relations.append(ann.label)
    assert sorted(entities) == _expected()
    assert sorted(relations) == ["speaker", "speaker", "speaker"]
    # annotation.conf declares every type the .ann files use; visual.conf colours them
    conf = _conf_sections((out / "annotation.conf").read_text("utf-8"))
    declared = set(conf["entities"])
    assert {label for label, _ in entities} <= declared
    relation_decl = {line.split("\t")[0]: line.split("\t")[1] for line in conf["relations"]}
    assert "speaker" in relation_decl and "Arg1:QUOTE" in relation_decl["speaker"]
    visual = _conf_sections((out / "visual.conf").read_text("utf-8"))
    assert any(line.startswith("PER\tbgColor:#") for line in visual["drawing"])
    ids = (out / "ids.tsv").read_text("utf-8").splitlines()
    assert "ঢাকা_নির্বাচন_২০২৫\tঢাকা/নির্বাচন ২০২৫\tasha" in ids


@pytest.mark.parametrize("target", ["b.zip", "bfolder"])
def test_brat_round_trips_ids_and_spans(
    hostile_db: Path, cli: Cli, tmp_path: Path, target: str
) -> None:
    import zipfile

    from annotator.cli.main import main

    out = tmp_path / target
    _export(cli, out, "--format", "brat")
    names = set(zipfile.ZipFile(out).namelist()) if out.suffix else {p.name for p in out.iterdir()}
    assert {"annotation.conf", "visual.conf", "ids.tsv"} <= names
    other = tmp_path / "other.sqlite3"
    assert (
        main(["--db", str(other), "import", "--project", "News", "--format", "brat", str(out)]) == 0
    )
    from annotator.service import Workspace

    with Workspace(str(other)) as ws:
        layers = list(ws.iter_layers(ws.project("News").id, status=None))
    assert sorted(layer.document.external_id for layer in layers) == sorted(
        ext for ext, *_ in hostile.DOCS
    )
    assert {layer.annotator for layer in layers} == {"asha"}
    got = sorted(
        (s.label, layer.document.text[s.start : s.end]) for layer in layers for s in layer.spans
    )
    assert got == _expected()


# --- Label Studio ------------------------------------------------------------------------


def test_label_studio_config_matches_the_tasks(
    hostile_db: Path, cli: Cli, tmp_path: Path, capsys
) -> None:
    from annotator.cli.main import main
    from annotator.formats.label_studio_config import parse_label_config

    out = tmp_path / "tasks.json"
    _export(cli, out, "--format", "label-studio")
    config = parse_label_config((tmp_path / "tasks.label_config.xml").read_text("utf-8"))
    tasks = json.loads(out.read_text("utf-8"))
    for task in tasks:
        for item in task["annotations"][0]["result"]:
            if item["type"] == "relation":
                assert set(item["labels"]) <= config.relations
                continue
            to_name, values = config.labels[item["from_name"]]
            assert item["to_name"] == to_name and to_name in config.texts
            assert set(item["value"]["labels"]) <= values
            assert f"${to_name}" == "$text" and isinstance(task["data"][to_name], str)
    assert main(["validate", str(out)]) == 0
    # a config that does not match is caught
    broken = (tmp_path / "tasks.label_config.xml").read_text("utf-8").replace('"PER"', '"X"')
    (tmp_path / "tasks.label_config.xml").write_text(broken, encoding="utf-8")
    capsys.readouterr()
    assert main(["validate", str(out)]) == 2
    assert "label 'PER' is not in the labeling config" in capsys.readouterr().err
    other = tmp_path / "o.sqlite3"
    assert (
        main(
            [
                "--db",
                str(other),
                "import",
                "--project",
                "News",
                str(out),
                "--format",
                "label-studio",
            ]
        )
        == 0
    )


# --- what an export leaves out -------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--format", "prodigy", "--kind", "entity,quote", "--on-overlap", "longest"],
            {
                "spans overlapping a kept span (--on-overlap)": 1,
                "relations whose span was dropped (--on-overlap)": 1,
            },
        ),
        (
            ["--format", "hf", "--on-overlap", "first"],
            {
                "spans overlapping a kept span (--on-overlap)": 1,
                "relations (the format carries none)": 3,
            },
        ),
        (
            ["--format", "doccano", "--label", "PER,QUOTE"],
            {"relations to a span filtered out (--label, --kind)": 1},
        ),
        (
            ["--format", "prodigy", "--on-overlap", "longest"],
            {
                "spans overlapping a kept span (--on-overlap)": 1,
                "relations whose span was dropped (--on-overlap)": 1,
                "relations to a span of a kind not exported": 2,
            },
        ),
    ],
)
def test_dropped_spans_and_relations_are_counted_per_reason(
    hostile_db: Path, cli: Cli, tmp_path: Path, capsys, args: list[str], expected: dict
) -> None:
    capsys.readouterr()
    _export(cli, tmp_path / "x.jsonl", *args)
    err = capsys.readouterr().err
    card = json.loads((tmp_path / "x.card.json").read_text("utf-8"))
    assert card["dropped"] == expected
    for reason, n in expected.items():
        assert f"dropped {n} {reason}" in err
    assert "## Left out" in (tmp_path / "x.card.md").read_text("utf-8")


def test_conll_document_ids_come_back_from_the_card(
    hostile_db: Path, cli: Cli, tmp_path: Path
) -> None:
    from annotator.cli.main import main
    from annotator.service import Workspace

    out = tmp_path / "c"
    _export(
        cli, out, "--format", "conll", "--on-overlap", "longest", "--split", "train=0.5,dev=0.5"
    )
    card = json.loads((out / "dataset.json").read_text("utf-8"))
    listed = sorted(ext for ids in card["document_ids"].values() for ext, _ in ids)
    assert listed == sorted(ext for ext, *_ in hostile.DOCS)
    other = tmp_path / "o.sqlite3"
    assert (
        main(["--db", str(other), "import", "--project", "News", "--format", "conll", str(out)])
        == 0
    )
    with Workspace(str(other)) as ws:
        layers = list(ws.iter_layers(ws.project("News").id, status=None))
    assert sorted(layer.document.external_id for layer in layers) == listed
    assert {layer.annotator for layer in layers} == {"asha"}
