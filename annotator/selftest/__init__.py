"""``annotator --self-test``: prove that this installation works, without a display.

Everything happens in a temporary folder: the bundled resources are checked, a new
database is created through the migrations, the seed article is imported, spans and
a relation are made through the :class:`Workspace`, every registered export format
is written and validated. Each step is reported as a :class:`Check`; the run never
touches the user's own database or settings. Frozen builds, wheels and source
checkouts all run the same code, so a bug report can start with its output.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator import __version__
from annotator.model import Layer, Status, default_schema
from annotator.resources import resource_path, seed_path
from annotator.service.errors import ServiceError
from annotator.service.importing import import_records
from annotator.service.opening import ensure_demo
from annotator.service.workspace import DEMO_PROJECT, Workspace

SEED_TEXT = "kim-putin-letter.bn.txt"
SEED_SPANS = "kim-putin-letter.spans.jsonl"
FONTS = ("NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf", "OFL.txt")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PROJECT = "Self-test"
ANNOTATOR = "self-test"


@dataclass(frozen=True, slots=True)
class Check:
    """One thing the self-test verified (or failed to)."""

    name: str
    ok: bool
    detail: str


@dataclass
class SelfTestReport:
    checks: list[Check] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(check.ok for check in self.checks)

    @property
    def failures(self) -> list[Check]:
        return [check for check in self.checks if not check.ok]


class SelfTestFailure(Exception):
    """A check that found something wrong; the message says what."""


Echo = Callable[[Check], None]


class _Run:
    """Runs named steps, turning any exception into a failed :class:`Check`."""

    def __init__(self, echo: Echo | None, verbose: bool) -> None:
        self.report = SelfTestReport()
        self.echo = echo
        self.verbose = verbose

    def record(self, name: str, ok: bool, detail: str) -> None:
        check = Check(name, ok, detail)
        self.report.checks.append(check)
        if self.echo is not None:
            self.echo(check)

    def step(self, name: str, func: Callable[[], str]) -> bool:
        try:
            detail = func()
        except Exception as exc:
            detail = f"{type(exc).__name__}: {exc}"
            if self.verbose or not isinstance(exc, SelfTestFailure | ServiceError):
                detail += "\n" + "".join(traceback.format_exception(exc)).rstrip()
            self.record(name, False, detail)
            return False
        self.record(name, True, detail)
        return True


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


# Resources ------------------------------------------------------------------------


def check_fonts() -> str:
    sizes = []
    for name in FONTS:
        path = resource_path("fonts", name)
        _require(path.is_file(), f"{path} is missing")
        data = path.read_bytes()
        if name.endswith(".ttf"):
            # A TrueType file starts with version 1.0 (0x00010000); an LFS pointer would not.
            _require(data[:4] == b"\x00\x01\x00\x00", f"{path} is not a TrueType font")
        sizes.append(f"{name} ({len(data) // 1024} kB)")
    return ", ".join(sizes)


def check_schema() -> str:
    schema = default_schema()
    _require(bool(schema.labels), "the default schema has no labels")
    return (
        f"{schema.name!r}: {len(schema.labels)} labels, {len(schema.relation_types)} relation types"
    )


def check_icons() -> str:
    svg = resource_path("icons", "annotator.svg")
    _require(svg.is_file(), f"{svg} is missing")
    _require(b"<svg" in svg.read_bytes()[:2000], f"{svg} is not an SVG file")
    missing = [
        size
        for size in ICON_SIZES
        if not resource_path(
            "icons", "hicolor", f"{size}x{size}", "apps", "annotator.png"
        ).is_file()
    ]
    _require(not missing, f"hicolor icons missing for sizes {missing}")
    return f"annotator.svg and hicolor PNGs {ICON_SIZES[0]}-{ICON_SIZES[-1]} px"


def check_seeds() -> str:
    text_path, spans_path = seed_path(SEED_TEXT), seed_path(SEED_SPANS)
    for path in (text_path, spans_path):
        _require(path.is_file(), f"{path} is missing")
    return (
        f"{SEED_TEXT} ({text_path.stat().st_size} B), {SEED_SPANS} ({spans_path.stat().st_size} B)"
    )


def check_bijoy() -> str:
    """The Bijoy glyph table is installed and converts a known sentence."""
    from annotator.text.legacy import bijoy_table, convert_bijoy

    rows = len(bijoy_table().rows)
    got = convert_bijoy("Avgvi †mvbvi evsjv")
    _require(got == "আমার সোনার বাংলা", f"Bijoy conversion gave {got!r}")
    return f"{rows} glyph rows"


def check_migrations() -> str:
    from annotator.storage.migrate import MIGRATIONS, head_revision

    for name in ("env.py", "script.py.mako"):
        _require((MIGRATIONS / name).is_file(), f"{MIGRATIONS / name} is missing")
    versions = sorted(p.name for p in (MIGRATIONS / "versions").glob("*.py"))
    _require(bool(versions), f"no migration scripts in {MIGRATIONS / 'versions'}")
    return f"{len(versions)} revisions, head {head_revision()} ({MIGRATIONS})"


def check_postgresql_driver() -> str:
    """The PostgreSQL driver loads (no server needed); required in a frozen build."""
    if importlib.util.find_spec("psycopg") is None:
        _require(not getattr(sys, "frozen", False), "psycopg is missing from this build")
        return "skipped: psycopg is not installed (pip install 'annotator[postgres]')"
    from annotator.storage.engine import load_dbapi

    psycopg = load_dbapi("postgresql.psycopg")
    libpq = psycopg.pq.version()
    return (
        f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), "
        f"libpq {libpq // 10000}.{libpq % 10000}"
    )


# The round trip -------------------------------------------------------------------


@dataclass
class _State:
    folder: Path
    workspace: Workspace | None = None
    document_id: int | None = None
    seed_record: dict[str, Any] = field(default_factory=dict)
    exports: dict[str, Path] = field(default_factory=dict)


def check_database(state: _State) -> str:
    from annotator.storage.migrate import current_revision, head_revision

    path = state.folder / "self-test.sqlite3"
    state.workspace = Workspace(path)
    revision = current_revision(state.workspace.db)
    _require(revision == head_revision(), f"new database is at {revision}, not {head_revision()}")
    _require(path.is_file(), f"{path} was not created")
    return f"{path.name} created at schema revision {revision}"


def check_demo_import(state: _State) -> str:
    ws = _workspace(state)
    with open(seed_path(SEED_SPANS), encoding="utf-8") as handle:
        state.seed_record = json.loads(handle.readline())
    project = ensure_demo(ws)
    _require(project is not None and project.name == DEMO_PROJECT, "no Demo project was made")
    assert project is not None
    doc = ws.document_by_external_id(project.id, state.seed_record["id"])
    layer = ws.layer(doc.id, state.seed_record.get("annotator", "demo"))
    want_spans, want_rels = len(state.seed_record["spans"]), len(state.seed_record["relations"])
    _require(
        (len(layer.spans), len(layer.relations)) == (want_spans, want_rels),
        f"Demo has {len(layer.spans)} spans and {len(layer.relations)} relations, "
        f"the seed file {want_spans} and {want_rels}",
    )
    _check_layer_texts(layer)
    return f"Demo project: {len(doc.text)} characters, {want_spans} spans, {want_rels} relations"


def check_text_import(state: _State) -> str:
    from annotator.formats.inputs import iter_records

    ws = _workspace(state)
    records = list(iter_records([str(seed_path(SEED_TEXT))], "auto", None))
    report = import_records(ws, records, project=PROJECT, annotator=ANNOTATOR)
    _require(report.documents_added == 1, f"{report.documents_added} documents imported, not 1")
    project = ws.project(PROJECT)
    [summary] = ws.list_documents(project.id)
    doc = ws.document(summary.id)
    seed_sha = state.seed_record.get("text_sha256")
    _require(
        seed_sha is None or doc.text_sha256 == seed_sha,
        f"{SEED_TEXT} normalizes to a text other than the Demo article's",
    )
    state.document_id = doc.id
    return f"{SEED_TEXT} imported into {PROJECT!r} as document {doc.external_id!r}"


def check_edits(state: _State) -> str:
    """Copy the seed's first quote and its speaker onto the plain-text document."""
    ws = _workspace(state)
    _require(state.document_id is not None, "no document to annotate")
    assert state.document_id is not None
    doc = ws.document(state.document_id)
    seed = state.seed_record
    by_key = {span["id"]: span for span in seed["spans"]}
    relation = next((r for r in seed["relations"] if r["type"] == "speaker"), None)
    _require(relation is not None, "the seed article has no speaker relation to copy")
    assert relation is not None
    quote, speaker = by_key[relation["from"]], by_key[relation["to"]]
    ids = {}
    for span in (speaker, quote):
        changes = ws.create_span(
            doc.id, ANNOTATOR, span["label"], span["start"], span["end"], span.get("attrs") or {}
        )
        ids[span["id"]] = changes.spans_added[0].id
    ws.create_relation("speaker", ids[quote["id"]], ids[speaker["id"]], ANNOTATOR)
    # An edit that would split a grapheme cluster must be refused (Unicode data present).
    inside = _offset_inside_cluster(doc.text)
    if inside is not None:
        try:
            ws.create_span(doc.id, ANNOTATOR, speaker["label"], inside, inside + 3)
        except ServiceError:
            pass
        else:
            raise SelfTestFailure(f"a span starting inside a grapheme cluster ({inside}) was kept")
    ws.set_status(doc.id, ANNOTATOR, Status.DONE)
    layer = ws.layer(doc.id, ANNOTATOR)
    _require(
        len(layer.spans) == 2 and len(layer.relations) == 1,
        f"layer has {len(layer.spans)} spans and {len(layer.relations)} relations, not 2 and 1",
    )
    _require(layer.status is Status.DONE, f"status is {layer.status}, not done")
    _check_layer_texts(layer)
    return (
        f"{speaker['label']} {doc.text[speaker['start'] : speaker['end']]!r}, "
        f"{quote['label']} ({quote['end'] - quote['start']} characters) and their speaker link"
        + ("; a span inside a grapheme cluster was refused" if inside is not None else "")
    )


def _offset_inside_cluster(text: str) -> int | None:
    from annotator.text import ClusterIndex

    clusters = ClusterIndex(text)
    return next((i for i in range(1, len(text)) if not clusters.is_boundary(i)), None)


def _check_layer_texts(layer: Layer) -> None:
    text = layer.document.text
    for span in layer.spans:
        _require(0 <= span.start < span.end <= len(text), f"span {span.id} lies outside the text")


def _workspace(state: _State) -> Workspace:
    if state.workspace is None:
        raise SelfTestFailure("no database (an earlier step failed)")
    return state.workspace


# Exports --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """An export format found at run time: how to write it and check what it wrote."""

    name: str
    write: Callable[[Workspace, Path], Path]
    validate: Callable[[Path], str]
    missing: str = ""  # why this build cannot write it (an optional package), if so


def _write_native(ws: Workspace, folder: Path) -> Path:
    from annotator.formats.native import write_jsonl

    project = ws.project(PROJECT)
    out = folder / "spans.jsonl"
    with open(out, "w", encoding="utf-8", newline="\n") as handle:
        count = write_jsonl(ws.iter_layers(project.id, status=Status.DONE), handle)
    _require(count > 0, "the spans export wrote no records")
    return out


def _validate_native(path: Path) -> str:
    """Read the file back with the importer's parser and check every span and relation."""
    from annotator.formats.native import read_jsonl
    from annotator.model import relation_problem, span_problem
    from annotator.text import ClusterIndex

    schema = default_schema()
    records = spans = relations = 0
    with open(path, encoding="utf-8") as handle:
        for record in read_jsonl(handle, str(path)):  # checks text_sha256 too
            records += 1
            clusters = ClusterIndex(record.text)
            labels = {}
            for span in record.spans:
                problem = span_problem(
                    clusters, schema, span.start, span.end, span.label, span.attrs, span.text
                )
                _require(problem is None, f"{record.origin}: span {span.key}: {problem}")
                labels[span.key] = span.label
            for rel in record.relations:
                _require(
                    rel.from_key in labels and rel.to_key in labels,
                    f"{record.origin}: relation {rel.key} points at a missing span",
                )
                problem = relation_problem(
                    schema, rel.type, labels[rel.from_key], labels[rel.to_key]
                )
                _require(problem is None, f"{record.origin}: relation {rel.key}: {problem}")
            spans += len(record.spans)
            relations += len(record.relations)
    _require(records > 0, f"{path} holds no records")
    return f"{records} records, {spans} spans, {relations} relations read back and valid"


def _write_registered(name: str) -> Callable[[Workspace, Path], Path]:
    def write(ws: Workspace, folder: Path) -> Path:
        from annotator.service.datasets import ExportRequest, export_dataset

        target = folder / name
        result = export_dataset(ws, ExportRequest(format=name, output=str(target), project=PROJECT))
        _require(bool(result.files), f"the {name} export wrote no files")
        _require(result.records > 0, f"the {name} export wrote no records")
        # One data file (plus the dataset card next to it), or a folder of them (brat).
        return result.files[0] if len(result.files) == 1 else target

    return write


def _validate_registered(name: str) -> Callable[[Path], str]:
    def validate(path: Path) -> str:
        from annotator.formats.validate import validate_path

        fmt, problems = validate_path(path, name)
        _require(fmt == name, f"validated as {fmt}, not {name}")
        if problems:
            listed = "; ".join(f"{origin}: {reason}" for origin, reason in problems[:5])
            raise SelfTestFailure(f"{len(problems)} problems: {listed}")
        return f"annotator validate --format {name}: no problems"

    return validate


def export_formats() -> list[ExportFormat]:
    """Every export format this build knows (the format registry), each with its check.

    Without the registry (an older build), only the native JSONL and its own check.
    """
    try:
        registry = importlib.import_module("annotator.formats.registry")
    except ImportError:
        return [ExportFormat("spans", _write_native, _validate_native)]
    formats = []
    for name in registry.EXPORTERS:
        missing = ""
        if name == "spacy" and importlib.util.find_spec("spacy") is None:
            missing = "spaCy is not installed (an optional extra)"
        formats.append(
            ExportFormat(name, _write_registered(name), _validate_registered(name), missing)
        )
    return formats


# The run --------------------------------------------------------------------------


@contextmanager
def _work_folder(folder: Path | None) -> Iterator[Path]:
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        yield folder
        return
    with tempfile.TemporaryDirectory(prefix="annotator-self-test-") as name:
        yield Path(name)


def run_self_test(
    folder: Path | None = None, *, echo: Echo | None = None, verbose: bool = False
) -> SelfTestReport:
    """Run every check; ``folder`` keeps the files (default: a temporary folder)."""
    started = time.perf_counter()
    run = _Run(echo, verbose)
    run.record("version", True, f"annotator {__version__}")
    run.step("fonts", check_fonts)
    run.step("schema", check_schema)
    run.step("icons", check_icons)
    run.step("seeds", check_seeds)
    run.step("migrations", check_migrations)
    run.step("bijoy table", check_bijoy)
    run.step("postgresql driver", check_postgresql_driver)
    with _work_folder(folder) as work:
        state = _State(work)
        try:
            if run.step("database", lambda: check_database(state)):
                run.step("import seed", lambda: check_demo_import(state))
                run.step("import text", lambda: check_text_import(state))
                if run.step("edits", lambda: check_edits(state)):
                    _run_exports(run, state)
        finally:
            if state.workspace is not None:
                state.workspace.close()
    run.report.seconds = time.perf_counter() - started
    return run.report


def _run_exports(run: _Run, state: _State) -> None:
    ws = _workspace(state)
    out = state.folder / "exports"
    out.mkdir(exist_ok=True)
    for fmt in export_formats():
        if fmt.missing:
            run.record(f"export {fmt.name}", True, f"skipped: {fmt.missing}")
            continue

        def export(fmt: ExportFormat = fmt) -> str:
            path = fmt.write(ws, out)
            state.exports[fmt.name] = path
            return f"{path.name} ({_size(path)} B)"

        def validate(fmt: ExportFormat = fmt) -> str:
            return fmt.validate(state.exports[fmt.name])

        if run.step(f"export {fmt.name}", export):
            run.step(f"validate {fmt.name}", validate)
    if "spans" in state.exports:
        spans = state.exports["spans"]
        spans_file = spans if spans.is_file() else next(iter(sorted(spans.glob("*.jsonl"))), spans)
        run.step("read back spans", lambda: _validate_native(spans_file))


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size
