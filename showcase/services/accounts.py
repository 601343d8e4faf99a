"""Accounts: sign-up, log-in checks, password rules and resets, e-mail changes, deletion."""

import ipaddress
from functools import cache

from email_validator import EmailNotValidError, validate_email
from flask import current_app
from flask_babel import lazy_gettext as _l
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from werkzeug.security import check_password_hash, generate_password_hash
from zxcvbn.frequency_lists import FREQUENCY_LISTS

from .. import emails
from ..extensions import db
from ..models import Category, CreatorProfile, Region, Role, User, utcnow
from . import media as media_service
from . import outbox
from .throttle import attempt_allowed, count_failure, forget_attempts, under_limit

PASSWORD_MIN = 10
PASSWORD_MAX = 128
COMMON_PASSWORD_COUNT = 3000
_RESET_SALT = "password-reset"
_DEVICE_SALT = "known-device"
DEVICE_MAX_AGE = 60 * 60 * 24 * 365


class AccountError(ValueError):
    """A rule of accounts was broken; ``field`` names the form field, ``message`` says why."""

    def __init__(self, field: str, message):
        super().__init__(str(message))
        self.field = field
        self.message = message


def normalise_email(raw: str) -> str:
    """An e-mail address checked for form and lower-cased, or AccountError."""
    try:
        return validate_email(raw, check_deliverability=False).normalized.lower()
    except EmailNotValidError as error:
        raise AccountError(
            "email", _l("This is not a valid e-mail address. Type one like nama@contoh.id.")
        ) from error


def hash_password(password: str) -> str:
    return generate_password_hash(password, method=current_app.config["PASSWORD_HASH_METHOD"])


@cache
def _dummy_hash(method: str) -> str:
    """Checked when no account matches, so a wrong e-mail costs as long as a wrong password."""
    return generate_password_hash("not-a-real-password", method=method)


@cache
def _common_passwords() -> frozenset[str]:
    return frozenset(FREQUENCY_LISTS["passwords"][:COMMON_PASSWORD_COUNT])


def password_problem(password: str):
    """Why a password may not be used, or None when it is fine."""
    if len(password) < PASSWORD_MIN:
        return _l("Use at least %(count)d characters.", count=PASSWORD_MIN)
    if len(password) > PASSWORD_MAX:
        return _l("Use at most %(count)d characters.", count=PASSWORD_MAX)
    if any(ord(char) < 32 or 127 <= ord(char) < 160 or char == "\ufffd" for char in password):
        return _l("This password contains characters that cannot be used. Please retype it.")
    if password.lower() in _common_passwords():
        return _l("This password is one of the most common ones. Choose another.")
    return None


def email_taken(email: str) -> bool:
    return db.session.scalar(select(User.id).where(User.email == email.lower())) is not None


def handle_taken(handle: str) -> bool:
    query = select(CreatorProfile.id).where(CreatorProfile.handle == handle.lower())
    return db.session.scalar(query) is not None


def register_creator(
    *,
    email: str,
    password: str,
    handle: str,
    display_name: str,
    category: Category,
    region: Region,
) -> User:
    """Create a creator account with its profile, or raise AccountError."""
    if email_taken(email):
        raise AccountError("email", _l("An account with this e-mail already exists."))
    if handle_taken(handle):
        raise AccountError("handle", _l("This page address is taken. Try another."))
    user = User(email=email.lower(), password_hash=hash_password(password))
    user.creator = CreatorProfile(
        handle=handle.lower(), display_name=display_name, category=category, region=region
    )
    db.session.add(user)
    _commit_unique("handle", _l("This page address or e-mail was just taken. Try another."))
    return user


def create_staff(email: str, password: str, role: Role) -> User:
    """Create a curator or admin account (no creator profile)."""
    if email_taken(email):
        raise AccountError("email", _l("An account with this e-mail already exists."))
    user = User(email=email.lower(), password_hash=hash_password(password), role=role)
    db.session.add(user)
    _commit_unique("email", _l("An account with this e-mail already exists."))
    return user


def user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == email.lower()))


class TooManyAttempts(Exception):
    """Too many password attempts for this account or from this address."""


def check_password_attempt(
    email: str, password: str, address: str, known_device: bool = False
) -> User | None:
    """authenticate(), limited so that nobody can lock an owner out: per account *and* client
    (10 in 15 minutes by default: a guesser elsewhere does not block her phone), per client
    more loosely (many phones share one carrier address), and per account from anywhere
    (50 an hour), which her own device, known from an earlier log-in, is spared. Raises
    TooManyAttempts."""
    account, client = email.strip().lower(), client_network(address)
    if not under_limit("login-address", client, "LOGIN_LIMIT_PER_IP"):
        raise TooManyAttempts
    if not attempt_allowed("login-account", f"{account}|{client}", "LOGIN_LIMIT_PER_ACCOUNT"):
        raise TooManyAttempts
    if not known_device and not attempt_allowed(
        "login-account-anywhere", account, "LOGIN_LIMIT_PER_ACCOUNT_ANYWHERE"
    ):
        raise TooManyAttempts
    user = authenticate(email, password)
    if user is None:
        count_failure("login-address", client, "LOGIN_LIMIT_PER_IP")
    else:
        forget_attempts("login-account", f"{account}|{client}", "LOGIN_LIMIT_PER_ACCOUNT")
    return user


def end_sessions(user: User) -> None:
    """End every session and remember cookie of ``user``, on every device."""
    user.session_generation += 1
    db.session.commit()


def client_network(address: str) -> str:
    """Who a limit counts: an IPv4 address, or an IPv6 client's /64 (one phone or home gets
    a whole /64, and may change address within it at will)."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 4:
        return str(parsed)
    if parsed.ipv4_mapped is not None:
        return str(parsed.ipv4_mapped)
    return str(ipaddress.ip_network(f"{parsed}/64", strict=False))


def device_token(user: User, secret_key: str) -> str:
    """What a browser keeps after logging in, so its owner is not limited with strangers."""
    return URLSafeTimedSerializer(secret_key, salt=_DEVICE_SALT).dumps(user.email)


def is_known_device(token: str, email: str, secret_key: str) -> bool:
    try:
        kept = URLSafeTimedSerializer(secret_key, salt=_DEVICE_SALT).loads(
            token, max_age=DEVICE_MAX_AGE
        )
    except BadSignature:
        return False
    return kept == email.strip().lower()


def authenticate(email: str, password: str) -> User | None:
    """The active user with these credentials, or None (no limits: see check_password_attempt)."""
    user = user_by_email(email)
    if user is None:
        check_password_hash(_dummy_hash(current_app.config["PASSWORD_HASH_METHOD"]), password)
        return None
    if not check_password_hash(user.password_hash, password) or not user.active:
        return None
    return user


def record_login(user: User) -> None:
    user.last_login_at = utcnow()
    db.session.commit()


def set_password(user: User, password: str) -> None:
    user.password_hash = hash_password(password)
    db.session.commit()


def change_email(user: User, email: str) -> None:
    if email.lower() != user.email and email_taken(email):
        raise AccountError("email", _l("An account with this e-mail already exists."))
    user.email = email.lower()
    _commit_unique("email", _l("An account with this e-mail already exists."))


def delete_account(user: User) -> None:
    """Delete the user; their profile, works and stored files go with them."""
    keys = media_service.keys_of_owner(user)
    db.session.delete(user)
    db.session.commit()
    media_service.delete_objects(keys)


def reset_token(user: User, secret_key: str) -> str:
    """A signed token for a reset link. It dies when the password changes (so it works once)
    and when the e-mail changes (so a link sent to an old address stops working)."""
    payload = {"user": user.id, "password": user.password_fingerprint, "email": user.email}
    return URLSafeTimedSerializer(secret_key, salt=_RESET_SALT).dumps(payload)


def queue_reset_mail(email: str, language: str) -> None:
    """Put a reset link for the active account with this address in the outbox; nothing for
    others. Run by a task, so the request answers the same, as quickly, either way."""
    user = user_by_email(email)
    if user is None or not user.active:
        return
    config = current_app.config
    token = reset_token(user, config["SECRET_KEY"])
    message = emails.password_reset(token, config["PASSWORD_RESET_MAX_AGE"] // 60, language)
    outbox.enqueue("password_reset", user.email, message.subject, message.body)
    db.session.commit()


def user_for_reset_token(token: str, secret_key: str, max_age: int) -> User | None:
    """The user a reset token was made for, or None when it is forged, expired or used."""
    try:
        payload = URLSafeTimedSerializer(secret_key, salt=_RESET_SALT).loads(token, max_age=max_age)
    except BadSignature:
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("user"), int):
        return None
    user = db.session.get(User, payload["user"])
    if (
        user is None
        or not user.active
        or user.password_fingerprint != payload.get("password")
        or user.email != payload.get("email")
    ):
        return None
    return user


def _commit_unique(field: str, message) -> None:
    try:
        db.session.commit()
    except IntegrityError as error:
        db.session.rollback()
        raise AccountError(field, message) from error
