"""Keyboard labeling: what each text action does to the open document.

Every edit goes through :class:`DocumentSession` (hence the service) and, when it
succeeded, is pushed on the document's undo stack. The window's change broadcast then
selects the span an edit made or changed, once (``MainWindow._select_after``).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect
from PySide6.QtGui import QColor, QUndoCommand
from PySide6.QtWidgets import QMessageBox

from annotator.gui import undo
from annotator.gui.i18n import number
from annotator.gui.link_candidates import (
    Candidate,
    SentenceFinder,
    ordered_candidates,
    text_order_step,
)
from annotator.gui.session import DocumentSession
from annotator.gui.text_view import TextView
from annotator.model import Status
from annotator.model.schema import Trim
from annotator.text.edges import Unit, grow_end, grow_start, shrink_end, shrink_start

if TYPE_CHECKING:
    from annotator.gui.link_picker import LinkPicker

READ_ONLY = QT_TRANSLATE_NOOP(
    "Labeler", "The database is read-only: labels, links, attributes and status cannot change"
)


@dataclass
class Pick:
    """Choosing the target of a relation: ``rel_type`` from span ``source``."""

    rel_type: str
    source: int
    targets: tuple[str, ...]
    current: int | None = None
    candidates: list[Candidate] = field(default_factory=list)
    # What Enter does with (source, target) instead of linking ``rel_type`` ("same as").
    on_confirm: Callable[[int, int], None] | None = None


class Labeler:
    """Turns label keys, Tab, Delete, s/l... into service edits and undo commands."""

    def __init__(
        self,
        session: DocumentSession,
        view: TextView,
        push: Callable[[QUndoCommand], None],
        select: Callable[[int | None], None],
        notify: Callable[[str], None],
    ) -> None:
        self.session = session
        self.view = view
        self._push_out = push
        self._collecting: list[Any] | None = None  # steps of a batch
        self._select = select
        self._notify = notify
        self.pick: Pick | None = None
        self.picker: LinkPicker | None = None  # the "link to…" popup, when the window has one
        self._sentences: SentenceFinder | None = None
        self.read_only = False  # then every edit explains instead of failing

    def _push(self, command: QUndoCommand) -> None:
        if self._collecting is not None:
            self._collecting.append(command)
        else:
            self._push_out(command)

    def _refused(self) -> bool:
        if self.read_only:
            self._notify(QCoreApplication.translate("Labeler", str(READ_ONLY)))
        return self.read_only

    # Labels ---------------------------------------------------------------

    def label(self, name: str) -> None:
        """Label the selection, or relabel the selected span when nothing is selected."""
        if self._refused():
            return
        if self.pick is not None:
            self.cancel()
        start, end = self.view.selected_range()
        if start != end:
            schema = self.session.schema
            label_def = schema.label(name) if schema else None
            keep = label_def is not None and label_def.trim_rule is Trim.WHITESPACE
            start, end = self.view.snapped_selection(punctuation=not keep)
            if start >= end:
                self._notify(
                    QCoreApplication.translate(
                        "Labeler",
                        "Nothing to label: the selection holds only spaces or punctuation",
                    )
                )
                return
            span = self.session.create_span(name, start, end)  # the window selects it
            if span is not None:
                self._push(undo.CreateSpan(self.session, span))
            return
        before = self.session.span(self.view.selected_span)
        if before is None:
            self._notify(
                QCoreApplication.translate(
                    "Labeler", "Select some text first (drag, double-click or Shift+arrows)"
                )
            )
            return
        if before.label == name:
            return
        after = self.session.update_span(before.id, label=name)
        if after is not None:
            self._push(
                undo.UpdateSpan(
                    self.session,
                    before,
                    after,
                    QCoreApplication.translate("Labeler", "relabel {label} → {name}").format(
                        label=before.label, name=name
                    ),
                )
            )

    def delete(self, span_id: int | None = None) -> None:
        if self._refused():
            return
        if self.pick is not None:
            self.cancel()
            return
        span = self.session.span(span_id if span_id is not None else self.view.selected_span)
        if span is None:
            self._notify(QCoreApplication.translate("Labeler", "No span selected"))
            return
        key = self.session.key_of(span.id)
        links = [
            (r.type, self.session.key_of(r.from_span), self.session.key_of(r.to_span))
            for r in self.session.relations_of(span.id)
        ]
        changes = self.session.delete_span(span.id)
        if changes is not None:
            self._push(undo.DeleteSpan(self.session, span, key, links, changes.referents_before))

    def edit_attrs(self, span_id: int, attrs: dict[str, Any]) -> None:
        if self._refused():
            return
        before = self.session.span(span_id)
        if before is None:
            return
        after = self.session.update_span(before.id, attrs=attrs)
        if after is not None:
            self._push(
                undo.UpdateSpan(
                    self.session,
                    before,
                    after,
                    QCoreApplication.translate("Labeler", "edit attributes"),
                )
            )

    def resize(self, edge: str, step: int, unit: Unit = Unit.WORD) -> None:
        """Move the selected span's ``edge`` ("start" or "end") outwards (``step`` 1) or
        inwards (-1) by one ``unit``; a punctuation mark is a word step of its own."""
        if self._refused():
            return
        span = self.session.span(self.view.selected_span)
        if span is None:
            self._notify(
                QCoreApplication.translate(
                    "Labeler", "Select a span first (click it or Tab to it), then resize it"
                )
            )
            return
        clusters = self.session.clusters
        assert clusters is not None
        start, end = span.start, span.end
        if edge == "end":
            moved = (
                grow_end(clusters, end, unit)
                if step > 0
                else shrink_end(clusters, start, end, unit)
            )
            end = moved if moved is not None else end
        else:
            moved = (
                grow_start(clusters, start, unit)
                if step > 0
                else shrink_start(clusters, start, end, unit)
            )
            start = moved if moved is not None else start
        if moved is None:
            self._notify(
                QCoreApplication.translate(
                    "Labeler", "The span is as small as it can be; Delete removes it"
                )
                if step < 0
                else QCoreApplication.translate(
                    "Labeler", "Nothing more to add at the end of the text"
                )
                if edge == "end"
                else QCoreApplication.translate(
                    "Labeler", "Nothing more to add at the start of the text"
                )
            )
            return
        self.set_edges(
            span.id,
            start,
            end,
            QCoreApplication.translate("Labeler", "grow span")
            if step > 0
            else QCoreApplication.translate("Labeler", "shrink span"),
        )

    def set_edges(self, span_id: int, start: int, end: int, text: str = "") -> None:
        """Give a span new edges (keys or a dragged handle), as one undo step."""
        text = text or QCoreApplication.translate("Labeler", "resize span")
        if self._refused():
            return
        span = self.session.span(span_id)
        if span is None or (span.start, span.end) == (start, end) or start >= end:
            return
        after = self.session.update_span(span.id, start=start, end=end)
        if after is not None:
            self._push(undo.UpdateSpan(self.session, span, after, text))
            self._notify(f"{text.capitalize()}: {after.label} {self.session.text[start:end]}")

    # Moving ---------------------------------------------------------------

    def step(self, direction: int) -> None:
        """Tab / Shift+Tab: the next span in text order (or relation candidate)."""
        index = self.view.index
        if index is None:
            return
        if self.pick is not None:  # the pick's candidates, in text order
            candidates = self.pick.candidates
            ids = [int(c.span.id) for c in candidates]
            current = ids.index(self.pick.current) if self.pick.current in ids else None
            row = text_order_step(candidates, current, direction)
            if row >= 0:
                self.show_candidate(ids[row])
                if self.picker is not None:
                    self.picker.set_current_span(ids[row])
            return
        target = index.neighbour(self.view.selected_span, self.view.cursor_offset(), direction)
        if target is not None:
            self._select(target.id)

    # Relations ------------------------------------------------------------

    def start_relation(self, rel_type: str) -> None:
        if self._refused():
            return
        schema = self.session.schema
        rel = schema.relation_type(rel_type) if schema else None
        source = self.session.span(self.view.selected_span)
        if rel is None:
            return
        if source is None or source.label not in rel.sources:
            self._notify(
                QCoreApplication.translate(
                    "Labeler", "Select a {value} first, then press {value2} to link its {name}"
                ).format(value=" or ".join(rel.sources), value2=rel.key or rel.name, name=rel.name)
            )
            return
        candidates = ordered_candidates(
            self.session.spans.values(), source, rel.targets, self.session.text, self.sentences()
        )
        if not candidates:
            self._notify(
                QCoreApplication.translate(
                    "Labeler", "No {value} span to link as {rel_type}; label one first"
                ).format(value=" / ".join(rel.targets), rel_type=rel_type)
            )
            return
        quoted = self.session.text[source.start : source.end]
        if len(quoted) > 60:
            quoted = quoted[:57] + "…"
        self.start_pick(
            Pick(rel_type, source.id, rel.targets, candidates=candidates),
            QCoreApplication.translate(
                "Labeler", "<b>{rel_type}</b> of {label} ‘{value}’: {value2}, nearest first"
            ).format(
                rel_type=rel_type,
                label=source.label,
                value=html.escape(quoted),
                value2=" / ".join(rel.targets),
            ),
        )

    def start_pick(self, pick: Pick, title: str) -> None:
        """Open the link picker on ``pick``'s candidates (nearest first, current)."""
        self.pick = pick
        self.view.set_candidates([c.span.id for c in pick.candidates])
        self.show_candidate(pick.candidates[0].span.id)
        if self.picker is not None:
            self.picker.open(pick.candidates, title, self._near(pick.source), self._colors())
        self._notify(
            QCoreApplication.translate(
                "Labeler",
                "Pick the {rel_type}: type to filter, ↑/↓ nearest first, Tab / "
                "Shift+Tab in text order, Enter links, Esc cancels",
            ).format(rel_type=pick.rel_type)
        )

    def read_only_refused(self) -> bool:
        """``True`` (and says why) when the database cannot be written."""
        return self._refused()

    def sentences(self) -> SentenceFinder:
        """Sentences of the open text, computed once per document."""
        text = self.session.text
        if self._sentences is None or self._sentences.text is not text:
            self._sentences = SentenceFinder(text)
        return self._sentences

    def _near(self, span_id: int) -> QRect | None:
        """Where the span is on screen, in the picker's parent's coordinates."""
        if self.picker is None or self.picker.parentWidget() is None:
            return None
        rect = self.view.span_rect(span_id)
        if rect is None:
            return None
        parent = self.picker.parentWidget()
        assert parent is not None
        top_left = self.view.viewport().mapTo(parent, rect.topLeft())
        return QRect(top_left, rect.size())

    def _colors(self) -> dict[str, QColor]:
        schema = self.session.schema
        return {label.name: QColor(label.color) for label in schema.labels} if schema else {}

    def show_candidate(self, span_id: int) -> None:
        """Make ``span_id`` the current candidate of the pick and show it in the text."""
        if self.pick is None:
            return
        self.pick.current = span_id
        self._select(span_id)

    def choose(self, span_id: int) -> None:
        """A click during a pick links to the clicked span if it may be a target."""
        if self.pick is None:
            return
        span = self.session.span(span_id)
        if span is not None and span.label in self.pick.targets:
            self.pick.current = span.id
            self.confirm()

    def confirm(self) -> None:
        pick = self.pick
        if pick is None:
            return
        if pick.current is None:
            self._notify(QCoreApplication.translate("Labeler", "Press Tab to move to a span first"))
            return
        target = pick.current
        self.cancel(quiet=True)
        if pick.on_confirm is not None:
            pick.on_confirm(pick.source, target)
            self._select(pick.source)
            return
        relation = self.session.create_relation(pick.rel_type, pick.source, target)
        if relation is not None:
            self._push(undo.CreateRelation(self.session, relation))
            self._notify(
                QCoreApplication.translate("Labeler", "Linked {rel_type}").format(
                    rel_type=pick.rel_type
                )
            )
        self._select(pick.source)

    def cancel(self, quiet: bool = False) -> None:
        if self.pick is None:
            return
        source = self.pick.source
        self.pick = None
        if self.picker is not None and self.picker.isVisible():
            self.picker.close_quietly()
            self.view.setFocus()
        self.view.set_candidates(())
        self._select(source)
        if not quiet:
            self._notify(QCoreApplication.translate("Labeler", "Link cancelled"))

    def unlink(self, relation_id: int) -> None:
        if self._refused():
            return
        relation = self.session.relations.get(relation_id)
        if relation is None:
            return
        if self.session.delete_relation(relation_id) is not None:
            self._push(undo.DeleteRelation(self.session, relation))

    def label_all(
        self,
        label: str,
        matches: list[tuple[int, int]],
        confirm: Callable[[int, int], QMessageBox.StandardButton],
    ) -> int:
        """Label find matches one by one, each exactly as found (no re-snapping);
        ``confirm`` answers Yes, No, Yes to all or Cancel. The spans made are one undo
        step."""
        if self._refused():
            return 0
        existing = {(s.label, s.start, s.end) for s in self.session.spans.values()}
        steps: list[Any] = []
        self._collecting = steps
        ask = True
        try:
            for start, end in matches:
                self.view.select_range(start, end)  # show the match before asking
                answer = confirm(start, end) if ask else QMessageBox.StandardButton.Yes
                if answer == QMessageBox.StandardButton.Cancel:
                    break
                if answer == QMessageBox.StandardButton.YesToAll:
                    ask = False
                yes = (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.YesToAll)
                if answer not in yes or (label, start, end) in existing:
                    continue
                span = self.session.create_span(label, start, end)
                if span is not None:
                    self._push(undo.CreateSpan(self.session, span))
        finally:
            self._collecting = None
        if steps:
            first = steps[0].text()
            name = (
                first
                if len(steps) == 1
                else QCoreApplication.translate("Labeler", "label all: {count} × {first}").format(
                    count=number(len(steps)), first=first
                )
            )
            self._push(undo.Batch(self.session, name, steps))
            self._select(steps[-1].span.id if self.session.span(steps[-1].span.id) else None)
        return len(steps)

    # Status ---------------------------------------------------------------

    def set_status(self, status: Status) -> bool:
        if self._refused():
            return False
        before = self.session.status
        if before is status:
            return True
        if self.session.set_status(status) is None:
            return False
        self._push(undo.SetStatus(self.session, before, status))
        return True
