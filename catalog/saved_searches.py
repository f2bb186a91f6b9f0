"""Saved searches: a query and its filters under a name, owned by an account and shareable with the desk.

A saved search is the search page's state without its page: the words, the filters as
(parameter, value) pairs in the page's order (``agency``, ``country``, …, ``from``, ``to``,
``cleared``) and the sort. Each person who opens it is remembered with the time they last
looked, so the desk sees how many pictures are new since then (docs/search.md#saved-searches).
Names are unique in the catalog (any case): the feed's address ``/feeds/<name>.atom`` names one search.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from catalog.errors import ConfigurationError

MAX_NAME_CHARS = 80
MAX_FILTERS = 24
MAX_QUERY_CHARS = 1_000
# Letters and digits of any script, and spaces, dots, apostrophes and hyphens between them:
# a name must read well in a list and in the feed's address (no "/", no "?").
_NAME = re.compile(r"[^\W_](?:[\w.' -]*[\w.'-])?")
DATE_FILTERS = ("from", "to")
CLEARED_FILTER = "cleared"
# The search page's filters (web/state.py FILTER_PARAMS), its dates and *Cleared now*: what a saved search keeps.
FILTER_NAMES = ("agency", "photographer", "restriction", "year", "country", "city", *DATE_FILTERS, CLEARED_FILTER)
ANYONE = ""  # whose "last looked" it is when the catalog has no accounts


class SavedSearchError(ConfigurationError):
    """A saved search that cannot be made, found or changed: a bad or taken name, an unknown search."""


@dataclass(frozen=True, kw_only=True)
class SavedSearch:
    """A named search: words, filters (parameter, value) and sort; whose it is and whether the desk sees it."""

    name: str
    query: str = ""
    filters: tuple[tuple[str, str], ...] = ()
    sort: str = "relevance"
    owner: str | None = None  # the account that saved it; None: saved with no accounts, or from the command line
    shared: bool = False  # every account of the desk sees it (and may read its feed)
    created_at: str = ""

    def args(self) -> list[tuple[str, str]]:
        """The search page's URL arguments of this search (``q``, the filters, ``sort``)."""
        pairs = [("q", self.query)] if self.query else []
        pairs.extend(self.filters)
        if self.sort != "relevance":
            pairs.append(("sort", self.sort))
        return pairs

    def index_filters(self) -> dict[str, Any]:
        """The filters as ``SearchIndex.search`` takes them: values per name, dates and *Cleared now* alone."""
        found: dict[str, Any] = {}
        for name, value in self.filters:
            if name in DATE_FILTERS or name == CLEARED_FILTER:
                found[name] = value
            else:
                found.setdefault(name, []).append(value)
        return found

    def is_visible_to(self, user: str | None, *, admin: bool = False) -> bool:
        """True when ``user`` (None: the catalog has no accounts) may see, open and read the feed of this search:
        its owner, anyone when it is shared or has no owner, and admins."""
        return user is None or admin or self.shared or self.owner is None or self.is_owned_by(user)

    def is_owned_by(self, user: str | None) -> bool:
        """True when ``user`` saved this search (account names match in any case)."""
        return user is not None and self.owner is not None and self.owner.casefold() == user.casefold()

    def to_record(self) -> dict[str, Any]:
        """The saved search as JSON-ready values (``photodesk saved-search list --json``)."""
        return {"name": self.name, "query": self.query, "filters": [list(pair) for pair in self.filters],
                "sort": self.sort, "owner": self.owner, "shared": self.shared, "created_at": self.created_at}

    def describe(self) -> str:
        """One line: the words and the filters, as an editor reads them."""
        parts = [f"“{self.query}”" if self.query else "everything"]
        parts.extend(f"{name}: {value}" for name, value in self.filters)
        if self.sort != "relevance":
            parts.append(f"sorted {self.sort}")
        return " · ".join(parts)


def looked_at(moment: datetime) -> str:
    """A moment as saved searches keep it: UTC, ISO 8601 to the second, like a picture's import time."""
    if moment.tzinfo is None:
        raise ValueError("a naive time is ambiguous; give a time zone")
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat()


def check_search_name(name: str) -> str:
    """The name, trimmed, or ``SavedSearchError`` saying what a name may hold."""
    trimmed = " ".join(name.split())
    if not trimmed or len(trimmed) > MAX_NAME_CHARS or not _NAME.fullmatch(trimmed):
        raise SavedSearchError(
            f"{name[:MAX_NAME_CHARS]!r} cannot name a saved search: use up to {MAX_NAME_CHARS} letters, digits, "
            "spaces, dots, apostrophes and hyphens, starting with a letter or digit")
    return trimmed


def saved_search(name: str, *, query: str = "", filters: Iterable[tuple[str, str]] = (), sort: str = "relevance",
                 owner: str | None = None, shared: bool = False, created_at: str = "") -> SavedSearch:
    """A checked ``SavedSearch``: the name trimmed, blank filters dropped, limits kept."""
    pairs: list[tuple[str, str]] = []
    for filter_name, value in filters:
        if filter_name not in FILTER_NAMES:
            raise SavedSearchError(f"there is no filter {filter_name!r}; filters are {', '.join(FILTER_NAMES)}")
        value = str(value).strip()
        if value and (filter_name, value) not in pairs:
            pairs.append((filter_name, value))
    if len(pairs) > MAX_FILTERS:
        raise SavedSearchError(f"a saved search keeps at most {MAX_FILTERS} filters ({len(pairs)} given)")
    query = " ".join(query.split())
    if len(query) > MAX_QUERY_CHARS:
        raise SavedSearchError(f"a saved search's words are at most {MAX_QUERY_CHARS} characters")
    return SavedSearch(name=check_search_name(name), query=query, filters=tuple(pairs), sort=sort or "relevance",
                       owner=owner, shared=shared, created_at=created_at)

