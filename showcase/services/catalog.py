"""Categories and regions: reference data seeded by the migrations.

Each is read once per request (or app context) and reused, so a page that shows filters and
looks up a slug costs one query per table, not one per use.
"""

from flask import g, has_app_context
from sqlalchemy import select

from ..extensions import db
from ..i18n import current_language
from ..models import Category, Region


def _once(name: str, load):
    if not has_app_context():
        return load()
    if name not in g:
        setattr(g, name, load())
    return getattr(g, name)


def categories() -> list[Category]:
    return _once(
        "catalog_categories",
        lambda: list(db.session.scalars(select(Category).order_by(Category.position))),
    )


def regions() -> list[Region]:
    return _once(
        "catalog_regions",
        lambda: list(db.session.scalars(select(Region).order_by(Region.position))),
    )


def category_name(category: Category) -> str:
    return category.name_en if current_language() == "en" else category.name_id


def category_choices() -> list[tuple[str, str]]:
    return [(category.slug, category_name(category)) for category in categories()]


def region_choices() -> list[tuple[str, str]]:
    return [(region.slug, region.name) for region in regions()]


def category_by_slug(slug: str) -> Category | None:
    return next((category for category in categories() if category.slug == slug), None)


def region_by_slug(slug: str) -> Region | None:
    return next((region for region in regions() if region.slug == slug), None)
