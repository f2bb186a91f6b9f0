"""The edit form on the asset page, its preview, history and revert, and batch edits from search results."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from catalog.settings import Settings
from media.embed import EmbeddedMetadata
from tests.helpers.web_fixtures import import_files, make_news_jpeg

READER_CAPTION = "Flooded street in Leeds after the storm. Photo by reader."


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three pictures: a reader's photo with a bad credit, and two AP pictures of Hatay."""
    root = tmp_path_factory.mktemp("edit-pages")
    make_news_jpeg(root / "in" / "reader.jpg", EmbeddedMetadata(caption=READER_CAPTION, credit="Reader"),
                   colour=(20, 40, 60))
    for number in (1, 2):
        make_news_jpeg(root / "in" / f"hatay-{number}.jpg", EmbeddedMetadata(
            caption=f"Rescuers in Antakya, picture {number}. (AP Photo/Hussein Malla)", credit="AP",
            keywords=("earthquake",)), colour=(60 + number, 90, 30))
    import_files(Settings(data_dir=root / "data"), [root / "in"])
    return root / "data"


@pytest.fixture
def app(imported: Path, tmp_path: Path):
    from web import create_app

    shutil.copytree(imported, tmp_path / "data")
    app = create_app(Settings(data_dir=tmp_path / "data"), TESTING=True, SECRET_KEY=b"k" * 32)
    yield app
    app.extensions["photodesk"].desk.close()


@pytest.fixture
def client(app):
    return app.test_client()


def ids(app, query: str) -> list[str]:
    return sorted(hit.id for hit in app.extensions["photodesk"].desk.index.search(query, page_size=50).hits)


def page(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def form_of(client, asset_id: str) -> dict[str, str]:
    """The edit form's fields as the page fills them in."""
    form = page(client, f"/assets/{asset_id}").find("form", attrs={"data-edit-form": True})
    values = {field["name"]: field.get("value", "") for field in form.find_all("input")}
    values.update({area["name"]: area.get_text() for area in form.find_all("textarea")})
    return values


def test_the_asset_page_has_the_form_filled_with_the_shown_values(app, client) -> None:
    (reader,) = ids(app, "caption:reader")
    values = form_of(client, reader)
    assert values["caption"] == READER_CAPTION and values["credit"] == "Reader" and values["version"] == "0"
    assert values["csrf_token"]
    assert page(client, f"/assets/{reader}").find(attrs={"data-history-empty": True})


def test_preview_shows_the_credit_derived_again_and_saves_nothing(app, client) -> None:
    (reader,) = ids(app, "caption:reader")
    values = form_of(client, reader) | {"caption": "Flooded street in Leeds after the storm. (REUTERS/Jane Roe)",
                                         "editor": "ana"}
    shown = client.post(f"/assets/{reader}/edit", data=values | {"action": "preview"})
    assert shown.status_code == 200
    soup = BeautifulSoup(shown.get_data(as_text=True), "html.parser")
    assert soup.find(attrs={"data-preview": "credit_line"}).get_text() == "REUTERS/Jane Roe"
    assert soup.find(attrs={"data-preview": "agency"}).get_text() == "Reuters"
    assert soup.find(attrs={"data-change": "caption"})
    as_json = client.post(f"/assets/{reader}/edit/preview", data=values).get_json()
    assert (as_json["credit_line"], as_json["agency"], as_json["photographers"]) == (
        "REUTERS/Jane Roe", "Reuters", ["Jane Roe"])
    assert [change["field"] for change in as_json["changes"]] == ["caption"] and as_json["version"] == 0
    assert app.extensions["photodesk"].desk.catalog.get(reader).caption == READER_CAPTION


def test_save_shows_the_new_credit_line_history_and_is_searchable_at_once(app, client) -> None:
    (reader,) = ids(app, "caption:reader")
    values = form_of(client, reader) | {"caption": "Flooded street in Leeds after the storm.",
                                         "credit": "Jane Roe/Leeds Post", "editor": "ana", "action": "save"}
    saved = client.post(f"/assets/{reader}/edit", data=values)
    assert saved.status_code == 303 and saved.headers["Location"].endswith(f"/assets/{reader}#edit")
    soup = page(client, f"/assets/{reader}")
    assert soup.find(attrs={"data-credit-line": True}).get_text() == "Jane Roe/Leeds Post"
    history = soup.find(attrs={"data-history": True})
    assert {row["data-history-field"] for row in history.find_all("tr", attrs={"data-history-edit": "1"})} == {
        "caption", "credit"}
    assert "Saved: caption, credit (version 1)." in soup.get_text()
    assert ids(app, "by:Roe") == [reader]


def test_a_second_save_on_the_same_version_is_a_conflict_and_keeps_the_first(app, client) -> None:
    (reader,) = ids(app, "caption:reader")
    seen = form_of(client, reader)
    first = client.post(f"/assets/{reader}/edit", data=seen | {"credit": "Jane Roe", "editor": "ana", "action": "save"})
    assert first.status_code == 303
    second = client.post(f"/assets/{reader}/edit", data=seen | {"credit": "John Doe", "editor": "bo", "action": "save"})
    assert second.status_code == 409
    text = second.get_data(as_text=True)
    assert re.search(rf"{reader} was changed by ana at 20[0-9-]+T[0-9:.]+\+00:00 \(now version 1\); review", text)
    soup = BeautifulSoup(text, "html.parser")
    assert soup.find("input", attrs={"name": "credit"})["value"] == "John Doe"  # kept in the form
    assert soup.find("input", attrs={"name": "version"})["value"] == "1"
    assert app.extensions["photodesk"].desk.catalog.get(reader).credit == "Jane Roe"


def test_revert_from_the_history_panel(app, client) -> None:
    (reader,) = ids(app, "caption:reader")
    client.post(f"/assets/{reader}/edit", data=form_of(client, reader) | {"city": "Leeds", "editor": "ana",
                                                                          "action": "save"})
    token = form_of(client, reader)["csrf_token"]
    reverted = client.post(f"/assets/{reader}/revert", data={"csrf_token": token, "to": "0", "version": "1",
                                                             "editor": "bo"})
    assert reverted.status_code == 303
    assert app.extensions["photodesk"].desk.catalog.get(reader).city is None
    assert ids(app, "city:leeds") == []


def test_a_form_without_token_editor_or_version_changes_nothing(app, client) -> None:
    (reader,) = ids(app, "caption:reader")
    values = form_of(client, reader) | {"credit": "X", "editor": "ana", "action": "save"}
    assert client.post(f"/assets/{reader}/edit", data={**values, "csrf_token": "forged"}).status_code == 400
    assert client.post(f"/assets/{reader}/edit", data={**values, "editor": ""}).status_code == 400
    assert client.post(f"/assets/{reader}/edit", data={k: v for k, v in values.items() if k != "version"}).status_code == 400
    assert client.post("/assets/0123456789abcdef/edit", data=values).status_code == 404
    assert app.extensions["photodesk"].desk.catalog.edit_version(reader)[0] == 0


def test_batch_find_and_replace_is_previewed_then_applied(app, client) -> None:
    hatay = ids(app, "caption:antakya")
    soup = page(client, "/search?q=antakya")
    assert {box["value"] for box in soup.find_all("input", attrs={"data-select-asset": True})} == set(hatay)
    chosen = page(client, f"/edit/batch?id={hatay[0]}&id={hatay[1]}")
    token = chosen.find("input", attrs={"name": "csrf_token"})["value"]
    asked = {"csrf_token": token, "id": " ".join(hatay), "replace_field": "caption", "replace_old": "Antakya",
             "replace_new": "Hatay", "append_field": "keywords", "append_value": "rescue", "editor": "desk"}
    preview = BeautifulSoup(client.post("/edit/batch", data=asked | {"action": "preview"}).get_data(as_text=True),
                            "html.parser")
    assert preview.find(attrs={"data-batch-summary": True}).get_text() == "2 of 2 pictures would change"
    assert len(preview.find_all("tr", attrs={"data-plan": True})) == 4
    assert ids(app, "caption:hatay") == []
    versions = preview.find("input", attrs={"name": "versions"})["value"]
    applied = client.post("/edit/batch", data=asked | {"action": "apply", "versions": versions})
    assert applied.status_code == 303
    assert ids(app, "caption:hatay") == hatay == ids(app, "keyword:rescue")
    again = client.post("/edit/batch", data=asked | {"action": "apply", "versions": versions})
    assert again.status_code == 409 and "Nothing was saved" in again.get_data(as_text=True)
    assert all(len(app.extensions["photodesk"].desk.catalog.history(asset_id)) == 2 for asset_id in hatay)


def test_edit_all_results_of_a_search(app, client) -> None:
    soup = page(client, "/search?q=antakya")
    link = soup.find("a", attrs={"data-edit-all": True})
    assert link.get_text() == "Edit all 2 results"
    assert page(client, link["href"]).find("h1").get_text() == "Edit 2 pictures"
    assert client.get("/edit/batch").status_code == 400
