"""Credits that a page's or a feed's markup names as such: an element, an attribute or a shortcode named for the credit.

A feed prints its picture's credit as an element ("<media:credit scheme="urn:ebu">Adnan Delić</media:credit>"), a
component or a tag as an attribute ('<Footer credit="Name/Agency via Getty Images" link="...">', 'data-credit="..."'),
a WordPress post as the Media Credit plugin's shortcode ('[media-credit name="Name" align="aligncenter"]'). The name
of the element, the attribute or the shortcode says what its value is, as a label does: the value is read as
labelled ("Credit: Adnan Delić"), a bare name too, which alone after a caption would be the caption's words. A
story's byline is no picture's credit: "byline" is not such a name.
"""

from __future__ import annotations

import re

# the names that say "credit": a picture's credit or photographer, in English and the main news languages, with or
# without a picture word before them ("photo-credit", "image_credit", "fotonachweis") and a namespace ("media:credit")
_CREDIT_NAME = (r"(?:[a-z][\w-]*:)?(?:(?:photo|image|picture|media|img|foto|bild)[-_]?)?"
                r"(?:credits?|cr[ée]ditos?|crediti|nachweis|photographer|fotograf|copyright)")
_ELEMENT = re.compile(rf"<(?P<name>{_CREDIT_NAME})\b(?P<attributes>[^<>]{{0,300}})>(?P<value>[^<>]{{1,300}})</(?P=name)\s*>",
                      re.I)
# Media RSS's role of the credited party, when it is who made the picture ('role="author"', "photographer")
_MAKER_ROLE = re.compile(r"""\srole\s*=\s*["'](?:author|photographer|creator|artist|illustrator)["']""", re.I)
_VALUE = r"""\s*=\s*(?:"(?P<double>[^"<>]{1,300})"|'(?P<single>[^'<>]{1,300})')"""
# a tag holding such an attribute, the whole tag replaced by the value: the rest of the tag is markup
_ATTRIBUTE_TAG = re.compile(rf"<[a-z][\w:.-]*\s(?:[^<>]{{0,300}}?\s)?(?:data-)?{_CREDIT_NAME}{_VALUE}[^<>]{{0,600}}>",
                            re.I)
_SHORTCODE = re.compile(rf"\[(?:{_CREDIT_NAME})\s(?:[^\]]{{0,300}}?\s)?name{_VALUE}[^\]]{{0,300}}\]"
                        rf"(?:[^\[]{{0,600}}\[/{_CREDIT_NAME}\])?", re.I)
_HINT = re.compile(r"redit|hotograph|otograf|nachweis|opyright", re.I)  # the cheap test: most captions hold none


_LINK = re.compile(r"^(?:https?:)?//\S+$")


def _as_labelled(match: re.Match[str]) -> str:
    value = (match.groupdict().get("value") or match["double"] or match["single"]).strip()
    if _LINK.match(value):
        return "\n"  # a feed's second credit element holding the author's avatar: a link names no one
    maker = "attributes" in match.groupdict() and _MAKER_ROLE.search(match["attributes"]) is not None \
        or match.group()[:24].lower().lstrip("<[").split(None, 1)[0].endswith(("photographer", "fotograf"))
    return f"\n{'Photographer' if maker else 'Credit'}: {value}\n"  # the role or the name says whom it names


def with_credit_markup_read(text: str) -> str:
    """The text with each credit element, attribute and shortcode replaced by its value on a line of its own, labelled."""
    if "<" not in text and "[" not in text or not _HINT.search(text):
        return text
    if "<" in text:
        text = _ELEMENT.sub(_as_labelled, text)
        if "=" in text:
            text = _ATTRIBUTE_TAG.sub(_as_labelled, text)
    if "[" in text and "=" in text:
        text = _SHORTCODE.sub(_as_labelled, text)
    return text
