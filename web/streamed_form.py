"""A multipart/form-data body read part by part as it arrives: its files go to disk, never whole into memory.

Werkzeug's form parser reads the whole body before a view sees any of it. The upload form
(docs/intake.md) must check its CSRF token, its first field, before a byte of any file is kept,
so it reads the parts itself, in order, with Werkzeug's sans-IO multipart decoder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import BinaryIO, Iterator

from werkzeug.exceptions import BadRequest, RequestEntityTooLarge
from werkzeug.http import parse_options_header
from werkzeug.sansio.multipart import NEED_DATA, Data, Epilogue, Event, Field, File, MultipartDecoder

CHUNK = 256 * 1024  # bytes read from the request at a time
FIELD_LIMIT = 4096  # a field that is not a file: this form's only one is the CSRF token


@dataclass
class Part:
    """One part of the form: a field (``filename`` None) or a file, whose bytes ``read`` returns as they arrive."""

    name: str
    filename: str | None
    _form: "StreamedForm" = field(repr=False)
    _pending: bytes = b""
    _ended: bool = False

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` more bytes of this part (all that remain when ``size`` is negative); b"" at its end."""
        chunks = []
        wanted = size if size >= 0 else None
        while wanted is None or wanted > 0:
            if not self._pending:
                if self._ended:
                    break
                self._pending, self._ended = self._form._next_data()
                continue
            piece = self._pending if wanted is None else self._pending[:wanted]
            self._pending = self._pending[len(piece):]
            chunks.append(piece)
            if wanted is not None:
                wanted -= len(piece)
        return b"".join(chunks)

    def value(self) -> str:
        """A field's value as text; refused (413) past ``FIELD_LIMIT`` bytes."""
        data = self.read(FIELD_LIMIT + 1)
        if len(data) > FIELD_LIMIT:
            raise RequestEntityTooLarge(description=f"The form's field {self.name!r} is too long.")
        return data.decode("utf-8", "replace")

    def _drain(self) -> None:
        while self.read(CHUNK):
            pass


class StreamedForm:
    """The parts of a multipart/form-data body, read from ``stream`` in order; at most ``limit`` bytes in all.

    Raises ``BadRequest`` for a body that is not a well-formed multipart form, and
    ``RequestEntityTooLarge`` once more than ``limit`` bytes (or ``max_parts`` parts) arrive.
    """

    def __init__(self, stream: BinaryIO, content_type: str | None, *, limit: int, max_parts: int) -> None:
        mimetype, options = parse_options_header(content_type)
        boundary = options.get("boundary", "")
        if mimetype != "multipart/form-data" or not boundary:
            raise BadRequest(description="Send the files as a multipart/form-data form.")
        self._stream = stream
        self._limit = limit
        self._received = 0
        self._decoder = MultipartDecoder(boundary.encode("latin-1"), max_parts=max_parts)

    def parts(self) -> Iterator[Part]:
        """Each field and file in the order sent; whatever a caller leaves unread of one is skipped."""
        while True:
            event = self._next_event()
            if isinstance(event, Epilogue):
                return
            if isinstance(event, (Field, File)):
                part = Part(event.name, event.filename if isinstance(event, File) else None, self)
                yield part
                part._drain()
            elif isinstance(event, Data):
                raise BadRequest(description="The form's parts are out of order.")

    def _next_data(self) -> tuple[bytes, bool]:
        """The next bytes of the current part, and whether the part ends with them."""
        event = self._next_event()
        if not isinstance(event, Data):
            raise BadRequest(description="The form ended in the middle of a part.")
        return event.data, not event.more_data

    def _next_event(self) -> Event:
        while True:
            try:
                event = self._decoder.next_event()
            except ValueError as error:  # the body ended early, or a part has no Content-Disposition
                raise BadRequest(description=f"The form could not be read: {error}.") from error
            except UnicodeDecodeError as error:  # a part's headers are not UTF-8
                raise BadRequest(description="The form's part headers could not be read.") from error
            if event is not NEED_DATA:
                return event
            chunk = self._stream.read(CHUNK)
            self._received += len(chunk)
            if self._received > self._limit:
                raise RequestEntityTooLarge()
            self._decoder.receive_data(chunk or None)
