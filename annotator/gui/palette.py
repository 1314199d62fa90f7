"""The label palette: one button per label with its key and colour."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from annotator.gui.guidelines import label_tooltip
from annotator.model import LabelSchema


def _text_color(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (#rrggbb)."""
    try:
        r, g, b = (int(background[i : i + 2], 16) for i in (1, 3, 5))
    except ValueError:
        return "#000000"
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#ffffff"


class LabelPalette(QWidget):
    """Clicking a label labels the selection (or relabels the selected span)."""

    label_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelPalette")
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}

    def set_schema(self, schema: LabelSchema | None) -> None:
        self.buttons = {}
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if schema is None:
            return
        for i, label in enumerate(schema.labels):
            key = f"{label.key}  " if label.key else ""
            button = QPushButton(f"{key}{label.name}", self)
            button.setToolTip(label_tooltip(label))
            button.setStyleSheet(
                f"QPushButton {{ background: {label.color}; color: {_text_color(label.color)};"
                " border: 1px solid #888; border-radius: 4px; padding: 4px 8px;"
                " text-align: left; }"
                " QPushButton:disabled { border: 1px dashed #666; }"
            )
            button.setFocusPolicy(button.focusPolicy().NoFocus)
            button.clicked.connect(lambda _=False, name=label.name: self.label_chosen.emit(name))
            self._layout.addWidget(button, 1 + i // 2, i % 2)
            self.buttons[label.name] = button
