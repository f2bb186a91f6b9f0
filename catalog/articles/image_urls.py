"""What a published image's URL tells about the photo: its original file name and wire ids.

Newsroom CMSs and image CDNs decorate the uploaded file: WordPress adds ``-1024x683``,
``-scaled`` or ``-e1490000000000``; some CMSs append a second extension
(``….jpg.optimal.jpg``); resizing proxies wrap the real URL (``imrs.php?src=…``,
``/resizer/…/cloudfront-…arcpublishing.com/ABC.jpg``). Undoing that lets the matcher find
the catalog asset by file name or by the wire/job id the file name carries.
"""

from __future__ import annotations

import base64
import re
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

from catalog.articles.urls import is_tracking_parameter

IMAGE_EXTENSIONS = ("jpeg", "jpg", "jpe", "png", "gif", "webp", "avif", "heic", "heif", "tiff", "tif")
_ANY_EXTENSION = r"\.(?:" + "|".join(IMAGE_EXTENSIONS) + r")"
_EXTENSION = re.compile(_ANY_EXTENSION + r"(?![a-z0-9])", re.IGNORECASE)
# In a text scrape the caption may be glued to the URL: "….jpgRelatives and friends…".
_GLUED_EXTENSION = re.compile(_ANY_EXTENSION, re.IGNORECASE)
# CE Image's (ExpressionEngine) "/images/made/<upload path>_820_547_c1.jpg": width, height, then the crop flag; a year
# and a month-day ("_2024_1206") are a date, no size
_WIDTH_UNDERSCORE_HEIGHT = r"[_-](?!(?:19|20)\d\d_)([1-9]\d{2,3})_[1-9]\d{2,3}(?:_[a-z]\d?)?"
# WordPress renditions: -1024x683, -scaled, -rotated, -e1490000000000 (an edited copy); CE Image's _820_547_c1.
_WORDPRESS_SUFFIX = re.compile(r"(?:-\d{2,5}x\d{2,5}|-scaled|-rotated|-e\d{10,13}|" + _WIDTH_UNDERSCORE_HEIGHT + ")+$",
                               re.IGNORECASE)
_DIMENSIONS = re.compile(r"^\d{2,5}x\d{1,5}$", re.IGNORECASE)
_DATE = re.compile(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")
_HOST_LIKE = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.IGNORECASE)
# A folder ordered by a number before a dot (Grav's "user/pages/02.novice/", Lume's "1.articles"): the number sorts the
# page and Grav drops it from the page's address; a host of digits ("163.com", "01.org") has a short top-level domain
_NUMBERED_FOLDER = re.compile(r"^\d+\.[a-z][a-z-]{3,}$", re.IGNORECASE)
_TOKEN_SPLIT = re.compile(r"[^A-Za-z0-9]+")
# The names cameras give their files, kept by many CMSs inside the uploaded name.
_CAMERA_FILE = re.compile(
    r"(?<![A-Za-z0-9])_?((?:DSC[NF]?|IMG|DJI|GOPR|PXL|CIMG|SAM|P\d{3}|MG)_?\d{4,})(?![0-9])", re.IGNORECASE
)
_MIN_IDENTIFIER = 6  # shorter tokens ("web1", "03", "v2") are too common to identify a photo


def original_image_url(url: str) -> str:
    """The image URL inside a resizing proxy's URL, or ``url`` itself when nothing is wrapped."""
    source = wrapped_image_url(url)
    return original_image_url(source) if source and source != url else url


def wrapped_image_url(url: str) -> str | None:
    """The source image a resizing service's or image proxy's URL wraps (one layer), or None.

    The grammars are the services' own (docs/article-formats.md, "Image addresses"): a query
    parameter holding the source (Next.js ``/_next/image?url=``, Astro ``/_image?href=``,
    Vercel ``/_vercel/image?url=``, Netlify ``/.netlify/images?url=``, wsrv.nl ``?url=host/x.jpg``,
    ``imrs.php?src=``), or any parameter holding an image's absolute URL or site path; a source
    after the options in the path (Cloudflare ``/cdn-cgi/image/<options>/<source>``, Nuxt's IPX
    ``/_ipx/<modifiers>/<path>``, imgproxy ``/<signature>/<options>/plain/<source>@<format>`` or
    its base64 form, Gatsby's ``/_gatsby/image/<base64 source>/…``, thumbor's
    ``/unsafe/<options>/<host>/<path>``, Arc's resizer, the AMP cache's ``/i/s/<host>/<path>``,
    Photon's ``i0.wp.com/<host>/<path>``). An extensionless endpoint that wraps an image is that image.
    """
    found = _wrapping(url)
    return found[1] if found else None


# Query parameters that name the source image whatever it looks like; any other parameter names it only when its
# value is an image's address (an image extension)
_WRAPPED_PARAMETERS = ("src", "url", "u", "href", "image", "img", "imageurl", "image_url", "imgurl", "source", "file",
                       "uri", "photo")
# Path markers after which the source image follows: Cloudflare's, IPX's (one segment of options first) and imgproxy's
_OPTIONS_THEN_SOURCE = re.compile(r"/(?:cdn-cgi/image|_ipx)/[^/]+/", re.IGNORECASE)
_IMGPROXY_PLAIN = re.compile(r"/plain/", re.IGNORECASE)
_SCHEME_IN_PATH = re.compile(r"/(https?):/+(?=[^/])", re.IGNORECASE)
_FORMAT_SUFFIX = re.compile(r"@(?:" + "|".join(IMAGE_EXTENSIONS) + r"|png|jxl|auto|best)$", re.IGNORECASE)
_PHOTON_HOST = re.compile(r"^i\d\.wp\.com$", re.IGNORECASE)
_BASE64_SEGMENT = re.compile(r"^[A-Za-z0-9_-]{16,}={0,2}$")


def _wrapping(url: str) -> tuple[str, str] | None:
    """(the service's own part of ``url``, the source it wraps), or None when it wraps nothing."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=False)
    for index, (name, value) in enumerate(query):
        source = _source_in_parameter(name, value, url)
        if source:
            rest = urlencode(query[:index] + query[index + 1:], safe=":,*/")
            return urlunsplit((parts.scheme, parts.netloc, parts.path, rest, "")), source
    path = unquote(parts.path)
    service = f"{parts.scheme}://{parts.netloc}"
    query_part = f"?{parts.query}" if parts.query else ""
    scheme = _SCHEME_IN_PATH.search(path)
    if scheme:  # "/https://host/x.jpg", IPX's "/https:/host/x.jpg" (its slashes collapsed)
        source = f"{scheme.group(1).lower()}://{path[scheme.end():]}"
        return service + path[: scheme.start() + 1] + query_part, _FORMAT_SUFFIX.sub("", source)
    plain = _IMGPROXY_PLAIN.search(path)
    if plain:  # imgproxy's "/plain/<source>@<format>": an absolute URL (read above), "local:///path", "s3://…"
        source = _FORMAT_SUFFIX.sub("", path[plain.end():]).removeprefix("local://")
        return service + path[: plain.end()] + query_part, urljoin(service + "/", source.split("://", 1)[-1].lstrip("/"))
    options = _OPTIONS_THEN_SOURCE.search(path)
    if options and path[options.end():]:
        return service + path[: options.end()] + query_part, urljoin(service + "/", path[options.end():])
    segments = path.split("/")
    for index, segment in enumerate(segments[1:], start=1):
        encoded = _decoded_source(segment.rsplit(".", 1)[0] if index == len(segments) - 1 else segment)
        if encoded:  # imgproxy's "/<signature>/<options>/<base64 source>.jpg", Gatsby's "/_gatsby/image/<base64>/…"
            return service + "/".join(segments[:index]) + "/" + query_part, encoded
    first = 1 if _PHOTON_HOST.match(parts.netloc) else 2
    for index, segment in enumerate(segments[first:-1], start=first):
        # Arc's and thumbor's resizers, the AMP cache: /resizer/<signature>/<size>/<filters>/<host>/<path>
        if _HOST_LIKE.match(segment) and not _EXTENSION.search(segment) and not _NUMBERED_FOLDER.match(segment):
            return service + "/".join(segments[:index]) + "/" + query_part, f"https://{segment}/" + "/".join(segments[index + 1:])
    return None


def _source_in_parameter(name: str, value: str, base: str) -> str | None:
    """The source image a query parameter names: an absolute URL, a site path, or wsrv.nl's "host/path"."""
    value = value.strip()
    named = name.lower() in _WRAPPED_PARAMETERS
    if value.startswith("//"):
        value = urlsplit(base).scheme + ":" + value
    if value.lower().startswith(("http://", "https://")):
        return value if named or _EXTENSION.search(urlsplit(value).path) else None
    if value.startswith("/") and _EXTENSION.search(value.split("?", 1)[0]):
        return urljoin(base, value)
    host, _, rest = value.removeprefix("ssl:").partition("/")
    if named and rest and _HOST_LIKE.match(host) and _EXTENSION.search(rest):  # wsrv.nl's "?url=host/x.jpg"
        return f"https://{host}/{rest}"
    return None


def _decoded_source(segment: str) -> str | None:
    """The http(s) URL a URL-safe base64 path segment encodes, or None."""
    if not _BASE64_SEGMENT.match(segment):
        return None
    try:
        text = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)).decode("ascii")
    except (ValueError, UnicodeDecodeError):
        return None
    return text if re.match(r"https?://[^\s/]+/\S+$", text) else None


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


# Words a URL names a rendition's size with, smallest first, each with its rank (a URL naming none ranks 0): Liferay's
# "imageThumbnail=1" and "imagePreview=1", Drupal's image styles ("/styles/thumbnail/", "/styles/large/"), WordPress's
# and other CMSs' size names ("x-thumb.jpg", "?size=medium", "/thumbs/"), "original" and "full" folders.
_SIZE_WORD_RANKS = {
    **dict.fromkeys("thumbnail thumbnails thumb thumbs tn mini tiny icon xs xsmall".split(), -3),
    **dict.fromkeys("small sm".split(), -2),
    **dict.fromkeys("medium med md mid preview normal".split(), -1),
    **dict.fromkeys("large lg big".split(), 1),
    **dict.fromkeys("xlarge xl xxl huge hd hires highres zoom".split(), 2),
    **dict.fromkeys("original orig originals full fullsize".split(), 3),
}
_ORIGINAL_RANK = 3
# Where a slug's own words could stand, only the words no slug or folder means otherwise count: the short and
# everyday ones ("xl" in "super-bowl-xl", "md" for Maryland, "lg" the brand, "hd", "big", "preview") name a size
# only after a size or an id in the file name ("<hash>_XL", "x-1024x683-thumb") or as a size parameter's value
_UNAMBIGUOUS_SIZE_WORDS = frozenset("thumbnail thumbnails thumb thumbs small medium large xlarge original originals "
                                    "orig full fullsize".split())  # "orig": a gallery's "/orig/" beside "/big/"
_SIZE_PARAMETERS = frozenset({"size", "style", "imagesize", "rendition", "variant", "preset"})
# A name ending in a year and a month-day ("fireworks_2024_1206"): a date, no size
_DATE_TAIL = re.compile(r"(?:19|20)\d\d[_-](?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")
# Sizes a rendition's URL names, in file names and path segments: WordPress -1024x683, a ratio (_16x9), a size
# letter (Flickr's _o, _b; iDNES's _A, _B),
# lazysizes/CDN _640, Spiegel-style _w948_r1.77_fpx44_fpy51, NYT crop names.
# A size may carry the copy's number after it (Clarín's "_1256x620__1").
_SIZE_SUFFIX = re.compile(
    r"(?:_[a-zA-Z]|[_-]\d{1,5}x\d{1,5}(?:__\d{1,2})?(?:_[a-z]\d?)?|[_-]w?\d{3,4}(?:_r[\d.]+)?(?:_fp[xy]\d+)*(?:_[a-z])?|"
    r"-(?:scaled|rotated)|@\d(?:\.\d)?x|" + _WIDTH_UNDERSCORE_HEIGHT + r"|[_-](?:" + "|".join(_UNAMBIGUOUS_SIZE_WORDS)
    + r")|(?<=\d)[_-](?:" + "|".join(_SIZE_WORD_RANKS) + r")|_(?-i:XS|SM|MD|LG|XL|XXL|HD))$",  # "x-thumb"; "<id>_XL",
    # K2's "name_XL" in capitals, never the slug's own "super-bowl-xl"
    re.IGNORECASE
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
# (Photon's "resize=W,H" and "fit=W,H", Hearst's "resize=980:*", imgix's "max-w", Scene7's "wid", Akamai's "imwidth")
_SIZE_QUERY = ("w", "width", "wid", "imwidth", "resize", "size", "fit", "max-w", "maxwidth", "mw")
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
    unprofiled = _PROFILE_SUFFIX.sub("", stem)
    unprofiled = _DENSITY_SUFFIX.sub("", unprofiled)  # "x-1024x683@2x": the density, then the size
    stem = _CROP_NAME.sub("", unprofiled if _DATE_TAIL.search(unprofiled) else _SIZE_SUFFIX.sub("", unprofiled)) or stem
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
# (Jimdo's ".../image/<picture id>/version/<timestamp>/image.jpg": the word "version" names no picture either)
_SIZE_OR_VERSION = re.compile(r"^(?:\d+x-?\d*!?|v\d+|\d+|(?:19|20)\d\d-\d\d|[a-z]?\d{1,4}|[a-z]+[:_]\d+.*|.*=|"
                              r"versions?|revisions?)$", re.IGNORECASE)


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


# "w_1200", "width=800", "w-800", "$width_1512"; NBC's Cloudinary "t_fit-1240w"; a box of width by height among the
# options (Jimdo's "transf/dimension=1040x10000:format=jpg", the height a ceiling the picture never reaches)
_NAMED_WIDTH = re.compile(r"(?:^|[,:=&(])\$?(?:w|width)[_=-](\d{2,5})(?=$|[,&)])|(?:^|[_-])(\d{2,5})w(?=$|[,&])"
                          r"|(?:^|[,:&(])(?:dimensions?|size|resize)[=:]([1-9]\d{1,4})x\d{1,5}(?=$|[,:&)])",
                          re.IGNORECASE).search


def named_width(url: str) -> int | None:
    """The width in pixels a rendition's URL names (``?w=1200``, ``/1440x0/``, ``-1024x683``, ``superJumbo``), or None.

    A resizing service's own options (``/_image?href=…&w=800``, ``/cdn-cgi/image/width=800/…``) name the copy's width
    before the source it wraps does (``i0.wp.com/host/x-1024x683.jpg`` without ``?w=`` is 1024 wide).
    """
    wrapping = _wrapping(url)
    if wrapping:
        service, source = wrapping
        return _width_named_in(service) or named_width(source)
    return _width_named_in(url)


# imgproxy's "rs:fill:300:200", "s:300:200", "width:300"; IPX's "s_300x200", "resize_300x200" (among other modifiers)
_OPTION_WIDTH = re.compile(r"(?:^|,)(?:(?:rs|resize):[a-z-]*:|(?:s|size|w|width):|(?:s|resize)_)([1-9]\d{1,4})(?=$|[x:,])",
                           re.IGNORECASE).search


def width_asked_in_query(url: str) -> int | None:
    """The width a URL's query (or the matrix parameters after its file name) asks its server for, or None:
    ``?w=1280``, ``?resize=980:*``, ``?fit=1200,800``, ``?q=h_833,w_1480``, times ``dpr``."""
    parts = urlsplit(url)
    # a device pixel ratio beside the width ("?w=680&dpr=2", imgix's and Thumbor's) asks for that many times the pixels
    density = next((float(value) for name, value in parse_qsl(parts.query)
                    if name.lower() == "dpr" and re.fullmatch(r"[1-4](?:\.\d+)?", value)), 1.0)
    # matrix parameters after the file's name are a resizer's query too (Village Media's "x.jpg;w=1200;h=800;mode=crop")
    matrix = parts.path.partition(";")[2]
    for name, value in parse_qsl(parts.query) + parse_qsl(matrix.replace(";", "&")):
        size = re.split(r"[x,:]", value, maxsplit=1)[0]  # "?resize=1200,800", "?size=1200x800", "?resize=980:*"
        if name.lower() in _SIZE_QUERY and re.fullmatch(r"[1-9]\d{1,4}", size):
            return int(int(size) * density)
    # a transformation list naming the width in the query ("?q=h_833,w_1480,c_fill", ImageKit's "?tr=w-1200")
    named = _NAMED_WIDTH(unquote(parts.query))
    return int(next(group for group in named.groups() if group)) if named else None


# A density after the file's name ("x-1024x683@2x.jpg", Shopify's "x_800x@2x.jpg"): that many times the size it names
_DENSITY_SUFFIX = re.compile(r"@([1-4](?:\.\d)?)x$")


def _width_named_in(url: str) -> int | None:
    """The width ``url`` itself names, the source it may wrap aside."""
    asked = width_asked_in_query(url)
    if asked:
        return asked
    segments = unquote(urlsplit(url).path.partition(";")[0]).split("/")
    name = segments[-1]
    stem = name[: _EXTENSION.search(name).start()] if _EXTENSION.search(name) else name
    stem = _PROFILE_SUFFIX.sub("", stem)
    density = _DENSITY_SUFFIX.search(stem)
    if density:
        named = _width_in_path(segments, stem[: density.start()])
        return int(named * float(density.group(1))) if named else None
    return _width_in_path(segments, stem)


# The preset (a size or a use) a CMS names a derived copy by, in the folder after the scheme's marker: Ibexa's and eZ
# Platform's image variations ("/var/<site>/storage/images/_aliases/<variation>/…"), Magnolia's imaging
# ("/.imaging/mte/<theme>/<variation>/dam/…"), Drupal's image styles ("/styles/<style>/public/…"), Jimdo's
# transformations ("/transf/<options>/"), Pimcore's thumbnails ("<file>.jpg/image-thumb__<asset id>__<thumbnail>/…")
_PRESET_FOLDER = re.compile(r"/(?:_aliases|\.imaging/(?:mte|stk)/[^/]+|styles|transf)/([^/]+)/"
                            r"|/(?:image-)?thumb__(?:\d+__)?([^/]+)/", re.IGNORECASE)
# a preset named with the width it makes ("stage-768", "content-960", "1400"): only in a preset's own folder does a
# number alone stand for a width
_PRESET_WIDTH = re.compile(r"(?:^|[_-])(?!(?:19|20)\d\d(?:$|[_-]))([1-9]\d{2,3})(?=$|[_-])")
# Sling's selectors between a resource's name and its extension, in a folder the picture is served under: AEM Core
# Components' adaptive image "<component>.coreimg.<quality>.<width>.<ext>/<timestamp>/<name>.<ext>" (the quality
# may be left out; v1's "<component>.img.<width>.<ext>"), a DAM rendition's "<name>.<width>.<height>.<ext>"
_SELECTOR_NUMBER = re.compile(r"\.(?!(?:19|20)\d\d\.)([1-9]\d{1,4})(?=\.)")
_LARGEST_QUALITY = 100


def preset_name(url: str) -> str | None:
    """The preset a CMS's derived copy is named by in its folder ("article_large", "stage-768", "og-image"), or None."""
    return _preset_in(unquote(urlsplit(url).path))


def _preset_in(path: str) -> str | None:
    found = _PRESET_FOLDER.search(path)
    return (found.group(1) or found.group(2)) if found else None


def _selector_width(segment: str) -> int | None:
    """The width a folder named like a Sling resource with selectors names ("image.coreimg.85.1200.jpeg": 1200)."""
    extension = _EXTENSION.search(segment)
    if not extension or extension.end() != len(segment):
        return None
    numbers = [int(number) for number in _SELECTOR_NUMBER.findall(segment)]
    if len(numbers) > 1 and numbers[0] <= _LARGEST_QUALITY < numbers[1]:
        return numbers[1]  # a JPEG quality (0-100), then the width
    return numbers[0] if numbers else None  # the width (then the height)


def _width_in_path(segments: list[str], stem: str) -> int | None:
    """The width the file's name (``stem``, its extension off) or a folder above it names."""
    crop = _CROP_NAME.search(stem) or _CROP_WORD.search(stem)
    if crop:
        return _CROP_WIDTHS[crop.group(1).lower()]
    # "-1024x683", "_640", Spiegel's "_w948_r1.77_fpx44_fpy51", Shopify's "_800x450_crop_center" and "_800x"; not a camera's
    # number for the shot ("IMG_4021", "DSC_0042")
    size = None if is_camera_file_name(stem) or _DATE_TAIL.search(stem) else (
        re.search(_WIDTH_UNDERSCORE_HEIGHT + "$", stem)
        or re.search(r"[_-]w?([1-9]\d{1,4})(?:x\d{2,5}|x0|x)?(?:__\d{1,2})?(?:_r[\d.]+)?(?:_fp[xy]\d+)*(?:_crop_[a-z]+|_[a-z]\d?)?$",
                     stem))
    if size:
        return int(size.group(1))
    leading = re.match(r"([1-9]\d{1,4})x\d{2,5}[_-]", stem)  # or before the name ("1024x768_wmkn_1234.webp")
    if leading:
        return int(leading.group(1))
    # or in a path segment (Cloudinary's "c_fill,w_1200", Nine's "$zoom_0.5,$width_1512", Akamai's "im=Resize,width=800")
    named = next((match for match in map(_NAMED_WIDTH, segments[:-1]) if match), None)
    if named:
        return int(next(group for group in named.groups() if group))
    option = next((match for match in map(_OPTION_WIDTH, segments[:-1]) if match), None)
    if option:
        return int(option.group(1))
    if len(segments) > 3 and re.fullmatch(r"[1-9]\d{2,4}", segments[-3]) and re.fullmatch(r"[1-9]\d{1,4}", segments[-2]) \
            and not re.fullmatch(r"(?:19|20)\d\d", segments[-3]):
        return int(segments[-3])  # Fox's "/1200/675/name.jpg": the width, then the height, over the file
    preset = _preset_in("/".join(segments))
    preset_width = _PRESET_WIDTH.search(preset) if preset else None
    if preset_width:
        return int(preset_width.group(1))
    for segment in reversed(segments[:-1]):
        selected = _selector_width(segment)
        if selected:
            return selected
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
    return bool(_SERVICE_PATH.search(parts.path)) or any(host.endswith(service) for service in _SERVICE_HOSTS) \
        or _wrapping(url) is not None


_DERIVED_NAME = re.compile(r"[_.-](?:thumb|thumbnail|small|preview|mini|tn|sm|medium)\.[a-z]{3,4}$", re.IGNORECASE)
# Folders a CMS keeps its derived copies in: image styles, sizes, thumbnails, caches; TYPO3's "/_processed_/", and the
# preset folders (_PRESET_FOLDER: Ibexa's "_aliases", Magnolia's "/.imaging/", Jimdo's "transf", Pimcore's "image-thumb__")
_DERIVED_FOLDERS = re.compile(r"/(?:styles|size|sizes|thumbs?|thumbnails?|resized?|cache|crops?|_processed_|_aliases|"
                              r"\.imaging|transf|image-thumb__[^/]*)/", re.IGNORECASE)
# The uploaded file's name as a folder, a copy made from it under it: AEM's "<name>.jpg/_jcr_content/renditions/…" and
# "image.coreimg.85.1200.jpeg/<timestamp>/<name>.jpeg", Magnolia's "<name>.jpg/jcr:content/<name>.jpg", Pimcore's
# "<name>.jpg/image-thumb__…/<name>.webp", Wikimedia's "thumb/…/<name>.jpg/800px-<name>.jpg"; the DAM's own
# "…/renditions/original" is the upload
_FILE_AS_FOLDER = re.compile(_ANY_EXTENSION + r"/(?!(?:.*/)?original(?:\.\w+)?$)", re.IGNORECASE)


# Query parameters that ask for no other copy of the picture: Jetpack Photon's "ssl=1" (Automattic/jetpack
# class.photon.php), cache busters ("v", "ver" as WordPress prints on its assets: wp-includes/class-wp-styles.php; "cb",
# jQuery's "_"), and campaign tags (urls.is_tracking_parameter)
_NO_COPY_PARAMETERS = frozenset({"ssl", "v", "ver", "version", "cb", "cachebuster", "cache", "rev", "timestamp", "ts",
                                 "_"})


def _asks_for_a_copy(query: str) -> bool:
    """True when a query names a size, a crop, a format or anything else but the cache and the campaign."""
    return any(name.lower() not in _NO_COPY_PARAMETERS and not is_tracking_parameter(name)
               for name, _ in parse_qsl(query, keep_blank_values=True)) or "=" not in query and bool(query)


def is_derived_url(url: str) -> bool:
    """True when a URL is a service's or a CMS's derived copy (a query asking for a copy, a resizer, an image-style or
    preset folder, a file served under the upload's name, a size word short of the original: "/medium/x.jpg",
    "x-large.jpg"), not the upload."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    return (_asks_for_a_copy(parts.query) or is_image_service_url(url) or bool(_DERIVED_FOLDERS.search(path))
            or bool(_FILE_AS_FOLDER.search(path)) or bool(_DERIVED_NAME.search(parts.path))
            or size_word_rank(url) not in (0, _ORIGINAL_RANK))


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


_WORD_SPLIT = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")


def size_word_rank(url: str) -> int:
    """How large a rendition is by the size words its URL names: below 0 for a thumbnail, small or preview, above 0
    for large or original, 0 for none. A thumbnail of an original ("/original/thumb/…") is a thumbnail."""
    parts = urlsplit(url)
    segments = unquote(parts.path).split("/")
    words = [segment.lower() for segment in segments[:-1]]
    extension = _EXTENSION.search(segments[-1])
    words = [word for word in words if word in _UNAMBIGUOUS_SIZE_WORDS]  # "/thumbs/", "/large/"; not "/big/", "/hd/"
    tokens = [token for token in re.split(r"[_.-]+", segments[-1][: extension.start()] if extension else "") if token]
    if len(tokens) > 1 and (tokens[-1].lower() in _UNAMBIGUOUS_SIZE_WORDS or any(char.isdigit() for char in tokens[-2])
                            or tokens[-1].isupper() and f"_{tokens[-1]}." in segments[-1]):
        # "x-thumb.jpg", K2's "<id>_XL.jpg": a size word after the name (one before it may be the slug's first word:
        words.append(tokens[-1].lower())  # "small-business-owners.jpg"); "super-bowl-xl.jpg" is the slug's own
    preset = preset_name(url)
    if preset:  # a preset's own name is a size's ("article_large", Ibexa's "listitem_thumbnail"), whatever its words
        words += [word.lower() for word in _WORD_SPLIT.split(preset) if word]
    for name, value in parse_qsl(parts.query):  # "?imageThumbnail=1", "?size=large"; not "?md=abc123"
        if is_tracking_parameter(name):
            continue  # a campaign's words ("utm_medium=feed") name no size
        words += [word.lower() for word in _WORD_SPLIT.split(name) if word.lower() in _UNAMBIGUOUS_SIZE_WORDS | {"preview"}]
        if name.lower() in _SIZE_PARAMETERS:
            words.append(value.lower())
    ranks = [_SIZE_WORD_RANKS[word] for word in words if word in _SIZE_WORD_RANKS]
    return min(ranks) if any(rank < 0 for rank in ranks) else max(ranks, default=0)


# Formats made for browsers, which a service converts a picture to ("?format=webp", "&fm=avif", "/format/webp/",
# "f_webp", "filters:format(webp)", "format=avif," in Cloudflare's options, imgproxy's "f:webp" and "@webp")
_DELIVERY_FORMAT = re.compile(r"(?:^|[?&;,/:])(?:format|fm|f|output|ext)[=:_(/](?:webp|avif|jxl)\b|@(?:webp|avif|jxl)$",
                              re.IGNORECASE)


def is_delivery_format(url: str) -> bool:
    """True for a copy in a format made for browsers (WebP, AVIF, JPEG XL), asked of a service or named by its
    extension (eleventy-img's "x-960.avif" beside "x-960.jpeg"): another form of the picture, not the one uploaded."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    return bool(_DELIVERY_FORMAT.search(path) or _DELIVERY_FORMAT.search(unquote(parts.query))) \
        or path.lower().endswith((".webp", ".avif", ".jxl"))
