"""Finding creators: the public list, filtered, sorted and paged."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload, selectinload

from ..extensions import db
from ..models import Category, CreatorProfile, Picture, Region, User, Work

PER_PAGE = 24
SORTS = ("featured", "newest", "name")


@dataclass(frozen=True)
class BrowsePage:
    creators: list[CreatorProfile]
    total: int
    page: int
    pages: int


def public_creators():
    """Creators everyone may see: not hidden, account active (as creators.is_public)."""
    return (
        select(CreatorProfile)
        .join(User, User.id == CreatorProfile.user_id)
        .where(CreatorProfile.hidden.is_(False), User.active.is_(True))
    )


def categories_with_counts() -> list[tuple[Category, int]]:
    """Every category, in order, with how many public creators it has (one query)."""
    public = public_creators().with_only_columns(CreatorProfile.category_id).subquery()
    query = (
        select(Category, func.count(public.c.category_id))
        .outerjoin(public, public.c.category_id == Category.id)
        .group_by(Category.id)
        .order_by(Category.position)
    )
    return [(category, count) for category, count in db.session.execute(query)]


def newest_works(limit: int = 8) -> list[Work]:
    """The latest published works of public creators."""
    query = (
        select(Work)
        .join(CreatorProfile, CreatorProfile.id == Work.creator_id)
        .join(User, User.id == CreatorProfile.user_id)
        .where(Work.published.is_(True), CreatorProfile.hidden.is_(False), User.active.is_(True))
        .options(joinedload(Work.creator))
        .order_by(Work.created_at.desc(), Work.id.desc())
        .limit(limit)
    )
    return list(db.session.scalars(query))


def sitemap_entries() -> list[tuple[str, datetime]]:
    """(handle, last change) of every public creator, in one query."""
    query = public_creators().with_only_columns(CreatorProfile.handle, CreatorProfile.updated_at)
    return list(db.session.execute(query.order_by(CreatorProfile.id)))


def browse(
    *,
    category: Category | None = None,
    region: Region | None = None,
    available: bool = False,
    sort: str = "featured",
    page: int = 1,
) -> BrowsePage:
    """One page of public creators; a fixed number of queries whatever the page holds."""
    query = public_creators()
    if category is not None:
        query = query.where(CreatorProfile.category_id == category.id)
    if region is not None:
        query = query.where(CreatorProfile.region_id == region.id)
    if available:
        query = query.where(CreatorProfile.available_for_hire.is_(True))
    total = db.session.scalar(select(func.count()).select_from(query.subquery()))
    pages = max(1, -(-total // PER_PAGE))
    ordered = query.order_by(*_ORDER[sort], CreatorProfile.id.desc())
    creators = db.session.scalars(
        ordered.options(selectinload(CreatorProfile.avatar).selectinload(Picture.assets))
        .limit(PER_PAGE)
        .offset((page - 1) * PER_PAGE)
    )
    return BrowsePage(list(creators), total, page, pages)


_ORDER = {
    # Until curators feature creators, "featured" puts verified ones first.
    "featured": (CreatorProfile.verified.desc(), CreatorProfile.created_at.desc()),
    "newest": (CreatorProfile.created_at.desc(),),
    "name": (func.lower(CreatorProfile.display_name),),
}
