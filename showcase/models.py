"""The data model, in one place."""

from __future__ import annotations

import enum
import hashlib
import json
from datetime import UTC, date, datetime

from flask_login import UserMixin
from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    and_,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .extensions import db


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes on every database (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class Role(enum.StrEnum):
    CREATOR = "creator"
    CURATOR = "curator"
    ADMIN = "admin"


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class User(UserMixin, db.Model):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint("email = lower(email)", name="email_lower_case"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stored lower-cased, so the unique constraint is case-insensitive.
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default=Role.CREATOR.value)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Logging out adds one: every session and remember cookie made before stops working.
    session_generation: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    creator: Mapped[CreatorProfile | None] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def password_fingerprint(self) -> str:
        """Changes with the password, so reset links and other sessions stop working."""
        return hashlib.sha256(self.password_hash.encode()).hexdigest()[:16]

    def get_id(self) -> str:
        # Flask-Login keeps this in the session and the remember cookie.
        return f"{self.id}:{self.password_fingerprint}:{self.session_generation}"

    @property
    def is_curator(self) -> bool:
        return self.role in (Role.CURATOR, Role.ADMIN)

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN


class Category(db.Model):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(40), unique=True)
    name_id: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Region(db.Model):
    __tablename__ = "regions"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(40), unique=True)
    # Place names are the same in both languages.
    name: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer, default=0)


class CreatorProfile(TimestampMixin, db.Model):
    __tablename__ = "creator_profiles"
    __table_args__ = (CheckConstraint("handle = lower(handle)", name="handle_lower_case"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    # Stored lower-cased, so the unique constraint is case-insensitive.
    handle: Mapped[str] = mapped_column(String(30), unique=True)
    display_name: Mapped[str] = mapped_column(String(80))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"), index=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("regions.id"), index=True)
    headline: Mapped[str] = mapped_column(String(140), default="")
    headline_en: Mapped[str] = mapped_column(String(140), default="")
    bio: Mapped[str] = mapped_column(Text, default="")
    bio_en: Mapped[str] = mapped_column(Text, default="")
    instagram: Mapped[str] = mapped_column(String(30), default="")
    tiktok: Mapped[str] = mapped_column(String(24), default="")
    youtube: Mapped[str] = mapped_column(String(255), default="")
    website: Mapped[str] = mapped_column(String(255), default="")
    whatsapp: Mapped[str] = mapped_column(String(16), default="")
    show_whatsapp: Mapped[bool] = mapped_column(Boolean, default=False)
    available_for_hire: Mapped[bool] = mapped_column(Boolean, default=True)
    price_from: Mapped[int | None] = mapped_column(BigInteger)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    hidden_reason: Mapped[str] = mapped_column(String(500), default="")  # the creator sees it
    # use_alter: pictures belong to works, which belong to profiles; the cycle needs it.
    avatar_id: Mapped[int | None] = mapped_column(
        ForeignKey("pictures.id", ondelete="SET NULL", use_alter=True)
    )
    cover_id: Mapped[int | None] = mapped_column(
        ForeignKey("pictures.id", ondelete="SET NULL", use_alter=True)
    )
    # Draw the @handle on served image derivatives (originals stay untouched).
    watermark: Mapped[bool] = mapped_column(Boolean, default=False)

    user: Mapped[User] = relationship(back_populates="creator")
    avatar: Mapped[Picture | None] = relationship(foreign_keys=[avatar_id])
    cover: Mapped[Picture | None] = relationship(foreign_keys=[cover_id])
    category: Mapped[Category] = relationship(lazy="joined")
    region: Mapped[Region] = relationship(lazy="joined")
    works: Mapped[list[Work]] = relationship(
        back_populates="creator",
        order_by="(Work.position, Work.id)",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class WorkKind(enum.StrEnum):
    TEXT = "text"
    IMAGE = "image"
    AUDIO = "audio"
    VIDEO = "video"
    LINK = "link"  # YouTube, SoundCloud, Spotify, Instagram or TikTok, shown as a plain link


class Licence(enum.StrEnum):
    ALL_RIGHTS_RESERVED = "all-rights-reserved"
    CC_BY = "cc-by"
    CC_BY_NC = "cc-by-nc"
    CC_BY_NC_ND = "cc-by-nc-nd"


class MediaState(enum.StrEnum):
    READY = "ready"
    PROCESSING = "processing"
    FAILED = "failed"


# The order pages offer renditions in: the smaller first (players take the first they can
# play), then the legacy single file of works stored before transcoding.
PLAY_ORDER = ("audio-opus", "audio-aac", "video-480", "video-720", "audio", "video")


class Work(TimestampMixin, db.Model):
    __tablename__ = "works"
    # The homepage's newest works: read in this order, the first few are found at once.
    __table_args__ = (Index("ix_works_created_at_id", "created_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    creator_id: Mapped[int] = mapped_column(
        ForeignKey("creator_profiles.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16), default=WorkKind.TEXT.value)
    title: Mapped[str] = mapped_column(String(120))
    title_en: Mapped[str] = mapped_column(String(120), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[int | None] = mapped_column(Integer)
    price_from: Mapped[int | None] = mapped_column(BigInteger)
    # Lower-case tags joined by ", "; search indexes them in the discovery issue.
    tags: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    published: Mapped[bool] = mapped_column(Boolean, default=True)
    # Hidden by curators (with a reason its creator sees); unlike a draft, not theirs to undo.
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    hidden_reason: Mapped[str] = mapped_column(String(500), default="")
    # Deleted by its creator: gone from every page at once, purged (with its media) once the
    # time to undo has passed.
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    link_url: Mapped[str] = mapped_column(String(500), default="")
    licence: Mapped[str] = mapped_column(String(24), default=Licence.ALL_RIGHTS_RESERVED.value)
    # Traditional works (tenun and others): the motif, where it comes from, its communal-IP
    # registration (KIK / EBT) and the makers credited when the seller is someone else.
    motif_name: Mapped[str] = mapped_column(String(120), default="")
    motif_community: Mapped[str] = mapped_column(String(120), default="")
    motif_region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"))
    communal_ip_reference: Mapped[str] = mapped_column(String(120), default="")
    credited_makers: Mapped[str] = mapped_column(String(300), default="")
    # A recording or video is made ready by a task (showcase.tasks): "processing", then
    # "ready" or "failed" with the reason its owner reads. Only ready works are public.
    media_state: Mapped[str] = mapped_column(
        String(16), default=MediaState.READY.value, server_default=MediaState.READY.value
    )
    media_error: Mapped[str] = mapped_column(String(300), default="", server_default="")
    # A recording's waveform: the peaks of 64 slices, 0-100, as a JSON array.
    waveform: Mapped[str] = mapped_column(Text, default="", server_default="")

    creator: Mapped[CreatorProfile] = relationship(back_populates="works")
    motif_region: Mapped[Region | None] = relationship()
    pictures: Mapped[list[Picture]] = relationship(
        primaryjoin=(
            "and_(Picture.work_id == Work.id, Picture.purpose == 'work', "
            "Picture.deleted_at.is_(None))"
        ),
        order_by="Picture.position",
        viewonly=True,
    )
    poster: Mapped[Picture | None] = relationship(
        primaryjoin="and_(Picture.work_id == Work.id, Picture.purpose != 'work')",
        viewonly=True,
        uselist=False,
    )
    # What pages play, the default first (Opus, or 480p); never the private original.
    renditions: Mapped[list[MediaAsset]] = relationship(
        primaryjoin="and_(MediaAsset.work_id == Work.id, MediaAsset.variant != 'original')",
        viewonly=True,
    )
    original: Mapped[MediaAsset | None] = relationship(
        primaryjoin="and_(MediaAsset.work_id == Work.id, MediaAsset.variant == 'original')",
        viewonly=True,
        uselist=False,
    )

    @property
    def sources(self) -> list[MediaAsset]:
        rank = {variant: number for number, variant in enumerate(PLAY_ORDER)}
        return sorted(self.renditions, key=lambda asset: rank.get(asset.variant, len(rank)))

    @property
    def media(self) -> MediaAsset | None:
        """The recording or video pages play first (with its duration)."""
        return next(iter(self.sources), None)

    @property
    def peaks(self) -> list[int]:
        return json.loads(self.waveform) if self.waveform else []

    @hybrid_property
    def shown(self) -> bool:
        """Public: published by its creator, not hidden by curators, not deleted, and its
        recording or video ready to play."""
        return (
            self.published
            and not self.hidden
            and self.deleted_at is None
            and self.media_state == MediaState.READY
        )

    @shown.inplace.expression
    @classmethod
    def _shown_expression(cls):
        return and_(
            cls.published.is_(True),
            cls.hidden.is_(False),
            cls.deleted_at.is_(None),
            cls.media_state == MediaState.READY.value,
        )

    @property
    def tag_list(self) -> list[str]:
        return [tag for tag in self.tags.split(", ") if tag]


class PicturePurpose(enum.StrEnum):
    AVATAR = "avatar"
    COVER = "cover"
    WORK = "work"
    POSTER = "poster"  # a video's still
    THUMBNAIL = "thumbnail"  # a link card's picture


class Picture(db.Model):
    """An image as the site shows it: its alt text and size, and the stored objects (one
    private original and the derivatives we serve)."""

    __tablename__ = "pictures"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    work_id: Mapped[int | None] = mapped_column(
        ForeignKey("works.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer, default=0)
    alt: Mapped[str] = mapped_column(String(250), default="")
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    placeholder: Mapped[str] = mapped_column(String(7), default="#dddddd")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # as Work.deleted_at

    assets: Mapped[list[MediaAsset]] = relationship(
        back_populates="picture",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
    )

    def served(self, kind: str = "webp") -> list[MediaAsset]:
        """The derivatives of one format, narrowest first."""
        return sorted(
            (asset for asset in self.assets if asset.variant.startswith(f"{kind}-")),
            key=lambda asset: asset.width or 0,
        )


class MediaAsset(db.Model):
    """One stored object. The row carries the backend, key, type, size and hash; the bytes
    live in storage (showcase.media.storage)."""

    __tablename__ = "media_assets"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    picture_id: Mapped[int | None] = mapped_column(
        ForeignKey("pictures.id", ondelete="CASCADE"), index=True
    )
    # An audio or video work's file.
    work_id: Mapped[int | None] = mapped_column(
        ForeignKey("works.id", ondelete="CASCADE"), index=True
    )
    # "original" (kept private) or a served derivative such as "webp-640", "jpeg-640".
    variant: Mapped[str] = mapped_column(String(24), default="original")
    backend: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(255), unique=True)
    content_type: Mapped[str] = mapped_column(String(80))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    duration: Mapped[float | None] = mapped_column(Float)  # seconds, for audio and video
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    picture: Mapped[Picture | None] = relationship(back_populates="assets")


class SiteState(db.Model):
    """One row: the data version of the public pages. Every write that changes what a public
    page shows replaces it (showcase.caching), so caches in any worker know they are stale."""

    __tablename__ = "site_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    data_version: Mapped[str] = mapped_column(String(32))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class InquiryKind(enum.StrEnum):
    BOOKING = "booking"  # a booking or performance
    COMMISSION = "commission"  # a commission or custom order
    PURCHASE = "purchase"
    COLLABORATION = "collaboration"
    OTHER = "other"


class InquiryStatus(enum.StrEnum):
    NEW = "new"
    REPLIED = "replied"
    AGREED = "agreed"
    DONE = "done"
    ARCHIVED = "archived"
    SPAM = "spam"


class Inquiry(TimestampMixin, db.Model):
    """A buyer's message to a creator. The buyer's details are seen by that creator and
    admins only."""

    __tablename__ = "inquiries"

    id: Mapped[int] = mapped_column(primary_key=True)
    creator_id: Mapped[int] = mapped_column(
        ForeignKey("creator_profiles.id", ondelete="CASCADE"), index=True
    )
    work_id: Mapped[int | None] = mapped_column(ForeignKey("works.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(80))
    email: Mapped[str] = mapped_column(String(254), index=True)
    phone: Mapped[str] = mapped_column(String(16), default="")  # E.164, or empty
    kind: Mapped[str] = mapped_column(String(16))
    budget_min: Mapped[int | None] = mapped_column(BigInteger)
    budget_max: Mapped[int | None] = mapped_column(BigInteger)
    date_needed: Mapped[date | None] = mapped_column(Date)
    message: Mapped[str] = mapped_column(Text)
    # The buyer's language, for their confirmation.
    language: Mapped[str] = mapped_column(String(5), default="id")
    # A hash of e-mail and message: the same inquiry sent twice is stored once.
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(16), default=InquiryStatus.NEW.value)
    note: Mapped[str] = mapped_column(Text, default="")  # the creator's, private
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    creator: Mapped[CreatorProfile] = relationship()
    work: Mapped[Work | None] = relationship()
    messages: Mapped[list[OutboxMessage]] = relationship(
        back_populates="inquiry", order_by="OutboxMessage.id", passive_deletes=True
    )


class OutboxMessage(db.Model):
    """An e-mail stored in the same transaction as what it tells of, then sent (and retried
    with backoff) by services.outbox; its Message-ID is fixed when it is stored."""

    __tablename__ = "outbox_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int | None] = mapped_column(
        ForeignKey("inquiries.id", ondelete="CASCADE"), index=True
    )
    # What it is, e.g. "inquiry_to_creator", "inquiry_to_buyer", "inquiry_reminder".
    purpose: Mapped[str] = mapped_column(String(32))
    recipient: Mapped[str] = mapped_column(String(254))
    reply_to: Mapped[str] = mapped_column(String(254), default="")
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    # pending → sending → sent; "failed" after the last attempt.
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str] = mapped_column(String(300), default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    inquiry: Mapped[Inquiry | None] = relationship(back_populates="messages")


class Feature(db.Model):
    """A creator (optionally one of their works) in a homepage slot, between two dates."""

    __tablename__ = "features"

    id: Mapped[int] = mapped_column(primary_key=True)
    creator_id: Mapped[int] = mapped_column(
        ForeignKey("creator_profiles.id", ondelete="CASCADE"), index=True
    )
    work_id: Mapped[int | None] = mapped_column(ForeignKey("works.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    blurb: Mapped[str] = mapped_column(String(280), default="")
    blurb_en: Mapped[str] = mapped_column(String(280), default="")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)  # the last day shown; none: open-ended

    creator: Mapped[CreatorProfile] = relationship()
    work: Mapped[Work | None] = relationship()


class Collection(TimestampMixin, db.Model):
    """A themed set of creators ("Tenun Sumba"), on the homepage and at /collections/<slug>."""

    __tablename__ = "collections"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(60), unique=True)
    title: Mapped[str] = mapped_column(String(120))
    title_en: Mapped[str] = mapped_column(String(120), default="")
    blurb: Mapped[str] = mapped_column(Text, default="")
    blurb_en: Mapped[str] = mapped_column(Text, default="")
    cover_id: Mapped[int | None] = mapped_column(ForeignKey("pictures.id", ondelete="SET NULL"))
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    cover: Mapped[Picture | None] = relationship()
    items: Mapped[list[CollectionItem]] = relationship(
        order_by="CollectionItem.position", cascade="all, delete-orphan", passive_deletes=True
    )


class CollectionItem(db.Model):
    __tablename__ = "collection_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    collection_id: Mapped[int] = mapped_column(
        ForeignKey("collections.id", ondelete="CASCADE"), index=True
    )
    creator_id: Mapped[int] = mapped_column(ForeignKey("creator_profiles.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    creator: Mapped[CreatorProfile] = relationship()


class VerificationRequest(db.Model):
    """A creator asks to be verified; a curator approves or declines with a reason."""

    __tablename__ = "verification_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    creator_id: Mapped[int] = mapped_column(
        ForeignKey("creator_profiles.id", ondelete="CASCADE"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    links: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    reason: Mapped[str] = mapped_column(String(500), default="")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    creator: Mapped[CreatorProfile] = relationship()


class Report(db.Model):
    """Anyone's report of a creator or a work; curators work the open ones."""

    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    creator_id: Mapped[int] = mapped_column(
        ForeignKey("creator_profiles.id", ondelete="CASCADE"), index=True
    )
    work_id: Mapped[int | None] = mapped_column(ForeignKey("works.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(24))
    details: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    handled_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    creator: Mapped[CreatorProfile] = relationship()
    work: Mapped[Work | None] = relationship()


class NoticeKind(enum.StrEnum):
    VERIFIED = "verified"
    FEATURED = "featured"
    HIDDEN = "hidden"  # the page
    WORK_HIDDEN = "work_hidden"
    SHOWN_AGAIN = "shown_again"


class Notice(db.Model):
    """What curators decided about a creator, told on their dashboard (and by e-mail)."""

    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    creator_id: Mapped[int] = mapped_column(
        ForeignKey("creator_profiles.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(String(200), default="")  # e.g. the work's title
    reason: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    dismissed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    creator: Mapped[CreatorProfile] = relationship()


class AuditEntry(db.Model):
    """One curator or admin action: who, what, on what, when and why. Never edited."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    actor_email: Mapped[str] = mapped_column(String(254))  # kept if the account goes
    action: Mapped[str] = mapped_column(String(40), index=True)
    target: Mapped[str] = mapped_column(String(80))  # e.g. "creator:12", "user:3"
    reason: Mapped[str] = mapped_column(String(500), default="")
    details: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class TaskFailure(db.Model):
    """A background task that failed on its last retry: kept for staff, never dropped."""

    __tablename__ = "task_failures"

    id: Mapped[int] = mapped_column(primary_key=True)
    task: Mapped[str] = mapped_column(String(64))
    arguments: Mapped[str] = mapped_column(String(300), default="")
    error: Mapped[str] = mapped_column(String(500), default="")
    failed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
