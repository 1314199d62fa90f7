"""Fixtures for team features: a real PostgreSQL server the tests start themselves.

See ``team_pg.py``: a server from the system's binaries on a free loopback port, torn
down after the session. Without binaries, tests that need it skip and say why.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from team_pg import PgServer, serve


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    yield from serve()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A fresh, empty PostgreSQL database for one test (URL with the password)."""
    return pg_server.create_database()
