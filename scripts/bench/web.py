"""Web benchmark: the real server (``photodesk serve``, waitress) on 10,000 generated photos.

How the catalog is built (once, then reused from ``--data``): N small JPEGs (320×213, a
seeded colour field with a few shapes) are drawn with Pillow and given wire-style
IPTC-IIM and XMP by ``media.embed.save_jpeg`` (caption with the agency's credit form, by-line,
Credit, Source, copyright, special instructions that yield restrictions, keywords, city and
country, a date between 2015 and 2024), using the ingest benchmark's vocabulary. They are
then imported with the real ingest driver (reader, media store with thumb/preview, SQLite
catalog, Whoosh index), exactly as ``photodesk import`` does.

The server runs in its own process; this process drives it with 8 concurrent clients
(threads, one keep-alive connection each) over a fixed, seeded mix of requests: 30 % search
pages (words, fields, two-word phrases, facet filters, date ranges, sorts, later pages),
30 % asset pages and 40 % thumbnails. After a warm-up it prints requests/s and p50/p95/p99
latency per kind. The server runs as ``photodesk serve --processes 2`` by default (one
process per core; ``--processes 1`` shows a single process).

    python -m scripts.bench.web [--assets 10000] [--requests 4000] [--clients 8] [--processes 2] [--data DIR] [--usable] [--login]

``--usable`` adds ``usable:web`` to every search (issue 16: within the search page's p95 target).
``--login`` gives the catalog a viewer account (and so turns logins on for every request) and
each client logs in through the login form first, then sends its session cookie: what
accounts cost each request (the session looked up in the catalog, the role checked).

Targets on a 2-core machine: search page p95 < 150 ms, asset page p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from PIL import Image, ImageDraw

from catalog.settings import Settings
from catalog.store import CatalogStore
from media.embed import EmbeddedMetadata, save_jpeg
from scripts.bench.ingest import AGENCIES, KEYWORDS, PHOTOGRAPHERS, PLACES, SUBJECTS

RECIPE_VERSION = 1
IMAGE_SIZE = (320, 213)
INSTRUCTIONS = ("EDITORIAL USE ONLY", "MANDATORY CREDIT", "NO SALES. NO ARCHIVES", "", "", "")
MIX = (("search", 30), ("asset", 30), ("thumb", 40))
TARGETS_P95_MS = {"search": 150.0, "asset": 50.0}
WARMUP_REQUESTS = 200


# -- the catalog ------------------------------------------------------------------------------


def photo_metadata(number: int, rng: random.Random) -> EmbeddedMetadata:
    """Seeded wire-style metadata for generated photo ``number``."""
    credit, source, form = rng.choice(AGENCIES)
    name = rng.choice(PHOTOGRAPHERS)
    city, country, code, _lat, _lon = rng.choice(PLACES)
    subject = rng.choice(SUBJECTS)
    year = rng.randint(2015, 2024)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    hour, minute = rng.randint(6, 21), rng.randint(0, 59)
    instructions = rng.choice(INSTRUCTIONS)
    if number % 97 == 0:
        instructions = f"Embargoed until {year + 1}-01-01T06:00:00Z"
    return EmbeddedMetadata(
        caption=f"{subject} in {city}, {country}, on {year}-{month:02d}-{day:02d}. Picture {number}. ({form.format(name=name)})",
        headline=f"{subject} ({city})",
        creators=(name,),
        credit=credit,
        source=source,
        copyright=f"© {year} {source}",
        special_instructions=instructions or None,
        keywords=tuple(rng.sample(KEYWORDS, 3)),
        city=city,
        country=country,
        country_code=code,
        date_created=f"{year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00+00:00",
        job_id=f"BENCH{number:06d}",
    )


def draw_photo(rng: random.Random) -> Image.Image:
    """A small seeded picture: a colour field with a few shapes."""
    image = Image.new("RGB", IMAGE_SIZE, tuple(rng.randrange(40, 200) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(4):
        x, y = rng.randrange(IMAGE_SIZE[0]), rng.randrange(IMAGE_SIZE[1])
        draw.ellipse((x, y, x + rng.randrange(20, 120), y + rng.randrange(20, 90)), fill=tuple(rng.randrange(256) for _ in range(3)))
    return image


def make_photos(folder: Path, count: int) -> None:
    """Write ``count`` generated JPEGs with metadata into ``folder`` (skipping those present)."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        path = folder / f"{number // 1000:02d}" / f"bench-{number:06d}.jpg"
        if path.exists():
            continue
        rng = random.Random(f"{RECIPE_VERSION}-{number}")
        path.parent.mkdir(exist_ok=True)
        temporary = path.with_suffix(".tmp")
        save_jpeg(draw_photo(rng), temporary, photo_metadata(number, rng), quality=80)
        temporary.replace(path)


def build_catalog(data_dir: Path, count: int) -> Settings:
    """The benchmark catalog of ``count`` photos, generated and imported unless already there."""
    settings = Settings(data_dir=data_dir / "data")
    with CatalogStore(settings.catalog) as store:
        present = store.count()
    if present >= count:
        if not is_index_usable(settings):  # made by an older Photodesk: rebuild it from the catalog
            subprocess.run([sys.executable, "-c", "from scripts.cli import main; main()", "reindex", "--data", str(settings.data_dir)], check=True)
        return settings
    started = time.perf_counter()
    make_photos(data_dir / "photos", count)
    print(f"generated {count} photos in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", "from scripts.cli import main; main()", "import", "--quiet", "--data", str(settings.data_dir), str(data_dir / "photos")],
        check=True,
    )
    print(f"imported in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return settings


def is_index_usable(settings: Settings) -> bool:
    """True when a search on this index works (its schema is the one this Photodesk writes)."""
    from index import SearchIndex

    try:
        with SearchIndex(settings.index_dir) as index:
            index.search("news", facets=True)
    except Exception:  # any failure means: rebuild
        return False
    return True


# -- the load ---------------------------------------------------------------------------------


def search_urls(rng: random.Random) -> list[str]:
    """A fixed set of search page URLs an editor might open."""
    words = [s.split()[0].lower() for s in SUBJECTS] + list(KEYWORDS)
    agencies = ["AP", "Reuters", "AFP", "Getty Images"]
    urls: list[str] = []
    for _ in range(300):
        kind = rng.randrange(10)
        args: dict[str, str] = {}
        if kind <= 3:
            args["q"] = rng.choice(words)
        elif kind == 4:
            args["q"] = f"{rng.choice(words)} {rng.choice(words)}"
        elif kind == 5:
            words_of_subject = rng.choice(SUBJECTS).lower().split()
            start = rng.randrange(len(words_of_subject) - 1)
            args["q"] = '"' + " ".join(words_of_subject[start : start + 2]) + '"'  # a two-word phrase
        elif kind == 6:
            args["q"] = f"agency:{rng.choice(['AP', 'Reuters', 'AFP'])} {rng.choice(words)}"
        elif kind == 7:
            year = rng.randint(2015, 2024)
            args.update({"q": rng.choice(words), "from": f"{year}-03", "to": f"{year}-09"})
        elif kind == 8:
            args.update({"agency": rng.choice(agencies), "sort": "newest"})
        else:
            args.update({"q": f"{rng.choice(words)[:3]}*", "page": str(rng.randint(2, 4))})
        if rng.random() < 0.2:
            args["photographer"] = rng.choice(PHOTOGRAPHERS)
        urls.append("/search?" + urlencode(args))
    return urls


def with_usable(url: str) -> str:
    """The search URL with ``usable:web`` added to its query (decided at search time: docs/rights.md)."""
    path, _, query = url.partition("?")
    args = dict(parse_qsl(query))
    args["q"] = f"{args.get('q', '')} usable:web".strip()
    return f"{path}?{urlencode(args)}"


def request_mix(asset_ids: list[str], total: int, seed: int = 7, *, usable: bool = False) -> list[tuple[str, str]]:
    """``total`` (kind, path) pairs in a fixed, seeded order following ``MIX``; ``usable``: every search
    also asks ``usable:web``."""
    rng = random.Random(seed)
    searches = search_urls(rng)
    if usable:
        searches = [with_usable(url) for url in searches]
    kinds = [kind for kind, weight in MIX for _ in range(weight)]
    mix = []
    for _ in range(total):
        kind = rng.choice(kinds)
        if kind == "search":
            mix.append((kind, rng.choice(searches)))
        elif kind == "asset":
            mix.append((kind, f"/assets/{rng.choice(asset_ids)}"))
        else:
            mix.append((kind, f"/assets/{rng.choice(asset_ids)}/thumb"))
    return mix


BENCH_USER, BENCH_PASSWORD = "bench-viewer", "bench viewer password"


def add_bench_account(settings: Settings) -> None:
    """A viewer account for the benchmark's clients (made once; the catalog then asks every request to log in)."""
    from catalog.account_changes import add_user
    from catalog.activity import Actor

    with CatalogStore(settings.catalog) as store:
        if store.user(BENCH_USER) is None:
            add_user(store, Actor(name="bench"), BENCH_USER, "viewer", BENCH_PASSWORD)


def log_in(connection: http.client.HTTPConnection) -> str:
    """Log in through the form as a browser does; the session cookie to send."""
    connection.request("GET", "/login")
    page = connection.getresponse()
    html = page.read().decode()
    cookie = page.getheader("Set-Cookie", "").split(";", 1)[0]
    token = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert token and cookie, "no login form"
    body = urlencode({"csrf_token": token.group(1), "name": BENCH_USER, "password": BENCH_PASSWORD})
    connection.request("POST", "/login", body=body, headers={
        "Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
    answer = connection.getresponse()
    answer.read()
    assert answer.status == 303, f"login failed: {answer.status}"
    return answer.getheader("Set-Cookie", "").split(";", 1)[0]


def drive(port: int, work: list[tuple[str, str]], clients: int, *,
          login: bool = False) -> tuple[dict[str, list[float]], float, list[str]]:
    """Send ``work`` with ``clients`` concurrent keep-alive connections (logged in first with ``login``);
    latencies by kind."""
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    lock = threading.Lock()
    position = iter(range(len(work)))

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        headers = {"Cookie": log_in(connection)} if login else {}
        mine: dict[str, list[float]] = defaultdict(list)
        while True:
            with lock:
                index = next(position, None)
            if index is None:
                break
            kind, path = work[index]
            started = time.perf_counter()
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            elapsed = time.perf_counter() - started
            if response.status != 200:
                with lock:
                    errors.append(f"{response.status} {path}")
            mine[kind].append(elapsed)
        connection.close()
        with lock:
            for kind, values in mine.items():
                latencies[kind].extend(values)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, time.perf_counter() - started, errors


def percentile(values: list[float], share: float) -> float:
    """The ``share`` quantile (0–1) of ``values``, by the nearest-rank method."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def start_server(settings: Settings, threads: int, processes: int) -> tuple[subprocess.Popen, int]:
    """``photodesk serve`` on a free port, in its own process(es)."""
    process = subprocess.Popen(
        [sys.executable, "-c", "from scripts.cli import main; main()", "serve", "--data", str(settings.data_dir),
         "--port", "0", "--threads", str(threads), "--processes", str(processes)],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stderr is not None
    line = process.stderr.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        process.kill()
        raise SystemExit(f"server did not start: {line}")
    # Keep reading its log (to our stderr), or a full pipe would block the server.
    threading.Thread(target=lambda: [sys.stderr.write(text) for text in process.stderr], daemon=True).start()
    return process, int(match.group(1))


def main() -> None:
    """Build (or reuse) the catalog, start the server, drive it, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assets", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=4_000, help="measured requests (after a warm-up)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--threads", type=int, default=8, help="server worker threads per process")
    parser.add_argument("--processes", type=int, default=2, help="server processes (photodesk serve --processes)")
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "photodesk-bench-web")
    parser.add_argument("--usable", action="store_true",
                        help="every search also asks usable:web, under the rights benchmark's agreements")
    parser.add_argument("--login", action="store_true",
                        help="turn logins on (a viewer account) and have every client log in first")
    options = parser.parse_args()

    settings = build_catalog(options.data, options.assets)
    if options.login:
        add_bench_account(settings)
    if options.usable:
        from catalog.rights import parse_agreements
        from scripts.bench.rights import AGREEMENTS

        with CatalogStore(settings.catalog) as store:
            store.import_agreements(parse_agreements(AGREEMENTS))
    load_before = os.getloadavg()[0]  # other work on the machine skews every figure below
    with CatalogStore(settings.catalog) as store:
        asset_ids = sorted(asset.id for asset in store.iter_assets())
    process, port = start_server(settings, options.threads, options.processes)
    try:
        drive(port, request_mix(asset_ids, WARMUP_REQUESTS, seed=1, usable=options.usable), options.clients,
              login=options.login)
        latencies, seconds, errors = drive(port, request_mix(asset_ids, options.requests, usable=options.usable),
                                           options.clients, login=options.login)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    total = sum(len(values) for values in latencies.values())
    print(f"{len(asset_ids)} assets, {options.clients} clients{' logged in' if options.login else ''}, "
          f"{options.processes} server processes × {options.threads} threads, "
          f"{os.cpu_count()} CPUs, load average before: {load_before:.1f}")
    print(f"{total} requests in {seconds:.1f} s: {total / seconds:.0f} requests/s" + (f", {len(errors)} errors (first: {errors[0]})" if errors else ""))
    print(f"{'kind':<8} {'count':>6} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}  target")
    for kind, _weight in MIX:
        values = latencies.get(kind, [])
        if not values:
            continue
        p50, p95, p99 = (percentile(values, q) * 1000 for q in (0.50, 0.95, 0.99))
        target = TARGETS_P95_MS.get(kind)
        verdict = "" if target is None else f"p95 < {target:.0f} ms: {'met' if p95 < target else 'MISSED'}"
        print(f"{kind:<8} {len(values):>6} {len(values) / seconds:>7.0f} {p50:>8.1f} {p95:>8.1f} {p99:>8.1f}  {verdict}")


if __name__ == "__main__":
    main()
