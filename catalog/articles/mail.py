"""A story saved as an e-mail (.eml): its body as the reader sees it, whatever the mail's transfer encoding.

A newsletter saved from a mail program keeps the message as sent (RFC 5322 headers, MIME parts):
its text may be quoted-printable ("vid=E9" for "vidé", "=" ending a line that goes on) or base64,
in the charset its Content-Type declares, and its headers RFC 2047-encoded. The file is ASCII
on disk, so no charset sniffing can read it: the message's own declarations must.
"""

from __future__ import annotations

import email
import re
from typing import Callable
from email import policy
from email.message import EmailMessage

# A message's first header lines: "From: …", "Subject: …", "MIME-Version: 1.0", "Received: …"
# (a page saved by Chrome as MHTML is such a message too: "From: <Saved by Blink>", "Snapshot-Content-Location: …")
_HEADER_LINE = re.compile(rb"^(?:from|to|subject|date|mime-version|content-type|content-transfer-encoding|received|"
                          rb"return-path|message-id|x-[\w-]+|delivered-to|reply-to|cc|snapshot-content-location):[ \t]",
                          re.IGNORECASE)
_MIME_MARK = re.compile(rb"^(?:mime-version|content-type|content-transfer-encoding):", re.IGNORECASE | re.MULTILINE)
_HEADER_LINES = 3  # a message starts with headers: its first lines are all "Name: value" (or their folded lines)


def mail_body(content: bytes, decode_html: Callable[[bytes], str] | None = None) -> str | None:
    """The readable body of a MIME message (its plain text part, else its HTML), with the decoded Subject over it;
    None when ``content`` is no MIME message. An HTML part that names no charset (an MHTML page's) is decoded by
    ``decode_html``, as a page declaring its own in a ``<meta>``."""
    head = content.lstrip()[:4000]
    first = [line for line in head.splitlines()[:_HEADER_LINES] if line.strip()]
    if not first or not all(_HEADER_LINE.match(line) or line[:1] in (b" ", b"\t") for line in first) \
            or not _MIME_MARK.search(head.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]):
        return None
    message = email.message_from_bytes(content.lstrip(), policy=policy.default)
    if not isinstance(message, EmailMessage):
        return None
    part = _shown_part(message)
    if part is None:
        return None
    if part.get_content_subtype() == "html" and not part.get_param("charset") and decode_html is not None:
        payload = part.get_payload(decode=True)
        return decode_html(payload) if isinstance(payload, bytes) else None
    try:
        body = part.get_content()
    except (LookupError, UnicodeError, ValueError):  # an unknown charset or a broken encoding: read as it stands
        return None
    if not isinstance(body, str):
        return None
    if part.get_content_subtype() == "html":
        return body
    subject = str(message.get("subject") or "").strip()
    return (f"Subject: {subject}\n\n" if subject else "") + body


def _shown_part(message: EmailMessage) -> EmailMessage | None:
    """The part to read: the plain text, unless it leaves out the pictures the HTML part shows (a newsletter's plain
    part names none of its pictures' addresses), then the HTML."""
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    if plain is None or html is None:
        return plain or html
    try:
        plain_text, html_text = plain.get_content(), html.get_content()
    except (LookupError, UnicodeError, ValueError):
        return plain
    pictures = set(_PICTURE_SOURCE.findall(html_text)) if isinstance(html_text, str) else set()
    if isinstance(plain_text, str) and pictures and not any(address in plain_text for address in pictures):
        return html
    return plain


# A picture's address in an HTML part: <img src="https://…">
_PICTURE_SOURCE = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*[\"']?(https?://[^\"'\s>]+)", re.IGNORECASE)
