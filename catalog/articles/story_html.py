"""A story's parts written out as the HTML page that prints them, for scrapes that are data (JSON, XML).

The page is then read as any other: the same title-suffix, byline, caption and rendition rules apply.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any


def names_line(value: Any) -> str | None:
    """A byline from a name, a person ({"name": …}) or a list of either."""
    people = value if isinstance(value, list) else [value]
    names = [text_value(person.get("name")) if isinstance(person, dict) else text_value(person) for person in people]
    names = [name for name in names if name]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else next(iter(names), None)


def picture_html(url: str, width: str | None, *, renditions: list[tuple[str, str | None]] = (),
                 caption: str | None = None, credit: str | None = None, alt: str | None = None) -> str:
    """A picture as the figure a page prints: its alt text, renditions (address, width) as its srcset, caption and
    credit."""
    srcset = ", ".join(f"{escape(link)} {size}w" for link, size in renditions if size and size.isdigit())
    return (f'<figure><img src="{escape(url)}"' + (f' alt="{escape(alt)}"' if alt else "")
            + (f' srcset="{srcset}"' if srcset else "") + ">"
            + (f"<figcaption>{escape(caption)}</figcaption>" if caption else "")
            + (f'<span class="credit">{escape(credit)}</span>' if credit else "") + "</figure>")


def page_html(*, title: str | None, url: str | None, byline: str | None, body: str, site_name: str | None = None,
              published: str | None = None, shared_image: str | None = None, footer: str | None = None,
              publisher: str | None = None, page_title: str | None = None) -> str:
    """The page: its head's title, address, site name, date, shared image (and the publisher as JSON-LD), the byline
    over the body, and the footer's line. ``page_title`` is the document title a tool kept apart from the headline
    (news-please's ``title_page``: "Headline – Site"): the headline is then the page's og:title."""
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "publisher": {"@type": "Organization",
                                                                                           "name": publisher}})
    head = [f'<script type="application/ld+json">{escape(ld, quote=False)}</script>' if publisher else "",
            f"<title>{escape(page_title or title)}</title>" if page_title or title else "",
            f'<meta property="og:title" content="{escape(title)}">' if page_title and title else "",
            f'<link rel="canonical" href="{escape(url)}">' if url else "",
            f'<meta property="og:site_name" content="{escape(site_name)}">' if site_name else "",
            f'<meta property="article:published_time" content="{escape(published)}">' if published else "",
            f'<meta property="og:image" content="{escape(shared_image)}">' if shared_image else ""]
    byline_html = f'<div class="byline">{escape(byline)}</div>' if byline else ""
    footer_html = f"<footer>{escape(footer)}</footer>" if footer else ""
    return (f"<!DOCTYPE html><html><head>{''.join(head)}</head><body><article>{byline_html}{body}</article>"
            f"{footer_html}</body></html>")


def text_value(value: Any) -> str | None:
    """A string value, trimmed; None for an empty one or anything else."""
    if isinstance(value, dict):  # the WordPress REST API's {"rendered": "…"}, Feedly's {"content": "…"}
        value = value.get("rendered", value.get("content"))
    return value.strip() or None if isinstance(value, str) else None
