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

import re
from collections.abc import Iterator

from catalog.credits.found import FoundCredit, found
from catalog.credits.names import is_capitalised, is_name, is_placed_name
from catalog.credits.parsing import Reading, is_text_credit, read_credit
from catalog.credits.vocabulary import BRAND, LOWER, UPPER

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


def _is_wire_chain(reading: Reading) -> bool:
    """"Cal Sport Media via AP Images", "AFP-Yonhap": organisations only, one known and every one named so, joined
    by the credit's grammar; two capitalised words of a sentence are never that."""
    orgs = reading.orgs + reading.via_orgs
    return not reading.persons and reading.structured and bool(orgs) and reading.known >= 1 \
        and max(reading.named, reading.known) >= len(orgs)
