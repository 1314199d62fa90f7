"""Documents: adding, finding, listing and counting them; each annotator's state on one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import String, bindparam, exists, func, insert, select, update
from sqlalchemy.orm import Session

from annotator.model import (
    Document,
    DocumentId,
    DocumentState,
    DocumentSummary,
    Status,
)
from annotator.model.errors import Message, NotFound
from annotator.storage.convert import (
    document_to_native,
)
from annotator.storage.document_list import status_counts, summaries, summary_columns
from annotator.storage.layer_rows import documents_page
from annotator.storage.locks import insert_if_absent
from annotator.storage.orm import (
    AnnotatorRow,
    AssignmentRow,
    DocumentRow,
    DocumentStateRow,
    table_of,
    utcnow,
)
from annotator.storage.projects import ProjectStore
from annotator.storage.search import match_condition
from annotator.text.tokenizer import TOKENS_STAMP, stored_tokens

_STATES = table_of(DocumentStateRow)
_THIS_STATE = (_STATES.c.document_id == bindparam("d")) & (_STATES.c.annotator_id == bindparam("a"))
_TOUCH_STATE = (
    update(_STATES)
    .where(_THIS_STATE)
    .values(updated=bindparam("now", type_=_STATES.c.updated.type))
    .returning(_STATES.c.status, _STATES.c.seconds)
)
_SET_STATUS = (
    update(_STATES)
    .where(_THIS_STATE)
    .values(status=bindparam("status", type_=_STATES.c.status.type))
)


def _length(column: Any) -> int:
    """The declared size of a ``String`` column."""
    type_ = column.type
    assert isinstance(type_, String) and type_.length
    return type_.length


TITLE_LENGTH = _length(DocumentRow.__table__.c.title)
SOURCE_LENGTH = _length(DocumentRow.__table__.c.source)


def document_tokens(text: str) -> dict[str, Any]:
    """The token columns of a new document's row: its text's token offsets, stored in
    the import's transaction so the token formats never tokenize it again (its text
    never changes), and the tokenizer that found them."""
    return {"tokens": stored_tokens(text), "tokens_version": TOKENS_STAMP}


TOKENS_SINCE = "0013"  # the migration that added documents.tokens
_SET_TOKENS = (
    update(DocumentRow.__table__)  # type: ignore[arg-type]
    .where(DocumentRow.__table__.c.id == bindparam("doc"))
    .values(tokens=bindparam("packed"), tokens_version=bindparam("stamp"))
)


def refill_tokens(s: Session, batch: int = 1000) -> int:
    """Store every document's token offsets again from its text where they are missing,
    of another tokenizer or wrong (``db check --rebuild-search``); how many changed."""
    table = DocumentRow.__table__.c
    last, changed = 0, 0
    while True:
        rows = s.execute(
            select(table.id, table.text, table.tokens, table.tokens_version)
            .where(table.id > last)
            .order_by(table.id)
            .limit(batch)
        ).all()
        if not rows:
            return changed
        updates = []
        for doc_id, text, tokens, version in rows:
            packed = stored_tokens(text)
            if version != TOKENS_STAMP or tokens is None or bytes(tokens) != packed:
                updates.append({"doc": doc_id, "packed": packed, "stamp": TOKENS_STAMP})
        if updates:
            s.execute(_SET_TOKENS, updates)
            changed += len(updates)
        last = rows[-1][0]


class DocumentStore(ProjectStore):
    # Documents ------------------------------------------------------------

    def document(self, document_id: int) -> Document:
        row = self.s.get(DocumentRow, document_id)
        if row is None:
            raise NotFound(Message("no document with id {document}", document=document_id))
        return document_to_native(row)

    def document_key(self, document_id: int) -> tuple[int, str]:
        """The document's project id and text hash: what tells a copy of it read
        earlier is still the document (its text never changes), without the text."""
        row = self.s.execute(
            select(DocumentRow.project_id, DocumentRow.text_sha256).where(
                DocumentRow.id == document_id
            )
        ).first()
        if row is None:
            raise NotFound(Message("no document with id {document}", document=document_id))
        return int(row[0]), str(row[1])

    def documents_page(self, project_id: int, after_id: int, limit: int) -> list[Document]:
        """Up to ``limit`` documents of the project with ids above ``after_id``, by id
        (keyset paging; see :func:`annotator.storage.layer_rows.documents_page`)."""
        return documents_page(self.s, project_id, after_id, limit)

    def document_by_external_id(self, project_id: int, external_id: str) -> Document | None:
        row = self.s.scalar(
            select(DocumentRow).where(
                DocumentRow.project_id == project_id, DocumentRow.external_id == external_id
            )
        )
        return document_to_native(row) if row else None

    def document_ids_by_sha(self, project_id: int) -> dict[str, int]:
        rows = self.s.execute(
            select(DocumentRow.text_sha256, DocumentRow.id).where(
                DocumentRow.project_id == project_id
            )
        )
        return {sha: id_ for sha, id_ in rows}

    def external_ids(self, project_id: int) -> set[str]:
        return set(
            self.s.scalars(
                select(DocumentRow.external_id).where(DocumentRow.project_id == project_id)
            )
        )

    def add_document(
        self,
        project_id: int,
        external_id: str,
        text: str,
        sha: str,
        title: str,
        source: str,
        meta: dict[str, Any],
    ) -> int:
        # Titles and sources are for display: cut to the column size (PostgreSQL would
        # refuse longer ones, SQLite would keep them).
        row = DocumentRow(
            project_id=project_id,
            external_id=external_id,
            title=title[:TITLE_LENGTH],
            source=source[:SOURCE_LENGTH],
            meta=meta,
            text=text,
            text_sha256=sha,
            length=len(text),
            **document_tokens(text),
        )
        self.s.add(row)
        self.s.flush()
        return row.id

    def add_documents(
        self,
        project_id: int,
        documents: Sequence[tuple[str, str, str, str, str, dict[str, Any]]],
    ) -> list[int]:
        """Insert many ``(external_id, text, sha, title, source, meta)`` documents in one
        statement (no flush per document, as :meth:`add_document` needs); ids in input
        order."""
        if not documents:
            return []
        rows = [
            {
                "project_id": project_id,
                "external_id": external_id,
                "title": title[:TITLE_LENGTH],
                "source": source[:SOURCE_LENGTH],
                "meta": meta,
                "text": text,
                "text_sha256": sha,
                "length": len(text),
                **document_tokens(text),
            }
            for external_id, text, sha, title, source, meta in documents
        ]
        result = self.s.execute(
            insert(DocumentRow).returning(DocumentRow.id, sort_by_parameter_order=True), rows
        )
        return list(result.scalars())

    def _document_filter(
        self,
        project_id: int,
        annotator_id: int | None,
        status: Status | None,
        search: str | None,
        assigned_only: bool = False,
    ) -> Any:
        state = (
            select(DocumentStateRow.status)
            .where(
                DocumentStateRow.document_id == DocumentRow.id,
                DocumentStateRow.annotator_id == annotator_id,
            )
            .correlate(DocumentRow)
            .scalar_subquery()
        )
        status_expr = func.coalesce(state, Status.NEW.value)
        conditions = [DocumentRow.project_id == project_id]
        if status is not None:
            conditions.append(status_expr == status.value)
        if search:
            conditions.append(match_condition(self.s, search))
        if assigned_only:
            conditions.append(
                exists().where(
                    AssignmentRow.document_id == DocumentRow.id,
                    AssignmentRow.annotator_id == annotator_id,
                )
            )
        return status_expr, conditions

    def count_documents(
        self,
        project_id: int,
        annotator_id: int | None = None,
        status: Status | None = None,
        search: str | None = None,
        assigned_only: bool = False,
    ) -> int:
        _status, conditions = self._document_filter(
            project_id, annotator_id, status, search, assigned_only
        )
        return int(self.s.scalar(select(func.count(DocumentRow.id)).where(*conditions)) or 0)

    def document_summaries(
        self,
        project_id: int,
        annotator_id: int | None = None,
        status: Status | None = None,
        search: str | None = None,
        offset: int = 0,
        limit: int = 200,
        assigned_only: bool = False,
        after_id: int | None = None,
    ) -> list[DocumentSummary]:
        """One page of document rows in id order.

        ``after_id`` pages by key (rows after that document) and should be preferred to
        ``offset``: SQLite computes every skipped row of an OFFSET, status and span count
        included, so a page deep in a 100,000-document project would take half a second.
        """
        status_expr, conditions = self._document_filter(
            project_id, annotator_id, status, search, assigned_only
        )
        if after_id is not None:
            conditions.append(DocumentRow.id > after_id)
        rows = self.s.execute(
            select(*summary_columns(status_expr, annotator_id))
            .where(*conditions)
            .order_by(DocumentRow.id)
            .offset(offset)
            .limit(limit)
        )
        return summaries(rows)

    def status_counts(self, project_id: int, annotator_id: int | None) -> dict[Status, int]:
        return status_counts(self.s, project_id, annotator_id)

    # Document state ---------------------------------------------------------

    def state(self, document_id: int, annotator: str) -> DocumentState:
        annotator_id = self.annotator_id(annotator, create=False) if annotator else None
        row = (
            self.s.get(DocumentStateRow, (document_id, annotator_id))
            if annotator_id is not None
            else None
        )
        if row is None:
            return DocumentState(DocumentId(document_id), annotator, Status.NEW, 0.0)
        return DocumentState(DocumentId(document_id), annotator, Status(row.status), row.seconds)

    def state_row(self, document_id: int, annotator_id: int) -> DocumentStateRow:
        key = (document_id, annotator_id)
        row = self.s.get(DocumentStateRow, key)
        if row is None and insert_if_absent(
            self.s,
            DocumentStateRow,
            {"document_id": document_id, "annotator_id": annotator_id, "status": "new"},
        ):
            row = self.s.get(DocumentStateRow, key, populate_existing=True)
        if row is None:
            row = DocumentStateRow(
                document_id=document_id, annotator_id=annotator_id, status="new", seconds=0.0
            )
            self.s.add(row)
        row.updated = utcnow()
        return row

    def states(self, document_ids: Iterable[int]) -> list[tuple[int, int, str, float]]:
        ids = list(document_ids)
        if not ids:
            return []
        rows = self.s.execute(
            select(
                DocumentStateRow.document_id,
                DocumentStateRow.annotator_id,
                DocumentStateRow.status,
                DocumentStateRow.seconds,
            ).where(DocumentStateRow.document_id.in_(ids))
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]

    def touch_state(self, document_id: int, annotator_id: int) -> Status:
        """Mark the annotator's state on the document as updated now; its status."""
        return Status(self.state_row(document_id, annotator_id).status)

    def mark_edited(self, document_id: int, annotator_id: int) -> DocumentState:
        """An edit of the annotator's layer: updated now, the status rule applied
        (:meth:`Status.after_edit`); returns the layer's state after the edit."""
        name = next((n for n, i in self._annotators.items() if i == annotator_id), None)
        if name is None:
            name = self.s.scalar(select(AnnotatorRow.name).where(AnnotatorRow.id == annotator_id))
        key = self.s.identity_key(DocumentStateRow, (document_id, annotator_id))
        held = key in self.s.identity_map  # loaded in this unit of work: change that copy
        if not held:  # one UPDATE ... RETURNING where a select and an update were
            got = (
                self.s.connection()
                .execute(
                    _TOUCH_STATE,
                    {"d": document_id, "a": annotator_id, "now": utcnow()},
                )
                .first()
            )
            if got is not None:
                status = Status(got[0]).after_edit()
                if status.value != got[0]:  # the layer's first edit
                    self.s.connection().execute(
                        _SET_STATUS, {"d": document_id, "a": annotator_id, "status": status.value}
                    )
                return DocumentState(DocumentId(document_id), name or "", status, got[1] or 0.0)
        row = self.state_row(document_id, annotator_id)  # none yet: inserted
        status = Status(row.status).after_edit()
        row.status = status.value
        return DocumentState(DocumentId(document_id), name or "", status, row.seconds or 0.0)

    def write_status(self, document_id: int, annotator_id: int, status: Status) -> str:
        """Set the status; the one it had before."""
        row = self.state_row(document_id, annotator_id)
        before = row.status
        row.status = Status(status).value
        self.s.flush()
        return before

    def add_seconds(self, document_id: int, annotator_id: int, seconds: float) -> None:
        row = self.state_row(document_id, annotator_id)
        row.seconds = (row.seconds or 0.0) + max(0.0, float(seconds))
        self.s.flush()

    def document_ids(self, project_id: int) -> list[int]:
        return list(
            self.s.scalars(select(DocumentRow.id).where(DocumentRow.project_id == project_id))
        )

    def has_documents(self) -> bool:
        return self.s.scalar(select(DocumentRow.id).limit(1)) is not None
