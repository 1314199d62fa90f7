"""The export read path without a model object per span writes what the model path wrote.

``annotator export --format spans`` takes each layer as database rows
(:class:`annotator.model.rows.LayerRows`) and writes the line straight from them; the
model path (``Layer`` -> dict -> JSON) is still what a ``--label``/``--kind`` export
and every other format use. Both must give the same bytes for every kind of layer:
attributes of every JSON type, split spans, sources, notes, referents, several
annotators, spans sharing both ends (ordered by label name), empty layers.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.formats.native import RowsEncoder, dumps_layer
from annotator.service import Workspace

ROOT = Path(__file__).resolve().parents[2]
SEEDS = [
    ROOT / "seeds" / "putin-ready.spans.jsonl",
    ROOT / "seeds" / "kim-putin-letter.spans.jsonl",
]
Cli = Callable[..., int]
ATTRS = json.dumps({"n": 3, "x": 0.1, "big": 1e300, "ok": True, "no": None, "l": [1, "ক", {}]})

TEXT = 'ঢাকায় "কিম" বলেন \\ আজ।\nমস্কো চুপ।'


def _at(word: str) -> dict:
    start = TEXT.index(word)
    return {"start": start, "end": start + len(word)}


def _variety() -> list[dict]:
    """Records exercising what a line can carry beyond the seeds."""
    spans = [
        {"id": "a", **_at("ঢাকায়"), "label": "LOC", "attrs": {"canonical": "ঢাকা"}},
        {"id": "b", **_at("ঢাকায়"), "label": "GPE"},  # the same ends: by label name
        {"id": "d", **_at("আজ"), "label": "DATE", "source": "crf"},
        {"id": "e", **_at("মস্কো"), "label": "GPE"},  # its attributes are set below
    ]
    noted = [{"id": "c", **_at("কিম"), "label": "PER", "note": "কে ইনি?"}]
    note = {"text": "দেখুন", "author": "chandra", "time": "2024-01-02T03:04:05+00:00"}
    meta = {"title": "নানা", "nested": {"k": ["\\", '"']}, "f": 2.5}
    return [
        {
            "id": "variety",
            "text": TEXT,
            "meta": meta,
            "annotator": "bina",
            "status": "done",
            "spans": spans,
        },
        {"id": "variety", "text": TEXT, "annotator": "asha", "status": "done", "spans": []},
        {"id": "variety", "text": TEXT, "annotator": "chandra", "spans": noted, "notes": [note]},
        {"id": "empty", "text": "কিছু নেই।", "annotator": "asha", "status": "in_progress"},
        {"id": "no-layer", "text": "কেউ দেখেনি।"},
    ]


@pytest.fixture
def varied_db(db_path: Path, cli: Cli, tmp_path: Path) -> Path:
    for seed in SEEDS:
        assert cli("import", "--project", "News", str(seed)) == 0
    extra = tmp_path / "variety.jsonl"
    extra.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _variety()), encoding="utf-8"
    )
    assert cli("import", "--project", "News", str(extra)) == 0
    # Attribute values of every JSON type (the schema allows fewer; older data has them).
    conn = sqlite3.connect(db_path)
    conn.execute(
        "UPDATE spans SET attrs = ? WHERE start_offset = ? AND source IS NULL",
        (ATTRS, TEXT.index("মস্কো")),
    )
    conn.commit()
    conn.close()
    return db_path


@pytest.mark.parametrize("status", [None, "done"])
def test_every_layer_is_the_same_line_from_rows(varied_db: Path, status: str | None) -> None:
    from annotator.model import Status

    encoder = RowsEncoder()
    seen = set()
    with Workspace(str(varied_db)) as ws:
        project = ws.project("News")
        wanted = Status(status) if status else None
        for rows in ws.iter_layer_rows(project.id, status=wanted):
            line = encoder.dumps(rows)
            assert line == dumps_layer(rows.to_layer())
            record = json.loads(line)
            seen.add((record["id"], record["annotator"]))
            for span in record["spans"]:
                assert record["text"][span["start"] : span["end"]] == span["text"]
    assert ("variety", "bina") in seen
    assert (("no-layer", "") in seen) is (status is None)


def test_the_export_file_is_the_model_paths_byte_for_byte(
    varied_db: Path, cli: Cli, tmp_path: Path
) -> None:
    """The rows path (no filter) against the model path (a --kind filter that keeps all)."""
    fast, model = tmp_path / "fast.jsonl", tmp_path / "model.jsonl"
    assert cli("export", "--project", "News", "--status", "any", "-o", str(fast)) == 0
    kinds = "entity,quote,claim,cue"
    assert (
        cli("export", "--project", "News", "--status", "any", "--kind", kinds, "-o", str(model))
        == 0
    )
    assert fast.read_bytes() == model.read_bytes()
    card = json.loads((tmp_path / "fast.card.json").read_text(encoding="utf-8"))
    model_card = json.loads((tmp_path / "model.card.json").read_text(encoding="utf-8"))
    for key in ("counts", "split_spans", "dropped", "annotators"):
        assert card[key] == model_card[key], key
    assert card["split_spans"] >= 1 and card["counts"]["all"]["relations"] >= 2


def test_a_poisoned_attribute_is_written_as_fffd_and_named(
    varied_db: Path, cli: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A value an older version let in (a lone surrogate) takes the model path for its
    layer only: replaced by U+FFFD and named; every other line is unchanged."""
    before = tmp_path / "before.jsonl"
    assert cli("export", "--project", "News", "--status", "any", "-o", str(before)) == 0
    conn = sqlite3.connect(varied_db)
    conn.execute("""UPDATE spans SET attrs = '{"canonical": "\\ud800"}' WHERE label_id IN
        (SELECT id FROM labels WHERE name = 'LOC')""")
    conn.commit()
    conn.close()
    capsys.readouterr()
    out = tmp_path / "out.jsonl"
    assert cli("export", "--project", "News", "--status", "any", "-o", str(out)) == 0
    assert "held a lone surrogate" in capsys.readouterr().err
    lines, old = out.read_text(encoding="utf-8").splitlines(), before.read_text().splitlines()
    changed = [i for i, (a, b) in enumerate(zip(lines, old, strict=True)) if a != b]
    assert len(changed) == 1 and "\ufffd" in lines[changed[0]]


OVERLAPS = "কিমের সাথে পুতিন দেখা করেন। আবার দেখা হবে!\nমস্কো চুপ।"


def _overlapping() -> list[dict]:
    """A layer with a span inside a token (expanded) and spans sharing tokens
    (overlaps), and one with a split span, for the token formats' projection."""

    def at(word: str, label: str, sid: str) -> dict:
        start = OVERLAPS.index(word)
        return {"id": sid, "start": start, "end": start + len(word), "label": label}

    moscow = OVERLAPS.index("মস্কো")
    spans = [
        at("কিমে", "PER", "p1"),  # inside কিমের: expanded to the token
        at("সাথে পুতিন", "ORG", "o1"),  # overlaps p2
        at("পুতিন", "PER", "p2"),
        at("আবার দেখা", "LOC", "m1"),
        at("দেখা হবে", "ORG", "o2"),  # overlaps m1, same length
        at("মস্কো", "GPE", "g1"),
    ]
    split = {
        **at("মস্কো চুপ", "GPE", "g2"),
        "fragments": [[moscow, moscow + 5], [moscow + 6, moscow + 9]],
    }
    return [
        {"id": "overlaps", "text": OVERLAPS, "annotator": "bina", "status": "done", "spans": spans},
        {
            "id": "overlaps",
            "text": OVERLAPS,
            "annotator": "asha",
            "status": "done",
            "spans": [split],
        },
    ]


@pytest.mark.parametrize("fmt", ["hf", "conll"])
@pytest.mark.parametrize("mode", ["longest", "first", "error"])
def test_token_formats_from_rows_are_the_span_paths_byte_for_byte(
    varied_db: Path,
    cli: Cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
    mode: str,
) -> None:
    """hf and CoNLL project rows (no Span per span); with that projection turned off
    each layer takes the Span path: both must write the same files and the same card,
    expanded, overlapping and split spans included."""
    from annotator.formats.writers import WriteContext

    extra = tmp_path / "overlaps.jsonl"
    extra.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _overlapping()), encoding="utf-8"
    )
    assert cli("import", "--project", "News", str(extra)) == 0
    results = []
    for name in ("rows", "spans"):
        if name == "spans":
            monkeypatch.setattr(WriteContext, "project_rows", lambda self, rows: None)
        out = tmp_path / name / f"data.{'jsonl' if fmt == 'hf' else 'conll'}"
        args = ["export", "--project", "News", "--status", "any", "--format", fmt]
        code = cli(*args, "--on-overlap", mode, "-o", str(out))
        card_path = out.parent / "data.card.json"
        card = json.loads(card_path.read_text(encoding="utf-8")) if card_path.exists() else {}
        card.pop("created", None)
        card.pop("files", None)
        data = out.read_bytes() if out.exists() else b""
        results.append((code, data, card))
    assert results[0] == results[1]
    code, data, card = results[0]
    if mode == "error":
        assert code == 2
    else:
        assert code == 0 and data and card


def test_hf_lines_from_rows_repair_a_value_no_encoder_takes(tmp_path: Path) -> None:
    """hf writes a layer's lines as one string; a lone surrogate (in a document id an
    older version let in) sends that layer record by record through the repair: U+FFFD,
    named in the stats, and the next layer's lines are json.dumps's, byte for byte."""
    from annotator.formats.bio import tag_names
    from annotator.formats.hf import HfWriter
    from annotator.formats.writers import ExportStats, WriteContext
    from annotator.model import Document, DocumentId, Layer, ProjectId, Status
    from annotator.model.schema import default_schema
    from annotator.text import text_sha256
    from annotator.text.tokenizer import token_spans

    text = 'কিম "এল" \\ আজ।\nমস্কো চুপ।'
    ctx = WriteContext(schema=default_schema(), stats=ExportStats(), tag_names=tag_names(["PER"]))
    writer = HfWriter(tmp_path / "data.jsonl", ctx)
    for ext in ("bad\ud800id", "good/id%"):
        doc = Document(DocumentId(1), ProjectId(1), ext, "", "", {}, text, text_sha256(text))
        bounds = token_spans(text)
        tags = ["B-PER"] + ["O"] * (len(bounds) - 1)
        writer.write_bio(Layer(doc, "asha", Status.DONE, (), ()), bounds, tags)
    writer.close()
    lines = (tmp_path / "data.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4  # two sentences per layer
    assert all("\ufffd" in line for line in lines[:2])
    assert ctx.stats.repaired and "lone surrogate" in ctx.stats.repaired[0]
    words = [text[s:e] for s, e in token_spans(text)]
    n = words.index("।") + 1  # the first sentence
    first = {"id": "good%2Fid%25/asha/1", "tokens": words[:n], "ner_tags": [1] + [0] * (n - 1)}
    assert lines[2] == json.dumps(first, ensure_ascii=False)


@pytest.mark.parametrize("fmt", ["hf", "conll"])
@pytest.mark.parametrize("status", ["any", "done"])
def test_token_formats_read_for_projection_write_what_the_full_read_writes(
    varied_db: Path, cli: Cli, tmp_path: Path, fmt: str, status: str
) -> None:
    """hf and CoNLL read only the entity spans and what a projection needs; the model
    path (``--kind entity``: every span read and built) must give the same file and the
    same counts, layers without a state or without an entity span included."""
    extra = tmp_path / "overlaps.jsonl"
    extra.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _overlapping()), encoding="utf-8"
    )
    assert cli("import", "--project", "News", str(extra)) == 0
    # A layer with no state (older data) and no entity span: only a quote.
    conn = sqlite3.connect(varied_db)
    chandra = "(SELECT id FROM annotators WHERE name = 'chandra')"
    conn.execute(f"DELETE FROM document_states WHERE annotator_id = {chandra}")
    conn.execute(
        "UPDATE spans SET label_id = (SELECT id FROM labels WHERE kind = 'quote' LIMIT 1) "
        f"WHERE annotator_id = {chandra}"
    )
    conn.commit()
    conn.close()
    cards = []
    data = []
    for name, more in (("rows", []), ("model", ["--kind", "entity"])):
        out = tmp_path / name / f"data.{'jsonl' if fmt == 'hf' else 'conll'}"
        args = ["export", "--project", "News", "--status", status, "--format", fmt]
        assert cli(*args, *more, "--on-overlap", "longest", "-o", str(out)) == 0
        data.append(out.read_bytes())
        cards.append(json.loads((out.parent / "data.card.json").read_text(encoding="utf-8")))
    assert data[0] == data[1] and data[0]
    for key in ("counts", "dropped", "expanded_spans", "dropped_overlaps", "annotators"):
        assert cards[0][key] == cards[1][key], key
    if status == "any":
        assert "chandra" in cards[0]["annotators"]
