"""The Mozilla HTTP Observatory's scoring rules for response headers and cookies (the rules
of its scoring document, for what a test client can see: no redirect or TLS checks).

Start at 100; each test adds its modifier; A+ is 100 or more."""

from http.cookies import SimpleCookie

PRIVATE_REFERRERS = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}
SIX_MONTHS = 15_768_000


def _directives(policy: str) -> dict[str, list[str]]:
    found = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            found.setdefault(words[0].lower(), [word.lower() for word in words[1:]])
    return found


def csp(headers) -> tuple[str, int]:
    policy = headers.get("Content-Security-Policy")
    if not policy:
        return "csp-not-implemented", -25
    directives = _directives(policy)
    scripts = directives.get("script-src", directives.get("default-src", ["*"]))
    unsafe = {"'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:", "data:"}
    if unsafe & set(scripts):
        return "csp-implemented-with-unsafe-inline", -20
    if "object-src" not in directives and "'none'" not in directives.get("default-src", []):
        return "csp-implemented-with-insecure-scheme-in-passive-content-only", -10
    if directives.get("default-src") == ["'none'"]:
        return "csp-implemented-with-no-unsafe-default-src-none", 10
    return "csp-implemented-with-no-unsafe", 0


def cookies(set_cookies: list[str]) -> tuple[str, int]:
    if not set_cookies:
        return "cookies-not-found", 0
    parsed = []
    for header in set_cookies:
        cookie = SimpleCookie()
        cookie.load(header)
        parsed += list(cookie.values())
    set_ones = [c for c in parsed if c.value or c["max-age"] != "0"]
    if any(not c["secure"] for c in set_ones):
        return "cookies-without-secure-flag", -20
    sessions = [c for c in set_ones if "session" in c.key or "remember" in c.key]
    if any(not c["httponly"] for c in sessions):
        return "cookies-session-without-httponly-flag", -30
    if all(c["samesite"] for c in set_ones):
        return "cookies-secure-with-httponly-sessions-and-samesite", 5
    return "cookies-secure-with-httponly-sessions", 0


def hsts(headers) -> tuple[str, int]:
    value = headers.get("Strict-Transport-Security")
    if not value:
        return "hsts-not-implemented", -20
    fields = dict(
        (part.strip().split("=", 1) + [""])[:2] for part in value.lower().split(";") if part.strip()
    )
    if int(fields.get("max-age") or 0) < SIX_MONTHS:
        return "hsts-implemented-max-age-less-than-six-months", -10
    return "hsts-implemented-max-age-at-least-six-months", 0


def referrer(headers) -> tuple[str, int]:
    value = (headers.get("Referrer-Policy") or "").split(",")[-1].strip().lower()
    if not value:
        return "referrer-policy-not-implemented", 0
    if value in PRIVATE_REFERRERS:
        return "referrer-policy-private", 5
    if value in {"unsafe-url", "no-referrer-when-downgrade"}:
        return "referrer-policy-unsafe", -5
    return "referrer-policy-no-referrer-when-downgrade", 0


def content_type_options(headers) -> tuple[str, int]:
    if (headers.get("X-Content-Type-Options") or "").lower() == "nosniff":
        return "x-content-type-options-nosniff", 0
    return "x-content-type-options-not-implemented", -5


def frame_options(headers) -> tuple[str, int]:
    ancestors = _directives(headers.get("Content-Security-Policy") or "").get("frame-ancestors")
    if ancestors in (["'none'"], ["'self'"]):
        return "x-frame-options-implemented-via-csp", 5
    if (headers.get("X-Frame-Options") or "").upper() in {"DENY", "SAMEORIGIN"}:
        return "x-frame-options-sameorigin-or-deny", 0
    return "x-frame-options-not-implemented", -20


def score(headers, set_cookies: list[str]) -> tuple[int, list[tuple[str, int]]]:
    results = [
        rule(headers) for rule in (csp, hsts, referrer, content_type_options, frame_options)
    ] + [cookies(set_cookies)]
    return 100 + sum(modifier for _, modifier in results), results
