"""Streaming document layers out of the database in batches (memory stays flat)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING

from annotator.model import Document, LabelKind, Layer, Note, Referent, Status
from annotator.model.rows import AttrsDecoder, LayerRows, RelationValues, SpanValues
from annotator.storage import Database
from annotator.storage.attribution import referents as referents_of
from annotator.storage.layer_rows import (
    any_notes_or_referents,
    packed_span_layers,
    relation_rows,
    span_layers,
    span_rows,
    state_rows,
)
from annotator.storage.notes import notes_of
from annotator.storage.repository import Repository

if TYPE_CHECKING:
    from annotator.storage import Transaction as Session

_LAYER_OF = itemgetter(0, 1)  # (document id, annotator id) of a span or relation row


def iter_layer_rows(
    database: Database,
    project_id: int,
    *,
    annotator: str | None = None,
    status: Status | None = Status.DONE,
    batch: int = 500,
    kinds: frozenset[LabelKind] | None = None,
    packed: bool = False,
) -> Iterator[LayerRows]:
    """Yield layers in document order, then annotator name order, spans as rows.

    With ``kinds`` (a token format's projection), only the spans of those kinds and
    only what a projection reads (:func:`annotator.storage.layer_rows.span_rows` ``only_labels``);
    the layers are the same either way.

    With ``packed`` (the ``spans``, ``hf`` and ``conll`` writers), each layer's spans
    (all of them, also with ``kinds``) come as ONE text the database built
    (:class:`annotator.model.rows.PackedSpans`: the same rows when iterated): that
    statement runs inside the database, without the GIL, so reading and writing
    overlap. Either way a batch's spans are read in a thread while the layers of the
    batch before are handed out (see :func:`_pipelined`).

    With ``status``, only layers in that state; a document nobody worked on is
    exported (with no spans, status "new") only when ``status`` is ``None`` or NEW.
    Each batch of documents costs a fixed number of queries (documents, states, then
    the spans, relations, notes and referents of the layers wanted), whatever the
    number of spans; no object is built per span (see :mod:`annotator.model.rows`).
    """
    read = partial(
        _read_batch,
        project_id=project_id,
        batch=batch,
        annotator=annotator,
        status=status,
        kinds=kinds,
    )
    if packed:
        # Every span of the layer, whatever ``kinds`` says: a token writer picks its
        # kind from the packed columns; the layers are those with a state or a span.
        reader: _SpanReader = _read_packed
    else:
        reader = partial(_read_rows, kinds=kinds, status=status)
    projection_only = kinds is not None and not packed
    yield from _pipelined(database, read, reader, annotator, status, projection_only)


# What a batch's spans are read by (in a worker thread, on the batch's connection):
# its spans by layer and the layers its spans make (see :func:`_layers`).
_SpanKeys = tuple[dict[tuple[int, int], Sequence[SpanValues]], Iterable[tuple[int, int]]]
_SpanReader = Callable[["Session", "_Batch"], _SpanKeys]


def _read_packed(s: Session, got: _Batch) -> _SpanKeys:
    spans = packed_span_layers(s, got.needed, got.annotator_id)
    return spans, spans


def _read_rows(
    s: Session, got: _Batch, *, kinds: frozenset[LabelKind] | None, status: Status | None
) -> _SpanKeys:
    spans = (
        _span_runs(span_rows(s, got.needed, got.annotator_id))
        if kinds is None
        else _span_runs(span_rows(s, got.needed, got.annotator_id, only_labels=got.kind_labels))
    )
    layer_keys: Iterable[tuple[int, int]] = spans
    # A layer is there by its state or its spans: of any kind, also when only some kinds
    # were read (a layer with no state is wanted only when any status or NEW is).
    if kinds is not None and (status is None or status is Status.NEW):
        layer_keys = span_layers(s, got.needed, got.annotator_id)
    return spans, layer_keys


def _pipelined(
    database: Database,
    read: Callable[[Session, int], _Batch | None],
    read_spans: _SpanReader,
    annotator: str | None,
    status: Status | None,
    projection_only: bool,
) -> Iterator[LayerRows]:
    """:func:`iter_layer_rows`, reading batch k+1 while batch k is written.

    Each batch is still read in ONE transaction on one connection: its documents,
    states and relations first, then its spans (``read_spans``: packed, or rows) in a
    worker thread on that same connection while the caller writes the batch before (the
    connection is not used by this thread meanwhile, and the statement runs inside the
    database without the GIL). The transaction ends when the spans are in. An
    in-memory SQLite database (its connection belongs to one thread) reads them in this
    thread.
    """
    threaded = database.path is not None or not database.is_sqlite
    previous: tuple[_Batch, _SpanKeys] | None = None
    last_id = 0

    def emit(batch: tuple[_Batch, _SpanKeys]) -> Iterator[LayerRows]:
        got, (spans, layer_keys) = batch
        return _layers(got, spans, layer_keys, annotator, status, projection_only)

    with ThreadPoolExecutor(1, thread_name_prefix="export-spans") as pool:
        while True:
            with database.reading() as s:
                got = read(s, last_id)
                if got is None:
                    break
                if not threaded:
                    spans = read_spans(s, got)
                else:
                    future = pool.submit(read_spans, s, got)
                    try:
                        if previous is not None:
                            yield from emit(previous)
                            previous = None
                    finally:
                        spans = future.result()  # the connection is idle again from here
            if previous is not None:  # not threaded: the batch before, after its read
                yield from emit(previous)
            previous = (got, spans)
            last_id = got.docs[-1].id
    if previous is not None:
        yield from emit(previous)


def _span_runs(rows: list[SpanValues]) -> dict[tuple[int, int], Sequence[SpanValues]]:
    """Span rows by layer (they come ordered by document and annotator: one run each)."""
    return {key: list(group) for key, group in groupby(rows, key=_LAYER_OF)}


@dataclass(frozen=True, slots=True)
class _Batch:
    """What a batch's read transaction gives besides its spans."""

    docs: list[Document]
    names: dict[int, str]
    labels: dict[int, tuple[str, LabelKind]]
    types: dict[int, str]
    states: dict[tuple[int, int], Status]
    relations: dict[tuple[int, int], list[RelationValues]]
    notes: dict[tuple[int, int], list[Note]]
    referents: dict[tuple[int, str], list[Referent]]
    needed: list[int]  # the documents whose spans are wanted
    annotator_id: int | None  # the one annotator wanted (-1: unknown), or None: all
    kind_labels: list[int] | None  # the labels of the kinds wanted, or None: all


def _read_batch(
    s: Session,
    after: int,
    *,
    project_id: int,
    batch: int,
    annotator: str | None,
    status: Status | None,
    kinds: frozenset[LabelKind] | None,
) -> _Batch | None:
    """The documents after ``after`` and their layers' states, relations, notes and
    referents (None: no more documents); the caller reads the spans."""
    repo = Repository(s)
    docs = repo.documents_page(project_id, after, batch)
    if not docs:
        return None
    ids = [d.id for d in docs]
    names = repo.annotator_names()
    labels = repo.label_kinds()
    types = repo.relation_type_names()
    wanted_aid = None
    if annotator:
        wanted_aid = next((i for i, n in names.items() if n == annotator), -1)
    states: dict[tuple[int, int], Status] = {
        (doc_id, aid): Status(st) for doc_id, aid, st in state_rows(s, ids, wanted_aid)
    }
    # With a status filter only documents with a matching layer need their spans.
    needed: list[int] = (
        list(ids)
        if status is None or status is Status.NEW
        else sorted({d for (d, _a), st in states.items() if st is status})
    )
    relations: dict[tuple[int, int], list[RelationValues]] = defaultdict(list)
    for rel in relation_rows(s, needed, wanted_aid):
        relations[(rel[0], rel[1])].append(rel)
    any_notes, any_referents = any_notes_or_referents(s, needed)
    notes: dict[tuple[int, int], list[Note]] = defaultdict(list)
    for doc_id, aid, note in notes_of(s, needed, wanted_aid) if any_notes else ():
        notes[(doc_id, aid)].append(note)
    referents: dict[tuple[int, str], list[Referent]] = defaultdict(list)
    for ref in referents_of(s, needed, wanted_aid) if any_referents else ():
        referents[(ref.document_id, ref.annotator)].append(ref)
    kind_labels = (
        None if kinds is None else [i for i, (_name, kind) in labels.items() if kind in kinds]
    )
    return _Batch(
        docs,
        names,
        labels,
        types,
        states,
        relations,
        notes,
        referents,
        needed,
        wanted_aid,
        kind_labels,
    )


def _layers(
    got: _Batch,
    spans: dict[tuple[int, int], Sequence[SpanValues]],
    layer_keys: Iterable[tuple[int, int]],
    annotator: str | None,
    status: Status | None,
    projection_only: bool,
) -> Iterator[LayerRows]:
    """The layers of a batch read by :func:`_read_batch`, in export order."""
    names, labels, types = got.names, got.labels, got.types
    layers_of: dict[int, set[str]] = defaultdict(set)
    for doc_id, aid in (*got.states, *layer_keys):
        layers_of[doc_id].add(names[aid])
    ids_of = {name: aid for aid, name in names.items()}
    for doc in got.docs:
        layer_names = sorted(layers_of.get(doc.id, ()))
        if not layer_names and (status is None or status is Status.NEW):
            yield LayerRows(doc, annotator or "", Status.NEW, (), (), (), (), labels, types)
            continue
        for name in layer_names:
            key = (doc.id, ids_of[name])
            layer_status = got.states.get(key, Status.NEW)
            if status is not None and layer_status is not status:
                continue
            yield LayerRows(
                doc,
                name,
                layer_status,
                spans.get(key, ()),
                got.relations.get(key, ()),
                tuple(got.notes.get(key, ())),
                tuple(got.referents.get((doc.id, name), ())),
                labels,
                types,
                projection_only,
            )


def iter_layers(
    database: Database,
    project_id: int,
    *,
    annotator: str | None = None,
    status: Status | None = Status.DONE,
    batch: int = 500,
) -> Iterator[Layer]:
    """:func:`iter_layer_rows` as model :class:`Layer` objects (one ``Span`` per span)."""
    decode = AttrsDecoder()
    for rows in iter_layer_rows(
        database, project_id, annotator=annotator, status=status, batch=batch
    ):
        if len(decode.seen) > 10_000:  # it remembers every distinct text: bound it
            decode = AttrsDecoder()
        yield rows.to_layer(decode)
