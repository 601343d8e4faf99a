"""Small helpers every blueprint's views share."""

from functools import wraps
from urllib.parse import urlsplit

from flask import abort, current_app, g, render_template
from flask_limiter.util import get_remote_address
from flask_login import current_user, login_required
from werkzeug.exceptions import RequestEntityTooLarge

from .extensions import limiter
from .services import media


def form_page(template: str, form, status: int | None = None, **context):
    """Render a page with a form: 400 when a submitted form has errors, so bad input is a 4xx."""
    if status is None:
        status = 400 if form.is_submitted() and form.errors else 200
    return render_template(template, form=form, **context), status


def submitted(form_class, limit: int):
    """The form, or an UploadRefused when the body is over ``limit`` before it is read."""
    try:
        return form_class()
    except RequestEntityTooLarge as error:
        raise media.too_large(limit) from error


def safe_next(target: str | None) -> str | None:
    """A redirect target from the query string, only when it stays on this site."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or any(ord(char) < 32 for char in target):
        return None
    return target


# Uploads cost the server work (decoding, ffmpeg): one limit per account across them all.
upload_limit = limiter.shared_limit(
    lambda: current_app.config["UPLOAD_LIMIT_PER_ACCOUNT"],
    scope="uploads",
    key_func=lambda: f"account:{current_user.get_id() or get_remote_address()}",
    methods=["POST"],
)


def creator_required(view):
    """The logged-in user must have a creator profile (curators and admins have none)."""

    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if current_user.creator is None:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


def writes_on_get(view):
    """A GET view that writes: on SQLite its transaction takes the write lock up front, as a
    POST's does (see extensions._begin_sqlite)."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        g.writes = True
        return view(*args, **kwargs)

    return wrapped


def role_required(role: str):
    """The logged-in user must be a curator ("curator": curators and admins) or an admin."""

    def decorate(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            allowed = current_user.is_admin if role == "admin" else current_user.is_curator
            if not allowed:
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorate
