"""Finding creators: the public list, filtered, sorted and paged, and the homepage."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from difflib import SequenceMatcher

from sqlalchemy import Integer, and_, case, func, literal, or_, select, union_all
from sqlalchemy.orm import joinedload, lazyload
from sqlalchemy.orm.attributes import set_committed_value

from ..extensions import db
from ..models import (
    Category,
    Collection,
    CreatorProfile,
    Feature,
    MediaAsset,
    Picture,
    PicturePurpose,
    Region,
    User,
    Work,
)
from . import clock, search
from .catalog import categories, category_name, regions

PER_PAGE = 24
SORTS = ("featured", "newest", "name")


@dataclass(frozen=True)
class Card:
    """A creator as a card shows them: the picture it leads with (their cover, else their
    first work photo, else their avatar) and, on the homepage, the feature that put them there.
    """

    creator: CreatorProfile
    picture: Picture | None
    feature: Feature | None = None


@dataclass(frozen=True)
class WorkTile:
    work: Work
    picture: Picture


@dataclass(frozen=True)
class CategoryTile:
    category: Category
    count: int  # listed creators
    picture: Picture | None


@dataclass(frozen=True)
class CollectionTile:
    slug: str
    title: str
    title_en: str
    picture: Picture | None


@dataclass(frozen=True)
class BrowsePage:
    cards: list[Card]
    total: int
    page: int
    pages: int

    @property
    def creators(self) -> list[CreatorProfile]:
        return [card.creator for card in self.cards]


def _shown_media_of(owner):
    """Whether a shown work of ``owner`` has a photo or a recording (a correlated test)."""
    shown_work = and_(Work.creator_id == owner, Work.shown)
    photo = (
        select(Picture.id)
        .join(Work, Work.id == Picture.work_id)
        .where(shown_work, Picture.deleted_at.is_(None))
    )
    recording = select(MediaAsset.id).join(Work, Work.id == MediaAsset.work_id).where(shown_work)
    return or_(photo.exists(), recording.exists())


def public_creators():
    """Creators the site lists: public (not hidden, account active, as creators.is_public)
    and with at least one shown work that has media. A page without any still opens at its
    URL; it is only left out of lists, search, the API and the sitemap."""
    return (
        select(CreatorProfile)
        .join(User, User.id == CreatorProfile.user_id)
        .where(
            CreatorProfile.hidden.is_(False),
            User.active.is_(True),
            _shown_media_of(CreatorProfile.id),
        )
    )


def current_features(day: date):
    """The creators featured on ``day``, with their best (lowest) slot: a subquery."""
    return (
        select(Feature.creator_id, func.min(Feature.position).label("slot"))
        .where(Feature.starts_on <= day, or_(Feature.ends_on.is_(None), Feature.ends_on >= day))
        .group_by(Feature.creator_id)
        .subquery("featured")
    )


def first_photo_of_creator():
    """The id of the first photo of a creator's first shown work that has photos."""
    return (
        select(Picture.id)
        .join(Work, Work.id == Picture.work_id)
        .where(
            Work.creator_id == CreatorProfile.id,
            Work.shown,
            Picture.purpose == PicturePurpose.WORK.value,
            Picture.deleted_at.is_(None),
        )
        .order_by(Work.position, Work.id, Picture.position, Picture.id)
        .limit(1)
        .correlate(CreatorProfile)
        .scalar_subquery()
    )


def _first_picture_of(work_id):
    """The id of a work's first photo, or its video's still."""
    return (
        select(Picture.id)
        .where(Picture.work_id == work_id, Picture.deleted_at.is_(None))
        .order_by(Picture.position, Picture.id)
        .limit(1)
        .scalar_subquery()
    )


def pictures_by_id(ids) -> dict[int, Picture]:
    """Pictures with every stored file of theirs, in one statement, whatever their number."""
    wanted = {picture_id for picture_id in ids if picture_id}
    if not wanted:
        return {}
    rows = db.session.execute(
        select(Picture, MediaAsset)
        .outerjoin(MediaAsset, MediaAsset.picture_id == Picture.id)
        .where(Picture.id.in_(wanted))
        .options(lazyload(Picture.assets))
    )
    pictures, assets = {}, defaultdict(list)
    for picture, asset in rows:
        pictures[picture.id] = picture
        if asset is not None:
            assets[picture.id].append(asset)
    for picture in pictures.values():
        set_committed_value(picture, "assets", assets[picture.id])
    return pictures


def _with_card_pictures(rows) -> list[tuple]:
    """(creator, first photo id, *rest) rows as (creator, picture ids wanted, *rest)."""
    return [
        (creator, (creator.cover_id or first_photo or creator.avatar_id, creator.avatar_id), *rest)
        for creator, first_photo, *rest in rows
    ]


def _card_options():
    return (
        joinedload(CreatorProfile.avatar).lazyload(Picture.assets),
        lazyload(CreatorProfile.cover),
    )


def cards_for(creators_with_photo) -> list[Card]:
    """Cards for (creator, first photo id) pairs, their pictures loaded in one statement."""
    rows = _with_card_pictures(creators_with_photo)
    pictures = pictures_by_id(picture_id for _creator, ids in rows for picture_id in ids)
    return [Card(creator, pictures.get(ids[0])) for creator, ids in rows]


def cards_of(creator_ids: list[int]) -> list[Card]:
    """Cards of the listed creators among ``creator_ids``, in that order (two statements)."""
    query = (
        public_creators()
        .add_columns(first_photo_of_creator())
        .where(CreatorProfile.id.in_(creator_ids))
        .options(*_card_options())
    )
    order = {creator_id: place for place, creator_id in enumerate(creator_ids)}
    rows = sorted(db.session.execute(query), key=lambda row: order[row[0].id])
    return cards_for(rows)


@dataclass(frozen=True)
class Home:
    categories: list[CategoryTile]
    features: list[Card]
    cards: list[Card]
    works: list[WorkTile]
    collections: list[CollectionTile]
    regions: list


def home(day: date, creators: int = 12, works: int = 9) -> Home:
    """Everything the homepage shows, in five statements: the creators (those featured on
    ``day`` first, in slot order, then the newest verified, then the newest), the categories,
    the newest works with photos, the regions and collections, and one for every picture of
    them."""
    current = and_(
        Feature.creator_id == CreatorProfile.id,
        Feature.starts_on <= day,
        or_(Feature.ends_on.is_(None), Feature.ends_on >= day),
    )
    feature_photo = (
        select(Picture.id)
        .join(Work, Work.id == Picture.work_id)
        .where(Picture.work_id == Feature.work_id, Work.shown, Picture.deleted_at.is_(None))
        .order_by(Picture.position, Picture.id)
        .limit(1)
        .scalar_subquery()
    )
    query = (
        public_creators()
        .add_columns(first_photo_of_creator(), Feature, feature_photo)
        .outerjoin(Feature, current)
        .order_by(
            Feature.id.is_(None),
            Feature.position,
            CreatorProfile.verified.desc(),
            CreatorProfile.created_at.desc(),
        )
        .options(*_card_options(), joinedload(Feature.work))
        .limit(creators * 2)  # a creator featured twice comes twice
    )
    seen, rows = set(), []
    for creator, first_photo, feature, feature_photo_id in db.session.execute(query):
        if creator.id not in seen:
            seen.add(creator.id)
            rows.append((creator, first_photo, feature, feature_photo_id))
    rows = _with_card_pictures(rows[:creators])
    tiles = _newest_work_rows(works)
    categories = _category_rows()
    regions, collections = _places()
    wanted = [picture_id for _creator, ids, _feature, photo in rows for picture_id in (*ids, photo)]
    wanted += [picture_id for _work, picture_id in tiles]
    wanted += [row.cover_id for row in collections]
    wanted += [cover_id for _category, _count, cover_id in categories]
    pictures = pictures_by_id(wanted)
    cards = [
        Card(creator, pictures.get(photo) or pictures.get(ids[0]), feature)
        for creator, ids, feature, photo in rows
    ]
    return Home(
        categories=[
            CategoryTile(category, count, pictures.get(cover_id))
            for category, count, cover_id in categories
        ],
        features=[card for card in cards if card.feature is not None],
        cards=[card for card in cards if card.feature is None],
        works=[WorkTile(work, pictures[picture_id]) for work, picture_id in tiles],
        collections=[
            CollectionTile(row.slug, row.name, row.name_en, pictures.get(row.cover_id))
            for row in collections
        ],
        regions=regions,
    )


def _places() -> tuple[list, list]:
    """(regions, published collections) as (slug, name, name_en, cover_id) rows, one query."""
    regions = select(
        literal("region").label("kind"),
        Region.slug,
        Region.name.label("name"),
        literal("").label("name_en"),
        literal(None, Integer).label("cover_id"),
        Region.position,
    )
    collections = select(
        literal("collection"),
        Collection.slug,
        Collection.title,
        Collection.title_en,
        Collection.cover_id,
        Collection.position,
    ).where(Collection.published.is_(True))
    rows = db.session.execute(union_all(regions, collections).order_by("kind", "position"))
    places = {"region": [], "collection": []}
    for row in rows:
        places[row.kind].append(row)
    return places["region"], places["collection"]


def _category_rows() -> list[tuple[Category, int, int | None]]:
    """Every category, in order, with how many listed creators it has and the cover of its
    newest listed creator with one (one query)."""
    public = (
        public_creators()
        .with_only_columns(
            CreatorProfile.category_id,
            CreatorProfile.cover_id,
            func.row_number()
            .over(
                partition_by=CreatorProfile.category_id,
                order_by=(CreatorProfile.cover_id.is_(None), CreatorProfile.created_at.desc()),
            )
            .label("rank"),
        )
        .subquery()
    )
    cover = func.max(case((public.c.rank == 1, public.c.cover_id)))
    query = (
        select(Category, func.count(public.c.category_id), cover)
        .outerjoin(public, public.c.category_id == Category.id)
        .group_by(Category.id)
        .order_by(Category.position)
    )
    return [tuple(row) for row in db.session.execute(query)]


def _newest_work_rows(limit: int) -> list[tuple[Work, int]]:
    """(work, its first picture's id): the latest shown works with a picture, of public
    creators."""
    photo = _first_picture_of(Work.id)
    query = (
        select(Work, photo)
        .join(CreatorProfile, CreatorProfile.id == Work.creator_id)
        .join(User, User.id == CreatorProfile.user_id)
        .where(
            Work.shown,
            CreatorProfile.hidden.is_(False),
            User.active.is_(True),
            photo.is_not(None),
        )
        .options(joinedload(Work.creator).options(*_card_options()))
        .order_by(Work.created_at.desc(), Work.id.desc())
        .limit(limit)
    )
    return list(db.session.execute(query))


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
        select(CreatorProfile, first_photo_of_creator(), chosen.c.total)
        .join(chosen, chosen.c.id == CreatorProfile.id)
        .order_by(chosen.c.place)
        .options(*_card_options())
    ).all()
    if rows:
        total = rows[0].total
    else:  # past the last page, or nobody at all
        total = db.session.scalar(select(func.count()).select_from(query.subquery()))
    pages = max(1, -(-total // PER_PAGE))
    cards = cards_for((creator, first_photo) for creator, first_photo, _total in rows)
    return BrowsePage(cards, total, page, pages)


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
