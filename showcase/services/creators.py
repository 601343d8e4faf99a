"""Creator profiles and their works: who may see what, and the rules of editing."""

import re
from collections import defaultdict

from sqlalchemy import func, or_, select
from sqlalchemy.orm import joinedload, lazyload, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from ..extensions import db
from ..models import CreatorProfile, MediaAsset, Picture, PicturePurpose, User, Work, WorkKind
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
            .where(Picture.work_id.in_(work_ids))
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
    by_picture, by_work, work_pictures = defaultdict(list), {}, defaultdict(list)
    for asset in assets:
        if asset.picture_id is not None:
            by_picture[asset.picture_id].append(asset)
        else:
            by_work[asset.work_id] = asset
    for picture in pictures:
        set_committed_value(picture, "assets", by_picture[picture.id])
        if picture.work_id is not None:
            work_pictures[picture.work_id].append(picture)
    for work in works:
        shown = [p for p in work_pictures[work.id] if p.purpose == PicturePurpose.WORK]
        poster = next((p for p in work_pictures[work.id] if p not in shown), None)
        set_committed_value(work, "pictures", shown)
        set_committed_value(work, "poster", poster)
        set_committed_value(work, "media", by_work.get(work.id))


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
    and curators."""
    creator = work.creator
    if not can_view(creator, viewer):
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


def visible_works(creator: CreatorProfile, include_drafts: bool = False) -> list[Work]:
    return [work for work in creator.works if include_drafts or work.shown]


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
    """Delete a work with its images and files."""
    keys = media_service.keys_of_work(work)
    db.session.delete(work)
    db.session.commit()
    media_service.delete_objects(keys)


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
