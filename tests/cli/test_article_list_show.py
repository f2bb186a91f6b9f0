"""``photodesk article list`` and ``article show``, links by hand that get their title, and plain pictures,
through the installed command on pages and pictures made here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from catalog.settings import Settings
from catalog.store import CatalogStore
from media.embed import EmbeddedMetadata
from tests.cli.test_article_commands import photodesk
from tests.helpers.photo_files import published_copy, write_photo

pytestmark = pytest.mark.slow  # each test runs the photodesk command in new processes

STORY = "https://ledger.example/2017/03/15/harbor-fire/"
SHORT_LINK = "https://ledger.example/?p=4711"
CAPTION = "Firefighters battle a blaze at a warehouse on the east side of Harbor City on Tuesday"


def page(images: dict[str, str]) -> str:
    """A story page naming its canonical URL; ``images`` maps each image's file name to its figcaption."""
    figures = "".join(f'<figure><img src="/uploads/{name}" alt=""><figcaption>{caption}</figcaption></figure>'
                      for name, caption in images.items())
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbor fire spreads | The Ledger</title>'
            f'<link rel="canonical" href="{STORY}"><meta property="og:site_name" content="The Ledger">'
            f'</head><body><article><h1>Harbor fire spreads</h1><p class="byline">By Ann Lee</p>'
            f"{figures}<p>The fire burned through the night.</p></article></body></html>")


@pytest.fixture
def desk(settings: Settings, tmp_path: Path) -> tuple[Settings, dict[str, str], Path]:
    """A catalog of a wire photo of the fire and another photo, plus the story's page and images on disk."""
    wire = tmp_path / "wire"
    fire = write_photo(wire / "fire.jpg", seed=11, size=(1600, 1067), metadata=EmbeddedMetadata(
        caption=f"{CAPTION}, March 14, 2017. (AP Photo/Ana Núñez)", creators=("Ana Núñez",), credit="AP"))
    write_photo(wire / "other.jpg", seed=12, size=(1600, 1067))
    done = photodesk(settings, "import", "--json", "--quiet", str(wire))
    assert json.loads(done.stdout)["imported"] == 2, done.stderr
    with CatalogStore(settings.catalog_path) as store:
        ids = {asset.filename.rsplit(".", 1)[0]: asset.id for asset in store.iter_assets()}
    images = tmp_path / "images"
    images.mkdir()
    with Image.open(fire) as original:
        (images / "fire-1200x800.jpg").write_bytes(published_copy(original))
    (tmp_path / "page.html").write_text(page({"fire-1200x800.jpg": f"{CAPTION}. (Reuters/Ana Núñez)"}),
                                        encoding="utf-8")
    return settings, ids, tmp_path


def test_list_and_show_an_article_by_id_and_by_any_url_in_text_and_json(desk) -> None:
    settings, ids, folder = desk
    empty = photodesk(settings, "article", "list")
    assert (empty.returncode, empty.stdout) == (0, "")
    assert "No articles yet" in empty.stderr
    added = photodesk(settings, "article", "add", SHORT_LINK, "--file", str(folder / "page.html"),
                      "--images", str(folder / "images"), "--json")
    assert added.returncode == 0, added.stderr
    read = json.loads(added.stdout)

    listed = json.loads(photodesk(settings, "article", "list", "--json").stdout)["articles"]
    assert listed == [{key: read[key] for key in ("id", "url", "title", "byline", "bylines", "publication",
                                                  "publication_source", "published", "claimed_url")}
                      | {"added_at": listed[0]["added_at"], "read": True, "photo_count": 1, "linked_count": 1}]
    text = photodesk(settings, "article", "list").stdout
    assert text == f"{read['id']}  Harbor fire spreads <{STORY}>  · 1 photos, 1 linked\n"

    by_id = photodesk(settings, "article", "show", read["id"], "--json")
    by_short_link = photodesk(settings, "article", "show", SHORT_LINK, "--json")
    assert by_id.returncode == by_short_link.returncode == 0
    shown = json.loads(by_id.stdout)
    assert json.loads(by_short_link.stdout) == shown
    assert (shown["url"], shown["title"], shown["aliases"], shown["read"]) == (STORY, "Harbor fire spreads",
                                                                               [SHORT_LINK], True)
    # what the page printed is kept with the article: the same as when it was read
    assert read["publication_source"] is not None
    assert {key: shown[key] for key in ("byline", "publication", "publication_source")} == \
        {key: read[key] for key in ("byline", "publication", "publication_source")}
    (photo,) = shown["photos"]
    (printed,) = read["photos"]
    assert printed["image_file"] == str((folder / "images" / "fire-1200x800.jpg").resolve())
    # the photo's keys are article add's, as it stands now, plus its place and the credit check
    assert set(photo) == set(printed) | {"position", "credit_check"}
    assert {key: photo[key] for key in printed} == printed
    assert (photo["asset_id"], photo["match"], photo["position"]) == (ids["fire"], "similarity", 0)
    # one verdict: the photographer agrees, the agency does not
    assert photo["credit_check"]["label"] == "Wrong credit"
    assert photo["credit_check"]["reason"] == "The story credits Reuters, the file AP."
    assert not any("agrees" in line for line in photo["evidence"])
    text = photodesk(settings, "article", "show", read["id"]).stdout
    assert "  Wrong credit: The story credits Reuters, the file AP.\n" in text
    assert text.startswith(f"Harbor fire spreads <{STORY}>\n  by Ann Lee · The Ledger\n")


@pytest.mark.parametrize(("wanted", "code", "message"), [
    ("0123456789abcdef", 1, "photodesk: no article 0123456789abcdef in the catalog (photodesk article add URL reads one)"),
    ("https://ledger.example/never-read/", 1, "photodesk: no article https://ledger.example/never-read/ in the catalog"),
    ("ftp://ledger.example/x", 2, "photodesk: not an http(s) URL: 'ftp://ledger.example/x'"),
])
def test_showing_an_article_not_recorded_says_so_with_its_exit_code(
    settings: Settings, wanted: str, code: int, message: str
) -> None:
    done = photodesk(settings, "article", "show", wanted)
    assert (done.returncode, done.stdout) == (code, "")
    assert done.stderr.startswith(message) and done.stderr.count("\n") == 1


def test_a_link_by_hand_shows_the_title_once_the_article_is_read(desk) -> None:
    """The bug: a link by hand to a short link stayed "(untitled)" after the story was read."""
    settings, ids, folder = desk
    linked = photodesk(settings, "link", ids["other"], SHORT_LINK)
    assert linked.returncode == 0, linked.stderr
    assert linked.stdout == (f"{ids['other']} linked to {SHORT_LINK}\n"
                             f"  the article is not read yet: photodesk article add {SHORT_LINK} reads it\n")
    (unread,) = json.loads(photodesk(settings, "article", "list", "--json").stdout)["articles"]
    assert (unread["title"], unread["read"], unread["linked_count"]) == (None, False, 1)
    assert "(not read yet)" in photodesk(settings, "article", "list").stdout

    done = photodesk(settings, "article", "add", SHORT_LINK, "--file", str(folder / "page.html"), "--json")
    assert done.returncode == 0, done.stderr
    asset = json.loads(photodesk(settings, "show", ids["other"], "--json").stdout)
    assert asset["articles"] == [{"url": STORY, "title": "Harbor fire spreads"}]
    (story,) = json.loads(photodesk(settings, "article", "list", "--json").stdout)["articles"]
    # the printed photo is not linked: no picture to compare, and its credit (Reuters) is not the file's (AP)
    assert (story["url"], story["title"], story["photo_count"], story["linked_count"]) == (
        STORY, "Harbor fire spreads", 1, 1)
    hand = [p for p in json.loads(photodesk(settings, "article", "show", STORY, "--json").stdout)["photos"]
            if p["asset_id"] == ids["other"]]
    assert [(p["match"], p["position"], p["credit_check"]["label"]) for p in hand] == [("hand", None, "Check by eye")]


def test_a_flat_colour_picture_suggests_nothing_and_says_why(settings: Settings, tmp_path: Path) -> None:
    """The bug: a plain picture "looked the same" as every plain picture in the catalog."""
    plain = tmp_path / "plain"
    plain.mkdir()
    for number in range(12):
        Image.new("RGB", (640, 480), (number * 20, 200 - number * 15, 90)).save(plain / f"plain-{number}.jpg",
                                                                              quality=90)
    Image.linear_gradient("L").resize((640, 480)).convert("RGB").save(plain / "gradient.jpg", quality=90)
    assert json.loads(photodesk(settings, "import", "--json", "--quiet", str(plain)).stdout)["imported"] == 13
    images = tmp_path / "images"
    images.mkdir()
    Image.new("RGB", (1200, 800), (200, 30, 30)).save(images / "red-1200x800.jpg", quality=70)
    Image.linear_gradient("L").resize((1200, 800)).convert("RGB").save(images / "sky-1200x800.jpg", quality=70)
    (tmp_path / "page.html").write_text(page({"red-1200x800.jpg": "", "sky-1200x800.jpg": ""}), encoding="utf-8")
    done = photodesk(settings, "article", "add", STORY, "--file", str(tmp_path / "page.html"),
                     "--images", str(images), "--json")
    assert done.returncode == 0, done.stderr
    photos = json.loads(done.stdout)["photos"]
    assert len(photos) == 2
    for photo in photos:
        assert (photo["asset_id"], photo["suggestions"]) == (None, [])
        assert "too little detail to compare" in photo["image_problem"]
        assert photo["note"].startswith("not compared by picture: ")
        assert "too little detail to compare" in photo["note"] and str(tmp_path) not in photo["note"]
    assert done.stderr.count("too little detail to compare") == 2  # one warning line per picture
