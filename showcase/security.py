"""Response headers that keep pages safe: no third-party content, no framing, no sniffing.

Inline style attributes are allowed (images carry their placeholder colour); scripts are not.
"""

from flask import Flask

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data: https:; media-src 'self' https:; "
    "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)


def add_security_headers(response):
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
    headers.setdefault("X-Frame-Options", "DENY")
    # Pages depend on the language, chosen by cookie or Accept-Language.
    response.vary.update(("Accept-Language", "Cookie"))
    return response


def register(app: Flask) -> None:
    app.after_request(add_security_headers)
