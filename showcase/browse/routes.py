"""Site-wide pages: the home page and the language switch."""

from flask import Response, abort, current_app, redirect, render_template, request, url_for

from ..caching import public_page
from ..i18n import LANGUAGE_COOKIE, LIGHT_COOKIE
from ..services import clock, discovery
from ..services.catalog import category_by_slug, category_choices
from ..views import form_page, safe_next
from . import bp
from .forms import BrowseForm

ONE_YEAR = 60 * 60 * 24 * 365


@bp.get("/")
@public_page
def home():
    return render_template("browse/home.html", home=discovery.home(clock.today()))


@bp.get("/browse")
@bp.get("/browse/<category>")
@public_page(reads=BrowseForm.PARAMETERS)
def browse(category=None):
    form = BrowseForm(request.args, category=category or "")
    if category is not None:
        if category_by_slug(category) is None:
            abort(404)
        form.category.data = category
    if not form.validate():
        return form_page("browse/browse.html", form, status=400, results=None)
    results = discovery.browse(**form.filters())
    suggestions = discovery.suggestions(form.q.data) if not results.total else []
    return render_template(
        "browse/browse.html", form=form, results=results, suggestions=suggestions
    )


@bp.get("/sitemap.xml")
@public_page
def sitemap():
    page = render_template(
        "browse/sitemap.xml",
        creators=discovery.sitemap_entries(),
        works=discovery.sitemap_works(),
        categories=category_choices(),
    )
    return Response(page, mimetype="application/xml")


@bp.get("/robots.txt")
def robots():
    lines = [
        "User-agent: *",
        "Disallow: /dashboard",
        "Disallow: /settings",
        "Disallow: /lang/",
        f"Sitemap: {url_for('browse.sitemap', _external=True)}",
    ]
    return Response("\n".join(lines) + "\n", mimetype="text/plain")


@bp.get("/light/<state>")
def set_light_mode(state):
    """Turn light mode on or off (a cookie); a plain link, so it works without JS."""
    target = safe_next(request.args.get("next")) or url_for("browse.home")
    response = redirect(target)
    if state == "on":
        _remember(response, LIGHT_COOKIE, "on")
    else:
        response.delete_cookie(LIGHT_COOKIE)
    return response


@bp.get("/lang/<code>")
def set_language(code):
    """Remember the reader's language in a cookie; a plain link, so it works without JS."""
    target = safe_next(request.args.get("next")) or url_for("browse.home")
    response = redirect(target)
    if code in current_app.config["LANGUAGES"]:
        _remember(response, LANGUAGE_COOKIE, code)
    return response


def _remember(response, name: str, value: str) -> None:
    """A preference cookie, Secure in production like the session's."""
    response.set_cookie(
        name,
        value,
        max_age=ONE_YEAR,
        samesite="Lax",
        secure=current_app.config["SESSION_COOKIE_SECURE"],
        httponly=True,
    )
