"""One format registry: a format is its module, one registry entry and its golden files.

A throw-away format declared only in the registry (here, in the test) is exported by
the CLI and the service, read back by ``import``, checked by ``validate`` (named or
recognised by its suffix) and listed in the CLI help: no other place needs editing.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotator.cli.main import build_parser
from annotator.formats import registry
from annotator.formats.checks import Checker
from annotator.formats.foreign import OnError
from annotator.formats.registry import FORMATS, Format, register, unregister
from annotator.formats.writers import JsonlWriter
from annotator.model import DocumentRecord, Layer, SpanRecord

GOLDEN = Path(__file__).parent / "golden"
FORMATS_DIR = Path(registry.__file__).parent


def test_every_format_has_a_module_an_entry_and_its_golden_files() -> None:
    assert len(FORMATS) >= 10
    for name, fmt in FORMATS.items():
        parts = [fmt.writer, fmt.reader, fmt.validator]
        assert any(parts), f"{name} neither reads, writes nor checks anything"
        for part in parts:
            if part is not None:
                module = importlib.import_module(part.__module__)
                assert Path(str(module.__file__)).parent == FORMATS_DIR, (name, part)
        if fmt.writer is not None:
            assert fmt.golden, f"{name} has no golden file"
            for golden in fmt.golden:
                assert (GOLDEN / golden).exists(), f"{name}: {golden} is missing"
        assert fmt.help and "\n" not in fmt.help


def test_every_golden_file_belongs_to_a_format() -> None:
    claimed = {g for fmt in FORMATS.values() for g in fmt.golden}
    unclaimed = {p.name for p in GOLDEN.iterdir()} - claimed - {"source.spans.jsonl"}
    assert unclaimed == set()


class ToyWriter(JsonlWriter):
    """``label<TAB>text`` of each span, as JSON lines (a format nobody uses)."""

    suffix = ".toy"

    def records(self, layer: Layer) -> list[dict[str, Any]]:
        self.count(layer, list(layer.spans))
        text = layer.document.text
        return [
            {
                "text": text,
                "spans": [[s.start, s.end, s.label] for s in layer.spans],
            }
        ]


def read_toy(path: Path, on_error: OnError | None = None) -> Iterator[DocumentRecord]:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        obj = json.loads(line)
        spans = tuple(
            SpanRecord(f"t{i}", a, b, label) for i, (a, b, label) in enumerate(obj["spans"])
        )
        yield DocumentRecord(obj["text"], f"toy-{n}", spans=spans, origin=f"{path}:{n}")


def check_toy(path: Path, card: dict[str, Any], chk: Checker) -> None:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        obj = json.loads(line)
        for start, end, label in obj["spans"]:
            if not 0 <= start < end <= len(obj["text"]):
                chk.add(f"{path}:{n}", f"span {start}-{end} {label} is outside the text")


@pytest.fixture
def toy() -> Iterator[Format]:
    fmt = register(
        Format(
            "toy",
            "a throw-away format of the registry test",
            writer=ToyWriter,
            reader=read_toy,
            validator=check_toy,
            suffixes=(".toy",),
            import_suffixes=(".toy",),
            streamable=True,
        )
    )
    try:
        yield fmt
    finally:
        unregister("toy")


def test_a_registered_format_reaches_every_face(
    toy: Format, golden_db: Path, cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.toy"
    assert cli("export", "--project", "News", "--format", "toy", "-o", str(out)) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and records[0]["spans"]
    text = records[0]["text"]
    assert all(text[a:b] for a, b, _label in records[0]["spans"])

    capsys.readouterr()
    assert cli("validate", str(out)) == 0  # recognised by its suffix
    assert "valid toy" in capsys.readouterr().out
    broken = tmp_path / "broken.toy"
    broken.write_text(json.dumps({"text": "কিম", "spans": [[0, 9, "PER"]]}) + "\n", "utf-8")
    assert cli("validate", "--format", "toy", str(broken)) == 2
    assert "outside the text" in capsys.readouterr().err

    assert cli("import", "--project", "Toys", "--format", "toy", str(out)) == 0
    assert "imported 1 documents" in capsys.readouterr().out

    help_text = build_parser().format_help()
    sub = next(a for a in build_parser()._actions if hasattr(a, "choices") and a.choices)
    export_help = sub.choices["export"].format_help()  # type: ignore[index]
    assert "toy" in export_help and "throw-away" in export_help
    assert "toy" in sub.choices["validate"].format_help()  # type: ignore[index]
    assert "export" in help_text


def test_forgetting_a_format_removes_it_everywhere(toy: Format) -> None:
    assert "toy" in registry.EXPORTERS and "toy" in registry.IMPORTERS
    unregister("toy")
    try:
        assert "toy" not in registry.EXPORTERS and "toy" not in registry.IMPORTERS
        assert ".toy" not in registry.IMPORT_SUFFIXES
    finally:
        register(toy)


def test_a_name_registered_twice_is_refused(toy: Format) -> None:
    with pytest.raises(ValueError, match="twice"):
        register(toy)


def test_shapes_kinds_and_context_come_from_the_declaration(
    golden_db: Path, tmp_path: Path
) -> None:
    """What doccano (record shapes), prodigy (several kinds in the card's layer) and
    attribution (kinds kept whatever the filters) declare works for any format."""
    from annotator.model import LabelKind
    from annotator.service import Workspace
    from annotator.service.datasets import ExportRequest, export_dataset

    register(
        Format(
            "toy2",
            "a throw-away format with options",
            writer=ToyWriter,
            shapes=("relation", "flat"),
            multi_kind=True,
            context_kinds=frozenset({LabelKind.ENTITY}),
        )
    )
    try:
        out = tmp_path / "out.toy"
        request = ExportRequest(
            format="toy2", output=str(out), project="News", doccano_shape="flat", kinds=("quote",)
        )
        with Workspace(str(golden_db)) as ws:
            result = export_dataset(ws, request)
        assert result.card["doccano_shape"] == "flat"
        assert result.card["layer"] == "quote"
        labels = {
            label
            for line in out.read_text("utf-8").splitlines()
            for *_, label in json.loads(line)["spans"]
        }
        assert "QUOTE" in labels and "PER" in labels and "CLAIM" not in labels
    finally:
        unregister("toy2")
    assert FORMATS["doccano"].shapes and not FORMATS["hf"].shapes
    assert FORMATS["prodigy"].card_layer((LabelKind.ENTITY, LabelKind.QUOTE), LabelKind.ENTITY) == (
        "entity,quote"
    )
    assert FORMATS["hf"].card_layer((LabelKind.ENTITY,), LabelKind.CLAIM) == "claim"
    assert FORMATS["spans"].card_layer((LabelKind.ENTITY,), LabelKind.ENTITY) is None
