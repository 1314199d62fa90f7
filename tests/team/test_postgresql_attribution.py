"""Split spans and referents on PostgreSQL: the migration, JSON fragments, names."""

from __future__ import annotations

from pathlib import Path

from annotator.formats.native import layer_to_dict
from annotator.service import Workspace, import_records

SEED = Path(__file__).resolve().parents[2] / "seeds" / "putin-ready.spans.jsonl"


def test_attribution_round_trips_on_postgresql(pg_url: str) -> None:
    from annotator.formats.native import read_jsonl

    with SEED.open(encoding="utf-8") as handle:
        records = list(read_jsonl(handle, str(SEED)))
    with Workspace(pg_url) as ws:
        import_records(ws, records, project="Attribution")
        (layer,) = [x for x in ws.iter_layers(ws.project("Attribution").id) if x.spans]
        record = layer_to_dict(layer)
        quote = next(s for s in record["spans"] if s["label"] == "QUOTE")
        assert quote["fragments"] == [[60, 73], [88, 105]]
        assert record["referents"][0]["name"] == "ভ্লাদিমির পুতিন"
        # An unnamed referent is named by its longest PER/ORG mention (substr on the
        # server counts characters, as Python does).
        (ref,) = ws.referents(layer.document.id, "asha")
        ws.rename_referent(ref.id, "asha", "")
        (ref,) = ws.referents(layer.document.id, "asha")
        assert ref.name == "ভ্লাদিমির পুতিন" and not ref.named
        pronoun = next(s for s in layer.spans if s.label == "MENTION")
        ws.leave_referent(pronoun.id, "asha")
        assert len(ws.referents(layer.document.id, "asha")[0].mentions) == 2
