"""Every page, in Debian's Chromium, checked by axe-core and at a phone's width.

axe-core (npm ``axe-core``, the standard accessibility engine) is installed for the tests only by
``scripts/test.sh`` into ``.cache/axe`` (not committed); its ``axe.min.js`` is evaluated in each page
and must find no serious or critical violation. At 360 px no page may scroll sideways, the search
filters fold behind a button and the asset page starts with the picture, its caption and its
licensing verdicts.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

import pytest

from tests.helpers.accounts import sign_in_page
from tests.helpers.pages import Site
from tests.helpers.web_fixtures import PROJECT_DIR, serving_photodesk

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

AXE = PROJECT_DIR / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")
PAGE_NAMES = ["search", "search-results", "search-no-match", "asset-with-edit-history", "asset-killed",
              "download-confirm", "original-confirm", "batch-edit", "articles", "article", "rights", "activity",
              "lightboxes", "lightbox", "upload", "asset-from-search", "login", "not-found"]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1440, "height": 1000}


@pytest.fixture(scope="module")
def server(site: Site) -> Iterator[str]:
    """``photodesk serve`` over the pages' catalog."""
    with serving_photodesk(site.settings) as url:
        yield url


@pytest.fixture(scope="module")
def admin_state(browser, server: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cookies of a browser logged in as the admin, who sees every page and control."""
    context = browser.new_context(base_url=server)
    page = context.new_page()
    page.goto("/login")
    sign_in_page(page, "admin")
    state = tmp_path_factory.mktemp("admin") / "state.json"
    context.storage_state(path=str(state))
    context.close()
    return state


def open_page(browser, server: str, site: Site, admin_state: Path, name: str, viewport: dict):
    """A new tab showing page ``name``, logged in unless the page is seen logged out; the tab."""
    state = None if name in site.logged_out else str(admin_state)
    context = browser.new_context(base_url=server, viewport=viewport, storage_state=state)
    page = context.new_page()
    page.goto(site.paths[name])
    page.wait_for_load_state("load")
    return page


def describe(violations: list[dict]) -> str:
    """One line per violation: its rule, impact, help and the first elements it names."""
    lines = []
    for violation in violations:
        targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
        lines.append(f"{violation['id']} ({violation['impact']}, {len(violation['nodes'])}×): {violation['help']} — {targets}")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def axe() -> str:
    """axe-core's script; the test skips, saying why, when it is not installed."""
    if not AXE.is_file():
        pytest.skip(f"axe-core is not installed at {AXE.relative_to(PROJECT_DIR)} (scripts/test.sh installs it with npm)")
    return AXE.read_text(encoding="utf-8")


def axe_violations(page, axe: str) -> list[dict]:
    """axe-core's violations on the page as it is now (every rule axe runs by default)."""
    page.evaluate(axe)  # evaluated, not a <script>: the pages' CSP allows no inline script
    return page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1440px", "360px"])
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_axe_finds_no_serious_or_critical_violation(browser, server, site, admin_state, axe, name, viewport) -> None:
    page = open_page(browser, server, site, admin_state, name, viewport)
    try:
        blocking = [v for v in axe_violations(page, axe) if v["impact"] in BLOCKING]
        assert not blocking, f"{site.paths[name]}:\n{describe(blocking)}"
    finally:
        page.context.close()


def test_the_axe_check_fails_on_a_page_with_poor_contrast(browser, server, site, admin_state, axe) -> None:
    page = open_page(browser, server, site, admin_state, "search", DESKTOP)
    try:
        page.evaluate("document.querySelector('.results-count').style.color = '#b8bcc6'")
        rules = {v["id"] for v in axe_violations(page, axe) if v["impact"] in BLOCKING}
        assert "color-contrast" in rules
    finally:
        page.context.close()


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_no_page_scrolls_sideways_on_a_phone(browser, server, site, admin_state, name) -> None:
    page = open_page(browser, server, site, admin_state, name, PHONE)
    try:
        widths = page.evaluate("""() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
            widest: [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                     .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : ''))})""")
        assert widths["scroll"] <= widths["inner"], f"{site.paths[name]} is {widths['scroll']} px wide at {widths['inner']} px: {widths['widest']}"
    finally:
        page.context.close()


def test_search_filters_fold_behind_a_button_on_a_phone(browser, server, site, admin_state, screenshots_dir) -> None:
    page = open_page(browser, server, site, admin_state, "search", PHONE)
    try:
        toggle = page.locator(".facets summary")
        expect(toggle).to_be_visible()
        expect(page.locator(".facet").first).to_be_hidden()
        first_tile = page.locator("li.tile").first
        assert first_tile.bounding_box()["y"] < PHONE["height"], "the first result is below the first screen"
        page.wait_for_function("() => [...document.querySelectorAll('li.tile img')].slice(0, 4).every(i => i.complete && i.naturalWidth > 0)")
        page.screenshot(path=str(screenshots_dir / "search-phone.png"))
        toggle.click()
        expect(page.locator(".facet").first).to_be_visible()
    finally:
        page.context.close()
    wide = open_page(browser, server, site, admin_state, "search-results", DESKTOP)
    try:
        expect(wide.locator(".facet").first).to_be_visible()
        expect(wide.locator(".facets summary")).to_be_hidden()
    finally:
        wide.context.close()


def test_the_asset_page_starts_with_picture_caption_and_licensing_on_a_phone(browser, server, site, admin_state, screenshots_dir) -> None:
    page = open_page(browser, server, site, admin_state, "asset-with-edit-history", PHONE)
    try:
        page.wait_for_function("() => { const i = document.querySelector('.preview img'); return i.complete && i.naturalWidth > 0; }")
        page.screenshot(path=str(screenshots_dir / "asset-phone.png"), clip={"x": 0, "y": 0, "width": PHONE["width"], "height": 1400}, full_page=True)
        def top(selector: str) -> float:
            return page.locator(selector).first.bounding_box()["y"]

        first = max(top(".preview"), top("[data-caption]"), top(".licensing [data-verdicts]"))
        for later in (".asset-facts", ".edit-panel", "#metadata", "#where-used"):
            assert top(later) > first, f"{later} comes before the picture, caption or licensing"
    finally:
        page.context.close()


def focus_page_start(page) -> None:
    """Put the keyboard at the very start of the page, as a reader arriving there is (before any autofocus)."""
    page.evaluate("""() => { const probe = document.createElement('span'); probe.tabIndex = -1;
        document.body.prepend(probe); probe.focus(); probe.addEventListener('blur', () => probe.remove()); }""")


@pytest.mark.parametrize("name", ["search-results", "asset-with-edit-history", "login"])
def test_a_skip_link_comes_first_and_the_focus_ring_shows(browser, server, site, admin_state, name) -> None:
    page = open_page(browser, server, site, admin_state, name, DESKTOP)
    try:
        focus_page_start(page)
        page.keyboard.press("Tab")
        skip = page.locator(":focus")
        expect(skip).to_have_text(re.compile(r"^Skip to (results|content)$"))
        for _ in range(6):  # the skip link, then what follows it: each shows where the focus is
            ring = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
                return {outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2, shadow: s.boxShadow !== 'none'}; }""")
            assert ring["outline"] or ring["shadow"], page.evaluate("document.activeElement.outerHTML.slice(0, 200)")
            page.keyboard.press("Tab")
        focus_page_start(page)
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        if name == "search-results":
            assert page.evaluate("!!document.activeElement.closest('li.tile')"), "Tab after the skip link does not reach the first result"
        else:
            assert page.evaluate("!!document.activeElement.closest('main') && !document.activeElement.closest('header')")
    finally:
        page.context.close()


def preview_batch_edit(page) -> None:
    """Preview appending to the caption of the selected pictures: the page with the table of changes."""
    page.locator("select[name=append_field]").select_option("caption")
    page.locator("input[name=append_value]").fill(" (corrected)")
    page.locator("[data-batch-preview]").click()
    expect(page.locator("[data-batch-table]")).to_be_visible()


def preview_asset_edit(page) -> None:
    """Preview a corrected city on the asset page's edit form (the form's own Preview, posted)."""
    page.locator("[data-edit-field=city] input").fill("Valletta")
    page.locator("[data-edit-preview-button]").click()
    expect(page.locator("[data-change=city]")).to_be_visible()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1440px", "360px"])
@pytest.mark.parametrize("name, preview", [("batch-edit", preview_batch_edit), ("asset-with-edit-history", preview_asset_edit)],
                         ids=["batch-edit", "asset-edit"])
def test_edit_previews_pass_axe_and_fit_a_phone(browser, server, site, admin_state, axe, name, preview, viewport) -> None:
    page = open_page(browser, server, site, admin_state, name, viewport)
    try:
        preview(page)
        blocking = [v for v in axe_violations(page, axe) if v["impact"] in BLOCKING]
        assert not blocking, f"{page.url} (preview):\n{describe(blocking)}"
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    finally:
        page.context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1440px", "360px"])
def test_the_upload_result_page_without_script_passes_axe_and_fits_a_phone(browser, server, site, admin_state, axe,
                                                                          viewport, tmp_path: Path) -> None:
    from tests.helpers.photo_files import write_photo

    picture = write_photo(tmp_path / "a-picture-with-a-long-file-name-from-a-camera-card.jpg", seed=51)
    memo = tmp_path / "memo.jpg"
    memo.write_text("<html><body>not a picture</body></html>")
    # The form posts itself only without script and is answered with a redirect to its results' page; axe needs
    # script (its timers), so that page is opened again in a tab with script, its own photodesk.js held back: the
    # page exactly as it is without script.
    scriptless = browser.new_context(base_url=server, viewport=viewport, storage_state=str(admin_state),
                                     java_script_enabled=False)
    try:
        page = scriptless.new_page()
        page.goto(site.paths["upload"])
        page.set_input_files("[data-upload-input]", [str(picture), str(memo)])
        with page.expect_navigation(url="**/upload/results/*", timeout=60_000):
            page.get_by_role("button", name="Upload").click()
        results = page.url
    finally:
        scriptless.close()
    context = browser.new_context(base_url=server, viewport=viewport, storage_state=str(admin_state))
    try:
        page = context.new_page()
        page.route("**/photodesk.js*", lambda route: route.fulfill(body="", content_type="text/javascript"))
        page.goto(results)
        expect(page.locator("[data-upload-results] [data-status]")).to_have_count(2)
        blocking = [v for v in axe_violations(page, axe) if v["impact"] in BLOCKING]
        assert not blocking, f"the upload's answer:\n{describe(blocking)}"
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    finally:
        context.close()
