"""Property: any valid layer survives import -> export -> import -> export byte for byte."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.formats.native import dumps_layer, read_jsonl
from annotator.model import DocumentRecord, RelationRecord, SpanRecord, Status
from annotator.service import Workspace, import_records
from annotator.text import ClusterIndex, normalize_text

PIECES = [
    *"কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ",
    *"ািীুূৃেৈোৌ্ংঃঁ",
    "\u09bc",
    "\u200c",
    "\u200d",
    "ক্ষ",
    "স্ত্রী",
    "য়",
    " ",
    "\n",
    "।",
    ",",
    "“",
    "”",
    "😀",
    "🇧🇩",
    "১২",
    "a",
]
LABELS = ["PER", "ORG", "GPE", "DATE", "QUOTE", "CLAIM"]
_counter = itertools.count()


@st.composite
def layers(draw: st.DrawFn) -> DocumentRecord:
    text = normalize_text("".join(draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30))))
    bounds = ClusterIndex(text).boundaries
    spans = []
    if len(bounds) > 1:
        for n in range(draw(st.integers(0, 6))):
            a, b = sorted(draw(st.lists(st.sampled_from(bounds), min_size=2, max_size=2)))
            if a == b:
                continue
            spans.append(SpanRecord(f"s{n}", a, b, draw(st.sampled_from(LABELS))))
    relations = []
    quotes = [s for s in spans if s.label == "QUOTE"]
    speakers = [s for s in spans if s.label in ("PER", "ORG")]
    if quotes and speakers:
        relations.append(RelationRecord("r1", "speaker", quotes[0].key, speakers[-1].key))
    status = draw(st.sampled_from([Status.DONE, Status.IN_PROGRESS, Status.SKIPPED]))
    return DocumentRecord(
        text=text,
        external_id=f"doc-{next(_counter)}",
        meta={"source": "hypothesis", "n": draw(st.integers(0, 5))},
        annotator=draw(st.sampled_from(["rina", "tanvir", "জনি"])),
        status=status,
        spans=tuple(spans),
        relations=tuple(relations),
    )


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    workspace = Workspace(str(tmp_path_factory.mktemp("prop") / "prop.sqlite3"))
    yield workspace
    workspace.close()


def export_project(ws: Workspace, project: str) -> str:
    return "".join(dumps_layer(x) for x in ws.iter_layers(ws.project(project).id, status=None))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(layers())
def test_layer_round_trip(ws: Workspace, record: DocumentRecord) -> None:
    n = next(_counter)
    first_project, second_project = f"a{n}", f"b{n}"
    import_records(ws, [record], project=first_project)
    first = export_project(ws, first_project)
    (line,) = first.splitlines()
    exported = json.loads(line)
    assert exported["text"] == record.text
    for span in exported["spans"]:
        assert span["text"] == record.text[span["start"] : span["end"]]
    assert len(exported["spans"]) == len({(s.start, s.end, s.label) for s in record.spans})
    assert len(exported["relations"]) == len(record.relations)
    records = list(read_jsonl(first.splitlines(keepends=True), "export"))
    import_records(ws, records, project=second_project)
    assert export_project(ws, second_project) == first
