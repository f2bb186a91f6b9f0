"""One process searches without pause while others import the corpus and rebuild the index.

No search may fail, a rebuild must never make pictures disappear from the searcher's view,
and when everything is done the index must agree with the catalog.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from catalog.store import CatalogStore
from index import SearchIndex

pytestmark = pytest.mark.slow  # imports and rebuilds in other processes: ~7 s

QUERIES = ("", "navy", "date:2004", "missing:credit", 'by:"Phil Harvey"')

SEARCH_LOOP = """
import json, pathlib, sys, time
from index import SearchIndex

index = SearchIndex(sys.argv[1])
stop = pathlib.Path(sys.argv[2])
queries = json.loads(sys.argv[3])
while not stop.exists():
    for query in queries:
        try:
            total = index.search(query, facets=query == "").total
        except Exception as error:  # the test fails on any of these lines
            print(json.dumps({"query": query, "error": repr(error)}), flush=True)
        else:
            print(json.dumps({"query": query, "total": total, "time": time.time()}), flush=True)
"""


def photodesk(*arguments: str) -> list[str]:
    """The command line of the photodesk CLI in this environment."""
    return [sys.executable, "-c", "from scripts.cli import main; main()", *arguments]


class SearchLog:
    """Reads the search loop's lines as they come; signals when pictures first appear."""

    def __init__(self, process: subprocess.Popen):
        self.lines: list[dict] = []
        self.first_pictures = threading.Event()
        self._thread = threading.Thread(target=self._read, args=(process,))
        self._thread.start()

    def _read(self, process: subprocess.Popen) -> None:
        with process.stdout:
            for line in process.stdout:
                entry = json.loads(line)
                self.lines.append(entry)
                if entry.get("query") == "" and entry.get("total", 0) > 0:
                    self.first_pictures.set()
        self.first_pictures.set()  # the loop ended: nobody should wait any longer

    def join(self) -> None:
        self._thread.join()

    def totals(self, query: str, start: float = 0.0, end: float = float("inf")) -> list[int]:
        """The totals one query returned between two moments."""
        return [e["total"] for e in self.lines if e.get("query") == query and "total" in e and start <= e["time"] <= end]


def test_searching_while_importing_and_reindexing(tmp_path: Path, corpus_images: Path) -> None:
    data = tmp_path / "data"
    stop = tmp_path / "stop"
    searcher = subprocess.Popen(
        [sys.executable, "-c", SEARCH_LOOP, str(data / "index"), str(stop), json.dumps(QUERIES)],
        stdout=subprocess.PIPE, text=True,
    )
    log = SearchLog(searcher)
    importer = subprocess.Popen(photodesk("import", "--data", str(data), "--quiet", "--json", str(corpus_images)),
                                stdout=subprocess.PIPE, text=True)
    log.first_pictures.wait()
    # A rebuild while the import is still writing batches: both must wait for each other.
    during_import = subprocess.run(photodesk("reindex", "--data", str(data)), capture_output=True, text=True)
    summary = json.loads(importer.communicate(timeout=900)[0])  # a guard against a hang, not a speed test
    with CatalogStore(data / "catalog.sqlite") as store:
        catalogued = store.count()
    assert during_import.returncode == 0, during_import.stderr
    assert importer.returncode in (0, 1) and summary["imported"] == catalogued > 150

    started = time.time()
    rebuild = subprocess.run(photodesk("reindex", "--data", str(data)), capture_output=True, text=True)
    finished = time.time()
    assert rebuild.returncode == 0 and f"reindexed {catalogued} assets" in rebuild.stdout

    check = subprocess.run(photodesk("check", "--data", str(data)), capture_output=True, text=True)
    stop.touch()
    searcher.wait()
    log.join()

    assert searcher.returncode == 0
    assert [e for e in log.lines if "error" in e] == []
    assert check.returncode == 0 and "agree" in check.stdout, check.stdout
    # Pictures never vanish: once all were imported, every search during the rebuild saw them all.
    during_rebuild = log.totals("", started, finished)
    assert during_rebuild and set(during_rebuild) == {catalogued}
    assert log.totals("") == sorted(log.totals(""))  # the import only ever added pictures
    with SearchIndex(data / "index") as index:
        for query in QUERIES:
            final = index.search(query).total
            assert log.totals(query)[-1] == final
        assert index.search("").total == catalogued
        assert index.search("navy").total >= 7 and index.search('by:"Phil Harvey"').total >= 5
