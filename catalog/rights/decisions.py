"""Rights decisions: may the desk use this picture on each channel at a given time, and what must it do?

For each channel of ``CHANNELS`` the verdict is, most serious first:

- ``forbidden``: the picture is killed; an embargo has not lifted yet; the agreement does not
  list the channel, has not started or has ended; more than ``retention_days`` have passed
  since the picture was taken (else imported); a restriction excludes the channel. ``until``
  is when the last of these ends, when every one of them ends (an embargo, a start date).
- ``unknown``: no agreement covers the supplier and the picture is not the desk's own.
- ``allowed_with_duties``: the credit to print (always, under an agreement), a per-use fee, a
  mandatory credit, special instructions or a territory or handout limit a person must read.
- ``allowed``.

Every verdict carries its reasons in words an editor reads. Rules are in docs/rights.md.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any, Mapping, Sequence

from catalog.asset import Asset
from catalog.restrictions import derive_restrictions
from catalog.rights.agreements import CHANNELS, Agreement, DeskRules
from catalog.rights.kills import Kill
from catalog.rights.suppliers import best_agreement, matching_rule, rank_of, supplier_of
from catalog.rights.times import day_after, day_start, instant, iso, shown

ALLOWED, DUTIES, FORBIDDEN, UNKNOWN = "allowed", "allowed_with_duties", "forbidden", "unknown"
VERDICTS = (ALLOWED, DUTIES, FORBIDDEN, UNKNOWN)

# Restriction flag (catalog.restrictions.FLAGS) -> the channels it rules out, and why.
EXCLUDED_CHANNELS: Mapping[str, tuple[tuple[str, ...], str]] = {
    "editorial-only": (("marketing", "sales"), "editorial use only: no marketing, advertising or sales"),
    "no-sales": (("sales",), "no sales: it may not be sold or licensed on"),
    "no-internet": (("web", "social", "newsletter"), "no internet use"),
    "no-social": (("social",), "no social media"),
    "no-newspapers": (("print",), "no newspapers"),
}
# Restriction flag -> the duty it leaves on every channel it does not rule out.
_FLAG_DUTIES: Mapping[str, str] = {
    "territory-restricted": "territory restriction: check where it may be published (read the special instructions)",
    "handout-limited": "handout for a limited purpose or time: use it only as the special instructions allow",
    "no-archive": "no archive: do not keep it after use",
}


@dataclass(frozen=True, kw_only=True)
class ChannelDecision:
    """The verdict for one channel, its reasons and duties, and when a ban ends.

    ``problems`` names the kind of each forbidding reason (``killed``, ``embargo``,
    ``channel``, ``not_started``, ``ended``, ``retention``, ``restriction``), for reports.
    """

    verdict: str
    reasons: tuple[str, ...] = ()
    duties: tuple[str, ...] = ()
    until: datetime | None = None
    problems: tuple[str, ...] = ()

    def to_record(self) -> dict[str, Any]:
        """The channel's JSON: ``{"verdict", "reasons", "duties", "until"}``."""
        return {"verdict": self.verdict, "reasons": list(self.reasons), "duties": list(self.duties),
                "until": iso(self.until) if self.until else None}


@dataclass(frozen=True, kw_only=True)
class Decision:
    """A picture's verdicts on every channel at one time, and what they rest on."""

    asset_id: str
    at: datetime
    supplier: str | None
    agreement: Agreement | None
    own: bool
    channels: Mapping[str, ChannelDecision]
    embargo_until: datetime | None = None
    embargo_lifted: bool | None = None  # None: no embargo with a date
    killed: Kill | None = None
    credit: str | None = None  # the credit to print

    def to_record(self) -> dict[str, Any]:
        """The decision's JSON (``photodesk rights ID --json``, ``/api/assets/<id>/rights``)."""
        return {
            "id": self.asset_id,
            "at": self.at.isoformat(),
            "supplier": self.supplier,
            "agreement": self.agreement.id if self.agreement else None,
            "own": self.own,
            "credit": self.credit,
            "embargo": {"until": iso(self.embargo_until), "lifted": self.embargo_lifted}
            if self.embargo_until else None,
            "killed": self.killed.to_record() if self.killed else None,
            "channels": {name: channel.to_record() for name, channel in self.channels.items()},
        }

    def forbidden_reason(self, channels: tuple[str, ...] = ("web", "print")) -> str | None:
        """Why the picture may be used on none of ``channels`` (downloads ask to confirm then), or None when one allows it."""
        found = [self.channels[name] for name in channels]
        if any(channel.verdict != FORBIDDEN for channel in found):
            return None
        return "; ".join(dict.fromkeys(reason for channel in found for reason in channel.reasons))


@dataclass(frozen=True)
class _Ban:
    kind: str
    text: str
    until: datetime | None = None  # None: it does not end by itself


class RightsBook:
    """The desk's agreements and rules, ready to decide on pictures (built once, used for many)."""

    def __init__(self, agreements: Sequence[Agreement], desk: DeskRules | None = None) -> None:
        self.agreements = tuple(agreements)
        self.desk = desk or DeskRules()
        self.zone: tzinfo = self.desk.zone
        # Equal keys: the same agreements and rules (search caches are keyed by it).
        self.key = json.dumps([[a.to_record() for a in self.agreements], self.desk.to_record()], sort_keys=True)

    def decide(self, asset: Asset, at: datetime, *, kill: Kill | None = None) -> Decision:
        """The verdict on every channel for using ``asset`` at ``at`` (an aware time)."""
        zone = self.zone
        found = best_agreement(self.agreements, asset, at.astimezone(zone).date())
        agreement, rank = found if found else (None, None)
        own_rank = rank_of(self.desk.own, asset)
        own = own_rank is not None and (rank is None or own_rank < rank)
        if own:
            agreement = None
        bans: list[_Ban] = []  # on every channel
        notes: list[str] = []  # reasons that forbid nothing
        if kill is not None:
            bans.append(_Ban("killed", f"killed on {kill.killed_at[:10]}: {kill.reason}"))
        embargo, lifted = self._embargo(asset, at, bans, notes)
        supplier = agreement.supplier if agreement else supplier_of(asset)
        lapses: list[tuple[datetime, str]] = []  # when the agreement stops allowing new uses for good
        if agreement is not None:
            lapses = self._term(agreement, asset, at, bans, notes)
        elif own:
            notes.append(f"the desk's own picture ({matching_rule(self.desk.own, asset)}): no agreement needed")
        credit = _credit_to_print(agreement, asset) if agreement else asset.credit_line
        # After it lifts, an embargo is history: instructions that state nothing else need no reading.
        lifted_only = bool(lifted) and derive_restrictions(
            special_instructions=asset.special_instructions).flags == ("embargoed",)
        duties = self._duties(agreement, asset, credit, lifted_only=lifted_only)
        channels = {}
        for channel in CHANNELS:
            channel_bans = list(bans)
            if agreement is not None and channel not in agreement.channels:
                channel_bans.append(_Ban("channel", f"the {agreement.supplier} agreement ({agreement.id}) does not "
                                                    f"cover {channel} (it covers {', '.join(agreement.channels)})"))
            for flag in asset.restrictions:
                excluded = EXCLUDED_CHANNELS.get(flag)
                if excluded and channel in excluded[0]:
                    channel_bans.append(_Ban("restriction", f"the file says {excluded[1]}"))
            channels[channel] = _verdict(channel, channel_bans, notes, duties, agreement, own, asset, lapses)
        return Decision(asset_id=asset.id, at=at, supplier=supplier, agreement=agreement, own=own,
                        channels=channels, embargo_until=embargo, embargo_lifted=lifted, killed=kill,
                        credit=credit)

    def _embargo(self, asset: Asset, at: datetime, bans: list[_Ban], notes: list[str]) -> tuple[datetime | None, bool | None]:
        lifts = instant(asset.embargo_until, self.zone)
        if lifts is not None:
            if at < lifts:
                bans.append(_Ban("embargo", f"embargoed until {shown(lifts, self.zone)}", lifts))
                return lifts, False
            notes.append(f"the embargo lifted on {shown(lifts, self.zone)}")
            return lifts, True
        if "embargoed" in asset.restrictions:
            bans.append(_Ban("embargo", "under an embargo whose end the file does not state: ask the supplier"))
        return None, None

    def _term(self, agreement: Agreement, asset: Asset, at: datetime, bans: list[_Ban],
              notes: list[str]) -> list[tuple[datetime, str]]:
        """Ban or note the agreement's term and retention at ``at``; return the later times at which
        new uses stop for good, each with what will have stopped them."""
        zone = self.zone
        lapses = []
        name = f"the {agreement.supplier} agreement ({agreement.id})"
        starts = day_start(agreement.starts, zone)
        if at < starts:
            bans.append(_Ban("not_started", f"{name} starts on {agreement.starts.isoformat()}", starts))
        if agreement.ends is not None:
            ends = day_after(agreement.ends, zone)
            if at >= ends:
                bans.append(_Ban("ended", f"{name} ended on {agreement.ends.isoformat()}"))
            else:
                lapses.append((ends, f"by then {name} will have ended (on {agreement.ends.isoformat()})"))
        term = f"from {agreement.starts.isoformat()}" + (f" to {agreement.ends.isoformat()}" if agreement.ends else "")
        notes.append(f"covered by {name}, {term}")
        if agreement.retention_days is None:
            return lapses
        taken = instant(asset.date_created, zone)
        base, what = (taken, "taken") if taken else (instant(asset.imported_at, zone), "imported")
        if base is None:
            bans.append(_Ban("retention", f"{name} allows new uses for {agreement.retention_days} days after the "
                                          "picture was taken, and the file states no date"))
            return lapses
        last = base + timedelta(days=agreement.retention_days)
        if at >= last:
            bans.append(_Ban("retention", f"{name} allows new uses for {agreement.retention_days} days after the "
                                          f"picture was {what} ({shown(base, zone)}): that ended on {shown(last, zone)}"))
        else:
            notes.append(f"new uses allowed until {shown(last, zone)} ({agreement.retention_days} days after the "
                         f"picture was {what})")
            lapses.append((last, f"by then the {agreement.retention_days} days {name} allows after the picture was "
                                 f"{what} will have passed (on {shown(last, zone)})"))
        return lapses

    def _duties(self, agreement: Agreement | None, asset: Asset, credit: str | None, *,
                lifted_only: bool) -> tuple[str, ...]:
        """What remains to do; ``lifted_only``: the special instructions state nothing but a lifted embargo."""
        duties = []
        mandatory = "mandatory-credit" in asset.restrictions
        if agreement is not None or mandatory:
            if credit:
                duties.append(f"print the credit \"{credit}\"" + (" (mandatory credit)" if mandatory else ""))
            else:
                duties.append("print a credit: the file states none, ask the supplier for it")
        if agreement is not None and agreement.fee == "per-use":
            duties.append(f"pay the per-use fee of {_amount(agreement.price)} {agreement.currency} "
                          f"({agreement.supplier} agreement {agreement.id})")
        duties.extend(duty for flag, duty in _FLAG_DUTIES.items() if flag in asset.restrictions)
        if asset.special_instructions and asset.special_instructions.strip() and not lifted_only:
            duties.append(f"read the special instructions: \"{asset.special_instructions.strip()}\"")
        return tuple(duties)


def _verdict(channel: str, bans: list[_Ban], notes: list[str], duties: tuple[str, ...], agreement: Agreement | None,
             own: bool, asset: Asset, lapses: list[tuple[datetime, str]]) -> ChannelDecision:
    uncovered = () if agreement is not None or own else (_no_agreement(asset),)
    if bans:
        ends = [ban.until for ban in bans]
        until = None if any(end is None for end in ends) else max(ends)  # type: ignore[type-var]
        # An embargo that lifts after the agreement ends (or retention runs out) frees nothing:
        # "forbidden until" must name a time the picture becomes usable.
        late = [text for closes, text in lapses if until is not None and closes <= until]
        return ChannelDecision(verdict=FORBIDDEN,
                               reasons=(*dict.fromkeys(ban.text for ban in bans), *late, *uncovered),
                               until=None if late else until, problems=tuple(dict.fromkeys(ban.kind for ban in bans)))
    if uncovered:
        return ChannelDecision(verdict=UNKNOWN, reasons=(*uncovered, *notes), duties=duties)
    if duties:
        return ChannelDecision(verdict=DUTIES, reasons=tuple(notes), duties=duties)
    return ChannelDecision(verdict=ALLOWED, reasons=tuple(notes))


def _no_agreement(asset: Asset) -> str:
    supplier = supplier_of(asset)
    if supplier:
        return f"no agreement on file for {supplier}"
    return "no agreement on file for this picture's supplier (the file names no agency, source or credit)"


def _credit_to_print(agreement: Agreement, asset: Asset) -> str | None:
    """The agreement's credit form filled in from the file, else the caption's credit line."""
    if not agreement.credit:
        return asset.credit_line or agreement.supplier
    people = asset.photographers or asset.creators
    values = {"agency": asset.agency or agreement.supplier, "photographers": ", ".join(people),
              "distributor": asset.distributor or "", "source": asset.source or "",
              "credit": asset.credit_line or "", "supplier": agreement.supplier}
    text = re.sub(r"\{(\w+)\}", lambda found: values.get(found.group(1), ""), agreement.credit)
    # A party the file does not name leaves its separator behind: "AP Photo/" -> "AP Photo".
    text = re.sub(r"\s*([/|,])(\s*[/|,])+\s*", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip(" /|,-") or asset.credit_line


def _amount(price: float | None) -> str:
    return "?" if price is None else (f"{price:.0f}" if float(price).is_integer() else f"{price:.2f}")
