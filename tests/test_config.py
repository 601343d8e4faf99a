import sqlite3

import pytest
from sqlalchemy import text

from showcase import create_app
from showcase.config import ConfigError, _development_secret, database_url, defaults
from showcase.extensions import db


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ({"SECRET_KEY": None}, "SECRET_KEY is not set"),
        ({"SERVER_NAME": None}, "SERVER_NAME is not set"),
        ({"RATELIMIT_STORAGE_URI": None}, "memory://"),
    ],
)
def test_production_refuses_to_start_without_what_it_needs(monkeypatch, missing, message):
    _production(monkeypatch, **missing)
    with pytest.raises(ConfigError, match=message):
        create_app(OFFLINE)


def test_seed_demo_refuses_to_run_in_production(monkeypatch):
    _production(monkeypatch)
    app = create_app(OFFLINE)
    result = app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code != 0
    assert "not in production" in result.output


# No connection to the (absent) Redis server while building the app.
OFFLINE = {"SQLALCHEMY_DATABASE_URI": "sqlite://", "RATELIMIT_ENABLED": False}
PRODUCTION = {
    "SHOWCASE_ENV": "production",
    "SECRET_KEY": "a-real-secret",
    "SERVER_NAME": "etalase.id",
    "RATELIMIT_STORAGE_URI": "redis://127.0.0.1:6379/0",
    "PROXY_COUNT": "1",
}


def _production(monkeypatch, **changes):
    for name, value in {**PRODUCTION, **changes}.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)


def test_production_with_its_settings_uses_secure_cookies(monkeypatch):
    _production(monkeypatch)
    app = create_app(OFFLINE)
    assert app.config["SECRET_KEY"] == "a-real-secret"
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["REMEMBER_COOKIE_SECURE"] is True


def test_production_asks_how_many_proxies_stand_in_front(monkeypatch):
    _production(monkeypatch, PROXY_COUNT=None)
    with pytest.raises(ConfigError, match="PROXY_COUNT is not set"):
        create_app(OFFLINE)
    _production(monkeypatch, PROXY_COUNT="0")  # clients connect directly: said, so allowed
    assert create_app(OFFLINE).config["PROXY_COUNT"] == 0


def test_unknown_environment_names_are_refused(monkeypatch):
    monkeypatch.setenv("SHOWCASE_ENV", "staging")
    with pytest.raises(ConfigError, match="SHOWCASE_ENV"):
        create_app({"SECRET_KEY": "x"})


def test_development_generates_a_secret_once_and_keeps_it(tmp_path):
    first = _development_secret(tmp_path)
    assert len(first) == 64
    assert _development_secret(tmp_path) == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600


def test_settings_come_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@db.example/etalase")
    monkeypatch.setenv("MEDIA_BACKEND", "s3")
    monkeypatch.setenv("MAIL_SERVER", "smtp.example")
    monkeypatch.setenv("MAIL_PORT", "587")
    monkeypatch.setenv("MAIL_USE_TLS", "true")
    settings = defaults(str(tmp_path))
    assert settings["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u:p@db.example/etalase"
    assert settings["MEDIA_BACKEND"] == "s3"
    assert (settings["MAIL_SERVER"], settings["MAIL_PORT"]) == ("smtp.example", 587)
    assert settings["MAIL_USE_TLS"] is True


def test_the_page_cache_is_in_memory_unless_redis_is_named(monkeypatch, tmp_path):
    monkeypatch.delenv("CACHE_REDIS_URL", raising=False)
    assert defaults(str(tmp_path))["CACHE_TYPE"] == "SimpleCache"
    monkeypatch.setenv("CACHE_REDIS_URL", "redis://cache.internal:6379/1")
    settings = defaults(str(tmp_path))
    assert (settings["CACHE_TYPE"], settings["CACHE_REDIS_URL"]) == (
        "RedisCache",
        "redis://cache.internal:6379/1",
    )


def test_default_database_is_sqlite_in_instance(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    uri = defaults(str(tmp_path))["SQLALCHEMY_DATABASE_URI"]
    assert uri == f"sqlite:///{tmp_path / 'etalase.db'}"


def test_production_hashes_passwords_with_scrypt(monkeypatch, tmp_path):
    monkeypatch.delenv("PASSWORD_HASH_METHOD", raising=False)
    assert defaults(str(tmp_path))["PASSWORD_HASH_METHOD"] == "scrypt"


def test_database_url_keeps_sqlite_urls():
    assert database_url("sqlite:///x.db") == "sqlite:///x.db"


def test_sqlite_runs_with_wal_and_a_busy_timeout(tmp_path):
    app = create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/w.db"})
    with app.app_context(), db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    second = sqlite3.connect(tmp_path / "w.db")
    assert second.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    second.close()


def test_instance_config_file_and_overrides_are_layered(monkeypatch, tmp_path):
    monkeypatch.setenv("MAIL_SERVER", "smtp.from-environment")
    monkeypatch.setenv("MAIL_PORT", "2525")
    (tmp_path / "config.py").write_text('MAIL_SERVER = "smtp.from-instance"\nMAIL_PORT = 587\n')
    app = create_app({"SECRET_KEY": "x", "MAIL_PORT": 465}, instance_path=str(tmp_path))
    assert app.config["MAIL_SERVER"] == "smtp.from-instance"  # instance/config.py over env
    assert app.config["MAIL_PORT"] == 465  # overrides over everything


def test_two_processes_can_read_then_write_the_same_sqlite_file(tmp_path):
    """A read-then-write transaction must wait for another writer, not fail as "locked"."""
    import threading

    from sqlalchemy import create_engine

    from showcase import extensions  # noqa: F401 - installs the SQLite connect and begin hooks

    url = f"sqlite:///{tmp_path}/shared.db"
    first, second = create_engine(url), create_engine(url)
    with first.begin() as connection:
        connection.execute(text("CREATE TABLE counter (n INTEGER)"))
        connection.execute(text("INSERT INTO counter VALUES (0)"))
    errors = []

    def bump(engine):
        try:
            for _ in range(20):
                with engine.begin() as connection:
                    n = connection.execute(text("SELECT n FROM counter")).scalar()
                    connection.execute(text("UPDATE counter SET n = :n"), {"n": n + 1})
        except Exception as error:  # noqa: BLE001 - any failure is the finding
            errors.append(error)

    workers = [threading.Thread(target=bump, args=(engine,)) for engine in (first, second)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    with first.connect() as connection:
        assert connection.execute(text("SELECT n FROM counter")).scalar() == 40


@pytest.mark.no_db
@pytest.mark.parametrize(("method", "begin"), [("GET", "BEGIN"), ("POST", "BEGIN IMMEDIATE")])
def test_sqlite_readers_begin_deferred_and_writers_take_the_lock(tmp_path, method, begin):
    """Readers must not queue for the write lock behind each other; writers must take it."""
    from sqlalchemy import event

    app = create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/r.db"})
    seen = []
    with app.app_context():
        engine = db.engine
        event.listen(engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
        with app.test_request_context(method=method), engine.begin() as connection:
            connection.execute(text("SELECT 1"))
    assert seen[0] == begin
