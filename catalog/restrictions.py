"""Restriction flags from the wording wires use: "EDITORIAL USE ONLY", "MAGS OUT", embargoes.

``derive_restrictions`` reads special instructions (IPTC 2:40), usage terms
(xmpRights:UsageTerms) and the caption, tolerant of case and punctuation
("Editorial-use only.", "NO SALES/NO ARCHIVES"). In caption text, where the same words
can be ordinary prose ("no sales growth", "a trade embargo"), the ambiguous phrases
count only in the capitals wires print them in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

# The flags, in the order they are listed.
FLAGS = ("editorial-only", "mandatory-credit", "no-sales", "no-archive", "no-magazines", "no-newspapers",
         "no-tv", "no-internet", "territory-restricted", "embargoed", "handout-limited")


@dataclass(frozen=True, kw_only=True)
class Restrictions:
    """The restriction flags of one picture and, when an embargo names it, its end."""

    flags: tuple[str, ...] = ()
    embargo_until: str | None = None  # ISO 8601 date or date-time


_COUNTRIES = """SPAIN FRANCE GERMANY ITALY PORTUGAL UK BRITAIN ENGLAND SCOTLAND IRELAND USA US CANADA
    MEXICO BRAZIL ARGENTINA CHILE JAPAN CHINA KOREA SOUTH KOREA TAIWAN HONG KONG INDIA PAKISTAN
    AUSTRALIA NEW ZEALAND RUSSIA UKRAINE POLAND NETHERLANDS HOLLAND BELGIUM SWITZERLAND AUSTRIA SWEDEN
    NORWAY DENMARK FINLAND GREECE TURKEY ISRAEL IRAN IRAQ EGYPT SOUTH AFRICA NIGERIA KENYA PHILIPPINES
    INDONESIA MALAYSIA SINGAPORE THAILAND VIETNAM CZECH REPUBLIC HUNGARY ROMANIA SERBIA CROATIA
    SLOVENIA SLOVAKIA BULGARIA LATVIA LITHUANIA ESTONIA ICELAND LUXEMBOURG MONACO SAUDI ARABIA UAE
    QATAR LEBANON JORDAN SYRIA ABU DHABI DUBAI EU""".split()
# multi-word names are matched word by word; joined here for the alternation
_COUNTRY_NAMES = sorted({"SOUTH KOREA", "HONG KONG", "NEW ZEALAND", "SOUTH AFRICA", "CZECH REPUBLIC",
                         "SAUDI ARABIA", "ABU DHABI", *_COUNTRIES} - {"SOUTH", "HONG", "KONG", "NEW",
                        "ZEALAND", "AFRICA", "CZECH", "REPUBLIC", "SAUDI", "ARABIA", "ABU", "DHABI"},
                        key=len, reverse=True)
_COUNTRY = "(?:" + "|".join(name.replace(" ", r"[\W_]+") for name in _COUNTRY_NAMES) + ")"

# flag -> (phrases read in any case everywhere, phrases read only in capitals inside a caption)
# Phrases are words; between words any punctuation or space is accepted.
_PHRASES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "editorial-only": (
        ("editorial use only", "for editorial use", "editorial only", "editorial purposes only",
         "restricted to editorial use", "editorial usage only", "not for commercial use",
         "no commercial use", "no commercial usage", "no advertising", "nur fur redaktionelle",
         "nur redaktionelle verwendung", "solo uso editorial", "usage editorial uniquement"),
        ("EDITORIAL USE",)),
    "mandatory-credit": (
        ("mandatory credit", "mandatory byline", "credit mandatory", "must credit", "credit must read",
         "credit must be given", "credit required", "credit is required", "obligatory credit",
         "compulsory credit", "please credit"),
        ("CREDIT AS",)),
    "no-sales": (
        ("no resales", "no resale", "not for resale", "no third party sales", "sales prohibited",
         "no sales to third parties"),
        ("NO SALES", "NOT FOR SALE")),
    "no-archive": (
        ("no archives", "no archiving", "no archival", "not for archive", "not for archiving",
         "do not archive", "must not be archived", "not to be archived", "delete after use",
         "must be deleted after", "narch"),
        ("NO ARCHIVE",)),
    # "... OUT" is a wire's capitals; in caption prose "the TV out" is not a restriction
    "no-magazines": (
        ("no newsmagazines", "no magazine sales"),
        ("MAGS OUT", "MAGAZINES OUT", "NEWSMAGAZINES OUT", "NEWS MAGAZINES OUT", "MAGAZINE SALES OUT",
         "NO MAGAZINES", "NO MAGS")),
    "no-newspapers": (
        ("no newspaper sales",),
        ("NEWSPAPERS OUT", "NO NEWSPAPERS")),
    "no-tv": (
        ("no tv use", "no broadcast use", "no tv sales"),
        ("TV OUT", "TELEVISION OUT", "BROADCAST OUT", "NO TV", "NO TELEVISION", "NO BROADCAST")),
    "no-internet": (
        ("no internet use", "no online use", "no web use", "no internet sales", "no online sales"),
        ("INTERNET OUT", "ONLINE OUT", "WEB OUT", "NO INTERNET", "NO ONLINE", "NO WEB")),
    "embargoed": (
        ("embargoed until", "embargoed till", "embargoed to", "embargo until", "embargo till",
         "under embargo", "not for publication before", "not for publication until",
         "not to be published before", "not to be published until", "not for use before",
         "not for release before", "not for release until", "hold for release", "sperrfrist"),
        ("EMBARGOED", "EMBARGO")),
    "handout-limited": (
        ("for use only with", "to be used only with", "only for use with", "may only be used",
         "must only be used", "solely to illustrate", "solely for the purpose of illustrating",
         "only to illustrate", "only be used to illustrate", "only be used in connection with",
         "only in connection with", "only in conjunction with", "for single use", "single use only",
         "one time use", "one time only", "exclusively to publicize", "exclusively to publicise",
         "temporary online publication"),
        ()),
}
# Word patterns beyond fixed phrases: counts of days, "no ... third party sales", "SPAIN OUT".
_PATTERNS: dict[str, tuple[str, ...]] = {
    "handout-limited": (r"\bavailable[\W_]+(?:only[\W_]+)?for[\W_]+\d+[\W_]+days\b",
                        r"\bfor[\W_]+(?:a[\W_]+period[\W_]+of[\W_]+)?\d+[\W_]+days[\W_]+only\b",
                        r"\bwithin[\W_]+\d+[\W_]+days[\W_]+(?:of|after)[\W_]+(?:release|transmission|distribution)\b"),
    "no-sales": (r"\bno[\W_]+(?:\w+[\W_]+){0,2}third[\W_]*party[\W_]+sales\b",),
    "no-archive": (r"\bnarch\d*\b",),
    "embargoed": (r"\bembargo[\W_]*:",),
}
_CAPITAL_PATTERNS: dict[str, tuple[str, ...]] = {
    "territory-restricted": (rf"\b{_COUNTRY}[\W_]+OUT\b",),
}
_ANY_CASE_TERRITORY = (rf"\bno[\W_]+(?:use|sales?|publication)[\W_]+in[\W_]+(?:the[\W_]+)?{_COUNTRY}\b",
                       rf"\bnot[\W_]+for[\W_]+(?:use|sale|publication)[\W_]+in[\W_]+(?:the[\W_]+)?{_COUNTRY}\b")


def _phrase(words: str) -> str:
    return r"\b" + r"[\W_]*".join(re.escape(word) for word in words.split()) + r"\b"


def _group(flag: str) -> str:
    return flag.replace("-", "_")


def _build(in_caption: bool) -> re.Pattern[str]:
    """One alternation with a named group per flag, compiled once."""
    groups = []
    for flag in FLAGS:
        any_case, capitals = _PHRASES.get(flag, ((), ()))
        anywhere = [_phrase(p) for p in any_case] + list(_PATTERNS.get(flag, ()))
        if flag == "territory-restricted":
            anywhere += list(_ANY_CASE_TERRITORY)
        shouting = [_phrase(p) for p in capitals] + list(_CAPITAL_PATTERNS.get(flag, ()))
        if in_caption:
            parts = [f"(?i:{'|'.join(anywhere)})"] if anywhere else []
            parts += shouting  # case-sensitive: capitals only
        else:
            parts = [f"(?i:{'|'.join(anywhere + shouting)})"]
        groups.append(f"(?P<{_group(flag)}>{'|'.join(parts)})")
    return re.compile("|".join(groups))


_IN_FIELDS = _build(in_caption=False)
_IN_CAPTION = _build(in_caption=True)
_FLAG_OF_GROUP = {_group(flag): flag for flag in FLAGS}


def derive_restrictions(*, special_instructions: str | None = None, usage_terms: str | None = None,
                        caption: str | None = None) -> Restrictions:
    """The restriction flags the three texts state, in ``FLAGS`` order, and the embargo's end."""
    found: set[str] = set()
    embargo_until = None
    for text, pattern in ((special_instructions, _IN_FIELDS), (usage_terms, _IN_FIELDS), (caption, _IN_CAPTION)):
        if not text:
            continue
        flags, until = _scan(text, pattern is _IN_CAPTION)
        found.update(flags)
        embargo_until = embargo_until or until
    return Restrictions(flags=tuple(flag for flag in FLAGS if flag in found), embargo_until=embargo_until)


@lru_cache(maxsize=4096)
def _scan(text: str, in_caption: bool) -> tuple[frozenset[str], str | None]:
    pattern = _IN_CAPTION if in_caption else _IN_FIELDS
    flags = set()
    until = None
    for match in pattern.finditer(text):
        flag = _FLAG_OF_GROUP[match.lastgroup or ""]
        flags.add(flag)
        if flag == "embargoed" and until is None:
            until = embargo_end(text[match.end(): match.end() + 80])
    return frozenset(flags), until


# --- embargo dates ------------------------------------------------------------------------

_MONTHS = {name: number for number, names in enumerate((
    ("jan", "january", "januar", "janvier", "enero"), ("feb", "february", "februar", "fevrier", "febrero"),
    ("mar", "march", "marz", "märz", "mars", "marzo"), ("apr", "april", "avril", "abril"),
    ("may", "mai", "mayo"), ("jun", "june", "juni", "juin", "junio"), ("jul", "july", "juli", "juillet", "julio"),
    ("aug", "august", "aout", "août", "agosto"), ("sep", "sept", "september", "septembre", "septiembre"),
    ("oct", "october", "oktober", "octobre", "octubre"), ("nov", "november", "novembre", "noviembre"),
    ("dec", "december", "dezember", "decembre", "décembre", "diciembre"),
), start=1) for name in names}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ZONE = r"(?P<zone>GMT|UTC|Z|ET|EST|EDT|PT|PST|PDT|CET|CEST|MEZ|MESZ|BST|JST|[+-]\d{2}:?\d{2})"
_DATES = (
    re.compile(r"(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})"),
    re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+{_MONTH},?\s+(?P<year>\d{{4}})", re.I),
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})", re.I),
    re.compile(r"(?P<day>\d{1,2})[./](?P<mon>\d{1,2})[./](?P<year>\d{4})"),  # day first, as wires write it
)
_TIMES = (
    re.compile(rf"(?P<hour>\d{{1,2}})[:.h](?P<minute>\d{{2}})(?::\d{{2}})?\s*(?P<half>[ap])\.?m\.?(?!\w)\s*{_ZONE}?", re.I),
    re.compile(rf"(?P<hour>\d{{1,2}})\s*(?P<half>[ap])\.?m\.?(?!\w)\s*{_ZONE}?", re.I),
    re.compile(rf"(?<![\d-])(?P<hour>\d{{1,2}})[:h](?P<minute>\d{{2}})(?::\d{{2}})?\s*(?:hrs?|uhr)?\s*{_ZONE}?", re.I),
    re.compile(rf"(?<![\d-])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:hrs?|uhr)?\s*{_ZONE}", re.I),
    re.compile(r"T(?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2})?(?P<zone>Z|[+-]\d{2}:?\d{2})?"),
)
_FIXED_OFFSETS = {"GMT": "Z", "UTC": "Z", "Z": "Z", "EST": "-05:00", "EDT": "-04:00", "PST": "-08:00",
                  "PDT": "-07:00", "CET": "+01:00", "MEZ": "+01:00", "CEST": "+02:00", "MESZ": "+02:00",
                  "BST": "+01:00", "JST": "+09:00"}


def embargo_end(text: str) -> str | None:
    """The ISO 8601 date or date-time an embargo note names ("00:01 GMT, 15 March 2017"), or None.

    A note without a year names no date we can be sure of, and gives None.
    """
    for pattern in _DATES:
        found = pattern.search(text)
        if found:
            day = _date(found)
            if day is None:
                return None
            rest = text[: found.start()] + " " * (found.end() - found.start()) + text[found.end():]
            if pattern is _DATES[0]:
                rest = text[found.end():]  # the ISO form carries its own "T05:00Z"
            return _with_time(day, rest)
    return None


def _date(found: re.Match[str]) -> date | None:
    parts = found.groupdict()
    month = _MONTHS.get(parts["month"].lower()) if parts.get("month") else int(parts["mon"])
    try:
        return date(int(parts["year"]), month or 0, int(parts["day"]))
    except ValueError:
        return None


def _with_time(day: date, text: str) -> str:
    for pattern in _TIMES:
        found = pattern.search(text)
        if not found:
            continue
        parts = found.groupdict()
        hour, minute = int(parts["hour"]), int(parts.get("minute") or 0)
        if parts.get("half"):
            hour = hour % 12 + (12 if parts["half"].lower() == "p" else 0)
        if hour > 23 or minute > 59:
            return day.isoformat()
        stamp = datetime(day.year, day.month, day.day, hour, minute).isoformat()
        return stamp + _offset(parts.get("zone"), day)
    return day.isoformat()


def _offset(zone: str | None, day: date) -> str:
    if not zone:
        return ""
    zone = zone.upper()
    if zone in _FIXED_OFFSETS:
        return _FIXED_OFFSETS[zone]
    if zone in ("ET", "PT"):  # US zones: daylight time from the second Sunday of March to the first of November
        summer = _nth_sunday(day.year, 3, 2) <= day < _nth_sunday(day.year, 11, 1)
        base = -5 if zone == "ET" else -8
        return f"-{abs(base + summer):02d}:00"
    return zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"


def _nth_sunday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
