"""Supplier agreements: the desk's contracts, read from a TOML file and checked field by field.

A file holds ``[[agreement]]`` tables (docs/rights.md shows one) and an optional ``[desk]``
table: ``own`` (the match rules of the desk's own pictures, which need no agreement) and
``timezone`` (the IANA zone a date without a time is read in; UTC by default). A bad file
raises ``AgreementFileError`` naming the line and the field; nothing of it is kept.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from catalog.errors import ConfigurationError

# The channels a decision is made for, in the order they are shown.
CHANNELS = ("print", "web", "social", "newsletter", "marketing", "sales")
# What a rule can match, most specific first: the first kind an agreement matches on is its rank.
MATCH_KINDS = ("distributor", "agency", "source", "credit")
FEES = ("subscription", "per-use")
_FIELDS = frozenset({"id", "supplier", "matches", "channels", "starts", "ends", "retention_days", "fee", "price",
                     "currency", "credit"})
_DESK_FIELDS = frozenset({"own", "timezone"})
_PLACEHOLDERS = frozenset({"agency", "photographers", "distributor", "source", "credit", "supplier"})


class AgreementFileError(ConfigurationError):
    """An agreements file that cannot be used: ``path:line: field: reason``."""


@dataclass(frozen=True)
class MatchRule:
    """One ``kind:value`` rule: which pictures an agreement (or the desk's own list) covers."""

    kind: str  # one of MATCH_KINDS
    value: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.value}"


@dataclass(frozen=True, kw_only=True)
class Agreement:
    """One supplier contract: what it matches, the channels it allows, its term, fee and credit."""

    id: str
    supplier: str
    matches: tuple[MatchRule, ...]
    channels: tuple[str, ...]
    starts: date
    ends: date | None = None  # the last day covered
    retention_days: int | None = None
    fee: str = "subscription"
    price: float | None = None
    currency: str | None = None
    credit: str | None = None  # a template such as "{agency} Photo/{photographers}"

    def to_record(self) -> dict[str, Any]:
        """The agreement as ``agreements list --json`` prints it (and the catalog keeps it)."""
        return {
            "id": self.id, "supplier": self.supplier, "matches": [str(rule) for rule in self.matches],
            "channels": list(self.channels), "starts": self.starts.isoformat(),
            "ends": self.ends.isoformat() if self.ends else None, "retention_days": self.retention_days,
            "fee": self.fee, "price": self.price, "currency": self.currency, "credit": self.credit,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Agreement:
        """The agreement ``to_record`` wrote."""
        return cls(
            id=record["id"], supplier=record["supplier"],
            matches=tuple(MatchRule(*rule.split(":", 1)) for rule in record["matches"]),
            channels=tuple(record["channels"]), starts=date.fromisoformat(record["starts"]),
            ends=date.fromisoformat(record["ends"]) if record.get("ends") else None,
            retention_days=record.get("retention_days"), fee=record.get("fee") or "subscription",
            price=record.get("price"), currency=record.get("currency"), credit=record.get("credit"),
        )


@dataclass(frozen=True, kw_only=True)
class DeskRules:
    """The desk's own side: which pictures are its own, and the time zone it reads dates in."""

    own: tuple[MatchRule, ...] = ()
    timezone: str = "UTC"

    @property
    def zone(self) -> ZoneInfo:
        """The desk's time zone."""
        return ZoneInfo(self.timezone)

    def to_record(self) -> dict[str, Any]:
        """The rules as the catalog keeps them."""
        return {"own": [str(rule) for rule in self.own], "timezone": self.timezone}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> DeskRules:
        """The rules ``to_record`` wrote."""
        return cls(own=tuple(MatchRule(*rule.split(":", 1)) for rule in record.get("own", ())),
                   timezone=record.get("timezone") or "UTC")


@dataclass(frozen=True, kw_only=True)
class AgreementFile:
    """What one TOML file holds: its agreements, and the desk rules when it has a ``[desk]`` table."""

    agreements: tuple[Agreement, ...] = ()
    desk: DeskRules | None = None


def read_agreement_file(path: Path) -> AgreementFile:
    """The agreements and desk rules of the TOML file at ``path``; ``AgreementFileError`` when it is bad."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise AgreementFileError(f"{path}: cannot be read ({error})") from None
    return parse_agreements(text, source=str(path))


def parse_agreements(text: str, *, source: str = "<agreements>") -> AgreementFile:
    """The agreements and desk rules of a TOML text, every field checked (errors name ``source`` and the line)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"\(at line (\d+), column \d+\)", str(error))
        line = found.group(1) if found else "?"
        raise AgreementFileError(f"{source}:{line}: not valid TOML ({str(error).split(' (at line')[0]})") from None
    lines = _Lines(text, source)
    unknown = sorted(set(data) - {"agreement", "desk"})
    if unknown:
        raise lines.error(None, unknown[0], "unknown table: the file holds [[agreement]] tables and one [desk]")
    tables = data.get("agreement", [])
    if not isinstance(tables, list):
        raise lines.error(None, "agreement", "write each agreement as an [[agreement]] table")
    agreements = []
    seen: dict[str, int] = {}
    for number, table in enumerate(tables):
        agreement = _agreement(table, number, lines)
        if agreement.id in seen:
            raise lines.error(number, "id", f"{agreement.id!r} is used twice in this file")
        seen[agreement.id] = number
        agreements.append(agreement)
    desk = _desk(data["desk"], lines) if "desk" in data else None
    if not agreements and desk is None:
        raise AgreementFileError(f"{source}: no [[agreement]] table and no [desk] table")
    return AgreementFile(agreements=tuple(agreements), desk=desk)


class _Lines:
    """Where a field of the n-th ``[[agreement]]`` (or of ``[desk]``) is written, for error messages."""

    _TABLE = re.compile(r"^\s*\[\[?\s*([A-Za-z_]+)\s*\]\]?")

    def __init__(self, text: str, source: str) -> None:
        self.source = source
        self.lines = text.splitlines()
        self.starts: dict[str, list[int]] = {}
        for number, line in enumerate(self.lines):
            found = self._TABLE.match(line)
            if found:
                self.starts.setdefault(found.group(1), []).append(number)

    def error(self, table_number: int | None, name: str, reason: str, *, table: str = "agreement") -> AgreementFileError:
        return AgreementFileError(f"{self.source}:{self.line_of(table_number, name, table)}: {name}: {reason}")

    def line_of(self, table_number: int | None, name: str, table: str) -> int:
        starts = self.starts.get(table, [])
        if table_number is None or table_number >= len(starts):
            for number, line in enumerate(self.lines):
                if re.match(rf"^\s*\[*\s*{re.escape(name)}\b", line):
                    return number + 1
            return 1
        first = starts[table_number]
        following = [start for kind in self.starts.values() for start in kind if start > first]
        end = min(following, default=len(self.lines))
        for number in range(first + 1, end):
            if re.match(rf"^\s*[\"']?{re.escape(name)}[\"']?\s*=", self.lines[number]):
                return number + 1
        return first + 1  # a missing field: the table's own line


def _agreement(table: Any, number: int, lines: _Lines) -> Agreement:
    def fail(name: str, reason: str) -> AgreementFileError:
        return lines.error(number, name, reason)

    if not isinstance(table, dict):
        raise fail("agreement", "must be a table")
    for name in table:
        if name not in _FIELDS:
            raise fail(name, f"unknown field (the fields are: {', '.join(sorted(_FIELDS))})")
    for name in ("id", "supplier", "matches", "channels", "starts"):
        if name not in table:
            raise fail(name, "missing (every agreement needs id, supplier, matches, channels and starts)")
    ident = _text(table["id"], "id", fail)
    supplier = _text(table["supplier"], "supplier", fail)
    matches = _rules(table["matches"], "matches", fail)
    channels = _strings(table["channels"], "channels", fail)
    for channel in channels:
        if channel.lower() not in CHANNELS:
            raise fail("channels", f"{channel!r} is not a channel (the channels are: {', '.join(CHANNELS)})")
    starts = _day(table["starts"], "starts", fail)
    ends = _day(table["ends"], "ends", fail) if "ends" in table else None
    if ends is not None and ends < starts:
        raise fail("ends", f"{ends} is before starts ({starts})")
    retention = table.get("retention_days")
    if retention is not None and (isinstance(retention, bool) or not isinstance(retention, int) or retention < 0):
        raise fail("retention_days", f"must be a whole number of days, 0 or more, not {retention!r}")
    fee = table.get("fee", "subscription")
    if fee not in FEES:
        raise fail("fee", f"must be \"subscription\" or \"per-use\", not {fee!r}")
    price, currency = table.get("price"), table.get("currency")
    if fee == "per-use":
        if price is None:
            raise fail("price", "missing: a per-use agreement needs a price (and a currency)")
        if currency is None:
            raise fail("currency", "missing: a per-use agreement needs a currency, such as \"USD\"")
    if price is not None and (isinstance(price, bool) or not isinstance(price, (int, float)) or price < 0):
        raise fail("price", f"must be a number, 0 or more, not {price!r}")
    if currency is not None:
        currency = _text(currency, "currency", fail).upper()
        if not re.fullmatch(r"[A-Z]{3}", currency):
            raise fail("currency", f"must be a three-letter currency code such as \"USD\", not {currency!r}")
    credit = table.get("credit")
    if credit is not None:
        credit = _text(credit, "credit", fail)
        for placeholder in re.findall(r"\{([^{}]*)\}", credit):
            if placeholder not in _PLACEHOLDERS:
                raise fail("credit", f"unknown placeholder {{{placeholder}}} (known: "
                                     f"{', '.join('{' + name + '}' for name in sorted(_PLACEHOLDERS))})")
    return Agreement(
        id=ident, supplier=supplier, matches=matches,
        channels=tuple(channel for channel in CHANNELS if channel in {c.lower() for c in channels}),
        starts=starts, ends=ends, retention_days=retention, fee=fee,
        price=float(price) if price is not None else None, currency=currency, credit=credit,
    )


def _desk(table: Any, lines: _Lines) -> DeskRules:
    def fail(name: str, reason: str) -> AgreementFileError:
        return lines.error(0, name, reason, table="desk")

    if not isinstance(table, dict):
        raise fail("desk", "must be a table")
    for name in table:
        if name not in _DESK_FIELDS:
            raise fail(name, f"unknown field (the fields are: {', '.join(sorted(_DESK_FIELDS))})")
    own = _rules(table.get("own", []), "own", fail, allow_empty=True)
    zone = _text(table.get("timezone", "UTC"), "timezone", fail)
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise fail("timezone", f"{zone!r} is not a time zone (write an IANA name such as \"Europe/Berlin\")") from None
    return DeskRules(own=own, timezone=zone)


def _text(value: Any, name: str, fail: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise fail(name, f"must be a non-empty string, not {value!r}")
    return value.strip()


def _strings(value: Any, name: str, fail: Any, *, allow_empty: bool = False) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise fail(name, f"must be a list of strings, not {value!r}")
    if not value and not allow_empty:
        raise fail(name, "must not be empty")
    return [item.strip() for item in value]


def _rules(value: Any, name: str, fail: Any, *, allow_empty: bool = False) -> tuple[MatchRule, ...]:
    rules = []
    for item in _strings(value, name, fail, allow_empty=allow_empty):
        kind, colon, wanted = item.partition(":")
        kind = kind.strip().lower()
        if not colon or kind not in MATCH_KINDS or not wanted.strip():
            raise fail(name, f"{item!r} is not a rule (write agency:NAME, distributor:NAME, source:NAME or credit:TEXT)")
        rules.append(MatchRule(kind, wanted.strip()))
    return tuple(rules)


def _day(value: Any, name: str, fail: Any) -> date:
    if isinstance(value, datetime):
        raise fail(name, f"must be a date such as 2026-01-01, not a date and time ({value.isoformat()})")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise fail(name, f"must be a date such as 2026-01-01, not {value!r}")


__all__ = ["CHANNELS", "MATCH_KINDS", "Agreement", "AgreementFile", "AgreementFileError", "DeskRules", "MatchRule",
           "parse_agreements", "read_agreement_file"]
