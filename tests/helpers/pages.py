"""Every page of the web app, as an editor reaches it: the catalog they are shown over and their addresses.

The accessibility and phone tests (``tests/web/test_accessibility.py``, ``tests/browser/test_accessibility.py``)
visit each of these; ``tests/web`` also checks that every route of the Flask URL map that answers
with a page is among them, so a new page is checked as soon as it exists.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest

from catalog.activity import Actor
from catalog.saved_searches import saved_search
from catalog.settings import Settings
from tests.helpers.accounts import ARTICLE_URL, USERS, add_accounts

ACTOR = Actor(name="cli:pages")
MISSING_ASSET = "f" * 16

# Routes that answer with files or JSON, never a page (each with why).
NOT_PAGES = {
    "static": "style sheet, script and icons",
    "assets.asset_preview": "a JPEG",
    "assets.asset_thumb": "a JPEG",
    "articles.published_copy": "a JPEG",
    "rights.usage_download": "a CSV file",
    "editing.api_history": "JSON",
    "lightboxes.lightbox_credits": "plain text",
    "lightboxes.lightbox_credits_csv": "a CSV file",
    "lightboxes.lightbox_zip": "a zip file",
    "saved_searches.saved_search_feed": "an Atom feed",
    "saved_searches.open_saved_search": "a redirect to the search page",
}


@dataclass(frozen=True)
class Site:
    """The catalog the pages are shown over, and the page addresses by name (``paths``)."""

    settings: Settings
    paths: dict[str, str]
    logged_out: frozenset[str]  # names of the pages seen without logging in


def build_site(root: Path, source: Settings) -> Site:
    """A copy of the accounts catalog with accounts, an edited picture, a killed one, a linked article and a lightbox."""
    from catalog.desk import Desk

    settings = Settings(data_dir=root / "data")
    shutil.copytree(source.data_dir, settings.data_dir)
    add_accounts(settings)
    with Desk.open(settings) as desk:
        assets = sorted(desk.catalog.iter_assets(), key=lambda asset: asset.id)
        edited, killed = assets[0], assets[1]
        desk.edit({edited.id: {"headline": f"{edited.headline or edited.filename} (corrected)"}}, user="ada", actor=ACTOR)
        desk.kill(killed.id, "withdrawn by the agency", actor=ACTOR)
        article = desk.link(edited.id, ARTICLE_URL, actor=ACTOR)
        lightbox = desk.create_lightbox("Harbour storm", story=ARTICLE_URL, actor=ACTOR)
        desk.change_lightbox(lightbox.id, add=[asset.id for asset in assets], notes={edited.id: "Lead picture"},
                             actor=ACTOR)
        word = next(word for word in (edited.caption or "").split() if word.isalpha() and len(word) > 4)
        desk.catalog.save_search(saved_search("Everything new", owner="ada", shared=True))
        desk.catalog.save_search(saved_search(f"About {word}", query=word, filters=[("year", "2026")]))
        # the results page a form upload without script redirects to: one file of each outcome, for the admin
        upload = desk.catalog.save_upload_results(USERS["admin"], [
            {"file": edited.filename, "status": "unchanged", "reason": None, "warnings": [], "missing": [],
             "asset_id": edited.id, "url": f"/assets/{edited.id}"},
            {"file": "IMG_0412.JPG", "status": "imported", "reason": None, "warnings": [], "missing": ["credit"],
             "asset_id": killed.id, "url": f"/assets/{killed.id}", "edit_url": f"/assets/{killed.id}#edit"},
            {"file": "notes.pdf", "status": "failed", "reason": "not a picture (a PDF document)", "warnings": [],
             "missing": []},
        ], at=datetime.now(timezone.utc))
    ids = "&".join(f"id={asset.id}" for asset in assets[:3])
    paths = {
        "search": "/",
        "search-results": f"/search?q={word}",
        "search-no-match": "/search?q=zzqxjwv",
        "asset-with-edit-history": f"/assets/{edited.id}",
        "asset-killed": f"/assets/{killed.id}",
        "download-confirm": f"/assets/{killed.id}/download?size=web",
        "original-confirm": f"/assets/{killed.id}/original",
        "batch-edit": f"/edit/batch?{ids}",
        "articles": "/articles",
        "article": f"/articles/{article.id}",
        "rights": "/rights",
        "lightboxes": "/lightboxes",
        "lightbox": f"/lightboxes/{lightbox.id}",
        "activity": "/activity",
        "upload": "/upload",
        "upload-results": f"/upload/results/{upload}",
        "intake": "/intake",
        "login": "/login",
        "not-found": f"/assets/{MISSING_ASSET}",
        "saved-searches": "/saved-searches",
        "asset-from-search": f"/assets/{killed.id}?search=sort%3Doldest&hit=2",
    }
    return Site(settings=settings, paths=paths, logged_out=frozenset({"login"}))


@pytest.fixture(scope="module")
def site(accounts_source: Settings, tmp_path_factory: pytest.TempPathFactory) -> Site:
    """Every page's address over a catalog of the sample photos with accounts (admin ``ada`` sees all)."""
    return build_site(tmp_path_factory.mktemp("pages"), accounts_source)
