"""The search page's filters as index queries, and the facet names a search may ask for."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from whoosh import query as wq

from index.compiler import TAGS, date_range_query
from index.dates import parse_period, sort_key
from index.matchers import ImportedSince
from index.rights_filter import Embargoed, RightsNow, cleared, is_embargo_flag, no_rights
from index.schema import FACET_NAMES, tag

# The search page's facet filters: parameter -> exact tag name (schema: ``tags``)
FILTER_TAGS: dict[str, str] = {
    "agency": "agency",
    "photographer": "photographer",
    "country": "country",
    "city": "city",
    "restrictions": "restriction",
    "restriction": "restriction",
    "source": "source",
    "year": "date",
}
DATE_FILTERS = ("from", "to")
CLEARED_FILTER = "cleared"  # the *Cleared now* filter: usable now on the web and in print
IMPORTED_SINCE_FILTER = "imported_since"  # a UTC time (ISO 8601): what a saved search's viewer may not have seen


def facet_names(facets: bool | Sequence[str] | None) -> tuple[str, ...]:
    """The facets asked for: all for True, none for False; raises ``ValueError`` on an unknown one."""
    if facets is True:
        return FACET_NAMES
    if not facets:
        return ()
    unknown = [name for name in facets if name not in FACET_NAMES]
    if unknown:
        raise ValueError(f"unknown facets {unknown}; facets are {', '.join(FACET_NAMES)}")
    return tuple(facets)


def filter_queries(
    filters: Mapping[str, Any], years: Callable[[], list[int]], problems: list[str], rights: RightsNow | None = None,
    spellings: Callable[[str, str], Sequence[str]] | None = None,
) -> list[wq.Query]:
    """One query per filter (its values OR-ed), and one date range for ``from``/``to``.

    A value that cannot be used is left out and explained in ``problems``; an unknown
    filter name raises ``ValueError``. ``years`` gives the years the index holds. The
    restriction ``embargoed`` is an embargo not lifted at the time of the search, and
    ``cleared`` (any true value) keeps the pictures usable now on the web and in print,
    both decided with ``rights``. ``imported_since`` (a UTC time) keeps the pictures imported
    since then. ``spellings(tag, value)`` gives the ``tags`` terms of every
    spelling of a value the index holds ("USA" and "United States"): a filter on one finds all.
    """
    rights = rights or no_rights()
    queries: list[wq.Query] = []
    for name, raw in filters.items():
        values = [raw] if isinstance(raw, str) else list(raw or ())
        values = [str(v).strip() for v in values if v is not None and str(v).strip()]
        if not values:
            continue
        if name in DATE_FILTERS:
            continue
        if name == CLEARED_FILTER:
            if values[0].lower() not in ("0", "false", "no", "off"):
                queries.extend(cleared(rights))
            continue
        if name == IMPORTED_SINCE_FILTER:
            key = sort_key(values[0])
            if key:
                queries.append(ImportedSince(key))
            else:
                problems.append(f'"{values[0]}" is not a time; the imported_since filter was left out.')
            continue
        if name not in FILTER_TAGS:
            raise ValueError(f"unknown filter {name!r}; filters are "
                             f"{', '.join([*FILTER_TAGS, *DATE_FILTERS, CLEARED_FILTER, IMPORTED_SINCE_FILTER])}")
        if name == "year":
            bad = [v for v in values if not (len(v) == 4 and v.isdigit())]
            if bad:
                problems.append(f'"{bad[0]}" is not a year; the year filter was left out.')
                continue
        terms = [term for value in values for term in _value_queries(FILTER_TAGS[name], value, rights, spellings)]
        queries.append(terms[0] if len(terms) == 1 else wq.Or(terms))
    date_range = _date_filter(filters, years, problems)
    if date_range is not None:
        queries.append(date_range)
    return queries


def _value_queries(
    name: str, value: str, rights: RightsNow, spellings: Callable[[str, str], Sequence[str]] | None
) -> list[wq.Query]:
    """The queries finding one filter value: its own tag and the tags of its other spellings."""
    if name == "restriction" and is_embargo_flag(value):
        return [Embargoed(rights)]
    own = tag(name, value)
    others = [term for term in (spellings(name, value) if spellings else ()) if term != own]
    return [wq.Term(TAGS, own), *(wq.Term(TAGS, term) for term in others)]


def _date_filter(filters: Mapping[str, Any], years: Callable[[], list[int]], problems: list[str]) -> wq.Query | None:
    bounds = []
    for name in DATE_FILTERS:
        text = str(filters.get(name) or "").strip()
        period = parse_period(text) if text else None
        if text and period is None:
            problems.append(f'"{text}" is not a date; write 2017, 2017-03 or 2017-03-17. The "{name}" date was left out.')
        bounds.append(period)
    low, high = bounds
    if low is None and high is None:
        return None
    return date_range_query(low.first_day if low else None, high.last_day if high else None, years())
