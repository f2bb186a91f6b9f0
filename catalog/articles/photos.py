"""What a story publishes: the parsed article, its photos, and the field rules both parsers share."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any, Mapping

from catalog.articles.article import Article
from catalog.articles.image_urls import (
    image_file_name,
    image_identifiers,
    rendition_key,
)
from catalog.credits import Credit, parse_credit_line, split_caption_credit
from catalog.credits.agencies import (
    canonical_agency,
    fold,
    is_organisation_like,
    is_printed_as_name,
)
from catalog.credits.brackets import closing_file_word
from catalog.credits.labels import (
    COUNTER_BETWEEN,
    COUNTER_CLOSERS,
    GALLERY_HEADINGS,
    TOTAL_FIRST_COUNTER,
)
from catalog.credits.vocabulary import COURTESY, LABEL, NO_PARTY
from catalog.dates import MONTHS


@dataclass(frozen=True, kw_only=True)
class PublishedPhoto:
    """One photo a story publishes, with what the page prints beside it.

    Fields are ordered by the strength of the evidence they give the matcher: the image
    URL itself, then the file name and ids the URL carries, then caption and credit.
    """

    image_url: str  # absolute: the rendition the page shows (largest srcset candidate)
    file_name: str | None = None  # the uploaded file's name, CMS size decorations removed
    identifiers: tuple[str, ...] = ()  # wire/job ids and GUIDs seen in the URL, file name first
    caption: str | None = None  # without the credit
    credit_line: str | None = None  # printable, e.g. "AP Photo/Felipe Dana"
    agency: str | None = None
    photographers: tuple[str, ...] = ()
    distributor: str | None = None
    credit_qualifiers: tuple[str, ...] = ()
    alt_text: str | None = None
    also_seen_as: tuple[str, ...] = ()  # the page's other renditions of this picture (sizes, crops, copies)

    @property
    def rendition_key(self) -> str:
        """Equal for every rendition of the same uploaded image (for "known image URL" look-ups)."""
        return rendition_key(self.image_url)

    def to_record(self) -> dict[str, Any]:
        """The photo as plain JSON-ready values (the `article add --json` photo keys plus clues)."""
        return {
            "url": self.image_url,
            "caption": self.caption,
            "credit_line": self.credit_line,
            "agency": self.agency,
            "photographers": list(self.photographers),
            "distributor": self.distributor,
            "credit_qualifiers": list(self.credit_qualifiers),
            "alt_text": self.alt_text,
            "file_name": self.file_name,
            "identifiers": list(self.identifiers),
            "also_seen_as": list(self.also_seen_as),
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> "PublishedPhoto":
        """The photo back from its ``to_record`` values (keys missing from older records left empty)."""
        return cls(
            image_url=record["url"],
            file_name=record.get("file_name"),
            identifiers=tuple(record.get("identifiers") or ()),
            caption=record.get("caption"),
            credit_line=record.get("credit_line"),
            agency=record.get("agency"),
            photographers=tuple(record.get("photographers") or ()),
            distributor=record.get("distributor"),
            credit_qualifiers=tuple(record.get("credit_qualifiers") or ()),
            alt_text=record.get("alt_text"),
            also_seen_as=tuple(record.get("also_seen_as") or ()),
        )


@dataclass(frozen=True, kw_only=True)
class ParsedArticle:
    """An article page as parsed: the story's record and the photos it publishes, in page order."""

    article: Article
    photos: tuple[PublishedPhoto, ...] = ()
    # The canonical form of the URL the page was read from; differs from ``article.url``
    # when the page names another canonical URL (AMP pages, syndicated copies).
    source_url: str

    def to_record(self) -> dict[str, Any]:
        """The article as plain JSON-ready values (the `article add --json` keys, before matching)."""
        return {
            "url": self.article.url,
            "title": self.article.title,
            "byline": self.article.byline_text,
            "bylines": list(self.article.byline),
            "publication": self.article.publication,
            "published": self.article.published,
            "claimed_url": self.article.claimed_url,
            "publication_source": self.article.publication_source,
            "photos": [photo.to_record() for photo in self.photos],
        }


_SQUARE_TAIL = re.compile(r"\s*\[(?P<inner>[^\[\]]{2,60})\]\s*$")
_STOP_AFTER_BRACKET = re.compile(r"\)\.\s*$")


def describe_photo(
    image_url: str,
    *,
    caption: str | None = None,
    credit: str | None = None,
    alt_text: str | None = None,
) -> PublishedPhoto:
    """A ``PublishedPhoto`` from the image URL and the caption and credit text printed beside it.

    ``credit`` is text the page marks as the credit (a credit element, JSON-LD creditText);
    without it the credit is looked for inside the caption, as ingest does.
    """
    caption_text = clean_text(_CAPTION_LABEL.sub("", GALLERY_COUNTER.sub("", _TRAILING_OFFER.sub("", caption or "")))) \
        if caption else None
    if credit and not caption_text:
        caption_text, credit = _caption_in_credit(credit)
    field = _CREDIT_FIELD.search(caption_text or "") if not credit else None
    if field and caption_text[: field.start()].count("(") > caption_text[: field.start()].count(")"):
        field = None  # "… 2024. (photo credit: NAME/FLASH90)": a bracketed credit, its label's first word inside it
    if field:  # a story file's caption field followed by its credit field ("Didascalia: … Credito: …")
        caption_text, credit = clean_text(caption_text[: field.start()]), field.group("credit")
    found = None
    if caption_text:
        printed = caption_text
        caption_text, found = split_caption_credit(caption_text)
        left = _LEFT_LABEL.search(caption_text or "") if found is not None else None
        if left and (left.group("mark") or left.group("sign") or printed[len(caption_text):].lstrip().startswith(":")):
            caption_text = caption_text[: left.start()]  # "… am Dienstagabend Foto: Name / dpa": the label left behind
        owner = _LABEL_OWNER.search(caption_text or "") if found is not None else None
        if owner and _OWNED_LABEL.match(printed[len(caption_text):]):
            # "… during the closure. ST PHOTO: NAME": the label names whose photo it is (a paper's or a wire's initials)
            caption_text = caption_text[: owner.start()]
            if found.agency is None:
                found = dataclasses.replace(found, agency=canonical_agency(owner.group("owner")) or owner.group("owner"))
        caption_text = clean_text(caption_text)
        if caption_text and found is not None and caption_text[-1] not in ".!?…" and _STOP_AFTER_BRACKET.search(printed) \
                and printed.startswith(caption_text):
            caption_text += "."  # "… Raiffeisen (photo : Name).": the sentence's full stop after the credit ends it
        if caption_text and found is not None and caption_text[-1] in "、，,":
            caption_text = caption_text[:-1]  # "…、東京都千代田区、山田太郎撮影": the comma before the credit
    if caption_text and found is None:
        caption_text, found = split_unmarked_credit(caption_text)
    square = _SQUARE_TAIL.search(caption_text or "") if found is None else None
    if square:  # "… of the depot. [File, Standard]": a credit in square brackets closing the caption, read as in round ones
        rounded = f"{caption_text[: square.start()]} ({square.group('inner')})"
        rest, found = split_caption_credit(rounded)
        if found is None:
            rest, found = split_unmarked_credit(rounded)
        caption_text = clean_text(rest) if found is not None else caption_text
    credit_text = clean_text(credit)
    if credit_text:
        found = _read_credit(credit_text) or found
    return PublishedPhoto(
        image_url=image_url,
        file_name=image_file_name(image_url),
        identifiers=image_identifiers(image_url),
        caption=caption_text,
        # a credit the credit reader cannot read is still printed without its label ("Foto: Name. PAPER")
        credit_line=found.credit_line if found else clean_text(LABEL.sub("", credit_text or "")) or credit_text,
        agency=found.agency if found else None,
        photographers=tuple(found.photographers) if found else (),
        distributor=found.distributor if found else None,
        credit_qualifiers=tuple(found.qualifiers) if found else (),
        alt_text=clean_text(alt_text),
    )


def _caption_in_credit(credit: str) -> tuple[str | None, str]:
    """(caption, credit) of a credit element that prints the caption's sentence before the labelled credit (the
    Publisher theme's ``span.image-credit``: "Registon maydonida … marosimi. Foto: UzA"); (None, credit) for others."""
    text = clean_text(credit) or ""
    if "." not in text and "!" not in text and "?" not in text:
        return None, credit
    rest, found = split_caption_credit(text)
    printed = text[len(rest):].strip() if found is not None and text.startswith(rest) else ""
    if rest and rest[-1] in ".!?…" and printed and LABEL.match(printed):
        return rest, printed
    return None, credit


_PARTED_BY_FULL_STOP = re.compile(r"(?P<name>[^.]{3,40}[^.\s]{2})\.\s+(?P<organisation>[^.]{2,60})")


def _read_credit(text: str) -> Credit | None:
    """The credit a credit element prints; a label ("Foto: HZS Jihomoravského kraje") does not make the name after it
    a person's when the name alone reads as an organisation's; a full stop may part the name from the paper."""
    found = parse_credit_line(text)
    bare = clean_text(LABEL.sub("", text))
    parted = _PARTED_BY_FULL_STOP.fullmatch(bare or "")
    if found is None and parted:  # "Foto: Héctor Zamora. EL HERALDO ANDINO": the full stop parts name and paper
        both = parse_credit_line(f"{parted.group('name')}/{parted.group('organisation')}")
        if both and both.agency and both.photographers:
            return dataclasses.replace(both, credit_line=bare)
    # (a script without letter case, Hebrew or Arabic, gives the bare name no look of an organisation's)
    if found and bare and bare != text and not found.agency and found.photographers == (found.credit_line,) \
            and bare != bare.lower():
        alone = parse_credit_line(bare)
        if alone and alone.agency and not alone.photographers:
            return dataclasses.replace(found, agency=alone.agency, photographers=())
    return found


# A link's text copied with the caption: "… REUTERS/Name Purchase Licensing Rights, opens new tab".
_TRAILING_OFFER = re.compile(
    r"\s+(?:purchase|buy|order|download|license|licence)\b[\w ]{0,30}?(?:rights|prints?|photos?|images?|licen[cs]e)"
    r"(?:,?\s*opens (?:in )?(?:a )?new (?:tab|window))?\s*$", re.IGNORECASE)
# Whose photo a label says it is, after the caption's last sentence: a paper's or a wire's initials ("… during the
# closure. ST PHOTO: NAME"), or a paper's short name, one word ("… on Sunday. Post Photo: Name")
_LABEL_OWNER = re.compile(r"(?<=[.!?])\s+(?P<owner>[A-Z]{2,5}|[A-Z][a-z]{2,12})$")
_OWNED_LABEL = re.compile(r"\s+(?:PHOTO|FOTO|PICTURE|PIC|IMAGE|Photo|Picture)S?\s*:")
# "… Foto: Name / dpa", "… 2024 r. Fot. Name": a label the credit was read without, left at the caption's end
# (the copyright sign too: "… in Frankfurt © Hannelore Voss/Bloomberg")
_LEFT_LABEL = re.compile(r"\s+(?:(?:photo(?:graph)?|foto|fot|bild|credit|crédit|crédito)\s*(?P<mark>[.:])?|(?P<sign>©|\(c\)))$",
                         re.IGNORECASE)
# A story file's credit field after the caption's ("… Credit: Name/Agency", "Credito:", "Crédito:", "Bildnachweis:")
_CREDIT_FIELD = re.compile(r"\s+(?:[|/·–—-]\s*)?(?:(?:photo|image|picture|foto|bild)\s+)?(?:credits?|credito|crédito|crédit|credit line|bildnachweis|fotonachweis|kredit|"
                           r"kuvaaja|fotograf)\s*:\s+(?P<credit>\S.{1,120})$", re.IGNORECASE)
# A caption's own label in a story file or a chat ("CUTLINE: …", "caption: …", "Bildtext: …", "Légende : …")
_CAPTION_LABEL = re.compile(r"^(?:cutline|caption|photo caption|bildtext|bildunterschrift|légende|legende|pie de foto|"
                            r"didascalia|onderschrift|bijschrift)\s*:\s*", re.IGNORECASE)
# A gallery's counter before a caption: "1 of 3 | ", "Photo 2/5: ", "Bild 1 von 4 – ", "Zdjęcie 2 z 3. ", "Foto 1 de 3 · ",
# "Bilete 2 av 3: ", total first "5-ből 1 ", or before the caption's first capital when the counter was an element of
# its own ("1 of 3 Hikers on the plateau")
GALLERY_COUNTER = re.compile(
    rf"^(?:(?:{GALLERY_HEADINGS})\s+)?(?:\d{{1,3}}\s*{COUNTER_BETWEEN}\s*\d{{1,3}}|{TOTAL_FIRST_COUNTER})"
    rf"\s*(?:[{re.escape(COUNTER_CLOSERS)}]\s*|$|(?=(?-i:[A-ZÀ-ÞА-ЯЁ])))",
    re.IGNORECASE)  # the languages' words: labels.GALLERY_WORDS, COUNTER_WORDS, TOTAL_FIRST_COUNTER and COUNTER_CLOSERS
# "(Staff file photo)", "(Submitted photo)": the paper's own credit in brackets at the caption's end.
_HOUSE_KIND = r"(?:(?:staff|file|submitted|contributed|courtesy|handout|special|archive)\s+)*(?:photo|photos|photograph|picture|graphic|illustration)"
# "(Staff file photo)", "(Record file photo)" at the caption's end, or "… Lake Park. Riverton Record graphic":
# the paper's own credit, its short name (if any) before the kind of picture.
_BRACKETED_HOUSE_CREDIT = re.compile(
    r"\s*\((?P<credit>(?P<owner>(?:[A-Z][\w'’&.-]*\s+){0,3}?)" + _HOUSE_KIND + r")\)\s*$", re.IGNORECASE)
_HOUSE_TAIL = re.compile(r"(?<=[.!?])\s+(?P<credit>(?P<owner>(?:[A-Z][\w'’&.-]*\s+){1,4}?)" + _HOUSE_KIND + r")$")
_BRACKETED_AGENCY = re.compile(r"\s*\((?P<agency>[^()]{2,40})\)\s*$")
_GENERIC_OWNERS = frozenset("staff file submitted contributed courtesy handout special archive".split())
# "… on Wednesday night. Kevin Marsh/Metro Dispatch": a person and an organisation after the last sentence.
# "… Rabu (5/6/2024). NUSA/RIZKY PRATAMA": a paper's or an agency's word and the photographer's name, all in capitals,
# after the last sentence (Indonesian papers' credit: "KOMPAS/NAME", "ANTARA FOTO/NAME")
_CAPITALS_SLASH_TAIL = re.compile(r"(?<=[.!?])\s+(?P<credit>[A-Z]{2,}(?:\s[A-Z]{2,})?\s?/\s?[A-Z][A-Z'’.-]+"
                                  r"(?:\s[A-Z][A-Z'’.-]+){1,3})$")
_NAME_SLASH_TAIL = re.compile(r"(?<=[.!?])\s+(?P<credit>(?:[A-Z][\w'’-]+\s){1,3}?[A-Z][\w'’-]+\s*/\s*[A-Z][\w&'’ .-]{1,50})$")


# "… at Niseko on Saturday. | Aiko Tanabe": a name set apart by a pipe after the last sentence (Japan Times).
_PIPE_TAIL = re.compile(r"(?<=[.!?])\s+\|\s+(?P<credit>[^|]{2,60})$")
# "… no Palácio do Planalto | Sérgio Lacerda/Brasília Hoje - 3.jun.2024": a credit after a pipe, the day the picture
# was taken after it (Poder360's form)
_DATED_PIPE_TAIL = re.compile(r"\s+\|\s+(?P<credit>[^|]{2,80}?)\s+[-–]\s+\d{1,2}[./ ](?:[^\W\d]{3,9}|\d{1,2})\.?[./ ]"
                              r"\d{2,4}$")


# "… (à droite). Archives municipales de Chamonix": an archive or a collection named after the last sentence,
# without a full stop of its own, is where the picture came from.
# "… reading room in 1962. Ridgeline Historical Society": a name alone after the last sentence, no full stop of its own
# The name may open with a place's initials ("B.C. Ministry of Transportation"), never split after them.
_NAME_TAIL = re.compile(r"(?<=[.!?])(?<![A-Z]\.[A-Z]\.)\s+(?P<credit>(?:(?:[A-Z]\.){2,3}\s+)?[A-Z][\w'’&-]*"
                        r"(?:\s+[\w'’&-]+){1,6})$")
# "… on the green, 1921. Harwick Historical Society collection": an organisation's collection or archive, named after
# the last sentence: the credit kept whole, the organisation its agency
_COLLECTION_TAIL = re.compile(r"(?<=[.!?])\s+(?P<credit>(?P<owner>[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){1,5}?)\s+"
                              r"(?:collection|archives?|Collection|Archives?))$")
_ARCHIVE_TAIL = re.compile(
    r"(?<=[.!?])\s+(?P<credit>(?:Archives?|Archiv|Archivo|Archivio|Arquivo|Archief|Arkiv|Collection|Sammlung|Colección|"
    r"Collezione|Coleção|Musée|Museum|Museo|Bibliothèque|Library|Biblioteca|Bibliothek)\b(?:\s+[\w'’&-]+){1,6})$")


# "… piazza Cavour (foto Ansa)", "(foto di Luca Sala)": a credit in the closing bracket with its label in lower case
_LABELLED_BRACKET = re.compile(r"\s*[(（]\s*(?:foto|photo|fot\.?|bild|picture|pic|imagen|immagine)(?:\s*[:：]\s*|\s+(?:(?:di|de|by|"
                               r"von|par|da)\s+)?)(?P<credit>[^()（）]{2,60}?)\s*[)）]\s*$", re.IGNORECASE)
# Japanese papers' "…の幹部＝ロイター", "＝共同": a wire after the equals sign that closes the caption
_EQUALS_WIRE = re.compile(r"\s*[＝=](?P<credit>[^＝=\s]{2,12})$")
# or after the place and the day the equals sign opens: "…子どもたち＝旭川市で２０２４年６月５日、共同"
_EQUALS_CLAUSE_WIRE = re.compile(r"[＝=][^＝=]{1,60}?(?P<comma>、)(?P<credit>[^＝=、\s]{2,12})$")
# "… along Jalan Tun Dr Awang. — Filepic": the paper's archive picture, no one named
_DASHED_FILE = re.compile(r"(?<=[.!?])\s+[—–]\s+(?P<credit>file\s?pic(?:ture)?|filepic|file photo|archive photo)$",
                          re.IGNORECASE)


# "… at the hearing. (Photo supplied)", "… in 2022. Picture supplied", "… Madras St. SUPPLIED": a picture handed to
# the paper, the credit kept whole and naming no one; the word alone only in capitals or in brackets
_HANDED_IN = re.compile(
    r"(?:(?<=[.!?])\s+(?:[–—-]\s+)?|\s*\((?=[^()]+\)$))(?P<credit>(?i:(?:photo|picture|image|pic)\s+(?:supplied|submitted|"
    r"provided|contributed))"
    r"|SUPPLIED|SUBMITTED|PROVIDED)\)?\s*$")
# French "… en 1968. Photo d'archives AFP", "Photo archives LNC": a file picture and whose archive it is, kept whole
_FILE_PICTURE = re.compile(r"(?<=[.!?])\s+(?P<credit>(?:Photo|PHOTO)\s+(?:d['’]\s?)?(?i:archives?)(?:\s+(?P<owner>[A-Z][\w&'’ .-]{1,40}))?)$")


def split_unmarked_credit(caption: str) -> tuple[str | None, Credit | None]:
    """A credit the caption reader leaves in the caption: a house credit ("(Staff file photo)"), a handed-in picture
    ("Photo supplied"), a file picture ("Photo d'archives AFP", "（資料圖片）"), a "Name/Organisation" tail,
    an archive named after the last sentence, a labelled credit in lower case in the closing bracket, a wire after
    an equals sign."""
    # first: "(Photo d'archives)" is the picture's kind in the language's words, no label before a name
    file_word = closing_file_word(caption)
    if file_word:
        return clean_text(caption[: file_word.start()]), Credit(credit_line=file_word.group("credit"), qualifiers=("file",))
    labelled = _LABELLED_BRACKET.search(caption)
    found = parse_credit_line(labelled.group("credit")) if labelled else None
    if labelled and found and (found.agency or found.photographers):
        return clean_text(caption[: labelled.start()]), found
    for wire in (_EQUALS_WIRE.search(caption), _EQUALS_CLAUSE_WIRE.search(caption)):
        if wire and canonical_agency(wire.group("credit")):
            end = wire.start("comma") if "comma" in wire.groupdict() else wire.start()
            return clean_text(caption[:end]), Credit(credit_line=wire.group("credit"),
                                                     agency=canonical_agency(wire.group("credit")))
    archive_picture = _DASHED_FILE.search(caption)
    if archive_picture:
        return clean_text(caption[: archive_picture.start()]), Credit(credit_line=archive_picture.group("credit"),
                                                                      qualifiers=("file",))
    handed_in = _HANDED_IN.search(caption)
    if handed_in:
        return clean_text(caption[: handed_in.start()]), Credit(credit_line=handed_in.group("credit"))
    file_picture = _FILE_PICTURE.search(caption)
    if file_picture:
        owner = file_picture.group("owner")
        return clean_text(caption[: file_picture.start()]), Credit(
            credit_line=file_picture.group("credit"), agency=owner and (canonical_agency(owner) or owner), qualifiers=("file",))
    house = _BRACKETED_HOUSE_CREDIT.search(caption) or _HOUSE_TAIL.search(caption)
    if house:
        line = clean_text(house.group("credit"))
        owner = clean_text(house.group("owner"))
        if owner and owner.split()[0].lower() in _GENERIC_OWNERS:
            owner = None
        qualifiers = tuple(word for word in ("file", "handout", "courtesy") if word in line.lower().split())
        return clean_text(caption[: house.start()]), Credit(credit_line=line, agency=owner, photographers=(),
                                                            distributor=None, qualifiers=qualifiers)
    bracketed = _BRACKETED_AGENCY.search(caption)
    if bracketed and canonical_agency(bracketed.group("agency")):  # "… martedì mattina (ANSA)"
        agency = canonical_agency(bracketed.group("agency"))
        return clean_text(caption[: bracketed.start()]), Credit(credit_line=bracketed.group("agency"), agency=agency)
    if bracketed and _is_bracketed_source(bracketed.group("agency")):
        return clean_text(caption[: bracketed.start()]), _source_credit(bracketed.group("agency"))
    piped = _PIPE_TAIL.search(caption)
    found = parse_credit_line(piped.group("credit")) if piped and is_printed_as_name(piped.group("credit")) else None
    if found and (found.agency or found.photographers):
        return clean_text(caption[: piped.start()]), found
    dated = _DATED_PIPE_TAIL.search(caption)
    found = parse_credit_line(dated.group("credit")) if dated else None
    if found and "/" in found.credit_line and (found.agency or found.photographers):
        return clean_text(caption[: dated.start()]), found
    tail = _NAME_SLASH_TAIL.search(caption) or _CAPITALS_SLASH_TAIL.search(caption)
    if tail:
        found = parse_credit_line(tail.group("credit"))
        if found and found.agency and found.photographers:
            return clean_text(caption[: tail.start()]), found
    collection = _COLLECTION_TAIL.search(caption)
    if collection and is_organisation_like(collection.group("owner")):
        return clean_text(caption[: collection.start()]), Credit(credit_line=collection.group("credit"),
                                                                 agency=collection.group("owner"))
    archive = _ARCHIVE_TAIL.search(caption)
    if archive:
        line = archive.group("credit")
        return clean_text(caption[: archive.start()]), Credit(credit_line=line, agency=line)
    named = _NAME_TAIL.search(caption)
    if named and is_organisation_like(named.group("credit")) and is_printed_as_name(named.group("credit")):
        line = named.group("credit")  # Hugo's figure "attr" printed bare: "… in 1962. Ridgeline Historical Society"
        return clean_text(caption[: named.start()]), Credit(credit_line=line, agency=line)
    return caption, None


def _is_bracketed_source(text: str) -> bool:
    """True for what a caption's closing bracket names as the picture's source: an organisation by its name
    ("(Durham County Council)", "(Millbrook Historical Society)") or a courtesy ("(Courtesy)", "(Supplied)").

    A position ("(left)"), a year or a note ("(Representative image)") is not one.
    """
    return not any(char.isdigit() for char in text) and (
        fold(text) in NO_PARTY or bool(COURTESY.match(text)) or is_organisation_like(text))


def _source_credit(text: str) -> Credit:
    """The credit a closing bracket's source gives: a courtesy as the credit tables read it, an organisation as agency."""
    if fold(text) in NO_PARTY:  # "(Courtesy)": a courtesy picture, no one named
        return Credit(credit_line=text, qualifiers=("courtesy",) if fold(text) == "courtesy" else ())
    return (COURTESY.match(text) and parse_credit_line(text)) or Credit(credit_line=text, agency=text)


_SPACE = re.compile(r"\s+")


def clean_text(text: str | None) -> str | None:
    """``text`` with runs of whitespace (incl. no-break spaces) made one space; None when empty."""
    if text is None:
        return None
    cleaned = _SPACE.sub(" ", text.replace("\u00ad", "")).strip()
    return cleaned or None


def split_byline(text: str | None) -> tuple[str, ...]:
    """The people named in a byline (``catalog.articles.bylines.split_byline``, kept here for older imports)."""
    from catalog.articles.bylines import (
        split_byline as split,  # bylines imports clean_text from here
    )

    return split(text)


_MONTH_NAME = r"(?P<month>[A-Za-z]{3,9})\.?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})\b"),
    re.compile(_MONTH_NAME + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b"),
    re.compile(r"\b(?P<day>\d{1,2})\.?\s+" + _MONTH_NAME + r",?\s+(?P<year>\d{4})\b"),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b"),  # "15.01.2024": dots put the day first
)


def iso_date(text: str | None) -> str | None:
    """A publication date as ISO 8601: full date-time when the page gives one, else the date.

    Accepts ISO 8601, RFC 2822 ("Sat, 25 Mar 2017 14:32:00 GMT") and dates written out
    ("March 25, 2017", "25 March 2017"); anything else gives None.
    """
    cleaned = clean_text(text)
    if not cleaned:
        return None
    try:
        value = datetime.fromisoformat(cleaned)
    except ValueError:
        pass
    else:
        # "2017-03-25" and "20170325" name a day, not midnight.
        return value.date().isoformat() if len(cleaned) <= 10 else value.isoformat()
    try:
        return parsedate_to_datetime(cleaned).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return find_date(cleaned)


def find_date(text: str) -> str | None:
    """The first written-out calendar date inside ``text``, as an ISO 8601 date."""
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            month = match.group("month")
            number = int(month) if month.isdigit() else MONTHS.get(month.lower())
            try:
                if number:
                    day = datetime(int(match.group("year")), number, int(match.group("day")))
                    return day.date().isoformat()
            except ValueError:
                continue
    return None
