"""Cutting a credit into its parts: at slashes, spaced dashes and commas, and where a name meets an organisation.

``split_segments("Kirby Lee-USA TODAY Sports / Getty")`` gives the name, then each
organisation, each with whether a slash stands next to it (a slash is credit grammar:
"Name/The Day" makes "The Day" a paper).
"""

from __future__ import annotations

import re
from functools import lru_cache

from catalog.credits.agencies import (
    canonical_agency,
    fold,
    is_organisation_like,
    one_word_spellings,
    slashed_spellings,
)
from catalog.credits.names import (
    is_acronym,
    is_capitalised,
    is_name,
    is_organisation_name,
    is_photo_brand,
    is_role_or_place_initials,
    names_a_cause,
)
from catalog.credits.organisations import PHOTO_SITES, PREFIX_WIRES
from catalog.credits.parts import classify
from catalog.credits.vocabulary import (
    FOR,
    HANDLE,
    HEAD_FIRST,
    INITIALS_THEN_HANGUL,
    KOREAN_NAME,
    KOREAN_ROLE_WORDS,
    KOREAN_ROLES,
    NUMBERED_BRAND,
    LICENCE,
    ISO_DAY,
    QUALIFIER_WORDS,
    RANKS,
    SEGMENTS,
    SLASH_IN_BRACKETS,
)


def split_segments(part: str) -> list[tuple[str, bool]]:
    """Split on "/", spaced dashes and ";", then split "Name-USA TODAY Sports" and "Name for Org".

    Each segment comes with whether a slash or a bar stands next to it ("Sarah Gordon / The Day").
    """
    nested = "(" in part and "/" in part and SLASH_IN_BRACKETS.search(part)
    if nested:  # "Hubble Heritage Team (STScI/AURA)": a slash inside brackets is no separator of the credit
        part = SLASH_IN_BRACKETS.sub(lambda match: match.group().replace("/", "\0"), part)
    slashed_name = "/" in part and _SLASHED_NAME.search(part)
    if slashed_name:  # "RFE/RL / Name": an organisation whose one name holds a slash
        part = _SLASHED_NAME.sub(lambda match: match.group().replace("/", "\0"), part)
        nested = True
    pieces = SEGMENTS.split(part)  # segment, separator, segment, ...
    if nested:
        pieces = [piece.replace("\0", "/") for piece in pieces]
    last = len(pieces) - 1
    segments: list[tuple[str, bool]] = []
    for index in range(0, len(pieces), 2):
        segment = pieces[index].strip()
        if segment.lower() == "efe" and segments and segments[-1][0].lower() == "epa":
            continue  # "EPA/EFE" is EPA-EFE, one agency
        # a bar is the slash of a credit printed in a page's own style ("Christian Harsa | The Lantern")
        slashed = (index > 0 and pieces[index - 1] in "/|\\") or (index < last and pieces[index + 1] in "/|\\")
        segments.extend((piece, slashed) for piece in _split_glued_organisation(segment))
    return segments


# The known names with a slash in them whose parts name no one known ("RFE/RL"; not "X/Twitter", whose parts are
# read one by one), kept whole where a credit is cut at its slashes
_SLASHED_NAME = re.compile(r"(?<!\w)(?:" + "|".join(sorted(
    (re.escape(spelling) for spelling in slashed_spellings()), key=len, reverse=True)) + r")(?!\w)")

# words that join a photographer to an organisation: what follows them is no separate party
_LINKS = frozenset({"for", "by", "via", "of", "from", "on", "at", "to"})

# a wire's one-word name glued to the photographer's, at a change from lower to upper case
_GLUED_ORGANISATIONS = [word for word in one_word_spellings() if word[0].isupper()]
_ORGANISATION_GLUED_AT_END = re.compile(r"(?<=[a-zà-ÿ])(?:" + "|".join(map(re.escape, _GLUED_ORGANISATIONS)) + r")$")
# the last two characters of those names (the whole of a one-character name): a segment ending on none is refused before
# the pattern tries each name at each of its positions
_GLUED_ORGANISATION_ENDINGS = frozenset(word[-2:] for word in _GLUED_ORGANISATIONS)


def _may_end_on_glued_organisation(segment: str) -> bool:
    """Whether a segment ends on a letter and on the last characters of an organisation's name (a cheap test first)."""
    return segment[-1:].isalpha() and (segment[-2:] in _GLUED_ORGANISATION_ENDINGS
                                       or segment[-1:] in _GLUED_ORGANISATION_ENDINGS)


_DASH = re.compile("[-–—]")
_SPECIAL_TO = re.compile(r",?\s+special\s+to\s+(?=\S)", re.I)  # a freelancer's "Special to The X", US papers' form
_SITE = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,6}")  # a site named by its domain ("ShoreLine.com")
_GLUED_BRAND = re.compile(r"^[A-Z]{2,}[a-z]{3,}$")  # "OKNOstudio": an acronym glued to a word, no person's name
# a wire that prints itself first, in capitals, glued to its photographer's name
_WIRE_GLUED_FIRST = re.compile("(?:" + "|".join(sorted(wire.upper() for wire in PREFIX_WIRES)) + ")(?=[A-ZÀ-Þ][a-zà-ÿ])")


# Korean and Japanese papers print a wire's picture with the home agency that carries it, joined by "=" or glued where
# the script changes: "[AFP=연합뉴스]", "로이터=연합뉴스" (Yonhap), "AFP연합뉴스" (hani.co.kr's captions), "[AP=뉴시스]"
# (Newsis), "(ロイター=共同)" (Kyodo), "【AFP=時事】" (Jiji): the wire's picture, via the home agency
_JOINED_ORGANISATIONS = re.compile(r"^(.+?)\s?[=＝]\s?(.+)$"
                                   r"|^([A-Za-z][\w.-]*?)(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3])(.+)$")


def carried_by_home_agency(body: str) -> list[str] | None:
    """The wire and the home agency of "AFP=연합뉴스", "ロイター=共同", "AFP연합뉴스": both known, the second carrying;
    a file picture's word after them ("AFP=연합뉴스 자료사진") is their qualifier. A body's "provided" (제공) before the
    home agency ("서울 강북경찰서 제공 연합뉴스") makes the body the source and the agency its carrier."""
    body = body.strip()
    filed = _FILE_AFTER_CARRIER.match(body)
    if filed:
        wire, _, carrier = filed["carried"].rpartition(" ")  # "AP 연합뉴스 자료사진": the two set apart by a space
        found = carried_by_home_agency(filed["carried"]) or (
            [wire, carrier] if wire and canonical_agency(wire) and canonical_agency(carrier) else None)
        return [*found, filed["file"]] if found else None
    provided = _PROVIDED_THEN_CARRIER.match(body)
    if provided and canonical_agency(provided["carrier"]) and not canonical_agency(provided["body"][:-2].strip()):
        return [provided["body"], provided["carrier"]]
    joined = _JOINED_ORGANISATIONS.match(body)
    if joined is None:
        return None
    wire, carrier = (part.strip() for part in joined.groups() if part is not None)
    if canonical_agency(wire) and canonical_agency(carrier) and not canonical_agency(body):
        return [wire, carrier]
    return None


# "AFP=연합뉴스 자료사진", "AP 연합뉴스 자료사진": the carried picture, then Korean "file photo"
_FILE_AFTER_CARRIER = re.compile(r"^(?P<carried>\S.*?\S)\s+(?P<file>자료\s?사진)$")
# "서울 강북경찰서 제공 연합뉴스", "국방부 제공=연합뉴스": a body's handout, carried by a home agency
_PROVIDED_THEN_CARRIER = re.compile(r"^(?P<body>[^=/]{2,40}\s제공)\s?=?\s?(?P<carrier>[^\s=/]{2,8})$")


# a particle a surname opens with, joined to it by a hyphen: Arabic "Al-", "El-", "Abu-", "Bin-", Maghrebi "Ould-",
# Berber "Aït-" ("Sameer Al-DOUMY", AFP's surname in capitals): the capitals after it are the surname, no outlet
_PARTICLES_BEFORE_HYPHEN = frozenset("al el ad as ash an ar at az abu abou bin ben ibn ould ait aït".split())


@lru_cache(maxsize=8192)
def _split_glued_organisation(segment: str) -> tuple[str, ...]:
    """``Kirby Lee-USA TODAY Sports`` -> [name, org]; ``Andrey Rudakov for Bloomberg`` likewise."""
    if ("-" in segment or "—" in segment or "–" in segment) and not canonical_agency(segment):
        for match in _DASH.finditer(segment):  # "Kirby Lee-USA TODAY Sports", TIME's "Kevin Frayer—AP"
            right = segment[match.end():].strip()
            if right and canonical_agency(right) and " " in segment[: match.start()].strip():
                return segment[: match.start()].strip(), right  # not "Gamma-Keystone": one agency's name
            left = segment[: match.start()].strip()
            if canonical_agency(left) in PREFIX_WIRES and " " in right and is_name(right, strict=True) \
                    and is_capitalised(right):
                return left, right  # "THE CANADIAN PRESS/AP-James Manning": the wire first, its photographer after
            if match.group() != "-" and (canonical_agency(left) or NUMBERED_BRAND.match(left)) and " " in right \
                    and is_name(right, strict=True) and is_capitalised(right):
                return left, right  # "MTV3–KALLE VÄISTÖ": an outlet, an en dash unspaced, then its photographer
            if match.group() == "-" and " " in left and len(right) >= 3 and right.isalpha() and right.isupper() \
                    and left.split()[-1].casefold() not in _PARTICLES_BEFORE_HYPHEN \
                    and not any(len(word) > 1 and word.isupper() for word in left.split()) \
                    and is_name(left, strict=True) and is_capitalised(left):
                # "Fredy Maro-IKULU": a name in mixed case, a hyphen, then its outlet in capitals; AFP prints a
                # surname in capitals ("Daniel LEAL-OLIVAS"), which is one name
                return left, right
    first = _WIRE_GLUED_FIRST.match(segment) if segment[:2].isupper() else None
    if first and " " in segment[first.end():] and is_name(segment[first.end():], strict=True) \
            and is_capitalised(segment[first.end():]):
        return first.group(), segment[first.end():]  # "REUTERSEduardo Munoz": the wire first, its slash lost
    glued = _ORGANISATION_GLUED_AT_END.search(segment) if _may_end_on_glued_organisation(segment) else None
    if glued and is_name(segment[: glued.start()], strict=True):
        return segment[: glued.start()], glued.group()  # "Daniel Leal-OlivasAFP": two page elements, no gap
    words = segment.split()
    if len(words) == 2 and KOREAN_NAME.match(words[1]) and words[1] not in KOREAN_ROLE_WORDS \
            and classify(words[0]).kind == "org" and not INITIALS_THEN_HANGUL.match(segment):
        return words[0], words[1]  # "시사IN 조남진": the outlet, then its photographer's Korean name
    if 3 < len(words) and any(fold(word) in RANKS for word in words[1:4]):
        for size in (1, 2, 3):  # "U.S. Army Sgt. 1st Class Name": the service, then its photographer by rank
            left, right = " ".join(words[:size]), " ".join(words[size:])
            if fold(words[size]) in RANKS and canonical_agency(left) and is_name(right, strict=False) \
                    and is_capitalised(right):
                return left, right
    if len(words) == 2 and canonical_agency(words[0]) and canonical_agency(words[1]) and not canonical_agency(segment):
        return words[0], words[1]  # "Name / AP TT": the wire, then the home agency that carries it
    if 2 < len(words) and not canonical_agency(segment):  # "PATRICK SEMANSKY AP", "Alex Wong Getty Images"
        for size in (1, 2, 3):
            left, right = " ".join(words[:-size]), " ".join(words[-size:])
            if len(words) - size >= 2 and right[0].isalnum() and canonical_agency(right) and is_name(left, strict=True) \
                    and not canonical_agency(words[-size - 1]) and fold(words[-size - 1]) not in _LINKS:
                return left, right  # not "BRYAN MEADE FOR THE SUNDAY TIMES": "for" links the client to the name
        for size in (2, 3):  # "BELGA PHOTO DAVID PINTENS": a wire printing itself first in its own form, no slash
            left, right = " ".join(words[:size]), " ".join(words[size:])
            if fold(words[size - 1]) in ("photo", "foto") and canonical_agency(left) and is_name(right, strict=True) \
                    and is_capitalised(right) and not canonical_agency(words[size]):
                return left, right
        for size in (2, 3):  # "KARINE VIANA PALÁCIO PIRATINI": a name, then an organisation named head first
            left, right = " ".join(words[:-size]), " ".join(words[-size:])
            if len(words) - size >= 2 and fold(words[-size]) in HEAD_FIRST and is_organisation_like(right) \
                    and is_name(left, strict=True) and is_capitalised(left):
                return left, right
        if is_photo_brand(words[-1]) and is_name(" ".join(words[:-1]), strict=True):
            return " ".join(words[:-1]), words[-1]  # "NELSON ANTOINE FRAMEPHOTO": the photographer and the agency
        last = words[-1]
        if not last.isupper() and not last.islower() and _GLUED_BRAND.match(last) and classify(last).kind == "org" \
                and is_name(" ".join(words[:-1]), strict=True) and is_capitalised(" ".join(words[:-1])):
            return " ".join(words[:-1]), last  # "Ela Bialkowska OKNOstudio": the photographer and the studio's brand
    if " courtesy " in segment.lower():  # "Lucas Foglia courtesy Fredericks & Freiser Gallery"
        at = segment.lower().index(" courtesy ")
        left, right = segment[:at], segment[at + 10:]
        if is_name(left, strict=True):
            return left, "courtesy " + right
    # "Annie Spratt on Unsplash", "Name from Pexels", German "Name auf Pixabay", French "Name sur Unsplash": a site's form
    for word in (" on ", " from ", " @ ", " auf ", " sur ", " en ", " su "):
        if word in segment and not canonical_agency(segment):
            left, _, right = segment.rpartition(word)
            if word == " from " and picture_from(segment):
                return left, right  # "Photo from the Huffington Post": the paper a picture word says it came from
            if left.strip() and canonical_agency(right.strip()) \
                    and ("@" not in left or HANDLE.match(left.strip())):  # not "Follow @Name on Twitter"
                if canonical_agency(left.strip()) in PHOTO_SITES and canonical_agency(right.strip()) in PHOTO_SITES:
                    return (right.strip(),)  # "Pixabay from Pexels": another site's account reposting there, no one's name
                return left.strip(), right.strip()
    lower = segment.lower()
    special = _SPECIAL_TO.search(segment) if "special to " in lower else None
    if special and is_name(segment[: special.start()].strip(), strict=True):
        # "Gee Johnson, Special to the News Journal": a freelancer's picture for the paper, as "for" says it
        return segment[: special.start()].strip(), "special to " + segment[special.end():].strip()
    client = ("for" in lower or "pour" in lower or "für" in lower or "voor" in lower) and FOR.search(segment)
    if (" for " in lower or client) and not canonical_agency(segment):
        left, right = FOR.split(segment, maxsplit=1) if client else (segment, "")
        core = right[4:] if right.startswith("the ") and right[4:5].isupper() else right  # "for the Arkansas Gazette"
        if left and right and (canonical_agency(core) or is_organisation_like(core) or is_organisation_name(core)) \
                and not (is_organisation_like(left) and is_organisation_like(segment) and not canonical_agency(right)
                         and not right.startswith("The ") and not _SITE.fullmatch(right)) and not names_a_cause(left):
            return left, "for " + right  # "for" stays: it marks the organisation ("for The Valley Ledger")
        # not "Transport for NSW", "Centre for Research": an organisation named with "for" is one organisation; an
        # agency "for" a paper ("Mugwum Press for The Times") or a site ("SJ Advance Media for ShoreLine.com") is the
        # agency and its client
    return (segment,)


# a picture word and "from" before a body under its article: "Photo from the Huffington Post"
_PICTURE_FROM = re.compile(r"^(?:Photo|Image|Picture|Photograph) from (?P<source>the [A-Z].*)$")
# words for an area that close a place's name: "the Lake District", "Orange County", "the Rhine Valley"
_AREA_WORDS = frozenset("district county region province valley coast shire borough".split())


def picture_from(text: str) -> str | None:
    """The body a picture word says the picture came from ("Photo from the Huffington Post"): a known one, or a name of
    two words or more read as an organisation that is not a place ("the Lake District") nor a common noun ("the
    Archives"); None when it names none."""
    match = _PICTURE_FROM.match(text.strip().rstrip("."))
    if match is None:
        return None
    source = match["source"]
    if canonical_agency(source[4:]):
        return source
    words = source.split()
    found = classify(source)
    return source if len(words) > 2 and fold(words[-1]) not in _AREA_WORDS and found.kind == "org" and found.named \
        else None
# a surname, a comma and a given name, one word each, an editor's code after it: "Endermann, Andreas (end)"
_SURNAME_FIRST = re.compile(r"^[A-ZÀ-ÞĀ-Ž][\w'’-]+, [A-ZÀ-ÞĀ-Ž][\w'’-]+(?: \([a-z]{2,4}\))?$")


def is_titled_after_name(items: list[str]) -> bool:
    """A person's name, then after the comma a title of three words or more under "The", each capitalised ("Ariel
    Cobbert, The Commercial Appeal"): a paper's name, which no person bears, joined to its photographer as a slash
    would join them. Two words ("Name, The Beatles") may be a band or a show the caption names."""
    name, title = items
    words = title.split()
    return len(words) >= 3 and words[0] in ("The", "THE") and all(word[:1].isupper() for word in words) \
        and is_name(name, strict=True) and is_capitalised(name)


def split_items(segment: str, *, keep_commas: bool) -> list[str]:
    """Comma items: ", File" and ", Pool" always; other commas only inside a chain."""
    if "," not in segment:
        return [segment]
    items = [i.strip() for i in segment.split(",")]
    if len(items) > 1 and items[-1] in _LEGAL_FORMS_AFTER_COMMA:
        items = [*items[:-2], f"{items[-2]}, {items[-1]}"]  # "Adept Technology, Inc.": the company's legal form
        if len(items) == 1:
            return items
    if len(items) == 2 and all(is_lone_name_word(i) for i in items) or keep_commas and len(items) == 2 \
            and _SURNAME_FIRST.match(segment) \
            and not any(fold(i) in QUALIFIER_WORDS or canonical_agency(i) or is_organisation_like(i) for i in items):
        return [segment]  # "Åserud, Lise / NTB scanpix": one name, surname first, as Nordic and German wires file it
    if len(items) == 2 and (canonical_agency(items[0]) or is_organisation_like(items[0])
                            or len(items[0]) <= 5 and items[0].isupper() and is_acronym(items[0]) and not is_role_or_place_initials(items[0]) and " " in items[1]) \
            and is_name(items[1], strict=True) and is_capitalised(items[1]) and not is_organisation_like(items[1]):
        # "Foto: TT, PETER KNUTSON": a wire printing itself first, then its photographer; "Harrison News-Herald, JD Long";
        # "SWR, Cornelia Stenull": initials no table knows, then a full name (a surname in capitals has one given name)
        return items
    if len(items) == 2 and is_titled_after_name(items):
        return items  # "Ariel Cobbert, The Commercial Appeal": a paper's title after its photographer's name
    if not segment.isascii() and all(i.endswith(_KOREAN_ROLE_ENDINGS) for i in items):
        return items  # "신화사 제공, 왕중생 촬영": each part marked by its role (provided by, photographed by)
    if keep_commas or any(canonical_agency(i) or is_organisation_like(i) or is_acronym(i) for i in items[1:]) \
            or all((is_name(i, strict=True) or _INITIAL_GLUED.match(i)) and is_capitalised(i) for i in items):
        # "Dr. Le Zhou, Alyssa Fons", "A. Bottard, M.Chalmeton" (an initial glued to the surname)
        return items  # "(AP Photo/Name, File)", "DOUG MILLS, Associated Press", "Name, Turun Sanomat", "Name, MAFRA"
    if len(items) == 2 and items[1] and items[1].islower() and is_name(items[0], strict=True):
        return [items[0]]  # "Dr. Bob Peoples, professor": the photographer's role, no party
    merged: list[str] = []
    for item in items:
        if _stands_apart(item) or not merged:
            merged.append(item)
        elif _stands_apart(merged[-1]):
            merged.append(item)
        else:
            merged[-1] = f"{merged[-1]}, {item}"
    return merged


_LEGAL_FORMS_AFTER_COMMA = frozenset({"Inc.", "Inc", "Ltd.", "Ltd", "LLC", "L.L.C.", "Co.", "Corp.", "S.A.", "GmbH"})
_INITIAL_GLUED = re.compile(r"^(?:[A-ZÀ-Þ]\.){1,2}[A-ZÀ-Þ][a-zà-ÿ]{2,}(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?$")
_KOREAN_ROLE_ENDINGS = tuple(f" {role}" for role in KOREAN_ROLES)


def _stands_apart(item: str) -> bool:
    """A comma item that is no part of a name beside it: a qualifier (", File"), a licence (", CC BY-SA 4.0") or the
    day the picture was taken (", 2020-01-10")."""
    return fold(item) in QUALIFIER_WORDS or LICENCE.match(item) is not None or ISO_DAY.match(item) is not None


def is_lone_name_word(item: str) -> bool:
    """One capitalised word that no table knows and that is not an acronym or a qualifier ("Lise", "Åserud")."""
    return (" " not in item and len(item) > 2 and item[:1].isupper() and not item.isupper() and item.isalpha()
            and fold(item) not in QUALIFIER_WORDS and not canonical_agency(item) and not is_organisation_like(item))
