"""Label schema use-cases: export, import, rename and delete labels without losing spans.

Storage matches labels and relation types by name when a schema is written, so a
rename has to be said explicitly (:func:`rename_label`); otherwise it would look like
"delete OLD, add NEW" and take OLD's spans with it. Anything that would delete spans
or relations is refused with the counts unless ``force`` is given.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.formats.foreign import read_text
from annotator.formats.jsonparse import parse_json
from annotator.model import LabelSchema, SchemaError, schema_from_dict, schema_to_dict
from annotator.model.errors import InputError
from annotator.model.outputs import check_output, write_text_atomic
from annotator.model.types import Project
from annotator.service.changes import Changes
from annotator.service.errors import Message, NotFound, ServiceError
from annotator.service.roles import require
from annotator.storage.locks import lock_imports
from annotator.storage.repository import Repository

if TYPE_CHECKING:
    from annotator.service.workspace import Workspace


class LabelInUseError(ServiceError):
    """A schema change would delete spans or relations; repeat it with ``force``."""

    def __init__(self, message: str, spans: int, relations: int) -> None:
        super().__init__(message)
        self.spans = spans
        self.relations = relations


@dataclass(frozen=True, slots=True)
class SchemaChange:
    """What a schema edit did."""

    project: Project
    created: bool = False
    labels_added: tuple[str, ...] = ()
    labels_removed: tuple[str, ...] = ()
    labels_renamed: tuple[tuple[str, str], ...] = ()
    relation_types_removed: tuple[str, ...] = ()
    spans_removed: int = 0
    relations_removed: int = 0

    @property
    def changes(self) -> Changes:
        """The edit as the faces' change broadcast carries it: this project's schema."""
        return Changes(schemas=frozenset({self.project.id}))


# Files ------------------------------------------------------------------------


def read_schema_file(path: str | os.PathLike[str]) -> LabelSchema:
    """A schema from a JSON file; errors name the file (and line for bad JSON)."""
    name = str(path)
    try:  # UTF-8 only (UTF-16/32 named), no FIFO or device, strict numbers, bounded nesting
        data = parse_json(read_text(Path(name)), name)
    except InputError as exc:
        raise SchemaError(Message("{reason}", reason=exc)) from None
    if not isinstance(data, dict):
        raise SchemaError(f"{name}:1: a schema file holds one JSON object")
    try:
        return schema_from_dict(data)
    except SchemaError as exc:
        raise SchemaError(f"{name}: {exc}") from None


def schema_json(schema: LabelSchema) -> str:
    return json.dumps(schema_to_dict(schema), ensure_ascii=False, indent=2) + "\n"


def export_schema(
    workspace: Workspace, path: str | os.PathLike[str], project: str | int | None = None
) -> LabelSchema:
    """Write a project's schema to ``path`` (written whole, then renamed into place)."""
    schema = workspace.project(project).schema
    target = Path(path)
    check_output(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(target, schema_json(schema))
    return schema


def import_schema(
    workspace: Workspace,
    source: str | os.PathLike[str] | LabelSchema,
    project: str,
    *,
    force: bool = False,
) -> SchemaChange:
    """Create ``project`` with the schema, or update its schema (labels matched by name)."""
    schema = source if isinstance(source, LabelSchema) else read_schema_file(source)
    workspace.check_writable()
    require(workspace, "manager", Message("changing a label schema"))
    workspace.forget_schemas()  # edits are checked against the new schema from now on
    with workspace.db.writing() as s:
        lock_imports(s)  # PostgreSQL: two processes creating the project take turns
        repo = Repository(s)
        existing = repo.project_by_name(project)
        if existing is None:
            created = repo.create_project(project, schema)
            return SchemaChange(
                created, created=True, labels_added=tuple(x.name for x in schema.labels)
            )
        return _apply(repo, existing, schema, {}, force)


# Usage ------------------------------------------------------------------------


def label_usage(workspace: Workspace, project: str | int | None = None) -> dict[str, int]:
    """Spans per label (every annotator), including labels with none."""
    proj = workspace.project(project)
    with workspace.db.reading() as s:
        return Repository(s).label_usage(proj.id)


def relation_usage(workspace: Workspace, project: str | int | None = None) -> dict[str, int]:
    proj = workspace.project(project)
    with workspace.db.reading() as s:
        return Repository(s).relation_usage(proj.id)


# Edits ------------------------------------------------------------------------


def update_schema(
    workspace: Workspace,
    project: str | int | None,
    schema: LabelSchema,
    *,
    renames: Mapping[str, str] | None = None,
    force: bool = False,
) -> SchemaChange:
    """Replace a project's schema; ``renames`` maps old label names to new ones.

    Labels named in ``renames`` keep their spans under the new name; labels missing
    from ``schema`` are deleted with their spans, which needs ``force`` if any exist.
    """
    workspace.check_writable()
    require(workspace, "manager", Message("changing a label schema"))
    proj = workspace.project(project)
    workspace.forget_schemas()  # edits are checked against the new schema from now on
    with workspace.db.writing() as s:
        lock_imports(s)  # PostgreSQL: two schema edits (labels are unique) take turns
        repo = Repository(s)
        return _apply(repo, repo.project(proj.id), schema, dict(renames or {}), force)


def rename_label(
    workspace: Workspace, project: str | int | None, old: str, new: str
) -> SchemaChange:
    """Rename a label; every span keeps it, relation types follow the new name."""
    schema = workspace.project(project).schema
    if schema.label(old) is None:
        raise NotFound(Message("there is no label {label!r}", label=old))
    if old == new:
        raise ServiceError(Message("the label is already called {label!r}", label=new))
    if schema.label(new) is not None:
        raise ServiceError(Message("a label named {label!r} exists already", label=new))
    return update_schema(workspace, project, renamed_schema(schema, old, new), renames={old: new})


def delete_label(
    workspace: Workspace, project: str | int | None, name: str, *, force: bool = False
) -> SchemaChange:
    """Delete a label. If spans use it, refuse (saying how many) unless ``force``."""
    schema = workspace.project(project).schema
    if schema.label(name) is None:
        raise NotFound(Message("there is no label {label!r}", label=name))
    labels = tuple(label for label in schema.labels if label.name != name)
    relations = []
    for rel in schema.relation_types:
        sources = tuple(x for x in rel.sources if x != name)
        targets = tuple(x for x in rel.targets if x != name)
        if sources and targets:
            relations.append(replace(rel, sources=sources, targets=targets))
    new = LabelSchema(schema.name, labels, tuple(relations))
    return update_schema(workspace, project, new, force=force)


def renamed_schema(schema: LabelSchema, old: str, new: str) -> LabelSchema:
    """``schema`` with label ``old`` called ``new`` (also in relation ends)."""

    def swap(names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(new if x == old else x for x in names)

    labels = tuple(replace(x, name=new) if x.name == old else x for x in schema.labels)
    relations = tuple(
        replace(r, sources=swap(r.sources), targets=swap(r.targets)) for r in schema.relation_types
    )
    return LabelSchema(schema.name, labels, relations)


def _apply(
    repo: Repository,
    project: Project,
    schema: LabelSchema,
    renames: dict[str, str],
    force: bool,
) -> SchemaChange:
    old = project.schema
    old_names = {x.name for x in old.labels}
    new_names = {x.name for x in schema.labels}
    for before, after in renames.items():
        if before not in old_names:
            raise ServiceError(
                Message("cannot rename {label!r}: there is no such label", label=before)
            )
        if after not in new_names:
            raise ServiceError(
                Message(
                    "cannot rename {label!r} to {new!r}: {new!r} is not in the schema",
                    label=before,
                    new=after,
                )
            )
        if after in old_names and after not in renames:
            raise ServiceError(
                Message(
                    "cannot rename {label!r} to {new!r}: that name is taken",
                    label=before,
                    new=after,
                )
            )
    kept_after_rename = {renames.get(n, n) for n in old_names}
    removed = sorted(n for n in old_names if renames.get(n, n) not in new_names)
    added = tuple(sorted(new_names - kept_after_rename))
    removed_types = sorted(
        {r.name for r in old.relation_types} - {r.name for r in schema.relation_types}
    )
    label_ids = repo.label_ids(project.id)
    removed_ids = [label_ids[n] for n in removed]
    doomed_spans = repo.count_spans_with_labels(removed_ids)
    doomed_relation_ids = _invalid_relation_ids(repo, project.id, schema, renames)
    doomed_relations = len(doomed_relation_ids)
    if (doomed_spans or doomed_relations) and not force:
        spans = Message(
            "{count} spans (labels {labels})", count=doomed_spans, labels=", ".join(removed)
        )
        relations = Message("{count} relations", count=doomed_relations)
        what = (
            Message("{spans} and {relations}", spans=spans, relations=relations)
            if doomed_spans and doomed_relations
            else spans
            if doomed_spans
            else relations
        )
        raise LabelInUseError(
            Message(
                "this change would remove {what}; confirm to delete them "
                "(--force on the command line)",
                what=what,
            ),
            doomed_spans,
            doomed_relations,
        )
    repo.delete_relations(doomed_relation_ids)
    repo.delete_spans_with_labels(removed_ids)
    repo.rename_labels(project.id, renames)
    repo.write_schema(project.id, schema)
    repo.set_schema_name(project.id, schema.name)
    repo.log(
        "",
        "schema",
        "project",
        project.id,
        None,
        {"labels": sorted(old_names)},
        {
            "labels": sorted(new_names),
            "renamed": renames,
            "spans_removed": doomed_spans,
            "relations_removed": doomed_relations,
        },
    )
    return SchemaChange(
        repo.project(project.id),
        labels_added=added,
        labels_removed=tuple(removed),
        labels_renamed=tuple(sorted(renames.items())),
        relation_types_removed=tuple(removed_types),
        spans_removed=doomed_spans,
        relations_removed=doomed_relations,
    )


def _invalid_relation_ids(
    repo: Repository, project_id: int, schema: LabelSchema, renames: dict[str, str]
) -> list[int]:
    """Relations the new schema no longer allows (type gone, or an end's label not allowed)."""
    bad = []
    for rel_id, type_name, source, target in repo.relation_labels(project_id):
        rel = schema.relation_type(type_name)
        if rel is None or not rel.allows(renames.get(source, source), renames.get(target, target)):
            bad.append(rel_id)
    return bad
