"""Curators' and admins' decisions: featuring, collections, verification, moderation, roles.

Every decision writes exactly one audit entry, in the same transaction as the decision.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, or_, select
from sqlalchemy.orm import joinedload, lazyload

from ..extensions import db
from ..models import (
    AuditEntry,
    Category,
    Collection,
    CollectionItem,
    CreatorProfile,
    Feature,
    Inquiry,
    MediaAsset,
    NoticeKind,
    Picture,
    PicturePurpose,
    Region,
    Report,
    Role,
    User,
    VerificationRequest,
    Work,
    utcnow,
)
from . import creators, discovery, media, notices, search
from .discovery import Card, public_creators

REPORT_REASONS = ("spam", "impersonation", "offensive", "copyright", "other")
# Every action the audit log records (curation.labels gives each its words).
AUDIT_ACTIONS = (
    "creator.hide",
    "creator.restore",
    "work.hide",
    "work.restore",
    "report.dismissed",
    "report.actioned",
    "verification.approved",
    "verification.declined",
    "feature.add",
    "feature.remove",
    "collection.create",
    "collection.edit",
    "collection.add",
    "collection.remove",
    "user.role",
    "user.activate",
    "user.deactivate",
)


class CurationError(ValueError):
    """A decision that cannot be made (e.g. a curator changing roles); ``field`` names the
    form field it is about, when there is one, and ``message`` says why in people's words."""

    def __init__(self, message, field: str | None = None):
        super().__init__(str(message))
        self.message, self.field = message, field


def record(actor: User, action: str, target: str, reason: str = "", details: str = "") -> None:
    db.session.add(
        AuditEntry(
            actor_id=actor.id,
            actor_email=actor.email,
            action=action,
            target=target,
            reason=reason,
            details=details,
        )
    )


def _decide(actor: User, action: str, target: str, reason: str = "", details: str = "") -> None:
    record(actor, action, target, reason, details)
    db.session.commit()


# Moderation


def hide_creator(actor: User, creator: CreatorProfile, reason: str) -> None:
    creator.hidden, creator.hidden_reason = True, reason
    notices.tell(creator, NoticeKind.HIDDEN, reason)
    _decide(actor, "creator.hide", f"creator:{creator.id}", reason)
    owner_media = select(MediaAsset).where(MediaAsset.owner_id == creator.user_id)
    media.move_out_of_sight(list(db.session.scalars(owner_media)))


def restore_creator(actor: User, creator: CreatorProfile, reason: str = "") -> None:
    creator.hidden, creator.hidden_reason = False, ""
    notices.tell(creator, NoticeKind.SHOWN_AGAIN, reason)
    _decide(actor, "creator.restore", f"creator:{creator.id}", reason)


def hide_work(actor: User, work: Work, reason: str) -> None:
    work.hidden, work.hidden_reason = True, reason
    notices.tell(work.creator, NoticeKind.WORK_HIDDEN, reason, subject=work.title)
    _decide(actor, "work.hide", f"work:{work.id}", reason)
    media.move_out_of_sight(media.assets_of_work(work))


def restore_work(actor: User, work: Work, reason: str = "") -> None:
    work.hidden, work.hidden_reason = False, ""
    _decide(actor, "work.restore", f"work:{work.id}", reason)


def report(creator: CreatorProfile, work: Work | None, reason: str, details: str) -> Report:
    """Anyone's report (not a curator's decision, so not audited)."""
    entry = Report(creator=creator, work=work, reason=reason, details=details)
    db.session.add(entry)
    db.session.commit()
    return entry


def open_reports() -> list[Report]:
    query = select(Report).where(Report.status == "open").order_by(Report.created_at)
    return list(db.session.scalars(query))


def close_report(actor: User, entry: Report, action: str, reason: str = "") -> None:
    """Dismiss a report, or hide what it names ("hide"), as one decision."""
    entry.status, entry.handled_by_id, entry.handled_at = "dismissed", actor.id, utcnow()
    if action == "hide":
        entry.status = "actioned"
        if entry.work is not None:
            entry.work.hidden, entry.work.hidden_reason = True, reason
            notices.tell(entry.creator, NoticeKind.WORK_HIDDEN, reason, subject=entry.work.title)
        else:
            entry.creator.hidden, entry.creator.hidden_reason = True, reason
            notices.tell(entry.creator, NoticeKind.HIDDEN, reason)
    _decide(actor, f"report.{entry.status}", f"report:{entry.id}", reason)


# Verification


def request_verification(creator: CreatorProfile, note: str, links: str) -> VerificationRequest:
    pending = db.session.scalar(
        select(VerificationRequest).where(
            VerificationRequest.creator_id == creator.id, VerificationRequest.status == "pending"
        )
    )
    if pending is not None:
        return pending
    request = VerificationRequest(creator=creator, note=note, links=links)
    db.session.add(request)
    db.session.commit()
    return request


def pending_verifications() -> list[VerificationRequest]:
    query = select(VerificationRequest).where(VerificationRequest.status == "pending")
    return list(db.session.scalars(query.order_by(VerificationRequest.created_at)))


def decide_verification(actor: User, request: VerificationRequest, approve: bool, reason: str):
    request.status = "approved" if approve else "declined"
    request.reason, request.decided_by_id, request.decided_at = reason, actor.id, utcnow()
    if approve:  # declining a new request leaves an earlier verification as it is
        request.creator.verified = True
        notices.tell(request.creator, NoticeKind.VERIFIED, reason)
    _decide(actor, f"verification.{request.status}", f"creator:{request.creator_id}", reason)


def latest_verification(creator: CreatorProfile) -> VerificationRequest | None:
    return db.session.scalar(
        select(VerificationRequest)
        .where(VerificationRequest.creator_id == creator.id)
        .order_by(VerificationRequest.id.desc())
        .limit(1)
    )


# Featuring


@dataclass(frozen=True)
class FeatureDraft:
    creator: CreatorProfile
    work: Work | None
    blurb: str
    blurb_en: str
    starts_on: date
    ends_on: date | None
    position: int


def add_feature(actor: User, draft: FeatureDraft) -> Feature:
    """Feature a creator (and maybe one of their works) from one day to another; a work of
    someone else, or an end before the start, is a CurationError about that field."""
    if draft.work is not None and draft.work.creator_id != draft.creator.id:
        raise CurationError(_l("That work is not this creator's."), "work_id")
    if draft.ends_on is not None and draft.ends_on < draft.starts_on:
        raise CurationError(_l("The end comes before the start."), "ends_on")
    feature = Feature(
        creator=draft.creator,
        work=draft.work,
        blurb=draft.blurb,
        blurb_en=draft.blurb_en,
        starts_on=draft.starts_on,
        ends_on=draft.ends_on,
        position=draft.position,
    )
    db.session.add(feature)
    db.session.flush()
    notices.tell(draft.creator, NoticeKind.FEATURED, draft.blurb)
    details = f"{draft.starts_on.isoformat()}..{draft.ends_on.isoformat() if draft.ends_on else ''}"
    _decide(actor, "feature.add", f"creator:{draft.creator.id}", details=details)
    return feature


def remove_feature(actor: User, feature: Feature) -> None:
    target = f"creator:{feature.creator_id}"
    db.session.delete(feature)
    _decide(actor, "feature.remove", target)


def features_on(day: date) -> list[Feature]:
    """What the homepage shows on ``day``: current features of public creators, in order."""
    public = public_creators().with_only_columns(CreatorProfile.id).subquery()
    query = (
        select(Feature)
        .join(public, public.c.id == Feature.creator_id)
        .where(Feature.starts_on <= day, or_(Feature.ends_on.is_(None), Feature.ends_on >= day))
        .order_by(Feature.position, Feature.id)
    )
    return list(db.session.scalars(query))


def all_features() -> list[Feature]:
    query = select(Feature).order_by(Feature.starts_on.desc(), Feature.position)
    return list(db.session.scalars(query))


# Collections


def save_collection(actor: User, collection: Collection, **fields) -> Collection:
    """Create or change a collection; saving it unchanged records nothing."""
    new = collection.id is None
    for name, value in fields.items():
        setattr(collection, name, value)
    if not new and not db.session.is_modified(collection):
        return collection
    db.session.add(collection)
    db.session.flush()
    _decide(actor, "collection.create" if new else "collection.edit", f"collection:{collection.id}")
    return collection


def add_to_collection(actor: User, collection: Collection, creator: CreatorProfile) -> None:
    if any(item.creator_id == creator.id for item in collection.items):
        raise CurationError("already in the collection")
    collection.items.append(CollectionItem(creator=creator, position=len(collection.items)))
    _decide(actor, "collection.add", f"collection:{collection.id}", details=f"creator:{creator.id}")


def remove_from_collection(actor: User, collection: Collection, item: CollectionItem) -> None:
    collection.items.remove(item)
    _decide(
        actor,
        "collection.remove",
        f"collection:{collection.id}",
        details=f"creator:{item.creator_id}",
    )


def shown_cover(collection: Collection) -> Picture | None:
    """The cover, while its photo is still public (its creator shown, its work shown)."""
    picture = collection.cover
    if picture is None:
        return None
    owner = db.session.get(User, picture.owner_id)
    if owner is None or owner.creator is None or not creators.is_public(owner.creator):
        return None
    work = db.session.get(Work, picture.work_id) if picture.work_id else None
    return picture if work is None or work.shown else None


@dataclass(frozen=True)
class CoverChoice:
    """A photo a collection's cover may be, with whose it is: a work's photo (``work`` set),
    or a creator's own cover or profile photo (``purpose``)."""

    picture: Picture
    creator: CreatorProfile
    work: Work | None = None
    purpose: str = PicturePurpose.WORK.value


def cover_choices(collection: Collection) -> list[CoverChoice]:
    """Photos a collection's cover may be: its creators' covers, avatars and shown works', and
    the cover it has, even if its creator has left (so that saving keeps it)."""
    found = []
    for item in collection.items:
        creator = item.creator
        for picture, purpose in ((creator.cover, "cover"), (creator.avatar, "avatar")):
            if picture is not None:
                found.append(CoverChoice(picture, creator, purpose=purpose))
        for work in creator.works:
            if work.shown:
                found += [CoverChoice(picture, creator, work) for picture in work.pictures]
    current = collection.cover
    if current is not None and all(choice.picture.id != current.id for choice in found):
        work = db.session.get(Work, current.work_id) if current.work_id else None
        owner = db.session.get(User, current.owner_id)
        found.insert(0, CoverChoice(current, owner.creator, work, current.purpose))
    return found


def creators_to_choose(text: str, limit: int = 12) -> list[Card]:
    """Listed creators a search for ``text`` finds (by name first, as the public search
    ranks them), as cards, for a curator to pick; nothing until a word is typed."""
    if not search.terms(text):
        return []
    return discovery.browse(query_text=text).cards[:limit]


def collection_by_slug(slug: str) -> Collection | None:
    return db.session.scalar(select(Collection).where(Collection.slug == slug))


# Users (admins only)


def set_role(actor: User, user: User, role: str) -> None:
    if not actor.is_admin:
        raise CurationError("only admins change roles")
    if user.role == Role(role):
        return
    user.role = Role(role).value
    _decide(actor, "user.role", f"user:{user.id}", details=role)


def set_active(actor: User, user: User, active: bool, reason: str) -> None:
    if not actor.is_admin:
        raise CurationError("only admins deactivate accounts")
    if user.active == active:
        return
    user.active = active
    _decide(actor, "user.activate" if active else "user.deactivate", f"user:{user.id}", reason)


def find_users(text: str, limit: int = 50) -> list[User]:
    query = select(User).order_by(User.id.desc()).limit(limit).options(joinedload(User.creator))
    if text:
        query = query.where(User.email.contains(text.lower()))
    return list(db.session.scalars(query))


def find_creators(text: str, limit: int = 50) -> list[CreatorProfile]:
    query = (
        select(CreatorProfile)
        .order_by(CreatorProfile.id.desc())
        .limit(limit)
        .options(joinedload(CreatorProfile.avatar))
    )
    if text:
        pattern = f"%{text.lower()}%"
        query = query.where(
            or_(
                func.lower(CreatorProfile.display_name).like(pattern),
                CreatorProfile.handle.like(pattern),
            )
        )
    return list(db.session.scalars(query))


@dataclass(frozen=True)
class AuditLine:
    """An audit entry with the records it names, so a page can show names, not codes.

    ``kind`` is what the entry is about ("creator", "work", "report", "collection", "user")
    and ``target`` that record, None once it is deleted; ``creator`` is who a collection got
    or lost, ``starts_on``/``ends_on`` a feature's days, ``role`` the role given."""

    entry: AuditEntry
    kind: str
    target: object | None
    creator: CreatorProfile | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    role: str = ""


_AUDITED = {
    "creator": (CreatorProfile, (joinedload(CreatorProfile.user),)),
    "work": (Work, (joinedload(Work.creator),)),
    "report": (Report, (joinedload(Report.creator), joinedload(Report.work))),
    "collection": (Collection, (lazyload(Collection.items),)),
    "user": (User, (joinedload(User.creator),)),
}


def _reference(text: str) -> tuple[str, int | None]:
    """("creator", 12) for "creator:12"; (text, None) for anything else."""
    kind, _, number = text.partition(":")
    return (kind, int(number)) if kind in _AUDITED and number.isdigit() else (text, None)


def _period(details: str) -> tuple[date | None, date | None]:
    """A feature's "2027-01-01..2027-01-07" (or "2027-01-01.." when open-ended) as dates."""
    first, _, last = details.partition("..")
    try:
        return date.fromisoformat(first), date.fromisoformat(last) if last else None
    except ValueError:
        return None, None


def audit_log(limit: int = 200) -> list[AuditLine]:
    """The newest entries, each with the records it names (one statement per kind named)."""
    entries = list(
        db.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
    )
    wanted: dict[str, set[int]] = {}
    for entry in entries:
        for text in (entry.target, entry.details):
            kind, number = _reference(text)
            if number is not None:
                wanted.setdefault(kind, set()).add(number)
    found = {}
    for kind, numbers in wanted.items():
        model, options = _AUDITED[kind]
        rows = db.session.scalars(select(model).where(model.id.in_(numbers)).options(*options))
        found.update({(kind, row.id): row for row in rows})
    return [_line(entry, found) for entry in entries]


def _line(entry: AuditEntry, found: dict) -> AuditLine:
    kind, number = _reference(entry.target)
    extra = {}
    about_kind, about = _reference(entry.details)
    if about_kind == "creator" and about is not None:
        extra["creator"] = found.get(("creator", about))
    elif entry.action == "feature.add":
        extra["starts_on"], extra["ends_on"] = _period(entry.details)
    elif entry.action == "user.role":
        extra["role"] = entry.details
    return AuditLine(entry, kind, found.get((kind, number)), **extra)


@dataclass(frozen=True)
class Counts:
    by_category: list[tuple[Category, int]]
    by_region: list[tuple[str, int]]
    inquiries_by_week: list[tuple[date, int]]


def counts(weeks: int = 8) -> Counts:
    """Creators by category and region, and inquiries in each of the last weeks."""
    by_category = db.session.execute(
        select(Category, func.count(CreatorProfile.id))
        .outerjoin(CreatorProfile, CreatorProfile.category_id == Category.id)
        .group_by(Category.id)
        .order_by(Category.position)
    ).all()
    by_region = db.session.execute(
        select(Region.name, func.count(CreatorProfile.id))
        .outerjoin(CreatorProfile, CreatorProfile.region_id == Region.id)
        .group_by(Region.id)
        .order_by(Region.position)
    ).all()
    today = utcnow().date()
    monday = today - timedelta(days=today.weekday())
    starts = [monday - timedelta(weeks=number) for number in range(weeks - 1, -1, -1)]
    since = db.session.scalars(
        select(Inquiry.created_at).where(Inquiry.created_at >= utcnow() - timedelta(weeks=weeks))
    )
    tally = dict.fromkeys(starts, 0)
    for created in since:
        week = created.date() - timedelta(days=created.date().weekday())
        if week in tally:
            tally[week] += 1
    return Counts(
        [tuple(row) for row in by_category], [tuple(row) for row in by_region], list(tally.items())
    )
