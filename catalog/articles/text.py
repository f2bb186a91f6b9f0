"""Article text scrapes: a story copied from a web page as plain text.

Copying a page loses the markup but keeps its shape: an image URL on a line of its own,
often glued to the caption that follows it ("….jpgRelatives and friends…", the caption
repeated from the line above), a "By …" byline and, on the next line, the publication.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from catalog.articles.article import Article
from catalog.articles.bylines import (
    LABEL,
    byline_publication,
    is_publication_name,
    is_role,
    printed_byline,
)
from catalog.articles.html_photos import is_decorative_url
from catalog.articles.image_urls import (
    has_image_extension,
    image_extension_ends,
    is_image_service_url,
)
from catalog.articles.photos import (
    ParsedArticle,
    PublishedPhoto,
    clean_text,
    describe_photo,
    find_date,
    split_byline,
    split_unmarked_credit,
)
from catalog.articles.publication import (
    comparable_name,
    copyright_holder,
    is_site_name,
    syndication_note,
)
from catalog.articles.urls import article_id, canonicalize_url
from catalog.credits import split_caption_credit
from catalog.credits.vocabulary import LABEL_ANYWHERE

_URL_START = re.compile(r"https?://", re.IGNORECASE)
_MARKDOWN_IMAGE = re.compile(
    r"!\[(?P<alt>[^\]]*)\]\((?P<url>https?://[^\s)]+)(?:\s+\"(?P<title>[^\"]*)\")?\)"
)
_BYLINE = re.compile(LABEL.pattern + r"\S", re.IGNORECASE)
# A mail's header lines ("From: Paper <news@paper.com>", "Subject: …", Gmail's "Paper <news@paper.com>")
_MAIL_HEADER = re.compile(r"^(?:from|sent|to|subject|date|cc|reply-to):\s|<[^<>\s]+@[^<>\s]+>", re.IGNORECASE)
# Navigation, paywall and consent lines copied with the story: never its headline.
_NAG = re.compile(
    r"\b(?:skip to|subscribe|subscriber|subscription|sign in|sign up|log ?in|cookies?|consent|accept all|preferences|"
    r"newsletter|advertisement|menu|jetzt (?:testen|abonnieren|lesen)|abonnieren|weiterlesen|abonnez|s'abonner|"
    r"suscr[ií]b|abbonati|abonneer|prenumerera|assine|zum inhalt|aller au contenu|ir al contenido|vai al contenuto|"
    r"naar (?:de )?inhoud|hopp til innhold|hoppa till innehåll|siirry sisältöön)\b|"
    # a price by the period ("$1 a week", "1 € le premier mois"): an offer; a price alone is news ("£2m restoration")
    r"(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?[$€£])\s*(?:a|an|per|/|pro|par|le|la|al|im|for)?\s*(?:first\s+|premier\s+|"
    r"ersten?\s+)?(?:week|month|year|mois|semaine|an|monat|woche|jahr|mes|semana|año|mese|anno)\b|"
    # a share sheet's or a mail's own lines ("Shared from Apple News", the header, Gmail's "to me" and "[image: alt]"
    # where a picture was)
    r"\bshared (?:from|via)\b|\bsent from my\b|^to me$|^\[(?:image|cid)\b|" + _MAIL_HEADER.pattern + "|"
    r"\s[›»>]\s",  # skip links in the paper's language; a breadcrumb ("Startseite › Panorama")
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(r"^(?:published|posted|updated|first published)\b:?\s*", re.IGNORECASE)
# Characters that continue a URL after ".jpg": a second extension, a path, a query.
_URL_CONTINUES = frozenset("./?#&=_-%~+")
_MIN_REPEATED_CAPTION = 20  # characters: a shorter line repeated beside a URL is not a caption
_LONGEST_BYLINE = 120
_NAME_PARTICLES = frozenset("de da del della der di du la le van von al el bin ibn ter ten".split())
_LONGEST_NAME_LINE = 80  # publication and date lines are short
_LONGEST_TITLE = 200
_LONGEST_SET_APART_CAPTION = 160  # characters: an uncredited caption line under a picture
_FEWEST_TITLE_WORDS = 3  # "Advertisement", "Share", "Menu" are not headlines
# The page title a share sheet copies first: "Headline - The Island Times".
_TITLE_LINE_SEPARATOR = re.compile(r"\s+[|–—·-]\s+")
_TITLE_LINE_WINDOW = 10  # lines at the top of a scrape where a copied page title stands
_HEADLINE_TO_BYLINE = 3  # non-empty lines: a kicker or a standfirst may stand between
_MOST_PUBLICATION_WORDS = 5  # "Le Quotidien du Sud"; a longer short line is a caption or a sentence
# Buttons copied with the byline.
_INTERFACE_WORDS = frozenset("share print email comment comments listen save follow gift reprints more".split())
# A gallery's counter before a caption: "1 of 3 | ", "Photo 2/5: ", "Bild 1 von 4 – ".
_GALLERY_COUNTER = re.compile(
    r"^(?:(?:photo|image|picture|slide|bild|foto|imagen|immagine|afbeelding)\s+)?\d{1,3}\s*(?:of|/|von|de|di|van|av|sur)\s*\d{1,3}"
    r"\s*(?:[|:–—-]\s*|$)", re.IGNORECASE)
_NAME = r"[A-Z][\w'’-]+(?: (?:[A-Z][\w'’.-]+|de|van|von|da|di|del|la|le)){1,3}"
_UNLABELLED_BYLINE = re.compile(rf"^{_NAME}(?:(?:,| and| &) {_NAME})*(?: in [A-Z][\w' -]+)?$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
# A newsletter's numbered item before its headline ("1 big thing: ", "2. "), in a mail copied as text
_NEWSLETTER_ITEM = re.compile(r"^\d{1,2}(?:[.)]|(?:\s+[a-z]+){1,3}\s*:)\s+")
_MAIL_HEADER_LINES = 6  # lines at the top of a mail copied as text where its header stands
# A reader view's reading time under the byline: "6–7 minutes", "5 min read"
_READING_TIME = re.compile(r"^\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s*(?:minutes?|mins?)\b(?:\s+read)?", re.IGNORECASE)
# A sentence ending inside the line ("…am Montagmorgen. (Foto) Suche"): a caption copied with its buttons, not a headline.
_SENTENCE_INSIDE = re.compile(r"[a-zäöüßàâçéèêëîïôûùüÿñæœ]{2}\.\s+[(\[A-ZÄÖÜÀÂÇÉÈÊËÎÏÔÛÙÜŸÑ]")
_FRONT_MATTER_TITLE = re.compile(r"^title:\s*[\"']?(?P<title>.*?)[\"']?$")
_EMPHASIS = re.compile(r"^([*_]{1,2})(?P<text>.+)\1$")


def parse_article_text(text: str, *, url: str) -> ParsedArticle:
    """The article record and published photos of a plain-text copy of the page at ``url``."""
    canonical = canonicalize_url(url)
    lines = _without_front_matter([_MARKDOWN_HEADING.sub("", clean_text(line) or "") for line in text.splitlines()])
    byline_index = next((i for i, line in enumerate(lines) if _is_byline(line)), None)
    if byline_index is None:
        byline_index = next((i for i, line in enumerate(lines[:-1]) if _is_unlabelled_byline(line, lines[i + 1])), None)
    if byline_index is None:
        byline_index = _names_under_headline(lines)
    after_byline = _short_lines_after(lines, byline_index)
    publication = byline_publication(lines[byline_index]) if byline_index is not None else None
    publication = publication or next((line for line in after_byline if _is_publication_line(line)), None)
    source = "byline" if publication else None
    title, site = _without_site_suffix(_title(lines, byline_index), url)
    if title and _is_mail(lines):
        title = _NEWSLETTER_ITEM.sub("", title)  # "1 big thing: Eastside pool won't open": the item's number
    if publication is None and site:
        publication, source = site, "title suffix"
    if publication is None and title:
        suffixes = [_TITLE_LINE_SEPARATOR.split(line[len(title):], 1)[-1].strip() for line in lines[:_TITLE_LINE_WINDOW]
                    if line.startswith(title) and _TITLE_LINE_SEPARATOR.match(line[len(title):])]
        publication = next((suffix for suffix in suffixes if is_site_name(suffix)), None)
        source = "title suffix" if publication else None
    syndicated = next((syndication_note(line) for line in lines if syndication_note(line)), None)
    if syndicated:  # "This article first appeared on High Desert Report": the story's own paper
        publication, source = syndicated, "syndication"
    if publication is None:
        publication = next((copyright_holder(line) for line in reversed(lines)
                            if line.startswith(("©", "Copyright", "(c)")) and copyright_holder(line)), None)
        source = "footer copyright" if publication else None
    dates = [find_date(_DATE_LABEL.sub("", line)) for line in after_byline + _dated_lines(lines)]
    article = Article(
        id=article_id(canonical),
        url=canonical,
        title=title,
        byline=split_byline(lines[byline_index]) if byline_index is not None else (),
        publication=publication,
        publication_source=source,
        byline_printed=printed_byline(lines[byline_index]) if byline_index is not None else None,
        published=next((date for date in dates if date), None),
    )
    return ParsedArticle(article=article, photos=tuple(_photos(lines)), source_url=canonical)


def _photos(lines: list[str]) -> list[PublishedPhoto]:
    photos: dict[str, PublishedPhoto] = {}
    for index, line in enumerate(lines):
        for match in _MARKDOWN_IMAGE.finditer(line):
            below = next((other for other in lines[index + 1 : index + 3] if other), "")
            emphasised = _EMPHASIS.match(below)
            caption = emphasised.group("text") if emphasised else match.group("title") or match.group("alt")
            if not emphasised and below and not _URL_START.search(below) and split_caption_credit(below)[1]:
                caption = below  # the printed caption under the picture, with its credit
            if not is_decorative_url(match.group("url")):
                photos.setdefault(match.group("url"), describe_photo(match.group("url"), caption=caption))
        for start in (m.start() for m in _URL_START.finditer(line)):
            if line[max(0, start - 2) : start] == "](":
                continue  # already read as a Markdown image
            if start and not line[start - 1].isspace() and line[start - 1] not in "(<\"'":
                continue  # a URL inside another (a resizer's ?src=https://…)
            rest = line[start:]
            if start and line[start - 1] == "<" and ">" in rest:  # "<https://…/a.jpg>": an e-mail's URL, its end marked
                rest = f"{rest[:rest.index('>')]} {rest[rest.index('>') + 1:]}"
            found = _split_url_and_caption(rest, lines, index)
            if found and not is_decorative_url(found[0]):
                url, caption = found
                credit = None
                if caption is None:
                    caption, credit = _caption_over_credit(lines, index)
                if caption is None:
                    caption = _caption_set_apart(lines, index)
                photos.setdefault(url, describe_photo(url, caption=_GALLERY_COUNTER.sub("", caption or "") or None,
                                                      credit=credit))
    return list(photos.values())


def _split_url_and_caption(rest: str, lines: list[str], index: int) -> tuple[str, str | None] | None:
    """The image URL starting ``rest`` and the caption after it, or None when it is no image URL.

    The URL ends exactly where the repeated caption begins: the longest other line of the
    scrape that ``rest`` ends with. Without a repetition, the URL ends after the first image
    extension not continued by URL characters (so ``….jpg.optimal.jpg`` stays whole).
    """
    token = rest.split(None, 1)[0]
    counted = _is_counted(lines, index)  # a gallery's "Photo 2/4" above it: a picture, whatever its URL
    if not _names_an_image(token) and not is_image_service_url(token) and not _asks_for_width(token) and not counted \
            and not _is_over_credited_caption(lines, index):
        return None
    for other in sorted({line for i, line in enumerate(lines) if i != index}, key=len, reverse=True):
        if len(other) < _MIN_REPEATED_CAPTION or not rest.endswith(other):
            continue
        url = rest[: len(rest) - len(other)].rstrip()
        if url and not any(c.isspace() for c in url) and (has_image_extension(url) or is_image_service_url(url)):
            return url, other
    if not _names_an_image(token):
        # A resizing service's URL names no file type: it runs to the end of its word.
        return token, clean_text(rest[len(token):]) or _neighbouring_caption(lines, index)
    ends = [end for end in image_extension_ends(token) if token[end : end + 1] not in _URL_CONTINUES]
    end = ends[0] if ends else len(token)
    url = token[:end]
    caption = clean_text(rest[end:])
    return url, caption or _neighbouring_caption(lines, index)


def _is_over_credited_caption(lines: list[str], index: int) -> bool:
    """True for a URL alone on its line right above a caption that ends in its credit (Apple News' extensionless
    "c.apple.news/AgE…" pictures): a picture, whatever its URL."""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    if " " in lines[index] or not below or _URL_START.search(below):
        return False
    if not (below.endswith(")") or "/" in below or LABEL_ANYWHERE.search(below)):
        return False  # the cheap test first: a credit is labelled, bracketed or slashed ("(Name/Paper)")
    return split_caption_credit(below)[1] is not None or split_unmarked_credit(below)[1] is not None


def _asks_for_width(token: str) -> bool:
    """True for a URL that asks its server for a width ("…/Tq7Mz3Kx?w=1280"): an image CDN's, whatever its path."""
    return any(name.lower() in ("w", "width") and value.isdigit() for name, value in parse_qsl(urlsplit(token).query))


def _names_an_image(token: str) -> bool:
    """True when a URL token holds an image extension, even one glued to a caption ("….jpgRelatives").

    A glued extension counts only in the path: ``www.pngwing.com`` names no picture.
    """
    if has_image_extension(token):
        return True
    path_start = token.find("/", token.find("//") + 2)
    return path_start != -1 and any(end > path_start for end in image_extension_ends(token))


def _neighbouring_caption(lines: list[str], index: int) -> str | None:
    """A caption on the line before or after a bare image URL: one that ends in a credit.

    A gallery's counter before it ("1 of 3 | ") is left out; a credit on a line of its own
    ("Photo: Name/Agency") takes the caption line above it along.
    """
    below = lines[index + 1] if index + 1 < len(lines) else ""
    if _is_counted(lines, index) and below and not _URL_START.search(below) and not _GALLERY_COUNTER.match(below):
        return below  # a gallery's "Photo 3/3" above the picture: the line under it is its caption, credited or not
    for neighbour in (index - 1, index + 1, index + 2):
        if 0 <= neighbour < len(lines) and lines[neighbour] and not _URL_START.search(lines[neighbour]):
            line = _GALLERY_COUNTER.sub("", lines[neighbour])
            caption, credit = split_caption_credit(line)
            if credit is None and split_unmarked_credit(line)[1] is None:
                continue
            above = lines[neighbour - 1] if neighbour >= 1 else ""
            if not clean_text(caption) and above and not _URL_START.search(above) and not _GALLERY_COUNTER.match(above):
                return f"{above} {line}"  # "Photo: Name/Agency" or "Credit...Name" under its caption
            if neighbour != index + 2:
                return line
    return None


def _caption_over_credit(lines: list[str], index: int) -> tuple[str | None, str | None]:
    """(caption, credit) printed on the two lines under a picture, the credit a name on its own ("Jiji Press")."""
    below, credit, after = (lines[index + offset] if index + offset < len(lines) else "" for offset in (1, 2, 3))
    if below and below[-1] in ".!?" and credit and not after and _is_publication_line(credit):
        return below, credit
    return None, None


def _caption_set_apart(lines: list[str], index: int) -> str | None:
    """An uncredited caption: the one short line right under a picture, a blank line after it, worded as a
    caption rather than a sentence of the story (no full stop at its end)."""
    below, after = (lines[index + offset] if index + offset < len(lines) else "" for offset in (1, 2))
    if below and not after and len(below) <= _LONGEST_SET_APART_CAPTION and below[-1] not in ".!?:" \
            and not _URL_START.search(below) and not _NAG.search(below) and not _GALLERY_COUNTER.match(below):
        return below
    return None


def _is_counted(lines: list[str], index: int) -> bool:
    """True when the line above ``index`` is a gallery's counter ("Photo 2/4", "Bild 1 von 3")."""
    return index >= 1 and bool(_GALLERY_COUNTER.fullmatch(lines[index - 1]))


def _without_front_matter(lines: list[str]) -> list[str]:
    """``lines`` with a web clipper's YAML front matter reduced to its title, the page's ``<title>``."""
    if not lines or lines[0] != "---" or "---" not in lines[1:]:
        return lines
    end = lines.index("---", 1)
    titles = [_FRONT_MATTER_TITLE.match(line) for line in lines[1:end]]
    kept = [match.group("title") for match in titles if match]
    return kept + [""] * (end + 1 - len(kept)) + lines[end + 1 :]


def _is_byline(line: str) -> bool:
    """True for "By Missy Ryan"; False for a sentence such as "By Saturday, the toll had risen."."""
    if not _BYLINE.match(line) or len(line) > _LONGEST_BYLINE or line[-1] in ".!?":
        return False
    names = split_byline(line)
    return bool(names) and all(
        word[0].isupper() or word.lower() in _NAME_PARTICLES for name in names for word in name.split()
    )


def _is_unlabelled_byline(line: str, below: str) -> bool:
    """True for a byline printed without "By": "Hana Duric in Sarajevo" right above its dateline or a reader
    view's reading time ("6–7 minutes"), "Ritika Sharma / THNN / Updated: May 5, 2024" with its date after it."""
    names, separator, rest = line.partition(" / ") if " / " in line else line.partition(" | ")
    if not _UNLABELLED_BYLINE.match(names):
        return False
    if separator:
        return bool(find_date(rest))
    return (bool(find_date(below)) or bool(_READING_TIME.match(below))) and len(below) <= _LONGEST_NAME_LINE


def _is_mail(lines: list[str]) -> bool:
    """True for a mail copied as text: its header ("From: …", "Name <address>") at the top."""
    return any(_MAIL_HEADER.search(line) for line in lines[:_MAIL_HEADER_LINES])


def _names_under_headline(lines: list[str]) -> int | None:
    """The line of names printed under the headline without a label ("Tom Ferris, Ana Liu"): two people or more."""
    title = _title(lines)
    start = next((index for index, line in enumerate(lines) if line and title and title.endswith(line)), None)
    below = next((index for index in range(start + 1, len(lines)) if lines[index]), None) if start is not None else None
    if below is not None and _UNLABELLED_BYLINE.match(lines[below]) and len(split_byline(lines[below])) >= 2:
        return below
    return None


def _short_lines_after(lines: list[str], index: int | None) -> list[str]:
    """The short lines right after the byline (publication, dates), up to the next paragraph."""
    if index is None:
        return []
    found: list[str] = []
    for line in lines[index + 1 :]:
        if not line:
            continue
        if len(line) > _LONGEST_NAME_LINE or _URL_START.search(line) or line[-1] in ".!?":
            break
        found.append(line)
    return found


def _is_publication_line(line: str) -> bool:
    """True for a paper's name under the byline ("The Washington Post"), not a date, a button or a caption."""
    words = line.split()
    return (
        not find_date(line) and not _NAG.search(line) and line.lower() not in _INTERFACE_WORDS and not is_role(line)
        and len(words) <= _MOST_PUBLICATION_WORDS and words[0][:1].isupper() and words[-1][:1].isupper()
    )


def _dated_lines(lines: list[str]) -> list[str]:
    """Short lines labelled "Published", "Updated"… anywhere in the scrape."""
    return [line for line in lines if _DATE_LABEL.match(line) and len(line) <= _LONGEST_NAME_LINE]


def _without_site_suffix(title: str | None, url: str) -> tuple[str | None, str | None]:
    """(headline, site) from a headline line that carries the page title's suffix ("Headline – The Severn Vale
    Echo", "Headline | Pune News - The Pune Horizon"); (title, None) when it carries none.

    The last part is the site when it is a name that the address spells (severnvaleecho.co.uk) or that reads
    as a paper's; the name-like parts between (a section: "Pune News") go with it.
    """
    parts = _TITLE_LINE_SEPARATOR.split(title) if title else []
    if len(parts) < 2 or not is_site_name(parts[-1]) or not (_is_spelled_by(parts[-1], url)
                                                               or is_publication_name(parts[-1])):
        return title, None
    kept = len(parts) - 1
    while kept > 1 and is_site_name(parts[kept - 1]) and len(parts[kept - 1].split()) <= _MOST_PUBLICATION_WORDS:
        kept -= 1
    separators = _TITLE_LINE_SEPARATOR.findall(title)
    headline = parts[0] + "".join(separator + part for separator, part in zip(separators, parts[1:kept]))
    return headline, parts[-1]


def _is_spelled_by(name: str, url: str) -> bool:
    """True when the address's host spells the name ("The Severn Vale Echo" at www.severnvaleecho.co.uk)."""
    spelled = comparable_name(name)
    return len(spelled) > 3 and spelled in urlsplit(url).netloc.lower().split(".")


def _title(lines: list[str], byline_index: int | None = None) -> str | None:
    """The headline: the first short line of several words before the story begins, nag and menu lines skipped.

    With a byline above the story, the headline is the last such line before it (a site's
    name or slogan copied above the headline is not it). A short line printed right above
    another (no blank line between) is the kicker over the headline.
    """
    if byline_index is not None:
        above = [index for index, line in enumerate(lines[:byline_index]) if line][-_HEADLINE_TO_BYLINE:]
        headline = next((index for index in reversed(above) if _is_title_like(lines[index])
                         and split_caption_credit(lines[index])[1] is None and not _SENTENCE_INSIDE.search(lines[index])),
                        None)
        if headline is not None:
            return _whole_headline(lines, headline)
    for index, line in enumerate(lines):
        if not line or _NAG.search(line) or _is_page_link(line):
            continue
        if len(line) > _LONGEST_TITLE or _URL_START.search(line) or _BYLINE.match(line):
            return None
        if len(line) > _LONGEST_NAME_LINE and line[-1] in ".!?":
            return None  # the story has begun
        if _is_title_like(line) and (line[-1] not in "!?" or not lines[index + 1 : index + 2] or not lines[index + 1]):
            below = lines[index + 1] if index + 1 < len(lines) else ""
            if below[:1].islower() and _is_title_like(below):
                return _whole_headline(lines, index + 1)
            return below if below and _is_title_like(below) and not _BYLINE.match(below) else line
    return None


def _whole_headline(lines: list[str], index: int) -> str:
    """The headline ending on line ``index``, with the lines it continues: a line starting in lower case goes on
    the one above it ("Grain elevator fire" / "smolders for third day", as pdftotext breaks a printed headline)."""
    start = index
    while start > 0 and lines[start][:1].islower() and lines[start - 1] and _is_title_like(lines[start - 1]):
        start -= 1
    return " ".join(lines[start : index + 1])


def _is_page_link(line: str) -> bool:
    """True for a line that is only a link to a page, not to a picture (the story's address a share sheet copies)."""
    return bool(_URL_START.match(line)) and " " not in line and not _names_an_image(line) \
        and not is_image_service_url(line) and not _asks_for_width(line)


def _is_title_like(line: str) -> bool:
    # A question or an exclamation can be a headline; a full stop ends a sentence of the story.
    ending = line[-1] not in ".:;," and (line[-1] not in "!?" or len(line) <= _LONGEST_NAME_LINE)
    return (ending and len(line.split()) >= _FEWEST_TITLE_WORDS and not find_date(line)
            and not _URL_START.search(line) and not _NAG.search(line))
