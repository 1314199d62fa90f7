"""Projects, their label schemas and the annotators, as domain types."""

from __future__ import annotations

from sqlalchemy import select

from annotator.model import (
    LabelKind,
    LabelSchema,
    Project,
    ProjectId,
)
from annotator.model.errors import Message, NotFound
from annotator.model.limits import (
    MAX_ANNOTATOR_NAME,
    MAX_PROJECT_NAME,
    check_name,
    check_schema,
)
from annotator.model.schema import schema_to_dict
from annotator.storage.convert import (
    schema_to_native,
)
from annotator.storage.locks import insert_if_absent
from annotator.storage.orm import (
    AnnotatorRow,
    LabelRow,
    ProjectRow,
    RelationTypeRow,
)
from annotator.storage.store import Store


class ProjectStore(Store):
    # Projects and schemas -------------------------------------------------

    def projects(self) -> list[Project]:
        """Every project with its schema: three queries, however many projects (the
        window lists them on every open). Labels in name order, as the unique index
        (project_id, name) gives them to :meth:`_project`."""
        rows = self.s.scalars(select(ProjectRow).order_by(ProjectRow.id)).all()
        labels: dict[int, list[LabelRow]] = {}
        rels: dict[int, list[RelationTypeRow]] = {}
        for label in self.s.scalars(select(LabelRow).order_by(LabelRow.project_id, LabelRow.name)):
            labels.setdefault(label.project_id, []).append(label)
        for rel in self.s.scalars(
            select(RelationTypeRow).order_by(RelationTypeRow.project_id, RelationTypeRow.name)
        ):
            rels.setdefault(rel.project_id, []).append(rel)
        return [self._native(row, labels.get(row.id, []), rels.get(row.id, [])) for row in rows]

    def project(self, project_id: int) -> Project:
        row = self.s.get(ProjectRow, project_id)
        if row is None:
            raise NotFound(Message("no project with id {project}", project=project_id))
        return self._project(row)

    def project_by_name(self, name: str) -> Project | None:
        row = self.s.scalar(select(ProjectRow).where(ProjectRow.name == name))
        return self._project(row) if row else None

    def _project(self, row: ProjectRow) -> Project:
        labels = list(
            self.s.scalars(
                select(LabelRow)
                .where(LabelRow.project_id == row.id)
                .order_by(LabelRow.project_id, LabelRow.name)
            )
        )
        rels = list(
            self.s.scalars(
                select(RelationTypeRow)
                .where(RelationTypeRow.project_id == row.id)
                .order_by(RelationTypeRow.project_id, RelationTypeRow.name)
            )
        )
        return self._native(row, labels, rels)

    @staticmethod
    def _native(row: ProjectRow, labels: list[LabelRow], rels: list[RelationTypeRow]) -> Project:
        schema = schema_to_native(row.schema_name or row.name, labels, rels)
        return Project(ProjectId(row.id), row.name, schema, row.independent)

    def create_project(self, name: str, schema: LabelSchema) -> Project:
        check_name("project", name, MAX_PROJECT_NAME)
        row = ProjectRow(name=name, schema_name=schema.name)
        self.s.add(row)
        self.s.flush()
        self.write_schema(row.id, schema)
        return self._project(row)

    def write_schema(self, project_id: int, schema: LabelSchema) -> None:
        """Replace labels and relation types by name, keeping ids (and spans) of kept ones."""
        check_schema(schema)
        data = schema_to_dict(schema)
        existing = {
            r.name: r
            for r in self.s.scalars(select(LabelRow).where(LabelRow.project_id == project_id))
        }
        for pos, item in enumerate(data["labels"]):
            row = existing.pop(item["name"], None) or LabelRow(project_id=project_id)
            row.name, row.kind, row.color = item["name"], item["kind"], item["color"]
            row.key, row.description = item["key"], item["description"]
            row.attributes, row.position = item["attributes"], pos
            row.trim, row.examples = item.get("trim", ""), item.get("examples", [])
            self.s.add(row)
        for row in existing.values():
            self.s.delete(row)
        rels = {
            r.name: r
            for r in self.s.scalars(
                select(RelationTypeRow).where(RelationTypeRow.project_id == project_id)
            )
        }
        for pos, item in enumerate(data["relation_types"]):
            rrow = rels.pop(item["name"], None) or RelationTypeRow(project_id=project_id)
            rrow.name, rrow.sources, rrow.targets = item["name"], item["sources"], item["targets"]
            rrow.key, rrow.description, rrow.position = item["key"], item["description"], pos
            self.s.add(rrow)
        for rrow in rels.values():
            self.s.delete(rrow)
        self.s.flush()

    def label_ids(self, project_id: int) -> dict[str, int]:
        rows = self.s.execute(
            select(LabelRow.name, LabelRow.id).where(LabelRow.project_id == project_id)
        )
        return {name: id_ for name, id_ in rows}

    def label_names(self, project_id: int | None = None) -> dict[int, tuple[str, str]]:
        query = select(LabelRow.id, LabelRow.name, LabelRow.kind)
        if project_id is not None:
            query = query.where(LabelRow.project_id == project_id)
        return {id_: (name, kind) for id_, name, kind in self.s.execute(query)}

    def relation_type_ids(self, project_id: int) -> dict[str, int]:
        rows = self.s.execute(
            select(RelationTypeRow.name, RelationTypeRow.id).where(
                RelationTypeRow.project_id == project_id
            )
        )
        return {name: id_ for name, id_ in rows}

    def relation_type_names(self) -> dict[int, str]:
        return {i: n for i, n in self.s.execute(select(RelationTypeRow.id, RelationTypeRow.name))}

    # Annotators -------------------------------------------------------------

    def annotator_id(self, name: str, *, create: bool = True) -> int:
        if name in self._annotators:
            return self._annotators[name]
        id_ = self.s.scalar(select(AnnotatorRow.id).where(AnnotatorRow.name == name))
        if id_ is None:
            if not create:
                raise NotFound(Message("no annotator named {name!r}", name=name))
            check_name("annotator", name, MAX_ANNOTATOR_NAME)
            if insert_if_absent(self.s, AnnotatorRow, {"name": name}):
                id_ = self.s.scalars(select(AnnotatorRow.id).where(AnnotatorRow.name == name)).one()
            else:
                row = AnnotatorRow(name=name)
                self.s.add(row)
                self.s.flush()
                id_ = row.id
        self._annotators[name] = id_
        return id_

    def annotator_names(self) -> dict[int, str]:
        return {i: n for i, n in self.s.execute(select(AnnotatorRow.id, AnnotatorRow.name))}

    def label_kinds(self) -> dict[int, tuple[str, LabelKind]]:
        """Label id -> (name, kind) for every project, each kind converted once."""
        kinds: dict[str, LabelKind] = {}
        out = {}
        for id_, (name, kind) in self.label_names().items():
            if kind not in kinds:
                kinds[kind] = LabelKind(kind)
            out[id_] = (name, kinds[kind])
        return out
