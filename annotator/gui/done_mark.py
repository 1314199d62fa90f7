"""The "edited after done" mark: editing a document marked done says so (with the time)
and lets the annotator choose whether it stays done."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

STYLE = (
    "#editedAfterDone { background: #e3f0ff; color: #0b2a4a;"
    " border: 1px solid #8fb4dd; border-radius: 3px; }"
)


class EditedAfterDone(QFrame):
    """A strip above the text; hidden until an edit lands on a done document."""

    keep_done = Signal()
    reopen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editedAfterDone")
        self.label = QLabel(self)
        self.keep_button = QPushButton(
            QCoreApplication.translate("EditedAfterDone", "Keep done"), self
        )
        self.keep_button.setObjectName("keepDone")
        self.reopen_button = QPushButton(
            QCoreApplication.translate("EditedAfterDone", "Mark in progress"), self
        )
        self.reopen_button.setObjectName("reopenDocument")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.keep_button)
        layout.addWidget(self.reopen_button)
        self.keep_button.clicked.connect(self._keep)
        self.reopen_button.clicked.connect(self._reopen)
        self.hide()

    def mark(self, when: datetime | None = None) -> None:
        """Show the mark for an edit made now (local time) to a done document."""
        moment = when or datetime.now()
        if not self.styleSheet():
            # Styled when first shown: a style sheet set while the window is built makes
            # its first paint go through Qt's (slower) style-sheet style.
            self.setStyleSheet(STYLE)
        self.label.setText(
            QCoreApplication.translate(
                "EditedAfterDone",
                "Edited after done at {moment:%H:%M} ({moment:%Y-%m-%d}): keep "
                "it done, or mark it in progress so it is counted as unfinished?",
            ).format(moment=moment)
        )
        self.show()

    def _keep(self) -> None:
        self.hide()
        self.keep_done.emit()

    def _reopen(self) -> None:
        self.hide()
        self.reopen.emit()
