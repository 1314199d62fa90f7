"""Team roles: who is logged in, what the role allows, and the members of a team.

On PostgreSQL the annotator is the database login (``current_user``); its team role
(annotator, curator, manager; see :mod:`annotator.storage.roles`) decides what it may
write, and the database enforces it with row-level security for every client. The
checks here only turn what the database would refuse into one clear line before it
is tried ("bina's layer belongs to bina; you are logged in as asha"). On SQLite
nobody is logged in and everything is allowed: one file, one person.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from annotator.model.errors import InvalidInput, Message, NotFound, PermissionRefused
from annotator.model.names import GOLD
from annotator.storage import roles as store
from annotator.storage.repository import Repository

if TYPE_CHECKING:
    from annotator.storage import Database, Transaction


class Workspace(Protocol):
    """What these use-cases need of :class:`annotator.service.Workspace` (which imports
    this module, so it is not imported here)."""

    db: Database

    def identity(self) -> Identity: ...

    def forget_identity(self) -> None: ...

    def check_writable(self) -> None: ...


ROLES = store.ROLES
# What each role may do, for the window's tooltips and ``team list``.
ROLE_DUTIES = {
    "annotator": "writes its own layers, document states and time",
    "curator": "also writes gold, adjudicates and assigns documents",
    "manager": "also edits schemas, projects and documents, and manages members",
}


@dataclass(frozen=True, slots=True)
class Identity:
    """Who this connection is. ``login`` is None on SQLite (no logins: everything is
    allowed); ``role`` is None on a PostgreSQL database without team roles."""

    login: str | None = None
    role: str | None = None

    @property
    def team(self) -> bool:
        """Whether team roles apply (PostgreSQL with the roles installed)."""
        return self.login is not None and self.role is not None

    def at_least(self, role: str) -> bool:
        return not self.team or ROLES.index(self.role or "") >= ROLES.index(role)

    def describe(self) -> str:
        """ "asha (annotator)" for messages and the status bar."""
        return f"{self.login} ({self.role})" if self.role else str(self.login)

    def layer_refusal(self, owner: str) -> str | None:
        """Why this login may not write ``owner``'s layer, or None."""
        if not self.team or owner == self.login or self.at_least("manager"):
            return None
        if owner == GOLD:
            if self.at_least("curator"):
                return None
            return Message(
                "the {gold} layer is written only by curators; you are logged in as {login}",
                gold=GOLD,
                login=self.describe(),
            )
        return Message(
            "{owner}'s layer belongs to {owner}; you are logged in as {login}",
            owner=owner,
            login=self.login,
        )

    def role_refusal(self, role: str, what: str) -> str | None:
        """Why this login may not do ``what`` (which needs ``role``), or None."""
        if self.at_least(role):
            return None
        return Message(
            "{what} needs the {role} role; you are logged in as {login}",
            what=what,
            role=role,
            login=self.describe(),
        )


def identity_of(database: Database) -> Identity:
    """Ask the server who this connection is (nothing to ask on SQLite)."""
    if database.is_sqlite:
        return Identity()
    with database.reading() as s:
        login = store.current_login(s)
    database.login = login.name
    return Identity(login.name, login.role if login.installed else None)


def check_layer(identity: Identity, owner: str) -> None:
    """Raise :class:`PermissionRefused` for a write into a layer the role may not write."""
    reason = identity.layer_refusal(owner)
    if reason:
        raise PermissionRefused(reason)


def require(workspace: Workspace, role: str, what: str) -> None:
    """Raise :class:`PermissionRefused` unless the login has at least ``role``."""
    reason = workspace.identity().role_refusal(role, what)
    if reason:
        raise PermissionRefused(reason)


def working_name(workspace: Workspace, requested: str | None) -> str | None:
    """The annotator name to work as: on PostgreSQL with team roles the login (or
    ``gold`` for a curator); ``--annotator`` may only name those. ``None``: the
    caller's own default (SQLite)."""
    who = workspace.identity()
    if not who.team:
        return requested
    allowed = [who.login] + ([GOLD] if who.at_least("curator") else [])
    if requested is None or requested in allowed:
        return requested or who.login
    raise PermissionRefused(
        f"--annotator {requested}: you are logged in to {workspace.db.display} as "
        f"{who.describe()} and may work only as " + " or ".join(str(a) for a in allowed)
    )


# Members ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AddedMember:
    name: str
    role: str
    password: str | None  # generated here (show it once); None: given, or login existed
    login_created: bool


@dataclass(frozen=True, slots=True)
class RemovedMember:
    name: str
    spans_kept: int
    sessions_ended: int


def _team_database(workspace: Workspace, what: str) -> None:
    """Team commands need PostgreSQL with team roles, and a manager."""
    if workspace.db.is_sqlite:
        raise InvalidInput(
            f"{what}: team roles need a PostgreSQL database (a SQLite file belongs to "
            "one person); see `annotator --db postgresql+psycopg://USER@HOST/NAME`"
        )
    who = workspace.identity()
    if who.role is None and who.login is not None:
        with workspace.db.reading() as s:
            installed = store.current_login(s).installed
        if not installed:
            raise InvalidInput(
                f"{what}: this database has no team roles yet; run `annotator db init` "
                "as its owner or a login with CREATEROLE"
            )
    require(workspace, "manager", what)


def _check_name(name: str, role: str) -> None:
    if role not in ROLES:
        raise InvalidInput(f"--role {role}: use one of {', '.join(ROLES)}")
    if not name or len(name) > store.MAX_NAME or name != name.strip():
        raise InvalidInput(
            f"{name!r} cannot be a login name (1 to {store.MAX_NAME} characters, "
            "no spaces around it)"
        )
    if name == GOLD or name.startswith("pg_") or name in ("public", "postgres"):
        raise InvalidInput(f"{name!r} is reserved and cannot be a member's login")


def add_member(
    workspace: Workspace, name: str, role: str, password: str | None = None
) -> AddedMember:
    """Give ``name`` a login (with ``password``, or a generated one) and ``role``; an
    existing login keeps its password and only gains the role here."""
    _check_name(name, role)
    _team_database(workspace, f"adding {name}")
    workspace.check_writable()
    generated = None
    with workspace.db.writing() as s:
        if name in store.group_names(store.database_name(s)).values():
            raise InvalidInput(f"{name!r} is one of this database's group roles")
        created = not store.login_exists(s, name)
        if created:
            if password is None:
                password = generated = secrets.token_urlsafe(12)
            store.create_login(s, name, password)
        store.set_role(s, name, role)
        Repository(s).log(
            "", "team add", "annotator", None, None, None, {"name": name, "role": role}
        )
    return AddedMember(name, role, generated, created)


def set_member_role(workspace: Workspace, name: str, role: str) -> str | None:
    """Change a member's role; returns the role they had."""
    _check_name(name, role)
    _team_database(workspace, f"changing {name}'s role")
    workspace.check_writable()
    with workspace.db.writing() as s:
        if not store.login_exists(s, name):
            raise NotFound(f"no login named {name!r} on this server (add it with `team add`)")
        before = _role_of(s, name)
        if before == "manager" and role != "manager" and name == store.database_owner(s):
            raise InvalidInput(f"{name} owns this database and stays a manager")
        store.set_role(s, name, role)
        Repository(s).log(
            "", "team role", "annotator", None, None, {"role": before}, {"role": role}
        )
    return before


def remove_member(workspace: Workspace, name: str) -> RemovedMember:
    """Revoke ``name``'s role here (the login can no longer connect to this database);
    the layers stay."""
    _team_database(workspace, f"removing {name}")
    workspace.check_writable()
    with workspace.db.writing() as s:
        if _role_of(s, name) is None:
            raise NotFound(f"{name!r} is not a member of this database")
        if name == store.database_owner(s):
            raise InvalidInput(f"{name} owns this database and cannot be removed")
        store.set_role(s, name, None)
        Repository(s).log("", "team remove", "annotator", None, None, {"name": name}, None)
        spans = store.spans_of(s, name)
        ended = store.end_sessions(s, name)
    return RemovedMember(name, spans, ended)


@dataclass(frozen=True, slots=True)
class TeamSetup:
    installed: bool  # False: this login may not create roles (nothing changed)
    groups: dict[str, str]  # team role -> group role in this database
    owner: str


def install_roles(workspace: Workspace) -> TeamSetup | None:
    """Set up (again) the group roles, grants and row-level security of a PostgreSQL
    database; None on SQLite, which has no logins."""
    if workspace.db.is_sqlite:
        return None
    workspace.check_writable()
    with workspace.db.writing() as s:
        installed = store.install(s.connection())
        setup = TeamSetup(
            installed, store.group_names(store.database_name(s)), store.database_owner(s)
        )
    workspace.forget_identity()
    return setup


def list_members(workspace: Workspace) -> list[store.Member]:
    """Every annotator of the database and every member of its groups, with roles."""
    if workspace.db.is_sqlite:
        raise InvalidInput(
            "team list: team roles need a PostgreSQL database (a SQLite file belongs to one person)"
        )
    with workspace.db.reading() as s:
        names = [n for n in _names(Repository(s)) if n != GOLD]
        return store.members(s, names)


def _names(repo: Repository) -> list[str]:
    return sorted(repo.annotator_names().values())


def _role_of(s: Transaction, name: str) -> str | None:
    found = [m for m in store.members(s, [name]) if m.name == name]
    return found[0].role if found else None


__all__ = [
    "ROLES",
    "ROLE_DUTIES",
    "AddedMember",
    "Identity",
    "RemovedMember",
    "TeamSetup",
    "add_member",
    "check_layer",
    "identity_of",
    "install_roles",
    "list_members",
    "remove_member",
    "require",
    "set_member_role",
    "working_name",
]
