"""The pictures a text scrape shows: image URLs on lines of their own or glued to their captions, and the caption
and credit printed with each (a gallery's counters, a credit on the line under the caption).
"""

from __future__ import annotations

import re

from catalog.articles.html_photos import is_decorative_url, with_renditions
from catalog.articles.image_urls import (
    has_image_extension,
    image_extension_ends,
    image_file_name,
    is_image_service_url,
    named_width,
    picture_key,
)
from catalog.articles.photos import (
    GALLERY_COUNTER,
    PublishedPhoto,
    clean_text,
    describe_photo,
    split_unmarked_credit,
)
from catalog.articles.scrape_lines import (
    NAG,
    URL_START,
    asks_for_width,
    is_publication_line,
    names_an_image,
)
from catalog.credits import split_caption_credit
from catalog.credits.labels import TOTAL_FIRST_COUNTER
from catalog.credits.vocabulary import LABEL_ANYWHERE

# A Markdown picture; its address may hold balanced parentheses, as CommonMark allows (thumbor's "filters:quality(80)")
_MARKDOWN_IMAGE = re.compile(
    r"!\[(?P<alt>[^\]]*)\]\((?P<url>https?://(?:[^\s()]|\([^\s()]*\))+)(?:\s+\"(?P<title>[^\"]*)\")?\)"
)
# A bracket opened before a URL on its line, with a word and a colon in it: "[Imagen: ", "[Image: "
_OPEN_MARKER = re.compile(r"^\s*\[[^\W\d]{2,12}:\s*$")
# ... its word naming a picture: the copy says the address is one, whatever it looks like (PressReader's text copy
# writes "[Image: https://i.prcdn.co/img?regionKey=…]", its image service's address naming no file)
_PICTURE_MARKER = re.compile(r"^\s*\[(?:image|img|picture|photo|foto|bild|bilde|billede|imagen|imagem|immagine|"
                             r"afbeelding|kuva|zdjęcie|obrázek|resim|görsel)\s*:\s*$", re.IGNORECASE)
# Jina Reader numbers every picture's alt text: "![Image 3: Boats at the pier](…)", "![Image 4](…)"
_JINA_NUMBER = re.compile(r"^Image \d{1,3}(?::\s*|$)")
# The rest of a link around a picture: its words, then the link's address ("… Other headline](https://…)")
_CARD_END = re.compile(r"(?P<words>[^\[\]]*)\]\((?P<url>[^)\s]+)\)")
# Characters that continue a URL after ".jpg": a second extension, a path, a query.
_URL_CONTINUES = frozenset("./?#&=_-%~+")
_MIN_REPEATED_CAPTION = 20  # characters: a shorter line repeated beside a URL is not a caption
_LONGEST_WRAPPED_CAPTION = 5  # lines: a mail program wraps a caption at 72 characters or so
_LONGEST_SET_APART_CAPTION = 160  # characters: an uncredited caption line under a picture
_FEWEST_SET_APART_WORDS = 5  # a shorter line under a picture is a subheading ("Why it matters")
_EMPHASIS = re.compile(r"^([*_]{1,2})(?P<text>.+)\1$")
# An alt text written as a name in a template, not words about the picture: "rw-book-cover" (Readwise's cover image),
# "hero-image", "featured_img"
_SLUG_ALT = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")
_TOTAL_FIRST = re.compile(TOTAL_FIRST_COUNTER, re.IGNORECASE)


def scrape_photos(lines: list[str]) -> list[PublishedPhoto]:
    """The pictures of a scrape's lines in order, each once: Markdown images, then bare and glued image URLs."""
    lines = _counters_above_pictures(lines)
    photos: dict[str, PublishedPhoto] = {}
    for index, line in enumerate(lines):
        for match in _MARKDOWN_IMAGE.finditer(line):
            if _is_teaser_card(line, match):
                continue
            below = next((other for other in lines[index + 1 : index + 3] if other), "")
            emphasised = _EMPHASIS.match(below)
            caption = emphasised.group("text") if emphasised else match.group("title") or _alt_caption(match.group("alt"))
            credited = caption is not None and split_caption_credit(caption)[1] is not None
            if not emphasised and not credited and below and not URL_START.search(below) \
                    and not below.startswith(("©", "Copyright")) and split_caption_credit(below)[1]:
                caption = below  # the printed caption under the picture, with its credit
            elif not emphasised and caption is None and (_is_counted_markdown(lines, index)
                                                         or GALLERY_COUNTER.fullmatch(match.group("alt").strip())) and below \
                    and not URL_START.search(below) and not GALLERY_COUNTER.fullmatch(below) and not NAG.search(below) \
                    and len(below) <= _LONGEST_SET_APART_CAPTION:
                caption = below  # a gallery's slide: the line under it is its caption, credited or not
            elif not emphasised and not credited:
                # the caption (the alt again, or not) and the credit on a line of its own under the picture
                caption = _caption_over_credit_line(lines, index) or caption
            if not is_decorative_url(match.group("url")):
                photos.setdefault(match.group("url"), describe_photo(match.group("url"), caption=caption))
        for start in (m.start() for m in URL_START.finditer(line)):
            if line[max(0, start - 2) : start] == "](":
                continue  # already read as a Markdown image
            if start and not line[start - 1].isspace() and line[start - 1] not in "(<[\"'":
                continue  # a URL inside another (a resizer's ?src=https://…)
            rest = line[start:]
            closing = {"<": ">", "[": "]"}.get(line[start - 1]) if start else None
            if closing is None and _OPEN_MARKER.match(line[:start]):
                closing = "]"  # a mail program's marker where a picture was: "[Imagen: https://…]"
            if closing and closing in rest:  # "<https://…/a.jpg>", "[https://…]": an e-mail's URL, its end marked
                rest = f"{rest[:rest.index(closing)]} {rest[rest.index(closing) + 1:]}"
            elif start and line[start - 1] == "(" and rest.rstrip().endswith(")"):
                rest = rest.rstrip()[:-1]  # a plain-text mail's link, "Foto ansehen (https://…/a.jpg)" (Mailchimp's)
            found = _split_url_and_caption(rest, lines, index, said=bool(_PICTURE_MARKER.match(line[:start])))
            marked = line.strip().startswith("[") and closing == "]"
            if found and not is_decorative_url(found[0]):
                url, caption = found
                credit = None
                if marked and not clean_text(rest[len(url):].strip(" ]")):
                    caption = _credited_paragraph_under(lines, index) or caption
                if caption is None:
                    caption, credit = _caption_over_credit(lines, index)
                if caption is None:
                    caption = _caption_set_apart(lines, index, marked=marked)
                photos.setdefault(url, describe_photo(url, caption=GALLERY_COUNTER.sub("", caption or "") or None,
                                                      credit=credit))
    return list(photos.values())


def _counters_above_pictures(lines: list[str]) -> list[str]:
    """``lines`` with each gallery counter that stands alone between a picture and its caption ("![](…)", "1 of 3",
    "Caption. Photo: Name") moved above its picture, where a gallery's counter is read as the slide's: else the
    counter is taken for the caption and the caption for the next picture's. A counter that heads the next picture
    stays: one followed by a picture, one numbering a later picture than this ("Photo 2/2" under the first), or any
    under a picture its own counter already heads ("Photo 1/2" / caption / picture)."""
    pictures = [index for index, line in enumerate(lines) if _is_picture_line(line)]
    if not pictures:
        return lines
    moved = list(lines)
    for ordinal, index in reversed(list(enumerate(pictures, start=1))):
        under = [position for position in range(index + 1, min(len(moved), index + 6)) if moved[position]][:2]
        if len(under) != 2 or not GALLERY_COUNTER.fullmatch(moved[under[0]].strip()) \
                or URL_START.search(moved[under[1]]) or GALLERY_COUNTER.fullmatch(moved[under[1]].strip()) \
                or _counted_number(moved[under[0]]) > ordinal or _is_headed_by_counter(moved, index):
            continue
        counter = moved.pop(under[0])
        del moved[index + 1 : under[0]]  # the blank lines between picture and counter
        moved.insert(index, counter)
    return moved


def _counted_number(counter: str) -> int:
    """The place a gallery's counter gives its picture: "2 of 3" -> 2; written total first, "5-ből 1" -> 1."""
    numbers = [int(number) for number in re.findall(r"\d{1,3}", counter)]
    return numbers[-1] if _TOTAL_FIRST.search(counter) else numbers[0]


def _is_headed_by_counter(lines: list[str], index: int) -> bool:
    """True when a gallery's counter stands over the picture on line ``index``: on the lines right above it (its
    caption between, no blank line), or as the nearest line above it."""
    for above in range(index - 1, max(-1, index - 4), -1):
        if not lines[above]:
            break
        if GALLERY_COUNTER.fullmatch(lines[above].strip()):
            return True
    return _is_counted_markdown(lines, index)


def _is_picture_line(line: str) -> bool:
    """True for a line that shows a picture: a Markdown image, or an image address opening it."""
    return bool(_MARKDOWN_IMAGE.search(line)) or (line.startswith(("http://", "https://")) and " " not in line.strip()
                                                 and (names_an_image(line.strip()) or is_image_service_url(line.strip())))


def _split_url_and_caption(rest: str, lines: list[str], index: int, *,
                           said: bool = False) -> tuple[str, str | None] | None:
    """The image URL starting ``rest`` and the caption after it, or None when it is no image URL (``said``: a marker
    before it says it is a picture).

    The URL ends exactly where the repeated caption begins: the longest other line of the
    scrape that ``rest`` ends with. Without a repetition, the URL ends after the first image
    extension not continued by URL characters (so ``….jpg.optimal.jpg`` stays whole).
    """
    token = rest.split(None, 1)[0]
    counted = _is_counted(lines, index)  # a gallery's "Photo 2/4" above it: a picture, whatever its URL
    if not names_an_image(token) and not is_image_service_url(token) and not asks_for_width(token) and not counted \
            and not said \
            and not _is_over_credited_caption(lines, index):
        return None
    for other in sorted({line for i, line in enumerate(lines) if i != index}, key=len, reverse=True):
        if len(other) < _MIN_REPEATED_CAPTION or not rest.endswith(other):
            continue
        url = rest[: len(rest) - len(other)].rstrip()
        if url and not any(c.isspace() for c in url) and (has_image_extension(url) or is_image_service_url(url)):
            return url, other
    if not names_an_image(token):
        # A resizing service's URL names no file type: it runs to the end of its word.
        return token, clean_text(rest[len(token):]) or _neighbouring_caption(lines, index)
    ends = [end for end in image_extension_ends(token) if token[end : end + 1] not in _URL_CONTINUES]
    end = ends[0] if ends else len(token)
    url = token[:end]
    caption = clean_text(rest[end:])
    return url, caption or _neighbouring_caption(lines, index)


def _is_over_credited_caption(lines: list[str], index: int) -> bool:
    """True for a URL alone on its line right above a caption that ends in its credit (Apple News' extensionless
    "c.apple.news/AgE…" pictures): a picture, whatever its URL."""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    if " " in lines[index] or not below or URL_START.search(below):
        return False
    if not (below.endswith(")") or "/" in below or LABEL_ANYWHERE.search(below)):
        return False  # the cheap test first: a credit is labelled, bracketed or slashed ("(Name/Paper)")
    return split_caption_credit(below)[1] is not None or split_unmarked_credit(below)[1] is not None


def _neighbouring_caption(lines: list[str], index: int) -> str | None:
    """A caption on the line before or after a bare image URL: one that ends in a credit.

    A gallery's counter before it ("1 of 3 | ") is left out; a credit on a line of its own
    ("Photo: Name/Agency") takes the caption line above it along.
    """
    below = lines[index + 1] if index + 1 < len(lines) else ""
    if not below and index + 2 < len(lines) and lines[index + 2] and not _is_counted(lines, index):
        # a text browser's dump (elinks, a print page) leaves a blank line between a picture and its caption
        return _neighbouring_caption(lines[: index + 1] + lines[index + 2 :], index)
    if _is_counted(lines, index) and below and not URL_START.search(below) and not GALLERY_COUNTER.match(below):
        return below  # a gallery's "Photo 3/3" above the picture: the line under it is its caption, credited or not
    for neighbour in (index - 1, index + 1, index + 2):
        if neighbour == index - 1 and _under_a_picture(lines, neighbour):
            continue  # the caption and credit of the picture above ("lead art: URL / cutline: … / credit: …")
        if 0 <= neighbour < len(lines) and lines[neighbour] and not URL_START.search(lines[neighbour]):
            line = GALLERY_COUNTER.sub("", lines[neighbour])
            caption, credit = split_caption_credit(line)
            if credit is None and split_unmarked_credit(line)[1] is None:
                continue
            above = lines[neighbour - 1] if neighbour >= 1 else ""
            if not clean_text(caption) and above and not URL_START.search(above) and not GALLERY_COUNTER.match(above):
                return f"{above} {line}"  # "Photo: Name/Agency" or "Credit...Name" under its caption
            if neighbour != index + 2:
                return line
    return None


def _caption_over_credit_line(lines: list[str], index: int) -> str | None:
    """The caption line right under a picture and the credit alone on the line after it ("A roof on the quay." /
    "Photo: Cy Doe"), joined; None for any other lines. A reader's Markdown (percollate, Readability) may set each
    apart by a blank line, as the paragraphs of a figure's caption."""
    below, credit = _next_lines(lines, index, 2)
    if not below or not credit or len(below) > _LONGEST_SET_APART_CAPTION or URL_START.search(below + credit):
        return None
    caption, found = split_caption_credit(credit)
    return f"{below} {credit}" if found is not None and not clean_text(caption) else None


def _next_lines(lines: list[str], index: int, count: int) -> list[str]:
    """The ``count`` lines after line ``index``, each after one blank line at most ("" where there are no more)."""
    found: list[str] = []
    position = index + 1
    while len(found) < count:
        if position < len(lines) and not lines[position] and position + 1 < len(lines) and lines[position + 1]:
            position += 1  # one blank line between two paragraphs
        found.append(lines[position] if position < len(lines) else "")
        position += 1
    return found


def _under_a_picture(lines: list[str], index: int) -> bool:
    """True when line ``index`` is among the few lines right under another picture's address, without a blank."""
    for above in range(index - 1, max(-1, index - 4), -1):
        if not lines[above]:
            return False
        if URL_START.search(lines[above]):
            return True
    return False


def _caption_over_credit(lines: list[str], index: int) -> tuple[str | None, str | None]:
    """(caption, credit) printed on the two lines under a picture, the credit a name on its own ("Jiji Press")."""
    below, credit, after = (lines[index + offset] if index + offset < len(lines) else "" for offset in (1, 2, 3))
    if below and below[-1] in ".!?" and credit and not after and is_publication_line(credit):
        return below, credit
    return None, None


def _caption_set_apart(lines: list[str], index: int, *, marked: bool = False) -> str | None:
    """An uncredited caption: the one short line right under a picture, a blank line after it, worded as a
    caption rather than a sentence of the story (no full stop at its end). Under a mail's picture marker
    ("[https://…]" on its own line) it is the caption however it ends."""
    below, after = (lines[index + offset] if index + offset < len(lines) else "" for offset in (1, 2))
    if below and not after and len(below) <= _LONGEST_SET_APART_CAPTION and (marked or below[-1] not in ".!?:"
                                                                            and len(below.split()) >= _FEWEST_SET_APART_WORDS) \
            and not URL_START.search(below) and not NAG.search(below) and not GALLERY_COUNTER.match(below):
        return below
    return None


def _credited_paragraph_under(lines: list[str], index: int) -> str | None:
    """The paragraph right under a mail's picture marker, its lines as the mail program wrapped them joined, when it
    ends in a credit ("… en\nla sede central. (Foto: Archivo\nEOS)"); None otherwise."""
    paragraph: list[str] = []
    for line in lines[index + 1 : index + 1 + _LONGEST_WRAPPED_CAPTION]:
        if not line or URL_START.search(line):
            break
        paragraph.append(line)
    else:
        return None  # longer than a caption: the story's text
    joined = " ".join(paragraph)
    return joined if paragraph and split_caption_credit(joined)[1] is not None else None


def _alt_caption(alt: str) -> str | None:
    """A Markdown picture's alt text as its caption, without Jina Reader's numbering ("Image 5: …"); a bare
    "Image 5" is no caption, nor a gallery's counter ("Photo 2/3"), nor an alt written as a template's name
    ("rw-book-cover")."""
    alt = _JINA_NUMBER.sub("", alt).strip()
    return alt if alt and not _SLUG_ALT.match(alt) and not GALLERY_COUNTER.fullmatch(alt) else None


def _is_teaser_card(line: str, match: re.Match[str]) -> bool:
    """True for a Markdown picture inside a link with words beside it ("[![…](…/thumb.jpg) Other headline](…)"):
    another story's card, not a picture of this one."""
    if line[max(0, match.start() - 1) : match.start()] != "[":
        return False
    card = _CARD_END.match(line, match.end())
    return card is not None and bool(card.group("words").strip())


def _is_counted_markdown(lines: list[str], index: int) -> bool:
    """True when the line above a Markdown picture, blank lines left out, is a gallery's counter ("2 / 4")."""
    above = next((line for line in reversed(lines[max(0, index - 3) : index]) if line), "")
    return bool(GALLERY_COUNTER.fullmatch(above))


def _is_counted(lines: list[str], index: int) -> bool:
    """True when the line above ``index`` is a gallery's counter ("Photo 2/4", "Bild 1 von 3"), or the link on the line
    is one: a mail saved as text writes a link as its words then its address ("Photo 1 of 3 <https://…>")."""
    if index >= 1 and GALLERY_COUNTER.fullmatch(lines[index - 1]):
        return True
    address = URL_START.search(lines[index]) if 0 <= index < len(lines) else None
    return bool(address and address.start() and GALLERY_COUNTER.fullmatch(lines[index][: address.start()].rstrip(" <([")))


def renditions_merged(photos: list[PublishedPhoto]) -> list[PublishedPhoto]:
    """``photos`` with the copies of one picture in other sizes ("…/duqm-port.jpg?w=600" and "?w=1600", a reader's
    cover image and the story's picture) made one photo, where the first stood: its largest copy reported, the others
    in ``also_seen_as``, the caption and credit of the first copy printed with one. Copies are told by their address:
    one image file's name, each asking for a width of its own (a gallery's "02.jpg" and "03.jpg" are two files; a
    CMS's ".../images/1801/?type=article" names no file)."""
    groups: dict[tuple[str, ...], list[PublishedPhoto]] = {}
    for photo in photos:
        width = named_width(photo.image_url)
        name = image_file_name(photo.image_url) or ""
        key = picture_key(photo.image_url) if has_image_extension(name) else photo.image_url
        group = next((copies for (name, *_), copies in groups.items() if name == key and width is not None
                      and width not in {named_width(copy.image_url) for copy in copies}
                      and None not in {named_width(copy.image_url) for copy in copies}), None)
        if group is None:
            groups[(key, photo.image_url)] = [photo]
        else:
            group.append(photo)
    merged: list[PublishedPhoto] = []
    for copies in groups.values():
        described = next((copy for copy in copies if copy.caption or copy.credit_line), copies[0])
        others = [(copy.image_url, None) for copy in copies if copy is not described]
        merged.append(with_renditions(described, others) if others else described)
    return merged


def captioned_apart(photos: list[PublishedPhoto], lines: list[str]) -> list[PublishedPhoto]:
    """``photos`` with the pictures an extractor lists apart from its text (newspaper3k's top image and image set)
    given the captions the text kept, in order: lines ending in a credit that stand by no picture, after them all."""
    uncaptioned = [index for index, photo in enumerate(photos) if photo.caption is None and photo.credit_line is None]
    if not uncaptioned:
        return photos
    address_lines = [index for index, line in enumerate(lines) if URL_START.search(line)]
    last_picture = max((next((index for index in address_lines if photos[number].image_url in lines[index]), -1)
                        for number in uncaptioned), default=-1)
    near_addresses = {index + offset for index in address_lines for offset in (-1, 0, 1)}
    used = {photo.caption for photo in photos if photo.caption}
    captions = [line for index, line in enumerate(lines) if index > last_picture >= 0 and line
                and index not in near_addresses and split_caption_credit(line)[1] is not None
                and clean_text(split_caption_credit(line)[0]) and clean_text(split_caption_credit(line)[0]) not in used]
    found = list(photos)
    for number, caption in zip(uncaptioned, captions):
        found[number] = describe_photo(photos[number].image_url, caption=caption)
    return found
