"""Lightboxes in the JSON API, and their zips, on the real server (``photodesk serve`` on 127.0.0.1) over each database.

The sample photos (and a few other pictures) are imported for real into a SQLite file, then
into a PostgreSQL database; a viewer and an editor each get an API token. Everything is asked
over HTTP as another tool would: the reads, the editor's changes, what the server refuses (and
that it changed nothing), the session's CSRF rule, that the records carry the command line's
field names, and that a zip's Content-Length is exactly what arrives.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from http.cookiejar import CookieJar
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlencode

import pytest

from catalog.settings import Settings
from tests.helpers.accounts import PASSWORD, TEST_ACTOR, USERS
from tests.helpers.web_fixtures import PROJECT_DIR, import_files, serving_photodesk

pytestmark = pytest.mark.slow  # a server in another process

OTHER_EDITOR = "edna"  # an editor who did not make the lightboxes


@dataclass
class Server:
    """The running server over one catalog: its address, the API tokens, the pictures' ids by file name."""

    url: str
    settings: Settings
    tokens: dict[str, str]
    ids: list[str]
    catalog_options: tuple[str, ...]
    others: dict[str, str]  # the pictures besides the samples, file name → id


@dataclass
class Answer:
    status: int
    headers: Any
    body: Any


def call(server: Server, method: str, path: str, body: Any = None, *, role: str | None = "editor",
         opener: urllib.request.OpenerDirector | None = None, headers: dict[str, str] | None = None,
         raw: bytes | None = None) -> Answer:
    """One request as another tool makes it: JSON in and out, the role's API token unless ``role`` is None."""
    data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
    request = urllib.request.Request(server.url + path, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if role is not None:
        request.add_header("Authorization", f"Bearer {server.tokens[role]}")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with (opener or urllib.request.build_opener()).open(request, timeout=60) as response:
            return Answer(response.status, response.headers, _json(response.read(), response.headers))
    except urllib.error.HTTPError as error:
        return Answer(error.code, error.headers, _json(error.read(), error.headers))


def _json(data: bytes, headers: Any) -> Any:
    return json.loads(data) if headers.get_content_type() == "application/json" else data


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """``photodesk serve`` over the sample photos, in a SQLite catalog, then in a PostgreSQL one."""
    from catalog.account_changes import add_user, create_token
    from catalog.desk import Desk
    from media import samples_dir

    catalog_url = None
    if request.param == "postgresql":
        catalog_url = request.getfixturevalue("postgres_server").new_database()
    settings = Settings(data_dir=tmp_path_factory.mktemp(f"lightbox-api-{request.param}") / "data",
                        catalog_url=catalog_url)
    others = make_other_pictures(settings.data_dir.parent / "others")
    outcomes = import_files(settings, [samples_dir(), others])
    assert all(outcome.status.value == "imported" for outcome in outcomes), outcomes
    with Desk.open(settings) as desk:
        tokens = {}
        for role in ("viewer", "editor", "admin"):
            add_user(desk.catalog, TEST_ACTOR, USERS[role], role, PASSWORD)
            tokens[role] = create_token(desk.catalog, TEST_ACTOR, USERS[role])[1]
        add_user(desk.catalog, TEST_ACTOR, OTHER_EDITOR, "editor", PASSWORD)
        tokens["other editor"] = create_token(desk.catalog, TEST_ACTOR, OTHER_EDITOR)[1]
        assets = sorted(desk.catalog.iter_assets(), key=lambda asset: asset.filename)
        samples = {path.name for path in samples_dir().iterdir()}
        ids = [asset.id for asset in assets if asset.filename in samples]
        by_name = {asset.filename: asset.id for asset in assets if asset.id not in ids}
        desk.kill(by_name["withdrawn.jpg"], "withdrawn by the agency", actor=TEST_ACTOR)
    options = ("--catalog", catalog_url) if catalog_url else ()
    with serving_photodesk(settings, *options) as url:
        yield Server(url=url, settings=settings, tokens=tokens, ids=ids, catalog_options=options, others=by_name)


def make_other_pictures(folder: Path) -> Path:
    """A JPEG without metadata, one with a name in Spanish, a PNG, and one the test kills."""
    from PIL import Image

    from media.embed import EmbeddedMetadata
    from tests.helpers.web_fixtures import make_news_jpeg

    folder.mkdir(parents=True)
    Image.new("RGB", (300, 200), (20, 120, 60)).save(folder / "bare.jpg", "JPEG")
    Image.new("RGB", (120, 80), (200, 30, 30)).save(folder / "chart.png")
    make_news_jpeg(folder / "Málaga-olas.jpg", EmbeddedMetadata(caption="Olas en el paseo marítimo de Málaga.",
                                                                credit="EFE", creators=("Jorge Zapata",)))
    make_news_jpeg(folder / "withdrawn.jpg", EmbeddedMetadata(caption="Withdrawn picture.", credit="AP"))
    return folder


def lightbox_ids(server: Server) -> dict[str, int]:
    """The lightboxes the API lists, name → id."""
    return {item["name"]: item["id"] for item in call(server, "GET", "/api/lightboxes", role="viewer").body["lightboxes"]}


def cli_show(server: Server, lightbox_id: int) -> dict[str, Any]:
    """``photodesk lightbox show ID --json`` on the same catalog."""
    shown = subprocess.run([sys.executable, "-c", "from scripts.cli import main; main()", "lightbox", "show",
                            str(lightbox_id), "--json", "--data", str(server.settings.data_dir),
                            *server.catalog_options], cwd=PROJECT_DIR, capture_output=True, text=True, check=True)
    return json.loads(shown.stdout)


def test_an_editors_token_makes_fills_reorders_annotates_and_empties_a_lightbox(server: Server) -> None:
    ids = server.ids
    made = call(server, "POST", "/api/lightboxes", {"name": "Harbour storm", "story": "Page 3 lead",
                                                     "asset_ids": [ids[2], ids[0], ids[2]]})
    assert made.status == 201, made.body
    box = made.body
    assert made.headers["Location"] == f"/api/lightboxes/{box['id']}" == box["links"]["api"]
    assert (box["name"], box["story"], box["owner"], box["count"]) == ("Harbour storm", "Page 3 lead", USERS["editor"], 2)
    assert [member["asset_id"] for member in box["members"]] == [ids[2], ids[0]]
    # Everyone reads it: in the list with its owner and count, and whole, each picture with its record's values.
    listed = next(item for item in call(server, "GET", "/api/lightboxes", role="viewer").body["lightboxes"]
                  if item["id"] == box["id"])
    assert {key: listed[key] for key in ("name", "owner", "count", "updated_at")} == {
        "name": "Harbour storm", "owner": USERS["editor"], "count": 2, "updated_at": box["updated_at"]}
    shown = call(server, "GET", box["links"]["api"], role="viewer").body
    first = shown["members"][0]
    record = call(server, "GET", first["links"]["asset"], role="viewer").body
    assert record["asset"]["id"] == ids[2]
    assert (first["caption"], first["credit_line"], first["filename"]) == (
        record["asset"]["caption"], record["credit_line"], record["asset"]["filename"])
    assert first["caption"] and first["credit_line"]
    thumb = call(server, "GET", first["links"]["thumb"], role="viewer")
    assert thumb.status == 200 and thumb.headers.get_content_type() == "image/jpeg"
    # Add two at the front with a note (the one already in it stays put), reorder, annotate, rename.
    added = call(server, "POST", f"/api/lightboxes/{box['id']}/items",
                 {"asset_ids": [ids[4], ids[3], ids[0]], "at": 1, "note": "Crop left"})
    assert added.status == 200, added.body
    assert [member["asset_id"] for member in added.body["members"]] == [ids[4], ids[3], ids[2], ids[0]]
    assert [member["note"] for member in added.body["members"]] == ["Crop left", "Crop left", None, "Crop left"]
    changed = call(server, "PATCH", f"/api/lightboxes/{box['id']}", {
        "name": "Harbour storm, Monday", "order": [ids[0], ids[2]], "notes": {ids[0]: "Lead <b>picture</b>", ids[4]: None}})
    assert changed.status == 200, changed.body
    assert changed.body["name"] == "Harbour storm, Monday" and changed.body["story"] == "Page 3 lead"
    assert [member["asset_id"] for member in changed.body["members"]] == [ids[0], ids[2], ids[4], ids[3]]
    assert [member["position"] for member in changed.body["members"]] == [0, 1, 2, 3]
    assert [member["note"] for member in changed.body["members"]] == ["Lead <b>picture</b>", None, None, "Crop left"]
    # The command line shows the same lightbox with the same keys and values (the JSON is one contract).
    from_cli = cli_show(server, box["id"])
    api = call(server, "GET", f"/api/lightboxes/{box['id']}", role="viewer").body
    assert {key: api[key] for key in from_cli if key != "members"} == {k: v for k, v in from_cli.items() if k != "members"}
    assert [{key: member[key] for key in cli_member} for member, cli_member in zip(api["members"], from_cli["members"])] \
        == from_cli["members"]
    # Take two out (one of them twice: no change the second time); they stay in the catalog.
    removed = call(server, "DELETE", f"/api/lightboxes/{box['id']}/items", {"asset_ids": [ids[2], ids[3]]})
    assert [member["asset_id"] for member in removed.body["members"]] == [ids[0], ids[4]]
    again = call(server, "DELETE", f"/api/lightboxes/{box['id']}/items", {"asset_ids": [ids[2]]})
    assert again.status == 200 and again.body["count"] == 2
    assert call(server, "GET", f"/api/assets/{ids[2]}", role="viewer").status == 200
    # The story can be cleared; a story alone is a change.
    cleared = call(server, "PATCH", f"/api/lightboxes/{box['id']}", {"story": None})
    assert cleared.status == 200 and cleared.body["story"] is None and cleared.body["name"] == "Harbour storm, Monday"


def error_of(answer: Answer, status: int) -> str:
    """The error's message, after checking the status and the API's error object."""
    assert answer.status == status, (answer.status, answer.body)
    assert answer.headers.get_content_type() == "application/json"
    assert answer.body["error"]["status"] == status
    return answer.body["error"]["message"]


def test_what_the_api_refuses_says_why_with_its_status_and_changes_nothing(server: Server) -> None:
    ids = server.ids
    box = call(server, "POST", "/api/lightboxes", {"name": "Refusals", "asset_ids": [ids[1]]}).body
    path = f"/api/lightboxes/{box['id']}"
    before = call(server, "GET", path, role="viewer").body
    # 401 without a token, 403 for a viewer's changes; the viewer still reads.
    assert "Log in" in error_of(call(server, "GET", "/api/lightboxes", role=None), 401)
    assert call(server, "GET", "/api/lightboxes", role=None).headers["WWW-Authenticate"].lower().startswith("bearer")
    assert error_of(call(server, "POST", "/api/lightboxes", {"name": "Viewer's"}, role="viewer"), 403)
    assert error_of(call(server, "POST", f"{path}/items", {"asset_ids": [ids[0]]}, role="viewer"), 403)
    assert error_of(call(server, "DELETE", f"{path}/items", {"asset_ids": [ids[1]]}, role="viewer"), 403)
    assert error_of(call(server, "PATCH", path, {"name": "Renamed"}, role="viewer"), 403)
    assert error_of(call(server, "POST", "/api/lightboxes", {"name": "Token"}, headers={
        "Authorization": "Bearer not-a-token"}, role=None), 401)
    # 404: no such lightbox, or a picture not in the catalog (and then nothing is added, not even the good one).
    assert error_of(call(server, "GET", "/api/lightboxes/999999", role="viewer"), 404) == \
        "There is no such lightbox in the catalog."
    assert error_of(call(server, "POST", "/api/lightboxes/999999/items", {"asset_ids": [ids[0]]}), 404)
    missing = "0123456789abcdef"
    assert missing in error_of(call(server, "POST", f"{path}/items", {"asset_ids": [ids[0], missing]}), 404)
    assert missing in error_of(call(server, "POST", "/api/lightboxes", {"name": "Nothing", "asset_ids": [missing]}), 404)
    assert "Nothing" not in lightbox_ids(server)
    # 400: not JSON, a field it does not take, not an id, nothing to change, a bad name.
    assert "JSON object" in error_of(call(server, "POST", f"{path}/items", raw=b"id=" + ids[0].encode(),
                                          headers={"Content-Type": "application/x-www-form-urlencoded"}), 400)
    assert "JSON object" in error_of(call(server, "POST", f"{path}/items", raw=b"[1, 2"), 400)
    assert "'ids'" in error_of(call(server, "POST", f"{path}/items", {"ids": [ids[0]]}), 400)
    assert "Not a picture id" in error_of(call(server, "POST", f"{path}/items", {"asset_ids": ["../etc/passwd"]}), 400)
    assert "list of picture ids" in error_of(call(server, "POST", f"{path}/items", {"asset_ids": ids[0]}), 400)
    assert error_of(call(server, "POST", f"{path}/items", {"asset_ids": [ids[0]], "at": 0}), 400)
    assert error_of(call(server, "PATCH", path, {}), 400)
    assert "only digits" in error_of(call(server, "POST", "/api/lightboxes", {"name": "2026"}), 400)
    assert "at most 120" in error_of(call(server, "PATCH", path, {"name": "x" * 121}), 400)
    # 409: a name taken (whatever its case), a note on a picture that is not in the lightbox.
    assert "exists already" in error_of(call(server, "POST", "/api/lightboxes", {"name": "REFUSALS"}), 409)
    call(server, "POST", "/api/lightboxes", {"name": "Other story"})
    assert "exists already" in error_of(call(server, "PATCH", path, {"name": "other STORY"}), 409)
    assert ids[3] in error_of(call(server, "PATCH", path, {"name": "Renamed", "notes": {ids[3]: "not here"}}), 409)
    assert call(server, "GET", path, role="viewer").body == before


def test_a_logged_in_session_changes_lightboxes_only_with_its_csrf_token(server: Server) -> None:
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    login_page = browser.open(server.url + "/login", timeout=60).read().decode()
    token = re.search(r'name="csrf_token" value="([^"]+)"', login_page).group(1)
    form = urlencode({"csrf_token": token, "name": USERS["editor"], "password": PASSWORD, "next": "/lightboxes"})
    page = browser.open(server.url + "/login", data=form.encode(), timeout=60).read().decode()
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)  # a new session has a new token
    forged = call(server, "POST", "/api/lightboxes", {"name": "Forged"}, role=None, opener=browser)
    assert "did not come from Photodesk" in error_of(forged, 400)
    assert "Forged" not in lightbox_ids(server)
    made = call(server, "POST", "/api/lightboxes", {"name": "From the page"}, role=None, opener=browser,
                headers={"X-CSRF-Token": token})
    assert made.status == 201 and made.body["owner"] == USERS["editor"]
    assert error_of(call(server, "DELETE", f"/api/lightboxes/{made.body['id']}/items", {"asset_ids": [server.ids[0]]},
                         role=None, opener=browser), 400)


def test_an_editor_links_a_lightbox_to_an_article_and_its_owner_deletes_it(server: Server) -> None:
    ids = server.ids
    box = call(server, "POST", "/api/lightboxes", {"name": "Ferry strike", "asset_ids": [ids[1], ids[3]]}).body
    path = f"/api/lightboxes/{box['id']}"
    url = "https://news.example.org/2026/12/ferry-strike?utm_source=planning"
    # Linking: every picture, in one step; the answer is the article as /api/articles gives it.
    linked = call(server, "POST", f"{path}/links", {"url": url})
    assert linked.status == 200, linked.body
    assert linked.body["article"]["url"] == "https://news.example.org/2026/12/ferry-strike"
    assert {asset["asset"]["id"] for asset in linked.body["assets"]} == {ids[1], ids[3]}
    looked_up = call(server, "GET", "/api/articles?" + urlencode({"url": url}), role="viewer")
    assert looked_up.body["article"]["id"] == linked.body["article"]["id"]
    assert {asset["asset"]["id"] for asset in looked_up.body["assets"]} == {ids[1], ids[3]}
    # Refused, with the reason, linking nothing: a viewer, no url, not an article address, an empty lightbox.
    assert error_of(call(server, "POST", f"{path}/links", {"url": url}, role="viewer"), 403)
    assert '"url"' in error_of(call(server, "POST", f"{path}/links", {}), 400)
    assert "not an article address" in error_of(call(server, "POST", f"{path}/links", {"url": "ftp://x.example/a"}), 400)
    assert call(server, "GET", "/api/articles?" + urlencode({"url": "ftp://x.example/a"}), role="viewer").status == 400
    empty = call(server, "POST", "/api/lightboxes", {"name": "Nothing yet"}).body
    assert "no pictures" in error_of(call(server, "POST", f"/api/lightboxes/{empty['id']}/links", {"url": url}), 409)
    assert error_of(call(server, "POST", "/api/lightboxes/999999/links", {"url": url}), 404)
    # Deleting: the owner or an admin, not another editor or a viewer; the pictures stay in the catalog.
    assert USERS["editor"] in error_of(call(server, "DELETE", path, role="other editor"), 403)
    assert error_of(call(server, "DELETE", path, role="viewer"), 403)
    assert call(server, "GET", path, role="viewer").status == 200
    deleted = call(server, "DELETE", path)
    assert deleted.status == 204 and deleted.body == b""
    assert error_of(call(server, "GET", path, role="viewer"), 404)
    assert error_of(call(server, "DELETE", path), 404)
    assert call(server, "GET", f"/api/assets/{ids[1]}", role="viewer").status == 200
    assert call(server, "DELETE", f"/api/lightboxes/{empty['id']}", role="admin").status == 204
    assert not {"Ferry strike", "Nothing yet"} & set(lightbox_ids(server))


def test_the_openapi_document_describes_the_lightbox_routes(server: Server) -> None:
    document = call(server, "GET", "/api/openapi.json", role="viewer").body
    assert set(document["paths"]["/api/lightboxes/{lightbox_id}/items"]) == {"post", "delete"}
    assert set(document["paths"]["/api/lightboxes/{lightbox_id}"]) == {"get", "patch", "delete"}
    assert set(document["paths"]["/api/lightboxes/{lightbox_id}/links"]) == {"post"}
    member = document["components"]["schemas"]["LightboxMember"]["properties"]
    assert {"asset_id", "position", "note", "added_by", "added_at", "filename", "credit_line", "caption"} <= set(member)


@pytest.mark.parametrize("size", ["original", "web"])
def test_a_zip_announces_its_exact_length(server: Server, size: str) -> None:
    """Content-Length is the bytes that arrive: JPEGs with and without metadata, a PNG and its sidecar, left-out.txt."""
    pictures = [server.ids[0], *(server.others[name] for name in ("bare.jpg", "chart.png", "withdrawn.jpg",
                                                                  "Málaga-olas.jpg"))]
    box = call(server, "POST", "/api/lightboxes", {"name": f"Zip {size}", "asset_ids": pictures}).body
    answer = call(server, "GET", f"/lightboxes/{box['id']}/download.zip?size={size}")
    assert answer.status == 200 and answer.headers.get_content_type() == "application/zip"
    assert int(answer.headers["Content-Length"]) == len(answer.body)
    with zipfile.ZipFile(io.BytesIO(answer.body)) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
    expected = {"original": ["council-vote-staff.jpg", "bare.jpg", "chart.png", "chart.xmp", "Málaga-olas.jpg"],
                "web": ["council-vote-staff-web.jpg", "bare-web.jpg", "chart-web.jpg", "Málaga-olas-web.jpg"]}[size]
    assert names == [*expected, "left-out.txt"]
    assert answer.headers["X-Photodesk-Left-Out"] == "1"
