"""The caption and credit a page prints with a photo, and the text a reader sees in an element.

A photo's caption and credit are looked for upward from the image to its figure (figcaption,
elements whose class, itemprop or data attributes say caption or credit), then in the blocks
right after its wrapper (Drupal's image fields), then in the short block beside it in its own small wrapper.
"""

from __future__ import annotations

import re
from typing import Iterable

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from catalog.articles.photos import clean_text, split_unmarked_credit
from catalog.credits import parse_credit_line, split_caption_credit
from catalog.credits.agencies import is_printed_as_name
from catalog.credits.vocabulary import LABEL_ANYWHERE

PHOTO_TAGS = ("img", "amp-img")
# Where an image names its picture: a stand-in names only data: URIs there. Lazy loaders name it in attributes of
# their own ("data-lazy", "data-echo", "data-layzr", "data-flickity-lazyload": html_photos reads them all)
_SOURCE_ATTRIBUTE = re.compile(r"^(?:src|srcset|data-.*(?:src|lazy|original|echo|layzr).*)$")
_BYLINE_MARKS = frozenset({"byline"})
_LONGEST_UNMARKED_CAPTION = 300  # characters: a longer unmarked block is the story's text
_DANGLING_SEPARATOR = re.compile(r"\s+[-–—|/·:]+$")
_SKIPPED_TEXT_TAGS = frozenset({"script", "style", "template", "noscript", "button", "svg", "select"})
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 "
    "h6 header hr li main nav ol p pre section table td th tr ul".split()
)
# and the picture-text words of other CMSs: Chinese portals' "pictext", Scandinavian "bildtext", German "bildunterschrift",
# "legenda" (Portuguese, Italian, Polish), "leyenda" (Spanish), "didascalia" (Italian), "bildtekst" (Danish, Norwegian)
_CAPTION_WORDS = frozenset({"caption", "cutline", "figcaption", "legend", "description", "pictext", "pictxt", "imgtext",
                            "imgtxt", "picdesc", "imgdesc", "bildtext", "bildunterschrift", "legenda", "leyenda",
                            "didascalia", "bildtekst", "kuvateksti", "onderschrift"})
_CREDIT_LABEL = re.compile(
    r"(?:photo(?:graph)?s?|foto(?:s|grafía|grafia)?|bild|credit|crédit|crédito|image(?: source)?|imagen|picture|"
    r"illustration|kuva|zdjęcie|©)\s*(?::|,|©|by\b)", re.IGNORECASE)  # BBC: "Image source, Getty Images"
_LONGEST_CREDIT = 120
_DANGLING_LABEL = re.compile(r"\s+" + _CREDIT_LABEL.pattern + r"\s*$", re.IGNORECASE)  # a credit's label, its credit apart
_SLASHED_BRACKET_END = re.compile(r"\([^()/]{1,40}/[^()]{1,60}\)$")  # "(Antara/Name)" closing a caption
_SOURCE_WORD = re.compile(r"\b(?:courtesy|collection|archives?)\b", re.IGNORECASE)  # where an unlabelled credit says it came from
# and in other languages: "crédito" (Portuguese, Spanish), "crediti" (Italian), "Bildnachweis" (German)
_CREDIT_WORDS = frozenset({"credit", "credits", "copyright", "photographer", "attribution", "byline", "credito",
                           "creditos", "crédito", "créditos", "crediti", "bildnachweis", "fotonachweis"})
_SOURCE_BLOCKS = ("p", "div", "figcaption", "span")
_CREDIT_ITEMPROPS = frozenset({"copyrightholder", "credittext", "author", "creator", "copyrightnotice"})
_HIDDEN_CLASSES = frozenset({"sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "hidden"})
# Screen-reader-only text in generated class names too ("ssrcss-1f39n02-VisuallyHidden", "u-hide-visually", "off-screen").
_HIDDEN_CLASS_PART = re.compile(r"visually-?hidden|hide-?visually|sr-only|screen-?reader|off-?screen", re.IGNORECASE)
_CAPTION_CLIMB = 5  # levels above an image searched for its figure and caption
WORD_SPLIT = re.compile(r"[\s_.-]+")
_CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")  # Brightspot's "PagePromo-media", "CarouselSlide-infoDescription"
_CALL_TO_ACTION = re.compile(
    r"(?:purchase|buy|license|licence|download|order|view|see|enlarge|expand|open|share)\b.*(?:rights|print|photo|image|"
    r"gallery|licen[cs]e|full|larger|here)", re.IGNORECASE)
# Controls a slide or caption box prints where a credit might stand: not a credit.
_CONTROL_LABEL = re.compile(r"(?:(?:read|show|see|view)\s+(?:more|less|all)|more|expand|close|open|zoom)\W*$", re.IGNORECASE)
# A caption box's own buttons (NPR's "<b class=hide-caption>hide caption</b>", "toggle caption"): marked so by
# their class, and saying only what they do.
_CONTROL_CLASS_WORDS = frozenset({"hide", "show", "toggle", "expand", "collapse", "close"})
_CONTROL_TEXT = re.compile(r"(?:hide|show|toggle|expand|collapse|close)(?:\s+(?:the\s+)?(?:caption|captions|credit|credits|"
                           r"photo|image|more|less|all|text))?\W*$", re.IGNORECASE)
_LICENCE_WORDS = frozenset({"license", "licence", "cc-license", "creative-commons"})
_END_OF_BLOCK = object()  # marks where a block element's text ends in _visible_text
_ELEMENT_EDGE = object()  # marks where an inline element's text ends, for visible_text(lines=True)
_ELEMENT_EDGE_MARK = "\x00"
_TOUCHING_ELEMENTS = re.compile(r"(?<=\w)\x00+(?=\w)")


# "Author" in the main news languages as CMS themes spell it in class names (ASCII, lower case: "bloc-auteur",
# "autor-box", "yazar", "szerzo"): an author's block, whose picture is a headshot and whose names are no byline
AUTHOR_WORDS = frozenset({"author", "authors", "auteur", "auteurs", "autor", "autores", "autora", "autoras", "autore",
                          "autori", "autorin", "autoren", "autorzy", "autorka", "autorius", "autors", "szerzo", "szerzok",
                          "forfatter", "forfattere", "forfattare", "skribent", "toimittaja", "kirjoittaja", "yazar",
                          "yazarlar", "penulis", "tacgia", "avtor", "avtorji"})


def words(tag: Tag, *attributes: str) -> set[str]:
    """Lower-cased words of a tag's class and id (and any extra attributes), split at - and _."""
    values: list[str] = list(tag.get("class") or [])
    for name in ("id",) + attributes:
        value = tag.get(name)
        if isinstance(value, str):
            values.append(value)
    words: set[str] = set()
    for value in values:
        lowered = value.lower()
        words.add(lowered)
        words.update(word for word in WORD_SPLIT.split(lowered) if word)
        words.update(word.lower() for word in WORD_SPLIT.split(_CAMEL_CASE.sub("-", value)) if word)
    return words




def caption_and_credit(image: Tag, container: Tag) -> tuple[str | None, str | None]:
    """The caption and credit printed with ``image``: its figure's figcaption and credit elements.

    A credit printed over the picture (BBC's "Image source") sits lower than the figure's
    caption: it is kept, and the search goes on up to the figure for the caption.
    """
    element, credit_text = image, None
    # a picture shown only in <noscript> (a gallery's script-less copy) is no shown photo itself: the block around its
    # <noscript> is its own, and a block holding another photo besides is not ("<div class=gallery-embed><noscript>")
    own = image.find_parent("noscript")
    while own is not None and isinstance(own.parent, Tag) and own.parent.name in (*PHOTO_TAGS, "picture", "noscript"):
        own = own.parent  # AMP's "<amp-img …><noscript><img></noscript></amp-img>": the shown picture's own copy
    for _ in range(_CAPTION_CLIMB):
        parent = element.parent
        if parent is None or parent is container or photo_count(parent) > 1 \
                or own is not None and isinstance(own.parent, Tag) and photo_count(parent) > photo_count(own.parent):
            break
        if parent.name == "header" and parent.find("h1") is not None and element.find("h1") is None:
            break  # the story's <header> around its lead picture: its headline, standfirst and byline are the story's
        # controls ("Read more") are left out after nesting is: reading each of thousands of nested credits' text is slow
        credits = [tag for tag in _outermost(tag for tag in parent.find_all(True)
                                             if _is_credit_element(tag) and not contains(tag, image))
                   if not _CONTROL_LABEL.match(tag.get_text(" ", strip=True))]
        if any(not words(tag) & _BYLINE_MARKS for tag in credits):
            # an AMP story page's article byline beside the photo's credit: the credit speaks for the photo
            credits = [tag for tag in credits if not words(tag) & _BYLINE_MARKS]
        credit_ids = {id(tag) for tag in credits}
        captions = _outermost(
            tag
            for tag in parent.find_all(True)
            if _is_caption_element(tag) and not contains(tag, image) and id(tag) not in credit_ids
        )
        if len(captions) == 1 and not credits:
            credits = _credit_part(captions[0])  # El País: <figcaption><span>caption</span><span>Name</span>
        is_figure = parent.name == "figure" or "wp-caption" in (parent.get("class") or [])
        if captions or is_figure or credits and credit_text is None:
            marked = bool(captions)
            if not captions and is_figure:
                captions = [parent]  # caption text written straight into the figure
            elif not captions:
                captions = _credit_boxes(credits, image) or _titled_block(parent, image, credits)
            caption = clean_text(" ".join(_without_repeats([visible_text(tag, skip=credits) for tag in captions])))
            if caption and credits:  # "Barcos no rio - <span class=credits>…</span>": the dash led to the credit
                caption = clean_text(_DANGLING_SEPARATOR.sub("", _DANGLING_LABEL.sub("", caption)))  # so did "Photo:"
            credit_text = credit_text or clean_text(" ".join(filter(None, (visible_text(tag) for tag in credits)))
                                                    .rstrip(" ,;|/·–—-"))  # the licence left out after its comma
            declared = [_declared(tag) for tag in captions]
            if len(declared) == 1 and declared[0][1]:  # Gannett's data-c-caption / data-c-credit: the CMS's own fields
                caption, credit_text = declared[0][0] or caption, declared[0][1]
            # A bare figure (Brightspot's carousel slide) leaves its caption to the block around it.
            if marked or caption or credit_text and is_figure:
                return caption, credit_text
        element = parent
    caption, credit_text = _caption_and_credit_after(element, credit_text)
    if caption is None and credit_text is None:
        caption = _credited_line_under(image, element)
    if caption is None and credit_text is None:
        caption = _text_beside(image, container)
    if caption is None and credit_text is None:
        caption = _caption_apart(image, container)
    if caption is None and credit_text is None:
        credit_text = _gallery_credit(image)
    return caption, credit_text


def _caption_apart(image: Tag, container: Tag) -> str | None:
    """The caption a theme prints apart from its picture: a block marked as a picture's caption, outside any figure,
    opening the next block after the picture with no other picture before it (Astra's featured image in the entry's
    header, its "wp-caption-text featured-caption" opening the entry's content under the headline and the meta).

    A block marked only "description" or "legend" may be the story's standfirst, and a caption followed by a picture
    may be printed over that picture: neither is taken.
    """
    unit = image
    while isinstance(unit.parent, Tag) and unit.parent is not container and photo_count(unit.parent) <= 1:
        unit = unit.parent
    seen = 0
    for tag in unit.next_elements:
        if not isinstance(tag, Tag) or contains(unit, tag):
            continue
        seen += 1
        if seen > _CAPTION_APART_REACH or not contains(container, tag) or tag.name in PHOTO_TAGS or tag.name == "figure":
            return None
        if not words(tag) & _APART_CAPTION_WORDS or tag.find_parent("figure") is not None or _is_hidden(tag):
            continue
        first = next(iter(_shown_parts(tag.parent)), None)
        after = tag.find_next_sibling(True)
        text = clean_text(visible_text(tag))
        if first is not tag or tag.find(PHOTO_TAGS) is not None or after is not None and (
                after.name in PHOTO_TAGS or after.find(PHOTO_TAGS) is not None):
            return None
        return text if text and len(text) <= _LONGEST_UNMARKED_CAPTION else None
    return None


_CAPTION_APART_REACH = 40  # elements after the picture: its header's headline, standfirst, byline and dates
_APART_CAPTION_WORDS = _CAPTION_WORDS - {"description", "legend"}


def _without_repeats(texts: list[str | None]) -> list[str]:
    """Caption parts less those another part prints again: the Tribune papers print the caption, then the caption with
    its credit ("trb_embed_related_caption", "…_credit_and_caption"); the fuller part is kept."""
    parts = [clean_text(text) or "" for text in texts]
    kept: list[str] = []
    for index, part in enumerate(parts):
        if part and part not in kept and not any(
                other != part and part in other for other in parts[:index] + parts[index + 1:]):
            kept.append(part)
    return kept


def credit_opening_the_text(image: Tag, container: Tag) -> str | None:
    """A photographer's labelled credit printed alone as the first paragraph after the picture's block, opening
    the story's text ("<p><em>Source: Accra Mirror/Efua Boateng</em></p>" under the featured picture), or None. A
    credit naming only an outlet there ("Source: Reuters") may be the story's own source: it is not taken."""
    block = image
    while isinstance(block.parent, Tag) and block.parent is not container and photo_count(block.parent) == 1:
        block = block.parent
    after = block.find_next_sibling(True)
    first = after.find(True) if after is not None and after.name not in ("p", *PHOTO_TAGS) else after
    while first is not None and first.name not in ("p", *PHOTO_TAGS) and first.find(True) is not None:
        first = first.find(True)  # down to the paragraph the block opens with
    if first is None or first.name in PHOTO_TAGS or first.find(PHOTO_TAGS) is not None:
        return None
    text = clean_text(visible_text(first)) or ""
    if not text or len(text) > _LONGEST_CREDIT or not LABEL_ANYWHERE.match(text):
        return None
    caption, credit = split_caption_credit(text)
    return text if credit is not None and credit.photographers and not clean_text(caption) else None


def _credit_part(caption: Tag) -> list[Tag]:
    """The last of a caption's parts printed as elements of their own when it is a credit alone: a person's or an
    agency's name after the sentence of the part before it ("<span>… en la gola.</span><span>Claudio Álvarez</span>");
    or the first, a name before the sentence of the parts after it ("<span>EFE</span> <span>La ministra …</span>")."""
    parts = [child for child in caption.children if isinstance(child, Tag)]
    loose = "".join(str(child) for child in caption.children if isinstance(child, NavigableString)).strip()
    if len(parts) < 2 or loose or any(part.find(PHOTO_TAGS) for part in parts):
        return []
    before = clean_text(" ".join(visible_text(part) for part in parts[:-1])) or ""
    if _is_sentence(before) and _is_name_credit(clean_text(visible_text(parts[-1])) or ""):
        return [parts[-1]]
    after = clean_text(" ".join(visible_text(part) for part in parts[1:])) or ""
    if _is_sentence(after) and after[0].isupper() and _is_name_credit(clean_text(visible_text(parts[0])) or ""):
        return [parts[0]]
    return []


def _is_sentence(text: str) -> bool:
    return bool(text) and text[-1] in ".!?»”\""


def _is_name_credit(text: str) -> bool:
    """True for a short text that is a credit and nothing else: a person's or an agency's name, no sentence."""
    if not text or len(text) > _LONGEST_CREDIT // 2 or text[-1] in ".!?:":
        return False
    found = parse_credit_line(text)
    return found is not None and bool(found.agency or found.photographers) and is_printed_as_name(text)


def _gallery_credit(image: Tag) -> str | None:
    """The credit a gallery's own caption gives all its pictures when it is only a credit (Ghost's gallery card:
    "Photos: Name" under two rows of pictures); a gallery's caption that describes speaks for none of them."""
    figure = image.find_parent("figure")
    if figure is None or photo_count(figure) < 2:
        return None
    caption = figure.find("figcaption", recursive=False)
    text = clean_text(visible_text(caption)) if caption is not None else None
    if not text or len(text) > _LONGEST_CREDIT:
        return None
    left, credit = split_caption_credit(text)
    return text if credit is not None and not clean_text(left) else None


def _credited_line_under(image: Tag, top: Tag) -> str | None:
    """A credited caption in the block right after the picture or one of its wrappers up to ``top`` (a newsletter's
    table: the caption in the row under the picture's row; a photo box's heading under its picture)."""
    tag = image
    while True:
        sibling = tag.find_next_sibling(True)
        if sibling is not None and _is_credited_line(sibling):
            return clean_text(visible_text(sibling))
        if tag is top or not isinstance(tag.parent, Tag):
            return None
        tag = tag.parent


def _text_beside(image: Tag, container: Tag) -> str | None:
    """The short text block printed right after the picture inside the picture's own small wrapper, a wrapper holding
    just the two, whatever its class is named in the site's language (Icelandic "myndatexti", Korean "image-desc").

    A related story's card (a link, or a block holding one), a byline or a date, a control, or a paragraph of the
    story's text longer than a caption is no caption.
    """
    unit = image
    while isinstance(unit.parent, Tag) and unit.parent is not container and (
            unit.parent.name in _IMAGE_WRAPPERS or len(_shown_parts(unit.parent)) == 1):
        unit = unit.parent
    wrapper = unit.parent
    if not isinstance(wrapper, Tag) or wrapper is container or wrapper.find_parent("a") is not None:
        return None
    # a line break between the picture and its line is no part of either (Movable Type's "<img> <br> <i>caption</i>")
    parts = [part for part in _shown_parts(wrapper) if part.name != "br"]
    if len(parts) != 2 or parts[0] is not unit or any(isinstance(node, NavigableString) and node.strip()
                                                      for node in wrapper.contents):
        return None
    block = parts[1]
    # the only text beside the picture may be marked as its title ("img-title"): its caption
    if block.name not in _BESIDE_BLOCKS or block.find(["a", "time", "button", *PHOTO_TAGS, *_HEADINGS]) is not None \
            or words(block) & _NOT_CAPTION_WORDS - {"title"} or _is_hidden(block) or _is_call_to_action(block):
        return None
    text = clean_text(visible_text(block))
    if not text or len(text) > _LONGEST_UNMARKED_CAPTION or not _LETTER.search(text) \
            or _CONTROL_LABEL.match(text) or _CALL_TO_ACTION.match(text):
        return None
    return text


def _titled_block(wrapper: Tag, image: Tag, credits: list[Tag]) -> list[Tag]:
    """The one text block beside the picture and its credit inside their wrapper, marked as the picture's title (AEM's
    "cmp-image__title", "img-title"): the caption the CMS calls a title; [] when there are others, or it is none."""
    blocks = [part for part in _shown_parts(wrapper) if part is not image and not contains(part, image)
              and part.name != "br" and not any(part is credit or contains(part, credit) for credit in credits)
              and clean_text(visible_text(part))]
    if len(blocks) != 1:
        return []
    block = blocks[0]
    marks = words(block)
    if "title" not in marks or marks & _NOT_CAPTION_WORDS - {"title"} or block.name not in _BESIDE_BLOCKS \
            or block.find(["a", "time", "button", *PHOTO_TAGS, *_HEADINGS]) is not None or _is_hidden(block) \
            or len(clean_text(visible_text(block)) or "") > _LONGEST_UNMARKED_CAPTION:
        return []
    return [block]


def _shown_parts(tag: Tag) -> list[Tag]:
    """The elements inside ``tag`` a reader sees, a lazy picture's <noscript> copy and scripts left out."""
    return [child for child in tag.children if isinstance(child, Tag) and child.name not in _UNSHOWN_TAGS]


_IMAGE_WRAPPERS = frozenset({"picture", "a"})
# the blocks a line beside a picture is printed in: a site's own block, or the italic or small line hand-written and
# older CMS pages print under a picture ("<i>", "<em>", "<small>")
_BESIDE_BLOCKS = (*_SOURCE_BLOCKS, "i", "em", "small")
_UNSHOWN_TAGS = frozenset({"noscript", "script", "style", "template", "source"})
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_NOT_CAPTION_WORDS = frozenset({"byline", "author", "date", "time", "meta", "share", "social", "title", "headline",
                                "button", "btn", "tag", "tags", "category"})
_LETTER = re.compile(r"[^\W\d_]")


def _credit_boxes(credits: list[Tag], image: Tag) -> list[Tag]:
    """The boxes beside the picture that hold its credit and, unmarked, its caption (tagesschau's
    "absatzbild__info": a paragraph, then the credit): short, and without the picture."""
    boxes = _outermost(box for box in map(_around, credits)
                       if box is not None and not contains(box, image) and box.name not in PHOTO_TAGS)
    return [box for box in boxes if len(clean_text(visible_text(box)) or "") <= _LONGEST_UNMARKED_CAPTION]


def _around(credit: Tag) -> Tag | None:
    """The nearest element around ``credit`` that holds more than it: beehiiv's ``image__source`` holds a ``span``
    with the caption and a ``span`` holding only the credit."""
    box = credit.parent
    while isinstance(box, Tag) and only_wraps_one_element(box) and isinstance(box.parent, Tag):
        box = box.parent
    return box if isinstance(box, Tag) else None


def _is_credited_line(tag: Tag) -> bool:
    """True for a short block without pictures whose text is a caption ending in a labelled credit ("… Foto: Name"),
    in a bracketed "Agency/Name" ("… on June 1. (JP/Seto Wardhana)"), a courtesy or a collection ("… in 1921.
    Harwick Historical Society collection")."""
    text = clean_text(visible_text(tag)) or ""
    if not text or len(text) > _LONGEST_UNMARKED_CAPTION or tag.find(PHOTO_TAGS) \
            or not (LABEL_ANYWHERE.search(text) or _SLASHED_BRACKET_END.search(text) or _SOURCE_WORD.search(text)):
        return False
    caption, credit = split_caption_credit(text)
    if credit is None:
        caption, credit = split_unmarked_credit(text)
    return credit is not None and bool(clean_text(caption))


def _declared(tag: Tag) -> tuple[str | None, str | None]:
    """(caption, credit) a caption element carries in data attributes ("data-c-caption", "data-credit")."""
    found: dict[str, str | None] = {"caption": None, "credit": None}
    for name, value in tag.attrs.items():
        kind = next((kind for kind in found if name.startswith("data-") and name.endswith(kind)), None)
        if kind and isinstance(value, str) and clean_text(value):
            found[kind] = clean_text(value)
    return found["caption"], found["credit"]


def _caption_and_credit_after(element: Tag, credit_text: str | None) -> tuple[str | None, str | None]:
    """The caption and credit printed as the next blocks after the image's wrapper (Drupal's image fields)."""
    captions: list[Tag] = []
    credits: list[Tag] = []
    if element.parent is not None and element.parent.name == "figure":
        return None, credit_text  # a gallery's figcaption speaks for all its pictures, not for this one
    for sibling in element.find_next_siblings(True, limit=_CAPTION_CLIMB):
        if sibling.find(PHOTO_TAGS) or sibling.name in PHOTO_TAGS:
            break
        if _is_credit_element(sibling):
            credits.append(sibling)
        elif _is_caption_element(sibling):
            captions.append(sibling)
        else:
            break
    first = element.find_next_sibling(True)
    if not captions and not credits and first is not None and _is_credited_line(first):
        captions = [first]  # Blogger's centred line under the picture: unmarked, but it ends in its credit
    caption = clean_text(" ".join(filter(None, (visible_text(tag) for tag in captions))))
    return caption, credit_text or clean_text(" ".join(filter(None, (visible_text(tag) for tag in credits))))


def lightbox_caption(image: Tag) -> str | None:
    """The caption a lightbox shows for a gallery thumbnail: its link's data-caption (Fancybox) or data-title (Lightbox2)."""
    link = image.find_parent("a")
    for tag in (image, link):
        for attribute in ("data-caption", "data-title", "data-sub-html"):
            value = tag.get(attribute) if tag is not None else None
            if isinstance(value, str) and "<" in value:  # lightGallery's data-sub-html holds markup
                value = BeautifulSoup(value, "html.parser").get_text(" ")
            if isinstance(value, str) and clean_text(value):
                return clean_text(value)
    return None


def contains(tag: Tag, node: Tag) -> bool:
    return any(parent is tag for parent in node.parents)


def _head_words(tag: Tag) -> set[str]:
    """The last word of each class name, lower-cased: what a compound name says the element is.

    "image-caption__credit" and "Caption-credit" are credits inside a caption block; NPR's
    "credit-caption" is the caption box holding both.
    """
    heads: set[str] = set()
    for value in tag.get("class") or []:
        parts = [part for part in WORD_SPLIT.split(_CAMEL_CASE.sub("-", value)) if part]
        if len(parts) > 1:
            heads.add(parts[-1].lower())
    return heads


def _is_credit_head(tag: Tag) -> bool:
    heads = _head_words(tag)
    # El Mundo's "ue-c-article__media-source" beside its "__media-description"; a source block holding paragraphs
    # (beehiiv's "image__source") holds the caption too
    source = "source" in heads and tag.find(_SOURCE_BLOCKS) is None
    return bool(heads & _CREDIT_WORDS or source) and not heads & _CAPTION_WORDS


def _is_caption_element(tag: Tag) -> bool:
    if _is_credit_head(tag):
        return False
    if tag.name == "figcaption":
        return not words(tag) & _CREDIT_WORDS or bool(words(tag) & _CAPTION_WORDS)  # CNN's figcaption.image__credit
    itemprop = (tag.get("itemprop") or "").lower()
    return itemprop in ("caption", "description") or bool(
        words(tag, "data-qa", "data-testid") & _CAPTION_WORDS
    )


def _is_credit_element(tag: Tag) -> bool:
    marks = words(tag, "data-qa", "data-testid")
    if _is_credit_head(tag):
        return True
    if marks & _CAPTION_WORDS or tag.name == "figcaption" and not marks & _CREDIT_WORDS:
        return False  # a caption, or a wrapper of caption and credit ("credit-caption")
    itemprop = (tag.get("itemprop") or "").lower()
    if itemprop in _CREDIT_ITEMPROPS or marks & _CREDIT_WORDS:
        return True
    if tag.name == "cite" and tag.find_parent("figure") is not None:
        return True  # a figure's <cite> names the picture's source (Chorus, many themes)
    # An unmarked element of its own that starts with a credit label ("Foto: Name / dpa"); a wrapper of one element
    # leaves it to that element (thousands of unclosed <span>s: each read once)
    if only_wraps_one_element(tag):
        return False
    text = tag.get_text(" ", strip=True)
    label = _CREDIT_LABEL.match(text)
    # a label alone ("<span>Photo:</span> <span class=byline>Name</span>") labels the element beside it
    return len(text) <= _LONGEST_CREDIT and label is not None and bool(text[label.end():].strip()) \
        and not tag.find(["p", "div", "img"]) and not _is_caption_after_credit(text)


def _is_caption_after_credit(text: str) -> bool:
    """True for a caption its credit opens ("Photo: Ruth Ashby — Bags of seed oysters wait to be planted."): a
    sentence of words left when the credit is taken out, not a credit alone."""
    rest = clean_text(split_caption_credit(text)[0]) or ""
    return len(rest.split()) >= _FEWEST_CAPTION_WORDS


_FEWEST_CAPTION_WORDS = 3


def only_wraps_one_element(tag: Tag) -> bool:
    """A tag whose only content is one element: its text is that element's, read there (reading
    every wrapper of deeply nested markup again would take time growing with the square of the depth)."""
    inner = [node for node in tag.contents if not (isinstance(node, NavigableString) and not node.strip())]
    return len(inner) == 1 and isinstance(inner[0], Tag) and inner[0].name not in ("br", "img", "time")


def _outermost(tags: Iterable[Tag]) -> list[Tag]:
    """The tags not nested inside another of them, in document order."""
    found = list(tags)
    ids = {id(tag) for tag in found}
    return [tag for tag in found if not any(id(parent) in ids for parent in tag.parents)]


def visible_text(tag: Tag, *, skip: list[Tag] = (), lines: bool = False) -> str:
    """The text a reader sees in ``tag``: blocks separated by spaces, hidden and skipped parts left out.

    With ``lines``, blocks are separated by newlines, and so are two elements whose words
    touch ("<strong>Ana Lopes</strong><span>Goiânia</span>": styled apart on the page).
    """
    skipped = {id(item) for item in skip}
    parts: list[str] = []
    block = "\n" if lines else " "
    # Iterative, not recursive: broken markup can nest thousands of unclosed elements.
    stack: list[object] = [tag]
    while stack:
        node = stack.pop()
        if node is _END_OF_BLOCK:
            parts.append(block)
        elif node is _ELEMENT_EDGE:
            parts.append(_ELEMENT_EDGE_MARK)
        elif isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
            continue
        elif isinstance(node, NavigableString):
            parts.append(str(node))
        elif isinstance(node, Tag) and not (
            id(node) in skipped or node.name in _SKIPPED_TEXT_TAGS or _is_hidden(node) or _is_call_to_action(node)
        ):
            if node.name in _BLOCK_TAGS:
                parts.append(block)
                stack.append(_END_OF_BLOCK)
            elif lines:
                parts.append(_ELEMENT_EDGE_MARK)
                stack.append(_ELEMENT_EDGE)
            stack.extend(reversed(node.contents))
    text = "".join(parts)
    return _TOUCHING_ELEMENTS.sub("\n", text).replace(_ELEMENT_EDGE_MARK, "") if lines else text


def _is_call_to_action(tag: Tag) -> bool:
    """A link such as Reuters' "Purchase Licensing Rights" inside a caption, or a caption's "hide caption"
    button: an offer or a control, not caption text. A licence's link beside a credit ("CC BY-SA") says how the
    picture may be used, not who made it."""
    if tag.name == "a" and (_CALL_TO_ACTION.match(tag.get_text(" ", strip=True))
                            or "license" in (tag.get("rel") or []) or words(tag) & _LICENCE_WORDS):
        return True
    classes = tag.get("class")
    return bool(classes) and any(set(WORD_SPLIT.split(value.lower())) & _CONTROL_CLASS_WORDS for value in classes) \
        and bool(_CONTROL_TEXT.match(tag.get_text(" ", strip=True)))


def _is_hidden(tag: Tag) -> bool:
    # aria-hidden is not here: it hides from screen readers only, and Le Monde marks its printed legend so.
    return (
        tag.has_attr("hidden")
        or bool(set(tag.get("class") or []) & _HIDDEN_CLASSES)
        or any(_HIDDEN_CLASS_PART.search(value) for value in tag.get("class") or [])
    )




def photo_count(tag: Tag) -> int:
    """Photos shown inside ``tag``; a ``<noscript>`` copy of a lazy image does not count twice, and an image whose
    only source is inline (a ``data:`` URI: Gatsby's sizer, a blurred stand-in) is no photo."""
    return sum(1 for image in tag.find_all(PHOTO_TAGS) if not image.find_parent("noscript") and not _is_inline(image))


def _is_inline(image: Tag) -> bool:
    sources = [str(value).strip() for name, value in image.attrs.items() if value and _SOURCE_ATTRIBUTE.match(name)]
    return bool(sources) and all(source.startswith("data:") for source in sources)
