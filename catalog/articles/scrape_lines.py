"""The lines a text scrape holds besides the story, and how to tell a picture's address from a page's.

Copying a page or a mail keeps its navigation, paywall and consent lines, a mail's header and
a share sheet's own words; a line of its own under the byline may name the paper.
"""

from __future__ import annotations

import re

from catalog.articles.bylines import PUBLICATION_WORDS, ROLE_NOUNS, is_role
from catalog.articles.image_urls import has_image_extension, image_extension_ends, width_asked_in_query
from catalog.articles.photos import find_date

URL_START = re.compile(r"https?://", re.IGNORECASE)
# A mail's header lines ("From: Paper <news@paper.com>", "Subject: …", Gmail's "Paper <news@paper.com>")
MAIL_HEADER = re.compile(r"^(?:from|sent|to|subject|date|cc|reply-to|mime-version|content-type|"
                         r"content-transfer-encoding|message-id|x-[\w-]+):\s|<[^<>\s]+@[^<>\s]+>", re.IGNORECASE)
# Navigation, paywall and consent lines copied with the story: never its headline.
NAG = re.compile(
    r"\b(?:skip to|subscribe|subscriber|subscription|sign in|sign up|log ?in|cookies?|consent|accept all|preferences|"
    r"newsletter|advertisement|menu|jetzt (?:testen|abonnieren|lesen)|abonnieren|weiterlesen|abonnez|s'abonner|"
    # Spanish "subscribe!" in its forms ("Suscríbete", "Suscribite", "Suscríbase"), not "suscribe" (signs: "suscribe
    # un acuerdo")
    r"suscr[ií]b(?:ete|ite|ase|irse|irme)|suscripci[oó]n|abbonati|abonneer|prenumerera|assine|zum inhalt|"
    r"aller au contenu|ir al contenido|vai al contenuto|"
    r"naar (?:de )?inhoud|hopp til innhold|hoppa till innehåll|siirry sisältöön)\b|"
    # a price by the period ("$1 a week", "1 € le premier mois"): an offer; a price alone is news ("£2m restoration")
    r"(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?[$€£])\s*(?:a|an|per|/|pro|par|le|la|al|im|for)?\s*(?:first\s+|premier\s+|"
    r"ersten?\s+)?(?:week|month|year|mois|semaine|an|monat|woche|jahr|mes|semana|año|mese|anno)\b|"
    # a share sheet's, a chat's or a mail's own lines ("Shared from Apple News", a chat message's "[10:42] Okafor,
    # Chidi" or WhatsApp's "[03/06/2024, 10:42:13] Jo:" and "03/06/2024, 10:42 - Jo:", the header, Gmail's "to me"
    # and "[image: alt]" where a picture was)
    r"\bshared (?:from|via)\b|^\[(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?\]|"
    r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[ap]m)?\s+-\s|\bsent from my\b|^to me$|^\[(?:image|cid)\b|"
    + MAIL_HEADER.pattern + "|"
    # a newsletter mail's link to its web copy
    r"\bview (?:this|it|the) (?:post|email|e-mail|newsletter|story) (?:on|in) (?:the|your) (?:web|browser)\b|"
    r"\bview (?:it )?(?:online|in (?:your )?browser)\b|"
    r"\s[›»>]\s",  # skip links in the paper's language; a breadcrumb ("Startseite › Panorama")
    re.IGNORECASE,
)
MOST_PUBLICATION_WORDS = 5  # "Le Quotidien du Sud"; a longer short line is a caption or a sentence
# Buttons copied with the byline.
_INTERFACE_WORDS = frozenset("share print email comment comments listen save follow gift reprints more".split())


def asks_for_width(token: str) -> bool:
    """True for a URL that asks its server for a width ("…/Tq7Mz3Kx?w=1280"): an image CDN's, whatever its path."""
    return width_asked_in_query(token) is not None


def names_an_image(token: str) -> bool:
    """True when a URL token holds an image extension, even one glued to a caption ("….jpgRelatives").

    A glued extension counts only in the path: ``www.pngwing.com`` names no picture.
    """
    if has_image_extension(token):
        return True
    path_start = token.find("/", token.find("//") + 2)
    return path_start != -1 and any(end > path_start for end in image_extension_ends(token))


_ROLES_CLOSING_A_BEAT = ROLE_NOUNS - PUBLICATION_WORDS


def is_publication_line(line: str) -> bool:
    """True for a paper's name under the byline ("The Washington Post"), not a date, a button or a caption."""
    words = line.split()
    return (
        not find_date(line) and not NAG.search(line) and line.lower() not in _INTERFACE_WORDS and not is_role(line)
        and words[0].lower() not in ROLE_NOUNS  # the reporter's role and post: "Corresponsal en Boquerón"
        # ... or the beat before the role ("Connemara Correspondent", "Health Editor"); a paper may be named by a word
        # that is a role too ("Bay Area Reporter")
        and words[-1].lower().strip(".,") not in _ROLES_CLOSING_A_BEAT
        and len(words) <= MOST_PUBLICATION_WORDS and words[0][:1].isupper() and words[-1][:1].isupper()
    )
