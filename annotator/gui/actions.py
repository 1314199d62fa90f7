"""Every QAction of the window, declared once with its text and shortcuts.

Widgets look actions up by :class:`ActionId`; label and relation keys come from the
project's schema. Text actions (label keys, Tab through spans, Delete...) work only
while the text view (or the annotation table) has focus, so the same keys still type
into the filter box and move focus in the details panel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.model import LabelSchema

StandardKey = QKeySequence.StandardKey
CONTEXT = "Actions"


def shown(text: str) -> str:
    """``text`` (an action or menu text of this module) in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


class ActionId(Enum):
    QUIT = "quit"
    SET_ANNOTATOR = "set_annotator"
    UNDO = "undo"
    REDO = "redo"
    DELETE = "delete"
    NEXT_SPAN = "next_span"
    PREV_SPAN = "prev_span"
    GROW = "grow"
    SHRINK = "shrink"
    GROW_CLUSTER = "grow_cluster"
    SHRINK_CLUSTER = "shrink_cluster"
    GROW_START = "grow_start"
    SHRINK_START = "shrink_start"
    CONFIRM = "confirm"
    CANCEL = "cancel"
    CLUSTER_MODE = "cluster_mode"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    DONE_NEXT = "done_next"
    NEXT_DOC = "next_doc"
    PREV_DOC = "prev_doc"
    FIND = "find"
    FIND_NEXT = "find_next"
    CORPUS_SEARCH = "corpus_search"
    LABEL_ALL = "label_all"
    EDIT_ATTRS = "edit_attrs"
    IMPORT = "import"
    EXPORT = "export"
    SCHEMA_EDITOR = "schema_editor"
    AGREEMENT = "agreement"
    CURATION = "curation"
    INDEPENDENT = "independent"
    LINKS_ALL = "links_all"
    LINKS_SELECTED = "links_selected"
    LINKS_NONE = "links_none"
    NEXT_UNLINKED = "next_unlinked"
    ADD_FRAGMENT = "add_fragment"
    REMOVE_FRAGMENT = "remove_fragment"
    SAME_AS = "same_as"
    PREV_UNLINKED = "prev_unlinked"
    ACCEPT_SUGGESTION = "accept_suggestion"
    REJECT_SUGGESTION = "reject_suggestion"
    ACCEPT_ALL_SUGGESTIONS = "accept_all_suggestions"
    SHOW_SUGGESTIONS = "show_suggestions"
    TRAIN_SUGGESTIONS = "train_suggestions"
    OPEN_DATABASE = "open_database"
    EDIT_NOTE = "edit_note"
    TEXT_FONT = "text_font"
    THEME_SYSTEM = "theme_system"
    THEME_LIGHT = "theme_light"
    THEME_DARK = "theme_dark"
    RESET_PANELS = "reset_panels"
    SHORTCUTS = "shortcuts"
    GUIDELINES = "guidelines"
    ABOUT = "about"
    LANGUAGE_SYSTEM = "language_system"
    LANGUAGE_BN = "language_bn"
    LANGUAGE_EN = "language_en"


@dataclass(frozen=True)
class ActionSpec:
    text: str
    shortcuts: tuple[QKeySequence | str, ...] = ()
    text_only: bool = False  # shortcut active only in the text view / table
    checkable: bool = False


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.QUIT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Quit"), ("Ctrl+Q",)),
    ActionId.SET_ANNOTATOR: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Change &annotator name…")),
    ActionId.UNDO: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Undo"), ("Ctrl+Z",)),
    ActionId.REDO: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y")),
    ActionId.DELETE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Delete span"), ("Delete",), text_only=True
    ),
    ActionId.NEXT_SPAN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Next span"), ("Tab",), text_only=True
    ),
    # One sequence only: "Shift+Tab" and "Backtab" are the same key on X11, and listing
    # both makes Qt refuse it ("Ambiguous shortcut overload").
    ActionId.PREV_SPAN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Previous span"), ("Shift+Tab",), text_only=True
    ),
    # Span edges: no Alt+Shift (keyboard layout switch, openbox "send to desktop") and no
    # Ctrl+Alt (desktop switch). Without a selected span these keys select as usual.
    ActionId.GROW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Grow span end by a word or mark"),
        ("Ctrl+Right",),
        text_only=True,
    ),
    ActionId.SHRINK: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Shrink span end by a word or mark"),
        ("Ctrl+Left",),
        text_only=True,
    ),
    ActionId.GROW_CLUSTER: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Grow span end by a letter (cluster)"),
        ("Alt+Right",),
        text_only=True,
    ),
    ActionId.SHRINK_CLUSTER: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Shrink span end by a letter (cluster)"),
        ("Alt+Left",),
        text_only=True,
    ),
    ActionId.GROW_START: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Grow span start by a word or mark"),
        ("Ctrl+Shift+Left",),
        text_only=True,
    ),
    ActionId.SHRINK_START: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Shrink span start by a word or mark"),
        ("Ctrl+Shift+Right",),
        text_only=True,
    ),
    ActionId.CONFIRM: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Link to this span"), ("Return", "Enter"), text_only=True
    ),
    ActionId.CANCEL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Cancel"), ("Escape",), text_only=True
    ),
    ActionId.CLUSTER_MODE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Select by grapheme &cluster"),
        ("Ctrl+Shift+G",),
        checkable=True,
    ),
    ActionId.ZOOM_IN: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Zoom &in"), ("Ctrl+=", "Ctrl++")),
    ActionId.ZOOM_OUT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Zoom &out"), ("Ctrl+-",)),
    ActionId.DONE_NEXT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Mark &done and open next"), ("Ctrl+Return", "Ctrl+Enter")
    ),
    ActionId.NEXT_DOC: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Next document"), ("PgDown",)),
    ActionId.PREV_DOC: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Previous document"), ("PgUp",)),
    ActionId.FIND: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Find…"), ("Ctrl+F",)),
    ActionId.FIND_NEXT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Find next"), ("F3",)),
    ActionId.CORPUS_SEARCH: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Search all documents…"), ("Ctrl+Shift+F",)
    ),
    ActionId.LABEL_ALL: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Label all matches…")),
    ActionId.EDIT_ATTRS: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Edit &attributes"), ("F2",)),
    ActionId.IMPORT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Import…"), ("Ctrl+I",)),
    ActionId.EXPORT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Export…"), ("Ctrl+E",)),
    ActionId.SCHEMA_EDITOR: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Label &schema…")),
    ActionId.AGREEMENT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Agreement report…")),
    ActionId.CURATION: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Curate this document…")),
    ActionId.INDEPENDENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Independent annotation (hide others' layers)"),
        checkable=True,
    ),
    # Links drawn in the text (one of three, an exclusive group built by the window).
    ActionId.LINKS_ALL: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Links: &all"), checkable=True),
    ActionId.LINKS_SELECTED: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Links: &selected span's only"), checkable=True
    ),
    ActionId.LINKS_NONE: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Links: &none"), checkable=True),
    # Split spans and referents (attribution.py).
    ActionId.ADD_FRAGMENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Add the selection as a part of the selected span"),
        ("+",),
        text_only=True,
    ),
    ActionId.REMOVE_FRAGMENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Remove the part under the cursor from the split span"),
        ("-",),
        text_only=True,
    ),
    ActionId.SAME_AS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Same referent as…"), ("=",), text_only=True
    ),
    # F8 as in editors' "next problem": the next quote or claim nobody said.
    ActionId.NEXT_UNLINKED: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Next quote or claim without speaker/claimant"),
        ("F8",),
        text_only=True,
    ),
    ActionId.PREV_UNLINKED: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Previous quote or claim without speaker/claimant"),
        ("Shift+F8",),
        text_only=True,
    ),
    # Suggestions (ghost spans): Alt+letter, as no menu title has A or X as its mnemonic.
    ActionId.ACCEPT_SUGGESTION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Acc&ept suggestion"), ("Alt+A",), text_only=True
    ),
    ActionId.REJECT_SUGGESTION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Re&ject suggestion"), ("Alt+X",), text_only=True
    ),
    ActionId.ACCEPT_ALL_SUGGESTIONS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Accept all suggestions above the &threshold"),
        ("Ctrl+Shift+A",),
        text_only=True,
    ),
    ActionId.SHOW_SUGGESTIONS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Show su&ggestions"), ("Ctrl+Shift+H",), checkable=True
    ),
    ActionId.TRAIN_SUGGESTIONS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Train suggestion &model now")
    ),
    ActionId.OPEN_DATABASE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Open database…"), ("Ctrl+O",)
    ),
    ActionId.EDIT_NOTE: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Edit the span's &note"), ("F4",)),
    ActionId.TEXT_FONT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Text &font…")),
    ActionId.THEME_SYSTEM: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Colours: follow the &system"), checkable=True
    ),
    ActionId.THEME_LIGHT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Colours: &light"), checkable=True
    ),
    ActionId.THEME_DARK: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Colours: &dark"), checkable=True),
    ActionId.RESET_PANELS: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Reset panels")),
    ActionId.SHORTCUTS: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), ("F1",)),
    ActionId.GUIDELINES: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Guidelines")),
    ActionId.ABOUT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&About Annotator")),
    # Each language's own name, so a user who cannot read the other one finds it.
    ActionId.LANGUAGE_SYSTEM: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Language: as the &system"), checkable=True
    ),
    ActionId.LANGUAGE_BN: ActionSpec(QT_TRANSLATE_NOOP("Actions", "ভাষা: বাংলা"), checkable=True),
    ActionId.LANGUAGE_EN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Language: English"), checkable=True
    ),
}

# Actions that change the database: disabled on a read-only one.
WRITING: tuple[ActionId, ...] = (
    ActionId.IMPORT,
    ActionId.SCHEMA_EDITOR,
    ActionId.CURATION,
    ActionId.INDEPENDENT,
    ActionId.LABEL_ALL,
    ActionId.ACCEPT_SUGGESTION,
    ActionId.REJECT_SUGGESTION,
    ActionId.ACCEPT_ALL_SUGGESTIONS,
    ActionId.TRAIN_SUGGESTIONS,
)


# Menu bar layout: menu title -> actions (None is a separator). "&Labels" is filled
# from the schema.
MENUS: dict[str, tuple[ActionId | None, ...]] = {
    QT_TRANSLATE_NOOP("Actions", "&File"): (
        ActionId.OPEN_DATABASE,
        None,
        ActionId.IMPORT,
        ActionId.EXPORT,
        None,
        ActionId.SET_ANNOTATOR,
        None,
        ActionId.QUIT,
    ),
    QT_TRANSLATE_NOOP("Actions", "&Edit"): (
        ActionId.UNDO,
        ActionId.REDO,
        None,
        ActionId.DELETE,
        ActionId.GROW,
        ActionId.SHRINK,
        ActionId.GROW_CLUSTER,
        ActionId.SHRINK_CLUSTER,
        ActionId.GROW_START,
        ActionId.SHRINK_START,
        ActionId.EDIT_ATTRS,
        ActionId.EDIT_NOTE,
        None,
        ActionId.ADD_FRAGMENT,
        ActionId.REMOVE_FRAGMENT,
        ActionId.SAME_AS,
        None,
        ActionId.FIND,
        ActionId.FIND_NEXT,
        ActionId.CORPUS_SEARCH,
        ActionId.LABEL_ALL,
        None,
        ActionId.CLUSTER_MODE,
        None,
        ActionId.ACCEPT_SUGGESTION,
        ActionId.REJECT_SUGGESTION,
        ActionId.ACCEPT_ALL_SUGGESTIONS,
        ActionId.TRAIN_SUGGESTIONS,
    ),
    QT_TRANSLATE_NOOP("Actions", "&Labels"): (),
    QT_TRANSLATE_NOOP("Actions", "&View"): (
        ActionId.ZOOM_IN,
        ActionId.ZOOM_OUT,
        None,
        ActionId.LINKS_ALL,
        ActionId.LINKS_SELECTED,
        ActionId.LINKS_NONE,
        None,
        ActionId.SHOW_SUGGESTIONS,
        None,
        ActionId.TEXT_FONT,
        None,
        ActionId.THEME_SYSTEM,
        ActionId.THEME_LIGHT,
        ActionId.THEME_DARK,
        None,
        ActionId.LANGUAGE_SYSTEM,
        ActionId.LANGUAGE_BN,
        ActionId.LANGUAGE_EN,
        None,
        ActionId.RESET_PANELS,
    ),
    QT_TRANSLATE_NOOP("Actions", "&Go"): (
        ActionId.NEXT_SPAN,
        ActionId.PREV_SPAN,
        ActionId.NEXT_UNLINKED,
        ActionId.PREV_UNLINKED,
        ActionId.NEXT_DOC,
        ActionId.PREV_DOC,
        ActionId.DONE_NEXT,
    ),
    QT_TRANSLATE_NOOP("Actions", "&Team"): (
        ActionId.SCHEMA_EDITOR,
        ActionId.AGREEMENT,
        ActionId.CURATION,
        None,
        ActionId.INDEPENDENT,
    ),
    QT_TRANSLATE_NOOP("Actions", "&Help"): (
        ActionId.SHORTCUTS,
        ActionId.GUIDELINES,
        None,
        ActionId.ABOUT,
    ),
}


class CurationActionId(Enum):
    """Keys of the curation dialog (shortcuts active anywhere inside it)."""

    ACCEPT = "accept"
    ACCEPT_AGREED = "accept_agreed"
    REMOVE_GOLD = "remove_gold"
    SIDE_BY_SIDE = "side_by_side"
    EDIT_GOLD = "edit_gold"


CURATION_SPECS: dict[CurationActionId, ActionSpec] = {
    CurationActionId.ACCEPT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Accept into gold"), ("A",)),
    CurationActionId.ACCEPT_AGREED: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Accept all agreed"), ("Ctrl+Shift+A",)
    ),
    CurationActionId.REMOVE_GOLD: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Remove from gold"), ("Delete",)
    ),
    CurationActionId.SIDE_BY_SIDE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Side by side"), ("Ctrl+T",), checkable=True
    ),
    CurationActionId.EDIT_GOLD: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Edit gold in the main window"), ("Ctrl+G",)
    ),
}


def dialog_actions(dialog: QWidget) -> dict[CurationActionId, QAction]:
    """The curation dialog's actions, added to it so their keys work in any of its tables."""
    actions = {}
    for action_id, spec in CURATION_SPECS.items():
        action = actions[action_id] = _make(dialog, spec)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        dialog.addAction(action)
    return actions


def _make(parent: QObject, spec: ActionSpec) -> QAction:
    action = QAction(shown(spec.text), parent)
    action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
    action.setCheckable(spec.checkable)
    if spec.text_only:
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    return action


class Actions:
    """The window's actions: fixed ones by id, label and relation ones by schema name."""

    def __init__(self, parent: QObject) -> None:
        self._parent = parent
        self.by_id = {action_id: _make(parent, spec) for action_id, spec in SPECS.items()}
        self.labels: dict[str, QAction] = {}
        self.relations: dict[str, QAction] = {}

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self.by_id[action_id]

    def text_actions(self) -> list[QAction]:
        """Actions whose shortcuts belong to the text view."""
        fixed = [self.by_id[i] for i, spec in SPECS.items() if spec.text_only]
        return fixed + list(self.labels.values()) + list(self.relations.values())

    def set_schema(self, schema: LabelSchema) -> tuple[list[QAction], list[QAction]]:
        """(Re)build the label and relation actions; returns the ones that went away."""
        old = list(self.labels.values()) + list(self.relations.values())
        self.labels = {}
        self.relations = {}
        for label in schema.labels:
            text = shown(QT_TRANSLATE_NOOP("Actions", "Label {label}")).format(label=label.name)
            spec = ActionSpec(text, (label.key,) if label.key else (), text_only=True)
            action = _make(self._parent, spec)
            action.setData(label.name)
            self.labels[label.name] = action
        for rel in schema.relation_types:
            text = shown(QT_TRANSLATE_NOOP("Actions", "Link {relation}…")).format(relation=rel.name)
            spec = ActionSpec(text, (rel.key,) if rel.key else (), text_only=True)
            action = _make(self._parent, spec)
            action.setData(rel.name)
            self.relations[rel.name] = action
        return old, []

    def install_schema(
        self,
        schema: LabelSchema,
        view: QWidget,
        menu: QMenu,
        on_label: Callable[[str], None],
        on_relation: Callable[[str], None],
    ) -> None:
        """Give ``view`` (and the Labels menu) the keys of ``schema``'s labels and relations."""
        old, _ = self.set_schema(schema)
        for action in old:
            view.removeAction(action)
            action.deleteLater()
        menu.clear()
        for name, action in self.labels.items():
            action.triggered.connect(lambda _=False, n=name: on_label(n))
            view.addAction(action)
            menu.addAction(action)
        if self.relations:
            menu.addSeparator()
        for name, action in self.relations.items():
            action.triggered.connect(lambda _=False, n=name: on_relation(n))
            view.addAction(action)
            menu.addAction(action)

    def set_writable(self, writable: bool) -> None:
        """Enable or disable the actions that write (label keys stay on: they explain)."""
        for action_id in WRITING:
            self.by_id[action_id].setEnabled(writable)

    def fill_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        """Add the menus of :data:`MENUS` to a menu bar; returns them by title."""
        menus = {}
        for title, entries in MENUS.items():
            menu = menus[title] = bar.addMenu(shown(title))
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.by_id[entry])
        return menus

    def shortcut_table(self) -> list[tuple[str, str, str]]:
        """(menu, action text, shortcuts) of every action with a key, for the shortcut
        sheet: generated from the registry, so it never goes stale."""
        menu_of = {
            entry: shown(title).replace("&", "")
            for title, entries in MENUS.items()
            for entry in entries
            if entry is not None
        }
        rows = []
        for action_id, action in self.by_id.items():
            keys = ", ".join(s.toString() for s in action.shortcuts())
            if keys:
                rows.append(
                    (
                        menu_of.get(action_id, shown(QT_TRANSLATE_NOOP("Actions", "Text"))),
                        action.text().replace("&", ""),
                        keys,
                    )
                )
        for action in [*self.labels.values(), *self.relations.values()]:
            keys = ", ".join(s.toString() for s in action.shortcuts())
            if keys:
                rows.append(
                    (
                        shown(QT_TRANSLATE_NOOP("Actions", "&Labels")).replace("&", ""),
                        action.text().replace("&", ""),
                        keys,
                    )
                )
        return rows
