"""Whether text reads as a person's name, an organisation's, a party's or prose; brackets matched."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from catalog.credits.agencies import (
    canonical_agency,
    fold,
    is_organisation_like,
    is_printed_as_name,
)
from catalog.credits.vocabulary import (
    ABBREVIATIONS,
    COUNTRIES,
    POSTAL_CODES,
    REGIONS,
    RANKS,
    ROLE_INITIALS,
    STATE_ABBREVIATIONS,
    AND,
    ARABIC_ARTICLE,
    ARTICLES,
    BYLINE_WORDS,
    CLOSER,
    CLOSERS,
    DIGIT,
    FILE_NAME,
    FUNCTION_WORDS,
    GLUED_WORDS,
    INITIALS,
    LANGUAGE_AND,
    LOWER_CASE_ASIDE,
    MARKS,
    MAX_CREDIT,
    NAME_FUNCTION_WORDS,
    OPENERS,
    ORDINAL,
    PARTICLES,
    QUALIFIER_WORDS,
    RATING,
    SCRIPTS_GLUED,
    SENTENCE_END,
)


@lru_cache(maxsize=8192)
def split_names(text: str) -> tuple[str, ...] | None:
    """The people in a name part ("A and B"), or None when it does not read as names."""
    joined = "&" in text or " and " in text.lower()
    names = [n.strip() for n in AND.split(text) if n.strip()] if joined else [text]
    if joined and len(names) > 1 and all(n.count(" ") >= 1 and is_name(n, strict=False, placed=True) for n in names):
        return tuple(names)  # full names joined, a function word's too: "Nguyễn Văn An and Trần Thị Bình"
    if not joined and text.count(" ") >= 4:
        persons = [n.strip() for n in LANGUAGE_AND.split(text)]
        if len(persons) > 1 and all(n.count(" ") >= 1 and is_name(n, strict=False, placed=True) for n in persons):
            return tuple(persons)  # two full names joined by the language's "and"
    if all(is_name(n, strict=False) for n in names):
        return tuple(names)
    if len(names) > 1 and is_name(text, strict=False):
        return (text,)
    return None


_PICTURE_WORDS = frozenset({"photo", "photos", "foto", "fotos", "fotó", "photograph", "picture", "image", "imagen", "imagem",
                            "immagine", "bild", "beeld", "фото", "φωτογραφία"})


# what a bracket or a field says of the picture itself, or of its credit, in place of a name
_NOTE_WORDS = frozenset({"credit", "credits", "grab", "video", "representative", "symbolic", "symbolbild"})


def names_the_picture(text: str) -> bool:
    """Whether a run of words says what the picture is or heads its credit ("Representative Photo", "Video Grab",
    "Photo Credit", "File Picture") rather than naming who made it."""
    words = set(fold(text).split())
    return bool(words & (_PICTURE_WORDS | _NOTE_WORDS)) or any(word in QUALIFIER_WORDS for word in words)


_ARTICLES_AFTER_PARTICLE = frozenset({"O", "A", "Os", "As", "The"})


_INITIALISM = re.compile(r"^(?:[A-Z]\.){2,3},?$")  # "L.A.", "D.C.", "N.Y.C."


# A Chinese or Japanese name is two to four Han characters, six with a Japanese family name written without a space
# ("長谷川健太郎"); a transliterated one is parted by "·". A longer unbroken run, or one holding a sentence's punctuation,
# is the caption's prose.
_HAN_SENTENCE = re.compile(r"[\u4e00-\u9fff]{7,}|[。，；：“”《》！？]")


def is_name(text: str, *, strict: bool, placed: bool = False) -> bool:
    """Whether text reads as a person's name: capitalised words, particles, initials, no prose.

    ``placed``: the credit's structure puts a name here (see ``is_placed_name``), so a
    capitalised function word that is also a name ("Said", "Can", "An") is part of it.
    """
    tokens = text.split()
    if not tokens or len(tokens) > (5 if strict else 9):
        return False
    if strict and len(tokens) < 2:
        return False
    if len(tokens) > 2 and tokens[0].lower() in PARTICLES and tokens[1] in _ARTICLES_AFTER_PARTICLE:
        return False  # "De O Globo" (from O Globo): a preposition and a title, no "De Souza"
    if len(tokens) > 1 and tokens[-1][-1:] in ".," and _INITIALISM.match(tokens[-1]):
        return False  # "Occupy L.A.", "Washington D.C.": a name ends in a surname, not in a place's initials
    digits = DIGIT.search(text) is not None
    for token in tokens:
        core = token.strip("()[],.'’\"")
        if not core:
            continue
        if not core.isascii() and _HAN_SENTENCE.search(core):
            return False  # "图为世界上首颗量子科学实验卫星“墨子号”模型。": a caption's sentence, no Han name runs so long
        if token in MARKS or "[" in token or "]" in token or (token is tokens[0] and token[0] in "([") \
                or FILE_NAME.search(token):
            return False  # "Il Castello Maniace di Siracusa © Ansa": a credit mark, not part of a name
        lower = core.lower()
        if lower in _PICTURE_WORDS and token is not tokens[-1] and tokens[tokens.index(token) + 1][:1].islower():
            return False  # "Photo d'archives", "Foto oficial do presidente": what the picture is, not who made it
        if lower in PARTICLES or (len(core) == 1 and core.isalpha() and (core.isupper() or not strict)):
            continue  # particles and initials ("Duane A. Laverty")
        if digits and DIGIT.search(core):
            if RATING.match(core):
                continue  # "MC1 Sarah Villegas": a Navy rating before the name
            if strict or not ORDINAL.match(core):
                return False
            continue
        if lower in BYLINE_WORDS and token is tokens[0]:
            return False  # "Por Adrián Mendoza Salazar": a byline, the writer's
        if lower in FUNCTION_WORDS and not ((placed and lower in NAME_FUNCTION_WORDS or lower == "will")
                                            and core[0].isupper()):
            return False  # "Will Englund" is a name
        if strict and not (core[0].isupper() or core[0] in "@'" or ARABIC_ARTICLE.match(core)):
            return False
    words = [token for token in tokens if token.lower() not in PARTICLES and token[:1].isalpha()]
    # no capital in a cased script: prose after a label ("Ảnh: cây cầu sập", "Foto: la caída del puente",
    # "Foto de archivo")
    return len(words) < (2 if len(words) == len(tokens) else 1) or any(not word[0].islower() for word in words)


@lru_cache(maxsize=4096)
def is_placed_name(text: str) -> bool:
    """A name where the credit's grammar puts one (after a wire's slash, after a label), function words and all.

    "REUTERS/Rodi Said", "(foto: An Mei)", "AFP/Can Erok", "Photo: Do Hoang": names that hold a word
    prose is made of, when that word is also a name (``NAME_FUNCTION_WORDS``). Only in such a place,
    and only capitalised: "Reuters said" stays prose; "It Was Great/AP", a name of function words only
    ("Will Do") or one opening with an article ("The Kid") is none.
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or tokens[0].lower() in ARTICLES or not is_capitalised(text):
        return False
    if all(token.strip(".,").lower() in FUNCTION_WORDS or token.lower() in PARTICLES for token in tokens):
        return False
    return is_name(text, strict=True, placed=True)


# words that end a place's name and no person's ("Southern Africa", "U.S. Virgin Islands", "Great Plains"), and the
# compass words that open a region's ("Northern Cape"): a caption's last line may name where, not who
_PLACE_ENDINGS = frozenset("africa america americas asia europe oceania antarctica arctic islands isles plains "
                           "mountains highlands province region peninsula desert".split())
_COMPASS = frozenset("northern southern eastern western central".split())
# words that open a place's name and never a person's ("New York", "Los Angeles", "Fort Worth", "Cape Town")
_PLACE_OPENERS = frozenset("new los las fort mount cape".split())


def is_place(name: str) -> bool:
    """Whether a capitalised run of words names a place, not a person ("Southern Africa", "Virgin Islands", "New York",
    a dateline's "Rome, Italy": a place and its country after a comma)."""
    words = fold(name).split()
    if "," in name:
        country = fold(name.rsplit(",", 1)[1]).split()
        return bool(country) and (" ".join(country) in COUNTRIES or country[-1] in _PLACE_ENDINGS)
    return bool(words) and (words[-1] in _PLACE_ENDINGS or words[0] in _COMPASS and len(words) == 2
                            or words[0] in _PLACE_OPENERS and len(words) > 1)


def is_locality(text: str) -> bool:
    """Whether text after a body's comma says where the body is: a town and its state or country, or the state or
    country alone ("Los Angeles, California", "Menomonee Falls, WI", "Berlin, Germany"), never a party."""
    parts = [part.strip() for part in text.split(",")]
    if not 1 <= len(parts) <= 3 or not all(parts):
        return False
    last = parts[-1]
    if not (fold(last) in COUNTRIES or fold(last) in REGIONS or last in POSTAL_CODES and not canonical_agency(last)):
        return False
    return all(len(part.split()) <= 4 and is_capitalised(part) and not canonical_agency(part) for part in parts[:-1])


@lru_cache(maxsize=8192)
def is_capitalised(name: str) -> bool:
    """A name printed as names are: every word capitalised but particles ("Rupak De Chowdhuri")."""
    for token in name.split():
        core = token.strip("()[],.'’\"")
        if not core or core.lower() in PARTICLES:
            continue
        if "\u0590" <= core[0] <= "\u08ff" or "\u0e00" <= core[0] <= "\u0e7f":
            continue  # Hebrew, Arabic and Thai have no capitals (Indic, Han and Hangul prose is read elsewhere)
        if "・" in core and all("\u30a0" <= char <= "\u30ff" for char in core):
            continue  # a foreign name in katakana, its parts marked by "・" ("フアン・バレット"): no capitals either
        if not (core[0].isupper() or core[0] == "@" or core[0].isdigit() or ARABIC_ARTICLE.match(core)):
            return False  # "3rd" in "Mass Communication Specialist 3rd Class Name" counts
    return True


def is_prose(text: str) -> bool:
    """Whether text runs over a line or a sentence end, or is too long to be a name, or runs two scripts together."""
    if "\n" in text or text.count(" ") > 11 and not (text.count(" ") <= 20 and _is_long_title(text)):
        return True
    if not text.isascii() and SCRIPTS_GLUED.search(text):
        return True  # "ReutersМэр Киева": the credit and the next caption, printed with no gap
    if text[-1:] == ")" and LOWER_CASE_ASIDE.search(text):
        return True  # "Name (libre reproduction avec mention de l'auteur)": a note on the picture's use, no name
    if "." not in text and "!" not in text and "?" not in text:
        return False
    for match in SENTENCE_END.finditer(text):
        word = match[1].lower()
        if not (len(word) == 1 and word.isalpha()) and word not in ABBREVIATIONS and word not in STATE_ABBREVIATIONS \
                and not "\u0e00" <= word[-1] <= "\u0e7f":  # Thai ends no sentence with a period, only its
            return True  # abbreviations ("ททท.", the Tourism Authority; "กทม.", Bangkok)
    return False


# the words of a body's long name: capitalised, or an ordinal ("24th"), or a function word between them
_TITLE_WORD = re.compile(r"[A-Z][\w'’.-]*|\d{1,3}(?:st|nd|rd|th)|of|the|and|for|de|du|des|la|le")


def _is_long_title(text: str) -> bool:
    """"Press Service of the 24th King Danylo Separate Mechanized Brigade of the Ukrainian Armed Forces": a body's
    full name runs long, every word capitalised but its function words and ordinals; a sentence has lower-case words."""
    words = text.split()
    return words[0][:1].isupper() and words[-1][:1].isupper() and all(_TITLE_WORD.fullmatch(word) for word in words)


def is_party(name: str) -> bool:
    """A lone word that names a company or a body, not a person: initials ("BCCI") or one glued word ("WhatsApp")."""
    return " " not in name and (is_acronym(name) or GLUED_WORDS.search(name) is not None)


def is_photo_brand(word: str) -> bool:
    """One word made of "foto"/"photo" and another: a picture agency's brand ("Fotoarena", "FRAMEPHOTO", "Fosphotos").

    No person's name is built so; Greek surnames ("Fotopoulos", "Fotiou") are kept apart by their endings.
    """
    if " " in word or len(word) < 7 or not word[:1].isupper() or not word.isalpha():
        return False
    key = word.lower()
    if key.endswith("фото") and not key.startswith("фото"):
        return True  # "Булфото": Cyrillic brands end in "фото" as Latin ones end in "foto"
    if key.startswith(("photograph", "fotograf", "photojournal", "fotojornal", "fotoreport", "photoreport")):
        return False  # "Photographer", "Fotografie": the words of a credit, not a brand
    if key.startswith(("foto", "photo")):
        return not key.endswith(("os", "ou", "is", "as"))
    return key.endswith(("photo", "photos", "foto", "fotos")) and key not in ("telephoto", "telefoto")


def is_acronym(text: str) -> bool:
    """An organisation's initials in capitals ("MAFRA", "ERC", Polish "UMiG"), not a word of a sentence."""
    return 2 <= len(text) <= 8 and text.isalpha() and (text.isupper() or INITIALS.match(text) is not None)


def is_role_or_place_initials(text: str) -> bool:
    """Capitals that say what a person is or where ("CEO", "MD", "JR", "SGT", "USA", "LA"), not an outlet's initials
    ("SWR", "RNZ"): before a comma or a slash and a name they name no one who published the picture."""
    key = fold(text)
    return key in ROLE_INITIALS or key in ABBREVIATIONS or key in RANKS or key in COUNTRIES


_TITLED_INITIALS = re.compile(r"^[A-Z][a-z]$")
_CAMEL_BRAND = re.compile(r"^[A-Z][a-z]{2,}(?:[A-Z][a-z]+)+$")  # "MinnPost", "SeaWorld"


def is_organisation_or_qualifier(text: str) -> bool:
    """Whether the words before "photo by" name who took it ("U.S. Navy", "Pool"), not a caption sentence."""
    if is_prose(text) or text.count(" ") > 5:
        return False
    key = fold(text)
    if key in QUALIFIER_WORDS or canonical_agency(text):
        return True
    if " " not in text and (_CAMEL_BRAND.match(text) or text.isupper() and text.isalpha() and 2 <= len(text) <= 6
                            or _TITLED_INITIALS.match(text) and key not in FUNCTION_WORDS and key not in ABBREVIATIONS):
        # "MinnPost photo by Name", "KT photo by Name", "Kt photo by Name": a brand of two words run together, an
        # outlet's initials (in capitals, or a capital and a letter: Khaleej Times' "Kt"); not "My photo by", "Dr"
        return True
    return is_organisation_like(text) or is_titled(text)  # not "Volunteers fill sandbags (center) on Wednesday"


def is_organisation_name(text: str) -> bool:
    """Printed as a proper name ("The Valley Ledger", "Department of Defense", "NPR"), not prose or a clause."""
    return is_printed_as_name(text) and not is_prose(text)


def is_titled(text: str) -> bool:
    """A proper name under a definite article ("The Valley Ledger"): a publication or an institution, never a person.

    The article may be printed in lower case, as sites and papers of other languages print their own names ("il
    Torinese", "der Standard", "het Parool"); a person's particle is no article ("de Vries", "van Dijk")."""
    article, _, rest = text.partition(" ")
    if not rest or article.lower() not in ARTICLES or article in ("a", "o"):
        return False  # lower-case "a" and "o" are as often a sentence's words as an article
    return is_organisation_name(article.capitalize() + " " + rest if article.islower() else text)


def strip_period(text: str) -> str:
    """Drop one trailing period, but not the one of an initial or an abbreviation ("Jr.")."""
    if text.endswith("。"):
        return text[:-1].rstrip()  # the CJK full stop ends a sentence, never an initial
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


def collapse(orgs: list[str]) -> list[str]:
    """Organisations with repeats removed ("REX/Shutterstock" names Shutterstock twice)."""
    result: list[str] = []
    for org in orgs:
        if org not in result:
            result.append(org)
    return result


def matching_bracket(text: str, *, backwards: bool) -> int:
    """Index of the bracket matching the one ending (or starting) ``text``; -1 when none is near."""
    if backwards:
        opening = max(text.rfind("("), text.rfind("["), text.rfind("{"), text.rfind("（"), text.rfind("【"))
        if opening >= 0 and not CLOSER.search(text, opening + 1, len(text) - 1):
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


# the words of a body named for what it stands for or who it gathers ("Health Care for America Now", "Parents for
# Future", "Doctors for America", "Scientists for Global Responsibility"): a field or a group of people, no one's name
CAUSE_WORDS = frozenset("""health care healthcare education justice action science climate peace freedom rights life
    change progress democracy future truth safety families parents mothers fathers moms dads doctors nurses physicians
    scientists students teachers citizens americans veterans women workers kids children youth people friends artists
    lawyers journalists voters neighbors neighbours""".split())


def names_a_cause(left: str) -> bool:
    """Every word before "for" names a field or a group of people: a campaign's or a body's name, no person's."""
    words = left.split()
    return 0 < len(words) <= 3 and all(word.lower() in CAUSE_WORDS for word in words)
