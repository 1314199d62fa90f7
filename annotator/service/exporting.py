"""Streaming document layers out of the database in batches (memory stays flat)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sqlalchemy import select

from annotator.model import Layer, Relation, Span, Status
from annotator.storage.convert import document_to_native
from annotator.storage.orm import DocumentRow
from annotator.storage.repository import Repository

if TYPE_CHECKING:
    from annotator.service.workspace import Workspace


def iter_layers(
    workspace: Workspace,
    project_id: int,
    *,
    annotator: str | None = None,
    status: Status | None = Status.DONE,
    batch: int = 500,
) -> Iterator[Layer]:
    """Yield layers in document order, then annotator name order.

    With ``status``, only layers in that state; a document nobody worked on is
    exported (with no spans, status "new") only when ``status`` is ``None`` or NEW.
    """
    last_id = 0
    while True:
        with workspace.db.reading() as s:
            repo = Repository(s)
            rows = s.scalars(
                select(DocumentRow)
                .where(DocumentRow.project_id == project_id, DocumentRow.id > last_id)
                .order_by(DocumentRow.id)
                .limit(batch)
            ).all()
            if not rows:
                return
            last_id = rows[-1].id
            ids = [r.id for r in rows]
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
            spans: dict[tuple[int, str], list[Span]] = defaultdict(list)
            for span in repo.spans(needed, wanted_aid):
                spans[(span.document_id, span.annotator)].append(span)
            relations: dict[tuple[int, str], list[Relation]] = defaultdict(list)
            for rel in repo.relations(needed, wanted_aid):
                relations[(rel.document_id, rel.annotator)].append(rel)
            layers_of: dict[int, set[str]] = defaultdict(set)
            for doc_id, name in (*states, *spans):
                layers_of[doc_id].add(name)
            docs = [document_to_native(r) for r in rows]
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
                    tuple(sorted(spans[(doc.id, name)], key=_span_order)),
                    tuple(relations[(doc.id, name)]),
                )


def _span_order(span: Span) -> tuple[int, int, str, int]:
    return (span.start, -span.end, span.label, span.id)
