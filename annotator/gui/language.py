"""View > Language: the interface language, kept in the settings for the next start.

The translation is installed before any widget exists (see :mod:`annotator.gui.i18n`),
so a change applies at the next start; the status bar says so in the chosen language's
own words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup

from annotator.gui import i18n
from annotator.gui.actions import ActionId
from annotator.gui.context import WindowContext

LANGUAGE_ACTIONS = {
    ActionId.LANGUAGE_SYSTEM: i18n.SYSTEM,
    ActionId.LANGUAGE_BN: "bn",
    ActionId.LANGUAGE_EN: "en",
}
# Said in the language chosen, which may not be the one the window shows now.
NEXT_START = {
    "bn": "পরের বার খুললে Annotator বাংলায় দেখাবে।",
    "en": "Annotator will be in English from the next start.",
}


class LanguageMenu:
    """The three checkable Language entries of the View menu."""

    def __init__(self, window: WindowContext) -> None:
        self.w = window

    def connect(self) -> None:
        group = QActionGroup(self.w)
        for action_id, language in LANGUAGE_ACTIONS.items():
            action = self.w.acts[action_id]
            group.addAction(action)
            action.setChecked(self.w.settings.language == language)
            action.triggered.connect(lambda _=False, lang=language: self.choose(lang))

    def choose(self, language: str) -> None:
        """Remember ``language`` for the next start and say when it applies."""
        self.w._update_settings(language=language)
        effective = i18n.choose_language(language)
        if effective == i18n.current():
            message = QCoreApplication.translate("LanguageMenu", "The language stays as it is.")
        else:
            message = NEXT_START[effective]
        self.w.notify(message)
