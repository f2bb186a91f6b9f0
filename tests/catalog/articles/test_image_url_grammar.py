"""The image URL grammar (docs/article-formats.md, "Image addresses"): the source a resizing service wraps, the
width and size word a rendition's URL names, and the format it is delivered in, one case per service family.

Blind13's pages 06 (Astro), 07 (Liferay), 10 (CE Image), 12 (``resize=N:*``), 15 (Pangea) and 19 (eleventy-img)
are the set's own rows (test_blind_shapes); these cases are the families' own, beyond those rows.
"""

from __future__ import annotations

import base64

import pytest

from catalog.articles.html_photos import with_renditions
from catalog.articles.image_urls import (
    is_delivery_format,
    is_derived_url,
    is_image_service_url,
    named_width,
    original_image_url,
    picture_key,
    rendition_key,
    size_word_rank,
    wrapped_image_url,
)
from catalog.articles.photos import describe_photo
from catalog.articles.scrape_lines import asks_for_width
from tests.catalog.articles.test_blind9_rules import STORY, _page

SOURCE = "https://cms.paper.example/uploads/2024/06/harbour-storm.jpg"
ENCODED = "https%3A%2F%2Fcms.paper.example%2Fuploads%2F2024%2F06%2Fharbour-storm.jpg"
BASE64 = base64.urlsafe_b64encode(SOURCE.encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    ("url", "source"),
    [
        # query parameters holding the source: Next.js, Astro, Vercel, Netlify, wsrv.nl (scheme optional), imrs.php
        (f"https://paper.example/_next/image?url={ENCODED}&w=1080&q=75", SOURCE),
        (f"https://paper.example/_image?href={ENCODED}&w=800&h=450&f=webp", SOURCE),
        ("https://paper.example/_image?href=%2F_astro%2Fharbour-storm.Bx3k.jpg&w=800",
         "https://paper.example/_astro/harbour-storm.Bx3k.jpg"),
        (f"https://paper.example/_vercel/image?url={ENCODED}&w=3840&q=75", SOURCE),
        ("https://paper.example/.netlify/images?url=/uploads/owl.jpeg&w=50&fm=webp", "https://paper.example/uploads/owl.jpeg"),
        ("https://wsrv.nl/?url=cms.paper.example/uploads/2024/06/harbour-storm.jpg&w=300", SOURCE),
        ("https://images.weserv.nl/?url=ssl:cms.paper.example/uploads/2024/06/harbour-storm.jpg", SOURCE),
        (f"https://paper.example/resizer/imrs.php?src={ENCODED}&w=600", SOURCE),
        # any parameter holding an image's absolute address or site path, a protocol-relative one too
        (f"https://paper.example/thumb.php?picture={ENCODED}&size=640", SOURCE),
        ("https://paper.example/thumb.php?picture=//cms.paper.example/uploads/2024/06/harbour-storm.jpg", SOURCE),
        # the source after the service's options in the path: Cloudflare, Nuxt's IPX, imgproxy, thumbor
        ("https://paper.example/cdn-cgi/image/width=800,quality=75/uploads/2024/06/harbour-storm.jpg",
         "https://paper.example/uploads/2024/06/harbour-storm.jpg"),
        (f"https://paper.example/cdn-cgi/image/width=800,format=auto/{SOURCE}", SOURCE),
        ("https://paper.example/_ipx/w_640,f_webp/uploads/harbour-storm.jpg", "https://paper.example/uploads/harbour-storm.jpg"),
        ("https://paper.example/_ipx/s_300x200/https:/cms.paper.example/uploads/2024/06/harbour-storm.jpg", SOURCE),
        (f"https://imgproxy.example/Af3gWeDA6VOl/rs:fill:300:400:0/g:sm/plain/{SOURCE}@webp", SOURCE),
        ("https://imgproxy.example/insecure/rs:fit:640/plain/local:///uploads/harbour-storm.jpg@avif",
         "https://imgproxy.example/uploads/harbour-storm.jpg"),
        (f"https://imgproxy.example/Af3gWeDA6VOl/rs:fill:300:400/{BASE64}.webp", SOURCE),
        (f"https://paper.example/_gatsby/image/{BASE64}/{base64.urlsafe_b64encode(b'w=640&fm=webp').decode()}/harbour.webp",
         SOURCE),
        ("https://thumbor.example/unsafe/fit-in/300x200/smart/cms.paper.example/uploads/2024/06/harbour-storm.jpg", SOURCE),
        # a host in the path: the AMP cache's images, Photon
        ("https://cms-paper-example.cdn.ampproject.org/i/s/cms.paper.example/uploads/2024/06/harbour-storm.jpg", SOURCE),
        ("https://i0.wp.com/cms.paper.example/uploads/2024/06/harbour-storm.jpg?w=640&ssl=1", SOURCE),
    ],
)
def test_a_resizing_services_url_wraps_the_source_image(url: str, source: str) -> None:
    assert original_image_url(url) == source
    assert is_image_service_url(url)


@pytest.mark.parametrize(
    "url",
    [
        SOURCE,
        "https://paper.example/uploads/2024/06/harbour-storm.jpg?ref=https://paper.example/2024/06/storm",  # a page, no image
        "https://paper.example/uploads/2024/06/harbour-storm.jpg?v=2&itok=AbC",
        "https://cdn.paper.example/photos/2024/06/harbour-storm-1024x683.jpg",
    ],
)
def test_an_image_url_that_wraps_nothing_is_its_own_source(url: str) -> None:
    assert wrapped_image_url(url) is None
    assert original_image_url(url) == url


def test_an_extensionless_endpoint_that_wraps_an_image_is_that_image() -> None:
    copies = [f"https://paper.example/_image?href={ENCODED}&w={width}&f=webp" for width in (480, 1280)]
    assert {picture_key(url) for url in copies} == {picture_key(SOURCE)} == {"harbour-storm"}
    assert {rendition_key(url) for url in copies} == {rendition_key(SOURCE)}
    record = _page(f'<article><h1>Storm</h1><figure><img src="{copies[0]}" '
                   f'srcset="{copies[0]} 480w, {copies[1]} 1280w" alt="">'
                   f'<figcaption>Waves over the harbour wall. Foto: EFE</figcaption></figure>{STORY}</article>')
    assert [(photo["url"], photo["caption"], photo["agency"]) for photo in record["photos"]] == [
        (copies[1], "Waves over the harbour wall.", "EFE")]


@pytest.mark.parametrize(
    ("url", "width"),
    [
        # query parameters: Hearst's "resize=W:*", Photon's "resize=W,H" and "fit=W,H", imgix's "max-w",
        # Akamai's "im=Resize,width=", a density beside the width
        ("https://hips.example/images/x.jpg?crop=1.00xw:0.846xh;0,0.0593xh&resize=980:*", 980),
        ("https://i0.wp.com/paper.example/x.jpg?resize=1200%2C800", 1200),
        ("https://i0.wp.com/paper.example/x.jpg?fit=1600%2C1067", 1600),
        ("https://paper.imgix.example/x.jpg?max-w=1400&auto=format", 1400),
        ("https://paper.example/x.jpg?im=Resize,width=800", 800),
        ("https://paper.example/x.jpg?w=680&dpr=2", 1360),
        # path tokens: imgproxy's and IPX's options, ImageKit's tr:, thumbor's fit-in, Cloudinary's c_scale,w_
        ("https://imgproxy.example/sig/rs:fill:1024:768:0/plain/https://paper.example/x.jpg", 1024),
        ("https://imgproxy.example/sig/size:900:600/plain/https://paper.example/x.jpg", 900),
        ("https://paper.example/_ipx/f_webp,s_640x360/uploads/x.jpg", 640),
        ("https://ik.example/paper/tr:w-300,h-300/x.jpg", 300),
        ("https://thumbor.example/unsafe/fit-in/720x480/paper.example/x.jpg", 720),
        ("https://res.cloudinary.example/paper/image/upload/c_scale,w_1080/v1/x.jpg", 1080),
        # file names: Pangea's "_w1023_r1_s" (a flag after the ratio), CE Image's "_820_547_c1", WordPress's
        ("https://gdb.example/01000000-0aff-0242-7a3c-08dc8c1f3e61_w1023_r1_s.jpg", 1023),
        ("https://paper.example/images/made/images/uploads/news/storm-landing_820_547_c1.jpg", 820),
        ("https://paper.example/images/made/images/uploads/news/storm-landing_600_400.jpg", 600),
        ("https://paper.example/images/news/storm-landing_820x547_c1.jpg", 820),
        ("https://paper.example/wp-content/uploads/2024/06/storm-1024x683.jpg", 1024),
        # Shopify's width alone ("_800x"), and a density after the name: that many times the size it names
        ("https://shop.example/files/storm_800x.jpg", 800),
        ("https://shop.example/files/storm_800x600_crop_center@2x.jpg", 1600),
        ("https://paper.example/wp-content/uploads/2024/06/storm-1024x683@2x.jpg", 2048),
        # a service's own options before the source's name; the source's name when the service asks no size
        ("https://i0.wp.com/paper.example/wp-content/uploads/storm-1024x683.jpg?w=640", 640),
        ("https://i0.wp.com/paper.example/wp-content/uploads/storm-1024x683.jpg", 1024),
        ("https://paper.example/cdn-cgi/image/width=800,quality=75/uploads/storm-300x200.jpg", 800),
        (f"https://paper.example/_image?href={ENCODED}&w=800&h=450&f=webp", 800),
    ],
)
def test_the_width_a_renditions_url_names(url: str, width: int) -> None:
    assert named_width(url) == width


@pytest.mark.parametrize(
    "url",
    [
        "https://paper.example/uploads/fireworks_2024_1206.jpg",  # a year and a month-day, no size
        "https://paper.example/uploads/IMG_4021.jpg",  # a camera's number for the shot
        "https://paper.example/images/made/uploads/storm-landing.jpg",
    ],
)
def test_a_url_naming_no_width(url: str) -> None:
    assert named_width(url) is None


@pytest.mark.parametrize(
    "copy",
    [
        "https://x.example/a/storm_820x547_c1.jpg",  # a size and a crop flag
        "https://x.example/a/storm-1024x683@2x.jpg",  # a density after the size
        "https://x.example/a/storm-thumb.jpg",  # a size word after the name
        "https://x.example/a/storm_XL.jpg",
    ],
)
def test_a_copy_named_by_its_size_is_the_same_picture(copy: str) -> None:
    assert picture_key(copy) == picture_key("https://x.example/a/storm.jpg") == "storm"


def test_ce_images_copy_is_the_upload_it_was_made_from() -> None:
    upload = "https://paper.example/images/uploads/news/2024/storm-landing.jpg"
    made = "https://paper.example/images/made/images/uploads/news/2024/storm-landing_820_547_c1.jpg"
    assert picture_key(made) == picture_key(upload)
    assert rendition_key(made) == rendition_key(upload) == "storm-landing"
    # two pictures of one evening named by their dates stay two
    assert picture_key("https://x.example/a/fireworks_2024_1206.jpg") != picture_key("https://x.example/a/fireworks_2024_1207.jpg")


@pytest.mark.parametrize(
    ("smaller", "larger"),
    [
        ("https://x.example/documents/1/0/a.jpg/uuid?version=1.0&imageThumbnail=3",  # Liferay
         "https://x.example/documents/1/0/a.jpg/uuid?version=1.0&imagePreview=1"),
        ("https://x.example/sites/default/files/styles/thumbnail/public/a.jpg?itok=1",  # Drupal's image styles
         "https://x.example/sites/default/files/styles/large/public/a.jpg?itok=2"),
        ("https://x.example/media/a-thumb.jpg", "https://x.example/media/a.jpg"),
        ("https://x.example/media/a.jpg?size=small", "https://x.example/media/a.jpg?size=medium"),
        ("https://x.example/media/a.jpg?v=3", "https://x.example/media/a.jpg?size=original"),
        ("https://x.example/original/thumbs/a.jpg", "https://x.example/large/a.jpg"),  # a thumbnail of an original
        ("https://x.example/media/k2/items/cache/5f1c2e0a_S.jpg", "https://x.example/media/k2/items/cache/5f1c2e0a_XL.jpg"),
    ],
)
def test_size_words_rank_a_renditions_url(smaller: str, larger: str) -> None:
    assert size_word_rank(smaller) < size_word_rank(larger)


def test_a_url_naming_a_size_short_of_the_original_is_a_derived_copy() -> None:
    assert _largest("https://x.example/photos/medium/harbour.jpg", "https://x.example/photos/harbour-1024x683.jpg") \
        == "https://x.example/photos/harbour-1024x683.jpg"
    assert _largest("https://x.example/photos/harbour-1024x683.jpg", "https://x.example/photos/original/harbour.jpg") \
        == "https://x.example/photos/original/harbour.jpg"
    # a slug's first word is no size: the upload of "small-business-owners" stays the original
    assert _largest("https://x.example/up/small-business-owners-1024x683.jpg", "https://x.example/up/small-business-owners.jpg") \
        == "https://x.example/up/small-business-owners.jpg"


@pytest.mark.parametrize(
    ("url", "delivered"),
    [
        ("https://x.example/img/kR2x9QmT4a-960.avif", True),
        ("https://x.example/img/kR2x9QmT4a-960.webp", True),
        ("https://x.example/images/1/0/1200x800/a.jpg.webp", True),
        ("https://x.example/a.jpg?fm=webp&w=800", True),
        ("https://x.example/a.jpg?format=avif", True),
        ("https://x.example/image/upload/f_webp,w_800/a.jpg", True),
        ("https://x.example/unsafe/800x0/filters:format(webp)/y.example/a.jpg", True),
        ("https://x.example/cdn-cgi/image/width=800,format=avif/a.jpg", True),
        ("https://imgproxy.example/sig/rs:fit:800/plain/https://y.example/a.jpg@webp", True),
        ("https://imgproxy.example/sig/rs:fit:800/f:avif/plain/https://y.example/a.jpg", True),
        ("https://x.example/img/kR2x9QmT4a-960.jpeg", False),
        ("https://x.example/image/upload/f_auto,w_800/a.jpg", False),
        ("https://x.example/cdn-cgi/image/width=800,format=auto/a.jpg", False),
    ],
)
def test_a_copy_in_a_format_made_for_browsers(url: str, delivered: bool) -> None:
    assert is_delivery_format(url) is delivered


def _largest(*urls: str) -> str:
    return with_renditions(describe_photo(urls[0]), [(url, None) for url in urls]).image_url


def test_of_copies_as_wide_the_one_in_the_pictures_own_format_is_reported() -> None:
    assert _largest("https://x.example/img/a-960.avif", "https://x.example/img/a-960.webp",
                    "https://x.example/img/a-960.jpeg", "https://x.example/img/a-480.jpeg") \
        == "https://x.example/img/a-960.jpeg"
    assert _largest("https://x.example/img/a-960.webp", "https://x.example/img/a-1280.webp") \
        == "https://x.example/img/a-1280.webp"  # a wider conversion is still the larger copy


def test_of_copies_naming_no_width_a_thumbnail_ranks_below_a_preview() -> None:
    thumbnail = "https://x.example/documents/20143/0/a.jpg/5f1c2e0a?version=1.0&imageThumbnail=3"
    preview = "https://x.example/documents/20143/0/a.jpg/5f1c2e0a?version=1.0&imagePreview=1"
    assert _largest(thumbnail, preview) == _largest(preview, thumbnail) == preview


@pytest.mark.parametrize(
    ("token", "asks"),
    [
        ("https://img.example/Tq7Mz3Kx?w=1280", True),
        ("https://img.example/Tq7Mz3Kx?resize=980:*", True),  # a scrape's line: the query grammar named_width reads
        ("https://img.example/Tq7Mz3Kx?fit=1200%2C800", True),
        ("https://img.example/Tq7Mz3Kx?q=h_833,w_1480,c_fill", True),
        ("https://paper.example/2024/06/storm?page=2", False),
        ("https://paper.example/2024/06/storm?size=2", False),  # no width of one digit
    ],
)
def test_a_scraped_address_asks_for_a_width_in_the_grammars_query_forms(token: str, asks: bool) -> None:
    assert asks_for_width(token) is asks


# A CMS's derived copy named by a preset (a size or a use) in a folder: Ibexa/eZ's "_aliases/<variation>", Magnolia's
# "/.imaging/mte/<theme>/<variation>/", Pimcore's "image-thumb__<id>__<thumbnail>", AEM's "<component>.coreimg.Q.W.jpeg/",
# Jimdo's "transf/dimension=WxH:format=jpg/" (blind14 pages 01, 05, 08, 19; blind15 page 14 are the sets' own rows)
AEM = "https://radio.example/content/radio/cs/zpravy/most/_jcr_content/root/container/image.coreimg.85.{}.jpeg/1716800412345/most.jpeg"
MAGNOLIA = "https://club.example/.imaging/mte/club-theme/{}/dam/club/news/2024/05/derby.jpg/jcr:content/derby.jpg"
IBEXA = "https://daily.example/var/daily/storage/images/_aliases/{}/4/2/8/1/118244-1-fre-FR/pont.jpg"
PIMCORE = "https://gulf.example/news/2024/06/metro.jpg/image-thumb__48211__{}/metro.webp"
JIMDO = "https://image.jimcdn.com/app/cms/image/transf/dimension={}x10000:format=jpg/path/s5a1c3e7/image/{}/version/1716492011/image.jpg"


@pytest.mark.parametrize(
    ("url", "width"),
    [
        (AEM.format(1600), 1600),  # the quality (85), then the width
        ("https://radio.example/content/radio/_jcr_content/root/image.coreimg.1280.jpeg/1716800412345/most.jpeg", 1280),
        (MAGNOLIA.format("stage-768"), 768),  # a preset named with the width it makes
        (MAGNOLIA.format("1400"), 1400),
        (MAGNOLIA.format("image_1290x726"), 1290),
        (PIMCORE.format("teaser-640"), 640),
        (JIMDO.format(2080, "i8d2b4f6a1c3e5d70"), 2080),  # a box of width by height among the options
    ],
)
def test_the_width_a_cmss_preset_folder_names(url: str, width: int) -> None:
    assert named_width(url) == width


@pytest.mark.parametrize(
    "url",
    [
        MAGNOLIA.format("og-image"), IBEXA.format("og_image"), PIMCORE.format("og-image"), AEM.format(1200),
        JIMDO.format(1200, "i8d2b4f6a1c3e5d70"),
        "https://town.example/fileadmin/_processed_/8/2/csm_harbour_4f1c2e0a9b.jpg",  # TYPO3's processed copies
        "https://upload.wikimedia.example/wikipedia/commons/thumb/a/ab/Harbour.jpg/800px-Harbour.jpg",
    ],
)
def test_a_copy_in_a_cmss_preset_folder_or_under_the_uploads_name_is_derived(url: str) -> None:
    assert is_derived_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://weekly.example/user/pages/02.novice/01.celje/214.obnova-parka/park-celje.jpg",  # Grav's numbered pages
        "https://herald.example/media/posts/318/earl-thorfinn-kirkwall.jpg",
        "https://dam.example/content/dam/paper/harbour.jpg/jcr:content/renditions/original",  # the DAM's own upload
        "https://paper.example/uploads/2024/06/aliases-of-the-harbour.jpg",
    ],
)
def test_an_upload_outside_any_preset_folder_is_no_derived_copy(url: str) -> None:
    assert not is_derived_url(url)


def test_a_numbered_page_folder_is_no_host_a_proxy_wraps() -> None:
    grav = "https://weekly.example/user/pages/02.novice/01.celje/214.obnova-parka/park-celje.jpg"
    assert wrapped_image_url(grav) is None
    assert original_image_url(grav) == grav
    # a host of digits with a short top-level domain is still a host in a resizer's path
    assert original_image_url("https://thumbor.example/unsafe/300x200/163.com/news/harbour.jpg") == "https://163.com/news/harbour.jpg"


@pytest.mark.parametrize(
    ("smaller", "larger"),
    [
        (IBEXA.format("article_small"), IBEXA.format("article_large")),
        (IBEXA.format("listitem_thumbnail"), IBEXA.format("og_image")),
        (PIMCORE.format("article-small"), PIMCORE.format("article-large")),
    ],
)
def test_a_presets_size_word_ranks_its_copy(smaller: str, larger: str) -> None:
    assert size_word_rank(smaller) < size_word_rank(larger)


def test_a_preset_copy_without_a_declared_width_never_passes_for_the_upload() -> None:
    copies = [(IBEXA.format("og_image"), None), (IBEXA.format("article_medium"), 960), (IBEXA.format("article_large"), 1600)]
    assert with_renditions(describe_photo(copies[0][0]), copies).image_url == IBEXA.format("article_large")
    copies = [(MAGNOLIA.format("og-image"), None), (MAGNOLIA.format("stage-768"), None), (MAGNOLIA.format("stage-1920"), 1920)]
    assert with_renditions(describe_photo(copies[0][0]), copies).image_url == MAGNOLIA.format("stage-1920")
    copies = [(AEM.format(1200), None), (AEM.format(480), 480), (AEM.format(1600), 1600)]
    assert with_renditions(describe_photo(copies[0][0]), copies).image_url == AEM.format(1600)
    # of copies the page declares only by density, the larger preset's 2x
    copies = [(PIMCORE.format("og-image"), None), (PIMCORE.format("article-small").replace("metro.webp", "metro@2x.webp"), 2000),
              (PIMCORE.format("article-large"), 1000), (PIMCORE.format("article-large").replace("metro.webp", "metro@2x.webp"), 2000)]
    assert with_renditions(describe_photo(copies[0][0]), copies).image_url \
        == PIMCORE.format("article-large").replace("metro.webp", "metro@2x.webp")


def test_pictures_every_one_named_image_jpg_are_told_apart_by_their_id_folder() -> None:
    first, second = "i8d2b4f6a1c3e5d70", "i2f4e6a8c0b1d3e50"
    assert picture_key(JIMDO.format(320, first)) == picture_key(JIMDO.format(1200, first)) == first
    assert picture_key(JIMDO.format(320, first)) != picture_key(JIMDO.format(320, second))


def test_a_number_every_copy_shares_is_no_width() -> None:
    """Publii's post id ("/media/posts/318/") is in every copy's URL; the page's srcset says their widths."""
    upload = "https://herald.example/media/posts/318/ferry.jpg"
    copies = [(upload, None), *((f"https://herald.example/media/posts/318/responsive/ferry-{size}.jpg", width)
                                for size, width in (("xs", 300), ("md", 768), ("2xl", 1600)))]
    assert with_renditions(describe_photo(upload), copies).image_url == upload
    # copies whose URLs name different numbers: those are their widths (BBC's ichef "/news/976/" and "/news/1536/")
    ichef = "https://ichef.example/news/{}/cpsprodpb/8d2f/live/5a1c3e70-2b4d-11ef-9a3c-8f1e2d3c4b5a.jpg"
    assert _largest(ichef.format(976), ichef.format(1536), ichef.format(240)) == ichef.format(1536)
