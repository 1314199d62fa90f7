"""Giving documents to annotators: each document to one, a fraction to two for agreement.

The split is reproducible: the same documents, annotators, overlap and seed always
give the same assignment, so a lead can re-run it and get the same answer.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from annotator.model import DocumentId, Project
from annotator.model.names import GOLD
from annotator.service.errors import Message, ServiceError
from annotator.service.roles import require
from annotator.storage.locks import lock_imports
from annotator.storage.repository import Repository

if TYPE_CHECKING:
    from annotator.service.workspace import Workspace


@dataclass(frozen=True, slots=True)
class AssignmentReport:
    project: str
    documents: int
    overlapping: int  # documents given to more than one annotator
    per_annotator: dict[str, int]
    per_pair: dict[tuple[str, str], int]  # shared documents per pair of annotators


def plan_assignment(
    document_ids: Sequence[int],
    annotators: Sequence[str],
    overlap: float,
    seed: int,
    copies: int = 2,
) -> dict[int, tuple[str, ...]]:
    """Which annotators get which document; pure, so it can be tested on its own.

    ``round(overlap * n)`` documents (picked at random with ``seed``) go to ``copies``
    annotators each, cycling through every pair (or group) of annotators so each pair
    shares documents; the rest go to one annotator each, always the least loaded, so
    workloads differ by at most one document where that is possible.
    """
    names = list(annotators)
    if not names:
        raise ServiceError(Message("give at least one annotator"))
    if len(set(names)) != len(names):
        raise ServiceError(Message("an annotator is named twice"))
    if not 0.0 <= overlap <= 1.0:
        raise ServiceError(f"--overlap must be between 0 and 1, not {overlap}")
    if overlap > 0 and len(names) < copies:
        raise ServiceError(Message("an overlap needs at least {copies} annotators", copies=copies))
    rng = random.Random(seed)
    ids = sorted(document_ids)
    rng.shuffle(ids)
    shared = round(overlap * len(ids))
    order = {name: i for i, name in enumerate(names)}
    load = dict.fromkeys(names, 0)
    groups = list(combinations(names, copies)) if shared else []
    rng.shuffle(groups)
    plan: dict[int, tuple[str, ...]] = {}
    for i, doc in enumerate(ids[:shared]):
        group = groups[i % len(groups)]
        plan[doc] = group
        for name in group:
            load[name] += 1
    for doc in ids[shared:]:
        name = min(names, key=lambda n: (load[n], order[n]))
        plan[doc] = (name,)
        load[name] += 1
    return plan


def assign(
    workspace: Workspace,
    project: str | int | None,
    annotators: Sequence[str],
    *,
    overlap: float,
    seed: int,
    copies: int = 2,
) -> AssignmentReport:
    """Replace the project's assignment with a new one (see :func:`plan_assignment`)."""
    workspace.check_writable()
    require(workspace, "curator", Message("assigning documents"))
    proj = workspace.project(project)
    with workspace.db.writing() as s:
        lock_imports(s)  # PostgreSQL: two assignments at once take turns (no duplicate rows)
        repo = Repository(s)
        doc_ids = repo.document_ids(proj.id)
        plan = plan_assignment(doc_ids, annotators, overlap, seed, copies)
        ids = {name: repo.annotator_id(name) for name in annotators}
        repo.replace_assignments(
            proj.id, ((doc, ids[name]) for doc, names in plan.items() for name in names)
        )
        repo.log(
            "",
            "assign",
            "project",
            proj.id,
            None,
            None,
            {"annotators": list(annotators), "overlap": overlap, "seed": seed},
        )
    per_annotator = dict.fromkeys(annotators, 0)
    per_pair: dict[tuple[str, str], int] = {}
    for names in plan.values():
        for name in names:
            per_annotator[name] += 1
        for pair in combinations(sorted(names), 2):
            per_pair[pair] = per_pair.get(pair, 0) + 1
    return AssignmentReport(
        proj.name,
        len(plan),
        sum(1 for names in plan.values() if len(names) > 1),
        per_annotator,
        dict(sorted(per_pair.items())),
    )


def assignments(workspace: Workspace, project_id: int) -> dict[DocumentId, tuple[str, ...]]:
    """Every assigned document of a project and its annotators (sorted by name)."""
    with workspace.db.reading() as s:
        rows = Repository(s).assignments(project_id)
    found: dict[DocumentId, list[str]] = {}
    for doc, name in rows:
        found.setdefault(DocumentId(doc), []).append(name)
    return {doc: tuple(sorted(names)) for doc, names in sorted(found.items())}


def assigned_documents(workspace: Workspace, project_id: int, annotator: str) -> list[DocumentId]:
    """The documents given to ``annotator`` in a project, in document order."""
    with workspace.db.reading() as s:
        rows = Repository(s).assigned_documents(project_id, annotator)
    return [DocumentId(d) for d in rows]


def set_independent(workspace: Workspace, project: str | int | None, independent: bool) -> Project:
    """Turn the project setting "independent annotation" on or off."""
    workspace.check_writable()
    require(workspace, "manager", Message("changing a project's settings"))
    proj = workspace.project(project)
    with workspace.db.writing() as s:
        repo = Repository(s)
        repo.set_independent(proj.id, independent)
        repo.log(
            "",
            "setting",
            "project",
            proj.id,
            None,
            {"independent": proj.independent},
            {"independent": bool(independent)},
        )
        return repo.project(proj.id)


def curation_refusal(project: Project, annotator: str) -> str | None:
    """Why ``annotator`` may not curate in ``project``, or ``None``: with independent
    annotation only ``gold`` compares the layers, so nobody sees the others' too soon."""
    if project.independent and annotator != GOLD:
        return (
            "This project uses independent annotation: other annotators' layers stay "
            f"hidden until adjudication. Change the annotator name to '{GOLD}' to curate."
        )
    return None


def may_see(project: Project, viewer: str, owner: str) -> bool:
    """Whether ``viewer`` may see ``owner``'s layer.

    In a project with independent annotation an annotator sees only their own layer
    (and nobody sees gold but the curator), so agreement is measured honestly; the
    curator, working as ``gold``, sees every layer.
    """
    return not project.independent or viewer in (owner, GOLD)
