"""Demo data for ``flask seed-demo``: about 30 creators from across NTT, with works, their
photos and recordings, and artwork.

Every demo creator logs in with their e-mail, ``<handle>@demo.example.com``, and
:data:`DEMO_PASSWORD`. Seeding is idempotent: a creator whose handle or e-mail already exists
is skipped, so running it again adds nothing.
"""

from __future__ import annotations

import io
from datetime import timedelta

from PIL import Image
from sqlalchemy import select

from ..extensions import db
from ..models import (
    Category,
    CreatorProfile,
    PicturePurpose,
    Region,
    Role,
    User,
    Work,
    WorkKind,
    utcnow,
)
from ..services.accounts import hash_password
from ..services.creators import PROFILE_FIELDS, WORK_FIELDS
from ..services.media import add_picture, add_work_image, attach_recording, make_playable
from . import scenes, sound
from .art import COVER_SIZE, avatar, cover
from .data import CREATORS

DEMO_PASSWORD = "etalase-demo-2026"  # noqa: S105 - published on purpose, for demo log-ins
DEMO_EMAIL_DOMAIN = "demo.example.com"

# Category and region come as slugs and are looked up; the rest is copied as it stands.
DEMO_PROFILE_FIELDS = (
    *(name for name in PROFILE_FIELDS if name not in ("display_name", "category", "region")),
    "verified",
)


def demo_email(handle: str) -> str:
    return f"{handle}@{DEMO_EMAIL_DOMAIN}"


def initials_of(entry: dict) -> str:
    """The entry's own initials, else the first letters of the first and last words."""
    if entry.get("initials"):
        return entry["initials"]
    words = [word for word in entry["display_name"].split() if word[:1].isalpha()]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def seed_demo() -> int:
    """Add the demo creators that are not there yet; returns how many were added.

    Needs an app context. Categories and regions must exist (the migrations seed them).
    Each creator is committed on its own, so an interrupted run can simply be run again.
    """
    categories = {row.slug: row for row in db.session.scalars(select(Category))}
    regions = {row.slug: row for row in db.session.scalars(select(Region))}
    missing = sorted(
        {
            f"category {entry['category']}"
            for entry in CREATORS
            if entry["category"] not in categories
        }
        | {f"region {entry['region']}" for entry in CREATORS if entry["region"] not in regions}
    )
    if missing:
        raise RuntimeError(
            f"Missing reference data ({', '.join(missing)}); run `flask db upgrade` first."
        )

    handles = set(db.session.scalars(select(CreatorProfile.handle)))
    emails = set(db.session.scalars(select(User.email)))
    todo = [
        (index, entry)
        for index, entry in enumerate(CREATORS)
        if entry["handle"] not in handles and demo_email(entry["handle"]) not in emails
    ]
    if not todo:
        return 0

    # One hash for everyone: hashing is slow on purpose.
    password_hash = hash_password(DEMO_PASSWORD)
    now = utcnow()
    for index, entry in todo:
        # The first entry is the newest, an hour apart, so "newest" ordering is stable.
        created = now - timedelta(hours=index)
        _add_creator(entry, categories, regions, password_hash, created)
        db.session.commit()
    return len(todo)


def _add_creator(entry, categories, regions, password_hash, created) -> CreatorProfile:
    handle = entry["handle"]
    user = User(
        email=demo_email(handle),
        password_hash=password_hash,
        role=Role.CREATOR.value,
        created_at=created,
    )
    profile = CreatorProfile(
        user=user,
        handle=handle,
        display_name=entry["display_name"],
        category=categories[entry["category"]],
        region=regions[entry["region"]],
        created_at=created,
        updated_at=created,
        **{field: entry[field] for field in DEMO_PROFILE_FIELDS if field in entry},
    )
    db.session.add(user)
    db.session.flush()  # user.id, to own the media

    portrait = avatar(handle, entry["category"], initials_of(entry))
    profile.avatar = add_picture(user, _png(portrait), purpose=PicturePurpose.AVATAR)
    banner = scenes.banner(handle, entry["category"], COVER_SIZE) or cover(
        handle, entry["category"]
    )
    profile.cover = add_picture(user, _png(banner), purpose=PicturePurpose.COVER)
    for position, fields in enumerate(entry["works"], start=1):
        work = Work(
            creator=profile,
            position=position,
            created_at=created + timedelta(minutes=position),
            updated_at=created + timedelta(minutes=position),
            **{field: fields[field] for field in WORK_FIELDS if field in fields},
        )
        db.session.add(work)
        db.session.flush()
        _add_media(work, entry, position)
    return profile


PHOTO_LONGEST = 800  # px: enough for a phone, and quick to seed
GONG_PLAYERS = ("gong", "likurai", "tanahende")
ALTS = {
    "whole": "Kain tenun ikat dibentangkan di dinding",
    "detail": "Motif kain dari dekat",
    "folded": "Tiga lembar kain terlipat di atas meja kayu",
    "stage": "Pemain sasando di panggung, disorot lampu",
    "instrument": "Sasando berdiri di depan kain tenun",
    "landscape": "Bukit dan laut saat matahari rendah",
    "painting": "Lukisan berbingkai dengan bentuk-bentuk berwarna tanah",
    "food": "Jagung bose, se'i dan sambal lu'at di atas daun pisang",
    "portrait": "Potret siluet berselendang tenun",
}


def _add_media(work: Work, entry: dict, position: int) -> None:
    """Photos drawn for the work's subject, or for musicians' first works a recording."""
    handle, category = entry["handle"], entry["category"]
    seed = f"{handle}:{position}"
    if category == "musik" and position <= 2:
        gong = any(word in handle for word in GONG_PLAYERS)
        data = sound.gongs(seed) if gong and position == 1 else sound.sasando(seed)
        # Made ready here, not by the queue, so the demo plays as soon as the site starts.
        make_playable(attach_recording(work, data, WorkKind.AUDIO).id)
        return
    for view in _views(category, handle, position):
        image = (
            scenes.cloth(seed, category, view)
            if view in ("whole", "detail", "folded")
            else (_draw(view, seed, category))
        )
        image.thumbnail((PHOTO_LONGEST, PHOTO_LONGEST), Image.Resampling.LANCZOS)
        add_work_image(work, _png(image), ALTS[view])


def _views(category: str, handle: str, position: int) -> tuple[str, ...]:
    if category == "fesyen":
        return ("whole", "detail", "folded") if position == 1 else ("whole", "detail")
    if category == "kriya":
        return ("whole", "detail") if position == 1 else ("folded",)
    if category == "musik":
        return ("stage", "instrument") if position == 3 else ("stage",)
    if category == "fotografi":
        return ("landscape", "landscape") if position == 1 else ("landscape",)
    if category == "seni-rupa":
        return ("painting",)
    food_first = "makan" in handle
    return ("food",) if (position % 2 == 1) == food_first else ("portrait",)


def _draw(view: str, seed: str, category: str):
    if view == "portrait":
        return scenes.portrait(seed, category)
    return getattr(scenes, view)(f"{seed}:{view}" if view == "landscape" else seed)


def _png(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()
