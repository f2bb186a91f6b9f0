"""A real PostgreSQL server for the tests: Debian's ``initdb`` and ``pg_ctl`` in a temp dir, stopped at the end.

Listed in ``conftest.py``'s ``pytest_plugins``. The server runs as an unprivileged user (as root,
the ``postgres`` account Debian's package makes, else ``nobody``; PostgreSQL refuses to run as root)
and listens only on a Unix socket in its own directory, so parallel workers never collide on a
port. It trades durability for speed (``fsync=off``): a test database is thrown away. Each test that
asks for ``postgres_url`` gets a new, empty database on it. Where the server cannot start (no
``postgresql`` package), those tests skip with the reason; ``scripts/test.sh`` installs it.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import pytest

if TYPE_CHECKING:
    from catalog.settings import Settings

SERVER_USERS = ("postgres", "nobody")
PORT = 5432  # only names the socket file: the server listens on no TCP port


@dataclass
class PostgresServer:
    """A running server: its socket directory, and a way to make databases on it."""

    root: Path
    bin_dir: Path
    user: str | None  # the account it runs as (None: the test's own)
    _numbers = itertools.count(1)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@/{database}?host={self.root}&port={PORT}"

    def new_database(self) -> str:
        """A new, empty database; its URL."""
        name = f"test_{os.getpid()}_{next(self._numbers)}"
        self.psql(f"CREATE DATABASE {name}")
        return self.url(name)

    def psql(self, sql: str) -> str:
        found = subprocess.run([str(self.bin_dir / "psql"), "-X", "-q", "-At", "-d", self.url(), "-c", sql],
                               capture_output=True, text=True, check=True)
        return found.stdout

    def pg_ctl(self, *arguments: str) -> None:
        """Run ``pg_ctl`` on this server (``stop -m fast``, ``start``…) as its user."""
        command = [str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-l", str(self.root / "log"), "-w",
                   *arguments]
        if arguments[:1] == ("start",):
            command += ["-o", f"-c listen_addresses='' -k {self.root} -p {PORT}"]
        subprocess.run(command, user=self.user, capture_output=True, check=True, timeout=60)

    def stop(self, mode: str = "immediate") -> None:
        """Stop the server; ``immediate`` is a crash (this server's last commits may be lost: fsync is off)."""
        self.pg_ctl("stop", "-m", mode)

    def start(self) -> None:
        self.pg_ctl("start")


def find_bin_dir() -> Path | None:
    """Debian's PostgreSQL programs (the newest installed version), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parent.parent.name))
    return Path(found[-1]).parent if found else None


def server_user() -> str | None:
    """The account to run the server as: the test's own, unless that is root."""
    if os.geteuid() != 0:
        return None
    for name in SERVER_USERS:
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    return None


def start_server(*, durable: bool = False) -> PostgresServer:
    """Make a database cluster in a temp dir and start it; ``RuntimeError`` saying why when it cannot.

    Unless ``durable`` (benchmarks), the server does not wait for the disk: test data is thrown away."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl; "
                           "apt-get install postgresql)")
    user = server_user()
    if os.geteuid() == 0 and user is None:
        raise RuntimeError("running as root with no 'postgres' or 'nobody' account to run PostgreSQL as")
    # Not under pytest's temp dir: that is private to the test's user, and the server's user must enter.
    root = Path(tempfile.mkdtemp(prefix="photodesk-pg-"))
    if user is not None:
        os.chown(root, pwd.getpwnam(user).pw_uid, -1)
    server = PostgresServer(root=root, bin_dir=bin_dir, user=user)
    try:
        subprocess.run([str(bin_dir / "initdb"), "-D", str(server.data_dir), "-U", "postgres", "--auth=trust",
                        "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
                       user=user, capture_output=True, text=True, check=True, timeout=120)
        with open(server.data_dir / "postgresql.conf", "a") as conf:
            conf.write("max_connections = 200\n")
            if not durable:
                conf.write("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n")
        server.start()
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as error:
        detail = getattr(error, "stderr", "") or ""
        log = root / "log"
        if log.exists():
            detail += log.read_text(errors="replace")[-500:]
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {error} {detail.strip()}") from error
    return server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for this test process, stopped and removed at the end."""
    try:
        server = start_server()
    except RuntimeError as error:
        pytest.skip(str(error))
    try:
        yield server
    finally:
        try:
            server.stop()
        except subprocess.CalledProcessError:
            pass  # already stopped by a test that restarts it
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """The URL of a new, empty database on the test server."""
    return postgres_server.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def catalog_location(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """A new catalog's location on each backend: a SQLite file path, then a PostgreSQL URL."""
    if request.param == "sqlite":
        return tmp_path / "catalog.sqlite"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def catalog_settings(catalog_location: str | Path, data_dir: Path) -> "Settings":
    """Settings of a new data directory whose catalog is on each backend in turn."""
    from catalog.settings import Settings

    return Settings(data_dir=data_dir, catalog_url=catalog_location if isinstance(catalog_location, str) else None)
