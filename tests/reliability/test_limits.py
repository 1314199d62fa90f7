"""Valid text only (issue 18, findings 2, 8 and 16): one set of rules, every reader.

A property test feeds hostile strings through every JSON-based importer and checks
that whatever was stored is valid Unicode without NUL and within the column sizes;
the other tests check the named rules on labels, projects and ``db copy``.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.cli.main import main
from annotator.formats.inputs import iter_records
from annotator.model import LabelDef, LabelKind, LabelSchema, default_schema
from annotator.model.errors import InputError
from annotator.model.limits import (
    MAX_EXTERNAL_ID,
    LimitError,
    check_schema,
    name_problem,
    record_problem,
)
from annotator.model.types import DocumentRecord
from annotator.service.importing import prepare_record
from tests.reliability.conftest import dump

TEXT = "ঢাকায় মেঘ, বৃষ্টি হবে।"
HOSTILE = st.one_of(
    st.sampled_from(["\ud800", "\udfff", "\x00", "a" * 301, "x\ud83dy", "ok", "ঢাকা"]),
    st.text(alphabet=st.characters(codec=None), max_size=8),
)


def _records(fmt: str, value: str) -> str:
    """One record of ``fmt`` carrying ``value`` in its id, title or meta."""
    if fmt == "doccano":
        obj: object = {"id": value, "text": TEXT, "label": [], "note": value}
    elif fmt == "prodigy":
        obj = {"text": TEXT, "meta": {"id": value, value: value}}
    elif fmt == "label-studio":
        return json.dumps([{"id": 1, "data": {"text": TEXT, "title": value}}])
    else:  # native
        obj = {"id": value, "text": TEXT, "title": value, "meta": {"k": [value]}}
    return json.dumps(obj) + "\n"  # ensure_ascii: surrogates travel as \\ud800 escapes


def _valid(value: object) -> None:
    """Every string inside ``value`` is valid Unicode without NUL."""
    text = json.dumps(value, ensure_ascii=False)
    text.encode("utf-8")  # raises on a lone surrogate
    assert "\x00" not in text and "\\u0000" not in text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=HOSTILE, fmt=st.sampled_from(["doccano", "prodigy", "label-studio", "jsonl"]))
def test_no_reader_lets_an_invalid_string_in(
    tmp_path_factory: pytest.TempPathFactory, value: str, fmt: str
) -> None:
    src = tmp_path_factory.mktemp("in") / ("in.json" if fmt == "label-studio" else "in.jsonl")
    src.write_text(_records(fmt, value), encoding="utf-8")
    try:
        for record in iter_records([str(src)], fmt):
            kept = prepare_record(record, default_schema(), normalize=True)
            _valid([kept.text, kept.external_id, kept.title, kept.source, kept.meta])
            assert len(kept.external_id or "") <= MAX_EXTERNAL_ID
    except InputError:
        pass  # refused with file:line: what a hostile value should get


def test_f02_poisoned_meta_is_refused_and_every_export_still_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "n.sqlite3"
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    assert main(["--db", str(db), "import", "--format", "doccano", str(good)]) == 0
    before = dump(db)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": TEXT + "!", "meta": {"x": "\ud800"}}) + "\n")
    assert main(["--db", str(db), "import", "--format", "doccano", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{bad}:1: meta.x contains a lone surrogate")
    assert dump(db) == before
    # a value an older version let in: the export still works and names the field
    conn = sqlite3.connect(db)
    conn.execute("""UPDATE documents SET meta = '{"x": "\\ud800"}'""")
    conn.commit()
    conn.close()
    for fmt in ("spans", "doccano", "prodigy", "label-studio", "hf"):
        out = tmp_path / f"out-{fmt}.json"
        argv = ["--db", str(db), "export", "--status", "any", "--format", fmt, "-o", str(out)]
        assert main(argv) == 0, fmt
        out.read_text(encoding="utf-8")
    assert "meta.x held a lone surrogate" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("PER SON", "whitespace"),
        ("PER\tX", "control character"),
        ("A\nB", "control character"),
        ("A\x00", "NUL"),
        ("L" * 10_000, "the limit is 100"),
        (" PER", "space"),
        ("", "empty"),
    ],
)
def test_f08_label_names_that_break_formats_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, rule: str
) -> None:
    problem = name_problem("label", name)
    assert problem is not None and rule in problem
    schema = tmp_path / "s.json"
    schema.write_text(
        json.dumps({"name": "S", "labels": [{"name": name, "kind": "entity"}]}), encoding="utf-8"
    )
    code = main(
        ["--db", str(tmp_path / "n.sqlite3"), "schema", "import", "--project", "P", str(schema)]
    )
    assert code == 2
    assert rule in capsys.readouterr().err


def test_f08_rename_to_a_bad_name_and_relation_names_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "n.sqlite3"
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    assert main(["--db", str(db), "import", str(good)]) == 0
    before = dump(db)
    assert main(["--db", str(db), "schema", "rename-label", "PER", "PER SON"]) == 2
    assert "whitespace" in capsys.readouterr().err
    assert dump(db) == before
    with pytest.raises(LimitError, match="relation type name"):
        from annotator.model import RelationTypeDef

        check_schema(
            LabelSchema(
                "S",
                (LabelDef("A", LabelKind.ENTITY, "#888888"),),
                (RelationTypeDef("said by", ("A",), ("A",)),),
            )
        )


def test_f16_ids_and_names_postgresql_refuses_are_refused_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "limit is 300" in str(record_problem(DocumentRecord(TEXT, external_id="i" * 301)))
    assert "NUL" in str(record_problem(DocumentRecord(TEXT, title="a\x00b")))
    db = tmp_path / "n.sqlite3"
    src = tmp_path / "ids.jsonl"
    long_id = "i" * MAX_EXTERNAL_ID
    src.write_text(
        json.dumps({"id": long_id, "text": TEXT})
        + "\n"
        + json.dumps({"id": long_id, "text": TEXT + " আবার"})
        + "\n",
        encoding="utf-8",
    )
    assert main(["--db", str(db), "import", str(src)]) == 0
    conn = sqlite3.connect(db)
    ids = sorted(r[0] for r in conn.execute("SELECT external_id FROM documents"))
    conn.close()
    assert len(ids) == 2 and all(len(i) <= MAX_EXTERNAL_ID for i in ids)
    assert any(i.endswith("-2") for i in ids)  # the de-duplication suffix fits inside the limit
    assert main(["--db", str(db), "import", "--project", "P" * 201, str(src)]) == 2
    assert "project name" in capsys.readouterr().err
    # a value an older version stored: db copy names the row before copying anything
    conn = sqlite3.connect(db)
    conn.execute("UPDATE documents SET title = 'a' || char(0) || 'b' WHERE id = 1")
    conn.commit()
    conn.close()
    target = tmp_path / "copy.sqlite3"
    assert main(["db", "copy", "--from", str(db), "--to", str(target)]) == 2
    err = capsys.readouterr().err
    assert "documents (id 1): title contains a NUL" in err


def test_f02_db_check_names_a_value_no_export_can_encode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "n.sqlite3"
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    assert main(["--db", str(db), "import", "--format", "doccano", str(good)]) == 0
    assert main(["--db", str(db), "db", "check"]) == 0
    conn = sqlite3.connect(db)
    conn.execute("""UPDATE documents SET meta = '{"x": "\\ud800"}'""")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["--db", str(db), "db", "check"]) == 2
    assert "meta.x contains a lone surrogate" in capsys.readouterr().out
