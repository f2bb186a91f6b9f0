"""A channel's or chat's export read as the story one of its posts carries (Telegram Desktop's ``result.json``).

Telegram Desktop's "Export chat history" in JSON writes the chat's ``name`` and ``type`` over its ``messages``; a
post is ``{"type": "message", "from": <channel>, "author": <signature>, "photo": "photos/photo_1@….jpg",
"text": [...], "text_entities": [{"type": "bold" | "plain" | "link" | "text_link" | "mention" …, "text": …}]}``
("text" a plain string when the post has no formatting). A news channel's post opens on its headline in bold, then
the story's paragraphs, a photo credit line ("Фото: …", "Photo: …") and the link to the article. The channel's name
is the publication; a signed post's ``author`` the byline (``from`` is the channel itself).
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from catalog.articles.story_html import page_html, picture_html
from catalog.articles.urls import canonicalize_url
from catalog.credits import split_caption_credit

_HEADLINE_TYPES = frozenset({"bold", "strong"})
_LINK_TYPES = frozenset({"link", "text_link", "url"})
_ADDRESS = re.compile(r"^https?://\S+$", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_CHAT_TYPES = re.compile(r"channel|group|chat|saved_messages", re.IGNORECASE)


def is_chat_export(data: Any) -> bool:
    """True for a chat export: a chat's ``messages`` list whose posts carry Telegram's text entities."""
    return isinstance(data, dict) and isinstance(data.get("messages"), list) \
        and _CHAT_TYPES.search(str(data.get("type") or "")) is not None \
        and any(isinstance(post, dict) and "text_entities" in post for post in data["messages"][:50])


def chat_post_page(data: Any, url: str | None = None) -> str | None:
    """The page the chat's post at ``url`` (else its longest post) stands for; None for no chat export."""
    if not is_chat_export(data):
        return None
    posts = [post for post in data["messages"] if isinstance(post, dict) and post.get("type", "message") == "message"
             and _entities(post)]
    if not posts:
        return None
    wanted = canonicalize_url(url) if url else None
    post = next((post for post in posts if wanted and wanted in map(canonicalize_url, _links(post))), None) \
        or max(posts, key=lambda post: sum(len(text) for _, text in _entities(post)))
    entities = _entities(post)
    title = None
    if entities and entities[0][0] in _HEADLINE_TYPES:
        title = entities.pop(0)[1].strip() or None
    links = _links(post)
    text = "".join(text for kind, text in entities if kind not in _LINK_TYPES or not _ADDRESS.match(text.strip()))
    paragraphs, credit = [], None
    for paragraph in (part.strip() for part in _PARAGRAPH_BREAK.split(text)):
        caption, found = split_caption_credit(paragraph) if paragraph else (paragraph, None)
        if found is not None and not caption and credit is None:
            credit = found.credit_line  # the post's own credit line: its photo's
        elif paragraph and not paragraph.endswith(":"):  # "Подробнее:" ("more:") left without its link
            paragraphs.append(paragraph)
    photo = str(post.get("photo") or "").strip()
    body = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)
    if photo:
        body = picture_html(photo, None, credit=credit) + body
    address = url if wanted in map(canonicalize_url, links) else next(iter(links), None)
    return page_html(title=title, url=address, byline=str(post.get("author") or "").strip() or None, body=body,
                     site_name=str(data.get("name") or "").strip() or None)


def _entities(post: dict) -> list[tuple[str, str]]:
    """The post's text as (entity type, text) pieces, in order."""
    pieces = post.get("text_entities") if isinstance(post.get("text_entities"), list) else post.get("text")
    if isinstance(pieces, str):
        return [("plain", pieces)] if pieces.strip() else []
    found = []
    for piece in pieces if isinstance(pieces, list) else ():
        if isinstance(piece, str):
            found.append(("plain", piece))
        elif isinstance(piece, dict) and isinstance(piece.get("text"), str):
            found.append((str(piece.get("type") or "plain"), piece["text"]))
    return found if any(text.strip() for _, text in found) else []


def _links(post: dict) -> list[str]:
    """The web addresses the post links to: its link entities' text, a text link's ``href``."""
    pieces = post.get("text_entities") if isinstance(post.get("text_entities"), list) else post.get("text")
    found = []
    for piece in pieces if isinstance(pieces, list) else ():
        if isinstance(piece, dict) and piece.get("type") in _LINK_TYPES:
            address = str(piece.get("href") or piece.get("text") or "").strip()
            if _ADDRESS.match(address):
                found.append(address)
    return found
