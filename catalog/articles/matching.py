"""Which catalog asset a story's photo is: every piece of evidence weighed together, never a guess.

Evidence, each clue worth points (``Clue.weight``):

1. **url** — the image URL is already linked to an asset (decisive), or another rendition
   of the same upload is (its ``rendition_key``: firm when the key is an id, weak when it
   is only a short or camera-made name);
2. **filename** — the wire/job id or the original file name inside the URL is an asset's
   job id (IPTC 2:103) or file name (firm; weak for camera names such as ``DSC_4411``);
3. **caption** — the caption printed reads like the asset's, weighed by the credit check's
   verdict on the printed credit (``catalog.articles.credit_check``: the same verdict the
   article page shows); a different credit makes the caption no evidence;
4. **similarity** — the published picture's perceptual hash is within
   ``certain_distance`` of the asset's (firm, the closer the stronger), or only within
   ``similar_distance`` (weak);

and against: the published picture looks different (farther than ``similar_distance``), or
the asset was made after the story was published. A candidate's score is the sum of its
clues. The best is linked when it reaches ``LINK_SCORE``, has no evidence against it and
clearly leads the next (``CLEAR_LEAD``); otherwise every candidate is a suggestion for an
editor to confirm, best first, and the note says how many and why. A picture with too
little detail gives no hash at all (``media.similarity.has_enough_detail``): it is no
evidence. The module is pure: the look-ups are collaborators passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, Iterable, Mapping, Protocol, Sequence

from catalog.articles.article import LinkMethod
from catalog.articles.credit_check import CreditStatus, check_credit
from catalog.articles.image_urls import is_camera_file_name
from catalog.articles.photos import ParsedArticle, PublishedPhoto
from catalog.asset import Asset
from catalog.credits import split_caption_credit
from catalog.credits.agencies import fold

MAX_SUGGESTIONS = 5
CLOSE_CAPTION = 0.8  # share of the shorter caption's words found in the other: the same caption, edited
SIMILAR_CAPTION = 0.5  # a caption that only resembles: a suggestion at most
MIN_CAPTION_WORDS = 4  # fewer content words ("Smoke rises.") say nothing about which picture
LINK_SCORE = 50  # one firm clue, or two weak ones of different kinds
CLEAR_LEAD = 0.8  # the runner-up must score at most this share of the best, or an editor chooses
SUGGEST_SCORE = 15  # evidence for a candidate below this is not worth an editor's look
_MIN_NAME = 6  # shorter file names ("photo", "image1") name nothing in particular
_AGAINST = -80  # a picture that looks different, or was made after the story: outweighs any firm clue
_DECISIVE = 1000
# Words every caption has; counting them would make any two captions look alike.
_STOP_WORDS = frozenset(
    "a an the of in on at to and or for with by from into onto over under near as is are was were be "
    "been his her their its this that these those who which while during after before "
    "de la le les el los las der die das und y et".split()
)


class Strength(str, Enum):
    """How much one clue says on its own."""

    AGAINST = "against"  # evidence that the photo is not the asset
    WEAK = "weak"  # a suggestion, unless another kind of clue agrees
    FIRM = "firm"  # a link, unless the picture looks different or another asset is as good
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

    def get_asset(self, asset_id: str) -> Asset | None:
        """The asset with this id (for its date), or None."""


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
    """One piece of evidence for (or against) a photo being a given asset, in words, with its weight."""

    asset_id: str
    method: LinkMethod
    strength: Strength
    note: str
    weight: float


@dataclass(frozen=True, kw_only=True)
class Suggestion:
    """An asset the photo may be, for an editor to confirm (never linked by itself)."""

    asset_id: str
    method: LinkMethod  # the kind of its strongest evidence
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
    note: str | None = None  # why nothing was linked, or how many candidates and why
    image_problem: str | None = None  # why the published picture was not compared
    image_file: str | None = None  # the file the picture was read from (``--images DIR``), when it was

    def to_record(self) -> dict[str, Any]:
        """The photo's ``article add --json`` keys with the verdict: asset_id, match, evidence, suggestions."""
        return {
            **self.photo.to_record(),
            "asset_id": self.asset_id,
            "match": self.method.value if self.method else None,
            "evidence": list(self.evidence),
            "suggestions": [suggestion.to_record() for suggestion in self.suggestions],
            "note": self.note,
            "image_problem": self.image_problem,
            "image_file": self.image_file,
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
            image_problem=record.get("image_problem"),
            image_file=record.get("image_file"),
        )


def match_article(
    parsed: ParsedArticle,
    catalog: CatalogLookup,
    *,
    picture_hashes: Mapping[str, int] | None = None,
    pictures: PictureLookup | None = None,
    picture_problems: Mapping[str, str] | None = None,
) -> tuple[PhotoMatch, ...]:
    """A verdict for every photo the article publishes, in page order.

    ``picture_hashes`` maps an image URL to the perceptual hash of the bytes fetched (or
    supplied) for it; photos without one are matched without similarity, and
    ``picture_problems`` says why (kept with the verdict).
    """
    hashes, problems = picture_hashes or {}, picture_problems or {}
    return tuple(
        match_photo(photo, catalog, picture_hash=hashes.get(photo.image_url), pictures=pictures,
                    published=parsed.article.published, image_problem=problems.get(photo.image_url))
        for photo in parsed.photos
    )


def match_photo(
    photo: PublishedPhoto,
    catalog: CatalogLookup,
    *,
    picture_hash: int | None = None,
    pictures: PictureLookup | None = None,
    published: str | None = None,
    image_problem: str | None = None,
) -> PhotoMatch:
    """The asset this published photo is, with the evidence, or suggestions when the evidence is not enough."""
    by_asset: dict[str, list[Clue]] = {}
    for clue in (*url_clues(photo, catalog), *name_clues(photo, catalog), *caption_clues(photo, catalog),
                 *picture_clues(picture_hash, pictures)):
        by_asset.setdefault(clue.asset_id, []).append(clue)
    for asset_id, found in by_asset.items():
        found.extend(clues_against(asset_id, found, catalog, picture_hash=picture_hash, pictures=pictures,
                                   published=published))
    ranked = sorted((a for a, found in by_asset.items() if _support(found) >= SUGGEST_SCORE),
                    key=lambda a: (-score(by_asset[a]), a))
    chosen = _chosen(ranked, by_asset)
    others = [a for a in ranked if a != chosen]
    listed = others[:MAX_SUGGESTIONS]
    suggestions = tuple(
        Suggestion(asset_id=a, method=_method(by_asset[a]), evidence=_evidence(by_asset[a])) for a in listed
    )
    if chosen is not None:
        found = by_asset[chosen]
        return PhotoMatch(photo=photo, asset_id=chosen, method=_method(found), evidence=_evidence(found),
                          suggestions=suggestions, image_problem=image_problem)
    return PhotoMatch(photo=photo, suggestions=suggestions, image_problem=image_problem,
                      note=_note(others, listed, by_asset, image_problem))


def score(found: Iterable[Clue]) -> float:
    """All the evidence for and against one candidate, added up."""
    return sum(clue.weight for clue in found)


# -- the kinds of evidence --------------------------------------------------------------------


def url_clues(photo: PublishedPhoto, catalog: CatalogLookup) -> list[Clue]:
    """Assets already linked under this image URL (decisive) or another rendition of the same upload."""
    key = photo.rendition_key
    clues: list[Clue] = []
    for known in catalog.known_images(photo.image_url, key):
        if known.image_url == photo.image_url:
            clues.append(Clue(known.asset_id, LinkMethod.BY_URL, Strength.DECISIVE,
                              "this image URL is already linked to the asset", _DECISIVE))
        elif is_distinctive_key(key):
            clues.append(Clue(known.asset_id, LinkMethod.BY_URL, Strength.FIRM,
                              f"another rendition of the same upload ({key}) is linked to the asset", 60))
        else:
            clues.append(Clue(known.asset_id, LinkMethod.BY_URL, Strength.WEAK,
                              f"another rendition of the same upload ({key}) is linked to the asset", 15))
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
                              f"the image URL carries the asset's job id {job_id}", 60))
        elif stem.lower() in wanted and is_camera_file_name(stem):
            clues.append(Clue(asset.id, LinkMethod.BY_FILENAME, Strength.WEAK,
                              f"the image URL carries the asset's file name {asset.filename}"
                              " (a camera's file number: many pictures share it)", 15))
        elif stem.lower() in wanted:
            clues.append(Clue(asset.id, LinkMethod.BY_FILENAME, Strength.FIRM,
                              f"the image URL carries the asset's file name {asset.filename}", 60))
    return clues


# Points for a caption by how close it reads and by the credit check's verdict on the printed
# credit. A credit naming someone else makes the caption no evidence: wires send one caption
# with every frame of a scene, and agencies cover the same events.
_CAPTION_POINTS = {
    (True, CreditStatus.OK): 60, (True, CreditStatus.INCOMPLETE): 50, (True, CreditStatus.MISSING): 30,
    (True, CreditStatus.UNCHECKED): 30, (False, CreditStatus.OK): 42, (False, CreditStatus.INCOMPLETE): 32,
}
_CREDIT_WORDS = {
    CreditStatus.OK: "the credit agrees (Credit OK)",
    CreditStatus.INCOMPLETE: "the credit agrees in part (Incomplete credit)",
    CreditStatus.MISSING: "no credit printed to compare (Missing credit)",
    CreditStatus.UNCHECKED: "the credits cannot be compared (Check by eye)",
}


def caption_clues(photo: PublishedPhoto, catalog: CatalogLookup) -> list[Clue]:
    """Assets whose caption reads like the photo's, weighed by the credit check of the printed credit."""
    if not photo.caption:
        return []
    clues: list[Clue] = []
    for asset in catalog.caption_candidates(photo):
        likeness = caption_likeness(photo.caption, asset_caption(asset))
        if likeness < SIMILAR_CAPTION:
            continue
        status = check_credit(photo, asset).status
        points = _CAPTION_POINTS.get((likeness >= CLOSE_CAPTION, status))
        if points is None:
            continue
        strength = Strength.FIRM if points >= LINK_SCORE else Strength.WEAK
        clues.append(Clue(asset.id, LinkMethod.BY_CAPTION, strength,
                          f"the caption matches {likeness:.0%} of the asset's; {_CREDIT_WORDS[status]}", points))
    return clues


def picture_clues(picture_hash: int | None, pictures: PictureLookup | None) -> list[Clue]:
    """Assets whose picture looks like the published one (perceptual-hash distance, 0…256).

    Within ``certain_distance`` a clue is firm and worth more the closer it is (50 at the
    limit, 100 for the same hash), so a near-identical copy outweighs a burst frame.
    """
    if picture_hash is None or pictures is None:
        return []
    clues = []
    certain = max(pictures.certain_distance, 1)
    for asset_id, distance in pictures.nearest(picture_hash):
        if distance <= pictures.certain_distance:
            clues.append(Clue(asset_id, LinkMethod.BY_SIMILARITY, Strength.FIRM,
                              f"the published picture looks the same (distance {distance})",
                              50 + 50 * (certain - distance) / certain))
        elif distance <= pictures.similar_distance:
            clues.append(Clue(asset_id, LinkMethod.BY_SIMILARITY, Strength.WEAK,
                              f"the published picture looks similar (distance {distance}, "
                              f"near the limit of {pictures.similar_distance})", 25))
    return clues


def clues_against(
    asset_id: str,
    found: Sequence[Clue],
    catalog: CatalogLookup,
    *,
    picture_hash: int | None,
    pictures: PictureLookup | None,
    published: str | None,
) -> list[Clue]:
    """Evidence that the photo is not this asset: its picture looks different, or it was made after the story.

    An image URL already linked to the asset is decisive: an editor linked that rendition
    (a tight crop, a retouched copy) and nothing here overrules them.
    """
    if any(clue.strength is Strength.DECISIVE for clue in found):
        return []
    against = []
    distance = pictures.distance(picture_hash, asset_id) if picture_hash is not None and pictures else None
    if distance is not None and pictures is not None and distance > pictures.similar_distance:
        against.append(Clue(asset_id, LinkMethod.BY_SIMILARITY, Strength.AGAINST,
                            f"but the published picture looks different (distance {distance})", _AGAINST))
    asset = catalog.get_asset(asset_id) if published else None
    made, story = (asset.date_created or "")[:10] if asset else "", (published or "")[:10]
    # Dates only, a day apart at least: the two may be written in different time zones.
    if len(made) == len(story) == 10 and made > story and _days_between(story, made) > 1:
        # The kind of a clue against is never shown: only clues for a candidate name its match.
        against.append(Clue(asset_id, LinkMethod.BY_CAPTION, Strength.AGAINST,
                            f"but the asset was made on {made}, after the story was published on {story}", _AGAINST))
    return against


# -- the rules they use -------------------------------------------------------------------


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


_METHOD_WORDS = {
    LinkMethod.BY_URL: "by image URL",
    LinkMethod.BY_FILENAME: "by file name",
    LinkMethod.BY_CAPTION: "by caption and credit",
    LinkMethod.BY_SIMILARITY: "by picture",
}


def _support(found: Iterable[Clue]) -> float:
    """The evidence for a candidate, leaving out the evidence against it."""
    return sum(clue.weight for clue in found if clue.weight > 0)


def _chosen(ranked: Sequence[str], by_asset: Mapping[str, list[Clue]]) -> str | None:
    """The best candidate when it is enough, unopposed and clearly ahead of the next; else None."""
    if not ranked:
        return None
    best = by_asset[ranked[0]]
    if score(best) < LINK_SCORE or any(clue.strength is Strength.AGAINST for clue in best):
        return None
    if any(clue.strength is Strength.DECISIVE for clue in best):
        return ranked[0]
    runner_up = score(by_asset[ranked[1]]) if len(ranked) > 1 else 0.0
    return ranked[0] if runner_up <= CLEAR_LEAD * score(best) else None


def _method(found: Iterable[Clue]) -> LinkMethod:
    """The kind of the candidate's strongest evidence for it."""
    return max((clue for clue in found if clue.weight > 0), key=lambda clue: clue.weight).method


def _evidence(found: Iterable[Clue]) -> tuple[str, ...]:
    """The clues in words, strongest for first, those against last."""
    return tuple(clue.note for clue in sorted(found, key=lambda clue: -clue.weight))


def _note(
    others: Sequence[str], listed: Sequence[str], by_asset: Mapping[str, list[Clue]], image_problem: str | None
) -> str | None:
    """Why nothing was linked, counting exactly the suggestions listed."""
    if not listed:
        return f"not compared by picture: {image_problem}" if image_problem else None
    shown = f" ({len(listed)} listed)" if len(others) > len(listed) else ""
    best = score(by_asset[listed[0]])
    if all(any(clue.strength is Strength.AGAINST for clue in by_asset[a]) for a in listed):
        return "the published picture looks different from the assets its name or caption points to" \
            if any("picture looks different" in clue.note for a in listed for clue in by_asset[a]) \
            else "every candidate has evidence against it: confirm one only after checking"
    if best < LINK_SCORE:
        if len(others) == 1:
            return "only weak evidence: confirm a suggestion"
        return f"only weak evidence for {len(others)} assets{shown}: confirm one"
    close = [a for a in others if score(by_asset[a]) > CLEAR_LEAD * best]
    how = "equally well" if all(score(by_asset[a]) == best for a in close) else "almost equally well"
    why = " and ".join(dict.fromkeys(_METHOD_WORDS[_method(by_asset[a])] for a in close))
    note = f"{len(close)} assets match {how} ({why})"
    weaker = len(others) - len(close)
    if weaker:
        note += f", {weaker} more less well"
    return f"{note}{shown}: confirm one"


def _days_between(earlier: str, later: str) -> int:
    try:
        return (date.fromisoformat(later) - date.fromisoformat(earlier)).days
    except ValueError:  # a partial or odd date ("2017-03-00"): no evidence either way
        return 0
