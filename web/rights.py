"""Rights on the web: the licensing panel's verdicts, the download confirmation, the rights page and its CSV.

Every verdict is ``catalog.rights`` deciding at the time of the request (or ``?at=``); the
page's script counts an embargo down in the viewer's clock and shows the verdict the server
decided for the moment it lifts (docs/rights.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from flask import Blueprint, Response, render_template, request
from werkzeug.exceptions import BadRequest

from catalog.accounts import EDITOR
from catalog.asset import Asset
from catalog.errors import ConfigurationError
from catalog.rights import Decision, parse_at
from catalog.rights.decisions import ALLOWED, DUTIES, FORBIDDEN
from catalog.rights.times import iso, now, shown
from catalog.rights.usage import usage_csv
from web.access import requires
from web.components import components

blueprint = Blueprint("rights", __name__)

SHOWN_CHANNELS = ("web", "print")  # the panel leads with these
# verdict -> (colour class, words on the badge)
LOOKS = {ALLOWED: ("green", "Allowed"), DUTIES: ("amber", "Allowed with duties"), FORBIDDEN: ("red", "Forbidden"),
         "unknown": ("grey", "Unknown: no agreement")}


@dataclass(frozen=True)
class ChannelView:
    """One channel's verdict as the panel shows it."""

    channel: str
    verdict: str
    colour: str
    label: str
    reasons: tuple[str, ...]
    duties: tuple[str, ...]
    until: str | None  # ISO 8601, UTC


@dataclass(frozen=True)
class RightsView:
    """The licensing panel's verdicts now and, when a ban lifts by itself, from that moment on."""

    decision: Decision
    now: list[ChannelView]
    lifts_at: str | None  # when the next state begins (ISO 8601, UTC), counted down by the page
    lifts_at_shown: str | None  # the same in the desk's zone, for readers without the script
    after: list[ChannelView]  # the verdicts from ``lifts_at``
    forbidden_reason: str | None  # why a download must be confirmed now, or None

    def as_json(self) -> dict[str, Any]:
        """What the page's script reads (channel views before and after the lift)."""
        return {"lifts_at": self.lifts_at, "now": [_channel_json(view) for view in self.now],
                "after": [_channel_json(view) for view in self.after]}


def decide_now(asset: Asset, at: datetime | None = None) -> Decision:
    """The asset's rights decision at ``at`` (default: now), with its kill notice."""
    desk = components().desk
    return desk.rights_book().decide(asset, at or now(), kill=desk.catalog.kill_of(asset.id))


def rights_view(asset: Asset) -> RightsView:
    """The panel: web and print now, and what they become when the ban that ends first... ends."""
    desk = components().desk
    book = desk.rights_book()
    kill = desk.catalog.kill_of(asset.id)
    decision = book.decide(asset, now(), kill=kill)
    ends = [decision.channels[name].until for name in SHOWN_CHANNELS if decision.channels[name].until]
    lifts = min(ends) if ends else None
    after = book.decide(asset, lifts, kill=kill) if lifts else None
    return RightsView(
        decision=decision, now=_views(decision), lifts_at=iso(lifts) if lifts else None,
        lifts_at_shown=shown(lifts, book.zone) if lifts else None, after=_views(after) if after else [],
        forbidden_reason=forbidden_reason(decision),
    )


def forbidden_reason(decision: Decision) -> str | None:
    """Why the picture may be used neither on the web nor in print now, or None when one of them allows it."""
    return decision.forbidden_reason(SHOWN_CHANNELS)


def _views(decision: Decision) -> list[ChannelView]:
    views = []
    for name in SHOWN_CHANNELS:
        channel = decision.channels[name]
        colour, label = LOOKS[channel.verdict]
        views.append(ChannelView(channel=name, verdict=channel.verdict, colour=colour, label=label,
                                 reasons=channel.reasons, duties=channel.duties,
                                 until=iso(channel.until) if channel.until else None))
    return views


def _channel_json(view: ChannelView) -> dict[str, Any]:
    return {"channel": view.channel, "verdict": view.verdict, "colour": view.colour, "label": view.label,
            "reasons": list(view.reasons), "duties": list(view.duties), "until": view.until}


def requested_time() -> datetime | None:
    """The ``at`` parameter (ISO 8601; no offset: the desk's zone), or None; a bad one is a 400."""
    text = (request.args.get("at") or "").strip()
    if not text:
        return None
    try:
        return parse_at(text, components().desk.rights_book().zone)
    except ConfigurationError as error:
        raise BadRequest(description=str(error).replace("--at", "at")) from None


# -- the rights page ----------------------------------------------------------------------


def _report_days() -> tuple[date, date, list[str]]:
    """The page's ``from`` and ``to`` days (default: this month so far), with what was wrong with them."""
    problems = []
    today = now().astimezone(components().desk.rights_book().zone).date()
    days = []
    for name, default in (("from", today.replace(day=1)), ("to", today)):
        text = (request.args.get(name) or "").strip()
        try:
            days.append(date.fromisoformat(text) if text else default)
        except ValueError:
            problems.append(f"\u201c{text[:40]}\u201d is not a date (write 2026-03-01): {default} is used.")
            days.append(default)
    start, end = days
    if end < start:
        problems.append("The end is before the start: the two were swapped.")
        start, end = end, start
    return start, end, problems


@blueprint.get("/rights")
@requires(EDITOR)
def rights_page() -> str:
    """Uses that break a decision, and the usage report with its filters (days, supplier) and CSV."""
    start, end, problems = _report_days()
    supplier = (request.args.get("supplier") or "").strip()[:200] or None
    desk = components().desk
    report = desk.usage_report(start, end, supplier=supplier)
    found = desk.rights_problems()
    suppliers = sorted({agreement.supplier for agreement in desk.catalog.agreements()}, key=str.casefold)
    return render_template("rights.html", report=report, problems=found, start=start, end=end, supplier=supplier,
                           suppliers=suppliers, notes=problems, agreements=desk.catalog.agreements())


@blueprint.get("/rights/usage.csv")
@requires(EDITOR)
def usage_download() -> Response:
    """The usage report of the page's filters as CSV (one row per use, then totals per supplier)."""
    start, end, _problems = _report_days()
    supplier = (request.args.get("supplier") or "").strip()[:200] or None
    report = components().desk.usage_report(start, end, supplier=supplier)
    response = Response(usage_csv(report), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="usage-{start}-{end}.csv"'
    response.cache_control.private = True
    response.cache_control.no_cache = True
    return response
