"""Split quotes and referents in the window: the `+`, `-` and `=` keys and their undo.

- ``+``: with a span selected, select another part of the text and press ``+``: the
  part becomes one more fragment of the span (a quote split around "তিনি বলেন").
- ``-``: removes the selected span's fragment under the cursor or selection.
- ``=``: on a mention (PER, ORG, MENTION), opens the link picker ("same as…", nearest
  first); Enter joins the two mentions into one referent, so a quote whose speaker is
  "তিনি" has a named speaker.

Every edit goes through the service (``Workspace.add_fragment``, ``join_referent``...)
and is one step on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from annotator.gui.editing import Labeler, Pick
from annotator.gui.i18n import QT_TRANSLATE_NOOP, number
from annotator.gui.link_candidates import ordered_candidates
from annotator.gui.session import DocumentSession
from annotator.gui.text_view import TextView
from annotator.gui.undo import _Command, describe, referent_snapshot, restore_referents
from annotator.model import LabelKind, Referent, Span
from annotator.model.attribution import REFERENT_LABELS

SAME_AS = QT_TRANSLATE_NOOP("Undo", "same as")


class SetPieces(_Command):
    """A fragment added or removed: undo gives the span its previous pieces."""

    def __init__(self, session: DocumentSession, before: Span, after: Span, text: str) -> None:
        super().__init__(session, f"{text}: {describe(session, after)}")
        self.before, self.after = before.pieces, after.pieces
        self.key = self.focus_key = session.key_of(after.id)

    def _set(self, pieces: tuple[tuple[int, int], ...]) -> None:
        span_id = self._id(self.key)
        if span_id is not None:
            ws, who = self.session.ws, self.session.annotator
            self.session.edit(lambda: ws.set_fragments(span_id, who, pieces))

    def undo(self) -> None:
        self._set(self.before)

    def do(self) -> None:
        self._set(self.after)


class SetReferents(_Command):
    """A "same as" join, a leave or a rename: undo restores the layer's referents."""

    def __init__(
        self,
        session: DocumentSession,
        before: Sequence[Referent],
        after: Sequence[Referent],
        text: str,
        focus: int | None = None,
    ) -> None:
        super().__init__(session, text)
        self.before = referent_snapshot(session, before)
        self.after = referent_snapshot(session, after)
        self.focus_key = session.key_of(focus) if focus is not None else None

    def undo(self) -> None:
        restore_referents(self, self.before)

    def do(self) -> None:
        restore_referents(self, self.after)


def referent_of(session: DocumentSession, span_id: int | None) -> Referent | None:
    span = session.span(span_id)
    if span is None or span.referent is None:
        return None
    return next((r for r in session.referents if r.id == span.referent), None)


class Attribution:
    """The `+`, `-` and `=` keys and the referents panel's rename."""

    def __init__(
        self,
        session: DocumentSession,
        view: TextView,
        labeler: Labeler,
        push: Callable[[QUndoCommand], None],
        notify: Callable[[str], None],
    ) -> None:
        self.session = session
        self.view = view
        self.labeler = labeler
        self._push = push
        self._notify = notify

    # Fragments ----------------------------------------------------------------

    def add_fragment(self) -> None:
        """`+`: the selected text becomes one more part of the selected span."""
        if self.labeler.read_only_refused():
            return
        span = self.session.span(self.view.selected_span)
        start, end = self.view.selected_range()
        if span is None or start == end:
            self._notify(
                QCoreApplication.translate(
                    "Attribution",
                    "Split span: select the span (click or Tab), then select its "
                    "other part and press +",
                )
            )
            return
        start, end = self.view.snapped_selection()
        if start >= end:
            self._notify(
                QCoreApplication.translate(
                    "Attribution", "Nothing to add: the selection holds only spaces or punctuation"
                )
            )
            return
        ws, who = self.session.ws, self.session.annotator
        changes = self.session.edit(
            lambda: ws.add_fragment(span.id, who, start, end, expected_version=span.version)
        )
        after = changes.span if changes else None
        if after is None:
            return
        self._push(
            SetPieces(self.session, span, after, QCoreApplication.translate("Undo", "add fragment"))
        )
        self._notify(
            QCoreApplication.translate(
                "Attribution",
                "{label} now in {n} parts; - with the cursor in a part removes it, Ctrl+Z undoes",
            ).format(label=after.label, n=number(len(after.pieces)))
        )

    def remove_fragment(self) -> None:
        """`-`: remove the part of the selected (split) span under the cursor."""
        if self.labeler.read_only_refused():
            return
        span = self.session.span(self.view.selected_span)
        if span is None or not span.fragments:
            self._notify(
                QCoreApplication.translate(
                    "Attribution", "Select a split span (one in two or more parts) first"
                )
            )
            return
        start, end = self.view.selected_range()
        part = next((p for p in span.fragments if p[0] <= start and max(start, end) <= p[1]), None)
        if part is None:
            self._notify(
                QCoreApplication.translate(
                    "Attribution",
                    "Put the cursor in the part to remove (click into it), then press -",
                )
            )
            return
        ws, who = self.session.ws, self.session.annotator
        changes = self.session.edit(
            lambda: ws.remove_fragment(
                span.id, who, part[0], part[1], expected_version=span.version
            )
        )
        after = changes.span if changes else None
        if after is None:
            return
        self._push(
            SetPieces(
                self.session, span, after, QCoreApplication.translate("Undo", "remove fragment")
            )
        )
        self._notify(
            QCoreApplication.translate(
                "Attribution", "Removed a part of {label}; Ctrl+Z brings it back"
            ).format(label=after.label)
        )

    # Referents ----------------------------------------------------------------

    def same_as(self) -> None:
        """`=`: pick the mention this one is the same referent as (nearest first)."""
        if self.labeler.read_only_refused():
            return
        span = self.session.span(self.view.selected_span)
        if span is None or span.kind is not LabelKind.ENTITY or span.label not in REFERENT_LABELS:
            self._notify(
                QCoreApplication.translate(
                    "Attribution",
                    "Select a mention ({labels}) first, then press = to say who it is",
                ).format(labels=", ".join(REFERENT_LABELS))
            )
            return
        referent = referent_of(self.session, span.id) if span.referent else None
        same = set(referent.mentions) if referent is not None else set()
        others = [s for s in self.session.spans.values() if s.id not in same]
        candidates = ordered_candidates(
            others, span, REFERENT_LABELS, self.session.text, self.labeler.sentences()
        )
        if not candidates:
            self._notify(
                QCoreApplication.translate(
                    "Attribution", "No other PER, ORG or MENTION to join; label one first"
                )
            )
            return
        text = self.session.text[span.start : span.end]
        self.labeler.start_pick(
            Pick(SAME_AS, span.id, REFERENT_LABELS, candidates=candidates, on_confirm=self.join),
            QCoreApplication.translate(
                "Attribution", "<b>{same_as}</b>: who is {label} ‘{text}’? Nearest first"
            ).format(
                same_as=QCoreApplication.translate("Undo", SAME_AS), label=span.label, text=text
            ),
        )

    def join(self, source: int, target: int) -> None:
        ws, who = self.session.ws, self.session.annotator
        changes = self.session.edit(lambda: ws.join_referent(source, target, who))
        if changes is None or changes.referents_after is None:
            return
        before = changes.referents_before or ()
        text = self.session.text
        a, b = self.session.span(source), self.session.span(target)
        what = (
            QCoreApplication.translate("Undo", "same as: {mention} = {referent}").format(
                mention=text[a.start : a.end], referent=text[b.start : b.end]
            )
            if a and b
            else QCoreApplication.translate("Undo", SAME_AS)
        )
        self._push(SetReferents(self.session, before, changes.referents_after, what, source))
        joined = referent_of(self.session, source)
        if joined is not None:
            self._notify(
                QCoreApplication.translate(
                    "Attribution",
                    "Same referent: {name} ({n} mentions, listed in the "
                    "Referents panel); Ctrl+Z undoes",
                ).format(name=joined.name, n=number(len(joined.mentions)))
            )

    def leave(self, span_id: int) -> None:
        """Take a mention out of its referent (the Referents panel's Delete)."""
        if self.labeler.read_only_refused():
            return
        ws, who = self.session.ws, self.session.annotator
        changes = self.session.edit(lambda: ws.leave_referent(span_id, who))
        if changes is None or changes.referents_after is None:
            return
        self._push(
            SetReferents(
                self.session,
                changes.referents_before or (),
                changes.referents_after,
                QCoreApplication.translate("Undo", "leave referent"),
                span_id,
            )
        )
        self._notify(
            QCoreApplication.translate(
                "Attribution", "The mention is no longer part of that referent; Ctrl+Z undoes"
            )
        )

    def rename(self, referent_id: int, name: str) -> None:
        if self.labeler.read_only_refused():
            return
        ws, who = self.session.ws, self.session.annotator
        changes = self.session.edit(lambda: ws.rename_referent(referent_id, who, name))
        if changes is None or changes.referents_after is None:
            return
        self._push(
            SetReferents(
                self.session,
                changes.referents_before or (),
                changes.referents_after,
                QCoreApplication.translate("Undo", "rename referent {name}").format(name=name),
            )
        )
