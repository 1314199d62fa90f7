"""Team roles on PostgreSQL: group roles, grants and row-level security policies.

Every person is a database login; the database decides what each login may write,
whatever client it uses (the window, the CLI or a hand-written script). Three group
roles per database, named ``<database>_annotator``, ``<database>_curator`` and
``<database>_manager`` so two Annotator databases on one server never share a group;
each group is a member of the one below it, so a curator is also an annotator and a
manager also a curator. The database owner is the first manager.

Who may do what (enforced by the policies below):

- annotator: writes its own layers (spans, relations, referents, notes), its own
  document states and time; reads the others' layers unless the project uses
  independent annotation;
- curator: also writes the ``gold`` layer, reads every layer and assigns documents;
- manager: also writes projects, label schemas, documents and every layer (imports),
  and manages members.

History rows get the login that wrote them (``history.login``) from a trigger, so no
client can record another name. On SQLite nothing here runs: one file, one person.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from annotator.model.errors import Message
from annotator.model.names import GOLD

ROLES = ("annotator", "curator", "manager")  # lowest first; each includes the ones before
MAX_NAME = 63  # PostgreSQL's identifier length (NAMEDATALEN - 1)

# Tables holding one annotator's rows (``annotator_id``, ``document_id``).
LAYER_TABLES = ("spans", "relations", "referents", "notes", "document_states")
# Tables only managers write (the label schema, projects, documents).
MANAGER_TABLES = ("projects", "labels", "relation_types", "documents", "project_totals")


def group_names(database: str) -> dict[str, str]:
    """The group role of each team role in ``database`` (a long name is shortened
    with a digest, keeping names unique and within PostgreSQL's 63 characters)."""
    base = database
    if len(base) + len("_annotator") > MAX_NAME:
        digest = hashlib.sha256(database.encode()).hexdigest()[:8]
        base = f"{database[: MAX_NAME - len('_annotator') - 9]}_{digest}"
    return {role: f"{base}_{role}" for role in ROLES}


def is_postgresql(bind: Session | Connection) -> bool:
    dialect = bind.get_bind().dialect if isinstance(bind, Session) else bind.dialect
    return dialect.name == "postgresql"


def _quote(bind: Session | Connection, name: str) -> str:
    dialect = bind.get_bind().dialect if isinstance(bind, Session) else bind.dialect
    return dialect.identifier_preparer.quote_identifier(name)


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def may_create_roles(conn: Connection) -> bool:
    """Whether this login can create the group roles (superuser or CREATEROLE)."""
    row = conn.execute(
        text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    return bool(row)


def _functions(schema: str, groups: dict[str, str]) -> list[str]:
    """The helper functions the policies call. Their bodies name every table with its
    schema, so a temporary table called ``annotators`` cannot change who ``me`` is."""
    s = schema
    return [
        f"CREATE OR REPLACE FUNCTION {s}.team_self_id() RETURNS integer "
        f"LANGUAGE sql STABLE AS $$ SELECT id FROM {s}.annotators "
        "WHERE name = current_user $$",
        f"CREATE OR REPLACE FUNCTION {s}.team_is_curator() RETURNS boolean "
        "LANGUAGE sql STABLE AS $$ SELECT pg_catalog.pg_has_role(current_user, "
        f"{_literal(groups['curator'])}, 'MEMBER') $$",
        f"CREATE OR REPLACE FUNCTION {s}.team_is_manager() RETURNS boolean "
        "LANGUAGE sql STABLE AS $$ SELECT pg_catalog.pg_has_role(current_user, "
        f"{_literal(groups['manager'])}, 'MEMBER') $$",
        # Whether a document's project hides other annotators' layers (may_see).
        f"CREATE OR REPLACE FUNCTION {s}.team_hidden(doc integer) RETURNS boolean "
        f"LANGUAGE sql STABLE AS $$ SELECT coalesce((SELECT p.independent FROM "
        f"{s}.documents d JOIN {s}.projects p ON p.id = d.project_id WHERE d.id = doc), "
        "false) $$",
        f"CREATE OR REPLACE FUNCTION {s}.team_any_hidden() RETURNS boolean "
        f"LANGUAGE sql STABLE AS $$ SELECT EXISTS (SELECT 1 FROM {s}.projects "
        "WHERE independent) $$",
        f"CREATE OR REPLACE FUNCTION {s}.team_gold_id() RETURNS integer "
        f"LANGUAGE sql STABLE AS $$ SELECT id FROM {s}.annotators "
        f"WHERE name = {_literal(GOLD)} $$",
        # History records the login that wrote it; only a manager may write another
        # (``db copy`` keeps the rows it copies as they were).
        f"CREATE OR REPLACE FUNCTION {s}.team_history_login() RETURNS trigger "
        f"LANGUAGE plpgsql AS $$ BEGIN IF NOT {s}.team_is_manager() THEN "
        "NEW.login := current_user; END IF; RETURN NEW; END $$",
    ]


def _rules(schema: str) -> dict[str, dict[str, str]]:
    """Who may read and write the rows of each table members write: table -> command
    -> the policy's condition. Tables not named here are read-only to members."""
    s = schema
    # Each "(SELECT f())" is evaluated once per statement (an InitPlan), not per row:
    # on 100,000 spans that is the difference between a few and tens of microseconds
    # per row. Only a project with independent annotation costs a lookup per row.
    me = f"(SELECT {s}.team_self_id())"
    manager = f"(SELECT {s}.team_is_manager())"
    curator = f"(SELECT {s}.team_is_curator())"

    def visible(table: str) -> str:
        """The row's document is in a project without independent annotation (an
        index lookup per row, and only when some project has it on)."""
        return (
            f"NOT (SELECT {s}.team_any_hidden()) OR NOT EXISTS (SELECT 1 FROM {s}.documents d "
            f"JOIN {s}.projects p ON p.id = d.project_id "
            f"WHERE d.id = {table}.document_id AND p.independent)"
        )

    rules: dict[str, dict[str, str]] = {}
    for table in LAYER_TABLES:
        write = (
            f"annotator_id = {me} OR {manager} "
            f"OR ({curator} AND annotator_id = (SELECT {s}.team_gold_id()))"
        )
        rules[table] = {
            "SELECT": f"annotator_id = {me} OR {curator} OR {visible(table)}",
            "INSERT": write,
            "UPDATE": write,
            "DELETE": write,
        }
    for table in MANAGER_TABLES:
        rules[table] = {"SELECT": "true", "INSERT": manager, "UPDATE": manager, "DELETE": manager}
    rules["annotators"] = {
        "SELECT": "true",
        # A row is only a name (writes map a login to the row of its name): members add
        # their own, curators the ones they assign documents to (and gold).
        "INSERT": f"name = current_user OR {curator}",
        "UPDATE": manager,
        "DELETE": manager,
    }
    rules["assignments"] = {"SELECT": "true", "INSERT": curator, "UPDATE": curator}
    rules["assignments"]["DELETE"] = curator
    rules["history"] = {
        "SELECT": f"login = current_user OR {curator} OR document_id IS NULL "
        f"OR {visible('history')}",
        "INSERT": f"login = current_user OR {manager}",
        "UPDATE": manager,
        "DELETE": manager,
    }
    rejected_by = (
        f"rejected_by = '' OR rejected_by = current_user OR {manager} "
        f"OR (rejected_by = {_literal(GOLD)} AND {curator})"
    )
    rules["suggestions"] = {
        "SELECT": "true",
        "INSERT": rejected_by,
        "UPDATE": rejected_by,
        "DELETE": "true",
    }
    rules["suggestion_models"] = {"SELECT": "true", "INSERT": "true"}
    rules["suggestion_models"] |= {"UPDATE": "true", "DELETE": "true"}
    # Derived positions of the document list (migration 0010): any member's list builds
    # them, and the documents' triggers (a manager's import) delete them.
    rules["list_checkpoints"] = {"SELECT": "true", "INSERT": "true", "UPDATE": "true"}
    rules["list_checkpoints"]["DELETE"] = "true"
    # Span counts per layer (migration 0014): the triggers on ``spans`` write them as
    # the member whose span changed (the span's own policy decides that write).
    rules["span_totals"] = {"SELECT": "true", "INSERT": "true", "UPDATE": "true"}
    rules["span_totals"]["DELETE"] = "true"
    return rules


def _policies(schema: str, tables: set[str]) -> list[str]:
    """Row-level security on every table of ``tables`` that members write."""
    s = schema
    statements = []
    for table, commands in _rules(schema).items():
        if table not in tables:
            continue
        statements.append(f"ALTER TABLE {s}.{table} ENABLE ROW LEVEL SECURITY")
        for command, rule in commands.items():
            name = f"team_{command.lower()}"
            statements.append(f"DROP POLICY IF EXISTS {name} ON {s}.{table}")
            clause = "WITH CHECK" if command == "INSERT" else "USING"
            extra = f" WITH CHECK ({rule})" if command == "UPDATE" else ""
            statements.append(
                f"CREATE POLICY {name} ON {s}.{table} FOR {command} {clause} ({rule}){extra}"
            )
    statements += [
        f"ALTER TABLE {s}.history ALTER COLUMN login SET DEFAULT CURRENT_USER",
        f"DROP TRIGGER IF EXISTS team_history_login ON {s}.history",
        f"CREATE TRIGGER team_history_login BEFORE INSERT ON {s}.history "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.team_history_login()",
    ]
    return statements


def install(conn: Connection) -> bool:
    """Create the group roles, grants, functions and policies (idempotent); the
    database owner becomes a manager. Returns False, changing nothing, when this
    login may not create roles (then ``annotator db init`` by one that may)."""
    if not is_postgresql(conn) or not may_create_roles(conn):
        return False
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    owner = conn.execute(
        text("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")
    ).scalar_one()
    schema = _quote(conn, conn.execute(text("SELECT current_schema()")).scalar_one())
    groups = group_names(database)
    existing = set(
        conn.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
            {"names": list(groups.values())},
        ).scalars()
    )
    q = {role: _quote(conn, name) for role, name in groups.items()}
    db = _quote(conn, database)
    statements = [
        f"CREATE ROLE {_quote(conn, name)} NOLOGIN"
        for name in groups.values()
        if name not in existing
    ]
    statements += [
        f"GRANT {q['annotator']} TO {q['curator']}",
        f"GRANT {q['curator']} TO {q['manager']}",
        f"GRANT {q['manager']} TO {_quote(conn, owner)}",
        f"REVOKE CONNECT ON DATABASE {db} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {q['annotator']}",
        # The policies' subplans make the planner's cost estimates of a big read high
        # enough to start LLVM JIT compilation, which costs far more than it saves
        # (100,000 spans: 490 ms instead of 40 ms); these are short queries.
        f"ALTER DATABASE {db} SET jit = off",
        f"GRANT USAGE ON SCHEMA {schema} TO {q['annotator']}",
        # Members read every table; they write only tables with policies below. A
        # table a later migration adds stays read-only to them until it has some.
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {q['annotator']}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {q['annotator']}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {q['annotator']}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT USAGE, SELECT ON SEQUENCES "
        f"TO {q['annotator']}",
    ]
    tables = set(
        conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    )
    writable = sorted(tables & set(_rules(schema)))
    statements += [
        f"GRANT INSERT, UPDATE, DELETE ON {schema}.{table} TO {q['annotator']}"
        for table in writable
    ]
    statements += _functions(schema, groups)
    statements += _policies(schema, tables)
    for statement in statements:
        conn.execute(text(statement))
    return True


def uninstall(conn: Connection) -> None:
    """Remove the policies, trigger and functions (the downgrade of 0009); the group
    roles stay, since members may still belong to them."""
    schema = _quote(conn, conn.execute(text("SELECT current_schema()")).scalar_one())
    tables = {
        row[0]
        for row in conn.execute(
            text("SELECT tablename FROM pg_policies WHERE policyname LIKE 'team_%'")
        )
    }
    for table in sorted(tables):
        for command in ("select", "insert", "update", "delete"):
            conn.execute(text(f"DROP POLICY IF EXISTS team_{command} ON {schema}.{table}"))
        conn.execute(text(f"ALTER TABLE {schema}.{table} DISABLE ROW LEVEL SECURITY"))
    conn.execute(text(f"DROP TRIGGER IF EXISTS team_history_login ON {schema}.history"))
    conn.execute(text(f"ALTER TABLE {schema}.history ALTER COLUMN login DROP DEFAULT"))
    for function in (
        "team_history_login()",
        "team_gold_id()",
        "team_any_hidden()",
        "team_hidden(integer)",
        "team_is_manager()",
        "team_is_curator()",
        "team_self_id()",
    ):
        conn.execute(text(f"DROP FUNCTION IF EXISTS {schema}.{function}"))


# Refusals -------------------------------------------------------------------

# Table names are ASCII identifiers (ours), so an explicit class, not ``\w``.
_REFUSED_TABLE = re.compile(
    r'(?:policy for table|permission denied for table) "?([A-Za-z0-9_.]+)"?'
)


def refusal(reason: str, login: str | None) -> str:
    """One line for a permission refusal of the server (SQLSTATE 42501): what the
    refused table holds, who may write it, and who is logged in."""
    found = _REFUSED_TABLE.search(reason)
    table = found.group(1).rsplit(".", 1)[-1] if found else ""
    if table in LAYER_TABLES:
        what = Message(
            "that layer belongs to another annotator (its owner writes it; curators "
            "also write gold, managers every layer)"
        )
    elif table in (*MANAGER_TABLES, "annotators"):
        what = Message("only managers change projects, label schemas, documents and members")
    elif table == "assignments":
        what = Message("only curators and managers assign documents")
    elif table == "history":
        what = Message("history rows record the login that wrote them")
    else:
        what = Message("the server refused it ({reason})", reason=reason)
    who = Message("; you are logged in as {login}", login=login) if login else ""
    return Message("not saved: {what}{who}", what=what, who=who)


# Identity ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Login:
    """Who this connection is: the login, its team role (or None) and whether the
    database has team roles at all."""

    name: str
    role: str | None
    installed: bool


def current_login(s: Session) -> Login:
    """The login of this session and its highest team role in this database."""
    database, name, superuser = s.execute(
        text(
            "SELECT current_database(), current_user, "
            "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
        )
    ).one()
    groups = group_names(database)
    found: dict[str, bool] = dict(
        s.execute(
            text(
                "SELECT rolname, pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles "
                "WHERE rolname = ANY(:names)"
            ),
            {"names": list(groups.values())},
        ).all()
    )
    installed = len(found) == len(groups)
    role = None
    for team_role in ROLES:
        if found.get(groups[team_role]):
            role = team_role
    if superuser:
        role = "manager"
    return Login(name, role, installed)


# Members -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    role: str | None  # None: no role here any more (removed), or never a login
    login: bool  # a server login of that name exists


def members(s: Session, names: Sequence[str]) -> list[Member]:
    """The team role of each name (annotator rows and group members) in this database."""
    database = s.execute(text("SELECT current_database()")).scalar_one()
    groups = group_names(database)
    rows = s.execute(
        text(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a "
            "JOIN pg_roles m ON m.oid = a.member JOIN pg_roles g ON g.oid = a.roleid "
            "WHERE g.rolname = ANY(:groups)"
        ),
        {"groups": list(groups.values())},
    ).all()
    by_group = {name: role for role, name in groups.items()}
    role_of: dict[str, str] = {}
    for member, group in rows:
        if member in groups.values():
            continue
        role = by_group[group]
        if member not in role_of or ROLES.index(role) > ROLES.index(role_of[member]):
            role_of[member] = role
    wanted = sorted(set(names) | set(role_of))
    logins = set(
        s.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names) AND rolcanlogin"),
            {"names": wanted},
        ).scalars()
    )
    return [Member(name, role_of.get(name), name in logins) for name in wanted]


def login_exists(s: Session, name: str) -> bool:
    found = s.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    return found is not None


def create_login(s: Session, name: str, password: str) -> None:
    """A new server login. The password reaches the server already hashed
    (SCRAM-SHA-256, computed by libpq), so no statement log can show it."""
    raw = s.connection().connection.dbapi_connection
    pgconn = raw.pgconn  # type: ignore[union-attr]
    verifier = pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
    # The verifier holds ':' which text() would read as bind parameters.
    s.connection().exec_driver_sql(
        f"CREATE ROLE {_quote(s, name)} LOGIN PASSWORD {_literal(verifier.decode())}"
    )


def set_role(s: Session, name: str, role: str | None) -> None:
    """Make ``name`` a member of exactly one group of this database (none: removed)."""
    database = s.execute(text("SELECT current_database()")).scalar_one()
    groups = group_names(database)
    who = _quote(s, name)
    for other, group in groups.items():
        if other != role:
            s.execute(text(f"REVOKE {_quote(s, group)} FROM {who}"))
    if role is not None:
        s.execute(text(f"GRANT {_quote(s, groups[role])} TO {who}"))
    # Managers manage members: that needs CREATEROLE. A login that stops being a
    # manager here loses it, unless it manages another Annotator database.
    if role == "manager":
        s.execute(text(f"ALTER ROLE {who} CREATEROLE"))
    elif not _manages_elsewhere(s, name, groups["manager"]) and not _superuser(s, name):
        s.execute(text(f"ALTER ROLE {who} NOCREATEROLE"))


def _manages_elsewhere(s: Session, name: str, here: str) -> bool:
    found = s.execute(
        text(
            "SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = :n "
            "AND g.rolname LIKE '%\\_manager' AND g.rolname <> :here"
        ),
        {"n": name, "here": here},
    ).first()
    return found is not None


def _superuser(s: Session, name: str) -> bool:
    return bool(
        s.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar()
    )


def end_sessions(s: Session, name: str) -> int:
    """Disconnect ``name``'s open sessions on this database where this login may
    (superuser or pg_signal_backend); returns how many ended."""
    try:
        with s.begin_nested():
            ended = s.execute(
                text(
                    "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM "
                    "pg_stat_activity WHERE usename = :n AND datname = current_database()"
                ),
                {"n": name},
            ).scalar()
    except DBAPIError:  # not allowed here: the revoked login cannot reconnect anyway
        return 0
    return int(ended or 0)


def database_name(s: Session) -> str:
    return str(s.execute(text("SELECT current_database()")).scalar_one())


def spans_of(s: Session, name: str) -> int:
    """How many spans ``name``'s layers hold (what ``team remove`` keeps)."""
    return int(
        s.execute(
            text(
                "SELECT count(*) FROM spans WHERE annotator_id = "
                "(SELECT id FROM annotators WHERE name = :n)"
            ),
            {"n": name},
        ).scalar_one()
    )


def database_owner(s: Session) -> str:
    return str(
        s.execute(
            text(
                "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
            )
        ).scalar_one()
    )


__all__ = [
    "LAYER_TABLES",
    "MANAGER_TABLES",
    "ROLES",
    "Login",
    "Member",
    "create_login",
    "current_login",
    "database_name",
    "database_owner",
    "end_sessions",
    "group_names",
    "install",
    "login_exists",
    "members",
    "refusal",
    "set_role",
    "spans_of",
    "uninstall",
]
