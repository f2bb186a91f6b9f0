"""Rights on the web: the API, the licensing panel, download confirmation, search filters, the rights page."""

from __future__ import annotations

import csv
import io
import re

import pytest

from catalog.desk import Desk
from catalog.settings import Settings
from tests.helpers.rights_catalog import publish


@pytest.fixture
def rights_client(rights_copy: Settings):
    from web import create_app

    app = create_app(rights_copy, TESTING=True)
    yield app.test_client()


def test_the_api_decides_at_any_time_and_refuses_a_bad_one(rights_client, picture_ids) -> None:
    asset_id = picture_ids["ap_embargo"]
    before = rights_client.get(f"/api/assets/{asset_id}/rights?at=2026-03-15T13:59:59Z").get_json()
    assert before["channels"]["web"]["verdict"] == "forbidden"
    assert before["channels"]["web"]["until"] == "2026-03-15T14:00:00+00:00"
    after = rights_client.get(f"/api/assets/{asset_id}/rights?at=2026-03-15T10:00-04:00").get_json()
    assert after["channels"]["web"]["verdict"] == "allowed_with_duties"
    assert set(after["channels"]) == {"print", "web", "social", "newsletter", "marketing", "sales"}
    bad = rights_client.get(f"/api/assets/{asset_id}/rights?at=tomorrow")
    assert bad.status_code == 400 and "not an ISO 8601" in bad.get_json()["error"]["message"]
    assert rights_client.get("/api/assets/0123456789abcdef/rights").status_code == 404


def panel(html: str) -> str:
    return html.split('data-verdicts', 1)[1].split("</section>", 1)[0]


def test_the_panel_leads_with_web_and_print_verdicts_now(rights_client, picture_ids) -> None:
    unknown = panel(rights_client.get(f"/assets/{picture_ids['reuters']}").get_data(as_text=True))
    assert 'data-channel="web" data-verdict="unknown"' in unknown and "no agreement on file for Reuters" in unknown
    own = panel(rights_client.get(f"/assets/{picture_ids['staff']}").get_data(as_text=True))
    assert 'class="verdict verdict-green" data-channel="print"' in own
    lifted = rights_client.get(f"/assets/{picture_ids['staff_lifted']}").get_data(as_text=True)
    assert "data-embargo-lifted" in lifted and "Embargo lifted" in lifted and "data-countdown" not in lifted
    assert 'class="verdict verdict-green" data-channel="web"' in panel(lifted)


def test_an_embargo_ahead_is_red_with_a_countdown_and_the_verdict_after_it(rights_client, picture_ids) -> None:
    html = rights_client.get(f"/assets/{picture_ids['staff_far_embargo']}").get_data(as_text=True)
    box = panel(html)
    assert 'data-lifts-at="2099-01-01T10:00:00+00:00"' in html
    assert 'class="verdict verdict-red" data-channel="web"' in box and "embargoed until 2099-01-01 10:00 UTC" in box
    states = re.search(r'<script type="application/json" data-rights-states>(.*?)</script>', html, re.S).group(1)
    assert '"after": [{"channel": "web"' in states and '"verdict": "allowed"' in states
    assert 'data-forbidden-reason="embargoed until 2099-01-01 10:00 UTC"' in html


def test_a_download_forbidden_now_asks_for_confirmation_naming_the_reason(rights_client, picture_ids) -> None:
    asset_id = picture_ids["staff_far_embargo"]
    for url in (f"/assets/{asset_id}/original", f"/assets/{asset_id}/download?size=web",
                f"/assets/{asset_id}/download?size=original"):
        asked = rights_client.get(url)
        assert asked.status_code == 409, url
        text = asked.get_data(as_text=True)
        assert "embargoed until 2099-01-01 10:00 UTC" in text and "confirm=yes" in text
        confirmed = rights_client.get(url + ("&" if "?" in url else "?") + "confirm=yes")
        assert confirmed.status_code == 200 and confirmed.data[:2] == b"\xff\xd8", url
        confirmed.close()
    allowed = rights_client.get(f"/assets/{picture_ids['staff']}/original")
    assert allowed.status_code == 200
    assert allowed.headers["Cache-Control"] in ("private, no-cache", "no-cache, private")
    allowed.close()


def test_a_killed_picture_is_marked_and_its_download_names_the_kill(rights_client, rights_copy, picture_ids) -> None:
    asset_id = picture_ids["staff"]
    with Desk.open(rights_copy) as desk:
        desk.kill(asset_id, "Wrong person identified")
    page = rights_client.get(f"/assets/{asset_id}").get_data(as_text=True)
    assert "data-killed" in page and "Wrong person identified" in page
    assert "killed on" in rights_client.get(f"/assets/{asset_id}/original").get_data(as_text=True)
    tiles = rights_client.get("/search?q=bridge").get_data(as_text=True)
    assert f'data-asset-id="{asset_id}" data-killed' in tiles and "badge-killed" in tiles
    hits = rights_client.get("/api/search?q=bridge").get_json()["hits"]
    assert [hit["killed"] for hit in hits] == [True]


def test_usable_and_cleared_now_on_the_search_page(rights_client, picture_ids) -> None:
    def ids(url: str) -> set[str]:
        return {hit["id"] for hit in rights_client.get(url).get_json()["hits"]}

    usable = ids("/api/search?q=usable:web&page_size=100")
    assert picture_ids["staff"] in usable and picture_ids["staff_lifted"] in usable
    assert not {picture_ids["staff_far_embargo"], picture_ids["reuters"], picture_ids["ap_plain"]} & usable
    assert ids("/api/search?cleared=1&page_size=100") == usable & ids("/api/search?q=usable:print&page_size=100")
    page = rights_client.get("/search?cleared=1").get_data(as_text=True)
    assert 'data-chip="cleared"' in page and "Cleared now" in page
    facets = rights_client.get("/api/search").get_json()["facets"]["restriction"]
    assert {"value": "embargoed", "count": 2, "active": False} in facets  # 2099's and the undated one


def test_the_rights_page_lists_problems_and_the_usage_report_with_a_csv(rights_client, rights_copy, picture_ids) -> None:
    with Desk.open(rights_copy) as desk:
        publish(desk, picture_ids["ap_embargo"], "https://news.example/early", "2026-03-15T13:00:00Z",
                credit="AP Photo/Jane Roe")
        publish(desk, picture_ids["getty_afp"], "https://news.example/getty", "2026-03-03T10:00:00Z",
                credit="Jean Dupont/AFP via Getty Images")
    page = rights_client.get("/rights?from=2026-03-01&to=2026-03-31").get_data(as_text=True)
    assert 'data-problem="embargo"' in page and "https://news.example/early" in page
    assert 'data-supplier="Getty Images"' in page and "150.00 USD" in page
    rows = list(csv.DictReader(io.StringIO(rights_client.get(
        "/rights/usage.csv?from=2026-03-01&to=2026-03-31&supplier=Getty+Images").get_data(as_text=True))))
    assert [row["row"] for row in rows] == ["use", "total"] and rows[0]["article_url"] == "https://news.example/getty"
    odd = rights_client.get("/rights?from=soon").get_data(as_text=True)
    assert "is not a date" in odd
