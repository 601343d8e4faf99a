"""Flask-Login's user loader: a session ends when its user's password changes or when they
log out (anywhere)."""

from ..extensions import db
from ..models import User


def load_user(value: str) -> User | None:
    user_id, _, rest = value.partition(":")
    fingerprint, _, generation = rest.partition(":")
    if not user_id.isdigit():
        return None
    user = db.session.get(User, int(user_id))
    if user is None or (fingerprint, generation) != (
        user.password_fingerprint,
        str(user.session_generation),
    ):
        return None
    return user
