"""Every dataset format by name: its writer, and its reader where one exists."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from annotator.formats.attribution import AttributionWriter
from annotator.formats.brat import BratWriter, read_brat
from annotator.formats.conll import ConllWriter, read_conll
from annotator.formats.doccano import (
    DoccanoWriter,
    read_doccano,
    read_doccano_bytes,
    read_doccano_codepoint,
)
from annotator.formats.docx_reader import read_docx
from annotator.formats.foreign import OnError
from annotator.formats.hf import HfWriter
from annotator.formats.label_studio import LabelStudioWriter, read_label_studio
from annotator.formats.prodigy import ProdigyWriter, read_prodigy
from annotator.formats.spacy_docbin import SpacyWriter
from annotator.formats.spans_writer import SpansWriter
from annotator.formats.writers import DatasetWriter
from annotator.model import DocumentRecord

EXPORTERS: dict[str, type[DatasetWriter]] = {
    "spans": SpansWriter,
    "prodigy": ProdigyWriter,
    "hf": HfWriter,
    "conll": ConllWriter,
    "doccano": DoccanoWriter,
    "label-studio": LabelStudioWriter,
    "brat": BratWriter,
    "spacy": SpacyWriter,
    "attribution": AttributionWriter,
}

# Formats whose records are one line each, so they can go to standard output.
STREAMABLE = frozenset({"spans", "prodigy", "hf", "doccano", "conll", "attribution"})

Reader = Callable[[Path, OnError | None], Iterator[DocumentRecord]]

IMPORTERS: dict[str, Reader] = {
    "doccano": read_doccano,
    "doccano-utf16": read_doccano,  # the default unit, by its name
    "doccano-codepoint": read_doccano_codepoint,
    "doccano-bytes": read_doccano_bytes,
    "label-studio": read_label_studio,
    "prodigy": read_prodigy,
    "conll": read_conll,
    "brat": read_brat,
    "docx": read_docx,
}

IMPORT_SUFFIXES = {".conll": "conll", ".ann": "brat", ".docx": "docx"}


def register_readers(readers: dict[str, Reader], suffixes: dict[str, str]) -> None:
    """Plug the importers into :mod:`annotator.formats.inputs`."""
    for name, reader in IMPORTERS.items():
        readers.setdefault(name, reader)
    for suffix, name in IMPORT_SUFFIXES.items():
        suffixes.setdefault(suffix, name)
