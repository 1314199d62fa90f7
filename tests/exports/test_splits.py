"""``--split`` with ``--seed``: reproducible, stable when documents are added, stratified,
one file per split, and a dataset card that matches the files."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from annotator.formats.splits import assign, parse_split, stratify

SPLIT = "train=0.8,dev=0.1,test=0.1"


def _export(cli: Callable[..., int], out: Path, *extra: str) -> None:
    assert (
        cli(
            "export",
            "--project",
            "News",
            "--format",
            "spans",
            "--split",
            SPLIT,
            "-o",
            str(out),
            *extra,
        )
        == 0
    )


def _members(folder: Path) -> dict[str, str]:
    """document id -> split name, read from the split files."""
    where = {}
    for split in ("train", "dev", "test"):
        for line in (folder / f"{split}.jsonl").read_text("utf-8").splitlines():
            where[json.loads(line)["id"]] = split
    return where


def test_same_seed_same_files(corpus_db, cli, tmp_path: Path) -> None:
    corpus_db(0, 60)
    _export(cli, tmp_path / "a", "--seed", "7")
    _export(cli, tmp_path / "b", "--seed", "7")
    _export(cli, tmp_path / "c", "--seed", "8")
    for split in ("train", "dev", "test"):
        a = (tmp_path / "a" / f"{split}.jsonl").read_bytes()
        assert a == (tmp_path / "b" / f"{split}.jsonl").read_bytes()
    assert _members(tmp_path / "a") != _members(tmp_path / "c")
    members = _members(tmp_path / "a")
    assert len(members) == 60
    assert set(members.values()) == {"train", "dev", "test"}


def test_adding_documents_moves_no_existing_one(corpus_db, cli, tmp_path: Path) -> None:
    corpus_db(0, 40)
    _export(cli, tmp_path / "before", "--seed", "3")
    corpus_db(40, 40)
    _export(cli, tmp_path / "after", "--seed", "3")
    before, after = _members(tmp_path / "before"), _members(tmp_path / "after")
    assert len(after) == 80
    assert {k: after[k] for k in before} == before


def test_every_label_reaches_train(corpus_db, cli, tmp_path: Path) -> None:
    corpus_db(0, 40)  # LOC only on doc-0, doc-17, doc-34
    for seed in range(12):
        out = tmp_path / f"s{seed}"
        _export(cli, out, "--seed", str(seed))
        card = json.loads((out / "dataset.json").read_text("utf-8"))
        assert card["counts"]["train"]["labels"].get("LOC", 0) >= 1, seed


def test_stratify_moves_only_what_is_missing() -> None:
    splits = parse_split(SPLIT)
    keys = [f"d{n}" for n in range(30)]
    plain = {k: assign(5, k, splits) for k in keys}
    labels = {k: {"PER"} for k in keys}
    rare = next(k for k in keys if plain[k] != "train")
    labels[rare] = {"PER", "LOC"}
    moved = stratify(plain, labels, 5)
    assert moved[rare] == "train"
    assert {k: v for k, v in moved.items() if k != rare} == {
        k: v for k, v in plain.items() if k != rare
    }


def test_card_lists_counts_and_hashes(corpus_db, cli, tmp_path: Path) -> None:
    corpus_db(0, 30)
    out = tmp_path / "hf"
    assert (
        cli(
            "export",
            "--project",
            "News",
            "--format",
            "hf",
            "--split",
            SPLIT,
            "--seed",
            "1",
            "-o",
            str(out),
        )
        == 0
    )
    card = json.loads((out / "dataset.json").read_text("utf-8"))
    assert card["generator"] == "annotator"
    assert card["format"] == "hf"
    assert card["tokenizer"] == {"name": "annotator-bn", "version": "1"}
    assert card["offset_unit"] == "codepoint"
    assert card["tag_names"][:5] == ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]
    assert [label["name"] for label in card["schema"]["labels"]][:2] == ["PER", "ORG"]
    assert card["annotators"] == ["asha"]
    assert card["filters"]["status"] == "done"
    assert card["split"]["seed"] == 1
    assert sum(c["documents"] for c in card["counts"].values()) == 30
    assert sum(c["labels"]["PER"] for c in card["counts"].values()) == 30
    names = {f["name"] for f in card["files"]}
    assert names == {"train.jsonl", "dev.jsonl", "test.jsonl"}
    for item in card["files"]:
        data = (out / item["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == item["sha256"]
    readme = (out / "README.md").read_text("utf-8")
    assert "train=0.8" in readme and "B-PER" in readme and "annotator-bn" in readme


def test_split_file_names_next_to_a_file(corpus_db, cli, tmp_path: Path) -> None:
    corpus_db(0, 20)
    assert (
        cli(
            "export",
            "--project",
            "News",
            "--format",
            "conll",
            "--split",
            "train=0.5,test=0.5",
            "-o",
            str(tmp_path / "news.conll"),
        )
        == 0
    )
    assert sorted(p.name for p in tmp_path.iterdir() if "news" in p.name) == [
        "news.card.json",
        "news.card.md",
        "news.test.conll",
        "news.train.conll",
    ]
    assert not (tmp_path / "dataset.json").exists()


def test_bad_split_spec(corpus_db, cli, tmp_path: Path, capsys) -> None:
    corpus_db(0, 3)
    assert (
        cli(
            "export", "--project", "News", "--split", "train=0.8,dev=0.3", "-o", str(tmp_path / "o")
        )
        == 2
    )
    assert "add up to 1.1" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_brat_card_hashes_every_file(corpus_db, cli, tmp_path: Path) -> None:
    corpus_db(0, 12)
    out = tmp_path / "brat"
    assert (
        cli(
            "export",
            "--project",
            "News",
            "--format",
            "brat",
            "--split",
            "train=0.5,test=0.5",
            "--seed",
            "2",
            "-o",
            str(out),
        )
        == 0
    )
    card = json.loads((out / "dataset.json").read_text("utf-8"))
    members = [m for item in card["files"] for m in item["members"]]
    # a .txt and an .ann per document, and annotation.conf, visual.conf, ids.tsv per split
    assert len(members) == 24 + 2 * 3
    for member in members:
        assert hashlib.sha256((out / member["name"]).read_bytes()).hexdigest() == member["sha256"]
    assert {item["name"] for item in card["files"]} == {"train", "test"}
