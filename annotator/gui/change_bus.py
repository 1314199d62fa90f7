"""The window's one broadcast of what changed (as Anki's ``operation_did_execute``).

Every :class:`~annotator.service.Changes` a use-case returns, whether the edit came
from a key in the text view, the undo stack or a dialog (curation, suggestions), is
published here once; the session's copy of the open layer, each panel and each dialog
showing a document subscribe and refresh what the value names. A subscriber gets the
source too, so it can skip the changes it made itself. The subscriptions are made in
one place, ``MainWindow._connect_changes`` (dialogs in ``menu_commands`` as they open).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from annotator.service import Changes

Handler = Callable[[Changes, object], None]
LayerShown = Callable[[], tuple[int, str] | None]


class ChangeBus(QObject):
    """``applied(changes, source)``: an edit was committed; ``source`` made it."""

    applied = Signal(object, object)

    def publish(self, changes: Changes, source: object = None) -> None:
        self.applied.emit(changes, source)

    def subscribe(self, handler: Handler, *, layer: LayerShown | None = None) -> None:
        """Call ``handler(changes, source)`` for every edit published from now on, in
        the order of subscription; with ``layer``, only for edits of the (document id,
        annotator) layer it names at that moment (``None``: no layer shown)."""
        if layer is None:
            self.applied.connect(handler)
            return

        def shown(changes: Changes, source: object) -> None:
            current = layer()
            if current is not None and changes.touches(*current):
                handler(changes, source)

        self.applied.connect(shown)
