"""Helpers for tests that read pages: card names, and the SQL statements a request runs."""

import re

from sqlalchemy import event

from showcase.extensions import db


def names(page: str) -> list[str]:
    """The creator names on a page of cards, in order."""
    return [name.strip() for name in re.findall(r'<span class="name">([^<]+)', page)]


def statements(app, client, path: str, status: int = 200) -> int:
    """How many SQL statements one GET of ``path`` runs (the test's SAVEPOINTs not counted)."""
    count = 0

    def counter(_connection, _cursor, statement, *_args):
        nonlocal count
        if "SAVEPOINT" not in statement:
            count += 1

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", counter)
    try:
        assert client.get(path).status_code == status
    finally:
        event.remove(engine, "before_cursor_execute", counter)
    return count
