"""Which layer a document opens with: the Demo gives a newcomer the demo labels.

On the Demo project an annotator's empty, new layer starts as a copy of the demo
annotator's labels (spans, fragments, referents, relations; one transaction), so the
sample article shows annotated and every label in it can be edited. On a read-only
database, or if the copy fails, the demo labels are shown read-only instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.model import (
    DocumentRecord,
    Layer,
    Project,
    ReferentRecord,
    RelationRecord,
    SpanRecord,
    Status,
)
from annotator.model.errors import AnnotatorError, Message
from annotator.model.names import DEMO_ANNOTATOR, DEMO_PROJECT
from annotator.service.assignment import may_see
from annotator.service.importing import import_records
from annotator.service.workspace import Workspace


@dataclass(frozen=True)
class OpenedLayer:
    """The layer to show and where it came from."""

    layer: Layer
    project: Project
    preview_of: str | None = None  # another annotator's layer, shown read-only
    adopted_from: str | None = None  # whose labels this layer was started from
    problem: str | None = None  # why the copy failed (then ``preview_of`` is set)


def open_layer(
    workspace: Workspace, document_id: int, annotator: str, project: Project | None = None
) -> OpenedLayer:
    """``annotator``'s layer of the document, started from the demo labels on the Demo.

    ``project`` is the document's project as the caller has just read it (opening a
    project lists the projects with their schemas): it is not read a second time.
    """
    layer = workspace.layer(document_id, annotator)
    if project is None or int(project.id) != int(layer.document.project_id):
        project = workspace.project(int(layer.document.project_id))
    if (
        layer.spans
        or layer.status is not Status.NEW
        or project.name != DEMO_PROJECT
        or annotator == DEMO_ANNOTATOR
        or not may_see(project, annotator, DEMO_ANNOTATOR)  # independent annotation
    ):
        return OpenedLayer(layer, project)
    demo = workspace.layer(document_id, DEMO_ANNOTATOR)
    if not demo.spans:
        return OpenedLayer(layer, project)
    if workspace.read_only:
        return OpenedLayer(demo, project, preview_of=DEMO_ANNOTATOR)
    try:
        import_records(
            workspace, [_copy_of(demo, annotator)], project=project.name, annotator=annotator
        )
    except (AnnotatorError, OSError) as exc:
        problem = Message("could not copy the demo labels: {reason}", reason=exc)
        return OpenedLayer(demo, project, preview_of=DEMO_ANNOTATOR, problem=problem)
    adopted = workspace.layer(document_id, annotator)
    return OpenedLayer(adopted, project, adopted_from=DEMO_ANNOTATOR)


def _copy_of(demo: Layer, annotator: str) -> DocumentRecord:
    doc = demo.document
    return DocumentRecord(
        text=doc.text,
        external_id=doc.external_id,
        title=doc.title,
        annotator=annotator,
        status=Status.NEW,
        spans=tuple(
            SpanRecord(
                str(s.id),
                s.start,
                s.end,
                s.label,
                dict(s.attrs),
                fragments=s.fragments,
                referent=f"ref{s.referent}" if s.referent is not None else None,
            )
            for s in demo.spans
        ),
        referents=tuple(
            ReferentRecord(f"ref{r.id}", r.name if r.named else "", r.label if r.named else "")
            for r in demo.referents
        ),
        relations=tuple(
            RelationRecord(str(r.id), r.type, str(r.from_span), str(r.to_span))
            for r in demo.relations
        ),
        origin=f"{DEMO_ANNOTATOR}'s layer",
    )
