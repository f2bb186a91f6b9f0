"""Instants for rights decisions: the catalog's ISO 8601 texts and the desk's ``--at``, read in the desk's zone.

A date or date-time without an offset is local time of the desk (``DeskRules.timezone``):
a date is the start of that day there, "2017-03" the start of the month, "2017" of the year.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache

from catalog.errors import ConfigurationError

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2}))?$")


def instant(text: str | None, zone: tzinfo) -> datetime | None:
    """The moment an ISO 8601 text names (a date: its first moment in ``zone``), or None when it names none."""
    if not text:
        return None
    return _instant(text.strip(), zone)


@lru_cache(maxsize=65536)
def _instant(text: str, zone: tzinfo) -> datetime | None:
    partial = _PARTIAL.match(text)
    try:
        if partial:
            moment = datetime(int(partial.group(1)), int(partial.group(2) or 1), 1)
        elif len(text) <= 10:
            moment = datetime.combine(date.fromisoformat(text), time())
        else:
            moment = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


# Time keys: what the search index stores to test times against "now" without the desk's zone.
NO_TIME = 0
NEVER = 2**62  # an embargo whose end is not stated: it never lifts by itself
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def time_key(text: str | None) -> int:
    """An ISO 8601 text as an integer key: ``seconds * 2 + 1`` for local (wall-clock) time, to be
    read in the desk's zone when searched, ``seconds * 2`` for an instant; ``NO_TIME`` for none."""
    moment = instant(text, timezone.utc) if text else None
    if moment is None:
        return NO_TIME
    naive = _naive(text.strip())  # type: ignore[union-attr]
    # A local time was read as if UTC: its seconds are the wall clock's.
    return int(moment.timestamp()) * 2 + naive


def now_keys(moment: datetime, zone: tzinfo) -> tuple[int, int]:
    """``moment`` in the seconds ``time_key`` counts: (as an instant, as the desk's wall clock shows it)."""
    wall = moment.astimezone(zone).replace(tzinfo=timezone.utc)
    return int(moment.timestamp()), int(wall.timestamp())


def _naive(text: str) -> bool:
    if _PARTIAL.match(text) or len(text) <= 10:
        return True
    try:
        return datetime.fromisoformat(text.replace("z", "Z")).tzinfo is None
    except ValueError:
        return False


def parse_at(text: str, zone: tzinfo) -> datetime:
    """The publication time ``--at`` (or ``?at=``) names; ``ConfigurationError`` when it is not ISO 8601."""
    moment = instant(text, zone)
    if moment is None:
        raise ConfigurationError(f"--at {text!r} is not an ISO 8601 date or time (write 2026-03-15T10:00 or "
                                 "2026-03-15T10:00+01:00)")
    return moment


def day_start(day: date, zone: tzinfo) -> datetime:
    """The first moment of ``day`` in ``zone``."""
    return datetime.combine(day, time(), tzinfo=zone)


def day_after(day: date, zone: tzinfo) -> datetime:
    """The first moment after ``day`` ends in ``zone``."""
    return day_start(day + timedelta(days=1), zone)


def now() -> datetime:
    """The current time, in UTC."""
    return datetime.now(timezone.utc)


def shown(moment: datetime, zone: tzinfo) -> str:
    """A moment as an editor reads it in the desk's zone: "2026-03-15 10:00 UTC", "2026-03-15 11:00 CET"."""
    local = moment.astimezone(zone)
    return f"{local:%Y-%m-%d %H:%M} {local.tzname() or local.strftime('%z')}"


def iso(moment: datetime) -> str:
    """A moment in ISO 8601, UTC, to the second (JSON's ``until``)."""
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat()
