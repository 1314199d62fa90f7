"""``annotator adjudicate``: accept agreed spans and relations into the gold layer."""

from __future__ import annotations

import argparse

from annotator.cli.commands.team.names import names as _names
from annotator.cli.common import fail, open_workspace


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("adjudicate", help="accept agreed spans and relations into the gold layer")
    p.add_argument("--project", default=None)
    p.add_argument(
        "--annotators",
        default=None,
        help="comma-separated names (default: everyone who finished the document)",
    )
    p.add_argument("--document", default=None, metavar="ID", help="only this document (its id)")
    p.set_defaults(handler=cmd_adjudicate)


def cmd_adjudicate(args: argparse.Namespace) -> int:
    from annotator.service.adjudication import accept_agreed, curation
    from annotator.service.roles import require

    names = _names(args.annotators)
    with open_workspace(args) as ws:
        require(ws, "curator", "adjudicating")
        project = ws.project(args.project)
        if args.document:
            docs = [ws.document_by_external_id(project.id, args.document).id]
        else:
            total = ws.count_documents(project.id)
            docs = [d.id for d in ws.list_documents(project.id, limit=max(total, 1))]
        spans = relations = compared = 0
        for doc_id in docs:
            items = curation(ws, doc_id, names)
            layers = {a for item in items for a in item.annotators}
            if len(names or layers) < 2:
                continue
            changes = accept_agreed(ws, doc_id, names)
            compared += 1
            spans += len(changes.spans_added)
            relations += len(changes.relations_added)
    if not compared:
        return fail("no document has two finished layers to compare")
    print(
        f"accepted {spans} agreed spans and {relations} relations into the gold layer"
        f" of {compared} documents"
    )
    return 0
