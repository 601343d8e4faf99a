"""The outbox: e-mails are stored in the transaction that causes them, then sent.

A message is claimed (one UPDATE that only one sender can win) before it is handed to SMTP,
so two senders never send it twice; a failure puts it back with a growing delay, and after
``MAX_ATTEMPTS`` it is marked failed (the inbox shows a warning). A claim older than
``STALE_CLAIM`` (a sender that died mid-send) is taken over; only then can a message go out
twice, with the same Message-ID.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update

from ..extensions import db
from ..mail import MailError, new_message_id, send_mail
from ..models import OutboxMessage, utcnow

MAX_ATTEMPTS = 12
FIRST_DELAY = timedelta(minutes=1)
LONGEST_DELAY = timedelta(hours=6)
STALE_CLAIM = timedelta(minutes=10)


@dataclass
class Report:
    sent: int = 0
    retrying: int = 0
    failed: int = 0


def enqueue(purpose: str, recipient: str, subject: str, body: str, **fields) -> OutboxMessage:
    """Add a message to the session; it goes out once the caller commits and sends."""
    message = OutboxMessage(
        purpose=purpose,
        recipient=recipient,
        subject=subject,
        body=body,
        message_id=new_message_id(),
        next_attempt_at=utcnow(),
        **fields,
    )
    db.session.add(message)
    return message


def send_due(now: datetime | None = None, ids: list[int] | None = None, limit: int = 200):
    """Send the messages that are due (or only those of ``ids``); returns a Report."""
    now = now or utcnow()
    query = (
        select(OutboxMessage.id)
        .where(_claimable(now), OutboxMessage.next_attempt_at <= now)
        .order_by(OutboxMessage.id)
        .limit(limit)
    )
    if ids is not None:
        query = query.where(OutboxMessage.id.in_(ids))
    report = Report()
    for message_id in list(db.session.scalars(query)):
        if _claim(message_id, now):
            _send(db.session.get(OutboxMessage, message_id), now, report)
    return report


def backoff(attempts: int) -> timedelta:
    return min(FIRST_DELAY * 2 ** (attempts - 1), LONGEST_DELAY)


def _claimable(now: datetime):
    return or_(
        OutboxMessage.status == "pending",
        (OutboxMessage.status == "sending") & (OutboxMessage.claimed_at < now - STALE_CLAIM),
    )


def _claim(message_id: int, now: datetime) -> bool:
    claimed = db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id, _claimable(now))
        .values(status="sending", claimed_at=now)
    )
    db.session.commit()
    return claimed.rowcount == 1


def _send(message: OutboxMessage, now: datetime, report: Report) -> None:
    db.session.refresh(message)
    try:
        send_mail(
            message.recipient,
            message.subject,
            message.body,
            reply_to=message.reply_to or None,
            message_id=message.message_id,
        )
    except MailError as error:
        message.attempts += 1
        message.last_error = str(error)[:300]
        if message.attempts >= MAX_ATTEMPTS:
            message.status = "failed"
            report.failed += 1
        else:
            message.status = "pending"
            message.next_attempt_at = now + backoff(message.attempts)
            report.retrying += 1
    else:
        message.status = "sent"
        message.sent_at = utcnow()
        report.sent += 1
    db.session.commit()
