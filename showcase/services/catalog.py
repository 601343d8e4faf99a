"""Categories and regions: reference data seeded by the migrations.

Each is read once per request and reused, and kept in the cache between requests under the
data version (which a change to either bumps), so most pages do not query them at all.
"""

import json

from flask import g, has_app_context
from sqlalchemy import select
from sqlalchemy.orm import make_transient_to_detached

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
        cached = cache_get(key)
        if cached is None:
            records = list(db.session.scalars(query))
            cache_set(key, json.dumps([_row(record) for record in records]).encode())
        else:
            # Into this session's identity map, without a query, so they can be assigned.
            rows = json.loads(cached)
            records = [db.session.merge(_detached(model, row), load=False) for row in rows]
        setattr(g, name, records)
    return getattr(g, name)


def _detached(model, row: dict):
    record = model(**row)
    make_transient_to_detached(record)  # as if loaded once: merge takes it without a query
    return record


def _row(record) -> dict:
    return {column.key: getattr(record, column.key) for column in record.__table__.columns}


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
