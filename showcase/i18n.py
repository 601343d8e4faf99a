"""Language choice: a cookie set by the footer switch, then Accept-Language, then Indonesian."""

from flask import current_app, has_request_context, request
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

LANGUAGE_COOKIE = "lang"
LIGHT_COOKIE = "lite"  # the footer's light mode, which saves data
LOGIN_MESSAGE = _l("Please log in to open that page.")


def select_locale() -> str:
    languages = current_app.config["LANGUAGES"]
    if not has_request_context():
        return languages[0]
    chosen = request.cookies.get(LANGUAGE_COOKIE)
    if chosen in languages:
        return chosen
    return request.accept_languages.best_match(languages) or languages[0]


def current_language() -> str:
    return str(get_locale() or current_app.config["BABEL_DEFAULT_LOCALE"])


def localized(record, field: str) -> str:
    """A record's text in the reader's language: the English version when there is one."""
    if current_language() == "en":
        english = getattr(record, f"{field}_en", "")
        if english:
            return english
    return getattr(record, field)


def data_saver() -> bool:
    """Light pages: asked for by the browser (Save-Data) or by the footer switch."""
    return (
        request.headers.get("Save-Data", "").lower() == "on"
        or request.cookies.get(LIGHT_COOKIE) == "on"
    )
