"""Zip archives of pictures, written as a stream: each file read and sent in chunks, never the whole zip held.

``zip_stream`` yields the archive's bytes as ``zipfile`` writes them to a stream that cannot
seek (so each entry ends with a data descriptor instead of a header rewritten afterwards):
the server holds one chunk at a time, whatever the number and size of the files. JPEGs and
other compressed pictures are stored (``ZIP_STORED``: deflating them again gains under 1%
and costs most of the time); text entries are deflated. ``picture_entry`` makes the entry of
one picture with its caption and credit embedded the way the single download embeds them
(``media.embed``): a JPEG carries them in its own IPTC-IIM and XMP, any other format is sent
as it is with an XMP sidecar beside it (``NAME.xmp``, the convention of raw files).

The archive's exact length is known before it is written (``sized`` then ``zip_length``), so
the download can say it: a stored entry's length is its file's, a JPEG's is its file's with
the leading metadata segments replaced (``embedded_jpeg_length`` reads only those), a text
entry is deflated in memory to count it, and the zip's own framing follows from the names,
sizes and offsets (docs/lightboxes.md, "The zip").
"""

from __future__ import annotations

import logging
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterable, Iterator, Mapping, Sequence

from catalog.asset import Asset
from catalog.errors import ChangedOriginalError
from catalog.paths import safe_download_name
from media.embed import EmbeddedMetadata, build_xmp, embedded_jpeg_head, embedded_jpeg_length

if TYPE_CHECKING:
    from media.store import MediaStore

log = logging.getLogger(__name__)
SIZES = ("original", "web")  # what a zip of pictures holds: the originals, or the web-size JPEGs
LEFT_OUT_NAME = "left-out.txt"

CHUNK_SIZE = 1024 * 1024  # read and sent at a time: large enough for disk speed, small beside the 50 MB budget
_JPEG = b"\xff\xd8"
# The zip's framing, as zipfile writes it to a stream that cannot seek (APPNOTE.TXT 4.3.7–4.3.16, 4.5.3):
_LOCAL_HEADER = 30  # then the name and, for ZIP64, a 20-byte extra field with the sizes
_ZIP64_LOCAL_EXTRA = 20
_DESCRIPTOR, _ZIP64_DESCRIPTOR = 16, 24  # signature, CRC-32 and two sizes of 4 (or, in ZIP64, 8) bytes
_CENTRAL_HEADER = 46  # then the name and, past 4 GB, a ZIP64 extra field: 4 bytes + 8 per large value
_END_RECORD, _ZIP64_END = 22, 56 + 20  # the ZIP64 end record and its locator, once the archive needs them


@dataclass(frozen=True)
class ArchiveEntry:
    """One file of a zip: its name in the archive and, when asked, its bytes as chunks."""

    name: str
    chunks: Callable[[], Iterator[bytes]]
    compress: bool = False
    size: int | None = None  # its exact length, when known: ``zip_stream`` checks it, ``zip_length`` counts on it
    measure: Callable[[], int] | None = None  # how to learn ``size`` before writing (a JPEG's embedded length)


@dataclass(frozen=True)
class LeftOut:
    """A picture a zip does not hold, and why."""

    asset: Asset
    reason: str


@dataclass(frozen=True)
class PictureArchive:
    """What a zip of pictures will hold: its entries, the pictures sent and those left out (listed in the zip)."""

    entries: list[ArchiveEntry]
    sent: list[Asset] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)


def picture_archive(assets: Sequence[Asset], media: MediaStore, *, size: str,
                    leave_out: Mapping[str, str] | None = None) -> PictureArchive:
    """The entries of a zip of ``assets`` in that order, each with its caption and credit embedded.

    ``size`` is ``original`` or ``web`` (the preview as a JPEG). The pictures of ``leave_out``
    (id: reason) and those whose file is missing or changed are left out, and the zip then
    holds ``left-out.txt`` naming each and why. Files are checked now, opened when written.
    """
    if size not in SIZES:
        raise ValueError(f"unknown size {size!r}")
    leave_out = leave_out or {}
    entries: list[ArchiveEntry] = []
    sent: list[Asset] = []
    left_out = [LeftOut(asset, f"may not be published now: {leave_out[asset.id]}") for asset in assets
                if asset.id in leave_out]
    for asset in assets:
        if asset.id in leave_out:
            continue
        problem = _file_problem(asset, media, size)
        if problem:
            left_out.append(LeftOut(asset, problem))
            continue
        sent.append(asset)
        meta = EmbeddedMetadata.from_asset(asset)
        fallback = f"photo-{asset.id}"
        if size == "original":
            entries += picture_entries(safe_download_name(asset.filename, fallback), _original_opener(media, asset),
                                       meta, size=asset.file_size)
        else:
            preview = media.path_for(asset.sha256, "preview")
            entries += picture_entries(safe_download_name(asset.filename, fallback, "-web.jpg"),
                                       lambda path=preview: open(path, "rb"), meta, size=preview.stat().st_size)
    if left_out:
        entries.append(text_entry(LEFT_OUT_NAME, left_out_text(left_out)))
    return PictureArchive(entries=entries, sent=sent, left_out=left_out)


def left_out_text(left_out: Sequence[LeftOut]) -> str:
    """The zip's note of what it does not hold: one line per picture, its file name, id and the reason."""
    lines = [f"{len(left_out)} {'picture was' if len(left_out) == 1 else 'pictures were'} left out of this zip:"]
    lines += [f"{item.asset.filename} ({item.asset.id}): {item.reason}" for item in left_out]
    return "\n".join(lines) + "\n"


def _file_problem(asset: Asset, media: MediaStore, size: str) -> str | None:
    """Why this picture's file cannot be sent, or None (checked before the zip starts, so it can be listed)."""
    if size == "web":
        return None if media.path_for(asset.sha256, "preview").is_file() else "no web-size picture could be made of it"
    try:
        media.open_original(asset.sha256, file_size=asset.file_size).close()
    except ChangedOriginalError as changed:
        log.warning("asset %s: %s", asset.id, changed.reason)
        return f"{changed.reason}, so it is not sent"
    except OSError:
        return "its original file is missing"
    return None


def _original_opener(media: MediaStore, asset: Asset) -> Callable[[], BinaryIO]:
    return lambda: media.open_original(asset.sha256, file_size=asset.file_size)


class _Sink:
    """The unseekable stream ``zipfile`` writes into: it keeps what was written until the generator takes it."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.offset = 0

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        self.offset += len(data)
        return len(data)

    def tell(self) -> int:
        return self.offset

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        data = b"".join(self.parts)
        self.parts.clear()
        return data


def zip_stream(entries: Iterable[ArchiveEntry], *, modified: datetime | None = None) -> Iterator[bytes]:
    """The zip of ``entries``, yielded a chunk at a time as it is written (names made unique: "a.jpg", "a (2).jpg")."""
    sink = _Sink()
    stamp = (modified or datetime.now(timezone.utc)).timetuple()[:6]
    used: set[str] = set()
    with zipfile.ZipFile(sink, "w", allowZip64=True) as archive:  # type: ignore[arg-type]
        for entry in entries:
            info = zipfile.ZipInfo(unique_name(entry.name, used), date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED if entry.compress else zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            if entry.size is not None:
                info.file_size = entry.size
            written = 0
            with archive.open(info, "w", force_zip64=_is_zip64(entry.size)) as out:
                for chunk in entry.chunks():
                    out.write(chunk)
                    written += len(chunk)
                    if sink.parts:
                        yield sink.take()
            if entry.size is not None and written != entry.size:
                # The length was announced (Content-Length): a file that changed since must break the
                # download rather than end it in a zip that looks complete and is not.
                raise ChangedWhileSentError(f"{entry.name}: {written} bytes written, {entry.size} announced")
            yield sink.take()
    yield sink.take()


class ChangedWhileSentError(RuntimeError):
    """An entry's file changed between measuring it and writing it: the zip cannot have the length announced."""


def _is_zip64(size: int | None) -> bool:
    # zipfile's own rule (its size * 1.05 leaves room for deflate's overhead), made explicit so that
    # ``zip_length`` and ``zip_stream`` decide alike; an entry of unknown size may pass 4 GB.
    return size is None or size * 1.05 > zipfile.ZIP64_LIMIT


def sized(entries: Sequence[ArchiveEntry]) -> list[ArchiveEntry] | None:
    """The entries with their exact lengths (each JPEG's head read now), or None when one cannot be known."""
    exact = []
    for entry in entries:
        if entry.size is None and entry.measure is not None:
            try:
                entry = replace(entry, size=entry.measure())
            except (OSError, ValueError, ChangedOriginalError) as error:  # unreadable, changed, metadata too large
                log.warning("%s: its length in the zip is not known beforehand: %s", entry.name, error)
                return None
        if entry.size is None:
            return None
        exact.append(entry)
    return exact


def zip_length(entries: Sequence[ArchiveEntry]) -> int:
    """The exact number of bytes ``zip_stream(entries)`` yields; every entry's ``size`` must be known (``sized``)."""
    used: set[str] = set()
    offset = central = 0
    for entry in entries:
        if entry.size is None:
            raise ValueError(f"{entry.name}: length unknown")
        name = _encoded_name(unique_name(entry.name, used))
        stored = _deflated_length(entry) if entry.compress else entry.size
        zip64 = _is_zip64(entry.size)
        large = 2 if max(entry.size, stored) > zipfile.ZIP64_LIMIT else 0
        large += 1 if offset > zipfile.ZIP64_LIMIT else 0
        central += _CENTRAL_HEADER + len(name) + (4 + 8 * large if large else 0)
        offset += (_LOCAL_HEADER + len(name) + (_ZIP64_LOCAL_EXTRA if zip64 else 0) + stored
                   + (_ZIP64_DESCRIPTOR if zip64 else _DESCRIPTOR))
    needs_zip64_end = (len(entries) > zipfile.ZIP_FILECOUNT_LIMIT or offset > zipfile.ZIP64_LIMIT
                       or central > zipfile.ZIP64_LIMIT)
    return offset + central + _END_RECORD + (_ZIP64_END if needs_zip64_end else 0)


def _encoded_name(name: str) -> bytes:
    try:  # zipfile writes an ASCII name as it is, any other in UTF-8 (with the UTF-8 flag)
        return name.encode("ascii")
    except UnicodeEncodeError:
        return name.encode("utf-8")


def _deflated_length(entry: ArchiveEntry) -> int:
    # The compressor zipfile uses for ZIP_DEFLATED, fed the same chunks: the same bytes come out.
    # Only text entries (a sidecar, the list of pictures left out) are deflated: a few KB each.
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return sum(len(compressor.compress(chunk)) for chunk in entry.chunks()) + len(compressor.flush())


def unique_name(name: str, used: set[str]) -> str:
    """``name``, or "stem (2).ext", "stem (3).ext"… when the archive already holds it (any case); added to ``used``."""
    stem, dot, ending = name.rpartition(".") if "." in name.lstrip(".") else (name, "", "")
    candidate, number = name, 1
    while candidate.lower() in used:
        number += 1
        candidate = f"{stem} ({number}){dot}{ending}"
    used.add(candidate.lower())
    return candidate


def picture_entries(name: str, open_file: Callable[[], BinaryIO], meta: EmbeddedMetadata,
                    size: int | None = None) -> list[ArchiveEntry]:
    """A picture's entries: a JPEG with ``meta`` embedded, or another format as it is plus ``NAME.xmp``.

    ``open_file`` is called when the entry is written, so one file is open at a time; a file
    that turns out not to be a JPEG after all (its name lied) is sent as it is.
    """
    if name.lower().endswith((".jpg", ".jpeg", ".jpe")):
        return [ArchiveEntry(name, lambda: _embedded_chunks(open_file, meta),
                             measure=lambda: _embedded_length(open_file, meta))]
    sidecar = name.rsplit(".", 1)[0] + ".xmp" if "." in name else name + ".xmp"
    xmp = build_xmp(meta)
    return [ArchiveEntry(name, lambda: _file_chunks(open_file), size=size),
            ArchiveEntry(sidecar, lambda: iter((xmp,)), compress=True, size=len(xmp))]


def text_entry(name: str, text: str) -> ArchiveEntry:
    """A UTF-8 text file of the archive (the list of pictures left out, the credits)."""
    data = text.encode("utf-8")
    return ArchiveEntry(name, lambda: iter((data,)), compress=True, size=len(data))


def _embedded_chunks(open_file: Callable[[], BinaryIO], meta: EmbeddedMetadata) -> Iterator[bytes]:
    with open_file() as source:
        if source.read(2) != _JPEG:
            source.seek(0)
            yield from _chunks_of(source)
            return
        source.seek(0)
        yield embedded_jpeg_head(source, meta)
        yield from _chunks_of(source)


def _embedded_length(open_file: Callable[[], BinaryIO], meta: EmbeddedMetadata) -> int:
    """What ``_embedded_chunks`` will yield, in bytes: the file's length, its JPEG head replaced."""
    with open_file() as source:
        length = source.seek(0, 2)
        source.seek(0)
        if source.read(2) != _JPEG:
            return length
        source.seek(0)
        return embedded_jpeg_length(source, meta, length)


def _file_chunks(open_file: Callable[[], BinaryIO]) -> Iterator[bytes]:
    with open_file() as source:
        yield from _chunks_of(source)


def _chunks_of(source: BinaryIO) -> Iterator[bytes]:
    while chunk := source.read(CHUNK_SIZE):
        yield chunk
