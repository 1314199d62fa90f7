"""Databases for the benchmarks, filled fast and exactly like the app would fill them.

Building a 10,000-document x 50-span project through ``import_records`` takes minutes
(one ORM flush per span), and the import path is measured in its own case, so the
fixtures write the same rows with SQLAlchemy Core bulk inserts into a database the
app created (schema, migrations, project and labels made by :class:`Workspace`).
The export case proves the fixture faithful: exporting it gives byte for byte the
JSONL the generator produces for the same records.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from benchmarks import corpus

PROJECT = "Bench"
BATCH = 500


def build_database(
    path: Path,
    records: Iterable[dict[str, Any]],
    *,
    project: str = PROJECT,
) -> dict[str, int]:
    """Create ``path`` with the app's schema and bulk-insert ``records`` (native dicts).

    Records with an ``annotator`` get that annotator's layer (spans, relations, status).
    Returns counts of what was written.
    """
    from sqlalchemy import func, insert, select

    from annotator.service import Workspace
    from annotator.storage.documents import document_tokens
    from annotator.storage.orm import (
        DocumentRow,
        DocumentStateRow,
        RelationRow,
        SpanRow,
    )
    from annotator.storage.repository import Repository

    if path.exists():
        path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    counts = {"documents": 0, "spans": 0, "relations": 0, "layers": 0}
    ws = Workspace(str(path))
    try:
        proj = ws.ensure_project(project)
        with ws.db.writing() as s:
            repo = Repository(s)
            label_ids = repo.label_ids(proj.id)
            rel_ids = repo.relation_type_ids(proj.id)
            doc_id = int(s.scalar(select(func.max(DocumentRow.id))) or 0)
            span_id = int(s.scalar(select(func.max(SpanRow.id))) or 0)
            docs: list[dict[str, Any]] = []
            spans: list[dict[str, Any]] = []
            rels: list[dict[str, Any]] = []
            states: list[dict[str, Any]] = []
            doc_ids: dict[str, int] = {}

            def flush() -> None:
                for table, rows in (
                    (DocumentRow, docs),
                    (SpanRow, spans),
                    (RelationRow, rels),
                    (DocumentStateRow, states),
                ):
                    if rows:
                        s.execute(insert(table), rows)
                        rows.clear()

            for record in records:
                ext = record["id"]
                if ext not in doc_ids:
                    doc_id += 1
                    doc_ids[ext] = doc_id
                    meta = record.get("meta", {})
                    docs.append(
                        {
                            "id": doc_id,
                            "project_id": proj.id,
                            "external_id": ext,
                            "title": meta.get("title", ext),
                            "source": meta.get("source", ""),
                            "meta": meta,
                            "text": record["text"],
                            "text_sha256": record["text_sha256"],
                            "length": len(record["text"]),
                            # Stored as an import stores them (the token formats read
                            # them instead of tokenizing).
                            **document_tokens(record["text"]),
                        }
                    )
                    counts["documents"] += 1
                did = doc_ids[ext]
                who = record.get("annotator")
                if who:
                    aid = repo.annotator_id(who)
                    keys = {}
                    for sp in record.get("spans", ()):
                        span_id += 1
                        keys[sp["id"]] = span_id
                        spans.append(
                            {
                                "id": span_id,
                                "document_id": did,
                                "annotator_id": aid,
                                "label_id": label_ids[sp["label"]],
                                "start_offset": sp["start"],
                                "end_offset": sp["end"],
                                "attrs": sp["attrs"],
                                "version": 1,
                            }
                        )
                    for rel in record.get("relations", ()):
                        rels.append(
                            {
                                "document_id": did,
                                "annotator_id": aid,
                                "type_id": rel_ids[rel["type"]],
                                "from_span_id": keys[rel["from"]],
                                "to_span_id": keys[rel["to"]],
                            }
                        )
                    states.append(
                        {
                            "document_id": did,
                            "annotator_id": aid,
                            "status": record.get("status") or "done",
                            "seconds": 0.0,
                        }
                    )
                    counts["spans"] += len(keys)
                    counts["relations"] += len(record.get("relations", ()))
                    counts["layers"] += 1
                if len(docs) >= BATCH or len(spans) >= BATCH * 50:
                    flush()
            flush()
    finally:
        ws.close()
    return counts


def annotated_records(
    n: int, *, chars: int, spans: int, seed: int = 0, second_annotator: bool = False
) -> Iterator[dict[str, Any]]:
    for i in range(n):
        record = corpus.make_record(i, chars=chars, spans=spans, seed=seed)
        yield record
        if second_annotator:
            yield corpus.perturb_layer(record, i, seed)


# Bumped when what a builder writes changes. "annotated" 4: documents carry their token
# offsets as an import stores them (migration 0013); an older cached one, upgraded, has
# none and would measure the exports' tokenizing path. The plain fixtures (window cases,
# up to a million documents) are not rebuilt for it: nothing there reads tokens.
_BUILDER_VERSION = {"annotated": 4}


def cached_database(cache: Path, name: str, builder: str, **params: Any) -> Path:
    """A fixture database under ``cache``, rebuilt only when its parameters change.

    The result is deterministic (same generator, same parameters), so reusing it
    between runs changes no figure; it only saves the build time.
    """
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"{name}.sqlite3"
    stamp = cache / f"{name}.json"
    version = _BUILDER_VERSION.get(builder, 3)
    wanted = json.dumps({"builder": builder, "params": params, "version": version}, sort_keys=True)
    if path.exists() and stamp.exists() and stamp.read_text() == wanted:
        upgrade_schema(path)
        return path
    stamp.unlink(missing_ok=True)
    if builder == "annotated":
        build_database(path, annotated_records(**params))
    elif builder == "plain":
        chars, seed = params["chars"], params.get("seed", 0)
        plain = (
            corpus.make_record(i, chars=chars, seed=seed, with_spans=False)
            for i in range(params["n"])
        )
        build_database(path, plain)
    else:
        raise ValueError(f"unknown fixture builder {builder!r}")
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
    stamp.write_text(wanted)
    return path


def upgrade_schema(path: Path) -> None:
    """Bring a cached fixture built by an older schema up to date, untimed and without
    the app's pre-upgrade backup (a copy of a 4 GB file), so no measured open migrates.
    The same migrations as the app's: only the backup is skipped."""
    from annotator.storage import Database, resolve_url
    from annotator.storage.migrate import SCHEMA_HEAD, _upgrade, current_revision

    database = Database(resolve_url(str(path)), upgrade=False)
    try:
        if current_revision(database) != SCHEMA_HEAD:
            _upgrade(database, SCHEMA_HEAD)
    finally:
        database.close()
