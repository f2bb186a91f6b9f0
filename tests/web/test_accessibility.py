"""What every page owes a keyboard and a screen reader, read from the HTML the real app serves.

A skip link is the first thing to focus and leads somewhere; one main heading; every form control has
a name; the style sheet's text colours reach 4.5:1 on the backgrounds they are used on. Every page of
the URL map is checked (the list in ``tests/helpers/pages.py``); axe-core checks the same pages in
Chromium (``tests/browser/test_accessibility.py``).
"""

from __future__ import annotations

import re
from typing import Iterator

import pytest
from bs4 import BeautifulSoup

from tests.helpers.accounts import logged_in_client
from tests.helpers.pages import NOT_PAGES, Site
from web import STATIC_DIR

FOCUSABLE = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])"


@pytest.fixture(scope="module")
def served(site: Site) -> Iterator[dict[str, tuple[int, BeautifulSoup]]]:
    """Each page's status and parsed HTML, logged in as the admin (the login page logged out)."""
    from web import create_app

    app = create_app(site.settings, TESTING=True)
    admin = logged_in_client(app, "admin")
    anonymous = app.test_client()
    pages = {}
    for name, path in site.paths.items():
        response = (anonymous if name in site.logged_out else admin).get(path)
        assert response.mimetype == "text/html", (path, response.mimetype)
        pages[name] = (response.status_code, BeautifulSoup(response.get_data(as_text=True), "html.parser"))
    yield pages
    app.extensions["photodesk"].desk.close()


def test_every_page_of_the_url_map_is_checked(site: Site) -> None:
    from web import create_app

    app = create_app(site.settings, TESTING=True)
    try:
        adapter = app.url_map.bind("localhost")
        checked = {adapter.match(path.split("?")[0])[0] for path in site.paths.values()}
        pages = {rule.endpoint for rule in app.url_map.iter_rules()
                 if "GET" in rule.methods and not rule.rule.startswith("/api/") and rule.endpoint not in NOT_PAGES}
    finally:
        app.extensions["photodesk"].desk.close()
    assert pages - checked == set(), "pages no accessibility test visits (add them to tests/helpers/pages.py)"


def test_the_pages_answer_as_an_editor_sees_them(served) -> None:
    statuses = {name: status for name, (status, _) in served.items()}
    assert statuses["not-found"] == 404
    assert statuses["download-confirm"] == statuses["original-confirm"] == 409
    assert all(status == 200 for name, status in statuses.items() if name not in ("not-found", "download-confirm", "original-confirm"))


def test_a_skip_link_is_the_first_thing_to_focus_and_leads_into_the_page(served) -> None:
    for name, (_, page) in served.items():
        first = page.select_one(FOCUSABLE)
        assert first is not None and "skip-link" in first.get("class", []), (name, str(first)[:120])
        target = page.find(id=first["href"].removeprefix("#"))
        assert target is not None, f"{name}: the skip link's target {first['href']} is not on the page"
        assert target.find_parent("main") or target.name == "main", name
    assert served["search-results"][1].select_one(".skip-link").get_text() == "Skip to results"
    assert served["search-results"][1].select_one(".skip-link")["href"] == "#results-grid"
    assert served["search-no-match"][1].select_one(".skip-link")["href"] == "#results"
    assert served["asset-killed"][1].select_one(".skip-link").get_text() == "Skip to content"


def test_each_page_has_exactly_one_main_heading(served) -> None:
    for name, (_, page) in served.items():
        headings = [h.get_text(" ", strip=True) for h in page.find_all("h1")]
        assert len(headings) == 1 and headings[0], (name, headings)


def is_labelled(control, page: BeautifulSoup) -> bool:
    """Whether assistive technology can name the control: a label, aria-label(ledby), or a wrapping label."""
    if control.get("aria-label", "").strip() or control.get("aria-labelledby"):
        return True
    if control.get("id") and page.find("label", attrs={"for": control["id"]}):
        return True
    label = control.find_parent("label")
    return label is not None and label.get_text(strip=True) != ""


def test_every_form_control_has_a_name(served) -> None:
    for name, (_, page) in served.items():
        unnamed = [str(control)[:100] for control in page.select("input:not([type=hidden]), select, textarea")
                   if not is_labelled(control, page)]
        assert unnamed == [], (name, unnamed)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #rrggbb colour."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    light, dark = sorted((relative_luminance(one), relative_luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_is_measured_as_wcag_defines_it() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#8a92a3", "#ffffff") == pytest.approx(3.12, abs=0.01)  # the grey text before issue 18


def test_the_style_sheets_text_colours_reach_4_5_to_1_on_its_backgrounds() -> None:
    css = (STATIC_DIR / "photodesk.css").read_text(encoding="utf-8")
    colours = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-f]{6})\b", css))
    texts = ["ink", "ink-soft", "ink-faint", "accent-ink", "red", "amber", "green", "violet"]
    backgrounds = ["paper", "page", "accent-soft"]
    low = [(text, background, round(contrast(colours[text], colours[background]), 2))
           for text in texts for background in backgrounds if contrast(colours[text], colours[background]) < 4.5]
    assert low == []
    for text, background in (("red", "red-soft"), ("amber", "amber-soft"), ("green", "green-soft"), ("violet", "violet-soft")):
        assert contrast(colours[text], colours[background]) >= 4.5, (text, background)


def test_a_control_without_a_name_is_found() -> None:
    page = BeautifulSoup('<form><input name="q"><label>Name <input name="n"></label>'
                         '<label for="p">Password</label><input id="p"><select aria-label="Field"></select></form>', "html.parser")
    assert [is_labelled(control, page) for control in page.select("input, select")] == [False, True, True, True]
