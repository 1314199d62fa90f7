"""The label palette: one button per label with its key and colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from annotator.gui.guidelines import label_tooltip
from annotator.model import LabelSchema

BORDER = QColor("#888888")
DISABLED_BORDER = QColor("#666666")
PAD_X, PAD_Y, RADIUS = 8, 4, 4.0  # padding inside the 1-pixel border, corner radius


def _text_color(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (#rrggbb)."""
    try:
        r, g, b = (int(background[i : i + 2], 16) for i in (1, 3, 5))
    except ValueError:
        return "#000000"
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#ffffff"


class LabelButton(QPushButton):
    """A label's button, filled with its colour and drawn by itself: a rounded box with
    a grey border (dashed while disabled) and the text on the left.

    It looks as a per-button style sheet made it look, without one: a style sheet makes
    Qt style the button (and the first one, the whole process's style) through its
    slow style-sheet style, which cost the window's first paint several milliseconds."""

    def __init__(self, text: str, color: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.fill = QColor(color)
        self.ink = QColor(_text_color(color))
        # the layout places the box itself, not the style's margins around a button
        self.setAttribute(Qt.WidgetAttribute.WA_LayoutUsesWidgetRect)

    def sizeHint(self) -> QSize:
        text = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, self.text())
        return QSize(text.width() + 2 * (PAD_X + 1), text.height() + 2 * (PAD_Y + 1))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        enabled = self.isEnabled()
        pen = QPen(BORDER if enabled else DISABLED_BORDER, 1)
        if not enabled:  # dashed as a style sheet's 1-pixel "dashed" border: 1 on, 2 off
            pen.setDashPattern([1.0, 2.0])
        painter.setPen(pen)
        painter.setBrush(self.fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        painter.setPen(self.ink)
        inside = self.rect().adjusted(PAD_X + 1, PAD_Y + 1, -(PAD_X + 1), -(PAD_Y + 1))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(inside, int(align | Qt.TextFlag.TextSingleLine), self.text())


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
            button = LabelButton(f"{key}{label.name}", label.color, self)
            button.setToolTip(label_tooltip(label))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, name=label.name: self.label_chosen.emit(name))
            self._layout.addWidget(button, 1 + i // 2, i % 2)
            self.buttons[label.name] = button
