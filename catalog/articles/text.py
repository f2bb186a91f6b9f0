"""Article text scrapes: a story copied from a web page as plain text.

Copying a page loses the markup but keeps its shape: an image URL on a line of its own,
often glued to the caption that follows it ("….jpgRelatives and friends…", the caption
repeated from the line above), a "By …" byline and, on the next line, the publication.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from catalog.articles.article import Article
from catalog.articles.bylines import (
    LABEL,
    byline_publication,
    is_publication_name,
    printed_byline,
)
from catalog.articles.image_urls import is_image_service_url
from catalog.articles.link_lists import without_link_markers
from catalog.articles.photos import ParsedArticle, clean_text, find_date, split_byline
from catalog.articles.publication import (
    copyright_holder,
    is_site_name,
    is_spelled_by,
    syndication_note,
)
from catalog.articles.scrape_lines import (
    MAIL_HEADER,
    MOST_PUBLICATION_WORDS,
    NAG,
    URL_START,
    asks_for_width,
    is_publication_line,
    names_an_image,
)
from catalog.articles.scrape_photos import captioned_apart, renditions_merged, scrape_photos
from catalog.articles.story_html import names_line
from catalog.articles.urls import article_id, canonicalize_url
from catalog.credits import split_caption_credit
from catalog.credits.agencies import fold

_BYLINE = re.compile(LABEL.pattern + r"\S", re.IGNORECASE)
_DATE_LABEL = re.compile(r"^(?:published|posted|updated|first published)\b:?\s*", re.IGNORECASE)
_LONGEST_BYLINE = 120
_NAME_PARTICLES = frozenset("de da del della der di du la le van von al el bin ben ibn ter ten".split())
_LONGEST_NAME_LINE = 80  # publication and date lines are short
_LONGEST_TITLE = 200
_FEWEST_TITLE_WORDS = 3  # "Advertisement", "Share", "Menu" are not headlines
# The page title a share sheet copies first: "Headline - The Island Times".
_TITLE_LINE_SEPARATOR = re.compile(r"\s+[|–—·-]\s+")
_TITLE_LINE_WINDOW = 10  # lines at the top of a scrape where a copied page title stands
_HEADLINE_TO_BYLINE = 3  # non-empty lines: a kicker or a standfirst may stand between
_NAME = r"[A-Z][\w'’-]+(?: (?:[A-Z][\w'’.-]+|de|van|von|da|di|del|la|le)){1,3}"
# names joined by a comma or the language's "and" ("Rahel Zürcher und Beat Oswald", "Ana Paz y Luis Gil")
_UNLABELLED_BYLINE = re.compile(rf"^{_NAME}(?:(?:,| and| &| und| et| y| e| en| och| og) {_NAME})*(?: in [A-Z][\w' -]+)?$")
# Markdown's "# ", and Mailchimp's plain-text part's "** " before a heading (a bold run closes with "**" instead)
_MARKDOWN_HEADING = re.compile(r"^(?:#{1,6}|\*\*(?!.*\*\*\s*$))\s+")
# A date without its year under a newsletter's byline ("Jun 3", "3 June")
_DAY_OF_MONTH = re.compile(r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|"
                           r"\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)$", re.IGNORECASE)
_SLUG_SHARE = 0.8  # of a line's words in the address's last part: the headline it was made from
# A Markdown link to a page, read as its text ("Por [Martina Ferreyra](/autor/martina-ferreyra/)"); a picture stays
_MARKDOWN_LINK = re.compile(r"(?<!!)\[(?P<text>[^\[\]]*)\]\((?!https?://\S+\.(?:jpe?g|png|gif|webp|avif)\b)[^()\s]*"
                            r"(?:\s+\"[^\"]*\")?\)", re.IGNORECASE)
# A note-taking app's link to another note, read as the words it shows: "[[Ann Lee]]", "[[ann-lee|Ann Lee]]"
# (Obsidian, Logseq, Roam; Readwise writes the author so: "- Author: [[Ann Lee]]")
_WIKILINK = re.compile(r"\[\[(?P<note>[^\[\]|]+)(?:\|(?P<shown>[^\[\]]+))?\]\]")
# Org mode (Emacs; org-capture, org-web-tools): a link with its words "[[https://…][Title | Site]]", a heading's tags
# closing its line ("* Title  :website:news:"), and a heading's properties drawer (":PROPERTIES:" … ":END:")
_ORG_LINK = re.compile(r"\[\[(?P<target>[^\[\]]+)\]\[(?P<shown>[^\[\]]+)\]\]")
_ORG_HEADING_TAGS = re.compile(r"^(?P<heading>\*+[ \t]+\S.*?)[ \t]+:(?:[\w@#%]+:)+[ \t]*$", re.MULTILINE)
_ORG_DRAWER = re.compile(r"^[ \t]*:PROPERTIES:[ \t]*\r?\n(?:[ \t]*:[\w-]+:.*\r?\n){0,40}?[ \t]*:END:[ \t]*$",
                         re.MULTILINE | re.IGNORECASE)
# A highlight's link back to where it stands in the reader, closing its line: Readwise's export template writes
# "{{ highlight_text }} ([{{ highlight_location }}]({{ highlight_location_url }}))": " ([View Highlight](https://…))",
# " ([Location 1234](https://…))", " ([Page 12](https://…))", " ([View Tweet](https://…))". No part of the highlight
# (a linked credit closing a caption, "([Jo Lane](https://…))", is).
_BACK_LINK = re.compile(r"[ \t]*\(\[(?:view (?:highlight|tweet|post|note)|location \d+|loc\.? \d+|page \d+)\]"
                        r"\(https?://[^\s()]+\)\)[ \t]*$", re.MULTILINE | re.IGNORECASE)
# A host alone on a line ("www.thamesgazette.co.uk"): a chat's link card names the page's site so
_HOST_LINE = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.IGNORECASE)
# A story file's labelled headline ("HED: …", "Headline: …", "Titel: …")
_HEADLINE_LABEL = re.compile(r"^(?:hed|headline|head|title|titel|titre|titular|titolo|título|tytuł|kop|rubrik|overskrift|"
                             r"otsikko|überschrift|schlagzeile)\s*:\s+(?P<title>.+)$", re.IGNORECASE)
# A story file's field label alone on its line, its value on the lines under it ("RUBRIK:", "BILDTEXT 1:"): capitals
_FIELD_LABEL_ALONE = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ ]{1,29}?(?:\s\d{1,2})?:$")
_FEWEST_FIELD_LABELS = 3  # a story file's fields; a line such as "UPDATE:" alone in a story is not one
# A Markdown picture of the site's logo, its alt the site's name ("[![La Voz del Litoral](…/logo-vdl.svg)](/)")
_MARKDOWN_LOGO = re.compile(r"!\[(?P<alt>[^\]]+)\]\((?P<url>[^)\s]*logo[^)\s]*)\)", re.IGNORECASE)
# A newsletter's numbered item before its headline ("1 big thing: ", "2. "), in a mail copied as text
_NEWSLETTER_ITEM = re.compile(r"^\d{1,2}(?:[.)]|(?:\s+[a-z]+){1,3}\s*:)\s+")
_MAIL_HEADER_LINES = 6  # lines at the top of a mail copied as text where its header stands
# A reader view's reading time under the byline: "6–7 minutes", "5 min read"
_READING_TIME = re.compile(r"^\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s*(?:minutes?|mins?)\b(?:\s+read)?", re.IGNORECASE)
# A sentence ending inside the line ("…am Montagmorgen. (Foto) Suche"): a caption copied with its buttons, not a headline.
_SENTENCE_INSIDE = re.compile(r"[a-zäöüßàâçéèêëîïôûùüÿñæœ]{2}\.\s+[(\[A-ZÄÖÜÀÂÇÉÈÊËÎÏÔÛÙÜŸÑ]")
_META_SEPARATOR = re.compile(r"\s+[·•|]\s+")
_META_PARTS = 4  # a site, a byline, a date, a reading time
# A print page's header naming the site and its address (Drupal's print module: "Published on Site (https://…)")
_PRINT_HEADER = re.compile(r"^(?:published on|gepubliceerd op|veröffentlicht (?:auf|bei|in)|publié (?:sur|dans)|"
                           r"publicado en|pubblicato su|publicerad på|publisert på)\s+(?P<site>[^()]{2,80}?)\s*"
                           r"\(https?://[^()\s]+\)$", re.IGNORECASE)
_FRONT_MATTER_AUTHOR = re.compile(r"^authors?:\s*[\"']?(?P<name>[^\"'\[\]]*?)[\"']?$")
# A Markdown picture broken over lines, pandoc's attributes ({width="800" height="533"}) after it
_WRAPPED_PICTURE = re.compile(r"!\[(?P<alt>[^\[\]]*)\]\((?P<url>https?://(?:[^\s()]|\([^\s()]*\))+)\)"
                              r"(?:\{[^{}]*\})?")
# A dump's field holding a list or a set printed by Python or as JSON: "Authors: ['Ann Lee', 'Bo Park']"
_LISTED_FIELD = re.compile(r"^(?P<label>[A-Za-z][\w ]{1,30}?)\s*:\s*[\[{](?P<values>\s*[\"'].*[\"']\s*)[\]}]$")
_QUOTED = re.compile(r"[\"']([^\"']+)[\"']")
# A labelled field naming the site or the paper: newspaper3k's "Meta site name: …", a story file's "TESTATA: …"
# (a feed reader's "Feed: …" header: the channel's own name, which a link preview would print)
# A reference manager's website field (Zotero's "Website Title" in its interface's languages: "Nettsted", "Webbplats",
# "Website-Titel", "Titre du site Web") names the site as its og:site_name does
_WEBSITE_LABELS = (r"website(?:[ -]titel| title)?|titre du site web|site web|sitio web|sito web|nettsted|nettstad|"
                   r"webbplats|websted|hjemmeside|verkkosivusto|webová stránka|strona internetowa")
_SITE_FIELD = re.compile(r"^(?P<label>meta[ _]site[ _]name|site[ _]name|sitename|site|feed|publication|publisher|newspaper|"
                         rf"testata|periódico|periodico|zeitung|journal|{_WEBSITE_LABELS})\s*:\s*"
                         r"(?P<name>(?!https?://)\S.{1,80})$",
                         re.IGNORECASE)  # a clipper's "site:" holds the page's og:site_name, not its address
# fields whose value is the site's name setting
_NAMES_THE_SITE = re.compile(rf"site|^feed$|^(?:{_WEBSITE_LABELS})$", re.IGNORECASE)
_FIELD_WINDOW = 12
# A footer's copyright line: "© …", "Copyright …", or the word in another language before the sign ("Hawlfraint © 2024 …")
_COPYRIGHT_LINE = re.compile(r"^(?:©|copyright\b|\(c\)|[^\W\d]{4,15}\s?(?:©|\(c\)))", re.IGNORECASE)  # lines at the top of a dump or a story file where its fields stand
# An e-mail address alone on its line, under a printed byline
_EMAIL_LINE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# A print page's number or code in a print edition's header ("A3", "B12", "Page 4")
_PAGE_CODE = re.compile(r"^(?:page\s+|p\.\s*)?[A-Z]{0,2}\d{1,3}$", re.IGNORECASE)
_LONGEST_PRINTED_HEADLINE = 4  # lines
# A property of a page exported as a line: its name (a word or three) and a colon, then its value ("Tags: SA, outback")
_PROPERTY_LINE = re.compile(r"^[^\W\d_][\w-]*(?: [\w-]+){0,2}:\s+\S")
_FEWEST_PROPERTIES = 3
_FRONT_MATTER_TITLE = re.compile(r"^title:\s*[\"']?(?P<title>.*?)[\"']?$")
# A YAML block scalar's key: its value on the indented lines below ("title: |", "author: >-")
_BLOCK_SCALAR = re.compile(r"^(?P<key>[\w-]+):\s*[|>][-+]?\d?\s*$")
_YAML_KEY = re.compile(r"^[\w-]+:(?:\s|$)")


def parse_article_text(text: str, *, url: str) -> ParsedArticle:
    """The article record and published photos of a plain-text copy of the page at ``url``."""
    canonical = canonicalize_url(url)
    # a copy saved on Windows ends its lines in CRLF: one line end, so that a line's end ("$") is where its text ends
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BACK_LINK.sub("", _one_line_pictures(without_link_markers(text)))
    text = _ORG_DRAWER.sub("", _ORG_HEADING_TAGS.sub(r"\g<heading>", _ORG_LINK.sub(_org_link_words, text)))
    text = _MARKDOWN_LINK.sub(r"\g<text>", _WIKILINK.sub(lambda link: link.group("shown") or link.group("note"), text))
    prose = [_MARKDOWN_HEADING.sub("", clean_text(line) or "") for line in _as_prose(text)]
    lines = _without_front_matter(prose)
    front_matter = _front_matter_end(prose)
    lines = [_BULLET.sub("", line) for line in lines]  # a list's items read as the lines they are
    lines = [_byline_part(line) or _unemphasised_byline(line) for line in _listed_values(_without_field_labels(lines))]
    labelled_bylines = [i for i, line in enumerate(lines) if _is_byline(line)]
    # a clipper's or a CMS's author field naming the newsroom ("author: Redacção") yields to a byline naming people
    byline_index = next((i for i in labelled_bylines if not _names_the_newsroom(lines[i])), next(iter(labelled_bylines), None))
    if byline_index is None:  # a name over the reporter's e-mail address (a print page's byline: "ANN LEE" / "alee@…")
        byline_index = next((i for i, line in enumerate(lines[:-1]) if _UNLABELLED_BYLINE.match(line)
                             and _EMAIL_LINE.match(lines[i + 1])), None)
    if byline_index is None:
        byline_index = next((i for i, line in enumerate(lines[:-1]) if _is_unlabelled_byline(line, lines[i + 1])
                             or not lines[i + 1] and _is_unlabelled_byline(line, _next_line(lines, i), apart=True)), None)
    if byline_index is None:
        byline_index = _names_under_headline(lines)
    # a byline written from the clip's front matter stands apart from the page's text: the short lines after it
    # (the site's menu: "Início", "Sociedade") name no paper under it; its date is the page's to give
    after_byline = _short_lines_after(lines, byline_index) \
        if byline_index is None or front_matter is None or byline_index > front_matter else []
    publication = byline_publication(lines[byline_index]) if byline_index is not None else None
    # a print edition's copy names its paper in the header over the byline (PressReader: paper, date, page, byline)
    publication = publication or _print_header(lines, byline_index)
    source = None
    labelled = next((match for match in map(_SITE_FIELD.match, lines[:_FIELD_WINDOW]) if match), None)
    if publication is None and labelled and _NAMES_THE_SITE.search(labelled.group("label")):
        # a field naming the site ("site_name: …", Newsboat's "Feed: …"): what a line under the byline may only guess
        publication, source = labelled.group("name"), "og:site_name"
    publication = publication or next((_field_value(line) for line in after_byline
                                       if is_publication_line(_field_value(line))), None)
    source = "byline" if publication and source is None else source
    preview = _link_preview(lines)
    if publication is None and preview and preview[1]:
        publication, source = preview[1], "og:site_name"  # a chat's link preview prints the page's og:site_name
    title, site = _without_site_suffix(_title(lines, byline_index, url), url)
    if title and _is_mail(lines):
        title = _NEWSLETTER_ITEM.sub("", title)  # "1 big thing: Eastside pool won't open": the item's number
    if publication is None and site:
        publication, source = site, "title suffix"
    if publication is None and title:
        suffixes = [_TITLE_LINE_SEPARATOR.split(line[len(title):], 1)[-1].strip() for line in lines[:_TITLE_LINE_WINDOW]
                    if line.startswith(title) and _TITLE_LINE_SEPARATOR.match(line[len(title):])]
        publication = next((suffix for suffix in suffixes if is_site_name(suffix)), None)
        source = "title suffix" if publication else None
    printed_for = next((match.group("site") for match in map(_PRINT_HEADER.match, lines[:_TITLE_LINE_WINDOW]) if match),
                       None)
    if publication is None and printed_for:  # the print page names the site as its settings do (og:site_name's value)
        publication, source = printed_for, "og:site_name"
    if publication is None and labelled:  # a dump's or a story file's labelled field: "Meta site name: …", "TESTATA: …"
        publication = labelled.group("name")
        source = "og:site_name" if _NAMES_THE_SITE.search(labelled.group("label")) else "byline"
    syndicated = next((syndication_note(line) for line in lines if syndication_note(line)), None)
    if syndicated:  # "This article first appeared on High Desert Report": the story's own paper
        publication, source = syndicated, "syndication"
    if publication is None:
        publication = next((match.group("alt") for match in map(_MARKDOWN_LOGO.search, lines[:_TITLE_LINE_WINDOW])
                            if match and is_site_name(match.group("alt"))), None)
        source = "logo alt" if publication else None
    if publication is None:
        # the footer's copyright line, or its part among the footer's links ("Unsubscribe | © Paper 2024")
        publication = next((copyright_holder(part) for line in reversed(lines) for part in _META_SEPARATOR.split(line)
                            if _COPYRIGHT_LINE.match(part) and copyright_holder(part)), None)
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
    return ParsedArticle(article=article, photos=tuple(captioned_apart(renditions_merged(scrape_photos(lines)), lines)), source_url=canonical)


# A page's property written "key:: value" (Logseq's page properties, Obsidian Dataview's inline fields)
_PROPERTY = re.compile(r"^(?P<key>[A-Za-z][\w-]{0,30})::[ \t]+(?=\S)")
_BULLET = re.compile(r"^\s*[-*+]\s+")
_OUTLINE_SHARE = 0.6  # of the text's lines after its properties: blocks of an outline, each opened by a bullet


def _org_link_words(link: re.Match[str]) -> str:
    """An Org link as the words it shows; a picture's address kept before them, to be read as the picture."""
    target = link.group("target")
    return f"{target} {link.group('shown')}" if names_an_image(target) or is_image_service_url(target) \
        else link.group("shown")


def _as_prose(text: str) -> list[str]:
    """The lines of ``text`` as prose: properties written "key:: value" as the fields "key: value", and an outline's
    bullets (Logseq writes every block as "- ", its children indented) left out."""
    raw = text.splitlines()
    lines = [_PROPERTY.sub(r"\g<key>: ", line) for line in raw]
    # the outline's top blocks, at the margin (a block's children and its wrapped lines are indented under it)
    blocks = [line for line in raw if line.strip() and line[:1] not in " \t" and not _PROPERTY.match(line)]
    if blocks and sum(1 for line in blocks if _BULLET.match(line)) >= _OUTLINE_SHARE * len(blocks) \
            and any(_PROPERTY.match(line) for line in raw):
        return [_BULLET.sub("", line) for line in lines]
    return lines


def _front_matter_end(lines: list[str]) -> int | None:
    """The index of the line closing a YAML front matter opening ``lines`` ("---" … "---"), or None."""
    return lines.index("---", 1) if lines and lines[0] == "---" and "---" in lines[1:] else None


def _without_front_matter(lines: list[str]) -> list[str]:
    """``lines`` with a web clipper's (or pandoc's) YAML front matter reduced to its title, the page's ``<title>``,
    a field naming the site, and its authors as a byline ("author: Ann Lee", or "author:" over "- Ann Lee" items)."""
    if not lines or lines[0] != "---" or "---" not in lines[1:]:
        return lines
    end = lines.index("---", 1)
    fields = _with_block_scalars_joined(lines[1:end])
    titles = [_FRONT_MATTER_TITLE.match(line) for line in fields]
    kept = [match.group("title") for match in titles if match]
    authors: list[str] = []
    for index, line in enumerate(fields):
        field = _FRONT_MATTER_AUTHOR.match(line)
        if field and field.group("name"):
            authors.append(field.group("name"))
        elif field:
            # the items under it; Obsidian writes each author as a link to a note: '- "[[Ann Lee]]"'
            items = fields[index + 1 :]
            items = items[: next((number for number, item in enumerate(items) if not item.startswith("- ")), len(items))]
            authors += [item[2:].strip(" \"'[]") for item in items]
    # without a title in the front matter, a byline the story prints under its headline is read there, where it
    # stands: the headline is found above it
    printed = not kept and any(_is_byline(line) and authors[0] in split_byline(line) for line in lines[end + 1 :]) \
        if authors else False
    if authors and not printed:
        kept.append("By " + (", ".join(authors[:-1]) + " and " + authors[-1] if len(authors) > 1 else authors[0]))
    sites = [line for line in fields if _SITE_FIELD.match(line)]  # Omnivore's "site_name: …", kept as a field
    kept += [""] + sites if sites else []
    return kept + [""] * (end + 1 - len(kept)) + lines[end + 1 :]


def _with_block_scalars_joined(fields: list[str]) -> list[str]:
    """A front matter's fields with each YAML block scalar on its key's line: "title: |" (or ">", "|-", ">+") over
    its indented lines, as the Omnivore plugin for Obsidian writes titles and authors, reads "title: <the lines
    joined by spaces>"."""
    joined: list[str] = []
    index = 0
    while index < len(fields):
        line = fields[index]
        index += 1
        block = _BLOCK_SCALAR.match(line)
        if block is None:
            joined.append(line)
            continue
        value = []
        # (its lines indented, the indent lost where the text's lines come stripped: up to the next key or item)
        while index < len(fields) and not _YAML_KEY.match(fields[index]) and not fields[index].lstrip().startswith("- "):
            value.append(fields[index].strip())
            index += 1
        joined.append(f"{block.group('key')}: {' '.join(part for part in value if part)}".rstrip())
    return joined


def _without_field_labels(lines: list[str]) -> list[str]:
    """``lines`` without a story file's field labels set alone over their values ("BILDTEXT 1:" over the caption),
    so that each value reads as it stands; a headline's label is joined to its line ("RUBRIK: Skogsbranden …")."""
    if sum(1 for line in lines if _FIELD_LABEL_ALONE.match(line)) < _FEWEST_FIELD_LABELS:
        return lines
    kept: list[str] = []
    for above, line in zip([""] + lines, lines):
        if _FIELD_LABEL_ALONE.match(line):
            continue
        kept.append(f"{above} {line}" if _FIELD_LABEL_ALONE.match(above) and _HEADLINE_LABEL.match(f"{above} {line}")
                    else line)
    return kept


def _field_value(line: str) -> str:
    """A labelled field's value ("TESTATA: L'Eco del Sannio" -> "L'Eco del Sannio"); other lines as they are."""
    field = _SITE_FIELD.match(line)
    return field.group("name") if field else line


def _one_line_pictures(text: str) -> str:
    """``text`` with each Markdown picture on one line and without pandoc's attributes after it
    ("![Firefighters at the depot. Photo:\nMoritz Hahn/dpa](https://…/a.jpg){width="800"\nheight="533"}")."""
    return _WRAPPED_PICTURE.sub(lambda match: "![" + " ".join(match.group("alt").split()) + "](" + match.group("url")
                                + ")", text)


def _listed_values(lines: list[str]) -> list[str]:
    """``lines`` with a dump's listed values written out: "Authors: ['Ann Lee', 'Bo Park']" as "Authors: Ann Lee, Bo Park",
    "Images: {'https://…/a.jpg', …}" as each address on a line of its own (a script's print of newspaper3k's fields)."""
    written: list[str] = []
    for line in lines:
        listed = _LISTED_FIELD.match(line)
        if not listed:
            written.append(line)
            continue
        values = [value.strip() for value in _QUOTED.findall(listed.group("values"))]
        if values and all(URL_START.match(value) for value in values):
            written += [listed.group("label") + ":"] + values
        else:
            written.append(f"{listed.group('label')}: " + (names_line(values) or ""))
    return written


def _is_byline(line: str) -> bool:
    """True for "By Missy Ryan"; False for a sentence such as "By Saturday, the toll had risen."."""
    if not _BYLINE.match(line) or len(line) > _LONGEST_BYLINE or line[-1] in ".!?":
        return False
    names = split_byline(line)
    return bool(names) and all(_is_name_word(word) for name in names for word in name.split())


# Markdown's emphasis around words: "**Daniela Urbina**", "_Ann Lee_"
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(?P<words>[^*_]+?)(?<=\S)\1")


def _unemphasised_byline(line: str) -> str:
    """A byline whose names (or whole line) a Markdown converter set in bold or italics ("Por **Daniela Urbina**",
    "*By Ann Lee*"), without the marks; any other line as it is."""
    if ("*" not in line and "_" not in line) or len(line) > _LONGEST_BYLINE:
        return line
    plain = _EMPHASIS.sub(lambda match: match.group("words"), line)
    return plain if plain != line and _is_byline(plain) else line


def _is_name_word(word: str) -> bool:
    """True for a word of a person's name: capitalised, a particle ("van", "al"), or a particle joined to the
    capitalised name by a hyphen ("al-Balushi", "el-Amin", "ben-Ami")."""
    particle, hyphen, rest = word.partition("-")
    return word[0].isupper() or word.lower() in _NAME_PARTICLES \
        or bool(hyphen) and particle.lower() in _NAME_PARTICLES and rest[:1].isupper()


# "the newsroom" in the languages a CMS fills its author field with when no one signs
_NEWSROOM_WORDS = frozenset(fold(word) for word in "redacção redação redacción redaccion redaktion rédaction redazione "
                            "redactie redakcja toimitus newsroom staff desk".split())


def _names_the_newsroom(line: str) -> bool:
    """True for a byline whose every name is the newsroom's word ("Redacção", "Redaktion"), naming no one."""
    names = split_byline(line)
    return bool(names) and all(fold(name) in _NEWSROOM_WORDS for name in names)


def _byline_part(line: str) -> str | None:
    """The labelled byline among the parts of a reader app's meta line ("valleyledger.com · by Ann Lee · 4 min")."""
    if len(line) > _LONGEST_BYLINE or not _META_SEPARATOR.search(line):
        return None
    parts = _META_SEPARATOR.split(line)
    return next((part for part in parts[1:] if _is_byline(part)), None) if len(parts) <= _META_PARTS else None


def _is_unlabelled_byline(line: str, below: str, *, apart: bool = False) -> bool:
    """True for a byline printed without "By": "Hana Duric in Sarajevo" right above its dateline or a reader
    view's reading time ("6–7 minutes"), "Ritika Sharma / THNN / Updated: May 5, 2024" with its date after it.
    ``apart``: a blank line stands between (Markdown's paragraphs), so every part must read as a person's name
    ("Local News" over a date is a section)."""
    names, separator, rest = line.partition(" / ") if " / " in line else line.partition(" | ")
    if not _UNLABELLED_BYLINE.match(names):
        return False
    if apart and (separator or len(split_byline(names)) != len(re.split(r",| and | & | und | et | y | e | en | och | og ",
                                                                         names))):
        return False
    if separator:
        return bool(find_date(rest))
    return (bool(find_date(below)) or bool(_READING_TIME.match(below)) or bool(_DAY_OF_MONTH.match(below))) \
        and len(below) <= _LONGEST_NAME_LINE


def _next_line(lines: list[str], index: int) -> str:
    """The first non-empty line after line ``index``, or ""."""
    return next((line for line in lines[index + 1 :] if line), "")


def _is_mail(lines: list[str]) -> bool:
    """True for a mail copied as text: its header ("From: …", "Name <address>") at the top."""
    return any(MAIL_HEADER.search(line) for line in lines[:_MAIL_HEADER_LINES])


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
        if len(line) > _LONGEST_NAME_LINE or URL_START.search(line) or line[-1] in ".!?":
            break
        found.append(line)
    return found


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
    if len(parts) < 2 or not is_site_name(parts[-1]) or not (is_spelled_by(parts[-1], url)
                                                               or is_publication_name(parts[-1])):
        return title, None
    kept = len(parts) - 1
    while kept > 1 and is_site_name(parts[kept - 1]) and len(parts[kept - 1].split()) <= MOST_PUBLICATION_WORDS:
        kept -= 1
    separators = _TITLE_LINE_SEPARATOR.findall(title)
    headline = parts[0] + "".join(separator + part for separator, part in zip(separators, parts[1:kept]))
    return headline, parts[-1]


def _title(lines: list[str], byline_index: int | None = None, url: str = "") -> str | None:
    """The headline: the first short line of several words before the story begins, nag and menu lines skipped.

    With a byline above the story, the headline is the last such line before it (a site's
    name or slogan copied above the headline is not it). A short line printed right above
    another (no blank line between) is the kicker over the headline. A story file's labelled
    headline ("HED: …") is the headline.
    """
    labelled = next((match.group("title") for match in map(_HEADLINE_LABEL.match, lines[:_TITLE_LINE_WINDOW]) if match),
                    None)
    if labelled:
        return labelled
    preview = _link_preview(lines)
    if preview and (byline_index is None or preview[1] is None):
        return lines[preview[0]]
    if byline_index is not None and _print_header(lines, byline_index):
        # a print edition's copy: the headline stands under the header and its byline, broken over lines as printed
        start = next((index for index in range(byline_index + 1, len(lines)) if lines[index]
                      and not _EMAIL_LINE.match(lines[index])), None)
        block = lines[start : lines.index("", start) if start is not None and "" in lines[start:] else None] \
            if start is not None else []
        if block and len(block) <= _LONGEST_PRINTED_HEADLINE and all(_is_title_like(line) for line in block):
            return " ".join(block)
    if byline_index is not None:
        above = [index for index, line in enumerate(lines[:byline_index]) if line][-_HEADLINE_TO_BYLINE:]
        properties = _property_lines(lines)
        candidates = [index for index in reversed(above) if _is_title_like(lines[index]) and index not in properties
                      and split_caption_credit(lines[index])[1] is None and not _SENTENCE_INSIDE.search(lines[index])
                      and not _goes_on_as_a_sentence(lines, index)]
        # the one the address spells ("/p/the-ferryman-retires"), not the standfirst under it
        headline = next((index for index in candidates if _is_spelled_by_slug(lines[index], url)), None) \
            if len(candidates) > 1 else None
        headline = headline if headline is not None else next(iter(candidates), None)
        if headline is not None:
            return _whole_headline(lines, headline)
    for index, line in enumerate(lines):
        if not line or NAG.search(line) or _is_page_link(line) or _PRINT_HEADER.match(line):
            continue
        if len(line) > _LONGEST_TITLE or URL_START.search(line) or _BYLINE.match(line):
            return None
        if len(line) > _LONGEST_NAME_LINE and line[-1] in ".!?":
            return None  # the story has begun
        if _is_title_like(line) and (line[-1] not in "!?" or not lines[index + 1 : index + 2] or not lines[index + 1]):
            below = lines[index + 1] if index + 1 < len(lines) else ""
            if below[:1].islower() and _is_title_like(below):
                return _whole_headline(lines, index + 1)
            return below if below and _is_title_like(below) and not _BYLINE.match(below) else line
    return None


def _print_header(lines: list[str], byline_index: int | None) -> str | None:
    """The paper a print edition's copy names in the header block over its byline, or None: the block's lines (no
    blank between them and the byline) are the paper's name, the edition's date and the page ("Coast Island Times" /
    "5 Jun 2024" / "A3" / "CAROLYN FENWICK", as PressReader's text copy prints them), a date or a page among them."""
    if not byline_index:
        return None
    start = byline_index
    while start > 0 and lines[start - 1]:
        start -= 1
    header = lines[start:byline_index]
    dated = [line for line in header if find_date(line) or _PAGE_CODE.match(line)]
    names = [line for line in header if line not in dated]
    if dated and len(names) == 1 and is_publication_line(names[0]) and not NAG.search(names[0]):
        return names[0]
    return None


def _property_lines(lines: list[str]) -> set[int]:
    """The lines of a page's property block: three or more "Name: value" lines in a row (a Notion page's database
    properties, "URL: …", "Created: …", "Tags: …", exported as lines under its "# " title), fields, never headlines."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate(lines + [""]):
        if _PROPERTY_LINE.match(line):
            run.append(index)
            continue
        if len(run) >= _FEWEST_PROPERTIES:
            found.update(run)
        run = []
    return found


def _link_preview(lines: list[str]) -> tuple[int, str] | None:
    """(the headline's line, the site's name or None) of a link preview a chat copies under a shared link: Slack's
    page address alone on its line, the site's name under it, then the page's title; Teams' title over the host."""
    for index, line in enumerate(lines[:-2]):
        name, headline = lines[index + 1], lines[index + 2]
        if _is_page_link(line) and name and is_site_name(name) and len(name.split()) <= MOST_PUBLICATION_WORDS \
                and not _TITLE_LINE_SEPARATOR.search(name) and _is_title_like(headline):
            return index + 2, name
    # Teams' card: the page's title (the site's name after it), then its host alone on a line, then the description
    for index, line in enumerate(lines[1:], start=1):
        if _HOST_LINE.match(line) and lines[index - 1] and _is_title_like(lines[index - 1]):
            return index - 1, None
    return None


def _is_spelled_by_slug(line: str, url: str) -> bool:
    """True when most words of ``line`` are the words of the address's last part ("the-ferryman-retires")."""
    segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    slug = set(re.split(r"[\W_]+", fold(segments[-1]))) if segments else set()
    words = [word for word in re.split(r"\W+", fold(line)) if word]
    return len(words) >= 2 and sum(word in slug for word in words) >= _SLUG_SHARE * len(words)


def _goes_on_as_a_sentence(lines: list[str], index: int) -> bool:
    """True for a line that a line in lower case ending in a full stop goes on from: a standfirst's sentence broken over
    lines (a print page's text dump: "Los productores estiman pérdidas" / "por cada semana de lluvias."), no headline."""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    return below[:1].islower() and below[-1:] == "."


# Words a headline's line never ends on, so the line under it goes on with the headline: articles, prepositions and
# conjunctions of the main news languages ("Oughterard bypass / back on agenda as / €24m plan revived")
HEADLINE_JOINING_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("a", "an", "the", "and", "or", "as", "of", "to", "for", "in", "on", "at", "by", "with", "from", "into",
           "over", "after", "amid", "than"),
    "de": ("der", "die", "das", "den", "dem", "des", "ein", "eine", "und", "oder", "von", "für", "mit", "nach", "zum",
           "zur", "im", "am", "auf", "aus", "bei"),
    "fr": ("le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "à", "au", "aux", "pour", "avec", "sur", "dans"),
    "es/pt/it": ("el", "los", "las", "una", "y", "o", "en", "por", "para", "con", "del", "da", "do", "dos", "das", "em",
                 "no", "na", "il", "lo", "gli", "di", "per", "e"),
    "nl/nordic": ("het", "een", "en", "van", "voor", "met", "op", "och", "og", "af", "av", "til", "till", "på", "för"),
}
_HEADLINE_JOINING = frozenset(word for words in HEADLINE_JOINING_WORDS.values() for word in words)


def _whole_headline(lines: list[str], index: int) -> str:
    """The headline ending on line ``index``, with the lines it continues, as pdftotext breaks a printed headline: a
    line starting in lower case goes on the one above it ("Grain elevator fire" / "smolders for third day"), and so
    does a line under one ending in an article, a preposition or a conjunction ("back on agenda as" / "€24m plan
    revived"; see ``_ends_joining``). A line it continues may be short ("Kejetia traders" / "get new market stalls")."""
    start = index
    while start > 0 and _is_headline_part(lines[start - 1]) \
            and (lines[start][:1].islower() or _ends_joining(lines[start - 1])):
        start -= 1
    return " ".join(lines[start : index + 1])


def _ends_joining(line: str) -> bool:
    """True for a line ending in an article, a preposition or a conjunction; a capital letter alone is a name's
    ("Serie A", "Formula E"), not the article "a" or the conjunction "e"."""
    last = line.split()[-1]
    return (last if len(last) == 1 else last.lower()) in _HEADLINE_JOINING


def _is_headline_part(line: str) -> bool:
    """True for a line that may be the first part of a headline broken over lines: no sentence's end, date, address,
    byline or nag."""
    return bool(line) and line[-1] not in ".:;,!?" and len(line) <= _LONGEST_TITLE and not find_date(line) \
        and not URL_START.search(line) and not NAG.search(line) and not _BYLINE.match(line)


def _is_page_link(line: str) -> bool:
    """True for a line that is only a link to a page, not to a picture (the story's address a share sheet copies)."""
    return bool(URL_START.match(line)) and " " not in line and not names_an_image(line) \
        and not is_image_service_url(line) and not asks_for_width(line)


def _is_title_like(line: str) -> bool:
    if not line:
        return False  # a blank line (a page cut short leaves one where a headline's neighbour was)
    # A question or an exclamation can be a headline; a full stop ends a sentence of the story.
    ending = line[-1] not in ".:;," and (line[-1] not in "!?" or len(line) <= _LONGEST_NAME_LINE)
    return (ending and len(line.split()) >= _FEWEST_TITLE_WORDS and not find_date(line)
            and not URL_START.search(line) and not NAG.search(line))
