"""When a layer was last edited after it was marked done (from the history log)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator.storage.orm import HistoryRow

EDITED = ("span", "relation", "note", "fragment", "referent")


def edited_after_status(s: Session, document_id: int, annotator: str) -> datetime | None:
    """The newest edit by ``annotator`` on the document made after its last status change
    (naive UTC), or ``None`` when there is none."""
    status_at = s.scalar(
        select(func.max(HistoryRow.at)).where(
            HistoryRow.document_id == document_id,
            HistoryRow.annotator == annotator,
            HistoryRow.action == "status",
        )
    )
    if status_at is None:
        return None
    return s.scalar(
        select(func.max(HistoryRow.at)).where(
            HistoryRow.document_id == document_id,
            HistoryRow.annotator == annotator,
            HistoryRow.entity.in_(EDITED),
            HistoryRow.at > status_at,
        )
    )
