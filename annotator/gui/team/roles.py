"""The team role in the window (PostgreSQL): shown in the status bar, and the actions
the role may not use disabled, each with the reason in its tooltip.

The database refuses such writes anyway (row-level security); this only says so
before the user tries. On SQLite nothing changes: one file, one person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.gui.actions import ActionId
from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.service.roles import Identity

if TYPE_CHECKING:
    from annotator.gui.context import WindowContext

CONTEXT = "TeamRoles"

ROLE_NAMES = {
    "annotator": QT_TRANSLATE_NOOP("TeamRoles", "annotator"),
    "curator": QT_TRANSLATE_NOOP("TeamRoles", "curator"),
    "manager": QT_TRANSLATE_NOOP("TeamRoles", "manager"),
}
DUTIES = {
    "annotator": QT_TRANSLATE_NOOP(
        "TeamRoles", "Logged in as {login}: you write your own layers, states and time."
    ),
    "curator": QT_TRANSLATE_NOOP(
        "TeamRoles",
        "Logged in as {login}: you also write the gold layer, adjudicate and assign documents.",
    ),
    "manager": QT_TRANSLATE_NOOP(
        "TeamRoles",
        "Logged in as {login}: you also edit schemas, projects and documents, and manage members.",
    ),
}
# What each action needs, and why it is off for a lower role.
NEEDS: dict[ActionId, tuple[str, str]] = {
    ActionId.SCHEMA_EDITOR: (
        "manager",
        QT_TRANSLATE_NOOP(
            "TeamRoles",
            "Only managers change the label schema; you are logged in as {login} ({role}).",
        ),
    ),
    ActionId.INDEPENDENT: (
        "manager",
        QT_TRANSLATE_NOOP(
            "TeamRoles",
            "Only managers change a project's settings; you are logged in as {login} ({role}).",
        ),
    ),
    ActionId.IMPORT: (
        "manager",
        QT_TRANSLATE_NOOP(
            "TeamRoles",
            "Only managers import documents; you are logged in as {login} ({role}).",
        ),
    ),
    ActionId.CURATION: (
        "curator",
        QT_TRANSLATE_NOOP(
            "TeamRoles",
            "Only curators adjudicate into the gold layer; you are logged in as {login} ({role}).",
        ),
    ),
    ActionId.SET_ANNOTATOR: (
        "curator",
        QT_TRANSLATE_NOOP(
            "TeamRoles",
            "On this database your login is your annotator name: {login} ({role}).",
        ),
    ),
}


def role_name(role: str) -> str:
    """A team role in the interface language."""
    return QCoreApplication.translate(CONTEXT, ROLE_NAMES.get(role, role))


def refusals(who: Identity) -> dict[ActionId, str]:
    """The actions this login's role may not use, with the reason shown for each."""
    if not who.team or who.role is None:
        return {}
    role = role_name(who.role)
    return {
        action_id: QCoreApplication.translate(CONTEXT, reason).format(login=who.login, role=role)
        for action_id, (needed, reason) in NEEDS.items()
        if not who.at_least(needed)
    }


def apply_role(window: WindowContext) -> None:
    """Show the role in the status bar and disable what it may not do (call after the
    read-only guard, which enables the writing actions)."""
    who = window.ws.identity()
    if not who.team or who.role is None:
        return
    duties = QCoreApplication.translate(CONTEXT, DUTIES[who.role]).format(login=who.login)
    window.status.set_role(role_name(who.role), duties)
    for action_id, reason in refusals(who).items():
        action = window.acts.by_id[action_id]
        action.setEnabled(False)
        action.setToolTip(reason)
        action.setStatusTip(reason)
    for menu in window.menus.values():
        menu.setToolTipsVisible(True)


def clear_role(window: WindowContext) -> None:
    """The window moved to another database: the actions a role turned off are on
    again with their own tooltips (the read-only guard and :func:`apply_role` follow)."""
    for action_id in NEEDS:
        action = window.acts.by_id[action_id]
        action.setEnabled(True)
        action.setToolTip("")
        action.setStatusTip("")
