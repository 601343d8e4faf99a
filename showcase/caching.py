"""Public pages on repeat: conditional GET, and rendered pages cached by the data version.

The data version (one row, ``SiteState``) is replaced in the same transaction as every write
that changes what a public page shows, so it changes exactly when the data does, in every
worker. Each request reads it once: a page's ETag and cache key are made from it, the URL and
the reader's choices (language, light mode), so a cached page is never served stale, whether
the cache lives in this process (the default) or in Redis (``CACHE_REDIS_URL``).

Only anonymous readers get cached pages: a logged-in reader's pages name them, and a page that
carries a CSRF token or a flashed message belongs to one session.
"""

import hashlib
import secrets
import time
from contextlib import closing, nullcontext
from datetime import UTC, datetime
from functools import wraps

from flask import Response, current_app, g, request, session
from flask_caching import Cache
from flask_login import current_user
from flask_wtf.csrf import generate_csrf
from markupsafe import Markup
from sqlalchemy import Engine, event, inspect, update
from sqlalchemy.orm import Session

from .extensions import db
from .i18n import current_language, data_saver
from .models import (
    Category,
    Collection,
    CollectionItem,
    CreatorProfile,
    Feature,
    MediaAsset,
    Picture,
    Region,
    SiteState,
    User,
    Work,
    utcnow,
)
from .services import clock

cache = Cache()

# Values that differ per reader (a CSRF token, when a form was handed out) are left as slots
# in cached pages and filled in as each response goes out.
_SLOTS: dict[str, object] = {"csrf": generate_csrf}


def personal_slot(name: str, fill) -> None:
    """Register a slot: ``slot(name)`` in a template, ``fill()`` called per response."""
    _SLOTS[name] = fill


def slot(name: str) -> Markup:
    """The template side: a marker no escaped text can contain (its < would be &lt;)."""
    return Markup("<slot:{}>").format(name)


def _fill_slots(response: Response) -> Response:
    if response.direct_passthrough or response.mimetype != "text/html":
        return response
    body = response.get_data()
    if b"<slot:" in body:
        for name, fill in _SLOTS.items():
            marker = f"<slot:{name}>".encode()
            if marker in body:
                body = body.replace(marker, str(fill()).encode())
        response.set_data(body)
    return response


# What the public pages show; a write to any of these makes a new data version.
PUBLIC_MODELS = (
    CreatorProfile,
    Work,
    Picture,
    MediaAsset,
    Category,
    Region,
    Feature,
    Collection,
    CollectionItem,
)


def data_state() -> tuple[str, datetime]:
    """(data version, when it changed), read once per request."""
    if "data_state" not in g:
        g.data_state = _read_data_state(db.session())
    return g.data_state


def _read_data_state(session: Session) -> tuple[str, datetime]:
    """Straight through the database driver: this runs on every public request, a cached page
    needs nothing else from the database, and SQLAlchemy's work around a query costs ten times
    the query here.

    Once the session has read something, the version is read in its transaction: SQLite shows
    a transaction the data as it was at its first read, and a page must never be older than
    the version it is cached under. Before that (the usual case), a connection of the pool's
    is used and handed back, which ends the driver's transaction. Tests bind the session to a
    connection they hold open."""
    bind = session.connection() if session.in_transaction() else session.get_bind()
    owned = isinstance(bind, Engine)
    with closing(bind.raw_connection()) if owned else nullcontext(bind.connection) as raw:
        cursor = raw.cursor()
        cursor.execute("SELECT data_version, changed_at FROM site_state")
        version, changed_at = cursor.fetchone()
        cursor.close()
    column_type = SiteState.__table__.c.changed_at.type.dialect_impl(bind.dialect)
    as_datetime = column_type.result_processor(bind.dialect, None)
    return version, as_datetime(changed_at) if as_datetime else changed_at


def public_page(view=None, *, reads: tuple[str, ...] = ()):
    """Serve a public GET view with an ETag and Last-Modified, answering 304 when the reader
    has it already, and from the page cache when another reader asked for it first.

    ``reads`` names the query parameters the view reads: they, the endpoint and its arguments
    make the cache key; a request with any other parameter is rendered but not cached, so
    junk URLs cannot fill the cache or push real pages out of it."""
    if view is None:
        return lambda view: public_page(view, reads=reads)

    @wraps(view)
    def wrapper(*args, **kwargs):
        if not _cacheable(reads):
            return _fill_slots(current_app.make_response(view(*args, **kwargs)))
        version, changed_at = data_state()
        key = _page_key(version, reads)
        etag = _etag(key)
        changed_at = max(changed_at, _slot_start())
        if _unchanged_for_reader(etag):
            return _validated(Response(status=304), etag, changed_at)
        cached = _page_from(cache_get(key))
        if cached is not None:
            body, mimetype = cached
            response = _fill_slots(Response(body, mimetype=mimetype))
            return _validated(response, _etag(key), changed_at)  # the slots may start a session
        response = current_app.make_response(view(*args, **kwargs))
        if response.status_code != 200 or response.direct_passthrough:
            return _fill_slots(response)
        if "csrf_token" not in g and not session.get("_flashes"):
            cache_set(key, _page_bytes(response.get_data(), response.mimetype))
        response = _fill_slots(response)
        return _validated(response, _etag(key), changed_at)

    return wrapper


def _cacheable(reads: tuple[str, ...]) -> bool:
    """Anonymous GETs with no parameter the view does not read, unless a flashed message
    waits to be shown to this reader."""
    return (
        request.method in ("GET", "HEAD")
        and set(request.args) <= set(reads)
        and not current_user.is_authenticated
        and not session.get("_flashes")
    )


def _unchanged_for_reader(etag: str) -> bool:
    """If-None-Match decides, never "*" (which any page would match). A date alone
    (If-Modified-Since) is not trusted: at one-second resolution it would hide a change made
    in the same second as the reader's copy, and it cannot tell languages or light mode apart."""
    asked = request.if_none_match
    return not asked.star_tag and asked.contains_weak(etag)


def _slot_start() -> datetime:
    seconds = slot_seconds(current_app.config)
    return datetime.fromtimestamp(time.time() // seconds * seconds, tz=UTC)


def slot_seconds(config) -> int:
    """How long a rendered page may be reused: within the life of the S3 links in it."""
    return max(60, min(config["CACHE_DEFAULT_TIMEOUT"] or 300, config["S3_URL_EXPIRY"] // 2))


def _page_key(version: str, reads: tuple[str, ...]) -> str:
    """The page as every anonymous reader with the same choices gets it: the endpoint, its
    arguments and the parameters it reads, on the site's own host (SERVER_NAME, never the
    Host a request claims). The time slot renews pages now and then, as the S3 links in them
    expire."""
    slot = int(time.time() // slot_seconds(current_app.config))
    day = clock.today()  # features start and end at midnight, with no write to announce them
    host = current_app.config["SERVER_NAME"] or request.host
    page = (
        request.endpoint,
        sorted((request.view_args or {}).items()),
        [(name, request.args.getlist(name)) for name in reads],
    )
    reader = f"{version}|{slot}|{day}|{host}|{page}|{current_language()}|{int(data_saver())}"
    return "page:" + hashlib.sha256(reader.encode()).hexdigest()[:32]


def _etag(key: str) -> str:
    """The page for this reader: their session's CSRF secret is part of it, so a browser's
    copy with a form token of an ended session is not revalidated."""
    mine = f"{key}|{session.get('csrf_token', '')}"
    return hashlib.sha256(mine.encode()).hexdigest()[:32]


class BytesOnly:
    """What the cache stores: bytes as they are, never a pickle, so that whoever can write to
    the cache's Redis cannot make an app process run code. Callers encode (JSON, a page)."""

    def dumps(self, value: bytes) -> bytes:
        if not isinstance(value, bytes):
            raise TypeError(f"the cache keeps bytes, not {type(value).__name__}")
        return value

    def loads(self, value: bytes | None) -> bytes | None:
        return value if isinstance(value, bytes) else None


def init_cache(app) -> None:
    cache.init_app(app)
    with app.app_context():
        backend = cache.cache
        if hasattr(backend, "serializer"):
            backend.serializer = BytesOnly()


def cache_get(key: str) -> bytes | None:
    """The cache is a help, never a need: when it is down, pages are rendered."""
    try:
        return cache.get(key)
    except Exception:  # noqa: BLE001 - any cache failure
        current_app.logger.warning("page cache unavailable", exc_info=True)
        return None


def cache_set(key: str, value: bytes) -> None:
    try:
        cache.set(key, value, timeout=slot_seconds(current_app.config))
    except Exception:  # noqa: BLE001 - any cache failure
        current_app.logger.warning("page cache unavailable", exc_info=True)


def _page_bytes(body: bytes, mimetype: str) -> bytes:
    return mimetype.encode() + b"\n" + body


def _page_from(stored: bytes | None) -> tuple[bytes, str] | None:
    if not stored or b"\n" not in stored:
        return None
    mimetype, _, body = stored.partition(b"\n")
    return body, mimetype.decode("ascii", "replace")


def _validated(response: Response, etag: str, changed_at: datetime) -> Response:
    response.set_etag(etag, weak=True)  # weak: the slots differ from one response to the next
    response.last_modified = changed_at
    # Browsers keep the page but ask each time: a creator's change shows on the next request.
    response.cache_control.no_cache = True
    return response


def _changes_public_pages(session: Session) -> bool:
    # A record is dirty as soon as an attribute is set, even to the value it had.
    dirty = [record for record in session.dirty if session.is_modified(record)]
    for record in (*session.new, *dirty, *session.deleted):
        if isinstance(record, PUBLIC_MODELS):
            return True
        if isinstance(record, User) and (
            record in session.deleted or inspect(record).attrs.active.history.has_changes()
        ):
            return True
    return False


def bump_data_version(connection) -> None:
    """A new data version, in the caller's transaction (bulk writes that bypass the ORM)."""
    connection.execute(
        update(SiteState).values(data_version=secrets.token_hex(8), changed_at=utcnow())
    )


@event.listens_for(Session, "after_flush")
def _note_public_change(session, _context):
    if _changes_public_pages(session):
        session.info["bump_data_version"] = True


@event.listens_for(Session, "do_orm_execute")
def _note_bulk_change(state):
    """UPDATE and DELETE statements run through the ORM bypass the flush: note them too.
    (Search is not reindexed by them: bulk writes to creators or works call search.reindex.)"""
    if (state.is_update or state.is_delete) and any(
        mapper.class_ in PUBLIC_MODELS for mapper in state.all_mappers
    ):
        bump_data_version(state.session.connection())


@event.listens_for(Session, "after_flush_postexec")
def _bump_after_public_change(session, _context):
    if session.info.pop("bump_data_version", False):
        bump_data_version(session.connection())
