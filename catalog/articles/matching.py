"""Which catalog asset a story's photo is: evidence weighed, strongest first, never a guess.

Evidence, strongest first (the order of ``LinkMethod``):

1. **url** — the image URL is already linked to an asset (decisive), or another rendition
   of the same upload is (its ``rendition_key``: firm when the key is an id, weak when it
   is only a short or camera-made name);
2. **filename** — the wire/job id or the original file name inside the URL is an asset's
   job id (IPTC 2:103) or file name (firm; weak for camera names such as ``DSC_4411``);
3. **caption** — the caption printed reads like the asset's and the credit agrees (firm);
   a close caption without a credit to back it, or a looser one with it, is weak;
4. **similarity** — the published picture's perceptual hash is within
   ``certain_distance`` of the asset's (firm), or only within ``similar_distance`` (weak).

A photo is linked when exactly one asset has firm evidence of the strongest kind found,
or two weak clues of different kinds. The picture itself can overrule names and captions:
when the published image was available and looks different from the asset's
(farther than ``similar_distance``), that asset is only suggested. Everything short of a
link — two assets at once, weak clues, overruled ones — comes back as suggestions for an
editor to confirm. The module is pure: the look-ups are collaborators passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any, Iterable, Mapping, Protocol, Sequence

from catalog.credits.agencies import fold
from catalog.articles.article import LinkMethod
from catalog.asset import Asset
from catalog.credits import split_caption_credit
from catalog.articles.image_urls import is_camera_file_name
from catalog.articles.photos import ParsedArticle, PublishedPhoto

MAX_SUGGESTIONS = 5
CLOSE_CAPTION = 0.8  # share of the shorter caption's words found in the other: the same caption, edited
SIMILAR_CAPTION = 0.5  # a caption that only resembles: a suggestion at most
MIN_CAPTION_WORDS = 4  # fewer content words ("Smoke rises.") say nothing about which picture
_MIN_NAME = 6  # shorter file names ("photo", "image1") name nothing in particular
_STRENGTH = {method: rank for rank, method in enumerate(LinkMethod)}  # 0 = strongest
# Words every caption has; counting them would make any two captions look alike.
_STOP_WORDS = frozenset(
    "a an the of in on at to and or for with by from into onto over under near as is are was were be "
    "been his her their its this that these those who which while during after before "
    "de la le les el los las der die das und y et".split()
)


class Strength(str, Enum):
    """How much one clue says on its own."""

    WEAK = "weak"  # a suggestion, unless another kind of clue agrees
    FIRM = "firm"  # a link, unless the picture looks different or another asset is as firm
    DECISIVE = "decisive"  # this very image URL is already linked to the asset


@dataclass(frozen=True)
class KnownImage:
    """A published image already linked to an asset: its link's image URL."""

    asset_id: str
    image_url: str | None


class CatalogLookup(Protocol):
    """What the matcher asks the catalog (``catalog.articles.links.StoreLookup`` is the real one)."""

    def known_images(self, image_url: str, rendition_key: str) -> Sequence[KnownImage]:
        """Links whose image is this URL or another rendition of the same upload."""

    def named_assets(self, names: Sequence[str]) -> Sequence[Asset]:
        """Assets whose job id or file name without extension is one of ``names`` (any case)."""

    def caption_candidates(self, photo: PublishedPhoto) -> Sequence[Asset]:
        """Assets whose caption or credit might be this photo's (a search's best hits)."""


class PictureLookup(Protocol):
    """Perceptual hashes of the catalog's pictures (``media.picture_hashes.PictureHashes``)."""

    certain_distance: int  # at most this: the same picture, resized, recompressed or cropped
    similar_distance: int  # at most this: probably the same picture; beyond it, a different one

    def nearest(self, picture_hash: int) -> Sequence[tuple[str, int]]:
        """``(asset id, distance)`` of the pictures within ``similar_distance``, closest first."""

    def distance(self, picture_hash: int, asset_id: str) -> int | None:
        """How far the asset's picture is from this hash; None when its hash is unknown."""


@dataclass(frozen=True)
class Clue:
    """One piece of evidence that a photo is a given asset, in words."""

    asset_id: str
    method: LinkMethod
    strength: Strength
    note: str


@dataclass(frozen=True, kw_only=True)
class Suggestion:
    """An asset the photo may be, for an editor to confirm (never linked by itself)."""

    asset_id: str
    method: LinkMethod  # the strongest kind of evidence for it
    evidence: tuple[str, ...]

    def to_record(self) -> dict[str, Any]:
        """JSON-ready values: asset id, match kind, evidence."""
        return {"asset_id": self.asset_id, "match": self.method.value, "evidence": list(self.evidence)}

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> "Suggestion":
        """The suggestion back from its ``to_record`` values."""
        return cls(asset_id=record["asset_id"], method=LinkMethod(record["match"]),
                   evidence=tuple(record.get("evidence") or ()))


@dataclass(frozen=True, kw_only=True)
class PhotoMatch:
    """The verdict on one published photo: the asset linked (or None), why, and suggestions."""

    photo: PublishedPhoto
    asset_id: str | None = None
    method: LinkMethod | None = None
    evidence: tuple[str, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    note: str | None = None  # why nothing was linked, when something came close

    def to_record(self) -> dict[str, Any]:
        """The photo's ``article add --json`` keys with the verdict: asset_id, match, evidence, suggestions."""
        return {
            **self.photo.to_record(),
            "asset_id": self.asset_id,
            "match": self.method.value if self.method else None,
            "evidence": list(self.evidence),
            "suggestions": [suggestion.to_record() for suggestion in self.suggestions],
            "note": self.note,
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> "PhotoMatch":
        """The verdict back from its ``to_record`` values (how the catalog keeps it)."""
        return cls(
            photo=PublishedPhoto.from_record(record),
            asset_id=record.get("asset_id"),
            method=LinkMethod(record["match"]) if record.get("match") else None,
            evidence=tuple(record.get("evidence") or ()),
            suggestions=tuple(Suggestion.from_record(item) for item in record.get("suggestions") or ()),
            note=record.get("note"),
        )


def match_article(
    parsed: ParsedArticle,
    catalog: CatalogLookup,
    *,
    picture_hashes: Mapping[str, int] | None = None,
    pictures: PictureLookup | None = None,
) -> tuple[PhotoMatch, ...]:
    """A verdict for every photo the article publishes, in page order.

    ``picture_hashes`` maps an image URL to the perceptual hash of the bytes fetched (or
    supplied) for it; photos without one are matched without similarity.
    """
    hashes = picture_hashes or {}
    return tuple(
        match_photo(photo, catalog, picture_hash=hashes.get(photo.image_url), pictures=pictures)
        for photo in parsed.photos
    )


def match_photo(
    photo: PublishedPhoto,
    catalog: CatalogLookup,
    *,
    picture_hash: int | None = None,
    pictures: PictureLookup | None = None,
) -> PhotoMatch:
    """The asset this published photo is, with the evidence, or suggestions when the evidence is not enough."""
    clues = [
        *url_clues(photo, catalog),
        *name_clues(photo, catalog),
        *caption_clues(photo, catalog),
        *picture_clues(picture_hash, pictures),
    ]
    by_asset: dict[str, list[Clue]] = {}
    for clue in clues:
        by_asset.setdefault(clue.asset_id, []).append(clue)
    overruled = _overruled(by_asset, picture_hash, pictures)
    linkable = [a for a, found in by_asset.items() if a not in overruled and _is_enough(found)]
    chosen: str | None = None
    note: str | None = None
    if linkable:
        best = min(_strongest(by_asset[a]) for a in linkable)
        top = [a for a in linkable if _strongest(by_asset[a]) == best]
        if len(top) == 1:
            chosen = top[0]
        else:
            note = f"{len(top)} assets match equally well ({_method_words(best)}): confirm one"
    elif overruled:
        note = "the published picture looks different from the assets its name or caption points to"
    elif by_asset:
        note = "only weak evidence: confirm a suggestion"
    suggestions = _suggestions(by_asset, overruled, exclude=chosen)
    if chosen is None:
        return PhotoMatch(photo=photo, suggestions=suggestions, note=note)
    found = by_asset[chosen]
    return PhotoMatch(
        photo=photo,
        asset_id=chosen,
        method=LinkMethod(_method_of(_strongest(found))),
        evidence=tuple(clue.note for clue in _ordered(found)),
        suggestions=suggestions,
    )


# -- the four kinds of evidence -----------------------------------------------------------


def url_clues(photo: PublishedPhoto, catalog: CatalogLookup) -> list[Clue]:
    """Assets already linked under this image URL (decisive) or another rendition of the same upload."""
    key = photo.rendition_key
    clues: list[Clue] = []
    for known in catalog.known_images(photo.image_url, key):
        if known.image_url == photo.image_url:
            clues.append(Clue(known.asset_id, LinkMethod.BY_URL, Strength.DECISIVE,
                              "this image URL is already linked to the asset"))
        else:
            strength = Strength.FIRM if is_distinctive_key(key) else Strength.WEAK
            clues.append(Clue(known.asset_id, LinkMethod.BY_URL, strength,
                              f"another rendition of the same upload ({key}) is linked to the asset"))
    return clues


def name_clues(photo: PublishedPhoto, catalog: CatalogLookup) -> list[Clue]:
    """Assets whose job id or original file name appears in the image URL."""
    names = url_names(photo)
    if not names:
        return []
    wanted = {name.lower() for name in names}
    clues: list[Clue] = []
    for asset in catalog.named_assets(names):
        job_id = (asset.job_id or "").strip()
        stem = asset.filename.rsplit(".", 1)[0] if "." in asset.filename else asset.filename
        if job_id and job_id.lower() in wanted:
            clues.append(Clue(asset.id, LinkMethod.BY_FILENAME, Strength.FIRM,
                              f"the image URL carries the asset's job id {job_id}"))
        elif stem.lower() in wanted:
            strength = Strength.WEAK if is_camera_file_name(stem) else Strength.FIRM
            why = " (a camera's file number: many pictures share it)" if strength is Strength.WEAK else ""
            clues.append(Clue(asset.id, LinkMethod.BY_FILENAME, strength,
                              f"the image URL carries the asset's file name {asset.filename}{why}"))
    return clues


def caption_clues(photo: PublishedPhoto, catalog: CatalogLookup) -> list[Clue]:
    """Assets whose caption reads like the photo's, weighed by whether the credit agrees."""
    if not photo.caption:
        return []
    clues: list[Clue] = []
    for asset in catalog.caption_candidates(photo):
        likeness = caption_likeness(photo.caption, asset_caption(asset))
        agreement = credit_agreement(photo, asset)
        if likeness >= CLOSE_CAPTION and agreement is Agreement.AGREES:
            strength = Strength.FIRM
        elif likeness >= CLOSE_CAPTION and agreement is not Agreement.DIFFERS:
            strength = Strength.WEAK
        elif likeness >= SIMILAR_CAPTION and agreement is Agreement.AGREES:
            strength = Strength.WEAK
        else:
            continue
        credit_words = {
            Agreement.AGREES: "the credit agrees",
            Agreement.DIFFERS: "but the credit differs",
            Agreement.UNKNOWN: "no credit to compare",
        }[agreement]
        clues.append(Clue(asset.id, LinkMethod.BY_CAPTION, strength,
                          f"the caption matches {likeness:.0%} of the asset's; {credit_words}"))
    return clues


def picture_clues(picture_hash: int | None, pictures: PictureLookup | None) -> list[Clue]:
    """Assets whose picture looks like the published one (perceptual-hash distance, 0…256)."""
    if picture_hash is None or pictures is None:
        return []
    clues = []
    for asset_id, distance in pictures.nearest(picture_hash):
        if distance <= pictures.certain_distance:
            clues.append(Clue(asset_id, LinkMethod.BY_SIMILARITY, Strength.FIRM,
                              f"the published picture looks the same (distance {distance})"))
        elif distance <= pictures.similar_distance:
            clues.append(Clue(asset_id, LinkMethod.BY_SIMILARITY, Strength.WEAK,
                              f"the published picture looks similar (distance {distance}, "
                              f"near the limit of {pictures.similar_distance})"))
    return clues


# -- the rules they use -------------------------------------------------------------------


class Agreement(str, Enum):
    """Whether the credit printed with the photo and the asset's credit name the same source."""

    AGREES = "agrees"
    DIFFERS = "differs"
    UNKNOWN = "unknown"  # one side prints no credit


def credit_agreement(photo: PublishedPhoto, asset: Asset) -> Agreement:
    """Do the story's credit and the asset's name the same photographer (else agency, else line)?

    Photographers decide when both sides name some (the asset's by-line counts); agencies
    decide when either side names none; identical credit lines agree.
    """
    printed = {fold(name) for name in photo.photographers} - {""}
    filed = {fold(name) for name in (*asset.photographers, *asset.creators)} - {""}
    if printed and filed:
        return Agreement.AGREES if printed & filed else Agreement.DIFFERS
    agencies = {fold(a) for a in (photo.agency, photo.distributor) if a} - {""}
    filed_agencies = {fold(a) for a in (asset.agency, asset.distributor) if a} - {""}
    if agencies and filed_agencies:
        return Agreement.AGREES if agencies & filed_agencies else Agreement.DIFFERS
    if photo.credit_line and asset.credit_line and fold(photo.credit_line) == fold(asset.credit_line):
        return Agreement.AGREES
    return Agreement.UNKNOWN


def caption_likeness(published: str, filed: str | None) -> float:
    """How much of the shorter caption's content words the other contains (0…1).

    Stories trim and edit wire captions, so the share is taken of the shorter one; captions
    with fewer than ``MIN_CAPTION_WORDS`` content words give 0.
    """
    if not filed:
        return 0.0
    mine, theirs = caption_words(published), caption_words(filed)
    shorter = min(len(mine), len(theirs))
    if shorter < MIN_CAPTION_WORDS:
        return 0.0
    return len(mine & theirs) / shorter


def caption_words(text: str) -> frozenset[str]:
    """A caption's content words, folded (case, accents, punctuation), without the commonest ones."""
    return frozenset(word for word in fold(text).split() if word not in _STOP_WORDS)


def asset_caption(asset: Asset) -> str | None:
    """The asset's caption without the credit printed inside it (the story prints it apart)."""
    if not asset.caption:
        return None
    return split_caption_credit(asset.caption)[0]


def url_names(photo: PublishedPhoto) -> tuple[str, ...]:
    """The names in the image URL worth looking up: its ids, then the uploaded file's name."""
    names = dict.fromkeys(photo.identifiers)
    if photo.file_name:
        stem = photo.file_name.rsplit(".", 1)[0] if "." in photo.file_name else photo.file_name
        if len(stem) >= _MIN_NAME:
            names.setdefault(stem, None)
    return tuple(names)


def is_distinctive_key(key: str) -> bool:
    """True when a rendition key names one upload: an id with digits, not a camera's file number."""
    digits = sum(c.isdigit() for c in key)
    return len(key) >= 8 and digits >= 4 and not is_camera_file_name(key) and "/" not in key


def _overruled(
    by_asset: Mapping[str, list[Clue]], picture_hash: int | None, pictures: PictureLookup | None
) -> dict[str, str]:
    """Assets the published picture does not look like, with the reason (their clues stay suggestions)."""
    if picture_hash is None or pictures is None:
        return {}
    overruled = {}
    for asset_id, found in by_asset.items():
        if any(clue.strength is Strength.DECISIVE for clue in found):
            continue
        distance = pictures.distance(picture_hash, asset_id)
        if distance is not None and distance > pictures.similar_distance:
            overruled[asset_id] = f"but the published picture looks different (distance {distance})"
    return overruled


def _is_enough(found: Iterable[Clue]) -> bool:
    clues = list(found)
    if any(clue.strength is not Strength.WEAK for clue in clues):
        return True
    return len({clue.method for clue in clues}) >= 2  # two independent weak clues


def _strongest(found: Iterable[Clue]) -> int:
    """The rank of the strongest method with non-weak evidence (else of any), 0 = by URL."""
    clues = list(found)
    firm = [clue for clue in clues if clue.strength is not Strength.WEAK] or clues
    return min(_STRENGTH[clue.method] for clue in firm)


def _method_of(rank: int) -> LinkMethod:
    return list(LinkMethod)[rank]


def _method_words(rank: int) -> str:
    return {
        LinkMethod.BY_URL: "by image URL",
        LinkMethod.BY_FILENAME: "by file name",
        LinkMethod.BY_CAPTION: "by caption and credit",
        LinkMethod.BY_SIMILARITY: "by picture",
    }.get(_method_of(rank), _method_of(rank).value)


def _ordered(found: Iterable[Clue]) -> list[Clue]:
    order = {Strength.DECISIVE: 0, Strength.FIRM: 1, Strength.WEAK: 2}
    return sorted(found, key=lambda clue: (order[clue.strength], _STRENGTH[clue.method]))


def _suggestions(
    by_asset: Mapping[str, list[Clue]], overruled: Mapping[str, str], *, exclude: str | None
) -> tuple[Suggestion, ...]:
    ranked = sorted(
        (asset_id for asset_id in by_asset if asset_id != exclude),
        key=lambda a: (a in overruled, not _is_enough(by_asset[a]), _strongest(by_asset[a]), a),
    )
    return tuple(
        Suggestion(
            asset_id=asset_id,
            method=_method_of(_strongest(by_asset[asset_id])),
            evidence=tuple(clue.note for clue in _ordered(by_asset[asset_id]))
            + ((overruled[asset_id],) if asset_id in overruled else ()),
        )
        for asset_id in ranked[:MAX_SUGGESTIONS]
    )
