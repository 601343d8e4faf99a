"""Attempt limits that must hold under parallel requests and across worker processes.

A per-account attempt is counted *before* it is checked (an atomic hit in the limiter's
storage: memory in development, Redis in production), so forty parallel guesses cannot all
slip in under a limit of ten; a success forgets the count. Per-address limits count failures
only, since a carrier address is shared by many honest users.
"""

from flask import current_app
from limits import parse

from ..extensions import limiter


def attempt_allowed(scope: str, key: str, setting: str) -> bool:
    """Count one attempt for ``key``; False when it goes over the limit named by ``setting``."""
    return limiter.limiter.hit(parse(current_app.config[setting]), scope, key)


def under_limit(scope: str, key: str, setting: str) -> bool:
    """Whether ``key`` is still under its limit, without counting anything."""
    return limiter.limiter.test(parse(current_app.config[setting]), scope, key)


def count_failure(scope: str, key: str, setting: str) -> None:
    limiter.limiter.hit(parse(current_app.config[setting]), scope, key)


def forget_attempts(scope: str, key: str, setting: str) -> None:
    limiter.limiter.clear(parse(current_app.config[setting]), scope, key)
