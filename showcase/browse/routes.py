"""Site-wide pages: the home page and the language switch."""

from flask import current_app, redirect, render_template, request, url_for

from ..i18n import LANGUAGE_COOKIE
from ..services import creators
from ..views import safe_next
from . import bp

ONE_YEAR = 60 * 60 * 24 * 365


@bp.get("/")
def home():
    return render_template("browse/home.html", creators=creators.newest_creators())


@bp.get("/lang/<code>")
def set_language(code):
    """Remember the reader's language in a cookie; a plain link, so it works without JS."""
    target = safe_next(request.args.get("next")) or url_for("browse.home")
    response = redirect(target)
    if code in current_app.config["LANGUAGES"]:
        response.set_cookie(LANGUAGE_COOKIE, code, max_age=ONE_YEAR, samesite="Lax")
    return response
