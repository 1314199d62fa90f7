"""Importing documents and pre-annotated layers, all or nothing.

Every record is checked in full (text, spans, relations against the project's schema)
before anything is written; the whole run is one transaction, so a bad record leaves
the database exactly as it was.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from annotator.formats.foreign import BIJOY
from annotator.formats.offset_units import UnitSniffer, file_of
from annotator.formats.watch import check_unchanged, watch_inputs
from annotator.model import (
    DocumentRecord,
    LabelSchema,
    RecordError,
    RelationRecord,
    SpanRecord,
    Status,
    relation_problem,
    span_problem,
)
from annotator.model.attribution import record_attribution_problem
from annotator.model.errors import Message
from annotator.model.limits import MAX_EXTERNAL_ID, record_problem
from annotator.storage import attribution as attribution_store
from annotator.storage import notes as note_store
from annotator.storage.locks import lock_imports
from annotator.storage.repository import Repository
from annotator.text import ClusterIndex, normalize_text, normalize_with_map, text_sha256
from annotator.text.legacy import looks_like_bijoy

if TYPE_CHECKING:
    from annotator.service.workspace import Workspace


@dataclass
class ImportReport:
    documents_added: int = 0
    duplicates: int = 0
    layers: int = 0
    spans_added: int = 0
    relations_added: int = 0
    spans_already_present: int = 0
    skipped: list[str] = field(default_factory=list)
    # --snap: how many foreign spans were expanded, and the first few of them.
    snapped: int = 0
    snapped_examples: list[str] = field(default_factory=list)
    # Files whose offsets look counted in another unit (see formats.offset_units).
    unit_hints: list[str] = field(default_factory=list)


SNAP_MODES = ("clusters", "words")
SNAP_LISTED = 10


def snap_span(
    clusters: ClusterIndex, span: SpanRecord, snap: str | None, origin: str
) -> SpanRecord:
    """The span grown to whole clusters (or words) when ``snap`` asks and it cuts one.

    A span's shown text (Label Studio's ``value.text``) must match the slice it was
    given before it grows; the grown span then carries no shown text.
    """
    start, end = span.start, span.end
    text = clusters.text
    if snap is None or type(start) is not int or type(end) is not int:
        return span
    if not 0 <= start < end <= len(text):
        return span
    expand = clusters.expand_to_words if snap == "words" else clusters.expand_to_clusters
    new = expand(start, end)
    pieces = tuple(  # a split span: each part grows too
        expand(a, b) if 0 <= a < b <= len(text) else (a, b) for a, b in span.fragments
    )
    if new == (start, end) and pieces == span.fragments:
        return span
    if span.text is not None and span.text != text[start:end]:
        raise RecordError(
            origin,
            Message(
                "span {key}: text {text!r} differs from the document text there ({found!r})",
                key=span.key,
                text=span.text,
                found=text[start:end],
            ),
        )
    return dataclasses.replace(span, start=new[0], end=new[1], text=None, fragments=pieces)


def prepare_record(
    record: DocumentRecord,
    schema: LabelSchema,
    normalize: bool,
    snap: str | None = None,
    snapped: list[tuple[SpanRecord, SpanRecord]] | None = None,
) -> DocumentRecord:
    """Normalize the text (remapping spans), snap spans when asked, check everything.

    With ``snap`` ("clusters" or "words") a span that cuts a cluster (or a word) grows
    to whole ones and the pair (before, after) goes to ``snapped``. Raises
    :class:`RecordError` naming the record's ``file:line``.
    """
    origin = record.origin
    text = record.text
    spans = record.spans
    if not text:  # e.g. an empty brat .txt; other readers refuse it already
        raise RecordError(origin, Message("the text is empty"))
    problem = record_problem(record)  # NUL, lone surrogates, lengths: every importer
    if problem:
        raise RecordError(origin, problem)
    if looks_like_bijoy(text):
        raise RecordError(origin, BIJOY)
    normalized = text if record.normalized else normalize_text(text)
    if normalized != text and not record.spans:
        text = normalized  # nothing to remap
    elif normalized != text:
        if record.spans and not normalize:
            raise RecordError(
                origin,
                Message(
                    "the text is not normalized (BOM, CR or non-NFC characters); "
                    "use --normalize to normalize it and remap its spans"
                ),
            )
        mapping = normalize_with_map(text)
        remapped = []
        for span in record.spans:
            start, end = mapping.map_offset(span.start), mapping.map_offset(span.end)
            if start is None or end is None:
                raise RecordError(
                    origin,
                    Message(
                        "span {key} ({start}-{end}) cannot be carried through "
                        "normalization: it starts or ends inside a character that changes",
                        key=span.key,
                        start=span.start,
                        end=span.end,
                    ),
                )
            remapped.append(
                SpanRecord(
                    span.key,
                    start,
                    end,
                    span.label,
                    span.attrs,
                    None,
                    span.kind,
                    span.note,
                    span.source,
                    _remap_fragments(mapping, span, origin),
                    span.referent,
                )
            )
        text, spans = mapping.text, tuple(remapped)
    labels: dict[str, str] = {}
    # The cluster index costs a pass over the text: only records with spans need it.
    clusters = ClusterIndex(text) if spans else None
    if snap is not None and clusters is not None:
        grown = tuple(snap_span(clusters, span, snap, origin) for span in spans)
        if snapped is not None:
            snapped.extend((a, b) for a, b in zip(spans, grown, strict=True) if a is not b)
        spans = grown
    for span in spans:
        assert clusters is not None
        problem = span_problem(
            clusters, schema, span.start, span.end, span.label, span.attrs, span.text
        )
        if problem:
            if "splits a grapheme cluster" in problem:
                problem = Message(
                    "{problem}; --snap clusters (or words) expands such spans", problem=problem
                )
            raise RecordError(
                origin, Message("span {key}: {problem}", key=span.key, problem=problem)
            )
        label = schema.label(span.label)
        assert label is not None
        if span.kind is not None and span.kind != label.kind.value:
            raise RecordError(
                origin,
                Message(
                    "span {key}: label {label} is of kind {kind}, not {given}",
                    key=span.key,
                    label=span.label,
                    kind=label.kind,
                    given=span.kind,
                ),
            )
        labels[span.key] = span.label
    if clusters is not None:
        problem = record_attribution_problem(clusters, schema, spans, record.referents)
        if problem:
            raise RecordError(origin, problem)
    for rel in record.relations:
        for end_key in (rel.from_key, rel.to_key):
            if end_key not in labels:
                raise RecordError(
                    origin,
                    Message(
                        "relation {key} points to missing span {span!r}", key=rel.key, span=end_key
                    ),
                )
        problem = relation_problem(schema, rel.type, labels[rel.from_key], labels[rel.to_key])
        if problem:
            raise RecordError(
                origin, Message("relation {key}: {problem}", key=rel.key, problem=problem)
            )
    return DocumentRecord(
        text=text,
        external_id=record.external_id,
        title=record.title,
        source=record.source,
        meta=record.meta,
        annotator=record.annotator,
        status=record.status,
        spans=spans,
        relations=record.relations,
        origin=origin,
        notes=record.notes,
        referents=record.referents,
    )


def _remap_fragments(mapping: Any, span: SpanRecord, origin: str) -> tuple[tuple[int, int], ...]:
    """A split span's fragments carried through normalization like its ends."""
    pieces = []
    for a, b in span.fragments:
        start, end = mapping.map_offset(a), mapping.map_offset(b)
        if start is None or end is None:
            raise RecordError(
                origin,
                Message(
                    "span {key}: fragment {a}-{b} cannot be carried through normalization",
                    key=span.key,
                    a=a,
                    b=b,
                ),
            )
        pieces.append((start, end))
    return tuple(pieces)


# New documents written per INSERT statement during an import.
_DOCUMENT_BATCH = 500


def _unique_id(wanted: str, taken: set[str]) -> str:
    candidate, n = wanted, 2
    while candidate in taken:
        suffix = f"-{n}"  # the id stays within the column's size with its suffix
        candidate = wanted[: MAX_EXTERNAL_ID - len(suffix)] + suffix
        n += 1
    taken.add(candidate)
    return candidate


def import_records(
    workspace: Workspace,
    records: Iterable[DocumentRecord],
    *,
    project: str,
    annotator: str | None = None,
    skip_invalid: bool = False,
    normalize: bool = False,
    snap: str | None = None,
    offset_unit: str | None = None,
) -> ImportReport:
    """Import records into ``project`` (created with the default schema if new).

    A document whose text is already in the project is not added again; its spans are
    merged into the record's annotator layer, skipping spans already there, so
    importing the same export twice adds nothing. With ``skip_invalid`` a record that
    fails its checks is listed in the report's ``skipped`` instead of stopping the run.
    ``snap`` expands foreign spans that cut clusters or words (see :func:`snap_span`);
    ``offset_unit`` (the unit the reader used) turns on the check that a file's
    offsets were not counted in another unit, reported in ``unit_hints`` (and added
    to the error that stops an import).
    """
    from annotator.model import default_schema

    workspace.check_writable()
    if snap is not None and snap not in SNAP_MODES:
        raise RecordError("--snap", f"must be one of {', '.join(SNAP_MODES)}, not {snap!r}")
    report = ImportReport()
    sniffer = UnitSniffer(offset_unit) if offset_unit else None
    snapped: list[tuple[SpanRecord, SpanRecord]] = []
    with watch_inputs(), workspace.db.writing() as s:
        lock_imports(s)  # PostgreSQL: concurrent imports de-duplicate as on SQLite
        repo = Repository(s)
        proj = repo.project_by_name(project) or repo.create_project(project, default_schema())
        schema = proj.schema
        by_sha = repo.document_ids_by_sha(proj.id)
        taken = repo.external_ids(proj.id)
        label_ids = repo.label_ids(proj.id)
        rel_ids = repo.relation_type_ids(proj.id)
        # New documents are inserted in batches (one statement each); a record with a
        # layer to merge needs its document id, so the batch is written first.
        pending: list[tuple[str, str, str, str, str, dict[str, Any]]] = []
        pending_shas: set[str] = set()

        def write_pending() -> None:
            for values, id_ in zip(pending, repo.add_documents(proj.id, pending), strict=True):
                by_sha[values[2]] = id_
            pending.clear()
            pending_shas.clear()

        for raw in records:
            if sniffer is not None:
                sniffer.add(raw)
            snapped.clear()
            try:
                record = prepare_record(raw, schema, normalize, snap, snapped)
            except RecordError as exc:
                hint = sniffer.hint(file_of(raw.origin)) if sniffer is not None else None
                if not skip_invalid:
                    if hint:
                        raise RecordError(
                            exc.origin, Message("{reason}\n{hint}", reason=exc.reason, hint=hint)
                        ) from None
                    raise
                report.skipped.append(str(exc))
                continue
            _note_snapped(report, record, snapped)
            sha = text_sha256(record.text)
            new_document = sha not in by_sha and sha not in pending_shas
            if new_document:
                ext = record.external_id or f"doc-{sha[:12]}"
                pending.append(
                    (
                        _unique_id(ext, taken),
                        record.text,
                        sha,
                        record.title or ext,
                        record.source,
                        record.meta,
                    )
                )
                pending_shas.add(sha)
                report.documents_added += 1
            else:
                report.duplicates += 1
            who = record.annotator or annotator
            # A bare text (no layer owner, no spans, status absent or new) gets no layer,
            # so exporting it again gives the same line ("annotator": "").
            has_layer = bool(
                record.annotator
                or record.spans
                or record.relations
                or record.notes
                or record.status not in (None, Status.NEW)
            )
            if who and has_layer:
                if sha in pending_shas:
                    write_pending()
                _merge_layer(
                    repo, report, by_sha[sha], who, record, label_ids, rel_ids, new_document
                )
            elif len(pending) >= _DOCUMENT_BATCH:
                write_pending()
        write_pending()
        if sniffer is not None:
            report.unit_hints = sniffer.hints()
        if report.documents_added or report.layers:
            # One history row per run for the documents it added (layers log their own).
            repo.log(
                annotator or "",
                "import",
                "project",
                proj.id,
                None,
                None,
                {
                    "documents_added": report.documents_added,
                    "duplicates": report.duplicates,
                    "layers": report.layers,
                    "skipped": len(report.skipped),
                },
            )
        # A file that grew or was rewritten since it was read: roll everything back.
        check_unchanged()
    return report


def _note_snapped(
    report: ImportReport, record: DocumentRecord, snapped: list[tuple[SpanRecord, SpanRecord]]
) -> None:
    report.snapped += len(snapped)
    text = record.text
    for before, after in snapped[: max(0, SNAP_LISTED - len(report.snapped_examples))]:
        report.snapped_examples.append(
            f"{record.origin}: {after.label} {text[before.start : before.end]!r} "
            f"({before.start}-{before.end}) -> {text[after.start : after.end]!r} "
            f"({after.start}-{after.end})"
        )


def _merge_layer(
    repo: Repository,
    report: ImportReport,
    doc_id: int,
    annotator: str,
    record: DocumentRecord,
    label_ids: dict[str, int],
    rel_ids: dict[str, int],
    new_document: bool = False,
) -> None:
    aid = repo.annotator_id(annotator)
    existing: dict[SpanKey, int] = {}
    existing_rels: set[tuple[str, int, int]] = set()
    if not new_document:  # a document added just now has no layers to merge with
        existing = {(s.start, s.end, s.label, s.fragments): s.id for s in repo.spans([doc_id], aid)}
        existing_rels = {(r.type, r.from_span, r.to_span) for r in repo.relations([doc_id], aid)}
    # A span already in the layer is kept; a span repeated inside the record is
    # inserted once, and every key that names it points at that one row.
    pending: dict[SpanKey, SpanRecord] = {}
    for span in record.spans:
        key = _span_key(span)
        if key in existing:
            report.spans_already_present += 1
        else:
            pending.setdefault(key, span)
    new_ids = repo.add_spans(
        doc_id,
        aid,
        [(label_ids[s.label], s.start, s.end, dict(s.attrs), s.source) for s in pending.values()],
    )
    existing.update(zip(pending, new_ids, strict=True))
    ids = {span.key: existing[_span_key(span)] for span in record.spans}
    report.spans_added += len(pending)
    for key, span_id in zip(pending, new_ids, strict=True):
        if key[3]:
            attribution_store.set_fragments(repo.s, span_id, key[3])
    _add_referents(repo, doc_id, aid, record, ids)
    for rel in record.relations:
        _add_relation(repo, report, doc_id, aid, rel, ids, rel_ids, existing_rels)
    _add_notes(repo, doc_id, aid, annotator, record, ids)
    if record.status is not None:
        repo.write_status(doc_id, aid, record.status)
    elif record.spans:  # imported labels are an edit of the layer (the status rule)
        repo.mark_edited(doc_id, aid)
    else:
        repo.touch_state(doc_id, aid)
    repo.log(
        annotator,
        "import",
        "document",
        doc_id,
        doc_id,
        None,
        {"spans": len(record.spans), "relations": len(record.relations)},
    )
    report.layers += 1


SpanKey = tuple[int, int, str, tuple[tuple[int, int], ...]]


def _span_key(span: SpanRecord) -> SpanKey:
    """What makes two spans of one layer the same span (a split span counts its parts)."""
    fragments = tuple((a, b) for a, b in span.fragments) if len(span.fragments) > 1 else ()
    return (span.start, span.end, span.label, fragments)


def _add_referents(
    repo: Repository, doc_id: int, aid: int, record: DocumentRecord, ids: dict[str, int]
) -> None:
    """The record's referents that have mentions, each a new referent of the layer."""
    members: dict[str, list[int]] = {}
    for span in record.spans:
        if span.referent is not None:
            members.setdefault(span.referent, []).append(ids[span.key])
    if not members:
        return
    current: dict[int, int] = {
        m: r.id for r in attribution_store.referents(repo.s, [doc_id], aid) for m in r.mentions
    }
    for ref in record.referents:
        spans = members.get(ref.key)
        now = {current.get(m) for m in spans or ()}
        if not spans or (len(now) == 1 and None not in now):
            continue  # no mentions, or all already one referent (the same file again)
        rid = attribution_store.add_referent(repo.s, doc_id, aid, ref.name, ref.label)
        attribution_store.set_referent(repo.s, spans, rid)
    attribution_store.prune_referents(repo.s, doc_id, aid)


def _add_notes(
    repo: Repository,
    doc_id: int,
    aid: int,
    annotator: str,
    record: DocumentRecord,
    ids: dict[str, int],
) -> None:
    """A span's ``note`` replaces the one it has; document notes not already there are added."""
    s = repo.s
    for span in record.spans:
        if span.note:
            note_store.clear_span_note(s, ids[span.key])
            note_store.add_note(s, doc_id, aid, span.note, annotator, span_id=ids[span.key])
    if not record.notes:
        return
    have = {(n.text, n.author) for _d, _a, n in note_store.notes_of(s, [doc_id], aid)}
    for note in record.notes:
        if (note.text, note.author) not in have:
            time = note_store.parse_time(note.time)
            note_store.add_note(s, doc_id, aid, note.text, note.author or annotator, time=time)


def _add_relation(
    repo: Repository,
    report: ImportReport,
    doc_id: int,
    aid: int,
    rel: RelationRecord,
    ids: dict[str, int],
    rel_ids: dict[str, int],
    existing: set[tuple[str, int, int]],
) -> None:
    key = (rel.type, ids[rel.from_key], ids[rel.to_key])
    if key in existing:
        return
    repo.add_relation(doc_id, aid, rel_ids[rel.type], key[1], key[2])
    existing.add(key)
    report.relations_added += 1
