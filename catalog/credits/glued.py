"""Credits a scraped page printed with no gap before the next caption's first word, or after the last one.

A page that shows the credit and the caption in two elements may lose the space between
them: "... a slow week. CP/Nathan DenetteSunday, it was on from Ottawa ...", "iPolitics/Sonya
BellWednesday, the Harpers ...", "CP/Jeff McIntoshCALGARY — Natural gas ..." (the next story's
dateline), "... w trakcie protestuTVN24". The credit opens its sentence
and ends where a lower-case letter meets a capital that starts a word of the caption;
it counts only when its grammar shows it (a slash between an organisation and a person's
name, or known organisations joined by "via" or a hyphen: "Cal Sport Media via AP ImagesIndiana
Hoosiers ...", "Reuters-YonhapOver-tourism ..."), never for two words of a sentence ("McDonald",
"iPhone" within prose).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from catalog.credits.agencies import canonical_agency
from catalog.credits.found import FoundCredit, found
from catalog.credits.names import is_capitalised, is_name, is_placed_name
from catalog.credits.organisations import PREFIX_WIRES
from catalog.credits.parsing import Reading, is_text_credit, read_credit
from catalog.credits.vocabulary import BRAND, GLUED_WORDS, LOWER, PARTICLES, UPPER

# a lower-case letter run into a capitalised word that goes on: "DenetteSunday, it", "BellWednesday, the"
# ... or a name in capitals ("JANE ROEThe crowd"), or a name's word of two letters ("Li AnTourists"; not "McDonald")
_GLUE = re.compile(rf"(?:(?<=[{LOWER}]{{2}})|(?<=[{UPPER}]{{2}})|(?<=\s(?!Mc|De|Le|La|Di|Du|Da)[{UPPER}][{LOWER}]))"
                   rf"(?=[{UPPER}][{LOWER}]+[\s,;:-])"
                   # ... or a story's dateline in capitals ("Jeff McIntoshCALGARY — Natural gas ...")
                   rf"|(?<=[{LOWER}]{{2}})(?=[{UPPER}]{{3,}}(?:\s[{UPPER}]{{2,}})*\s?[—–]\s)")
# where the glued credit may open: the text's start, a line's, or a sentence's, spaced or not ("close.REUTERS/")
_OPENING = re.compile(r"(?:^|\n|[.!?][”\"’']?\s+|(?<=[a-zà-ÿ0-9)][.!?]))(?=\S)")
_REACH = 60  # a credit is shorter than this
# a brand glued to the caption's last word: "... w trakcie protestuTVN24"
_BRAND_AT_END = re.compile(rf"(?<=[{LOWER}]{{3}})([A-Z]{{3,5}}\d{{1,3}})$")  # three capitals: not a model ("XC90")


def glued_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """Each credit glued to the caption's next word, or a brand glued to its last one, with its position."""
    if "/" in text or " via " in text or "-" in text:
        for glue in _GLUE.finditer(text):
            end = glue.start()
            if opens_after_slash(text, end):
                continue  # "Name/RiverTown Multimedia": a word opening an outlet's name has its own capitals, no glue
            opening = None
            for opening in _OPENING.finditer(text, max(0, end - _REACH), end):
                pass  # the last sentence opening before the glue
            if opening is None:
                continue
            start = opening.end()
            printed = text[start:end]
            if "/" not in printed and " via " not in printed and "-" not in printed:
                continue
            reading = read_credit(printed)
            if reading is not None and is_text_credit(reading) and (_is_wire_chain(reading) if "/" not in printed
                                                                    else reading.persons and reading.orgs) \
                    and all((is_name(person, strict=True) or is_placed_name(person)) and is_capitalised(person)
                            for person in reading.persons):
                rest = f"{text[:start].rstrip()} {text[end:]}".strip()
                yield start, found(reading, rest, printed, "glued to the next caption's first word")
                return
    brand = _BRAND_AT_END.search(text, max(0, len(text) - 12))
    if brand is not None:
        reading = read_credit(brand[1])
        if reading is not None and not reading.bad and reading.orgs and BRAND.match(brand[1]):
            yield brand.start(), found(reading, text[:brand.start()].rstrip(), brand[1], "glued to the caption's last word")


def opens_after_slash(line: str, at: int) -> bool:
    """Whether the word holding position ``at`` opens right after a credit's slash, capitalised ("/RiverTown")."""
    start = at
    while start > 0 and line[start - 1].isalpha():
        start -= 1
    return start > 0 and line[start - 1] == "/" and line[start].isupper()


def _is_wire_chain(reading: Reading) -> bool:
    """"Cal Sport Media via AP Images", "AFP-Yonhap": organisations only, one known and every one named so, joined
    by the credit's grammar; two capitalised words of a sentence are never that."""
    orgs = reading.orgs + reading.via_orgs
    return not reading.persons and reading.structured and bool(orgs) and reading.known >= 1 \
        and max(reading.named, reading.known) >= len(orgs)


# a caption's last word run into the photographer's given name: "Jamie DimonTom Williams/CQ-Roll Call": three lower-case
# letters, then a capital opening a word (not "McDonald", "LeBron", "MacKenzie": their prefix is shorter or a particle)
_NAME_GLUE = re.compile(rf"(?<=[{LOWER}]{{3}})(?=[{UPPER}][{LOWER}])")
# a surname's prefix joined to the capitalised rest of the surname, never a word of its own: Anglo-Norman "Fitz"
# (FitzGerald, FitzSimons), Gaelic "Mac"/"Mc"/"O'", and the particles (vocabulary.PARTICLES: "DeLuca", "VanDyke")
_SURNAME_PREFIXES = PARTICLES | {"fitz", "ap", "ab"}
# a world wire printed after its photographer, run into the name's last word in capitals before the distributor:
# Getty's "Photo credit should read KOEN VAN WEELAFP via Getty Images" for "KOEN VAN WEEL/AFP via Getty Images"
_WIRES_PRINTED_AFTER = "|".join(sorted((wire.upper() for wire in PREFIX_WIRES if len(wire) >= 3), key=len, reverse=True))
_CAPITALS_THEN_WIRE = re.compile(rf"\b(?P<name>[{UPPER}]{{3,}}?)(?P<wire>{_WIRES_PRINTED_AFTER})(?=\s+via\s)")


def without_glued_caption(text: str, found_credit: FoundCredit) -> FoundCredit:
    """The credit without the caption's last words run into its photographer's name, given back to the caption.

    "Jamie DimonTom Williams/CQ-Roll Call, Inc via Getty Images": a page printed the caption's name and the
    photographer's with no gap. Split only where both sides are whole names of two words or more and the glued word
    does not open with a surname's prefix, so a name with a capital inside it ("Mary FitzGerald Smith", "Jane
    McDonald") stays one."""
    credit = found_credit.credit
    if len(credit.photographers) != 1 or not GLUED_WORDS.search(credit.photographers[0]):
        return found_credit
    name = credit.photographers[0]
    glue = _NAME_GLUE.search(name)
    if glue is None or found_credit.printed.find(name) < 0:
        return found_credit
    before, after = name[:glue.start()], name[glue.start():]
    glued_prefix = before.rsplit(None, 1)[-1].lower()
    if glued_prefix in _SURNAME_PREFIXES or glued_prefix[-1:] in "'’":
        return found_credit
    if len(before.split()) < 2 or len(after.split()) < 2 or not is_name(before, strict=True) \
            or not is_name(after, strict=True):
        return found_credit
    at = found_credit.printed.find(name) + glue.start()
    printed = found_credit.printed[at:]
    reading = read_credit(printed)
    if reading is None or reading.bad or reading.persons != [after] or reading.credit().agency != credit.agency:
        return found_credit
    words = found_credit.printed[:at].strip()
    opening = text.find(found_credit.printed) <= 0  # the caption's words go back where they stood, before or after
    rest = f"{words}\n{found_credit.rest}" if opening else f"{found_credit.rest} {words}"
    return found(reading, rest.strip(), printed, "after the caption's last words run into the photographer's name")


def with_wire_unglued(found_credit: FoundCredit) -> FoundCredit:
    """"KOEN VAN WEELAFP via Getty Images": a world wire run into the name in capitals before it, read as the
    name, a slash and the wire; the printed line is kept as printed."""
    credit = found_credit.credit
    line = credit.credit_line or ""
    match = _CAPITALS_THEN_WIRE.search(line) if " via " in line and credit.photographers else None
    if match is None or not any(match["name"] in person for person in credit.photographers):
        return found_credit
    reading = read_credit(f"{line[:match.end('name')]}/{line[match.start('wire'):]}")
    if reading is None or reading.bad or not reading.persons or canonical_agency(match["wire"]) != reading.credit().agency:
        return found_credit
    unglued = dataclasses.replace(reading.credit(), credit_line=line)
    return dataclasses.replace(found_credit, credit=unglued, how=f"{found_credit.how}; a wire run into the name")
