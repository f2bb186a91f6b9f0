"""The photos an HTML story publishes: its images and their renditions (captions and credits: ``photo_captions``).

Every rendition a page shows of one picture (srcset candidates, lazy sources, a
``<noscript>`` copy, picture sources) counts once: the photo is reported by its largest
rendition, the others listed in ``also_seen_as``. Site logos, author headshots, icons,
ads, tracking pixels and related-story thumbnails are not the story's photos.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Iterable
from urllib.parse import quote, urljoin, urlsplit

from bs4 import Tag

from catalog.articles.image_urls import (
    has_image_extension,
    is_delivery_format,
    is_derived_url,
    named_width,
    original_image_url,
    picture_key,
    size_word_rank,
    style_source,
)
from catalog.articles.linked_data import LinkedImage
from catalog.articles.photo_captions import (
    AUTHOR_WORDS,
    PHOTO_TAGS,
    WORD_SPLIT,
    caption_and_credit,
    contains,
    credit_opening_the_text,
    lightbox_caption,
    photo_count,
    visible_text,
    words,
)
from catalog.articles.page_builders import is_builder_block, is_builder_chrome
from catalog.articles.photos import PublishedPhoto, clean_text, describe_photo
from catalog.credits import parse_credit_line, split_caption_credit
from catalog.credits.labels import SHARE_SERVICES

# Subtrees that are never the story's photos: navigation, promotion, people, ads.
_NOISE_TAGS = frozenset({"nav", "footer", "aside", "form"})
# "advertising" as CMS templates name an ad's block in the main news languages ("banner-adv", "box-publicidad",
# "werbung", "anzeige", "reklama")
AD_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("advert", "advertisement", "advertising", "ad", "ads"), "it": ("adv", "pubblicita", "pubblicità"),
    "es/pt": ("publicidad", "publicidade", "anuncio", "anuncios"), "fr": ("publicite", "publicité"),
    "de": ("werbung", "anzeige"), "nl": ("advertentie", "reclame"), "sv/no/da": ("annons", "annonse", "reklame", "reklam"),
    "fi": ("mainos",), "pl/cs/sk": ("reklama",), "hu": ("hirdetes", "hirdetés"), "tr": ("reklam",),
    "ro": ("reclama", "publicitate"),
}
_NOISE_WORDS = frozenset(
    "related recommended recommendations promo promos teaser teasers sidebar widget share "
    "sharing social newsletter avatar headshot byline bio logo masthead "
    "comments comment sponsored outbrain taboola trending popular "
    "navigation menu subscribe paywall cookie jp-relatedposts more readmore recirc recirculation mostread".split()
) | AUTHOR_WORDS | {word for words in AD_WORDS.values() for word in words}  # an author's block in the site's language
# Blocks that are noise when small: a video's poster frame and player (JW Player, Brightcove, video.js), a sponsor's
# or a sign-up box; a wrapper of the story marked so ("post-format-video", "has-sponsor") holds its paragraphs.
_SMALL_NOISE_WORDS = frozenset("video player jwplayer brightcove vjs newsletters signup sponsor sponsors".split())
_LONGEST_SMALL_BLOCK = 300  # characters of paragraph text
# Words a CMS's blocks of any kind carry, and the words that say a block is a picture.
_CONTAINER_WORDS = frozenset({"widget"})
_PICTURE_WORDS = frozenset({"image", "img", "photo", "picture", "figure", "media"})
# An image whose own class, id or file name says it is not a news photo.
_DECORATIVE_WORDS = frozenset(
    "logo logos avatar gravatar icon icons favicon sprite emoji smiley wp-smiley headshot mugshot "
    "byline badge spinner masthead qr qrcode".split()  # a QR code to follow the paper's account
) | AUTHOR_WORDS
# Stand-ins shown until a lazy image loads; a file name made only of these words is one.
_PLACEHOLDER_WORDS = frozenset(
    "placeholder spacer blank transparent loading lazy pixel 1x1 grey gray empty default "
    "image img bg px 1".split()
) | {"trans", "load", "lazyload", "loader", "preloader"}  # Jetpack's old "1x1.trans.gif", "lazy-load-placeholder.png"
# "No picture" stand-ins: "no_img.jpg", "no-image.png", "nophoto.gif", "no-photo-available.png"
_NO_PICTURE_NAMES = frozenset({"noimage", "noimg", "nophoto", "nopic", "nopicture", "nofoto"})
_NO_PICTURE_WORDS = _PLACEHOLDER_WORDS | _PICTURE_WORDS | {"pic", "foto", "available"}
_SIZE_WORD = re.compile(r"\d{1,5}x\d{1,5}")
# A generic file name ("image.jpg") under a folder named by the picture's id (12+ hex digits, or 6+ digits) is that
# picture, not a stand-in
_GENERIC_NAME_WORDS = frozenset({"image", "img"})
_ID_FOLDER = re.compile(r"/(?:[0-9a-f]{12,}|\d{6,})/", re.IGNORECASE)
_DENSITY_BASE = 1000  # px assumed for a 1x candidate when the image declares no width (only the order matters)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Beacons and ad creatives: analytics and ad servers' hosts, pixel and beacon endpoints.
_TRACKING_HOST = re.compile(
    r"scorecardresearch|doubleclick|googlesyndication|google-analytics|googletagmanager|adservice|adserver|"
    r"quantserve|chartbeat|facebook\.[a-z]+$|(?:^|[.-])(?:pixel|beacon|tracker|tracking|analytics|stats|ads?)[.-]",
    re.IGNORECASE)
_TRACKING_PATH = re.compile(r"/(?:pixel|beacon|collect|track|impression)(?:$|[/.?])|/tr$", re.IGNORECASE)
# Ad creatives and author headshots kept in folders of their own, the ads' named in the site's language too
# (publicidad, publicidade, pubblicità, publicité, Werbung, reklame, reclame); an e-mail's open beacon ("…/o.gif").
_DECORATIVE_FOLDER = re.compile(r"/(?:ads?|adverts?|advertising|banners?|publicidade?|pubblicita|publicite|werbung|"
                                r"reklamer?|reclames?|authors?|avatars?|profiles?)/", re.IGNORECASE)
_BEACON_NAME = re.compile(r"/[a-z0-9]{1,2}\.gif$", re.IGNORECASE)
_WRAPPER_LEVELS = 3  # elements above an image that may name its original upload
_THUMBNAIL_WIDTH = 160  # px: an uncaptioned picture no wider in any rendition is a related story's thumbnail
_SMALLEST_PHOTO = 100  # px: declared width and height both at most this are icons and avatars
_STYLED_SIZE = re.compile(r"(?<![\w-])(width|height)\s*:\s*(\d{1,4})px", re.IGNORECASE)
# Lazy loaders whose attribute names no source ("data-echo": toddmotto/echo README.md; "data-layzr" and its
# "data-layzr-retina": callmecavs/layzr.js README.md); a name ending in "src" is one too ("data-cfsrc", "data-imgsrc")
_NAMED_LAZY_SOURCES = ("data-echo", "data-layzr-retina", "data-layzr")
_LAZY_SOURCES = ("data-lazy-src", "data-src", "data-original", "data-lazy", "data-url", "src")
_FULL_SIZE = re.compile(r"full|orig|zoom|large|hires|hi-res|big")
_SRCSET_ATTRIBUTES = ("srcset", "data-srcset", "data-lazy-srcset")
_CMS_RENDITIONS = ("data-orig-file", "data-large-file", "data-medium-file")
# The full-size picture a gallery, lightbox, zoom or pin-it script loads, by the attribute it reads: on the image,
# Pinterest's pin-it button (Wix, WordPress sharing plugins), WooCommerce's product gallery, elevateZoom, Fotorama; on
# the link around it, Fotorama, PhotoSwipe 5, Magnific Popup, fancybox and lightGallery (data-src: the picture the
# lightbox opens where the href is a page), lightGallery's download link. The width those scripts are told is the
# display's, not the file's: none is taken.
_GALLERY_ORIGINALS = ("data-pin-media", "data-large_image", "data-zoom-image", "data-full")
_LINKED_ORIGINALS = ("data-full", "data-pswp-src", "data-mfp-src", "data-src", "data-download-url")




Renditions = list[tuple[str, int | None]]  # (URL, width in pixels when known) of one picture
FoundPhoto = tuple[PublishedPhoto, Renditions]  # a photo and every rendition of it seen so far


def body_photos(container: Tag, *, base: str, page_url: str) -> list[FoundPhoto]:
    """The story's photos in page order, each once with its caption and credit, and every rendition of it."""
    groups: dict[str, list[tuple[str, int | None]]] = {}
    described: dict[str, PublishedPhoto] = {}
    printed: dict[str, str | None] = {}  # the caption printed with each picture, its credit still in it
    for image in container.find_all(PHOTO_TAGS):
        if _is_in_noise(image, container):
            continue
        candidates = _image_candidates(image, base)
        if not candidates or any(_is_decorative(image, url) for url, _ in candidates[:1]):
            continue
        caption, credit = caption_and_credit(image, container)
        if caption is None and credit is None:
            caption = lightbox_caption(image)
        if caption and not credit and split_caption_credit(caption)[1] is None:
            credit = credit_opening_the_text(image, container)
        if caption is None and credit is None and (_is_teaser(image, page_url) or _is_thumbnail(image, candidates)):
            continue
        key = picture_key(candidates[0][0])
        while caption and printed.get(key) is not None and not _is_same_caption(printed[key], caption):
            key += "#"  # one file name under two captions (a resizer's folders tell the uploads apart): two pictures
        groups.setdefault(key, []).extend(candidates)
        if key not in described or not described[key].caption and caption:  # a lazy copy came first, uncaptioned
            described[key] = describe_photo(candidates[0][0], caption=caption, credit=credit, alt_text=image.get("alt"))
            printed[key] = caption
    return [(described[key], groups[key]) for key in described]


def _is_same_caption(printed: str, caption: str) -> bool:
    """True when two captions of one file name say the same once their credits are set aside: a feed's Media RSS
    copy of a picture ("…, a sud di Brindisi", its credit apart) and the story's figure ("… (foto Ansa)")."""
    if printed == caption:
        return True
    return " ".join(split_caption_credit(printed)[0].split()).casefold() \
        == " ".join(split_caption_credit(caption)[0].split()).casefold()


def _is_thumbnail(image: Tag, candidates: Renditions) -> bool:
    """True when every rendition of an uncaptioned image is thumbnail-sized by its URL ("x-120x90.jpg").

    A gallery's thumbnails are the story's pictures, shown small: they stay.
    """
    widths = [width if width is not None else named_width(url) for url, width in candidates]
    small = all(width is not None and width <= _THUMBNAIL_WIDTH for width in widths)
    return small and image.find_parent(lambda tag: "gallery" in words(tag)) is None


def _size_rank(url: str, width: int | None, uploads: set[str] = frozenset()) -> tuple[int, int, int, bool, bool]:
    """How large a rendition is: an original (a URL naming no size, no query, no resizer, or the upload another
    rendition is a CMS's style of) first, then by width, then by the size word the URL names (a thumbnail below a
    preview: ``size_word_rank``); of two as large, the one in the picture's own format rather than a conversion a
    ``<source>`` offers browsers ("?format=webp", "x-960.avif": ``is_delivery_format``), then the file as served
    without a query rather than a copy marked by one (Jetpack Lazy Images' "x-768x512.jpg?is-pending-load=1" beside
    the <noscript>'s "x-768x512.jpg", a cache-buster's "?v=3")."""
    kept_format = not is_delivery_format(url)
    words = size_word_rank(url)
    plain = "?" not in url
    if url in uploads:
        return (2, 0, words, kept_format, plain)
    if width is not None:
        return (1, width, words, kept_format, plain)
    return (2, 0, words, kept_format, plain) if not is_derived_url(url) else (0, 0, words, kept_format, plain)


def reported(found: Iterable[FoundPhoto]) -> list[PublishedPhoto]:
    """Each photo reported by its largest rendition, the others in ``also_seen_as``."""
    return [with_renditions(photo, renditions) for photo, renditions in found]


def with_renditions(photo: PublishedPhoto, renditions: Iterable[tuple[str, int | None]]) -> PublishedPhoto:
    """``photo`` reported by its largest rendition (a known width beats an unknown one), the others in ``also_seen_as``."""
    renditions = list(renditions)
    # a width the page declares (srcset's "1280w") beats one read from the URL (Drupal's style "big_202")
    declared = {url: width for url, width in renditions if width is not None}
    seen: dict[str, int | None] = {}
    for url, width in [(photo.image_url, None), *((url, None) for url in photo.also_seen_as), *renditions]:
        width = declared.get(url, width if width is not None else named_width(url))
        if url not in seen or seen[url] is None:
            seen[url] = width
    shared = _number_every_copy_names(list(seen), declared)
    if shared is not None:
        seen = {url: None if url not in declared and width == shared else width for url, width in seen.items()}
    uploads = {source for source in map(style_source, seen) if source}
    largest = max(seen, key=lambda url: _size_rank(url, seen[url], uploads))
    if largest != photo.image_url:
        photo = dataclasses.replace(
            describe_photo(largest, caption=photo.caption, alt_text=photo.alt_text),
            credit_line=photo.credit_line, agency=photo.agency, photographers=photo.photographers,
            distributor=photo.distributor, credit_qualifiers=photo.credit_qualifiers,
        )
    return dataclasses.replace(photo, also_seen_as=tuple(url for url in seen if url != largest))


def _number_every_copy_names(urls: list[str], declared: dict[str, int | None]) -> int | None:
    """The width every copy's URL names alike when the page declares other widths for them, or None.

    Such a number is no width but the folder all the copies share (Publii's post id, "/media/posts/318/": the
    upload and its "responsive/x-xs.jpg" … "x-2xl.jpg", 300w to 1600w, all under it).
    """
    named = {named_width(url) for url in urls}
    if len(urls) < 2 or len(named) != 1:
        return None
    number = named.pop()
    return number if number is not None and any(width != number for width in declared.values()) else None


def _is_in_noise(image: Tag, container: Tag) -> bool:
    if _is_the_storys_image(image):
        return False
    for parent in image.parents:
        if parent is container or _is_story_body(parent):
            return False  # a widget around the story's own body (Blogger's "widget Blog") is the page's frame, no noise
        marks = words(parent)
        if is_builder_block(parent):
            marks -= _CONTAINER_WORDS  # a page builder's block of any kind: its kind words tell (page_builders)
        if is_builder_chrome(parent):
            return True
        if parent.name == "form" and _is_page_frame(parent):
            continue  # an ASP.NET WebForms page's <form id="aspnetForm">: the page itself, no sign-up box
        if parent.name in _NOISE_TAGS or marks & _NOISE_WORDS and not _is_picture_block(marks):
            return True
        if marks & _SMALL_NOISE_WORDS and not _is_picture_block(marks) \
                and sum(len(paragraph.get_text()) for paragraph in parent.find_all("p")) <= _LONGEST_SMALL_BLOCK:
            return True
        if parent.name == "header" and not parent.find_parent(["article", "main"]):
            return True  # the site's masthead, not a story header
    return False


def _is_page_frame(form: Tag) -> bool:
    """True for a form that wraps the page rather than sits in it: server frameworks post the whole page back
    (ASP.NET WebForms' ``<form id="aspnetForm">`` with ``__VIEWSTATE``, JSF's ``<h:form>``), so the form holds the
    story's headline or most of the page's text. A search, sign-up, comment or login form holds neither."""
    if form.find("h1") is not None:
        return True
    page = next((parent for parent in form.parents if parent.name == "body"), None)
    if page is None:
        return False
    return len(visible_text(form)) * 2 > len(visible_text(page))


def _is_the_storys_image(image: Tag) -> bool:
    """True for a picture schema.org marks as the story's own image (``itemprop="image"`` in the story's
    ``itemscope`` Article), wherever the CMS set it: the Tribune papers' lead art in an ``<aside class="trb_embed">``
    is the story's picture, not a sidebar's."""
    if "image" not in str(image.get("itemprop") or "").lower().split():
        return False
    # the story's own scope holds its text; a related story's card marked as an Article of its own does not
    scope = image.find_parent(attrs={"itemscope": True})
    return scope is not None and "article" in str(scope.get("itemtype") or "").lower() \
        and scope.find(_is_story_body) is not None


def _is_story_body(tag: Tag) -> bool:
    """True for the element schema.org marks as the story's text (``itemprop="articleBody"``, one of several
    properties it may list: Blogger's "description articleBody")."""
    return "articlebody" in str(tag.get("itemprop") or "").lower().split()


def _is_picture_block(marks: set[str]) -> bool:
    """True for a CMS's picture block ("widget-image", "image-widget"): a generic container word beside a picture word."""
    return bool(marks & _PICTURE_WORDS) and marks & _NOISE_WORDS <= _CONTAINER_WORDS


def _image_candidates(image: Tag, base: str) -> list[tuple[str, int | None]]:
    """Every rendition the image element offers as (absolute URL, width when known), the one shown first.

    The shown one is the first real (lazy) source; then the srcset candidates of the image
    and of its ``<picture>`` sources; then a ``<noscript>`` copy beside it.
    """
    found: list[tuple[str, int | None]] = []
    # Carousels name their own lazy attributes (Flickity's data-flickity-lazyload, Gannett's data-gl-src).
    # The full size a zoom or lightbox loads (Ukrainska Pravda's data-src-full, data-zoom-src, data-hires-src).
    lazy = [name for name in image.attrs if name.startswith("data-") and ("lazy" in name or name.endswith("src")
                                                                       or "src" in name and _FULL_SIZE.search(name)
                                                                       or name in _NAMED_LAZY_SOURCES)
            and name not in _LAZY_SOURCES and not name.endswith(("srcset", "sizes"))]
    for attribute in (*_LAZY_SOURCES[:-1], *lazy, "src"):
        value = image.get(attribute)
        if isinstance(value, str) and value.strip() and not _is_placeholder(value):
            url = absolute(value, base)
            if url:
                found.append((url, None))
            shown = image.get("src")  # El Mundo's and Kompas's smaller crop shown until the lazy source loads
            if attribute != "src" and isinstance(shown, str) and shown.strip() and not _is_placeholder(shown) \
                    and absolute(shown, base):
                found.append((absolute(shown, base), None))
            break
    sources = [image]
    if image.parent is not None and image.parent.name == "picture":
        sources = image.parent.find_all("source") + sources
    for source in sources:
        named = [name for name in source.attrs if name.endswith("srcset") and name not in _SRCSET_ATTRIBUTES]
        for attribute in (*_SRCSET_ATTRIBUTES, *named):
            value = source.get(attribute)
            if isinstance(value, str):
                # a <source> may declare its own displayed width (Brightspot's 599 px webp beside the 1440 px img)
                shown_width = _dimension(source.get("width")) or _dimension(image.get("width"))
                for url, (kind, size) in parse_srcset(value):
                    if not _is_placeholder(url) and absolute(url, base):
                        # "x@2x.jpg 2x": a density stands for the displayed width times itself; the width the URL
                        # asks for ("…&w=1152 2x", thumbor's "/1920x1080/") says more than that guess, as the img's
                        # displayed width need not be a <source>'s (Atlantic-style sources for other screens)
                        density = kind == 1 and re.search(re.escape(url) + r"\s+[\d.]+x", value)
                        guess = named_width(url)
                        width = int(size) if kind == 2 else guess or int(size * (shown_width or _DENSITY_BASE)) \
                            if density else guess or _screen_width(source)
                        found.append((absolute(url, base), width))
    for attribute in _CMS_RENDITIONS:  # Jetpack: the upload and its sizes, beside the CDN copy shown
        value = image.get(attribute)
        if isinstance(value, str) and absolute(value, base):
            size = str(image.get("data-orig-size") or "").split(",")[0] if attribute == "data-orig-file" else ""
            found.append((absolute(value, base), int(size) if size.isdigit() else None))
    found += _listed_originals(image, base)
    found += _gallery_originals(image, base, found[0][0] if found else None)
    found += _originals_around(image, base)
    link = image.find_parent("a", href=True)
    if link is not None and has_image_extension(link["href"]) and absolute(link["href"], base):
        linked = absolute(link["href"], base)
        # the linked full-size picture; where no URL names a size, it comes first of the renditions that tie
        unsized = named_width(linked) is None and all(width is None and named_width(url) is None for url, width in found)
        found.insert(0 if unsized else len(found), (linked, None))
    found += _copies_beside(image, base, found[0][0] if found else None)
    fallback = image.find_next_sibling("noscript")
    if fallback is not None:
        copy = fallback.find("img", src=True)
        if copy is not None and not _is_placeholder(copy["src"]) and absolute(copy["src"], base):
            found.append((absolute(copy["src"], base), None))
    return found


_MIN_WIDTH = re.compile(r"min-width\s*:\s*(\d{3,4})(?:\.\d+)?px", re.IGNORECASE)


def _screen_width(source: Tag) -> int | None:
    """The width a ``<source>`` for wide screens ("(min-width: 1024px)") stands for when nothing else names one: its
    picture is shown at least that wide, larger than the fallback ``<img>`` made for any screen."""
    if source.name != "source":
        return None
    found = _MIN_WIDTH.search(str(source.get("media") or ""))
    return int(found.group(1)) if found else None


def _listed_originals(image: Tag, base: str) -> Renditions:
    """The originals a ``data-srcs`` attribute lists as JSON (Insider's): each address with its full width
    (``{"https://i.…/<id>": {"contentType": "image/jpeg", "aspectRatioW": 4000, …}}``)."""
    try:
        listed = json.loads(str(image.get("data-srcs") or "{}"))
    except ValueError:
        return []
    if not isinstance(listed, dict):
        return []
    return [(absolute(url, base), width if isinstance(width := (about or {}).get("aspectRatioW"), int) else None)
            for url, about in listed.items() if isinstance(about, dict | None) and absolute(url, base)]


def _gallery_originals(image: Tag, base: str, shown: str | None) -> Renditions:
    """The original a gallery, lightbox, zoom or pin-it script loads, named on the image or on the link around it."""
    found: Renditions = []
    link = image.find_parent("a")
    for holder, attributes in ((image, _GALLERY_ORIGINALS), (link, _LINKED_ORIGINALS)):
        for attribute in attributes if holder is not None else ():
            value = holder.get(attribute)
            url = absolute(value, base) if isinstance(value, str) and value.strip() else None
            if url and (has_image_extension(url) or shown is not None and picture_key(url) == picture_key(shown)):
                found.append((url, None))
    return found


def _originals_around(image: Tag, base: str) -> Renditions:
    """The upload a wrapper inside the figure names (Chorus's ``span data-original``), as a rendition of unknown width."""
    found: Renditions = []
    for wrapper in list(image.parents)[:_WRAPPER_LEVELS]:
        if wrapper.name == "figure" or photo_count(wrapper) > 1:
            break
        value = wrapper.get("data-original")
        if isinstance(value, str) and has_image_extension(value) and absolute(value, base):
            found.append((absolute(value, base), None))
    return found


def _copies_beside(image: Tag, base: str, shown: str | None) -> Renditions:
    """Copies of the picture its figure names beside it: an "Enlarge photo" link, a ``meta itemprop=url`` (Guardian)."""
    wrapper = image.find_parent("figure") or image.parent
    if wrapper is not None and wrapper.name == "picture":
        wrapper = wrapper.parent
    if shown is None or wrapper is None or photo_count(wrapper) > 1:
        return []
    links = [link["href"] for link in wrapper.find_all("a", href=True)
             if has_image_extension(link["href"]) and not contains(link, image)]
    links += [meta["content"] for meta in wrapper.find_all("meta", content=True)
              if str(meta.get("itemprop", "")).lower() in ("url", "contenturl")]
    found = (absolute(link, base) for link in links)
    return [(url, None) for url in found if url and picture_key(url) == picture_key(shown)]


def parse_srcset(value: str) -> list[tuple[str, tuple[int, float]]]:
    """The candidates of a ``srcset`` as (url, size): size ranks ``w`` above ``x`` descriptors.

    Follows the HTML rule that a candidate's URL ends at whitespace, so URLs with commas
    (``w_300,h_200`` transformations) survive.
    """
    candidates: list[tuple[str, tuple[int, float]]] = []
    position, length = 0, len(value)
    while position < length:
        while position < length and (value[position].isspace() or value[position] == ","):
            position += 1
        start = position
        while position < length and not value[position].isspace():
            position += 1
        url = value[start:position]
        descriptor = ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            start = position
            while position < length and value[position] != ",":
                position += 1
            descriptor = value[start:position].strip().lower()
        if url:
            candidates.append((url, _descriptor_size(descriptor)))
    return candidates


def _descriptor_size(descriptor: str) -> tuple[int, float]:
    try:
        if descriptor.endswith("w"):
            return (2, float(descriptor[:-1]))
        if descriptor.endswith("x"):
            return (1, float(descriptor[:-1]))
    except ValueError:
        pass
    return (1, 1.0)  # no descriptor means 1x


def _is_placeholder(url: str) -> bool:
    value = url.strip().lower()
    if value.startswith("data:") or not value or value == "about:blank":
        return True
    # A resizer's endpoint ("/_next/image?url=…") is named by the picture it wraps.
    name = original_image_url(value).split("?", 1)[0].rsplit("/", 1)[-1]
    # its size or shape named beside the word ("placeholder-16x9.png", "blank_1200x800.gif") changes nothing
    name_words = {word for word in WORD_SPLIT.split(name.rsplit(".", 1)[0]) if word and not _SIZE_WORD.fullmatch(word)}
    if name_words <= _GENERIC_NAME_WORDS and _ID_FOLDER.search(value.split("?", 1)[0]):
        return False  # "…/view/665d8a1b2e6f4c0a/article/1024/image.jpg": the folder names the picture
    if name_words & _NO_PICTURE_NAMES or "no" in name_words and name_words <= _NO_PICTURE_WORDS | {"no"}:
        return True
    return name.endswith(".svg") or bool(name_words) and name_words <= _PLACEHOLDER_WORDS


def absolute(url: str, base: str) -> str | None:
    """``url`` resolved against ``base``, without its fragment; None unless http(s)."""
    resolved_url = urljoin(base, url.strip()).split("#", 1)[0]
    if urlsplit(resolved_url).scheme not in ("http", "https"):
        return None
    return quote(resolved_url, safe=":/?&=%+,;@!$'()*[]~")


def _is_decorative(image: Tag, url: str) -> bool:
    """True for logos, avatars, icons and tracking pixels, by markup, size or file name."""
    if words(image) & _DECORATIVE_WORDS:
        return True
    if image.get("role") == "presentation" or image.get("aria-hidden") == "true":
        figure = image.find_parent("figure")
        # Medium marks every picture so; a captioned one in a figure is still the story's photo
        if figure is None or figure.find("figcaption") is None:
            return True
    if _HIDDEN_STYLE.search(str(image.get("style") or "")):
        return True  # a tracking pixel shown to no one
    link = image.find_parent("a", href=True)
    if link is not None and _is_share_link(link["href"].strip()) and not has_image_extension(link["href"]):
        return True  # a share button's icon, whatever it is named ("Dalintis", "Compartir")
    width, height = _dimension(image.get("width")), _dimension(image.get("height"))
    if width is not None and height is not None and max(width, height) <= _SMALLEST_PHOTO:
        return True
    # or drawn that small by its style: a republishing plugin's pixel ("style="width:1px;height:1px;"")
    styled = {name.lower(): int(size) for name, size in _STYLED_SIZE.findall(str(image.get("style") or ""))}
    if len(styled) == 2 and max(styled.values()) <= _SMALLEST_PHOTO:
        return True
    return is_decorative_url(url)


def is_decorative_url(url: str) -> bool:
    """True for an avatar, an icon, a logo or an analytics or ad server's image, by its URL."""
    parts = urlsplit(url)
    if "gravatar.com" in parts.netloc or "/avatar" in parts.path.lower():
        return True
    if _TRACKING_HOST.search(parts.netloc) or _TRACKING_PATH.search(parts.path):
        return True
    if _DECORATIVE_FOLDER.search(parts.path) or _BEACON_NAME.search(parts.path):
        return True
    name = parts.path.rsplit("/", 1)[-1].lower()
    stem = name.rsplit(".", 1)[0]
    if _LICENCE_BADGE.match(stem) or _LICENCE_HOST.search(parts.netloc):
        return True  # a Creative Commons badge beside the story says how it may be republished
    stem_words = {word for word in WORD_SPLIT.split(stem) if word and not word.isdigit()}
    if stem_words & _SHARE_TARGETS and stem_words <= _SHARE_TARGETS | _SHARE_BUTTON_WORDS:
        return True  # "whatsapp.png", "facebook-icon-32.png": a share button, named after where it shares to alone
    return name.endswith(".svg") or bool(stem_words & _DECORATIVE_WORDS)


# Where share buttons send a story, and the words their images are named with beside them
# (and the short names button files go by: "fb-share.png", "tw.png")
_SHARE_TARGETS = frozenset(SHARE_SERVICES) | {"fb", "tw", "wa", "vkontakte", "odnoklassniki"}
_SHARE_BUTTON_WORDS = frozenset("share icon ico button btn logo white black color colour round square small".split())
# A link that shares the page rather than shows a picture: the services' share endpoints ("facebook.com/sharer/
# sharer.php?u=", "twitter.com/intent/tweet", "pinterest.com/pin/create/button", "linkedin.com/shareArticle",
# "t.me/share/url") and the apps' and mail's schemes; a bare "/share" or "/share.php" ("vk.com/share.php?url=") only on
# a share service's own host, as a site's gallery may route its pictures so (".../photos/share/123")
_SHARE_LINK = re.compile(r"^(?:whatsapp|mailto|tg|viber|fb-messenger|sms):|^[^?#]*/(?:sharer(?:\.php)?|intent/(?:tweet|post)"
                         r"|pin/create|sharearticle|share/url|sharing/share-offsite)(?:[/?#]|$)", re.IGNORECASE)
_SHARE_ON_SERVICE = re.compile(r"^(?:https?:)?//(?P<host>[^/?#]+)/(?:[^?#]*/)?share(?:\.php)?(?:[/?#]|$)", re.IGNORECASE)
_SHARE_HOSTS = _SHARE_TARGETS | {"addtoany", "addthis", "sharethis", "ok"}


def _is_share_link(href: str) -> bool:
    """A link that shares the page (a share service's endpoint), no picture's or gallery's."""
    if _SHARE_LINK.search(href):
        return True
    service = _SHARE_ON_SERVICE.match(href) if "share" in href.lower() else None
    return service is not None and not _SHARE_HOSTS.isdisjoint(service["host"].lower().split("."))


# Creative Commons' licence buttons by their file names ("cc-by.png", "by-nc-sa.png", "cc0.png") and hosts
_LICENCE_BADGE = re.compile(r"^(?:cc[-_]?(?:by|zero|0)|by(?=[-_](?:nc|nd|sa)))(?:[-_](?:nc|nd|sa|\d[\d.]*|88x31|80x15))*$")
_LICENCE_HOST = re.compile(r"(?:^|\.)(?:licensebuttons\.net|creativecommons\.org)$", re.IGNORECASE)


def _dimension(value: object) -> int | None:
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _is_teaser(image: Tag, page_url: str) -> bool:
    """True for a thumbnail linking to another story beside a headline (related-story teasers)."""
    anchor = image.find_parent("a", href=True)
    if anchor is None:
        return False
    href = urljoin(page_url, anchor["href"].strip()).split("#", 1)[0]
    if has_image_extension(href) or "attachment" in href.lower() or href == page_url.split("#", 1)[0]:
        return False
    if clean_text(visible_text(anchor)):
        return True
    if _is_other_page(href, page_url) and image.find_parent(lambda tag: "gallery" in words(tag)) is None:
        return True  # a picture linking to another of the site's pages (a "most read" list's thumbnail)
    around = anchor.parent
    for _ in range(2):
        if around is None:
            return False
        if around.find(["h2", "h3", "h4", "h5", "h6"]):
            return True  # a thumbnail beside a headline
        for link in around.find_all("a", href=True):
            same = urljoin(page_url, link["href"].strip()).split("#", 1)[0] == href
            if link is not anchor and same and clean_text(visible_text(link)):
                return True  # a thumbnail beside the same link's text ("Read more: …")
        around = around.parent
    return False


def _is_other_page(href: str, page_url: str) -> bool:
    """True for a link to another page of the story's site: not the story's own attachment pages (WordPress
    gallery thumbnails link to "…/story-slug/picture-name/")."""
    link, page = urlsplit(href), urlsplit(page_url)
    own = page.path.rstrip("/")
    return link.netloc == page.netloc and bool(link.path.strip("/")) and not (own and link.path.startswith(own + "/"))


def resolved(image: LinkedImage, base: str) -> LinkedImage | None:
    """A JSON-LD image with an absolute URL, or None for a logo or an unusable URL."""
    url = absolute(image.url, base)
    if not url or is_decorative_url(url):
        return None
    return dataclasses.replace(image, url=url)


def with_linked_details(found: list[FoundPhoto], declared: list[LinkedImage]) -> list[FoundPhoto]:
    """Body photos with their JSON-LD ImageObject: its caption or credit where the body has none, its URL a rendition."""
    by_key = {picture_key(image.url): image for image in reversed(declared)}
    enriched: list[FoundPhoto] = []
    for photo, renditions in found:
        image = by_key.get(picture_key(photo.image_url))
        if image and (not photo.caption and image.caption or not photo.credit_line and image.credit):
            photo = describe_photo(
                photo.image_url,
                caption=(_without_printed_credit(photo.caption, image.credit) if image.credit and not photo.credit_line
                         else photo.caption) or image.caption,
                credit=photo.credit_line or image.credit,
                alt_text=photo.alt_text,
            )
        if image:
            photo = with_creators(photo, image.creators)
            declared = parse_credit_line(image.credit) if image.credit else None
            if not photo.photographers and photo.agency and image.creators and declared \
                    and declared.agency == photo.agency:
                # "© Belga" under the picture, its ImageObject credited to Belga too and made by a person: its photographer
                photo = dataclasses.replace(photo, photographers=tuple(image.creators))
        enriched.append((photo, renditions + ([(image.url, image.width)] if image else [])))
    return enriched


def _without_printed_credit(caption: str | None, credit: str) -> str | None:
    """The body's caption without the credit the JSON-LD declares, printed at its end in brackets or after a
    separator ("… quai Saint-Vincent. (Bruno Amsellem pour Le Quotidien du Rhône)"); unchanged when it is not there."""
    if not caption:
        return caption
    printed = re.search(r"\s*(?:[(\[]\s*" + re.escape(credit) + r"\s*[)\]]|[-–—|/·:]?\s*" + re.escape(credit) + r")\s*$",
                        caption)
    return clean_text(caption[: printed.start()]) if printed and printed.start() > 0 else caption


def with_creators(photo: PublishedPhoto, creators: Iterable[str]) -> PublishedPhoto:
    """``photo`` with the photographers its ImageObject names as creators, where its credit line names them but the
    credit's words were not read ("Bruno Amsellem pour Le Quotidien du Rhône": the rest, after a joining word, is the
    organisation)."""
    named = [name for name in creators if photo.credit_line and name in photo.credit_line]
    if not named or photo.photographers:
        return photo
    agency = photo.agency
    if agency and agency.startswith(named[0]):
        rest = _JOINING_WORD.sub("", agency[len(named[0]):])
        agency = rest if rest and rest[:1].isupper() else None
    return dataclasses.replace(photo, photographers=tuple(named), agency=agency)


_JOINING_WORD = re.compile(r"^\s*(?:[/,;|–—-]|\s[a-zà-ÿ]{1,5}\s)\s*")


def declared_photos(declared: list[LinkedImage]) -> list[FoundPhoto]:
    """The story's JSON-LD images, one per picture (crops and sizes of one file count once)."""
    photos: dict[str, PublishedPhoto] = {}
    renditions: dict[str, Renditions] = {}
    for image in declared:
        key = picture_key(image.url)
        photos.setdefault(key, with_creators(describe_photo(image.url, caption=image.caption, credit=image.credit),
                                             image.creators))
        renditions.setdefault(key, []).append((image.url, image.width))
    return [(photos[key], renditions[key]) for key in photos]


def with_page_renditions(found: list[FoundPhoto], urls: Iterable[str]) -> list[FoundPhoto]:
    """Photos with the page's other copies of them (``og:image``, ``twitter:image``) among their renditions; a copy
    one photo already shows is that photo's alone (two pictures of a shoot, "P03-311.jpg" and "P03-312.jpg", may share
    a key)."""
    shown = {url for _, renditions in found for url, _ in renditions}
    keyed = [(picture_key(url), url) for url in urls]
    return [(photo, renditions + [(url, None) for key, url in keyed
                                  if key == picture_key(photo.image_url) and url not in shown])
            for photo, renditions in found]


OPEN_GRAPH_IMAGES = ("og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src")


def open_graph_photos(meta: dict[str, str], base: str) -> list[FoundPhoto]:
    """The page's share image as its one photo, for pages whose body and JSON-LD show none."""
    for key in OPEN_GRAPH_IMAGES:
        url = absolute(meta[key], base) if key in meta else None
        if url and not is_decorative_url(url):
            alt = meta.get("og:image:alt") or meta.get("twitter:image:alt")
            return [(describe_photo(url, alt_text=alt), [(url, None)])]
    return []
