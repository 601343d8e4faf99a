"""Error pages in the reader's language, each with a way on; bad input is never a 500."""

import math
import time
from datetime import datetime

from flask import Flask, current_app, jsonify, render_template, request
from flask.globals import request_ctx
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from .extensions import db, limiter

TITLES = {
    400: _l("That did not work"),
    403: _l("No access"),
    404: _l("Page not found"),
    405: _l("That did not work"),
    413: _l("Too large"),
    429: _l("Please slow down"),
    500: _l("We are sorry"),
}

MESSAGES = {
    400: _l("The request could not be understood. Please go back and try again."),
    403: _l("You do not have access to this page."),
    404: _l("This page does not exist, or is no longer here."),
    405: _l("This page cannot be used that way."),
    413: _l("What you sent is too large."),
    429: _l("Too many attempts. Please wait a little and try again."),
    500: _l("Something went wrong on our side. Please try again in a moment."),
}


def render_error(error: HTTPException):
    if error.response is not None:
        return error.response  # a view made its own (e.g. a form kept after a rate limit)
    if request_ctx.url_adapter is None:
        return error  # a Host not trusted: no page of ours can be built for it, plain 400
    code = error.code or 500
    if code >= 500:
        db.session.rollback()  # the page itself must not reuse a failed transaction
    known = code if code in MESSAGES else (400 if code < 500 else 500)
    message = MESSAGES[known]
    wait = retry_after(error) if code == 429 else None
    if request.path.startswith("/api/"):
        response = current_app.make_response(json_error(code, message))
    else:
        page = _page(code, TITLES[known], message, wait=_wait_text(wait) if wait else None)
        response = current_app.make_response((page, code))
    # What the exception tells the client (Allow on a 405, Retry-After), without its body type.
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    if wait:
        response.headers["Retry-After"] = str(wait)
    return response


def _page(code: int, title, message, **context) -> str:
    """The error page; when even that fails (a database that is down fails the header, which
    names the logged-in user), a plain one that needs nothing but the message catalog."""
    context.update(code=code, title=title, message=message)
    try:
        return render_template("errors/error.html", **context)
    except Exception:  # noqa: BLE001 - the reader must get an answer whatever broke
        current_app.logger.exception("error page %s could not be rendered", code)
        return render_template("errors/plain.html", **context)


def retry_after(error: HTTPException) -> int | None:
    """Seconds until a refused request may be made again: the exception's own Retry-After,
    else the reset time of the rate limit this request broke; None when nobody knows."""
    given = getattr(error, "retry_after", None)  # werkzeug's TooManyRequests(retry_after=...)
    if isinstance(given, datetime):
        given = math.ceil(given.timestamp() - time.time())
    if isinstance(given, int) and given > 0:
        return given
    broken = limiter.current_limit
    if broken is None or not broken.breached:
        return None
    try:
        return max(1, math.ceil(broken.reset_at - time.time()))
    except Exception:  # noqa: BLE001 - a limiter store that is down: say nothing about when
        current_app.logger.warning("rate limit reset time unavailable", exc_info=True)
        return None


def _wait_text(seconds: int) -> str:
    minutes = max(1, round(seconds / 60))
    if minutes <= 90:
        return ngettext(
            "You can try again in %(num)d minute.", "You can try again in %(num)d minutes.", minutes
        )
    hours = round(minutes / 60)
    return ngettext(
        "You can try again in about %(num)d hour.",
        "You can try again in about %(num)d hours.",
        hours,
    )


def json_error(status: int, message: str, fields: dict | None = None):
    """The API's error body: {"error": {"status", "message", "fields"?}}."""
    error = {"status": status, "message": str(message)}
    if fields:
        error["fields"] = {name: [str(text) for text in texts] for name, texts in fields.items()}
    response = jsonify(error=error)
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response, status


def render_csrf_error(error: CSRFError):
    message = _l("This form had expired. Go back, reload the page and send it again.")
    return _page(400, TITLES[400], message), 400


def register(app: Flask) -> None:
    app.register_error_handler(CSRFError, render_csrf_error)
    app.register_error_handler(HTTPException, render_error)
    app.register_error_handler(500, render_error)
