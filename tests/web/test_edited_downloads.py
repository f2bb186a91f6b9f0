"""A picture the desk corrected leaves with the corrections: the web-size download carries them (exiftool reads it)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from catalog.settings import Settings
from media.embed import EmbeddedMetadata
from tests.helpers.web_fixtures import import_files, make_news_jpeg


@pytest.fixture
def edited_app(tmp_path: Path):
    """An app over one wire photo whose caption credit and city the desk corrected."""
    from web import create_app

    photo = make_news_jpeg(tmp_path / "in" / "quake.jpg", EmbeddedMetadata(
        caption="Rescuers search the rubble in Antakya. Photo by reader.", credit="Reader", city="Antakya",
        creators=("Unknown",), copyright="© reader"))
    settings = Settings(data_dir=tmp_path / "data")
    import_files(settings, [photo])
    app = create_app(settings, TESTING=True)
    desk = app.extensions["photodesk"].desk
    asset_id = next(desk.catalog.iter_assets()).id
    desk.edit({asset_id: {"caption": "Rescuers search the rubble in Hatay. (AP Photo/Hussein Malla)",
                          "city": "Hatay", "credit": "AP", "creators": ("Hussein Malla",)}}, user="jane")
    yield app, asset_id
    desk.close()


def test_the_web_download_carries_the_edited_caption_and_credit(edited_app, tmp_path: Path) -> None:
    app, asset_id = edited_app
    response = app.test_client().get(f"/assets/{asset_id}/download?size=web")
    assert response.status_code == 200
    path = tmp_path / "web.jpg"
    path.write_bytes(response.data)
    read = json.loads(subprocess.run(["exiftool", "-json", "-G1", str(path)], capture_output=True, check=True,
                                     text=True).stdout)[0]
    caption = "Rescuers search the rubble in Hatay. (AP Photo/Hussein Malla)"
    assert read["XMP-dc:Description"] == caption == read["IPTC:Caption-Abstract"]
    assert read["XMP-photoshop:Credit"] == "AP Photo/Hussein Malla" == read["IPTC:Credit"]
    assert read["XMP-photoshop:City"] == "Hatay" == read["IPTC:City"]
    assert read["IPTC:By-line"] == "Hussein Malla"


def test_the_asset_page_and_the_api_show_the_edit_and_who_made_it(edited_app) -> None:
    app, asset_id = edited_app
    client = app.test_client()
    page = client.get(f"/assets/{asset_id}").get_data(as_text=True)
    assert "AP Photo/Hussein Malla" in page and "edited by jane" in page
    found = client.get("/api/search?q=city:hatay").get_json()
    assert [hit["id"] for hit in found["hits"]] == [asset_id]
