"""Keys: every fixed shortcut is bound once, and no schema may give a label or relation
a key the window keeps for itself (Qt would call it an "ambiguous shortcut overload"
and do nothing when it is pressed)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from annotator.gui.actions import CURATION_SPECS, SPECS, ActionSpec
from annotator.model import LabelDef, LabelKind, LabelSchema, default_schema
from annotator.model.limits import check_schema
from annotator.model.schema import RESERVED_KEYS, is_reserved_key

MODIFIERS = ("Ctrl+", "Alt+", "Meta+")


def _canonical(key: QKeySequence | str) -> str:
    text = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
    return "Shift+Tab" if text in ("Backtab", "Shift+Backtab") else text


def _keys(specs: dict[object, ActionSpec]) -> list[str]:
    return [_canonical(k) for spec in specs.values() for k in spec.shortcuts]


@pytest.mark.parametrize("specs", [SPECS, CURATION_SPECS], ids=["window", "curation"])
def test_every_fixed_shortcut_is_bound_once(specs: dict[object, ActionSpec]) -> None:
    counts = Counter(_keys(specs))
    assert {k: n for k, n in counts.items() if n > 1} == {}
    assert "" not in counts  # every written sequence parses


def test_every_plain_key_of_the_window_is_reserved_from_schemas() -> None:
    plain = [k for k in _keys(SPECS) if not k.startswith(MODIFIERS)]
    assert plain, "the window has plain keys (Tab, Delete, +, F2, ...)"
    assert [k for k in plain if not is_reserved_key(k)] == []


@pytest.mark.parametrize("key", sorted(RESERVED_KEYS))
def test_a_schema_cannot_take_a_window_key(key: str) -> None:
    schema = LabelSchema("s", (LabelDef("PER", LabelKind.ENTITY, "#ff0000", key),))
    with pytest.raises(ValueError, match="window's own keys"):
        check_schema(schema)


def test_the_default_schema_keys_are_free() -> None:
    check_schema(default_schema())
    fixed = set(_keys(SPECS))
    keys = [label.key for label in default_schema().labels if label.key]
    assert keys and not fixed & {_canonical(k) for k in keys}


def test_the_running_window_has_no_ambiguous_shortcut(window) -> None:
    """Fixed actions plus the Demo schema's label and relation keys, as built: no key
    is bound twice where both could fire (the window, or one widget's own actions)."""
    seen: Counter[tuple[int, str]] = Counter()
    for action in window.findChildren(QAction):
        if action.shortcutContext() in (
            Qt.ShortcutContext.WidgetShortcut,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        ):
            scopes = [id(w) for w in action.associatedObjects() if isinstance(w, QWidget)]
        else:
            scopes = [0]
        for sequence in action.shortcuts():
            for scope in scopes:
                seen[(scope, _canonical(sequence))] += 1
    assert seen
    assert {k: n for k, n in seen.items() if n > 1} == {}
