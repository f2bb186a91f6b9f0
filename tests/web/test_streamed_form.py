"""A multipart form read part by part (web.streamed_form): the bytes of each part exactly, across reads, within limits."""

from __future__ import annotations

import io
import random

import pytest
from werkzeug.exceptions import BadRequest, RequestEntityTooLarge

from tests.web.test_upload_form import BOUNDARY, CONTENT_TYPE, multipart
from web.streamed_form import CHUNK, FIELD_LIMIT, StreamedForm


def read_all(body: bytes, *, limit: int = 10 * 2**20, size: int = 1000) -> list[tuple[str, str | None, bytes]]:
    """Every part of ``body`` as (name, file name, bytes), each read ``size`` bytes at a time."""
    form = StreamedForm(io.BytesIO(body), CONTENT_TYPE, limit=limit, max_parts=10)
    found = []
    for part in form.parts():
        data = b""
        while piece := part.read(size):
            assert len(piece) <= size
            data += piece
        found.append((part.name, part.filename, data))
    return found


def test_each_part_is_read_whole_across_the_chunks_the_request_arrives_in() -> None:
    noise = random.Random(7).randbytes(2 * CHUNK + 12345)
    # Bytes that look like the start of a boundary, inside a file and across a chunk's end.
    tricky = b"\r\n--" + BOUNDARY.encode()[:-1] + b"x" + bytes(CHUNK - 10) + b"\r\n--" + BOUNDARY.encode()[:5]
    body = multipart([("csrf_token", "abc"), ("file", ("one.jpg", noise)), ("file", ("two.jpg", tricky)),
                      ("file", ("", b""))])
    assert read_all(body) == [("csrf_token", None, b"abc"), ("file", "one.jpg", noise), ("file", "two.jpg", tricky),
                              ("file", "", b"")]


def test_a_part_left_unread_is_skipped() -> None:
    body = multipart([("file", ("one.jpg", bytes(CHUNK * 2))), ("note", "kept")])
    form = StreamedForm(io.BytesIO(body), CONTENT_TYPE, limit=10 * 2**20, max_parts=10)
    parts = form.parts()
    assert next(parts).read(10) == bytes(10)
    second = next(parts)
    assert (second.name, second.value()) == ("note", "kept")


def test_a_body_past_the_limit_a_long_field_or_too_many_parts_is_refused() -> None:
    with pytest.raises(RequestEntityTooLarge):
        read_all(multipart([("file", ("big.jpg", bytes(3 * CHUNK)))]), limit=2 * CHUNK)
    form = StreamedForm(io.BytesIO(multipart([("csrf_token", "x" * (FIELD_LIMIT + 1))])), CONTENT_TYPE,
                        limit=2**20, max_parts=10)
    with pytest.raises(RequestEntityTooLarge):
        next(form.parts()).value()
    with pytest.raises(RequestEntityTooLarge):
        read_all(multipart([("file", (f"{n}.jpg", b"x")) for n in range(11)]))


def test_a_body_that_is_not_a_well_formed_multipart_form_is_a_bad_request() -> None:
    with pytest.raises(BadRequest):
        StreamedForm(io.BytesIO(b""), "application/octet-stream", limit=2**20, max_parts=10)
    with pytest.raises(BadRequest):
        StreamedForm(io.BytesIO(b""), "multipart/form-data", limit=2**20, max_parts=10)  # no boundary
    with pytest.raises(BadRequest):
        read_all(multipart([("file", ("a.jpg", bytes(5000)))])[:-30])  # ends inside the file
