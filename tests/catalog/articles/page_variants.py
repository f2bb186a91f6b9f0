"""Variants of the library's pages that real sites print and that must not change what a photo editor reads.

Each transform takes a page of the shape library or a blind set (its bytes and its expected JSON) and yields
variants: the same story printed another way a real site prints it (another lazy-loading plugin's attribute, a page
builder's wrappers around the story, another dash in the title, the credit before the caption, a caption in a div,
an ad or an avatar beside the story, another charset, a cache-busting query on the pictures' addresses), each with
the reading it must give: the page's own, or one computed from the transform (a gallery's original named in an
attribute becomes the photo's address). Where each structure is printed is cited beside it (the search tool's
code corpus: repository and path).
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from bs4 import BeautifulSoup, Tag

from catalog.articles.image_urls import is_derived_url
from catalog.articles.pages import decode_page

Expected = dict[str, Any]


@dataclass(frozen=True)
class Page:
    """One library file: its path, bytes, text as the reader decodes it, and its expected reading."""

    path: Path
    content: bytes
    text: str
    expected: Expected
    is_html: bool


@dataclass(frozen=True)
class Variant:
    """A page printed another way, and the reading it must give."""

    transform: str  # the cluster: which transform made it
    name: str  # the transform's parameter (which attribute, which builder, which separator)
    content: bytes
    expected: Expected = field(repr=False)
    # fields the transform may change and no reading can be computed for (a logo naming the site: which source wins)
    unchecked: tuple[str, ...] = ()
    # a query the transform added to image addresses, taken out of the reading before it is compared
    added_query: str = ""


def load(path: Path) -> Page:
    content = path.read_bytes()
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return Page(path, content, decode_page(content), expected, path.suffix == ".html")


def _utf8(text: str) -> bytes:
    return text.encode("utf-8")


def _same(page: Page) -> Expected:
    return copy.deepcopy(page.expected)


def _soup(page: Page) -> BeautifulSoup:
    return BeautifulSoup(page.text, "html.parser")


def _declares_utf8(page: Page) -> bool:
    """True when the page's bytes are UTF-8 (so its text may be written back as UTF-8 unchanged)."""
    try:
        page.content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# ---------------------------------------------------------------------------------------------------------------------
# Lazy loading: the picture's address in another plugin's attribute, the src a placeholder.
# lazysizes: data-src / data-srcset and class "lazyload" (aFarkas/lazysizes README); WP Rocket and Jetpack's Lazy
# Images: data-lazy-src / data-lazy-srcset (blind16 page 20 cites Jetpack; WP Rocket in blind8's README); jQuery
# Lazy Load and Unveil: data-original (tuupola/jquery_lazyload README); Layzr.js: data-layzr; echo.js: data-echo
# (toddmotto/echo README); Flickity's carousel: data-flickity-lazyload (metafizzy/flickity js/lazyload.js).
LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-echo", "data-layzr",
                "data-flickity-lazyload")
LAZY_SRCSETS = ("data-srcset", "data-lazy-srcset")
# the placeholders such plugins print in src: a 1x1 GIF (lazysizes' docs) and an SVG of the image's box (WP Rocket)
_PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="
_LAZY_SOURCE_ATTRIBUTE = re.compile(r"(<img\b[^>]*?\s)(" + "|".join(LAZY_SOURCES) + r")(\s*=)", re.IGNORECASE)
_LAZY_SRCSET_ATTRIBUTE = re.compile(r"(<(?:img|source)\b[^>]*?\s)(" + "|".join(LAZY_SRCSETS) + r")(\s*=)",
                                    re.IGNORECASE)


def renamed_lazy_attributes(page: Page) -> Iterator[Variant]:
    """Every lazy source attribute renamed to each other plugin's; the lazy srcset likewise."""
    if not page.is_html or not _declares_utf8(page):
        return
    found = {match.group(2).lower() for match in _LAZY_SOURCE_ATTRIBUTE.finditer(page.text)}
    for target in LAZY_SOURCES:
        if found and found != {target}:
            text = _LAZY_SOURCE_ATTRIBUTE.sub(lambda match: match.group(1) + target + match.group(3), page.text)
            yield Variant("lazy attribute", target, _utf8(text), _same(page))
    found = {match.group(2).lower() for match in _LAZY_SRCSET_ATTRIBUTE.finditer(page.text)}
    for target in LAZY_SRCSETS:
        if found and found != {target}:
            text = _LAZY_SRCSET_ATTRIBUTE.sub(lambda match: match.group(1) + target + match.group(3), page.text)
            yield Variant("lazy attribute", target, _utf8(text), _same(page))


def lazy_loaded(page: Page) -> Iterator[Variant]:
    """Every story picture shown by a plain ``src`` made lazy, as each plugin prints it: the address in its
    attribute, the srcset in its lazy srcset, a placeholder in src."""
    if not page.is_html or not _declares_utf8(page):
        return
    for source, srcset in (("data-src", "data-srcset"), ("data-lazy-src", "data-lazy-srcset"),
                           ("data-original", None), ("data-echo", None)):
        soup = _soup(page)
        changed = False
        for image in soup.find_all("img", src=True):
            if image.find_parent(["noscript", "head"]) or str(image["src"]).startswith("data:") \
                    or any(image.has_attr(name) for name in (*LAZY_SOURCES, *LAZY_SRCSETS)):
                continue
            if srcset is None and image.has_attr("srcset"):
                continue  # the plugins with no lazy srcset leave a srcset as it is
            image[source] = image["src"]
            image["src"] = _PLACEHOLDER
            if srcset and image.has_attr("srcset"):
                image[srcset] = image["srcset"]
                del image["srcset"]
            image["class"] = [*image.get("class", []), "lazyload"]
            changed = True
        if changed:
            yield Variant("lazy loaded", source, _utf8(str(soup)), _same(page))


# ---------------------------------------------------------------------------------------------------------------------
# A gallery's, lightbox's, zoom's or pin-it button's original, named in an attribute beside a smaller shown copy.
# Jetpack's carousel: data-orig-file with data-orig-size, data-large-file (Automattic/jetpack
# modules/carousel/jetpack-carousel.php); Pinterest's pin-it: data-pin-media (WordPress sharing plugins, Wix);
# WooCommerce's product gallery: data-large_image (woocommerce/woocommerce includes/wc-template-functions.php);
# elevateZoom: data-zoom-image; Fotorama: data-full (artpolikarpov/fotorama README).
GALLERY_ORIGINALS = ("data-orig-file", "data-large-file", "data-pin-media", "data-large_image", "data-zoom-image",
                     "data-full")
_WORDPRESS_SIZE = re.compile(r"-\d{2,4}x\d{2,4}(?=\.[a-z]{3,4}$)", re.IGNORECASE)
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|webp|gif)$", re.IGNORECASE)


def gallery_originals(page: Page) -> Iterator[Variant]:
    """A photo shown by one plain ``src`` (its reported address) shown smaller instead, its original named in a
    gallery's attribute: the photo is still reported by the original, the small copy among its renditions."""
    if not page.is_html or not _declares_utf8(page):
        return
    for attribute in GALLERY_ORIGINALS:
        soup = _soup(page)
        expected = _same(page)
        changed = False
        for photo in expected["photos"]:
            url = photo.get("url") or ""
            if not _IMAGE_FILE.search(url) or _WORDPRESS_SIZE.search(url) or is_derived_url(url):
                continue  # an upload's own address, as such galleries name the original
            images = [image for image in soup.find_all("img", src=True) if image["src"] == url
                      and not image.find_parent("noscript") and not image.has_attr("srcset")
                      and not any(image.has_attr(name) for name in (*LAZY_SOURCES, *GALLERY_ORIGINALS))]
            if len(images) != 1 or url in page.text.replace(f'src="{url}"', "", 1):
                continue  # the address printed once, on that image alone
            small = url[:url.rindex(".")] + "-300x200" + url[url.rindex("."):]
            images[0]["src"] = small
            images[0][attribute] = url
            if attribute == "data-orig-file":
                images[0]["data-orig-size"] = "2048,1365"
            photo["also_seen_as"] = sorted({*photo.get("also_seen_as", []), small})
            changed = True
        if changed:
            yield Variant("gallery original", attribute, _utf8(str(soup)), expected)


# ---------------------------------------------------------------------------------------------------------------------
# Page builders around the story's text and its pictures.
# Elementor: section > elementor-container > elementor-column > elementor-widget-wrap > elementor-widget-<kind> >
# elementor-widget-container (elementor/elementor includes/base/widget-base.php; the theme builder's
# "theme-post-content" widget, elementor-pro modules/theme-builder/widgets/post-content.php).
# Divi: et_pb_section > et_pb_row > et_pb_column > et_pb_module (WordPress/WordPress
# wp-content/themes/Divi/includes/builder/functions.php; Divi's post content module "et_pb_post_content").
# WPBakery: vc_row wpb_row > wpb_column vc_column_container > vc_column-inner > wpb_wrapper > wpb_text_column
# wpb_content_element > wpb_wrapper (vianhtu/cms-theme-framework vc_templates/vc_row.php).
# Beaver Builder: fl-builder-content > fl-row > fl-row-content-wrap > fl-col-group > fl-col > fl-col-content >
# fl-module fl-module-rich-text > fl-module-content fl-node-content > fl-rich-text
# (wp-plugins/beaver-builder-lite-version includes/row.php).
# Gutenberg: wp-block-group (and its __inner-container), wp-block-columns > wp-block-column
# (WordPress/gutenberg packages/block-library/src/group/save.js, columns/save.js).
BUILDERS: dict[str, tuple[list[str], list[str]]] = {
    # builder -> (the classes of the wrappers around the story's text, outermost first; around each picture)
    "elementor": (
        ["elementor-section elementor-top-section elementor-element elementor-section-boxed",
         "elementor-container elementor-column-gap-default",
         "elementor-column elementor-col-100 elementor-top-column elementor-element",
         "elementor-widget-wrap elementor-element-populated",
         "elementor-element elementor-widget elementor-widget-theme-post-content",
         "elementor-widget-container"],
        ["elementor-element elementor-widget elementor-widget-image", "elementor-widget-container"]),
    "divi": (
        ["et_pb_section et_pb_section_0 et_section_regular", "et_pb_row et_pb_row_0",
         "et_pb_column et_pb_column_4_4 et_pb_column_0", "et_pb_module et_pb_post_content et_pb_post_content_0"],
        ["et_pb_module et_pb_image et_pb_image_0"]),
    "wpbakery": (
        ["vc_row wpb_row vc_row-fluid", "wpb_column vc_column_container vc_col-sm-12", "vc_column-inner",
         "wpb_wrapper", "wpb_text_column wpb_content_element", "wpb_wrapper"],
        ["wpb_single_image wpb_content_element vc_align_center", "vc_figure"]),
    "beaver": (
        ["fl-builder-content fl-builder-content-812", "fl-row fl-row-fixed-width fl-row-bg-none",
         "fl-row-content-wrap", "fl-row-content fl-row-fixed-width fl-node-content", "fl-col-group",
         "fl-col", "fl-col-content fl-node-content", "fl-module fl-module-rich-text",
         "fl-module-content fl-node-content", "fl-rich-text"],
        ["fl-module fl-module-photo", "fl-module-content fl-node-content", "fl-photo fl-photo-align-center"]),
    "gutenberg group": (
        ["wp-block-group is-layout-constrained", "wp-block-group__inner-container"], []),
    "gutenberg columns": (
        ["wp-block-columns is-layout-flex", "wp-block-column is-layout-flow"], []),
}
_LONG_PARAGRAPH = 50  # characters: a paragraph of the story's text, not a teaser's line
_CAPTION_CLASS = re.compile(r"caption|credit", re.IGNORECASE)


def _story_text_block(soup: BeautifulSoup) -> Tag | None:
    """The element whose own paragraphs are the story's: the parent of the most long paragraphs."""
    blocks: dict[int, tuple[Tag, int]] = {}
    for paragraph in soup.find_all("p"):
        if len(paragraph.get_text()) >= _LONG_PARAGRAPH and paragraph.parent is not None \
                and paragraph.parent.name not in ("html", "[document]") \
                and paragraph.find_parent(["figure", "figcaption", "aside", "footer", "header", "nav"]) is None \
                and paragraph.find_parent(class_=_CAPTION_CLASS) is None:
            tag, count = blocks.get(id(paragraph.parent), (paragraph.parent, 0))
            blocks[id(paragraph.parent)] = (tag, count + 1)
    if not blocks:
        return None
    return max(blocks.values(), key=lambda item: item[1])[0]


def _wrap(soup: BeautifulSoup, tag: Tag, classes: list[str]) -> None:
    """``tag`` put inside nested divs of ``classes`` (outermost first)."""
    for name in reversed(classes):
        tag = tag.wrap(soup.new_tag("div", attrs={"class": name}))


def _wrap_children(soup: BeautifulSoup, tag: Tag, classes: list[str]) -> None:
    """Everything inside ``tag`` put inside nested divs of ``classes``."""
    if not classes:
        return
    outer = soup.new_tag("div", attrs={"class": classes[0]})
    inner = outer
    for name in classes[1:]:
        child = soup.new_tag("div", attrs={"class": name})
        inner.append(child)
        inner = child
    for child in list(tag.contents):
        inner.append(child.extract())
    tag.append(outer)


def builder_wrapped(page: Page) -> Iterator[Variant]:
    """The story's text block, and each of its pictures, wrapped in each page builder's containers."""
    if not page.is_html or not _declares_utf8(page):
        return
    for builder, (around_text, around_picture) in BUILDERS.items():
        soup = _soup(page)
        block = _story_text_block(soup)
        if block is None:
            return
        for figure in block.find_all("figure") if around_picture else ():
            if figure.find_parent("figure") is None:
                _wrap(soup, figure, around_picture)
        _wrap_children(soup, block, around_text)
        yield Variant("page builder", builder, _utf8(str(soup)), _same(page))


# ---------------------------------------------------------------------------------------------------------------------
# The title's separator between headline and site: WordPress's document title "Headline &#8211; Site"
# (WordPress/WordPress wp-includes/general-template.php, document_title_separator's default "-" printed as an en
# dash), Yoast SEO's choice of "-", "–", "—", "·", "•", "*", "⋆", "|", "~", "«", "»", "<", ">"
# (Yoast/wordpress-seo src/helpers/options-helper.php get_separator_options), Drupal's Metatag "[node:title] |
# [site:name]", " :: " of older CMSs (Joomla templates, phpBB).
SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " • ")
_TITLE = re.compile(r"(<title\b[^>]*>)(.*?)(</title>)", re.IGNORECASE | re.DOTALL)
_ENTITY_SEPARATORS = {"&#8211;": "–", "&#8212;": "—", "&ndash;": "–", "&mdash;": "—", "&raquo;": "»",
                      "&middot;": "·", "&#183;": "·", "&bull;": "•", "&#8226;": "•", "&#124;": "|"}


def title_separators(page: Page) -> Iterator[Variant]:
    """The ``<title>``'s last separator replaced by each other one (not one the title already holds)."""
    if not page.is_html or not _declares_utf8(page):
        return
    found = _TITLE.search(page.text)
    if found is None:
        return
    title = found.group(2)
    for entity, character in _ENTITY_SEPARATORS.items():
        title = title.replace(entity, character)
    last = max(((title.rfind(separator), separator) for separator in SEPARATORS), default=(-1, ""))
    position, separator = last
    if position <= 0 or not title[position + len(separator):].strip():
        return
    for other in SEPARATORS:
        if other.strip() in title or other == separator:
            continue
        changed = title[:position] + other + title[position + len(separator):]
        text = page.text[:found.start(2)] + changed + page.text[found.end(2):]
        yield Variant("title separator", other.strip(), _utf8(text), _same(page))


# ---------------------------------------------------------------------------------------------------------------------
# Where the credit is printed in the caption.
# The New York Times prints the credit after the caption in its own span with a visually hidden "Credit…" label
# (shape library page 06); The Sun and Vocento print it before the caption (blind16 pages 15, 17); WordPress themes
# and Bootstrap hide screen-reader text with "screen-reader-text" / "visually-hidden" / "sr-only" (WordPress/WordPress
# wp-includes/class-wp-customize-manager.php, twbs/bootstrap scss/mixins/_visually-hidden.scss).
_CREDIT_CLASS = re.compile(r"credit|copyright|byline|source|photographer|author|rights", re.IGNORECASE)


def _credit_element(caption: Tag, credit_line: str) -> Tag | None:
    for tag in caption.find_all(True):
        classes = " ".join(tag.get("class") or [])
        text = " ".join(tag.get_text(" ").split())
        if _CREDIT_CLASS.search(classes) and credit_line in text and tag.find_parent(
                lambda parent: parent is not caption and _CREDIT_CLASS.search(" ".join(parent.get("class") or []))
                and contains_tag(caption, parent)) is None:
            return tag
    return None


def contains_tag(outer: Tag, inner: Tag) -> bool:
    return any(parent is outer for parent in inner.parents)


def _figures_with_credit(soup: BeautifulSoup, expected: Expected) -> Iterator[tuple[Tag, Tag, dict]]:
    """(caption element, credit element inside it, expected photo) for each photo whose caption prints its credit in
    an element of its own."""
    photos = [photo for photo in expected["photos"] if photo.get("caption") and photo.get("credit_line")]
    for caption in soup.find_all(["figcaption"]):
        text = " ".join(caption.get_text(" ").split())
        for photo in photos:
            if photo["caption"][:40] in text and photo["credit_line"] in text:
                credit = _credit_element(caption, photo["credit_line"])
                if credit is not None:
                    yield caption, credit, photo
                break


def credit_moved(page: Page) -> Iterator[Variant]:
    """A caption's credit element moved before the caption's text, and given a visually hidden label."""
    if not page.is_html or not _declares_utf8(page):
        return
    soup = _soup(page)
    moved = False
    for caption, credit, _ in _figures_with_credit(soup, page.expected):
        caption.insert(0, credit.extract())
        caption.insert(1, " ")
        moved = True
    if moved:
        yield Variant("credit position", "before the caption", _utf8(str(soup)), _same(page))
    for label, hidden in (("Credit", "visually-hidden"), ("Photo:", "screen-reader-text"), ("Image", "sr-only")):
        soup = _soup(page)
        labelled = False
        for _, credit, photo in _figures_with_credit(soup, page.expected):
            if re.match(r"(?i)\s*(credit|photo|image|foto|bild)", credit.get_text()):
                continue  # printed with a label already
            span = soup.new_tag("span", attrs={"class": hidden})
            span.string = label
            credit.insert(0, span)
            credit.insert(1, " ")
            labelled = True
        if labelled:
            yield Variant("credit position", f"hidden label {label!r}", _utf8(str(soup)), _same(page))


# ---------------------------------------------------------------------------------------------------------------------
# A <figure> printed as a div with a caption class: WordPress's classic caption before HTML5 support,
# "div.wp-caption > img + p.wp-caption-text" (WordPress/WordPress wp-includes/media.php img_caption_shortcode);
# Drupal and Bootstrap-era templates' "div.image > img + div.caption" / "span.image-caption" (shape library).
FIGURE_FORMS = {
    "wp-caption": ("div", "wp-caption aligncenter", "p", "wp-caption-text"),
    "image-caption": ("div", "image", "div", "image-caption"),
    "photo-caption": ("div", "photo", "span", "photo-caption"),
}


def figures_as_divs(page: Page) -> Iterator[Variant]:
    """Each ``<figure>`` with one picture and a ``<figcaption>`` printed as a div with a caption element."""
    if not page.is_html or not _declares_utf8(page):
        return
    for form, (outer, outer_class, inner, inner_class) in FIGURE_FORMS.items():
        soup = _soup(page)
        changed = False
        for figure in soup.find_all("figure"):
            captions = figure.find_all("figcaption")
            if len(captions) != 1 or len(figure.find_all(["img", "amp-img"])) != 1 or figure.find("figure"):
                continue
            figure.name = outer
            figure["class"] = [*outer_class.split(), *(figure.get("class") or [])]
            captions[0].name = inner
            captions[0]["class"] = [inner_class, *(captions[0].get("class") or [])]
            if inner == "p":
                for block in captions[0].find_all(["p", "div"]):
                    block.name = "span"  # a paragraph holds no blocks
            changed = True
        if changed:
            yield Variant("figure as div", form, _utf8(str(soup)), _same(page))


# ---------------------------------------------------------------------------------------------------------------------
# Pictures that are not the story's, put where sites put them.
# A gravatar in the author box (WordPress/WordPress wp-includes/pluggable.php get_avatar: "avatar avatar-96 photo");
# an AdSense/GPT slot between paragraphs (Google's "adsbygoogle" ins, DFP's "div-gpt-ad-"; Ad Inserter's
# "code-block"); Jetpack's related posts (Automattic/jetpack modules/related-posts: "jp-relatedposts-post-img") and a
# theme's "related-posts" grid of thumbnails; the custom logo in the header (WordPress/WordPress
# wp-includes/general-template.php get_custom_logo: "custom-logo-link" > "custom-logo").
def _noise_pieces(page: Page) -> dict[str, str]:
    host = re.match(r"https?://[^/]+", page.expected.get("read_at") or page.expected.get("url") or "")
    site = host.group(0) if host else "https://news.example"
    name = page.expected.get("publication") or ""
    return {
        "avatar": (f'<div class="author-box"><img alt="" src="https://secure.gravatar.com/avatar/'
                   f'9f2c1e0b7a3d4c5e6f708192a3b4c5d6?s=96&amp;d=mm&amp;r=g" class="avatar avatar-96 photo" '
                   f'height="96" width="96" loading="lazy"></div>'),
        "ad": ('<div class="code-block code-block-2"><div id="div-gpt-ad-1712345678901-0" class="ad-slot">'
               '<a href="https://adclick.g.doubleclick.net/pcs/click?xai=AKAOjs"><img '
               'src="https://tpc.googlesyndication.com/simgad/1234567890123456789" width="300" height="250" '
               'alt="Advertisement"></a></div></div>'),
        "related": (f'<div class="related-posts"><h3>Related</h3><article class="related-post">'
                    f'<a href="{site}/2024/01/02/another-story/"><img src="{site}/wp-content/uploads/2024/01/'
                    f'another-story-768x512.jpg" alt="Another story"></a><h4><a href="{site}/2024/01/02/another-story/">'
                    f'Another story from the week</a></h4></article></div>'),
        "logo": (f'<div class="site-branding"><a href="{site}/" class="custom-logo-link" rel="home"><img '
                 f'src="{site}/wp-content/uploads/2023/05/site-logo.png" class="custom-logo" alt="{name}" '
                 f'width="300" height="80"></a></div>'),
    }


# where the publication is the site's own name, which a logo's alt may print too (not a syndicated story's paper)
_SITES_OWN_NAME = frozenset({"title suffix", "footer copyright", "og:site_name", "logo alt", "application-name",
                             "json-ld publisher"})


def noise_added(page: Page) -> Iterator[Variant]:
    """An avatar, an ad, a related story's thumbnail or a logo put in the page: no photo more, nothing else changed
    (the logo names the site as the page does: the publication stays, whichever of its sources the reader names)."""
    if not page.is_html or not _declares_utf8(page):
        return
    pieces = _noise_pieces(page)
    if page.expected.get("publication_source") not in _SITES_OWN_NAME:
        del pieces["logo"]
    for kind, markup in pieces.items():
        soup = _soup(page)
        block = _story_text_block(soup)
        if block is None:
            return
        piece = BeautifulSoup(markup, "html.parser")
        if kind == "logo":
            body = soup.body or soup
            body.insert(0, piece)
        elif kind == "related":
            block.insert_after(piece)
        else:
            paragraphs = [child for child in block.find_all("p", recursive=False)]
            if not paragraphs:
                continue
            paragraphs[0].insert_after(piece)
        yield Variant("noise", kind, _utf8(str(soup)), _same(page),
                      unchecked=("publication_source",) if kind == "logo" else ())


# ---------------------------------------------------------------------------------------------------------------------
# Charset and line ends: a page saved on Windows (CRLF), in windows-1252 with its meta saying so, with a UTF-8 BOM;
# a scrape re-saved by Notepad in ANSI or as UTF-8 with a BOM (the shape library's and blind sets' scrapes are
# written so: blind16 s01, shape library scrapes).
_META_CHARSET = re.compile(r"(<meta[^>]*charset\s*=\s*[\"']?)([\w-]+)", re.IGNORECASE)


def recoded(page: Page) -> Iterator[Variant]:
    """The file with CRLF line ends, with a UTF-8 BOM, and in windows-1252 (declared on a page, undeclared in a
    scrape that declares nothing)."""
    text = page.text
    if page.content.startswith(b"WARC/"):
        return  # a web archive's records count their bytes: no line end of theirs can change
    if "\r\n" not in text:
        yield Variant("charset", "crlf", text.replace("\n", "\r\n").encode("utf-8") if _declares_utf8(page)
                      else page.content.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"), _same(page))
    else:
        yield Variant("charset", "lf", page.content.replace(b"\r\n", b"\n"), _same(page))
    if not _declares_utf8(page):
        return
    if not page.content.startswith(b"\xef\xbb\xbf"):
        yield Variant("charset", "bom", b"\xef\xbb\xbf" + page.content, _same(page))
    if all(ord(character) < 128 for character in text):
        return
    try:
        if page.is_html:
            declared = _META_CHARSET.search(text)
            if declared is None:
                return
            yield Variant("charset", "windows-1252",
                          _META_CHARSET.sub(lambda match: match.group(1) + "windows-1252", text, count=1)
                          .encode("cp1252"), _same(page))
        elif not re.search(r"charset|encoding", text, re.IGNORECASE):
            yield Variant("charset", "windows-1252", text.encode("cp1252"), _same(page))
    except UnicodeEncodeError:
        return


# ---------------------------------------------------------------------------------------------------------------------
# A query on every picture's address that names no size: Jetpack Photon's "?ssl=1" (Automattic/jetpack
# class.photon.php), cache busters ("?v=1712345678", "?ver=…": WordPress/WordPress wp-includes/class-wp-styles.php
# prints "ver"), analytics tags on shared images ("?utm_source=…").
QUERIES = ("ssl=1", "v=1712345678", "utm_source=rss&utm_medium=feed")
_IMAGE_URL = re.compile(r"(?<=[\"'\s,(=])((?:https?:)?/?/?[^\s\"'<>,()?#]*?\.(?:jpe?g|png|webp|gif|avif))"
                        r"(?=[\"'\s,)<]|\s\d+[wx])", re.IGNORECASE)


def without_query(url: str, query: str) -> str:
    """``url`` without the query a transform added to it."""
    return url.replace(f"?{query}", "").replace(f"&{query}", "")


def queried(page: Page) -> Iterator[Variant]:
    """A query added to every picture address ending in an image extension: the reading, the query taken out of its
    addresses, is the page's."""
    if not page.is_html or not _declares_utf8(page):
        return
    for query in QUERIES:
        printed = query.replace("&", "&amp;")
        text = _IMAGE_URL.sub(lambda match: f"{match.group(1)}?{printed}", page.text)
        if text == page.text:
            return
        yield Variant("image query", query, _utf8(text), _same(page), added_query=query)


TRANSFORMS: tuple[Callable[[Page], Iterator[Variant]], ...] = (
    renamed_lazy_attributes, lazy_loaded, gallery_originals, builder_wrapped, title_separators, credit_moved,
    figures_as_divs, noise_added, recoded, queried,
)


def variants(page: Page, pick: int | None = None) -> Iterator[Variant]:
    """Every variant of ``page`` the transforms make; with ``pick``, one of each transform's (the pick-th, counted
    round), so that a sweep over many pages tries every parameter on some of them in less time."""
    for transform in TRANSFORMS:
        made = list(transform(page))
        yield from made if pick is None or not made else made[pick % len(made):][:1]


def round_trip(page: Page) -> Variant | None:
    """The page parsed and printed again unchanged: the control every soup-made variant builds on."""
    if not page.is_html or not _declares_utf8(page):
        return None
    return Variant("control", "round trip", _utf8(str(_soup(page))), _same(page))
