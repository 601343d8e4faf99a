"""Background work: the tasks of one Huey queue, and how they reach it.

The queue's storage comes from ``TASK_QUEUE_URL``: a SQLite file in instance/ by default (so
`make run` needs nothing else), Redis in production (any number of consumers on any number of
machines), ``memory://`` for the suite's shared app, whose tests run queued tasks themselves.

Each app keeps its own storage, so the code that enqueues always uses its app's queue; a
consumer (`flask tasks consume`) serves the app it was started with. Tasks are idempotent: a
task run twice, or after its work was done by the periodic sweep, changes nothing more.
"""

import logging
from functools import wraps
from pathlib import Path

from flask import Flask, current_app, has_app_context
from huey import Huey, crontab, signals
from huey.consumer import Consumer
from huey.storage import MemoryStorage, RedisStorage, SqliteStorage
from redis import ConnectionPool
from sqlalchemy import event
from sqlalchemy.orm import Session

from .config import ConfigError
from .extensions import db

log = logging.getLogger(__name__)
_AFTER_COMMIT = "etalase.after_commit"


class _AppQueue(Huey):
    """A Huey whose storage and app are those of the current app, or of the consumer's."""

    consumer_app: Flask | None = None

    def _app(self) -> Flask:
        if has_app_context():
            return current_app._get_current_object()
        if self.consumer_app is None:
            raise RuntimeError("no app: start the consumer with tasks.consumer(app)")
        return self.consumer_app

    @property
    def storage(self):
        return self._app().extensions["task_storage"]

    @storage.setter
    def storage(self, value):
        pass  # Huey sets one at construction; each app sets its own in init_app.


huey = _AppQueue("etalase", results=False, utc=True, storage_class=MemoryStorage)


def init_app(app: Flask) -> None:
    app.extensions["task_storage"] = _storage(app.config["TASK_QUEUE_URL"])


def _storage(url: str):
    if url.startswith(("redis://", "rediss://", "unix://")):
        # A Redis that does not answer fails a commit's enqueue in seconds, not never.
        pool = ConnectionPool.from_url(url, socket_connect_timeout=2, socket_timeout=10)
        return RedisStorage("etalase", connection_pool=pool)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        path.parent.mkdir(parents=True, exist_ok=True)
        return SqliteStorage("etalase", filename=str(path))
    if url == "memory://":
        return MemoryStorage("etalase")
    raise ConfigError(f"TASK_QUEUE_URL must be redis://, sqlite:/// or memory://, not {url!r}.")


def consumer(app: Flask, workers: int = 2, max_delay: float = 1.0) -> Consumer:
    """A consumer of ``app``'s queue. Its workers are threads: tasks mostly wait on SMTP,
    storage or ffmpeg (a process of its own). An idle worker polls SQLite at most every
    ``max_delay`` seconds; Redis wakes it at once."""
    huey.consumer_app = app
    return huey.create_consumer(workers=workers, worker_type="thread", max_delay=max_delay)


def _in_app(function):
    """Run ``function`` in its app's context, with a session of its own."""

    @wraps(function)
    def run(*args, **kwargs):
        with huey._app().app_context():
            try:
                return function(*args, **kwargs)
            finally:
                db.session.remove()

    return run


def task(**options):
    """A Huey task that runs in its app's context."""
    return lambda function: huey.task(name=function.__name__, **options)(_in_app(function))


def periodic_task(schedule):
    return lambda function: huey.periodic_task(schedule, name=function.__name__)(_in_app(function))


def after_commit(queued_task, *args) -> None:
    """Enqueue ``queued_task(*args)`` once the session's transaction commits (so the consumer
    sees the rows it needs), and not at all if it rolls back."""
    db.session.info.setdefault(_AFTER_COMMIT, []).append((queued_task, args))


@event.listens_for(Session, "after_commit")
def _enqueue_committed(session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint released: the rows are not committed until the outer commit
    for queued_task, args in session.info.pop(_AFTER_COMMIT, []):
        try:
            queued_task(*args)
        except Exception:  # noqa: BLE001 - the queue being down loses nothing: see sweep()
            log.warning("could not enqueue %s%r; the periodic sweep will", queued_task.name, args)


@event.listens_for(Session, "after_soft_rollback")
def _forget_rolled_back(session, previous_transaction) -> None:
    if previous_transaction.parent is None:
        session.info.pop(_AFTER_COMMIT, None)


@huey.signal(signals.SIGNAL_ERROR)
def _record_failure(signal, queued_task, error=None) -> None:
    """A task that has used all its retries is kept, with its error, for staff to see."""
    if queued_task.retries:
        return
    from .services import failures

    _in_app(failures.record)(queued_task.name, repr(queued_task.args), error)


# The tasks. Their work is in the services; these say when it runs and how it is retried.


@task(retries=3, retry_delay=30, retry_backoff=4)
def send_outbox_message(message_id: int) -> None:
    """Send one stored e-mail; a failed attempt stays in the outbox with its own backoff."""
    from .services import outbox

    outbox.send_due(ids=[message_id])


@task(retries=3, retry_delay=30, retry_backoff=4)
def send_password_reset(email: str, language: str) -> None:
    """Done here, not in the request, so the answer takes as long whether or not the address
    has an account."""
    from .services import accounts

    accounts.queue_reset_mail(email, language)


@task(retries=3, retry_delay=60, retry_backoff=4, context=True)
def process_media(original_id: int, task=None) -> None:
    """Make a recording or video play on phones (ffmpeg runs in a process of its own)."""
    from .services import media

    try:
        media.make_playable(original_id)
    except Exception:
        if not task.retries:
            db.session.rollback()
            media.give_up(original_id)
        raise


@periodic_task(crontab(minute="*"))
def every_minute() -> None:
    """Reminders for unanswered inquiries, mail whose retry is due (or whose enqueue was lost
    while the queue was down), and media waiting for a task that never came."""
    from .services import inquiries, media, outbox

    inquiries.queue_reminders()
    outbox.send_due()
    media.requeue_stuck()
