"""Rights decisions benchmark: ``photodesk rights ID --json`` for 10,000 pictures, and usable:web.

The pictures are the credits benchmark's 10,000 wire captions (``scripts.bench.credits``),
read as ingest reads them (credit attribution and restrictions, embargoes included), with
dates taken over ten years, in a real SQLite catalog in a temporary folder, under seven
agreements (one per wire, a distributor's, an own-picture rule). Timed, fastest of
``--repeat`` runs:

- ``decide``: each picture's decision on every channel, as JSON text, from assets in memory;
- ``command``: what ``photodesk rights ID --json`` does for each picture after start-up:
  read the asset and its kill notice from the catalog, decide, make the JSON line it prints;
- ``usable:web``: the search, a first time on a fresh searcher (every profile decided) and
  again (the verdicts of the day cached), over an index of the same pictures.

    python -m scripts.bench.rights [--count 10000] [--repeat 3]

Target (issue 16): 10,000 decisions in under 2 s in all.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from catalog.asset import Asset
from catalog.credits import attribute
from catalog.restrictions import derive_restrictions
from catalog.rights import parse_agreements
from catalog.settings import Settings
from scripts.bench.credits import captions
from scripts.terminal import json_text

AGREEMENTS = '''
[desk]
own = ["credit:Big Newspaper"]
timezone = "Europe/Berlin"

[[agreement]]
id = "ap"
supplier = "AP"
matches = ["agency:AP"]
channels = ["print", "web", "social"]
starts = 2020-01-01
retention_days = 365
credit = "{agency} Photo/{photographers}"

[[agreement]]
id = "reuters"
supplier = "Reuters"
matches = ["agency:Reuters"]
channels = ["print", "web"]
starts = 2018-01-01
ends = 2026-12-31

[[agreement]]
id = "afp"
supplier = "AFP"
matches = ["agency:AFP"]
channels = ["print", "web", "social", "newsletter"]
starts = 2015-01-01

[[agreement]]
id = "getty"
supplier = "Getty Images"
matches = ["distributor:Getty Images", "agency:Getty Images"]
channels = ["print", "web"]
starts = 2015-01-01
fee = "per-use"
price = 150
currency = "USD"

[[agreement]]
id = "epa"
supplier = "EPA"
matches = ["credit:EPA"]
channels = ["print", "web"]
starts = 2019-01-01
retention_days = 30

[[agreement]]
id = "dpa"
supplier = "dpa"
matches = ["credit:dpa"]
channels = ["print", "web", "social", "newsletter", "marketing", "sales"]
starts = 2015-01-01
'''
NOW = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)


def pictures(count: int) -> list[Asset]:
    """``count`` assets as ingest would make them from the credits benchmark's captions."""
    made = []
    for index, (caption, credit, instructions) in enumerate(captions(count)):
        found = attribute(caption=caption, credit=credit or None, source=None, creators=())
        restrictions = derive_restrictions(special_instructions=instructions or None, caption=caption)
        sha256 = hashlib.sha256(f"rights-{index}".encode()).hexdigest()
        taken = f"{2017 + index % 10}-{index % 12 + 1:02d}-{index % 28 + 1:02d}" + ("T10:00:00+01:00" if index % 2 else "")
        made.append(Asset(
            id=sha256[:16], sha256=sha256, file_size=1000, filename=f"{index}.jpg", source_path=f"/wire/{index}.jpg",
            caption=caption, credit=credit or None, special_instructions=instructions or None,
            caption_credit=found.credit_line if found else None, agency=found.agency if found else None,
            photographers=tuple(found.photographers) if found else (), distributor=found.distributor if found else None,
            restrictions=restrictions.flags, embargo_until=restrictions.embargo_until, date_created=taken,
            imported_at="2026-12-01T00:00:00+00:00",
        ))
    return made


def bench_rights(count: int = 10_000, repeat: int = 3) -> dict[str, float | int | str]:
    """Time the decisions of ``count`` pictures in memory and as the command makes them, and usable:web."""
    from catalog.desk import Desk
    from index.rights_filter import RightsNow

    assets = pictures(count)
    found = parse_agreements(AGREEMENTS)
    with tempfile.TemporaryDirectory(prefix="photodesk-rights-bench-") as folder:
        settings = Settings(data_dir=Path(folder) / "data")
        with Desk.open(settings) as desk:
            with desk.catalog.transaction():
                for asset in assets:
                    desk.catalog.upsert(asset)
            desk.catalog.import_agreements(found)
            desk.index.index(assets)
            book = desk.rights_book()
            verdicts: dict[str, int] = {}
            decide_seconds, command_seconds = [], []
            for _ in range(repeat):
                started = time.perf_counter()
                for asset in assets:
                    json.dumps(book.decide(asset, NOW).to_record(), ensure_ascii=False)
                decide_seconds.append(time.perf_counter() - started)
                started = time.perf_counter()
                for asset in assets:
                    decision = desk.decide(asset.id, NOW, book=book)
                    json_text(decision.to_record())  # as the command prints it
                command_seconds.append(time.perf_counter() - started)
            for asset in assets:
                verdict = book.decide(asset, NOW).channels["web"].verdict
                verdicts[verdict] = verdicts.get(verdict, 0) + 1
            rights = RightsNow(book=book, now=NOW)
            started = time.perf_counter()
            total = desk.index.search("usable:web", rights=rights, facets=True).total
            first = time.perf_counter() - started
            again = []
            for _ in range(repeat):
                later = RightsNow(book=desk.rights_book(), now=NOW)
                started = time.perf_counter()
                desk.index.search("usable:web", rights=later, facets=True)
                again.append(time.perf_counter() - started)
    return {"pictures": count, "decide_seconds": min(decide_seconds), "command_seconds": min(command_seconds),
            "web_verdicts": json.dumps(dict(sorted(verdicts.items()))), "usable_web_total": total,
            "usable_web_first_seconds": first, "usable_web_seconds": min(again)}


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="pictures (default 10000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the fastest counts (default 3)")
    options = parser.parse_args(argv)
    result = bench_rights(options.count, options.repeat)
    print(f"rights     {result['pictures']} decisions, every channel, as JSON: {result['decide_seconds']:.3f} s in memory,"
          f" {result['command_seconds']:.3f} s as `rights ID --json` does after start-up (target < 2 s)")
    print(f"           web verdicts now: {result['web_verdicts']}")
    print(f"           usable:web: {result['usable_web_total']} hits, {result['usable_web_first_seconds'] * 1000:.0f} ms"
          f" on a fresh searcher, {result['usable_web_seconds'] * 1000:.1f} ms after")


if __name__ == "__main__":
    main()


__all__ = ["AGREEMENTS", "bench_rights", "pictures"]
