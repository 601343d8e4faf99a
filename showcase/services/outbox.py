"""The outbox: e-mails are stored in the transaction that causes them, then sent by the task
queue (a task per message once the transaction commits, and a periodic one for what is due).

A message is claimed (one UPDATE that only one sender can win) before it is handed to SMTP,
so two senders never send it twice; a failure puts it back with a growing delay, and after
``MAX_ATTEMPTS`` it is marked failed (the inbox shows a warning). A claim older than
``STALE_CLAIM`` (a sender that died mid-send) is taken over; only then can a message go out
twice, with the same Message-ID.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import case, or_, select, update

from ..extensions import db
from ..mail import MailError, new_message_id, send_mail
from ..models import OutboxMessage, utcnow

MAX_ATTEMPTS = 12
FIRST_DELAY = timedelta(minutes=1)
LONGEST_DELAY = timedelta(hours=6)
STALE_CLAIM = timedelta(minutes=10)
# Their bodies hold a secret (a reset link): deleted once sent.
SECRET_PURPOSES = {"password_reset"}


@dataclass
class Report:
    sent: int = 0
    retrying: int = 0
    failed: int = 0


def enqueue(purpose: str, recipient: str, subject: str, body: str, **fields) -> OutboxMessage:
    """Add a message to the session; once the caller commits, a task sends it."""
    from .. import tasks

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
    db.session.flush()
    tasks.after_commit(tasks.send_outbox_message, message.id)
    return message


def send_due(now: datetime | None = None, ids: list[int] | None = None, limit: int = 200):
    """Send the messages that are due (or only those of ``ids``); returns a Report."""
    query = (
        select(OutboxMessage.id)
        .where(_claimable(now or utcnow()), OutboxMessage.next_attempt_at <= (now or utcnow()))
        .order_by(OutboxMessage.id)
        .limit(limit)
    )
    if ids is not None:
        query = query.where(OutboxMessage.id.in_(ids))
    report = Report()
    for message_id in list(db.session.scalars(query)):
        claim = _claim(message_id)
        if claim is not None:
            _send(message_id, claim, report, now)
    return report


def backoff(attempts: int) -> timedelta:
    return min(FIRST_DELAY * 2 ** (attempts - 1), LONGEST_DELAY)


def _claimable(now: datetime):
    return or_(
        OutboxMessage.status == "pending",
        (OutboxMessage.status == "sending") & (OutboxMessage.claimed_at < now - STALE_CLAIM),
    )


def _claim(message_id: int) -> datetime | None:
    """Take a message for this sender, stamped with the time it is taken (not when the batch
    began, or a long batch's later claims would look stale at once); None if another has it.
    A claim taken over from a sender that died counts as an attempt, so a message that kills
    its sender ends as failed instead of looping."""
    now = utcnow()
    claimed = db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id, _claimable(now))
        .values(
            status="sending",
            claimed_at=now,
            attempts=case(
                (OutboxMessage.status == "sending", OutboxMessage.attempts + 1),
                else_=OutboxMessage.attempts,
            ),
        )
    )
    db.session.commit()
    return now if claimed.rowcount == 1 else None


def _send(message_id: int, claim: datetime, report: Report, now: datetime | None) -> None:
    message = db.session.get(OutboxMessage, message_id)
    db.session.refresh(message)
    envelope = (
        message.recipient,
        message.subject,
        message.body,
        message.reply_to,
        message.message_id,
    )
    attempts, purpose = message.attempts, message.purpose
    # No transaction stays open while SMTP talks: on SQLite it would hold the write lock. So
    # nothing of ``message`` is read after this commit (that would begin a new one).
    db.session.commit()
    recipient, subject, body, reply_to, message_id_header = envelope
    try:
        send_mail(recipient, subject, body, reply_to=reply_to or None, message_id=message_id_header)
    except Exception as error:  # noqa: BLE001 - any failure is one failed attempt
        attempts += 1
        failed = attempts >= MAX_ATTEMPTS
        outcome = {
            "status": "failed" if failed else "pending",
            "attempts": attempts,
            "last_error": f"{type(error).__name__}: {error}"[:300],
            "next_attempt_at": (now or utcnow()) + backoff(attempts),
        }
        if not isinstance(error, MailError):
            current_app.logger.exception("outbox message %s could not be sent", message_id)
    else:
        failed = False
        outcome = {"status": "sent", "sent_at": utcnow()}
        if purpose in SECRET_PURPOSES:
            outcome["body"] = ""
    # Only the sender that still holds the claim records the outcome.
    recorded = db.session.execute(
        update(OutboxMessage)
        .where(
            OutboxMessage.id == message_id,
            OutboxMessage.status == "sending",
            OutboxMessage.claimed_at == claim,
        )
        .values(**outcome)
    )
    db.session.commit()
    if recorded.rowcount == 1:
        if outcome["status"] == "sent":
            report.sent += 1
        elif failed:
            report.failed += 1
        else:
            report.retrying += 1
