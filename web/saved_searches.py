"""Saved searches on the web: save the search page's search, list them with what is new, open one, its Atom feed.

``/saved-searches`` lists the searches this account may see with how many pictures are new
since it last opened each; ``/saved-searches/<name>`` marks it seen and shows its results;
``/feeds/<name>.atom`` is its feed. Feed readers cannot log in, so a feed (and the
thumbnails it links) also takes an API token as ``?token=`` (docs/search.md#feeds).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)

from catalog.accounts import ADMIN, VIEWER, has_role
from catalog.saved_searches import (
    ANYONE,
    SavedSearch,
    SavedSearchError,
    looked_at,
    saved_search,
)
from web.access import current_user, has_accounts, now, requires
from web.components import components
from web.errors import not_found
from web.feeds import atom_feed
from web.presentation import asset_url
from web.state import SORT_LABELS, SearchState

blueprint = Blueprint("saved_searches", __name__)

FEED_ENTRIES = 50  # pictures per feed: a weekend's wire for a narrow search
TOKEN_ARG = "token"  # a feed reader's API token in the feed's address (docs/search.md#feeds)


@dataclass(frozen=True)
class SavedSearchRow:
    """One saved search on the list: the search, what is new for this viewer, its links."""

    search: SavedSearch
    new: int
    open_url: str
    feed_url: str
    may_remove: bool


def viewer_name() -> str:
    """Whose "last looked" times this request reads and writes: the account, or everyone alike without accounts."""
    user = current_user()
    return user.name if user is not None else ANYONE


def _is_admin() -> bool:
    user = current_user()
    return user is not None and has_role(user.role, ADMIN)


def _user_name() -> str | None:
    user = current_user()
    return user.name if user is not None and has_accounts() else None


def visible_search(name: str) -> SavedSearch:
    """The saved search of this name if this request may see it, else a 404 (others' private searches are not
    revealed)."""
    found = components().catalog.saved_search(name)
    if found is None or not found.is_visible_to(_user_name(), admin=_is_admin()):
        raise not_found("saved search")
    return found


def search_page_url(search: SavedSearch) -> str:
    """The search page showing this saved search's results."""
    args = search.args()
    return url_for("search.search_page") + (f"?{urlencode(args)}" if args else "")


@blueprint.get("/saved-searches")
@requires(VIEWER)
def saved_searches_page() -> str:
    """Every saved search this account may see, each with how many pictures are new since it last looked."""
    desk, viewer, user = components().desk, viewer_name(), _user_name()
    rows = [
        SavedSearchRow(
            search=search,
            new=desk.new_since_looked(search, viewer),
            open_url=url_for("saved_searches.open_saved_search", name=search.name),
            feed_url=url_for("saved_searches.saved_search_feed", name=search.name, _external=True),
            may_remove=user is None or _is_admin() or search.is_owned_by(user),
        )
        for search in components().catalog.saved_searches()
        if search.is_visible_to(user, admin=_is_admin())
    ]
    return render_template("saved_searches.html", rows=rows, accounts=has_accounts())


@blueprint.post("/saved-searches")
@requires(VIEWER)
def save_search() -> Response:
    """Save the search the form carries (the search page's words, filters and sort) under a name."""
    state = SearchState.from_args(request.form)
    pairs = [(name, value) for name, value in state.kept_args() if name != "sort"]
    sort = state.sort if state.sort in SORT_LABELS else "relevance"
    try:
        moment = looked_at(now())
        search = saved_search(request.form.get("name", ""), query=state.query, filters=pairs, sort=sort,
                              owner=_user_name(), shared=request.form.get("shared") == "1", created_at=moment)
        saved = components().catalog.save_search(search)
    except SavedSearchError as error:
        flash(f"Not saved: {error}.", "error")
        return redirect(state.url(), code=303)
    components().catalog.mark_looked(saved.name, viewer_name(), moment)
    flash(f"Saved “{saved.name}”: new pictures it finds are counted here and in its feed.", "ok")
    return redirect(url_for("saved_searches.saved_searches_page"), code=303)


@blueprint.get("/saved-searches/<name>")
@requires(VIEWER)
def open_saved_search(name: str) -> Response:
    """Show a saved search's results, noting that this account has now seen what it holds."""
    search = visible_search(name)
    components().catalog.mark_looked(search.name, viewer_name(), looked_at(now()))
    return redirect(search_page_url(search), code=303)


@blueprint.post("/saved-searches/<name>/remove")
@requires(VIEWER)
def remove_saved_search(name: str) -> Response:
    """Remove a saved search (its owner, an admin, or anyone when the catalog has no accounts)."""
    search = visible_search(name)
    user = _user_name()
    if not (user is None or _is_admin() or search.is_owned_by(user)):
        abort(403, description="Only whoever saved this search, or an admin, may remove it.")
    components().catalog.remove_saved_search(search.name)
    flash(f"Removed the saved search “{search.name}”.", "ok")
    return redirect(url_for("saved_searches.saved_searches_page"), code=303)


@blueprint.get("/feeds/<name>.atom")
@requires(VIEWER)
def saved_search_feed(name: str) -> Response:
    """The saved search's Atom feed: its newest pictures, last imported first."""
    search = visible_search(name)
    results = components().desk.saved_search_results(search, limit=FEED_ENTRIES)
    ids = [hit.id for hit in results.hits]
    assets = components().recent.get_many(ids)
    # A reader that sent its token in the address needs it on the thumbnails too: it cannot log in.
    token = request.args.get(TOKEN_ARG, "")
    thumb_query = f"?{urlencode({TOKEN_ARG: token})}" if token else ""
    host = request.host_url.rstrip("/")  # the paths below start with the app's script root
    body = atom_feed(
        search, (assets[asset_id] for asset_id in ids if asset_id in assets),
        feed_url=url_for("saved_searches.saved_search_feed", name=search.name, _external=True),
        search_url=host + search_page_url(search),
        page_url=lambda asset: host + asset_url(asset.id),
        thumb_url=lambda asset: host + asset_url(asset.id, "thumb") + thumb_query,
    )
    response = Response(body, mimetype="application/atom+xml")
    response.cache_control.private = True
    response.cache_control.no_cache = True
    # The address may hold a token: no page it links to may learn it from the Referer.
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
