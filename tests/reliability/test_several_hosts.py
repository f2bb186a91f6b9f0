"""Several hosts over one PostgreSQL catalog: real ``photodesk serve`` processes, each with its own index.

Two data directories play two web hosts; an import through one is found by the other's search
without a restart, a host killed with SIGKILL catches up when it starts again, and a PostgreSQL
restart under a search load gives clear 503s and then full service (docs/postgresql.md).
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from catalog.settings import Settings
from tests.helpers.photo_files import write_photos
from tests.helpers.postgres import start_server
from tests.helpers.web_fixtures import serving_process

pytestmark = pytest.mark.slow  # servers and imports in other processes

PHOTODESK = str(Path(sys.executable).with_name("photodesk"))


@contextmanager
def serving(data: Path, catalog: str, media: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """``photodesk serve`` of one host on the shared catalog and media; yields its base URL and its process."""
    with serving_process(Settings(data_dir=data), "--catalog", catalog, "--media", str(media)) as served:
        yield served


def found(base: str, query: str) -> int:
    """How many pictures a host's search finds."""
    with urllib.request.urlopen(f"{base}/api/search?q={query}", timeout=30) as answer:
        return json.load(answer)["total"]


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


def wait_for(condition, seconds: float = 60.0) -> float | None:
    """Seconds until ``condition()`` held, or None when it did not within ``seconds``."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > seconds:
            return None
        time.sleep(0.1)
    return time.monotonic() - started


def import_into(data: Path, catalog: str, media: Path, folder: Path) -> None:
    subprocess.run([PHOTODESK, "import", "--data", str(data), "--catalog", catalog, "--media", str(media), "--quiet",
                    str(folder)], check=True, capture_output=True, timeout=600)


def test_an_import_through_one_host_is_found_on_the_other_and_a_killed_host_catches_up(
        postgres_url: str, tmp_path: Path) -> None:
    media, host_a, host_b = tmp_path / "media", tmp_path / "host-a", tmp_path / "host-b"
    with serving(host_a, postgres_url, media) as (url_a, _), serving(host_b, postgres_url, media) as (url_b, b):
        write_photos(tmp_path / "wire", 4)
        import_into(host_a, postgres_url, media, tmp_path / "wire")
        assert found(url_a, "*") == 4  # the importing host indexed its own import
        lag = wait_for(lambda: found(url_b, "*") == 4)
        assert lag is not None, "host B never found host A's import"
        print(f"host B found host A's import {lag:.1f} s after it ended")  # the README's figure: within 5 s
        b.kill()  # SIGKILL: no clean shutdown
        b.wait()
        write_photos(tmp_path / "more", 3, start=100)
        import_into(host_a, postgres_url, media, tmp_path / "more")
    with serving(host_b, postgres_url, media) as (url_b, _):
        assert wait_for(lambda: found(url_b, "*") == 7) is not None, "host B did not catch up after a restart"


def test_a_postgresql_restart_under_a_search_load_gives_clear_503s_then_full_service(tmp_path: Path) -> None:
    server = start_server()  # its own: this test stops it
    try:
        url = server.new_database()
        media, host = tmp_path / "media", tmp_path / "host"
        write_photos(tmp_path / "wire", 3)
        import_into(host, url, media, tmp_path / "wire")
        with serving(host, url, media) as (base, _):
            statuses: Counter[int] = Counter()
            stop = threading.Event()

            def load() -> None:
                while not stop.is_set():
                    statuses[status_of(f"{base}/api/search?q=*")] += 1

            clients = [threading.Thread(target=load) for _ in range(4)]
            for client in clients:
                client.start()
            try:
                assert wait_for(lambda: statuses[200] > 10) is not None
                server.stop("fast")
                assert wait_for(lambda: statuses[503] > 3) is not None, statuses
                with urllib.request.urlopen(f"{base}/api/search?q=*", timeout=30) as answer:
                    pytest.fail(f"answered {answer.status} while PostgreSQL was down")
            except urllib.error.HTTPError as error:
                assert error.code == 503
                assert error.headers["Retry-After"] == "5"
                assert "not answering" in json.load(error)["error"]["message"]
            finally:
                server.start()
                served = statuses[200]
                recovered = wait_for(lambda: statuses[200] > served + 10)
                stop.set()
                for client in clients:
                    client.join()
            assert recovered is not None, statuses
            assert set(statuses) == {200, 503}, statuses  # nothing else: no 500 at any point
            assert found(base, "*") == 3  # nothing lost
    finally:
        server.stop()
        import shutil

        shutil.rmtree(server.root, ignore_errors=True)
