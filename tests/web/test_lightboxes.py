"""Lightboxes and batch actions on the real app: pages, forms without script, roles, the streamed zip, the CSV."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient

from catalog.activity import Actor
from tests.helpers.accounts import USERS, csrf_of, logged_in_client

ARTICLE = "https://news.example.org/2026/11/storm-elin"


def desk_of(app: Flask):
    return app.extensions["photodesk"].desk


def sample_ids(app: Flask) -> list[str]:
    """The sample pictures' ids, by file name (a stable order)."""
    return [asset.id for asset in sorted(desk_of(app).catalog.iter_assets(), key=lambda asset: asset.filename)]


def post(client: FlaskClient, url: str, data: dict, **options):
    return client.post(url, data={"csrf_token": csrf_of(client), **data}, **options)


def soup(client: FlaskClient, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def order_on_page(client: FlaskClient, lightbox_id: int) -> list[str]:
    return [item["data-asset-id"] for item in soup(client, f"/lightboxes/{lightbox_id}").select("li.lightbox-member")]


@pytest.fixture
def editor(accounts_app: Flask) -> FlaskClient:
    return logged_in_client(accounts_app, "editor")


def test_an_editor_builds_a_lightbox_from_ticked_results_then_reorders_notes_and_removes(accounts_app, editor) -> None:
    ids = sample_ids(accounts_app)
    search = soup(editor, "/search")
    assert {box["value"] for box in search.select("input[data-select-asset]")} == set(ids)
    assert search.select_one("form#batch-select")["method"] == "post"
    made = post(editor, "/selection", {"action": "lightbox", "lightbox": "new", "name": "Storm Elin", "id": ids[:4]})
    assert made.status_code == 303
    box = desk_of(accounts_app).catalog.find_lightbox("storm elin")
    assert made.headers["Location"].endswith(f"/lightboxes/{box.id}")
    page = soup(editor, f"/lightboxes/{box.id}")
    assert page.select_one("[data-flash=ok]").get_text() == "4 pictures in “Storm Elin” (4 in all)."
    assert page.select_one("h1").get_text() == "Storm Elin"
    assert order_on_page(editor, box.id) == ids[:4]
    # Move down, then the last one up to the top, each with the form a browser without script posts.
    assert post(editor, f"/lightboxes/{box.id}/move", {"id": ids[0], "direction": "down"}).status_code == 303
    post(editor, f"/lightboxes/{box.id}/move", {"id": ids[3], "direction": "first"})
    assert order_on_page(editor, box.id) == [ids[3], ids[1], ids[0], ids[2]]
    post(editor, f"/lightboxes/{box.id}/move", {"id": ids[3], "to": "3"})
    assert order_on_page(editor, box.id) == [ids[1], ids[0], ids[3], ids[2]]
    # The page's script posts the whole order and reads the new one back as JSON.
    answer = post(editor, f"/lightboxes/{box.id}/order", {"id": " ".join([ids[2], ids[3]])},
                  headers={"Accept": "application/json"})
    assert answer.get_json()["order"] == [ids[2], ids[3], ids[1], ids[0]]
    assert len(answer.get_json()["credits"]) == 4
    post(editor, f"/lightboxes/{box.id}/notes", {"id": ids[2], "note": "Lead picture, <b>not</b> cropped"})
    page = soup(editor, f"/lightboxes/{box.id}")
    assert page.select_one(f"#note-{ids[2]}").get_text() == "Lead picture, <b>not</b> cropped"
    assert post(editor, f"/lightboxes/{box.id}/remove", {"id": ids[1]}).status_code == 303
    assert order_on_page(editor, box.id) == [ids[2], ids[3], ids[0]]
    assert post(editor, f"/lightboxes/{box.id}/notes", {"id": ids[1], "note": "gone"}).status_code == 400


def test_the_credits_to_copy_are_one_line_per_picture_in_the_lightboxs_order(accounts_app, editor) -> None:
    ids = sample_ids(accounts_app)
    box = desk_of(accounts_app).create_lightbox("Credits", actor=Actor(name="eddie"))
    desk_of(accounts_app).change_lightbox(box.id, add=[ids[5], ids[0], ids[2]])
    assets = desk_of(accounts_app).catalog.get_many(ids)
    expected = [assets[ids[5]].credit_line, assets[ids[0]].credit_line, assets[ids[2]].credit_line]
    page = soup(editor, f"/lightboxes/{box.id}")
    assert page.select_one("#lightbox-credits").get_text().split("\n") == expected
    assert page.select_one("[data-copy-target=lightbox-credits]").get_text() == "Copy all credits"
    assert editor.get(f"/lightboxes/{box.id}/credits.txt").get_data(as_text=True) == "".join(f"{line}\n" for line in expected)
    rows = list(csv.DictReader(io.StringIO(editor.get(f"/lightboxes/{box.id}/credits.csv").get_data(as_text=True).lstrip("\ufeff"))))
    assert [row["id"] for row in rows] == [ids[5], ids[0], ids[2]]


def extracted(data: bytes, folder: Path) -> tuple[list[str], list[dict]]:
    """The zip's names, and what exiftool reads from each picture in it."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        archive.extractall(folder)
    read = json.loads(subprocess.run(["exiftool", "-json", "-G1", "-ext", "jpg", str(folder)], capture_output=True,
                                     text=True, check=True).stdout)
    return names, read


def test_the_zip_streams_each_picture_with_its_edited_caption_and_credit_and_lists_what_it_left_out(
        accounts_app, editor, tmp_path: Path) -> None:
    ids = sample_ids(accounts_app)
    desk = desk_of(accounts_app)
    desk.edit({ids[1]: {"caption": "Corrected caption of the desk. (AP Photo/Jane Roe)", "credit": "AP"}}, user="eddie")
    desk.kill(ids[2], "withdrawn by the agency", actor=Actor(name="eddie"))
    box = desk.create_lightbox("Zip", actor=Actor(name="eddie"))
    desk.change_lightbox(box.id, add=ids[:4])
    response = editor.get(f"/lightboxes/{box.id}/download.zip?size=original")
    assert response.status_code == 200 and response.is_streamed
    assert response.mimetype == "application/zip" and "no-store" in response.headers["Cache-Control"]
    assert (response.headers["X-Photodesk-Pictures"], response.headers["X-Photodesk-Left-Out"]) == ("3", "1")
    names, read = extracted(response.get_data(), tmp_path / "zip")
    assets = desk.catalog.get_many(ids)
    assert names == [assets[i].filename for i in (ids[0], ids[1], ids[3])] + ["left-out.txt"]
    left_out = (tmp_path / "zip" / "left-out.txt").read_text()
    assert f"{assets[ids[2]].filename} ({ids[2]}): may not be published now: " in left_out and "withdrawn" in left_out
    by_name = {Path(item["SourceFile"]).name: item for item in read}
    for asset_id in (ids[0], ids[1], ids[3]):
        asset = desk.catalog.get(asset_id)
        item = by_name[asset.filename]
        assert item["XMP-dc:Description"] == asset.caption == item["IPTC:Caption-Abstract"]
        assert item["XMP-photoshop:Credit"] == asset.credit_line
    assert by_name[assets[ids[1]].filename]["XMP-dc:Description"] == "Corrected caption of the desk. (AP Photo/Jane Roe)"
    with zipfile.ZipFile(io.BytesIO(response.get_data())) as archive:  # JPEGs stored, not deflated again
        assert {info.compress_type for info in archive.infolist() if info.filename.endswith(".jpg")} == {zipfile.ZIP_STORED}
    sent = [entry for entry in desk.catalog.activity(action="original_download")]
    assert sorted(entry.target for entry in sent) == sorted([ids[0], ids[1], ids[3]])
    assert {entry.who for entry in sent} == {USERS["editor"]} and sent[0].details["zip"] == "Zip-original.zip"
    everything = editor.get(f"/lightboxes/{box.id}/download.zip?size=web&confirm=yes")
    names, read = extracted(everything.get_data(), tmp_path / "web")
    assert len(names) == 4 and all(name.endswith("-web.jpg") for name in names)
    assert all(item["XMP-photoshop:Credit"] for item in read)


def test_a_viewer_sees_lightboxes_downloads_web_sizes_and_changes_nothing(accounts_app) -> None:
    ids = sample_ids(accounts_app)
    desk = desk_of(accounts_app)
    box = desk.create_lightbox("Shared", actor=Actor(name="eddie"))
    desk.change_lightbox(box.id, add=ids[:2])
    viewer = logged_in_client(accounts_app, "viewer")
    listing = soup(viewer, "/lightboxes")
    assert [a.get_text() for a in listing.select("[data-lightbox-name]")] == ["Shared"]
    assert listing.select_one("[data-lightbox-create]") is None
    page = soup(viewer, f"/lightboxes/{box.id}")
    assert page.select("[data-move-form], [data-remove-form], [data-note-form], [data-lightbox-link]") == []
    search = soup(viewer, "/search")
    assert search.select("input[data-select-asset]") and search.select_one("[data-edit-selected]") is None
    assert search.select_one("[data-batch-add]") is None and search.select_one("[data-batch-zip]") is not None
    assert viewer.get(f"/lightboxes/{box.id}/download.zip?size=web").status_code == 200
    assert viewer.get(f"/lightboxes/{box.id}/download.zip?size=original").status_code == 403
    assert post(viewer, "/selection/download", {"action": "zip", "size": "original", "id": ids[0]}).status_code == 403
    assert post(viewer, "/selection/download", {"action": "credits", "id": ids[0]}).status_code == 200
    for url, data in ((f"/lightboxes/{box.id}/move", {"id": ids[0], "direction": "down"}),
                      (f"/lightboxes/{box.id}/remove", {"id": ids[0]}),
                      (f"/lightboxes/{box.id}/notes", {"id": ids[0], "note": "x"}),
                      (f"/lightboxes/{box.id}/links", {"url": ARTICLE}),
                      (f"/lightboxes/{box.id}/delete", {}),
                      ("/lightboxes", {"name": "Mine"}),
                      ("/lightboxes/add", {"lightbox": str(box.id), "id": ids[3]}),
                      ("/selection", {"action": "lightbox", "lightbox": str(box.id), "id": ids[3]}),
                      ("/selection", {"action": "link", "url": ARTICLE, "id": ids[3]})):
        assert post(viewer, url, data).status_code == 403, url
    assert desk.catalog.get_lightbox(box.id).asset_ids == ids[:2]
    assert desk.catalog.find_article_by_url(ARTICLE) is None


def test_forms_without_this_sessions_token_change_nothing(accounts_app, editor) -> None:
    ids = sample_ids(accounts_app)
    refused = editor.post("/selection", data={"action": "lightbox", "lightbox": "new", "name": "Forged", "id": ids[0]})
    assert refused.status_code == 400
    assert desk_of(accounts_app).catalog.lightboxes() == []


def test_ticked_results_link_to_an_article_in_one_step_and_export_their_credit_list(accounts_app, editor) -> None:
    ids = sample_ids(accounts_app)
    back = "/search?q=storm"
    linked = post(editor, "/selection", {"action": "link", "url": ARTICLE, "id": ids[1:6], "next": back})
    assert linked.status_code == 303 and linked.headers["Location"].endswith(back)
    catalog = desk_of(accounts_app).catalog
    article = catalog.find_article_by_url(ARTICLE)
    assert sorted(link.asset_id for link in catalog.links_to(article.id)) == sorted(ids[1:6])
    assert len([entry for entry in catalog.activity(action="link") if entry.who == USERS["editor"]]) == 5
    assert post(editor, "/selection", {"action": "link", "url": "ftp://x", "id": ids[0], "next": back}).status_code == 303
    assert "Not linked" in soup(editor, back).select_one("[data-flash=error]").get_text()
    answer = post(editor, "/selection/download", {"action": "credits", "id": [ids[4], ids[0]]})
    assert answer.mimetype == "text/csv" and "attachment" in answer.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(answer.get_data(as_text=True).lstrip("\ufeff"))))
    assert [row["id"] for row in rows] == [ids[4], ids[0]]
    assert post(editor, "/selection/download", {"action": "zip", "size": "web"}).status_code == 400  # nothing ticked
    assert post(editor, "/selection/download", {"action": "link", "id": ids[0]}).status_code == 400
    assert post(editor, "/selection/download", {"action": "zip", "size": "huge", "id": ids[0]}).status_code == 400


def test_the_asset_page_adds_to_a_lightbox_and_names_those_holding_it(accounts_app, editor) -> None:
    ids = sample_ids(accounts_app)
    page = soup(editor, f"/assets/{ids[0]}")
    form = page.select_one("[data-add-to-lightbox]")
    assert form is not None and form.select_one("input[name=back]")["value"] == f"/assets/{ids[0]}#lightboxes"
    added = post(editor, "/lightboxes/add", {"id": ids[0], "lightbox": "new", "name": "Front page",
                                             "back": f"/assets/{ids[0]}#lightboxes"})
    assert added.headers["Location"].endswith(f"/assets/{ids[0]}#lightboxes")
    page = soup(editor, f"/assets/{ids[0]}")
    assert [a.get_text() for a in page.select("[data-in-lightboxes] a")] == ["Front page"]
    box = desk_of(accounts_app).catalog.find_lightbox("Front page")
    assert [option.get_text() for option in page.select("[data-add-to-lightbox] option")] == ["New lightbox…", "Front page"]
    post(editor, "/lightboxes/add", {"id": ids[1], "lightbox": str(box.id), "back": "//evil.example/"})
    assert desk_of(accounts_app).catalog.get_lightbox(box.id).asset_ids == [ids[0], ids[1]]
    same = post(editor, "/lightboxes/add", {"id": ids[1], "lightbox": "new", "name": "front PAGE"})
    assert same.status_code == 303  # the name is taken: said, nothing made
    assert len(desk_of(accounts_app).catalog.lightboxes()) == 1


def test_only_the_owner_or_an_admin_deletes_a_lightbox_and_link_all_links_every_picture(accounts_app, editor) -> None:
    ids = sample_ids(accounts_app)
    desk = desk_of(accounts_app)
    theirs = desk.create_lightbox("Someone else's", actor=Actor(name="cli:other"))
    desk.change_lightbox(theirs.id, add=ids[:3])
    assert soup(editor, f"/lightboxes/{theirs.id}").select_one("[data-delete-lightbox]") is None
    assert post(editor, f"/lightboxes/{theirs.id}/delete", {}).status_code == 403
    linked = post(editor, f"/lightboxes/{theirs.id}/links", {"url": ARTICLE})
    assert linked.status_code == 303
    assert "3 pictures linked to" in soup(editor, f"/lightboxes/{theirs.id}").select_one("[data-flash=ok]").get_text()
    article = desk.catalog.find_article_by_url(ARTICLE)
    assert sorted(link.asset_id for link in desk.catalog.links_to(article.id)) == sorted(ids[:3])
    post(editor, "/lightboxes", {"name": "Mine"})
    mine = desk.catalog.find_lightbox("Mine")
    assert mine.owner == USERS["editor"]
    assert post(editor, f"/lightboxes/{mine.id}/delete", {}).status_code == 303
    admin = logged_in_client(accounts_app, "admin")
    assert post(admin, f"/lightboxes/{theirs.id}/delete", {}).status_code == 303
    assert desk.catalog.lightboxes() == []
    assert editor.get(f"/lightboxes/{theirs.id}").status_code == 404
