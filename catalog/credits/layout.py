"""Credits a page sets on lines of their own: the photographer above the wire, "by Name" closing, a name between repeats.

A page that prints the credit as separate elements puts each on its own line:

- the photographer's name on the line above the wire's ("... its path.\\nNoah Berger\\nAP Photo"), or below a
  paper's picture carried by a wire ("...\\nNews Herald via AP\\nAndrew Wardlow"): both lines are the credit, as printed;
- "by Name" alone on the caption's last line ("... at dusk on Nov. 12.\\nby Tomohiro Ohsumi");
- several credits one under the other, one a picture ("Dave J Hogan/Getty Images\nIan Gavan/Getty Images"):
  the whole block is the credit line, every photographer counts, and the agency when all share it;
- an organisation alone on the last line ("... manage park lands.\nU.S. National Park Service");
- the credit right after a gallery's counter, glued to it ("1 de 12Fábio Vieira/Metrópoles", "5 de 12Name"):
  the counter's slot holds the picture's credit, a name alone too;
- a name alone between the caption and its repeat, the first copy URL-encoded from the
  picture's address ("Senior+Malena+Woodward+...\\n\\nAva Rush\\n\\nSenior Malena Woodward ...").
"""

from __future__ import annotations

import dataclasses
import re
from typing import Iterator
from urllib.parse import unquote_plus

from catalog.credits.agencies import canonical_agency, is_office_title, is_organisation_like
from catalog.credits.found import FoundCredit, found
from catalog.credits.names import is_capitalised, is_name, is_place
from catalog.credits.parsing import is_text_credit, read_credit
from catalog.credits.vocabulary import GLUED_WORDS


def is_bare_name(line: str) -> bool:
    """A line that is only a person's name: two to four capitalised words, no organisation, no digits."""
    return 2 <= len(line.split()) <= 4 and len(line) <= 40 and all(char.isalpha() or char in " .'’-" for char in line) \
        and is_name(line, strict=True) and is_capitalised(line) \
        and not is_organisation_like(line) and not canonical_agency(line) and not GLUED_WORDS.search(line) \
        and not is_place(line)


def with_name_above(text: str, credit: FoundCredit) -> FoundCredit:
    """The wire's line closing the caption joined by the photographer's name on the line above it, when one stands there.

    Only below a caption's text (a name line opening the text is its heading) and only for a
    credit that names no one: "Jane Roe/AP" on the last line already says who took it.
    """
    if credit.credit.photographers or not credit.credit.agency:
        return credit
    broken = next((each for _, each in broken_credit_candidates(text)), None)
    if broken is not None and text.rstrip().endswith(broken.printed) \
            and broken.printed.rsplit("\n", 1)[-1].strip() == credit.printed:
        # "...\nAntonio Masiello\nFor ZUMA Press", "...\nJane Roe\n|\nReuters": the credit the page broke over lines
        return dataclasses.replace(broken, how=credit.how + " (" + broken.how + ")")
    lines = text.split("\n")
    if len(lines) >= 3 and lines[-2].strip() == credit.printed and " via " in credit.printed:
        return _with_name_below(lines, credit)
    if len(lines) < 3 or lines[-1].strip() != credit.printed:
        return credit
    name = lines[-2].strip()
    if not is_bare_name(name) or not any(len(line) > 40 for line in lines[:-2]):
        return credit
    printed = f"{name}\n{credit.printed}"
    reading = read_credit(printed.replace("\n", " / "))
    if reading is None or reading.bad or reading.credit().agency != credit.credit.agency \
            or reading.credit().photographers != (name,):
        return credit
    joined = dataclasses.replace(reading.credit(), credit_line=printed)
    return FoundCredit(credit=joined, rest="\n".join(lines[:-2]).rstrip(), printed=printed,
                       how=credit.how + " (the photographer's name on the line above)")


def _with_name_below(lines: list[str], credit: FoundCredit) -> FoundCredit:
    """"...\nNews Herald via AP\nAndrew Wardlow": a gallery prints the source line, then its photographer's name below
    it; both lines are the credit, as printed."""
    name = lines[-1].strip()
    if not is_bare_name(name) or not any(len(line) > 40 for line in lines[:-2]):
        return credit
    reading = read_credit(f"{name} / {credit.printed}")
    if reading is None or reading.bad or reading.credit().agency != credit.credit.agency \
            or reading.credit().photographers != (name,):
        return credit
    printed = f"{credit.printed}\n{name}"
    joined = dataclasses.replace(reading.credit(), credit_line=printed)
    return FoundCredit(credit=joined, rest="\n".join(lines[:-2]).rstrip(), printed=printed,
                       how=credit.how + " (the photographer's name on the line below)")


def with_credit_lines_above(text: str, credit: FoundCredit) -> FoundCredit:
    """The last line's credit joined by the credits on the lines right above it, each naming its photographer."""
    lines = text.split("\n")
    if len(lines) < 2 or lines[-1].strip() != credit.printed or not credit.credit.photographers:
        return credit
    credits = [credit.credit]
    first = len(lines) - 1
    while first > 0:
        if lines[first - 1].strip() in (line.strip() for line in lines[first:]):
            break  # the credit printed twice is one credit ("Name/AP\n\nName/AP")
        reading = read_credit(lines[first - 1].strip())
        if reading is None or reading.bad or not reading.persons or not reading.orgs or not is_text_credit(reading) \
                or "/" not in lines[first - 1]:
            break
        credits.insert(0, reading.credit())
        first -= 1
    if len(credits) < 2:
        return credit
    agencies = {each.agency for each in credits}
    printed = "\n".join(line.strip() for line in lines[first:])
    photographers = tuple(dict.fromkeys(person for each in credits for person in each.photographers))
    joined = dataclasses.replace(credit.credit, credit_line=printed, photographers=photographers,
                                 agency=agencies.pop() if len(agencies) == 1 else None)
    return FoundCredit(credit=joined, rest="\n".join(lines[:first]).rstrip(), printed=printed,
                       how=credit.how + " (several credits, one a line)")


# a credit the page broke over lines: the name, a line holding only the slash or the bar, the outlet ("Joe Amon\n/\n
# Connecticut Public"); or the name, then "For" opening the outlet's line ("Antonio Masiello\nFor ZUMA Press")
_BROKEN_CREDIT = re.compile(r"(?:^|(?<=\n))(?P<name>[^\n/|]{3,40}?)[ \t]*\n[ \t]*(?:(?P<mark>[/|])[ \t]*\n[ \t]*|(?=[Ff]or ))"
                            r"(?P<org>[^\n]{2,60}?)[ \t]*(?=\n|$)")


def broken_credit_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """A photographer's name and the outlet the page printed on lines of their own, the slash or the bar alone on the
    line between them, or "For" opening the outlet's line: one credit, printed as the page broke it. A line-broken
    credit is the page's own element, so it stands before a copy of it in the caption's brackets."""
    if "\n" not in text:
        return
    for match in _BROKEN_CREDIT.finditer(text):
        name, org = match["name"].strip(), match["org"]
        if not is_bare_name(name):
            continue
        joined = f"{name} {match['mark']} {org}" if match["mark"] else f"{name} {org}"
        reading = read_credit(joined)
        if reading is None or reading.bad or reading.persons != [name] or not reading.orgs \
                or not (reading.known or reading.named) or not is_text_credit(reading):
            continue
        credit = dataclasses.replace(reading.credit(), credit_line=match.group())
        rest = f"{text[:match.start()].rstrip()}\n{text[match.end():].lstrip()}".strip()
        yield match.start(), FoundCredit(credit=credit, rest=rest, printed=match.group(),
                                         how="credit found broken over lines of its own")
        return


# "by Name" on the caption's last line, or "By Name." as its last sentence, closed by its own full stop: a story's
# byline after the caption is printed without one ("... at city hall. By Jane Roe")
_BY_LINE = re.compile(r"(?:\n[ \t]*by[ \t]+([^\n]{3,40}?)|(?<=[.!?] )By[ \t]+([^\n!?]{1,38}[^\W\d_]{2})\.)[ \t]*$")


def by_line_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """"by Name" alone on the caption's last line, or "By Name." as its last sentence: the page's credit element or
    the photographer's signature, its "Photo" left unsaid ("... every day. By Debbie Canady.")."""
    match = _BY_LINE.search(text, max(0, len(text) - 50))
    name = match and (match[1] or match[2])
    if not name or not is_bare_name(name) or len(text[: match.start()].strip()) < 20:
        return
    reading = read_credit(name)
    if reading is not None and not reading.bad and reading.persons == [name] and not reading.orgs:
        how = "on the caption's last line" if match[1] else "as the caption's last sentence"
        yield match.start(1 if match[1] else 2), found(reading, text[: match.start()].rstrip(), name,
                                                      f"as \"by\" and a name {how}")


# a name in capitals run on from the caption's last word, a proper noun's, no separator: "... the Six Nations GLYN KIRK"
# (in unaccented capitals only: a name in accented capitals closing a caption is as often its subject, "... à Matignon
# FRANÇOIS BAYROU", review-34)
_CAPITALS_AT_END = re.compile(r"(?<=\s[A-Z][a-z])[a-z]+ ([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,2})$")
_VOWEL = re.compile(r"[AEIOUY]")


def capitals_name_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """A photographer's name in capitals closing a caption written in lower case, run on from its last word.

    Irish and British papers print the agency photographer so ("... the Six Nations GLYN KIRK"),
    after the caption's own last name. Words in capitals the caption's grammar asks for ("... won
    the EURO FINAL", "... against NEW ZEALAND") follow a word in lower case; an organisation's or
    a place's name is no photographer either.
    """
    match = _CAPITALS_AT_END.search(text, max(0, len(text) - 60))
    if match is None or match.start(1) < 30:
        return
    name = match[1]
    words = name.split()
    if not all(_VOWEL.search(word) and len(word) >= 2 for word in words) or not is_name(name, strict=True) \
            or is_organisation_like(name) or is_place(name) or any(canonical_agency(word) for word in words) \
            or is_office_title(text[:match.start(1)].split()[-1]):  # "... with President JOE BIDEN": the subject
        return
    reading = read_credit(name)
    if reading is not None and not reading.bad and reading.persons == [name] and not reading.orgs:
        yield match.start(1), found(reading, text[:match.start(1)].rstrip(), name,
                                   "as a name in capitals run on from the caption's last word")


def organisation_line_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """An organisation's name alone on the caption's last line, below its text: the page's credit element."""
    above, newline, line = text.rpartition("\n")
    line = line.strip()
    if not newline or not 3 <= len(line) <= 60 or len(above) < 40 or line.endswith((".", "!", "?", ":")):
        return
    reading = read_credit(line)
    if reading is not None and not reading.bad and not reading.persons and reading.orgs == [line] \
            and not reading.via_orgs and (reading.known or reading.named) and is_organisation_like(line):
        yield len(above) + 1, found(reading, above.rstrip(), line, "as an organisation alone on the last line")


def name_between_repeats_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """A name alone on a line between two copies of the same caption, one of them URL-encoded ("A+girl+...")."""
    blocks = [block.strip() for block in text.split("\n") if block.strip()]
    if len(blocks) < 3:
        return
    # the caption and its repeat around the name; or, above a longer caption, its title and the title's repeat
    # ("Australian Drought, 2009\nAmy Toensing\nAustralian Drought, 2009\nSisters ride ...")
    for middle in (1,) if len(blocks) == 3 else range(1, min(len(blocks) - 1, 3)):
        if not is_bare_name(blocks[middle]):
            continue
        first, last = (_unquoted(block) for block in (blocks[middle - 1], blocks[middle + 1]))
        if len(first) < 20 or first != last:
            continue
        reading = read_credit(blocks[middle])
        if reading is not None and not reading.bad and reading.persons == [blocks[middle]] and not reading.orgs:
            rest = "\n".join(blocks[:middle - 1] + blocks[middle + 1:])
            yield text.index(blocks[middle]), found(reading, rest, blocks[middle],
                                                    "as a name between the caption and its repeat")
            return


def _unquoted(block: str) -> str:
    return " ".join(unquote_plus(block).split()).rstrip(".")  # "Cash+%2800%29": "Cash (00)"


# a gallery's counter opening the text, the credit glued after it: "1 de 12Name/Metrópoles", "3 of 12Jane Roe"
_COUNTER_THEN_CREDIT = re.compile(r"(?P<number>\d{1,3}) ?(?:/|of|von|de|di|z|av|af|из|з) ?(?P<total>\d{1,3})"
                                  r"(?P<credit>[A-ZÀ-ÞА-Я][^\n]{2,80})$")


def counter_credit_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """The credit in a gallery's slot: glued after the picture's counter, the whole text ("5 de 12Ricardo Stuckert")."""
    match = _COUNTER_THEN_CREDIT.fullmatch(text) if text[:1].isdigit() else None
    if match is None or not 1 <= int(match["number"]) <= int(match["total"]) <= 200:
        return
    reading = read_credit(match["credit"])
    if reading is None or reading.bad or len(reading.persons) != 1 or len(reading.orgs) > 1 \
            or not (is_name(reading.persons[0], strict=True) and is_capitalised(reading.persons[0])):
        return
    yield match.start("credit"), found(reading, "", match["credit"], "after a gallery's counter")
