"""Article pages in HTML: the story's title, byline, publication and date, and every photo it publishes.

Parsed with BeautifulSoup's stdlib ``html.parser`` backend (no compiled dependency).
Photos come from the story body, in page order; JSON-LD images fill in captions and
credits, and stand in for the body only when it shows no photo, as ``og:image`` does last.
Site logos, author headshots and related-story thumbnails are not the story's photos.
"""

from __future__ import annotations

import re
import warnings
from itertools import takewhile
from typing import Iterator
from urllib.parse import urljoin, urlsplit

from bs4 import (
    BeautifulSoup,
    MarkupResemblesLocatorWarning,
    Tag,
    XMLParsedAsHTMLWarning,
)

from catalog.articles.article import Article
from catalog.articles.bylines import (
    LABEL,
    ROLE_WORDS,
    byline_publication,
    dateline_reporters,
    printed_byline,
    split_byline,
)
from catalog.articles.cover_notes import with_cover_note
from catalog.articles.html_photos import (
    OPEN_GRAPH_IMAGES,
    absolute,
    body_photos,
    declared_photos,
    open_graph_photos,
    reported,
    resolved,
    with_linked_details,
    with_page_renditions,
)
from catalog.articles.linked_data import LinkedData
from catalog.articles.photo_captions import (
    AUTHOR_WORDS,
    PHOTO_TAGS,
    contains,
    only_wraps_one_element,
    visible_text,
    words,
)
from catalog.articles.photos import ParsedArticle, clean_text, iso_date
from catalog.articles.publication import (
    HEADLINE_SEPARATORS,
    comparable_name,
    is_site_name,
    page_publication,
    source_line,
    syndication_note,
    without_site_name,
    without_site_tail,
)
from catalog.articles.story_credits import with_story_credit
from catalog.articles.urls import article_id, canonical_address, canonicalize_url
from catalog.credits.agencies import canonical_agency

_DATE_META_NAMES = (
    "pubdate", "publish-date", "date", "dc.date", "dc.date.issued", "parsely-pub-date", "sailthru.date"
)
_SHORTCODE = re.compile(r"\[caption\b([^\]]*)\](.*?)\[/caption\]", re.IGNORECASE | re.DOTALL)
_SHORTCODE_ATTRIBUTE = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
# the Media Credit plugin's shortcode around a picture, its credit in the name attribute (an id names a site user,
# whom the page does not print): "[media-credit name="Jane Roe" align="alignnone" width="300"]<img …>[/media-credit]"
# (inside a caption's shortcode it stays as printed: the caption reader reads it, catalog.credits.markup)
_CAPTION_OR_MEDIA_CREDIT = re.compile(rf"{_SHORTCODE.pattern}|\[media-credit\b([^\]]*)\](.*?)\[/media-credit\]",
                                      re.IGNORECASE | re.DOTALL)
# Class, id and data words CMSs mark the byline with: Gannett's "gnt_ar_by", "ContentAuthors", "c-signature__author".
_BYLINE_WORDS = frozenset({"byline", "bylines", "author-name", "byline__names", "article-byline", "post-author__name", "by",
                           "authors", "signature"})
# The word "author" in the languages CMS templates are written in (Le Devoir's "auteur", Index's "szerzo")
_AUTHOR_WORDS = AUTHOR_WORDS | {"auteurs-list"}
# an author's box: the author's word and a box's, either way round, in the languages ("author-box", "bloc-auteur",
# "caja-autor", "autorenbox", "yazar-kutusu"), and "more by", "about the author"
_AUTHOR_BOX_WORDS = frozenset({"more-by", "bio", "about-author", *(
    form for author in AUTHOR_WORDS for box in ("box", "bio", "info", "bloc", "block", "card", "caja", "caixa", "boite",
                                                 "kasten", "kutusu", "boks", "ruta", "laatikko", "profile", "perfil")
    for form in (f"{author}-{box}", f"{box}-{author}", f"{author}{box}", f"{author}_{box}"))})
# Blocks whose authors are not the story's: comments, other stories' cards
_OTHER_AUTHORS_WORDS = frozenset({"comment", "comments", "related", "recommended", "teaser", "teasers", "card", "promo"})
_OPENING_PARAGRAPHS = 3  # paragraphs at the top of a story read for a bold name and role
_DATE_WORDS = frozenset({"date", "datum", "fecha", "timestamp", "pubdate", "dateline"})
_LONGEST_BYLINE = 120
_DANGLING_SEPARATOR = re.compile(r"\s*[|·•]+\s*$")
_LONGEST_NAME_LINE = 60  # characters: an author element holding only names ("Nadia Kerrigan")
_BYLINE_WRAPPERS = 2  # wrappers around a story body searched for the byline printed above it
_AUTHOR_MARKS_READ = 20  # elements marked "author" read for names: the byline is near the top, and each read costs
_BYLINE_LINE_TAGS = frozenset({"p", "div", "span", "address", "em", "strong", "b", "small", "li"})  # a list item: Taipei Times
# Author pages' addresses in many languages: "/author/ann-lee/", "/autor/", "/auteur/", "/autores/", "/people/…"
_AUTHOR_PAGE = re.compile(r"/(?:authors?|autor(?:es|en|in)?|auteurs?|autori|autore|people|profiles?|journalists?|"
                          r"reporters?|redakteur(?:in)?|firmas|signataires|by)/[^/?#]+"
                          # ... and the author's id after the name (Pangea's "/author/hamid-abakar/ppmjr", "/author/ann-lee/123")
                          r"(?:/[a-z0-9]{1,12})?/?(?:$|[?#])", re.IGNORECASE)
_KICKER_WORDS = frozenset({"kicker", "topline", "overline", "dachzeile", "spitzmarke", "eyebrow", "supertitle"})


def parse_article_html(html: str, *, url: str) -> ParsedArticle:
    """The article record and published photos of an HTML page fetched from ``url``."""
    source_url = canonicalize_url(url)
    with warnings.catch_warnings():
        # A page that is only a URL, or XHTML with an XML declaration, is still read as HTML.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(_expand_caption_shortcodes(html), "html.parser")
    for custom in soup.find_all(_CUSTOM_IMAGE, src=True):
        custom.name = "img"  # a site's own image element (heise's <a-img src=…>) shows its picture as an <img> does
    meta = _meta_values(soup)
    base = _base_url(soup, url)
    canonical = _canonical_link(soup) or meta.get("og:url")
    article_url, claimed_url = canonical_address(url, urljoin(base, canonical) if canonical else None)
    linked = LinkedData.from_scripts(
        script.get_text() for script in soup.find_all("script", type=_is_json_ld)
    )
    # A syndicated copy's JSON-LD names the story by the original's URL: the claim finds it.
    story = linked.story({article_url, source_url, url} | ({claimed_url} if claimed_url else set())) or {}
    container = _story_container(soup)
    declared = [image for image in (resolved(item, base) for item in linked.images(story)) if image]
    photos = with_story_credit(with_cover_note(with_linked_details(body_photos(container, base=base, page_url=url),
                                                                   declared), container), container)
    if not photos:
        photos = declared_photos(declared)
    if not photos:
        photos = open_graph_photos(meta, base)
    shared = [absolute(meta[key], base) for key in OPEN_GRAPH_IMAGES if key in meta]
    photos = reported(with_page_renditions(photos, [url for url in shared if url]))
    publishers = linked.names(story.get("publisher"))
    title = _title(soup, container, meta, story, [meta.get("og:site_name"), meta.get("application-name"), *publishers],
                   page_url=url)
    # looked for once: it reads every element of the story
    syndicated = _syndicated_from(container)
    # the site's own name, or the paper a republished story came from, printed after the names is no name
    visible = without_site_name(_visible_byline(container),
                                [meta.get("og:site_name"), meta.get("application-name"), *publishers, syndicated])
    names, printed = _byline(meta, linked, story, container, visible)
    publication, publication_source = page_publication(
        soup, meta, publishers, headline=title,
        byline_publication=(byline_publication(visible) if visible is not None else None) or syndicated,
        url=article_url,
    )
    article = Article(
        id=article_id(article_url),
        url=article_url,
        title=title,
        byline=names,
        byline_printed=printed,
        publication=publication,
        publication_source=publication_source,
        published=_published(soup, container, meta, story),
        claimed_url=claimed_url,
    )
    return ParsedArticle(article=article, photos=tuple(photos), source_url=source_url)


# A custom element named as an image ("a-img", "x-image"); AMP's "amp-img" is read as it is
_CUSTOM_IMAGE = re.compile(r"^(?!amp-)[a-z][a-z0-9]*-(?:img|image)$")


def _expand_caption_shortcodes(html: str) -> str:
    """WordPress ``[caption …]<img> text[/caption]`` left unrendered, as the ``<figure>`` it renders to; the Media
    Credit plugin's ``[media-credit name="…"]<img>[/media-credit]`` alone, as a figure whose caption is that credit."""

    def figure(match: re.Match[str]) -> str:
        if match.group(1) is None:  # the media credit's shortcode, outside any caption's
            name = dict(_SHORTCODE_ATTRIBUTE.findall(match.group(3))).get("name", "").strip()
            caption = f"<figcaption>Credit: {name}</figcaption>" if name else ""
            return f'<figure class="wp-caption">{match.group(4)}{caption}</figure>'
        attributes = dict(_SHORTCODE_ATTRIBUTE.findall(match.group(1)))
        caption = attributes.get("caption")
        inner = match.group(2) + (f"<figcaption>{caption}</figcaption>" if caption else "")
        return f'<figure class="wp-caption">{inner}</figure>'

    lowered = html.lower()
    return _CAPTION_OR_MEDIA_CREDIT.sub(figure, html) if "[caption" in lowered or "[media-credit" in lowered else html


def _meta_values(soup: BeautifulSoup) -> dict[str, str]:
    """``<meta>`` contents by lower-cased property, name or itemprop; the first of each wins. A page whose templates
    write the value in a ``value`` attribute (ABC News's ``<meta value="ABC News" name="og:site_name">``, the New York
    Times' ``<meta name="twitter:site" value="@nytimes">``) is read as if it wrote ``content``."""
    values: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        value = tag.get("content") if tag.get("content") is not None else tag.get("value")
        if not isinstance(value, str):
            continue
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = clean_text(value)
        if isinstance(key, str) and content:
            values.setdefault(key.strip().lower(), content)
    return values


def _base_url(soup: BeautifulSoup, url: str) -> str:
    base = soup.find("base", href=True)
    return urljoin(url, base["href"].strip()) if base else url


def _canonical_link(soup: BeautifulSoup) -> str | None:
    for link in soup.find_all("link", href=True):
        rel = link.get("rel") or []
        if "canonical" in [value.lower() for value in rel]:
            return link["href"].strip() or None
    return None


def _is_json_ld(value: str | None) -> bool:
    return bool(value) and value.strip().lower() == "application/ld+json"


def _story_container(soup: BeautifulSoup) -> Tag:
    """The element holding the story: the ``<article>`` with the most paragraph text, else main.

    An ``<article>`` holding less than half of main's paragraph text is a card (a related
    story's teaser), not the story; so is one inside the site's menu (CNNMoney's flyout teasers).
    """
    articles = [article for article in soup.find_all("article") if not _in_menu(article)]
    main = next((found for found in (soup.find("main"), soup.find(attrs={"role": "main"}),
                                     soup.find(attrs={"itemprop": "articleBody"})) if found), None)
    if articles:
        best = max(articles, key=_paragraph_length)
        if main is not None and (2 * _paragraph_length(best) >= _paragraph_length(main) or contains(best, main)):
            return best
        if main is None and not _is_card_beside_the_story(best, soup):
            return best
    return main or soup.body or soup


def _is_card_beside_the_story(article: Tag, soup: BeautifulSoup) -> bool:
    """True for an ``<article>`` that holds less than half the text of the page's largest block of paragraphs outside
    it: a teaser card on a page whose story no tag names (a legacy layout table's ``td.MainCol``, ASP.NET's
    ``div.ArticleBody``), found by its text's mass. The page's chrome (a footer's about-us and legal text, a
    sidebar, a menu) is no story, so it weighs nothing: a photo story's few lines beat it."""
    mass: dict[int, int] = {}  # each block's own paragraphs' text, by the block
    for paragraph in (soup.body or soup).find_all("p"):
        block = paragraph.parent
        if block is not None and block is not article and not contains(article, block) and not _is_chrome(block):
            mass[id(block)] = mass.get(id(block), 0) + len(paragraph.get_text())
    # the article's whole text, not its paragraphs alone: a story may print its text in <div>s or between <br>s
    return 2 * len(visible_text(article)) < max(mass.values(), default=0)


# the page's parts around its stories, by tag or by the words of their class or id ("site-footer", "copyright")
_CHROME_TAGS = ("footer", "nav", "aside", "header", "form")
_CHROME_WORDS = frozenset("footer copyright legal colophon imprint impressum disclaimer about contact sidebar nav "
                          "navigation menu".split())


def _is_chrome(block: Tag) -> bool:
    """True for a block in the page's footer, a sidebar or a menu, by its tag or its class words or an ancestor's."""
    return any(tag.name in _CHROME_TAGS or not _CHROME_WORDS.isdisjoint(words(tag))
               for tag in (block, *block.parents) if isinstance(tag, Tag) and tag.name not in ("body", "html"))


def _syndicated_from(container: Tag) -> str | None:
    """The paper a republished story's closing note names ("This article originally appeared on …"), or the one
    a portal's source element names ("<span class="source">来源：东海日报</span>"), or None."""
    noted = next((syndication_note(text) for text in (paragraph.get_text(" ") for paragraph in container.find_all("p"))
                  if syndication_note(text)), None)
    return noted or next((source_line(tag.get_text(" ")) for tag in container.find_all(_is_source_mark)
                          if source_line(tag.get_text(" "))), None) or _provider(container)


def _provider(container: Tag) -> str | None:
    """The paper a portal's provider element names over the story it carries (Yahoo's "caas-attr-provider": the
    paper's logo and name), or None."""
    for tag in container.find_all(class_=_PROVIDER_CLASS):
        if "provider" not in words(tag) or tag.find_parent(["figure", "figcaption"]) is not None:
            continue
        name = clean_text(tag.get_text(" "))
        if name and len(name) <= _LONGEST_PROVIDER and is_site_name(name) and not canonical_agency(name):
            return name
    return None


_LONGEST_PROVIDER = 60
_PROVIDER_CLASS = re.compile("provider", re.IGNORECASE)


def _is_source_mark(tag: Tag) -> bool:
    """True for an element marked as the story's source, outside its pictures (a caption's source is a credit)."""
    return "source" in words(tag) and tag.find_parent(["figure", "figcaption"]) is None and len(tag.get_text()) <= 60


def _paragraph_length(tag: Tag) -> int:
    return sum(len(paragraph.get_text()) for paragraph in tag.find_all("p"))


def _title(soup: BeautifulSoup, container: Tag, meta: dict[str, str], story: dict,
           site_names: list[str | None], page_url: str = "") -> str | None:
    """The headline: the story's h1 (or its header's h2), kicker left out; else og:title, JSON-LD, <title>, each
    without the site's name the settings print after it ("Headline - BBC News")."""
    heading = _story_h1(container, page_url) or next((header.find("h2") for header in container.find_all("header")
                                                       if header.find("h2") and not _is_site_banner(header)
                                                       and not _is_masthead(header.find("h2"), page_url)), None)
    headline_field = story.get("headline") if isinstance(story.get("headline"), str) else None
    others = [without_site_tail(meta.get("og:title"), site_names), without_site_tail(headline_field, site_names),
              soup.title.get_text() if soup.title else None]
    headline = _without_kicker(heading, others) if heading else None
    if headline and clean_text(visible_text(heading)) == headline:
        headline = visible_text(heading)  # the heading whole, as printed: its spaces are made one below
    candidates = [
        headline,
        *others[:2],
        next((visible_text(h1) for h1 in soup.find_all("h1")
              if clean_text(visible_text(h1)) and not _in_menu(h1) and not _is_masthead(h1, page_url)), None),
        _marked_headline(container),
        # the document title without the site's name: its longest part ("Headline | Site")
        max(re.split(HEADLINE_SEPARATORS, others[2]), key=len) if others[2] else None,
    ]
    return next((_printed_headline(value) for value in candidates if clean_text(value)), None)


# The page's own banner, above every story (schema.org's WPHeader, ARIA's banner role, the site header's usual names):
# its h2 is a section's or a topic's name ("Conflicto mapuche"), never the story's headline.
# (compared without hyphens and underscores: "global-header", "globalheader", "site_header")
_SITE_BANNER_NAMES = frozenset({"header", "siteheader", "masthead", "sitemasthead", "globalheader", "mainheader",
                                "topheader"})


def _story_h1(container: Tag, page_url: str = "") -> Tag | None:
    """The first h1 of the story's container that is not a menu's label (ABC News's "Sections" heading its menu) nor
    the site's or blog's own title."""
    return next((h1 for h1 in container.find_all("h1") if not _in_menu(h1) and not _is_masthead(h1, page_url)), None)


def _is_masthead(h1: Tag, page_url: str) -> bool:
    """True for a heading (an h1, a header's h2) that is the site's or a blog's title: all of it a link to the site's
    home or to a page above the story (WordPress's ``<h1 class="site-title"><a href="/">``, the Forward's blog banner
    "The Schmooze: Your Jewish Pop Culture Fix" linking to /schmooze/, NPR's logo link holding its h2 "NPR"). A
    headline linking to the story itself is the headline."""
    link = h1.find_parent("a", href=True) or next((a for a in h1.find_all("a", href=True)
                                                   if clean_text(a.get_text()) == clean_text(h1.get_text())), None)
    if link is None or not page_url:
        return False
    target, page = urlsplit(urljoin(page_url, link["href"])), urlsplit(page_url)
    if target.netloc.lower().removeprefix("www.") != page.netloc.lower().removeprefix("www."):
        return False
    above = target.path.rstrip("/") + "/"
    return page.path.rstrip("/") + "/" != above and (page.path.rstrip("/") + "/").startswith(above)


def _in_menu(tag: Tag) -> bool:
    """True for an element inside the site's navigation (``<nav>``, ARIA's ``role="navigation"``): a menu's label,
    never the story's headline."""
    return tag.find_parent(lambda parent: parent.name == "nav"
                           or str(parent.get("role") or "").lower() == "navigation") is not None


def _is_site_banner(header: Tag) -> bool:
    """True for the site's banner header (role="banner", itemtype WPHeader, id or class "site-header"…), which heads
    the page and not the story."""
    marks = {re.sub(r"[-_]", "", mark) for mark in
             (str(header.get("id") or "").lower(), *(value.lower() for value in header.get("class") or []))}
    return (str(header.get("role") or "").lower() == "banner" or "WPHeader" in str(header.get("itemtype") or "")
            or bool(marks & _SITE_BANNER_NAMES) and header.find_parent("article") is None)


def _printed_headline(text: str) -> str | None:
    """The headline's text with its runs of spaces made one, as ``clean_text``; an ideographic space between its words
    (a Japanese headline's parts: "ライラックまつり開幕　大通公園に２万人") is kept as printed."""
    kept = clean_text(re.sub(r"(?<=\S)\u3000(?=\S)", "\ue000", text)) or ""
    return kept.replace("\ue000", "\u3000") or None


# The class a headline is marked with when no heading element holds it, in the CMS's language (a home-grown Portuguese
# CMS's "<span class="titulo">")
_HEADLINE_CLASSES = frozenset({"title", "headline", "titulo", "titular", "titolo", "titre", "titel", "otsikko", "tytul"})


def _marked_headline(container: Tag) -> str | None:
    """The text of the first element whose one class names it the headline (``class="titulo"``), for pages of
    tables and spans without a heading element."""
    for tag in container.find_all(class_=True):
        classes = [value.lower() for value in tag.get("class") or []]
        if len(classes) == 1 and classes[0] in _HEADLINE_CLASSES and (text := clean_text(visible_text(tag))):
            return text
    return None


def _without_kicker(heading: Tag, others: list[str | None]) -> str:
    """The heading's text without a kicker line above the headline ("Stromausfall in Leipzig").

    A heading made of separate lines whose first is marked as a kicker, or printed
    elsewhere as "Kicker: Headline", is the kicker plus the headline.
    """
    parts = [clean_text(visible_text(child)) for child in heading.find_all(["span", "div"], recursive=False)]
    parts = [part for part in parts if part]
    text = clean_text(visible_text(heading)) or ""
    if len(parts) < 2 or "".join(parts).replace(" ", "") != text.replace(" ", ""):
        return text
    named = any((clean_text(other) or "").startswith(f"{parts[0]}:") for other in others)
    if named and any(clean_text(child.get_text()) == ":" and not clean_text(visible_text(child))
                     for child in heading.find_all(["span", "div"], recursive=False)):
        # joined to the headline by a colon read out to screen readers only (Spiegel's "sr-only"), and so printed
        # in the page's title: the kicker is part of the headline
        return clean_text(f"{parts[0]}: {' '.join(parts[1:])}") or text
    first = heading.find(["span", "div"], recursive=False)
    marked = bool(words(first) & _KICKER_WORDS)
    return clean_text(" ".join(parts[1:])) or text if marked or named else text


def _byline(
    meta: dict[str, str], linked: LinkedData, story: dict, container: Tag, visible: str | None
) -> tuple[tuple[str, ...], str | None]:
    """The names (JSON-LD authors, else the visible byline, else ``<meta name="author">``) and the byline as printed.

    The printed form comes from a visible byline naming the same people ("Ann Lee & Bo Park");
    None when no visible byline does.
    """
    names: tuple[str, ...] = ()
    for texts in _byline_texts(meta, linked, story, container, visible):
        found: list[str] = []
        for text in texts:
            if text and not text.strip().lower().startswith(("http://", "https://")):
                found += [name for name in split_byline(text) if name not in found]
        if found:
            names = tuple(found)
            break
    printed = printed_byline(visible) if visible is not None and split_byline(visible) == names else None
    return names, printed or None


def _byline_texts(
    meta: dict[str, str], linked: LinkedData, story: dict, container: Tag, visible: str | None
) -> Iterator[list[str]]:
    """Candidate bylines, most trustworthy first: each a list of texts naming people."""
    yield linked.names(story.get("author"))
    yield [visible_text(tag) for tag in container.find_all(attrs={"rel": "author"}) if not _is_author_box(tag)]
    authors = [tag for tag in container.find_all(attrs={"itemprop": "author"}) if not _is_author_box(tag)]
    yield [visible_text(tag.find(attrs={"itemprop": "name"}) or tag) for tag in authors]
    yield [] if visible is None else [visible]
    yield [value for value in (meta.get("author"), meta.get("article:author")) if value and not _is_issuer(value, container)]
    yield [value for value in (meta.get(key) for key in _OTHER_AUTHOR_META)
           if value and not value.lower().startswith(("http://", "https://")) and not _is_issuer(value, container)
           and not _names_the_site(value, meta)][:1]
    yield _author_page_links(container)
    # a Chinese-language wire's opening dateline: "（中央社記者王小明台北3日電）…"
    yield ["、".join(names) for names in map(dateline_reporters, (p.get_text() for p in container.find_all("p", limit=3)))
           if names][:1]


# The author in the page's settings by the other names publishing tools give it, read when neither HTML's "author" nor
# Open Graph's "article:author" names one: the New York Times' "byl" ("By Corey Kilgannon"), Parse.ly's
# "parsely-author", Sailthru's "sailthru.author" (its Personalization Engine meta tags), Dublin Core's "DC.creator" and
# "DCTERMS.creator", Highwire Press's "citation_author" (Google Scholar's). The first one the page gives is read.
_OTHER_AUTHOR_META = ("byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "citation_author")


_SITE_ADDRESS = re.compile(r"\b[\w-]+\.(?:[\w-]+\.)*[a-z]{2,}\b", re.IGNORECASE)


def _names_the_site(value: str, meta: dict[str, str]) -> bool:
    """True for a settings author naming the site itself, or a desk of it ("Zone Justice et faits divers -
    ICI.Radio-Canada.ca"): an address or the site's name in it, no person's byline."""
    site = comparable_name(meta.get("og:site_name") or meta.get("dc.publisher") or meta.get("application-name"))
    return bool(_SITE_ADDRESS.search(value)) or len(site) > 3 and site in comparable_name(value)


def _is_issuer(name: str, container: Tag) -> bool:
    """True when the page prints the author meta's name as a release's issuer ("News provided by Harbor Light
    Energy", "SOURCE Harbor Light Energy"): a company issuing a press release, not a byline."""
    text = clean_text(container.get_text(" ")) or ""
    return bool(re.search(r"(?:\b(?:provided|issued|distributed|released)\s+by|\bSOURCE)\s*:?\s*" + re.escape(name), text))


def _author_page_links(container: Tag) -> list[str]:
    """The names linking to their author pages ("/autor/ana-paz/") above the story's first paragraph: a byline
    printed without label or mark (El País's "a_md_a_n"); related cards and author boxes left out."""
    first = next((paragraph for paragraph in container.find_all("p") if len(paragraph.get_text()) > _LONGEST_NAME_LINE
                  and paragraph.find("a", href=_AUTHOR_PAGE) is None), None)
    limit = (first.sourceline or 0, first.sourcepos or 0) if first is not None else None
    names: list[str] = []
    for link in container.find_all("a", href=_AUTHOR_PAGE):
        if limit is not None and (link.sourceline or 0, link.sourcepos or 0) > limit:
            break
        text = clean_text(visible_text(link))
        if text and len(text) <= _LONGEST_NAME_LINE and not _is_author_box(link) \
                and not any(words(parent) & _OTHER_AUTHORS_WORDS for parent in link.parents if isinstance(parent, Tag)):
            names.append(text)
    return names


def _visible_byline(container: Tag) -> str | None:
    """The visible byline: an element marked as the byline, else a short line starting with a byline label,
    else an element marked as the author holding only names.

    A story body without its header (the Daily Mail's ``articleBody``) has its byline printed
    above it: the elements before it in its wrapper are read then, up to two wrappers out.
    """
    found = _byline_among(container.find_all(True), container)
    scope = container
    for _ in range(_BYLINE_WRAPPERS):
        if found is not None or not isinstance(scope.parent, Tag) or scope.parent.name in ("body", "html", "[document]"):
            break
        scope = scope.parent
        found = _byline_among(list(takewhile(lambda tag: tag is not container, scope.find_all(True))), scope)
    return found


# "By continuing to use this site, you agree…", "By clicking Subscribe…": a consent notice's opening gerund, no names
# (the gerund in lower case: "By Ming Li", "By Sterling Brown" are names)
_CONSENT = re.compile(r"^(?i:by)\s+[a-z]+ing\b")
# a first word whose lower case runs into a capital: two elements' words touching ("ByAnn Lee", "PorAna Ruiz")
_GLUED_WORDS = re.compile(r"^[^\W\d_]{1,12}?(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ][a-zß-ÿ])")


def _byline_among(tags: list[Tag], scope: Tag) -> str | None:
    """The byline among ``tags`` (elements of ``scope`` in document order), by the rules of ``_visible_byline``."""
    for tag in tags:
        if tag.name != "img" and _is_byline_element(tag) and not _is_author_box(tag) and not _holds_a_headline(tag) \
                and (split_byline(clean_text(visible_text(tag))) or split_byline(clean_text(_named_line(tag)))):
            # an empty or name-less mark is not the byline (its date left out: "Name|10:27, Jun 03 2024")
            # A byline block with the names in an element of their own ("byline__name", Folha's
            # "c-signature__author") beside the role or the place.
            names = tag.find_all(lambda inner: bool(_is_byline_element(inner)
                                                    and ("name" in words(inner) or words(inner) & _AUTHOR_WORDS)))
            tag = names[0] if len(names) == 1 else tag
            # One name of several may be marked ("last-byline", Le Monde's "author__name" inside its author link):
            # the labelled line around it is the byline.
            return _named_line(_labelled_line_around(tag, scope))
    for tag in tags:
        if tag.name not in _BYLINE_LINE_TAGS or only_wraps_one_element(tag):
            continue  # "<p><strong>By …</strong></p>", or thousands of unclosed <span>s: read once, innermost
        whole = clean_text(visible_text(tag, skip=tag.find_all("time")))
        if whole and _GLUED_WORDS.match(whole) and len(whole) <= _LONGEST_BYLINE:
            # the label in an element of its own touching the name's link: "<span>By</span><a>Ann Lee</a>"
            whole = clean_text(" ".join(visible_text(tag, skip=tag.find_all("time"), lines=True).splitlines()))
        if not whole or len(whole) > _LONGEST_BYLINE or not LABEL.match(whole):
            continue  # the cheap test first: most blocks are paragraphs of the story
        text = clean_text(_named_line(tag))
        if text and LABEL.match(text) and split_byline(text) and not _is_author_box(tag) and not _CONSENT.match(text):
            return text
    # outer marks before the ones inside them (News24's "article__author" inside a container that holds the date
    # too); thousands of unclosed ones are read only as far as the limit
    marked = [tag for tag in tags if words(tag) & _AUTHOR_WORDS]
    return next((text for tag in marked[:_AUTHOR_MARKS_READ] if (text := _author_names(tag))), None) \
        or _signature(scope) or _reporter_sign_off(scope) or _bold_name_and_role(scope)


def _holds_a_headline(tag: Tag) -> bool:
    """True for a block marked as the byline that holds the story's headline too (Concrete CMS's
    "ccm-block-page-title-byline" around the h1, the author and the date): the names are in an element inside it."""
    return tag.find(["h1", "h2"]) is not None


def _labelled_line_around(tag: Tag, scope: Tag) -> Tag:
    """The nearest element around ``tag`` (a marked name) that is a short line opening with a byline label, else
    ``tag``: the names' links between them and the line are not labelled themselves."""
    around = tag
    while not LABEL.match(clean_text(visible_text(around)) or "") and isinstance(around.parent, Tag) \
            and around.parent is not scope:
        around = around.parent
        text = clean_text(visible_text(around, skip=around.find_all("time"))) or ""
        if len(text) > _LONGEST_BYLINE:
            return tag
        if LABEL.match(text):
            return around
    return tag


def _bold_name_and_role(scope: Tag) -> str | None:
    """The names of a bold line opening the story's text with a name and a role, unlabelled (the Zimbabwe Herald's
    "<p><strong>Farai Mudzingwa, Senior Business Reporter</strong></p>"); a bold line without a role may be a
    subheading or the standfirst."""
    for paragraph in scope.find_all("p", limit=_OPENING_PARAGRAPHS):
        text = clean_text(visible_text(paragraph)) or ""
        bold = paragraph.find(["strong", "b"])
        if bold is None or clean_text(visible_text(bold)) != text or len(text) > _LONGEST_NAME_LINE:
            continue
        names, _, role = text.partition(",")
        ends = role.split()
        if ends and any(word.lower().strip(".") in ROLE_WORDS for word in (ends[0], ends[-1])) \
                and printed_byline(names) == names and split_byline(names):
            return names
    return None


_BRACKETED_SIGNATURE = re.compile(r"【\s*([^【】]+?)\s*】")
_HIRAGANA = re.compile(r"[\u3040-\u309f]")
_LONGEST_JAPANESE_NAME = 7  # characters: a family name and a given name in kanji or katakana


def _is_signed_name(name: str) -> bool:
    """True for a reporter's name as a Japanese signature prints it: a few kanji or katakana ("佐藤健一"), no
    hiragana (the grammar of a note: "関連記事はこちらから")."""
    return len(name) <= _LONGEST_JAPANESE_NAME and not _HIRAGANA.search(name)


def _signature(scope: Tag) -> str | None:
    """The name signing the story at its end, set apart from the text (VnExpress's right-aligned bold
    "<p style="text-align:right"><strong>Gia Minh</strong></p>"): its last paragraph, right-aligned, when it holds
    only a name."""
    paragraphs = scope.find_all("p")
    if len(paragraphs) < 2:
        return None
    last = paragraphs[-1]
    text = clean_text(visible_text(last)) or ""
    # Japanese papers sign a story with its reporters' names in lenticular brackets closing it: "【佐藤健一、田中美咲】"
    signed = _BRACKETED_SIGNATURE.fullmatch(text)
    if signed and len(signed.group(1)) <= _LONGEST_NAME_LINE and printed_byline(signed.group(1)) == signed.group(1) \
            and split_byline(signed.group(1)) and all(map(_is_signed_name, split_byline(signed.group(1)))):
        return signed.group(1)
    # right-aligned: a bold closing line alone may be a subheading ("Related Coverage")
    set_apart = "text-align:right" in (last.get("style") or "").replace(" ", "").lower() or "right" in words(last)
    if not set_apart or len(text) > _LONGEST_NAME_LINE or printed_byline(text) != text or len(split_byline(text)) != 1:
        return None
    return text


# A Korean reporter's sign-off closing the story: "김가윤 기자 gayoon@paper.co.kr" (the name, the title, the e-mail)
_REPORTER_SIGN_OFF = re.compile(r"^(?P<name>[가-힣]{2,4}\s?(?:선임기자|기자|특파원))(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$")


def _reporter_sign_off(scope: Tag) -> str | None:
    """The reporter a Korean story names in its own closing line, without label or mark ("<div class="name">
    <a href="/writer/…">김가윤 기자</a> <span>e-mail</span></div>"); a picture's credit beside it is no sign-off."""
    for tag in reversed(scope.find_all(_BYLINE_LINE_TAGS)):
        text = clean_text(visible_text(tag)) or ""
        found = _REPORTER_SIGN_OFF.match(text) if len(text) <= _LONGEST_NAME_LINE else None
        if found and tag.find_parent(["figure", "figcaption"]) is None and tag.find(PHOTO_TAGS) is None \
                and not any(child.name in PHOTO_TAGS for child in tag.parent.find_all(recursive=False)):
            return found.group("name")
    return None


def _author_names(tag: Tag) -> str | None:
    """The names in an element marked as the author that holds nothing else (NZZ's "metainfo__item--author"):
    no label, no role, a headshot at most; the author box and the "More by" list excepted."""
    if tag.name == "img":
        return None
    # the date printed inside the author's element is no part of the names (Tamedia's "ContentHead_date")
    dates = [inner for inner in tag.find_all(True) if inner.name == "time" or words(inner) & _DATE_WORDS]
    text = _without_role_or_place(clean_text(visible_text(tag, skip=dates)))
    if not text or len(text) > _LONGEST_NAME_LINE or printed_byline(text) != text \
            or not split_byline(text) or _is_author_box(tag) \
            or any(words(parent) & _OTHER_AUTHORS_WORDS for parent in tag.parents if isinstance(parent, Tag)):
        return None
    return text


# A place of one to three words and a colon ("عمّان: ", its vowel marks included; "New York: ")
_PLACE_BEFORE = re.compile(r"[^\s\d:：,;()|]+(?:\s[^\s\d:：,;()|]+){0,2}\s?[:：]\s*")


def _without_role_or_place(text: str | None) -> str | None:
    """Names without the role or place printed after them ("Hana Te Rangi, Political Reporter",
    "Leandro Mesquita - Repórter da Agência Brasil", "Isabelle Gagnon à Québec"): a part after a comma, a dash or a
    pipe whose first or last word is a role, or a short part in lower case."""
    printed = printed_byline(text)
    if text and printed and text.endswith(printed) and _PLACE_BEFORE.fullmatch(text[: len(text) - len(printed)]):
        return printed  # the dateline's city before the name: Arabic papers' "عمّان: سلمى الخطيب", "London: Name"
    if not text or not printed or not text.startswith(printed) or printed == text:
        return text
    rest = text[len(printed):].strip(" ,")
    separated = re.match(r"\s*(?:,|\s[-–—|]\s)", text[len(printed):]) is not None
    ends = rest.strip(" -–—|").split()
    role = separated and bool(ends) and any(word.lower().strip(".") in ROLE_WORDS for word in (ends[0], ends[-1]))
    place = rest[:1].islower() and len(rest.split()) <= 4 and not any(c.isdigit() for c in rest)
    return printed if role or place else text


def _is_byline_element(tag: Tag) -> bool:
    """True for an element marked as the byline: by class or id, or a test id (BBC's "byline-new")."""
    marks = words(tag, "data-testid", "data-component", "data-qa", "itemprop")
    return bool(marks & _BYLINE_WORDS) or {"author", "name"} <= marks  # Squarespace's "blog-author-name"


def _named_line(tag: Tag) -> str:
    """The first line of a byline block that names someone: not the role, place or date printed under it."""
    lines: list[str] = []
    for line in visible_text(tag, skip=tag.find_all("time"), lines=True).splitlines():
        line = _DANGLING_SEPARATOR.sub("", line)  # "Amber Allott|": the separator before the date left out
        label_only = lines and LABEL.fullmatch(lines[-1].strip() + " ")  # tagDiv's <div>By</div> <a>Name</a>
        lines[-1:] = [f"{lines[-1].strip()} {line}"] if label_only else [*lines[-1:], line]
    return next((line for line in lines if split_byline(line)), " ".join(lines))


def _is_author_box(tag: Tag) -> bool:
    """True inside an author box or a "More by" list: names there are not the story's byline."""
    for parent in [tag, *tag.parents]:
        if isinstance(parent, Tag) and words(parent) & _AUTHOR_BOX_WORDS and not _holds_only_a_byline(parent):
            return True
    return False


def _holds_only_a_byline(box: Tag) -> bool:
    """True for an "author-info" block holding just the labelled byline (Clarín's "Por A y B"): no bio, no picture."""
    text = clean_text(visible_text(box)) or ""
    if len(text) > _LONGEST_BYLINE or box.find("img") is not None:
        return False
    # or La Vanguardia's "author-box": the marked name, the place and the time, no bio
    marked_name = box.find(lambda tag: tag is not box and _is_byline_element(tag)) is not None and not box.find("p")
    return bool(LABEL.match(text)) and len(box.find_all("p")) <= 1 or marked_name


def _published(soup: BeautifulSoup, container: Tag, meta: dict[str, str], story: dict) -> str | None:
    candidates: list[str | None] = [
        meta.get("article:published_time"),
        story.get("datePublished") if isinstance(story.get("datePublished"), str) else None,
        meta.get("datepublished"),
    ]
    timed = soup.find(attrs={"itemprop": "datePublished"})
    if timed is not None:
        candidates.append(timed.get("datetime") or timed.get("content") or timed.get_text())
    candidates += [meta.get(name) for name in _DATE_META_NAMES]
    first_time = container.find("time", datetime=True)
    candidates.append(first_time["datetime"] if first_time else None)
    return next((iso_date(value) for value in candidates if iso_date(value)), None)
