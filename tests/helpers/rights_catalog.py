"""Fixtures: a catalog of pictures made for the rights tests (exiftool writes their metadata) and the desk's agreements."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from catalog.desk import Desk

from catalog.settings import Settings
from tests.helpers.rights_pictures import import_pictures, make_picture

AGREEMENTS = '''
[desk]
own = ["credit:Staff"]
timezone = "UTC"

[[agreement]]
id = "ap-2026"
supplier = "AP"
matches = ["agency:AP"]
channels = ["print", "web", "social"]
starts = 2026-01-01
ends = 2026-12-31
retention_days = 30
fee = "subscription"
credit = "{agency} Photo/{photographers}"

[[agreement]]
id = "afp"
supplier = "AFP"
matches = ["agency:AFP", "credit:AFP"]
channels = ["print", "web", "social", "newsletter", "marketing", "sales"]
starts = 2025-01-01

[[agreement]]
id = "getty-per-use"
supplier = "Getty Images"
matches = ["distributor:Getty Images"]
channels = ["print", "web"]
starts = 2025-06-01
fee = "per-use"
price = 150
currency = "USD"

[[agreement]]
id = "dpa"
supplier = "dpa"
matches = ["credit:dpa"]
channels = ["print", "web", "social", "newsletter", "marketing", "sales"]
starts = 2024-01-01
'''

# stem -> the metadata exiftool writes
PICTURES = {
    "ap_embargo": dict(caption="Ministers meet in Brussels. (AP Photo/Jane Roe)", credit="AP", creator="Jane Roe",
                       special_instructions="EMBARGOED UNTIL 10:00 ET, 15 March 2026",
                       date_created="2026-03-10T09:00:00-05:00"),
    "ap_plain": dict(caption="Fans cheer in Boston. (AP Photo/Jane Roe)", credit="AP", creator="Jane Roe",
                     date_created="2026-03-01T12:00:00+00:00"),
    "getty_afp": dict(caption="Protesters march in Paris.", credit="JEAN DUPONT/AFP via Getty Images",
                      creator="Jean Dupont", date_created="2026-02-01T08:00:00+01:00"),
    "reuters": dict(caption="Fans celebrate in Malaga. REUTERS/Jon Nazca", credit="REUTERS",
                    date_created="2026-02-02"),
    "staff": dict(caption="The mayor opens the new bridge.", credit="Staff", creator="Ann Lee",
                  date_created="2026-02-03T10:00:00+01:00"),
    "dpa_editorial": dict(caption="A new car model is shown in Munich. Photo: Max Muster/dpa", credit="dpa",
                          special_instructions="EDITORIAL USE ONLY. NO SALES. Mandatory credit",
                          date_created="2026-02-04"),
    "dpa_no_social": dict(caption="The chancellor speaks. Photo: Max Muster/dpa", credit="dpa",
                          special_instructions="No social media use", date_created="2026-02-05"),
    "afp_naive_embargo": dict(caption="A launch at dawn. (Photo by Ana Lopez / AFP)", credit="AFP",
                              special_instructions="Embargoed until 15 March 2026 10:00",
                              date_created="2026-03-01"),
    "afp_day_embargo": dict(caption="A report is presented. (Photo by Ana Lopez / AFP)", credit="AFP",
                            special_instructions="EMBARGOED UNTIL 20 March 2026", date_created="2026-03-01"),
    "afp_open_embargo": dict(caption="A secret is kept. (Photo by Ana Lopez / AFP)", credit="AFP",
                             special_instructions="EMBARGOED: do not publish before the announcement",
                             date_created="2026-03-01"),
    "staff_no_date": dict(caption="A portrait in the newsroom.", credit="Staff", creator="Ann Lee"),
    # for the web, whose clock is the real one: an embargo long lifted and one far ahead
    "staff_lifted": dict(caption="An old launch.", credit="Staff", creator="Ann Lee",
                         special_instructions="Embargoed until 08:00 GMT 1 June 2020", date_created="2020-05-30"),
    "staff_far_embargo": dict(caption="A report due in the future.", credit="Staff", creator="Ann Lee",
                              special_instructions="EMBARGOED UNTIL 10:00 GMT 1 January 2099",
                              date_created="2026-03-01"),
}


@pytest.fixture(scope="session")
def rights_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A data directory holding the pictures above and the agreements, imported for real."""
    from catalog.desk import Desk
    from catalog.rights import parse_agreements

    root = tmp_path_factory.mktemp("rights")
    paths = [make_picture(root / "in" / f"{stem}.jpg", seed=number, **fields)
             for number, (stem, fields) in enumerate(PICTURES.items())]
    settings = Settings(data_dir=root / "data")
    ids = import_pictures(settings, paths)
    with Desk.open(settings) as desk:
        desk.catalog.import_agreements(parse_agreements(AGREEMENTS))
    (root / "ids.json").write_text(json.dumps(ids), encoding="utf-8")
    return settings


@pytest.fixture(scope="session")
def picture_ids(rights_settings: Settings) -> dict[str, str]:
    """Each picture's stem -> its asset id."""
    return json.loads((rights_settings.data_dir.parent / "ids.json").read_text(encoding="utf-8"))


@pytest.fixture
def rights_copy(rights_settings: Settings, tmp_path: Path) -> Settings:
    """A copy of the rights catalog this test may change (kills, links, agreements)."""
    shutil.copytree(rights_settings.data_dir, tmp_path / "data")
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture(scope="session")
def assets(rights_settings: Settings, picture_ids: dict[str, str]) -> dict:
    """Each picture's stem -> its Asset as the catalog holds it."""
    from catalog.desk import Desk

    with Desk.open(rights_settings) as desk:
        return {stem: desk.catalog.get(asset_id) for stem, asset_id in picture_ids.items()}


def agreements_path(folder: Path, text: str = AGREEMENTS) -> Path:
    """The agreements above (or ``text``) in a TOML file."""
    path = folder / "agreements.toml"
    path.write_text(text, encoding="utf-8")
    return path


def publish(desk: "Desk", asset_id: str, url: str, published: str | None, *, credit: str | None,
            method: str = "url", linked_at: str = "2026-03-19T08:00:00+00:00") -> None:
    """Record the story at ``url`` as published at ``published`` and link the asset to it."""
    from catalog.articles.article import Article
    from catalog.articles.urls import article_id

    ident = article_id(url)
    desk.catalog.upsert_article(Article(id=ident, url=url, title=f"Story {url.rsplit('/', 1)[-1]}",
                                        published=published))
    desk.catalog.link(asset_id, ident, method, credit_printed=credit, linked_at=linked_at)
