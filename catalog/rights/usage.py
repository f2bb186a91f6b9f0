"""Published uses of pictures, the rights problems they raise, and the usage report finance reads.

Every article link is a use on ``web`` at the article's publication time (else when it was
linked). A use is a problem when the decision at the time it happened forbids the channel
(published before the embargo lifted, outside the agreement's term or retention, on a channel
the agreement does not list, a restriction), when the picture is killed now, or when the credit
the story printed is not the one required (the credit check of ``catalog.articles.credit_check``).
"""

from __future__ import annotations

import csv
import dataclasses
import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Iterable, Mapping

from catalog.articles.credit_check import CreditStatus, check_credit
from catalog.asset import Asset
from catalog.credits.agencies import fold
from catalog.rights.decisions import FORBIDDEN, Decision, RightsBook
from catalog.rights.kills import Kill
from catalog.rights.times import instant
from catalog.spreadsheets import cell_text

USE_CHANNEL = "web"  # an article on the web: the only kind of use the catalog records so far
# Credit check verdicts that are problems; "unchecked" is one only when the text differs too.
_CREDIT_PROBLEMS = {CreditStatus.WRONG, CreditStatus.MISSING, CreditStatus.INCOMPLETE}


@dataclass(frozen=True, kw_only=True)
class Use:
    """One published use of a picture: the article that printed it, when, and the credit beside it."""

    asset_id: str
    article_id: str
    article_url: str
    article_title: str | None
    at: datetime
    channel: str = USE_CHANNEL
    credit_printed: str | None = None
    credit_read: bool = True  # False for a link by hand: what the story printed was never read


@dataclass(frozen=True, kw_only=True)
class Problem:
    """A use that breaks a decision, with each reason in words."""

    use: Use
    kinds: tuple[str, ...]  # killed, embargo, channel, not_started, ended, retention, restriction, credit
    reasons: tuple[str, ...]

    def to_record(self) -> dict[str, Any]:
        """The problem as ``rights problems --json`` prints it."""
        return {"asset_id": self.use.asset_id, "article_id": self.use.article_id, "article_url": self.use.article_url,
                "article_title": self.use.article_title, "channel": self.use.channel, "at": self.use.at.isoformat(),
                "kinds": list(self.kinds), "reasons": list(self.reasons)}


def make_use(row: Mapping[str, Any], zone: Any) -> Use | None:
    """A use from one link row (``asset_id``, ``article_id``, ``url``, ``title``, ``published``, ``linked_at``,
    ``method``, ``credit_printed``); None when neither time can be read."""
    at = instant(row["published"], zone) or instant(row["linked_at"], zone)
    if at is None:
        return None
    return Use(asset_id=row["asset_id"], article_id=row["article_id"], article_url=row["url"],
               article_title=row["title"], at=at, credit_printed=row["credit_printed"],
               credit_read=row["method"] != "hand" or row["credit_printed"] is not None)


def find_problems(book: RightsBook, uses: Iterable[Use], assets: Mapping[str, Asset], kills: Mapping[str, Kill],
                  now: datetime) -> list[Problem]:
    """Every use that breaks a decision at the time it happened or now, in time order."""
    problems = []
    for use in sorted(uses, key=lambda use: (use.at, use.article_url, use.asset_id)):
        asset = assets.get(use.asset_id)
        if asset is None:
            continue
        kill = kills.get(use.asset_id)
        then = book.decide(asset, use.at, kill=kill)
        kinds: list[str] = []
        reasons: list[str] = []
        channel = then.channels[use.channel]
        if channel.verdict == FORBIDDEN:
            kinds.extend(channel.problems)
            reasons.extend(f"when published ({use.at.isoformat()}): {reason}" for reason in channel.reasons
                           if not reason.startswith("killed"))
        if kill is not None:  # a kill is about now: the article must be fixed whenever it ran
            kinds = ["killed", *(kind for kind in kinds if kind != "killed")]
            reasons.insert(0, f"killed on {kill.killed_at[:10]}: {kill.reason}; fix the article")
        credit = _credit_problem(then, asset, use)
        if credit:
            kinds.append("credit")
            reasons.append(credit)
        if kinds:
            problems.append(Problem(use=use, kinds=tuple(dict.fromkeys(kinds)), reasons=tuple(reasons)))
    return problems


def _credit_problem(decision: Decision, asset: Asset, use: Use) -> str | None:
    """What is wrong with the credit the story printed, against the one the decision requires, or None."""
    if not use.credit_read or (decision.agreement is None and "mandatory-credit" not in asset.restrictions
                               and not asset.credit_line):
        return None
    required = decision.credit or asset.credit_line
    check = check_credit(use.credit_printed, dataclasses.replace(asset, caption_credit=required))
    differs = check.status is CreditStatus.UNCHECKED and fold(check.printed or "") != fold(required or "")
    if check.status not in _CREDIT_PROBLEMS and not differs:
        return None
    return f"{check.label}: printed {check.printed or 'nothing'}, required \"{required}\" ({check.reason})"


@dataclass(frozen=True, kw_only=True)
class UsageRow:
    """One use in the usage report, with the supplier, agreement and fee it falls under."""

    use: Use
    supplier: str | None
    agreement: str | None
    fee: str | None  # "subscription", "per-use", "own" or None (no agreement)
    price: float | None
    currency: str | None

    def to_record(self) -> dict[str, Any]:
        """The row as ``rights usage`` prints it."""
        return {"date": self.use.at.isoformat(), "asset_id": self.use.asset_id, "supplier": self.supplier,
                "agreement": self.agreement, "fee": self.fee, "price": self.price, "currency": self.currency,
                "channel": self.use.channel, "article_url": self.use.article_url,
                "article_title": self.use.article_title}


@dataclass(frozen=True, kw_only=True)
class UsageReport:
    """The uses between two dates (inclusive, in the desk's zone) and the totals per supplier."""

    start: date
    end: date
    supplier: str | None
    rows: tuple[UsageRow, ...]

    def totals(self) -> list[dict[str, Any]]:
        """Per supplier: how many uses and the per-use fees they owe, by currency."""
        found: dict[str, dict[str, Any]] = {}
        for row in self.rows:
            name = row.supplier or "(no supplier named)"
            total = found.setdefault(name, {"supplier": name, "uses": 0, "fees": {}})
            total["uses"] += 1
            if row.fee == "per-use" and row.price is not None and row.currency:
                total["fees"][row.currency] = total["fees"].get(row.currency, 0) + row.price
        return sorted(found.values(), key=lambda total: total["supplier"].casefold())

    def to_record(self) -> dict[str, Any]:
        """The report as ``rights usage --format json`` prints it."""
        return {"from": self.start.isoformat(), "to": self.end.isoformat(), "supplier": self.supplier,
                "uses": [row.to_record() for row in self.rows], "totals": self.totals()}


USAGE_COLUMNS = ("row", "date", "supplier", "agreement", "fee", "price", "currency", "uses", "asset_id", "channel",
                 "article_url", "article_title")


def usage_csv(report: UsageReport) -> str:
    """The report as CSV: one ``use`` row per use, then one ``total`` row per supplier and currency."""
    stream = io.StringIO()
    writer = csv.DictWriter(stream, fieldnames=USAGE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in report.rows:
        record = row.to_record()
        writer.writerow({**{key: _cell(record.get(key)) for key in USAGE_COLUMNS}, "row": "use", "uses": 1})
    for total in report.totals():
        for currency, amount in (sorted(total["fees"].items()) or [(None, None)]):
            writer.writerow({"row": "total", "supplier": _cell(total["supplier"]), "uses": total["uses"],
                             "fee": "per-use" if currency else None, "price": amount, "currency": currency})
    return stream.getvalue()


def _cell(value: Any) -> Any:
    return cell_text(value) if isinstance(value, str) else value


def usage_report(book: RightsBook, uses: Iterable[Use], assets: Mapping[str, Asset], *, start: date, end: date,
                 supplier: str | None = None) -> UsageReport:
    """The uses from ``start`` to ``end`` (days at the desk), of one supplier (its name or agreement id, any case)."""
    rows = []
    wanted = supplier.strip().casefold() if supplier else None
    for use in sorted(uses, key=lambda use: (use.at, use.article_url, use.asset_id)):
        asset = assets.get(use.asset_id)
        if asset is None or not start <= use.at.astimezone(book.zone).date() <= end:
            continue
        decision = book.decide(asset, use.at)
        agreement = decision.agreement
        row = UsageRow(use=use, supplier=decision.supplier, agreement=agreement.id if agreement else None,
                       fee=agreement.fee if agreement else ("own" if decision.own else None),
                       price=agreement.price if agreement else None, currency=agreement.currency if agreement else None)
        if wanted and wanted not in {(row.supplier or "").casefold(), (row.agreement or "").casefold()}:
            continue
        rows.append(row)
    return UsageReport(start=start, end=end, supplier=supplier, rows=tuple(rows))
