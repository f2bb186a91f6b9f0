"""Finding the credit a caption prints: at its end, or else at its start, with wire notes set aside."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import lru_cache

from catalog.credits import fields, reader
from catalog.credits.agencies import (
    canonical_agency,
    ends_in_organisation_word,
    fold,
    is_organisation_like,
    is_public_broadcaster,
    opens_on_office_title,
    spells_whole,
    us_service_in,
)
from catalog.credits.brackets import closes_sentence, closing_file_word, lists_sources
from catalog.credits.chrome import before_licensing_link
from catalog.credits.doubled import doubled_credit_at_end
from catalog.credits.given_names import is_given_name
from catalog.credits.glued import with_wire_unglued, without_glued_caption
from catalog.credits.layout import with_credit_lines_above, with_name_above
from catalog.credits.several import with_labelled_credit_before
from catalog.credits.names import is_capitalised, is_name, is_place, matching_bracket, names_the_picture
from catalog.credits.organisations import PREFIX_WIRES
from catalog.credits.parsing import (
    Credit,
    Reading,
    is_bracket_credit,
    is_text_credit,
    names_only_licences,
    read_credit,
    reads_a_sentence,
)
from catalog.credits.reader import FoundCredit
from catalog.credits.reader import found as _found
from catalog.credits.vocabulary import (
    ABBREVIATIONS,
    CLOSERS,
    GLUED_CAPTION,
    GLUED_NAME,
    KOREAN_NAME,
    LABEL,
    LABEL_ANYWHERE,
    LICENCE_ANYWHERE,
    LICENCE_NAME,
    LOWER,
    MAX_CREDIT,
    NAMING_NO_PARTY,
    OPENERS,
    QUALIFIER_WORDS,
    REPORTER_EMAIL,
    RIGHTS_RESERVED,
    STORY_AFTER_CREDIT,
    UPPER,
)

# sentence ends and line breaks; spaced dashes and bars (each regex starts on rare characters: fast)
# ... and a sentence end glued to a capital: "...in Washington.AP Photo/Jane Roe" (not "U.S.")
# ... and a slash glued to the sentence's end ("... Park Won-soon./ Courtesy of Ewha Womans University")
# ... and after a year or a number ("... 28 January 2020.Image source, Name")
_HARD_BOUNDARY = re.compile(r"[.!?](?:[”\"’']?\s+|/\s*|(?<=[a-zà-ÿ)\]][.!?])[”\"’']?(?=[A-ZÀ-Ý])|(?<=\d[.!?])(?=[A-ZÀ-Ý][a-zà-ÿ]))"
                            r"|[।॥۔؟።။。]\s*|\n\s*")  # the sentence ends of other scripts: danda, Urdu, Ethiopic, Burmese, CJK
# "... / EFE", "(Symbolbild) Name/dpa", "... the home of the brave’ Library of Congress photograph"
# ... and Interia's " /Name /PAP", the slash set apart before each part and glued to it
_SOFT_BOUNDARY = re.compile(r"(?<=\s)[-–—―|/]\s+|(?<=[.!?])[–—―]\s*|(?<=[)”’\"])\s+(?=[A-ZÀ-Ý])"
                            r"|(?<=\s)/(?=[A-ZÀ-Ý][^\s/]+(?: [^\s/]+){0,3} /[A-ZÀ-Ý])")
# a wire printing itself first, run on from the caption's last word: "Endonezya REUTERS/Willy Kurniawan"
_WIRE_FIRST = re.compile(r"\s(?=(?:" + "|".join(sorted(w.upper() for w in PREFIX_WIRES)) + r")(?:\s+(?:PHOTO|FOTO))?\s*/)")
# a credit in capitals run on from the caption's last word: "... the mobile phone industry DAVID PAUL MORRIS/GETTY IMAGES"
_CAPITALS_CHAIN = re.compile(r"(?<=[a-zà-ÿ] )(?=[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý'’.-]*){1,3} ?/ ?[A-ZÀ-Ý]{2})")  # a name: two words at least
# a photographer's name and the outlet after a comma closing the caption, with no comma after it:
# "... war on women, Jane Roe/The Daily Ledger via Getty Images"
_COMMA_CHAIN = re.compile(r"(?<=[a-zà-ÿ]), (?=[A-ZÀ-Ý][a-zà-ÿ]+ [A-ZÀ-Ý][\w'’-]+ ?/ ?[A-Z][^,/]*(?:/[^,/]*)?$)")
# a photographer's two names run on from the caption's last word, then the outlet after a slash with no space:
# "... no Bicicultura Antonio Cruz/ABr" (two words, as "Москва Сергей Булкин / ТАСС": not the word before them)
_NAME_RUN_ON = re.compile(r"(?<=\S )(?=[A-ZÀ-Ý][a-zà-ÿ]+ [A-ZÀ-Ý][a-zà-ÿ]+/[A-Z][\w.-]{1,30}$)")
# a Korean reporter's byline run on from a place ("―경기 고양시에서 Name 기자 id@paper.com": in Goyang, Name reporting)
_KOREAN_BYLINE_RUN_ON = re.compile(r"(?<=\s)(?=[가-힣]{2,4} ?기자(?:\s+[\w.+-]+@[\w.-]*)?$)")
_PROVIDER_AFTER_BYLINE = re.compile(r"(?:,\s*|(?<=[)\s]))(?=(?:사진\s?=\s?)?[^\s,()=]{2,20} 제공$)")
_EPA_ID = re.compile(r"^epa\d{5,}\s+", re.I)  # EPA starts its captions with its picture number
# Wire chatter that follows the credit: keyword blocks, editor notes, restriction notes in capitals.
_TRAILING_NOTES = (
    re.compile(r"\s*\((?:released|release|released to public|cleared for release)\)$", re.I),
    re.compile(r"\s*\([^()]{0,80}-\s*Tags:[^()]*\)$"),
    re.compile(r"\s+TPX IMAGES OF THE DAY\.?$"),
    re.compile(r"\s+强制(?:性)?信用$"),  # "Mandatory Credit" after the credit, machine-translated into Chinese
    # AFP's tail, which quotes the credit again: "/ RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO / Name" - ..."
    re.compile(r"\s*(?:[-–—|/]\s*)?RESTRICTED TO EDITORIAL USE\b.*$"),
    re.compile(r"\s+SEARCH [\"“][^\"“”]+[\"”] FOR [^\"“”]*?\.$"),  # Reuters' pointer to a package, quotes straight or curly
    re.compile(r"\s+(?:[-–—|]\s+)?(?:ATTENTION EDITORS?|THIS IMAGE HAS BEEN SUPPLIED BY|THIS PICTURE WAS (?:PROVIDED|SUPPLIED)"
               r"|HANDOUT EDITORIAL USE ONLY|EDITORIAL USE ONLY|FOR EDITORIAL USE ONLY|RESTRICTED TO EDITORIAL"
               r"|MANDATORY CREDIT|NO (?:RE)?SALES|NO ARCHIVES?|NO COMMERCIAL|NOT FOR SALE"
               r"|(?:(?:SOUTH|NORTH|HONG|NEW|SAUDI|SRI) )?[A-Z]{2,}(?: AND (?:(?:SOUTH|NORTH|HONG|NEW|SAUDI|SRI) )?[A-Z]{2,})?"
               r" OUT)\b[^a-z]*$"),  # "CHINA OUT", "AUSTRALIA AND NEW ZEALAND OUT": not for those markets
)
# the same restrictions as a desk prints them in sentence or title case after the credit, opening on a capital, alone
# or after a dash, a bar or a full stop ("Name/Shutterstock Editorial use only", "Name/Reuters - Mandatory Credit",
# "Name/REX/Shutterstock Editorial Use Only. No Book Publishing"); they stack, peeled one at a time. In lower case
# inside a sentence ("... made no sales") they are the caption's words
_RESTRICTION_NOTE = re.compile(
    r"(?:\s*[-–—|/]\s*|\.?\s+)(?=[A-Z])(?:(?:for\s+)?editorial\s+use(?:\s+only)?|restricted\s+to\s+editorial\s+use"
    r"|mandatory\s+credit|no\s+(?:re)?sales?|no\s+archives?|no\s+commercial\s+use|not\s+for\s+(?:sale|resale|commercial\s+use)"
    r"|no\s+book\s+publishing|no\s+merchandising)\.?$", re.I)
_RESTRICTION_ENDS = ("use", "only", "credit", "sale", "sales", "archive", "archives", "publishing", "merchandising")
_RESTRICTION_REACH = 60  # one restriction note is shorter than this; its last word is looked at first (cheap)
# a word without which none of the notes above can match
_NOTE_MARKERS = re.compile(r"eleased?\)|ELEASE|Tags:|TPX|SEARCH|ATTENTION|THIS [IP]|EDITORIAL|RESTRICTED"
                           r"|MANDATORY|NO |OUT|NOT FOR|CLEARED|信用")  # literals only: ~5x faster than with (?i)
# EPA's and the picture desks' marker before the picture's original caption in its own language, or its job number
# ("EPA/Name *** Local Caption *** 51900788", "... *** Local Caption *** C00944073"): the desk's note, no part of the
# credit before it nor of the caption shown
_LOCAL_CAPTION = re.compile(r"\s*\*{2,3}\s*local\s+caption\s*\*{2,3}.*$", re.I | re.S)
# a page's rights notice naming no one, a copyright sign and "all rights reserved" or "reproduction reserved" alone in
# the main news languages ("© RIPRODUZIONE RISERVATA", "© Tous droits réservés"): the page's, naming no party
_RIGHTS_NOTICE = re.compile(r"(?:^|\s)(?:©|ⓒ|\([cC]\))\s*" + RIGHTS_RESERVED + r"\.?$", re.I)
_NOTES_REACH = 600  # wire notes after a credit are shorter than this
_NOTE_LINE = re.compile(r"^(?!.*(?:/|\bBY\b))(?:(?-i:[^a-z]*\b(?:EDITORIAL|RESTRICTED|NO SALES|MANDATORY|OUT)\b[^a-z]*)"
                        r"|(?:restricted to |for )?editorial use only\.?|not for commercial use\.?)$", re.I)
# a wire's restriction note in brackets before its credit: "... (PHOTO NOT FOR SALE) (Yonhap)"
_NOTE_IN_BRACKETS = re.compile(r"\((?=[^()]*\b(?:NOT FOR SALE|EDITORIAL USE|USE ONLY|NO SALES|RESTRICTED)\b)[^()a-z]{3,60}\)$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SPACED_NAME_BEFORE = re.compile(r"[A-ZÀ-Ý][\w.'’-]+ $")  # "…Chung Sung-Jun (Getty Images)"
# A wire story's dateline: the place in capitals, a region, the wire in brackets ("MOSUL, Iraq (AP)").
# (a negated class cannot also allow the spaces of "SÃO PAULO": the city's letters and its marks are two classes)
_DATELINE = re.compile(r"^[^\W\d_a-z](?:[^\W\d_a-z]|[ .'’-])+(?:,\s*[^\W\d_][\w .'’-]{1,40})?\s*\([^()/]{1,40}\)$")
# the print edition under a Korean paper's picture: its date and page ("2025-12-26 33면")
_EDITION_LINE = re.compile(r"\n\d{4}-\d{2}-\d{2}\s+\d{1,3}면$")
_DOUBLED_REACH = 200  # a credit printed twice, with three slashes, stands in the caption's tail
# a licence alone before a separator: its own field of a page or a table, which no credit opens with
_LICENCE_CELL = re.compile(r"\s*" + LICENCE_NAME + r"\s*[|/]\s", re.I)
_START_SEPARATOR = re.compile(r"\n|\s\|\s|\s[—–]\s")

@lru_cache(maxsize=4096)
def split_caption_credit(caption: str) -> tuple[str, Credit | None]:
    """The caption without its credit, and the credit it prints (``find_credit``); else (caption, None).

    A credit line that names no one (a licence alone after its label) is cut from the caption, with None for the credit.
    """
    found = find_credit(caption)
    if found is None:
        return caption, None
    names_someone = found.credit.credit_line is not None or found.credit.agency is not None
    return found.rest, found.credit if names_someone else None


@lru_cache(maxsize=4096)
def find_credit(caption: str) -> FoundCredit | None:
    """The credit a caption prints, wherever it stands, with the reason it was taken; None when none.

    The usual places are read first: the end of the caption (wire notes printed after
    the credit, Reuters keyword blocks, "ATTENTION EDITORS", restriction notes in
    capitals, "(Released)", are set aside with it), then its start. When neither holds
    a credit, the caption is read as a page prints it: markup, HTML entities, carriage
    returns and "hide caption" controls removed, then every candidate is weighed
    (``catalog.credits.reader``). An EPA picture number opening the caption
    ("epa08364041 ...") is removed and, when the caption prints no other credit, gives
    agency EPA with no printed credit line.
    """
    if not caption or not caption.strip():
        return None
    text = caption.strip()
    epa = _EPA_ID.match(text)
    if epa:
        text = text[epa.end():]
    if "*" in text:
        marker = _LOCAL_CAPTION.search(text)
        if marker and marker.start() > 0:
            text = text[:marker.start()].rstrip()  # read before the markup is tidied, which takes the asterisks
    if "©" in text or "ⓒ" in text or "(c)" in text[-64:] or "(C)" in text[-64:]:
        notice = _RIGHTS_NOTICE.search(text, max(0, len(text) - 64))
        if notice:
            text = text[:notice.start()].rstrip()
            if not text:
                return None
    printed_text = text
    tidied = reader.tidy(text)
    if tidied != text:
        text = tidied  # the page's markup is no part of the caption's credit
    window = max(0, len(text) - 160)
    # the name printed again ends the caption, so its last word stands twice near the end: a string count before the
    # pattern, which is costly on every caption
    if text[-1:].isalpha() and text.count(" ") > 3 and text.count(text[text.rfind(" ") + 1:], window) > 1:
        again = _NAME_AGAIN.search(text, window)
        if again:  # "...Name-USA TODAY Sports Name": the photographer's byline field printed after the credit's
            text = text[:again.end("credit")]
    if ":" in text[-120:] and "\n" in text:
        text = _CAMERA_FIELDS.sub("", text)  # "Taken By: Name\nCamera Model: Canon EOS R3": the camera names no party
    found = _usual_places(text)
    if found is None:
        found = reader.find_anywhere(text, _usual_places)
    if found is None:
        found = next((candidate for _, candidate in fields.role_candidates(text)), None)
    if found is None:
        found = _file_word_alone(text)
    if found is not None and ":" in text:
        found = fields.with_creator(text, found)
    if found is not None and "\n" in text and _is_bracketed(text, found.printed):
        found = _page_line_over_copy(text, found)
    if found is not None and found.printed[-1:] in CLOSERS and " " in found.printed:
        found = _before_caption_again(text, found)
    if found is not None and found.credit.photographers and not found.credit.agency:
        found = _venue_credited(_fuller(text, found))
    if found is not None:
        found = _with_styling(text, _without_repeated_subject(text, found))
    if found is not None and found.credit.photographers:
        found = with_wire_unglued(without_glued_caption(text, found))
    if found is not None and "\n" in text:
        found = with_credit_lines_above(text, found) if found.credit.photographers else with_name_above(text, found)
    if found is not None and (found.printed[:1] in "(（" or found.printed[-1:] in ")）") and "\n" in text:
        found = _with_name_before_bracket(text, found)
    if found is not None and (". " in text or ".\n" in text):
        found = with_labelled_credit_before(text, found)
    if found is not None and not found.credit.agency and found.credit.qualifiers and "/" in found.printed:
        found = _acronym_the_caption_names(found)
    if found is not None and not found.credit.agency and found.credit.photographers and text[:1] in "[(":
        found = _wire_of_the_dateline(text, found)
    if found is not None and found.credit.agency:
        service = us_service_in(found.credit.agency, text)
        if service:  # "Army photo by Name" in a caption that names the U.S. Army
            found = dataclasses.replace(found, credit=dataclasses.replace(found.credit, agency=service))
    if found is not None and ":\n" in text and _is_under_role_heading(text, found.printed):
        return None
    if found is not None:
        if text is not printed_text and found.printed in printed_text:  # the caption keeps its own text
            found = dataclasses.replace(found, rest=_trim_end(_without_printed(printed_text, found.printed)))
        return found
    if epa:
        return FoundCredit(credit=Credit(credit_line=None, agency="EPA"), rest=text, printed=epa.group().strip(),
                           how="no credit printed; agency from the EPA picture number")
    return _licence_alone_at_end(text)


# a heading naming the people a list under it holds, none a picture's maker ("Judges:\nName/Paper, Name/Paper"), in the
# main news languages; folded (not "Editors:", "Authors:": who made the page's work may have made its pictures)
_ROLE_HEADINGS = frozenset(fold(word) for word in """judges judge jury jurors panel panelists panellists speakers hosts
    winners finalists members organizers organisers jueces jurado ponentes ganadores juges jurés
    lauréats intervenants juroren gewinner referenten jurados vencedores palestrantes giudici giuria vincitori
    relatori""".split())


def _is_under_role_heading(text: str, printed: str) -> bool:
    """Whether a credit's line stands right under a heading of people's roles ("Judges:"): the list's affiliations,
    "Name/Houston Chronicle", say where each works, not who made a picture."""
    at = text.find(printed)
    start = text.rfind("\n", 0, at) if at > 0 else -1
    heading = text[:start].rstrip().rsplit("\n", 1)[-1].strip() if start > 0 else ""
    return heading.endswith(":") and fold(heading[:-1]) in _ROLE_HEADINGS


_LICENCE_REACH = 60  # a label and a licence alone close the caption within this many characters


def _file_word_alone(text: str) -> FoundCredit | None:
    """"... Lesbos.\n(Archivbild)": the file picture's word alone in brackets on the caption's last line is the page's
    credit element, its line naming no party. Closing the sentence's own line ("... Atatürk. (Arkivfoto)",
    "…导火线。（资料图）") it is the caption's note, which the tables read as no credit (holdout4-29, holdout13-135)."""
    match = closing_file_word(text)
    if match is None or not match.start() or "\n" not in text[match.start():match.start("credit")]:
        return None
    word = match.group("credit")
    return FoundCredit(credit=Credit(credit_line=word, qualifiers=("file",)), rest=_trim_end(text[: match.start()]),
                       printed=text[match.start():].strip(), how="credit found as a file picture's word alone in the "
                                                                 "closing brackets")


def _licence_alone_at_end(text: str) -> FoundCredit | None:
    """"A park in spring. Photo: CC0": a label and a licence alone close the caption. The licence names no one who made
    the picture (docs/credit-tables.md: no credit), but the line is the page's credit element, no part of the caption:
    it is cut from the caption, and the credit found names nothing (no line, no agency, no photographer)."""
    tail = max(0, len(text) - _LICENCE_REACH)
    if LICENCE_ANYWHERE.search(text, tail) is None and "ommons" not in text[tail:]:
        return None
    for label in LABEL_ANYWHERE.finditer(text, tail):
        before = text[:label.start()].rstrip()
        body = text[label.end():].strip().rstrip(".")
        if body and (not before or before[-1] in ".!?\n|") and names_only_licences(body):
            return FoundCredit(credit=Credit(credit_line=None), rest=_trim_end(before), printed=text[label.start():],
                               how="a licence alone after its label: cut from the caption, no one credited")
    return None


def _without_printed(caption: str, printed: str) -> str:
    """The caption as printed without its credit and the page's chrome tidying set aside around it: the Markdown link
    the credit was the text of ("[Name](https://...)"), a wire site's licensing link and the story after it."""
    kept = before_licensing_link(caption)
    caption = kept if printed in kept else caption
    at = caption.find(printed)
    end = at + len(printed)
    if caption[at - 1:at] == "[" and caption[end:end + 2] == "](":
        link = _MARKDOWN_LINK_END.match(caption, end)
        if link:
            at, end = at - 1, link.end()
    return f"{caption[:at].rstrip()} {caption[end:].lstrip()}".strip()


# the rest of a Markdown link after its text: the address and an optional title ("](https://... \"Title\")")
_MARKDOWN_LINK_END = re.compile(r"\]\([^)\s]*(?: \"[^\"\n)]{0,100}\")?\)")


# a Korean wire's dateline and its reporter's byline opening the story: "[서울=뉴시스] 최진석 기자 = ..." (Seoul, Newsis)
_KOREAN_DATELINE = re.compile(r"[\[(][가-힣 ]{1,12}\s?=\s?([^\])\s][^\])]{0,15})[\])]\s*([가-힣]{2,4})\s?기자\s?=")


def _wire_of_the_dateline(text: str, found: FoundCredit) -> FoundCredit:
    """"[서울=뉴시스] 최진석 기자 = ... /사진=최진석": the picture's credit names the reporter the wire's dateline and
    byline name, so the wire is its agency."""
    match = _KOREAN_DATELINE.match(text)
    agency = canonical_agency(match[1]) if match and match[2] in found.credit.photographers else None
    if agency is None:
        return found
    credit = dataclasses.replace(found.credit, agency=agency)
    return dataclasses.replace(found, credit=credit, how=f"{found.how}; the agency from the wire's dateline")


def _acronym_the_caption_names(found: FoundCredit) -> FoundCredit:
    """"Ministro do STF ... | Nelson Jr./STF": an acronym read as a qualifier ("STF", staff) that the caption
    names as an institution is the organisation; otherwise it stays the qualifier.
    """
    for part in found.credit.credit_line.split("/"):
        part = part.strip()
        qualifier = QUALIFIER_WORDS.get(part.lower()) if part.isupper() and part.isalpha() else None
        if qualifier and re.search(rf"\b(?:do|da|of|the|des|du|der|del)\s+{part}\b", found.rest):
            qualifiers = tuple(q for q in found.credit.qualifiers if q != qualifier)
            credit = dataclasses.replace(found.credit, agency=part, qualifiers=qualifiers)
            return dataclasses.replace(found, credit=credit, how=f"{found.how}; {part!r} as the caption names it")
    return found


def _is_bracketed(text: str, printed: str) -> bool:
    """Whether a credit stands in brackets in the text, its own or around it ("(Photo: Getty)")."""
    if printed[:1] in OPENERS:
        return True
    at = text.find(printed)
    return at > 0 and text[at - 1] in OPENERS


def _page_line_over_copy(text: str, copy: FoundCredit) -> FoundCredit:
    """The page's own credit line standing for the caption's bracketed copy of the same credit.

    A page that carries a caption with its credit in brackets prints its own credit element on a line of its own,
    above or below the caption ("Eric Albrecht | Columbus Dispatch\n... (Dispatch photo by Eric Albrecht)"; not "...
    (Barney Sellers/The Commercial Appeal)\n\nPhoto by Barney Sellers"): the page's own line is the credit line wherever
    it stands (docs/credit-tables.md), when it names the same photographer and an agency. A line naming the agency
    alone, or the photographer alone, leaves the fuller copy in brackets the credit, as the tables read it (``_fuller``;
    holdout5's "(Photo by Name/Getty Images)\nGetty Images\n...").
    """
    people = tuple(person.casefold() for person in copy.credit.photographers)
    lines = text.split("\n")
    for line in lines:
        line = line.strip()
        if not line or len(line) > MAX_CREDIT or copy.printed in line or line[:1] in OPENERS:
            continue
        reading = read_credit(line)
        if reading is None or reading.bad or not is_text_credit(reading):
            continue
        credit = reading.credit()
        if not credit.agency or not people or tuple(person.casefold() for person in credit.photographers) != people:
            continue
        rest = "\n".join(part for part in lines if part.strip() != line).replace(copy.printed, "")
        return FoundCredit(credit=credit, rest=_trim_end(rest.strip()), printed=line,
                           how="credit found on a line of its own, the page's own form of the caption's copy")
    return copy


def _before_caption_again(text: str, found: FoundCredit) -> FoundCredit:
    """The credit without the caption printed again after it ("Christian/ Renato (Cauã Reymond) (Foto: Globo/Name/
    Divulgação)\nFoto: Globo/Name/Divulgação Christian/ Renato (Cauã Reymond)"): the words the text opens with, run on
    after the credit's line, are the caption's copy, no party."""
    first = text[:text.find(" ")]
    at = found.printed.find(f" {first} ") if len(first) >= 3 else -1
    if at < 0 or not text.startswith(found.printed[at + 1:]):
        return found
    head = found.printed[:at].rstrip()
    reading = read_credit(head)
    if reading is None or reading.bad or not is_text_credit(reading):
        return found
    start = text.rfind(found.printed)
    rest = f"{text[:start].rstrip()}\n{text[start + len(head):].strip()}".strip()
    return _found(reading, _trim_end(rest), head, f"{found.how}, the caption printed again after it")


def _fuller(text: str, found: FoundCredit) -> FoundCredit:
    """Of one photographer credited twice, the credit that also names the organisation.

    "(U.S. Navy photo by Mass Communication Specialist 2nd Class Jacob Mattingly) ...
    Photo by: MC2 Jacob Mattingly": the caption's credit says whose picture it is.
    """
    surnames = {name.split()[-1] for name in found.credit.photographers if name.split()}
    for _, other in reader.bracket_candidates(text):
        if other.credit.agency and surnames & {name.split()[-1] for name in other.credit.photographers if name}:
            return dataclasses.replace(other, how=f"{other.how}, the fuller of two credits of one photographer")
    if "\n" in text:  # "... Foto: Name/AP\n© Foto: Name": the page's caption, then its shorter credit element
        for _, other in reader.label_candidates(text):
            if other.credit.agency and other.printed != found.printed \
                    and surnames & {name.split()[-1] for name in other.credit.photographers if name}:
                return dataclasses.replace(other, how=f"{other.how}, the fuller of two credits of one photographer")
    if "\n" in text:  # "Illustration by Name\nName for NPR Public Editor": the page's credit element below
        for line in text.split("\n"):
            reading = read_credit(line) if line != found.printed and len(line) <= MAX_CREDIT else None
            if reading is not None and is_text_credit(reading) and reading.known and reading.credit().agency \
                    and surnames & {name.split()[-1] for name in reading.credit().photographers if name}:
                rest = "\n".join(part for part in text.split("\n") if part not in (line, found.printed))
                return _found(reading, rest, line, "on a line of its own, the fuller of two credits of one photographer")
    return found


_BEFORE_VENUE = re.compile(r"(?<!\w)(\w+\s+)(?:at|from)\s+(?:the\s+)?$")  # "chick at ", "concert at the "
_TOWARDS = re.compile(r"(?:look|stare|gaze|glance|smile|laugh|wave|point|shout|yell|aim|throw|fire|swing|lunge|jab"
                      r"|bark|grin|frown|scream|cheer|hurl|direct)(?:s|es|ed|d|ing)?\s", re.I)


def _venue_credited(found: FoundCredit) -> FoundCredit:
    """A credit naming the place the caption says the picture was taken at: the venue, an organisation, lent it.

    "Two-week old king penguin chick at SeaWorld Orlando. Photo by SeaWorld Orlando.": a person is photographed
    at a place, not at a person; the name read as a photographer is the venue's, its agency.
    """
    if len(found.credit.photographers) != 1 or found.credit.agency:
        return found
    name = found.credit.photographers[0]
    at = found.rest.find(name) if " " in name else -1
    while at > 0:  # the name's every place in the caption, read without building a pattern for it
        after = found.rest[at + len(name):at + len(name) + 1]
        venue = _BEFORE_VENUE.search(found.rest, max(0, at - 40), at) if not (after.isalnum() or after in "'’-") \
            else None
        if venue is not None and not _TOWARDS.match(venue[1]):
            break  # "Guests look at Jane Roe": after a verb of looking or aiming, "at" names who, not where
        at = found.rest.find(name, at + 1)
    else:
        return found
    credit = dataclasses.replace(found.credit, agency=name, photographers=())
    return dataclasses.replace(found, credit=credit, how=f"{found.how}, a venue the caption names as where it was")


# "Photograph: Name for the Guardian. Food styling: Name. Prop styling: Name": who styled the picture is part of its credit
_STYLING = re.compile(r"(?:\.\s+(?:(?:Food|Prop|Set|Hair|Fashion)\s+)?(?i:styling|stylist|styled by)\s*:?\s+[^.\n]{2,60})+")


def _with_styling(text: str, found: FoundCredit) -> FoundCredit:
    """The credit with the styling credits printed after it, which the printed line keeps."""
    if "tyl" not in text:
        return found
    at = text.find(found.printed)
    match = _STYLING.match(text, at + len(found.printed)) if at >= 0 else None
    if match is None:
        return found
    line = f"{found.credit.credit_line}{match.group()}"
    rest = f"{text[:at].rstrip()} {text[match.end():].lstrip(' .')}".strip()
    return dataclasses.replace(found, credit=dataclasses.replace(found.credit, credit_line=line),
                               printed=found.printed + match.group(), rest=_trim_end(rest))


_FIRST_PART = re.compile(r"[^/|;,]+")
_WORD = re.compile(r"\S+")


def _without_repeated_subject(text: str, found: FoundCredit) -> FoundCredit:
    """The credit without the caption's last words run into it, when the caption names them again.

    "The Supreme Court Andrew Harnik/Getty Images hide caption The Supreme Court", "Nick Saban
    Chris Graythen/Getty Images Speaking of Nick Saban, ...": the words before the photographer's
    name are the picture's subject, printed again elsewhere in the caption.
    """
    printed = found.printed
    first = _FIRST_PART.match(printed)
    words = first.group().split() if first else []
    if len(words) < 3 or "/" not in printed:
        return found
    at = text.find(printed)
    outside = text[:at] + "\n" + text[at + len(printed):] if at >= 0 else ""
    if " ".join(words) in outside:
        return found  # the credit printed twice ("... hide caption toggle caption Name & Name/Science Source")
    for count in range(len(words) - 2, 1, -1):  # two words at least: one given name is no subject
        subject = " ".join(words[:count])
        if not re.search(r"(?<!\w)" + re.escape(subject) + r"(?!\w)", outside):
            continue
        offset = printed.index(words[count])
        credit_text = printed[offset:]
        reading = read_credit(credit_text)
        if reading is not None and is_text_credit(reading) and reading.persons \
                and all(is_name(person, strict=True) for person in reading.persons):
            rest = f"{text[:at]}{printed[:offset].rstrip()} {text[at + len(printed):].lstrip()}".strip()
            return _found(reading, _trim_end(rest), credit_text, "after the caption's subject, which it names again")
    return found


def _with_name_before_bracket(text: str, found: FoundCredit) -> FoundCredit:
    """A prize list's line, the photographer's name then a bracket of country and outlet ("Burhan Ozbilici (Turkey, The
    Associated Press)", "キャメロン・スペンサー(オーストラリア、Getty Images)"): the bracket found alone is that line's credit,
    the name its photographer and the country no party."""
    at = text.find(found.printed)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    bracket = max(line.rfind("("), line.rfind("（"))
    name = line[:bracket].strip()
    if bracket < 2 or line[-1:] not in ")）" or at + len(found.printed) < end - 1:
        return found  # the bracket found closes a line that opens with the name
    reading = read_credit(line)
    if reading is None or reading.bad or reading.persons != [name] or not reading.orgs:
        return found
    rest = f"{text[:start].rstrip()}\n{text[end:].lstrip()}".strip()
    return _found(reading, rest, line, "on a line of its own, the photographer's name before its bracket")


def _usual_places(text: str) -> FoundCredit | None:
    """The credit at the end of the text (wire notes and the print edition's date line set aside), else at its start."""
    if text[-1:] == "면":
        text = _EDITION_LINE.sub("", text)
    body = _peel_notes(text)
    if " - " in body[:MAX_CREDIT] and (fold(body.split(" - ", 1)[0]) in NAMING_NO_PARTY or LABEL.match(body)):
        # "Divulgação - Magazine ...", "Foto: Anna Schmidt - Kinder spielen ...": the headline would read as a party
        opening = _credit_before_headline(body)
        if opening is not None:
            return opening
    found = _credit_at_end(body)
    if found is not None and "@" in found.printed and REPORTER_EMAIL.search(found.printed):
        return _photo_credit_above_byline(body, found)
    return found or _slashed_source_at_end(body) or _name_photo_at_end(body) or _name_then_agency_brackets(body) \
        or _credit_at_start(body)


# the photographer's name and the agency, each in brackets of its own, closing the caption after its last sentence
_TWO_BRACKETS = re.compile(r"(?<=[.!?] )\((?P<name>[^()]{4,40})\) \((?P<agency>[^()]{2,30})\)$")


def _name_then_agency_brackets(text: str) -> FoundCredit | None:
    """"... lockdown. (Ryan Pierse) (Getty)": a page's two credit elements, each bracketed, the name then the agency."""
    match = _TWO_BRACKETS.search(text, max(0, len(text) - 80)) if text[-1:] == ")" else None
    agency = canonical_agency(match["agency"]) if match else None
    if agency is None:
        return None
    if not _is_bracketed_photographer(match["name"]) \
            or re.search(rf"(?<!\w){re.escape(match['name'].split()[-1])}(?!\w)", text[:match.start()]):
        # a name the caption gives before, whole or by its surname, is who is pictured ("The winner, Jane Doe (23), ...
        # (Jane Doe) (AP)", "Gandhi addresses a rally. (Rahul Gandhi) (ANI)"), as a place or a note on the picture
        # ("(Representative Photo) (PTI)"): that bracket stays the caption's, the wire's alone is the credit
        at = match.start("agency") - 1
        credit = Credit(credit_line=match["agency"], agency=agency)
        return FoundCredit(credit=credit, rest=_trim_end(text[:at]), printed=text[at:],
                           how="in brackets at the end of the caption, after a bracket of the caption's own")
    credit = Credit(credit_line=match.group(), agency=agency, photographers=(match["name"],))
    return FoundCredit(credit=credit, rest=_trim_end(text[:match.start()]), printed=match.group(),
                       how="at the end of the caption, the photographer and the agency in brackets of their own")


def _is_bracketed_photographer(name: str) -> bool:
    """A person's name, not what a bracket after a caption also holds: a place ("(New York)"), an office holder
    ("(President Biden)") or a note on the picture ("(Representative Photo)", "(Video Grab)", "(Photo Credit)")."""
    if not (_is_person(name) and is_capitalised(name) and " " in name) or is_place(name) or names_the_picture(name):
        return False
    return not opens_on_office_title(name)


# a credit whose photographer's name is printed again after it, as the page's byline field
_NAME_AGAIN = re.compile(r"(?P<credit>(?<![\w/])(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,3})\s?[-/]\s?[^\n.:]{2,60}?) (?P=name)$")
# a picture's camera data on lines of their own after the caption, as photo features and galleries print it
_CAMERA_FIELDS = re.compile(r"(?:\n[ \t]*(?:Camera(?:\s+(?:Model|Make|Body|Type))?|Lens|Focal\s+Length|Aperture|Shutter(?:\s+Speed)?"
                            r"|ISO|Exposure(?:\s+Time)?|F-?Stop)\s?:[^\n]*)+\s*$", re.I)
# a small paper's credit closing the caption as a sentence of its own: "... behind the high school. Shannon McFarlin photo."
# ... or after a bar, without its period ("Wet Your Whistle Wins the GI Highlander | Michael Burns photo")
_NAME_PHOTO = re.compile(r"(?:(?<=[.!?] )|(?<= \| ))([A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][\w'’-]+){1,2}) photo\.?$")


def _name_photo_at_end(text: str) -> FoundCredit | None:
    match = _NAME_PHOTO.search(text, max(0, len(text) - 60)) if text.endswith((" photo.", " photo")) else None
    if match is None:
        return None
    name = match[1]
    if not (is_name(name, strict=True) and is_capitalised(name)) or canonical_agency(name) or is_organisation_like(name):
        return None
    credit = Credit(credit_line=f"{name} photo", photographers=(name,))
    return FoundCredit(credit=credit, rest=_trim_end(text[:match.start()]), printed=match.group(),
                       how="at the end of the caption, a name and 'photo'")


# Korean papers close a caption with its source after a slash, set apart from the last sentence ("... 그림. /위키피디아",
# "... 케타민. /서울경찰청 광역수사단"): a reporter's name (two to four syllables), else the organisation as printed
_SLASHED_SOURCE = re.compile(r"(?<=[.!?다])\s+/\s?(?P<source>[가-힣][가-힣A-Za-z0-9]*(?: [가-힣A-Za-z0-9]+){0,2})$")


def _slashed_source_at_end(text: str) -> FoundCredit | None:
    match = _SLASHED_SOURCE.search(text, max(0, len(text) - 40)) if "/" in text[-40:] else None
    if match is None:
        return None
    source = match["source"]
    if KOREAN_NAME.match(source):
        credit = Credit(credit_line=source, photographers=(source,))
    else:
        credit = Credit(credit_line=source, agency=canonical_agency(source) or source)
    return FoundCredit(credit=credit, rest=_trim_end(text[:match.start()]), printed=match.group().strip(),
                       how="at the end of the caption, after a slash set apart from the last sentence")


def _photo_credit_above_byline(text: str, byline: FoundCredit) -> FoundCredit:
    """"...\n사진=Name 기자\nName 기자 id@paper.com": the story's writer signs last; the picture's labelled credit above
    is its credit. A byline with no labelled credit above it signs the picture too."""
    at = text.rfind(byline.printed)
    above = _credit_at_end(text[:at].rstrip()) if at > 0 else None
    if above is not None and LABEL.match(above.printed):
        return dataclasses.replace(above, rest=f"{above.rest}\n{text[at:]}".strip())
    return byline


def _peel_notes(text: str) -> str:
    """The caption with trailing wire notes removed (repeatedly: they stack)."""
    changed = True
    while changed:
        changed = False
        # a restriction in sentence or title case is looked at when the wires' own notes leave the text as it is
        restricted = text[-14:].rstrip(". ").lower().endswith(_RESTRICTION_ENDS)
        last = text[-1:]
        if last == ")" and "Tags:" not in text[-160:] and "eleas" not in text[-32:].lower():
            break  # "(AP Photo/Name)": no "(Released)", no Reuters keyword block
        if last == ")" or not last.islower() and _NOTE_MARKERS.search(text, max(0, len(text) - _NOTES_REACH)):
            for pattern in _TRAILING_NOTES:
                match = pattern.search(text, max(0, len(text) - _NOTES_REACH))
                if match and match.start() > 0:
                    text, changed = text[: match.start()].rstrip(), True
        elif not restricted:
            break  # notes end in capitals or "DAY."; most captions carry none
        if not changed and restricted:
            note = _RESTRICTION_NOTE.search(text, max(0, len(text) - _RESTRICTION_REACH))
            if note and note.start() > 0:
                text, changed = text[:note.start()].rstrip(), True
    return text


def _credit_at_end(text: str) -> FoundCredit | None:
    stripped = text[:-1].rstrip() if text.endswith((".", "。")) and text[:-1].rstrip()[-1:] in CLOSERS else text
    if stripped and stripped[-1] in CLOSERS:
        start = matching_bracket(stripped, backwards=True)
        if start < 0 and not any(opener in stripped for opener in OPENERS):
            stripped = text = stripped[:-1].rstrip()  # "WANG ZHAO/ AFP via Getty Images)": the page cut its opening off
    if stripped and stripped[-1] in CLOSERS:
        if start < 0:
            return None
        before = stripped[:start].rstrip()
        reading = read_credit(stripped[start + 1:-1])
        inner = stripped[start + 1:-1]
        if stripped is not text and before[-1:] not in ".!?。！？" and reading is not None and lists_sources(reading):
            return None  # "... drew crowds (France Bleu, Ouest-France).": the sentence's sources, inside its period
        after_sentence = not before or before[-1] in ".!?\"”’'。！？" or stripped[:start].endswith("\n") \
            or before[-1] == ")" and _NOTE_IN_BRACKETS.search(before) is not None \
            or not inner.isascii() and canonical_agency(inner) is not None \
            or closes_sentence(reading, before, period=stripped is not text)  # "…山南市(共同)", "…(أ.ب)"
        if reading is not None and is_bracket_credit(reading, after_sentence=after_sentence):
            if inner[:24].lower() == "photo credit should read":
                return _instructed_credit(before, stripped[start:], reading)
            if before.endswith(")") and reading.persons:
                first = _first_of_doubled(before, reading)
                if first is not None:
                    return first
            elif reading.persons and reading.persons[0] in before[-MAX_CREDIT:]:
                first = _credit_before_its_copy(before, stripped[start:], reading)
                if first is not None:
                    return first
            named = _photographer_before_bracket(before, stripped[start:], reading)
            if named is not None:
                return named
            return _found(reading, _trim_end(before), stripped[start:], "in brackets at the end of the caption")
        if "@" in inner and _EMAIL.fullmatch(inner):
            pass  # "일요시사=천재율 기자(id@ilyosisa.co.kr)": the reporter's address closes the byline, read whole below
        elif not stripped[:start].endswith((" ", "\n")) or not _SPACED_NAME_BEFORE.search(stripped, 0, start):
            return None  # "Chung Sung-Jun (Getty Images)" is read below; "(2008)" or "(left)" is no credit
        text = stripped
    if "/" in text and text.count("/", -_DOUBLED_REACH) >= 3:
        twice = doubled_credit_at_end(text)
        if twice is not None:
            return twice
    starts = _tail_starts(text)
    for index, start in enumerate(starts):
        if index + 1 < len(starts) and _LICENCE_CELL.match(text, start):
            continue  # "| CC BY-SA 4.0 | Name, CC BY-SA 4.0, via Wikimedia Commons |": a table's licence column, no credit
        reading = read_credit(text[start:])
        if (reading is None or reading.bad) and text.startswith("By ", start):
            reading = _by_photographer_of(text[start + 3:])
        if text[start - 2:start] == "/ " and _is_paper_title(text[start:]) \
                and (reading is None or not reading.persons and not is_text_credit(reading)):
            # "... in Southaven Max Gersh / The Commercial Appeal": a paper no table knows after the slash, the
            # photographer's name run on from the caption before it
            start, reading = _name_before_slash(text, start, reading)
        if reading is None or not (is_text_credit(reading) or _is_dashed_source(text, start, reading)
                                   or _is_initials_credit(text, start, reading)
                                   or _is_source_after_date(text, start, reading)):
            continue
        if reading.labelled and STORY_AFTER_CREDIT.search(reading.credit_line or ""):
            continue  # "Фото: Соцсети  На этой фотографии ...": the story goes on after the page's gap, read mid-caption
        if reading.loose_names and not reading.labelled:
            for later in starts[index + 1:]:  # "Sir Jony Ive - David Paul Morris/Bloomberg": the caption's last words
                tail = read_credit(text[later:])
                if tail is not None and is_text_credit(tail) and tail.known and not tail.loose_names:
                    start, reading = later, tail
                    break
        if not reading.persons and start >= 2 and text[start - 2:start] == "/ ":
            start, reading = _name_before_slash(text, start, reading)
        if ";" in reading.credit_line and any("," in person or len(person.split()) > 3 for person in reading.persons):
            run_on = _names_run_on(text, start)  # "Hillary Clinton, Ted Cruz and Bernie Sanders Jane Roe; John Doe"
            if run_on is not None:
                return run_on
        if reading.persons and not reading.orgs and reading.made is None and GLUED_CAPTION.search(text, start):
            # (not several credits sharing no agency: "A/FilmMagic // B/Reuters" names an organisation in each)
            glued = _before_glued_caption(text, start)
            if glued is not None:
                return glued
        return _found(reading, _trim_end(text[:start]), text[start:], _where_ending(text, start))
    if starts and ";" in text[starts[0]:]:
        return _names_run_on(text, starts[0])
    return None


_NAME_REACH = 40  # a name, or a user name, before the bracket is shorter than this
# a stock contributor's user name, one word in a shape no person's name is printed in: capitals glued after lower case
# ("KanawatTH"), a digit or an underscore ("jdoe_photo", "Sunny3113"), or all in lower case ("patat")
_USER_NAME = re.compile(r"^(?=[\w.-]*(?:[a-z][A-Z]|\d|_)|[a-z0-9_.-]+$)[A-Za-z][\w.-]{2,29}$")


def _photographer_before_bracket(before: str, bracketed: str, reading: Reading) -> FoundCredit | None:
    """"KanawatTH (Getty Images/iStockphoto)", "... at dawn. John Smith (Getty Images/iStockphoto)": a name opening its
    sentence or line, then a known agency's chain in brackets, is the photographer (or the stock site's contributor) and
    the agency, as El País prints "Name (Getty Images)"; a sentence before the bracket ("Obama speaks (Getty Images/…)")
    or a single word of the caption ("Sunset (…)") names no one."""
    if reading.persons or reading.labelled or not reading.orgs or not reading.known or not before or before[-1:] in ".!?)":
        return None
    window = max(0, len(before) - _NAME_REACH)
    at = before.rfind("\n", window) + 1
    for end in (". ", "! ", "? "):
        stop = before.rfind(end, window)
        at = max(at, stop + 2 if stop >= 0 else 0)
    if at == 0 and window:  # (no boundary within reach: a sentence's words)
        return None
    name = before[at:].strip()
    if not name or (" " in name and not (is_name(name, strict=True) and is_capitalised(name) and _is_person(name)
                                         and not is_place(name) and not is_organisation_like(name)
                                         and not canonical_agency(name))) \
            or " " not in name and not _USER_NAME.match(name):
        return None
    agency = reading.credit()
    credit = Credit(credit_line=f"{name} {bracketed}", agency=agency.agency, photographers=(name,),
                    distributor=agency.distributor, qualifiers=agency.qualifiers)
    return FoundCredit(credit=credit, rest=_trim_end(before[:at]), printed=f"{name} {bracketed}",
                       how="at the end of the caption, a name and its agency's chain in brackets")


def _is_paper_title(text: str) -> bool:
    """"The Commercial Appeal": a title under "The", every word capitalised, as papers name themselves."""
    words = text.split()
    return 2 <= len(words) <= 5 and words[0] in ("The", "THE") and all(word[:1].isupper() for word in words)


def _by_photographer_of(text: str) -> Reading | None:
    """"By Name, Courier Journal" closing a caption: the photographer and the paper, "by" their label.

    A bare "By Name" is a story's byline as often as a picture's credit; the paper named with
    the photographer makes it the picture's.
    """
    reading = read_credit(text)
    if reading is None or not reading.structured or not reading.orgs or len(reading.persons) != 1 \
            or not (reading.known or reading.named) or not is_name(reading.persons[0], strict=True):
        return None
    return reading


def _before_glued_caption(text: str, start: int) -> FoundCredit | None:
    """"foto: Name CortésČeská pozice": the credit ends where the next element's words were glued to the name."""
    glue = GLUED_CAPTION.search(text, start)
    reading = read_credit(text[start:glue.start()]) if glue else None
    if reading is None or not is_text_credit(reading) or not reading.persons \
            or not all(is_name(person, strict=True) and is_capitalised(person) for person in reading.persons):
        return None
    rest = f"{_trim_end(text[:start])} {text[glue.start():]}".strip()
    return _found(reading, rest, text[start:glue.start()], "at the end of the caption, the next words glued to it")


def _names_run_on(text: str, start: int) -> FoundCredit | None:
    """"... Ted Cruz and Bernie Sander Justin Sullivan; Andrew Harrer; Bob Levey/Getty Images": the caption runs
    into the first of several photographers, whose name is as long as the others'."""
    semicolon = text.find(";", start)
    words = list(_WORD.finditer(text, start, semicolon))
    others = [part.split("/")[0].split() for part in text[semicolon + 1:].split(";")]
    sizes = Counter(len(name) for name in others if 2 <= len(name) <= 3)
    for size, _ in sizes.most_common(1):
        if len(words) <= size:
            continue
        begin = words[-size].start()
        reading = read_credit(text[begin:])
        if reading is not None and is_text_credit(reading) and len(reading.persons) > 1 \
                and all(is_name(person, strict=True) for person in reading.persons):
            return _found(reading, _trim_end(text[:begin]), text[begin:], "at the end of the caption, run into its words")
    return None


def _name_before_slash(text: str, start: int, reading: Reading) -> tuple[int, Reading]:
    """"… метров Сергей Савостьянов / ТАСС": the photographer's name run on from the caption before the slash."""
    words = text[max(0, start - 80): start - 2].split()
    if words and words[-1].startswith("@") and len(words[-1]) > 2:  # "@koord_shtab / Telegram": an account
        wider = text.rfind(words[-1], 0, start - 2)  # "@name/ Site" and "@name / Site" alike
        longer = read_credit(text[wider:]) if wider >= 0 else None
        if longer is not None and is_text_credit(longer):
            return wider, longer
    for count in (2,):  # "Москва Сергей Булкин / ТАСС": two words, not the place before them
        if len(words) < count:
            continue
        name = " ".join(words[-count:])
        if is_name(name, strict=True) and is_capitalised(name):
            wider = text.rfind(name, 0, start)
            longer = read_credit(text[wider:])
            if longer is not None and is_text_credit(longer) and longer.persons == [name]:
                return wider, longer
    return start, reading


def _where_ending(text: str, start: int) -> str:
    label = _label_opening(text[start:])
    if label is not None:
        return f"at the end of the caption after {label!r}"
    return "at the end of the caption" if start else "as the whole caption"


@lru_cache(maxsize=4096)
def _label_opening(credit: str) -> str | None:
    """The label opening a credit, None when none: kept, as credit lines recur and the labels' pattern is long."""
    label = LABEL.match(credit)
    return label.group().strip() if label else None


def _tail_starts(text: str) -> list[int]:
    """Where a trailing credit may begin, earliest first.

    A credit never holds a sentence end or a line break, so it starts after the last
    one; a spaced dash after that may also start it ("... - EFE", but also
    "Photo by Yuri Gripas - Pool via CNP", which is why the earliest is tried first).
    """
    length = len(text)
    window_start = max(0, length - MAX_CREDIT)
    marks = [match for match in _HARD_BOUNDARY.finditer(text, window_start) if match.end() < length]
    hard = 0 if window_start == 0 else -1
    for match in reversed(marks):  # the last sentence end that is not "W." or "Sgt."
        found = match.group()
        if found[0] != "\n" and "\n" not in found:
            before = text[max(0, match.start() - 24): match.start()].rsplit(None, 1)
            word = before[-1].rsplit(".", 1)[-1].rsplit("/", 1)[-1].lower() if before else ""  # "…/Univ. of …"
            if (len(word) == 1 and word.isalpha()) or word in ABBREVIATIONS:
                continue  # "David W. Cerny", "U.S. Navy", "Sgt. Kyle Davis"
        elif text[match.end():match.end() + 1] == "/" or text[match.start() - 1:match.start()] == "/":
            continue  # "NAME\n/\nReuters": a page printing each part of the credit on its own line
        hard = match.end()
        break
    if hard < 0:
        return []
    starts = [hard] + [m.end() for m in _SOFT_BOUNDARY.finditer(text, hard) if m.end() < length]
    if text[hard:hard + 12].lstrip()[:3].rstrip(".") in _MONTHS:
        year = _AFTER_YEAR.search(text, hard, hard + 24)  # "Aug. 15, 2019 Name/Courier Journal": the day, then the credit
        if year:
            starts.append(year.end())
            starts.sort()
    if "; " in text[hard:]:
        starts.extend(m.end() for m in _AFTER_DATE_SEMICOLON.finditer(text, hard))
        starts.sort()
    if ". " in text[hard:]:
        starts.extend(m.end() for m in _DAY_MONTH_ABBREVIATED.finditer(text, hard))  # "Zürich, 25. Sept. Keystone / Name"
        starts.sort()
    if "/" in text[hard:]:
        if not text.isascii() and "日" in text[hard:]:
            starts.extend(m.end() for m in _DAY_GLUED.finditer(text, hard))  # "...9 月 13 日Name/AP写真"
        starts.extend(m.end() for m in _WIRE_FIRST.finditer(text, hard))
        starts.extend(m.end() for m in _CAPITALS_CHAIN.finditer(text, hard))
        if text.find(", ", max(hard, length - MAX_CREDIT)) >= 0:
            starts.extend(m.end() for m in _COMMA_CHAIN.finditer(text, max(hard, length - MAX_CREDIT)))
        starts.extend(_given_name_before_slash(text, hard))
        slash = text.rfind("/")
        if text[slash - 1:slash].islower() and text[slash + 1:slash + 2].isupper() and " " not in text[slash:]:
            starts.extend(m.end() for m in _NAME_RUN_ON.finditer(text, max(hard, length - 80))  # "...Name Surname/ABr"
                          if _is_person(text[m.end():text.index("/", m.end())]))
        starts.sort()
    if "기자" in text[hard:] and text.endswith("제공"):  # the reporter's byline, then who provided the picture:
        # "Name 기자 id@paper.com, 사진=Provider 제공", "Name 기자 id@paper.com(desk) Provider 제공"
        starts.extend(m.end() for m in _PROVIDER_AFTER_BYLINE.finditer(text, max(hard, length - 80)))
        starts.sort()
    if "기자" in text[hard:]:
        starts.extend(m.end() for m in _KOREAN_BYLINE_RUN_ON.finditer(text, max(hard, length - 60)) if m.end() > starts[-1])
    if " via " in text[hard:] and "/" in text[hard:]:
        # "... after reaching his century Action Images via Reuters/Matthew Childs": a known organisation's chain via a
        # wire run on from the caption's last word, as Reuters' sports captions print it
        starts.extend(m.start("org") for m in _VIA_CHAIN_RUN_ON.finditer(text, hard) if canonical_agency(m["org"]))
        starts.sort()
    if " | " in text[hard:]:
        bar = text.rfind(" | ", hard)
        before = text[hard:bar]
        if len(_LOWER_WORD.findall(before)) >= 3 and not _CREDIT_WORD.search(before) \
                and not any(_is_slashed_credit(text[start:bar]) for start in starts if start < bar):
            # "... 2017, Myanmar | Adnan Abidi - Reuters": the caption's words before the bar, the credit after it; not
            # "..., Jane Doe/Getty Images | The Times", where a slashed credit ends at the bar
            starts = [start for start in starts if start > bar]
    return starts


# a capitalised word, one or two more, then a credit's slash: where a name run on from the caption may open; not before
# Interia's " /Name /PAP", whose slash, set apart before and glued after, opens the credit's every part
_NAME_BEFORE_SLASH = re.compile(r"(?<=\s)(?=(?P<given>[A-ZÀ-Þ][a-zà-ÿ'’-]+)(?: [A-ZÀ-Þ][\w'’-]+){1,2}(?:/ ?| / )[A-ZÀ-Þ])")


def _given_name_before_slash(text: str, hard: int) -> list[int]:
    """Where a photographer's name run on from the caption opens, by its given name: "... at Landers Center in
    Southaven Max Gersh / The Commercial Appeal". The list of given names tells where the caption's capitalised words
    end; not after another slash, a semicolon or a bar (a credit already began), nor inside an open bracket."""
    slash = text.find("/", hard)
    if slash < 0:
        return []
    # a match after the first slash has a slash before it: only the words just before the first one can open the name
    return [match.start() for match in _NAME_BEFORE_SLASH.finditer(text, max(hard, slash - 80), slash + 3)
            if is_given_name(match["given"]) and not any(mark in text[hard:match.start()] for mark in "/;|")
            and text.count("(", hard, match.start()) <= text.count(")", hard, match.start())]


def _is_slashed_credit(text: str) -> bool:
    """"Jane Doe/Getty Images": a credit's grammar (a slash) joining parties only, no word of the caption."""
    if "/" not in text:
        return False
    reading = read_credit(text.strip())
    return reading is not None and reading.structured and not reading.bad and bool(reading.persons or reading.orgs)


_VIA_CHAIN_RUN_ON = re.compile(r"(?<=[a-zà-ÿ] )(?P<org>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2}) via [A-Z][\w ]{1,20}\s?/\s?[A-Z]")
_LOWER_WORD = re.compile(r"(?<!\S)[a-zà-ÿ]{2,}(?![\w/])")
_CREDIT_WORD = re.compile(r"\b(?:by|via|courtesy|photos?|fotos?|credits?|for)\b", re.I)


def _is_person(name: str) -> bool:
    return is_name(name, strict=True) and not is_organisation_like(name) and not canonical_agency(name)


# a Japanese caption's date, its day (日) glued to a credit in katakana: "2022 年 9 月 13 日コスティアンティン・リベロフ/AP写真"
_DAY_GLUED = re.compile(r"日(?=[\u30a0-\u30ff]{2,30}\s?/\s?[^\s/]{2,20}$)")
# a credit after a semicolon that follows the picture's date: "...: January 25, 2020; Harrison News-Herald, JD Long"
_AFTER_DATE_SEMICOLON = re.compile(r"(?<=\b(?:19|20)\d\d); (?=[A-Z])")
_MONTHS = frozenset("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())
# a day before its month's abbreviation, as German, Nordic and Slavic languages print a date ("25. Sept.", "3. Okt."): the
# abbreviation's stop ends the date, and the credit may follow it
_DAY_MONTH_ABBREVIATED = re.compile(r"(?:(?<=\d\.\s)|(?<=\d\.))(?:Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Oct|Nov|Dez|Dec)"
                                    r"\.\s+(?=[A-ZÀ-Þ])")
_AFTER_YEAR = re.compile(r"\b(?:19|20)\d\d\.? (?=[A-Z])")
_DASH_AFTER_SENTENCE = re.compile(r"[.!?][”\"’']?\s*[–—]\s*$")
_CAMEL_BRAND = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]*)+[A-Z]*$")  # "DawnNewsTV": one word, its parts capitalised


_INITIALS = re.compile(r"^(?:[A-ZÀ-Ý]\.-?\s?){2,3}$")  # "G.F.", "J.-M. L.": a photographer signing with initials
_SEPARATOR_AFTER_SENTENCE = re.compile(r"[.!?][”\"’']?\s*(?:[–—]|\s-)\s*$")


def _is_initials_credit(text: str, start: int, reading: Reading) -> bool:
    """"... arrière-plan. - G.F./Metronews": initials, a slash and the outlet, set after the last sentence by a dash
    (French papers' staff credit); initials inside a sentence are no credit."""
    person = reading.persons[0] if len(reading.persons) == 1 else ""
    return len(reading.orgs) == 1 and not reading.via_orgs and bool(person) \
        and reading.credit_line == f"{person}/{reading.orgs[0]}" \
        and (_INITIALS.match(person) is not None or " " in person and is_name(person, strict=True)
             and is_capitalised(person)) and reading.orgs[0][:1].isupper() \
        and _SEPARATOR_AFTER_SENTENCE.search(text, 0, start) is not None  # "... – AMIRUL SYAFIQ/THESUN"


def _is_source_after_date(text: str, start: int, reading: Reading) -> bool:
    """"...: October 17, 2018; West Central Tribune": a paper alone after the picture's date and a semicolon."""
    return not reading.persons and not reading.via_orgs and reading.orgs == [reading.credit_line] \
        and start >= 6 and _AFTER_DATE_SEMICOLON.match(text, start - 2) is not None \
        and ends_in_organisation_word(reading.credit_line)


def _is_dashed_source(text: str, start: int, reading: Reading) -> bool:
    """"... on June 25, 2026. — PPI Images": one organisation no table knows, set after the last sentence by a dash
    (the South Asian papers' credit form); a person there is the quote's author, no credit."""
    if reading.persons or reading.via_orgs or len(reading.orgs) != 1 or not _DASH_AFTER_SENTENCE.search(text, 0, start):
        return False
    org = reading.orgs[0]
    return bool(reading.named or _CAMEL_BRAND.match(org)) and org == reading.credit_line


def _first_of_doubled(before: str, second: Reading) -> FoundCredit | None:
    """"(Name/Florida Keys News Bureau via AP)(Name/AP)": the credit printed twice, the first form whole; it names
    who made the picture, the second only the wire that carried it."""
    start = matching_bracket(before, backwards=True)
    if start < 0:
        return None
    reading = read_credit(before[start + 1:-1])
    if reading is None or reading.bad or reading.persons != second.persons or not is_bracket_credit(
            reading, after_sentence=True):
        return None
    return _found(reading, _trim_end(before[:start].rstrip()), before[start:],
                  "in brackets at the end of the caption (printed twice, the first taken)")


def _instructed_credit(before: str, bracket: str, reading: Reading) -> FoundCredit:
    """"AFP PHOTO / Name (Photo credit should read NAME/AFP/Getty Images)": the wire's instruction names the line to
    print; the wire's own form of it just before, naming the same photographer, is its copy and leaves the caption too."""
    first = _credit_at_end(before)
    if first is not None and before.endswith(first.printed) and first.credit.photographers \
            and [name.casefold() for name in first.credit.photographers] == [name.casefold() for name in reading.persons]:
        before = before[: -len(first.printed)].rstrip(" /")
    return _found(reading, _trim_end(before), bracket, "in brackets at the end of the caption, as the wire says it "
                                                       "should read")


def _credit_before_its_copy(before: str, bracket: str, second: Reading) -> FoundCredit | None:
    """"Photographer: Name/Bloomberg via Getty Images (Name/Getty Images)": the credit, then a shorter copy of it
    in brackets; the first names who made the picture, and the printed line keeps both as the page printed them."""
    first = _credit_at_end(before)
    if first is None or first.credit.photographers != tuple(second.persons) or not first.credit.agency \
            or not before.endswith(first.printed):
        return None
    printed = f"{first.printed} {bracket}"
    line = f"{first.credit.credit_line} {bracket}"
    return dataclasses.replace(first, credit=dataclasses.replace(first.credit, credit_line=line), printed=printed,
                               how=f"{first.how} (printed again in brackets, the first taken)")


def _credit_at_start(text: str) -> tuple[str, Credit] | None:
    """A credit opening the caption: Shutterstock's "Mandatory Credit: Photo by ..." line, or "(Credit) ..."."""
    if not text:
        return None
    if text[0] in OPENERS:
        end = matching_bracket(text, backwards=False)
        if end > 0:
            reading = read_credit(text[1:end])
            if reading is not None and not reading.bad and not reads_a_sentence(reading) \
                    and (reading.labelled or reading.photo_by or (reading.known and reading.structured)) \
                    and not (text[end + 1:].lstrip()[:1] in "-–—" and reader.is_story_source(reading)):
                return _found(reading, text[end + 1:].lstrip(" -–—:|\n"), text[:end + 1],
                              "in brackets opening the caption")
        return None
    lines = text.split("\n")
    skipped = 0
    while skipped < len(lines) - 1 and _NOTE_LINE.match(lines[skipped].strip()):
        skipped += 1  # "RESTRICTED TO EDITORIAL USE" above Shutterstock's credit line
    first = "\n".join(lines[skipped:])
    separator = _START_SEPARATOR.search(first, 0, MAX_CREDIT + 1)
    opening = _credit_before_headline(first, separator)
    if opening is not None:
        return opening
    if separator is None:
        return _capitals_name_and_outlet_opening(first)
    label = LABEL.match(first)
    if label is None and not first[:1].isupper():
        return None
    if label is None and _DATELINE.match(first[: separator.start()]):
        return None  # "TOKYO (Reuters) –": a wire story's dateline, not a picture's credit
    reading = read_credit(first[: separator.start()])
    if reading is None or reading.bad:
        return None
    if label is not None and reading.labelled and not any(GLUED_NAME.search(name) for name in reading.persons):
        # "Credit: Edwin KooLake Mahodand, ...": a name glued to the caption's first word is read anywhere
        return _found(reading, first[separator.end():].strip(), first[: separator.start()],
                      f"opening the caption after {label.group().strip()!r}")
    if reading.known and is_text_credit(reading) and ": " not in first[: separator.start()]:
        # "IMAGO / Name | caption", "Name-USA TODAY Sports" above the story; not "Creator: Icon Sportswire"
        return _found(reading, first[separator.end():].strip(), first[: separator.start()], "opening the caption")
    return None


# a photographer's name, in capitals or as names are printed, a slash and the outlet, opening the caption with no
# separator after it
_CAPITALS_NAME_OUTLET = re.compile(r"(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,3}) ?/ ?(?=[A-ZÀ-Þ])")
_NAME_OUTLET = re.compile(r"(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: (?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ][a-zà-ÿ'’-]+)){1,3}) ?/ ?(?=[A-ZÀ-Þ])")
_OUTLET_WORDS = 5  # an outlet's name is at most this many words ("The Sydney Morning Herald")


def _capitals_name_and_outlet_opening(text: str) -> FoundCredit | None:
    """"ALDEN WILLIAMS/The Press Flaxton farmer Rodney Beck ...", "Tyler Russell / Connecticut Public Bianca Pierce,
    mother of ...": a name, the outlet after the slash, the caption run on after it, as the New Zealand papers' and US
    public media's pages print it. The outlet is the longest run of the words after the slash that names an
    organisation by what it is (its last word an organisation word: "The Press"; a state's public broadcaster) or that
    the table spells whole ("Getty Images", not "Getty Images Emmanuel" before "Macron speaks"), the caption's sentence
    after it (a capitalised word, then lower case)."""
    match = (_CAPITALS_NAME_OUTLET if text[1:2].isupper() else _NAME_OUTLET).match(text)
    name = (match["name"].title() if text[1:2].isupper() else match["name"]) if match else ""
    if not name or not is_name(name, strict=True) or is_place(name) or opens_on_office_title(name) \
            or canonical_agency(name) or is_organisation_like(name):
        return None  # "NEW YORK/Reuters ...", "PRIME MINISTER/The Press ...": a dateline, an office, not a name
    words = text[match.end():].split(" ")
    for count in range(min(_OUTLET_WORDS, len(words) - 2), 0, -1):
        outlet, after = " ".join(words[:count]), words[count:]
        if not (after[0][:1].isupper() and any(word[:1].islower() for word in after[1:4])) or after[0].isupper() and after[0].isalpha():
            continue  # a word in capitals goes on with the credit: "NAME / THE CANADIAN PRESS FILES Ottawa ..." (not "U.S.")
        if spells_whole(outlet) or ends_in_organisation_word(outlet) or is_public_broadcaster(outlet):
            printed = text[:match.end()] + outlet
            reading = read_credit(printed)
            if reading is not None and not reading.bad and reading.persons and reading.orgs:
                return _found(reading, " ".join(after), printed, "opening the caption, a name and its outlet")
    return None


# a spaced hyphen, then a headline or a sentence: words, one of them in lower case ("Agência Brasil - Facebook está
# envolvido em escândalo ...", "Name/Site - Ao superar violência, ...")
# (in the Latin, Cyrillic and Greek alphabets: "Фото: Name - Дети играют в парке ..."; in a script without capitals,
# four words or more: Hebrew, Arabic, the Indic scripts, Thai, Georgian, Korean)
_HEADLINE_AFTER = re.compile(rf"\s-\s(?=[{UPPER}Ѐ-ЯΆ-Ω][\w’'-]*(?:\s+[\w’'-]+){{0,2}}\s+[{LOWER}а-џά-ώ]{{2,}}\s+\S+\s+\S"
                             r"|[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff\uac00-\ud7af]\S*(?:\s+\S+){3})")


def _credit_before_headline(text: str, separator: re.Match[str] | None = None) -> FoundCredit | None:
    """A credit opening a picture's title before a hyphen and its headline, as a page's picture title prints it: a
    known organisation ("Agência Brasil - Facebook está envolvido ..."), a word printed in place of any party
    ("Divulgação - Magazine ..."), a credit its label opens ("Foto: Anna Schmidt - Kinder spielen ...") or a credit the
    caption prints again in brackets at its end ("Name/Site - Ao superar ... (Name/Site)"). A spaced hyphen also joins
    a credit's parts ("Name - Pool"), and a wire's dateline opens its story so ("ROMA (ANSA) - ..."), hence these
    only."""
    hyphen = _HEADLINE_AFTER.search(text, 0, MAX_CREDIT + 1) if " - " in text[:MAX_CREDIT] else None
    if hyphen is None or separator is not None and separator.start() < hyphen.start():
        return None
    head, rest = text[: hyphen.start()].strip(), text[hyphen.end():].strip()
    if not head or _DATELINE.match(head):
        return None
    if fold(head) in NAMING_NO_PARTY and fold(head):  # not AP's "FILE - ...": a qualifier says what, not whose
        return FoundCredit(credit=Credit(credit_line=head), rest=rest, printed=head,
                           how="credit found opening the caption before its headline, naming no party")
    reading = read_credit(head)
    if reading is None or reading.bad or not (reading.orgs or reading.persons):
        return None
    repeated = rest.endswith(f"({head})")
    labelled = reading.labelled and LABEL.match(head) is not None  # "Foto: Anna Schmidt - Kinder spielen ..."
    if repeated or labelled or reading.known and not reading.persons and is_text_credit(reading):
        if repeated:
            rest = rest[: -len(head) - 2].rstrip()
        return _found(reading, rest, head, "opening the caption before its headline"
                      + (", printed again at its end" if repeated else ""))
    return None


def _trim_end(text: str) -> str:
    return text.rstrip().rstrip("-–—|:/").rstrip()


# --- attribution from the whole record -------------------------------------------------------
