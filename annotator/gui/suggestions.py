"""Suggestions in the window: ghost spans, their keys, and retraining in the background.

Ghosts are drawn as dashed outlines with no fill after the real spans, so they never
hide one. Tab walks ghosts together with real spans; Alt+A accepts the current ghost
(a real span of the annotator, with the recommender as ``source``), Alt+X rejects it
(remembered for the project), Ctrl+Shift+A accepts every ghost scoring at least the
threshold of the settings as one undo step, and View > Show suggestions hides them.

The project's suggester (gazetteer, trained tagger, quote finder) is loaded and the
suggestions of each document computed on a one-thread pool; the tagger retrains in a
separate process (``annotator suggest train``, waited for on another one-thread pool)
when the gold layer grew by ``retrain_after_spans`` spans, never twice at once, with
progress in the status bar.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QUndoCommand
from PySide6.QtWidgets import QProgressBar
from shiboken6 import isValid

from annotator.gui import undo
from annotator.gui.actions import ActionId
from annotator.gui.error_text import describe
from annotator.gui.first_paint import after_next_paint
from annotator.gui.i18n import digits, number
from annotator.gui.jobs import Job, cut_off
from annotator.model import Span
from annotator.service import Changes
from annotator.service.assignment import GOLD
from annotator.service.suggest.base import Suggestion
from annotator.service.suggestions import (
    Suggester,
    TrainReport,
    as_suggestion,
    gold_span_count,
    load_suggester,
    reject,
    stored_suggestions,
    train_in_subprocess,
)

if TYPE_CHECKING:
    from annotator.gui.context import WindowContext

GHOST = QColor("#505050")
RETRAIN_CHECK_MS = 2000


def ghost_text(suggestion: Suggestion, text: str) -> str:
    """ "PER কিম (gazetteer 0.92)": how the status bar names a ghost."""
    shown = text[suggestion.start : suggestion.end].replace("\n", " ")
    if len(shown) > 40:
        shown = shown[:39] + "…"
    return (
        f"{suggestion.label} {shown} ({suggestion.recommender} {digits(f'{suggestion.score:.2f}')})"
    )


class RejectSuggestion(QUndoCommand):
    """A rejection, undoable like an edit (the rejection is forgotten again)."""

    def __init__(self, controller: SuggestionsController, suggestion: Suggestion, text: str):
        super().__init__(
            QCoreApplication.translate("SuggestionsController", "reject suggestion {span}").format(
                span=text
            )
        )
        self.controller = controller
        self.suggestion = suggestion
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self.controller.reject_quietly(self.suggestion, undo=False)

    def undo(self) -> None:
        self.controller.reject_quietly(self.suggestion, undo=True)


class SuggestionsController(QObject):
    """Ghost spans of the open document and the keys that act on them."""

    ghosts_changed = Signal()
    trained = Signal(object)  # TrainReport

    def __init__(self, window: WindowContext) -> None:
        super().__init__(window)
        self.w = window
        self.view = window.text_view
        self.session = window.session
        self.url = window.ws.url
        self.suggester: Suggester | None = None
        self.project_id: int | None = None
        self.raw: list[Suggestion] = []  # computed and stored suggestions of the document
        self.ghosts: list[Suggestion] = []  # those shown: no real span, not rejected
        self._raw_keys: set[tuple[int, int, str]] = set()  # extents and labels of raw
        self._starts: list[int] = []  # ghost starts (text order), to find those on screen
        self._longest = 0  # the longest ghost, in code points
        self.current: Suggestion | None = None
        self.visible = window.settings.show_suggestions
        self.training = False
        self.last_report: TrainReport | None = None
        self._generation = 0
        self._closed = False
        self._jobs: set[Job] = set()  # held until they report: their signals must live
        self._load_waiting = False  # a suggester is loaded after the text view's paint
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._train_pool = QThreadPool(self)
        self._train_pool.setMaxThreadCount(1)
        self._retrain_timer = QTimer(self)
        self._retrain_timer.setSingleShot(True)
        self._retrain_timer.setInterval(RETRAIN_CHECK_MS)
        self._retrain_timer.timeout.connect(self.check_retrain)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # an indeterminate bar while training runs
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        window.statusBar().addPermanentWidget(self.busy)
        self.view.overlays.append(self.paint)

    def connect_signals(self) -> None:
        a = self.w.acts
        a[ActionId.ACCEPT_SUGGESTION].triggered.connect(self.accept_current)
        a[ActionId.REJECT_SUGGESTION].triggered.connect(self.reject_current)
        a[ActionId.ACCEPT_ALL_SUGGESTIONS].triggered.connect(self.accept_all)
        a[ActionId.SHOW_SUGGESTIONS].setChecked(self.visible)
        a[ActionId.SHOW_SUGGESTIONS].toggled.connect(self.set_visible)
        a[ActionId.TRAIN_SUGGESTIONS].triggered.connect(lambda: self.start_training(manual=True))
        self.session.loaded.connect(self.document_loaded)

    # Loading ------------------------------------------------------------------------

    def document_loaded(self) -> None:
        doc = self.session.document
        self.raw, self.ghosts, self.current = [], [], None
        self._raw_keys, self._starts, self._longest = set(), [], 0
        self.view.viewport().update()
        if doc is None:
            return
        if int(doc.project_id) != self.project_id or self.suggester is None:
            self.project_id = int(doc.project_id)
            self.suggester = None
            if not self._load_waiting:
                # The document's paint comes first: on 2 cores the loading thread (a
                # workspace of its own, the suggester) takes the GIL from it.
                self._load_waiting = True
                after_next_paint(self.view.viewport(), self._load_after_paint)
        else:
            self._compute()
        self._retrain_timer.start()

    def _load_after_paint(self) -> None:
        self._load_waiting = False
        if self.project_id is not None and self.suggester is None and not self._closed:
            self._load_suggester()

    def _load_suggester(self) -> None:
        project_id, url = self.project_id, self.url
        assert project_id is not None

        def work(job: Job) -> Suggester:
            from annotator.service import Workspace

            with Workspace(url, read_only=True) as ws:
                return load_suggester(ws, ws.project(project_id))

        job = Job(work)
        job.signals.finished.connect(lambda s, p=project_id: self._suggester_loaded(p, s))
        job.signals.failed.connect(
            lambda msg: self.w.notify(
                QCoreApplication.translate(
                    "SuggestionsController", "Suggestions unavailable: {msg}"
                ).format(msg=msg)
            )
        )
        self._start(self._pool, job)

    def _start(self, pool: QThreadPool, job: Job) -> None:
        self._jobs.add(job)
        job.signals.finished.connect(lambda _result, j=job: self._jobs.discard(j))
        job.signals.failed.connect(lambda _msg, j=job: self._jobs.discard(j))
        pool.start(job)

    def _gone(self) -> bool:
        """The window closed (or its view was deleted): late results are dropped."""
        return self._closed or not isValid(self.view)

    def _suggester_loaded(self, project_id: int, suggester: Suggester) -> None:
        if project_id != self.project_id or self._gone():
            return
        self.suggester = suggester
        self._compute()

    def _compute(self) -> None:
        """Suggestions of the open document: computed on the pool, stored ones read here."""
        doc, suggester = self.session.document, self.suggester
        if doc is None or suggester is None:
            return
        self._generation += 1
        generation, text = self._generation, doc.text
        try:
            stored = [as_suggestion(s) for s in stored_suggestions(self.w.ws, int(doc.id))]
        except Exception as exc:
            self.w.notify(
                QCoreApplication.translate(
                    "SuggestionsController", "Stored suggestions unreadable: {exc}"
                ).format(exc=describe(exc))
            )
            stored = []
        job = Job(lambda _job: suggester.suggest(text))
        job.signals.finished.connect(
            lambda found, g=generation: self._computed(g, [*found, *stored])
        )
        job.signals.failed.connect(
            lambda msg: self.w.notify(
                QCoreApplication.translate(
                    "SuggestionsController", "Suggestions failed: {msg}"
                ).format(msg=msg)
            )
        )
        self._start(self._pool, job)

    def _computed(self, generation: int, found: list[Suggestion]) -> None:
        if generation != self._generation or self._gone():
            return  # another document (or model) since
        best: dict[tuple[int, int, str], Suggestion] = {}
        for s in found:
            if s.key not in best or s.score > best[s.key].score:
                best[s.key] = s
        self.raw = sorted(best.values(), key=lambda s: (s.start, -s.end, s.label))
        self._refilter()

    def _refilter(self) -> None:
        """Hide ghosts equal to a real span of the layer (accepted ones) or rejected;
        repaint only the ghosts that appeared or went."""
        real = {(s.start, s.end, s.label) for s in self.session.spans.values()}
        rejected = self.suggester.rejected if self.suggester else set()
        text = self.session.text
        before = {g.key for g in self.ghosts}
        self.ghosts = [
            s
            for s in self.raw
            if s.key not in real and (text[s.start : s.end], s.label) not in rejected
        ]
        self._raw_keys = {s.key for s in self.raw}
        self._starts = [g.start for g in self.ghosts]
        self._longest = max((g.end - g.start for g in self.ghosts), default=0)
        if self.current is not None and self.current not in self.ghosts:
            self.current = None
        after = {g.key for g in self.ghosts}
        if self.visible:
            self.view.update_ranges((a, b) for a, b, _label in before ^ after)
        self.ghosts_changed.emit()

    def on_changes(self, changes: Changes, _source: object = None) -> None:
        """The change broadcast: an edit of the open layer (by anyone) shows or hides a
        ghost only if it touched a span with a suggestion's extent and label; others
        (nearly every edit) leave the ghosts and the screen alone. Gold edits also
        count towards retraining."""
        touched = [*changes.spans_added, *changes.spans_removed]
        touched += [span for pair in changes.spans_updated for span in pair]
        if any((s.start, s.end, s.label) in self._raw_keys for s in touched):
            self._refilter()
        if self.session.annotator == GOLD:
            self._retrain_timer.start()

    # Painting -----------------------------------------------------------------------

    def paint(self, painter: QPainter, exposed: QRectF) -> None:
        """Dashed outlines of the ghosts in the repainted area: square and without
        antialiasing (a repaint after each edit must stay cheap), thicker for the
        current one."""
        if not self.visible or not self.ghosts:
            return
        lo, hi = self.view.visible_offsets()
        first = bisect_left(self._starts, lo - self._longest)
        last = bisect_left(self._starts, hi)
        schema = self.session.schema
        colors = {label.name: label.color for label in schema.labels} if schema else {}
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for ghost in self.ghosts[first:last]:
            if ghost.end <= lo:
                continue
            rects = [
                r.adjusted(-2, -1, 2, 1)
                for r in self.view.range_rects(ghost.start, ghost.end)
                if r.intersects(exposed)
            ]
            if not rects:
                continue
            color = QColor(colors[ghost.label]).darker(170) if ghost.label in colors else GHOST
            painter.setPen(QPen(color, 2 if ghost is self.current else 1, Qt.PenStyle.DashLine))
            for rect in rects:
                painter.drawRect(rect.toRect())

    def set_visible(self, visible: bool) -> None:
        self.visible = visible
        if not visible:
            self.current = None
        self.view.viewport().update()
        self.w._update_settings(show_suggestions=visible)

    # Walking ------------------------------------------------------------------------

    def step(self, direction: int) -> None:
        """Tab / Shift+Tab: the next real span or ghost in text order."""
        if self.w.labeler.pick is not None or not self.visible or not self.ghosts:
            self.current = None
            self.w.labeler.step(direction)
            return
        items: list[tuple[int, int, str, Any]] = [
            (s.start, -s.end, s.label, s) for s in self.session.spans.values()
        ]
        items += [(g.start, -g.end, g.label, g) for g in self.ghosts]
        items.sort(key=lambda item: item[:3])
        here: tuple[int, int, str] | None = None
        if self.current is not None:
            here = (self.current.start, -self.current.end, self.current.label)
        else:
            span = self.session.span(self.view.selected_span)
            if span is not None:
                here = (span.start, -span.end, span.label)
        keys = [item[:3] for item in items]
        if here is not None and here in keys:
            i = keys.index(here) + direction
        else:
            offset = self.view.cursor_offset()
            after = [k for k, item in enumerate(items) if item[0] >= offset]
            i = (
                (after[0] if after else len(items))
                if direction > 0
                else ((after[0] if after else len(items)) - 1)
            )
        target = items[i % len(items)][3]  # wrapping both ways, as the labeler's walk
        if isinstance(target, Span):
            self.current = None
            self.view.viewport().update()
            self.w.select_span(target.id)
        else:
            self.show_ghost(target)

    def show_ghost(self, ghost: Suggestion) -> None:
        self.current = ghost
        self.w.select_span(None)
        self.view.select_range(ghost.start, ghost.start)
        self.view.viewport().update()
        self.w.notify(
            QCoreApplication.translate(
                "SuggestionsController", "Suggestion {span}: Alt+A accepts, Alt+X rejects"
            ).format(span=ghost_text(ghost, self.session.text))
        )

    def _target(self) -> Suggestion | None:
        """The current ghost, else the one under the text cursor."""
        if self.current is not None:
            return self.current
        offset = self.view.cursor_offset()
        under = [g for g in self.ghosts if g.start <= offset < g.end or g.start == offset]
        return max(under, key=lambda g: g.score) if under else None

    # Accepting and rejecting -----------------------------------------------------------

    def _refused(self) -> bool:
        if self.w.ws.read_only or self.session.preview_of is not None:
            self.w.notify(
                QCoreApplication.translate(
                    "SuggestionsController",
                    "Suggestions cannot be accepted here: the layer is read-only",
                )
            )
            return True
        return False

    def _make(self, ghost: Suggestion) -> list[Any]:
        """Create the span (and the speaker link, if that span exists); the undo steps."""
        schema = self.session.schema
        label = schema.label(ghost.label) if schema else None
        attrs = {k: v for k, v in ghost.attrs.items() if label is not None and label.attribute(k)}
        span = self.session.create_span(
            ghost.label, ghost.start, ghost.end, attrs, source=ghost.recommender
        )
        if span is None:
            return []
        steps: list[Any] = [undo.CreateSpan(self.session, span)]
        if ghost.speaker and schema is not None:
            target = next(
                (
                    s
                    for s in self.session.spans.values()
                    if (s.start, s.end) == tuple(ghost.speaker)
                ),
                None,
            )
            rel = next(
                (
                    r
                    for r in schema.relation_types
                    if target is not None and r.allows(ghost.label, target.label)
                ),
                None,
            )
            if target is not None and rel is not None:
                relation = self.session.create_relation(rel.name, span.id, target.id)
                if relation is not None:
                    steps.append(undo.CreateRelation(self.session, relation))
        return steps

    def _ghost_here(self) -> Suggestion | None:
        """The suggestion Alt+A / Alt+X act on, or ``None`` after saying there is none."""
        ghost = self._target() if self.visible else None
        if ghost is None:
            self.w.notify(
                QCoreApplication.translate(
                    "SuggestionsController", "No suggestion here: Tab walks to the next one"
                )
            )
        return ghost

    def accept_current(self) -> None:
        ghost = self._ghost_here()
        if ghost is None:
            return
        if self._refused():
            return
        steps = self._make(ghost)
        if not steps:
            return
        first = steps[0]
        command = first if len(steps) == 1 else undo.Batch(self.session, first.text(), steps)
        self.w._push(command)
        self.current = None
        self.w.select_span(first.span.id, scroll=False)
        self.w.notify(
            QCoreApplication.translate("SuggestionsController", "Accepted {span}").format(
                span=ghost_text(ghost, self.session.text)
            )
        )

    def reject_current(self) -> None:
        ghost = self._ghost_here()
        if ghost is None:
            return
        if self._refused():
            return
        text = self.session.text[ghost.start : ghost.end]
        if not self.reject_quietly(ghost, undo=False):
            return
        self.w._push(RejectSuggestion(self, ghost, f"{ghost.label} {text}"))
        self.w.notify(
            QCoreApplication.translate(
                "SuggestionsController",
                "Rejected {label} {text}: not suggested again in this project",
            ).format(label=ghost.label, text=text)
        )

    def reject_quietly(self, ghost: Suggestion, *, undo: bool) -> bool:
        doc = self.session.document
        if doc is None:
            return False
        try:
            reject(self.w.ws, doc, self.session.annotator, ghost, undo=undo)
        except Exception as exc:
            self.w.show_error(describe(exc))
            return False
        pair = (doc.text[ghost.start : ghost.end], ghost.label)
        if self.suggester is not None:
            if undo:
                self.suggester.rejected.discard(pair)
            else:
                self.suggester.rejected.add(pair)
        self._refilter()
        return True

    def accept_all(self) -> int:
        """Every ghost scoring at least the threshold becomes a span: one undo step.
        Of overlapping ghosts with the same label only the best-scored is taken."""
        if not self.visible or self._refused():
            return 0
        threshold = self.w.settings.suggestion_threshold
        chosen: list[Suggestion] = []
        for ghost in sorted(self.ghosts, key=lambda g: -g.score):
            if ghost.score < threshold:
                break
            if any(
                c.label == ghost.label and c.start < ghost.end and ghost.start < c.end
                for c in chosen
            ):
                continue
            chosen.append(ghost)
        steps: list[Any] = []
        for ghost in sorted(chosen, key=lambda g: (g.start, -g.end)):
            steps += self._make(ghost)
        if steps:
            self.w._push(
                undo.Batch(
                    self.session,
                    QCoreApplication.translate(
                        "SuggestionsController", "accept {n} suggestions"
                    ).format(n=number(len(chosen))),
                    steps,
                )
            )
            self.current = None
        self.w.notify(
            (
                QCoreApplication.translate(
                    "SuggestionsController",
                    "Accepted {n} suggestions scoring {threshold} or more (Ctrl+Z undoes them all)",
                )
                if len(chosen) > 1
                else QCoreApplication.translate(
                    "SuggestionsController", "Accepted {n} suggestions scoring {threshold} or more"
                )
            ).format(n=number(len(chosen)), threshold=digits(f"{threshold:.2f}"))
        )
        return len(chosen)

    # Training -------------------------------------------------------------------------

    def check_retrain(self) -> None:
        """Retrain when the gold layer grew by the threshold since the last model."""
        if self.training or self.project_id is None or self.w.ws.read_only:
            return
        try:
            project = self.w.ws.project(self.project_id)
            gold = gold_span_count(self.w.ws, project)
        except Exception:
            return
        if self.last_report is not None:
            last = self.last_report.gold_spans
        else:
            last = self.suggester.gold_spans if self.suggester is not None else gold
        if gold - last >= self.w.settings.retrain_after_spans:
            self.start_training(manual=False)

    def start_training(self, *, manual: bool) -> bool:
        """Train the tagger off the UI thread, in a separate process; one at a time."""
        if self.training:
            self.w.notify(
                QCoreApplication.translate(
                    "SuggestionsController", "The suggestion model is already training"
                )
            )
            return False
        if self.project_id is None or self.w.ws.read_only:
            return False
        url = self.url
        try:
            name = self.w.ws.project(self.project_id).name
        except Exception as exc:
            self.w.show_error(describe(exc))
            return False
        self.training = True
        self.busy.show()
        self.w.notify(
            QCoreApplication.translate(
                "SuggestionsController", "Training the suggestion model in the background…"
            )
        )

        def work(job: Job) -> TrainReport:
            return train_in_subprocess(url, name)

        job = Job(work)
        job.signals.finished.connect(lambda report: self._trained(report, manual))
        job.signals.failed.connect(lambda msg: self._train_failed(msg, manual))
        self._start(self._train_pool, job)
        return True

    def _trained(self, report: TrainReport, manual: bool) -> None:
        self.training = False
        if self._gone():
            return
        self.busy.hide()
        self.last_report = report
        overall = report.metrics["table"]["overall"]
        self.w.notify(
            QCoreApplication.translate(
                "SuggestionsController",
                "Suggestion model trained on {train} documents: F1 {f1} "
                "(precision {precision}, recall {recall}) on {holdout} held-out",
            ).format(
                train=number(report.metrics["train_documents"]),
                f1=digits(f"{overall['f1']:.2f}"),
                precision=digits(f"{overall['precision']:.2f}"),
                recall=digits(f"{overall['recall']:.2f}"),
                holdout=number(report.metrics["holdout_documents"]),
            )
        )
        if manual:
            from annotator.gui.status_bar import warn

            warn(
                self.w,
                QCoreApplication.translate(
                    "SuggestionsController", "Suggestion model: hold-out scores"
                ),
                report.table(),
            )
        self.suggester = None
        self.trained.emit(report)
        if self.session.document is not None:
            self._load_suggester()

    def _train_failed(self, message: str, manual: bool) -> None:
        self.training = False
        if self._gone():
            return
        self.busy.hide()
        self.w.notify(
            QCoreApplication.translate(
                "SuggestionsController", "Training the suggestion model failed: {message}"
            ).format(message=message)
        )
        if manual:
            self.w.show_error(message)

    def set_workspace(self, url: str) -> None:
        """The window moved to another database (File > Open database): the old one's
        loading, suggesting and training jobs are cut off (``jobs.cut_off``; a training
        process finishes on its own database) and nothing of its model or ghosts stays."""
        cut_off(self._jobs)
        self._jobs = set()
        self.url = url
        self._generation += 1
        self.suggester, self.project_id, self.last_report = None, None, None
        self.raw, self.ghosts, self.current = [], [], None
        self._raw_keys, self._starts, self._longest = set(), [], 0
        self.training = False
        self.busy.hide()
        self._retrain_timer.stop()
        self.view.viewport().update()

    def shutdown(self, timeout_ms: int = 60_000) -> None:
        """Wait for running jobs (before the database closes)."""
        self._closed = True
        self._retrain_timer.stop()
        self._pool.waitForDone(timeout_ms)
        self._train_pool.waitForDone(timeout_ms)

    @property
    def visible_ghosts(self) -> Sequence[Suggestion]:
        return self.ghosts if self.visible else ()
