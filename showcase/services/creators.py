"""Creator profiles and their works: who may see what, and the rules of editing."""

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import joinedload, lazyload, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from ..extensions import db
from ..models import (
    CreatorProfile,
    MediaAsset,
    Picture,
    PicturePurpose,
    User,
    Work,
    WorkKind,
    utcnow,
)
from . import media as media_service

PROFILE_FIELDS = (
    "display_name",
    "category",
    "region",
    "headline",
    "headline_en",
    "bio",
    "bio_en",
    "instagram",
    "tiktok",
    "youtube",
    "website",
    "whatsapp",
    "show_whatsapp",
    "available_for_hire",
    "price_from",
    "watermark",
)
WORK_FIELDS = (
    "title",
    "title_en",
    "description",
    "description_en",
    "year",
    "price_from",
    "tags",
    "published",
    "link_url",
    "licence",
    "motif_name",
    "motif_community",
    "motif_region",
    "communal_ip_reference",
    "credited_makers",
)
HANDLE_SHAPE = re.compile(r"[a-z0-9_.]{3,30}")
WHATSAPP_GREETING = "Halo {name}, saya melihat halaman Anda di Etalase ({url}) dan ingin bertanya."
WHATSAPP_WORK_GREETING = (
    "Halo {name}, saya melihat karya Anda “{title}” di Etalase ({url}) dan ingin bertanya."
)


def looks_like_handle(text: str) -> bool:
    """Whether a URL part could be a handle (reserved words included: old pages may exist)."""
    return HANDLE_SHAPE.fullmatch(text) is not None


def creator_by_handle(handle: str) -> CreatorProfile | None:
    """A creator with everything their page shows, in four statements whatever it holds:
    the profile (with account, avatar and cover), the works, the works' pictures, and every
    stored file of those pictures and works."""
    creator = db.session.scalar(
        select(CreatorProfile)
        .where(CreatorProfile.handle == handle.lower())
        .options(
            joinedload(CreatorProfile.user),
            joinedload(CreatorProfile.avatar).lazyload(Picture.assets),
            joinedload(CreatorProfile.cover).lazyload(Picture.assets),
            selectinload(CreatorProfile.works).joinedload(Work.motif_region),
        )
    )
    if creator is not None:
        _attach_media(creator)
    return creator


def _attach_media(creator: CreatorProfile) -> None:
    works = creator.works
    work_ids = [work.id for work in works]
    pictures = [picture for picture in (creator.avatar, creator.cover) if picture is not None]
    if work_ids:
        pictures += db.session.scalars(
            select(Picture)
            .where(Picture.work_id.in_(work_ids), Picture.deleted_at.is_(None))
            .order_by(Picture.position, Picture.id)
            .options(lazyload(Picture.assets))
        )
    assets = list(
        db.session.scalars(
            select(MediaAsset).where(
                or_(
                    MediaAsset.picture_id.in_([picture.id for picture in pictures]),
                    MediaAsset.work_id.in_(work_ids),
                )
            )
        )
    )
    by_picture, by_work, work_pictures = defaultdict(list), defaultdict(list), defaultdict(list)
    for asset in assets:
        if asset.picture_id is not None:
            by_picture[asset.picture_id].append(asset)
        elif asset.variant != "original":
            by_work[asset.work_id].append(asset)
    for picture in pictures:
        set_committed_value(picture, "assets", by_picture[picture.id])
        if picture.work_id is not None:
            work_pictures[picture.work_id].append(picture)
    for work in works:
        shown = [p for p in work_pictures[work.id] if p.purpose == PicturePurpose.WORK]
        poster = next((p for p in work_pictures[work.id] if p not in shown), None)
        set_committed_value(work, "pictures", shown)
        set_committed_value(work, "poster", poster)
        set_committed_value(work, "renditions", by_work[work.id])


def is_public(creator: CreatorProfile) -> bool:
    """Shown to everyone: not hidden by curators, and its account not deactivated."""
    return not creator.hidden and creator.user.active


def can_view(creator: CreatorProfile, viewer: User | None) -> bool:
    """Pages that are not public are seen only by their owner and by curators."""
    if is_public(creator):
        return True
    return viewer is not None and (viewer.id == creator.user_id or viewer.is_curator)


def can_view_work(work: Work, viewer: User | None) -> bool:
    """A work's own page: its creator's page must be visible, and drafts are for their owner
    and curators; deleted works are for nobody."""
    creator = work.creator
    if work.deleted_at is not None or not can_view(creator, viewer):
        return False
    return work.shown or (
        viewer is not None and (viewer.id == creator.user_id or viewer.is_curator)
    )


def share_picture(creator: CreatorProfile) -> Picture | None:
    """The picture a link preview shows: the cover, else the first published work's photo."""
    if creator.cover is not None:
        return creator.cover
    for work in creator.works:
        if work.shown and work.pictures:
            return work.pictures[0]
    return None


def card_picture(creator: CreatorProfile) -> Picture | None:
    """The picture a creator's card leads with: the cover, else a work photo, else the avatar."""
    return share_picture(creator) or creator.avatar


@dataclass(frozen=True)
class Showcase:
    """A creator's works as their page lays them out."""

    tracks: list[Work]  # recordings, as a track list
    gallery: list[Work]  # works with a picture (photos, video stills, link cards), as a grid
    others: list[Work]  # works with nothing to show but words


def arrange(works: list[Work]) -> Showcase:
    tracks = [work for work in works if work.kind == WorkKind.AUDIO and work.media is not None]
    rest = [work for work in works if work not in tracks]
    gallery = [work for work in rest if work.pictures or work.poster or work.media is not None]
    return Showcase(tracks, gallery, [work for work in rest if work not in gallery])


def visible_works(creator: CreatorProfile, include_drafts: bool = False) -> list[Work]:
    """The works a page shows: shown ones, or (for their owner) every work not deleted."""
    return [
        work for work in creator.works if work.shown or (include_drafts and work.deleted_at is None)
    ]


@dataclass(frozen=True)
class Readiness:
    """What a creator's page has of what buyers look for; ``listed``: whether lists, search
    and the API show it (a public page with a shown work that has media)."""

    avatar: bool
    cover: bool
    bio: bool
    media: bool
    contact: bool
    listed: bool

    @property
    def steps(self) -> list[tuple[str, bool]]:
        return [
            (name, getattr(self, name)) for name in ("media", "avatar", "cover", "bio", "contact")
        ]

    @property
    def done(self) -> int:
        return sum(done for _name, done in self.steps)


def readiness(creator: CreatorProfile) -> Readiness:
    """How ready a creator's page is (from what ``creator_by_handle`` loaded)."""
    media = any(work.shown and (work.pictures or work.media is not None) for work in creator.works)
    contact = bool(
        (creator.whatsapp and creator.show_whatsapp)
        or creator.instagram
        or creator.tiktok
        or creator.website
    )
    return Readiness(
        avatar=creator.avatar is not None,
        cover=creator.cover is not None,
        bio=bool(creator.bio.strip()),
        media=media,
        contact=contact,
        listed=media and is_public(creator),
    )


def update_profile(creator: CreatorProfile, **changes) -> None:
    """Apply the given profile fields; unknown names are a programming error."""
    _assign(creator, PROFILE_FIELDS, changes)
    db.session.commit()


def add_work(creator: CreatorProfile, **fields) -> Work:
    """Add a work at the end of the creator's list."""
    last = db.session.scalar(select(func.max(Work.position)).where(Work.creator_id == creator.id))
    work = Work(creator=creator, position=(last or 0) + 1, kind=WorkKind.TEXT.value)
    _assign(work, WORK_FIELDS, fields)
    _settle_kind(work)
    db.session.add(work)
    db.session.commit()
    return work


def update_work(work: Work, **changes) -> None:
    _assign(work, WORK_FIELDS, changes)
    _settle_kind(work)
    db.session.commit()


def _settle_kind(work: Work) -> None:
    """A text work with a link becomes a link work, and back when the link goes."""
    if work.kind == WorkKind.TEXT and work.link_url:
        work.kind = WorkKind.LINK.value
    elif work.kind == WorkKind.LINK and not work.link_url:
        work.kind = WorkKind.TEXT.value


def delete_work(work: Work) -> None:
    """Take a work off every page at once; it can be brought back until it is purged."""
    work.deleted_at = utcnow()
    db.session.commit()


def undelete_work(work: Work) -> None:
    work.deleted_at = None
    db.session.commit()


def deleted_works(creator: CreatorProfile) -> list[Work]:
    """The creator's deleted works not yet purged, the latest first."""
    gone = [work for work in creator.works if work.deleted_at is not None]
    return sorted(gone, key=lambda work: work.deleted_at, reverse=True)


def purge_deleted(before: datetime, creator: CreatorProfile | None = None) -> int:
    """Delete for good the works and photos deleted before ``before`` (of one creator, or of
    everyone), with their stored files; returns how many records went."""
    works = select(Work).where(Work.deleted_at < before)
    pictures = select(Picture).where(Picture.deleted_at < before)
    if creator is not None:
        works = works.where(Work.creator_id == creator.id)
        pictures = pictures.where(Picture.owner_id == creator.user_id)
    gone = [*db.session.scalars(works), *db.session.scalars(pictures)]
    keys = []
    for record in gone:
        keys += (
            media_service.keys_of_work(record)
            if isinstance(record, Work)
            else [asset.key for asset in record.assets]
        )
        db.session.delete(record)
    db.session.commit()
    media_service.delete_objects(keys)
    return len(gone)


def owned_work(creator: CreatorProfile, work_id: int) -> Work | None:
    """The creator's work with this id; None for another creator's work."""
    work = db.session.get(Work, work_id)
    return work if work is not None and work.creator_id == creator.id else None


def move_work(work: Work, offset: int) -> None:
    """Move a work up (-1) or down (+1) in its creator's list."""
    query = select(Work).where(Work.creator_id == work.creator_id).order_by(Work.position, Work.id)
    move_in_order(list(db.session.scalars(query)), work, offset)


def move_in_order(records: list, record, offset: int) -> None:
    """Move ``record`` by ``offset`` places among ``records`` (in their order) and renumber
    their ``position`` from 1."""
    index = records.index(record)
    target = index + offset
    if 0 <= target < len(records):
        records[index], records[target] = records[target], records[index]
    for position, each in enumerate(records, start=1):
        each.position = position
    db.session.commit()


def normalise_tags(raw: str, limit: int = 10, max_length: int = 300) -> str:
    """Comma-separated tags, lower-cased, without repeats, joined the way Work.tags keeps them
    (at most ``limit`` tags of 30 characters, ``max_length`` in all)."""
    tags: list[str] = []
    for tag in raw.split(","):
        tag = " ".join(tag.split()).lower().lstrip("#")[:30]
        if tag and tag not in tags and len(", ".join([*tags, tag])) <= max_length:
            tags.append(tag)
    return ", ".join(tags[:limit])


def _assign(record, allowed: tuple[str, ...], values: dict) -> None:
    unknown = set(values) - set(allowed)
    if unknown:
        raise TypeError(f"not editable here: {', '.join(sorted(unknown))}")
    for name, value in values.items():
        setattr(record, name, value)
