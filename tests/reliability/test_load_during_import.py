"""Eight web clients browse the real server while an import of a few hundred files runs.

The load and the checks are ``scripts/bench/load_during_import.py`` (the benchmark prints
the same report with more files): no 5xx, no failed request or search, and at the end every
imported file is found, both in the full listing and by the words of its own caption.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.bench.load_during_import import KINDS, load_during_import
from scripts.bench.web import make_photos

pytestmark = pytest.mark.slow  # a few hundred files imported while clients browse: ~6 s

FILES = 240
CLIENTS = 8


def test_eight_clients_browse_without_an_error_while_photos_are_imported(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    make_photos(photos, FILES)
    report = load_during_import(photos, tmp_path / "data", clients=CLIENTS)

    assert report.import_exit == 0 and report.imported == FILES
    assert report.server_errors == 0
    assert report.failures == []  # no 5xx, no broken connection, every search answered
    assert report.unsearchable == []  # every imported file is listed and found by its caption
    during = report.during_import
    assert len(during) >= 10 * CLIENTS  # the clients really were browsing while the import ran
    assert {sample.kind for sample in during} == {kind for kind, _ in KINDS}
    # Pictures appeared while the import ran: clients opened assets the searches had shown.
    assert any(sample.kind == "thumb" for sample in during)
    assert report.is_clean
