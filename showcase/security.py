"""Response headers that keep pages safe: no third-party content, no framing, no sniffing.

Inline style attributes are allowed (images carry their placeholder colour); scripts are not.
Media and direct uploads may use the storage bucket's origin.
"""

from urllib.parse import urlsplit

from flask import Flask, abort, request
from flask_login import current_user


def content_security_policy(config) -> str:
    storage = ""
    for setting in ("S3_ENDPOINT_URL", "S3_PUBLIC_BASE_URL"):
        parts = urlsplit(config.get(setting) or "")
        if parts.scheme and parts.netloc:
            storage += f" {parts.scheme}://{parts.netloc}"
    media = f"'self'{storage} https:"
    return (
        f"default-src 'self'; img-src {media} data:; media-src {media}; "
        f"connect-src 'self'{storage} https:; style-src 'self' 'unsafe-inline'; "
        "script-src 'self'; object-src 'none'; base-uri 'self'; "
        # Replying on WhatsApp is a form whose answer redirects to the chat.
        "form-action 'self' https://wa.me https://api.whatsapp.com; "
        "frame-ancestors 'none'"
    )


# Two years, subdomains included: what HSTS preload lists ask for.
HSTS = "max-age=63072000; includeSubDomains"


def register(app: Flask) -> None:
    policy = content_security_policy(app.config)
    production = app.config["SHOWCASE_ENV"] == "production"

    @app.before_request
    def refuse_nul_in_the_query():
        # No database stores U+0000 in text (PostgreSQL refuses it outright): a parameter
        # carrying one can only be an attack or noise. Forms refuse it field by field.
        if "\x00" in request.query_string.decode("utf-8", "replace") or any(
            "\x00" in name or "\x00" in value for name, value in request.args.items(multi=True)
        ):
            abort(400)

    @app.after_request
    def add_security_headers(response):
        headers = response.headers
        headers.setdefault("Content-Security-Policy", policy)
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        headers.setdefault("X-Frame-Options", "DENY")
        if production:
            headers.setdefault("Strict-Transport-Security", HSTS)
        if current_user.is_authenticated and "Cache-Control" not in headers:
            # A signed-in page (dashboard, inbox, settings): never kept by a browser or proxy.
            headers["Cache-Control"] = "no-store"
        # Pages depend on the language, chosen by cookie or Accept-Language.
        response.vary.update(("Accept-Language", "Cookie", "Save-Data"))
        return response
