"""Inquiries: a buyer's message is stored with its two e-mails in one transaction (the
outbox), then sent; creators work through them in their inbox."""

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from .. import emails
from ..extensions import db
from ..models import (
    CreatorProfile,
    Inquiry,
    InquiryKind,
    InquiryStatus,
    Work,
    utcnow,
)
from . import outbox

KIND_LABELS = {
    InquiryKind.BOOKING.value: _l("Booking or performance"),
    InquiryKind.COMMISSION.value: _l("Commission or custom order"),
    InquiryKind.PURCHASE.value: _l("Purchase"),
    InquiryKind.COLLABORATION.value: _l("Collaboration"),
    InquiryKind.OTHER.value: _l("Something else"),
}
STATUS_LABELS = {
    InquiryStatus.NEW.value: _l("New"),
    InquiryStatus.REPLIED.value: _l("Replied"),
    InquiryStatus.AGREED.value: _l("Agreed"),
    InquiryStatus.DONE.value: _l("Done"),
    InquiryStatus.ARCHIVED.value: _l("Archived"),
    InquiryStatus.SPAM.value: _l("Spam"),
}
DUPLICATE_WINDOW = timedelta(days=7)
REMINDER_AFTER = timedelta(hours=48)


@dataclass(frozen=True)
class Submission:
    """What a buyer sent, already validated."""

    name: str
    email: str
    phone: str
    kind: str
    budget_min: int | None
    budget_max: int | None
    date_needed: date | None
    message: str
    language: str
    work: Work | None = None


def submit(creator: CreatorProfile, submission: Submission) -> tuple[Inquiry, bool]:
    """Store an inquiry and queue its e-mails (the caller sends them after this commits).

    Returns (inquiry, stored): the same message from the same buyer within a week is stored
    once, and the earlier inquiry is returned with stored=False.
    """
    fingerprint = _fingerprint(creator, submission.email, submission.message)
    earlier = db.session.scalar(
        select(Inquiry).where(
            Inquiry.fingerprint == fingerprint,
            Inquiry.created_at >= utcnow() - DUPLICATE_WINDOW,
        )
    )
    if earlier is not None:
        return earlier, False
    inquiry = Inquiry(
        creator=creator,
        work=submission.work,
        name=submission.name,
        email=submission.email,
        phone=submission.phone,
        kind=submission.kind,
        budget_min=submission.budget_min,
        budget_max=submission.budget_max,
        date_needed=submission.date_needed,
        message=submission.message,
        language=submission.language,
        fingerprint=fingerprint,
    )
    db.session.add(inquiry)
    db.session.flush()
    _queue_notifications(inquiry)
    db.session.commit()
    return inquiry, True


def queue_reminders(now: datetime | None = None) -> int:
    """Queue one reminder for each inquiry still new after 48 hours; returns how many."""
    now = now or utcnow()
    due = db.session.scalars(
        select(Inquiry).where(
            Inquiry.status == InquiryStatus.NEW.value,
            Inquiry.reminded_at.is_(None),
            Inquiry.created_at <= now - REMINDER_AFTER,
        )
    ).all()
    for inquiry in due:
        inquiry.reminded_at = now
        _queue(inquiry, "inquiry_reminder", emails.inquiry_reminder(inquiry), to_creator=True)
    db.session.commit()
    return len(due)


def inbox(creator: CreatorProfile, status: str | None = None) -> list[Inquiry]:
    query = select(Inquiry).where(Inquiry.creator_id == creator.id)
    if status:
        query = query.where(Inquiry.status == status)
    return list(db.session.scalars(query.order_by(Inquiry.created_at.desc(), Inquiry.id.desc())))


def status_counts(creator: CreatorProfile) -> dict[str, int]:
    rows = db.session.execute(
        select(Inquiry.status, func.count())
        .where(Inquiry.creator_id == creator.id)
        .group_by(Inquiry.status)
    )
    return dict(rows.all())


def unread_count(creator: CreatorProfile) -> int:
    return db.session.scalar(
        select(func.count())
        .select_from(Inquiry)
        .where(Inquiry.creator_id == creator.id, Inquiry.read_at.is_(None))
    )


def undelivered(inquiry: Inquiry) -> bool:
    """Whether the creator's notice of this inquiry has failed to go out (so far)."""
    return any(
        message.purpose == "inquiry_to_creator" and message.status != "sent" and message.attempts
        for message in inquiry.messages
    )


def get(inquiry_id: int) -> Inquiry | None:
    return db.session.get(Inquiry, inquiry_id)


def mark_read(inquiry: Inquiry) -> None:
    if inquiry.read_at is None:
        inquiry.read_at = utcnow()
        db.session.commit()


def mark_replied(inquiry: Inquiry) -> None:
    """The creator is answering the buyer (on WhatsApp, say): a new inquiry becomes replied
    and read. One already further along (agreed, done, archived, spam) keeps its status."""
    if inquiry.read_at is None:
        inquiry.read_at = utcnow()
    if inquiry.status == InquiryStatus.NEW.value:
        update(inquiry, status=InquiryStatus.REPLIED.value)
    else:
        db.session.commit()


def update(inquiry: Inquiry, *, status: str | None = None, note: str | None = None) -> None:
    if status is not None:
        inquiry.status = InquiryStatus(status).value
    if note is not None:
        inquiry.note = note
    db.session.commit()


def kind_label(kind: str) -> str:
    return str(KIND_LABELS.get(kind, kind))


def budget_text(inquiry: Inquiry) -> str:
    low, high = inquiry.budget_min, inquiry.budget_max
    if low is not None and high is not None and low != high:
        return f"{_rupiah(low)} – {_rupiah(high)}"
    return _rupiah(low if low is not None else high)


def _rupiah(amount: int | None) -> str:
    return "" if amount is None else "Rp " + f"{amount:,}".replace(",", ".")


def _queue_notifications(inquiry: Inquiry) -> None:
    _queue(inquiry, "inquiry_to_creator", emails.inquiry_to_creator(inquiry), to_creator=True)
    _queue(inquiry, "inquiry_to_buyer", emails.inquiry_to_buyer(inquiry))


def _queue(inquiry: Inquiry, purpose: str, email: emails.Email, to_creator=False) -> None:
    outbox.enqueue(
        purpose,
        inquiry.creator.user.email if to_creator else inquiry.email,
        email.subject,
        email.body,
        # The creator answers the buyer directly; the buyer never sees the creator's address.
        reply_to=inquiry.email if to_creator else "",
        inquiry=inquiry,
    )


def _fingerprint(creator: CreatorProfile, email: str, message: str) -> str:
    text = f"{creator.id}|{email.lower()}|{' '.join(message.split()).lower()}"
    return hashlib.sha256(text.encode()).hexdigest()
