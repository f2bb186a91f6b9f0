"""Reading a caption as a page prints it: every place a credit may stand, weighed, the best one taken.

``catalog.credits.captions`` first reads the usual places (the caption's end, then its
start). When they hold no credit, this module reads the caption as a scraped page gives
it: markup, HTML entities, carriage returns, "hide caption" controls and names printed
twice with no gap are removed, and then every candidate is collected and weighed:

1. a **label** anywhere ("Photo:", "Credit:", "Credit...", "Mandatory Credit:", "Foto:",
   "Bild:", "Kuva:", "Fot.", "사진=", "写真:", "©", "(c)"...), read up to the end of its
   line, its bracket, or the text that follows it, whichever gives a credit;
2. a **bracket** anywhere that holds a credit by its grammar or a known organisation
   ("(AP Photo/Jane Roe)" followed by more text), never "(left)" or "(NYSE: ABC)";
3. a **line** that ends or opens with a credit ("Jane Roe-USA TODAY Sports" above the story);
4. a credit **glued** to the sentence before it ("...in Washington.AP Photo/Jane Roe",
   "...McSorley1dJosh WeinfussSteph Chambers/Getty Images") or to the next one's first word
   ("CP/Nathan DenetteSunday, it was ...", ``catalog.credits.glued``);
5. a credit opening a run-on caption, a name alone closing it (above the photographer's
   e-mail, if any) or alone on the line above it, a photo site's own form closing it
   ("... dough photo courtesy of Jane Roe on Unsplash."), an institution and its
   photographer in brackets ("... / Quirinale (Name)"), and Chinese and Japanese credits
   before 摄 / 撮影 or an outlet's reporter (``catalog.credits.cjk``).

A label printed after its credit (Lithuanian "BNS nuotr.", ``catalog.credits.trailing``) is read
right after the labels before it. The labels of many languages are ``catalog.credits.labels``.

A label's value ends at the next field's label ("Foto: A Styling: B"); a scraper's field
name glued to the caption ("DESCRIPTIONName ...") and a gallery's controls ("| of | Share
this photo", NYT's "Photo" / "Credit Name") are set aside when the caption is tidied.
A wire's name glued between two captions ("...in FeierlauneProfimediaDoch die...") is
set on a line of its own first, and a Korean wire's dated stamp ("2025.11.4/뉴스1 ⓒ News1
국회사진기자단") is read before the labels, whose "ⓒ" it holds.

A gallery's counter ("Credit:Name 2/ 23", "Bild 3/60 -") and a file's slug are set aside first
(``catalog.credits.chrome``). The first kind that finds a credit wins, and within a kind the earliest: a label says
"this is the credit" more surely than a bracket, a bracket more than a line's words.
Each found credit says where it was found (``FoundCredit.how``).
"""

from __future__ import annotations

import dataclasses
import html
import re
from typing import Callable, Iterator

from catalog.credits import layout
from catalog.credits.agencies import (
    canonical_agency,
    fold,
    is_masthead,
    is_organisation_like,
    is_spelled_out,
    one_word_spellings,
)
from catalog.credits.chrome import (
    before_licensing_link,
    is_heading_label,
    without_chrome,
    without_counter_at_end,
    without_page_tail,
)
from catalog.credits.brackets import PICTURE_WORD, lists_sources
from catalog.credits.cjk import cjk_candidates
from catalog.credits.code_strings import field_strings
from catalog.credits.domains import TOP_LEVEL_DOMAIN
from catalog.credits.found import FoundCredit, found
from catalog.credits.gallery import gallery_candidates
from catalog.credits.given_names import opens_on_given_name
from catalog.credits.glued import glued_candidates, opens_after_slash
from catalog.credits.label_grammar import is_word_of_sentence
from catalog.credits.labels import SHARE_SERVICES
from catalog.credits.markup import with_credit_markup_read
from catalog.credits.names import (
    is_capitalised,
    is_name,
    is_place,
    is_placed_name,
    matching_bracket,
)
from catalog.credits.parsing import (
    Credit,
    Reading,
    is_bracket_credit,
    is_text_credit,
    lower_case_before_agency,
    next_field,
    picture_opens_name,
    read_credit,
)
from catalog.credits.trailing import trailing_label_candidates
from catalog.credits.vocabulary import (
    ABBREVIATIONS,
    CLOSERS,
    COUNTRIES,
    GLUED_NAME,
    GLUED_WORDS,
    LABEL_ANYWHERE,
    LICENCE_ANYWHERE,
    LOWER,
    MAX_CREDIT,
    NO_PARTY,
    OPENERS,
    PLATFORM_AGENCIES,
    RIGHTS_RESERVED,
    STORY_AFTER_CREDIT,
    UPPER,
    before_page_notice,
    is_empty_field,
)

# --- what a scraped page adds to a caption ----------------------------------------------------

# WordPress's caption shortcode around a picture and its caption, as a post's source keeps it
_SHORTCODE = re.compile(r"\[/?(?:wp_)?caption\b[^\]\n]*\]")
_TAG = re.compile(r"<(?:/?[a-zA-Z][^<>]{0,300}|!--.*?--)>")
# a credit printed in angle brackets ("<AP Photo/Jane Roe>", "<Xinhua/Name>", "<사진=Name 제공>") is read as a
# bracket: markup names no element "Word/Word" with a slash between capitalised words and no attribute ("="), nor 사진
_ANGLED_CREDIT = re.compile(r"<([A-Z][\w.&'’-]*(?: [\w.&'’-]+)*/ ?[A-Z][^<>=\n]{1,80}|사진\s?=[^<>\n]{2,60})>")
# a link in angle brackets, as Wikimedia Commons' attribution text prints its licence's: no markup, and it names no one
_ANGLED_LINK = re.compile(r" ?<https?://[^<>\s]{1,300}>")
# a page's "expand" control printed inside the credit ("Name/Getty ... [+] Images", Forbes)
_EXPAND = re.compile(r"\s?(?:\.{3}|…)\s?\[\+\]\s?")
# JSON escapes left in text copied from a feed ("Name\\/AFP via Getty Images", "Moviefilm\\u2026")
_JSON_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|([/\"]))")
# a line break and a deep indentation between two words of one phrase: the page's source wrapped, which a browser shows
# as one space
_WRAPPED = re.compile(r"(?<=[^\W\d_,])\n {8,}(?=[^\W\d_])|(?<=,)\n {8,}(?=[^\W\d_])")
_ATTRIBUTE = re.compile(r'\s*"\s+[a-z][\w:-]*="\s*')  # the end of one attribute's value and the next one's name
_INLINE_TAG = re.compile(r"</?(?:a|em|i|b|strong|span|small|cite|sup|sub|font)\b[^<>]{0,300}>", re.I)
# a caption's control to unfold it, closing the text as the page prints its button, in the main news languages ("...
# Photo: Name / NTB Scanpix Show more"): capitalised, as buttons are ("... to read more" is a sentence)
_EXPAND_CONTROLS = ("Show more", "Read more", "See more", "View more", "Mehr anzeigen", "Mehr lesen", "Weiterlesen",
                    "Ver más", "Leer más", "Voir plus", "Lire la suite", "Mostra di più", "Leggi di più", "Ver mais",
                    "Leia mais", "Vis mer", "Les mer", "Visa mer", "Läs mer", "Vis mere", "Læs mere", "Näytä lisää",
                    "Lue lisää", "Pokaż więcej", "Czytaj więcej", "Toon meer", "Lees meer", "Показать ещё", "Показать еще",
                    "Читать далее", "Daha fazla göster", "Devamını oku")
_EXPAND_CONTROL = "(?-i:" + "|".join(_EXPAND_CONTROLS) + ")"
_EXPAND_AT_END = re.compile(r"\s" + _EXPAND_CONTROL + r"\s*[»›>…]*$")
# the controls' last words: a caption ending on none (spaces and arrows set aside) is refused before the pattern is tried
_EXPAND_LAST_WORDS = tuple(sorted({control.rsplit(None, 1)[-1] for control in _EXPAND_CONTROLS}))
# a page's account and editing controls closing the text after a separator or a sentence ("... account. Log Out /  Change
# )", a CMS's "... - Staff Photo - Create Article"): buttons, no part of the caption or its credit; in title case only
# (an editing control is a verb of the CMS's and the kind of page it makes: "Create Article", "Edit Post", "Add Story")
_EDITING_VERBS, _EDITED_THINGS = ("Create", "Edit", "Delete", "Add", "New"), ("Article", "Post", "Story", "Page", "Gallery")
_ACCOUNT_CONTROLS = ("Log Out", "Log In", "Sign In", "Sign Out", "Sign Up", "Change", "Cancel", "Reply", "Subscribe",
                     *(f"{verb} {thing}" for verb in _EDITING_VERBS for thing in _EDITED_THINGS))
_ACCOUNT_CONTROLS_AT_END = re.compile(r"(?:(?:\s+[-–—|/]\s+|(?<=[.!?])\s+)(?:" + "|".join(_ACCOUNT_CONTROLS)
                                      + r")\s*\)?)+$")
_ACCOUNT_CONTROL_LAST_WORDS = tuple({control.rsplit(None, 1)[-1] for control in _ACCOUNT_CONTROLS})
_CONTROLS = re.compile(r"\b(?:Enlarge this image|hide caption|toggle caption|Image caption)\b|(?:\.{3}|…)more\b"
                       r"|\s\[(?:more|read more)\s?(?:…|\.{3})\]$"  # "... / AFP [more…]": an excerpt's link
                       r"|\s+more (?:pics|photos|pictures|images) like this\s*[»›>]*$"  # a gallery's link
                       r"|\s+" + _EXPAND_CONTROL + r"\s*[»›>…]*$", re.I)
_SHARE = re.compile(r"(?:\s*\|\s*of)?\s*\|\s*Share this (?:photo|image|gallery)\b")  # a gallery's "| of | Share this photo"
# NYT prints its picture's controls, "Photo" then "Credit Name", above the caption
_CREDIT_CONTROL = re.compile(r"^(?:Photo|Image)\nCredit\s+(?=[A-Z])", re.M)
_FIELD_NAME = re.compile(r"([A-Z]{6,})(?=[A-Z][a-z])")  # a scraper's field name in capitals glued to the caption
# UTF-8's no-break space read as Latin-1 is "Â" and a space; after a lowercase letter or a stop no word ends in "Â"
_MOJIBAKE_SPACE = re.compile(r"(?<=[a-z.,;:)])Â(?:\xa0|(?=\s|$))")
# a Markdown link, with or without its title: "[Name](https://…)", "[Name](https://… \"Name\")"
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]{1,200})\]\((?:https?:)?[^)\s]*(?: \"[^\"\n)]{0,100}\")?\)")
_MARKDOWN_EMPHASIS = re.compile(r"(?<!\w)_([^_\n]{1,80})_(?!\w)")
_IMAGE_PATH = re.compile(r"/[\w.-]+/[\w./-]*\.(?:jpe?g|png|gif|webp)\)?(?=\s|$)", re.I)
# a name or credit printed twice with no gap, from a page showing it in two elements ("JANE ROEJANE ROE/AFP")
_DOUBLED = re.compile(r"(?<!\w)([A-Z][\w'’.-]{2,}(?: [\w'’.&-]+){0,5}?)\1(?=[/|\s]|$)")


# a Latin word typed with some Cyrillic letters that look the same ("Fоtо: Name" with Cyrillic "о"): read as Latin
_MIXED_WORD = re.compile(r"(?<![^\W\d_])(?=[^\W\d_]*[A-Za-z])(?=[^\W\d_]*[аеорсухіАВЕКМНОРСТХІ])"
                         r"[A-Za-zаеорсухіАВЕКМНОРСТХІ]{2,}(?![^\W\d_])")  # a whole word: not "ReutersМэр"
_LATIN_LOOKALIKES = str.maketrans("аеорсухіАВЕКМНОРСТХІ", "aeopcyxiABEKMHOPCTXI")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# a page's control on a line of its own ("Булфото\nshare\nГрупа от ..."): no part of the caption or its credit
_SHARE_WORDS = r"(?:share|teilen|partager|compartir|condividi|udostępnij|сподели|поделиться)"
_CONTROL_LINE = re.compile(rf"^{_SHARE_WORDS}$", re.I | re.M)
# ... or the control with its colon and the services' buttons on the lines below it ("Share:\ntwitter\nlinkedin\n"):
# a service's name there is a button, no source of the picture
# (the page's own controls beside the services: print, copy the link, mail)
_SHARE_BUTTONS = re.compile(rf"^{_SHARE_WORDS}\s?:?(?:\n(?:{'|'.join(SHARE_SERVICES)}|e-mail|print|copy link))+$",
                            re.I | re.M)


_GLUED_ADDRESS = re.compile(rf"(\n[a-z][\w-]{{1,30}}\.{TOP_LEVEL_DOMAIN})(?=[A-ZÀ-ÞÄÖÜ][a-zß-ÿ]{{2,}})")
_INDENT_BEFORE_FIELD = re.compile(r"\n[ \t]+(?=[^\W\d_][\w-]{1,20}\s?:\s)")


def tidy(text: str) -> str:
    """The caption as a reader sees it: markup, HTML entities, CR and page controls ("hide caption") removed."""
    if "&" in text and ";" in text:
        text = html.unescape(text)
        if "&" in text and ";" in text:
            text = html.unescape(text)  # "&amp;mdash;": a page that escaped its entities twice
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "." in text and "\n" in text:
        # "...Augen auf!\nkeystone-sda.chRegenströme und ...": a site's address on a line of its own, the next title
        # glued to its top-level domain
        text = _GLUED_ADDRESS.sub(r"\1\n", text)
    if "\n " in text or "\n\t" in text:
        # "...Photo\n          Copyright: ...": a page source's indentation before the next field, which opens a line of
        # its own; an indented line that goes on with the names above is the same line wrapped ("Kevin\n   Soirat")
        text = _INDENT_BEFORE_FIELD.sub("\n", text)
    if "Â" in text:
        text = _MOJIBAKE_SPACE.sub(" ", text)  # "…via Getty ImagesÂ": a no-break space read in the wrong charset
    if "\\" in text:
        text = _JSON_ESCAPE.sub(lambda m: chr(int(m[1], 16)) if m[1] else m[2], text)
    if "[+]" in text:
        text = _EXPAND.sub(" ", text)
    if "<" in text or "[" in text:
        text = with_credit_markup_read(text)  # '<media:credit>Name</media:credit>', 'credit="Name"': a labelled credit
    strings = field_strings(text)
    if strings:
        text = strings  # 'credit: "Name/AFP",': a field of code or data, whose string is the caption
    if '="' in text:
        text = _ATTRIBUTE.sub("\n", text)  # '... (Foto: Name) " data-large-file="https://...': markup's attributes
    if "caption" in text and "[" in text:
        text = _SHORTCODE.sub("\n", text)  # WordPress's "[caption id=...]<img> Text, фото: Name[/caption]": markup
    if "<" in text:
        if "<http" in text:
            text = _ANGLED_LINK.sub("", text)  # "Name, CC BY-SA 4.0 <https://...>, via Wikimedia Commons": a link, no tag
        text = _ANGLED_CREDIT.sub(r"(\1)", text)
        text = _TAG.sub("\n", _INLINE_TAG.sub("", text))  # "<a href=...>Name</a>" is part of its line
    if "](" in text or "*" in text:  # Markdown: "[Name](https://...)", "**Photo: Name**", "*via* *Commons*"
        text = _MARKDOWN_EMPHASIS.sub(r"\1", _MARKDOWN_LINK.sub(r"\1", text).replace("* *", " ").replace("*", ""))
    if "/s3/" in text or ".jp" in text:
        text = _IMAGE_PATH.sub("", text)  # "Foto Andy Wong / AP/s3/static.example/files/pic.jpg)": the next picture's path
    if "caption" in text or "image" in text or "more" in text or (
            text.rstrip().rstrip("»›>…").rstrip().endswith(_EXPAND_LAST_WORDS)
            and _EXPAND_AT_END.search(text, max(0, len(text) - 40))):
        text = _CONTROLS.sub("\n", text)
    if text.rstrip(" )").endswith(_ACCOUNT_CONTROL_LAST_WORDS):
        text = _ACCOUNT_CONTROLS_AT_END.sub("", text)
    if "icensing" in text:
        text = before_licensing_link(text)
    if "Share this" in text:
        text = _SHARE.sub("\n", text)
    if "\nCredit " in text:
        text = _CREDIT_CONTROL.sub("Credit: ", text)
    if text[:1].isupper() and text[1:2].isupper():
        field = _FIELD_NAME.match(text)
        if field and not canonical_agency(field[1]):
            text = text[field.end():]  # "DESCRIPTIONRobert Caplin for The New York Times A man ...": the scraper's field
    if text[-1:].isdigit() or text.endswith(("hoto", "rint", "hotos", "rints")):
        text = without_counter_at_end(without_page_tail(text))  # "Credit: Jane Roe | 3 of 12": a gallery's counter hides the credit
    if "\n" in text:
        if "\n        " in text:
            text = _WRAPPED.sub(" ", text)  # "Kevin\n                      Soirat": the markup's source wrapped mid-phrase
        text = "\n".join(line.strip() for line in text.split("\n") if line.strip())
        lowered = text.lower()
        if "share:\n" in lowered or "\nshare\n" in lowered or not text.isascii():
            text = _SHARE_BUTTONS.sub("", text).strip()  # the buttons first, with or without the control's colon
        if "\nshare\n" in lowered or not text.isascii():
            text = _CONTROL_LINE.sub("", text).replace("\n\n", "\n")
    if not text.isascii() and _CYRILLIC.search(text):
        text = _MIXED_WORD.sub(lambda word: word.group().translate(_LATIN_LOOKALIKES), text)
    return text.strip()


# --- labels -----------------------------------------------------------------------------------

_HYPHEN = re.compile(r"\s+-\s+")  # "Copyright : AFPTV - First images"
_RIGHTS_RESERVED = re.compile(r"\W{0,3}" + RIGHTS_RESERVED, re.I)
_CUTS = re.compile(r"\s*(?=[Ii]mage caption)|\s(?=https?://)|[.!?][”\"’']?\s+(?=\S)|\s+[|–—·/…]\s+|\s*[【［]|\s+[(\[]|\s{2,}"
                   rf"|(?<=[{LOWER}])(?=[{UPPER}][{LOWER}])|[;,]\s+(?=[a-z])"
                   rf"|(?<=[{LOWER}]{{2}})(?=[{UPPER}]{{2}})"  # "Photograph: Name/ReutersJP Morgan": the next tag glued on
                   rf"|(?<=[{UPPER}]{{3}})(?=[{UPPER}][{LOWER}]{{3}})"  # "Foto: STEFAN ÖHBERGStatsministern ..."
                   rf"|\.(?=[{UPPER}][{LOWER}]{{3}})")  # "FOTO: Cortesía, Partido de La U.Luego de ...": the story glued on


# the full stop (or semicolon) closing a credit that opened the caption, the caption's first sentence after it
_CREDIT_CLOSED = re.compile(r"[.;]\s+(?=\S)")


def label_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    for match in LABEL_ANYWHERE.finditer(text):
        start, end = match.start(), match.end()
        label = match.group().strip()
        if not label or end >= len(text):
            continue
        if label[:1] in "AaАа" and _CREATOR_LABEL.match(label) and _CREDIT_FIELD.search(text, end):
            continue  # "- Автор: Name\n- Кредит: РИА Новости": the creator's field, the credit is the Credit field's
        if label[:1] in "图圖" and text[:start].endswith(_PICTURE_KINDS):
            continue  # "资料图：美财长姆努钦 …" (file picture:), "示意图：" (diagram:): what the picture is, the caption after
        opens = _opens_credit(text, start, label)
        # "... original photograph by Name, CC0": a licence after the name vouches that the words credit a picture
        licensed = not opens and label[-2:].lower() == "by" \
            and LICENCE_ANYWHERE.search(text, end, end + 80) is not None
        if not opens and not licensed and not (label[-2:].lower() == "by" and _SITE_AT_END.search(text, end)):
            continue
        stop = text.find("\n", end)
        stop = len(text) if stop < 0 else stop
        bracketed = bool(start) and text[start - 1] in OPENERS
        if bracketed:  # "(Foto: Name)": the bracket closes the credit
            close = _closing(text, start - 1)
            if close > 0:
                stop = min(stop, close)
        elif start and text[start - 1] in _QUOTES:  # 'contains("©Reuters 2004")': the string's quote closes it
            stop = _closing_quote(text, start - 1, end, stop)
        for following in LABEL_ANYWHERE.finditer(text, end + 1, stop):
            word = following.group().strip()
            if not word.startswith(("©", "(c)")) and _opens_credit(text, following.start(), word):
                stop = following.start()  # "Picture: REUTERS/NASA Credit: REUTERS/NASA"; not "© AP Photo / Name"
                break
        if ":" in text[end:stop] or "글" in text[end:stop] or "=" in text[end:stop]:
            stop = next_field(text, end, stop)
        stop = min(stop, end + MAX_CREDIT)
        if start > 4 and ". " in text[:start] and text.index(". ") > 3:
            again = text.find(text[:text.index(". ") + 1], end, stop)  # the caption's first sentence, again
            if again > end:  # "파주시청. 사진제공=파주시 파주시청. 사진제공=파주시": the caption printed again ends the credit
                stop = again
        span = text[end:stop]
        if picture_opens_name(label, span):
            continue  # "Picture House Cinema": the organisation's name, no "Picture Name" label before a photographer
        if licensed:  # "... by Name (CC BY-SA 3.0), via Wikimedia Commons, shows the maria": the sentence goes on
            span = _CLAUSE_AFTER.split(span, 1)[0].rstrip(":")
        reading = _longest_reading(span, label)
        if reading is None:
            continue
        length, reading = reading
        if label == "Credit" and not reading.persons:
            continue  # NYT's bare "Credit Name for The X" names a person; "Credit Suisse Group" is a bank
        cut = end + length
        reading, cut = _with_abbreviation_period(text, end, cut, reading)
        if not opens and not (licensed and LICENCE_ANYWHERE.search(text, end, cut)) \
                and (text[cut:].strip(" .") or not reading.known):
            continue  # "Stone photo by Colin Watts on Unsplash.": a site's own credit form closing the text
        rights = _RIGHTS_RESERVED.match(text, cut) if label[0] in "©ⓒ(C" else None
        if rights is not None:
            if reading.orgs or reading.via_orgs or not all(is_name(p, strict=True) for p in reading.persons):
                continue  # "© 2022 CNBC LLC. All Rights Reserved.": the page's copyright notice, not a picture's credit
            cut = rights.end()  # "© Rory Doyle. All rights reserved.": the photographer's own notice, printed whole
            reading = dataclasses.replace(reading, credit_line=text[end:cut], made=None)
        printed = text[start:cut]
        after = text[cut + (bracketed and text[cut:cut + 1] in CLOSERS):].lstrip()
        if not text[:start].strip(" ([") and _CREDIT_CLOSED.match(after):
            after = after[1:].lstrip()  # "Foto: Name, Agency. La feria ...": the full stop closed the credit
        rest = (text[: start - bracketed].rstrip() + " " + after).strip()
        where = "at the end of the caption" if not text[cut:].strip(" .)]") else \
            ("opening the caption" if not text[:start].strip(" ([") else "mid-caption")
        owner = _owner_before_label(text, start, label, reading)
        if owner is not None:  # "AP Photo: Name", "Getty Images: Name" above a gallery's slide: the agency, then its photographer
            line_start, agency = owner
            credit = Credit(credit_line=text[line_start:cut].strip(), agency=agency,
                            photographers=reading.credit().photographers)
            rest = (text[:line_start].rstrip() + "\n" + text[cut:].lstrip()).strip()
            yield line_start, FoundCredit(credit=credit, rest=_trim(rest), printed=text[line_start:cut].strip(),
                                          how=f"credit found {where} after an agency's {label!r}")
            continue
        yield start, found(reading, _trim(rest), printed, f"{where} after {label!r}")


# a quote opening a string or a quotation, and the quote that closes it
_QUOTES = {'"': '"', "'": "'", "“": "”", "„": "“", "«": "»", "「": "」", "『": "』"}


def _closing_quote(text: str, opening: int, start: int, stop: int) -> int:
    """Where the string opened at ``opening`` closes, between ``start`` and ``stop``; ``stop`` when it does not. An
    apostrophe between two letters is a word's ("O'Brien"), no closing quote."""
    closer = _QUOTES[text[opening]]
    at = text.find(closer, start, stop)
    while at > 0 and closer == "'" and text[at - 1:at].isalpha() and text[at + 1:at + 2].isalpha():
        at = text.find(closer, at + 1, stop)
    return at if at > 0 else stop


def _with_abbreviation_period(text: str, end: int, cut: int, reading: Reading) -> tuple[Reading, int]:
    """The credit with the period of the abbreviation it ends on, when the caption goes on after it: "Foto:
    dpa/Warner Bros. Die Uhr tickt ..." credits "dpa/Warner Bros.", as "Name Jr." and "Acme Inc." closing the caption
    keep theirs; a period after any other word ends the sentence."""
    if text[cut:cut + 1] != "." or not text[cut + 1:cut + 2].isspace():
        return reading, cut
    last = text[end:cut].rsplit(None, 1)[-1:]
    if not last or fold(last[0].split("/")[-1]) not in ABBREVIATIONS:
        return reading, cut
    longer = read_credit(text[end:cut + 1])
    if longer is None or longer.bad or len(longer.persons) != len(reading.persons) or len(longer.orgs) != len(reading.orgs):
        return reading, cut
    return longer, cut + 1


def _owner_before_label(text: str, start: int, label: str, reading: Reading) -> tuple[int, str] | None:
    """A known agency opening the label's line before it ("AP Photo: Name", "Getty Images: Name"): where the line
    starts and the agency, when the label's value is a photographer alone."""
    if not start or label[-1:] not in ":：" or text[start - 1] != " " or reading.orgs or reading.via_orgs \
            or len(reading.persons) != 1:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start].strip()
    if not head or len(head) > 24 or not head[:1].isupper():
        return None
    agency = canonical_agency(f"{head} {label.rstrip(':： ')}") or canonical_agency(head)
    return (line_start, agency) if agency else None


_CREATOR_LABEL = re.compile(r"(?:author|autor|автор)\s?:", re.I)
_CREDIT_FIELD = re.compile(r"(?:^|\n|\|)[\s-]*(?:credit|кредит)\s?:", re.I)
_CLAUSE_AFTER = re.compile(r",\s+(?!via\s)(?=[a-z])|:\s")  # the sentence going on after a credit in it, or the next field
_SITE_AT_END = re.compile(r"\s(?:on|from|via)\s+\S+\.?$")


# Chinese words that glued before 图 (picture) say what kind of picture it is, not who made it: a file picture, a
# diagram, a rendering, a set of pictures, a screenshot's still ("资料图：", "示意图：", "效果图：", "组图：")
_PICTURE_KINDS = ("资料", "資料", "档案", "檔案", "示意", "效果", "组", "組")


def _opens_credit(text: str, start: int, label: str) -> bool:
    """Whether a label at ``start`` begins a credit, not a word of the sentence it stands in.

    It must open the text, a line, a bracket or a sentence, follow a separator, be
    glued to the text before it with a capital ("...reunionsMandatory Credit:") or end
    in a colon ("... ambassador Image Credit: Name") or a slash glued to a name ("... Alliance Francais Picha/Name");
    "©" marks a credit anywhere.
    "...sandbags on Wednesday Photo by Marcus Lee" is a caption.
    """
    if not start or label[0] in "©ⓒ(" or "©" in label or is_heading_label(text, start):
        return True  # "Satellite image ©2022 Maxar Technologies": a copyright mark opens a credit anywhere
    if label[:15].lower() == "image copyright" and _FIELD_VALUE_LINE.match(text, start + len(label)):
        return True  # BBC's "Image copyright AFP Image caption ...": the field, its value ending where the caption begins
    before = text[start - 1]
    if before.isalnum():
        return text[start].isupper() or not before.isascii()  # glued on: "reunionsMandatory Credit:", "다.사진="
    stripped = text[:start].rstrip(" \t")
    if stripped and stripped[-1] not in _OPENS \
            and is_word_of_sentence(text[:start], label, text[start + len(label):].split("\n", 1)[0]):
        return False  # "Моё фото: Name", "pro Foto: privat", "صف الصورة:": a noun of the sentence, no label
    return not stripped or stripped[-1] in _OPENS or not before.isspace() or label[-1] in ":：,=" \
        or label[-1] == "/" and _is_slashed_label(stripped, text[start:start + len(label) + 1]) \
        or (text[start].isascii() and not stripped[-1].isascii() and stripped[-1].isalpha()) \
        or "\u0e00" <= text[start] <= "\u0e7f" \
        or "\u4e00" <= text[start] <= "\u9fff" and "\u4e00" <= stripped[-1] <= "\u9fff"
    # Thai ends its sentences with a space, not a stop; Chinese writes no space between its words, so one before a Han
    # label parts it from the caption ("进行调查 供图/视觉中国", "现场 图/新华社")


def _is_slashed_label(before: str, label: str) -> bool:
    """A capitalised picture word glued by a slash to a capitalised name after a caption's words ("... Alliance Francais
    Picha/Steven Mumbi"); not a wire's own form after its name ("AP Photo/Name")."""
    last = before.rsplit(None, 1)[-1]
    return label[:1].isupper() and label[-1:].isupper() and label[-2:-1] == "/" and not last.isupper() \
        and canonical_agency(last) is None


# a field's short value closing its line ("image copyright afp" above the "Image caption" control's line break)
_FIELD_VALUE_LINE = re.compile(r"\s*[^\s.!?,;:][^\n.!?,;:]{1,38}\n")
# sentence ends and pauses of other scripts too: the danda of Hindi and Bengali, the Urdu full stop, the
# Arabic question mark and comma, the Ethiopic and Burmese full stops; and a Latin label after words of
# another script ("... ויהודה ויינשטיין Photo by Kobi Gideon / GPO") opens a credit like a new sentence
_OPENS = frozenset("\n.!?。！？([{（|/=–—-:;,”\"’'।॥۔؟،؛።။·•")  # and a page's dots between its elements


def _longest_reading(span: str, label: str) -> tuple[int, Reading] | None:
    """The longest start of ``span`` that reads as a credit under its label, with its length."""
    if span[:1] in OPENERS:  # "(Image credit: (AP Photo/Name, Pool)**See ...**)": the value in brackets of its own
        close = matching_bracket(span, backwards=False)
        reading = read_credit(f"{label} {span[1:close]}") if close > 1 else None
        if reading is not None and not reading.bad and _names_read(reading):
            return close + 1, dataclasses.replace(reading, labelled=True)
    span = before_page_notice(span)  # "图片来源：东方IC 版权作品 请勿转载": the page's notice, a restriction of its own
    ends = [len(span)] + [m.start() for m in _CUTS.finditer(span)][::-1]
    if "pic.twitter.com/" in span:  # "קרדיט: Name pic.twitter.com/US2iFx43Nr": the tweet's picture link after the credit
        ends = sorted(set(ends) | {m.start() for m in _TWEET_LINK.finditer(span)}, reverse=True)
    if "/" in span:  # "Foto: MONDO/Name Večerašnji protest je ...": the caption's sentence opens after a credit's
        # chain; a name alone may be the sentence's subject ("Photo: Farmer John Griffith sold out ..."); longest first
        # ("... Acknowledgement: Judy Schmidt (Geckzilla) The twisting patterns ...": the bracket stays the credit's)
        ends = sorted(set(ends) | {m.start() for m in _SENTENCE_AFTER.finditer(span) if "/" in span[:m.start()]},
                      reverse=True)
        story = _story_after_chain(span)
        if story is not None:  # "Name / Shutterstock Акции NVIDIA ...": nothing past the story's first word is credit
            ends = [end for end in ends if end <= story] + ([] if story in ends else [story])
            ends.sort(reverse=True)
    if " - " in span:  # a hyphen also joins names ("Name - Pool"): cut there only when nothing longer reads
        ends += [m.start() for m in _HYPHEN.finditer(span)][::-1]
    for wire in _WIRE_BEFORE_NAME.finditer(span):  # "Name/TT Lars Hansson": the credit ends at the wire
        if canonical_agency(wire[1]):
            ends.append(wire.end(1))
    if " (" in span:  # "© Steve Winter (USA) Last wild picture": the photographer's country closes the credit
        ends[:0] = [bracket.end() for bracket in _BRACKET_AFTER.finditer(span) if fold(bracket[1]) in COUNTRIES]
    glued = _HAN_RUN.match(span) if not span.isascii() else None
    if glued:  # "供图/新华社习近平指出…": a known organisation, then the next heading glued on with no space
        known = next((size for size in range(min(len(glued.group()), 12), 1, -1) if canonical_agency(span[:size])), 0)
        if 0 < known < len(glued.group()):  # not "共同" of "共同通信": the longest known name
            ends.insert(0, known)
    space = _WORD_END.search(span)
    space = space.start() if space else -1
    day = _AGENCY_THEN_DAY.match(span) if not span.isascii() else None
    if day and canonical_agency(day[1]):
        ends.insert(0, day.end(1))  # "사진=뉴시스2일 산업통상부에 ...": the agency, then the story's date glued on
    if space > 0 and space not in ends and canonical_agency(span[:space]):
        # "/사진=게티이미지뱅크 적지 않은 ...": the organisation, then the story; a quote glued on opens the next
        # caption's headline ("사진=연합뉴스'미열 증상' ..."), so the organisation alone is the credit
        ends.insert(0 if not span[space].isspace() else len(ends), space)
    for end in ends:
        piece = span[:end].rstrip()
        if piece[-1:] in OPENERS:  # "Photo: Name/dpa (Photo by Name/...)": the next credit's bracket opens
            end = len(piece) - 1
            piece = piece[:-1].rstrip()
        if not piece or not piece[0].isalnum() and piece[0] not in "@(":
            continue
        if is_empty_field(piece):
            return None  # "(Foto: N/A)": the template's empty field
        if ("  " in piece or "://" in piece or "pic." in piece or not piece.isascii()) and STORY_AFTER_CREDIT.search(piece):
            continue  # "图片来源：视觉中国    文|财经 ...": the story goes on after the credit
        # a label with a slash is glued to its value ("图/新华社", "Mynd/Name"), read so again
        reading = read_credit(f"{label}{'' if label[-1:] in '/／' else ' '}{piece}") or read_credit(piece)
        if reading is not None and not reading.bad and _names_read(reading):
            return end, dataclasses.replace(reading, labelled=True)
    return None


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{3,}")
_TWEET_LINK = re.compile(r" pic\.twitter\.com/\w+")
_BRACKET_AFTER = re.compile(r"(?<=\w) \(([^()]{2,30})\)")
_AGENCY_THEN_DAY = re.compile(r"([^\W\d_]{2,12})(?=\d{1,2}일)")
# a sentence opening: a capitalised word, then two words in lower case ("Cilj današnjeg okupljanja", "Večerašnji
# protest \"1 od"), never a name's particle ("Alessandro della Valle")
_SENTENCE_AFTER = re.compile(rf"\s+(?=[{UPPER}][{LOWER}]+\s+[{LOWER}]{{2,}}\s+[{LOWER}\"„“\d])")
# where the story runs on after a credit's chain with no mark between (docs/credit-tables.md, "run into the next
# sentence"): a word of another script than the chain's last, capitalised ("Name / Shutterstock Акции NVIDIA ..."); a
# sentence of the Cyrillic or Greek scripts, a capitalised word (or a one-letter preposition before it) then two in lower
# case ("... / РБК Одно из предприятий ...", "Name/ТАСС В Европейском союзе рассматривают ..."); a file or pool
# qualifier closing the chain, then words in lower case ("Reuters/Name/File Photo mRNA vaccines have ...")
_SCRIPT_CHANGE = re.compile(r"(?<=[A-Za-z.]) (?=[А-ЯЁΑ-Ω][а-яёα-ωά-ώ])|(?<=[а-яёА-ЯЁα-ωΑ-Ωά-ώ]) (?=[A-Z][a-z])")
_OTHER_SCRIPT_SENTENCE = re.compile(r"\s+(?=(?:[А-ЯЁΑ-Ω]\s+)?[А-ЯЁΑ-Ω][а-яёα-ωά-ώ]+\s+[а-яёα-ωά-ώ]{2,}\s+[а-яёα-ωά-ώ«\"„“\d])")
_QUALIFIER_THEN_WORDS = re.compile(r"/\s?(?:File Photo|File|Pool|Handout|Illustration)(?= [a-z]+ [a-z]+)", re.I)


def _story_after_chain(span: str) -> int | None:
    """Where the story opens after the last slash of a credit's chain when nothing marks the credit's end; None when
    no such opening is seen."""
    slash = span.rfind("/")
    if slash < 0:
        return None
    openings = [m.start() for pattern in (_SCRIPT_CHANGE, _OTHER_SCRIPT_SENTENCE) for m in pattern.finditer(span, slash)]
    openings += [m.end() for m in _QUALIFIER_THEN_WORDS.finditer(span, slash - 16 if slash > 16 else 0)]
    return min(openings, default=None)
_WORD_END = re.compile(r"[\s'‘’“”\"「『]")
_WIRE_BEFORE_NAME = re.compile(r"(?:^|/\s?)([A-Z]{2,6})\s+(?=[A-ZÀ-Þ][a-zà-ÿ]+\s+[A-ZÀ-Þ])")  # "Foto: EFE Name, desde ..."


def _names_read(reading: Reading) -> bool:
    """No name swallowed prose glued to it ("Perri Lorem", "Joseph Maiorana-USA TODAY Sports The Detroit")."""
    return all((is_name(p, strict=False) or is_placed_name(p)) and not GLUED_NAME.search(p)
               and (" " not in p or is_capitalised(p) or reading.labelled and _is_caseless(p)) or lower_case_before_agency(reading, p)
               for p in reading.credit().photographers) \
        and not any(sum(word.islower() for word in org.split()) > 1 for org in reading.orgs + reading.via_orgs)


def _is_caseless(name: str) -> bool:
    """A name of a script without capitals ("রাজু আহমেদ রকি", Bengali): under a label its words need none."""
    return len(name.split()) <= 4 and all(not char.isascii() and not char.isupper() and not char.islower()
                                          for char in name if char.isalpha())


# --- brackets, lines, glued credits -----------------------------------------------------------

def _closing(text: str, opening: int) -> int:
    found_at = matching_bracket(text[opening:], backwards=False)
    return opening + found_at if found_at > 0 else -1


def bracket_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """Every bracket of the text that holds a credit, with its position ("(AP Photo/Jane Roe)" mid-caption)."""
    for index, char in enumerate(text):
        if char not in OPENERS:
            continue
        close = _closing(text, index)
        if close < 0:
            continue
        reading = read_credit(text[index + 1:close])
        if reading is None:
            inner = text[index + 1:close].strip()
            if not inner.isascii() and fold(inner) in NO_PARTY and len(fold(inner)) >= 3 and index \
                    and not text[close + 1:].strip(" .。"):
                # "... 無限遐想。(取自網路)": a phrase of another script printed in place of any party closing the caption
                # ("taken from the internet"); a Latin word alone there is an aside or no credit ("(Supplied)", "(PR)")
                yield index, FoundCredit(credit=Credit(credit_line=inner), rest=_trim(text[:index]),
                                         printed=text[index:close + 1],
                                         how="credit found in brackets at the end of the caption, naming no party")
            continue
        if text[close + 1:].lstrip()[:1] in "-–—:" and (
                index < 48 and _DATELINE_BEFORE.match(text, 0, index)
                or (not index or text[index - 1] == "\n") and is_story_source(reading)):
            # "Milano, 31 ott. (LaPresse) - Scontri ...", "(Site / USA Today Sports) —- NFL training camp ...":
            # a story's dateline or source opening its text, no picture's credit
            continue
        closes = not text[close + 1:].strip(" .") and " " in text[:index].strip()
        after_sentence = text[:index].rstrip()[-1:] in _SENTENCE_ENDS
        if not after_sentence and text[close + 1:].lstrip()[:1] == "." and lists_sources(reading):
            continue  # "... drew crowds (France Bleu, Ouest-France).": the sentence's sources, inside its period
        if not is_bracket_credit(reading, after_sentence=False) and not (
                (not reading.persons and (after_sentence or closes and reading.credit().agency in PLATFORM_AGENCIES)
                 or after_sentence and reading.persons and "/" in reading.credit_line)
                and is_bracket_credit(reading, after_sentence=True)):
            # a platform closing the caption needs no full stop before it: Indonesian and Malay captions end
            # "... di pantai (Instagram)"; a wire there may follow its photographer ("Name (EFE)"); a photographer
            # and an outlet across a slash after a sentence are its credit, the next caption run on after them
            # ("... on Tuesday. (Tom Williams/CQ Roll Call)Dean Swihart, ...")
            continue  # "... 진행됐다. [청와대사진기자단] 어제 ...": an organisation alone after a sentence, the story after it
        rest = (text[:index].rstrip() + " " + text[close + 1:].lstrip()).strip()
        where = "in brackets mid-caption" if text[close + 1:].strip(" .") else "in brackets at the end of the caption"
        yield index, found(reading, _trim(rest), text[index:close + 1], where)




# a place and a day opening a wire story, before the wire's name: "Milano, 31 ott. ", "PARIS, Jan. 5 ", ANI's "New Delhi
# [India], November 8 (ANI): " (the region in square brackets, the dateline closed by a colon);
# or the place in capitals alone, its region after it: "MONTEVIDEO (Uypress / Name) –", "MOSUL, Iraq (AP) –"
_DATELINE_BEFORE = re.compile(r"[^\W\d_][\w .'’-]{1,30}(?:\s?\[[^\W\d_][^\]\n]{1,30}\])?,\s*"
                              r"(?:\d{1,2}\.?\s+[^\W\d_]{3,10}\.?|[^\W\d_]{3,10}\.?\s+\d{1,2}),?\s*$"
                              r"|[A-ZÀ-Þ]{2}[A-ZÀ-Þ .'’-]{1,30}(?:,\s*[^\W\d_][\w .'’-]{1,30})?\s*$")
def is_story_source(reading: Reading) -> bool:
    """Organisations alone, no picture named: "(Site / USA Today Sports) — story" is where a story comes from."""
    return not (reading.persons or reading.labelled or reading.photo_by) and not PICTURE_WORD.search(
        reading.credit_line)


_SENTENCE_ENDS = frozenset(".!?。！？\"”’")
_GLUED = re.compile(rf"(?<=[{LOWER}0-9.!?”\"’)\]])(?=[{UPPER}])|(?<=[^\x00-\x7f])(?=[{UPPER}])"  # "náměstíČTK/Name"
                    r"|(?<=[.!?])(?=@[A-Z])")  # "...nói riêng.@Shutterstock": an agency's account after the sentence


def _line_candidates(text: str, usual: Callable[[str], FoundCredit | None]) -> Iterator[tuple[int, FoundCredit]]:
    lines = text.split("\n")
    if len(lines) < 2:
        return
    offset = 0
    for number, line in enumerate(lines):
        result = usual(line)
        if result is not None and result.credit.credit_line:
            rest = "\n".join(lines[:number] + ([result.rest] if result.rest else []) + lines[number + 1:])
            yield offset, dataclasses.replace(result, rest=rest, how=result.how.replace(
                "the caption", "a line of the caption").replace("as the whole caption",
                                                                "as a whole line of the caption"))
        offset += len(line) + 1


def _own_line_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """A line above or below the caption's text that is only "Name/Organisation": a page's credit element.

    On a line of its own the credit's grammar vouches for an organisation no table knows
    ("Kirk Hargreaves/Christchurch city council", "Leonardo Amaro/Metrópoles"); within a
    sentence it would not.
    """
    lines = text.split("\n")
    if len(lines) < 2:
        return
    prose = [number for number, line in enumerate(lines) if _is_paragraph(line)]
    # above the caption's first paragraph (under a byline: "Dorota Kowalska\nBartek Syta/Polskapresse\n...") or below its last
    edges = {0, len(lines) - 1} | ({number for number in range(prose[0])} | set(range(prose[-1] + 1, len(lines)))
                                   if prose else set())
    offset = 0
    for number, line in enumerate(lines):
        if number in edges and "/" in line and len(line) <= 80 and not _SENTENCE.search(line):
            reading = read_credit(line)
            if (reading is not None and not reading.bad and not reading.labelled and len(reading.persons) == 1
                    and is_name(reading.persons[0], strict=True) and is_capitalised(reading.persons[0])
                    and reading.orgs and line.index("/") > line.index(reading.persons[0])
                    and all(org[:1].isupper() for org in reading.orgs)):
                rest = "\n".join(lines[:number] + lines[number + 1:])
                how = "on a line of its own (a name and an organisation)"
                yield offset, found(reading, rest, line, how)
        offset += len(line) + 1


_SENTENCE = re.compile(r"[.!?:;]\s|\s(?:and|the|in|of|at|on)\s")  # prose, not a credit element


def _is_paragraph(line: str) -> bool:
    """A line of the caption's text: long, or a sentence of several words, in any language."""
    return len(line) > 80 or bool(_SENTENCE.search(line)) or line.count(" ") >= 7 \
        or line.count(" ") >= 3 and line.rstrip()[-1:] in ".!?。"


def _glued_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    offset = 0
    for line in text.split("\n"):
        for match in _GLUED.finditer(line, 1) if not line.startswith("By ") else ():  # "By NameBBC News, Delhi": a byline
            start = match.start()
            tail = line[start:]
            if len(tail) > MAX_CREDIT or line[line.rfind(" ", 0, start) + 1] == "@":
                continue  # "@JaneRoe": an account's name is one word
            if line[start - 1].islower() and (start < 2 or not line[start - 2].isalnum()):
                continue  # "afsezen/iStock", "eBay": a brand spelled with a lower-case first letter, no glue
            if line[start - 1].islower() and opens_after_slash(line, start):
                continue  # "Name/RiverTown Multimedia": a word opening an outlet's name has its own capitals, no glue
            if line[start - 1] == "." and start >= 2 and line[start - 2].isupper() \
                    and (start < 3 or not line[start - 3].isalpha()):
                continue  # "C.O.D. Store": initials, no sentence end
            reading = read_credit(tail)
            if reading is not None and start < 48 and _DATELINE_BEFORE.fullmatch(line, 0, start) \
                    and is_story_source(reading):
                break  # "ABUJA, NigeriaAssociated Press" above the story: the wire that wrote it, not a picture's credit
            if reading is not None and (is_text_credit(reading) or _is_glued_company(reading, line, start)) \
                    and _names_read(reading):
                yield offset + start, found(reading, _trim(text[: offset + start]), tail,
                                            "glued to the caption's last words")
                break
            if line[start - 1].islower() and "/" in tail[:60]:
                # "...scheduled to runJulie Jammot/AFP via Getty Images Tens of thousands ...": glued on both sides,
                # the credit ends on an organisation's name
                opening = next(_opening_at(line, start), None)
                if opening is not None:
                    yield offset + opening[0], dataclasses.replace(opening[1], how="credit found glued between two "
                                                                                  "sentences")
                    break
        offset += len(line) + 1


# the caption's last sentence, then a word or three in lower case with no space after its full stop
# ("... rose 9% last year.getty"): the page's credit element, styled in lower case, run onto the caption
_LOWER_AFTER_SENTENCE = re.compile(r"(?<=[a-zß-ÿ\d%)”\"’'][.!?])([a-zß-ÿ][a-zß-ÿ&'’-]*(?: [a-zß-ÿ&'’-]+){0,2})$")


def _lower_agency_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """A known agency's name in lower case glued to the caption's last full stop ("... last year.getty"): only a name
    the agency table knows, never a domain's ending ("example.com") or a word of the sentence."""
    match = _LOWER_AFTER_SENTENCE.search(text, max(0, len(text) - 40)) if text[-1:].islower() else None
    if match is None or not canonical_agency(match[1]):
        return
    reading = read_credit(match[1])
    if reading is not None and not reading.bad and reading.credit().agency:
        yield match.start(1), found(reading, _trim(text[:match.start(1)]), match[1],
                                    "a known agency in lower case glued to the caption's last full stop")


def _is_glued_company(reading: Reading, line: str, start: int) -> bool:
    """"... związek Kadra - przeciwKompania Węglowa SA": an organisation alone that reads as one (a company's legal
    form, an organisation word), the page's credit element glued to a word of the caption in lower case (two
    elements printed with no gap; not "eBay Inc", a brand's own capital)."""
    glued_to = line[max(0, start - 3):start]
    return not reading.persons and not reading.via_orgs and reading.orgs == [reading.credit_line] \
        and len(glued_to) == 3 and glued_to.isalpha() and glued_to.islower() and " " in reading.credit_line \
        and is_organisation_like(reading.credit_line)  # one word glued on is a brand's own capital ("StoryCorps")


_WORD = re.compile(r"\S+")
_GLUED_SEPARATOR = re.compile(r"[/–—-]")
_LINE_OR_PICTOGRAPH = re.compile(r"\n\s*(?=[A-ZÀ-Þ])|[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s+(?=[A-ZÀ-Þ])")
_OPENING_DATE = re.compile(r"\d{1,2}/\d{1,2}/(?:\d{2}|\d{4}) (?=[A-Z])")  # "6/27/03 ": an archive caption's day
_SEPARATED = re.compile(r"\s/|/|\s\|\s|\w[-–—][A-Z]|\sfor\s")  # "Name / EPA", "Name | EFE", "Name-USA TODAY Sports"


def _opening_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """A credit opening the caption, or a part after a bar, with the caption run on after it: "Emmanuel Adegboye /
    EPA Un cracheur...", "... last year. | Jane Roe/Bloomberg via Getty Images There's ..."."""
    yield from _opening_at(text, 0)
    dated = _OPENING_DATE.match(text)
    if dated:  # "5/11/2005 Ralph Barrera/AMERICAN-STATESMAN; A major trend ...": an archive caption's day, then the credit
        yield from _opening_at(text, dated.end(), "opening the caption after its day")
    if " | " in text:
        for bar in re.finditer(r" \| (?=[A-ZÀ-Þ])", text):
            yield from _opening_at(text, bar.end())
    for start in _LINE_OR_PICTOGRAPH.finditer(text):
        # "WHAT WAS THE MOST EFFECTIVE IMAGE?\nTyrone Siu / Reuters TO WHAT ...", "... OF THE WEEK 📸 Alex Brandon / AP
        # Images President ...": a credit opening a line, or after a page's pictograph, with text run on after it
        yield from _opening_at(text, start.end(), "opening a line or after a pictograph")


def _opening_at(text: str, at: int, how: str = "after a bar") -> Iterator[tuple[int, FoundCredit]]:
    before, text = text[:at], text[at:]
    words = list(_WORD.finditer(text[:MAX_CREDIT]))[:10]
    for count in range(len(words), 1, -1):
        last = words[count - 1].group().rstrip(".,;")
        end = words[count - 1].start() + len(last)
        # the credit ends on an organisation's name, of one word to four ("... — Getty Images.  Novo-Ogaryovo ...",
        # "Librado Romero/The New York Times McCarren Pool ...") or on its file mark after it ("Name / THE CANADIAN
        # PRESS FILES Ottawa ...")
        named = count - 1 if count > 2 and last.lower() in _MARKS_AFTER_AGENCY else count
        named_last = words[named - 1].group().rstrip(".,;")
        if not any(is_spelled_out(" ".join([*(word.group() for word in words[named - size:named - 1]), named_last])
                                  .rsplit("/", 1)[-1].strip())  # "Jane Roe/Getty Images;": the name after the slash
                   for size in range(1, min(4, named - 1) + 1)) \
                and not (_GLUED_SEPARATOR.search(last) and canonical_agency(_GLUED_SEPARATOR.split(last)[-1])) \
                and not ("/" in last and is_masthead(last.rsplit("/", 1)[-1])):
            # ... or on one glued to the name by its separator ("Kevin Frayer—AP May 7, 2011. A farmer ...",
            # "Sung Park/AMERICAN-STATESMAN Tom Poterek, left, ...")
            continue
        reading = read_credit(text[:end])
        if reading is not None and reading.persons and is_text_credit(reading) and _names_read(reading) \
                and _SEPARATED.search(text, 0, end) and all(is_name(p, strict=True) for p in reading.persons):
            rest = _trim(before) + " " + text[end:].strip() if before else text[end:].strip()
            yield at, found(reading, rest.strip(), text[:end], how if at else "opening the caption")
            return


_MARKS_AFTER_AGENCY = frozenset({"file", "files", "pool"})
# ... or glued to the last sentence's end, as a page's credit element run onto the caption ("... on 4 October.Moinul Islam")
# ... or set apart by a bar or El Correo's double colon with no full stop ("... Wildlife Refuge | Christine Flores", "...
# calor. :: LUIS CALABOR"), or after the picture's full date ("... on Saturday, February 24, 2018 Doug Hood"); a middle
# initial's stop stays in the name ("Thomas P. Costello"); glued after a word in capitals too ("... a EL PAÍS.Carlos
# Rosillo"; not after initials: "U.S.Army")
_LAST_NAME = re.compile(r"(?:^|[.!?][”\"’']?\s+|(?:(?<=[a-zà-ÿ\d][.!?])|(?<=[A-ZÀ-Þ]{2}[.!?]))(?=[A-ZÀ-Þ][a-zà-ÿ])|\n|\s(?=\|\s)|\s::\s"
                        r"|(?<=\d, )(?:19|20)\d\d\s(?=[A-ZÀ-Þ]))(?:[/|]\s*)?"
                        r"([^\s.!?\n()\[\]/|:](?:[^.!?\n()\[\]|]|(?<= [A-ZÀ-Þ])\.(?= [A-ZÀ-Þ])){1,40}?)\.?(?:\s*\|)?$")


def _closing_name_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """A photographer's name alone closing the caption, on its own line or after its last sentence ("... Roie Galitz").

    A staff photographer's e-mail address on the line below the name is the page's contact, set aside with it.
    """
    contact = _CONTACT_LINE.search(text, max(0, len(text) - 80)) if "@" in text else None
    if contact is not None:
        text = text[: contact.start()]
    closing = _given_name_closing(text)
    if closing is not None:
        yield closing
        return
    match = _LAST_NAME.search(text, max(0, len(text) - 60))
    if match is None or not match.start(1):
        return  # a caption that is nothing but a name names its subject ("José Mourinho")
    name = match[1].strip()
    own_line = text[match.start(1) - 1] == "\n"
    set_apart = text[match.start():match.start(1)].strip()
    person_only = set_apart[:1] in ("|", ":") or set_apart[:1].isdigit()  # a bar, "::", a date: a photographer's name
    if is_place(name):
        return  # "...\nHwange National Park\nSouthern Africa": where the picture was taken
    if person_only and (not is_name(name, strict=True) or set_apart == "|" and text.count(" | ") > 1
                        or set_apart == "|" and not opens_on_given_name(name)  # "| Bayou Teche": a place's words
                        or fold(name).split()[-1] in _PLACE_OR_VENUE_ENDINGS):  # "| Madison Square Garden"
        return  # "Gallery: Xbox One X | 14 Photos": a gallery's count; "A | B | C": a list's items, no party
    if len(name) >= 5 and name[:1].isupper() and " " not in name.strip() and fold(name) in NO_PARTY \
            and fold(name) not in _ORDINARY_WORDS:
        # "... helmikuussa 2021. Yksityiskokoelma.": a word printed in place of a party (a private collection,
        # "Supplied") alone as the last sentence; the line is kept and names no one
        yield match.start(1), FoundCredit(credit=Credit(credit_line=name), rest=_trim(text[: match.start(1)]),
                                          printed=name, how="credit found as a word in place of a party closing "
                                                            "the caption")
        return
    if set_apart.endswith("/") and name.isalpha() and len(name) >= 3 and name[:1].isupper() and name[1:].islower() \
            and not canonical_agency(name) and not is_organisation_like(name) and fold(name) not in NO_PARTY:
        # "... en la entrega de premios. / Michelena": a surname alone after the last sentence and a slash, as Spanish
        # papers sign their staff photographer's pictures
        reading = read_credit(name)
        if reading is not None and not reading.bad and reading.credit().photographers == (name,):
            yield match.start(1), found(reading, _trim(text[: match.start(1)]), name,
                                        "as a surname alone after a slash closing the caption")
        return
    pair = name.split(" & ")
    if len(pair) == 2 and all(is_name(each, strict=True) and is_capitalised(each) and " " in each for each in pair):
        # "... April 13, 2019. Thomas P. Costello & Tariq Zehawi": two photographers' full names joined by "&"
        reading = read_credit(name)
        if reading is not None and not reading.bad and reading.persons == pair and not reading.orgs:
            yield match.start(1), found(reading, _trim(text[: match.start(1)]), name,
                                        "as two names alone closing the caption")
        return
    if (is_name(name, strict=True) and is_capitalised(name) or is_organisation_like(name)
            or own_line and " " not in name and GLUED_WORDS.search(name)) \
            and len(name.split()) <= 4 and (own_line or not GLUED_WORDS.search(name)):
        reading = read_credit(name)
        person = name[:-6] if own_line and name.endswith((" Photo", " Foto")) else name  # "Andre Lamar Photo"
        if reading is not None and not reading.bad and (
                reading.persons == [person] and not reading.orgs
                or not person_only and reading.orgs == [name]
                and (own_line or not name.isascii() or _closes_as_body(text, match))
                or own_line and reading.credit().agency == name):
            yield match.start(1), found(reading, _trim(text[: match.start(1)]), name,
                                        "as a name alone closing the caption")


# a person's name of two or three words closing the text after a spaced bar ("... Wildlife Refuge | Christine Flores"),
# or after the picture's year ("... February 24, 2018 Doug Hood"); not after a dash, which closes a quotation with its
# author as often ("The bridge fell. — Jane Roe")
_NAME_AFTER_BAR = re.compile(r"\s[|]\s+([A-ZÀ-Þ][^\s|—–/()]+(?: [A-ZÀ-Þ][^\s|—–/()]+){1,2})$")
_NAME_AFTER_YEAR = re.compile(r"(?<![^\s.,/-])(?:19|20)\d\d\.?,?[ \t]+([A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][\w'’-]+){1,2})$")


# the words a place's or a venue's name ends in, which follows a bar as often as a name does ("| Virginia Beach",
# "| Madison Square Garden", "| Charlotte Harbor"): given names open them too
_PLACE_OR_VENUE_ENDINGS = frozenset("""beach bay harbor harbour springs falls heights hills county valley creek canyon
    island islands lake river square avenue boulevard street road parkway plaza park garden gardens stadium arena""".split())


def _given_name_closing(text: str) -> tuple[int, FoundCredit] | None:
    """A photographer's name alone closing the text after a bar, a dash or the picture's year, with no sentence end
    before it: taken only when it opens on a listed given name, which tells a person's name from the caption's last
    capitalised words ("| Bayou Teche", "2018 Winter Olympics"); the year stays with the caption."""
    tail = text[-50:]
    after = _NAME_AFTER_BAR.search(text, max(0, len(text) - 50)) if " | " in tail or " — " in tail or " – " in tail \
        else None
    if after is None and text[-1:].isalpha() and any(char.isdigit() for char in tail):
        after = _NAME_AFTER_YEAR.search(text, max(0, len(text) - 50))
    if after is None:
        return None
    name = after[1]
    if not (opens_on_given_name(name) and is_name(name, strict=True) and is_capitalised(name)) \
            or is_organisation_like(name) or is_place(name) or canonical_agency(name) \
            or fold(name).split()[-1] in _PLACE_OR_VENUE_ENDINGS:
        return None
    reading = read_credit(name)
    if reading is None or reading.bad or reading.persons != [name] or reading.orgs:
        return None
    rest = text[: after.start(1)] if after.re is _NAME_AFTER_YEAR else text[: after.start()]
    return after.start(1), found(reading, _trim(rest), name, "as a name alone closing the caption, by its given name")


# words printed in place of a party that are also words of a sentence ("It was. Private."), or a rank
_ORDINARY_WORDS = frozenset({"private", "unknown", "provided", "especial", "internet", "agencies"})


def _closes_as_body(text: str, match: re.Match) -> bool:
    """An organisation's name alone as the caption's last sentence, by the word that says what it is ("... in
    Toronto on Nov. 17, 2013. 680 NEWS", "... 1950-luvulta. Postimuseo."): the body that lent the picture.

    Not after an abbreviation's stop ("... managed by the U.S. Fish and Wildlife Service."), nor a phrase opening
    with an article ("All Rights Reserved. A Division of NBCUniversal") or holding a word in lower case ("Imagen de
    archivo"), nor one closing on a number ("... 2003. Picture 10."): the sentence goes on, or says what a body is
    or what the picture is, or counts the pictures.
    """
    name = match[1]
    before = text[: match.start(1)].rstrip()
    last = before.rsplit(None, 1)[-1] if before else ""
    return is_organisation_like(name) and not name[-1:].isdigit() \
        and not any(word[:1].islower() for word in name.split() if len(word) > 3) \
        and name.split(None, 1)[0].lower() not in ("a", "an", "the") \
        and not _ABBREVIATED.search(last) and last.rstrip(".").lower() not in ABBREVIATIONS


_ABBREVIATED = re.compile(r"^(?:[A-Za-z]\.)+$|^[A-Z][a-z]{0,2}\.$")  # "U.S.", "St.", "Mt.", "Dr.": no sentence end


def _closing_wire_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """A wire's name in capitals closing a run-on caption after its subject's name, which the caption prints
    elsewhere too ("Mateusz Morawiecki: ... z epidemią Mateusz Morawiecki AFP"): the page's credit element run on.

    Not the object of a sentence ("... a deal with AFP"), nor a name printed once, which may be the photographer's.
    """
    space = text.rfind(" ")
    wire = text[space + 1:]
    if space < 0 or not (wire.isupper() and wire.isalpha() and 2 <= len(wire) <= 8) or not canonical_agency(wire):
        return
    before = text[:space].rstrip()
    words = before.split()
    if len(words) < 3 or not words[-1][:1].isupper() or not words[-1].isalpha() or words[-1].isupper():
        return
    subject = " ".join(words[-2:])
    if not (is_name(subject, strict=True) and is_capitalised(subject) and before.count(subject) > 1):
        return  # only a name the caption names elsewhere is surely its subject, not the photographer
    reading = read_credit(wire)
    if reading is not None and not reading.bad:
        yield space + 1, found(reading, before, wire, "closing the caption, after its subject's name")


_CONTACT_LINE = re.compile(r"\n[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")  # "Robert Willett\nrwillett@newsobserver.com"


def _opening_name_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """A photographer's name, or an organisation's in capitals, alone above the caption ("John Moore\nA girl ...").

    A name the caption speaks of again is its subject, printed as a heading ("Emma Watson\n... Watson arrived").
    """
    first, newline, rest = text.partition("\n")
    name = first.strip()
    if not newline or len(name) > 40 or not _is_paragraph(rest.replace("\n", " ")):
        return
    person = layout.is_bare_name(name)
    if not person and not (name.isupper() and is_organisation_like(name) and not _SENTENCE.search(name)):
        return  # "NEW YORK POLICE DEPARTMENT" above the story: an organisation printed as the page's credit
    if any(word in rest for word in name.split() if len(word) > 2) or name.lower() in rest.lower():
        return
    reading = read_credit(name)
    if reading is not None and not reading.bad and (reading.persons == [name] and not reading.orgs if person
                                                    else reading.orgs == [name] and not reading.persons):
        yield 0, found(reading, rest.strip(), name, "as a name alone above the caption")


# the credit form of the photo sites, closing the text after any word: "... dough photo courtesy of Name on Unsplash."
_SITE_CREDIT = re.compile(r"(?<!\S)(?:[Pp]hoto |[Ii]mage )?(?:[Cc]ourtesy(?: of)?|by) [A-Z][^.\n]{1,60}? (?:on|from|via) "
                          r"(?:Unsplash|Pexels|Pixabay|Flickr|Wikimedia Commons)\.?$")


# an outlet's own credit form as a sentence of its own inside the text: "... State Fair. MinnPost photo by Name. … but ..."
# (after a sentence's end, or a quoted title's: '"Aurora over the base." U.S. Air Force photo by Name.')
_PHOTO_BY_SENTENCE = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?][”\"’] ))"
                                r"([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} (?:photo|photograph|picture) by "
                                r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3})\.(?=\s)")


def _photo_by_sentence_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    for match in _PHOTO_BY_SENTENCE.finditer(text) if " by " in text else ():
        reading = read_credit(match[1])
        if reading is not None and reading.photo_by and reading.persons and reading.orgs and is_text_credit(reading) \
                and _names_read(reading):
            rest = f"{text[:match.start()].rstrip()} {text[match.end():].lstrip()}"
            yield match.start(), found(reading, _trim(rest), match[1], "mid-caption, an outlet's photo-by sentence")
            return


# a still taken from someone's video or post, closing the caption as a sentence of its own: "... boats. Screenshot of Larry
# Portillo's video", "Screengrab from Name's Facebook live"; the whole phrase is the credit, its owner the party (a person
# the photographer, an organisation the agency). "Screenshot of the app shows ..." names no one's.
_STILL_OF = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?][”\"’] )|(?<=\n))(?P<line>(?:[Ss]creen ?(?:shot|grab)|[Vv]ideo (?:still|grab)|"
                       r"[Ss]till) (?:of|from) (?P<owner>[A-ZÀ-Þ][\w.&'’-]*(?: [A-ZÀ-Þ][\w.&'’-]*){0,3})['’]s?"
                       r"(?: [A-Za-z]+){0,2}? (?:video|videos|post|livestream|live ?stream|live|footage|broadcast|tweet|"
                       r"stream|clip|vlog|reel|story|feed)s?)\.?$")


def _still_of_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    match = _STILL_OF.search(text, max(0, len(text) - 120)) if "till" in text or "creen" in text else None
    if match is None:
        return
    owner = match["owner"]
    agency = canonical_agency(owner) or (owner if is_organisation_like(owner) else None)
    if agency is None and not is_name(owner, strict=True):
        return
    credit = Credit(credit_line=match["line"], agency=agency, photographers=() if agency else (owner,))
    yield match.start(), FoundCredit(credit=credit, rest=_trim(text[:match.start()]), printed=match.group(),
                                     how="closing the caption, a still from its owner's video or post")
# a sentence that points to the picture and names who took it: "wie das Foto von Name beweist" (as the photo by Name
# proves), "as this photo by Name shows"; only with the article, the picture word, "by" and a verb of showing
_PHOTO_SHOWS = re.compile(r"\b(?:wie (?:das|dieses) (?:Foto|Bild)(?: unseres? (?:Lesers?|Leserin))? von|as (?:the|this) "
                          r"(?:photo|picture) by) (?P<name>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){1,2}) "
                          r"(?:beweist|zeigt|belegt|shows|proves)\b")


def _photo_shows_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    match = _PHOTO_SHOWS.search(text) if " von " in text or " by " in text else None
    if match is not None and is_name(match["name"], strict=True) and is_capitalised(match["name"]):
        name = match["name"]
        yield match.start("name"), FoundCredit(credit=Credit(credit_line=name, photographers=(name,)), rest=text,
                                               printed=name, how="mid-caption, in a sentence pointing to the photo")


def _site_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    match = _SITE_CREDIT.search(text, max(0, len(text) - 120))
    if match is None or not match.start():
        return
    reading = read_credit(match.group())
    if reading is not None and reading.known and reading.persons and _names_read(reading):
        yield match.start(), found(reading, _trim(text[: match.start()]), match.group(),
                                   "closing the caption in a photo site's own form")


# A company by its legal form as a sentence of its own inside the text ("... gladiatorial games. Design Pics Inc. The
# Colosseum ..."): a stock agency's credit element run into the caption; a sentence is never only a company's name
_COMPANY_SENTENCE = re.compile(r"(?<=[.!?] )((?:[A-Z][\w&'’-]*\.? ){1,4}(?:Inc|Ltd|LLC|GmbH|AG|plc|PLC|Corp|Co))\.?"
                               r"(?=\s+[A-Z]|\s*$)")


def _company_sentence_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    for match in _COMPANY_SENTENCE.finditer(text) if ". " in text else ():
        name = match[1]
        reading = read_credit(name)
        if reading is not None and not reading.bad and reading.orgs == [name] and not reading.persons \
                and is_organisation_like(name):
            rest = f"{text[:match.start()].rstrip()} {text[match.end():].lstrip()}"
            yield match.start(), found(reading, _trim(rest), name, "as a company's name, a sentence of its own")
            return


# An institution, then its photographer in brackets, after a separator closing the caption: Italian pages print
# "… / Quirinale (Alexander Jakhnagiev)", "… | Palazzo Chigi (Filippo Attili)" (the inverse of "Name (Agency)")
_ORG_THEN_NAME = re.compile(r"\s[/|]\s+(?P<org>[A-ZÀ-Þ][\w.'’-]+(?: [A-ZÀ-Þ][\w.'’-]+){0,2}) \((?P<name>[^()]{3,40})\)$")


def _org_then_name_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    match = _ORG_THEN_NAME.search(text, max(0, len(text) - 90))
    if match is None:
        return
    org, name = match["org"], match["name"]
    if is_name(name, strict=True) and is_capitalised(name) and not canonical_agency(name) \
            and (not is_name(org, strict=True) or is_organisation_like(org)):
        printed = text[match.start("org"):]
        credit = Credit(credit_line=printed, agency=canonical_agency(org) or org, photographers=(name,))
        yield match.start("org"), FoundCredit(credit=credit, rest=_trim(text[:match.start()]), printed=printed,
                                              how="credit found at the end of the caption (an institution and "
                                                  "its photographer in brackets)")


# A Korean wire's stamp: the date and its Korean name, "©" and its Latin one, then who made the picture: its
# reporter ("Name 기자"), a press pool ("국회사진기자단"), or a provider named in a bracket before the stamp
# ("(대통령실 제공. 재판매 및 DB 금지)": provided by the presidential office; no resale).
_KOREAN_STAMP = re.compile(
    r"(?:\((?P<provider>[^()\s]{2,20}) 제공[^()]{0,30}\)\s*)?\d{4}\.\d{1,2}\.\d{1,2}\.?\s*/\s*(?P<outlet>[^\s/©ⓒ]{1,12})"
    r"\s*[©ⓒ]\s*[^\s/]{1,12}\s+(?:(?P<pool>[가-힣]{2,12}?(?:사진기자단|기자단|취재단))|(?P<name>[가-힣]{2,4})\s?기자)")


def _korean_stamp_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    match = _KOREAN_STAMP.search(text)
    if match is None:
        return
    outlet = canonical_agency(match["outlet"]) or match["outlet"]
    if match["provider"]:  # the reporter filed a picture the provider took
        credit = Credit(credit_line=match.group(), agency=match["provider"], distributor=outlet, qualifiers=("courtesy",))
    elif match["pool"]:
        credit = Credit(credit_line=match.group(), agency=match["pool"], distributor=outlet, qualifiers=("pool",))
    else:
        credit = Credit(credit_line=match.group(), agency=outlet, photographers=(match["name"],), qualifiers=("staff",))
    rest = _trim(f"{text[:match.start()].rstrip()} {text[match.end():].lstrip()}")
    yield match.start(), FoundCredit(credit=credit, rest=rest, printed=match.group(),
                                     how="credit found in a Korean wire's dated stamp")


# A wire's name run into the next sentence's first word ("ARIS MESSINIS / AFPInterior de um centro"):
# a page that showed the credit and the next caption in two elements, printed without a gap.
_GLUED_AFTER = re.compile(r"(?<![\w-])(" + "|".join(re.escape(word) for word in one_word_spellings())
                          + r")(?=[A-ZÀ-ÞА-ЯЁΑ-Ω][a-zà-ÿа-яёα-ω]{2,})")  # "Фото: ReutersМэр Киева": Cyrillic too


# A wire's name, then the next story's dateline in capitals and a colon ("... assistance. – Bernama PETALING JAYA:
# Malaysia possesses ..."): a page that printed a caption, its credit and the next story's opening as one text
_WIRE_BEFORE_DATELINE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(word) for word in one_word_spellings())
                                   + r")\s+(?=[A-ZÀ-Þ]{2,}(?:[ -][A-ZÀ-Þ]{2,}){0,3}\s?:\s)")


# A wire story's dateline run on from the caption's credit, glued or after a space ("REUTERS/Name/IllustrationLONDON,
# June 30 (Reuters) - If ..."): the place in capitals, the day, the wire in brackets and a dash open the story, which a
# feed printed after the picture's caption; the caption and its credit end before it
_STORY_DATELINE = re.compile(r"(?<=[\w.)])\s?(?=[A-Z]{2,}(?:[ -][A-Z]{2,}){0,3},\s(?:[A-Z][a-z]{2,}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,})"
                             r"\s\([A-Z][\w ]{1,20}\)\s[-–—]\s)")


# A wire's name glued on both sides ("...in FeierlauneProfimediaDoch die Partie..."): a page that printed the
# caption, the credit and the next caption as three elements with no gap; three letters at least, so that
# no two-letter spelling ("AP", "PA") is cut out of a word.
_GLUED_BETWEEN = re.compile(r"(?<=[a-zà-ÿ]{3})(" + "|".join(re.escape(word) for word in one_word_spellings()
                                                           if len(word) >= 3) + r")(?=[A-ZÀ-Þ][a-zà-ÿ]{2,})")
# what both need: an organisation's last letter with a capital and two letters in lower case glued after it (one scan
# of a character class, where the two alternations of every name are tried at each word)
_GLUE_POSSIBLE = re.compile("[" + re.escape("".join({word[-1] for word in one_word_spellings()}))
                            + r"](?=[A-ZÀ-ÞА-ЯЁΑ-Ω][a-zà-ÿа-яёα-ω]{2})")


# A bare "source" label of the languages that also print it under a story ("Kaynak: AA / Name - Güncel": the text's
# source, catalog.credits.labels): a picture's credit only closing a caption of one short line ("... trgu Izvor: MONDO")
_CLOSING_SOURCE = re.compile(r"\s(?:Izvor|IZVOR|Kaynak|KAYNAK|Sursa|SURSA|Извор|ИЗВОР)\s?:\s*(?P<value>[^\s:][^\n:]{1,50})$")


def _closing_source_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    match = _CLOSING_SOURCE.search(text) if len(text) < 200 and "\n" not in text else None
    if match is None:
        return
    value = match["value"].strip().rstrip(".")
    reading = read_credit(f"Source: {value}")
    if reading is not None and not reading.bad and is_text_credit(reading) and not reading.persons:
        yield match.start() + 1, found(reading, _trim(text[:match.start()]), match.group().strip(),
                                       "closing a one-line caption after its source label")


# a known organisation, a slash and its photographer's two or three names at a sentence's start, then the story's next
# sentence, whose capitalised words run on into lower case ("... 2026. THE CANADIAN PRESS/Rich Lam Telecommunications
# giant TELUS is ...", "Photo: WFP/Jama Hassan The United Nations is using ..."); the organisation may be printed again
# in brackets after the name ("THE CANADIAN PRESS/Darryl Dyck (The Canadian Press)")
_CREDIT_BEFORE_STORY = re.compile(
    r"(?:^|(?<=[.!?])\s+|\n)(?P<label>(?:Photo|Picture|Credit|Image)s?:\s*)?"
    r"(?P<credit>(?P<org>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4}?)\s?/\s?(?P<name>[A-Z][\w'’-]+(?:\s(?:[A-Z]\.|[A-Z][\w'’-]*)){1,2}?)"
    r"(?:\s\((?P<again>[^()\n]{2,40})\))?)(?=\.?\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*\s[a-z])")


def _credit_before_story_candidates(text: str) -> Iterator[tuple[int, FoundCredit]]:
    """A known organisation's credit with its photographer at a sentence's start, the story's text run on after it.

    The name ends before the capitalised words that open the next sentence: a name runs on into no lower-case word.
    """
    if "/" not in text:
        return
    for match in _CREDIT_BEFORE_STORY.finditer(text):
        org = canonical_agency(match["org"].strip())
        if not org and not (match["label"] and match["org"].isupper()):
            continue  # a known organisation, or initials a label vouches for ("Photo: WFP/Name")
        if match["again"] and canonical_agency(match["again"]) != org:
            continue
        reading = read_credit(f"{match['label'] or ''}{match['org']}/{match['name']}")
        if reading is None or reading.bad or not is_text_credit(reading) or reading.persons != [match["name"]] \
                or not is_name(match["name"], strict=True):
            continue
        rest = f"{text[:match.start('credit')].rstrip()} {text[match.end():].lstrip()}".strip()
        credit = found(reading, rest, match["credit"], "before the story's next sentence")
        if match["again"]:
            credit = dataclasses.replace(credit, credit=dataclasses.replace(credit.credit, credit_line=match["credit"]))
        yield match.start("credit"), credit
        return


def find_anywhere(text: str, usual: Callable[[str], FoundCredit | None]) -> FoundCredit | None:
    """The best credit anywhere in a caption whose usual places hold none (see the module's docstring)."""
    doubled = _DOUBLED.sub(r"\1", text)
    cleaned = without_chrome(doubled)  # a gallery's counter, a file's slug: the page's furniture around the credit
    if cleaned != text:
        result = usual(cleaned)
        if result is not None and result.credit.credit_line:
            return dataclasses.replace(result, how=result.how + (" (a name printed twice read once)" if doubled != text
                                                                 else " (the page's counter or slug set aside)"))
    if _GLUE_POSSIBLE.search(cleaned):  # (most captions hold no name glued to a capital: the two scans are skipped)
        cleaned = _GLUED_BETWEEN.sub("\n\\1\n", _GLUED_AFTER.sub("\\1\n", cleaned))
    if ") " in cleaned:
        cleaned = _STORY_DATELINE.sub("\n", cleaned)  # "REUTERS/Name/IllustrationLONDON, June 30 (Reuters) - ..."
    if ": " in cleaned:
        cleaned = _WIRE_BEFORE_DATELINE.sub("\\1\n", cleaned)  # "... – Bernama PETALING JAYA: Malaysia ...": the next story
    korean = _korean_stamp_candidates(cleaned) if "©" in cleaned or "ⓒ" in cleaned else iter(())
    trailing = trailing_label_candidates(cleaned) if "uotr" in cleaned else iter(())
    for candidates in (korean, _last_copy(label_candidates(cleaned)), trailing, layout.broken_credit_candidates(cleaned),
                       bracket_candidates(cleaned), _line_candidates(cleaned, usual),
                       _own_line_candidates(cleaned),
                       _glued_candidates(cleaned), glued_candidates(cleaned), _lower_agency_candidates(cleaned),
                       _credit_before_story_candidates(cleaned),
                       _opening_candidates(cleaned), _closing_name_candidates(cleaned),
                       layout.capitals_name_candidates(cleaned),
                       _closing_wire_candidates(cleaned),
                       _opening_name_candidates(cleaned), layout.by_line_candidates(cleaned),
                       layout.name_between_repeats_candidates(cleaned), layout.organisation_line_candidates(cleaned),
                       _site_candidates(cleaned), _still_of_candidates(cleaned), _photo_by_sentence_candidates(cleaned), _photo_shows_candidates(cleaned),
                       _company_sentence_candidates(cleaned), _org_then_name_candidates(cleaned), gallery_candidates(cleaned),
                       _closing_source_candidates(cleaned) if ":" in cleaned else iter(()),
                       layout.counter_credit_candidates(cleaned),
                       cjk_candidates(cleaned) if not cleaned.isascii() else iter(())):
        best = min(candidates, key=lambda pair: pair[0], default=None)
        if best is not None:
            return best[1]
    return None


def _last_copy(candidates: Iterator[tuple[int, FoundCredit]]) -> Iterator[tuple[int, FoundCredit]]:
    """The labelled credits of a caption, the first of them standing for the last copy of itself.

    A page that carries an agency's caption prints the agency's credit in it and its own after it, the same
    photographer's each time ("(Photo by Name / AFP) (Photo by NAME/AFP via Getty Images) PHOTO: NAME/AGENCE
    FRANCE-PRESSE/GETTY IMAGES"): the last copy is the one the publisher formats as its credit, and names the
    carriers the picture came through. Other labelled credits, of other photographers, or a later field naming the
    photographer alone ("FOTO: NAME /CUARTOSCURO.COM\nAutor: Name"), are left as they are.
    """
    found = sorted(candidates, key=lambda pair: pair[0])
    if len(found) < 2:
        return iter(found)
    first = found[0][1].credit
    key = tuple(person.casefold() for person in first.photographers)
    copies = [pair for pair in found[1:] if key and tuple(person.casefold() for person in pair[1].credit.photographers)
              == key and (pair[1].credit.agency or not first.agency)]  # not a creator's field naming the person alone
    if not copies:
        return iter(found)
    return iter([(found[0][0], copies[-1][1])])


def _trim(text: str) -> str:
    return text.strip().rstrip("-–—|:/").rstrip()
