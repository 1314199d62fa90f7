"""Every SQL statement about suggestions, rejections and trained recommender models."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from annotator.model import DocumentId
from annotator.model.suggestion import StoredModel, StoredSuggestion
from annotator.storage.orm import (
    AnnotatorRow,
    DocumentRow,
    DocumentStateRow,
    LabelRow,
    SpanRow,
    SuggestionModelRow,
    SuggestionRow,
    utcnow,
)


class SuggestionStore:
    """Queries and writes on one session (the service opens it, one transaction each)."""

    def __init__(self, session: Session) -> None:
        self.s = session

    # Suggestions --------------------------------------------------------------

    def replace(
        self,
        document_id: int,
        recommenders: Iterable[str],
        items: Sequence[dict[str, Any]],
    ) -> int:
        """Replace the document's open suggestions of ``recommenders`` by ``items``
        (dicts with label_id, start, end, score, recommender, version, text, extra).
        Rejected ones stay: they are the memory of what not to suggest."""
        self.s.execute(
            delete(SuggestionRow).where(
                SuggestionRow.document_id == document_id,
                SuggestionRow.recommender.in_(list(recommenders)),
                SuggestionRow.rejected.is_(False),
            )
        )
        if not items:
            return 0
        now = utcnow()
        rows = [
            {
                "document_id": document_id,
                "label_id": item["label_id"],
                "recommender": item["recommender"],
                "version": item.get("version", 1),
                "score": float(item["score"]),
                "start_offset": item["start"],
                "end_offset": item["end"],
                "text": item["text"],
                "extra": item.get("extra") or {},
                "created": now,
                "rejected": False,
                "rejected_by": "",
            }
            for item in items
        ]
        self.s.execute(insert(SuggestionRow), rows)
        return len(rows)

    def suggestions(
        self, document_ids: Sequence[int], *, rejected: bool | None = False
    ) -> list[StoredSuggestion]:
        """Suggestions of the documents, by document and start; only open ones by default
        (``rejected=None`` for all)."""
        if not document_ids:
            return []
        query = (
            select(SuggestionRow, LabelRow.name)
            .join(LabelRow, LabelRow.id == SuggestionRow.label_id)
            .where(SuggestionRow.document_id.in_(list(document_ids)))
        )
        if rejected is not None:
            query = query.where(SuggestionRow.rejected.is_(rejected))
        query = query.order_by(
            SuggestionRow.document_id, SuggestionRow.start_offset, SuggestionRow.end_offset.desc()
        )
        return [_native(row, label) for row, label in self.s.execute(query)]

    def reject(
        self,
        document_id: int,
        label_id: int,
        start: int,
        end: int,
        text: str,
        recommender: str,
        annotator: str,
    ) -> int:
        """Mark the suggestion rejected (adding a rejected row if it was never stored)."""
        row = self.s.scalar(
            select(SuggestionRow).where(
                SuggestionRow.document_id == document_id,
                SuggestionRow.label_id == label_id,
                SuggestionRow.start_offset == start,
                SuggestionRow.end_offset == end,
            )
        )
        if row is None:
            row = SuggestionRow(
                document_id=document_id,
                label_id=label_id,
                recommender=recommender,
                version=1,
                score=0.0,
                start_offset=start,
                end_offset=end,
                text=text,
                extra={},
            )
            self.s.add(row)
        row.rejected, row.rejected_by = True, annotator
        self.s.flush()
        return row.id

    def unreject(self, document_id: int, label_id: int, start: int, end: int) -> None:
        """Undo a rejection."""
        self.s.execute(
            update(SuggestionRow)
            .where(
                SuggestionRow.document_id == document_id,
                SuggestionRow.label_id == label_id,
                SuggestionRow.start_offset == start,
                SuggestionRow.end_offset == end,
            )
            .values(rejected=False, rejected_by="")
        )

    def rejected_pairs(self, project_id: int) -> set[tuple[str, str]]:
        """(text, label) pairs rejected anywhere in the project."""
        rows = self.s.execute(
            select(SuggestionRow.text, LabelRow.name)
            .join(LabelRow, LabelRow.id == SuggestionRow.label_id)
            .where(LabelRow.project_id == project_id, SuggestionRow.rejected.is_(True))
            .distinct()
        )
        return {(text, label) for text, label in rows}

    def count(self, project_id: int) -> dict[str, int]:
        """Open suggestions per recommender in the project."""
        rows = self.s.execute(
            select(SuggestionRow.recommender, func.count(SuggestionRow.id))
            .join(DocumentRow, DocumentRow.id == SuggestionRow.document_id)
            .where(DocumentRow.project_id == project_id, SuggestionRow.rejected.is_(False))
            .group_by(SuggestionRow.recommender)
        )
        return {name: int(n) for name, n in rows}

    def document_ids(self, project_id: int) -> list[int]:
        return list(
            self.s.scalars(
                select(DocumentRow.id)
                .where(DocumentRow.project_id == project_id)
                .order_by(DocumentRow.id)
            )
        )

    def documents_with_suggestions(self, project_id: int) -> list[int]:
        rows = self.s.scalars(
            select(SuggestionRow.document_id)
            .join(DocumentRow, DocumentRow.id == SuggestionRow.document_id)
            .where(DocumentRow.project_id == project_id, SuggestionRow.rejected.is_(False))
            .distinct()
            .order_by(SuggestionRow.document_id)
        )
        return list(rows)

    # What the recommenders learn from -------------------------------------------

    def labeled_documents(self, project_id: int, annotator_id: int) -> list[int]:
        """Documents where this annotator (the gold layer) has spans."""
        rows = self.s.scalars(
            select(SpanRow.document_id)
            .join(DocumentRow, DocumentRow.id == SpanRow.document_id)
            .where(DocumentRow.project_id == project_id, SpanRow.annotator_id == annotator_id)
            .distinct()
            .order_by(SpanRow.document_id)
        )
        return list(rows)

    def done_layers(self, project_id: int, exclude: int | None = None) -> list[tuple[int, int]]:
        """(document, annotator) of every layer marked done (but ``exclude``'s)."""
        query = (
            select(DocumentStateRow.document_id, DocumentStateRow.annotator_id)
            .join(DocumentRow, DocumentRow.id == DocumentStateRow.document_id)
            .where(DocumentRow.project_id == project_id, DocumentStateRow.status == "done")
        )
        if exclude is not None:
            query = query.where(DocumentStateRow.annotator_id != exclude)
        return [(d, a) for d, a in self.s.execute(query.order_by(DocumentStateRow.document_id))]

    def labeled_strings(
        self, project_id: int, layers: Sequence[tuple[int, int]] | None, annotator_id: int | None
    ) -> list[tuple[str, str, int]]:
        """(span text, label, count) of the gold layer (``annotator_id``) or of the given
        (document, annotator) layers, the text cut out by the database."""
        text = func.substr(
            DocumentRow.text, SpanRow.start_offset + 1, SpanRow.end_offset - SpanRow.start_offset
        )
        query = (
            select(text, LabelRow.name, func.count())
            .select_from(SpanRow)
            .join(DocumentRow, DocumentRow.id == SpanRow.document_id)
            .join(LabelRow, LabelRow.id == SpanRow.label_id)
            .where(DocumentRow.project_id == project_id)
            .group_by(text, LabelRow.name)
        )
        if annotator_id is not None:
            query = query.where(SpanRow.annotator_id == annotator_id)
            return [(t, lab, int(n)) for t, lab, n in self.s.execute(query)]
        out: dict[tuple[str, str], int] = {}
        by_annotator: dict[int, list[int]] = {}
        for doc, aid in layers or []:
            by_annotator.setdefault(aid, []).append(doc)
        for aid, docs in by_annotator.items():
            for k in range(0, len(docs), 500):
                chunk = query.where(
                    SpanRow.annotator_id == aid, SpanRow.document_id.in_(docs[k : k + 500])
                )
                for t, lab, n in self.s.execute(chunk):
                    out[(t, lab)] = out.get((t, lab), 0) + int(n)
        return [(t, lab, n) for (t, lab), n in out.items()]

    def span_count(self, project_id: int, annotator_id: int) -> int:
        """How many spans the annotator (gold) has in the project: the retraining clock."""
        return int(
            self.s.scalar(
                select(func.count(SpanRow.id))
                .join(DocumentRow, DocumentRow.id == SpanRow.document_id)
                .where(DocumentRow.project_id == project_id, SpanRow.annotator_id == annotator_id)
            )
            or 0
        )

    def annotator_id(self, name: str) -> int | None:
        return self.s.scalar(select(AnnotatorRow.id).where(AnnotatorRow.name == name))

    # Trained models -------------------------------------------------------------

    def save_model(
        self,
        project_id: int,
        recommender: str,
        version: int,
        trained_on: str,
        blob: bytes,
        meta: dict[str, Any],
    ) -> int:
        row = SuggestionModelRow(
            project_id=project_id,
            recommender=recommender,
            version=version,
            trained_on=trained_on,
            blob=blob,
            meta=meta,
        )
        self.s.add(row)
        self.s.flush()
        # Older models of the recommender are of no further use; keep the newest three.
        old = self.s.scalars(
            select(SuggestionModelRow.id)
            .where(
                SuggestionModelRow.project_id == project_id,
                SuggestionModelRow.recommender == recommender,
            )
            .order_by(SuggestionModelRow.id.desc())
            .offset(3)
        ).all()
        if old:
            self.s.execute(delete(SuggestionModelRow).where(SuggestionModelRow.id.in_(old)))
        return row.id

    def latest_model(self, project_id: int, recommender: str) -> StoredModel | None:
        row = self.s.scalar(
            select(SuggestionModelRow)
            .where(
                SuggestionModelRow.project_id == project_id,
                SuggestionModelRow.recommender == recommender,
            )
            .order_by(SuggestionModelRow.id.desc())
            .limit(1)
        )
        if row is None:
            return None
        return StoredModel(
            row.id,
            row.project_id,
            row.recommender,
            row.version,
            row.trained_on,
            bytes(row.blob),
            dict(row.meta or {}),
            row.created,
        )


def _native(row: SuggestionRow, label: str) -> StoredSuggestion:
    return StoredSuggestion(
        id=row.id,
        document_id=DocumentId(row.document_id),
        label=label,
        start=row.start_offset,
        end=row.end_offset,
        score=row.score,
        recommender=row.recommender,
        version=row.version,
        text=row.text,
        extra=dict(row.extra or {}),
        created=row.created,
        rejected=row.rejected,
    )
