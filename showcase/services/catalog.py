"""Categories and regions: reference data seeded by the migrations.

Each is read once per request and reused, and kept in the cache between requests under the
data version (which a change to either bumps), so most pages do not query them at all.
"""

from flask import g, has_app_context
from sqlalchemy import select

from ..caching import cache_get, cache_set, data_state
from ..extensions import db
from ..i18n import current_language
from ..models import Category, Region


def _reference(model) -> list:
    query = select(model).order_by(model.position)
    if not has_app_context():
        return list(db.session.scalars(query))
    name = f"catalog_{model.__tablename__}"
    if name not in g:
        key = f"{name}:{data_state()[0]}"
        records = cache_get(key)
        if records is None:
            records = list(db.session.scalars(query))
            cache_set(key, records)
        else:
            # Into this session's identity map, without a query, so they can be assigned.
            records = [db.session.merge(record, load=False) for record in records]
        setattr(g, name, records)
    return getattr(g, name)


def categories() -> list[Category]:
    return _reference(Category)


def regions() -> list[Region]:
    return _reference(Region)


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
