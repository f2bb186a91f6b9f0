"""Which publication a story belongs to, and which evidence on the page says so.

Strongest evidence first: a byline naming the paper the story came from (a syndicated
story keeps its origin), ``og:site_name``, the JSON-LD ``publisher``, ``application-name``,
the ``<title>`` suffix ("Headline | The Valley Ledger"), the masthead logo's alt text, and
the footer's "© 2024 The Valley Ledger". A section name ("Politics", a navigation link's
text) or the site's slogan is never the publication. A name the site's settings spell like its
address ("shoreline", "coastnews.com.au") or squash into one word ("JaffaPost") yields to one
printed as a name.
"""

from __future__ import annotations

import re
from typing import Iterable
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from catalog.articles.bylines import PUBLICATION_WORDS, split_byline
from catalog.articles.photos import clean_text
from catalog.credits.agencies import canonical_agency, fold

# (Japanese and Chinese titles join the site with a full-width bar and no spaces: "見出し｜紙名")
PORTAL_UNDERSCORE = r"\s+_\s*|_(?=[\u3400-\u9fff])"
# A paragraph that is a copyright line: the mark, the year, the name ("Copyright 2024 KBVL. All rights reserved.")
_DATED_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d\d\b", re.IGNORECASE)
_LONGEST_COPYRIGHT_PARAGRAPH = 100
# The marks a page's title prints between the headline and the site's name: WordPress's en dash, the choices SEO
# plugins offer ("-", "–", "—", ":", "·", "•", "*", "⋆", "|", "~", "»": Yoast/wordpress-seo
# inc/options/class-wpseo-option-titles.php $separator_options), "›", and the "::" of phpBB's and older CMSs' templates
# ("{SITENAME} :: {PAGE_TITLE}", phpBB 2's subSilver overall_header.tpl). Each stands between spaces; a colon is a
# separator only where the headline itself cannot hold it (_TITLE_SEPARATORS, not HEADLINE_SEPARATORS).
HEADLINE_SEPARATORS = r"\s+(?:[|–—·•»›~*⋆]|::)\s+|\s+-\s+|" + PORTAL_UNDERSCORE
# (and Chinese portals' underscore, spaced or touching the next part in Han script: "标题 _探索者 _光明网", "标题_新浪新闻")
_TITLE_SEPARATORS = re.compile(r"\s+:\s+|\s*｜\s*|" + HEADLINE_SEPARATORS)
# A logo's alt that names the link, not the site: "home" and "front page" in the main news languages (the languages'
# own words on their sites' home links and in WordPress's and Drupal's translations of "Home")
HOME_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("home", "homepage", "home page", "front page", "logo"), "de": ("startseite", "zur startseite"),
    "fr": ("accueil", "page d'accueil", "retour à l'accueil"), "es": ("inicio", "portada", "página principal"),
    "pt": ("início", "inicio", "página inicial", "capa"), "it": ("pagina iniziale", "prima pagina"),
    "nl": ("startpagina", "voorpagina"), "sv/no/da": ("startsida", "hem", "forside", "forsiden", "hjem"),
    "fi": ("etusivu",), "pl": ("strona główna",), "cs/sk": ("úvod", "úvodní stránka", "hlavní stránka", "domov"),
    "hu": ("címlap", "főoldal", "kezdőlap"), "ro": ("acasă", "pagina principală"),
    "hr/sr/bs/sl": ("naslovna", "početna", "naslovnica", "насловна", "почетна"),
    "bg/ru/uk": ("начало", "главная", "главная страница", "головна", "начална страница"), "el": ("αρχική",),
    "tr": ("ana sayfa", "anasayfa"), "lt": ("pradžia",), "lv": ("sākums",), "et": ("avaleht",),
    "id/ms": ("beranda", "laman utama"), "ar": ("الرئيسية", "الصفحة الرئيسية"), "he": ("דף הבית", "ראשי"),
    "fa": ("صفحه اصلی", "خانه"), "vi": ("trang chủ",), "th": ("หน้าแรก",), "sw": ("nyumbani", "mwanzo"),
}
_GENERIC_LOGO_ALT = frozenset(word for words in HOME_WORDS.values() for word in words)
_LOGO_NOISE = re.compile(r"\s*(?:\blogo\b|\bhomepage\b|\bhome\b)\s*", re.IGNORECASE)
# "All rights reserved" in the languages of the papers we read: the name ends before it.
_RIGHTS_RESERVED = (
    r"all rights reserved|todos los derechos|todos os direitos|tous droits|alle rechte|tutti i diritti|"
    r"alle rechten|alle rettigheter|alle rettigheder|med ensamrätt|kaikki oikeudet|wszelkie prawa|všechna práva"
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*:?\s*(?:(?:©|\(c\)|copyright)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    # a period after a single letter abbreviates a legal form ("Verlagsgesellschaft m.b.H."): part of the name
    r"(?P<name>(?:[^.|©]|(?<=\b\w)\.)+?)"
    # a middle dot or bullet between spaces ends it ("© 2024 El Ojo de Cartago · slogan ·"); Catalan's "l·l" does not
    rf"\s*(?:(?<!\b\w)\.|,|\||\s[-–—·•]\s|\b(?:{_RIGHTS_RESERVED})\b|"
    r"\b(?:or|and) its (?:affiliate|subsidiar)|$)",
    re.IGNORECASE,
)
_SECTION_WORDS = frozenset(
    "news local world nation national politics business markets money sport sports opinion culture arts "
    "science health tech technology lifestyle travel weather obituaries video photos home "
    # "news" and "region" in the languages of the papers we read: a section after the site's name
    "zprávy zpravy nachrichten noticias actualités actualites notizie nieuws nyheter nyheder uutiset wiadomości "
    "wiadomosci haberler notícias noticias aktuelles regional lokales региональные новости".split()
)
_LONGEST_NAME = 60
# A company's legal form closing its name ("Pty Ltd", "S.p.A.", "GmbH"): a publisher company, not a paper
_LEGAL_FORM = re.compile(r"\b(?:pty\.?\s+ltd|ltd|limited|inc|llc|plc|gmbh|ag|s\.?\s?a|s\.?\s?l|s\.?p\.?a|b\.?v|n\.?v|"
                         r"a/s|as|ab|oy|kft|sp\.\s?z\s?o\.?o)\.?$", re.IGNORECASE)
# "Ana Ruiz, The Public Ledger, and Dev Patel, …": the site is one author's outlet, more names follow
_MORE_NAMES = re.compile(r",\s*(?:and|&|und|et|y|e|och|i)\s+\S", re.IGNORECASE)
_BYLINE_TAIL = re.compile(r"\s*,\s+|\s+[|–—-]\s+")
_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
_NAME_PARTICLES = frozenset(
    "of the and for de du des del della di da do dos das la le las los el van von der den het für am im och og en y e et".split())


def page_publication(
    soup: BeautifulSoup, meta: dict[str, str], publisher_names: Iterable[str], *, headline: str | None,
    byline_publication: str | None, url: str | None = None,
) -> tuple[str | None, str | None]:
    """(publication, the evidence that named it) for an HTML page at ``url``; (None, None) when nothing does."""
    logo, footer = _logo_alt(soup), _footer_copyright(soup)
    site = [
        ("og:site_name", meta.get("og:site_name")),
        ("json-ld publisher", next(iter(publisher_names), None)),
        ("application-name", meta.get("application-name")),
        ("title suffix", _title_suffix(soup, headline, meta, url, named_elsewhere=(logo, footer))),
        ("logo alt", logo),
        ("footer copyright", footer),
    ]
    named = dict(site)
    if named["title suffix"] and named["footer copyright"] \
            and _is_slogan_after(soup, named["footer copyright"], named["title suffix"]):
        site = [(source, name) for source, name in site if source != "title suffix"]
    # a section's name in the site's setting ("Wiadomości", the news subdomain's og:site_name) names no publication;
    # nor does the story's own headline where a CMS fills a site field with the page's title (an aggregator's
    # application-name "Nintendo's first iPhone game will launch in December for $10")
    found = [(source, without_section(clean_text(name))) for source, name in site
             if clean_text(name) and not set(clean_text(name).lower().split()) <= _SECTION_WORDS
             and not (headline and _same(clean_text(name), headline))]
    # "Manila Courier News" in the title where the logo and the footer print "Manila Courier": the name and a section
    # (a name the site's settings give, "SCB News" as og:site_name, is the brand); unless other evidence prints the
    # whole name ("© 2024 Teleandes Noticias" under the logo's "Teleandes"): then the logo shortens it
    found = [(source, next((other for _, other in found if _is_name_and_section(name, other)), name)
              if source == "title suffix" and not any(_same(name, other) for elsewhere, other in found
                                                      if elsewhere != source) else name)
             for source, name in found]
    # A site name that is only the domain ("gazzettadelcolle.it"), or its host's name in lower case ("shoreline" at
    # www.shoreline.com), yields to a printed name; a brand spelled with its domain in capitals ("SportsCentral.com",
    # "Salon.com") is the name as the site prints it. So does a footer's company ("© Coast Digital Pty Ltd"): the
    # publisher's legal name, not the paper's; and a name squashed into one word ("JaffaPost", an app's label) yields
    # to the same name printed as words ("The Jaffa Post"), as does the host's name a scraper capitalised into one
    # word (Embedly's provider_name "Gazzettadelsannio" beside the title's "Gazzetta del Sannio").
    words = [name for _, name in found if " " in name and all(word[:1].isalpha() for word in name.split())]
    found = sorted(found, key=lambda item: bool(_DOMAIN.fullmatch(item[1])) and item[1].islower()
                   or bool(url) and _is_host_name(item[1], url)
                   or item[0] == "footer copyright" and bool(_LEGAL_FORM.search(item[1]))
                   or " " not in item[1] and item[1][:1].isupper() and any(_same(item[1], name) for name in words))
    if byline_publication and not any(_same(byline_publication, name) for _, name in found):
        return byline_publication, "syndication"
    return (found[0][1], found[0][0]) if found else (None, None)


# A republished story's note naming where it first ran, in the main news languages whose notes print the paper's name
# as it is ("This article originally appeared on The Ridgeway Tribune", "Este artículo fue publicado originalmente en
# Plaza Regional", "Dieser Artikel erschien zuerst bei Kieler Bote", "Artikel ini pertama kali tayang di Suara Desa"),
# from the republishing notes news partnerships print (Creative Commons republishing plugins, their translations);
# the languages that decline the name after the note (Finnish, the Slavic and Baltic languages, Hungarian, Greek,
# Turkish, Hebrew) are left out: the name would be read in a case of its own. docs/article-formats.md, "Word families".
REPUBLISHED_NOTES: dict[str, tuple[str, ...]] = {
    "en": (r"(?:originally|first)\s+(?:appeared|published|ran)\s+(?:on|in|at|by)",
           r"(?:republished|reprinted|reproduced)\s+(?:with\s+permission\s+)?from"),
    "es": (r"(?:publicad[oa]|aparecid[oa])\s+(?:originalmente|originariamente|primero|inicialmente)\s+(?:en|por)",
           r"(?:se\s+)?(?:public[óo]|apareci[óo])\s+(?:originalmente|primero|inicialmente)\s+en",
           r"originalmente\s+(?:publicad[oa]|aparecid[oa])\s+(?:en|por)"),
    "pt": (r"(?:publicad[oa]|divulgad[oa])\s+(?:originalmente|primeiro|inicialmente)\s+(?:em|no|na|pelo|pela)",
           r"originalmente\s+publicad[oa]\s+(?:em|no|na|pelo|pela)"),
    "fr": (r"(?:initialement|originellement|d['’]abord|originalement)\s+(?:publiée?|parue?)\s+(?:dans|sur|par)",
           r"(?:publiée?|parue?)\s+(?:initialement|à\s+l['’]origine|d['’]abord)\s+(?:dans|sur|par)"),
    "it": (r"(?:pubblicat[oa]|apparso|apparsa|uscit[oa])\s+(?:originariamente|originalmente|inizialmente|per\s+la\s+prima"
           r"\s+volta)\s+(?:su|in|da|sul|sulla)",),
    "de": (r"(?:zuerst|ursprünglich|erstmals)\s+(?:erschienen|veröffentlicht)\s+(?:in|im|bei|auf)",
           r"erschien\s+(?:zuerst|ursprünglich|erstmals)\s+(?:in|im|bei|auf)"),
    "nl": (r"(?:oorspronkelijk|eerder|eerst)\s+(?:verschenen|gepubliceerd)\s+(?:in|op|bij)",
           r"verscheen\s+(?:eerder|oorspronkelijk|eerst)\s+(?:in|op|bij)"),
    "sv": (r"(?:publicerades|publicerad)\s+(?:först|ursprungligen)\s+(?:i|på|hos)",),
    "no/da": (r"(?:først|opprinnelig|oprindeligt?)\s+(?:publisert|publiceret|bragt|offentliggjort)\s+(?:i|på|hos)",),
    "ro": (r"(?:publicat|apărut)\s+(?:inițial|iniţial|pentru\s+prima\s+dată)\s+(?:pe|în|de)",),
    "id/ms": (r"(?:pertama\s+kali|sebelumnya|awalnya)\s+(?:tayang|terbit|dimuat|diterbitkan|disiarkan)\s+(?:di|oleh)",),
    "vi": (r"(?:được\s+)?đăng\s+(?:lần\s+đầu|tải\s+lần\s+đầu)\s+(?:trên|tại)",),
    "tl": (r"unang\s+nailathala\s+sa",), "sw": (r"ilichapishwa\s+(?:kwa\s+mara\s+ya\s+kwanza\s+)?(?:na|katika|kwenye)",),
    "ar": (r"نُ?شر\s+(?:هذا\s+المقال\s+)?(?:أصلا|أصلاً|في\s+الأصل|لأول\s+مرة|أولا)\s+(?:في|على)",),
}
_SYNDICATION_NOTE = re.compile(
    rf"(?<!\w)(?:{'|'.join(note for notes in REPUBLISHED_NOTES.values() for note in notes)})\s+"
    # an article in lower case is the sentence's ("published by the Hudson Valley Courier"), capitalised the name's
    r"(?-i:(?:the|el|la|le|les|o|a|il|der|die|het|de)\s+)?(?P<name>[^\W\d_][^.,:;()]*?)"
    # where the name ends: a mark, the language's "and", a date ("on", "el 3 de mayo")
    r"\s*(?:[.,:;(]|\s+(?:and|y|e|et|und|en|och|og|dan|na|và|şi|si)\s|\s+under\s|\s+on\s"
    r"|\s+(?:el|le|am|em|il|op|om|den|pada)\s+\d|$)", re.IGNORECASE)


def syndication_note(line: str) -> str | None:
    """The publication a republished story's note says it first appeared in, or None."""
    match = _SYNDICATION_NOTE.search(line)
    name = clean_text(match.group("name")) if match else None
    if not name or not (name[0].isupper() or name[0].lower() == name[0].upper()):
        return None  # a name is capitalised, unless its script has no capitals ("نشر لأول مرة في الشرق الأوسط")
    return name if len(name) <= _LONGEST_NAME and len(name.split()) <= 6 else None


# A portal's source line naming the paper it carries the story from ("来源：东海日报", "Quelle: Kieler Bote")
_SOURCE_LINE = re.compile(r"^(?:来源|來源|出处|出處|稿源|quelle|fonte|fuente|source|источник|джерело|źródło|kaynak|"
                          r"sumber|nguồn|zdroj|forrás|bron|kilde|källa)\s*[:：]\s*(?P<name>\S.{0,40})$", re.IGNORECASE)


def source_line(text: str) -> str | None:
    """The publication a story's source line names ("来源：东海日报"), or None; a news agency is no publication."""
    match = _SOURCE_LINE.match(clean_text(text) or "")
    name = match.group("name").strip() if match else None
    return name if name and not _DOMAIN.fullmatch(name) and not any(c.isdigit() for c in name) \
        and not canonical_agency(name) else None


def copyright_holder(line: str) -> str | None:
    """The name in a copyright line ("© 2024 The Valley Ledger. All rights reserved."), or None."""
    match = _COPYRIGHT.search(line)
    name = clean_text(re.sub(r"\s*\b(?:19|20)\d\d\s*$", "", match.group("name"))) if match else None  # "© Name 2024"
    # a company's registration number after its name ("Ledger Media Sdn Bhd (11233-X)") is no part of the name
    name = re.sub(r"\s*\([^()]*\d[^()]*\)$", "", name) if name else name
    domain = _DOMAIN.match(line, match.start("name")) if match else None
    if name and domain and len(domain.group()) > len(name):
        name = domain.group()  # "© 2024 thedeltastar.com": a domain, not a name cut at its dot
    return name if name and len(name) <= _LONGEST_NAME and not name[0].isdigit() else None


def _same(first: str, second: str) -> bool:
    return comparable_name(first) == comparable_name(second)


def comparable_name(name: str | None) -> str:
    """A publication's name reduced for comparison: lower case, letters and digits only, no leading "the"."""
    return re.sub(r"\W|^the", "", (name or "").lower())


def without_site_name(byline: str | None, site_names: Iterable[str | None]) -> str | None:
    """A byline without the site's own name printed after the names ("Ana Paz, Notícias do Sul RS": the site and
    its edition), or the byline as it was."""
    if not byline:
        return byline
    sites = [comparable_name(name) for name in site_names if name and len(comparable_name(name)) > 3]
    for separator in _BYLINE_TAIL.finditer(byline):
        rest = byline[separator.end():]
        if any(comparable_name(rest).startswith(site) for site in sites) and not _MORE_NAMES.search(rest):
            return byline[:separator.start()]
    # "By Kyle Durant , Maya Ellison Frontier News": the site's name closing the names, with no separator
    for space in re.finditer(r"\s+", byline):
        if comparable_name(byline[space.end():]) in sites and split_byline(byline[:space.start()]):
            return byline[:space.start()]
    return byline


def is_spelled_by(name: str, url: str) -> bool:
    """True when the address's host spells the name ("The Severn Vale Echo" at www.severnvaleecho.co.uk,
    "Brněnské listy" at brnenskelisty.cz)."""
    spelled = re.sub(r"\W|^the", "", fold(name).replace(" ", ""))
    return len(spelled) > 3 and spelled in urlsplit(url).netloc.lower().split(".")




def _is_host_name(name: str, url: str) -> bool:
    """True for the page's host name printed in lower case as the site's name ("shoreline" at www.shoreline.com)."""
    return name.islower() and " " not in name and name in urlsplit(url).netloc.lower().split(".")[:-1]


def _is_own_domain(name: str, url: str) -> bool:
    """True for the page's own domain printed as the site's name ("coastnews.com.au" at www.coastnews.com.au)."""
    host = urlsplit(url).netloc.lower().removeprefix("www.")
    return bool(_DOMAIN.fullmatch(name)) and name.lower().removeprefix("www.") == host


def _title_suffix(soup: BeautifulSoup, headline: str | None, meta: dict[str, str], url: str | None,
                  named_elsewhere: Iterable[str | None] = ()) -> str | None:
    """The last part of the document title that is neither the headline nor a section; of several, the one the
    page's logo or footer names ("Headline - 香江日報 - 港聞": the paper, then a section no menu lists)."""
    if soup.title is None:
        return None
    title = clean_text(soup.title.get_text()) or ""
    known = {clean_text(text) for text in (headline, meta.get("og:title")) if text}
    # a headline holding a separator ("Brand i Malmö – tio evakuerade | Kvällsbladet") is one part, not two
    whole = next((text for text in known if text and title.startswith(text) and _TITLE_SEPARATORS.match(title, len(text))),
                 None)
    parts = [whole, *_TITLE_SEPARATORS.split(title[len(whole):])] if whole else _TITLE_SEPARATORS.split(title)
    parts = [clean_text(part) for part in parts]
    parts = [part for part in parts if part]
    # The title may print the kicker the headline left out: "Kicker: Headline - Site".
    known |= {part for part in parts if any(part.endswith(f": {text}") for text in known if text)}
    if len(parts) < 2 or not known & set(parts):
        return None
    sections = _link_texts(soup)
    # "Headline | Site", or "Site | Headline" where the headline comes last
    others = parts[1:] if parts[0] in known else [part for part in parts if part not in known]
    names = []
    for part in reversed(others):
        if part in known or len(part) > _LONGEST_NAME or not (_is_name_like(part) or url and is_spelled_by(part, url)
                                                               or url and _is_own_domain(part, url)):
            continue  # the headline again, or a slogan ("Covering Millbrook since 1921")
        if part.lower() in sections or part.lower() in _SECTION_WORDS or set(part.lower().split()) <= _SECTION_WORDS:
            continue  # "Headline | Politics", "Headline - Site | News": a section, the site before it if named
        names.append(part)
    elsewhere = [comparable_name(name) for name in named_elsewhere if name]
    # the footer's holder may be the paper's company ("香江日報集團有限公司"): its name opens it
    return next((part for part in names if comparable_name(part)
                 and any(other.startswith(comparable_name(part)) for other in elsewhere)), names[0] if names else None)


def without_section(name: str) -> str:
    """A site's name without the section a feed or a section's settings print after it ("Kootenay Standard – Local
    News" -> "Kootenay Standard"), or the slogan the site's settings print beside it ("Aktuálně.cz - Víte, co se
    právě děje", "Breaking news you can trust | The Valley Ledger"): of a name and a phrase, the name."""
    parts = _TITLE_SEPARATORS.split(name)
    if len(parts) == 2 and set(parts[1].lower().split()) <= _SECTION_WORDS and _is_name_like(parts[0]):
        return parts[0]
    if len(parts) == 2:
        names = [part for part in parts if _is_name_like(part)]
        slogans = [part for part in parts if _is_slogan(part)]
        if len(names) == 1 and len(slogans) == 1 and names[0] != slogans[0]:
            return names[0]
    return name


def _is_slogan(text: str) -> bool:
    """True for a phrase of several words written as a sentence, not a name ("Víte, co se právě děje", "Breaking
    news you can trust"): words in lower case beyond a name's particles, or a comma."""
    words = text.split()
    lower = [word for word in words if word[:1].islower() and word.lower() not in _NAME_PARTICLES]
    return len(words) >= 3 and (len(lower) >= 2 or "," in text) and not _is_name_like(text)


def without_site_tail(title: str | None, site_names: Iterable[str | None]) -> str | None:
    """A title without the site's name the page's settings print after it (og:title "Headline - BBC News" where
    og:site_name is "BBC News"; "Headline | Aktuálně.cz" where the publisher is "Aktuálně.cz"), or the title as it was.
    A site name printed with its slogan counts by its name."""
    if not title:
        return title
    names = {comparable_name(part) for name in site_names if name
             for part in [name, without_section(clean_text(name) or "")] + _TITLE_SEPARATORS.split(name)}
    names.discard("")
    tails = list(_TITLE_SEPARATORS.finditer(title))
    if tails and comparable_name(title[tails[-1].end():]) in names and tails[-1].start() > 0:
        return title[:tails[-1].start()].rstrip()
    return title


def _is_name_and_section(name: str, other: str) -> bool:
    """True when ``name`` is ``other`` followed by a section's words ("Manila Courier News", "Manila Courier")."""
    rest = name[len(other):] if name.casefold().startswith(other.casefold()) else ""
    return rest[:1] == " " and set(rest.lower().split()) <= _SECTION_WORDS


def is_site_name(text: str) -> bool:
    """True for text that can name a publication: title-cased, no digits, not a section ("Politics", "Local News")."""
    return _is_name_like(text) and not set(text.lower().split()) <= _SECTION_WORDS


def _is_name_like(text: str) -> bool:
    """True for a title-cased name ("The Valley Ledger", "Le Quotidien du Sud"), not a slogan or a sentence."""
    words = text.split()
    # languages that write a paper's name in lower case after its first word ("Дніпровська правда", "Lidové noviny")
    lower_case_name = 1 < len(words) <= 3 and words[0][:1].isupper() and words[-1].lower() in PUBLICATION_WORDS
    # a script without letter case (Japanese, Chinese, Thai) capitalises nothing
    return not any(word.isdigit() for word in words) and (lower_case_name or all(
        word[:1].isupper() or not word[:1].isalpha() or word[:1].lower() == word[:1].upper()
        or word.lower() in _NAME_PARTICLES for word in words))


def _link_texts(soup: BeautifulSoup) -> set[str]:
    """The texts of navigation links (section names), lower-cased."""
    texts: set[str] = set()
    areas = soup.find_all("nav") + soup.find_all(class_=re.compile(r"(?:^|[-_])(?:nav|menu|sections?)(?:$|[-_])", re.I))
    for area in areas:
        texts.update(clean_text(link.get_text()).lower() for link in area.find_all("a") if clean_text(link.get_text()))
    return texts


def _logo_alt(soup: BeautifulSoup) -> str | None:
    """The alt text of the masthead's logo image, without "logo" and "home"."""
    for image in soup.find_all("img", alt=True):
        if not _is_logo(image):
            continue
        name = clean_text(_TITLE_SEPARATORS.split(_LOGO_NOISE.sub(" ", image["alt"]).strip(" -–|:"))[0])
        # a slogan in the alt ("Community news for the valley") is not the name
        if name and name.lower() not in _GENERIC_LOGO_ALT and len(name) <= _LONGEST_NAME and _is_name_like(name):
            return name
    return None


def _is_logo(image: Tag) -> bool:
    for tag in [image, *list(image.parents)[:3]]:
        values = " ".join([*(tag.get("class") or []), str(tag.get("id") or "")]).lower()
        if "logo" in values or "masthead" in values or "brand" in values:
            return True
    # Blogger's "Header1_headerimg" in "header-inner": the site's banner, a link home, outside the post
    marked_header = any("header" in " ".join([*(tag.get("class") or []), str(tag.get("id") or "")]).lower()
                        for tag in [image, *list(image.parents)[:3]])
    return (image.find_parent("header") is not None or marked_header) and image.find_parent("article") is None and image.find_parent("a", href=True) is not None


def _is_slogan_after(soup: BeautifulSoup, name: str, suffix: str) -> bool:
    """True when the footer prints the title's suffix after the site's name ("© 2024 Lagos Mirror - Truth Without
    Borders"): the suffix is the site's slogan, not its name."""
    if _same(name, suffix):
        return False
    printed = re.compile(re.escape(name) + r"\s*(?:[|–—·•:-]\s*)" + re.escape(suffix), re.IGNORECASE)
    return any(printed.search(text) for footer in soup.find_all("footer") or [soup] for text in footer.stripped_strings)


def _footer_copyright(soup: BeautifulSoup) -> str | None:
    domain = None
    for footer in soup.find_all("footer") or [soup]:
        for text in footer.stripped_strings:
            if "©" in text or "copyright" in text.lower() or "(c)" in text.lower():
                name = copyright_holder(text)
                if name and not _DOMAIN.fullmatch(name):
                    return name
                domain = domain or name  # "© 2024 thedeltastar.com" yields to "Copyright: The Delta Star" after it
    if domain is None and soup.find("footer") is not None:
        # a footer naming no one: a station's story closes with its own line ("Copyright 2024 KBVL. All rights reserved.")
        for paragraph in soup.find_all("p"):
            text = clean_text(paragraph.get_text(" ")) or ""
            if len(text) <= _LONGEST_COPYRIGHT_PARAGRAPH and _DATED_COPYRIGHT.match(text) and copyright_holder(text):
                return copyright_holder(text)
    return domain
