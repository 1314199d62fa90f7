"""The interface language: Bengali or English, through Qt's own translation machinery.

Every user-visible string in ``annotator.gui`` is written in English inside ``tr()`` or
``QCoreApplication.translate()``; ``resources/i18n/annotator_bn.ts`` holds the Bengali
(refreshed by ``scripts/update-translations`` with ``pyside6-lupdate``) and
``annotator_bn.qm`` is its compiled form (``pyside6-lrelease``), committed and checked
to be current by the tests.

The language is, in order: the ``ANNOTATOR_LANGUAGE`` environment variable (``bn`` or
``en``), the choice made in View -> Language (kept in the settings; applied at the next
start), the system locale (``bn_BD``, ``bn_IN`` and other ``bn`` locales give Bengali).
Numbers shown to the user go through :func:`number`, which writes Bengali digits in
Bengali.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP as _QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from annotator.resources import resource_path

# Marks a text for lupdate and returns it. PySide6's stub says it returns ``object``;
# every module imports it from here, typed.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], _QT_TRANSLATE_NOOP)

LANGUAGES = {"en": "English", "bn": "বাংলা"}
ENV_VAR = "ANNOTATOR_LANGUAGE"
SYSTEM = "system"

_state: dict[str, object] = {"language": "en", "translator": None}


def choose_language(setting: str = SYSTEM, system_locale: str | None = None) -> str:
    """``"bn"`` or ``"en"``: the environment variable, else the setting, else the system."""
    wanted = os.environ.get(ENV_VAR, "").strip().lower()
    if wanted in LANGUAGES:
        return wanted
    if setting in LANGUAGES:
        return setting
    name = system_locale if system_locale is not None else QLocale.system().name()
    return "bn" if name.lower().startswith("bn") else "en"


def install(language: str) -> str:
    """Install the translator for ``language`` on the running application (once per
    language; switching removes the previous one). Returns the language in force."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install the translation after creating the QApplication")
    if language == _state["language"] and (language == "en" or _state["translator"]):
        return language
    old = _state["translator"]
    if isinstance(old, QTranslator):
        app.removeTranslator(old)
        _state["translator"] = None
    _state["language"] = "en"
    if language == "bn":
        translator = QTranslator(app)
        path = resource_path("i18n", "annotator_bn.qm")
        if not translator.load(str(path)):
            raise FileNotFoundError(f"the Bengali translation is missing or damaged: {path}")
        app.installTranslator(translator)
        _state["translator"] = translator
        _state["language"] = "bn"
    return str(_state["language"])


def current() -> str:
    """The language in force: ``"bn"`` or ``"en"``."""
    return str(_state["language"])


def locale() -> QLocale:
    """The locale that formats numbers and dates for the interface language."""
    return QLocale("bn_BD") if current() == "bn" else QLocale(QLocale.Language.English)


def number(value: int | float) -> str:
    """``value`` as the interface writes it: Bengali digits in Bengali (১২,৩৪৫)."""
    if isinstance(value, float) and not value.is_integer():
        return locale().toString(value, "f", 1)
    return locale().toString(int(value))


def digits(text: str) -> str:
    """``text`` with its ASCII digits written as Bengali digits in Bengali (for offsets and
    ranges such as ``98-101``, which must not gain grouping separators)."""
    if current() != "bn":
        return text
    return text.translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))
