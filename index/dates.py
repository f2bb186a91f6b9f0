"""Dates as the index sees them: year, month and day terms, sort keys, and ranges as terms.

A picture dated ``2017-03-17T10:22:00+03:00`` is indexed under the terms ``2017``,
``2017-03`` and ``2017-03-17`` (the wall-clock date the file states, not converted to UTC:
editors mean the local day). A date range becomes the few whole years, whole months and
single days that cover it, so ``date:[2017-03-01 TO 2017-03-31]`` is the single term
``2017-03``. Whoosh's DATETIME ranges were the slowest queries (docs/performance.md#dates-terms-not-datetime-ranges);
term lookups are among the cheapest.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

_ISO = re.compile(
    r"^\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?)?)?"
)


@dataclass(frozen=True)
class Period:
    """A year, a month or a day: the precision a date was written with."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def first_day(self) -> date:
        """The first calendar day of the period."""
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> date:
        """The last calendar day of the period."""
        if self.day is not None:
            return self.first_day
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text


def parse_period(text: str) -> Period | None:
    """``2017``, ``2017-03`` or ``2017-03-17`` (time ignored) as a Period; None if not a real date."""
    match = _ISO.match(text)
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups()[:3])
    assert year is not None
    try:
        if month is not None:
            date(year, month, day or 1)
    except ValueError:
        return None
    if year < 1:
        return None
    return Period(year, month, day)


def date_terms(iso: str | None) -> tuple[str, ...]:
    """The index terms of a stated date: ``("2017", "2017-03", "2017-03-17")``, as precise as given."""
    period = parse_period(iso) if iso else None
    if period is None:
        return ()
    terms = [f"{period.year:04d}"]
    if period.month is not None:
        terms.append(f"{period.year:04d}-{period.month:02d}")
        if period.day is not None:
            terms.append(f"{period.year:04d}-{period.month:02d}-{period.day:02d}")
    return tuple(terms)


def sort_key(iso: str | None) -> int:
    """``YYYYMMDDhhmmss`` as an integer for sorting by date; 0 when there is no usable date."""
    match = _ISO.match(iso) if iso else None
    if not match or parse_period(iso or "") is None:
        return 0
    parts = [int(g) if g else 0 for g in match.groups()]
    year, month, day, hour, minute, second = parts
    return ((((year * 100 + month) * 100 + day) * 100 + hour) * 100 + minute) * 100 + second


def range_terms(first: date | None, last: date | None, years: Iterable[int]) -> list[str]:
    """Date terms covering the days from ``first`` to ``last`` inclusive (None: open end).

    ``years`` are the years present in the index; whole years are only emitted for those,
    so an open or very wide range stays a handful of terms.
    """
    present = sorted(set(years))
    if not present:
        return []
    start = first or date(present[0], 1, 1)
    end = last or date(present[-1], 12, 31)
    if start > end:
        return []
    terms: list[str] = []
    day = start
    while day <= end:
        year_end = date(day.year, 12, 31)
        month_end = date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
        if day.month == 1 and day.day == 1 and year_end <= end:
            whole_years_end = end.year if end == date(end.year, 12, 31) else end.year - 1
            terms.extend(f"{y:04d}" for y in present if day.year <= y <= whole_years_end)
            if whole_years_end >= date.max.year:
                break
            day = date(whole_years_end + 1, 1, 1)
        elif day.day == 1 and month_end <= end:
            terms.append(f"{day.year:04d}-{day.month:02d}")
            day = month_end + timedelta(days=1)
        else:
            terms.append(f"{day.year:04d}-{day.month:02d}-{day.day:02d}")
            day += timedelta(days=1)
    return terms
