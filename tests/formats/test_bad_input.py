"""Bad input for every importer: ``file:line`` in the message, exit status 2, and the
database exactly as it was (a valid first record is not imported either)."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.cli.main import main

Cli = Callable[..., int]

TEXT = "😀 র\u200d্যাব জানায়, ঢাকায় মেঘ।"
GOOD_DOCCANO = {
    "text": TEXT,
    "entities": [{"id": 1, "start_offset": 2, "end_offset": 8, "label": "ORG"}],
}


def _lines(*objs: object) -> str:
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)


def _write_brat(folder: Path, ann: str) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a.ann").write_text("T1\tORG 2 8\tর\u200d্যাব\n", encoding="utf-8")
    (folder / "b.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.ann").write_text(ann, encoding="utf-8")
    return folder


def _write_zip(path: Path, ann: str) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.txt", TEXT)
        z.writestr("a.ann", "T1\tORG 2 8\tর\u200d্যাব\n")
        z.writestr("b.txt", TEXT + " ")
        z.writestr("b.ann", ann)
    return path


CASES: dict[str, tuple[list[str], Callable[[Path], Path], str]] = {
    # name: (import flags, maker of the bad input, expected "name:line" fragment)
    "doccano-offset-splits-cluster": (
        ["--format", "doccano", "--offset-unit", "codepoint"],
        lambda d: _write(
            d / "bad.jsonl",
            _lines(
                GOOD_DOCCANO,
                {
                    "text": TEXT,
                    "entities": [{"id": 1, "start_offset": 3, "end_offset": 8, "label": "ORG"}],
                },
            ),
        ),
        "bad.jsonl:2",
    ),
    "doccano-utf16-inside-surrogate": (
        ["--format", "doccano", "--offset-unit", "utf16"],
        lambda d: _write(
            d / "bad.jsonl",
            _lines(
                {
                    "text": TEXT,
                    "entities": [{"id": 1, "start_offset": 3, "end_offset": 9, "label": "ORG"}],
                },
                {
                    "text": TEXT,
                    "entities": [{"id": 1, "start_offset": 1, "end_offset": 9, "label": "ORG"}],
                },
            ),
        ),
        "bad.jsonl:2",
    ),
    "doccano-unknown-label": (
        ["--format", "doccano", "--offset-unit", "codepoint"],
        lambda d: _write(
            d / "bad.jsonl",
            "\n"
            + _lines(
                GOOD_DOCCANO,
                {
                    "text": TEXT,
                    "entities": [{"id": 1, "start_offset": 2, "end_offset": 8, "label": "NOPE"}],
                },
            ),
        ),
        "bad.jsonl:3",
    ),
    "label-studio-missing-labels": (
        ["--format", "label-studio"],
        lambda d: _write(
            d / "bad.json",
            "[\n"
            + json.dumps(
                {"data": {"text": TEXT}, "annotations": [{"result": []}]}, ensure_ascii=False
            )
            + ",\n\n"
            + json.dumps(
                {
                    "data": {"text": TEXT},
                    "annotations": [
                        {"result": [{"id": "x", "type": "labels", "value": {"start": 2, "end": 8}}]}
                    ],
                },
                ensure_ascii=False,
            )
            + "\n]\n",
        ),
        "bad.json:4",
    ),
    "label-studio-text-mismatch": (
        ["--format", "label-studio"],
        lambda d: _write(
            d / "bad.json",
            json.dumps(
                [
                    {
                        "data": {"text": TEXT},
                        "annotations": [
                            {
                                "result": [
                                    {
                                        "id": "x",
                                        "type": "labels",
                                        "value": {
                                            "start": 2,
                                            "end": 8,
                                            "text": "ভুল",
                                            "labels": ["ORG"],
                                        },
                                    }
                                ]
                            }
                        ],
                    }
                ],
                ensure_ascii=False,
            ),
        ),
        "bad.json:1",
    ),
    "prodigy-malformed-json": (
        ["--format", "prodigy"],
        lambda d: _write(
            d / "bad.jsonl", _lines({"text": TEXT, "spans": []}, {"text": TEXT}) + '{"text": \n'
        ),
        "bad.jsonl:3",
    ),
    "prodigy-relation-to-nothing": (
        ["--format", "prodigy"],
        lambda d: _write(
            d / "bad.jsonl",
            _lines(
                {
                    "text": TEXT,
                    "spans": [{"start": 2, "end": 8, "label": "ORG"}],
                    "relations": [
                        {
                            "head_span": {"start": 2, "end": 8, "label": "ORG"},
                            "child_span": {"start": 9, "end": 15, "label": "PER"},
                            "label": "speaker",
                        }
                    ],
                }
            ),
        ),
        "bad.jsonl:1",
    ),
    "conll-i-after-o": (
        ["--format", "conll"],
        lambda d: _write(
            d / "bad.conll",
            "-DOCSTART- -X- -X- O\n\nকিম _ _ B-PER\nজং _ _ I-PER\n\n"
            "-DOCSTART- -X- -X- O\n\nমস্কো _ _ O\nচুপ _ _ I-GPE\n",
        ),
        "bad.conll:9",
    ),
    "conll-one-column": (
        ["--format", "conll"],
        lambda d: _write(d / "bad.conll", "কিম _ _ B-PER\nজং\n"),
        "bad.conll:2",
    ),
    "brat-bad-offsets": (
        ["--format", "brat"],
        lambda d: _write_brat(d / "brat", "T1\tORG 2 8\tর\u200d্যাব\nT2\tGPE 17 999\tঢাকা\n"),
        "b.ann:2",
    ),
    "brat-relation-missing-span": (
        ["--format", "brat"],
        lambda d: _write_zip(
            d / "bad.zip", "T1\tORG 2 8\tর\u200d্যাব\nR1\tspeaker Arg1:T1 Arg2:T9\n"
        ),
        "b.ann:2",
    ),
}


def _write(path: Path, content: str) -> Path:
    path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_changes_nothing(
    case: str,
    golden_db: Path,
    tmp_path: Path,
    db_dump: Callable[[Path], str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    flags, make, where = CASES[case]
    bad = make(tmp_path)
    before = db_dump(golden_db)
    capsys.readouterr()
    code = main(
        [
            "--db",
            str(golden_db),
            "import",
            "--project",
            "News",
            "--annotator",
            "asha",
            *flags,
            str(bad),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert where in err, err
    assert db_dump(golden_db) == before


def test_skip_invalid_keeps_the_good_records(db_path: Path, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "mixed.jsonl"
    bad.write_text(
        _lines(
            GOOD_DOCCANO,
            {
                "text": TEXT + " ২",
                "entities": [{"id": 1, "start_offset": 3, "end_offset": 8, "label": "ORG"}],
            },
            {"text": TEXT + " ৩", "entities": []},
        ),
        encoding="utf-8",
    )
    code = main(
        [
            "--db",
            str(db_path),
            "import",
            "--project",
            "News",
            "--format",
            "doccano",
            "--offset-unit",
            "codepoint",
            "--skip-invalid",
            str(bad),
        ]
    )
    assert code == 0
    captured = capsys.readouterr()
    assert "imported 2 documents" in captured.out
    assert "mixed.jsonl:2" in captured.err


def test_line_separator_inside_json_string_is_not_a_line_break(
    db_path: Path, tmp_path: Path
) -> None:
    row = {
        "text": "কিম\u2028জং আসবেন।",
        "entities": [{"id": 1, "start_offset": 0, "end_offset": 3, "label": "PER"}],
    }
    path = tmp_path / "ls.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    assert (
        main(
            [
                "--db",
                str(db_path),
                "import",
                "--project",
                "News",
                "--annotator",
                "asha",
                "--format",
                "doccano",
                str(path),
            ]
        )
        == 0
    )
    assert main(["validate", str(path), "--format", "doccano"]) == 0


def test_lone_surrogate_is_refused(db_path: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"text": "কিম \\ud800 জং", "entities": []}\n', encoding="utf-8")
    assert (
        main(
            ["--db", str(db_path), "import", "--project", "News", "--format", "doccano", str(path)]
        )
        == 2
    )
    assert "s.jsonl:1: 'text' contains a lone surrogate" in capsys.readouterr().err
