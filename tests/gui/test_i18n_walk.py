"""The walk: every string the window and its dialogs show, in Bengali."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

# --- The walk: every string the window shows, in Bengali --------------------------------
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from annotator.gui import i18n
from annotator.gui.actions import ActionId

BENGALI = re.compile(r"[\u0980-\u09ff]")
# What may stay Latin in a Bengali interface: the app's and formats' names, keys, label
# names and schema ids, units, file and database names, numbers and markup.
ALLOWED = re.compile(
    r"Annotator|JSONL|CoNLL|spaCy|Prodigy|Hugging Face|doccano|Label Studio|brat|BIO|UTF-16|"
    r"SQLite|PostgreSQL|Bijoy|SutonnyMJ|NFC|LF|CSV|TSV|HTML|Ctrl|Shift|Alt|Tab|Enter|Esc|"
    r"Delete|PgUp|PgDown|F\d+|Backspace|Return|Space|Home|End|Up|Down|Left|Right|"
    r"https?://\S+|[\w./-]+\.(?:sqlite3|jsonl|json|conll|spacy|zip|txt|docx|tsv|db)\b|"
    r"\b(?:PER|ORG|GPE|LOC|NORP|EVENT|DATE|QUOTE|CLAIM|CUE|MENTION|MISC|speaker|claimant|cue)\b|"
    r"\b[A-Z]\b|<[^>]+>|&\w+;|\bkim\b|\bputin\b|\basha\b|\btester\b|\b[Dd]emo\b|\bgold\b|\bF1\b|"
    r"\bα\b|\bn/a\b|\b(?:sqlite|postgresql)\S*|(?<!\w)/\S+|"
    # format names as the command line spells them
    r"\b(?:spans|hf|conll|prodigy|label-studio|spacy|attribution|jsonl|txt|docx)\b"
)


def _needs_translation(text: str, names: frozenset[str] = frozenset()) -> bool:
    """True when ``text`` shows English words: Latin letters left after the allowed
    names (and the data's own ``names``: labels, projects, document ids), and no
    Bengali letter at all."""
    if not text or BENGALI.search(text):
        return False
    rest = text.replace("&", "")
    for name in sorted(names, key=len, reverse=True):
        rest = rest.replace(name, " ")
    rest = ALLOWED.sub(" ", rest)
    return bool(re.search(r"[A-Za-z]{2,}", rest))


class Walk:
    """Every visible string of a widget tree that is still English."""

    def __init__(self, names: frozenset[str] = frozenset()) -> None:
        self.english: dict[str, str] = {}
        self.names = names

    def add(self, where: str, text: object) -> None:
        if isinstance(text, str) and text and _needs_translation(text, self.names):
            self.english.setdefault(text, where)

    def menus(self, menu: QMenu, where: str) -> None:
        self.add(where, menu.title())
        for action in menu.actions():
            if action.menu() is not None:
                self.menus(action.menu(), f"{where}>{action.text()}")
            elif not action.isSeparator():
                self.add(f"{where}>{action.text()}", action.text())

    def widgets(self, root: QWidget, name: str) -> None:
        if root.isWindow():
            self.add(f"{name}.title", root.windowTitle())
        for widget in [root, *root.findChildren(QWidget)]:
            where = f"{name}/{type(widget).__name__}:{widget.objectName()}"
            if isinstance(widget, (QLabel, QAbstractButton)):
                self.add(where, widget.text())
            elif isinstance(widget, QLineEdit):
                self.add(where + ".placeholder", widget.placeholderText())
            elif isinstance(widget, QGroupBox):
                self.add(where, widget.title())
            elif isinstance(widget, QDockWidget):
                self.add(where, widget.windowTitle())
            elif isinstance(widget, QTabBar):
                for i in range(widget.count()):
                    self.add(where, widget.tabText(i))
            elif isinstance(widget, QComboBox):
                for i in range(widget.count()):
                    self.add(where, widget.itemText(i))
            if widget.toolTip():
                self.add(where + ".toolTip", widget.toolTip())
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                try:
                    columns = model.columnCount(QModelIndex())
                except TypeError:
                    columns = 1
                for section in range(columns):
                    self.add(
                        where + ".header", model.headerData(section, Qt.Orientation.Horizontal)
                    )


@pytest.fixture
def bengali(monkeypatch):
    monkeypatch.setenv(i18n.ENV_VAR, "bn")
    i18n.install("bn")
    yield
    i18n.install("en")


def test_the_whole_window_and_its_dialogs_read_in_bengali(
    bengali, qtbot, make_window, tmp_path: Path
) -> None:
    """Menus, actions, panels, buttons, tooltips, table headers and status messages of
    the window, the export and import dialogs and the Team menu's dialogs: no English
    left but names (formats, labels, keys) on the allow-list."""
    from annotator.service import open_workspace

    db = tmp_path / "demo.sqlite3"
    open_workspace(str(db), seed_demo=True).close()
    window = make_window(db, "asha")
    schema = window.session.schema
    names = {label.name for label in schema.labels} | {r.name for r in schema.relation_types}
    names |= {p.name for p in window.ws.projects()}
    names |= {d.external_id for d in window.ws.list_documents(window.project.id)}
    walk = Walk(frozenset(names))
    for action in window.menuBar().actions():
        walk.menus(action.menu(), action.text())
    walk.widgets(window, "window")
    walk.add("status", window.status.bar.currentMessage())
    # Status messages of common actions: an undo with nothing to undo, a link key with
    # nothing selected, a resize with no span.
    stack = window.undo_group.activeStack()
    if stack is not None:
        stack.clear()
    for action_id in (ActionId.UNDO, ActionId.NEXT_UNLINKED, ActionId.GROW):
        window.acts[action_id].trigger()
        message = window.status.bar.currentMessage()
        assert BENGALI.search(message), (action_id, message)
        walk.add(f"status after {action_id.value}", message)
    for name, open_dialog in (
        ("export", window.commands.export),
        ("import", window.commands.import_),
        ("schema", window.commands.schema_editor),
        ("agreement", window.commands.agreement),
        ("curation", window.commands.curation),
        ("search", window.commands.corpus_search),
    ):
        dialog = open_dialog()
        assert dialog is not None, name
        walk.widgets(dialog, name)
        dialog.close()
    assert not walk.english, "still English:\n" + "\n".join(
        f"  {where}: {text!r}" for text, where in list(walk.english.items())[:60]
    )


def test_the_walk_notices_english(qtbot) -> None:
    """The checker above is not blind: an English button is caught, a Bengali one or a
    name on the allow-list is not."""
    box = QWidget()
    qtbot.addWidget(box)
    for text in ("Open database", "ডেটাবেস খুলুন", "JSONL", "PER"):
        button = QLabel(text, box)
        button.setObjectName(text)
    walk = Walk()
    walk.widgets(box, "box")
    assert list(walk.english) == ["Open database"]
