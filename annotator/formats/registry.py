"""Every dataset format, declared once: one :class:`Format` per format.

The service (export and import), ``annotator validate``, the export and import dialogs,
the CLI's choices and help and the self-test all read :data:`FORMATS`. Adding a format
is its module (reader, writer, checks), one :func:`register` line below, and one golden
file in ``tests/formats/golden`` (``tests/formats/test_registry.py`` checks all three).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.formats import checks
from annotator.formats.attribution import FIELDS as ATTRIBUTION_FIELDS
from annotator.formats.attribution import AttributionWriter
from annotator.formats.brat import BratWriter, read_brat
from annotator.formats.conll import ConllWriter, read_conll
from annotator.formats.doccano import (
    DEFAULT_OFFSET_UNIT as DOCCANO_DEFAULT_UNIT,
)
from annotator.formats.doccano import SHAPES as DOCCANO_SHAPES
from annotator.formats.doccano import (
    DoccanoWriter,
    read_doccano,
    read_doccano_bytes,
    read_doccano_codepoint,
)
from annotator.formats.docx_reader import read_docx
from annotator.formats.foreign import OnError
from annotator.formats.hf import ROW_ID_FORMAT, HfWriter, hf_features
from annotator.formats.label_studio import LabelStudioWriter, read_label_studio
from annotator.formats.prodigy import ProdigyWriter, read_prodigy
from annotator.formats.spacy_docbin import SpacyWriter
from annotator.formats.spans_writer import SpansWriter
from annotator.formats.writers import DatasetWriter
from annotator.model import DocumentRecord, LabelKind

Reader = Callable[[Path, OnError | None], Iterator[DocumentRecord]]
Validator = Callable[[Path, dict[str, Any], checks.Checker], None]
Sniff = Callable[[Mapping[str, Any]], bool]
CardFields = Callable[[list[str]], dict[str, Any]]


@dataclass(frozen=True)
class Format:
    """One dataset format: what reads, writes and checks it, and how it is recognised."""

    name: str
    help: str  # one line: what the format is for (CLI help, dialogs)
    writer: type[DatasetWriter] | None = None
    reader: Reader | None = None
    validator: Validator | None = None
    # Recognising a file: by suffix (the first match wins), else by its first JSON
    # record (``sniff``, tried in ``sniff_order``); a folder is ``folder_format``'s.
    suffixes: tuple[str, ...] = ()
    sniff: Sniff | None = None
    sniff_order: int = 0
    import_suffixes: tuple[str, ...] = ()  # suffixes `annotator import` reads as this
    offset_units: tuple[str, ...] = ("codepoint",)  # the first is the default
    one_layer: bool = False  # token-based: carries one kind (entity, quote or claim)
    spacy_aligned: bool = False  # spans are checked against spaCy's bn tokenizer
    streamable: bool = False  # one record a line: may go to standard output
    output: str = "file"  # "file", or "folder" (a folder of files, or a .zip of it)
    golden: tuple[str, ...] = ()  # its golden files in tests/formats/golden
    variants: Mapping[str, Reader] = field(default_factory=dict)  # import-only names
    card_fields: CardFields | None = None  # what its dataset card adds, from the tag names
    # Record shapes the writer offers (``--doccano-shape``; the first is the default);
    # empty: one shape, and the option does not apply.
    shapes: tuple[str, ...] = ()
    multi_kind: bool = False  # token-based, but carries several kinds at once (--kind a,b)
    # Span kinds kept whatever --label/--kind say (attribution: the cues and speakers
    # each quote or claim line needs).
    context_kinds: frozenset[LabelKind] = frozenset()

    @property
    def token_level(self) -> bool:
        return bool(self.writer and self.writer.token_level)

    @property
    def default_offset_unit(self) -> str:
        return self.offset_units[0]

    def card_layer(self, kinds: tuple[LabelKind, ...], kind: LabelKind) -> str | None:
        """The dataset card's ``layer``: the kinds a token format carries, else None."""
        if self.multi_kind:
            return ",".join(k.value for k in kinds)
        return kind.value if self.token_level else None


FORMATS: dict[str, Format] = {}
# Views the older code reads by name; :func:`register` keeps them in step.
EXPORTERS: dict[str, type[DatasetWriter]] = {}
IMPORTERS: dict[str, Reader] = {}
IMPORT_SUFFIXES: dict[str, str] = {}
STREAMABLE: set[str] = set()


def register(fmt: Format) -> Format:
    """Declare a format; every face finds it from here on."""
    if fmt.name in FORMATS:
        raise ValueError(f"format {fmt.name!r} is registered twice")
    FORMATS[fmt.name] = fmt
    if fmt.writer is not None:
        EXPORTERS[fmt.name] = fmt.writer
    if fmt.reader is not None:
        IMPORTERS[fmt.name] = fmt.reader
    IMPORTERS.update(fmt.variants)
    for suffix in fmt.import_suffixes:
        IMPORT_SUFFIXES.setdefault(suffix, fmt.name)
    if fmt.streamable:
        STREAMABLE.add(fmt.name)
    return fmt


def unregister(name: str) -> None:
    """Forget a format (tests register throw-away ones)."""
    fmt = FORMATS.pop(name)
    EXPORTERS.pop(name, None)
    IMPORTERS.pop(name, None)
    for variant in fmt.variants:
        IMPORTERS.pop(variant, None)
    for suffix in [s for s, n in IMPORT_SUFFIXES.items() if n == name]:
        del IMPORT_SUFFIXES[suffix]
    STREAMABLE.discard(name)


def export_format(name: str) -> Format:
    fmt = FORMATS.get(name)
    if fmt is None or fmt.writer is None:
        raise KeyError(name)
    return fmt


def validatable() -> list[str]:
    """Names ``annotator validate --format`` accepts."""
    return [name for name, fmt in FORMATS.items() if fmt.validator is not None]


def importable() -> list[str]:
    """Names ``annotator import --format`` accepts besides auto, txt and jsonl/spans."""
    return [name for name, fmt in FORMATS.items() if fmt.reader is not None]


def shapes() -> list[str]:
    """Every record shape some format offers (``--doccano-shape`` choices)."""
    return list(dict.fromkeys(shape for fmt in FORMATS.values() for shape in fmt.shapes))


def unit_formats() -> list[str]:
    """Formats whose offsets can be read in more than one unit (``--offset-unit``)."""
    return [name for name, fmt in FORMATS.items() if len(fmt.offset_units) > 1]


def unit_reader(name: str, unit: str | None) -> str | None:
    """The importer that reads format ``name`` with offsets in ``unit`` (``doccano`` in
    code points: ``doccano-codepoint``); ``name`` itself without a unit; None when the
    format has one unit only."""
    if unit is None:
        return name
    variant = f"{name}-{unit}"
    fmt = FORMATS.get(name)
    return variant if fmt is not None and variant in fmt.variants else None


def help_line(names: list[str]) -> str:
    """``name (what it is), ...`` for CLI help."""
    return "; ".join(f"{n}: {FORMATS[n].help}" for n in names if n in FORMATS)


def register_readers(readers: dict[str, Reader], suffixes: dict[str, str]) -> None:
    """Plug the importers into :mod:`annotator.formats.inputs`."""
    for name, reader in IMPORTERS.items():
        readers.setdefault(name, reader)
    for suffix, name in IMPORT_SUFFIXES.items():
        suffixes.setdefault(suffix, name)


register(
    Format(
        "spans",
        "native JSONL: text, spans, relations and notes per document (default)",
        writer=SpansWriter,
        validator=checks.check_spans,
        streamable=True,
        golden=("spans.jsonl",),
    )
)
register(
    Format(
        "prodigy",
        "Prodigy/spaCy JSONL with tokens and spans",
        writer=ProdigyWriter,
        reader=read_prodigy,
        validator=checks.check_prodigy,
        sniff=lambda first: "tokens" in first or "answer" in first,
        sniff_order=3,
        spacy_aligned=True,
        multi_kind=True,
        streamable=True,
        golden=("prodigy.jsonl", "prodigy-all.jsonl"),
    )
)
register(
    Format(
        "hf",
        "Hugging Face token classification JSONL (BIO ner_tags)",
        writer=HfWriter,
        validator=checks.check_hf,
        sniff=lambda first: "ner_tags" in first,
        sniff_order=1,
        one_layer=True,
        streamable=True,
        golden=("hf.jsonl",),
        card_fields=lambda tags: {"features": hf_features(tags), "id_format": ROW_ID_FORMAT},
    )
)
register(
    Format(
        "conll",
        "CoNLL BIO columns, one token a line",
        writer=ConllWriter,
        reader=read_conll,
        validator=checks.check_conll,
        suffixes=(".conll", ".bio", ".iob"),
        import_suffixes=(".conll",),
        one_layer=True,
        streamable=True,
        golden=("entity.conll", "claim.conll"),
    )
)
register(
    Format(
        "doccano",
        "doccano JSONL (UTF-16 offsets unless --offset-unit codepoint)",
        writer=DoccanoWriter,
        reader=read_doccano,
        validator=checks.check_doccano,
        sniff=lambda first: "entities" in first or "label" in first,
        sniff_order=2,
        offset_units=(DOCCANO_DEFAULT_UNIT, "codepoint"),
        shapes=DOCCANO_SHAPES,
        streamable=True,
        golden=("doccano.jsonl", "doccano-utf16.jsonl", "doccano-sequence.jsonl"),
        variants={
            "doccano-utf16": read_doccano,  # the default unit, by its name
            "doccano-codepoint": read_doccano_codepoint,
            "doccano-bytes": read_doccano_bytes,
        },
    )
)
register(
    Format(
        "label-studio",
        "Label Studio JSON tasks with annotations",
        writer=LabelStudioWriter,
        reader=read_label_studio,
        validator=checks.check_label_studio,
        suffixes=(".json",),
        golden=("label-studio.json",),
    )
)
register(
    Format(
        "brat",
        "brat standoff: a folder (or .zip) of .txt/.ann pairs",
        writer=BratWriter,
        reader=read_brat,
        validator=checks.check_brat,
        suffixes=(".zip", ".ann"),
        import_suffixes=(".ann",),
        output="folder",
        golden=("brat.ann", "brat.txt"),
    )
)
register(
    Format(
        "spacy",
        "spaCy DocBin (.spacy) for spacy train",
        writer=SpacyWriter,
        validator=checks.check_spacy,
        suffixes=(".spacy",),
        one_layer=True,
        spacy_aligned=True,
        golden=("spacy.json",),
    )
)
register(
    Format(
        "attribution",
        "one record per quote or claim with its speaker and cue",
        writer=AttributionWriter,
        validator=checks.check_attribution,
        streamable=True,
        golden=("attribution",),
        card_fields=lambda _tags: {"fields": ATTRIBUTION_FIELDS},
        context_kinds=frozenset({LabelKind.ENTITY, LabelKind.CUE}),
    )
)
register(
    Format(
        "docx",
        "Word documents: one document per file (import only)",
        reader=read_docx,
        import_suffixes=(".docx",),
    )
)
