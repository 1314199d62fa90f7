"""Keeping the database safe: backups, restore, and integrity checks.

``backup_on_open`` is called by the :class:`Workspace` constructor; ``quick_check`` is
the cheap check the window runs on open; ``check_database`` is ``annotator db check``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.model import LabelSchema, relation_problem, span_problem
from annotator.model.attribution import fragments_problem
from annotator.model.limits import excerpt, value_problems
from annotator.service.errors import ServiceError
from annotator.storage import attribution as attribution_store
from annotator.storage import integrity
from annotator.storage.backup import (
    MANUAL,
    PRE_RESTORE,
    BackupError,
    daily_backup,
    integrity_problems,
    online_backup,
    restore_file,
    schema_revision,
    set_aside,
    stamped_backup,
)
from annotator.storage.engine import Database
from annotator.storage.integrity import DocumentFacts
from annotator.storage.migrate import known_revisions
from annotator.storage.repository import Repository
from annotator.text import ClusterIndex, normalize_text, text_sha256
from annotator.text.tokenizer import stored_tokens

if TYPE_CHECKING:
    from annotator.service.workspace import Workspace

log = logging.getLogger(__name__)

MAX_REPORTED = 200  # problems listed per check; the count says if there are more


# Backups -------------------------------------------------------------------


def backup_on_open(workspace: Workspace, now: datetime | None = None) -> Path | None:
    """Today's backup of a writable SQLite database that holds documents.

    At most one a day; old daily copies are pruned (last 7 days, 4 weeks). A failed
    backup never stops the database from opening: it is logged and ``None`` returned.
    """
    path = workspace.db.path
    if path is None or workspace.read_only or not path.exists():
        return None
    try:
        with workspace.db.reading() as s:
            if not Repository(s).has_documents():
                return None  # nothing to lose yet
        return daily_backup(path, now)
    except (BackupError, OSError) as exc:
        log.warning("daily backup skipped: %s", exc)
        return None


def _sqlite_file(database: Database | Path) -> Path:
    path = database.path if isinstance(database, Database) else database
    if path is None:
        raise ServiceError(
            "only SQLite databases can be backed up to a file (use pg_dump for PostgreSQL)"
        )
    if not path.exists():
        raise ServiceError(f"{path} does not exist")
    return path


def backup_database(database: Database | Path, target: Path | None = None) -> Path:
    """Copy the database to ``target`` (default: a stamped copy in ``backups/``)."""
    path = _sqlite_file(database)
    try:
        if target is None:
            return stamped_backup(path, MANUAL)
        if target.resolve() == path.resolve():
            raise ServiceError("the backup file must not be the database itself")
        return online_backup(path, target)
    except BackupError as exc:
        raise ServiceError(str(exc)) from exc


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_saved_as: Path | None
    revision: str


def restore_database(database: Path, source: Path) -> RestoreResult:
    """Replace ``database`` with the backup ``source``.

    Refuses a source that fails ``integrity_check`` or ``foreign_key_check``, that is
    not an Annotator database, or that a newer Annotator wrote. The current database
    is backed up first (``backups/<file name>-pre-restore-*.sqlite3``; a damaged one is
    renamed to ``backups/<file name>-damaged-*.sqlite3``). Close every window
    on the database before restoring.
    """
    if not source.is_file():
        raise ServiceError(f"{source} does not exist")
    if database.exists() and source.resolve() == database.resolve():
        raise ServiceError("cannot restore a database onto itself")
    problems = integrity_problems(source)
    if problems:
        raise ServiceError(
            f"{source} fails its integrity check; nothing was restored:\n  " + "\n  ".join(problems)
        )
    revision = schema_revision(source)
    if revision is None:
        raise ServiceError(f"{source} is not an Annotator database; nothing was restored")
    if revision not in known_revisions():
        raise ServiceError(
            f"{source} was written by a newer Annotator (schema revision {revision}); "
            "nothing was restored"
        )
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        if database.exists() and integrity_problems(database, quick=True):
            # a damaged file cannot be copied through SQLite: keep it aside, renamed
            previous = set_aside(database)
        else:
            previous = stamped_backup(database, PRE_RESTORE) if database.exists() else None
        restore_file(source, database)
    except (BackupError, OSError) as exc:
        raise ServiceError(f"cannot restore {database}: {exc}") from exc
    return RestoreResult(source, previous, revision)


# Checks --------------------------------------------------------------------


@dataclass
class CheckReport:
    """Problems found, each one readable line; ``checked`` counts what was looked at."""

    problems: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)
    more: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, problem: str) -> None:
        if len(self.problems) < MAX_REPORTED:
            self.problems.append(problem)
        else:
            self.more += 1


def quick_check(workspace: Workspace) -> list[str]:
    """The cheap check for the window to run on open (SQL only, no text is read).

    ``PRAGMA quick_check``, ``foreign_key_check``, and spans or relations that break
    an invariant visible from the tables alone. An empty list means nothing is wrong.
    """
    report = CheckReport()
    integrity.pragma_checks(workspace.db, report.add, quick=True)
    if report.ok:
        integrity.sql_invariants(workspace.db, report.add)
    return report.problems


def check_database(database: Database) -> CheckReport:
    """Everything ``annotator db check`` verifies; see :func:`_document_invariants`."""
    report = CheckReport()
    integrity.pragma_checks(database, report.add, quick=False)
    if not report.ok and any("integrity_check" in p for p in report.problems):
        return report  # reading rows from a damaged file can only mislead
    integrity.sql_invariants(database, report.add)
    _document_invariants(database, report)
    _search_index(database, report)
    return report


def _search_index(database: Database, report: CheckReport) -> None:
    """The full-text index matches the documents (a file older than the index has none:
    opening it in the app builds it)."""
    from annotator.service.search import search_index_problems
    from annotator.storage.migrate import current_revision
    from annotator.storage.search import SEARCH_SINCE

    revision = current_revision(database)
    if revision is None or revision < SEARCH_SINCE:
        return
    for problem in search_index_problems(database):
        report.add(problem)


def _document_invariants(database: Database, report: CheckReport) -> None:
    """Texts match their hash and are normalized; every span fits its schema and the
    text's grapheme clusters; every relation is allowed by the schema."""
    from annotator.storage.documents import TOKENS_SINCE
    from annotator.storage.migrate import current_revision

    schemas: dict[int, LabelSchema] = {}
    counts = {"documents": 0, "spans": 0, "relations": 0}
    revision = current_revision(database)
    tokens = revision is not None and revision >= TOKENS_SINCE
    for batch in integrity.document_batches(database, tokens=tokens):
        for doc in batch:
            counts["documents"] += 1
            counts["spans"] += len(doc.spans)
            counts["relations"] += len(doc.relations)
            if doc.project_id not in schemas:
                with database.reading() as s:
                    schemas[doc.project_id] = Repository(s).project(doc.project_id).schema
            _check_document(doc, schemas[doc.project_id], report)
        _check_fragments(database, batch, report)
    report.checked.update(counts)


def _check_fragments(
    database: Database, batch: Sequence[DocumentFacts], report: CheckReport
) -> None:
    """Split spans whose fragments break the rules (issue 12), for one batch."""
    docs = {doc.id: doc for doc in batch}
    with database.reading() as s:
        split = attribution_store.split_spans(s, list(docs))
    clusters: dict[int, ClusterIndex] = {}
    for doc_id, span_id, start, end, pieces in split:
        doc = docs[doc_id]
        index = clusters.setdefault(doc_id, ClusterIndex(doc.text))
        problem = fragments_problem(index, start, end, pieces)
        if problem:
            report.add(f"document {doc_id} ({excerpt(doc.external_id)}): span {span_id}: {problem}")


def _check_document(doc: DocumentFacts, schema: LabelSchema, report: CheckReport) -> None:
    text, where = doc.text, f"document {doc.id} ({excerpt(doc.external_id)})"
    if text_sha256(text) != doc.sha:
        report.add(
            f"{where}: its text does not match its stored text_sha256 "
            "(the text was changed after import)"
        )
    if normalize_text(text) != text:
        report.add(f"{where}: its text is not normalized (NFC, LF line ends)")
    for problem in value_problems([doc.external_id, doc.title, doc.meta], "document"):
        report.add(
            f"{where}: "
            + problem.replace("document[0]", "its id")
            .replace("document[1]", "its title")
            .replace("document[2]", "meta")
            + " (an export writes U+FFFD)"
        )
        break
    if doc.tokens is not None and bytes(doc.tokens) != stored_tokens(text):
        report.add(
            f"{where}: its stored token offsets are not what the tokenizer finds in its "
            "text (an hf, CoNLL or Prodigy export would use them); "
            "`annotator db check --rebuild-search` recomputes them"
        )
    clusters = ClusterIndex(text) if doc.spans else None
    for span_id, start, end, attrs, label, annotator in doc.spans:
        assert clusters is not None
        fault = span_problem(clusters, schema, start, end, label, attrs)
        if fault:
            report.add(f"{where}: span {span_id} ({annotator}, {label} {start}-{end}): {fault}")
    for rel_id, rel_type, from_label, to_label in doc.relations:
        fault = relation_problem(schema, rel_type, from_label, to_label)
        if fault:
            report.add(f"{where}: relation {rel_id}: {fault}")


def format_report(report: CheckReport, display: str) -> str:
    """The text ``annotator db check`` prints."""
    checked = ", ".join(f"{n} {what}" for what, n in report.checked.items())
    lines = [f"database: {display}"]
    if checked:
        lines.append(f"checked:  {checked}")
    if report.ok:
        lines.append(
            "result:   ok (integrity, foreign keys, texts, spans, relations and search index)"
        )
        return "\n".join(lines)
    total = len(report.problems) + report.more
    lines.append(f"result:   {total} problem{'s' if total != 1 else ''} found")
    lines.extend(f"  - {p}" for p in report.problems)
    if report.more:
        lines.append(f"  ... and {report.more} more")
    return "\n".join(lines)


__all__ = [
    "CheckReport",
    "RestoreResult",
    "backup_database",
    "backup_on_open",
    "check_database",
    "format_report",
    "quick_check",
    "restore_database",
]
