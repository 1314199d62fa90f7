"""Split quotes, cues and referents through every format (issue 12).

The golden document (the seed article ``seeds/putin-ready.spans.jsonl``) has a split
quote "‘আমরা প্রস্তুত,’ তিনি বলেন, ‘কিন্তু সময় লাগবে।’" whose speaker is the pronoun
তিনি, a claim whose claimant is the description রুশ প্রেসিডেন্ট, a cue on each, and one
referent joining ভ্লাদিমির পুতিন, তিনি and রুশ প্রেসিডেন্ট.
Set ``UPDATE_GOLDEN=1`` to rewrite the golden outputs after a deliberate change.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.formats.attribution import FIELDS

GOLDEN = Path(__file__).parent / "golden" / "attribution"
SOURCE = Path(__file__).resolve().parents[2] / "seeds" / "putin-ready.spans.jsonl"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
Cli = Callable[..., int]


@pytest.fixture
def attr_db(db_path: Path, cli: Cli) -> Path:
    assert cli("import", "--project", "News", str(SOURCE)) == 0
    return db_path


def check_golden(actual: str, name: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8", newline="\n")
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


CASES = {
    "spans.jsonl": (["--format", "spans"], "data.jsonl"),
    "attribution.jsonl": (["--format", "attribution"], "data.jsonl"),
    "doccano.jsonl": (["--format", "doccano"], "data.jsonl"),
    "label-studio.json": (["--format", "label-studio"], "data.json"),
    "quote.conll": (["--format", "conll", "--kind", "quote"], "data.conll"),
    "brat.ann": (["--format", "brat"], "putin-ready.ann"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_export_matches_golden(name: str, attr_db: Path, cli: Cli, tmp_path: Path) -> None:
    args, data = CASES[name]
    out = tmp_path / "out"
    assert cli("export", "--project", "News", "-o", str(out), *args) == 0
    check_golden((out / data).read_text(encoding="utf-8"), name)


def test_attribution_lines_name_the_person_behind_the_pronoun(
    attr_db: Path, cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "a"
    assert cli("export", "--project", "News", "--format", "attribution", "-o", str(out)) == 0
    lines = [json.loads(x) for x in (out / "data.jsonl").read_text("utf-8").splitlines()]
    assert [list(line) for line in lines] == [list(FIELDS)] * 2  # exactly these fields
    quote, claim = lines
    assert quote["kind"] == "quote" and claim["kind"] == "claim"
    assert quote["text"] == "আমরা প্রস্তুত … কিন্তু সময় লাগবে"
    assert quote["cue"]["text"] == "বলেন" and claim["cue"]["text"] == "দাবি করেন"
    assert quote["source"]["text"] == "তিনি" and quote["source"]["label"] == "MENTION"
    assert quote["source_referent"]["name"] == "ভ্লাদিমির পুতিন"
    assert claim["source_referent"] == quote["source_referent"]
    card = json.loads((out / "dataset.json").read_text("utf-8"))
    assert list(card["fields"]) == list(FIELDS) and card["split_spans"] == 1
    assert "## Fields" in (out / "README.md").read_text("utf-8")


def test_token_formats_tag_each_fragment(attr_db: Path, cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "c"
    assert (
        cli("export", "--project", "News", "--format", "conll", "--kind", "quote", "-o", str(out))
        == 0
    )
    tags = [
        line.split()[-1]
        for line in (out / "data.conll").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert tags.count("B-QUOTE") == 2  # each fragment starts with B-
    card = json.loads((out / "dataset.json").read_text("utf-8"))
    assert card["split_spans"] == 1 and "starts with B-" in card["fragments"]


def _layer(db: Path) -> dict:
    from annotator.formats.native import layer_to_dict
    from annotator.service import Workspace

    with Workspace(str(db)) as ws:
        (layer,) = [x for x in ws.iter_layers(ws.project("News").id, status=None) if x.spans]
        return layer_to_dict(layer)


def _shape(record: dict, attrs: bool = True) -> tuple:
    spans = [
        (s["start"], s["end"], s["label"], s.get("fragments"), s.get("referent"))
        + ((json.dumps(s["attrs"], sort_keys=True),) if attrs else ())
        for s in record["spans"]
    ]
    return spans, record["relations"], record.get("referents")


@pytest.mark.parametrize(
    ("fmt", "data", "import_args", "attrs"),
    [
        ("spans", "data.jsonl", [], True),
        ("brat", "", ["--format", "brat", "--annotator", "asha"], True),
        ("doccano", "data.jsonl", ["--format", "doccano", "--annotator", "asha"], False),
        ("label-studio", "data.json", ["--format", "label-studio"], False),
    ],
)
def test_round_trip_keeps_fragments_cues_and_referents(
    fmt: str, data: str, import_args: list[str], attrs: bool, attr_db: Path, tmp_path: Path
) -> None:
    from tests.formats.conftest import make_cli

    out = tmp_path / "out"
    assert make_cli(attr_db)("export", "--project", "News", "--format", fmt, "-o", str(out)) == 0
    fresh = tmp_path / "fresh.sqlite3"
    target = out / data if data else out
    assert make_cli(fresh)("import", "--project", "News", *import_args, str(target)) == 0
    before, after = _layer(attr_db), _layer(fresh)
    assert _shape(after, attrs) == _shape(before, attrs)
    assert after["spans"][3]["fragments"] == [[60, 73], [88, 105]]
    assert after["referents"][0]["name"] == "ভ্লাদিমির পুতিন"


def _bad(source: dict, change: Callable[[dict], None]) -> str:
    record = json.loads(json.dumps(source))
    change(record)
    return json.dumps(source, ensure_ascii=False) + "\n" + json.dumps(record, ensure_ascii=False)


def _span(record: dict, key: str) -> dict:
    return next(s for s in record["spans"] if s["id"] == key)


def _set(record: dict, key: str, **values: object) -> None:
    _span(record, key).update(values)
    _span(record, key).pop("text", None)


BAD = {
    "fragment splitting a cluster": (
        lambda r: _set(r, "s4", fragments=[[60, 73], [89, 105]]),
        "span s4: fragment 2 (89-105) splits a grapheme cluster",
    ),
    "overlapping fragments": (
        lambda r: _set(r, "s4", fragments=[[60, 80], [76, 105]]),
        "span s4: fragment 2 (76-105) overlaps",
    ),
    "unknown referent": (
        lambda r: _set(r, "s5", referent="ref9"),
        "span s5: unknown referent 'ref9'",
    ),
    "relation to a forbidden label": (
        lambda r: r["relations"][0].update(to="s6"),
        "relation r1: relation speaker goes from QUOTE to PER|ORG|MENTION, not from QUOTE to CUE",
    ),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_attribution_is_refused_with_file_and_line(
    case: str, attr_db: Path, cli: Cli, tmp_path: Path, capsys, db_dump
) -> None:
    change, reason = BAD[case]
    source = json.loads(SOURCE.read_text("utf-8"))
    source["id"] = "other"
    source["text"] = source["text"] + " "
    bad = tmp_path / "bad.jsonl"
    bad.write_text(_bad(source, change), encoding="utf-8")
    before = db_dump(attr_db)
    capsys.readouterr()
    assert cli("import", "--project", "News", str(bad)) == 2
    err = capsys.readouterr().err
    assert f"bad.jsonl:2: {reason}" in err, err
    assert "Traceback" not in err
    assert db_dump(attr_db) == before


def test_validate_checks_attribution_lines(attr_db: Path, cli: Cli, tmp_path: Path, capsys) -> None:
    from annotator.cli.main import main

    out = tmp_path / "a"
    assert cli("export", "--project", "News", "--format", "attribution", "-o", str(out)) == 0
    data = out / "data.jsonl"
    assert main(["validate", str(data)]) == 0
    lines = [json.loads(x) for x in data.read_text("utf-8").splitlines()]
    del lines[1]["cue"]
    lines[0]["fragments"] = [[88, 105], [60, 73]]
    data.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    capsys.readouterr()
    assert main(["validate", str(data)]) == 2
    err = capsys.readouterr().err
    assert "data.jsonl:1: fragment 2 [60, 73] is not an ordered [start, end] pair" in err
    assert "data.jsonl:2: a line must have exactly the fields doc_id, id, kind" in err


def test_importing_the_same_file_again_adds_no_referent(attr_db: Path, cli: Cli) -> None:
    assert cli("import", "--project", "News", str(SOURCE)) == 0
    (layer,) = [x for x in _all_layers(attr_db) if x.spans]
    assert len(layer.referents) == 1 and len(layer.referents[0].mentions) == 3
    assert len(layer.spans) == 9


def _all_layers(db: Path) -> list:
    from annotator.service import Workspace

    with Workspace(str(db)) as ws:
        return list(ws.iter_layers(ws.project("News").id, status=None))


def test_brat_equiv_of_an_unknown_span_is_refused(
    db_path: Path, cli: Cli, tmp_path: Path, capsys, db_dump
) -> None:
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "d.txt").write_text("কিম বলেন। তিনি খুশি।", encoding="utf-8")
    (folder / "d.ann").write_text(
        "T1\tPER 0 3\tকিম\nT2\tMENTION 10 14\tতিনি\n*\tEquiv T1 T9\n", encoding="utf-8"
    )
    before = db_dump(db_path)
    capsys.readouterr()
    assert cli("import", "--project", "News", "--format", "brat", str(folder)) == 2
    err = capsys.readouterr().err
    assert "d.ann:3: expected '*<TAB>Equiv T<a> T<b> ...' of known spans" in err, err
    assert db_dump(db_path) == before
    (folder / "d.ann").write_text(
        "T1\tPER 0 3\tকিম\nT2\tMENTION 10 14\tতিনি\n*\tEquiv T1 T2\n", encoding="utf-8"
    )
    assert (
        cli("import", "--project", "News", "--format", "brat", "--annotator", "x", str(folder)) == 0
    )
    (layer,) = [x for x in _all_layers(db_path) if x.spans]
    assert [r.name for r in layer.referents] == ["কিম"]


def test_kind_filter_chooses_lines_and_keeps_their_sources(
    attr_db: Path, cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "k"
    args = ("--format", "attribution", "--kind", "claim", "-o", str(out))
    assert cli("export", "--project", "News", *args) == 0
    lines = [json.loads(x) for x in (out / "data.jsonl").read_text("utf-8").splitlines()]
    assert [line["kind"] for line in lines] == ["claim"]
    assert lines[0]["source"]["text"] == "রুশ প্রেসিডেন্ট"
    assert lines[0]["cue"]["text"] == "দাবি করেন"


def test_snap_grows_each_fragment(db_path: Path, cli: Cli, tmp_path: Path) -> None:
    source = json.loads(SOURCE.read_text("utf-8"))
    quote = next(s for s in source["spans"] if s["id"] == "s4")
    quote["fragments"] = [[60, 73], [89, 105]]  # the second part cuts the cluster কি
    quote.pop("text")
    bad = tmp_path / "cut.jsonl"
    bad.write_text(json.dumps(source, ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli("import", "--project", "News", str(bad)) == 2
    assert cli("import", "--project", "News", "--snap", "clusters", str(bad)) == 0
    (layer,) = [x for x in _all_layers(db_path) if x.spans]
    split = next(s for s in layer.spans if s.label == "QUOTE")
    assert split.fragments == ((60, 73), (88, 105))
