"""What a published image's URL tells about the photo: its original file name and wire ids.

Newsroom CMSs and image CDNs decorate the uploaded file: WordPress adds ``-1024x683``,
``-scaled`` or ``-e1490000000000``; some CMSs append a second extension
(``….jpg.optimal.jpg``); resizing proxies wrap the real URL (``imrs.php?src=…``,
``/resizer/…/cloudfront-…arcpublishing.com/ABC.jpg``). Undoing that lets the matcher find
the catalog asset by file name or by the wire/job id the file name carries.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit, urlunsplit

IMAGE_EXTENSIONS = ("jpeg", "jpg", "jpe", "png", "gif", "webp", "avif", "heic", "heif", "tiff", "tif")
_ANY_EXTENSION = r"\.(?:" + "|".join(IMAGE_EXTENSIONS) + r")"
_EXTENSION = re.compile(_ANY_EXTENSION + r"(?![a-z0-9])", re.IGNORECASE)
# In a text scrape the caption may be glued to the URL: "….jpgRelatives and friends…".
_GLUED_EXTENSION = re.compile(_ANY_EXTENSION, re.IGNORECASE)
# WordPress renditions: -1024x683, -scaled, -rotated, -e1490000000000 (an edited copy).
_WORDPRESS_SUFFIX = re.compile(r"(?:-\d{2,5}x\d{2,5}|-scaled|-rotated|-e\d{10,13})+$", re.IGNORECASE)
_DIMENSIONS = re.compile(r"^\d{2,5}x\d{1,5}$", re.IGNORECASE)
_DATE = re.compile(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")
_HOST_LIKE = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.IGNORECASE)
_WRAPPED_PARAMETERS = ("src", "url", "u", "image", "img", "imageurl", "source")
_TOKEN_SPLIT = re.compile(r"[^A-Za-z0-9]+")
# The names cameras give their files, kept by many CMSs inside the uploaded name.
_CAMERA_FILE = re.compile(
    r"(?<![A-Za-z0-9])_?((?:DSC[NF]?|IMG|DJI|GOPR|PXL|CIMG|SAM|P\d{3}|MG)_?\d{4,})(?![0-9])", re.IGNORECASE
)
_MIN_IDENTIFIER = 6  # shorter tokens ("web1", "03", "v2") are too common to identify a photo


def original_image_url(url: str) -> str:
    """The image URL inside a resizing proxy's URL, or ``url`` itself when nothing is wrapped."""
    parts = urlsplit(url)
    for name, value in parse_qsl(parts.query, keep_blank_values=False):
        if name.lower() not in _WRAPPED_PARAMETERS:
            continue
        if value.lower().startswith(("http://", "https://")):
            return original_image_url(value)
        if value.startswith("/") and _EXTENSION.search(value):  # Next.js: /_next/image?url=/x.jpg
            return urljoin(url, value)
    path = unquote(parts.path)
    for marker in ("/https://", "/http://"):
        if marker in path:
            return original_image_url(path[path.index(marker) + 1 :])
    segments = path.split("/")
    for index, segment in enumerate(segments[1:-1], start=1):
        # Arc and thumbor-style resizers: /resizer/<signature>/<size>/<filters>/<host>/<path>
        if _HOST_LIKE.match(segment) and not _EXTENSION.search(segment) and index > 1:
            return f"https://{segment}/" + "/".join(segments[index + 1 :])
    return url


def image_file_name(url: str) -> str | None:
    """The uploaded file's name as far as the URL shows it, CMS rendition decorations removed."""
    segment = unquote(urlsplit(original_image_url(url)).path).rstrip("/").rsplit("/", 1)[-1]
    extension = _EXTENSION.search(segment)
    if not extension:
        return segment if len(segment) >= _MIN_IDENTIFIER else None
    # "x.jpg.optimal.jpg" and "x.JPG.webp": the first image extension ends the uploaded name.
    stem = _WORDPRESS_SUFFIX.sub("", segment[: extension.start()])
    return stem + segment[extension.start() : extension.end()] if stem else segment


def image_identifiers(url: str) -> tuple[str, ...]:
    """Id-like tokens in the image URL (wire ids, job numbers, GUIDs), file name first, no repeats.

    Camera file names (``DSC_4411``, ``IMG_2231``) come first. Then a token counts when it
    has at least six characters and a digit and is neither a size such as ``1024x683``
    nor a date such as ``20170325``; tokens come from the file name, then the rest of the
    path, then query values.
    """
    inner = original_image_url(url)
    parts = urlsplit(inner)
    name = image_file_name(inner) or ""
    found: dict[str, None] = {match.group(1): None for match in _CAMERA_FILE.finditer(name)}
    texts = [name]
    texts += unquote(parts.path).split("/")[:-1]
    texts += [value for _, value in parse_qsl(parts.query)]
    for text in texts:
        for token in _TOKEN_SPLIT.split(text):
            if _is_identifier(token):
                found.setdefault(token, None)
    return tuple(found)


def rendition_key(url: str) -> str:
    """A key equal for two renditions of one uploaded image (sizes, crops of the same file).

    The longest id in the file name, else a distinctive file name, else the longest id
    elsewhere in the URL, else the whole URL.
    """
    name = image_file_name(url) or ""
    extension = _EXTENSION.search(name)
    stem = name[: extension.start()] if extension else name
    in_name = [token for token in _TOKEN_SPLIT.split(stem) if _is_identifier(token)]
    if in_name:
        return max(in_name, key=len).lower()
    if len(stem) >= _MIN_IDENTIFIER and not stem.isdigit():
        return stem.lower()
    elsewhere = image_identifiers(url)
    if elsewhere:
        return max(elsewhere, key=len).lower()
    return url.split("#", 1)[0].lower()


def _is_identifier(token: str) -> bool:
    return (
        len(token) >= _MIN_IDENTIFIER
        and any(c.isdigit() for c in token)
        and not _DIMENSIONS.match(token)
        and not _DATE.match(token)
    )


def is_camera_file_name(name: str) -> bool:
    """True for the names cameras number their files with (``DSC_4411``, ``IMG_2231``): not unique."""
    return bool(_CAMERA_FILE.fullmatch(name.rsplit(".", 1)[0] if has_image_extension(name) else name))


def has_image_extension(text: str) -> bool:
    """True when ``text`` contains an image file extension such as ``.jpg``."""
    return bool(_EXTENSION.search(text))


def image_extension_ends(text: str) -> list[int]:
    """Every position in ``text`` just after an image file extension, even one glued to a word."""
    return [match.end() for match in _GLUED_EXTENSION.finditer(text)]


# Sizes a rendition's URL names, in file names and path segments: WordPress -1024x683, a ratio (_16x9), a size
# letter (Flickr's _o, _b; iDNES's _A, _B),
# lazysizes/CDN _640, Spiegel-style _w948_r1.77_fpx44_fpy51, NYT crop names.
# A size may carry the copy's number after it (Clarín's "_1256x620__1").
_SIZE_SUFFIX = re.compile(
    r"(?:_[a-zA-Z]|[_-]\d{1,5}x\d{1,5}(?:__\d{1,2})?|[_-]w?\d{3,4}(?:_r[\d.]+)?(?:_fp[xy]\d+)*|-(?:scaled|rotated)|"
    r"@\d(?:\.\d)?x)$", re.IGNORECASE
)
# A delivery profile after the size ("frana-1280x960@GdL-Web"), not a density ("@2x").
_PROFILE_SUFFIX = re.compile(r"@(?!\d(?:\.\d)?x$)[A-Za-z][\w-]*$")
# NYT-style crop names and the width each stands for (approximate; only their order matters).
_CROP_WIDTHS = {
    "superjumbo": 2048, "mobilemasterat3x": 1800, "facebookjumbo": 1050, "jumbo": 1024, "videosixteenbyninejumbo1600": 1600,
    "threebytwolargeat2x": 1200, "master1050": 1050, "master768": 768, "master675": 675, "articlelarge": 600,
    "popup": 650, "articleinline": 190, "thumblarge": 150, "thumbstandard": 75, "mediumsquareat3x": 1800,
}
_CROP_NAME = re.compile(r"-(" + "|".join(_CROP_WIDTHS) + r")$", re.IGNORECASE)
# The crop's name inside the file name, between the upload's id and its slug ("4592114_7_articlelarge_crowds.jpg")
_CROP_WORD = re.compile(r"(?:^|[_-])(" + "|".join(_CROP_WIDTHS) + r")(?=[_-])", re.IGNORECASE)
# Blogger's /s1600/ and /w640-h426/ segments are in _SIZE_SEGMENT's first form, and Reach's /s1200c/ (a crop letter).
_SIZE_QUERY = ("w", "width", "wid", "imwidth", "resize", "size")
_SIZE_SEGMENT = re.compile(r"^(?:[sw](\d{2,5})[a-z]?(?:-h\d{2,5})?(?:-[a-z]+)*|w[_:]?(\d{2,5})(?:,.*)?|(\d{2,5})x\d{0,5}!?|(?:[a-z]+_)?([1-9]\d{2,3}))$", re.IGNORECASE)
# (and the resizer's flags after the size: the obscura API's "tr_2000_1333_s_f")
_STYLE_SIZE_SEGMENT = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*?_(?:([1-9]\d{2,4})x\d{2,5}|([1-9]\d{2,4})_\d{3,5})"
                                 r"(?:_[a-z]{1,2})*$", re.IGNORECASE)  # a height of three digits or more: not a month
_SERVICE_PATH = re.compile(r"/(?:unsafe|resizer|dims4|image/upload|image/fetch|_next/image|cdn-cgi/image)/|/filters:",
                           re.IGNORECASE)
_SERVICE_HOSTS = ("imgix.net", "res.cloudinary.com", "cloudinary.com", "imagekit.io", "twic.pics")


def picture_key(url: str) -> str:
    """A key equal for every rendition one page shows of one picture: its file name after size names are removed.

    Unlike ``rendition_key`` (which the catalog stores): ``x_640.jpg`` and ``x_1280.jpg``,
    ``x-articleLarge.jpg`` and ``x-superJumbo.jpg`` are one picture on one page, and
    ``0603_levee_01.jpg`` and ``0603_levee_02.jpg`` two.
    """
    parts = urlsplit(original_image_url(url))
    head, _, name = parts.path.rpartition("/")
    extension = _EXTENSION.search(name)
    stem, rest = (name[: extension.start()], name[extension.start():]) if extension else (name, "")
    stem = _CROP_NAME.sub("", _SIZE_SUFFIX.sub("", _PROFILE_SUFFIX.sub("", stem))) or stem
    if _is_generic_name(stem):
        # "…/wharf_fog_signal/original.jpg", "…/<id>/v1/1200x-1.jpg": the folder names the picture.
        folder = _naming_folder(head)
        if folder:
            return folder.lower()
    uuid = _UUID.search(stem)
    if uuid:  # one GUID names one upload; its parts alone (a shared node id) do not
        return uuid.group(0).lower()
    if len(stem) >= _MIN_IDENTIFIER and not stem.isdigit():
        # The name, its sizes removed, names the picture; not the longest id in it, which may be the date or the
        # time a shoot's pictures share ("06032024_boathouse_120312", "…_boathouse_2_120455", "060324-Delta-Levee-01").
        return stem.lower()
    key = rendition_key(f"{parts.scheme}://{parts.netloc}{head}/{stem}{rest}")
    # A short or numeric name ("800.jpeg", "4711.jpg"): an id elsewhere in the URL, else the name. The folders
    # (/size/w1000/, /styles/large/) and the host (a CDN such as i0.wp.com) may differ between renditions.
    return stem.lower() if "://" in key else key


# Names a CMS gives every upload's file, so that the folder above names the picture.
_GENERIC_NAME_WORDS = frozenset(
    "original orig image img default large full master wide photo picture main file source crop standard "
    "medium small thumb thumbnail hero lead public article".split())  # "…/<id>/article/1024/image.jpg": a profile
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
_SIZE_OR_VERSION = re.compile(r"^(?:\d+x-?\d*!?|v\d+|\d+|(?:19|20)\d\d-\d\d|[a-z]?\d{1,4}|[a-z]+[:_]\d+.*|.*=)$",
                              re.IGNORECASE)


def _is_generic_name(stem: str) -> bool:
    """True for a file name that names a size or a role ("original", "wide__820x461", "1200x-1"), not a picture."""
    unsized = re.sub(r"\d+x-?\d*", "", stem.lower())
    name_words = {word for word in re.split(r"[^a-z]+", unsized) if word}
    return name_words <= _GENERIC_NAME_WORDS and not _UUID.search(stem) and not _is_identifier(unsized)


def _naming_folder(head: str) -> str | None:
    """The nearest folder of ``head`` that names something: not a size, a version, a date or a signature."""
    for segment in reversed(unquote(head).split("/")):
        if len(segment) < _MIN_IDENTIFIER or _SIZE_OR_VERSION.match(segment) or ":" in segment:
            continue
        if _is_identifier(segment) or not _is_generic_name(segment):  # not a crop box ("0_96_3000_1800"), not "master"
            return segment
    return None


# "w_1200", "width=800", "w-800", "$width_1512"; NBC's Cloudinary "t_fit-1240w"
_NAMED_WIDTH = re.compile(r"(?:^|[,:=&(])\$?(?:w|width)[_=-](\d{2,5})(?=$|[,&)])|(?:^|[_-])(\d{2,5})w(?=$|[,&])",
                          re.IGNORECASE).search


def named_width(url: str) -> int | None:
    """The width in pixels a rendition's URL names (``?w=1200``, ``/1440x0/``, ``-1024x683``, ``superJumbo``), or None."""
    parts = urlsplit(url)
    # a device pixel ratio beside the width ("?w=680&dpr=2", imgix's and Thumbor's) asks for that many times the pixels
    density = next((float(value) for name, value in parse_qsl(parts.query)
                    if name.lower() == "dpr" and re.fullmatch(r"[1-4](?:\.\d+)?", value)), 1.0)
    # matrix parameters after the file's name are a resizer's query too (Village Media's "x.jpg;w=1200;h=800;mode=crop")
    path, _, matrix = parts.path.partition(";")
    for name, value in parse_qsl(parts.query) + parse_qsl(matrix.replace(";", "&")):
        size = re.split(r"[x,]", value, maxsplit=1)[0]  # "?resize=1200,800", "?size=1200x800"
        if name.lower() in _SIZE_QUERY and size.isdigit():
            return int(int(size) * density)
    # a transformation list naming the width in the query ("?q=h_833,w_1480,c_fill", ImageKit's "?tr=w-1200")
    named = _NAMED_WIDTH(unquote(parts.query))
    if named:
        return int(named.group(1) or named.group(2))
    segments = unquote(path).split("/")
    name = segments[-1]
    stem = name[: _EXTENSION.search(name).start()] if _EXTENSION.search(name) else name
    stem = _PROFILE_SUFFIX.sub("", stem)
    crop = _CROP_NAME.search(stem) or _CROP_WORD.search(stem)
    if crop:
        return _CROP_WIDTHS[crop.group(1).lower()]
    # "-1024x683", "_640", Spiegel's "_w948_r1.77_fpx44_fpy51", Shopify's "_800x450_crop_center"; not a camera's
    # number for the shot ("IMG_4021", "DSC_0042")
    size = None if is_camera_file_name(stem) else re.search(
        r"[_-]w?([1-9]\d{1,4})(?:x\d{2,5}|x0)?(?:__\d{1,2})?(?:_r[\d.]+)?(?:_fp[xy]\d+)*(?:_crop_[a-z]+)?$", stem)
    if size:
        return int(size.group(1))
    leading = re.match(r"([1-9]\d{1,4})x\d{2,5}[_-]", stem)  # or before the name ("1024x768_wmkn_1234.webp")
    if leading:
        return int(leading.group(1))
    # or in a path segment (Cloudinary's "c_fill,w_1200", Nine's "$zoom_0.5,$width_1512", Akamai's "im=Resize,width=800")
    named = next((match for match in map(_NAMED_WIDTH, segments[:-1]) if match), None)
    if named:
        return int(named.group(1) or named.group(2))
    if len(segments) > 3 and re.fullmatch(r"[1-9]\d{2,4}", segments[-3]) and re.fullmatch(r"[1-9]\d{1,4}", segments[-2]) \
            and not re.fullmatch(r"(?:19|20)\d\d", segments[-3]):
        return int(segments[-3])  # Fox's "/1200/675/name.jpg": the width, then the height, over the file
    for segment in reversed(segments[:-1]):
        # a folder named by a style ending in the size it makes (Drupal's "focal_3_2_1920x1280", "image_1920_1080")
        styled = _STYLE_SIZE_SEGMENT.match(segment)
        if styled:
            return int(styled.group(1) or styled.group(2))
        match = _SIZE_SEGMENT.match(segment)
        if match and not re.fullmatch(r"(?:19|20)\d\d", segment):
            return int(next(group for group in match.groups() if group))
    return None


def is_image_service_url(url: str) -> bool:
    """True for a resizing service's URL (thumbor, imgix, Cloudinary, Arc, dims4…), with or without a file extension."""
    parts = urlsplit(url)
    host = parts.netloc.lower()
    return bool(_SERVICE_PATH.search(parts.path)) or any(host.endswith(service) for service in _SERVICE_HOSTS)


_DERIVED_NAME = re.compile(r"[_.-](?:thumb|thumbnail|small|preview|mini|tn|sm|medium)\.[a-z]{3,4}$", re.IGNORECASE)
_DERIVED_FOLDERS = re.compile(r"/(?:styles|size|sizes|thumbs?|thumbnails?|resized?|cache|crops?)/", re.IGNORECASE)


def is_derived_url(url: str) -> bool:
    """True when a URL is a service's or a CMS's derived copy (a query, a resizer, an image-style folder), not the upload."""
    parts = urlsplit(url)
    return (bool(parts.query) or is_image_service_url(url) or bool(_DERIVED_FOLDERS.search(parts.path))
            or bool(_DERIVED_NAME.search(parts.path)))


# Drupal's image styles: "/sites/default/files/styles/large/public/2024-06/x.jpg?itok=…" is a copy of
# "/sites/default/files/2024-06/x.jpg", the file scheme's folder ("public", "private", "s3") under the style's name.
_IMAGE_STYLE = re.compile(r"/styles/[^/]+/(?:public|private|s3)/")


def style_source(url: str) -> str | None:
    """The upload a Drupal image style's copy was made from ("…/styles/large/public/x.jpg?itok=…" -> "…/x.jpg"), or None."""
    parts = urlsplit(url)
    style = _IMAGE_STYLE.search(parts.path)
    if style is None:
        return None
    return urlunsplit((parts.scheme, parts.netloc, parts.path[: style.start()] + "/" + parts.path[style.end():], "", ""))
