"""The activity log page (admins): who did what and when, filtered by account, action and time."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from catalog.accounts import ADMIN
from catalog.activity import ACTIONS, parse_since
from web.access import now, requires
from web.components import components

blueprint = Blueprint("activity", __name__)
PAGE_LIMIT = 500  # entries shown at once, newest first; narrow the filters to see older ones


@blueprint.get("/activity")
@requires(ADMIN)
def activity_page() -> str:
    """The newest entries of the log, filtered by ``user``, ``action`` and ``since`` (ISO time or an age: 2h)."""
    user = (request.args.get("user") or "").strip()[:100] or None
    action = (request.args.get("action") or "").strip()
    since_text = (request.args.get("since") or "").strip()[:100]
    problems = []
    since = None
    if since_text:
        try:
            since = parse_since(since_text, now())
        except ValueError as error:
            problems.append(str(error))
    if action and action not in ACTIONS:
        problems.append(f"There is no action {action!r}: showing every action.")
        action = ""
    entries = components().catalog.activity(user=user, since=since, action=action or None, limit=PAGE_LIMIT)
    return render_template("activity.html", entries=entries, user=user or "", action=action, since=since_text,
                           actions=ACTIONS, problems=problems, limit=PAGE_LIMIT)
