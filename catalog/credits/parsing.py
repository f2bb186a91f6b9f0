"""Reading one credit line: who made the picture and who carries it.

A credit is read the way a photo desk reads it: ``(AP Photo/Felipe Dana)`` is agency AP,
photographer Felipe Dana, printed as ``AP Photo/Felipe Dana``. The printable line is
the credit with its enclosing brackets, its label (``Photo:``, ``Photo by``,
``Mandatory Credit:``, ``Foto:``...), a trailing period and a Shutterstock reference
number removed; everything else stays verbatim (``, File``, ``/Pool``, ``via``).

Who is who in a chain such as ``Name/AFP via Getty Images``:

- names of organisations come from ``catalog.agencies`` (one table), or read as one
  ("Mugwum Press", "phcimages.com"), or the credit's grammar makes them one: "for" a
  client ("Name for The Valley Ledger") or a titled name across a slash ("Name/The Day");
  the first unknown name is the photographer, unknown names after the photographer are
  organisations ("Ben Blackall/Netflix/PA");
- an unlabelled credit counts only when one of its organisations is named so, not when
  any word stands there ("(NYSE: ABC)" is no credit);
- the **agency** is the first organisation named before "via", the **distributor** the
  last one after "via", or the last one of a chain ("Óscar Cañas/EUROPA PRESS/dpa");
- a wire that prints itself first (``REUTERS/KCNA``, ``AFP PHOTO/NAME/ISNA``) carries
  the picture of the organisation that follows it, and so does a carrier printed first
  (``TT/AP``, ``ABACAPRESS.COM/Xinhua/Name``: ``organisations.RESELLERS``, ``HOME_CARRIERS``);
- a lone word before a slash and a person's full name is the outlet printing itself
  first (``Newsday/J. Conrad Williams Jr.``, ``Sul21/Name``).

Text that does not read as a credit gives ``None``: a trailing ``(NYSE)``, ``(R)``,
``(left)`` or ``(CVN 76)`` is part of the caption, and nothing is ever guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from catalog.credits.agencies import (
    ORGANISATION_WORDS,
    canonical_agency,
    ends_in_organisation_word,
    fold,
    is_carrier,
    is_cjk_body,
    is_contest,
    is_masthead,
    is_organisation_like,
    is_printed_as_name,
    organisation_after_photographer,
)
from catalog.credits.names import (
    collapse,
    is_capitalised,
    is_locality,
    is_name,
    is_organisation_or_qualifier,
    is_party,
    is_place,
    is_placed_name,
    is_prose,
    is_role_or_place_initials,
    is_titled,
    split_names,
    strip_period,
    unique,
)
from catalog.credits.labels import WRITER_LABEL_AFTER_WORDS
from catalog.credits.organisations import PHOTO_SITES, PREFIX_WIRES, RELEASE_WIRES
from catalog.credits.parts import as_titled_organisation, classify, is_city_edition
from catalog.credits.segments import (
    carried_by_home_agency,
    is_titled_after_name,
    is_lone_name_word,
    picture_from,
    split_items,
    split_segments,
)
from catalog.credits.vocabulary import (
    ARTICLES,
    ASIDE_AFTER,
    CLOSERS,
    COLLECTION_OF,
    COPYRIGHT,
    COUNTRIES,
    COURTESY,
    DATED_STAMP,
    DESK_CODE,
    DIGIT,
    DOUBLED_LINE,
    DRAWN_WORDS,
    FIELD_FIRST,
    HANDLE,
    ILLUSTRATION,
    KOREAN_NAME,
    LABEL,
    LICENCE,
    LICENCE_AFTER,
    LINK,
    LOWER_CASE_NAME,
    MAX_CREDIT,
    NAMED_PLATFORMS,
    NAMES_AFTER,
    NAME_AND_AGENCY,
    NAMING_NO_PARTY,
    NOT_NAMES,
    NO_PARTY,
    NUMBERED_BRAND,
    OPENERS,
    ORG_PHOTO_BY,
    OUTLET_REPORTER,
    PAGE_DOT,
    PARTICLES,
    PHOTO_DATED,
    PLATFORM_AGENCIES,
    POSITION,
    PROVIDED_LABEL,
    QUALIFIER_WORDS,
    REFERENCE_NUMBER,
    REPORTER_EMAIL,
    SECOND_LABEL,
    SUBJECT_AFTER,
    TRAILING_DATE,
    TRAILING_YEAR,
    VIA,
    before_page_notice,
    is_empty_field,
)

# The qualifier vocabulary, in the order credits list them.
QUALIFIERS = ("file", "pool", "handout", "courtesy", "via", "staff", "illustration", "video still")
# Parts of the courtesy words (COURTESY) that a credit must hold before the pattern is tried: cheap first.
# the artist before the gallery that lent the picture of the work ("Courtesy of the artist and Galerie Lelong & Co.")
_THE_ARTIST_AND = re.compile(r"the artists?\s*(?:and|&|,)\s+(?=\S)", re.I)
# "according to", "as published by" opening a note on where a picture was first posted, in several languages
_ACCORDING_TO = re.compile(r",\s+(?:prema|according to|as (?:first )?(?:published|posted) (?:by|on|in)|selon|laut|según"
                           r"|segundo|secondo|zgodnie z|podle|według)\s")
_IN_COLLABORATION = re.compile(r",\s+(?:in (?:collaboration|cooperation|partnership|association) with|with the (?:support|help)"
                               r" of)\s", re.I)
_LICENCE_PARTS = re.compile(r"\s*[/,|]\s*")


def names_only_licences(body: str) -> bool:
    """Every part of a credit a free licence or its steward's name ("Creative Commons / CC0", "CC BY-SA 4.0")."""
    return all(LICENCE.match(part) or fold(part) == "creative commons" for part in _LICENCE_PARTS.split(body.strip()))


def picture_opens_name(label: str, rest: str) -> bool:
    """British papers print "Picture Name" or "Pic Name" with no colon before a photographer; before an organisation's
    name the word is that name's own first word ("Picture House Cinema"), no label."""
    return label[:3] in ("Pic", "PIC") and label.isalpha() and is_organisation_like(rest.strip())


def _signs_as_person(value: str) -> bool:
    """A person's full name after "Divulgação" (handed out): the photographer who made the picture handed out
    ("Divulgação/Bruno Zanardo"), where a company's name holds an organisation word that says what it is: its trade
    ("Divulgação/Riot Games") or the word its name opens with ("Divulgação/Grupo Globo", "Divulgação/Banco Itaú")."""
    return " " in value and not is_organisation_like(value) and is_name(value, strict=True) and is_capitalised(value)


def _source_named(part: str, listed: bool) -> str | None:
    """One source of a list of them: a known organisation, or in a list of a few words each one whose words say it is
    one, with no "and" or "for" joining it to more ("NASA, ESA and the Hubble Heritage Team" lists a team's members)."""
    part = part.strip()
    known = canonical_agency(part)
    if known or not listed or " and " in part or " for " in part or len(part.split()) > 5:
        return known
    return part if is_organisation_like(part) and not is_prose(part) else None


def _lender(words: str) -> str:
    """The gallery or institution after "the artist and": its city after a comma and its article set aside."""
    lender = words.split(", ", 1)[0]
    return lender[4:] if lender.startswith("the ") and lender[4:5].isupper() else lender


# the year a picture was made or lent, in brackets closing its credit ("Courtesy, J. Paul Getty Museum, ... (2014)")
_YEAR_IN_BRACKETS = re.compile(r"\s\((?:1[89]|20)\d{2}\)$")


def _without_locality(body: str) -> str:
    """A credit's party without the town and state or country printed after it ("J. Paul Getty Museum, Los Angeles,
    California (2014)" is the museum; "St. Mary Parish, Menomonee Falls, WI" the parish): where it is names no one. The
    line keeps them."""
    head, _, tail = _YEAR_IN_BRACKETS.sub("", body).partition(", ")
    return head if head and "/" not in tail and is_locality(tail) else body


_A_GALLERY = frozenset({"gallery", "the gallery", "galleries", "the galleries"})
_THANKED_LABEL = re.compile(r"^\s*[（(]?\s*(?:ขอบคุณภาพ(?:จาก)?|写真提供)\s*[:：]?")
_COURTESY_JOINS = frozenset({"", "of", "de", "by", "di", "da", "del", "della"})  # "courtesy of:" with no one after it
_COURTESY_HINTS = ("ourt", "ortes", "entile", "upplied", "ubmitted", "ivulga", "racieuset")  # courtesy, cortesía, courtoisie, …
_COURTESY_HINT = re.compile("|".join(_COURTESY_HINTS))  # one search, not a generator over the hints: read on every part


@dataclass(frozen=True, kw_only=True)
class Credit:
    """Who made and who carries a picture, as one credit names them."""

    credit_line: str | None  # printable, e.g. "AP Photo/Felipe Dana"; None when no line was printed
    agency: str | None = None  # the originating organisation, normalised ("AP", "Getty Images")
    photographers: tuple[str, ...] = ()  # as printed
    distributor: str | None = None  # who carries it on: "Getty Images" in "Name/AFP via Getty Images"
    qualifiers: tuple[str, ...] = ()  # from QUALIFIERS, in that order


# --- reading one credit ---------------------------------------------------------------------

@dataclass
class Reading:
    """What one candidate credit says, and how sure we are that it is a credit."""

    credit_line: str
    persons: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)  # before "via", in order
    via_orgs: list[str] = field(default_factory=list)  # after "via", in order
    qualifiers: set[str] = field(default_factory=set)
    prefix_wire: str | None = None  # "Reuters" in "REUTERS/Name"
    lead_org: str | None = None  # the organisation printed before any name ("TT/AP", "picture alliance / Name")
    labelled: bool = False  # "Photo:", "Photo by", "Credit:"...
    photo_by: bool = False  # "U.S. Navy photo by Name"
    structured: bool = False  # slash, via, "for", qualifiers: the grammar of a credit
    known: int = 0  # organisations found in the table
    named: int = 0  # organisations that read as one: table, "Mugwum Press", "for The X", "Name/The X"; not "ABC"
    bad: bool = False  # a part that is neither a name, an organisation nor a qualifier
    courtesy: bool = False
    owned: bool = False  # "©": what follows owns the picture; a titled name there is a publication's ("© The Cricketer")
    sourced: bool = False  # "Image:", "Source:", "Photo from": the label names where the picture comes from
    made_by: bool = False  # "Photo by", "Illustration: by": the maker; a titled name there is a publication's ("The Cut")
    loose_names: int = 0  # names read as organisations only for standing after the photographer
    initials: bool = False  # "Photo by ALK": the photographer signs with initials, no organisation's
    photographer_named: bool = False  # "Photographer: WojtekFus": the label says its value is a person
    made: Credit | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.persons or self.orgs or self.via_orgs)

    def credit(self) -> Credit:
        """The credit this reading describes (made once: readings are kept and shared)."""
        if self.made is None:
            self.made = self._make_credit()
        return self.made

    def _make_credit(self) -> Credit:
        agency, distributor = self._agency_and_distributor()
        persons = tuple(unique(self.persons))
        if len(persons) > 1:
            persons = tuple(person for person in persons if not _initialled_again(person, persons))
        if len(persons) == 1 and not self.orgs and self.via_orgs and " " not in persons[0] \
                and persons[0][:1].isupper() and not self.initials and not is_name(persons[0], strict=True) \
                and "courtesy" not in self.qualifiers and not PHOTO_SITES.intersection(self.via_orgs):
            # "Roscosmos / via AFP - Getty Images": a lone word is no person's name; before "via" a wire it is the
            # source (before "via Wikimedia Commons", "courtesy of Geni via …" it is the user who took the picture)
            agency, persons = persons[0], ()
        if len(persons) == 1 and agency is None and not self.structured and not self.initials \
                and not self.photographer_named and (
                is_party(persons[0]) or self.sourced and (
                " " not in persons[0] or not is_name(persons[0], strict=True) or not is_capitalised(persons[0]))):
            # "(Image: WhatsApp)", "© BCCI": a party, not a person; "(Image: Doordarshan)", "sursa foto Evenimentul
            # zilei": where a source label points, a lone word or words that are no person's name are the source
            agency, persons = persons[0], ()
        elif len(persons) == 1 and agency is None and self.labelled and not self.structured \
                and _SENTENCE_CASE_PHRASE.match(persons[0]) \
                and not any(word in PARTICLES for word in persons[0].lower().split()[1:]):
            # "Foto: Čuvamo naš park" (we protect our park): words in lower case after the first make no person's
            # name; under a label they name a body, an initiative, as printed
            agency, persons = persons[0], ()
        return Credit(
            credit_line=self.credit_line,
            agency=agency,
            photographers=persons,
            distributor=distributor,
            qualifiers=tuple(q for q in QUALIFIERS if q in self.qualifiers),
        )

    def _agency_and_distributor(self) -> tuple[str | None, str | None]:
        orgs = collapse(self.orgs)
        via = collapse(self.via_orgs)
        carrier = via[-1] if via else None
        if self.prefix_wire:
            followers = [o for o in orgs[1:] if o != self.prefix_wire and not is_carrier(o)]
            if followers:
                return followers[0], carrier or self.prefix_wire
        if self.lead_org in NAMES_AFTER and self.persons:  # "dpa/Name/AP Pool": a national wire carrying a world wire's picture
            followers = [org for org in orgs[1:] if org in PREFIX_WIRES and org != self.lead_org]
            if followers:
                return followers[0], carrier or self.lead_org
        if orgs:
            agency = orgs[0]
            if agency == self.lead_org and is_carrier(agency):  # "TT/AP", "picture alliance / Fotostand"
                agency = next((org for org in orgs if not is_carrier(org)), agency)
                if agency != self.lead_org:  # the distributor printed itself first
                    return agency, carrier or self.lead_org
            if carrier:
                return agency, carrier
            last = orgs[-1]
            return agency, (last if last != agency else None)
        if via:
            return via[0], carrier
        return None, None


_SENTENCE_CASE_PHRASE = re.compile(r"^[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž]+(?: [a-zß-ÿā-ž]{2,}){2,4}$")


def _initialled_again(person: str, persons: tuple[str, ...]) -> bool:
    """"A. Friedrichs" after "Andreas Friedrichs": IMAGO prints its photographer twice, the second time by an initial
    (with its period or without: "Peter Ackerman, P Ackerman/Staff Photographer")."""
    initial, _, surname = person.partition(" ")
    return (len(initial) == 2 and initial[1] == "." or len(initial) == 1 and initial.isupper()) \
        and " " not in surname and any(
        other != person and other.endswith(" " + surname) and other[:1] == initial[:1] for other in persons)


# the description a camera writes in a picture's metadata when its owner wrote none (EXIF ImageDescription)
_CAMERA_DEFAULT = re.compile(r"^[A-Z]+\s+(?:DIGITAL\s+(?:STILL\s+)?CAMERA|CAMERA\s+PICTURES?|DSC)$", re.I)
# A clause closing a credit after a semicolon, in lower case with no name in it, that speaks of permission, reproduction
# or use is a note on the picture's use ("; used with permission", "; permiso de reproducción pendiente de confirmar"),
# no part of the printed line; any other such clause is the credit's own ("; courtesy of the museum", "; file photo")
_USE_NOTE = re.compile(r";\s+(?=[^;]*\b(?:permi|reprodu|used\b|usad[oa]\b|usat[oa]\b|rights?\b|derechos\b|direitos\b"
                       r"|diritti\b|droits\b|rechte\b|genehmig|erlaubnis))[a-zà-ÿ][^;A-Z\d\n]*\s[^;A-Z\d\n]*$")


# an outlet printing where it took a picture from: its name (one to three capitalised words), "from", then the
# picture's own credit chain ("Vox from Name/Anadolu Agency via Getty Images"); the credit is the chain, as printed
_TAKEN_FROM = re.compile(r"^[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2} from (?=[^/]{2,60}/)")


# A Chinese body before 提供 (provided by), named by the word its name ends on (``is_cjk_body``); see
# docs/credit-tables.md ("Body提供")
_PROVIDING_BODY = re.compile(r"^(?P<source>[\u4e00-\u9fff]{2,12}?)提供$")


def _tidied(text: str) -> str | None:
    """A candidate credit with the page's furniture around it taken off, as ``read_credit`` reads it first; None when it
    is a camera's default description or a story's heading, which name no one."""
    text = text.strip().strip(",;|").lstrip("/#:").strip()
    half = len(text) // 2
    if half > 3 and text[:half] == text[half:]:
        text = text[:half].strip()  # "Фото: Архив АПФото: Архив АП": the page's two elements glued, one credit
    if text[-2:] in ("..", " .") or text[-1:] == "…":
        text = text.rstrip(".… ")  # "(사진=연합뉴스...": the page cut the caption off after the credit
    if " · " in text or " • " in text:
        text = PAGE_DOT.split(text, 1)[0]  # "Photos © Name · Built for Site": the page's next element
    if " TPX " in text:
        text = text.split(" TPX IMAGES OF THE DAY", 1)[0]  # Reuters' selection note ends the credit wherever it stands
    text = before_page_notice(text, start=2)  # "东方IC 版权作品 请勿转载": the page's notice after the credit (not one
    # opening the text: a credit of two characters at least stands before it)
    if text[:2] in ("- ", "– ", "— "):
        text = text[2:]  # "- Header Image: Name": a list's dash
    if text[-1:] in OPENERS:
        text = text[:-1].rstrip()  # "Photo by Name (": the page cut the next bracket off
    if text.endswith(("credit", "Credit")) and " - " in text:
        text = _CREDIT_TAG.sub("", text)  # CBC's "(Name/CBC - image credit)": the page's tag for the bracket
    if text[:1] in OPENERS and not any(closer in text for closer in CLOSERS):
        text = text[1:]  # "(Photo courtesy of Name": a bracket the page cut off
    elif text[-1:] in CLOSERS and not any(opener in text for opener in OPENERS):
        text = text[:-1].rstrip()  # "Photo by Name/Getty Images)": the page cut its opening off
    if text[:1] == "《" and text[-1:] == "》" and text.count("《") == 1:
        text = text[1:-1].strip()  # "《사진=연합뉴스》": Korean pages' double angle brackets around the credit
    if text[-1:] in "»”》" and "«" not in text and "“" not in text and "《" not in text:
        text = text[:-1].rstrip()  # "«Av: Redaksjonen Foto: Name»": the quote closes the page's line, not the name
    if text.endswith(")"):
        text = REFERENCE_NUMBER.sub("", text)
    elif text.endswith("]"):
        text = _FOOTNOTE.sub("", text)  # "fot. Jacek Polak[1]": a footnote's number glued on, pointing to a rights note
    elif text[-1:].isdigit() and "-" in text[-16:]:
        text = _PICTURE_NUMBER.sub("", text)  # "NASA/Name KSC-2011-5421": the picture's number in the archive, no party
    text = strip_period(text.strip())
    if ";" in text:
        text = strip_period(_USE_NOTE.sub("", text))  # "Name; used with permission": a note on the picture's use
    if text[-3:].upper() in ("ERA", "RES", "URE", "DSC") and _CAMERA_DEFAULT.match(text):
        return None  # "OLYMPUS DIGITAL CAMERA", "SAMSUNG CAMERA PICTURES": a camera's default description names no one
    if ":" in text and WRITER_LABEL_AFTER_WORDS.search(text) and not LABEL.match(text):
        return None  # a story's heading and its writer's label: no picture's credit
    return text


def may_be_labelled(text: str) -> bool:
    """Whether ``read_credit(text)`` may come out labelled: a label opens it, or it holds what labels a part of it
    (courtesy, an illustration, a collection, a date stamp, a part after ";", "/" or " from "). A necessary condition,
    read in a fraction of the reading's time, for callers that want only a labelled credit of any sentence."""
    text = _tidied(text)
    if not text:
        return False
    lower = text.lower()
    return LABEL.match(text) is not None or ";" in text or "/" in text or " from " in text or "lustra" in lower \
        or lower.startswith(DRAWN_WORDS) or _COURTESY_HINT.search(lower) is not None or "collection of " in lower \
        or text[:1].isdigit() and ("©" in text or "ⓒ" in text)


# the last two of a list joined by "and" in the main news languages ("AFP, EPA and Reuters", "dpa und AFP")
_LAST_JOINED = re.compile(r"\S\s+(?:and|&|und|et|y|e|i|og|och|en|ve|и)\s+\S")
_LIST_REACH = 120  # a list of organisations' names is shorter than this
_LIST_ITEMS = re.compile(r"\s*,\s*|\s+(?:and|&|und|et|y|e|i|og|och|en|ve|и)\s+")


def _known_organisations_listed(text: str, labelled: bool) -> Reading | None:
    """"Images: AFP, EPA and Reuters": known organisations listed, the last joined by "and", read as the same list with
    commas ("AFP, EPA, Reuters"), each an organisation, none a person ("AFP, EPA" is no name), the line as printed.
    Joined by "and", two or more name no single agency, distributors too ("Getty Images and Shutterstock")."""
    items = _LIST_ITEMS.split(text)
    if len(items) < 2 or not all(item and canonical_agency(item) for item in items):
        return None
    inner = read_credit(", ".join(items))
    if inner is None or inner.persons:
        return None
    made = Credit(credit_line=text) if len(set(collapse(inner.orgs))) > 1 \
        else replace(inner.made, credit_line=text) if inner.made is not None else None
    return replace(inner, credit_line=text, made=made, orgs=list(inner.orgs), via_orgs=list(inner.via_orgs),
                   qualifiers=set(inner.qualifiers), persons=[], labelled=labelled or inner.labelled)


@lru_cache(maxsize=8192)
def read_credit(text: str) -> Reading | None:
    """Read a candidate credit (brackets already removed); None when there is nothing to read.

    The reading is kept (credit lines recur: a photographer files many pictures), so it
    must not be changed by callers.
    """
    text = _tidied(text)
    if text is None:
        return None
    labelled = owned = sourced = bare_credit = by_label = listing = photographer_named = False
    provided = text[:1] in "사기" and PROVIDED_LABEL.match(text) is not None
    # a label thanking or naming the picture's provider in Thai or Japanese ("ขอบคุณภาพจาก: Name", "写真提供：Name")
    thanked = text[:1] in "ขข写（(" and _THANKED_LABEL.match(text) is not None
    while True:
        match = LABEL.match(text)
        if not match or match.end() >= len(text) or picture_opens_name(match.group().strip(), text[match.end():]):
            break
        owned = owned or match.group().lstrip()[:1] in "©ⓒ(" or match.group().lstrip()[:9].lower() == "copyright"
        sourced = sourced or _SOURCE_LABEL.match(match.group()) is not None
        bare_credit = bare_credit or match.group().strip() == "Credit"  # NYT's "Credit Name for The X", never "Credit Suisse"
        by_label = by_label or match.group().rstrip()[-3:].lower() in (" by", "©by") \
            or _WROTE_AND_PHOTOGRAPHED.match(match.group()) is not None  # "Photo by", "© by", "Text und Fotos:": the maker
        listing = listing or match.group().strip().rstrip(":").strip().lower() in _LIST_LABELS
        photographer_named = photographer_named or _PHOTOGRAPHER_LABEL.match(match.group()) is not None
        text, labelled = text[match.end():].strip().lstrip(":").strip(), True
    if match and not labelled and match.end() >= len(text):
        return None  # "Foto:" alone: a label names no one ("foto" is also an organisation's word, "Foto Studio")
    if labelled and is_empty_field(text):
        return None  # "(Foto: N/A)", "写真提供：○○", "(사진=금, ...)": a template's empty field, a blank, a setting
    if len(text) <= _LIST_REACH and " " in text and _LAST_JOINED.search(text):
        listed = _known_organisations_listed(text, labelled)
        if listed is not None:
            return listed
    if not text.isascii() and _JAPANESE_CLAUSE.search(text) and not any(mark in text for mark in "/=／＝(（"):
        return None  # "写真:記者会見する市長" (the mayor holding a press conference): what the picture shows, no credit
    if text[:1].isdigit() and ("©" in text or "ⓒ" in text):
        stamp = DATED_STAMP.match(text)
        if stamp:  # "2019.10.3/뉴스1 © News1 Name 기자": Korean wires stamp the date and their name first
            inner = read_credit(stamp["credit"])
            if inner is None:
                return None
            return replace(inner, credit_line=text, made=None, persons=list(inner.persons), orgs=list(inner.orgs),
                           via_orgs=list(inner.via_orgs), qualifiers=set(inner.qualifiers), labelled=True)
    doubled = DOUBLED_LINE.match(text) if len(text) > 3 else None
    if doubled:  # "AP AP", "Name/Netflix/Name/Netflix": a page printing its credit twice
        text = doubled[1]
    elif len(text) > 12:
        again = text.rfind(" " + text[:4])
        cut = len(text) - again - 1
        if again > 0 and cut > 5 and text.startswith(text[again + 1:]) and text[cut].isalnum():  # cut mid-word
            text = text[:again]  # "Name/AFP via Getty Images Johannes Eise": printed again, the second cut off
    if ":" in text:
        again = SECOND_LABEL.search(text)
        if again and (labelled or ": " not in text[: again.start()]):  # "Picture: REUTERS/NASA Credit: REUTERS/NASA": the credit printed twice, the first taken
            text = text[: again.start()].rstrip()
    if labelled and (": " in text or "글" in text or "=" in text):
        text = text[:next_field(text, 0, len(text))].rstrip(" ,;|")  # "Foto: Name, Styling: Name": the stylist's field
    if labelled and "=" in text and _SETTINGS_LIST.search(text):
        return None
    if not text or len(text) > MAX_CREDIT:
        return None
    taken = _TAKEN_FROM.match(text) if " from " in text[:40] and "/" in text else None
    if taken:  # "Vox from Mostafa Bassim/Anadolu Agency via Getty Images": the outlet that took it, then its credit
        inner = read_credit(text[taken.end():])
        if inner is not None and not inner.bad and inner.known and inner.persons:
            return replace(inner, labelled=inner.labelled or labelled)
    carried = _CARRIED_BY.match(text) if "経由" in text else None
    if carried:
        text = carried["line"]  # "Jopwell、Pexels経由で無料使用可能": the clause after "via" says how it may be used
    reading = Reading(credit_line=text, labelled=labelled, owned=owned, sourced=sourced, made_by=by_label)
    provider = _PROVIDING_BODY.match(text) if labelled and text.endswith("提供") else None
    if provider and (is_cjk_body(provider["source"]) or is_organisation_like(provider["source"])):
        # "（圖／總統府提供）" (picture: provided by the Presidential Office): under a picture word a body provides it, no
        # one is named; "他說這些資料由市府提供" (he said the city provided the data) is a sentence, no credit
        reading.orgs.append(canonical_agency(provider["source"]) or provider["source"])
        reading.qualifiers.add("courtesy")
        reading.structured, reading.named = True, 1
        return reading
    body = f"{carried['maker']} via {carried['carrier']}" if carried else text
    reproduced = _REPRODUCED_WORK.match(body) if body.count("/") > 1 and body[:7].lower() in _REPRODUCTION_OPENINGS else None
    if reproduced and (": " in reproduced["title"] or sum(word not in PARTICLES
                                                         for word in _LOWER_WORDS.findall(reproduced["title"])) > 1):
        # "Reprodução/Áreas Verdes Urbanas: um estudo sobre os Parques/IFPE": a copy of a study, its title between the
        # reproduction word and its source; a title (lower-case words, a colon) names no one
        body = f"{reproduced['word']}/{reproduced['source']}"
    inner = _INNER_PHOTOGRAPHER.match(text) if labelled and ":" in text else None
    if inner:  # "Nguồn ảnh: Internet, photographer: Name": the source, then the photographer's own field
        body = f"{inner['source']} / {inner['name']}"
    if owned and ", " in text and "/" not in text and all(map(is_lone_name_word, text.split(", "))):
        body = text.replace(", ", "; ")  # "© Pranger, Pertl": the photographers' surnames after the mark (Austrian papers)
    audience = _AUDIENCE_PICTURE.match(text) if ", " in text else None
    if audience:  # "Photo by Ava Lindqvist, KBVZ viewer": a viewer's picture sent to the station, no agency's
        reading.persons.append(audience["name"])
        return reading
    site = _SITE_AFTER_STOP.match(text) if labelled and ". " in text else None
    if site and is_organisation_like(site["site"]):
        body = f"{site['name']}, {site['site']}"  # "Фото: М. Денисова. Mos.ru": the photographer, then the site
    if labelled and (" of " in text or ", " in text) and "/" not in text:
        placed = _NAME_OF_PLACE.match(text)  # "Photo by Dick Levesque of Puryear": a reader's picture, and the town
        # an organisation's words before "of" name a body, not a person ("Photo: U.S. Army Corps of Engineers")
        if placed and placed["couple"] and _is_town(placed["place"], placed["joint"]):
            reading.persons.extend(_CONJUNCTION.split(placed["couple"]))
            return reading
        if placed and is_name(placed["name"], strict=True) and is_capitalised(placed["name"]) \
                and not is_organisation_like(placed["name"]) and _is_town(placed["place"], placed["joint"]):
            reading.persons.append(placed["name"])
            return reading
    if ";" in body and ":" in body:
        parts = body.split(";")
        if all(LABEL.match(part) or ILLUSTRATION.match(part.strip()) for part in parts):
            # "Photo-Illustration: by The Cut; Photos: Getty Images": each credit under its own role's label, kept whole
            several = _read_several(reading, parts)
            if several is not None:
                return several
    if labelled and " " in text and "/" not in text:
        couple = _GIVEN_NAMES.match(text)  # "Foto's: Frans en Pieter": two photographers by their given names
        if couple and not any(canonical_agency(name) or fold(name) in NO_PARTY for name in couple.groups()):
            reading.persons.extend(couple.groups())
            return reading
    lower = text.lower()
    match = ILLUSTRATION.match(body) if "lustra" in lower or lower.startswith(DRAWN_WORDS) else None
    if match:
        reading.qualifiers.add("illustration")
        reading.labelled, body = True, body[match.end():]
        reading.made_by = reading.made_by or match.group().rstrip()[-2:].lower() == "by"
    match = COURTESY.match(body) if _COURTESY_HINT.search(lower) else None
    if match is None and "collection of " in lower:
        match = COLLECTION_OF.match(body)  # "the personal collection of Name": the owner lent it, like "courtesy of"
    if match is None and owned and lower.startswith("provided by "):
        match = _PROVIDED_BY.match(body)  # MSN's "© Provided by Reuters": the owner that lent it
    if match and fold(body[match.end():].strip(" :")) in _COURTESY_JOINS:
        return None  # "Photo courtesy of:", "Foto cortesía de:": a page template's field with its value left out
    if match:
        reading.qualifiers.add("courtesy")
        reading.labelled = reading.courtesy = True
        body = body[match.end():]
        artist = _THE_ARTIST_AND.match(body)
        if artist:
            # "Courtesy of the artist and Sikkema Jenkins & Co.", "... and neugerriemschneider, Berlin": the artist made
            # the work shown, the gallery lent the picture; its city follows a comma; "... and gallery" names no one
            body = _lender(body[artist.end():])
            if fold(body) in _A_GALLERY:
                reading.made = Credit(credit_line=text)
                return reading
            if "/" not in body and not canonical_agency(body):  # a gallery, though printed like a name ("White Cube")
                reading.orgs.append(body)
                reading.structured, reading.named = True, 1
                return reading
    if ", " in body:
        body = _without_locality(body)
    joiner = " & " if " & " in body else ", " if ", " in body else "、" if "、" in body else None
    if joiner is None and " " in body and "/" not in body:
        conjunction = _CONJUNCTION.search(body)  # "Foto: EFE y Xinhua", "AP und Reuters": two wires' pictures
        joiner = conjunction.group() if conjunction else None
    if joiner and "/" not in body:
        listed = joiner in (", ", "、") and "|" not in body  # a list of sources, not "Name | Paper, University"
        parts = [ASIDE_AFTER.sub("", part) for part in body.split(joiner)]
        if listed and len(parts) > 2 and any(fold(part) in NO_PARTY for part in parts):
            parts = [part for part in parts if fold(part) not in NO_PARTY]  # "Privat, krone.tv, krone.at-Grafik": the
            # private picture names no one; the two sites listed beside it still share no agency
        sources = {_source_named(part, listed) for part in parts}
        if len(sources) > 1 and None not in sources and (joiner == " & " or not any(map(is_carrier, sources))):
            # "Photos: Getty Images (editorial) & Wikimedia Commons", "Source: Reuters, AFP", "图片来源：武汉大学、清华大学"
            # (two universities): no agency of all; "dpa Bildfunk, Picture Alliance" is dpa's picture and its distributor
            reading.structured, reading.known, reading.named = True, len(sources), len(sources)
            reading.made = Credit(credit_line=text)  # two sources, no agency they share
            reading.orgs = sorted(sources)
            return reading
    if ". Acknowledg" in body:
        body = body.replace(". Acknowledg", "; Acknowledg", 1)  # "Credit: ESA/Hubble & NASA, Name. Acknowledgement:
        # Name": the space agencies' form, who is thanked for processing the picture is part of its credit
    if ";" in body and owned:
        match = _OWNER_THEN_PHOTOGRAPHER.match(body)
        if match and is_name(match["name"], strict=True):
            body = f"{match['name']} / {match['owner']}"  # "© Museum; photographie, Name": who owns it, who took it
    if ";" in body:
        several = _read_several(reading, body.split(";"))
        if several is not None:
            return several
    if " // " in body and "://" not in body and all("/" in part for part in body.split(" // ")):
        # "Steve Granitz/FilmMagic // Stephen Lam /Reuters": a composite picture's two credits, each a chain, set apart
        # by a double slash as by "; "; a lone name or organisation beside it ("Name // AFP") is one credit's slash
        several = _read_several(reading, body.split(" // "))
        if several is not None:
            return several
    if listing and body.count(" / ") > 1:
        # "Credits: Myung J. Chun / Jay L. Clendenin / KTLA / Allen J. Schaben": a gallery's list, one credit a picture
        several = _read_several(reading, body.split(" / "), each_its_own=True)
        if several is not None and len(several.persons) > 1:
            return several
    if " and " in body and body.count("/") > 1:
        parts = body.split(" and ")
        if all("/" in part and classify(part.split("/", 1)[0]).kind == "unknown"
               and is_name(part.split("/", 1)[0], strict=True) for part in parts):
            # "A/Getty Images and B/Getty Images": two pictures' credits; not "Name/Press and Information Office/TASS"
            several = _read_several(reading, parts)
            if several is not None:
                return several
    if ", " in body and "/" in body:
        parts = body.split(", ")
        # "Name / Invision / AP / East News, Name / BAUER-GRIFFIN / East News": a comma between two chains
        if all("/" in part for part in parts[1:]) \
                and all(classify(part.rsplit("/", 1)[-1]).kind == "org" for part in parts[:-1]):
            several = _read_several(reading, parts)
            if several is not None:
                return several
    if " user " in body:
        user = _SITE_USER.match(body)
        if user and canonical_agency(user["site"]) in PHOTO_SITES | PLATFORM_AGENCIES:
            body = f"{user['name']}/{user['site']}"  # "Flickr user mikeedesign": the site, and who posted the picture
    if "@" in body:
        account = _PLATFORM_HANDLE.search(body)
        if account and canonical_agency(account["site"]) in PLATFORM_AGENCIES:
            # "Twitter @Name", "ट्विटर@Name", "Reprodução / Twitter @Name": the account on the platform
            body = f"{body[:account.start('site')]}{account['handle']}/{account['site']}"
    if "://" in body:
        body = LINK.sub("", body).strip()  # "AP Photo/Name, via Alamy, https://www.alamy.com/...": a link names no one
    if body[-1:].isdigit() and ", " in body:
        placed = _PLACE_AND_YEAR.search(body)
        if placed and placed["place"][:1].isupper() and not canonical_agency(placed["place"]) \
                and not is_organisation_like(placed["place"]):
            body = body[:placed.start()]  # "Tomáš Holer - Berounka, 2017": where and when it was taken, no party
    if body[-1:].isdigit() and ("," in body or "/" in body):
        body = TRAILING_DATE.sub("", body)  # "Reuters, 18. децембар 2013": the day the picture was taken names no one
    if labelled and body[-1:].isdigit() and not is_contest(body.rsplit("/", 1)[-1].strip()):
        body = TRAILING_YEAR.sub("", body)  # "Fotografía: Rubén Herranz 2009": the year the picture was taken (or owned)
    if " with " in body or ", " in body:
        # "(c) Name, in collaboration with MASS Design Group, ...": the work's partners; "Shutterstock, prema izvornoj
        # objavi Aktual.rs" (according to the original post of): where it was first posted. Both stay in the line,
        # neither made the picture
        note = _IN_COLLABORATION.search(body) or _ACCORDING_TO.search(body)
        if note and note.start() > 0 and ". " not in body[note.start():]:
            body = body[:note.start()]
    if ("CC" in body or "ommons" in body) and names_only_licences(body):
        return None  # "รูปภาพ: Creative Commons / CC0": the terms the picture is used under, no one who made it
    if " (" in body and ("CC" in body or "ublic" in body):
        body = LICENCE_AFTER.sub("", body)  # "Name (CC BY-SA 4.0 cropped)": the licence stays in the line, names no one
    country = _COUNTRY_AFTER.search(body) if body[-1:] == ")" or ", " in body else None
    if country and (fold(country[1] or country[2]) in COUNTRIES or country[1] and _is_dateline_place(country[1])):
        name = body[:country.start()]
        if is_name(name, strict=True) and is_capitalised(name):
            # "Steve Winter (USA)", "Name, The Netherlands": where the photographer comes from, no party; "Jane Doe
            # (NEW YORK)": where the picture was taken, a wire's dateline city in capitals
            body = name
    if (labelled or "/" in body) and (" d" in body or " of " in body or " von " in body):
        page = _PLATFORM_OF.search(body)  # under a label or in a chain: alone, "Facebook de Name" may be a link's text
        if page and is_name(page["name"], strict=True) and is_capitalised(page["name"]):
            body = f"{body[:page.start()]}{page['name']}/{page['platform']}"  # "Facebook de Name": Name's page there
    if body[-1:] == ")" or "/@" in body or "/ @" in body or "| @" in body:
        own = _OWN_ADDRESS.match(body)
        if own and _is_own_address(own["site"] or own["handle"], own["name"]):
            body = own["name"]  # "Foto oleh Name (namesite.com)", "Name | @handle": their own site or account, no party
    if body.endswith((")", "）")) and ("(" in body or "（" in body):
        match = NAME_AND_AGENCY.match(body) or _UNSPACED_NAME_AND_AGENCY.match(body)
        outlet = match and _outlet_in_brackets(match[2], labelled)
        if outlet and not is_titled(match[1]) and is_name(match[1], strict=False):
            # El País prints "Chung Sung-Jun (Getty Images)"; under a label, "Foto: Name (Bundeskanzlei)"; a prize list
            # "Name (Australia, Getty Images)": the photographer's country, then the outlet
            body = f"{match[1]} / {outlet}"
    if body[-1:].isdigit() and " " in body:
        head, _, last = body.rpartition(" ")
        name = head.rsplit("/", 1)[-1].strip()
        if NUMBERED_BRAND.match(last) and 2 <= len(name.split()) <= 4 and is_name(name, strict=True) \
                and is_capitalised(name) and not canonical_agency(name):
            body = f"{head} / {last}"  # "Murilo Serra G1": the photographer, then an outlet's numbered brand (no name)
    if body.count(" ") >= 3 and not any(mark in body for mark in "/|,;:(") and " - " not in body:
        glued = _paper_glued_after_name(body)
        if glued:
            body = f"{glued[0]} / {glued[1]}"  # "Marie-Ève Tremblay Le Riverain": the photographer, then the paper
    if labelled and " ©" in body and "/" not in body:  # unlabelled, the words before "©" may be the subject
        match = _OWNER_AFTER.match(body)
        if match and is_name(match["name"], strict=True):
            body = f"{match['name']} / {match['owner']}"  # "K. PICHUMANI © Copyright 2000 - 2007 The Hindu": who owns it
        else:
            match = _OWNER_FIRST.match(body)
            if match and is_name(match["name"], strict=True) \
                    and (canonical_agency(match["owner"]) or is_organisation_like(match["owner"])):
                body = f"{match['name']} / {match['owner']}"  # "Associated Press © 2015 , Name": the owner, then who took it
    if "@" in body and "기자" in body:
        body = REPORTER_EMAIL.sub("", body)
    if body.endswith("기자"):
        match = OUTLET_REPORTER.match(body)
        outlet = match["org"] if match else ""
        if match and (canonical_agency(outlet) or is_organisation_like(outlet) or re.search(r"[A-Za-z0-9]", outlet)
                      or match["marked"]):
            # "[NBC-1TV 이석아 기자]", "연합뉴스 김호천 기자": the outlet, then its reporter; not a sentence's last words
            _read_chain(reading, f"{match['name']} 기자")
            reading.orgs.append(canonical_agency(outlet) or outlet)
            reading.known += bool(canonical_agency(outlet))
            reading.named += 1
            reading.structured = True
            return reading
    if thanked and "/" not in body and (" " not in body.strip() or body.startswith("เพจ ")) \
            and classify(body).kind == "unknown":
        # "ขอบคุณภาพจาก: tripgether", "写真提供：中央区立京橋図書館": the provider a picture is thanked to, a body or a
        # site; a Thai "เพจ" is a social network's page
        reading.orgs.append(body.strip())
        reading.structured, reading.named = True, 1
        return reading
    if provided and "/" not in body and " " not in body.strip() and classify(body).kind == "unknown":
        body = f"{body} 제공"  # "사진제공: 청와대" says what "청와대 제공" says: the provider, an organisation
    match = ORG_PHOTO_BY.match(body) if " by " in lower else None
    if match and is_organisation_or_qualifier(match["org"]):
        reading.photo_by = True
        org = classify(match["org"])
        if org.kind == "unknown" or org.kind == "skip" and not org.qualifiers and DESK_CODE.match(match["org"]):
            # "KT photo by Name", "Kt photo by Name": initials the form vouches for (elsewhere "Kt" may be a desk's code)
            reading.orgs.append(match["org"])
            reading.named += 1
            reading.structured = True
            _read_chain(reading, match["names"], names_after_org=True)
        else:
            _read_chain(reading, match["org"] + " / " + match["names"], names_after_org=True)
    else:
        _read_chain(reading, body)
        if reading.prefix_wire and not reading.persons and len(reading.orgs) == 2 and not reading.via_orgs:
            initials = _WIRE_PHOTO_INITIALS.match(body)
            if initials and initials[1] == reading.orgs[1] and not canonical_agency(initials[1]):
                reading.persons.append(reading.orgs.pop())
        if len(reading.persons) == 1 and not reading.orgs and "handout" in reading.qualifiers \
                and _HANDOUT_FROM.match(body) and _HANDOUT_FROM.match(body)[1] == reading.persons[0]:
            reading.orgs.append(reading.persons.pop())  # "Salvamento Marítimo/Handout via Reuters": who handed it out
            reading.named += 1
        if len(reading.persons) == 1 and not reading.orgs and reading.qualifiers == {"file"} \
                and _CAPITALS_FILE.match(body) and _CAPITALS_FILE.match(body)["owner"] == reading.persons[0]:
            reading.orgs.append(reading.persons.pop())  # "MERIDIANA/Archivo": one word in capitals keeps a file: a body's
            reading.named += 1
        if not reading.persons and len(reading.orgs) >= 2 and reading.lead_org == reading.orgs[0] \
                and _is_contributor(reading.orgs[0], reading.orgs[1], body):
            reading.persons.append(reading.orgs.pop(0))  # "EschCollection/Getty Images": the stock site's contributor
            reading.lead_org = reading.prefix_wire = None
    if len(reading.orgs) > 1 and ("unday" in body or "aturday" in body or "eekend" in body) \
            and any(_WEEKEND_EDITION.match(org) for org in reading.orgs[1:]):
        _join_weekend_editions(reading, body)
    if (by_label or owned) and reading.persons + reading.orgs == [body] and _signs_initials(body):
        # "Photo by ALK", "© JC": a photographer signing with initials, under a label that names the maker or owner
        reading.persons, reading.orgs, reading.initials = [body], [], True
    if labelled and len(reading.persons) > 1 and reading.orgs and "/" not in body and body.count(",") > 1:
        # "Fotos: A, B, FPÖ Klub, C": several pictures' credits; an organisation one of them names is no agency of all
        reading.made = Credit(credit_line=text, photographers=tuple(unique(reading.persons)),
                              qualifiers=tuple(q for q in QUALIFIERS if q in reading.qualifiers))
    if bare_credit and not reading.persons:
        return None
    if labelled and (reading.persons or reading.orgs) and fold(body) in NO_PARTY:
        # "Foto: Dok. Pribadi": the whole body is a form printed in place of a party, whatever its parts read as
        reading.persons.clear()
        reading.orgs.clear()
    if reading.is_empty:
        if labelled and names_no_party(body) or reading.courtesy and fold(body) in NO_PARTY:
            # "Foto: Reprodução/Redes Sociais", "Foto: privat", "Bild: zvg", "Foto: Archivo", "Courtesy of the artist": a
            # credit that names no party, its line kept (and cut from the caption) as "Handout" is; not "Courtesy photo"
            reading.structured = True
            reading.made = Credit(credit_line=text, qualifiers=tuple(q for q in QUALIFIERS if q in reading.qualifiers))
            return reading
        if labelled and body.isalpha() and body.islower() and 2 < len(body) < 5:
            reading.orgs.append(body)  # "Foto/Quelle: dts": one short word under a label is the party, not a code
            return reading
        return None
    if reading.persons and reading.orgs and any(org in reading.persons for org in reading.orgs):
        # "Jasu Hu/Jasu Hu for The Washington Post": the photographer printed twice in one chain is one person, no party
        reading.orgs[:] = [org for org in reading.orgs if org not in reading.persons]
        if reading.lead_org in reading.persons:
            reading.lead_org = None
    if reading.persons and not reading.labelled and text.startswith(reading.persons[0] + ":") \
            and FIELD_FIRST.match(text):
        return None  # "Kaynak: AA / Name - Güncel", "Creator: Name": a field of the page no label of ours names
    if reading.orgs and not reading.labelled and text.startswith(reading.orgs[0] + ":") and FIELD_FIRST.match(text) \
            and fold(reading.orgs[0]) in ORGANISATION_WORDS and not canonical_agency(reading.orgs[0]):
        value = text[len(reading.orgs[0]) + 1:].strip()
        if fold(reading.orgs[0]) in _AGENCY_FIELDS or canonical_agency(value):
            return read_credit(value)  # "Agency: Reuters", "Studio: Magnum Photos": the credit's own field, its value
        return None  # "Company: Eli Lilly and Company", "Gallery: Xbox One X": a form's field, a kind of body named alone
    if photographer_named and not reading.persons and not reading.via_orgs and not reading.known \
            and reading.orgs == [reading.credit_line] and " " not in reading.credit_line and reading.made is None \
            and not is_organisation_like(reading.credit_line):
        # "Photographer: WojtekFus": the label names a person, so one word no table knows is their (user) name; a
        # body's word names a body ("Fotograf: Polizei", "Fotograf: Stadtverwaltung")
        reading.persons.append(reading.orgs.pop())
        reading.lead_org, reading.photographer_named = None, True
    return reading


# the field naming a picture's agency in metadata dumps and asset exports (IPTC/XMP "Agency:", "Agentur:")
_AGENCY_FIELDS = frozenset({"agency", "agentur", "agence", "agencia", "agenzia", "agentschap", "agencja", "agentura"})

# the title a daily prints on its weekend edition ("Sunday News", "The Sunday Times", "Saturday Star")
_WEEKEND_EDITION = re.compile(r"^(?:The )?(?:Sunday|Saturday|Weekend)(?: [A-Z][\w'’-]+){1,2}$")


# a Japanese verb in a clause before the noun it describes ("記者会見する市長", "手を振った選手"): a description, no name
_JAPANESE_CLAUSE = re.compile(r"(?:する|した|している|していた|される|された|った|んだ)(?=[\u4e00-\u9fff\u30a0-\u30ff])")
# a person's page on a platform, said with "of" ("Facebook de Flamínio Lobo", "Instagram of Name", "Instagram von Name"):
# read as "Name/Facebook", the account holder and the platform
_PLATFORM_OF = re.compile(rf"(?:^|(?<=/))(?P<platform>{'|'.join(NAMED_PLATFORMS)}|Flickr)"
                          r"\s+(?:de|do|da|of|von|di|del)\s+(?P<name>[^/,;()]{3,40})$")
_GIVEN_NAMES = re.compile(r"^([A-ZÀ-Þ][a-zà-ÿ]{2,}) (?:en|and|und|et|&) ([A-ZÀ-Þ][a-zà-ÿ]{2,})$")
# a label naming the person who took the picture, in the main news languages: "Photographer:", "Fotógrafo:", "Kuvaaja:"
_PHOTOGRAPHER_LABEL = re.compile(r"\s*(?:photographers?|photographe|fotogra(?:f|fo|fa|af|fs|fe)|fotógraf[oa]|фотограф"
                                 r"|kuvaaja|ljósmyndari)\s?:", re.I)
_WROTE_AND_PHOTOGRAPHED = re.compile(r"\s*(?:text|texte|tekst|testo|texto)\s", re.I)  # "Text und Fotos: FH" signs one person
# an archive's picture number closing a credit: the centre's letters, the year, the number ("KSC-2011-5421", "JSC2009-E-0123")
_PICTURE_NUMBER = re.compile(r"\s+[A-Z]{2,5}-?(?:19|20)\d{2}-[A-Z0-9-]{1,12}$")
_FOOTNOTE = re.compile(r"(?<=\w)\[\d{1,3}\]$")
# a word of two capitals or more after the first, not a Roman numeral: "Bulgaria ON AIR" (a channel), where a name holds
# none (a first word in capitals may be a maker's: "DJI Mavic")
_CAPITALS_WORD = re.compile(r"(?<!\S)(?![IVXLC]+(?:\s|$))[A-ZÀ-ÞА-Я]{2,}(?!\S)")


# a name in a caseless script and its bracket with no space between, as Japanese prints them ("キャメロン・スペンサー
# (オーストラリア、Getty Images)"), in ASCII or full-width brackets
_UNSPACED_NAME_AND_AGENCY = re.compile(r"^([^()（）]*[^\x00-\x7f])[(（]([^()（）]+)[)）]$")


def _outlet_in_brackets(inside: str, labelled: bool) -> str | None:
    """The organisation a bracket after a photographer's name holds: "(Getty Images)", "(Australia, Getty Images)", and
    under a label one read as an organisation or printed with a word in capitals ("Name (Bulgaria ON AIR)")."""
    country, comma, rest = inside.partition("、" if "、" in inside else ", ")
    if comma and (fold(country) in COUNTRIES or not country.isascii() and canonical_agency(rest)
                  and not canonical_agency(country) and not is_organisation_like(country)):
        # "(Australia, Getty Images)", "(オーストラリア、Getty Images)": where the photographer comes from, then the outlet
        inside = rest
    if canonical_agency(inside):
        return inside
    if not labelled or fold(inside) in COUNTRIES:
        return None
    if is_organisation_like(inside) or " " in inside and not inside.isupper() \
            and _CAPITALS_WORD.search(inside, inside.index(" ")) and is_printed_as_name(inside):
        return inside  # all in capitals, "(NEW YORK)" is a dateline's place as often as an outlet: no word stands out
    return None
def _is_dateline_place(inside: str) -> bool:
    """A place in capitals in brackets after a photographer's name, as a wire's dateline prints it ("(NEW YORK)",
    "(WASHINGTON)"): a place's name, or two or three words in capitals, or one long word, that no table knows as an
    organisation and that read as no organisation or qualifier ("(AFP)", "(STAFF)", "(BULGARIA ON AIR)" are not)."""
    words = inside.split()
    if not inside.isupper() or not all(word.replace("-", "").replace(".", "").isalpha() for word in words):
        return False
    if canonical_agency(inside) or is_organisation_like(inside) or fold(inside) in QUALIFIER_WORDS:
        return False
    return is_place(inside.title()) or 2 <= len(words) <= 3 and all(len(word) >= 3 for word in words) \
        or len(words) == 1 and len(inside) >= 6


# a country after a name, in brackets or after a comma (``COUNTRIES``)
_COUNTRY_AFTER = re.compile(r"\s*\(([^()]{2,30})\)$|,\s+([^,]{2,30})$")
# a name, then a site or an account in brackets or after a slash or a bar ("Name (namesite.com)", "Name/@namehandle",
# "Name | @namehandle")
_OWN_ADDRESS = re.compile(r"^(?P<name>[^()/@|]*[^\s()/@|])\s*(?:\((?P<site>@?[\w-]+(?:\.[\w-]+)*)\)"
                          r"|(?:/|\s\|)\s?(?P<handle>@[\w.]+))$")


def _is_own_address(address: str, name: str) -> bool:
    """Whether a site or an account after a person's name is theirs: a site named after them ("rosapanggabean.com"),
    or an account ("(@Bsmile)", "| @photosbylesko"): an account printed after a name is the person's own, unless it
    is a known organisation's ("/@Reuters") or, not named for them or their pictures, a body's ("/@WhiteHouse",
    "/@prefeiturasp", "/@bbcnews": the institution that provides the picture)."""
    if address.startswith("@"):
        handle = address[1:]
        if canonical_agency(handle) is not None or not (is_name(name, strict=True) and is_capitalised(name)):
            return False
        return _spells_name(address, name) or _PICTURE_HANDLE.search(handle) is not None or not _is_a_bodys_account(handle)
    return _spells_name(address, name)


# an account named for its owner's pictures ("@photosbylesko", "@jane.shoots", "@fotos_ana")
_PICTURE_HANDLE = re.compile(r"photo|foto|pics|pix|shots|snaps|clicks|lens", re.I)
_CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_BODY_WORDS = tuple(sorted(word for word in ORGANISATION_WORDS if len(word) >= 4 and word.isalpha()))


def _is_a_bodys_account(handle: str) -> bool:
    """Whether an account is named for a body: its words, parted at their capitals, a name the table knows
    ("WhiteHouse"), or an organisation's word opening or closing it ("prefeiturasp", "bbcnews", "nytimes")."""
    spaced = _CAMEL_CASE.sub(" ", handle)
    if " " in spaced and canonical_agency(spaced) is not None:
        return True
    key = "".join(char for char in fold(handle) if char.isalnum())
    return key.startswith(_BODY_WORDS) or key.endswith(_BODY_WORDS)


def _spells_name(address: str, name: str) -> bool:
    """Whether a site or an account is named after the person ("rosapanggabean.com", "@yusufwahil" for "Yusuf
    Wahil", "@stefaniarosinistills_smpsp"): the photographer's own, which names no organisation."""
    words = fold(name).split()
    handle = "".join(char for char in fold(address.lstrip("@").split(".")[0]) if char.isalnum())
    return len(words) >= 2 and (words[0] + words[-1] in handle or "".join(words) in handle)


def _join_weekend_editions(reading: Reading, body: str) -> None:
    """"The York Daily Record/Sunday News": a daily and its Sunday edition across a slash are one paper, named as
    printed (its two titles), not a paper and its distributor."""
    for index in range(len(reading.orgs) - 1, 0, -1):
        later = reading.orgs[index]
        if not _WEEKEND_EDITION.match(later) or canonical_agency(reading.orgs[index - 1]):
            continue  # a wire or an agency before it is no daily of its own ("Name/Reuters/Sunday Ledger")
        match = re.search(re.escape(reading.orgs[index - 1]) + r"\s?/\s?" + re.escape(later), body)
        if match:
            reading.orgs[index - 1:index + 1] = [match.group()]


def _signs_initials(word: str) -> bool:
    """Two or three capitals no table knows ("Photo by ALK", "© JC"): the initials a photographer signs with. An
    organisation's initials run longer ("Photo by USDA", "© BCCI") or are known ("Photo by NPS", "Picture by PA")."""
    return 2 <= len(word) <= 3 and word.isalpha() and word.isupper() and canonical_agency(word) is None


_LIST_LABELS = frozenset({"credits", "photo credits", "image credits"})  # a gallery's label over its pictures' credits

# a site's domain after the photographer's name and a stop, under a label ("М. Денисова. Mos.ru")
_SITE_AFTER_STOP = re.compile(r"^(?P<name>[^/|,;]{3,40}?[^\W\d_]{2})\.\s(?P<site>[^\W\d_][\w-]{1,30}\.[a-z]{2,6})$")


# a reader's picture signed with the town the reader lives in: "Photo by Dick Levesque of Puryear", "Photo by Dick
# Levesque, Puryear", "Photo by Jane Roe, Murray, Ky." (a full name first: "Endermann, Andreas" is a name turned round)
# Dutch and German names hold their particles in lower case ("Margreet van Vianen, Tilburg"), towns their hyphens
# ("Hennie Hauser, Sprang-Capelle"); a couple signs with two given names ("Marc en Lies, Nederhemert")
_NAME_OF_PLACE = re.compile(r"^(?P<name>[A-ZÀ-Þ][\w'’.-]+(?: (?:(?:van|von|de|der|den|ten|ter|het|vom|zu) )*"
                            r"[A-ZÀ-Þ][\w'’.-]+){1,3}|(?P<couple>[A-ZÀ-Þ][a-zà-ÿ]+ (?:en|and|und|et|&) [A-ZÀ-Þ][a-zà-ÿ]+))"
                            r"(?P<joint> of |, )(?P<place>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)*"
                            r"(?: [A-ZÀ-Þ][a-zà-ÿ]+)?(?:, [A-Z][a-z]{1,4}\.?)?)$")
# a viewer's, a reader's or a listener's picture: the person, a comma, the outlet's name (or none) and the word
_AUDIENCE_PICTURE = re.compile(r"^(?P<name>[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3}), (?:[\w&'’.-]+ ){0,3}"
                               r"(?:viewer|reader|listener|subscriber|follower|contributor)$")
# what a word after a photographer's comma says when it is no town: the job, the desk, the picture's kind
_AFTER_COMMA_WORDS = frozenset({"contributor", "freelance", "freelancer", "photographer", "fotograf", "fotografo",
                                "fotógrafo", "photojournalist", "correspondent", "reporter", "editor", "special",
                                "jr", "sr", "ii", "iii", "iv"})


def _is_town(place: str, joint: str) -> bool:
    """Whether the words after a photographer's full name and "of" or a comma are the town a reader's picture is
    signed with: no organisation ("Name, Bloomberg", "Name of Reuters"), no second person ("Name, John Smith"), no
    job or kind of picture ("Name, Staff", "Name, Contributor")."""
    town = place.split(",")[0]
    if canonical_agency(place) or canonical_agency(town) or is_organisation_like(town):
        return False
    if joint == " of ":
        return True
    key = fold(town)
    return key not in _AFTER_COMMA_WORDS and key not in _CREDIT_WORDS and key not in QUALIFIER_WORDS \
        and key not in NO_PARTY and (" " not in town or is_place(town))
_CREDIT_TAG = re.compile(r"\s+-\s+(?:image|photo)\s+credit$", re.I)

# "and" between two sources, in the languages of the tables
_CONJUNCTION = re.compile(r" (?:and|y|e|und|et|en|i|и|і|ja|og|och|és|a|dan|và|ve) ")

# a paper's name under its article, printed after its photographer's with no separator ("Name Le Riverain")
_TITLE_AT_END = re.compile(r"^(?P<name>\S.*?)\s+(?P<title>(?:The|Le|La|Les|El|Il|Der|Die|Das)\s+[A-ZÀ-Þ][\w'’-]+"
                           r"(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3})$")


def _paper_glued_after_name(body: str) -> tuple[str, str] | None:
    """"Marie-Ève Tremblay Le Riverain", "Jane Roe The Day": a full name, then a paper under its article.

    Only a name of two or three words of four letters or more, none a particle: "Jean de La Fontaine" and
    "Marine Le Pen" (one word before the particle) stay names, and so do names of short syllables that hold
    "Le" ("Nguyen Thi Le Hoa"); under an article surnames open with, only one long word ("Le Riverain").
    """
    match = _TITLE_AT_END.match(body)
    if not match or canonical_agency(body):
        return None
    name, title = match["name"], match["title"]
    words = name.split()
    if not 2 <= len(words) <= 3 or any(len(word) < 4 or word.lower() in PARTICLES for word in words):
        return None
    article, _, paper = title.partition(" ")
    if article not in _ARTICLES_NO_SURNAME_OPENS and (" " in paper or len(paper) < 6):
        return None  # "Anna Maria La Rosa", "Jean-Marie Le Pen": a surname under its article
    if not (is_name(name, strict=True) and is_capitalised(name) and is_titled(title)):
        return None
    return name, title


# articles no surname opens with; "Le", "La", "El", "Il" open many ("Le Pen", "La Rosa", "El Amrani")
_ARTICLES_NO_SURNAME_OPENS = frozenset({"The", "Der", "Die", "Das"})


def names_no_party(body: str) -> bool:
    """Whether every part of a credit is a word printed in place of a party ("Reprodução/Redes Sociais", "Supplied",
    "DR", "Archivo"): the credit names no one."""
    return all(fold(part) in NO_PARTY or fold(part) in QUALIFIER_WORDS or fold(part) in NOT_NAMES
               for part in body.split("/"))


_OWNER_THEN_PHOTOGRAPHER = re.compile(r"^(?P<owner>[^;/]{2,60}?)\s*;\s*(?:photo(?:graph(?:ie|y)?)?|foto(?:grafia|grafie|grafía)?)"
                                      r"\s*[:,]?\s+(?P<name>[^;/,]{3,40})$", re.I)
_OWNER_FIRST = re.compile(r"^(?P<owner>[^\W\d][^©,]{1,60}?)\s+©\s*(?:\d{4})?\s*,\s*(?P<name>[^\W\d][^©,]{2,40})$")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff]{2,6}")  # a Japanese or Chinese name, no spaces
# a wire's own form, its name in capitals before "PHOTO" opening a chain ("AFP PHOTO / SPUTNIK / NAME"): printed so,
# an organisation no table knows carries the picture of the one after it as a wire does ("FP PHOTO / SPUTNIK / NAME")
_WIRE_FORM = re.compile(r"^[A-Z]{2,8} PHOTO$")
# AP's style names the photographer after "AP Photo/", never an organisation (that is "Org via AP"): there capitals
# are a staff photographer's initials ("AP Photo/DWF"); other wires print organisations there ("AFP PHOTO/SPA")
_WIRE_PHOTO_INITIALS = re.compile(r"^AP Photo\s?/\s?([A-Z]{2,4})$")
_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ing|ed) [A-Za-z]")  # "using Landsat data from ...": a note on how it was made
# labels that name where a picture comes from, not who took it ("Image: Doordarshan", "Bildquelle: X", "Photo from X")
# a place and the year after a dash closing the credit: where and when the picture was taken ("Name - Berounka, 2017"),
# as ", <year>" marks it; a place names no party
_PLACE_AND_YEAR = re.compile(r"\s[-–—]\s(?P<place>[^\W\d_](?:[^\W\d_]|['’.-])*(?:\s(?:[^\W\d_]|['’.-])+){0,3}),\s*(?:1[89]|20)\d{2}$")
# a copy of a work, its title between the reproduction word and the source it was copied from: "Reprodução/<title>/IFPE"
_REPRODUCED_WORK = re.compile(r"^(?P<word>(?i:reprodu[çc][ãa]o|reproducci[óo]n?|reproduction|riproduzione))\s?/\s?"
                              r"(?P<title>.+?)\s?/\s?(?P<source>[^/]+)$")
_REPRODUCTION_OPENINGS = ("reprodu", "riprodu")
_LOWER_WORDS = re.compile(r"(?<!\S)[a-zß-öø-ÿ]{3,}(?!\S)")
_SOURCE_LABEL = re.compile(r"\s*(?:image|images|picture|pictures|source|sources|quelle|bildquelle|fuente|fonte|zdroj"
                           r"|źródło|forrás|источник|джерело|surs[aă]\s+foto|(?:image|picture)\s+source"
                           r"|(?:stock\s+)?(?:photos?|images?|pictures?)\s+from)\s*[:：,=|]?\s*$", re.I)  # not "Image credit:"
# one word in capitals before a slash and a file word ("MERIDIANA/Archivo", EFE's form): the agency whose file it is
_CAPITALS_FILE = re.compile(r"^\s*(?P<owner>[A-ZÀ-Þ][A-ZÀ-Þ0-9&-]+)\s*/\s*[^\s/]+\s*$")
_HANDOUT_FROM = re.compile(r"^([^/]+?)\s*/\s*(?:handout|ho)\b", re.I)  # "Name of a body/Handout": a handout's source
_PROVIDED_BY = re.compile(r"provided by\s+", re.I)
# a photographer's name, then the owner's copyright notice: "© Copyright 2000 - 2007 The Hindu"
_OWNER_AFTER = re.compile(r"^(?P<name>[^©]{3,40}?)\s+©\s*(?:Copyright\s+)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?"
                          r"(?P<owner>[^\W\d][^©]{1,60})$")


# a field of a structured run: a capitalised word and a colon ("Tekst: A Foto: B Styling: C", "Autor: ... ID: ...")
# ... or the Korean roles credited beside the picture's "사진=" (photo by): "글=" (text by), "그래픽=" (graphic by)
_FIELD = re.compile(r"\s(?=[^\W\d_]{2,21}\s?:\s|(?:글|그래픽)\s?=)")
# another key and "=" after a comma, left after the credit roles' fields are cut: a list of settings ("사진=금, 그림=은
# 등급": photo gold, drawing silver; "사진=jpg, 영상=poster.png"), no credit
_SETTINGS_LIST = re.compile(r",\s*[^\W\d_]{1,12}\s?=")


def next_field(text: str, start: int, stop: int) -> int:
    """Where a label's value ends at the next field's label; ``stop`` when none follows.

    "Foto: Jørgen Gomnæs Styling: Vanessa Rudjord": the stylist's field is no part of the
    credit. Which picture a credit is ("Top: A; Bottom: B") is no new field.
    """
    for match in _FIELD.finditer(text, start, stop):
        first = text[match.end()]
        if text[start:start + 9].lstrip()[:7].lower() in _REPRODUCTION_OPENINGS and "/" in text[start:match.start()] \
                and text[text.find(":", match.end()) + 1:stop].lstrip()[:1].islower() and "/" in text[match.end():stop]:
            continue  # "Reprodução/Áreas Verdes: um estudo .../IFPE": a reproduced work's title, its subtitle in lower case
        # a capital opens the value; a script without capitals (Hebrew, Arabic, CJK) opens it with any letter
        # ("צילום: Name, עריכה: Name": the editor's field)
        if (first.isupper() or first.isalpha() and not first.islower() and not first.isascii()) \
                and not POSITION.match(text[match.end():match.end() + 40]):
            return match.start()
    return stop


def _read_several(reading: Reading, parts: list[str], *, each_its_own: bool = False) -> Reading | None:
    """Several credits in one line ("Top: A/AFP via Getty Images; bottom: B/AFP via Getty Images").

    Every photographer counts, and the agency when the credits that name one name the
    same (``each_its_own``: when every credit names the same, each part being one picture's
    credit of a list); the printed line stays whole. None when a part does not read as a credit.
    """
    parts = [part.strip() for part in parts if part.strip()]
    if len(parts) < 2:
        return None
    readings = []
    for part in parts:
        part = POSITION.sub("", part)
        part = SUBJECT_AFTER.sub("", part) if part.endswith(")") else part
        found = read_credit(part)
        if found is None or found.bad:
            return None
        readings.append(found)
    credits = [found.credit() for found in readings]
    agencies = {credit.agency for credit in credits if credit.agency or each_its_own}
    agencies.discard(None) if not each_its_own else None
    persons = unique(person for credit in credits for person in credit.photographers)
    qualifiers = {q for credit in credits for q in credit.qualifiers}
    several = Reading(credit_line=reading.credit_line, persons=list(persons),
                      labelled=reading.labelled or any(found.labelled for found in readings), structured=True,
                      known=sum(found.known for found in readings), named=sum(found.named for found in readings),
                      qualifiers=qualifiers)
    several.made = Credit(credit_line=reading.credit_line, agency=agencies.pop() if len(agencies) == 1 else None,
                          photographers=tuple(persons), qualifiers=tuple(q for q in QUALIFIERS if q in qualifiers))
    several.orgs = [several.made.agency] if several.made.agency else []
    return several


def _read_chain(reading: Reading, body: str, *, names_after_org: bool = False) -> None:
    """Classify every part of ``Name/Org via Org`` into people, organisations and qualifiers."""
    lower = body.lower()
    parts = VIA.split(body) if "via" in lower or "vía" in lower else [body]
    if len(parts) == 1 and not body.isascii():
        parts = carried_by_home_agency(body) or parts  # "AFP=연합뉴스": AFP's picture via Yonhap
    if len(parts) > 1:
        reading.qualifiers.add("via")
        reading.structured = True
    persons = reading.persons
    person_open = True  # the first unknown name is the photographer, later ones organisations
    first = True  # the very first organisation may be a wire printing itself first ("REUTERS/Name")
    after_no_party = False  # a word printed in place of a party came first ("Reprodução/...")
    handed_out = False  # that word was "Divulgação", a handout: the source that handed it out follows
    for position, part in enumerate(parts):
        target = reading.orgs if position == 0 else reading.via_orgs
        segments = [(segment, slashed) for segment, slashed in split_segments(part) if segment]
        chained = len(parts) > 1 or len(segments) > 1
        if len(segments) > 1:
            reading.structured = True
        last_was_person = False
        for index, (segment, slashed) in enumerate(segments):
            if "、" in segment and reading.labelled and len(segments) == 1 and len(parts) == 1:
                listed_names = [name.strip() for name in segment.split("、")]
                if all(_CJK_NAME.fullmatch(name) and not canonical_agency(name) for name in listed_names):
                    persons.extend(listed_names)  # "撮影：北山夏帆、宮武祐希": under a label, "、" lists the photographers
                    reading.structured = True
                    continue
            if "、" in segment or "，" in segment:
                segment = segment.replace("、", ", ").replace("，", ", ")  # 川上真、共同
            items = split_items(segment, keep_commas=chained) if "," in segment else (segment,)
            listed = reading.labelled and len(items) > 2 and len(segments) == 1 and len(parts) == 1
            # "Ariel Cobbert, The Commercial Appeal": a person's name, then a paper's title after the comma, which no
            # person bears ("The X"), as a slash would join them
            titled_after_name = len(items) == 2 and is_titled_after_name(items)
            if titled_after_name or len(items) == 2 and (
                    is_organisation_like(items[1]) or (canonical_agency(items[0]) or ends_in_organisation_word(items[0]))
                    and is_name(items[1], strict=True)):
                reading.structured = True  # "Carter Williams, KSL.com", "Paper, Name": the comma is the chain's slash
            if len(items) > 1 and " and the " in items[-1]:
                person, _, team = items[-1].partition(" and the ")
                if is_name(person, strict=True) and is_organisation_like(team):
                    items = [*items[:-1], person, team]  # "NASA, J. Lee and the PHANGS-HST team": a person and a body
            for item_index, item in enumerate(items):
                if item_index and item_index == len(items) - 1 and item[:4] == "and " and item[4:5].isalpha():
                    item = item[4:]  # "NASA, J. Lee, and the PHANGS-HST Team": the list's last party after "and"
                courtesy = COURTESY.match(item) if _COURTESY_HINT.search(item) else None
                if courtesy:  # "Name / Courtesy DC Moore Gallery"
                    item = item[courtesy.end():]
                    artist = _THE_ARTIST_AND.match(item)
                    if artist:  # "Photograph by Name / Courtesy the artist and the X Center": the artist is named
                        item = _lender(item[artist.end():])  # before it, the institution lent the picture
                    reading.qualifiers.add("courtesy")
                found = classify(item)
                if found.titled and (slashed or position > 0 or titled_after_name and item_index == 1 or (reading.owned or reading.made_by
                                                                 or reading.labelled and not persons
                                                                 and (is_organisation_like(found.value)
                                                                      or _every_word_capitalised(found.value)))
                                     and len(segments) == 1 and len(items) == 1):
                    # "Name/The Day", "© The Cricketer", "Photo: The Evening Post", "Image: The Verge": no person is
                    # named "The X", so under a credit's label it is a publication or a body; "Picasso: The Old
                    # Guitarist" (no label of ours: a painter and the work's title), "Photo: The Moment of Re-entry"
                    # (a title's lower-case words) not
                    found = as_titled_organisation(found)
                if found.qualifiers:
                    reading.qualifiers |= found.qualifiers
                if found.structured:
                    reading.structured = True
                if found.known:
                    reading.known += 1
                if found.named:
                    reading.named += 1
                if found.bad:
                    reading.bad = True
                kind, value = found.kind, found.value
                if kind == "org" and not found.known and persons and (slashed or reading.labelled) \
                        and organisation_after_photographer(value):
                    # "Francine Orr / LAT", "(Photo | Name, EPS)": the paper's own form, after a slash or under a label
                    value = organisation_after_photographer(value)
                    reading.known += 1
                if kind != "skip" and not found.named and persons and slashed and is_masthead(value):
                    kind = "org"  # "Ralph Barrera/AMERICAN-STATESMAN": the paper's name after its photographer
                    reading.named += 1
                if kind == "org" and not found.known and not found.named and not persons \
                        and _uploads_to(value, parts, position):
                    kind = "unknown"  # "GoogleDeepMind via Unsplash": an account's name on the photo site, its uploader
                if kind == "org":
                    target.append(value)
                    if first and position == 0 and not persons:
                        reading.prefix_wire = value if value in PREFIX_WIRES or (
                            len(segments) > 2 and not found.known and _WIRE_FORM.match(segment)) else None
                        reading.lead_org = value
                    first = False
                    if persons:
                        person_open = False
                elif kind == "skip" and not found.qualifiers and fold(item) in NAMING_NO_PARTY:
                    after_no_party = True
                    handed_out = fold(item) == "divulgacao"
                elif kind == "unknown":
                    if after_no_party and not persons and not target and (
                            value.isalpha() and value.isupper() and 2 <= len(value) <= 6
                            or value[:1].isupper() and index == len(segments) - 1 and len(parts) == 1
                            and (value.isalpha() or handed_out and value.replace(" ", "").isalpha()
                                 and value.count(" ") < 4 and not _signs_as_person(value))):
                        # "Reprodução/EI": the acronym of the source a copy was made from; "divulgação/Hyundai": a
                        # lone word closing the credit names who handed the picture out, a person signs in full;
                        # after "Divulgação" (handed out) a name in full too: "Divulgação/Riot Games" is the
                        # company (docs/credit-tables.md), while "Reprodução/Edivaldo Brito" copied a person's picture
                        target.append(value)
                        reading.named += 1
                        continue
                    if persons and " " in value and (value.islower() or _PARTICIPLE.match(value)):
                        # "AFP PHOTO / YURI KADOBNOV, retirada aqui", "Name, using Landsat data from the USGS":
                        # a note opening in lower case names no one
                        continue
                    if not persons and len(target) >= 2 and " " not in value and value[:1].isupper() \
                            and position == 0 and slashed and target[-1] not in NAMES_AFTER \
                            and not (_sells_users_pictures(segments[index - 1][0]) and all(map(is_carrier, target))):
                        # "NASA/JPL/Cornell": a lone word after two organisations is a third; not after a wire,
                        # which prints its photographer after itself ("picture alliance / dpa / Kappeler")
                        target.append(value)
                        reading.loose_names += 1
                        continue
                    if reading.courtesy and not persons and not (_are_names(value) and not found.titled) \
                            and not _uploads_to(value, parts, position):
                        target.append(value)  # "Courtesy of the family": the source; "Courtesy Jane Roe": the person
                    elif not persons and target and target[-1] in RELEASE_WIRES:
                        target.append(value)  # "PRNewsfoto/Harbor Light Energy": the company that issued the release
                        reading.named += 1
                    elif not persons and not target and (_heads_its_photographer(value, segments, index)
                                                         or _heads_particled_name(value, segments, index)
                                                         or _desk_before_colon(value, part, segments, index)):
                        target.append(value)  # "Newsday / J. Conrad Williams Jr.": the paper printing itself first
                        reading.named += 1
                    elif person_open and (position == 0 or not persons and not (reading.orgs and " " not in value)):
                        # after "via", one word behind an organisation is a distributor: "Maxar Technologies via Storyful"
                        names = split_names(value) if value[:1] != "@" else (value,) if HANDLE.match(value) else None
                        if _wire_then_byline(value):
                            reading.bad = True  # "EFE Martha Córdova": the wire's credit, then the story's byline
                            continue
                        if names is None and _name_placed(reading, segment, slashed, segments) \
                                and is_placed_name(value):
                            names = (value,)  # "REUTERS/Rodi Said", "(foto: An Mei)": the place makes it a name
                        if names is None and _uploads_to(value, parts, position):
                            names = (value,)  # "Sunny3113, CC BY-SA 4.0, via Wikimedia Commons": the uploader
                        if names is None and index + 1 < len(segments) and slashed and LOWER_CASE_NAME.match(value) \
                                and classify(segments[index + 1][0]).known and not _FUNCTION_WORDS.intersection(value.split()):
                            names = (value,)  # "lan deng / Unsplash": a name in lower case before a known agency
                        if names is None and " " not in value and (
                                index + 1 < len(segments) and _sells_users_pictures(segments[index + 1][0])
                                or index and slashed and _sells_users_pictures(segments[index - 1][0])
                                and all(map(is_carrier, target))):
                            # "PIRO4D auf Pixabay", "lenka_p/Shutterstock": a user name on the site;
                            # "Getty Images/iStockphoto/Sitthiphong": the stock site's contributor after it
                            names = (value,)
                        if names is None and reading.prefix_wire and value[:1].isupper() \
                                and index + 1 < len(segments) and is_name(segments[index + 1][0], strict=True):
                            target.append(value)  # "AFP PHOTO / Solar Impulse 2 / Name": who made the handout
                        elif names is None:
                            reading.bad = True
                        else:
                            persons.extend(names)
                    elif last_was_person and slashed and segments[index - 1][1] and is_name(value, strict=True) \
                            and not found.titled \
                            and any(canonical_agency(later) or is_organisation_like(later)
                                    for later, _ in segments[index + 1:]):
                        # "Name/Name/GC Images", "Name/Name - Arizona State University": two photographers, then who
                        persons.append(value)
                    elif listed and is_name(value, strict=True) and is_capitalised(value):
                        persons.append(value)  # "Fotos: A, B, FPÖ Klub, C": each picture's credit in a list
                    elif _wire_then_byline(value):
                        reading.bad = True  # "Name/TT Lars Hansson": the credit ends at the wire, the next byline follows
                    elif slashed and persons and is_city_edition(value):
                        target.append(value)  # "Name/Streetsblog L.A.": the outlet's city edition, as the slash places it
                        reading.named += 1
                    elif is_name(value, strict=False) or is_organisation_like(value) or (
                            _name_placed(reading, segment, slashed, segments) and is_placed_name(value)):
                        # "Name/THEATER AN DER WIEN/dpa": a function word in a name the chain places
                        target.append(value)
                        if not found.titled and not is_organisation_like(value) and is_name(value, strict=True):
                            reading.loose_names += 1
                    else:
                        reading.bad = True
            last_was_person = bool(persons) and persons[-1] in segment
            if persons:
                person_open = False
            first = False
    if names_after_org and not persons:
        reading.bad = True


def _every_word_capitalised(name: str) -> bool:
    """Every word and every hyphenated part of it capitalised, as a name is printed ("The Daily Beast"; not
    "The Moment of Re-entry", a title)."""
    words = name.replace("-", " ").split()
    return all(part[:1].isupper() for part in (words[1:] if words[:1] and words[0] in ARTICLES else words))  # "il Torinese"


# a source's field, then the photographer's after a comma, under one label: "Nguồn ảnh: Internet, photographer: Name"
_INNER_PHOTOGRAPHER = re.compile(r"^(?P<source>[^,/:]{2,60}),\s*(?i:photographers?|photos?|fotos?|fotograf|fotógrafo|ảnh"
                                 r"|người chụp)\s?:\s*(?P<name>[^,/:]{2,60})$")
# Japanese "経由" (via) after the carrier: "Jopwell、Pexels経由" is "Jopwell via Pexels"; a clause may follow it ("で無料使用可能":
# free to use through it)
_CARRIED_BY = re.compile(r"^(?P<line>(?P<maker>[^、,，]{2,40}?)\s?[、,，]\s?(?P<carrier>[^、,，\s][^、,，]{0,30}?)\s?経由)(?:[でからの].*)?$")
# a platform's name, in any script, then an account's handle, spaced or glued ("Reprodução / Twitter @LulaOficial")
_PLATFORM_HANDLE = re.compile(r"(?:^|(?<=/)|(?<=/ ))(?P<site>[^\W\d_][^\s@/]{1,20})\s?(?P<handle>@[A-Za-z0-9_.]{2,30})$")
_SITE_USER = re.compile(r"^(?P<site>[A-Z][\w ]{1,20}?) user (?P<name>@?[\w.-]{2,40})$")


def _uploads_to(value: str, parts: list[str], position: int) -> bool:
    """A user name before "via" a photo site: the name its uploader goes by ("courtesy of Geni via Wikimedia
    Commons", "Sunny3113, CC BY-SA 4.0, via Wikimedia Commons"), a person, as on the site itself ("PIRO4D auf
    Pixabay"); a word, or a few with a digit ("Mike1979 Russia"), no phrase."""
    if position or len(parts) < 2 or not value[:1].isalnum() or "_" in value or value not in parts[0] \
            or not (" " not in value or value.count(" ") <= 2 and DIGIT.search(value) is not None):
        return False
    after = parts[0][parts[0].rfind(value) + len(value):].strip(" ,")  # only its licence between it and "via"
    return (not after or LICENCE.match(after) is not None or LICENCE_AFTER.fullmatch(" " + after) is not None) \
        and canonical_agency(split_segments(parts[1])[0][0].split(",")[0].strip()) in PHOTO_SITES


def _sells_users_pictures(name: str) -> bool:
    """A photo site or a stock agency: who follows it is known by a user name ("PIRO4D auf Pixabay")."""
    known = canonical_agency(name)
    return known in PHOTO_SITES or known is not None and is_carrier(known)


def _name_placed(reading: Reading, segment: str, slashed: bool, segments: list[tuple[str, bool]]) -> bool:
    """Whether the credit's grammar puts a name here: under a label, after "photo by", or in a chain with a known
    organisation ("REUTERS/Rodi Said", "Rodi Said/Reuters", "Can Erok-USA TODAY Sports")."""
    return reading.labelled or reading.photo_by or len(segments) > 1 and any(
        other != segment and classify(other).known for other, _ in segments)


# the last word of a name a stock contributor may go by ("DC Studio", "Nora Carol Photography") and the news words no
# contributor's does ("ChinaFotoPress/Getty Images" is the agency)
_CONTRIBUTOR_WORDS = ("studio", "photography", "fotografie", "fotografia")
_NEWS_WORDS = ("press", "news", "agency", "media", "wire", "tv", "pool")


def _is_contributor(first: str, agency: str, body: str) -> bool:
    """"Costfoto/NurPhoto", "MicroStockHub/iStock via Getty Images", "DC Studio/Shutterstock": a name that reads as a
    brand, printed first before a picture agency, is the contributor whose picture the agency sells.

    Only a name in no table, of one word or ending in a studio's word, directly before the agency's slash.
    """
    if canonical_agency(first) or not canonical_agency(agency) or not body.startswith(first) \
            or not body[len(first):].lstrip()[:1] == "/":
        return False
    key = first.lower()
    if " " in first:
        return key.endswith(_CONTRIBUTOR_WORDS) and first.count(" ") <= 2
    # not "APFootage" (initials), nor a one-word organisation by its compound's last word ("Nordicphotos/AFP",
    # "Fréttablaðið/AP", "Stadtzeitung/AP": a picture agency, a paper)
    return first[:1].isalpha() and not key.endswith(_NEWS_WORDS) and not first[:2].isupper() \
        and not is_organisation_like(first)


# words a credit prints before its photographer that name no outlet
_CREDIT_WORDS = frozenset({"source", "credit", "credits", "photo", "photos", "image", "images", "picture", "pictures",
                           "courtesy", "video", "copyright", "author", "photographer"})


def _heads_its_photographer(value: str, segments: list[tuple[str, bool]], index: int) -> bool:
    """One capitalised word, then a slash and a person's full name: an outlet printing itself first ("Newsday/Name").

    A person is credited by a full name; a lone word before one is the organisation, as "AP/Name" is.
    """
    if " " in value or not (value[:1].isupper() or value[1:2].isupper()) or index + 1 >= len(segments) \
            or not segments[index][1] or not (value.isalpha() or NUMBERED_BRAND.match(value)) \
            or value.lower().endswith("ed") or fold(value) in _CREDIT_WORDS:
        return False  # "R2D2": a model's code; "Supplied/Name", "Source/Name": the credit's words, no outlet
    following = segments[index + 1][0]
    return is_name(following, strict=True) and is_capitalised(following) and not is_name(value, strict=True) \
        and classify(following).kind == "unknown"


def _heads_particled_name(value: str, segments: list[tuple[str, bool]], index: int) -> bool:
    """Capitalised words, then a slash and the credit's last part, a person's name with a particle in lower case
    ("Muscat Meridian/Hamood al-Maawali", "Cairo Courier/Ludwig van der Berg"): the particle marks the person, so the
    words before it, which carry none, are the outlet printing itself first. A title opening with an article carries
    particles too and is no person ("Name / Le Temps du Léman", "Name / El Observador del Sur")."""
    if index + 2 != len(segments) or not segments[index][1] or not 1 <= value.count(" ") <= 3 \
            or not is_capitalised(value) or has_name_particle(value) or fold(value.split()[0]) in _CREDIT_WORDS:
        return False
    following = segments[index + 1][0]
    return has_name_particle(following) and following.split()[0].lower() not in ARTICLES \
        and is_name(following, strict=True) and is_capitalised(following) and classify(following).kind == "unknown"


# a broadcaster's or paper's initials, or a known organisation, then its desk or region: "ABC Kidman", "ABC Rural",
# "SBS News", "Reuters Pictures Desk"
_DESK = re.compile(r"^(?P<head>[A-Z]{3,5}|[A-Z][a-z]+) (?:[A-Z][a-zà-ÿ'’-]+)(?: [A-Z][a-zà-ÿ'’-]+){0,2}$")


def _desk_before_colon(value: str, part: str, segments: list[tuple[str, bool]], index: int) -> bool:
    """"ABC Kidman: Zoe Larkin", "ABC Rural: Name": an outlet's desk or region before a colon, a person's full name
    after it closing the credit (the Australian broadcaster's form, "(ABC News: Name)"), the outlet first, as
    "Org/Name" prints it. An outlet is initials in capitals or a known organisation's name, then its desk's words."""
    if index + 2 != len(segments) or segments[index][1] or not part.startswith(value + ": "):
        return False
    desk = _DESK.match(value)
    if desk is None or not (desk["head"].isupper() or canonical_agency(desk["head"])):
        return False
    following = segments[index + 1][0]
    head = following.split()[0]
    return is_name(following, strict=True) and is_capitalised(following) and not head.isupper() \
        and not canonical_agency(head) and classify(following).kind == "unknown"


_PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ul|bin|ibn|bint)-[A-ZÀ-Þ]")  # "al-Maawali", "el-Sayed"


def has_name_particle(name: str) -> bool:
    """A person's name carries a particle in lower case after its first word: "Hamood al-Maawali", "Maria da Silva",
    "Ahmad bin Hamad", "Ludwig van der Berg"."""
    return any(token in PARTICLES or _PARTICLE_PREFIX.match(token) for token in name.split()[1:])


def _wire_then_byline(value: str) -> bool:
    """A known one-word organisation, then a person's full name: two page elements run together ("TT Lars Hansson")."""
    head, _, rest = value.partition(" ")
    return bool(rest) and head.isupper() and not rest.isupper() and canonical_agency(head) is not None \
        and " " in rest and is_name(rest, strict=True) and is_capitalised(rest) and canonical_agency(value) is None \
        and canonical_agency(rest.split()[0]) is None



def _are_names(text: str) -> bool:
    """A person's full name, or several joined by "and" ("Savannah Davis and Peyton Manning"); not "Simon and Schuster"."""
    if is_name(text, strict=True):
        return True
    names = split_names(text) if " and " in text or "&" in text else None
    return bool(names) and len(names) > 1 and all(is_name(name, strict=True) for name in names)


def _is_user_name(reading: Reading) -> bool:
    """"richcano/Getty Images", "afsezen/iStock via Getty Images", "Flickr user mikeedesign": a stock contributor's or
    a photo site's user name, in lower case, before the agency's slash (carried by another stock site or not) or
    after the site's "user"."""
    person = reading.persons[0] if len(reading.persons) == 1 else ""
    return bool(person) and " " not in person and (
        reading.credit_line.startswith(person + "/") or reading.credit_line.endswith(" user " + person)) \
        and len(reading.orgs) == 1 and is_carrier(reading.orgs[0]) and all(map(is_carrier, reading.via_orgs))


# --- deciding what is a credit --------------------------------------------------------------

def is_bracket_credit(reading: Reading, *, after_sentence: bool) -> bool:
    """A bracketed ending: "(AP Photo/Name)" always; "(Kyodo)" or "(Name)" only after a sentence."""
    if reading.bad or reads_a_sentence(reading):
        return False  # "[FOTO: Ansambel gong Dayak dalam upacara adat di Malinau]": what the picture shows
    if reading.labelled or reading.photo_by or _is_korean_byline(reading) or _is_provided(reading):
        return True  # "(청와대 제공)": provided by the presidential office
    if not all(is_capitalised(p) or _CJK_NAME.fullmatch(p) for p in reading.persons):
        return False  # a Han name has no capitals: "（董旭明/东方IC）"
    if reading.known and (reading.structured or reading.persons):
        return True
    if reading.structured and reading.persons and (reading.named or reading.qualifiers):
        return True  # "(Don McCullin/Contact Press Images)", "(Name / Staff Photographer)"; not "(NYSE: ABC)"
    if reading.structured and reading.named and not reading.persons and len(reading.orgs) == 1 \
            and PHOTO_DATED.sub("", reading.credit_line).lower().endswith((" photo", " photograph")):
        return True  # "(Israel GPO Photograph)", "(Ohio DNR photo)": an office's own credit form
    if after_sentence and reading.structured and len(reading.persons) == 1 and len(reading.orgs) == 1 \
            and "/" in reading.credit_line and ":" not in reading.credit_line \
            and is_name(reading.persons[0], strict=True):
        return True  # "... Corona. (Rifkianto Nugroho/detikcom)": a photographer and the site after a sentence
    if not reading.structured and after_sentence:
        if (reading.known or reading.named and (not reading.credit_line.isascii() or _SITE.match(reading.credit_line))) \
                and not reading.persons and len(reading.orgs) == 1:
            return True  # "(Kyodo)", "[Xinhua]"; Korean captions close on the pool: "[평양사진공동취재단]"; "[eastday.com]"
        if reading.persons and not reading.orgs:
            return all(is_name(p, strict=True) for p in reading.persons)  # "(Max Kandhola)"
    return False


_SITE = re.compile(r"^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,4}$")  # a site by its domain alone: "eastday.com"


def _is_provided(reading: Reading) -> bool:
    """"청와대 제공", "신화사 제공, 왕중생 촬영": a provider marked 제공 (provided by), its photographer marked 촬영."""
    return "courtesy" in reading.qualifiers and "제공" in reading.credit_line and len(reading.orgs) == 1 \
        and reading.named > 0 and all(KOREAN_NAME.match(person) for person in reading.persons) \
        and (not reading.persons or "촬영" in reading.credit_line)


def _is_korean_byline(reading: Reading) -> bool:
    """"김호천 기자": a Korean name marked as the paper's reporter (기자) is a credit, with no label."""
    return "staff" in reading.qualifiers and bool(reading.persons) and "기자" in reading.credit_line \
        and all(KOREAN_NAME.match(person) for person in reading.persons)


_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")  # a Chinese name: a surname and one or two given characters


def is_text_credit(reading: Reading) -> bool:
    """An unbracketed ending: "REUTERS/Name", "Photo: Name/dpa", "EFE"; never a bare name."""
    if reading.bad:
        return False
    if reading.labelled and reading.orgs and not all(" " not in p or is_capitalised(p) or lower_case_before_agency(reading, p)
                                                     for p in reading.persons):
        return False  # "Copyright : AFPTV - First images": the video's title after the credit, not a name
    if reads_a_sentence(reading):
        return False  # "Foto Hansen memang terlihat dramatis.": the picture word opens a sentence, no name follows it
    if reading.labelled or reading.photo_by or _is_korean_byline(reading) or _is_provided(reading):
        return True  # "(청와대 제공)": provided by the presidential office
    if reading.structured and reading.persons and reading.orgs and all(map(_HAN_NAME.fullmatch, reading.persons)) \
            and (reading.known or all(map(is_organisation_like, reading.orgs))):
        return True  # "武治義/中國日報": a Chinese name (no capitals to tell it) before a slash and its paper
    if not all(is_capitalised(p) or lower_case_before_agency(reading, p) for p in reading.persons) \
            and not _is_user_name(reading):
        return False  # "He works for Reuters" is a sentence
    if reading.known and (reading.structured or reading.persons):
        return True
    if reading.known and not reading.persons and len(reading.orgs) + len(reading.via_orgs) == 1:
        return True  # "... 2015. EFE"
    if reading.named and not reading.persons and len(reading.orgs) == 1 \
            and reading.qualifiers & {"courtesy", "staff", "file"}:
        return True  # "... / 인제군 제공" (provided by the county), "AMERICAN-STATESMAN FILE 2003" (the paper's file picture)
    if reading.named and not reading.persons and len(reading.orgs) == 1 and reading.credit_line.lower().endswith(
            (" photo", " photograph")) and is_organisation_like(reading.orgs[0]):
        return True  # "... Library of Congress photograph": an organisation's own credit form
    if _initials_head_photographer(reading):
        return True  # "... November. RNZ/Samuel Rillstone": an outlet's initials, its photographer's full name after them
    if reading.named and not reading.persons and len(reading.orgs) == 1 and reading.credit_line[:1] in "PI" \
            and picture_from(reading.credit_line):
        return True  # "Photo from the Huffington Post": the paper a picture word says the picture came from
    if reading.structured and not reading.persons and not reading.via_orgs and len(reading.orgs) == 2 \
            and reading.named >= 2 and "/" in reading.credit_line:
        return True  # "Investigative Network News & Documentaries/WFAA": who produced it, the station that aired it
    return bool(reading.structured and reading.persons and (reading.named or reading.qualifiers or _lone_outlet(reading))
                and is_name(reading.persons[0], strict=True))  # "Julie Doe/Big Newspaper", "Name/Staff Photographer"


def _initials_head_photographer(reading: Reading) -> bool:
    """An outlet's initials or one word in capitals no table knows, a slash and one person's full name: the whole
    credit, as "AP/Name" is ("KOMPAS/INGKI RINALDI": a person is printed with two names or more, an outlet with one);
    or the other way round, as "Name/AP" is ("Devindra Hardawar/AOL")."""
    if len(reading.persons) != 1 or len(reading.orgs) != 1 or reading.via_orgs or not reading.structured:
        return False
    outlet, person = reading.orgs[0], reading.persons[0]
    return 2 <= len(outlet) <= 10 and outlet.isalpha() and outlet.isupper() and " " in person \
        and not is_role_or_place_initials(outlet) \
        and (reading.credit_line or "").replace(" ", "") in (f"{outlet}/{person.replace(' ', '')}",
                                                             f"{person.replace(' ', '')}/{outlet}") \
        and is_name(person, strict=True) and is_capitalised(person)


def reads_a_sentence(reading: Reading) -> bool:
    """A label before a sentence, whose words were read as a person's name (``_is_sentence_words``)."""
    return reading.labelled and any(_is_sentence_words(person) for person in reading.persons)


def _is_sentence_words(person: str) -> bool:
    """Words of a sentence read as a name: a capitalised word, then two or more words in lower case, of any cased
    alphabet, that are no name's particles ("Hansen memang terlihat dramatis", "Дети играют в парке")."""
    words = person.split()
    return len(words) >= 3 and words[0][:1].isupper() \
        and sum(word.isalpha() and word.islower() and word not in PARTICLES for word in words[1:]) >= 2


def lower_case_before_agency(reading: Reading, name: str) -> bool:
    """A name in lower case opening a chain whose next party is a known agency ("lan deng / Unsplash")."""
    line = reading.credit_line or ""
    return reading.known > 0 and LOWER_CASE_NAME.match(name) is not None and line.startswith(name) \
        and line[len(name):].lstrip()[:1] == "/" and not _FUNCTION_WORDS.intersection(name.split())


# words of a phrase, never of a name printed in lower case ("in the morning / Unsplash" is a caption's words)
_FUNCTION_WORDS = frozenset("the a an in at on of and to by for from with de la le el en da do der die das von und".split())


def _lone_outlet(reading: Reading) -> bool:
    """"Tim Levin/Insider": one capitalised word after a photographer's full name and a slash closes the credit as
    the outlet's name; a second photographer would be named in full, and a sentence has no slash before its last word."""
    if len(reading.persons) != 1 or len(reading.orgs) != 1 or reading.via_orgs or " " not in reading.persons[0]:
        return False
    org = reading.orgs[0]
    return (org.isalpha() and org[:1].isupper() and org[1:].islower() and len(org) >= 4
            or _is_camel_outlet(org)) and reading.credit_line.replace(" ", "").endswith("/" + org)


# an outlet's one word of capitalised parts, as sites name themselves ("RollingNews", "NurPhoto")
_CAMEL_OUTLET = re.compile(r"^(?P<first>[A-Z][a-z]{2,})(?:[A-Z][a-z]{2,})+$")


def _is_camel_outlet(word: str) -> bool:
    """"RollingNews": an outlet's parts glued, capitalised; not a surname whose particle ("Mc", "Mac", "Van", "Del",
    "De", "Di", "La") is glued on ("McDonald", "VanHorn", "DelRio", "DeSantis")."""
    match = _CAMEL_OUTLET.match(word)
    return match is not None and match["first"].lower() not in PARTICLES



@lru_cache(maxsize=4096)
def parse_credit_line(text: str) -> Credit | None:
    """A bare credit string ("AP Photo/Felipe Dana", "Photo: Name/dpa") read; None if it names no one.

    The caller vouches that the text is a credit (a page's credit element, the Credit
    field), so a lone unknown name is accepted: a person's name ("Ian Britton") as
    the photographer, anything else ("Mugwum Press") as the organisation.
    """
    text = COPYRIGHT.sub("", (text or "").strip()).strip()
    if len(text) >= 2 and text[0] in OPENERS and text[-1] in CLOSERS:
        text = text[1:-1]
    reading = read_credit(text)
    if reading is None:
        text = strip_period(text.strip())
        if text and len(text) < 40 and names_no_party(text):
            return Credit(credit_line=text)  # a credit field that says only "DR" or "Supplied": vouched for, no one named
        return None
    if reading.bad:
        return None
    found = reading.credit()
    if not reading.structured and len(reading.persons) == 1 and not reading.orgs and not reading.labelled:
        person = reading.persons[0]
        if not is_name(person, strict=True):  # "Spielberg", "Eric": a lone word names a party
            return replace(found, agency=person, photographers=())
    return found
