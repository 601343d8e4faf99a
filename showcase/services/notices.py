"""Telling creators what curators decided about their page: a notice on the dashboard and an
e-mail through the outbox, stored in the decision's own transaction."""

from sqlalchemy import select

from .. import emails
from ..extensions import db
from ..models import CreatorProfile, Notice, NoticeKind, utcnow
from . import outbox


def tell(creator: CreatorProfile, kind: NoticeKind, reason: str = "", subject: str = "") -> None:
    """Add the notice and its e-mail to the session; the caller's commit keeps both."""
    notice = Notice(creator=creator, kind=kind.value, reason=reason, subject=subject)
    db.session.add(notice)
    email = emails.notice(notice)
    outbox.enqueue(f"notice_{kind.value}", creator.user.email, email.subject, email.body)


def current(creator: CreatorProfile) -> list[Notice]:
    """The notices the creator has not dismissed, the newest first."""
    query = select(Notice).where(Notice.creator_id == creator.id, Notice.dismissed_at.is_(None))
    return list(db.session.scalars(query.order_by(Notice.id.desc())))


def owned_notice(creator: CreatorProfile, notice_id: int) -> Notice | None:
    notice = db.session.get(Notice, notice_id)
    return notice if notice is not None and notice.creator_id == creator.id else None


def dismiss(notice: Notice) -> None:
    if notice.dismissed_at is None:
        notice.dismissed_at = utcnow()
        db.session.commit()
