"""Whether a picture word found mid-text is a label, or a noun of the sentence it stands in.

"Photo:" after a caption's words is a page's credit element run on ("... at the lake Photo: Jane Roe"), but a
word that governs the noun before it makes it the sentence's: a possessive ("Моё фото: Name", who is pictured), a
preposition ("Du entscheidest pro Foto: privat ...", "На фото: ..."), an article ("... completes the picture: ...")
unless a credit's word or "of" holds it ("Crédito de la foto:"). Scripts without capitals (Arabic, Hebrew) set a
credit apart from the sentence by a line, a bracket, a stop or a dash, so their picture word after a word of the
same script, a space between, is a word of that phrase ("صف الصورة:", describe the picture; "אישור צילום:", photo
consent).
"""

from __future__ import annotations

import re

from catalog.credits.agencies import fold
from catalog.credits.labels import ARTICLES_BEFORE_NOUN, CREDIT_NOUNS, GOVERNING_WORDS, OF_WORDS

_GOVERNING = frozenset(fold(word) for words in GOVERNING_WORDS.values() for word in words)
_ARTICLES = frozenset(fold(word) for word in ARTICLES_BEFORE_NOUN)
_HOLDING_ARTICLE = frozenset(fold(word) for word in (*OF_WORDS, *CREDIT_NOUNS))
# the two words before the label, on its line, whole words with no mark between ("example.com Photo:" has none)
# (a word's combining marks are its own: Arabic "بيكمّل" holds a shadda, Hebrew its points)
_WORD = r"[\w\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670]+"
_WORDS_BEFORE = re.compile(rf"(?:(?<!\S)({_WORD})[ \t]+)?(?<!\S)({_WORD})[ \t]+$")
_UNCASED_RTL = re.compile(r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f]")  # Hebrew and Arabic letters


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens the text, a line, a bracket or a sentence."""
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in "\n.!?([{\"'“«„:;"


def is_word_of_sentence(before: str, label: str) -> bool:
    """Whether ``label``, printed right after ``before``, is a noun of that sentence (see the module) and no label."""
    if not before[-1:].isspace():
        return False
    words = _WORDS_BEFORE.search(before, max(0, len(before) - 60))
    if words is None:
        return False
    last = fold(words[2])
    if words[2][:1].isupper() and not _opens_sentence(before, words.start(2)):
        return False  # "iPad Pro Photographer: Name": a capital mid-sentence is a name's, no grammar word's
    if last in _GOVERNING:
        return True
    if last in _ARTICLES:
        return words[1] is None or fold(words[1]) not in _HOLDING_ARTICLE
    return _UNCASED_RTL.match(label) is not None and _UNCASED_RTL.match(words[2][-1]) is not None
