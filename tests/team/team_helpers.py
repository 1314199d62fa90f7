"""Small builders shared by the team tests."""

from __future__ import annotations

from pathlib import Path

from annotator.cli.main import main
from annotator.model import DocumentRecord, Status
from annotator.service import Workspace, import_records

SEED_SPANS = Path(__file__).resolve().parents[2] / "seeds" / "kim-putin-letter.spans.jsonl"

# Ten one-letter Bengali tokens: token i is text[2i:2i+1], so offsets are easy to check.
LETTERS = "ক খ গ ঘ ঙ চ ছ জ ঝ ঞ"


def tok(i: int, j: int | None = None) -> tuple[int, int]:
    """Offsets covering tokens i..j (inclusive) of LETTERS."""
    j = i if j is None else j
    return 2 * i, 2 * j + 1


def add_document(ws: Workspace, text: str, ext: str, project: str = "P") -> int:
    import_records(ws, [DocumentRecord(text=text, external_id=ext, title=ext)], project=project)
    return ws.document_by_external_id(ws.project(project).id, ext).id


def annotate(
    ws: Workspace,
    doc_id: int,
    annotator: str,
    spans: list[tuple[str, tuple[int, int]]],
    relations: list[tuple[str, int, int]] = (),  # type: ignore[assignment]
    status: Status = Status.DONE,
) -> list[int]:
    """Create spans (label, (start, end)) and relations (type, from index, to index)."""
    ids = []
    for label, (start, end) in spans:
        changes = ws.create_span(doc_id, annotator, label, start, end)
        assert changes.span is not None
        ids.append(changes.span.id)
    for rel_type, i, j in relations:
        ws.create_relation(rel_type, ids[i], ids[j], annotator)
    ws.set_status(doc_id, annotator, status)
    return ids


def foundation_flow(db: str, out: Path) -> bytes:
    """Import the annotated seed, edit it as two annotators, export every layer."""
    assert main(["--db", db, "import", "--project", "Demo", str(SEED_SPANS)]) == 0
    with Workspace(db) as ws:
        project = ws.project("Demo")
        doc = ws.list_documents(project.id)[0].id
        layer = ws.layer(doc, "demo")
        text_ = layer.document.text
        first = layer.spans[0]
        ws.update_span(
            first.id, "demo", attrs={"canonical": "রাশিয়া"}, expected_version=first.version
        )
        moscow = next(s for s in layer.spans if text_[s.start : s.end] == "মস্কো")
        ws.delete_span(moscow.id, "demo")
        start = text_.index("কিম জং উন")
        per = ws.create_span(doc, "rita", "PER", start, start + len("কিম জং উন")).span
        quote_start = text_.index("পুতিনকে লেখা এক চিঠিতে")
        quote = ws.create_span(
            doc, "rita", "QUOTE", quote_start, quote_start + 22, {"form": "indirect"}
        ).span
        assert per is not None and quote is not None
        ws.create_relation("speaker", quote.id, per.id, "rita")
        ws.set_status(doc, "rita", Status.IN_PROGRESS)
    assert main(["--db", db, "export", "--project", "Demo", "--status", "any", "-o", str(out)]) == 0
    return out.read_bytes()
