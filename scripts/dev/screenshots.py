"""Screenshots of every page of the web app at 1440 px and 390 px, for the README.

Imports the bundled demo samples into a temporary catalog, gives it an admin, a linked
article, a kill notice, saved searches and (when the app has them) a lightbox, serves the
real app on 127.0.0.1 and photographs each page in Debian's Chromium through Playwright:
``docs/screenshots/<page>-1440.jpg`` and ``<page>-390.jpg`` (the visible window, JPEG).
Pages of the URL map it does not know how to reach are named on stderr, so a new page is
not forgotten.

    python -m scripts.dev.screenshots [--out docs/screenshots] [--quality 60]
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from catalog.activity import Actor
from catalog.settings import Settings

OUT_DIR = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
WIDTHS = {1440: 900, 390: 844}  # a desk's laptop and a phone: the window's height for each width
ADMIN, PASSWORD = "ada", "screenshots only"
ACTOR = Actor(name="cli:screenshots")
ARTICLE_URL = "https://news.example.org/2026/11/riverfront-housing-vote"
# Endpoints answering with files, feeds or redirects, not pages (none to photograph).
NOT_PAGES = frozenset({
    "static", "assets.asset_preview", "assets.asset_thumb", "articles.published_copy", "rights.usage_download",
    "editing.api_history", "saved_searches.saved_search_feed", "saved_searches.open_saved_search",
    "lightboxes.lightbox_credits", "lightboxes.lightbox_credits_csv", "lightboxes.lightbox_zip",
})


def prepare(data_dir: Path) -> dict[str, str]:
    """The demo catalog with something on every page; the page paths by name."""
    from catalog.account_changes import add_user
    from catalog.desk import Desk
    from catalog.saved_searches import saved_search
    from media import samples_dir

    settings = Settings(data_dir=data_dir)
    with Desk.open(settings) as desk:
        list(desk.import_files([samples_dir()], jobs=2))
        add_user(desk.catalog, ACTOR, ADMIN, "admin", PASSWORD)
        assets = sorted(desk.catalog.iter_assets(), key=lambda asset: asset.date_created or "")
        lead, killed = assets[-1], assets[0]
        article = desk.link(lead.id, ARTICLE_URL, actor=ACTOR)
        desk.kill(killed.id, "withdrawn by the agency", actor=ACTOR)
        desk.catalog.save_search(saved_search("AP pictures", filters=[("agency", "AP")], owner=ADMIN, shared=True))
        desk.catalog.save_search(saved_search("Storms", query="storm", sort="newest"))
        paths = {
            "search": "/search",
            "search-results": "/search?q=storm",
            "asset": f"/assets/{lead.id}?search=sort%3Dnewest&hit=1",
            "asset-killed": f"/assets/{killed.id}",
            "download-confirm": f"/assets/{killed.id}/download?size=web",
            "original-confirm": f"/assets/{killed.id}/original",
            "batch-edit": "/edit/batch?" + "&".join(f"id={asset.id}" for asset in assets[:3]),
            "articles": "/articles",
            "article": f"/articles/{article.id}",
            "rights": "/rights",
            "activity": "/activity",
            "saved-searches": "/saved-searches",
            "upload": "/upload",
            "intake": "/intake",
            "login": "/login",
            "not-found": "/assets/" + "f" * 16,
        }
        if hasattr(desk, "create_lightbox"):  # lightboxes (docs/lightboxes.md), when this checkout has them
            lightbox = desk.create_lightbox("Riverfront vote", story=ARTICLE_URL, actor=ACTOR)
            desk.change_lightbox(lightbox.id, add=[asset.id for asset in assets[:4]], actor=ACTOR)
            paths["lightboxes"] = "/lightboxes"
            paths["lightbox"] = f"/lightboxes/{lightbox.id}"
    return paths


def unvisited(settings: Settings, paths: dict[str, str]) -> list[str]:
    """Endpoints of pages the app has that none of ``paths`` reaches."""
    from web import create_app

    app = create_app(settings)
    try:
        adapter = app.url_map.bind("localhost")
        reached = {adapter.match(path.split("?")[0])[0] for path in paths.values() if not path.startswith("/assets/fff")}
        return sorted(rule.endpoint for rule in app.url_map.iter_rules()
                      if "GET" in rule.methods and not rule.rule.startswith("/api/")
                      and rule.endpoint not in NOT_PAGES | reached)
    finally:
        app.extensions["photodesk"].desk.close()


@contextmanager
def serving(settings: Settings) -> Iterator[str]:
    """The real app on 127.0.0.1 and a free port, in a thread; yields its base URL."""
    from werkzeug.serving import make_server

    from web import create_app

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per request
    app = create_app(settings)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        app.extensions["photodesk"].desk.close()


def photograph(base: str, paths: dict[str, str], out: Path, quality: int) -> list[Path]:
    """Each page at each width, logged in as the admin (the login page logged out)."""
    from playwright.sync_api import sync_playwright

    written = []
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for width, height in WIDTHS.items():
            anonymous = browser.new_context(base_url=base, viewport={"width": width, "height": height})
            admin = browser.new_context(base_url=base, viewport={"width": width, "height": height})
            log_in(admin.new_page())
            for name, path in paths.items():
                page = (anonymous if name == "login" else admin).new_page()
                page.goto(path, wait_until="networkidle")
                target = out / f"{name}-{width}.jpg"
                page.screenshot(path=str(target), type="jpeg", quality=quality, full_page=False)
                written.append(target)
                page.close()
            anonymous.close()
            admin.close()
        browser.close()
    return written


def log_in(page: Any) -> None:
    """Log the page's browser context in as the admin, through the real login form."""
    page.goto("/login")
    page.get_by_label("Name").fill(ADMIN)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_selector("[data-user]")  # the top bar names whoever is logged in
    page.close()


def main(argv: list[str] | None = None) -> int:
    """Make the screenshots; 1 when a page of the app was left out."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--quality", type=int, default=60, help="JPEG quality (default 60)")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="photodesk-screenshots-") as temporary:
        settings = Settings(data_dir=Path(temporary) / "data")
        paths = prepare(settings.data_dir)
        missing = unvisited(settings, paths)
        with serving(settings) as base:
            written = photograph(base, paths, options.out, options.quality)
    total = sum(path.stat().st_size for path in written)
    print(f"{len(written)} screenshots of {len(paths)} pages in {options.out} ({total / 1024:.0f} KB)")
    if missing:
        print(f"pages not photographed (add them to prepare()): {', '.join(missing)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
