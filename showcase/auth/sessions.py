"""Flask-Login's user loader: a session ends when its user's password changes."""

from ..extensions import db
from ..models import User


def load_user(value: str) -> User | None:
    user_id, _, fingerprint = value.partition(":")
    if not user_id.isdigit():
        return None
    user = db.session.get(User, int(user_id))
    if user is None or fingerprint != user.password_fingerprint:
        return None
    return user
