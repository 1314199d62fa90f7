"""Streaming document layers out of the database in batches (memory stays flat)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import itemgetter

from annotator.model import LabelKind, Layer, Note, Referent, Status
from annotator.model.rows import AttrsDecoder, LayerRows, RelationValues, SpanValues
from annotator.storage import Database
from annotator.storage.attribution import referents as referents_of
from annotator.storage.layer_rows import (
    any_notes_or_referents,
    relation_rows,
    span_layers,
    span_rows,
    state_rows,
)
from annotator.storage.notes import notes_of
from annotator.storage.repository import Repository

_LAYER_OF = itemgetter(0, 1)  # (document id, annotator id) of a span or relation row


def iter_layer_rows(
    database: Database,
    project_id: int,
    *,
    annotator: str | None = None,
    status: Status | None = Status.DONE,
    batch: int = 500,
    kinds: frozenset[LabelKind] | None = None,
) -> Iterator[LayerRows]:
    """Yield layers in document order, then annotator name order, spans as rows.

    With ``kinds`` (a token format's projection), only the spans of those kinds and
    only what a projection reads (:func:`annotator.storage.layer_rows.span_rows` ``only_labels``);
    the layers are the same either way.

    With ``status``, only layers in that state; a document nobody worked on is
    exported (with no spans, status "new") only when ``status`` is ``None`` or NEW.
    Each batch of documents costs a fixed number of queries (documents, states, then
    the spans, relations, notes and referents of the layers wanted), whatever the
    number of spans; no object is built per span (see :mod:`annotator.model.rows`).
    """
    last_id = 0
    while True:
        with database.reading() as s:
            repo = Repository(s)
            docs = repo.documents_page(project_id, last_id, batch)
            if not docs:
                return
            last_id = docs[-1].id
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
            needed = (
                ids
                if status is None or status is Status.NEW
                else sorted({d for (d, _a), st in states.items() if st is status})
            )
            # Rows come ordered by document and annotator, so each layer is one run.
            if kinds is None:
                rows = span_rows(s, needed, wanted_aid)
            else:
                wanted = [i for i, (_name, kind) in labels.items() if kind in kinds]
                rows = span_rows(s, needed, wanted_aid, only_labels=wanted)
            spans: dict[tuple[int, int], list[SpanValues]] = {
                key: list(group) for key, group in groupby(rows, key=_LAYER_OF)
            }
            # A layer is there by its state or its spans: of any kind, also when only
            # some kinds were read (a layer with no state is wanted only when any
            # status or NEW is).
            layer_keys: Iterable[tuple[int, int]] = spans
            if kinds is not None and (status is None or status is Status.NEW):
                layer_keys = span_layers(s, needed, wanted_aid)
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
        layers_of: dict[int, set[str]] = defaultdict(set)
        for doc_id, aid in (*states, *layer_keys):
            layers_of[doc_id].add(names[aid])
        ids_of = {name: aid for aid, name in names.items()}
        for doc in docs:
            layer_names = sorted(layers_of.get(doc.id, ()))
            if not layer_names and (status is None or status is Status.NEW):
                yield LayerRows(doc, annotator or "", Status.NEW, (), (), (), (), labels, types)
                continue
            for name in layer_names:
                key = (doc.id, ids_of[name])
                layer_status = states.get(key, Status.NEW)
                if status is not None and layer_status is not status:
                    continue
                yield LayerRows(
                    doc,
                    name,
                    layer_status,
                    spans.get(key, ()),
                    relations.get(key, ()),
                    tuple(notes.get(key, ())),
                    tuple(referents.get((doc.id, name), ())),
                    labels,
                    types,
                    kinds is not None,
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
