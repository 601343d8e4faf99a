"""Helpers for tests that read pages: card names, and the SQL statements a request runs."""

import re

from sqlalchemy import event

from showcase import caching
from showcase.extensions import db


def names(page: str) -> list[str]:
    """The creator names on a page of cards, in order."""
    return [
        name.replace("&nbsp;", "").strip()
        for name in re.findall(r'<span class="name">([^<]+)', page)
    ]


def statements(app, client, path: str, status: int = 200) -> int:
    """How many SQL statements one GET of ``path`` runs (the test's SAVEPOINTs not counted),
    the data version's, which goes to the driver past SQLAlchemy's events, included."""
    count = 0

    def counter(_connection, _cursor, statement, *_args):
        nonlocal count
        if "SAVEPOINT" not in statement:
            count += 1

    def counted_read(bind):
        nonlocal count
        count += 1
        return read_data_state(bind)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", counter)
    read_data_state, caching._read_data_state = caching._read_data_state, counted_read
    try:
        assert client.get(path).status_code == status
    finally:
        caching._read_data_state = read_data_state
        event.remove(engine, "before_cursor_execute", counter)
    return count
