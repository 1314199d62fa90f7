"""Suggestions: learn from the team's labels, propose spans, accept or reject them.

The recommenders (:mod:`annotator.service.suggest`) are pure; this module feeds them
the project's gold layer (else its done layers), trains the tagger in a separate
process, stores suggestions and models through :mod:`annotator.storage.suggestions`,
and turns an accepted suggestion into a real span of the annotator with its
``source``. Suggestions are never labels: exports leave them out unless asked.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from annotator.model import Document, LabelKind, Project, Span
from annotator.model.errors import Message
from annotator.model.suggestion import StoredSuggestion
from annotator.service.assignment import GOLD
from annotator.service.changes import Changes
from annotator.service.errors import ServiceError
from annotator.service.suggest.base import (
    GAZETTEER,
    QUOTES,
    RECOMMENDERS,
    TAGGER,
    Example,
    Suggestion,
    Tokenized,
    entity_spans,
)
from annotator.service.suggest.gazetteer import Gazetteer
from annotator.service.suggest.metrics import format_table, score_table
from annotator.service.suggest.quotes import QuoteFinder
from annotator.service.suggest.tagger import VERSION as TAGGER_VERSION
from annotator.service.suggest.tagger import TrainedTagger, train_and_score
from annotator.service.workspace import Workspace
from annotator.storage.locks import lock_imports
from annotator.storage.repository import Repository
from annotator.storage.suggestions import SuggestionStore
from annotator.text.clusters import ClusterIndex

SOURCES = ("gold", "done")
ALL = "all"
# Gazetteer and tagger cover the entity labels; the quote finder its two labels.
QUOTE_LABELS = ("QUOTE", "CLAIM")


def entity_labels(project: Project) -> list[str]:
    return [label.name for label in project.schema.labels if label.kind == LabelKind.ENTITY]


# Reading what to learn from ---------------------------------------------------


def training_examples(
    ws: Workspace, project: Project, source: str | None = None
) -> tuple[list[Example], str]:
    """The labeled documents to learn from, and which ones they are ("gold"/"done").

    ``None`` takes the gold layer when it has any span, else the layers marked done.
    """
    if source not in (None, *SOURCES):
        raise ServiceError(f"--from must be gold or done, not {source!r}")
    with ws.db.reading() as s:
        repo, store = Repository(s), SuggestionStore(s)
        gold = store.annotator_id(GOLD)
        layers: list[tuple[int, int]] = []
        if source in (None, "gold") and gold is not None:
            layers = [(d, gold) for d in store.labeled_documents(project.id, gold)]
        used = "gold"
        if not layers and source != "gold":
            layers, used = store.done_layers(project.id, exclude=gold), "done"
        examples = []
        for k in range(0, len(layers), 200):
            chunk = layers[k : k + 200]
            docs = {d: repo.document(d) for d in {d for d, _ in chunk}}
            spans: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
            for aid in {a for _, a in chunk}:
                for span in repo.spans([d for d, a in chunk if a == aid], aid):
                    spans.setdefault((span.document_id, aid), []).append(
                        (span.start, span.end, span.label)
                    )
            for d, a in chunk:
                doc = docs[d]
                examples.append(Example(doc.external_id, doc.text, tuple(spans.get((d, a), ()))))
    return examples, used


def load_gazetteer(ws: Workspace, project: Project, source: str | None = None) -> Gazetteer:
    """A gazetteer of the project's labeled entity strings (counted in the database),
    with the project's rejections."""
    labels = set(entity_labels(project))
    gazetteer = Gazetteer()
    with ws.db.reading() as s:
        store = SuggestionStore(s)
        gold = store.annotator_id(GOLD)
        rows: list[tuple[str, str, int]] = []
        if source in (None, "gold") and gold is not None:
            rows = store.labeled_strings(project.id, None, gold)
        if not rows and source != "gold":
            rows = store.labeled_strings(project.id, store.done_layers(project.id, gold), None)
        for text, label, count in rows:
            if label in labels:
                gazetteer.add(text, label, count)
        gazetteer.rejected |= store.rejected_pairs(project.id)
    return gazetteer


def gold_span_count(ws: Workspace, project: Project) -> int:
    """Spans in the gold layer: the window retrains when this grew past a threshold."""
    with ws.db.reading() as s:
        store = SuggestionStore(s)
        gold = store.annotator_id(GOLD)
        return store.span_count(project.id, gold) if gold is not None else 0


# The suggester: the three recommenders together ---------------------------------


@dataclass
class Suggester:
    """Gazetteer, tagger (once trained) and quote finder of one project."""

    labels: dict[str, LabelKind]
    gazetteer: Gazetteer
    tagger: TrainedTagger | None = None
    quotes: QuoteFinder = field(default_factory=QuoteFinder)
    tagger_metrics: dict[str, Any] = field(default_factory=dict)
    gold_spans: int = 0  # gold spans when the tagger was trained (0: never trained)

    @property
    def rejected(self) -> set[tuple[str, str]]:
        return self.gazetteer.rejected

    def suggest(
        self,
        text: str,
        spans: Iterable[Span | tuple[int, int, str]] = (),
        recommenders: Sequence[str] = RECOMMENDERS,
        clusters: ClusterIndex | None = None,
    ) -> list[Suggestion]:
        """Suggestions for ``text``, minus those equal to a real span in ``spans`` (the
        open layer), rejected ones and labels the project does not have. The same
        span from two recommenders is suggested once, by the higher score. The text
        is tokenized once for all three recommenders."""
        real = [s if isinstance(s, tuple) else (s.start, s.end, s.label) for s in spans]
        taken = set(real)
        out: list[Suggestion] = []
        tokenized = Tokenized.of(text)
        use_hits = GAZETTEER in recommenders or self.tagger is not None
        hits = self.gazetteer.suggest(text, tokenized.tokens) if use_hits else []
        if GAZETTEER in recommenders:
            out += hits
        if TAGGER in recommenders and self.tagger is not None:
            out += self.tagger.suggest(text, hits, tokenized)
        if QUOTES in recommenders:
            entities = real + [s.key for s in out]
            out += self.quotes.suggest(text, entities, clusters=clusters, tokenized=tokenized)
        best: dict[tuple[int, int, str], Suggestion] = {}
        for s in out:
            if s.label not in self.labels or s.key in taken:
                continue
            if (text[s.start : s.end], s.label) in self.rejected:
                continue
            if s.key not in best or s.score > best[s.key].score:
                best[s.key] = s
        return sorted(best.values(), key=lambda s: (s.start, -s.end, s.label))


def load_suggester(ws: Workspace, project: Project, source: str | None = None) -> Suggester:
    """The project's suggester: gazetteer from its labels, the newest trained tagger."""
    gazetteer = load_gazetteer(ws, project, source)
    tagger, metrics, gold_spans = None, {}, 0
    with ws.db.reading() as s:
        model = SuggestionStore(s).latest_model(project.id, TAGGER)
    if model is not None:
        gold_spans = int(model.meta.get("gold_spans", 0))
        tagger = TrainedTagger(
            model.blob,
            Gazetteer.from_dict(model.meta.get("gazetteer", {})),
            list(model.meta.get("labels", [])),
            model.meta.get("metrics", {}),
        )
        metrics = tagger.metrics
    labels = {label.name: label.kind for label in project.schema.labels}
    return Suggester(labels, gazetteer, tagger, tagger_metrics=metrics, gold_spans=gold_spans)


# Training -------------------------------------------------------------------------


@dataclass(frozen=True)
class TrainReport:
    model_id: int
    source: str
    metrics: dict[str, Any]
    gold_spans: int

    def table(self) -> str:
        m = self.metrics
        return format_table(
            m["table"],
            f"tagger v{m['version']} trained on {m['train_documents']} {self.source} documents,"
            f" scored on {m['holdout_documents']} held-out documents",
        )


# Set for the training process the window starts: it lowers its own priority, so the
# window's process (and its event loop) gets the CPU first on a busy 2-core laptop.
BACKGROUND_ENV = "ANNOTATOR_BACKGROUND"


def lower_priority() -> None:
    """Run this process at a lower CPU priority (POSIX nice 10; nothing elsewhere)."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(10)


def app_command() -> list[str]:
    """How to start this program again: the frozen executable, or ``python -m annotator``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "annotator"]


def train_in_subprocess(
    url: str,
    project: str,
    *,
    source: str | None = None,
    holdout: float = 0.2,
    seed: int = 0,
) -> TrainReport:
    """Train as :func:`train` does, in a separate process (``annotator suggest train
    --json``): reading the examples, training and storing the model all happen there,
    so the calling process (the window) keeps its interpreter to itself. The database
    is handed over in ``ANNOTATOR_DB``, never on the command line (passwords); nothing
    is opened here, so a waiting thread holds no lock the window needs."""
    args = [*app_command(), "suggest", "train", "--project", project, "--json"]
    args += ["--holdout", str(holdout), "--seed", str(seed)]
    if source is not None:
        args += ["--from", source]
    env = {**os.environ, "ANNOTATOR_DB": url, BACKGROUND_ENV: "1"}
    done = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        reason = lines[-1] if lines else f"exit status {done.returncode}"
        raise ServiceError(
            Message("training failed: {reason}", reason=reason.removeprefix("annotator: "))
        )
    result = json.loads(done.stdout)
    metrics = {
        k: result[k]
        for k in ("table", "train_documents", "holdout_documents", "holdout", "seed", "version")
    }
    return TrainReport(result["model_id"], result["from"], metrics, result["gold_spans"])


def train(
    ws: Workspace,
    project: Project,
    *,
    source: str | None = None,
    holdout: float = 0.2,
    seed: int = 0,
) -> TrainReport:
    """Train the tagger on the project's labels (outside a frozen hold-out), score it on
    the hold-out and store it with its scores, in this process (the window calls
    :func:`train_in_subprocess`)."""
    ws.check_writable()
    if not 0.0 <= holdout < 1.0:
        raise ServiceError("--holdout must be at least 0 and below 1")
    examples, used = training_examples(ws, project, source)
    if len(examples) < 2:
        raise ServiceError(
            Message(
                "project {project!r} has {count} labeled documents in its {layer} layer; "
                "at least 2 are needed to train and score the tagger",
                project=project.name,
                count=len(examples),
                layer=used,
            )
        )
    labels = sorted({lab for e in examples for *_, lab in e.spans} & set(entity_labels(project)))
    if not labels:
        raise ServiceError(
            Message(
                "the {layer} layer of {project!r} has no entity spans to learn",
                layer=used,
                project=project.name,
            )
        )
    model = train_and_score(examples, labels, holdout=holdout, seed=seed)
    blob, gazetteer, metrics = model.model, model.gazetteer.to_dict(), model.metrics
    gold = gold_span_count(ws, project)
    meta = {"gazetteer": gazetteer, "labels": labels, "metrics": metrics, "gold_spans": gold}
    with ws.db.writing() as s:
        model_id = SuggestionStore(s).save_model(
            project.id, TAGGER, TAGGER_VERSION, used, blob, meta
        )
    return TrainReport(model_id, used, metrics, gold)


# Applying, accepting, rejecting ---------------------------------------------------------


def _recommenders(name: str) -> tuple[str, ...]:
    if name == ALL:
        return RECOMMENDERS
    if name not in RECOMMENDERS:
        raise ServiceError(f"--recommender must be one of {', '.join((*RECOMMENDERS, ALL))}")
    return (name,)


def _stored(suggestion: Suggestion, text: str, label_id: int, version: int) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if suggestion.speaker:
        extra["speaker"] = list(suggestion.speaker)
    if suggestion.cue:
        extra["cue"] = list(suggestion.cue)
    if suggestion.attrs:
        extra["attrs"] = dict(suggestion.attrs)
    return {
        "label_id": label_id,
        "start": suggestion.start,
        "end": suggestion.end,
        "score": suggestion.score,
        "recommender": suggestion.recommender,
        "version": version,
        "text": text[suggestion.start : suggestion.end],
        "extra": extra,
    }


def apply(
    ws: Workspace,
    project: Project,
    *,
    document_ids: Sequence[int] | None = None,
    recommender: str = ALL,
    annotator: str | None = None,
) -> dict[str, int]:
    """Store suggestions for the documents (all of the project by default), replacing
    the open ones of the same recommenders; returns how many per recommender.

    Spans already in ``annotator``'s layer (or, without one, in any layer of the
    document) are not suggested again.
    """
    ws.check_writable()
    names = _recommenders(recommender)
    suggester = load_suggester(ws, project)
    if TAGGER in names and suggester.tagger is None and recommender != ALL:
        raise ServiceError("the tagger is not trained yet; run 'annotator suggest train' first")
    versions = {GAZETTEER: 1, TAGGER: TAGGER_VERSION, QUOTES: 1}
    counts = dict.fromkeys(names, 0)
    with ws.db.reading() as s:
        repo = Repository(s)
        ids: list[int] = (
            SuggestionStore(s).document_ids(project.id)
            if document_ids is None
            else [int(d) for d in document_ids]
        )
        label_ids = repo.label_ids(project.id)
        aid = repo.annotator_id(annotator, create=False) if annotator else None
    for k in range(0, len(ids), 100):
        chunk = ids[k : k + 100]
        with ws.db.writing() as s:
            repo, store = Repository(s), SuggestionStore(s)
            spans: dict[int, list[Span]] = {}
            for span in repo.spans(chunk, aid):
                spans.setdefault(span.document_id, []).append(span)
            for doc_id in chunk:
                doc = repo.document(doc_id)
                if doc.project_id != project.id:
                    raise ServiceError(f"document {doc_id} is not in project {project.name!r}")
                found = suggester.suggest(doc.text, spans.get(doc_id, ()), names)
                items = [
                    _stored(x, doc.text, label_ids[x.label], versions[x.recommender]) for x in found
                ]
                store.replace(doc_id, names, items)
                for x in found:
                    counts[x.recommender] += 1
    return counts


def stored_suggestions(ws: Workspace, document_id: int) -> list[StoredSuggestion]:
    """The open stored suggestions of a document (``suggest apply``, imports)."""
    with ws.db.reading() as s:
        return SuggestionStore(s).suggestions([document_id])


def as_suggestion(stored: StoredSuggestion) -> Suggestion:
    extra = stored.extra
    speaker = tuple(extra["speaker"]) if extra.get("speaker") else None
    cue = tuple(extra["cue"]) if extra.get("cue") else None
    return Suggestion(
        stored.start,
        stored.end,
        stored.label,
        stored.score,
        stored.recommender,
        speaker,
        cue,
        dict(extra.get("attrs") or {}),
    )


def accept(ws: Workspace, document: Document, annotator: str, suggestion: Suggestion) -> Changes:
    """The suggestion becomes a real span of ``annotator``, with its recommender as
    ``source``. Attributes the label does not have are left out."""
    project = ws.project(document.project_id)
    label = project.schema.label(suggestion.label)
    if label is None:
        raise ServiceError(
            Message(
                "project {project!r} has no label {label!r}",
                project=project.name,
                label=suggestion.label,
            )
        )
    attrs = {k: v for k, v in suggestion.attrs.items() if label.attribute(k) is not None}
    return ws.create_span(
        document.id,
        annotator,
        suggestion.label,
        suggestion.start,
        suggestion.end,
        attrs,
        source=suggestion.recommender,
    )


def reject(
    ws: Workspace, document: Document, annotator: str, suggestion: Suggestion, *, undo: bool = False
) -> None:
    """Remember that ``annotator`` turned the suggestion down: its text and label are not
    suggested again in the project (``undo`` forgets it again)."""
    ws.check_writable()
    with ws.db.writing() as s:
        label_id = Repository(s).label_ids(document.project_id)[suggestion.label]
        store = SuggestionStore(s)
        if undo:
            store.unreject(document.id, label_id, suggestion.start, suggestion.end)
        else:
            store.reject(
                document.id,
                label_id,
                suggestion.start,
                suggestion.end,
                document.text[suggestion.start : suggestion.end],
                suggestion.recommender,
                annotator,
            )


# Evaluation -------------------------------------------------------------------------


def evaluate(ws: Workspace, project: Project) -> dict[str, Any]:
    """Precision, recall and F1 per label and overall of each recommender on the tagger's
    frozen hold-out documents, against the layer it was trained from (exact spans).

    The gazetteer is learned from the training side only, so no recommender is scored
    on a document it learned from.
    """
    with ws.db.reading() as s:
        model = SuggestionStore(s).latest_model(project.id, TAGGER)
    if model is None:
        raise ServiceError("no trained model yet; run 'annotator suggest train' first")
    examples, used = training_examples(ws, project, model.trained_on)
    held = set(model.meta.get("metrics", {}).get("holdout_keys", []))
    test = [e for e in examples if e.key in held]
    train_side = [e for e in examples if e.key not in held]
    labels = list(model.meta.get("labels", []))
    gazetteer = Gazetteer()
    gazetteer.learn(train_side, labels)
    tagger = TrainedTagger(model.blob, Gazetteer.from_dict(model.meta.get("gazetteer", {})), labels)
    quotes = QuoteFinder()
    pairs: dict[str, list[Any]] = {GAZETTEER: [], TAGGER: [], QUOTES: [], ALL: []}
    quote_labels = [q for q in QUOTE_LABELS if project.schema.label(q) is not None]
    for e in test:
        # The tagger gives one label per token, so it is scored on the outermost
        # entities; the gazetteer also finds nested ones (the GPE inside an ORG).
        outermost = entity_spans(e.spans, labels)
        gold_entities = [sp for sp in e.spans if sp[2] in labels]
        gold_quotes = [sp for sp in e.spans if sp[2] in quote_labels]
        hits = gazetteer.suggest(e.text)
        tagged = tagger.suggest(e.text)
        found = quotes.suggest(e.text, [h.key for h in hits] + [t.key for t in tagged])
        pairs[GAZETTEER].append((gold_entities, [h.key for h in hits]))
        pairs[TAGGER].append((outermost, [t.key for t in tagged]))
        pairs[QUOTES].append((gold_quotes, [q.key for q in found]))
        everything = {h.key for h in hits} | {t.key for t in tagged} | {q.key for q in found}
        pairs[ALL].append((gold_entities + gold_quotes, everything))
    return {
        "project": project.name,
        "trained_on": used,
        "model_id": model.id,
        "holdout_documents": len(test),
        "recommenders": {
            GAZETTEER: score_table(pairs[GAZETTEER], labels),
            TAGGER: score_table(pairs[TAGGER], labels),
            QUOTES: score_table(pairs[QUOTES], quote_labels),
            ALL: score_table(pairs[ALL], [*labels, *quote_labels]),
        },
    }


# Export and import ----------------------------------------------------------------------


def export_suggestions(ws: Workspace, project: Project, out: IO[str]) -> tuple[int, int]:
    """Write the open suggestions as a separate layer, one JSONL line per document:
    ``{"id", "text", "text_sha256", "offset_unit", "layer": "suggestions", "spans":
    [{"start", "end", "label", "text", "source", "score", "version", ...}]}``.
    Returns (documents, suggestions)."""
    docs = n = 0
    with ws.db.reading() as s:
        repo, store = Repository(s), SuggestionStore(s)
        for doc_id in store.documents_with_suggestions(project.id):
            doc = repo.document(doc_id)
            spans = []
            for x in store.suggestions([doc_id]):
                item: dict[str, Any] = {
                    "start": x.start,
                    "end": x.end,
                    "label": x.label,
                    "text": doc.text[x.start : x.end],
                    "source": x.recommender,
                    "score": x.score,
                    "version": x.version,
                }
                item.update({k: v for k, v in x.extra.items() if k in ("speaker", "cue", "attrs")})
                spans.append(item)
            line = {
                "id": doc.external_id,
                "text": doc.text,
                "text_sha256": doc.text_sha256,
                "offset_unit": "codepoint",
                "layer": "suggestions",
                "spans": spans,
            }
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            docs += 1
            n += len(spans)
    return docs, n


@dataclass
class SuggestionImport:
    documents_added: int = 0
    documents_matched: int = 0
    suggestions: int = 0


def import_suggestions(
    ws: Workspace,
    records: Iterable[tuple[Any, list[float | None]]],
    *,
    project: str,
    recommender: str,
    on_progress: Callable[[int], None] | None = None,
) -> SuggestionImport:
    """Store another tool's predictions as suggestions (``import --as-suggestions``).

    ``records`` are (DocumentRecord, score per span). Documents are found by their
    text (or added, without any layer); no annotator's layer is touched. Every record
    is checked before anything is written, so a bad one leaves the database as it was.
    """
    from dataclasses import replace

    from annotator.model import default_schema
    from annotator.service.importing import prepare_record
    from annotator.text import text_sha256

    ws.check_writable()
    report = SuggestionImport()
    with ws.db.writing() as s:
        lock_imports(s)  # PostgreSQL: as an import (same project, same document ids)
        repo, store = Repository(s), SuggestionStore(s)
        proj = repo.project_by_name(project) or repo.create_project(project, default_schema())
        checked = [
            (prepare_record(replace(record, relations=()), proj.schema, False), scores)
            for record, scores in records
        ]
        by_sha = repo.document_ids_by_sha(proj.id)
        taken = repo.external_ids(proj.id)
        label_ids = repo.label_ids(proj.id)
        for n, (record, scores) in enumerate(checked, 1):
            sha = text_sha256(record.text)
            doc_id = by_sha.get(sha)
            if doc_id is None:
                ext = record.external_id or f"doc-{sha[:12]}"
                while ext in taken:
                    ext = f"{ext}-{n}"
                taken.add(ext)
                doc_id = repo.add_document(
                    proj.id, ext, record.text, sha, record.title or ext, record.source, record.meta
                )
                by_sha[sha] = doc_id
                report.documents_added += 1
            else:
                report.documents_matched += 1
            items = [
                {
                    "label_id": label_ids[span.label],
                    "start": span.start,
                    "end": span.end,
                    "score": 1.0 if score is None else score,
                    "recommender": recommender,
                    "version": 1,
                    "text": record.text[span.start : span.end],
                    "extra": {"attrs": dict(span.attrs)} if span.attrs else {},
                }
                for span, score in zip(record.spans, scores, strict=True)
            ]
            store.replace(doc_id, [recommender], items)
            report.suggestions += len(items)
            if on_progress:
                on_progress(n)
    return report
