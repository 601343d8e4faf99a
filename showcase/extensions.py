"""Flask extensions, created unbound here and bound to the app in ``create_app``."""

import sqlite3

from flask import g, has_request_context, request
from flask_babel import Babel
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import MetaData, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase

# Stable constraint names, so Alembic can alter and drop them on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
login_manager = LoginManager()
csrf = CSRFProtect()
babel = Babel()
limiter = Limiter(key_func=get_remote_address)


@limiter.request_filter
def _reading():
    """Every limit is on a form's POST: page views are spared the limiter's work."""
    return request.method in ("GET", "HEAD")


@event.listens_for(Engine, "connect")
def _configure_sqlite(dbapi_connection, _record):
    """WAL and a busy timeout let several worker processes share one SQLite file.

    The driver's own transaction handling is switched off and BEGIN emitted by SQLAlchemy
    instead, as the SQLAlchemy docs advise, so SAVEPOINTs work.
    """
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


@event.listens_for(Engine, "begin")
def _begin_sqlite(conn):
    """BEGIN IMMEDIATE takes the write lock up front (waiting up to the busy timeout).

    A deferred BEGIN that reads and then writes cannot upgrade its lock once another process
    has committed: SQLite fails at once with "database is locked", whatever the timeout.
    Requests that only read (GET, HEAD) begin deferred, so readers never queue for the lock.
    """
    if conn.dialect.name == "sqlite":
        reading = (
            has_request_context()
            and request.method in ("GET", "HEAD")
            and not g.get("writes", False)
        )
        conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")
