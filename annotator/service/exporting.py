"""Streaming document layers out of the database in batches (memory stays flat)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import groupby, pairwise
from operator import attrgetter

from annotator.model import Layer, Note, Referent, Relation, Span, Status
from annotator.storage import Database
from annotator.storage.attribution import referents as referents_of
from annotator.storage.notes import notes_of
from annotator.storage.repository import Repository

_LAYER_OF = attrgetter("document_id", "annotator")


def iter_layers(
    database: Database,
    project_id: int,
    *,
    annotator: str | None = None,
    status: Status | None = Status.DONE,
    batch: int = 500,
) -> Iterator[Layer]:
    """Yield layers in document order, then annotator name order.

    With ``status``, only layers in that state; a document nobody worked on is
    exported (with no spans, status "new") only when ``status`` is ``None`` or NEW.
    Each batch of documents costs three queries (documents, states, then the spans
    and relations of the layers wanted), whatever the number of spans.
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
            wanted_aid = None
            if annotator:
                wanted_aid = next((i for i, n in names.items() if n == annotator), -1)
            states: dict[tuple[int, str], Status] = {}
            for doc_id, aid, st, _seconds in repo.states(ids):
                if wanted_aid is None or aid == wanted_aid:
                    states[(doc_id, names[aid])] = Status(st)
            # With a status filter only documents with a matching layer need their spans.
            needed = (
                ids
                if status is None or status is Status.NEW
                else sorted({d for (d, _a), st in states.items() if st is status})
            )
            # Spans come ordered by document and annotator, so each layer is one run.
            spans: dict[tuple[int, str], tuple[Span, ...]] = {
                key: _in_layer_order(group)
                for key, group in groupby(repo.spans(needed, wanted_aid), key=_LAYER_OF)
            }
            relations: dict[tuple[int, str], list[Relation]] = defaultdict(list)
            for rel in repo.relations(needed, wanted_aid):
                relations[(rel.document_id, rel.annotator)].append(rel)
            notes: dict[tuple[int, str], list[Note]] = defaultdict(list)
            for doc_id, aid, note in notes_of(s, needed, wanted_aid):
                notes[(doc_id, names[aid])].append(note)
            referents: dict[tuple[int, str], list[Referent]] = defaultdict(list)
            for ref in referents_of(s, needed, wanted_aid):
                referents[(ref.document_id, ref.annotator)].append(ref)
        layers_of: dict[int, set[str]] = defaultdict(set)
        for doc_id, name in (*states, *spans):
            layers_of[doc_id].add(name)
        for doc in docs:
            layer_names = sorted(layers_of.get(doc.id, ()))
            if not layer_names and (status is None or status is Status.NEW):
                yield Layer(doc, annotator or "", Status.NEW, (), ())
                continue
            for name in layer_names:
                layer_status = states.get((doc.id, name), Status.NEW)
                if status is not None and layer_status is not status:
                    continue
                yield Layer(
                    doc,
                    name,
                    layer_status,
                    spans.get((doc.id, name), ()),
                    tuple(relations.get((doc.id, name), ())),
                    tuple(notes.get((doc.id, name), ())),
                    referents=tuple(referents.get((doc.id, name), ())),
                )


def _in_layer_order(group: Iterator[Span]) -> tuple[Span, ...]:
    """Spans by start, longest first, then label name and id (the export order).

    The database already orders by start, end and id; only spans sharing both ends
    can still need reordering (by label name), so the sort runs only when there are.
    """
    spans = tuple(group)
    for a, b in pairwise(spans):
        if a.start == b.start and a.end == b.end and a.label != b.label:
            return tuple(sorted(spans, key=_span_order))
    return spans


def _span_order(span: Span) -> tuple[int, int, str, int]:
    return (span.start, -span.end, span.label, span.id)
