"""Many creators at once, for load tests: ``flask seed-demo --scale N``.

Bulk inserts (a few statements per thousand rows), content cycled from the hand-written demo
creators, and their avatars shared rather than drawn again. Each creator's first work is a
recording: a stored copy (a hard link on disk) of a demo recording, so that they are listed
as creators with media are.
"""

from datetime import timedelta
from itertools import cycle, islice

from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import Connection

from ..caching import bump_data_version
from ..extensions import db
from ..media.storage import get_storage, make_key
from ..models import (
    Category,
    CreatorProfile,
    MediaAsset,
    Region,
    Role,
    User,
    Work,
    WorkKind,
    utcnow,
)
from ..services import search
from ..services.accounts import hash_password
from . import DEMO_PASSWORD
from .data import CREATORS

EMAIL_DOMAIN = "scale.example.com"
WORKS_EACH = 5
BATCH = 1000


def seed_scale(total: int) -> int:
    """Make sure ``total`` load-test creators exist (each with five works); returns how many
    were added. Run ``seed_demo`` first: its avatars are shared."""
    existing = db.session.scalar(
        select(func.count()).select_from(User).where(User.email.like(f"%@{EMAIL_DOMAIN}"))
    )
    categories = list(db.session.scalars(select(Category.id).order_by(Category.id)))
    regions = list(db.session.scalars(select(Region.id).order_by(Region.id)))
    avatars = [a for a in db.session.scalars(select(CreatorProfile.avatar_id)) if a] or [None]
    recording = db.session.scalar(
        select(MediaAsset).where(MediaAsset.variant == "audio-opus").limit(1)
    )
    password_hash = hash_password(DEMO_PASSWORD)
    now = utcnow()
    for start in range(existing, total, BATCH):
        numbers = range(start, min(start + BATCH, total))
        _add_batch(numbers, categories, regions, avatars, recording, password_hash, now)
    # Bulk inserts bypass the ORM's flush hooks: index and announce the new creators here.
    search.reindex_all(db.session.connection())
    bump_data_version(db.session.connection())
    if total > existing:
        _refresh_statistics(db.session.connection())
    db.session.commit()
    return max(0, total - existing)


def _refresh_statistics(connection: Connection) -> None:
    """Tell PostgreSQL's planner about the new rows now, not at the next auto-analyze.

    An autovacuum pass while these rows are still uncommitted records the tables as 0 live
    rows over many pages; the planner then expects one row from each and joins them in nested
    loops of full scans (minutes, for the sitemap of 500 creators). ANALYZE counts this
    transaction's own rows, and its lock keeps autovacuum away until the commit."""
    if connection.dialect.name == "postgresql":
        tables = (User.__tablename__, CreatorProfile.__tablename__, Work.__tablename__)
        connection.execute(text(f"ANALYZE {', '.join((*tables, search.TABLE))}"))


def _add_batch(numbers, categories, regions, avatars, recording, password_hash, now) -> None:
    count = len(numbers)
    templates = list(islice(cycle(CREATORS), numbers[0], numbers[0] + count))
    user_ids = db.session.scalars(
        insert(User).returning(User.id, sort_by_parameter_order=True),
        [
            {
                "email": f"kreator{number}@{EMAIL_DOMAIN}",
                "password_hash": password_hash,
                "role": Role.CREATOR.value,
                "active": True,
                "created_at": now - timedelta(minutes=number),
            }
            for number in numbers
        ],
    ).all()
    profile_ids = db.session.scalars(
        insert(CreatorProfile).returning(CreatorProfile.id, sort_by_parameter_order=True),
        [
            {
                "user_id": user_id,
                "handle": f"kreator{number}",
                "display_name": f"{template['display_name']} {number}"[:80],
                "category_id": categories[number % len(categories)],
                "region_id": regions[number % len(regions)],
                "headline": template.get("headline", ""),
                "bio": template.get("bio", ""),
                "available_for_hire": number % 3 != 0,
                "price_from": template.get("price_from"),
                "verified": number % 17 == 0,
                "avatar_id": avatars[number % len(avatars)],
                "created_at": now - timedelta(minutes=number),
                "updated_at": now - timedelta(minutes=number),
            }
            for number, user_id, template in zip(numbers, user_ids, templates, strict=True)
        ],
    ).all()
    work_ids = db.session.scalars(
        insert(Work).returning(Work.id, sort_by_parameter_order=True),
        [
            {
                "creator_id": profile_id,
                "kind": WorkKind.AUDIO.value if recording and position == 1 else "text",
                "title": work["title"],
                "description": work.get("description", ""),
                "year": work.get("year"),
                "tags": work.get("tags", ""),
                "position": position,
                "published": True,
                "created_at": now,
                "updated_at": now,
            }
            for profile_id, template in zip(profile_ids, templates, strict=True)
            for position, work in enumerate(islice(cycle(template["works"]), WORKS_EACH), 1)
        ],
    ).all()
    if recording is not None:
        _share_recording(recording, user_ids, work_ids[::WORKS_EACH])


def _share_recording(recording: MediaAsset, user_ids: list[int], work_ids: list[int]) -> None:
    """The recording as each first work's own file: a copy under a key of its owner's."""
    storage = get_storage()
    rows = []
    for user_id, work_id in zip(user_ids, work_ids, strict=True):
        key = make_key(WorkKind.AUDIO.value, user_id, recording.key.rsplit("/", 1)[-1])
        storage.copy(recording.key, key)
        rows.append(
            {
                "owner_id": user_id,
                "work_id": work_id,
                "variant": recording.variant,
                "backend": storage.name,
                "key": key,
                "content_type": recording.content_type,
                "size": recording.size,
                "sha256": recording.sha256,
                "duration": recording.duration,
            }
        )
    db.session.execute(insert(MediaAsset), rows)
