"""Published uses: the problems they raise (at the time they ran or now) and the usage report."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timezone

import pytest

from catalog.articles.article import LinkMethod
from catalog.desk import Desk
from catalog.rights.usage import usage_csv
from catalog.settings import Settings
from tests.helpers.rights_catalog import publish

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def published(rights_copy: Settings, picture_ids: dict[str, str]) -> Settings:
    """The rights catalog with stories that published its pictures, rightly and wrongly."""
    with Desk.open(rights_copy) as desk:
        # 13:59 UTC is one minute before the 10:00 ET lift; 14:00 is on time
        publish(desk, picture_ids["ap_embargo"], "https://news.example/early", "2026-03-15T09:59:00-04:00",
                credit="AP Photo/Jane Roe")
        publish(desk, picture_ids["ap_embargo"], "https://news.example/on-time", "2026-03-15T14:00:00+00:00",
                credit="AP Photo/Jane Roe")
        # the AP agreement allows new uses for 30 days after 2026-03-01T12:00Z
        publish(desk, picture_ids["ap_plain"], "https://news.example/late", "2026-03-31T12:00:00+00:00",
                credit="AP Photo/Jane Roe")
        publish(desk, picture_ids["ap_plain"], "https://news.example/wrong-credit", "2026-03-02T10:00:00+00:00",
                credit="REUTERS/Jon Nazca")
        publish(desk, picture_ids["getty_afp"], "https://news.example/getty-1", "2026-03-03T10:00:00+01:00",
                credit="Jean Dupont/AFP via Getty Images")
        publish(desk, picture_ids["getty_afp"], "https://news.example/getty-2", None,
                credit="Jean Dupont/AFP via Getty Images", linked_at="2026-03-04T10:00:00+00:00")
        publish(desk, picture_ids["staff"], "https://news.example/staff", "2026-03-05T10:00:00+00:00", credit=None,
                method=LinkMethod.BY_HAND)
        publish(desk, picture_ids["reuters"], "https://news.example/reuters", "2026-03-06T10:00:00+00:00",
                credit="REUTERS/Jon Nazca")
    return rights_copy


def problems_by_url(settings: Settings) -> dict[str, list]:
    with Desk.open(settings) as desk:
        found = desk.rights_problems(NOW)
    by_url: dict[str, list] = {}
    for problem in found:
        by_url.setdefault(problem.use.article_url.rsplit("/", 1)[-1], []).append(problem)
    return by_url


def test_uses_that_broke_a_decision_when_they_ran_are_problems(published: Settings) -> None:
    found = problems_by_url(published)
    assert set(found) == {"early", "late", "wrong-credit"}
    (early,) = found["early"]
    assert early.kinds == ("embargo",) and "embargoed until 2026-03-15 14:00 UTC" in early.reasons[0]
    assert found["late"][0].kinds == ("retention",)
    (wrong,) = found["wrong-credit"]
    assert wrong.kinds == ("credit",) and wrong.reasons[0].startswith("Wrong credit: printed REUTERS/Jon Nazca")


def test_a_kill_makes_every_article_of_the_picture_a_problem(published: Settings, picture_ids) -> None:
    with Desk.open(published) as desk:
        desk.kill(picture_ids["staff"], "Wrong person identified")
        desk.kill(picture_ids["getty_afp"], "Manipulated")
    found = problems_by_url(published)
    assert {"staff", "getty-1", "getty-2"} <= set(found)
    for name in ("staff", "getty-1", "getty-2"):
        assert found[name][0].kinds[0] == "killed"
        assert "fix the article" in found[name][0].reasons[0]


def test_the_usage_report_has_one_row_per_use_and_totals_per_supplier(published: Settings) -> None:
    with Desk.open(published) as desk:
        report = desk.usage_report(date(2026, 3, 1), date(2026, 3, 31))
        getty = desk.usage_report(date(2026, 3, 1), date(2026, 3, 31), supplier="getty images")
        march_4 = desk.usage_report(date(2026, 3, 4), date(2026, 3, 4))
    assert len(report.rows) == 8
    totals = {total["supplier"]: total for total in report.totals()}
    assert totals["Getty Images"] == {"supplier": "Getty Images", "uses": 2, "fees": {"USD": 300.0}}
    assert totals["AP"]["uses"] == 4 and totals["AP"]["fees"] == {}
    assert totals["Reuters"]["uses"] == 1
    assert [row.agreement for row in getty.rows] == ["getty-per-use", "getty-per-use"]
    assert [row.use.article_url for row in march_4.rows] == ["https://news.example/getty-2"]  # linked, not published
    rows = list(csv.DictReader(io.StringIO(usage_csv(getty))))
    assert [row["row"] for row in rows] == ["use", "use", "total"]
    assert rows[0]["fee"] == "per-use" and rows[0]["price"] == "150.0" and rows[0]["currency"] == "USD"
    assert rows[-1]["supplier"] == "Getty Images" and rows[-1]["uses"] == "2" and rows[-1]["price"] == "300.0"
