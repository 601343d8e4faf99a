"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

from showcase.extensions import db
from showcase.models import Category, Region
from showcase.services.search import outside_index


@pytest.mark.no_db  # its own connection; the per-test transaction would hold the write lock
def test_models_and_migrations_agree(app):
    with app.app_context(), db.engine.connect() as connection:
        options = {"compare_type": True, "render_as_batch": True, "include_name": outside_index}
        context = MigrationContext.configure(connection, opts=options)
        assert compare_metadata(context, db.metadata) == []


def test_categories_are_seeded_in_both_languages():
    rows = db.session.execute(
        select(Category.slug, Category.name_id, Category.name_en).order_by(Category.position)
    ).all()
    assert rows == [
        ("musik", "Musik", "Music"),
        ("fesyen", "Fesyen & Tenun", "Fashion & Tenun"),
        ("konten", "Kreator Konten", "Content Creator"),
        ("fotografi", "Fotografi", "Photography"),
        ("seni-rupa", "Seni Rupa", "Visual Art"),
        ("kriya", "Kriya", "Craft"),
    ]


def test_the_22_regencies_and_city_of_ntt_are_seeded():
    assert db.session.scalar(select(func.count()).select_from(Region)) == 22
    slugs = set(db.session.scalars(select(Region.slug)))
    assert {"kota-kupang", "rote-ndao", "sumba-barat-daya", "timor-tengah-utara"} <= slugs
    kupang = db.session.scalar(select(Region).where(Region.slug == "kota-kupang"))
    assert kupang.name == "Kota Kupang"
