"""About, Privacy and Terms: prose written once per language, in templates/pages/."""

from flask import render_template

from ..caching import public_page
from ..i18n import current_language
from . import bp


@bp.get("/about")
@public_page
def about():
    return _prose("about")


@bp.get("/privacy")
@public_page
def privacy():
    return _prose("privacy")


@bp.get("/terms")
@public_page
def terms():
    return _prose("terms")


def _prose(name: str) -> str:
    """The page in the reader's language, or in Indonesian when it has no other version."""
    return render_template([f"pages/{name}.{current_language()}.html", f"pages/{name}.id.html"])
