"""Fragments and referents in the database: every statement attribution edits need.

Fragments live on the span row (``spans.fragments``, JSON); a mention joins a referent
through ``spans.referent_id``; ``referents`` rows hold the names someone set.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from annotator.model import DocumentId, Referent, ReferentId, SpanId
from annotator.model.attribution import default_referent_name
from annotator.storage.orm import (
    AnnotatorRow,
    DocumentRow,
    LabelRow,
    ReferentRow,
    SpanRow,
)


def set_fragments(session: Session, span_id: int, pieces: Sequence[tuple[int, int]]) -> None:
    """Store a span's fragments (two or more) or make it contiguous (none)."""
    session.execute(
        update(SpanRow)
        .where(SpanRow.id == span_id)
        .values(fragments=[[a, b] for a, b in pieces] if len(pieces) > 1 else None)
    )


def add_referent(
    session: Session, document_id: int, annotator_id: int, name: str = "", label: str = ""
) -> ReferentId:
    """A new referent of one layer; empty ``name``/``label`` mean "from its mentions"."""
    row = ReferentRow(document_id=document_id, annotator_id=annotator_id, name=name, label=label)
    session.add(row)
    session.flush()
    return ReferentId(row.id)


def add_referents(
    session: Session, document_id: int, annotator_id: int, items: Sequence[tuple[str, str]]
) -> list[ReferentId]:
    """Several new referents ``(name, label)`` at once (import); ids in input order."""
    return [add_referent(session, document_id, annotator_id, n, lab) for n, lab in items]


def set_referent(session: Session, span_ids: Iterable[int], referent_id: int | None) -> None:
    """Join these spans to a referent (``None``: to none)."""
    ids = list(span_ids)
    if ids:
        session.execute(update(SpanRow).where(SpanRow.id.in_(ids)).values(referent_id=referent_id))


def rename_referent(
    session: Session, referent_id: int, name: str, label: str | None = None
) -> None:
    values: dict[str, Any] = {"name": name}
    if label is not None:
        values["label"] = label
    session.execute(update(ReferentRow).where(ReferentRow.id == referent_id).values(**values))


def referent_row(session: Session, referent_id: int) -> ReferentRow | None:
    return session.get(ReferentRow, referent_id)


def delete_referents(session: Session, referent_ids: Iterable[int]) -> None:
    """Delete referents; their mentions stay, joined to none (also on SQLite databases
    whose foreign keys were declared without ON DELETE)."""
    ids = list(referent_ids)
    if ids:
        set_referent(
            session,
            session.scalars(select(SpanRow.id).where(SpanRow.referent_id.in_(ids))),
            None,
        )
        session.execute(delete(ReferentRow).where(ReferentRow.id.in_(ids)))


def delete_layer_referents(session: Session, document_id: int, annotator_id: int) -> None:
    """Remove every referent of one layer (restoring a snapshot, replacing a layer)."""
    ids = session.scalars(
        select(ReferentRow.id).where(
            ReferentRow.document_id == document_id, ReferentRow.annotator_id == annotator_id
        )
    ).all()
    delete_referents(session, ids)


def prune_referents(session: Session, document_id: int, annotator_id: int) -> list[int]:
    """Delete the layer's referents that no longer mean anything: no mention left, or
    one mention and no name set by anyone. Returns the deleted ids."""
    counts = dict(
        session.execute(
            select(SpanRow.referent_id, func.count(SpanRow.id))
            .where(SpanRow.document_id == document_id, SpanRow.referent_id.is_not(None))
            .group_by(SpanRow.referent_id)
        ).all()
    )
    rows = session.execute(
        select(ReferentRow.id, ReferentRow.name).where(
            ReferentRow.document_id == document_id, ReferentRow.annotator_id == annotator_id
        )
    ).all()
    doomed = [
        id_ for id_, name in rows if counts.get(id_, 0) == 0 or (counts[id_] == 1 and not name)
    ]
    delete_referents(session, doomed)
    return doomed


def referents(
    session: Session, document_ids: Sequence[int], annotator_id: int | None = None
) -> list[Referent]:
    """The referents of these documents (one annotator's, or everyone's) that have
    mentions, with their canonical names, ordered by document and first mention."""
    if not document_ids:
        return []
    query = (
        select(
            ReferentRow.id,
            ReferentRow.document_id,
            AnnotatorRow.name,
            ReferentRow.name,
            ReferentRow.label,
            SpanRow.id,
            LabelRow.name,
            func.substr(
                DocumentRow.text,
                SpanRow.start_offset + 1,
                SpanRow.end_offset - SpanRow.start_offset,
            ),
        )
        .join(SpanRow, SpanRow.referent_id == ReferentRow.id)
        .join(LabelRow, LabelRow.id == SpanRow.label_id)
        .join(AnnotatorRow, AnnotatorRow.id == ReferentRow.annotator_id)
        .join(DocumentRow, DocumentRow.id == ReferentRow.document_id)
        .where(ReferentRow.document_id.in_(document_ids))
        .order_by(
            ReferentRow.document_id, SpanRow.start_offset, SpanRow.end_offset.desc(), SpanRow.id
        )
    )
    if annotator_id is not None:
        query = query.where(ReferentRow.annotator_id == annotator_id)
    groups: dict[int, dict[str, Any]] = {}
    for rid, doc_id, who, name, label, span_id, span_label, span_text in session.execute(query):
        group = groups.setdefault(
            rid,
            {"doc": doc_id, "who": who, "name": name, "label": label, "ids": [], "mentions": []},
        )
        group["ids"].append(SpanId(span_id))
        group["mentions"].append((span_label, span_text or ""))
    out = []
    for rid, g in groups.items():
        auto_name, auto_label = default_referent_name(g["mentions"])
        out.append(
            Referent(
                ReferentId(rid),
                DocumentId(g["doc"]),
                g["who"],
                g["name"] or auto_name,
                g["label"] or auto_label,
                tuple(g["ids"]),
                named=bool(g["name"]),
            )
        )
    return out


def set_span_pieces(session: Session, span_id: int, pieces: Sequence[tuple[int, int]]) -> None:
    """Give a span these pieces: its extent becomes their outer one, two or more are
    stored as fragments; the span's version goes up (it is an edit of the span)."""
    from annotator.storage.orm import utcnow

    row = session.get(SpanRow, span_id)
    assert row is not None
    row.start_offset, row.end_offset = pieces[0][0], pieces[-1][1]
    row.fragments = [[a, b] for a, b in pieces] if len(pieces) > 1 else None
    row.version += 1
    row.updated = utcnow()
    session.flush()


def split_spans(session: Session, document_ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """``(document id, span id, start, end, fragments)`` of these documents' split spans
    (``db check``)."""
    rows = session.execute(
        select(
            SpanRow.document_id,
            SpanRow.id,
            SpanRow.start_offset,
            SpanRow.end_offset,
            SpanRow.fragments,
        ).where(SpanRow.document_id.in_(document_ids), SpanRow.fragments.is_not(None))
    ).all()
    return [tuple(row) for row in rows]
