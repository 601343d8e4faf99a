"""Error pages in the reader's language; bad input is never a 500."""

from flask import Flask, jsonify, render_template, request
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from .extensions import db

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
    code = error.code or 500
    if code >= 500:
        db.session.rollback()  # the page itself must not reuse a failed transaction
    message = MESSAGES.get(code) or MESSAGES[400 if code < 500 else 500]
    if request.path.startswith("/api/"):
        return json_error(code, message)
    return render_template("errors/error.html", code=code, message=message), code


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
    return render_template("errors/error.html", code=400, message=message), 400


def register(app: Flask) -> None:
    app.register_error_handler(CSRFError, render_csrf_error)
    app.register_error_handler(HTTPException, render_error)
    app.register_error_handler(500, render_error)
