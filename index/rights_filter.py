"""``usable:CHANNEL`` and live embargoes: rights decided against the time of the search.

The index stores no verdict, only what the verdict rests on (``index.documents``): the
picture's parties and restrictions packed as its *rights profile*, the embargo's end and the
date taken (or imported) as time keys (``catalog.rights.times.time_key``). A search decides
once per distinct profile with ``catalog.rights.RightsBook.decide`` (the one set of rules,
docs/rights.md), for a picture of that profile under no embargo whose retention has not
ended, and then tests every picture's own times against now in arrays: an embargo that
lifted between indexing and the search counts as lifted. Kill notices come from the catalog
with the search.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from whoosh import matching

from catalog.asset import Asset
from catalog.rights import CHANNELS, RightsBook
from catalog.rights.decisions import ALLOWED as _ALLOWED
from catalog.rights.decisions import DUTIES
from catalog.rights.times import NEVER, NO_TIME, now, now_keys
from index.matchers import ColumnQuery

PROFILE_SEPARATOR = "\x1f"
_PROFILE_FIELDS = ("agency", "distributor", "source", "credit", "caption_credit")
_DAY = 86_400
_USABLE = frozenset({_ALLOWED, DUTIES})


def rights_profile(asset: Asset) -> bytes:
    """What a picture's rights rest on besides its times: its parties and restrictions, packed."""
    parts = [getattr(asset, name) or "" for name in _PROFILE_FIELDS]
    parts.append(",".join(flag for flag in asset.restrictions if flag != "embargoed"))
    return PROFILE_SEPARATOR.join(part.replace(PROFILE_SEPARATOR, " ") for part in parts).encode("utf-8")


def _profile_asset(packed: str, taken: str) -> Asset:
    """A picture of this profile taken at ``taken``, under no embargo: what the profile's verdict is decided on."""
    parts = packed.split(PROFILE_SEPARATOR)
    values = dict(zip(_PROFILE_FIELDS, (part or None for part in parts)))
    restrictions = tuple(flag for flag in (parts[5] if len(parts) > 5 else "").split(",") if flag)
    return Asset(id="profile", sha256="", file_size=0, filename="", source_path="", restrictions=restrictions,
                 date_created=taken, **values)  # type: ignore[arg-type]


@dataclass(frozen=True, eq=False)
class RightsNow:
    """What a search decides rights with: the desk's agreements and rules, the killed assets, and now."""

    book: RightsBook
    now: datetime
    killed: frozenset[str] = frozenset()
    _cache: dict[Any, Any] = field(default_factory=dict, repr=False)

    @property
    def keys(self) -> tuple[int, int]:
        """Now in ``time_key`` seconds: as an instant, and on the desk's wall clock."""
        found = self._cache.get("keys")
        if found is None:
            found = self._cache["keys"] = now_keys(self.now, self.book.zone)
        return found

    def key(self) -> tuple:
        """What makes two searches' rights the same (the docset caches are keyed by it)."""
        return (self.book.key, self.now.isoformat(), tuple(sorted(self.killed)))


class RightsColumns:
    """One searcher's rights arrays: profile id, embargo and taken keys per document (cached per searcher)."""

    def __init__(self, leaves: list[tuple[Any, int]], size: int, ids_of: Any):
        self.profiles: list[str] = []
        ids: dict[str, int] = {}
        self.profile = np.zeros(size, dtype=np.int32)
        self.embargo = np.zeros(size, dtype=np.int64)
        self.taken = np.zeros(size, dtype=np.int64)
        for leaf, offset in leaves:
            count = leaf.doc_count_all()
            if leaf.has_column("rights"):
                for number, packed in enumerate(leaf.column_reader("rights")):
                    text = packed.decode("utf-8") if packed else ""
                    found = ids.get(text)
                    if found is None:
                        found = ids[text] = len(self.profiles)
                        self.profiles.append(text)
                    self.profile[offset + number] = found
            for column, target in (("embargo_key", self.embargo), ("taken_key", self.taken)):
                if leaf.has_column(column):
                    target[offset: offset + count] = np.fromiter(leaf.column_reader(column), dtype=np.int64,
                                                                 count=count)
        self._ids_of = ids_of  # asset id -> document numbers, for kill notices
        self._verdicts: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}
        self._lock = threading.Lock()

    def usable(self, channel: str, rights: RightsNow, docs: np.ndarray) -> np.ndarray:
        """Which of ``docs`` the desk may publish on ``channel`` now (allowed, or allowed with duties)."""
        allowed, days = self._profile_verdicts(channel, rights)
        profile = self.profile[docs]
        passed = allowed[profile] & self._embargo_lifted(rights, docs)
        retention = days[profile]
        limited = retention >= 0
        if limited.any():
            taken = self.taken[docs]
            now_instant, now_wall = rights.keys
            current = np.where(taken & 1, now_wall, now_instant)
            kept = (taken != NO_TIME) & ((taken >> 1) + retention * _DAY > current)
            passed &= ~limited | kept
        if rights.killed:
            killed = np.array(sorted(doc for asset_id in rights.killed for doc in self._ids_of(asset_id)),
                              dtype=np.int64)
            passed &= ~np.isin(docs, killed)
        return passed

    def embargoed(self, rights: RightsNow, docs: np.ndarray) -> np.ndarray:
        """Which of ``docs`` are under an embargo that has not lifted now."""
        return (self.embargo[docs] != NO_TIME) & ~self._embargo_lifted(rights, docs)

    def _embargo_lifted(self, rights: RightsNow, docs: np.ndarray) -> np.ndarray:
        embargo = self.embargo[docs]
        now_instant, now_wall = rights.keys
        current = np.where(embargo & 1, now_wall, now_instant)
        return (embargo == NO_TIME) | ((embargo != NEVER) & ((embargo >> 1) <= current))

    def _profile_verdicts(self, channel: str, rights: RightsNow) -> tuple[np.ndarray, np.ndarray]:
        """Per profile: usable on the channel now (times apart), and the agreement's retention days (-1: none)."""
        today = rights.now.astimezone(rights.book.zone).date()
        key = (channel, rights.book.key, today)
        with self._lock:
            found = self._verdicts.get(key)
        if found is not None:
            return found
        # taken a day after now: no retention ends for the profile (each picture's own date is tested below)
        taken = (rights.now + timedelta(days=1)).isoformat()
        allowed = np.zeros(len(self.profiles) or 1, dtype=bool)
        days = np.full(len(self.profiles) or 1, -1, dtype=np.int64)
        for number, packed in enumerate(self.profiles):
            decision = rights.book.decide(_profile_asset(packed, taken), rights.now)
            allowed[number] = decision.channels[channel].verdict in _USABLE
            if decision.agreement is not None and decision.agreement.retention_days is not None:
                days[number] = decision.agreement.retention_days
        with self._lock:
            self._verdicts[key] = (allowed, days)
        return allowed, days


class RightsTest(ColumnQuery):
    """A test on documents that reads several columns and the time of the search (not one column's values)."""

    column = "rights"

    def passing(self, columns: RightsColumns, docs: np.ndarray) -> np.ndarray:
        """The documents of ``docs`` that pass."""
        raise NotImplementedError

    def accepts(self, value: int) -> bool:
        """Not a test of one column value."""
        raise TypeError("a rights test reads several columns: use passing()")

    def accepts_all(self, values: np.ndarray) -> np.ndarray:
        """Not a test of one column's values."""
        raise TypeError("a rights test reads several columns: use passing()")

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        """A list matcher of the passing documents (inside a Whoosh query tree: OR, NOT)."""
        leaves = list(searcher.reader().leaf_readers())
        size = sum(leaf.doc_count_all() for leaf, _ in leaves)
        columns = RightsColumns(leaves, size, lambda asset_id: list(searcher.document_numbers(id=asset_id)))
        every = np.array(sorted(searcher.reader().all_doc_ids()), dtype=np.int64)
        passed = self.passing(columns, every)
        docs = every[passed].tolist()
        return matching.ListMatcher(docs, all_weights=1.0) if docs else matching.NullMatcher()


class Usable(RightsTest):
    """``usable:CHANNEL``: pictures the desk may publish on the channel at the time of the search."""

    def __init__(self, channel: str, rights: RightsNow):
        self.channel, self.rights = channel, rights

    def key(self) -> tuple:
        """Channel and the search's rights."""
        return (self.channel, self.rights.key())

    def passing(self, columns: RightsColumns, docs: np.ndarray) -> np.ndarray:
        """Usable on the channel now."""
        return columns.usable(self.channel, self.rights, docs)


class Embargoed(RightsTest):
    """``restriction:embargoed``: pictures under an embargo that has not lifted at the time of the search."""

    def __init__(self, rights: RightsNow):
        self.rights = rights

    def key(self) -> tuple:
        """The search's time."""
        return (self.rights.now.isoformat(), self.rights.book.zone.key if hasattr(self.rights.book.zone, "key") else "")

    def passing(self, columns: RightsColumns, docs: np.ndarray) -> np.ndarray:
        """Under an embargo now."""
        return columns.embargoed(self.rights, docs)


def cleared(rights: RightsNow) -> list[Usable]:
    """The *Cleared now* filter: usable now on the web and in print."""
    return [Usable("web", rights), Usable("print", rights)]


def no_rights() -> RightsNow:
    """Rights for a search given none: no agreement, no own rule, now (nothing is usable)."""
    return RightsNow(book=RightsBook(()), now=now())


def is_embargo_flag(text: str) -> bool:
    """Whether a ``restriction:`` value names the embargo flag."""
    return text.strip().casefold() in ("embargoed", "embargo")


__all__ = ["CHANNELS", "Embargoed", "RightsColumns", "RightsNow", "RightsTest", "Usable", "cleared",
           "is_embargo_flag", "no_rights", "rights_profile"]
