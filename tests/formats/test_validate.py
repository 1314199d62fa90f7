"""``annotator validate FILE``: every export validates; every broken file names its lines."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.cli.main import main

Cli = Callable[..., int]

TEXT = "😀 র\u200d্যাব জানায়, ঢাকায় মেঘ।"


@pytest.mark.parametrize(
    ("fmt", "extra", "data"),
    [
        ("spans", [], "data.jsonl"),
        ("prodigy", ["--kind", "entity,quote,claim"], "data.jsonl"),
        ("hf", [], "data.jsonl"),
        ("conll", [], "data.conll"),
        ("doccano", ["--offset-unit", "utf16"], "data.jsonl"),
        ("label-studio", [], "data.json"),
        ("brat", [], ""),
        ("brat", [], "x.zip"),
        ("spacy", [], "data.spacy"),
    ],
)
def test_every_export_validates(
    golden_db: Path, cli: Cli, tmp_path: Path, fmt: str, extra: list[str], data: str
) -> None:
    out = tmp_path / "out"
    target = out / data if data.endswith(".zip") else out
    assert cli("export", "--project", "News", "--format", fmt, "-o", str(target), *extra) == 0
    path = target if fmt == "brat" else out / data
    assert main(["validate", str(path)]) == 0


def _check(
    tmp_path: Path, name: str, content: str, capsys: pytest.CaptureFixture[str], *flags: str
) -> str:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    capsys.readouterr()
    assert main(["validate", str(path), *flags]) == 2
    return capsys.readouterr().err


def _jl(*objs: object) -> str:
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)


def test_spans_problems_are_listed_with_lines(tmp_path: Path, capsys) -> None:
    err = _check(
        tmp_path,
        "x.jsonl",
        _jl(
            {
                "text": TEXT,
                "spans": [{"id": "s1", "start": 2, "end": 8, "label": "ORG", "text": "র\u200d্যাব"}],
            },
            {
                "text": TEXT,
                "spans": [
                    {"id": "s1", "start": 3, "end": 8, "label": "ORG"},
                    {"id": "s2", "start": 2, "end": 8, "label": "ORG", "text": "ভুল"},
                    {"id": "s3", "start": 20, "end": 99, "label": "GPE"},
                ],
                "relations": [{"id": "r1", "type": "speaker", "from": "s2", "to": "s9"}],
            },
        ),
        capsys,
        "--format",
        "spans",
    )
    assert "x.jsonl:1" not in err
    assert "x.jsonl:2: span s1: 3-8 splits a grapheme cluster" in err
    assert "x.jsonl:2: span s2: text 'ভুল' differs" in err
    assert "x.jsonl:2: span s3: 20-99 is outside the text" in err
    assert "x.jsonl:2: relation 1 points to missing span 's9'" in err
    assert "4 problems" in err


def test_conll_bio_problems(tmp_path: Path, capsys) -> None:
    err = _check(
        tmp_path,
        "x.conll",
        "-DOCSTART- -X- -X- O\n\nকিম _ _ B-PER\nজং _ _ I-ORG\nউন _ _ X-PER\n\nমস্কো _ _ I-GPE\n",
        capsys,
    )
    assert "x.conll:4: I-ORG follows B-PER" in err
    assert "x.conll:5: tag 'X-PER' is not O, B-LABEL or I-LABEL" in err
    assert "x.conll:7: I-GPE follows O" in err


def test_conll_unknown_tag_from_card(golden_db: Path, cli: Cli, tmp_path: Path, capsys) -> None:
    out = tmp_path / "c"
    assert cli("export", "--project", "News", "--format", "conll", "-o", str(out)) == 0
    data = out / "data.conll"
    data.write_text(data.read_text("utf-8").replace("B-ORG", "B-TEAM"), encoding="utf-8")
    capsys.readouterr()
    assert main(["validate", str(data)]) == 2
    assert "data.conll:4: unknown tag 'B-TEAM'" in capsys.readouterr().err


def test_hf_tags_checked_against_card(golden_db: Path, cli: Cli, tmp_path: Path, capsys) -> None:
    out = tmp_path / "h"
    assert cli("export", "--project", "News", "--format", "hf", "-o", str(out)) == 0
    data = out / "data.jsonl"
    rows = [json.loads(x) for x in data.read_text("utf-8").splitlines()]
    rows[1]["ner_tags"][0] = 2  # I-PER after nothing
    rows[2]["ner_tags"][0] = 999
    data.write_text(_jl(*rows), encoding="utf-8")
    capsys.readouterr()
    assert main(["validate", str(data)]) == 2
    err = capsys.readouterr().err
    assert "data.jsonl:2: token 0: I-PER follows O" in err
    assert "data.jsonl:3: tag index outside the 19 tag names" in err


def test_prodigy_token_mismatch(tmp_path: Path, capsys) -> None:
    row = {
        "text": "কিম জং",
        "tokens": [
            {"text": "কিম", "start": 0, "end": 3, "id": 0, "ws": True},
            {"text": "জং", "start": 4, "end": 6, "id": 1, "ws": False},
        ],
        "spans": [{"start": 0, "end": 6, "token_start": 0, "token_end": 0, "label": "PER"}],
        "answer": "accept",
    }
    err = _check(tmp_path, "p.jsonl", _jl(row), capsys, "--format", "prodigy")
    assert "p.jsonl:1: span 1: 0-6 does not match tokens 0-0" in err


def test_doccano_utf16_and_relations(tmp_path: Path, capsys) -> None:
    row = {
        "text": TEXT,
        "entities": [{"id": 1, "start_offset": 3, "end_offset": 9, "label": "ORG"}],
        "relations": [{"id": 1, "from_id": 1, "to_id": 7, "type": "speaker"}],
    }
    path = tmp_path / "d.jsonl"
    path.write_text(_jl(row), encoding="utf-8")
    assert main(["validate", str(path), "--format", "doccano", "--offset-unit", "utf16"]) == 2
    err = capsys.readouterr().err
    assert "d.jsonl:1: relation 1 points to missing span 7" in err
    assert "splits" not in err  # 3-9 in UTF-16 is exactly র‍্যাব
    # the same offsets read as code points are one character off
    assert main(["validate", str(path), "--format", "doccano", "--offset-unit", "codepoint"]) == 2
    assert "d.jsonl:1: entity 1: 3-9 splits a grapheme cluster" in capsys.readouterr().err


def test_label_studio_and_brat_problems(tmp_path: Path, capsys) -> None:
    task = {
        "data": {"text": TEXT},
        "annotations": [
            {
                "result": [
                    {
                        "id": "a",
                        "type": "labels",
                        "value": {"start": 2, "end": 8, "text": "ভুল", "labels": ["ORG"]},
                    }
                ]
            }
        ],
    }
    err = _check(tmp_path, "t.json", "[\n" + json.dumps(task, ensure_ascii=False) + "\n]", capsys)
    assert "t.json:2: region a: text 'ভুল' differs" in err
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a.ann").write_text(
        "T1\tORG 2 8\tর\u200d্যাব\nT2\tGPE 3 8\tx\nR1\tspeaker Arg1:T1 Arg2:T7\nX1\tfoo\n",
        encoding="utf-8",
    )
    assert main(["validate", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "a.ann:2: span text 'x' differs" in err
    assert "a.ann:3: relation points to missing span T7" in err
    assert "a.ann:4: unknown annotation line 'X1'" in err


def test_missing_file(tmp_path: Path, capsys) -> None:
    assert main(["validate", str(tmp_path / "nope.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err
