"""``photodesk article add``, ``link`` and ``unlink`` through the installed command, against real files and a real server."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest
from PIL import Image

from catalog.settings import Settings
from catalog.store import CatalogStore
from media.similarity import SIMILAR_DISTANCE, hash_distance, image_hash
from tests.helpers.local_http import LocalServer, serving
from tests.helpers.photo_files import published_copy, write_photo, write_photos

pytestmark = pytest.mark.slow  # each test runs the photodesk command in new processes

PHOTODESK = str(Path(sys.executable).with_name("photodesk"))
MOSUL_IMAGE = (
    "https://www.timesleader.com/wp-content/uploads/2017/03/"
    "web1_115722618-befd0972b7a8415e9f5e2248a085d5a1.jpg.optimal.jpg"
)
WINDMILLS = "exif-samples/30-type_error.jpg"  # a 3872×2403 photo with no near-copy in the corpus
FIRE_CAPTION = "Firefighters battle a blaze at a warehouse on the east side of Harbor City on Tuesday"
STORY_URL = "https://ledger.example/2017/03/15/wind-and-fire/"


def photodesk(settings: Settings, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PHOTODESK, *args, "--data", str(settings.data_dir)], capture_output=True, text=True)


@pytest.fixture(scope="module")
def fire_photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A captioned wire photo of a fire, made for these tests (its caption is the one a stranger borrows)."""
    return write_photo(tmp_path_factory.mktemp("made") / "harbor-fire.jpg", seed=101, size=(2000, 1333),
                       caption=f"{FIRE_CAPTION}, March 14, 2017. (AP Photo/Ana Núñez)")


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory, corpus_images: Path, fire_photo: Path) -> Settings:
    """The corpus imported, plus the fire photo."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("articles") / "data")
    done = photodesk(settings, "import", "--json", "--quiet", str(corpus_images), str(fire_photo))
    summary = json.loads(done.stdout)
    assert summary["imported"] > 150, done.stderr
    return settings


def asset_from(settings: Settings, source_path: str) -> str:
    with CatalogStore(settings.catalog_path) as store:
        (found,) = [a.id for a in store.iter_assets() if a.source_path.endswith(source_path)]
    return found


def test_a_text_scrape_reports_its_photo_credit_byline_and_publication(settings: Settings, corpus_dir: Path) -> None:
    scrape = corpus_dir / "articles" / "mosul-airstrike-scrape.txt"
    url = "https://www.timesleader.com/news/world/mosul-airstrike?utm_source=twitter"
    done = photodesk(settings, "article", "add", url, "--file", str(scrape), "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["url"] == "https://www.timesleader.com/news/world/mosul-airstrike"
    assert (result["byline"], result["bylines"]) == ("Missy Ryan", ["Missy Ryan"])
    assert result["publication"] == "The Washington Post"
    (photo,) = result["photos"]
    assert photo["url"] == MOSUL_IMAGE
    assert photo["caption"] == (
        "Relatives and friends bury the body of Khadeer Hassan, who was killed during fighting between "
        "Iraqi security forces and Islamic State militants on the western side of Mosul, Iraq, on Saturday."
    )
    assert photo["credit_line"] == "AP Photo/Felipe Dana"
    assert photo["agency"] == "AP"
    assert photo["photographers"] == ["Felipe Dana"]
    assert (photo["asset_id"], photo["match"], photo["suggestions"]) == (None, None, [])  # an empty catalog
    with CatalogStore(settings.catalog_path) as store:
        recorded = store.find_article_by_url(result["url"])
    assert recorded is not None and recorded.byline == ("Missy Ryan",)


@pytest.fixture(scope="module")
def story(corpus_images: Path, fire_photo: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalServer]:
    """A story page on 127.0.0.1 printing three pictures: a corpus photo, a stranger, and the fire photo."""
    made = tmp_path_factory.mktemp("published")
    with Image.open(write_photo(made / "stranger.jpg", seed=202, size=(1200, 800))) as opened:
        stranger = opened.convert("RGB")
    with Image.open(corpus_images / WINDMILLS) as windmills:
        turbines = published_copy(windmills)
    with Image.open(fire_photo) as fire:
        fire_copy = published_copy(fire)
        # The stranger must really be another picture, or the test proves nothing.
        assert hash_distance(image_hash(fire), image_hash(stranger)) > SIMILAR_DISTANCE
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Wind and fire – The Local Ledger</title>
<link rel="canonical" href="{STORY_URL}">
<meta property="og:site_name" content="The Local Ledger">
<meta property="article:published_time" content="2017-03-15T10:00:00+00:00">
</head><body><article>
<h1>Wind and fire</h1>
<p class="byline">By Dana Whitfield</p>
<figure><img src="/uploads/turbines-1200x745.jpg" alt="Turbines"><figcaption>Wind turbines turn beside the highway near Palm Springs. (AP Photo/Sam Ortiz)</figcaption></figure>
<p>The wind farm grew by forty turbines this winter, and the county fire service had its busiest March in a decade.</p>
<figure><img src="/uploads/warehouse-blaze-1200x800.jpg" alt=""><figcaption>{FIRE_CAPTION}. (AP Photo/Ana Núñez)</figcaption></figure>
<figure><img src="/uploads/harbor-city-blaze-1200x800.jpg" alt=""><figcaption>{FIRE_CAPTION}. (AP Photo/Ana Núñez)</figcaption></figure>
</article></body></html>"""
    server = LocalServer()
    server.add("/2017/03/15/wind-and-fire/", page)
    server.add("/uploads/turbines-1200x745.jpg", turbines, content_type="image/jpeg")
    buffer = io.BytesIO()
    stranger.save(buffer, "JPEG", quality=70)
    server.add("/uploads/warehouse-blaze-1200x800.jpg", buffer.getvalue(), content_type="image/jpeg")
    server.add("/uploads/harbor-city-blaze-1200x800.jpg", fire_copy, content_type="image/jpeg")
    yield server
    server.close()


def test_a_fetched_story_links_its_photos_by_picture_and_never_a_stranger(
    catalog: Settings, story: LocalServer, corpus_images: Path
) -> None:
    page_url = story.url("/2017/03/15/wind-and-fire/")
    done = photodesk(catalog, "article", "add", page_url, "--allow-private", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    # Read from 127.0.0.1, the page's canonical link on ledger.example is only a claim (issue 12).
    assert (result["url"], result["title"], result["publication"]) == (page_url, "Wind and fire", "The Local Ledger")
    assert result["claimed_url"] == STORY_URL
    turbines, stranger, fire = result["photos"]
    windmills_id = asset_from(catalog, WINDMILLS)
    fire_id = asset_from(catalog, "harbor-fire.jpg")

    # The resized, recompressed, cropped copy finds its 9-megapixel original by its look alone.
    assert (turbines["asset_id"], turbines["match"]) == (windmills_id, "similarity")
    assert turbines["credit_line"] == "AP Photo/Sam Ortiz"
    # Another picture under the fire photo's caption and credit: suggested at most, never linked.
    assert stranger["asset_id"] is None
    assert [s["asset_id"] for s in stranger["suggestions"]] == [fire_id]
    assert "looks different" in stranger["suggestions"][0]["evidence"][-1]
    # The fire photo itself: caption and credit agree, and so does the picture (the strongest clue).
    assert (fire["asset_id"], fire["match"]) == (fire_id, "similarity")
    assert fire["evidence"][0].startswith("the published picture looks the same")
    assert any("the caption matches" in line and "the credit agrees" in line for line in fire["evidence"])

    # Both ways: the asset lists the article, the article lists its assets.
    shown = json.loads(photodesk(catalog, "show", windmills_id, "--json").stdout)
    assert {"url": page_url, "title": "Wind and fire"} in shown["articles"]
    with CatalogStore(catalog.catalog_path) as store:
        article = store.find_article_by_url(page_url)
        assert article is not None and article.claimed_url == STORY_URL
        assert store.find_article_by_url(STORY_URL) is None
        assert {asset.id for asset in store.assets_for(article.id)} == {windmills_id, fire_id}
        assert store.links_for(windmills_id)[0].credit_printed == "AP Photo/Sam Ortiz"


def test_with_the_page_and_images_from_files_nothing_is_fetched(
    catalog: Settings, story: LocalServer, tmp_path: Path
) -> None:
    page_path = tmp_path / "story.html"
    page_path.write_bytes(story.routes["/2017/03/15/wind-and-fire/"].body)
    images = tmp_path / "images"
    images.mkdir()
    (images / "turbines-1200x745.jpg").write_bytes(story.routes["/uploads/turbines-1200x745.jpg"].body)
    requests_before = len(story.requests)
    done = photodesk(catalog, "article", "add", story.url("/2017/03/15/wind-and-fire/"), "--file", str(page_path),
                     "--images", str(images), "--json")
    assert done.returncode == 0, done.stderr
    assert len(story.requests) == requests_before
    turbines = json.loads(done.stdout)["photos"][0]
    assert (turbines["asset_id"], turbines["match"]) == (asset_from(catalog, WINDMILLS), "url")  # known from before


def test_fetching_from_loopback_needs_the_flag_and_fails_with_one_line(catalog: Settings, story: LocalServer) -> None:
    page_url = story.url("/2017/03/15/wind-and-fire/")
    done = photodesk(catalog, "article", "add", page_url)
    assert done.returncode == 1
    assert done.stderr == (
        f"photodesk: {page_url}: refused to connect to 127.0.0.1: a loopback address, not the public internet; "
        "use --allow-private to fetch from the local network\n"
    )
    missing = photodesk(catalog, "article", "add", story.url("/no-such-story"), "--allow-private")
    assert missing.returncode == 1
    assert missing.stderr.endswith("/no-such-story: the server answered HTTP 404 Not Found\n")


@pytest.mark.parametrize("url", ["ftp://news.example/story", "mailto:desk@news.example", "https://"])
def test_a_url_that_is_not_http_is_a_usage_error(settings: Settings, url: str) -> None:
    done = photodesk(settings, "article", "add", url)
    assert done.returncode == 2
    assert done.stderr.startswith("photodesk: ") and done.stderr.count("\n") == 1


def test_link_and_unlink_by_hand_with_any_spelling_of_the_url(catalog: Settings) -> None:
    asset = asset_from(catalog, WINDMILLS)
    linked = photodesk(catalog, "link", asset, "HTTPS://Desk.Example/story?utm_source=mail#top")
    assert linked.returncode == 0, linked.stderr
    assert linked.stdout == (f"{asset} linked to https://desk.example/story\n"
                             "  the article is not read yet: photodesk article add https://desk.example/story reads it\n")
    shown = json.loads(photodesk(catalog, "show", asset, "--json").stdout)
    assert {"url": "https://desk.example/story", "title": None} in shown["articles"]

    unlinked = photodesk(catalog, "unlink", asset, "desk.example/story")
    assert unlinked.returncode == 0, unlinked.stderr
    shown = json.loads(photodesk(catalog, "show", asset, "--json").stdout)
    assert all(a["url"] != "https://desk.example/story" for a in shown["articles"])

    again = photodesk(catalog, "unlink", asset, "https://desk.example/story")
    assert (again.returncode, again.stderr) == (1, f"photodesk: {asset} is not linked to https://desk.example/story\n")
    unknown = photodesk(catalog, "link", "0123456789abcdef", "https://desk.example/story")
    assert (unknown.returncode, unknown.stderr) == (1, "photodesk: no asset with id 0123456789abcdef\n")
    bad = photodesk(catalog, "link", asset, "javascript:alert(1)")
    assert bad.returncode == 2


def test_import_keeps_each_picture_hash_and_check_repair_fills_older_ones(settings: Settings, tmp_path: Path) -> None:
    write_photos(tmp_path / "in", 3)
    assert photodesk(settings, "import", str(tmp_path / "in")).returncode == 0
    with CatalogStore(settings.catalog_path) as store:
        kept = store.perceptual_hashes()
    assert len(kept) == 3 and len(set(kept.values())) == 3
    with sqlite3.connect(settings.catalog_path) as db:  # a catalog imported before hashes were kept
        db.execute("UPDATE assets SET perceptual_hash = NULL")
    checked = photodesk(settings, "check")
    assert checked.returncode == 1
    assert checked.stdout.count("no perceptual hash: articles cannot find this picture by its look\n") == 3
    repaired = photodesk(settings, "check", "--repair")
    assert repaired.returncode == 0, repaired.stdout
    assert repaired.stdout.count("(repaired)") == 3
    with CatalogStore(settings.catalog_path) as store:
        assert store.perceptual_hashes() == kept
    assert photodesk(settings, "check").returncode == 0


@pytest.mark.parametrize("url", ["http://a..b/x", f"http://{'a' * 70}.example/x", "http://①②⑦.0.0.1/"])
def test_a_malformed_host_is_a_usage_error_in_one_line(settings: Settings, url: str) -> None:
    done = photodesk(settings, "article", "add", url, "--allow-private")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"photodesk: not a valid web address: {url!r} (") and done.stderr.count("\n") == 1
    linked = photodesk(settings, "link", "0123456789abcdef", url)
    assert linked.returncode == 2 and linked.stderr.startswith("photodesk: not a valid web address: ")


def test_an_image_on_a_malformed_host_is_reported_and_the_story_recorded(settings: Settings) -> None:
    with serving() as server:
        server.add("/story/", """<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>
<figure><img src="http://a..b/ferry-1200x800.jpg" alt=""><figcaption>The ferry leaves. (AP Photo/Jo Lane)</figcaption></figure>
<p>The ferry left the harbour on time for the first time this winter, its captain said.</p></article></body></html>""")
        done = photodesk(settings, "article", "add", server.url("/story/"), "--allow-private", "--json")
    assert done.returncode == 0, done.stderr
    (photo,) = json.loads(done.stdout)["photos"]
    assert photo["url"] == "http://a..b/ferry-1200x800.jpg"
    assert photo["image_problem"] == ("no picture to compare: not a valid web address: 'http://a..b/ferry-1200x800.jpg' "
                                      "(the host name has an empty part between two dots)")
    assert "Traceback" not in done.stderr


WAPO_STORY = "https://www.washingtonpost.com/world/2017/03/25/mosul-airstrike/"


def story_html(*, canonical: str, title: str, byline: str, image: str, claim: str = "link") -> str:
    """A story page naming ``canonical`` as its address, by ``<link rel=canonical>`` or by ``og:url``."""
    named = (f'<link rel="canonical" href="{canonical}">' if claim == "link"
             else f'<meta property="og:url" content="{canonical}">')
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{named}
<meta property="og:site_name" content="The Washington Post"></head><body><article><h1>{title}</h1>
<p class="byline">By {byline}</p><figure><img src="{image}" alt=""><figcaption>A street in Mosul. (AP Photo/Felipe Dana)</figcaption></figure>
<p>Residents returned to the western half of the city on Saturday, officials said, as the fighting moved north.</p>
</article></body></html>"""


def test_a_page_from_another_site_cannot_overwrite_a_recorded_story(settings: Settings, tmp_path: Path) -> None:
    real = tmp_path / "real.html"
    real.write_text(story_html(canonical=WAPO_STORY, title="Airstrike toll rises", byline="Missy Ryan",
                               image="https://www.washingtonpost.com/resizer/mosul-street-1200x800.jpg"))
    amp_url = "https://www.washingtonpost.com/amp/world/2017/03/25/mosul-airstrike/"
    done = photodesk(settings, "article", "add", amp_url, "--file", str(real), "--json")
    assert done.returncode == 0, done.stderr
    recorded = json.loads(done.stdout)
    assert (recorded["url"], recorded["claimed_url"]) == (WAPO_STORY, None)  # same site: the AMP page merges

    def state() -> tuple:
        with CatalogStore(settings.catalog_path) as store:
            article = store.find_article_by_url(WAPO_STORY)
            return (article, [m.photo.image_url for m in store.article_photos(article.id)],
                    store.article_aliases(article.id), store.find_article_by_url(amp_url))
    before = state()
    assert before[0].title == "Airstrike toll rises" and before[2] == [amp_url]

    for number, claim in enumerate(("link", "og:url")):
        evil_url = f"https://evil.example/x{number}"
        page = tmp_path / f"evil{number}.html"
        page.write_text(story_html(canonical=WAPO_STORY, title="Fake story", byline="Evil Person",
                                   image=f"https://evil.example/fake{number}.jpg", claim=claim))
        done = photodesk(settings, "article", "add", evil_url, "--file", str(page), "--json")
        assert done.returncode == 0, done.stderr
        evil = json.loads(done.stdout)
        assert (evil["url"], evil["claimed_url"], evil["title"]) == (evil_url, WAPO_STORY, "Fake story")
        assert evil["id"] != recorded["id"]
        assert state() == before  # title, byline, photos and aliases of the real story untouched

    shown = photodesk(settings, "article", "add", "https://evil.example/x0", "--file", str(tmp_path / "evil0.html"))
    assert f"  names {WAPO_STORY} as its canonical address; not trusted: another site\n" in shown.stdout


HANG_GUARD = 60  # seconds: without a deadline these readings would never end


def test_reading_an_article_ends_at_its_deadline(settings: Settings) -> None:
    figures = "".join(f'<figure><img src="/uploads/crowd-{n}-1200x800.jpg" alt=""><figcaption>Crowd {n} at the '
                      f"harbour. (AP Photo/Jo Lane)</figcaption></figure>" for n in range(6))
    with serving() as server:
        server.add("/dripping/", "", drip=0.2)  # a header byte every 0.2 s, for ever
        server.add("/gallery/", f"<html><head><title>Harbour</title></head><body><article><h1>Harbour</h1>{figures}"
                                "<p>The harbour filled with boats for the first regatta since the storm.</p></article></body></html>")
        for n in range(6):
            server.add(f"/uploads/crowd-{n}-1200x800.jpg", "", content_type="image/jpeg", drip=0.2, drip_in="body")
        page = server.url("/dripping/")
        done = subprocess.run([PHOTODESK, "article", "add", page, "--allow-private", "--data", str(settings.data_dir)],
                              capture_output=True, text=True, timeout=HANG_GUARD,
                              env={**os.environ, "PHOTODESK_ARTICLE_DEADLINE": "1"})
        assert (done.returncode, done.stdout) == (1, "")
        assert done.stderr == f"photodesk: {page}: took longer than the 1 s allowed for reading an article\n"

        done = subprocess.run([PHOTODESK, "article", "add", server.url("/gallery/"), "--allow-private", "--json",
                               "--article-deadline", "2", "--data", str(settings.data_dir)],
                              capture_output=True, text=True, timeout=HANG_GUARD)
    assert done.returncode == 0, done.stderr
    problems = [photo["image_problem"] for photo in json.loads(done.stdout)["photos"]]
    # Four images are fetched at a time: those on the way are cut, the rest never started.
    assert problems[:4] == ["no picture to compare: the article's 2 s deadline passed"] * 4
    assert problems[4:] == ["not fetched: the article's 2 s deadline passed"] * 2


@pytest.mark.parametrize(("option", "environment", "message"), [
    (("--article-deadline", "0"), {}, "the limit given must be a number greater than 0, not 0"),
    ((), {"PHOTODESK_ARTICLE_DEADLINE": "soon"}, "PHOTODESK_ARTICLE_DEADLINE must be a number, not 'soon'"),
])
def test_a_bad_article_deadline_is_a_usage_error(settings: Settings, option: tuple, environment: dict, message: str) -> None:
    done = subprocess.run([PHOTODESK, "article", "add", "https://news.example/story", *option,
                           "--data", str(settings.data_dir)], capture_output=True, text=True,
                          env={**os.environ, **environment})
    assert (done.returncode, done.stderr) == (2, f"photodesk: {message}\n")


def test_a_scrapers_table_is_read_as_the_story_at_the_address_it_names(settings: Settings, tmp_path: Path) -> None:
    story = "https://www.harbourtimes.example/news/2024/06/05/storm-closes-harbour"
    table = tmp_path / "extractor-run.csv"
    table.write_bytes(("pageUrl;titular;autor;imagen;pie_de_foto\r\n"
                       f'{story};"Cierran el puerto";"Por Ana López";https://cdn.harbourtimes.example/images/a.jpg;'
                       '"Olas sobre el muelle. Foto: EFE"\r\n').encode("cp1252"))
    done = photodesk(settings, "article", "add", str(table), "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["url"], result["title"], result["bylines"]) == (story, "Cierran el puerto", ["Ana López"])
    assert [(photo["caption"], photo["credit_line"]) for photo in result["photos"]] == [("Olas sobre el muelle.", "EFE")]


def test_a_table_that_is_no_articles_export_is_one_clear_line(settings: Settings, tmp_path: Path) -> None:
    table = tmp_path / "stock.csv"
    table.write_text("sku,name,price\nA-100,Umbrella,12.50\nA-101,Raincoat,40.00\n", encoding="utf-8")
    done = photodesk(settings, "article", "add", "https://shop.example/list", "--file", str(table))
    assert done.returncode == 1
    assert done.stderr.strip() == ("photodesk: a table of 3 columns (sku, name, price) and 2 rows, none of them a "
                                   "story's title, address or picture: not an article export")
    done = photodesk(settings, "article", "add", str(table))
    assert done.returncode == 1 and "not an article export" in done.stderr


def test_a_file_given_instead_of_the_address_must_name_its_storys_address(settings: Settings, tmp_path: Path) -> None:
    page = tmp_path / "saved.html"
    page.write_text("<html><head><title>Storm closes the harbour</title></head><body><article><h1>Storm closes the "
                    "harbour</h1><p>The storm came in at dawn.</p></article></body></html>", encoding="utf-8")
    done = photodesk(settings, "article", "add", str(page))
    assert done.returncode == 2
    assert done.stderr.strip() == (f"photodesk: {page} names no address for its story: give it, "
                                   f"photodesk article add URL --file {page}")
