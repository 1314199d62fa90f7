"""The window's one broadcast of what changed (as Anki's ``operation_did_execute``).

Every :class:`~annotator.service.Changes` a use-case returns, whether the edit came
from a key in the text view, the undo stack or a dialog (curation, suggestions), is
published here once; each panel and dialog that shows a document subscribes and
refreshes what the value names. A subscriber gets the source too, so it can skip the
changes it made itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from annotator.service import Changes


class ChangeBus(QObject):
    """``applied(changes, source)``: an edit was committed; ``source`` made it."""

    applied = Signal(object, object)

    def publish(self, changes: Changes, source: object = None) -> None:
        self.applied.emit(changes, source)


def touches_layer(changes: Changes, document_id: int, annotator: str) -> bool:
    """Whether ``changes`` edit ``annotator``'s layer of the document."""
    if document_id not in changes.documents:
        return False
    spans = [*changes.spans_added, *changes.spans_removed]
    spans += [after for _before, after in changes.spans_updated]
    relations = [*changes.relations_added, *changes.relations_removed]
    owners = {s.annotator for s in spans} | {r.annotator for r in relations}
    if changes.state is not None:
        owners.add(changes.state.annotator)
    return annotator in owners
