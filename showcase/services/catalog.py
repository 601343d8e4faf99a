"""Categories and regions: reference data seeded by the migrations."""

from sqlalchemy import select

from ..extensions import db
from ..i18n import current_language
from ..models import Category, Region


def categories() -> list[Category]:
    return list(db.session.scalars(select(Category).order_by(Category.position)))


def regions() -> list[Region]:
    return list(db.session.scalars(select(Region).order_by(Region.position)))


def category_name(category: Category) -> str:
    return category.name_en if current_language() == "en" else category.name_id


def category_choices() -> list[tuple[str, str]]:
    return [(category.slug, category_name(category)) for category in categories()]


def region_choices() -> list[tuple[str, str]]:
    return [(region.slug, region.name) for region in regions()]


def category_by_slug(slug: str) -> Category | None:
    return db.session.scalar(select(Category).where(Category.slug == slug))


def region_by_slug(slug: str) -> Region | None:
    return db.session.scalar(select(Region).where(Region.slug == slug))
