"""An edit's side panels paint right after the text view (``annotator/gui/paint_order``):
the window's first repaint after the key shows the text view's change, the next one
the annotation table, the details and the note, which then show the new span (or none)
and are never left held."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

from tests.gui.conftest import TEXTS


class _Paints(QObject):
    """Records, in order, the window's repaints ("sync") and the watched widgets' paints."""

    def __init__(self, window, watched: dict) -> None:
        super().__init__()
        self.order: list[str] = []
        self._names = {id(w): name for w, name in watched.items()}
        self._window = window
        window.installEventFilter(self)
        for widget in watched:
            widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is self._window and event.type() == QEvent.Type.UpdateRequest:
            self.order.append("sync")
        elif event.type() == QEvent.Type.Paint and id(obj) in self._names:
            self.order.append(self._names[id(obj)])
        return False

    def painted_after_text(self, name: str) -> bool:
        """``name`` painted in a later window repaint than the text view."""
        if "text" not in self.order or name not in self.order:
            return False
        text = self.order.index("text")
        panel = self.order.index(name, text) if name in self.order[text:] else -1
        return panel > text and "sync" in self.order[text + 1 : panel]


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.panels_after_text.holding, timeout=2000)
    qtbot.wait(20)


def test_the_text_paints_first_then_the_panels_show_the_new_span(window, qtbot) -> None:
    paints = _Paints(
        window,
        {
            window.text_view.viewport(): "text",
            window.table.viewport(): "table",
            window.details: "details",
        },
    )
    start = TEXTS[0].index("পুতিন")
    window.text_view.select_range(start, start + len("পুতিন"))
    _settle(qtbot, window)
    paints.order.clear()

    qtbot.keyClick(window.text_view, Qt.Key.Key_1)  # PER
    span_id = window.text_view.selected_span
    assert span_id is not None
    # the panels' contents change at once; only their painting waits
    assert window.table.current_span_id() == span_id
    assert window.details._head.text().startswith("PER")
    assert window.panels_after_text.holding
    qtbot.waitUntil(lambda: paints.painted_after_text("table"), timeout=2000)
    qtbot.waitUntil(lambda: paints.painted_after_text("details"), timeout=2000)
    _settle(qtbot, window)
    assert all(w.updatesEnabled() for w in (window.table, window.details, window.span_note))
    row = window.table.currentIndex().row()
    assert window.table_model.span_at(row).id == span_id
    assert window.table_model.data(window.table_model.index(row, 0)) == "PER"

    paints.order.clear()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Delete)
    assert window.session.spans == {} and window.table_model.rowCount() == 0
    qtbot.waitUntil(lambda: paints.painted_after_text("table"), timeout=2000)
    qtbot.waitUntil(lambda: paints.painted_after_text("details"), timeout=2000)
    _settle(qtbot, window)
    assert window.details._hint.isVisibleTo(window.details)
    assert all(w.updatesEnabled() for w in (window.table, window.details, window.span_note))


def test_held_panels_are_released_even_if_the_window_repaints_nothing(window, qtbot) -> None:
    window.panels_after_text.hold()
    assert window.panels_after_text.holding and not window.table.updatesEnabled()
    qtbot.waitUntil(lambda: not window.panels_after_text.holding, timeout=2000)
    assert window.table.updatesEnabled() and window.details.updatesEnabled()
