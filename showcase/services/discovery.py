"""Finding creators: the public list, filtered, sorted and paged."""

from dataclasses import dataclass
from datetime import date, datetime
from difflib import SequenceMatcher

from sqlalchemy import and_, func, literal, or_, select, union_all
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..models import Category, Collection, CreatorProfile, Feature, Picture, Region, User, Work
from . import clock, search
from .catalog import categories, category_name, regions

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


def current_features(day: date):
    """The creators featured on ``day``, with their best (lowest) slot: a subquery."""
    return (
        select(Feature.creator_id, func.min(Feature.position).label("slot"))
        .where(Feature.starts_on <= day, or_(Feature.ends_on.is_(None), Feature.ends_on >= day))
        .group_by(Feature.creator_id)
        .subquery("featured")
    )


def home_creators(day: date, limit: int = 24) -> list[tuple[CreatorProfile, Feature | None]]:
    """The homepage's creators: those featured on ``day`` in slot order (with their feature),
    then the newest verified, then the newest. One query, plus one for the avatars' files."""
    current = and_(
        Feature.creator_id == CreatorProfile.id,
        Feature.starts_on <= day,
        or_(Feature.ends_on.is_(None), Feature.ends_on >= day),
    )
    query = (
        public_creators()
        .add_columns(Feature)
        .outerjoin(Feature, current)
        .order_by(
            Feature.id.is_(None),
            Feature.position,
            CreatorProfile.verified.desc(),
            CreatorProfile.created_at.desc(),
        )
        .options(
            joinedload(CreatorProfile.avatar).selectinload(Picture.assets),
            joinedload(Feature.work),
        )
        .limit(limit)
    )
    seen, shown = set(), []
    for creator, feature in db.session.execute(query):
        if creator.id not in seen:
            seen.add(creator.id)
            shown.append((creator, feature))
    return shown


def home_places() -> tuple[list, list]:
    """(regions, published collections) as (slug, name, name_en) rows, in one query."""
    regions = select(
        literal("region").label("kind"),
        Region.slug,
        Region.name.label("name"),
        literal("").label("name_en"),
        Region.position,
    )
    collections = select(
        literal("collection"),
        Collection.slug,
        Collection.title,
        Collection.title_en,
        Collection.position,
    ).where(Collection.published.is_(True))
    rows = db.session.execute(union_all(regions, collections).order_by("kind", "position"))
    places = {"region": [], "collection": []}
    for row in rows:
        places[row.kind].append(row)
    return places["region"], places["collection"]


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
        .where(Work.shown, CreatorProfile.hidden.is_(False), User.active.is_(True))
        .options(joinedload(Work.creator))
        .order_by(Work.created_at.desc(), Work.id.desc())
        .limit(limit)
    )
    return list(db.session.scalars(query))


def sitemap_entries() -> list[tuple[str, datetime]]:
    """(handle, last change) of every public creator, in one query."""
    query = public_creators().with_only_columns(CreatorProfile.handle, CreatorProfile.updated_at)
    return list(db.session.execute(query.order_by(CreatorProfile.id)))


def sitemap_works() -> list[tuple[str, int, datetime]]:
    """(handle, work id, last change) of every published work of a public creator."""
    query = (
        public_creators()
        .join(Work, Work.creator_id == CreatorProfile.id)
        .where(Work.shown)
        .with_only_columns(CreatorProfile.handle, Work.id, Work.updated_at)
    )
    return list(db.session.execute(query.order_by(Work.id)))


def browse(
    *,
    category: Category | None = None,
    region: Region | None = None,
    query_text: str = "",
    available: bool = False,
    sort: str = "",
    page: int = 1,
    day: date | None = None,
) -> BrowsePage:
    """One page of public creators; a fixed number of queries whatever the page holds.

    With a search, only creators matching every word are kept and the default order is by
    relevance; without one it is "featured"."""
    query = public_creators()
    terms = search.terms(query_text)
    if sort in ("", "featured"):
        featured = current_features(day or clock.today())
        query = query.outerjoin(featured, featured.c.creator_id == CreatorProfile.id)
        order = (featured.c.slot.is_(None), featured.c.slot, *_ORDER["featured"])
    else:
        order = _ORDER[sort]
    if terms:
        matches = search.matches(terms, db.session.get_bind().dialect.name)
        query = query.join(matches, matches.c.creator_id == CreatorProfile.id)
        if sort in ("", "relevance"):
            order = (matches.c.tier, matches.c.rank)
    if category is not None:
        query = query.where(CreatorProfile.category_id == category.id)
    if region is not None:
        query = query.where(CreatorProfile.region_id == region.id)
    if available:
        query = query.where(CreatorProfile.available_for_hire.is_(True))
    # The page is chosen on narrow rows (the id and what it sorts by), then only its creators
    # are loaded; the total rides along (a window count): one statement for all of it.
    chosen = (
        query.with_only_columns(
            CreatorProfile.id,
            func.count().over().label("total"),
            func.row_number().over(order_by=(*order, CreatorProfile.id.desc())).label("place"),
        )
        .order_by("place")
        .limit(PER_PAGE)
        .offset((page - 1) * PER_PAGE)
        .subquery("chosen")
    )
    rows = db.session.execute(
        select(CreatorProfile, chosen.c.total)
        .join(chosen, chosen.c.id == CreatorProfile.id)
        .order_by(chosen.c.place)
        .options(joinedload(CreatorProfile.avatar).selectinload(Picture.assets))
    ).all()
    if rows:
        total = rows[0].total
    else:  # past the last page, or nobody at all
        total = db.session.scalar(select(func.count()).select_from(query.subquery()))
    pages = max(1, -(-total // PER_PAGE))
    return BrowsePage([row[0] for row in rows], total, page, pages)


_ORDER = {
    # After the creators featured today: verified ones first, then the newest.
    "featured": (CreatorProfile.verified.desc(), CreatorProfile.created_at.desc()),
    "newest": (CreatorProfile.created_at.desc(),),
    "name": (func.lower(CreatorProfile.display_name),),
}


def suggestions(query_text: str, limit: int = 3) -> list[Category | Region]:
    """Categories and regions whose names come nearest the words of a search that found
    nobody, best first (no queries: the catalog is already loaded for the filters)."""
    words = search.terms(query_text)
    if not words:
        return []
    scored = []
    for place in (*categories(), *regions()):
        names = _names(place)
        score = max(_closeness(word, name) for word in words for name in names)
        if score >= 0.6:
            scored.append((score, place))
    scored.sort(key=lambda pair: -pair[0])
    return [place for _score, place in scored[:limit]]


def _names(place: Category | Region) -> list[str]:
    if isinstance(place, Category):
        text = f"{place.name_id} {place.name_en} {category_name(place)}"
    else:
        text = place.name
    return search.terms(text) or [""]


def _closeness(word: str, name: str) -> float:
    if len(word) >= 3 and (name.startswith(word) or word.startswith(name)):
        return 1.0
    return SequenceMatcher(None, word, name).ratio()
