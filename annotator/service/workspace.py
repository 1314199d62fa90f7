"""The Workspace: every use-case the CLI and the window call, one transaction each."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from annotator.model import (
    Document,
    DocumentId,
    DocumentState,
    DocumentSummary,
    LabelKind,
    LabelSchema,
    Layer,
    Project,
    Span,
    Status,
    default_schema,
    relation_problem,
    span_problem,
)
from annotator.model.names import DEFAULT_PROJECT, DEMO_PROJECT
from annotator.model.rows import LayerRows
from annotator.service.attribution import AttributionEdits, moved_mentions, resized_pieces
from annotator.service.changes import Changes
from annotator.service.clusters import cluster_index
from annotator.service.errors import (
    ConflictError,
    Message,
    NotFound,
    ReadOnlyError,
    ServiceError,
)
from annotator.service.exporting import iter_layer_rows, iter_layers
from annotator.service.roles import Identity, check_layer, identity_of
from annotator.storage import open_database, resolve_url
from annotator.storage.attribution import prune_referents
from annotator.storage.attribution import referents as referents_of
from annotator.storage.locks import lock_imports
from annotator.storage.migrate import current_revision
from annotator.storage.notes import notes_of
from annotator.storage.repository import Repository, span_snapshot


def default_annotator_name() -> str:
    """The name offered on first start: $ANNOTATOR_USER, else the login name."""
    for var in ("ANNOTATOR_USER", "USER", "USERNAME", "LOGNAME"):
        if os.environ.get(var):
            return os.environ[var]
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (some containers)
        return "annotator"


class Workspace(AttributionEdits):
    """An open database and the use-cases on it.

    Every edit is validated against the project's schema and the text's clusters,
    committed in its own transaction, logged in the history, and answered with a
    :class:`Changes` value.
    """

    def __init__(
        self,
        database: str | os.PathLike[str] | None = None,
        *,
        read_only: bool | None = None,
    ):
        """Connect (and bring the schema up to date); nothing else. ``read_only=None``
        detects it from file and folder permissions. The opening policy of a start of
        the app or the CLI (daily backup, Demo) is :func:`annotator.service.open_workspace`.
        """
        self.url = resolve_url(database)
        self.db = open_database(self.url, read_only=read_only)
        self.read_only = self.db.read_only
        self.closed = False
        self.last_backup: Path | None = None  # set by the opener
        # Each project's schema as edits validate against it: read once, replaced by every
        # fresh read of the project (opening a document reads it, so edits are checked
        # against the schema the window shows) and dropped by a schema edit made here.
        self._schemas: dict[int, LabelSchema] = {}
        # The last documents edited, so an edit does not read a long text again: a
        # document's text never changes, and its hash is checked on every use.
        self._documents: dict[int, Document] = {}
        self._identity: Identity | None = None

    def close(self) -> None:
        """Close the database; later edits are refused instead of reopening it."""
        self.closed = True
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check_writable(self) -> None:
        """Raise before any write on a closed or read-only database."""
        if self.closed:
            raise ServiceError(Message("the database is closed; the edit was not saved"))
        if self.read_only:
            raise ReadOnlyError(
                Message("{database} is read-only; edits are disabled", database=self.db.display)
            )

    def identity(self) -> Identity:
        """Who is logged in and with which team role (PostgreSQL; nobody on SQLite)."""
        if self._identity is None:
            self._identity = identity_of(self.db)
        return self._identity

    def forget_identity(self) -> None:
        """Ask the server again at the next check (after roles changed)."""
        self._identity = None

    def check_layer(self, owner: str) -> None:
        """Refuse in one line a write into ``owner``'s layer that this login's role
        does not allow (the database would refuse it too)."""
        check_layer(self.identity(), owner)

    # Projects -------------------------------------------------------------

    def projects(self) -> list[Project]:
        with self.db.reading() as s:
            return self._remember(*Repository(s).projects())

    def _remember(self, *projects: Project) -> list[Project]:
        """Keep the schemas of projects just read (see ``_schemas``)."""
        for project in projects:
            self._schemas[int(project.id)] = project.schema
        return list(projects)

    def forget_schemas(self) -> None:
        """Drop the kept schemas: a schema edit was committed (the next edit reads it)."""
        self._schemas.clear()

    def project(self, project: str | int | None = None) -> Project:
        """A project by name or id.

        ``None`` means the user's project: the only one, else the only one besides the
        Demo (which the first run adds; import picks the same one), else the first.
        """
        with self.db.reading() as s:
            repo = Repository(s)
            if project is None:
                projects = repo.projects()
                if not projects:
                    raise ServiceError(
                        Message("the database has no project yet (import documents first)")
                    )
                own = [p for p in projects if p.name != DEMO_PROJECT]
                found = own[0] if len(own) == 1 else projects[0]
            elif isinstance(project, int):
                found = repo.project(project)
            else:
                named = repo.project_by_name(project)
                if named is None:
                    raise NotFound(Message("no project named {project!r}", project=project))
                found = named
        self._remember(found)
        return found

    def import_project_name(self) -> str:
        """Where an import goes without a project named: the only project besides the
        Demo, else :data:`DEFAULT_PROJECT`."""
        own = [p.name for p in self.projects() if p.name != DEMO_PROJECT]
        return own[0] if len(own) == 1 else DEFAULT_PROJECT

    def ensure_project(self, name: str, schema: LabelSchema | None = None) -> Project:
        self.check_writable()
        with self.db.writing() as s:
            lock_imports(s)  # PostgreSQL: two processes creating it at once take turns
            repo = Repository(s)
            existing = repo.project_by_name(name)
            if existing is not None:
                return existing
            return repo.create_project(name, schema or default_schema())

    # Documents ------------------------------------------------------------

    def document(self, document_id: int) -> Document:
        with self.db.reading() as s:
            return Repository(s).document(document_id)

    def find_document(
        self, external_id: str, current_project: int | None = None
    ) -> tuple[Project, Document]:
        """The document with this external id (as in exported JSONL), in the current
        project first, then in the others."""
        projects = self.projects()
        projects.sort(key=lambda p: p.id != current_project)
        for project in projects:
            with self.db.reading() as s:
                doc = Repository(s).document_by_external_id(int(project.id), external_id)
            if doc is not None:
                return project, doc
        raise NotFound(Message("no document {id!r} in this database", id=external_id))

    def document_by_external_id(self, project_id: int, external_id: str) -> Document:
        with self.db.reading() as s:
            doc = Repository(s).document_by_external_id(project_id, external_id)
        if doc is None:
            raise NotFound(Message("no document {id!r} in this project", id=external_id))
        return doc

    def require_annotators(self, names: Iterable[str]) -> None:
        """Raise :class:`NotFound` for a name nobody in the database has: a typo must
        not look like "no work done"."""
        wanted = [name for name in names if name]
        if not wanted:
            return
        with self.db.reading() as s:
            known = set(Repository(s).annotator_names().values())
        missing = [name for name in wanted if name not in known]
        if missing:
            names = sorted(known)
            listed = ", ".join(names[:10]) + (", ..." if len(names) > 10 else "") or "none yet"
            named = ", ".join(repr(m) for m in missing)
            raise NotFound(
                Message("no annotator named {names} (known: {known})", names=named, known=listed)
                if len(missing) == 1
                else Message(
                    "no annotators named {names} (known: {known})", names=named, known=listed
                )
            )

    def _annotator_filter(self, repo: Repository, annotator: str | None) -> int | None:
        if not annotator:
            return None
        try:
            return repo.annotator_id(annotator, create=False)
        except NotFound:
            return -1  # nobody by that name: nothing of theirs matches

    def count_documents(
        self,
        project_id: int,
        *,
        annotator: str | None = None,
        status: Status | None = None,
        search: str | None = None,
        assigned_only: bool = False,
    ) -> int:
        """Documents matching the filters; ``assigned_only`` keeps those assigned to
        ``annotator``."""
        with self.db.reading() as s:
            repo = Repository(s)
            return repo.count_documents(
                project_id, self._annotator_filter(repo, annotator), status, search, assigned_only
            )

    def list_documents(
        self,
        project_id: int,
        *,
        annotator: str | None = None,
        status: Status | None = None,
        search: str | None = None,
        offset: int = 0,
        limit: int = 200,
        assigned_only: bool = False,
        after_id: int | None = None,
    ) -> list[DocumentSummary]:
        """One page of the document list (no texts loaded).

        Pass the last id of the previous page as ``after_id`` to page by key, which
        stays fast at any depth; ``offset`` is for jumping to a position.
        """
        with self.db.reading() as s:
            repo = Repository(s)
            return repo.document_summaries(
                project_id,
                self._annotator_filter(repo, annotator),
                status,
                search,
                offset,
                limit,
                assigned_only,
                after_id,
            )

    def status_counts(self, project_id: int, annotator: str | None) -> dict[Status, int]:
        with self.db.reading() as s:
            repo = Repository(s)
            return repo.status_counts(project_id, self._annotator_filter(repo, annotator))

    def layer(self, document_id: int, annotator: str) -> Layer:
        """One annotator's spans, relations and status on one document."""
        with self.db.reading() as s:
            repo = Repository(s)
            doc = repo.document(document_id)
            aid = self._annotator_filter(repo, annotator)
            spans = repo.spans([document_id], aid) if aid is not None else []
            # A relation links two spans of its layer and a referent is listed by its
            # mentions: a layer without spans (a document not labelled yet, as the first
            # of a new project) has neither, and opening it reads them not.
            relations = repo.relations([document_id], aid) if spans else []
            state = repo.state(document_id, annotator) if aid != -1 else None
            status = state.status if state else Status.NEW
            notes = notes_of(s, [document_id], aid) if aid is not None and aid != -1 else []
            note_list = tuple(note for _doc, _aid, note in notes)
            referents = referents_of(s, [document_id], aid) if spans else []
        return Layer(
            doc,
            annotator,
            status,
            tuple(spans),
            tuple(relations),
            note_list,
            referents=tuple(referents),
        )

    def time_spent(self, document_id: int, annotator: str) -> float:
        with self.db.reading() as s:
            try:
                return Repository(s).state(document_id, annotator).seconds
            except NotFound:
                return 0.0

    # Edits ----------------------------------------------------------------

    def _document(self, repo: Repository, document_id: int) -> Document:
        """The document an edit is checked against (see ``_documents``)."""
        kept = self._documents.get(int(document_id))
        if kept is not None and repo.document_key(document_id) == (
            int(kept.project_id),
            kept.text_sha256,
        ):
            return kept
        document = repo.document(document_id)
        if len(self._documents) >= 8:
            self._documents.pop(next(iter(self._documents)))
        self._documents[int(document_id)] = document
        return document

    def _schema_for(self, repo: Repository, document: Document) -> LabelSchema:
        """The schema edits of this document are checked against: kept per project
        (reading it on every edit was a quarter of an edit's service time)."""
        schema = self._schemas.get(int(document.project_id))
        if schema is None:
            schema = self._remember(repo.project(document.project_id))[0].schema
        return schema

    def create_span(
        self,
        document_id: int,
        annotator: str,
        label: str,
        start: int,
        end: int,
        attrs: Mapping[str, Any] | None = None,
        source: str | None = None,
    ) -> Changes:
        """A new span; ``source`` names the recommender it was accepted from."""
        self.check_writable()
        self.check_layer(annotator)
        with self.db.writing() as s:
            repo = Repository(s)
            span = self._create_checked(
                repo, document_id, annotator, label, start, end, attrs, source
            )
            if span is not None:
                state = self._touch_state(repo, document_id, repo.annotator_id(annotator))
                repo.log(
                    annotator, "create", "span", span.id, document_id, None, span_snapshot(span)
                )
                return Changes(
                    documents=frozenset({DocumentId(document_id)}), spans_added=(span,), state=state
                )
            doc = self._document(repo, document_id)
            schema = self._schema_for(repo, doc)
            problem = span_problem(cluster_index(doc), schema, start, end, label, attrs)
            if problem:
                raise ServiceError(problem)
            aid = repo.annotator_id(annotator)
            label_id = repo.label_ids(doc.project_id).get(label)
            label_def = schema.label(label)  # known: span_problem refused unknown labels
            if label_id is None or label_def is None:  # the schema changed since it was read
                self.forget_schemas()
                raise ServiceError(Message("unknown label {label!r}", label=label))
            span = repo.new_span(
                document_id,
                (aid, annotator),
                (label_id, label, label_def.kind),
                start,
                end,
                dict(attrs or {}),
                source,
            )
            span_id = span.id
            state = self._touch_state(repo, document_id, aid)
            repo.log(annotator, "create", "span", span_id, document_id, None, span_snapshot(span))
        return Changes(
            documents=frozenset({DocumentId(document_id)}), spans_added=(span,), state=state
        )

    def _create_checked(
        self,
        repo: Repository,
        document_id: int,
        annotator: str,
        label: str,
        start: int,
        end: int,
        attrs: Mapping[str, Any] | None,
        source: str | None = None,
    ) -> Span | None:
        """The usual edit in one statement: a span valid against the document and schema
        kept from earlier edits, inserted only if the document, its label and the annotator
        are still those (:meth:`Repository.insert_span_checked`). ``None``: nothing kept,
        the span refused, or something changed; the caller then reads everything afresh
        and refuses or creates as before."""
        doc = self._documents.get(int(document_id))
        schema = self._schemas.get(int(doc.project_id)) if doc is not None else None
        if doc is None or schema is None:
            return None
        if span_problem(cluster_index(doc), schema, start, end, label, attrs):
            return None  # refused after a fresh read, with the reason
        label_def = schema.label(label)
        assert label_def is not None  # span_problem refused unknown labels
        return repo.insert_span_checked(
            (int(document_id), int(doc.project_id), doc.text_sha256),
            annotator,
            (label, label_def.kind.value),
            start,
            end,
            dict(attrs or {}),
            source,
        )

    def update_span(
        self,
        span_id: int,
        annotator: str,
        *,
        label: str | None = None,
        start: int | None = None,
        end: int | None = None,
        attrs: Mapping[str, Any] | None = None,
        expected_version: int | None = None,
    ) -> Changes:
        """Relabel, resize or change attributes of a span (any combination)."""
        self.check_writable()
        with self.db.writing() as s:
            repo = Repository(s)
            self.check_layer(repo.span(span_id).annotator)
            before = repo.lock_span(span_id)
            if expected_version is not None and before.version != expected_version:
                raise ConflictError(
                    Message("this span was changed by someone else in the meantime")
                )
            doc = self._document(repo, before.document_id)
            schema = self._schema_for(repo, doc)
            new_label = label if label is not None else before.label
            new_start = start if start is not None else before.start
            new_end = end if end is not None else before.end
            new_attrs = dict(attrs) if attrs is not None else dict(before.attrs)
            label_def = schema.label(new_label)
            if label is not None and attrs is None and label_def is not None:
                new_attrs = {k: v for k, v in new_attrs.items() if label_def.attribute(k)}
            problem = span_problem(
                cluster_index(doc), schema, new_start, new_end, new_label, new_attrs
            )
            if problem:
                raise ServiceError(problem)
            if new_label != before.label:
                for rel in repo.relations_touching(span_id):
                    ends = (new_label, repo.span(rel.to_span).label)
                    if rel.to_span == span_id:
                        ends = (repo.span(rel.from_span).label, new_label)
                    if relation_problem(schema, rel.type, *ends):
                        raise ServiceError(
                            Message(
                                "{label} cannot keep its {link} link; remove the link first",
                                label=new_label,
                                link=rel.type,
                            )
                        )
                if before.referent is not None and label_def and label_def.kind.value != "entity":
                    raise ServiceError(
                        Message(
                            "a {label} cannot be a mention of a referent; "
                            "take it out of its referent first",
                            label=new_label,
                        )
                    )
            label_id = (
                repo.label_ids(doc.project_id).get(new_label) if new_label != before.label else None
            )
            if new_label != before.label and label_id is None:  # the schema changed elsewhere
                self.forget_schemas()
                raise ServiceError(Message("unknown label {label!r}", label=new_label))
            if before.fragments and (new_start, new_end) != (before.start, before.end):
                repo.set_fragments(
                    span_id, resized_pieces(cluster_index(doc), before, new_start, new_end)
                )
            repo.change_span(
                span_id, label_id=label_id, start=new_start, end=new_end, attrs=new_attrs
            )
            after = repo.span(span_id)
            state = self._touch_state(repo, before.document_id, repo.annotator_id(before.annotator))
            repo.log(
                annotator,
                "update",
                "span",
                span_id,
                before.document_id,
                span_snapshot(before),
                span_snapshot(after),
            )
        return Changes(
            documents=frozenset({before.document_id}),
            spans_updated=((before, after),),
            state=state,
        )

    def delete_span(self, span_id: int, annotator: str) -> Changes:
        """Delete a span and the relations that touch it."""
        self.check_writable()
        with self.db.writing() as s:
            repo = Repository(s)
            span, aid = repo.span_to_delete(span_id)
            self.check_layer(span.annotator)
            relations = repo.relations_touching(span_id)
            for rel in relations:
                repo.delete_relation_row(rel.id)
                repo.log(
                    annotator,
                    "delete",
                    "relation",
                    rel.id,
                    rel.document_id,
                    {"type": rel.type, "from": rel.from_span, "to": rel.to_span},
                    None,
                )
            referents_before = referents_after = None
            moved: tuple[tuple[Span, Span], ...] = ()
            if span.referent is not None:  # its referent may now mean nothing
                referents_before = tuple(referents_of(s, [span.document_id], aid))
            repo.delete_span_row(span_id)
            if referents_before is not None:
                prune_referents(s, span.document_id, aid)
                referents_after = tuple(referents_of(s, [span.document_id], aid))
                moved = moved_mentions(repo, referents_before, referents_after, (span_id,))
            state = self._touch_state(repo, span.document_id, aid)
            repo.log(
                annotator, "delete", "span", span_id, span.document_id, span_snapshot(span), None
            )
        # With its referents before and after, so undo can put the mention back in its
        # referent (which may have ended with it) and the other mentions out of it.
        return Changes(
            documents=frozenset({span.document_id}),
            spans_removed=(span,),
            spans_updated=moved,
            relations_removed=tuple(relations),
            state=state,
            referents_before=referents_before,
            referents_after=referents_after,
        )

    def create_relation(
        self, rel_type: str, from_span: int, to_span: int, annotator: str
    ) -> Changes:
        self.check_writable()
        with self.db.writing() as s:
            repo = Repository(s)
            source, target = repo.span(from_span), repo.span(to_span)
            self.check_layer(source.annotator)
            if source.document_id != target.document_id:
                raise ServiceError(Message("a relation must link two spans of the same document"))
            if source.annotator != target.annotator:
                raise ServiceError(Message("a relation must link two spans of the same annotator"))
            doc = repo.document(source.document_id)
            problem = relation_problem(
                self._schema_for(repo, doc), rel_type, source.label, target.label
            )
            if problem:
                raise ServiceError(problem)
            for rel in repo.relations_touching(from_span):
                if (rel.type, rel.from_span, rel.to_span) == (rel_type, from_span, to_span):
                    raise ServiceError(Message("this {link} link exists already", link=rel_type))
            aid = repo.annotator_id(source.annotator)
            type_id = repo.relation_type_ids(doc.project_id).get(rel_type)
            if type_id is None:  # the schema was changed elsewhere since it was read
                self.forget_schemas()
                raise ServiceError(Message("unknown relation type {rel_type!r}", rel_type=rel_type))
            rel_id = repo.add_relation(doc.id, aid, type_id, from_span, to_span)
            relation = repo.relation(rel_id)
            state = self._touch_state(repo, doc.id, aid)
            repo.log(
                annotator,
                "create",
                "relation",
                rel_id,
                doc.id,
                None,
                {"type": rel_type, "from": from_span, "to": to_span},
            )
        return Changes(documents=frozenset({doc.id}), relations_added=(relation,), state=state)

    def delete_relation(self, relation_id: int, annotator: str) -> Changes:
        self.check_writable()
        with self.db.writing() as s:
            repo = Repository(s)
            rel = repo.relation(relation_id)
            self.check_layer(rel.annotator)
            repo.delete_relation_row(relation_id)
            state = self._touch_state(repo, rel.document_id, repo.annotator_id(rel.annotator))
            repo.log(
                annotator,
                "delete",
                "relation",
                relation_id,
                rel.document_id,
                {"type": rel.type, "from": rel.from_span, "to": rel.to_span},
                None,
            )
        return Changes(
            documents=frozenset({rel.document_id}), relations_removed=(rel,), state=state
        )

    def set_status(self, document_id: int, annotator: str, status: Status) -> Changes:
        self.check_writable()
        self.check_layer(annotator)
        with self.db.writing() as s:
            repo = Repository(s)
            repo.document(document_id)
            aid = repo.annotator_id(annotator)
            before = repo.write_status(document_id, aid, status)
            state = repo.state(document_id, annotator)
            repo.log(
                annotator,
                "status",
                "document",
                document_id,
                document_id,
                {"status": before},
                {"status": Status(status).value},
            )
        return Changes(documents=frozenset({DocumentId(document_id)}), state=state)

    def add_time(self, document_id: int, annotator: str, seconds: float) -> Changes:
        """Record time spent on a document (called by the window as it is worked on)."""
        self.check_writable()
        self.check_layer(annotator)
        with self.db.writing() as s:
            repo = Repository(s)
            repo.add_seconds(document_id, repo.annotator_id(annotator), seconds)
            state = repo.state(document_id, annotator)
        return Changes(documents=frozenset({DocumentId(document_id)}), state=state)

    @staticmethod
    def _touch_state(repo: Repository, document_id: int, annotator_id: int) -> DocumentState:
        """Every edit of a layer: the status rule applied (:meth:`Status.after_edit`: the
        first edit makes a new document "in progress") and the layer's state after it,
        which the edit's :class:`Changes` carry so each face shows it at that edit."""
        return repo.mark_edited(document_id, annotator_id)

    # Export -----------------------------------------------------------------

    def iter_layers(
        self,
        project_id: int,
        *,
        annotator: str | None = None,
        status: Status | None = Status.DONE,
        batch: int = 500,
    ) -> Iterator[Layer]:
        """Every (document, annotator) layer matching the filters, streamed in batches."""
        yield from iter_layers(self.db, project_id, annotator=annotator, status=status, batch=batch)

    def iter_layer_rows(
        self,
        project_id: int,
        *,
        annotator: str | None = None,
        status: Status | None = Status.DONE,
        batch: int = 500,
        kinds: frozenset[LabelKind] | None = None,
        packed: bool = False,
    ) -> Iterator[LayerRows]:
        """:meth:`iter_layers` with spans and relations as rows (for fast exports);
        ``kinds``: only those spans, as a token projection reads them; ``packed``: each
        layer's spans as one text the database built (the spans export)."""
        yield from iter_layer_rows(
            self.db,
            project_id,
            annotator=annotator,
            status=status,
            batch=batch,
            kinds=kinds,
            packed=packed,
        )

    # Info -----------------------------------------------------------------

    def revision(self) -> str | None:
        return current_revision(self.db)


__all__ = [
    "DEFAULT_PROJECT",
    "DEMO_PROJECT",
    "Workspace",
    "cluster_index",
    "default_annotator_name",
]
