"""Search over the real corpus: exact hit sets for every query form, checked against an oracle.

The assets come from the real reader and reconciler (``media.reader.read_image`` and
``catalog.reconcile.reconcile``), indexed in one batch. Expected hit sets are computed here
from those assets with a deliberately plain oracle (fold with ``unicodedata``, split into
words, Porter-stem prose), and ``has:gps`` is checked against exiftool's ``expected.json``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Iterable

import pytest
from whoosh.lang.porter import stem

from catalog.asset import Asset, record_stamp
from catalog.errors import FileProblem
from catalog.reconcile import reconcile
from catalog.spellings import most_used, value_key
from index import SearchIndex
from media.reader import read_image

WORD = re.compile(r"\w+(?:\.?\w+)*")


# --- the oracle ----------------------------------------------------------------------------


def folded(text: str) -> str:
    """Lowercase without accents (the oracle's own folding)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str | None) -> list[str]:
    """The folded words of a text."""
    return WORD.findall(folded(text or ""))


def stems(text: str | None) -> list[str]:
    """The stemmed words of a text."""
    return [stem(w) for w in words(text)]


def searchable_values(asset: Asset) -> list[str]:
    """Every value free words search (caption, headline, title, keywords, people, credit, places)."""
    values = [asset.caption, asset.headline, asset.title, *asset.keywords, *asset.creators,
              *asset.photographers, asset.credit, asset.caption_credit, asset.distributor, asset.agency,
              asset.sublocation, asset.city, asset.state, asset.country, asset.country_code]
    return [v for v in values if v]


def contains(sequence: list[str], part: list[str]) -> bool:
    """Whether ``part`` occurs contiguously in ``sequence``."""
    return any(sequence[i : i + len(part)] == part for i in range(len(sequence) - len(part) + 1))


def with_words(assets: Iterable[Asset], values_of, wanted: list[str], analyse=words) -> set[str]:
    """Ids of assets where one value holds ``wanted`` as consecutive words."""
    return {a.id for a in assets if any(contains(analyse(v), wanted) for v in values_of(a) if v)}


def date_parts(asset: Asset) -> tuple[int, ...]:
    """The stated date as integers, as precise as written: (2004, 6, 21) or (2004,)."""
    match = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d))?)?)?)?", asset.date_created or "")
    return tuple(int(g) for g in match.groups() if g) if match else ()


# --- the corpus, read, reconciled and indexed once ---------------------------------------------


@pytest.fixture(scope="module")
def corpus_assets(corpus_images: Path) -> list[Asset]:
    """Every readable corpus file as an Asset."""
    assets = []
    for path in sorted(p for p in corpus_images.rglob("*") if p.is_file()):
        try:
            raw = read_image(path)
        except FileProblem:
            continue  # the corpus holds deliberately broken files
        data = path.read_bytes()
        assets.append(reconcile(raw, sha256=hashlib.sha256(data).hexdigest(), file_size=len(data),
                                source_path=str(path), imported_at=f"2024-01-01T00:{len(assets) // 60:02d}:{len(assets) % 60:02d}"))
    assert len(assets) > 150
    return assets


@pytest.fixture(scope="module")
def corpus_index(corpus_assets: list[Asset], tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """The corpus in a real index on disk."""
    index = SearchIndex(tmp_path_factory.mktemp("corpus") / "index")
    index.index(corpus_assets)
    yield index
    index.close()


def ids(index: SearchIndex, query: str, **options: object) -> set[str]:
    """Every id the query finds, checking the total agrees with the hits."""
    results = index.search(query, page_size=200, **options)  # type: ignore[arg-type]
    assert results.message is None, results.message
    assert results.total == len(results.hits)
    return {hit.id for hit in results.hits}


def first_words(assets: list[Asset], field: str, minimum: int = 4) -> list[str]:
    """One long-enough alphabetic word from each asset's ``field``, each word once."""
    found: dict[str, None] = {}
    for asset in assets:
        for word in WORD.findall(getattr(asset, field) or ""):
            if word.isalpha() and len(word) >= minimum:
                found.setdefault(word, None)
                break
    return list(found)


# --- tests ---------------------------------------------------------------------------------


def test_every_readable_file_is_indexed_at_its_stamp(corpus_index: SearchIndex, corpus_assets: list[Asset]) -> None:
    assert corpus_index.count() == len(corpus_assets)
    assert corpus_index.stamps() == {a.id: record_stamp(a) for a in corpus_assets}
    assert corpus_index.search("").total == len({a.id for a in corpus_assets})


def test_free_words_find_exactly_the_assets_that_contain_them(
    corpus_index: SearchIndex, corpus_assets: list[Asset]
) -> None:
    checked = 0
    for word in first_words(corpus_assets, "caption") + first_words(corpus_assets, "headline"):
        expected = with_words(corpus_assets, searchable_values, stems(word), analyse=stems)
        assert ids(corpus_index, word) == expected, word
        checked += 1
    assert checked >= 25


def test_two_words_must_both_match(corpus_index: SearchIndex, corpus_assets: list[Asset]) -> None:
    captions = [a for a in corpus_assets if len([w for w in words(a.caption) if w.isalpha()]) >= 6]
    assert len(captions) >= 10
    for asset in captions:
        first, last = [w for w in words(asset.caption) if w.isalpha()][0], [w for w in words(asset.caption) if w.isalpha()][-1]
        expected = {a.id for a in corpus_assets
                    if all(any(stem(w) in stems(v) for v in searchable_values(a)) for w in (first, last))}
        assert asset.id in expected
        assert ids(corpus_index, f"{first} {last}") == expected, (first, last)


def test_phrases_need_the_words_together(corpus_index: SearchIndex, corpus_assets: list[Asset]) -> None:
    checked = 0
    for asset in corpus_assets:
        caption_words = [w for w in WORD.findall(asset.caption or "")]
        if len(caption_words) < 4:
            continue
        phrase = " ".join(caption_words[1:4])
        expected = with_words(corpus_assets, searchable_values, stems(phrase), analyse=stems)
        assert asset.id in expected
        assert ids(corpus_index, f'"{phrase}"') == expected, phrase
        reversed_phrase = " ".join(reversed(caption_words[1:4]))
        assert ids(corpus_index, f'"{reversed_phrase}"') == with_words(
            corpus_assets, searchable_values, stems(reversed_phrase), analyse=stems
        )
        checked += 1
    assert checked >= 20


def test_field_queries_find_exactly_the_assets_whose_field_holds_the_word(corpus_index: SearchIndex, corpus_assets: list[Asset]) -> None:
    def credit_values(a: Asset) -> list[str | None]:
        return [a.credit, a.caption_credit, a.distributor, a.agency]

    def people(a: Asset) -> list[str]:
        return [*a.creators, *a.photographers]

    checked = Counter()
    for asset in corpus_assets:
        for word in [w for w in WORD.findall(asset.credit or "") if w.isalpha()][:2]:
            assert ids(corpus_index, f"credit:{word}") == with_words(corpus_assets, credit_values, words(word)), word
            checked["credit"] += 1
        for name in people(asset):
            expected = with_words(corpus_assets, people, words(name))
            if words(name):
                assert ids(corpus_index, f'by:"{name}"') == expected, name
                checked["by"] += 1
        if asset.agency:
            expected = {a.id for a in corpus_assets if a.agency and folded(a.agency) == folded(asset.agency)}
            assert ids(corpus_index, f'agency:"{asset.agency}"') == expected
            checked["agency"] += 1
        if asset.city:
            assert ids(corpus_index, f'city:"{asset.city}"') == with_words(corpus_assets, lambda a: [a.city], words(asset.city))
            checked["city"] += 1
        if asset.country:
            assert ids(corpus_index, f'country:"{asset.country}"') == with_words(
                corpus_assets, lambda a: [a.country, a.country_code], words(asset.country))
            checked["country"] += 1
        for keyword in asset.keywords[:2]:
            if stems(keyword):
                assert ids(corpus_index, f'keyword:"{keyword}"') == with_words(
                    corpus_assets, lambda a: list(a.keywords), stems(keyword), analyse=stems), keyword
                checked["keyword"] += 1
        if asset.source:
            expected = {a.id for a in corpus_assets if a.source and folded(a.source.strip()) == folded(asset.source.strip())}
            assert ids(corpus_index, f'source:"{asset.source}"') == expected
            checked["source"] += 1
    assert min(checked.values()) >= 5 and len(checked) == 7, checked


def test_accent_folded_names_and_places(corpus_index: SearchIndex, corpus_assets: list[Asset]) -> None:
    for typed, accented in [("Goteborg", "Göteborg"), ("Jose Mourinho", "José Mourinho"), ("Canas", "Cañas"),
                            ("Portratt", "Porträtt")]:
        expected = {a.id for a in corpus_assets
                    if any(contains(words(v), words(typed)) for v in searchable_values(a))}
        assert expected, typed
        assert ids(corpus_index, typed) == expected
        assert ids(corpus_index, accented) == expected
    assert ids(corpus_index, 'by:"Oscar Canas"') == {a.id for a in corpus_assets if "Óscar Cañas" in a.photographers}


def test_date_queries_find_exactly_the_assets_of_that_year_month_or_day(corpus_index: SearchIndex, corpus_assets: list[Asset]) -> None:
    dated = {a.id: date_parts(a) for a in corpus_assets if date_parts(a)}
    years = sorted({parts[0] for parts in dated.values()})
    assert len(years) >= 10
    for year in years:
        assert ids(corpus_index, f"date:{year}") == {i for i, p in dated.items() if p[0] == year}
    for parts in {p[:2] for p in dated.values() if len(p) >= 2}:
        assert ids(corpus_index, f"date:{parts[0]}-{parts[1]:02d}") == {i for i, p in dated.items() if p[:2] == parts}
    for parts in list({p[:3] for p in dated.values() if len(p) >= 3})[:15]:
        text = "-".join(f"{n:02d}" for n in parts)
        assert ids(corpus_index, f"date:{text}") == {i for i, p in dated.items() if p[:3] == parts}

    def within(parts: tuple[int, ...], low: tuple[int, int, int], high: tuple[int, int, int]) -> bool:
        # A date known only to the month or year is inside when its whole period is.
        first = parts + (1,) * (3 - len(parts[:3]))
        last = parts[:3] + (12, 31)[len(parts[:3]) - 1 :] if len(parts) < 3 else parts[:3]
        return low <= tuple(first[:3]) and tuple(last[:3]) <= high

    for low, high in [((2004, 1, 1), (2006, 6, 30)), ((2003, 8, 30), (2003, 8, 31)), ((2014, 12, 6), (2099, 12, 31)),
                      ((1985, 1, 1), (2001, 12, 31))]:
        text = f"date:[{low[0]}-{low[1]:02d}-{low[2]:02d} TO {high[0]}-{high[1]:02d}-{high[2]:02d}]"
        assert ids(corpus_index, text) == {i for i, p in dated.items() if within(p, low, high)}, text
    assert ids(corpus_index, f"date:[{years[-3]} TO *]") == {i for i, p in dated.items() if p[0] >= years[-3]}
    assert ids(corpus_index, f"date:[* TO {years[2]}]") == {i for i, p in dated.items() if p[0] <= years[2]}
    assert ids(corpus_index, "missing:date") == {a.id for a in corpus_assets if a.id not in dated}


def test_has_and_missing_find_exactly_the_assets_with_and_without_the_field(corpus_index: SearchIndex, corpus_assets: list[Asset], expected: dict, corpus_dir: Path) -> None:
    by_path = {a.source_path: a.id for a in corpus_assets}
    with_gps = {by_path[str(corpus_dir / key)] for key, record in expected.items()
                if record["gps_latitude"] is not None and str(corpus_dir / key) in by_path}
    assert len(with_gps) >= 10
    assert ids(corpus_index, "has:gps") == with_gps  # exiftool's reading, not ours
    checks = {
        "missing:credit": lambda a: not (a.credit or a.caption_credit),
        "missing:caption": lambda a: not a.caption,
        "has:caption": lambda a: bool(a.caption),
        "has:keywords": lambda a: bool(a.keywords),
        "missing:city": lambda a: not a.city,
        "has:copyright": lambda a: bool(a.copyright),
        "missing:photographer": lambda a: not a.photographers,
        "has:restrictions": lambda a: bool(a.restrictions),
        "is:portrait": lambda a: bool(a.width and a.height and a.height > a.width),
        "is:landscape": lambda a: bool(a.width and a.height and a.height < a.width),
        "width:>1000": lambda a: bool(a.width and a.width > 1000),
    }
    for query, predicate in checks.items():
        assert ids(corpus_index, query) == {a.id for a in corpus_assets if predicate(a)}, query
    uncredited_with_caption = {a.id for a in corpus_assets if a.caption and not (a.credit or a.caption_credit)}
    assert ids(corpus_index, "missing:credit has:caption") == uncredited_with_caption


def test_facets_count_like_the_assets(corpus_index: SearchIndex, corpus_assets: list[Asset]) -> None:
    results = corpus_index.search("", facets=True, facet_limit=1000)

    def counted(values: Iterable[str], facet: str = "") -> list[tuple[str, int]]:
        # Spellings of one value count as one, shown as the files spell it most (catalog.spellings).
        spellings: dict[str, Counter[str]] = {}
        for value in values:
            spellings.setdefault(value_key(facet, value), Counter())[value] += 1
        totals = {most_used(dict(found)): sum(found.values()) for found in spellings.values()}
        return sorted(totals.items(), key=lambda item: (-item[1], item[0]))

    assert results.facets["agency"] == counted((a.agency for a in corpus_assets if a.agency), "agency")
    assert results.facets["photographer"] == counted(
        (name for a in corpus_assets for name in (a.photographers or a.creators)), "photographer")
    assert results.facets["city"] == counted((a.city for a in corpus_assets if a.city), "city")
    assert results.facets["country"] == counted((a.country or a.country_code for a in corpus_assets
                                                 if a.country or a.country_code), "country")
    assert results.facets["year"] == counted(str(date_parts(a)[0]) for a in corpus_assets if date_parts(a))
    assert results.facets["restrictions"] == counted(r for a in corpus_assets for r in a.restrictions)
    wide = corpus_index.search("date:[2004 TO *]", facets=True, facet_limit=1000)  # per-period counts
    assert wide.facets == corpus_index.search("date:[2004 TO *] has:date", facets=True, facet_limit=1000).facets
    assert wide.facets["year"] == counted(str(date_parts(a)[0]) for a in corpus_assets
                                          if date_parts(a) and date_parts(a)[0] >= 2004)
    narrowed = corpus_index.search("navy", facets=["agency"])
    assert narrowed.facets["agency"] == counted(
        a.agency for a in corpus_assets if a.agency and a.id in ids(corpus_index, "navy"))


def test_newest_and_oldest_follow_the_dates_taken_and_imported_the_import_times(corpus_index: SearchIndex, corpus_assets: list[Asset]) -> None:
    by_id = {a.id: a for a in corpus_assets}

    def keys(sort: str) -> list[tuple[int, ...]]:
        return [date_parts(by_id[h.id]) for h in corpus_index.search("", sort=sort, page_size=200).hits]

    dated = sorted((date_parts(a) for a in corpus_assets if date_parts(a)), key=lambda p: p + (0,) * 6)
    newest = keys("newest")
    assert [k + (0,) * 6 for k in newest[: len(dated)]] == sorted((p + (0,) * 6 for p in dated), reverse=True)
    assert all(k == () for k in newest[len(dated):])
    oldest = keys("oldest")
    assert [k + (0,) * 6 for k in oldest[: len(dated)]] == [p + (0,) * 6 for p in dated]
    imported = [by_id[h.id].imported_at for h in corpus_index.search("", sort="imported", page_size=200).hits]
    assert imported == sorted(imported, reverse=True)


@pytest.mark.parametrize("query", ["caption:(", '"unclosed', "date:[2017 TO"])
def test_malformed_queries_explain_themselves(corpus_index: SearchIndex, query: str) -> None:
    results = corpus_index.search(query)
    assert results.message and "Showing" in results.message
    assert results.total == corpus_index.search(results.effective_query).total
