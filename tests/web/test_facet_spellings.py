"""The search page's facets with values that read as one: a filter in any spelling marks the value shown, and
removing it removes every spelling."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, urlsplit

from flask.testing import FlaskClient


def country_facet(client: FlaskClient, url: str) -> dict[str, tuple[bool, str]]:
    page = client.get(url).get_data(as_text=True)
    section = page[page.index('data-facet="country"'):]
    section = section[:section.index("</section>")]
    items = re.findall(r'<a href="([^"]+)"( class="is-active")?[^>]*data-value="([^"]+)"', section)
    return {html.unescape(value): (bool(active), html.unescape(link)) for link, active, value in items}


def total(client: FlaskClient, url: str) -> int:
    return int(re.search(r'data-total="(\d+)"', client.get(url).get_data(as_text=True)).group(1))


def test_a_filter_in_another_spelling_finds_the_value_and_marks_it(client: FlaskClient) -> None:
    plain = country_facet(client, "/search")
    assert "United States" in plain and not plain["United States"][0]
    expected = total(client, "/search?country=United+States")
    assert expected >= 1
    for spelling in ("USA", "u.s.", "United States of America"):
        assert total(client, f"/search?country={spelling}") == expected, spelling
        facet = country_facet(client, f"/search?country={spelling}")
        active, link = facet["United States"]
        assert active and spelling not in facet, spelling
        assert ("country", spelling) not in parse_qsl(urlsplit(link).query)  # clicking it removes the filter


def test_two_spellings_of_one_filter_are_removed_together(client: FlaskClient) -> None:
    facet = country_facet(client, "/search?country=USA&country=US&country=Spain")
    active, link = facet["United States"]
    assert active and parse_qsl(urlsplit(link).query) == [("country", "Spain")]
