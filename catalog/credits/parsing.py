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
  the picture of the organisation that follows it.

Text that does not read as a credit gives ``None``: a trailing ``(NYSE)``, ``(R)``,
``(left)`` or ``(CVN 76)`` is part of the caption, and nothing is ever guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable

from catalog.credits.agencies import (
    DISTRIBUTORS,
    PREFIX_WIRES,
    canonical_agency,
    fold,
    is_organisation_like,
    is_printed_as_name,
)

# The qualifier vocabulary, in the order credits list them.
QUALIFIERS = ("file", "pool", "handout", "courtesy", "via", "staff", "illustration", "video still")


@dataclass(frozen=True, kw_only=True)
class Credit:
    """Who made and who carries a picture, as one credit names them."""

    credit_line: str | None  # printable, e.g. "AP Photo/Felipe Dana"; None when no line was printed
    agency: str | None = None  # the originating organisation, normalised ("AP", "Getty Images")
    photographers: tuple[str, ...] = ()  # as printed
    distributor: str | None = None  # who carries it on: "Getty Images" in "Name/AFP via Getty Images"
    qualifiers: tuple[str, ...] = ()  # from QUALIFIERS, in that order


# --- vocabulary ---------------------------------------------------------------------------

_QUALIFIER_WORDS = {
    "file": "file", "file photo": "file", "file picture": "file", "file image": "file", "archive": "file",
    "pool": "pool", "pool photo": "pool", "pool picture": "pool", "pool image": "pool",
    "handout": "handout", "handout photo": "handout", "handout picture": "handout", "ho": "handout",
    "staff": "staff", "stf": "staff", "staff photo": "staff", "staff photographer": "staff",
    "illustration": "illustration", "photo illustration": "illustration",
    "video still": "video still", "video grab": "video still", "screengrab": "video still",
    "screen grab": "video still", "screenshot": "video still", "tv grab": "video still",
    "still image from video": "video still", "still from video": "video still",
}
# Printed after a label in place of any party: a private picture, "provided" (Swiss "zur Verfügung
# gestellt"), a press handout, a courtesy picture. The line is kept; it names no agency and no one.
NO_PARTY = frozenset({"privat", "private", "zvg", "pr", "cortesia", "courtesy", "handout", "unknown"})
# Printed in place of a name when the photographer is not credited.
NOT_NAMES = frozenset({"str", "stringer", "", "unknown", "anonymous", "n a", "na", "none", "no one", "nobody",
                        "photo", "photos", "image", "picture", "uncredited",
                        "reprodução", "reproducao", "acknowledgement", "acknowledgment", "social media", "reproducción", "cortesía", "cortesia", "divulgação"})  # "Courtesy photo" names no one
_TRAILING_QUALIFIER = re.compile(
    r"[\s,]+(file photo|file|pool photo|pool|handout photo|handout|staff photographer|staff"
    r"|tv|video still|video grab|screengrab)$", re.I)  # stripped only when an organisation remains
_TRAILING_QUALIFIER_WORDS = {"file photo": "file", "file": "file", "pool photo": "pool", "pool": "pool",
                             "handout photo": "handout", "handout": "handout", "staff": "staff",
                             "staff photographer": "staff", "tv": "video still",
                             "video still": "video still", "video grab": "video still",
                             "screengrab": "video still"}
_QUALIFIER_ENDINGS = ("file", "photo", "pool", "handout", "staff", "photographer", "tv", "still", "grab",
                      "screengrab")
_PARTICLES = frozenset("""de da do dos das del della dei der den di du la le lo van von ter ten
                          bin ibn bint al el y e zu af av st mc mac jr sr""".split())
_FUNCTION_WORDS = frozenset("""the a an in on at to is are was were be been has have had with from
                               during after before near as into over under while his her their its
                               this that these those it which who where when what says said
                               can will would should could not no he she they we you him them us
                               i my our your by""".split())
ABBREVIATIONS = frozenset("""jr sr st dr mr mrs ms gen sgt lt col capt maj cpl pvt spc adm cmdr gov
                              sen rep rev no mt ft inc ltd co corp vs jan feb mar apr jun jul aug sep
                              sept oct nov dec u s tech pfc prof univ dept hon bros staff""".split())

# --- text patterns --------------------------------------------------------------------------

# Labels that introduce a credit, in the languages of the pages collected for issue 14
# (tests/catalog/data/credits_real.tsv); a label is dropped from the printed line.
_LABELS = r"""(?:
      (?:mandatory|photo|photograph|image|picture|pic|video|artwork)?\s?credits?\s?[:：](?:\s*©)?
    | (?:photo\s+)?credit\s+should\s+read\s*:?
    | photo\s+credit\s*©
    | (?:photos?|pictures?|images?)\s*©(?:\s*\d{4})?
    | mandatory\s+credit\s+(?=\S)
    | credits?\s*(?:\.{2,}|…)
    | image\s?(?:source|copyright)\s*[:：,]?
    | (?:both|all)\s+(?:photos|pictures|images)\s*[:：]
    | (?:header|featured|hero|cover|lead|main|top)\s+(?:image|photo|picture)\s*[:：]
    | (?:photos?|photographs?|photography|photographers?|pictures?|pics?|images?|video|graphic|sources?
       |fotos?|fotó|fotoğraf|fotografía|fotografia|fotografie|fotograf|bild|bilder|bildrechte|bildquelle
       |quelle|foto/quelle|beeld|imagen|imagem|crédito|créditos|crédit\s+photo|kuva|kuvat|zdroj|autor
       |zdjęcie|zdjęcia|źródło|fuente|fonte|фото|фотографија|фотографія|фотография|источник|φωτογραφία|φωτογραφίες|nyitókép|forrás|collage
       |copyright\s+photo|image\s+source|picture\s+source)\s?[:：|]
    | (?:photos?|photograph(?:ed|s)?|photography|pictures?|images?|video|fotos?)(?:\s+and\s+caption)?
       \s+(?:by|von|de|par)(?:\s*:)?(?=\s)
    | (?:photo|foto|pic)\s*/\s*(?=\S)
    | (?-i:Foto|Beeld|Fot\.|fot\.|PHOTOGRAPHER|PHOTOGRAPHS\s+BY)(?=\s)
    | (?:©|\(c\)|ⓒ)(?:\s*\d{4})?(?:\s*by(?=\s))?
    | (?-i:Copyright)(?:\s+\d{4})?(?=\s+[A-Z])
    | 사진\s*(?:제공\s*)?[-=:：] | 写真\s*[:：=] | 写真(?=\s) | 撮影\s*[・:：] | 来源\s*[:：] | 图片来源\s*[:：]
)"""
LABEL = re.compile(r"^\s*" + _LABELS + r"\s*", re.I | re.X)
# the same labels, found anywhere in a caption; the lookahead on their first letters lets the
# search skip the other positions (a 250-character caption is searched in half the time)
LABEL_ANYWHERE = re.compile(r"(?=[abcfghiklmpqstvzźфиφ©(ⓒ사写撮来图])" + _LABELS + r"\s*", re.I | re.X)
_ILLUSTRATION = re.compile(r"^(?:photo[-\s]?)?illustration\s*(?:by\s+|:\s*)", re.I)
_COURTESY = re.compile(r"^\s*(?:(?:photo|image|picture|video)\s+)?(?:courtesy|cortes[ií]a)(?:\s+(?:of|de))?\s*[:/]?\s+",
                       re.I)
_ORG_PHOTO_BY = re.compile(r"^(?P<org>\S.{0,60}?)\s+(?:photo(?:graph)?s?|foto|image|video)\s+by\s+(?P<names>\S.*)$",
                           re.I)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?", re.I)
_ARTICLES = frozenset({"the", "los", "las", "el", "la", "le", "les", "der", "die", "das", "il", "lo", "o", "a"})
_DOUBLED_LINE = re.compile(r"^(\S.*?)\s*[/ ]\s*\1$")
# which picture a credit of several is: "Top:", "bottom:", "Clockwise from top left:"; an acknowledgement
_POSITION = re.compile(r"^(?:top|bottom|left|right|above|below|cent(?:er|re)|inset|main|far left|far right"
                       r"|(?:clockwise|counterclockwise|from left|from top)(?: from)?(?: top| bottom)?(?: left| right)?"
                       r"|acknowledge?ments?)\s*[:：]\s*", re.I)
_ASIDE_AFTER = re.compile(r"\s*\([^()]*\)$")  # "Getty Images (editorial)"
_SUBJECT_AFTER = re.compile(r"\s*\([A-Z][\w.'’ -]{0,30}\)$")  # "Name/The New York Times (Hughes)": who is pictured
_KOREAN_ROLES = {"기자": ("기자", "staff", "person"), "사진부": ("사진부", "staff", "org"),
                 "제공": ("제공", "courtesy", "org")}
_NAMES_AFTER = PREFIX_WIRES | {"dpa", "Sputnik", "TASS", "Anadolu", "Kyodo", "Jiji Press", "Yonhap"}
# Organisations that Portuguese and Spanish name head first ("Palácio Piratini", "Prefeitura de Manaus"):
# run on after a name in capitals, the head word shows where the name ends
_HEAD_FIRST = frozenset(fold(word) for word in ("palácio", "prefeitura", "governo", "secretaria", "assembleia", "câmara",
                                                 "tribunal", "ministério", "agência", "ayuntamiento", "gobierno",
                                                 "presidencia"))
_KOREAN_NAME = re.compile(r"^[가-힣]{2,4}$")  # a Korean name: family name and given name, two to four syllables
_OUTLET_REPORTER = re.compile(r"^(?P<org>[^\s/=]+(?: [^\s/=]+)?)\s+(?P<name>[가-힣]{2,4})\s+기자$")
_LICENCE = re.compile(r"^(?:CC0|CC[ -]BY(?:[ -](?:SA|NC|ND))*(?:\s+\d\.\d)?|public domain)$", re.I)
_LICENCE_AFTER = re.compile(r"\s+\((?:CC0|CC[ -]BY|public domain)[^()]{0,40}\)$", re.IGNORECASE)
_LINK = re.compile(r"[,;]?\s*\bhttps?://\S+")
_PAGE_DOT = re.compile(r"\s[·•]\s")
_FILE_NAME = re.compile(r"_|\.(?:jpe?g|png|gif|webp|tiff?)$", re.I)
_INITIALS_AFTER = re.compile(r"^(.*\S)\s*\([A-Z]{2,6}\)$")
# a date printed after the credit: "Reuters, 18. децембар 2013", "Name/AP, May 13, 2016", "Reuters / Friday, May 13, 2016"
_TRAILING_DATE = re.compile(r"(?:,|\s/)\s*(?:[^\W\d]+,\s+)?(?:\d{1,2}\.?\s+[^\W\d]+\.?,?\s+\d{4}|[^\W\d]+\.?\s+\d{1,2},?\s+\d{4}"
                            r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\.?$")
_SLASH_IN_BRACKETS = re.compile(r"\([^()/]{1,40}/[^()]{1,40}\)")
_INSTITUTES_AFTER = re.compile(r"^(.*\S)\s*\([A-Z][A-Za-z]{1,7}(?:/[A-Z][A-Za-z]{1,7})*\)$")
_ACRONYM_GLUED = re.compile(r"^[A-Z]{2,}[A-Z][a-z]{2,}$")
_RATING = re.compile(r"^[A-Z]{2,4}[1-3]$")
_SECOND_LABEL = re.compile(r"\s(?:Credit|Photo|Picture|Foto|Source|Image|Dostawca)s?\s?:\s")
# an editor's initials, a year, a price code or a story's number: "/hp", "/ss/Spt/14" (Antara), "/ TT / kod 444"
# (TT's price code), "dpa:230227-99-764269/16"
_DESK_CODE = re.compile(r"^(?:[a-z]{1,3}|[A-Z][b-df-hj-np-tv-xz]{1,2}|\d{1,4}|kod \d{1,6}|[a-z]{2,5}:[\d-]{6,})$")
_INITIALS = re.compile(r"^[A-Z]{3,6}(?:-[A-Z][\w]+)?$")
_NAME_AND_AGENCY = re.compile(r"^([^()]*\S)\s+\(([^()]+)\)$")
_REFERENCE_NUMBER = re.compile(r"\s*\(\d{5,}[a-z]{0,3}\)$")  # Shutterstock's "(16507315bs)"
_SEGMENTS = re.compile(r"(/|\s[-–—]\s|[;|]|:\s)")  # separators kept: a slash is credit grammar
_VIA = re.compile(r"\s*\bvia\b\s*", re.I)
_AND = re.compile(r"\s+(?:and|&)\s+", re.I)
_FOR = re.compile(r"\s+for\s+", re.I)
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"(\w+)[.!?][”\"’']?(?=\s+\S)")  # a lookahead: "Tech. Sgt. Name" is two abbreviations
_ARABIC_ARTICLE = re.compile(r"^(?:d|l|al|el|ad|as|ash|an|ar|at)['’-]\w", re.I)  # "d'Unienville", "al-Amin"
_MARKS = frozenset({"©", "ⓒ", "|", "/", "·", "•", "@"})
GLUED_WORDS = re.compile(r"[a-zà-ÿ]{3}[A-Z]")  # "WeinfussSteph", "WhatsApp": two words printed as one
_ORDINAL = re.compile(r"^\(?\d+(?:st|nd|rd|th)\)?$", re.I)

OPENERS = "([{（"
CLOSERS = ")]}）"
MAX_CREDIT = 240  # longer text is caption, not credit
_CLOSER = re.compile(r"[)\]}）]")


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
    loose_names: int = 0  # names read as organisations only for standing after the photographer
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
        if len(persons) == 1 and agency is None and not self.structured and _is_party(persons[0]):
            agency, persons = persons[0], ()  # "(Image: WhatsApp)", "© BCCI": a party, not a person
        return Credit(
            credit_line=self.credit_line,
            agency=agency,
            photographers=persons,
            distributor=distributor,
            qualifiers=tuple(q for q in QUALIFIERS if q in self.qualifiers),
        )

    def _agency_and_distributor(self) -> tuple[str | None, str | None]:
        orgs = _collapse(self.orgs)
        via = _collapse(self.via_orgs)
        carrier = via[-1] if via else None
        if self.prefix_wire:
            followers = [o for o in orgs[1:] if o != self.prefix_wire and o not in DISTRIBUTORS]
            if followers:
                return followers[0], carrier or self.prefix_wire
        if orgs:
            agency = orgs[0]
            if agency in DISTRIBUTORS and agency == self.lead_org:  # "TT/AP", "picture alliance / Fotostand"
                agency = next((org for org in orgs if org not in DISTRIBUTORS), agency)
                if agency != self.lead_org:  # the distributor printed itself first
                    return agency, carrier or self.lead_org
            if carrier:
                return agency, carrier
            last = orgs[-1]
            return agency, (last if last != agency else None)
        if via:
            return via[0], carrier
        return None, None


@lru_cache(maxsize=8192)
def read_credit(text: str) -> Reading | None:
    """Read a candidate credit (brackets already removed); None when there is nothing to read.

    The reading is kept (credit lines recur: a photographer files many pictures), so it
    must not be changed by callers.
    """
    text = text.strip().strip(",;|").lstrip("/#:").strip()
    if " · " in text or " • " in text:
        text = _PAGE_DOT.split(text, 1)[0]  # "Photos © Name · Built for Site": the page's next element
    if " TPX " in text:
        text = text.split(" TPX IMAGES OF THE DAY", 1)[0]  # Reuters' selection note ends the credit wherever it stands
    if text[:2] in ("- ", "– ", "— "):
        text = text[2:]  # "- Header Image: Name": a list's dash
    if text[:1] in OPENERS and not any(closer in text for closer in CLOSERS):
        text = text[1:]  # "(Photo courtesy of Name": a bracket the page cut off
    if text.endswith(")"):
        text = _REFERENCE_NUMBER.sub("", text)
    text = _strip_period(text.strip())
    labelled = False
    while True:
        match = LABEL.match(text)
        if not match or match.end() >= len(text):
            break
        text, labelled = text[match.end():].strip().lstrip(":").strip(), True
    doubled = _DOUBLED_LINE.match(text) if len(text) > 3 else None
    if doubled:  # "AP AP", "Name/Netflix/Name/Netflix": a page printing its credit twice
        text = doubled[1]
    elif len(text) > 12:
        again = text.rfind(" " + text[:4])
        cut = len(text) - again - 1
        if again > 0 and cut > 5 and text.startswith(text[again + 1:]) and text[cut].isalnum():  # cut mid-word
            text = text[:again]  # "Name/AFP via Getty Images Johannes Eise": printed again, the second cut off
    if ":" in text:
        again = _SECOND_LABEL.search(text)
        if again and (labelled or ": " not in text[: again.start()]):  # "Picture: REUTERS/NASA Credit: REUTERS/NASA": the credit printed twice, the first taken
            text = text[: again.start()].rstrip()
    if not text or len(text) > MAX_CREDIT:
        return None
    reading = Reading(credit_line=text, labelled=labelled)
    body = text
    lower = text.lower()
    match = _ILLUSTRATION.match(body) if "illustration" in lower else None
    if match:
        reading.qualifiers.add("illustration")
        reading.labelled, body = True, body[match.end():]
    match = _COURTESY.match(body) if "courtesy" in lower or "cortes" in lower else None
    if match:
        reading.qualifiers.add("courtesy")
        reading.labelled = reading.courtesy = True
        body = body[match.end():]
    if " & " in body and "/" not in body:
        sources = {canonical_agency(_ASIDE_AFTER.sub("", part)) for part in body.split(" & ")}
        if len(sources) > 1 and None not in sources:  # "Photos: Getty Images (editorial) & Wikimedia Commons"
            reading.structured, reading.known, reading.named = True, len(sources), len(sources)
            reading.made = Credit(credit_line=text)  # two sources, no agency they share
            reading.orgs = sorted(sources)
            return reading
    if ";" in body:
        several = _read_several(reading, body)
        if several is not None:
            return several
    if "://" in body:
        body = _LINK.sub("", body).strip()  # "AP Photo/Name, via Alamy, https://www.alamy.com/...": a link names no one
    if body[-1:].isdigit() and ("," in body or " /" in body):
        body = _TRAILING_DATE.sub("", body)  # "Reuters, 18. децембар 2013": the day the picture was taken names no one
    if body.endswith(")") and " (" in body:
        body = _LICENCE_AFTER.sub("", body)  # "Name (CC BY-SA 4.0 cropped)": the licence stays in the line, names no one
    if body.endswith(")") and " (" in body:
        match = _NAME_AND_AGENCY.match(body)
        if match and canonical_agency(match[2]) and not _is_titled(match[1]) and is_name(match[1], strict=False):
            # El País prints "Chung Sung-Jun (Getty Images)"
            body = f"{match[1]} / {match[2]}"
    if body.endswith("기자"):
        match = _OUTLET_REPORTER.match(body)
        outlet = match["org"] if match else ""
        if match and (canonical_agency(outlet) or is_organisation_like(outlet) or re.search(r"[A-Za-z0-9]", outlet)):
            # "[NBC-1TV 이석아 기자]", "연합뉴스 김호천 기자": the outlet, then its reporter; not a sentence's last words
            _read_chain(reading, f"{match['name']} 기자")
            reading.orgs.append(canonical_agency(outlet) or outlet)
            reading.known += bool(canonical_agency(outlet))
            reading.named += 1
            reading.structured = True
            return reading
    match = _ORG_PHOTO_BY.match(body) if " by " in lower else None
    if match and _is_organisation_or_qualifier(match["org"]):
        reading.photo_by = True
        _read_chain(reading, match["org"] + " / " + match["names"], names_after_org=True)
    else:
        _read_chain(reading, body)
    if reading.is_empty:
        if labelled and fold(body) in NO_PARTY:
            reading.structured = True  # "Foto: privat", "Bild: zvg": a credit that names no party on purpose
            reading.made = Credit(credit_line=text)
            return reading
        if labelled and body.isalpha() and body.islower() and 2 < len(body) < 5:
            reading.orgs.append(body)  # "Foto/Quelle: dts": one short word under a label is the party, not a code
            return reading
        return None
    return reading


def _read_several(reading: Reading, body: str) -> Reading | None:
    """Several credits in one line ("Top: A/AFP via Getty Images; bottom: B/AFP via Getty Images").

    Every photographer counts, and the agency when the credits that name one name the
    same; the printed line stays whole. None when a part does not read as a credit.
    """
    parts = [part.strip() for part in body.split(";") if part.strip()]
    if len(parts) < 2:
        return None
    readings = []
    for part in parts:
        part = _POSITION.sub("", part)
        part = _SUBJECT_AFTER.sub("", part) if part.endswith(")") else part
        found = read_credit(part)
        if found is None or found.bad:
            return None
        readings.append(found)
    credits = [found.credit() for found in readings]
    agencies = {credit.agency for credit in credits if credit.agency}
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
    parts = _VIA.split(body) if "via" in body.lower() else [body]
    if len(parts) > 1:
        reading.qualifiers.add("via")
        reading.structured = True
    persons = reading.persons
    person_open = True  # the first unknown name is the photographer, later ones organisations
    first = True  # the very first organisation may be a wire printing itself first ("REUTERS/Name")
    for position, part in enumerate(parts):
        target = reading.orgs if position == 0 else reading.via_orgs
        segments = [(segment, slashed) for segment, slashed in _split_segments(part) if segment]
        chained = len(parts) > 1 or len(segments) > 1
        if len(segments) > 1:
            reading.structured = True
        last_was_person = False
        for index, (segment, slashed) in enumerate(segments):
            if "、" in segment or "，" in segment:
                segment = segment.replace("、", ", ").replace("，", ", ")  # 川上真、共同
            for item in (_split_items(segment, keep_commas=chained) if "," in segment else (segment,)):
                courtesy = _COURTESY.match(item) if "ourtesy" in item or "ortes" in item else None
                if courtesy:  # "Name / Courtesy DC Moore Gallery"
                    item = item[courtesy.end():]
                    reading.qualifiers.add("courtesy")
                found = _classify(item)
                if found.titled and (slashed or position > 0):
                    found = _as_titled_organisation(found)  # "Name/The Day": a paper; "Picasso: The Old Guitarist" not
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
                if kind == "org":
                    target.append(value)
                    if first and position == 0 and not persons:
                        reading.prefix_wire = value if value in PREFIX_WIRES else None
                        reading.lead_org = value
                    first = False
                    if persons:
                        person_open = False
                elif kind == "unknown":
                    if persons and " " in value and value.islower():
                        continue  # "AFP PHOTO / YURI KADOBNOV, retirada aqui": a note in lower case names no one
                    if not persons and len(target) >= 2 and " " not in value and value[:1].isupper() \
                            and position == 0 and slashed and target[-1] not in _NAMES_AFTER:
                        # "NASA/JPL/Cornell": a lone word after two organisations is a third; not after a wire,
                        # which prints its photographer after itself ("picture alliance / dpa / Kappeler")
                        target.append(value)
                        reading.loose_names += 1
                        continue
                    if reading.courtesy and not persons and not (is_name(value, strict=True) and not found.titled):
                        target.append(value)  # "Courtesy of the family": the source; "Courtesy Jane Roe": the person
                    elif person_open and (position == 0 or not persons):
                        names = _split_names(value)
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
                    elif is_name(value, strict=False) or is_organisation_like(value):
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


_PROSE = _Item("skip", bad=True)
_SKIP = _Item("skip")


@lru_cache(maxsize=16384)
def _classify(item: str) -> _Item:
    """Classify one part of a credit; parts recur across credits, so the answer is kept."""
    item = _strip_period(item.strip().strip(",").lstrip(".©").strip())
    if _is_prose(item):
        return _PROSE  # a sentence of caption text, not a name
    key = fold(item)
    qualifier = _QUALIFIER_WORDS.get(key)
    if qualifier:
        return _Item("skip", qualifiers=frozenset({qualifier}), structured=True)
    if key in NOT_NAMES or key in NO_PARTY or _LICENCE.match(item):
        return _SKIP  # "Name, CC BY-SA 4.0, via Wikimedia Commons": the licence names no one
    qualifiers_first: frozenset[str] = frozenset()
    role = next((role for suffix, role in _KOREAN_ROLES.items() if item.endswith(" " + suffix)), None) \
        if not item.isascii() else None
    if role:  # Korean "Name 기자" (the paper's reporter), "Paper 사진부" (its photo desk), "Org 제공" (provided by)
        suffix, qualifier, kind = role
        item = item[: -len(suffix)].rstrip()
        key, qualifiers_first = fold(item), frozenset({qualifier})
        if kind == "org":
            return _Item("org", canonical_agency(item) or item, qualifiers_first, True, named=True)
    qualifiers: set[str] = set(qualifiers_first)
    match = _TRAILING_QUALIFIER.search(item) if key.endswith(_QUALIFIER_ENDINGS) else None
    while match and match.start() > 0:  # "US NAVY HANDOUT", "AP Pool", "Reuters TV"; not "Smiley N. Pool"
        rest = item[: match.start()].strip()
        if not (canonical_agency(rest) or is_organisation_like(rest)):
            break
        qualifiers.add(_TRAILING_QUALIFIER_WORDS[match[1].lower()])
        item, key = rest, fold(rest)
        match = _TRAILING_QUALIFIER.search(item)
    known = canonical_agency(item)
    if not known and key.endswith(" str"):
        known = canonical_agency(item[:-4])  # "AFP STR": the wire's stringer, unnamed
    if not known and key[-4:].isdigit() and key[-5:-4] == " ":
        known = canonical_agency(item[:-4])  # "© AFP 2023 / Name": the year of the copyright
    if known:
        if "staff" in key.split():
            qualifiers.add("staff")  # "Globe Staff"
        wire_form = key.endswith((" photo", " foto", " photos"))  # "AP Photo", "AFP PHOTO": a wire's own form
        return _Item("org", known, frozenset(qualifiers), bool(qualifiers) or wire_form, known=True, named=True)
    if key.startswith("for "):  # "Name/ For The Washington Post": the client a photographer works for
        stripped = item[4:].lstrip()
        known = canonical_agency(stripped)
        # "for NPR" may be a team or a cause ("Lionel Messi for Inter Miami"): a label must vouch for it
        named = bool(known) or is_organisation_like(stripped) or _is_titled(stripped)
        return _Item("org", known or stripped, frozenset(qualifiers), True, known=bool(known), named=named)
    if key.endswith((" rm", " rf")) and is_organisation_like(item[:-3]):
        return _Item("org", item[:-3].strip(), frozenset(qualifiers), True, named=True)  # "Blend Images RM": a licence
    if is_organisation_like(item):  # "Mugwum Press"
        if item.rsplit(None, 1)[-1] in ("and", "of", "&", "for", "the"):
            return _SKIP  # "CPT TANNER — No 2 Army Film and /AFP": a name the page cut off names no one
        if key.startswith("official ") and is_organisation_like(item[9:]):
            item = item[9:].strip()  # "Official Marine Corps Photo by Name": the service, not its form
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers), named=True)
    if key.endswith((" photo", " foto", " photograph")):  # "New York Air National Guard photo"
        stripped = item[: item.rstrip().rfind(" ")].strip()
        if is_organisation_like(stripped):
            return _Item("org", stripped, frozenset(qualifiers), True, named=True)
    if "-" in item and " " not in item and any(canonical_agency(part) for part in item.split("-")):
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers), named=True)  # "Gamma-Keystone"
    if item.endswith(")"):
        match = _INITIALS_AFTER.match(item) if not item.isascii() else _INSTITUTES_AFTER.match(item)
        if match and is_organisation_like(match[1]):  # "한국사진기자협회(KPPA)", "Hubble Heritage Team (STScI/AURA)"
            return _Item("org", match[1], frozenset(qualifiers), True, named=True)
    if _DESK_CODE.match(item):
        return _SKIP  # "ANTARA FOTO/Name/hp": an editor's initials or a number, no party
    if _is_photo_brand(item):
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers), named=True)  # "Fotoarena", "FRAMEPHOTO"
    if item.endswith("+") and item[:-1].strip() and item[0].isupper() and len(item.split()) <= 3:
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers), named=True)  # "DISNEY+", "Apple TV+": a brand
    if " " not in item and (GLUED_WORDS.search(item) or _ACRONYM_GLUED.match(item)):
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers))  # "APFootage", "IslandVisionss": a brand
    if _INITIALS.match(item):  # "JPL-Caltech", "PPE": an organisation's initials, no person's name
        return _Item("org", item, frozenset(qualifiers), bool(qualifiers))
    if " & " in item and any(canonical_agency(part) for part in item.split(" & ")):
        return _Item("org", item, frozenset(qualifiers), True, named=True)  # "Hubble & NASA"
    return _Item("unknown", item, frozenset(qualifiers), bool(qualifiers), titled=_is_titled(item))


def _as_titled_organisation(found: _Item) -> _Item:
    """The "The X" part as the organisation the credit's slash or "via" makes it."""
    return _Item("org", found.value, found.qualifiers, found.structured, named=True)


def _split_segments(part: str) -> list[tuple[str, bool]]:
    """Split on "/", spaced dashes and ";", then split "Name-USA TODAY Sports" and "Name for Org".

    Each segment comes with whether a slash stands next to it ("Sarah Gordon / The Day").
    """
    nested = "(" in part and "/" in part and _SLASH_IN_BRACKETS.search(part)
    if nested:  # "Hubble Heritage Team (STScI/AURA)": a slash inside brackets is no separator of the credit
        part = _SLASH_IN_BRACKETS.sub(lambda match: match.group().replace("/", "\0"), part)
    pieces = _SEGMENTS.split(part)  # segment, separator, segment, ...
    if nested:
        pieces = [piece.replace("\0", "/") for piece in pieces]
    last = len(pieces) - 1
    segments: list[tuple[str, bool]] = []
    for index in range(0, len(pieces), 2):
        segment = pieces[index].strip()
        if segment.lower() == "efe" and segments and segments[-1][0].lower() == "epa":
            continue  # "EPA/EFE" is EPA-EFE, one agency
        slashed = (index > 0 and pieces[index - 1] == "/") or (index < last and pieces[index + 1] == "/")
        segments.extend((piece, slashed) for piece in _split_glued_organisation(segment))
    return segments


@lru_cache(maxsize=8192)
def _split_glued_organisation(segment: str) -> tuple[str, ...]:
    """``Kirby Lee-USA TODAY Sports`` -> [name, org]; ``Andrey Rudakov for Bloomberg`` likewise."""
    if "-" in segment and not canonical_agency(segment):
        for match in re.finditer("-", segment):
            right = segment[match.end():].strip()
            if right and canonical_agency(right) and " " in segment[: match.start()].strip():
                return segment[: match.start()].strip(), right  # not "Gamma-Keystone": one agency's name
    words = segment.split()
    if 2 < len(words) and not canonical_agency(segment):  # "PATRICK SEMANSKY AP", "Alex Wong Getty Images"
        for size in (1, 2, 3):
            left, right = " ".join(words[:-size]), " ".join(words[-size:])
            if len(words) - size >= 2 and right[0].isalnum() and canonical_agency(right) and is_name(left, strict=True) \
                    and not canonical_agency(words[-size - 1]):
                return left, right
        for size in (2, 3):  # "KARINE VIANA PALÁCIO PIRATINI": a name, then an organisation named head first
            left, right = " ".join(words[:-size]), " ".join(words[-size:])
            if len(words) - size >= 2 and fold(words[-size]) in _HEAD_FIRST and is_organisation_like(right) \
                    and is_name(left, strict=True) and is_capitalised(left):
                return left, right
        if _is_photo_brand(words[-1]) and is_name(" ".join(words[:-1]), strict=True):
            return " ".join(words[:-1]), words[-1]  # "NELSON ANTOINE FRAMEPHOTO": the photographer and the agency
    if " courtesy " in segment.lower():  # "Lucas Foglia courtesy Fredericks & Freiser Gallery"
        at = segment.lower().index(" courtesy ")
        left, right = segment[:at], segment[at + 10:]
        if is_name(left, strict=True):
            return left, "courtesy " + right
    for word in (" on ", " from ", " @ "):  # "Annie Spratt on Unsplash", "Name from Pexels": a site's own form
        if word in segment and not canonical_agency(segment):
            left, _, right = segment.rpartition(word)
            if left.strip() and canonical_agency(right.strip()):
                return left.strip(), right.strip()
    if " for " in segment.lower() and not canonical_agency(segment):
        left, right = _FOR.split(segment, maxsplit=1) if _FOR.search(segment) else (segment, "")
        if left and right and (canonical_agency(right) or is_organisation_like(right) or _is_organisation_name(right)):
            return left, "for " + right  # "for" stays: it marks the organisation ("for The Valley Ledger")
    return (segment,)


def _split_items(segment: str, *, keep_commas: bool) -> list[str]:
    """Comma items: ", File" and ", Pool" always; other commas only inside a chain."""
    if "," not in segment:
        return [segment]
    items = [i.strip() for i in segment.split(",")]
    if keep_commas or any(canonical_agency(i) or is_organisation_like(i) or _is_acronym(i) for i in items[1:]) \
            or all(is_name(i, strict=True) and is_capitalised(i) for i in items):  # "Dr. Le Zhou, Alyssa Fons"
        return items  # "(AP Photo/Name, File)", "DOUG MILLS, Associated Press", "Name, Turun Sanomat", "Name, MAFRA"
    if len(items) == 2 and items[1] and items[1].islower() and is_name(items[0], strict=True):
        return [items[0]]  # "Dr. Bob Peoples, professor": the photographer's role, no party
    merged: list[str] = []
    for item in items:
        if fold(item) in _QUALIFIER_WORDS or not merged:
            merged.append(item)
        elif fold(merged[-1]) in _QUALIFIER_WORDS:
            merged.append(item)
        else:
            merged[-1] = f"{merged[-1]}, {item}"
    return merged


@lru_cache(maxsize=8192)
def _split_names(text: str) -> tuple[str, ...] | None:
    """The people in a name part ("A and B"), or None when it does not read as names."""
    joined = "&" in text or " and " in text.lower()
    names = [n.strip() for n in _AND.split(text) if n.strip()] if joined else [text]
    if all(is_name(n, strict=False) for n in names):
        return tuple(names)
    if len(names) > 1 and is_name(text, strict=False):
        return (text,)
    return None


def is_name(text: str, *, strict: bool) -> bool:
    """Whether text reads as a person's name: capitalised words, particles, initials, no prose."""
    tokens = text.split()
    if not tokens or len(tokens) > (5 if strict else 9):
        return False
    if strict and len(tokens) < 2:
        return False
    digits = _DIGIT.search(text) is not None
    for token in tokens:
        core = token.strip("()[],.'’\"")
        if not core:
            continue
        if token in _MARKS or "[" in token or "]" in token or (token is tokens[0] and token[0] in "([") \
                or _FILE_NAME.search(token):
            return False  # "Il Castello Maniace di Siracusa © Ansa": a credit mark, not part of a name
        lower = core.lower()
        if lower in _PARTICLES or (len(core) == 1 and core.isalpha() and (core.isupper() or not strict)):
            continue  # particles and initials ("Duane A. Laverty")
        if digits and _DIGIT.search(core):
            if _RATING.match(core):
                continue  # "MC1 Sarah Villegas": a Navy rating before the name
            if strict or not _ORDINAL.match(core):
                return False
            continue
        if lower in _FUNCTION_WORDS and not (lower == "will" and core[0].isupper()):
            return False  # "Will Englund" is a name
        if strict and not (core[0].isupper() or core[0] in "@'" or _ARABIC_ARTICLE.match(core)):
            return False
    return True


@lru_cache(maxsize=8192)
def is_capitalised(name: str) -> bool:
    """A name printed as names are: every word capitalised but particles ("Rupak De Chowdhuri")."""
    for token in name.split():
        core = token.strip("()[],.'’\"")
        if not core or core.lower() in _PARTICLES:
            continue
        if not (core[0].isupper() or core[0] == "@" or core[0].isdigit() or _ARABIC_ARTICLE.match(core)):
            return False  # "3rd" in "Mass Communication Specialist 3rd Class Name" counts
    return True


def _is_prose(text: str) -> bool:
    """Whether text runs over a line or a sentence end, or is too long to be a name."""
    if "\n" in text or text.count(" ") > 11:
        return True
    if "." not in text and "!" not in text and "?" not in text:
        return False
    for match in _SENTENCE_END.finditer(text):
        word = match[1].lower()
        if not (len(word) == 1 and word.isalpha()) and word not in ABBREVIATIONS:
            return True
    return False


def _is_party(name: str) -> bool:
    """A lone word that names a company or a body, not a person: initials ("BCCI") or one glued word ("WhatsApp")."""
    return " " not in name and (_is_acronym(name) or GLUED_WORDS.search(name) is not None)


def _is_photo_brand(word: str) -> bool:
    """One word made of "foto"/"photo" and another: a picture agency's brand ("Fotoarena", "FRAMEPHOTO", "Fosphotos").

    No person's name is built so; Greek surnames ("Fotopoulos", "Fotiou") are kept apart by their endings.
    """
    if " " in word or len(word) < 7 or not word[:1].isupper() or not word.isalpha():
        return False
    key = word.lower()
    if key.startswith(("photograph", "fotograf", "photojournal", "fotojornal", "fotoreport", "photoreport")):
        return False  # "Photographer", "Fotografie": the words of a credit, not a brand
    if key.startswith(("foto", "photo")):
        return not key.endswith(("os", "ou", "is", "as"))
    return key.endswith(("photo", "photos", "foto", "fotos")) and key not in ("telephoto", "telefoto")


def _is_acronym(text: str) -> bool:
    """An organisation's initials in capitals ("MAFRA", "ERC"), not a word of a sentence."""
    return 2 <= len(text) <= 8 and text.isupper() and text.isalpha()


def _is_organisation_or_qualifier(text: str) -> bool:
    """Whether the words before "photo by" name who took it ("U.S. Navy", "Pool"), not a caption sentence."""
    if _is_prose(text) or text.count(" ") > 5:
        return False
    key = fold(text)
    if key in _QUALIFIER_WORDS or canonical_agency(text):
        return True
    return is_organisation_like(text) or _is_titled(text)  # not "Volunteers fill sandbags (center) on Wednesday"


def _is_organisation_name(text: str) -> bool:
    """Printed as a proper name ("The Valley Ledger", "Department of Defense", "NPR"), not prose or a clause."""
    return is_printed_as_name(text) and not _is_prose(text)


def _is_titled(text: str) -> bool:
    """A proper name under a definite article ("The Valley Ledger"): a publication or an institution, never a person."""
    article, _, rest = text.partition(" ")
    return article.lower() in _ARTICLES and bool(rest) and _is_organisation_name(text)


def _strip_period(text: str) -> str:
    """Drop one trailing period, but not the one of an initial or an abbreviation ("Jr.")."""
    if not text.endswith("."):
        return text
    last = text[:-1].rsplit(None, 1)[-1] if text[:-1].strip() else ""
    word = last.rsplit(".", 1)[-1] if "." in last else last
    if len(word) == 1 or word.lower() in ("jr", "sr", "inc", "ltd", "co", "corp", "univ", "bros", "dept"):
        return text
    return text[:-1].rstrip()


def unique(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for name in names:
        key = fold(name)
        if key and key not in seen:
            seen.add(key)
            result.append(name)
    return result


def _collapse(orgs: list[str]) -> list[str]:
    """Organisations with repeats removed ("REX/Shutterstock" names Shutterstock twice)."""
    result: list[str] = []
    for org in orgs:
        if org not in result:
            result.append(org)
    return result


def matching_bracket(text: str, *, backwards: bool) -> int:
    """Index of the bracket matching the one ending (or starting) ``text``; -1 when none is near."""
    if backwards:
        opening = max(text.rfind("("), text.rfind("["), text.rfind("{"), text.rfind("（"))
        if opening >= 0 and not _CLOSER.search(text, opening + 1, len(text) - 1):
            return opening if len(text) - opening <= MAX_CREDIT + 2 else -1  # the usual "(AP Photo/Name)"
        indexes: Iterable[int] = range(len(text) - 1, max(-1, len(text) - MAX_CREDIT - 2), -1)
        deeper, shallower = CLOSERS, OPENERS
    else:
        indexes, deeper, shallower = range(min(len(text), MAX_CREDIT + 2)), OPENERS, CLOSERS
    depth = 0
    for index in indexes:
        char = text[index]
        if char in deeper:
            depth += 1
        elif char in shallower:
            depth -= 1
            if depth == 0:
                return index
    return -1


# --- deciding what is a credit --------------------------------------------------------------

def is_bracket_credit(reading: Reading, *, after_sentence: bool) -> bool:
    """A bracketed ending: "(AP Photo/Name)" always; "(Kyodo)" or "(Name)" only after a sentence."""
    if reading.bad:
        return False
    if reading.labelled or reading.photo_by or _is_korean_byline(reading):
        return True
    if not all(is_capitalised(p) for p in reading.persons):
        return False
    if reading.known and (reading.structured or reading.persons):
        return True
    if reading.structured and reading.persons and (reading.named or reading.qualifiers):
        return True  # "(Don McCullin/Contact Press Images)", "(Name / Staff Photographer)"; not "(NYSE: ABC)"
    if after_sentence and reading.structured and len(reading.persons) == 1 and len(reading.orgs) == 1 \
            and "/" in reading.credit_line and ":" not in reading.credit_line \
            and is_name(reading.persons[0], strict=True):
        return True  # "... Corona. (Rifkianto Nugroho/detikcom)": a photographer and the site after a sentence
    if not reading.structured and after_sentence:
        if (reading.known or reading.named and not reading.credit_line.isascii()) and not reading.persons \
                and len(reading.orgs) == 1:
            return True  # "(Kyodo)", "[Xinhua]"; Korean captions close on the pool: "[평양사진공동취재단]"
        if reading.persons and not reading.orgs:
            return all(is_name(p, strict=True) for p in reading.persons)  # "(Max Kandhola)"
    return False


def _is_korean_byline(reading: Reading) -> bool:
    """"김호천 기자": a Korean name marked as the paper's reporter (기자) is a credit, with no label."""
    return "staff" in reading.qualifiers and bool(reading.persons) and "기자" in reading.credit_line \
        and all(_KOREAN_NAME.match(person) for person in reading.persons)


def is_text_credit(reading: Reading) -> bool:
    """An unbracketed ending: "REUTERS/Name", "Photo: Name/dpa", "EFE"; never a bare name."""
    if reading.bad:
        return False
    if reading.labelled or reading.photo_by or _is_korean_byline(reading):
        return True
    if not all(is_capitalised(p) for p in reading.persons):
        return False  # "He works for Reuters" is a sentence
    if reading.known and (reading.structured or reading.persons):
        return True
    if reading.known and not reading.persons and len(reading.orgs) + len(reading.via_orgs) == 1:
        return True  # "... 2015. EFE"
    if reading.named and not reading.persons and len(reading.orgs) == 1 and reading.qualifiers & {"courtesy", "staff"}:
        return True  # "... / 인제군 제공" (provided by the county)
    if reading.named and not reading.persons and len(reading.orgs) == 1 and reading.credit_line.lower().endswith(
            (" photo", " photograph")) and is_organisation_like(reading.orgs[0]):
        return True  # "... Library of Congress photograph": an organisation's own credit form
    return bool(reading.structured and reading.persons and (reading.named or reading.qualifiers)
                and is_name(reading.persons[0], strict=True))  # "Julie Doe/Big Newspaper", "Name/Staff Photographer"



@lru_cache(maxsize=4096)
def parse_credit_line(text: str) -> Credit | None:
    """A bare credit string ("AP Photo/Felipe Dana", "Photo: Name/dpa") read; None if it names no one.

    The caller vouches that the text is a credit (a page's credit element, the Credit
    field), so a lone unknown name is accepted: a person's name ("Ian Britton") as
    the photographer, anything else ("Mugwum Press") as the organisation.
    """
    text = _COPYRIGHT.sub("", (text or "").strip()).strip()
    if len(text) >= 2 and text[0] in OPENERS and text[-1] in CLOSERS:
        text = text[1:-1]
    reading = read_credit(text)
    if reading is None:
        return None
    if reading.bad:
        return None
    found = reading.credit()
    if not reading.structured and len(reading.persons) == 1 and not reading.orgs and not reading.labelled:
        person = reading.persons[0]
        if not is_name(person, strict=True):  # "Spielberg", "Eric": a lone word names a party
            return replace(found, agency=person, photographers=())
    return found
