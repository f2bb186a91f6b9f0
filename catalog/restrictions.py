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
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from catalog.dates import MONTHS

# The flags, in the order they are listed.
FLAGS = ("editorial-only", "mandatory-credit", "no-sales", "no-archive", "no-magazines", "no-newspapers",
         "no-tv", "no-internet", "no-social", "territory-restricted", "embargoed", "handout-limited")


@dataclass(frozen=True, kw_only=True)
class Restrictions:
    """The restriction flags of one picture and, when an embargo names it, its end."""

    flags: tuple[str, ...] = ()
    embargo_until: str | None = None  # ISO 8601 date or date-time


_NONE = Restrictions()

# Territories wires bar ("JAPAN OUT", "No use in the United Kingdom").
_COUNTRY_NAMES = sorted((
    "SPAIN", "FRANCE", "GERMANY", "ITALY", "PORTUGAL", "UK", "UNITED KINGDOM", "BRITAIN", "ENGLAND", "SCOTLAND",
    "IRELAND", "USA", "US", "UNITED STATES", "CANADA", "MEXICO", "BRAZIL", "ARGENTINA", "CHILE", "JAPAN", "CHINA",
    "KOREA", "SOUTH KOREA", "TAIWAN", "HONG KONG", "INDIA", "PAKISTAN", "AUSTRALIA", "NEW ZEALAND", "RUSSIA",
    "UKRAINE", "POLAND", "NETHERLANDS", "HOLLAND", "BELGIUM", "SWITZERLAND", "AUSTRIA", "SWEDEN", "NORWAY",
    "DENMARK", "FINLAND", "GREECE", "TURKEY", "ISRAEL", "IRAN", "IRAQ", "EGYPT", "SOUTH AFRICA", "NIGERIA",
    "KENYA", "PHILIPPINES", "INDONESIA", "MALAYSIA", "SINGAPORE", "THAILAND", "VIETNAM", "CZECH REPUBLIC",
    "HUNGARY", "ROMANIA", "SERBIA", "CROATIA", "SLOVENIA", "SLOVAKIA", "BULGARIA", "LATVIA", "LITHUANIA",
    "ESTONIA", "ICELAND", "LUXEMBOURG", "MONACO", "SAUDI ARABIA", "UAE", "QATAR", "LEBANON", "JORDAN", "SYRIA",
    "DUBAI", "EU",
), key=len, reverse=True)  # longest first, so "SOUTH KOREA" wins over "KOREA"
_COUNTRY = "(?:" + "|".join(name.replace(" ", r"[\W_]+") for name in _COUNTRY_NAMES) + ")"

# flag -> (phrases read in any case everywhere, phrases read only in capitals inside a caption)
# Phrases are words; between words any punctuation or space is accepted.
_PHRASES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "editorial-only": (
        ("editorial use only", "for editorial use", "editorial only", "editorial purposes only",
         "restricted to editorial use", "editorial usage only", "not for commercial use",
         "no commercial use", "no commercial usage", "no advertising", "nur für redaktionelle",
         "nur fuer redaktionelle",
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
    "no-social": (
        ("not for social media", "no use on social media", "no use in social media", "not for use on social media",
         "no social media use", "no social media usage"),
        ("NO SOCIAL MEDIA", "SOCIAL MEDIA OUT", "NO SOCIAL")),
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
# Patterns beyond fixed phrases, with the words they hinge on: counts of days,
# "no ... third party sales", "NARCH30", "SPAIN OUT" (capitals only in a caption).
_PATTERNS: tuple[tuple[str, tuple[str, ...], str, bool], ...] = (
    ("handout-limited", ("days",), r"available[\W_]+(?:only[\W_]+)?for[\W_]+\d+[\W_]+days\b", False),
    ("handout-limited", ("days",), r"for[\W_]+(?:a[\W_]+period[\W_]+of[\W_]+)?\d+[\W_]+days[\W_]+only\b", False),
    ("handout-limited", ("days",), r"(?:available[\W_]+)?for[\W_]+\d+[\W_]+days[\W_]+from\b", False),
    ("handout-limited", ("days",),
     r"within[\W_]+\d+[\W_]+days[\W_]+(?:of|after)[\W_]+(?:release|transmission|distribution)\b", False),
    ("no-sales", ("sales",), r"no[\W_]+(?:\w+[\W_]+){0,2}third[\W_]*party[\W_]+sales\b", False),
    ("no-archive", ("narch",), r"narch\d*\b", False),
    ("embargoed", ("embargo",), r"embargo[\W_]*:", False),
    ("territory-restricted", ("out",), rf"{_COUNTRY}[\W_]+out\b", True),
    ("territory-restricted", ("use", "sale", "sales", "publication"),
     rf"no[\W_]+(?:use|sales?|publication)[\W_]+in[\W_]+(?:the[\W_]+)?{_COUNTRY}\b", False),
    ("territory-restricted", ("use", "sale", "publication"),
     rf"not[\W_]+for[\W_]+(?:use|sale|publication)[\W_]+in[\W_]+(?:the[\W_]+)?{_COUNTRY}\b", False),
)
# Words too common in captions to key a rule on: a rule is filed under its most telling word.
_COMMON = frozenset("""for no not to only may must be one under hold do please the of a in with until till before
                       is by after from on at and or single within available solely exclusively be""".split())
_REACH = 80  # how far around its telling word a phrase may start or end


def _phrase(words: str) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W_])" + r"[\W_]*".join(re.escape(word) for word in words.split()) + r"\b", re.I)


def _telling_word(words: str) -> str:
    candidates = [word.lower() for word in words.split() if word.lower() not in _COMMON] or [words.split()[0]]
    return max(candidates, key=len)


def _rules() -> dict[str, list[tuple[re.Pattern[str], str, bool]]]:
    """Every phrase and pattern, filed under its telling word: (pattern, flag, capitals only)."""
    rules: dict[str, list[tuple[re.Pattern[str], str, bool]]] = {}
    for flag, (any_case, capitals) in _PHRASES.items():
        for words, shouted in [(p, False) for p in any_case] + [(p, True) for p in capitals]:
            rules.setdefault(_telling_word(words), []).append((_phrase(words), flag, shouted))
    for flag, words, pattern, shouted in _PATTERNS:
        compiled = re.compile(r"(?<![^\W_])" + pattern, re.I)
        for word in words:
            rules.setdefault(word, []).append((compiled, flag, shouted))
    return rules


# A text is first reduced to its words; only a telling word sends the phrases filed under
# it looking around that word. Most captions have none, and cost one word split
# (measured ~10x faster than one alternation of every phrase tried at every character).
_RULES = _rules()
# The telling words are ASCII: a text's ASCII letter and digit runs (anything else is a
# separator) hold every one of them that stands as a word, found by a byte table
# instead of a regex (~3x faster; a run inside a longer word only costs a closer look).
_ASCII_WORDS = bytes(byte if 48 <= byte <= 57 or 97 <= byte <= 122 else 32 for byte in range(256))
_ASCII_KEYS = frozenset(key.encode() for key in _RULES)
_KEY_AT = {key: re.compile(rf"(?<![^\W_]){re.escape(key)}{'[0-9]*' if key == 'narch' else ''}(?![^\W_])", re.I)
           for key in _RULES}


def derive_restrictions(*, special_instructions: str | None = None, usage_terms: str | None = None,
                        caption: str | None = None) -> Restrictions:
    """The restriction flags the three texts state, in ``FLAGS`` order, and the embargo's end."""
    found: set[str] = set()
    embargo_until = None
    for text, in_caption in ((special_instructions, False), (usage_terms, False), (caption, True)):
        if not text:
            continue
        flags, until = _scan(text, in_caption)
        found.update(flags)
        embargo_until = embargo_until or until
    if not found:
        return _NONE
    return Restrictions(flags=tuple(flag for flag in FLAGS if flag in found), embargo_until=embargo_until)


@lru_cache(maxsize=4096)
def _scan(text: str, in_caption: bool) -> tuple[frozenset[str], str | None]:
    """The flags one text states and the first embargo end it names."""
    flags: set[str] = set()
    until = None
    lowered = text.lower()
    keys = {key.decode() for key in _ASCII_KEYS.intersection(lowered.encode().translate(_ASCII_WORDS).split())}
    if "narch" in lowered:
        keys.add("narch")  # "NARCH30"
    for key in keys:  # usually none: most captions have no telling word
        for word in _KEY_AT[key].finditer(text):
            start, end = max(0, word.start() - _REACH), word.end() + _REACH
            for pattern, flag, shouted in _RULES[key]:
                for match in pattern.finditer(text, start, end):
                    if shouted and in_caption and not match.group().isupper():
                        continue  # in a caption, "no sales" is prose and "NO SALES" a restriction
                    flags.add(flag)
                    if flag == "embargoed" and (until is None or match.start() < until[0]):
                        until = (match.start(), embargo_end(text[match.end(): match.end() + 80]))
                    break
    return frozenset(flags), (until[1] if until else None)


# --- embargo dates ------------------------------------------------------------------------

_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# A zone named alone is its fixed offset: "EST" is -05:00 even in July.
_FIXED_OFFSETS = {"GMT": "Z", "UTC": "Z", "Z": "Z", "EST": "-05:00", "EDT": "-04:00", "PST": "-08:00",
                  "PDT": "-07:00", "CET": "+01:00", "MEZ": "+01:00", "CEST": "+02:00", "MESZ": "+02:00",
                  "BST": "+01:00", "JST": "+09:00"}
# A region's clock ("ET", "GMT/BST", "EST/EDT"): standard or daylight time as the tz
# database has it for the day and hour named, so "00:01 GMT/BST 12 June" is 00:01+01:00.
_LOCAL_TIMES = {"ET": "America/New_York", "EST/EDT": "America/New_York", "PT": "America/Los_Angeles",
                "PST/PDT": "America/Los_Angeles", "GMT/BST": "Europe/London", "CET/CEST": "Europe/Berlin",
                "MEZ/MESZ": "Europe/Berlin"}
_LOCAL_TIMES |= {"/".join(reversed(name.split("/"))): zone for name, zone in _LOCAL_TIMES.items() if "/" in name}
_PAIRS = "|".join(name.replace("/", r"\s*/\s*") for name in _LOCAL_TIMES if "/" in name)
_ZONE = rf"(?P<zone>{_PAIRS}|GMT|UTC|Z|ET|EST|EDT|PT|PST|PDT|CET|CEST|MEZ|MESZ|BST|JST|[+-]\d{{2}}:?\d{{2}})"
_DATES = (
    re.compile(r"(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})"),
    re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+{_MONTH},?\s+(?P<year>\d{{4}})", re.I),
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})", re.I),
    re.compile(r"(?P<day>\d{1,2})[./](?P<mon>\d{1,2})[./](?P<year>\d{4})"),  # day first, as wires write it
)
_TIMES = (
    re.compile(rf"(?P<hour>\d{{1,2}})[:.h](?P<minute>\d{{2}})(?::\d{{2}})?\s*(?P<half>[ap])\.?m\.?(?!\w)\s*{_ZONE}?",
               re.I),
    re.compile(rf"(?P<hour>\d{{1,2}})\s*(?P<half>[ap])\.?m\.?(?!\w)\s*{_ZONE}?", re.I),
    re.compile(rf"(?<![\d-])(?P<hour>\d{{1,2}})[:h](?P<minute>\d{{2}})(?::\d{{2}})?\s*(?:hrs?|uhr)?\s*{_ZONE}?", re.I),
    re.compile(rf"(?<![\d-])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:hrs?|uhr)?\s*{_ZONE}", re.I),
    re.compile(r"T(?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2})?(?P<zone>Z|[+-]\d{2}:?\d{2})?"),
)


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
    month = MONTHS.get(parts["month"].lower()) if parts.get("month") else int(parts["mon"])
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
        return _stamp(datetime(day.year, day.month, day.day, hour, minute), parts.get("zone"))
    return day.isoformat()


def _stamp(local: datetime, zone: str | None) -> str:
    """``local`` in ISO 8601 with the offset ``zone`` names; without a zone, local time as written."""
    if not zone:
        return local.isoformat()
    zone = "".join(zone.upper().split())  # "GMT / BST" -> "GMT/BST"
    if zone in _LOCAL_TIMES:
        return local.replace(tzinfo=ZoneInfo(_LOCAL_TIMES[zone])).isoformat()
    if zone in _FIXED_OFFSETS:
        return local.isoformat() + _FIXED_OFFSETS[zone]
    return local.isoformat() + (zone if ":" in zone else f"{zone[:3]}:{zone[3:]}")
