"""Errors from below the window, said in the interface language.

The layers below the window raise :class:`~annotator.model.errors.AnnotatorError` with
English text (the CLI prints it as it is). A message made as a
:class:`~annotator.model.errors.Message` also keeps its template and parameters: here the
template is translated in the ``ServiceErrors`` context and the same parameters (file
names, labels, numbers) are filled in. A message without a template, or whose template
has no translation, is shown in English, so nothing is ever lost.

Every template raised below the window is listed in :mod:`annotator.gui.error_catalogue`
(generated from the source by ``scripts/update-translations`` with
:func:`raised_templates`) so that ``pyside6-lupdate`` sees it; a test fails when the two
differ.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from annotator.model.errors import AnnotatorError, InputError, Message

CONTEXT = "ServiceErrors"
PACKAGE = Path(__file__).resolve().parents[1]


def message_text(message: str) -> str:
    """``message`` in the interface language: a :class:`Message`'s template translated
    and filled with its parameters (themselves translated when they are messages or
    errors); any other text as it is."""
    if not isinstance(message, Message):
        return str(message)
    params = {name: _param(value) for name, value in message.params.items()}
    template = QCoreApplication.translate(CONTEXT, message.template)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a {parameter}
        return message.template.format(**params)


def _param(value: object) -> object:
    if isinstance(value, Message):
        return message_text(value)
    if isinstance(value, BaseException):
        return describe(value)
    return value


def describe(exc: BaseException) -> str:
    """What the window says about ``exc``: translated when it carries a template, else
    its English text (or its kind's name when it has none)."""
    if isinstance(exc, InputError):
        reason = message_text(exc.reason)
        return f"{exc.origin}: {reason}" if exc.origin else reason
    if isinstance(exc, AnnotatorError) and exc.message is not None:
        return message_text(exc.message)
    return str(exc) or type(exc).__name__


def raised_templates(root: Path = PACKAGE) -> dict[str, list[str]]:
    """Every ``Message("...")`` template in the package below the window, with the files
    that use it (relative to ``root``'s parent). A template that is not a string literal
    is a ``ValueError``: it could not be translated."""
    found: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root.parent).as_posix()
        if relative.startswith(("annotator/gui/", "annotator/model/errors.py")):
            continue
        for template in _templates_in(path, relative):
            files = found.setdefault(template, [])
            if relative not in files:
                files.append(relative)
    return found


def _templates_in(path: Path, relative: str) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name != "Message":
            continue
        first = node.args[0] if node.args else None
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            raise ValueError(f"{relative}:{node.lineno}: a Message template must be a literal")
        yield first.value


CATALOGUE = Path(__file__).with_name("error_catalogue.py")
_HEADER = '''"""Every error message template raised below the window, for ``pyside6-lupdate``.

Generated from the source by ``scripts/update-translations``
(:func:`annotator.gui.error_text.catalogue_source`); do not edit by hand. A test fails
when a ``Message("...")`` raised below the window is missing here or one listed here is
no longer raised. :mod:`annotator.gui.error_text` translates them.
"""

from __future__ import annotations

from annotator.gui.i18n import QT_TRANSLATE_NOOP

TEMPLATES: tuple[str, ...] = (
'''


def catalogue_source(root: Path = PACKAGE) -> str:
    """The text of :mod:`annotator.gui.error_catalogue` for the templates in ``root``."""
    lines = [_HEADER]
    for template, files in sorted(raised_templates(root).items(), key=lambda t: (t[1], t[0])):
        lines.append(f"    # {', '.join(files)}\n")
        lines.append(f'    QT_TRANSLATE_NOOP("{CONTEXT}", {_literal(template)}),\n')
    lines.append(")\n")
    return "".join(lines)


def _literal(text: str) -> str:
    """``text`` as a double-quoted Python literal (the project's quote style)."""
    if '"' in text or "\\" in text or not text.isprintable():
        return repr(text)
    return f'"{text}"'


def write_catalogue() -> None:
    """Regenerate :mod:`annotator.gui.error_catalogue` from the source."""
    CATALOGUE.write_text(catalogue_source(), encoding="utf-8")
