"""One part of a credit classified: an organisation, an unknown name, or nothing but qualifiers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from catalog.credits.agencies import (
    canonical_agency,
    fold,
    is_masthead,
    is_organisation_like,
    is_printed_as_name,
    one_word_spellings,
)
from catalog.credits.labels import ARCHIVE_NOUNS
from catalog.credits.names import is_name, is_photo_brand, is_prose, is_titled, names_a_cause, strip_period
from catalog.credits.vocabulary import (
    ACRONYM_GLUED,
    BRAND,
    DESK_CODE,
    GLUED_REPORTER,
    GLUED_WORDS,
    HANDLE,
    HANGUL_BRAND,
    INITIALS,
    INITIALS_AFTER,
    INITIALS_THEN_HANGUL,
    INITIALS_THEN_WORD,
    INSTITUTES_AFTER,
    KOREAN_ROLES,
    LEADING_YEAR,
    ISO_DAY,
    LICENCE,
    NO_PARTY,
    NOT_NAMES,
    NUMBERED_BRAND,
    PAGE_WORDS,
    PHOTO_DATED,
    NAMED_PLATFORMS,
    PLATFORM_PAGE,
    PRICE_CODE,
    QUALIFIER_ENDINGS,
    QUALIFIER_WORDS,
    TRAILING_QUALIFIER,
    TRAILING_QUALIFIER_WORDS,
    TRANSMISSION_MARKS,
)


# an American broadcaster's call sign: K or W and two or three capitals, its band after a hyphen ("WFAA", "KSL-TV")
_CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?$")
_NOT_CALL_SIGNS = frozenset({"WWII", "WWI", "KKK"})


@dataclass(frozen=True)
class _Item:
    """What one part of a credit is: an organisation, an unknown name, or nothing but qualifiers."""

    kind: str  # "org", "unknown" or "skip"
    value: str = ""
    qualifiers: frozenset[str] = frozenset()
    structured: bool = False  # the part itself shows credit grammar ("AP Photo", "Pool", "For The ...")
    known: bool = False
    named: bool = False  # an organisation by its own words: table, "Press", "for The X"
    titled: bool = False  # "The Valley Ledger": an organisation when the credit's grammar says so ("Name/The X")
    bad: bool = False


_GLUED_SENTENCE = re.compile(r"[a-z]{2}\.[A-Z][a-z]")
# a word's lower case run into a capitalised word, then a word in lower case: a name glued to a sentence ("Vadim
# GhirdaProtest la", "Nathan DenetteSunday, it"). The glued word follows another word, as a surname follows its given
# name; a brand printed in camel case opens its part ("SolarCity and partners", "SmugMug user"). A name's own capitals
# follow a short prefix ("McDonald", "DiCaprio", "MacKenzie")
_GLUED_WORDS = re.compile(r"\w[\s]+[\w'’-]*?[a-zß-ÿ]{3}[A-ZÀ-Þ][a-zß-ÿ]+[\s,]+[a-zß-ÿ]")
_QUOTED_HANGUL = re.compile(r"[가-힣]['‘’\"“”]|['‘’\"“”][가-힣]")
# an archive word in lower case before its owner's name, as a credit prints a file picture's source ("archives Grund
# Médias", "archivo El Día"); capitalised, "Archives nationales" is the owner's own name
# ("archív ŠH", "arhiva Jutarnjeg lista", "архив ТАСС": labels.ARCHIVE_NOUNS, the owner capitalised in any script)
_ARCHIVE_OF = re.compile(rf"^(?:{'|'.join(sorted(map(re.escape, ARCHIVE_NOUNS), key=len, reverse=True))})\s+"
                         r"(?:(?:de|du|des|of|del|do|da|di)\s+)?(?P<owner>[^\W\d_][\w&'’.-]*(?:\s+[\w&'’.-]+){0,4})$")
# a city or a country by its dotted initials, closing an outlet's name ("L.A.", "D.C.", "N.Y.", "U.K.")
_PLACE_INITIALS = frozenset({"la", "dc", "ny", "nyc", "sf", "nj", "uk", "us", "nz"})
# an owner printed by its initials, in any alphabet ("TJD", "WWF", "АП", "ŠH")
_INITIALS_OWNER = re.compile(r"^(?:[^\W\d_a-zß-ÿа-яё]){2,6}$")
# a reporter's role and the outlet's short name after the photographer ("Kiwahe / Reportero W", "Name / Fotógrafo
# EL PAÍS"): what the person is, as "Staff Photographer" is, no party of its own
_REPORTER_OF = re.compile(r"^(?:Reporter[oa]?|Fot[oó]grafa?|Fotorreporter[oa]|Corresponsal|Correspondent|Repórter|Fotógrafo)"
                          r"(?: [A-ZÀ-Þ][\w.&-]*| [A-ZÀ-Þ]{2,}){1,2}$")
# a platform, then the title of a page on it ("Facebook Luminosity Gaming", "Instagram Museu do Ipiranga")
_PLATFORM_THEN_PAGE = re.compile(rf"^({'|'.join(NAMED_PLATFORMS)})\s+[A-ZÀ-Þ][\w'’.&-]*"
                                 r"(?:\s+(?:[A-ZÀ-Þ0-9][\w'’.&-]*|de|do|da|dos|das|of|the)){0,4}$")
_PLATFORM_KEYS = tuple(f"{platform.lower()} " for platform in NAMED_PLATFORMS)  # the folded item's start, cheap first
# a known organisation's one-word name ending in lower case, capitals glued right after it
_WIRE_GLUED_BEFORE_CAPITALS = re.compile("^(?:" + "|".join(sorted(
    (re.escape(word) for word in one_word_spellings() if word[0].isupper() and word[-1].islower() and len(word) > 3),
    key=len, reverse=True)) + r")(?=[A-Z]{2})")
_OPENING_QUOTES = {"«": "»", "„": "“", "“": "”", '"': '"'}  # a name in quotes, as several languages print a paper's
_TRADE_MARK = re.compile(r"\s*[®™]")
# Chinese "picture supplied" (供图) after the body that supplied it, glued or spaced: "故宫博物院供图", "国家航天局 供图";
# the line keeps the mark, as Korean keeps 제공 (docs/credit-tables.md). A word naming no party before it or before
# "provided" (提供) leaves no agency ("受访者供图", the interviewee's; "民众提供"); two or three characters no table knows
# may be a person's name, left to the readers of names
_PROVIDED_MARKS = ("供图", "供圖", "提供")
_PROVIDER = re.compile(r"^[\u4e00-\u9fff·]{2,12}$")
_PROSE = _Item("skip", bad=True)
_SKIP = _Item("skip")


# a picture word, a preposition and a noun in lower case, in the Romance languages: what kind of picture it is
# ("Ilustração de arquivo", a file illustration; "Foto de archivo", "Imagem de divulgação", a handout), no party's
# name, which is capitalised ("Foto de Agência Brasil"); the noun's stem says a file picture whatever its ending
_PICTURE_KIND = re.compile(r"^(?P<picture>(?i:fotos?|fotograf[ií]as?|imagem|imagen|immagine|image|photo|ilustra[çc][ãa]o"
                           r"|ilustraci[óo]n|illustrazione|illustration))\s+(?:de|di|da|do|du|del|d['’])\s*"
                           r"(?P<noun>[a-zß-öø-ÿ]{3,})$")
_ARCHIVE_STEMS = frozenset(fold(noun)[:5] for noun in ARCHIVE_NOUNS if len(noun) > 5)

# "reproduction" in the languages that print it before the platform a picture was copied from
_REPRODUCED = ("reproducao ", "reproduccion ", "reproduction ", "riproduzione ", "reproducció ")


# a verb's auxiliary or a word addressing the reader before a platform's page: a sentence, no one's page named ("our",
# "my" name the page's owner: "Photo: Our Facebook page" is the outlet's own)
_SENTENCE_OR_READER_WORDS = frozenset("is are was were be been has have had you your yours we".split())


@lru_cache(maxsize=16384)
def classify(item: str) -> _Item:
    """Classify one part of a credit; parts recur across credits, so the answer is kept."""
    item = strip_period(item.strip().strip(",").lstrip(".©").strip())
    if " kod " in item and item[-1:].isdigit():
        item = PRICE_CODE.sub("", item)  # "TT kod 10060": TT's price code after its name, no party
    if item[:1] == "@" and canonical_agency(item[1:]) and " " not in item:
        return _Item("org", canonical_agency(item[1:]), known=True, named=True)  # "@Shutterstock": the agency's account
    if item[:1] == "@" and HANDLE.match(item):
        return _Item("unknown", item)  # "@Joyce_Karam", "@JaneRoe": an account, the person who posted the picture
    if item[:4] in ("Dok.", "dok.", "DOK.") and len(item) > 5:
        found = classify(item[4:])  # Indonesian "Foto: Dok. Humas Polri": a file picture (dokumentasi) of the office
        return _Item(found.kind, found.value, found.qualifiers | {"file"}, True, found.known, found.named, found.titled,
                     found.bad)
    archive = _ARCHIVE_OF.match(item)
    if archive is None and item[:1].isupper():
        # capitalised before initials or a known name, the archive word is still the owner's ("Archivo TJD", "Archivos
        # WWF", "Архив АП"); before words it is the archive's own name ("Archivo General de la Nación")
        archive = _ARCHIVE_OF.match(item[:1].lower() + item[1:])
        if archive and not (_INITIALS_OWNER.match(archive["owner"]) or canonical_agency(archive["owner"])):
            archive = None
    if archive is None and item[:1].isupper() and " " in item:
        owner, _, noun = item.rpartition(" ")
        if noun.lower() in ARCHIVE_NOUNS and _INITIALS_OWNER.match(owner):  # "Photo DDM Archives": the paper's archive
            return _Item("org", canonical_agency(owner) or owner, frozenset({"file"}), True,
                         known=bool(canonical_agency(owner)), named=True)
    if archive and archive.group("owner")[0].isupper():  # French "archives Grund Médias", "archives AFP": a file picture, from its owner's archive
        owner = canonical_agency(archive.group("owner"))
        return _Item("org", owner or archive.group("owner"), frozenset({"file"}), True, known=bool(owner), named=True)
    if is_prose(item):
        return _PROSE  # a sentence of caption text, not a name
    half = len(item) // 2
    if len(item) > 7 and not len(item) % 2 and " " in item and item[:half] == item[half:]:
        return _PROSE  # "JANE ROEJANE ROE": a name printed twice with no gap, read once where the caption is tidied
    if "." in item and _GLUED_SENTENCE.search(item):
        return _PROSE  # "Larry Fink.Thos Robinson": a sentence's last word and the next one's first, with no gap
    if _GLUED_WORDS.search(item):
        return _PROSE  # "Vadim GhirdaProtest la București": the name run into the next caption's words, with no gap
    if not item.isascii() and _QUOTED_HANGUL.search(item):
        return _PROSE  # "연합뉴스'집값 상승' ...": a headline's quoted words, no Korean name is printed so
    if len(item) > 4 and item[0] in _OPENING_QUOTES and item[-1] == _OPENING_QUOTES[item[0]] \
            and not any(quote in item[1:-1] for quote in "«»„“”\""):
        return classify(item[1:-1])  # "Name / «Новая газета»": a paper's name in quotes, as Russian prints it
    if item[:1].isupper() and not canonical_agency(item):
        glued = _WIRE_GLUED_BEFORE_CAPITALS.match(item)
        if glued and item[glued.end():].isupper():
            return classify(f"{glued.group()} {item[glued.end():]}")  # "ReutersTV": the wire's product, "Reuters TV"
        if glued:
            return _PROSE  # "Name/ReutersJP Morgan": the wire, then the page's next tag glued on, no organisation's name
    if "®" in item or "™" in item:  # "Courtesy of Fitbit® Flex™": the trade marks sign a brand, never a person's name
        brand = " ".join(_TRADE_MARK.sub("", item).split())
        if item[-1] in "®™" and _TRADE_MARK.search(item).end() == len(item) and not canonical_agency(brand) \
                and is_name(brand, strict=True) and not is_organisation_like(brand):
            return classify(brand)  # "Jane Doe™": one mark closing a person's full name marks no brand of its words
        return _Item("org", canonical_agency(brand) or brand, structured=True, known=bool(canonical_agency(brand)),
                     named=True) if brand else _SKIP
    key = fold(item)
    qualifier = QUALIFIER_WORDS.get(key)
    if qualifier:
        return _Item("skip", qualifiers=frozenset({qualifier}), structured=True)
    kind = _PICTURE_KIND.match(item) if " " in item and item[-1:].islower() else None
    if kind:  # "REUTERS/Name | Ilustração de arquivo": what kind of picture it is, no party
        qualifiers = {"file"} if fold(kind["noun"])[:5] in _ARCHIVE_STEMS else set()
        if fold(kind["picture"]).startswith(("ilustra", "illustra")):
            qualifiers.add("illustration")
        return _Item("skip", qualifiers=frozenset(qualifiers), structured=True)
    if key in NOT_NAMES or key in NO_PARTY or key in TRANSMISSION_MARKS or LICENCE.match(item) or ISO_DAY.match(item):
        return _SKIP  # "Name, CC BY-SA 4.0, via Wikimedia Commons": the licence names no one
    if _REPORTER_OF.match(item):  # "Name / Reportero W": their role; the outlet is a party when a table knows it
        outlet = canonical_agency(item.split(None, 1)[1])
        return _Item("org", outlet, frozenset({"staff"}), True, known=True, named=True) if outlet \
            else _Item("skip", qualifiers=frozenset({"staff"}), structured=True)
    if not item.isascii() and item.endswith(_PROVIDED_MARKS) and _PROVIDER.match(item[:-2].rstrip()):
        provider = item[:-2].rstrip()  # "故宫博物院供图", "国家航天局 供图": the body that provided the picture
        if fold(provider) in NO_PARTY:
            return _Item("skip", qualifiers=frozenset({"courtesy"}), structured=True)  # "受访者供图": the interviewee
        if item.endswith(("供图", "供圖")) and (len(provider) > 3 or canonical_agency(provider)
                                               or is_organisation_like(provider)):
            return _Item("org", canonical_agency(provider) or provider, frozenset({"courtesy"}), True, named=True)
    qualifiers_first: frozenset[str] = frozenset()
    role = next((role for suffix, role in KOREAN_ROLES.items() if item.endswith(" " + suffix)), None) \
        if not item.isascii() else None
    if role is None and item.endswith("기자") and GLUED_REPORTER.match(item):
        role = KOREAN_ROLES["기자"]  # "심기문기자": the reporter's mark glued to a three-syllable name
        item = f"{item[:-2]} 기자"
    if role:  # Korean "Name 기자" (the paper's reporter), "Paper 사진부" (its photo desk), "Org 제공" (provided by)
        suffix, qualifier, kind = role
        item = item[: -len(suffix)].rstrip()
        if kind == "person" and ("=" in item or item.count(" ") > 2):
            return _PROSE  # "...에서 사진=Name 기자 ... 글=Name 기자": a run of the page's fields, no one name
        key, qualifiers_first = fold(item), frozenset({qualifier})
        if kind == "org":
            if "@" in item or "=" in item:
                return _PROSE  # "Name 기자 id@paper.com, 사진=Provider 제공": the reporter's byline, then the credit
            return _Item("org", canonical_agency(item) or item, qualifiers_first, True, named=True)
    qualifiers: set[str] = set(qualifiers_first)
    if item[-5:] in ("-Pool", "-POOL") and is_name(item[:-5], strict=True):
        qualifiers.add("pool")  # "Britta Pedersen-Pool/Getty Images": the pool's mark glued to the photographer's name
        item, key = item[:-5], fold(item[:-5])
    match = TRAILING_QUALIFIER.search(item) if key.endswith(QUALIFIER_ENDINGS) or key[-1:].isdigit() else None
    while match and match.start() > 0:  # "US NAVY HANDOUT", "AP Pool", "Reuters TV"; not "Smiley N. Pool"
        rest = item[: match.start()].strip()
        if is_masthead(rest) and match[1].lower().startswith("file"):
            # "AMERICAN-STATESMAN FILE 2003": the paper's file picture (of that year)
            return _Item("org", rest, frozenset(qualifiers | {"file"}), True, named=True)
        if match[1].lower() == "handout" and not canonical_agency(rest) and rest[:1].isupper() \
                and is_printed_as_name(rest):
            # "Blue Origin Handout/EPA": a body hands a picture out, a person does not; the name before it is a body
            return _Item("org", rest, frozenset(qualifiers | {"handout"}), True, named=True)
        if not (canonical_agency(rest) or is_organisation_like(rest)):
            if match[1].lower() in ("photo editor", "chief photographer") and " " not in rest and rest.istitle():
                # "Name / Forum Photo Editor": the photographer's title at a paper the credit does not name in full
                return _Item("skip", qualifiers=frozenset(qualifiers | {"staff"}), structured=True)
            if match[1].lower() == "pool" and rest.isalpha() and rest.isupper() and 2 <= len(rest) <= 6:
                # "Name – WPA Pool/Getty Images": the rota's initials name a pool of papers, no agency
                return _Item("skip", qualifiers=frozenset(qualifiers | {"pool"}), structured=True)
            break
        qualifiers.add(TRAILING_QUALIFIER_WORDS[match[1].lower()])
        item, key = rest, fold(rest)
        match = TRAILING_QUALIFIER.search(item)
    known = canonical_agency(item)
    if not known and item.endswith("照片") and canonical_agency(item[:-2].strip()):
        # "Koji Sasahara/AP 照片/文件": a machine-translated page prints "AP Photo/File" word for word in Chinese
        return _Item("org", canonical_agency(item[:-2].strip()), frozenset(qualifiers), True, known=True, named=True)
    if not known and key.startswith(_REPRODUCED) and " " in item:
        known = canonical_agency(item.split(None, 1)[1])  # "Reprodução Instagram": a copy of the platform's picture
    if not known and " kod " in key and key[-1].isdigit():
        known = canonical_agency(item[: item.rfind(" kod ")])  # "TT kod 10060": TT's price code names no one
    if not known and key.endswith(" str"):
        known = canonical_agency(item[:-4])  # "AFP STR": the wire's stringer, unnamed
    if not known and key[-4:].isdigit() and key[-5:-4] == " ":
        known = canonical_agency(item[:-4])  # "© AFP 2023 / Name": the year of the copyright
    if not known and key[:4].isdigit():
        year = LEADING_YEAR.match(item)
        if year:  # "(2019年 ロイター/Name)": Japanese pages print the year of the copyright first
            known = canonical_agency(item[year.end():])
    if not known and key.endswith(PAGE_WORDS):
        page = PLATFORM_PAGE.search(item)
        if page and _SENTENCE_OR_READER_WORDS.intersection(item[:page.start()].lower().split()):
            page = None  # "A link has been posted to your Facebook feed": a share widget's sentence to the reader
        if page:  # "Juho Eerolan Facebook-sivu" (Juho Eerola's Facebook page): the platform the picture was taken from
            known = canonical_agency(page[1]) or page[1]
    if not known and key.startswith(_PLATFORM_KEYS):
        page = _PLATFORM_THEN_PAGE.match(item)
        if page:  # "Reprodução/Facebook Luminosity Gaming": a page there, by its title; the platform is the party
            known = canonical_agency(page[1])
    if known:
        if "staff" in key.split():
            qualifiers.add("staff")  # "Globe Staff"
        wire_form = key.endswith((" photo", " foto", " photos"))  # "AP Photo", "AFP PHOTO": a wire's own form
        return _Item("org", known, frozenset(qualifiers), bool(qualifiers) or wire_form, known=True, named=True)
    if key.startswith(("for ", "special to ")):  # "Name/ For The Washington Post", "Name/Special to CPR News":
        stripped = item.split(None, 2 if key.startswith("special") else 1)[-1]  # the client a photographer works for
        if stripped.startswith("the ") and stripped[4:5].isupper():
            stripped = stripped[4:]  # "for the Arkansas Gazette": the sentence's article, as "for the AP" is AP
        if not is_printed_as_name(stripped[4:] if stripped[:4].lower() == "the " else stripped):
            return _PROSE  # "for CPR NewsDenver calf roping cowboy": the caption glued on, no client's name
        known = canonical_agency(stripped) or _parent(stripped)  # "for NPR Public Editor": for NPR
        # "for NPR" may be a team or a cause ("Lionel Messi for Inter Miami"): a label must vouch for it
        named = bool(known) or is_organisation_like(stripped) or is_titled(stripped)
        return _Item("org", known or stripped, frozenset(qualifiers), True, known=bool(known), named=named)
    if key.endswith((" rm", " rf")) and is_organisation_like(item[:-3]):
        return _Item("org", item[:-3].strip(), frozenset(qualifiers), True, named=True)  # "Blend Images RM": a licence
    if " למען " in item and not is_prose(item):  # Hebrew "for the sake of": "הורים למען האקלים" (Parents for the Climate)
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers), named=True)
    if " for " in item and names_a_cause(item.split(" for ", 1)[0]) and is_printed_as_name(item):
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers), named=True)  # "Parents for Future": a body
    if item.startswith("the ") and item[4:5].isupper() and is_organisation_like(item[4:]):
        item = item[4:]  # "Courtesy of the Deji Art Museum": the sentence's article; "The Times" keeps its own
    if is_organisation_like(item):  # "Mugwum Press"
        if item.rsplit(None, 1)[-1] in ("and", "of", "&", "for", "the"):
            return _SKIP  # "CPT TANNER — No 2 Army Film and /AFP": a name the page cut off names no one
        if key.startswith("official ") and is_organisation_like(item[9:]):
            item = item[9:].strip()  # "Official Marine Corps Photo by Name": the service, not its form
        parent = _parent(item)
        if parent:  # "NASA Hubble Space Telescope", "NASA Goddard Space Flight Center": a unit of NASA
            return _Item("org", parent, frozenset(qualifiers), bool(qualifiers), known=True, named=True)
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers), named=True)
    if item[:1] in "KW" and _CALL_SIGN.match(item) and item not in _NOT_CALL_SIGNS:
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers), named=True)  # "Name/WFAA": a station
    dated = PHOTO_DATED.search(item) if key[-1:].isdigit() else None
    if dated:  # "SLCPD photo from July 9, 2023": the office's own form, with the day it was taken
        item, key = item[: dated.start()], fold(item[: dated.start()])
    if key.endswith((" photo", " foto", " photograph")):  # "New York Air National Guard photo"
        stripped = item[: item.rstrip().rfind(" ")].strip()
        if is_organisation_like(stripped) or _holds_acronym(stripped):
            return _Item("org", stripped, frozenset(qualifiers), True, named=True)
        if item[-6:] in (" Photo", " Foto") and " " in stripped and is_name(stripped, strict=True):
            # "Andre Lamar Photo" (a US local paper's form): the picture word after the photographer's full name
            # says what the line credits, as "Photo:" before it would; the name alone is the person
            return _Item("unknown", stripped, frozenset(qualifiers), bool(qualifiers))
    if "-" in item and " " not in item and any(canonical_agency(part) for part in item.split("-")):
        wires = [canonical_agency(part) for part in item.split("-")]
        if len(wires) == 2 and all(wires):  # "AFP-Yonhap": a Korean paper prints the source, then its carrier
            return _Item("org", wires[0], frozenset(qualifiers), True, known=True, named=True)
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers), named=True)  # "Gamma-Keystone"
    if item.endswith(")"):
        if item.startswith("the ") and item[4:5].isupper():
            item = item[4:]  # "Image courtesy of the European Southern Observatory (ESO)": the sentence's article
        match = INITIALS_AFTER.match(item) if not item.isascii() else INSTITUTES_AFTER.match(item)
        if match and is_organisation_like(match[1]):  # "한국사진기자협회(KPPA)", "Hubble Heritage Team (STScI/AURA)"
            initials = canonical_agency(item[item.rfind("(") + 1:-1])
            if initials:  # "National Aeronautics and Space Administration (NASA)": a known one, spelled out
                return _Item("org", initials, frozenset(qualifiers), True, known=True, named=True)
            return _Item("org", match[1], frozenset(qualifiers), True, named=True)
        spelled = _SPELLED_OUT.match(item)
        if spelled and is_organisation_like(spelled[2]):  # "WANA (West Asia News Agency)": initials, then the name
            known = canonical_agency(spelled[1]) or canonical_agency(spelled[2])
            if known:  # a listed one is its canonical name, as "Name (NASA)" is NASA (docs/credit-tables.md)
                return _Item("org", known, frozenset(qualifiers), True, known=True, named=True)
            return _Item("org", item, frozenset(qualifiers), True, named=True)
        head = item[:item.rfind(" (")] if " (" in item else ""
        if head and is_organisation_like(head) and not is_prose(head):
            # "RMN-Grand Palais (musée du Louvre)": the institution, and the one it photographed for in brackets
            return _Item("org", canonical_agency(head) or head, frozenset(qualifiers), True, named=True)
    if DESK_CODE.match(item):
        return _SKIP  # "ANTARA FOTO/Name/hp": an editor's initials or a number, no party
    if is_photo_brand(item):
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers), named=True)  # "Fotoarena", "FRAMEPHOTO"
    if item.endswith("+") and item[:-1].strip() and item[0].isupper() and len(item.split()) <= 3:
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers), named=True)  # "DISNEY+", "Apple TV+": a brand
    if " " not in item and item[:1].islower() and _PICTURE_TRADE_NAME.match(item):
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers), named=True)  # "snapshot-photography"
    if " " not in item and BRAND.match(item):  # "iPolitics", "eNCA", "TVN24": no person's name is printed so
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers), named=True)
    if " " not in item and (GLUED_WORDS.search(item) or ACRONYM_GLUED.match(item)):
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers))  # "APFootage", "IslandVisionss": a brand
    if item[1:2].isupper() and INITIALS_THEN_WORD.match(item):
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers), named=True)  # "VNOI wiki": a site's name
    if not item.isascii() and INITIALS_THEN_HANGUL.match(item):
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers), named=True)  # "SSG 랜더스": a Korean club
    if " " not in item and HANGUL_BRAND.match(item):
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers), named=True)  # "시사IN": a Korean outlet's brand
    if NUMBERED_BRAND.match(item):  # "Name/Sul21", "TVN24": an outlet's brand, no person's name holds a number
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers), named=True)
    parent = _parent(item) if " " in item and item[:1].isupper() else None
    if parent and " " not in item.split(" ", 1)[1] and not is_organisation_like(item.split(" ", 1)[1]):
        # "NASA Ames", "NASA Goddard": a known organisation's initials, then one of its sites or units
        return _Item("org", parent, frozenset(qualifiers), bool(qualifiers), known=True, named=True)
    if INITIALS.match(item):  # "JPL-Caltech", "PPE": an organisation's initials, no person's name
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers))
    if " & " in item and any(canonical_agency(part) for part in item.split(" & ")):
        return _Item("org", item, frozenset(qualifiers), True, named=True)  # "Hubble & NASA"
    code = _CODE_AFTER.match(item)
    if code:  # "Endermann, Andreas (end)": the photographer's desk code after the name, no part of it
        item = code[1]
    return _Item("unknown", item, frozenset(qualifiers), bool(qualifiers), titled=is_titled(item))


_CODE_AFTER = re.compile(r"^(.*[^\W\d_])\s+\([a-z]{2,4}\)$")
# a picture business's name in lower case, a word hyphenated to its trade ("snapshot-photography", "studio-foto"): no
# person's name is printed so
_PICTURE_TRADE_NAME = re.compile(r"^[a-z][a-z0-9]{2,}-(?:photography|fotografie|fotografia|fotografía|photos?|fotos?"
                                 r"|images|pictures|pix|bild|bilder|media|press)$")
_SPELLED_OUT = re.compile(r"^([A-Z][A-Z&.-]{1,9}) \(([^()]{3,80})\)$")  # an organisation's initials, its name in brackets


def is_city_edition(name: str) -> bool:
    """"Streetsblog L.A.", "Curbed D.C.": an outlet's edition named by its city's dotted initials, as the slash after a
    photographer places it; no person's name ends so (a title before a label may: "PHOTOS: Occupy L.A.")."""
    head, _, last = name.rpartition(" ")
    return head[:1].isupper() and last.count(".") >= 2 and fold(last) in _PLACE_INITIALS and len(head.split()) <= 3


def _parent(name: str) -> str | None:
    """The known organisation whose initials open a longer name ("NASA Goddard Space Flight Center" is NASA's)."""
    head, _, rest = name.partition(" ")
    return canonical_agency(head) if rest and head.isupper() and len(head) >= 3 and rest[:1].isupper() else None


def as_titled_organisation(found: _Item) -> _Item:
    """The "The X" part as the organisation the credit's slash or "via" makes it."""
    return _Item("org", found.value, found.qualifiers, found.structured, named=True)


def _holds_acronym(text: str) -> bool:
    """"Israel GPO", "NOAA": an office's initials before its own "photo" make it an organisation; a name in
    capitals ("JANE ROE photo") is not one, nor a word of prose."""
    words = text.split()
    acronyms = [word for word in words if 2 <= len(word) <= 6 and word.isalpha() and word.isupper()]
    return bool(acronyms) and (len(words) == 1 or len(acronyms) < len(words)) and len(words) <= 4 \
        and all(word[:1].isupper() for word in words)
