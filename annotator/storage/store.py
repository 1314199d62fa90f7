"""The base of the storage classes: one session, and the history log every edit writes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from annotator.storage.orm import HistoryRow, table_of, utcnow

# Written at once with a Core INSERT: an ORM object added to the session cost a unit of
# work at the commit (a millisecond of an edit's few), for a row nothing reads back.
_HISTORY_INSERT = insert(table_of(HistoryRow))


class Store:
    """Queries and writes on one session (one transaction per use-case, opened by the
    service through :meth:`annotator.storage.Database.reading`/``writing``)."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self._annotators: dict[str, int] = {}

    # History ----------------------------------------------------------------

    def log(
        self,
        annotator: str,
        action: str,
        entity: str,
        entity_id: int | None,
        document_id: int | None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> None:
        self.s.connection().execute(
            _HISTORY_INSERT,
            {
                "at": utcnow(),
                "annotator": annotator,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "document_id": document_id,
                "before": before,
                "after": after,
            },
        )
