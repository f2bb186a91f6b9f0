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

    python -m scripts.bench.web [--assets 10000] [--requests 4000] [--clients 8] [--processes 2] [--data DIR] [--usable] [--login] [--hosts N]

``--usable`` adds ``usable:web`` to every search (issue 16: within the search page's p95 target).
``--login`` gives the catalog a viewer account (and so turns logins on for every request) and
each client logs in through the login form first, then sends its session cookie: what
accounts cost each request (the session looked up in the catalog, the role checked).
``--hosts N`` (N ≥ 2; docs/postgresql.md) measures several machines beside one: first the SQLite
catalog on one host as above, then the same photos imported into a throwaway PostgreSQL server on
this machine (``tests.helpers.postgres``, fsync on) and served by N data directories, each its own
index (the first imports, the others ``photodesk reindex`` from the catalog), sharing one media
directory: N ``photodesk serve`` processes, each driven by ``--clients`` clients at once. It prints
both tables side by side. Its default is 2,000 photos and 2,000 requests per host, a run of a few
minutes on 2 cores.

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


def photodesk_command(command: str, settings: Settings, *arguments: str) -> list[str]:
    """The ``photodesk COMMAND`` line for this data directory, its catalog and its media store."""
    line = [sys.executable, "-c", "from scripts.cli import main; main()", command, "--data", str(settings.data_dir)]
    if settings.catalog_url:
        line += ["--catalog", settings.catalog_url]
    if settings.media_root:
        line += ["--media", str(settings.media_root)]
    return line + list(arguments)


def build_catalog(data_dir: Path, count: int, settings: Settings | None = None) -> Settings:
    """The benchmark catalog of ``count`` photos (in ``settings``, default ``data_dir``/data),
    generated and imported unless already there."""
    settings = settings or Settings(data_dir=data_dir / "data")
    with CatalogStore(settings.catalog) as store:
        present = store.count()
    if present >= count:
        if not is_index_usable(settings):  # made by an older Photodesk: rebuild it from the catalog
            subprocess.run(photodesk_command("reindex", settings), check=True)
        return settings
    started = time.perf_counter()
    make_photos(data_dir / "photos", count)
    print(f"generated {count} photos in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    started = time.perf_counter()
    subprocess.run(photodesk_command("import", settings, "--quiet", str(data_dir / "photos")), check=True)
    print(f"imported in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return settings


def build_hosts(data_dir: Path, count: int, catalog_url: str, hosts: int) -> list[Settings]:
    """``hosts`` data directories over one catalog at ``catalog_url`` and one media directory: the
    first imports the photos (``data_dir``/photos), each other builds its index from the catalog as a new host does."""
    every = [Settings(data_dir=data_dir / "postgresql" / f"host-{number + 1}", catalog_url=catalog_url,
                      media_root=data_dir / "postgresql" / "shared-media") for number in range(hosts)]
    build_catalog(data_dir, count, every[0])
    started = time.perf_counter()
    for settings in every[1:]:
        subprocess.run(photodesk_command("reindex", settings), check=True)
    print(f"{hosts - 1} more host(s) indexed from the catalog in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return every


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
        photodesk_command("serve", settings, "--port", "0", "--threads", str(threads), "--processes", str(processes)),
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


def prepare(settings: Settings, options: argparse.Namespace) -> list[str]:
    """The catalog's accounts and agreements the options ask for; its asset ids."""
    if options.login:
        add_bench_account(settings)
    if options.usable:
        from catalog.rights import parse_agreements
        from scripts.bench.rights import AGREEMENTS

        with CatalogStore(settings.catalog) as store:
            store.import_agreements(parse_agreements(AGREEMENTS))
    with CatalogStore(settings.catalog) as store:
        return sorted(asset.id for asset in store.iter_assets())


def measure(hosts: list[Settings], asset_ids: list[str],
            options: argparse.Namespace) -> tuple[dict[str, list[float]], float, list[str]]:
    """Serve each host and drive them all at once (``options.clients`` clients each, a warm-up first);
    the latencies of every host by kind, the longest host's seconds, the errors."""
    servers = []
    try:
        for settings in hosts:
            servers.append(start_server(settings, options.threads, options.processes))
        results: list = [None] * len(servers)

        def run(number: int, total: int, seed: int) -> None:
            work = request_mix(asset_ids, total, seed=seed, usable=options.usable)
            results[number] = drive(servers[number][1], work, options.clients, login=options.login)

        for total, seed in ((WARMUP_REQUESTS, 1), (options.requests, 7)):
            threads = [threading.Thread(target=run, args=(number, total, seed + 100 * number))
                       for number in range(len(servers))]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
    finally:
        for process, _port in servers:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
    latencies: dict[str, list[float]] = defaultdict(list)
    for host_latencies, _seconds, _errors in results:
        for kind, values in host_latencies.items():
            latencies[kind].extend(values)
    return latencies, max(result[1] for result in results), [error for result in results for error in result[2]]


def figures(values: list[float]) -> tuple[float, float, float]:
    """p50, p95 and p99 in milliseconds."""
    return tuple(percentile(values, q) * 1000 for q in (0.50, 0.95, 0.99))  # type: ignore[return-value]


def print_one(latencies: dict[str, list[float]], seconds: float, errors: list[str]) -> None:
    """One run's table: requests/s and p50/p95/p99 per kind against the targets."""
    total = sum(len(values) for values in latencies.values())
    print(f"{total} requests in {seconds:.1f} s: {total / seconds:.0f} requests/s" + (f", {len(errors)} errors (first: {errors[0]})" if errors else ""))
    print(f"{'kind':<8} {'count':>6} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}  target")
    for kind, _weight in MIX:
        values = latencies.get(kind, [])
        if not values:
            continue
        p50, p95, p99 = figures(values)
        target = TARGETS_P95_MS.get(kind)
        verdict = "" if target is None else f"p95 < {target:.0f} ms: {'met' if p95 < target else 'MISSED'}"
        print(f"{kind:<8} {len(values):>6} {len(values) / seconds:>7.0f} {p50:>8.1f} {p95:>8.1f} {p99:>8.1f}  {verdict}")


def print_side_by_side(runs: dict[str, tuple[dict[str, list[float]], float, list[str]]]) -> None:
    """Each run's requests/s and p50/p95 per kind, one column pair per run."""
    names = list(runs)
    print(f"{'':<10}" + "".join(f"{name:>28}" for name in names))
    print(f"{'requests/s':<10}" + "".join(
        f"{sum(len(v) for v in latencies.values()) / seconds:>28.0f}" for latencies, seconds, _ in runs.values()))
    print(f"{'errors':<10}" + "".join(f"{len(errors):>28}" for _, _, errors in runs.values()))
    for kind, _weight in MIX:
        cells = []
        for latencies, _seconds, _errors in runs.values():
            p50, p95, _p99 = figures(latencies.get(kind) or [0.0])
            cells.append(f"p50 {p50:6.1f}  p95 {p95:6.1f} ms")
        print(f"{kind:<10}" + "".join(f"{cell:>28}" for cell in cells))


def several_hosts(options: argparse.Namespace) -> None:
    """SQLite on one host, then PostgreSQL behind ``options.hosts`` hosts: both tables side by side."""
    import shutil

    from tests.helpers.postgres import start_server as start_postgres

    runs = {}
    started = time.perf_counter()
    settings = build_catalog(options.data, options.assets)
    asset_ids = prepare(settings, options)
    load = [os.getloadavg()[0]]  # other work on the machine skews every figure below
    runs["SQLite, 1 host"] = measure([settings], asset_ids, options)
    load.append(os.getloadavg()[0])
    server = start_postgres(durable=True)
    try:
        hosts = build_hosts(options.data, options.assets, server.new_database(), options.hosts)
        asset_ids = prepare(hosts[0], options)
        load.append(os.getloadavg()[0])
        runs[f"PostgreSQL, {options.hosts} hosts"] = measure(hosts, asset_ids, options)
    finally:
        server.stop("fast")
        shutil.rmtree(server.root, ignore_errors=True)
        shutil.rmtree(options.data / "postgresql", ignore_errors=True)  # its catalog went with the server
    load.append(os.getloadavg()[0])
    print(f"{len(asset_ids)} assets; {options.clients} clients{' logged in' if options.login else ''} per host; "
          f"each host photodesk serve --processes {options.processes} × {options.threads} threads; "
          f"{options.requests} requests per host after {WARMUP_REQUESTS} to warm up; {os.cpu_count()} CPUs shared by "
          f"every host, the clients and PostgreSQL (over a Unix socket, fsync on); load average (1 min) "
          f"before, between and after: {', '.join(f'{value:.1f}' for value in load)}; "
          f"the whole run took {time.perf_counter() - started:.0f} s")
    print_side_by_side(runs)


def main() -> None:
    """Build (or reuse) the catalog, start the server(s), drive them, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assets", type=int, default=None, help="photos (default 10,000; 2,000 with --hosts)")
    parser.add_argument("--requests", type=int, default=None,
                        help="measured requests per host, after a warm-up (default 4,000; 2,000 with --hosts)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (per host)")
    parser.add_argument("--threads", type=int, default=8, help="server worker threads per process")
    parser.add_argument("--processes", type=int, default=2, help="server processes (photodesk serve --processes)")
    parser.add_argument("--data", type=Path, help="where the photos and catalogs are kept between runs "
                        "(default photodesk-bench-web, with --hosts photodesk-bench-hosts, in $TMPDIR or /tmp)")
    parser.add_argument("--usable", action="store_true",
                        help="every search also asks usable:web, under the rights benchmark's agreements")
    parser.add_argument("--login", action="store_true",
                        help="turn logins on (a viewer account) and have every client log in first")
    parser.add_argument("--hosts", type=int, default=1,
                        help="2 or more: also the catalog on PostgreSQL behind this many hosts, beside SQLite on one")
    options = parser.parse_args()
    several = options.hosts > 1
    options.assets = options.assets or (2_000 if several else 10_000)
    options.requests = options.requests or (2_000 if several else 4_000)
    options.data = options.data or Path(os.environ.get("TMPDIR", "/tmp")) / (
        "photodesk-bench-hosts" if several else "photodesk-bench-web")
    if several:
        several_hosts(options)
        return

    settings = build_catalog(options.data, options.assets)
    asset_ids = prepare(settings, options)
    load_before = os.getloadavg()[0]  # other work on the machine skews every figure below
    latencies, seconds, errors = measure([settings], asset_ids, options)
    print(f"{len(asset_ids)} assets, {options.clients} clients{' logged in' if options.login else ''}, "
          f"{options.processes} server processes × {options.threads} threads, "
          f"{os.cpu_count()} CPUs, load average before: {load_before:.1f}")
    print_one(latencies, seconds, errors)


if __name__ == "__main__":
    main()
