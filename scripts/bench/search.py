"""Search benchmark: Photodesk's Whoosh index against a SQLite FTS5 table over the same records.

    python -m scripts.bench.search [--n 100000] [--seed 7] [--procs 2] [--json FILE]

Builds a deterministic synthetic archive (``scripts/bench/captions.py``) into both engines,
then runs one fixed mix of 200 queries — single words, AND, phrases, field queries, date
ranges alone and with words, prefixes/flags/NOT — every fourth with the search page's six
facet counts. Each query is timed as a whole results page: total, 20 hits with caption
extract and credit, and the facets when asked. Prints build time, index size, p50/p95
(overall and by kind) and how many queries both engines counted identically. Before
timing, both engines answer a different mix of the same kinds (warm page cache, open
searcher, loaded arrays) so that no timed query is answered from a result cache.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterator

from catalog.asset import Asset
from index import SearchIndex
from index.documents import facet_values
from index.schema import fold
from scripts.bench.captions import (
    ACTIONS,
    CITIES,
    LAST_NAMES,
    SETTINGS,
    SUBJECTS,
    TOPICS,
    Vocabulary,
    synthetic_assets,
    vocabulary,
)

PAGE_SIZE = 20
FACET_EVERY = 4
TARGETS = {"p95_ratio": 2.0, "p50_ms": 10.0, "build_s_at_100k": 90.0, "p95_ms_at_1m": 250.0}


@dataclass(frozen=True)
class BenchQuery:
    """One query of the mix, written for both engines."""

    kind: str  # word, and, phrase, field, date, date+words, other
    text: str  # Photodesk's query language
    match: str | None  # FTS5 MATCH expression, None for metadata-only queries
    where: str = ""  # SQL condition on ``meta m``
    params: tuple[Any, ...] = ()
    facets: bool = False


@dataclass
class EngineFigures:
    """What one engine measured."""

    engine: str
    generating_seconds: float = 0.0  # of build_seconds, spent making the synthetic records
    build_seconds: float = 0.0
    index_bytes: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    totals: list[int] = field(default_factory=list)


# --- the query mix -----------------------------------------------------------------------


def query_mix(n: int, seed: int, count: int = 200) -> list[BenchQuery]:
    """The fixed mix: the same ``count`` queries for the same archive size and seed."""
    rng = random.Random(f"queries-{seed}")
    words = vocabulary(n, seed)
    makers: list[tuple[int, Callable[[random.Random, Vocabulary], BenchQuery]]] = [
        (44, _single_word),
        (30, _and_words),
        (30, _phrase),
        (48, _field_query),
        (20, _date_alone),
        (20, _date_with_words),
        (8, _other),
    ]
    scale = count / sum(share for share, _ in makers)
    queries = [make(rng, words) for share, make in makers for _ in range(round(share * scale))]
    rng.shuffle(queries)
    queries = queries[:count]
    return [
        replace(q, facets=i % FACET_EVERY == FACET_EVERY - 1) for i, q in enumerate(queries)
    ]


def _common_words() -> list[str]:
    text = " ".join(SUBJECTS + ACTIONS + SETTINGS)
    return sorted({w.lower() for w in text.split() if len(w) > 3 and w.isalpha()})


def _single_word(rng: random.Random, words: Vocabulary) -> BenchQuery:
    pool = rng.choice(["common", "topic", "city", "name", "rare"])
    if pool == "common":
        word = rng.choice(_common_words())
    elif pool == "topic":
        word = rng.choice(TOPICS)
    elif pool == "city":  # typed without accents, as editors do
        word = fold(rng.choice([c for c, _, _ in CITIES if " " not in c])).capitalize()
    elif pool == "name":
        word = fold(rng.choice([n for n in LAST_NAMES if n.isalpha()])).capitalize()
    else:
        word = rng.choice(words.rare_words)
    return BenchQuery("word", word, _quoted(word))


def _and_words(rng: random.Random, words: Vocabulary) -> BenchQuery:
    picked = [rng.choice(_common_words()), rng.choice(TOPICS + tuple(_common_words()))]
    if rng.random() < 0.5:
        picked.append(fold(rng.choice([c for c, _, _ in CITIES if " " not in c])))
    return BenchQuery("and", " ".join(picked), " ".join(_quoted(w) for w in picked))


# Nobody searches for "of the": a phrase starts and ends on a word that carries meaning.
_GLUE = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "after", "during",
         "near", "outside", "under", "along", "ahead", "against", "past", "through"}


def _phrase(rng: random.Random, words: Vocabulary) -> BenchQuery:
    phrases = []
    for source in (SUBJECTS, ACTIONS, SETTINGS):
        for text in source:
            parts = text.lower().split()
            for start in range(len(parts)):
                for size in (2, 3, 4):
                    window = parts[start : start + size]
                    if len(window) == size and window[0] not in _GLUE and window[-1] not in _GLUE:
                        phrases.append(" ".join(window))
    phrase = rng.choice(sorted(set(phrases)))
    return BenchQuery("phrase", f'"{phrase}"', _quoted(phrase))


def _field_query(rng: random.Random, words: Vocabulary) -> BenchQuery:
    which = rng.choice(["credit", "agency", "by", "by-last", "city", "country", "keyword"])
    if which == "credit":
        value = rng.choice(["reuters", "ap", "afp", "getty", "epa", "xinhua"])
        return BenchQuery("field", f"credit:{value}", f"credit : {_quoted(value)}")
    if which == "agency":
        value = rng.choice(["AP", "Reuters", "AFP", "Getty Images", "EPA"])
        return BenchQuery("field", f'agency:"{value}"', None, "m.agency = ?", (value,))
    if which in ("by", "by-last"):
        name = rng.choice(words.photographers[:200])[0]
        value = name if which == "by" else name.split()[-1]
        value = fold(value) if rng.random() < 0.5 else value
        return BenchQuery("field", f'by:"{value}"', f"people : {_quoted(value)}")
    if which == "city":
        city = fold(rng.choice(CITIES)[0])
        return BenchQuery("field", f'city:"{city}"', f"city : {_quoted(city)}")
    if which == "country":
        country = rng.choice(CITIES)[1]
        return BenchQuery("field", f'country:"{country}"', f"country : {_quoted(country)}")
    topic = rng.choice(TOPICS)
    return BenchQuery("field", f"keyword:{topic}", f"keywords : {_quoted(topic)}")


def _date_range(rng: random.Random) -> tuple[str, int, int]:
    year = rng.randint(2001, 2024)
    shape = rng.choice(["year", "month", "range", "long", "open"])
    if shape == "year":
        return f"date:{year}", year * 10000 + 101, year * 10000 + 1231
    month = rng.randint(1, 12)
    if shape == "month":
        return f"date:{year}-{month:02d}", year * 10000 + month * 100 + 1, year * 10000 + month * 100 + 31
    if shape == "open":
        return f"date:[{year}-{month:02d}-01 TO *]", year * 10000 + month * 100 + 1, 99991231
    first = (year, month, rng.randint(1, 28))
    days = rng.randint(5, 120) if shape == "range" else rng.randint(200, 900)
    last_ordinal = _ordinal(*first) + days
    last = _from_ordinal(last_ordinal)
    text = f"date:[{first[0]}-{first[1]:02d}-{first[2]:02d} TO {last[0]}-{last[1]:02d}-{last[2]:02d}]"
    return text, first[0] * 10000 + first[1] * 100 + first[2], last[0] * 10000 + last[1] * 100 + last[2]


def _date_alone(rng: random.Random, words: Vocabulary) -> BenchQuery:
    text, low, high = _date_range(rng)
    return BenchQuery("date", text, None, "m.day BETWEEN ? AND ?", (low, high))


def _date_with_words(rng: random.Random, words: Vocabulary) -> BenchQuery:
    text, low, high = _date_range(rng)
    word = rng.choice(TOPICS + tuple(_common_words()))
    return BenchQuery("date+words", f"{word} {text}", _quoted(word), "m.day BETWEEN ? AND ?", (low, high))


def _other(rng: random.Random, words: Vocabulary) -> BenchQuery:
    which = rng.choice(["prefix", "gps", "uncredited", "not", "portrait"])
    if which == "prefix":
        stem = rng.choice(_common_words())[:4]
        return BenchQuery("other", f"{stem}*", f"{_quoted(stem)}*")
    if which == "gps":
        word = rng.choice(TOPICS)
        return BenchQuery("other", f"{word} has:gps", _quoted(word), "m.gps = 1")
    if which == "uncredited":
        return BenchQuery("other", "missing:credit", None, "m.credited = 0")
    if which == "portrait":
        word = rng.choice(TOPICS)
        return BenchQuery("other", f"{word} is:portrait", _quoted(word), "m.height > m.width")
    first, second = rng.choice(TOPICS), fold(rng.choice(CITIES)[1].split()[0])
    return BenchQuery("other", f"{first} NOT {second}", f"{_quoted(first)} NOT {_quoted(second)}")


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _ordinal(year: int, month: int, day: int) -> int:
    from datetime import date

    return date(year, month, day).toordinal()


def _from_ordinal(ordinal: int) -> tuple[int, int, int]:
    from datetime import date

    day = date.fromordinal(ordinal)
    return day.year, day.month, day.day


# --- SQLite FTS5 -------------------------------------------------------------------------

FTS_SCHEMA = """
CREATE VIRTUAL TABLE fts USING fts5(
    caption, headline, keywords, people, credit, city, country,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TABLE meta (
    rowid INTEGER PRIMARY KEY, id TEXT, agency TEXT, country_name TEXT, city_name TEXT,
    day INTEGER, year TEXT, gps INTEGER, credited INTEGER, width INTEGER, height INTEGER,
    credit_line TEXT, date_created TEXT
);
CREATE TABLE photographer (rowid INTEGER, name TEXT);
CREATE TABLE restriction (rowid INTEGER, flag TEXT);
"""
FTS_INDEXES = """
CREATE INDEX meta_day ON meta(day);
CREATE INDEX meta_agency ON meta(agency);
CREATE INDEX photographer_rowid ON photographer(rowid);
CREATE INDEX restriction_rowid ON restriction(rowid);
"""
FACET_SQL = {
    "agency": "SELECT m.agency, count(*) FROM hits JOIN meta m ON m.rowid = hits.rowid WHERE m.agency IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20",
    "photographer": "SELECT p.name, count(*) FROM hits JOIN photographer p ON p.rowid = hits.rowid GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20",
    "country": "SELECT m.country_name, count(*) FROM hits JOIN meta m ON m.rowid = hits.rowid WHERE m.country_name IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20",
    "city": "SELECT m.city_name, count(*) FROM hits JOIN meta m ON m.rowid = hits.rowid WHERE m.city_name IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20",
    "year": "SELECT m.year, count(*) FROM hits JOIN meta m ON m.rowid = hits.rowid WHERE m.year IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20",
    "restrictions": "SELECT r.flag, count(*) FROM hits JOIN restriction r ON r.rowid = hits.rowid GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20",
}


def build_fts5(path: Path, assets: Iterator[Asset]) -> sqlite3.Connection:
    """Load the records into an FTS5 table plus metadata tables, as a competent SQLite design would."""
    db = sqlite3.connect(path)
    db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + FTS_SCHEMA)
    with db:
        for rowid, asset in enumerate(assets, 1):
            facets = facet_values(asset)
            db.execute("INSERT INTO fts(rowid, caption, headline, keywords, people, credit, city, country) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (rowid, *_fts_columns(asset)))
            day = int(asset.date_created[:10].replace("-", "")) if asset.date_created else None
            db.execute(
                "INSERT INTO meta VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rowid, asset.id, asset.agency, asset.country, asset.city, day,
                 asset.date_created[:4] if asset.date_created else None,
                 int(asset.gps_lat is not None and asset.gps_lon is not None),
                 int(bool(asset.credit or asset.caption_credit)), asset.width, asset.height,
                 asset.credit_line, asset.date_created),
            )
            db.executemany("INSERT INTO photographer VALUES (?, ?)", [(rowid, n) for n in facets["photographer"]])
            db.executemany("INSERT INTO restriction VALUES (?, ?)", [(rowid, f) for f in asset.restrictions])
    db.executescript(FTS_INDEXES)
    db.execute("INSERT INTO fts(fts) VALUES ('optimize')")
    db.commit()
    db.execute("CREATE TEMP TABLE hits (rowid INTEGER PRIMARY KEY)")
    return db


def _fts_columns(asset: Asset) -> tuple[str, ...]:
    # The same text Photodesk's free-word field holds, column by column.
    def joined(*values: Any) -> str:
        return " ".join(dict.fromkeys(v for v in values if v))

    return (
        asset.caption or "",
        asset.headline or "",
        joined(*asset.keywords),
        joined(*asset.creators, *asset.photographers),
        joined(asset.credit, asset.caption_credit, asset.distributor, asset.agency),
        asset.city or "",
        joined(asset.country, asset.country_code),
    )


def run_fts5(db: sqlite3.Connection, query: BenchQuery) -> int:
    """One results page from FTS5: total, 20 hits with snippet and credit, facets if asked.

    Written as one would for speed: with no metadata condition the MATCH stands alone, so
    FTS5 ranks in C and stops after 20 rows, and only those 20 rows are joined.
    """
    snippet = "snippet(fts, 0, '<mark>', '</mark>', '…', 24)"
    if query.match is not None and not query.where:
        params: tuple[Any, ...] = (query.match,)
        hits = db.execute(f"SELECT rowid, caption, {snippet} FROM fts WHERE fts MATCH ? "
                          f"ORDER BY rank LIMIT {PAGE_SIZE}", params).fetchall()
        rows = [row[0] for row in hits]
        db.execute(f"SELECT id, credit_line, date_created FROM meta WHERE rowid IN ({','.join('?' * len(rows))})",
                   rows).fetchall()
        source = "FROM fts WHERE fts MATCH ?"
        rowids = "SELECT rowid FROM fts WHERE fts MATCH ?"
    elif query.match is not None:
        params = (query.match, *query.params)
        source = f"FROM fts JOIN meta m ON m.rowid = fts.rowid WHERE fts MATCH ? AND {query.where}"
        db.execute(f"SELECT m.id, fts.caption, {snippet}, m.credit_line, m.date_created {source} "
                   f"ORDER BY rank LIMIT {PAGE_SIZE}", params).fetchall()
        rowids = f"SELECT m.rowid {source}"
    else:
        params = query.params
        source = f"FROM meta m WHERE {query.where}"
        db.execute(f"SELECT m.id, f.caption, substr(f.caption, 1, 200), m.credit_line, m.date_created "
                   f"FROM meta m JOIN fts f ON f.rowid = m.rowid WHERE {query.where} "
                   f"ORDER BY m.day DESC LIMIT {PAGE_SIZE}", params).fetchall()
        rowids = f"SELECT m.rowid {source}"
    if not query.facets:
        return db.execute(f"SELECT count(*) {source}", params).fetchone()[0]
    db.execute("DELETE FROM hits")
    total = db.execute(f"INSERT INTO hits {rowids}", params).rowcount
    for sql in FACET_SQL.values():
        db.execute(sql).fetchall()
    return total


# --- running -----------------------------------------------------------------------------


def directory_bytes(path: Path) -> int:
    """Total size of the files under ``path``."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def percentile(values: list[float], share: float) -> float:
    """The ``share`` percentile (0–1) by the nearest-rank method."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def measure(n: int, seed: int, procs: int | None, workdir: Path) -> tuple[EngineFigures, EngineFigures, list[BenchQuery]]:
    """Build both engines over the same ``n`` records and time the query mix on each."""
    queries = query_mix(n, seed)
    started = time.perf_counter()
    for _asset in synthetic_assets(n, seed):
        pass
    generating = time.perf_counter() - started
    print(f"  making the {n:,} records alone takes {generating:.1f} s (part of both builds)", file=sys.stderr)
    photodesk = EngineFigures("Photodesk (Whoosh)", generating_seconds=generating)
    started = time.perf_counter()
    index = SearchIndex(workdir / "index")
    index.rebuild(synthetic_assets(n, seed), procs=procs)
    photodesk.build_seconds = time.perf_counter() - started
    photodesk.index_bytes = directory_bytes(workdir / "index")
    print(f"  Photodesk index built in {photodesk.build_seconds:.1f} s", file=sys.stderr)

    fts = EngineFigures("SQLite FTS5", generating_seconds=generating)
    started = time.perf_counter()
    db = build_fts5(workdir / "fts5.sqlite", synthetic_assets(n, seed))
    fts.build_seconds = time.perf_counter() - started
    fts.index_bytes = (workdir / "fts5.sqlite").stat().st_size
    print(f"  FTS5 table built in {fts.build_seconds:.1f} s", file=sys.stderr)

    def run_photodesk(query: BenchQuery) -> int:
        return index.search(query.text, page_size=PAGE_SIZE, facets=query.facets).total

    warm_up = query_mix(n, seed + 1)  # other queries: nothing timed is answered from a cache
    for figures, run in ((photodesk, run_photodesk), (fts, lambda q: run_fts5(db, q))):
        for query in warm_up:  # untimed: page cache warm, searcher open, arrays loaded
            run(query)
        for query in queries:
            started = time.perf_counter()
            figures.totals.append(run(query))
            figures.latencies_ms.append((time.perf_counter() - started) * 1000)
    index.close()
    db.close()
    return photodesk, fts, queries


def report(n: int, photodesk: EngineFigures, fts: EngineFigures, queries: list[BenchQuery]) -> dict[str, Any]:
    """Print the comparison table and return the figures as a dict."""
    facet_count = sum(q.facets for q in queries)
    print(f"\nSearch benchmark: {n:,} synthetic caption records, {len(queries)} queries "
          f"({facet_count} with six facet counts), {os.cpu_count()} CPUs\n")
    print(f"{'engine':<20} {'build':>9} {'net':>9} {'size':>9} {'p50':>9} {'p95':>9} {'max':>9}")
    summary: dict[str, Any] = {"records": n, "queries": len(queries), "engines": {}}
    for figures in (photodesk, fts):
        p50, p95 = percentile(figures.latencies_ms, 0.5), percentile(figures.latencies_ms, 0.95)
        net = figures.build_seconds - figures.generating_seconds
        print(f"{figures.engine:<20} {figures.build_seconds:>7.1f} s {net:>7.1f} s {figures.index_bytes / 1e6:>6.0f} MB "
              f"{p50:>6.1f} ms {p95:>6.1f} ms {max(figures.latencies_ms):>6.0f} ms")
        summary["engines"][figures.engine] = {
            "build_seconds": round(figures.build_seconds, 1), "net_build_seconds": round(net, 1),
            "index_mb": round(figures.index_bytes / 1e6),
            "p50_ms": round(p50, 2), "p95_ms": round(p95, 2), "max_ms": round(max(figures.latencies_ms), 1),
        }
    kinds = sorted({q.kind for q in queries})
    print(f"\n{'by kind (count)':<20} {'Photodesk p50/p95':>20} {'FTS5 p50/p95':>20}")
    for kind in kinds:
        picked = [i for i, q in enumerate(queries) if q.kind == kind]
        ours = [photodesk.latencies_ms[i] for i in picked]
        theirs = [fts.latencies_ms[i] for i in picked]
        print(f"{kind + f' ({len(picked)})':<20} {percentile(ours, .5):>8.1f} /{percentile(ours, .95):>7.1f} ms"
              f" {percentile(theirs, .5):>8.1f} /{percentile(theirs, .95):>7.1f} ms")
    faceted = [i for i, q in enumerate(queries) if q.facets]
    print(f"{'with facets (' + str(len(faceted)) + ')':<20} "
          f"{percentile([photodesk.latencies_ms[i] for i in faceted], .5):>8.1f} /"
          f"{percentile([photodesk.latencies_ms[i] for i in faceted], .95):>7.1f} ms"
          f" {percentile([fts.latencies_ms[i] for i in faceted], .5):>8.1f} /"
          f"{percentile([fts.latencies_ms[i] for i in faceted], .95):>7.1f} ms")
    same = sum(a == b for a, b in zip(photodesk.totals, fts.totals))
    print(f"\nidentical hit counts: {same} of {len(queries)} queries")
    for query, ours, theirs in zip(queries, photodesk.totals, fts.totals):
        if ours != theirs:
            print(f"  differs: {query.text!r}: Photodesk {ours}, FTS5 {theirs}")
    ratio = summary["engines"][photodesk.engine]["p95_ms"] / max(summary["engines"][fts.engine]["p95_ms"], 1e-9)
    print(f"\np95 Photodesk / FTS5: {ratio:.2f}× (target ≤ {TARGETS['p95_ratio']:g}×); "
          "build: 'net' leaves out making the records, which both builds include")
    summary.update(identical_totals=same, p95_ratio=round(ratio, 2),
                   mix=[asdict(q) for q in queries])
    return summary


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="records in the synthetic archive")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--procs", type=int, default=None, help="index build processes (default: up to 2)")
    parser.add_argument("--workdir", type=Path, default=None, help="keep the built indexes here")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures and the mix here")
    parser.add_argument("--show-mix", action="store_true", help="print the 200 queries")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="photodesk-bench-") as scratch:
        workdir = args.workdir or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        photodesk, fts, queries = measure(args.n, args.seed, args.procs, workdir)
        summary = report(args.n, photodesk, fts, queries)
    if args.show_mix:
        for number, query in enumerate(queries, 1):
            print(f"{number:>3} {query.kind:<11} {'F' if query.facets else ' '} {query.text}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
