"""A real PostgreSQL server for the team tests, started from the system binaries.

The server runs from Debian's ``postgresql`` binaries (``initdb``, ``pg_ctl``) in a
temporary folder on a free loopback port, as an unprivileged user when the tests run
as root (PostgreSQL refuses to run as root), with password authentication over TCP
so the tests also prove passwords are never printed. Without the binaries the tests
that need it skip and say why.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PG_USER = "postgres"
PG_PASSWORD = "s3cret-pw-Zq9"
OS_USER = "nobody"


def find_pg_bin() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, or None."""
    on_path = shutil.which("initdb")
    candidates = [Path(on_path).resolve().parent] if on_path else []
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
    )
    candidates += [Path(p) for p in reversed(versions)]
    for folder in candidates:
        if all((folder / name).exists() for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PgServer:
    host: str
    port: int

    def url(self, database: str, *, password: bool = True) -> str:
        secret = f":{PG_PASSWORD}" if password else ""
        return f"postgresql+psycopg://{PG_USER}{secret}@{self.host}:{self.port}/{database}"

    def create_database(self, name: str | None = None) -> str:
        """Create an empty database and return its URL."""
        import psycopg

        name = name or f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(
            host=self.host,
            port=self.port,
            user=PG_USER,
            password=PG_PASSWORD,
            dbname="postgres",
            autocommit=True,
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _run_as(user: str | None, args: list[str]) -> subprocess.CompletedProcess[str]:
    command = ["runuser", "-u", user, "--", *args] if user else args
    return subprocess.run(command, check=True, capture_output=True, text=True)


class PgUnavailable(RuntimeError):
    """No PostgreSQL binaries here: the tests that need a server skip with this reason."""


@dataclass
class RunningServer:
    server: PgServer
    base: Path
    bin_dir: Path
    user: str | None

    def stop(self) -> None:
        subprocess.run(
            (["runuser", "-u", self.user, "--"] if self.user else [])
            + [
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.base / "data"),
                "-m",
                "immediate",
                "-w",
                "stop",
            ],
            capture_output=True,
        )
        shutil.rmtree(self.base, ignore_errors=True)


def start_server() -> RunningServer:
    """initdb + pg_ctl start in a temporary folder; raises PgUnavailable without binaries."""
    bin_dir = find_pg_bin()
    if bin_dir is None:
        raise PgUnavailable(
            "PostgreSQL binaries (initdb, pg_ctl) not found: install Debian's 'postgresql' "
            "package to run the PostgreSQL tests"
        )
    user = OS_USER if os.geteuid() == 0 else None
    if user and shutil.which("runuser") is None:
        raise PgUnavailable("running as root without runuser: cannot start PostgreSQL")
    base = Path(tempfile.mkdtemp(prefix="annotator-pg-"))
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    pwfile = base / "pw"
    pwfile.write_text(PG_PASSWORD + "\n")
    if user:
        uid = pwd.getpwnam(user).pw_uid
        for path in (base, sock, pwfile):
            os.chown(path, uid, -1)
    port = _free_port()
    try:
        _run_as(
            user,
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                PG_USER,
                "-E",
                "UTF8",
                "--no-locale",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                f"--pwfile={pwfile}",
            ],
        )
        _run_as(
            user,
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(base / "log"),
                "-w",
                "-t",
                "60",
                "-o",
                f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c max_connections=40 -c shared_buffers=16MB",
                "start",
            ],
        )
    except subprocess.CalledProcessError as exc:
        log = (base / "log").read_text() if (base / "log").exists() else ""
        shutil.rmtree(base, ignore_errors=True)
        raise RuntimeError(f"could not start PostgreSQL: {exc.stderr}\n{log}") from None
    return RunningServer(PgServer("127.0.0.1", port), base, bin_dir, user)


def serve() -> Iterator[PgServer]:
    """The body of a pytest fixture: a running server, skipped (with the reason)
    without the binaries, stopped afterwards."""
    import pytest

    try:
        running = start_server()
    except PgUnavailable as exc:
        pytest.skip(str(exc))
    try:
        yield running.server
    finally:
        running.stop()
