"""One app and one migrated schema per session; every test runs in a transaction rolled back
after it. TEST_DATABASE_URL picks the database (a fresh SQLite file by default)."""

import io
import itertools
import os
import re

import flask_migrate
import pytest
from flask_sqlalchemy.session import Session
from PIL import Image
from sqlalchemy import MetaData, text
from sqlalchemy.orm import scoped_session, sessionmaker
from werkzeug.security import generate_password_hash

from showcase import create_app
from showcase.caching import cache
from showcase.extensions import db, limiter
from showcase.media.storage import get_storage
from showcase.models import (
    CreatorProfile,
    MediaAsset,
    Picture,
    PicturePurpose,
    Role,
    User,
    Work,
    WorkKind,
)
from showcase.services import creators as creator_service
from showcase.services.catalog import category_by_slug, region_by_slug
from showcase.tasks import huey

from .servers import MotoServer, SMTPServer

PASSWORD = "batu-karang-rote-2024"
# scrypt's production cost makes every log-in 0.15 s; the suite uses a cheap method instead
# (test_config checks the production default).
FAST_HASH = "pbkdf2:sha256:1000"
_PASSWORD_HASH = generate_password_hash(PASSWORD, method=FAST_HASH)
_sequence = itertools.count(1)


def _database_url(tmp_path_factory) -> str:
    return os.environ.get("TEST_DATABASE_URL") or (
        f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
    )


def _drop_everything() -> None:
    """Start PostgreSQL runs from an empty schema, whatever an earlier run left."""
    metadata = MetaData()
    metadata.reflect(db.engine)
    metadata.drop_all(db.engine)
    with db.engine.begin() as connection:
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret",
            "SQLALCHEMY_DATABASE_URI": _database_url(tmp_path_factory),
            "MEDIA_ROOT": str(tmp_path_factory.mktemp("media")),
            "WTF_CSRF_ENABLED": False,
            "SERVER_NAME": "etalase.test",
            "PASSWORD_HASH_METHOD": FAST_HASH,
            "INQUIRY_MIN_SECONDS": 0,
            # Tests run what their requests enqueue with run_tasks; test_tasks runs consumers.
            "TASK_QUEUE_URL": "memory://",
        }
    )
    with app.app_context():
        _drop_everything()
        flask_migrate.upgrade()
    return app


class _ConnectionSession(Session):
    """Flask-SQLAlchemy's session picks the engine; this one keeps to the test's connection."""

    def get_bind(self, *args, **kwargs):
        return self.bind


@pytest.fixture(autouse=True)
def _transaction(request, app):
    """Every test runs inside a transaction that is rolled back after it; the code's commits
    become SAVEPOINT releases.

    The test body holds no app context, so each request gets its own (and its own ``g``), as
    in production. The session is not tied to an app context, so tests can use it directly.
    """
    if "no_db" in request.keywords:
        yield
        return
    with app.app_context():
        connection = db.engine.connect()
    transaction = connection.begin()
    original = db.session
    db.session = scoped_session(
        sessionmaker(
            class_=_ConnectionSession,
            db=db,
            bind=connection,
            join_transaction_mode="create_savepoint",
            expire_on_commit=False,
        ),
        scopefunc=lambda: "test",
    )
    limiter.enabled = True  # the limiter is shared: an app built with it off turns it off
    limiter.reset()
    with app.app_context():
        cache.clear()
        huey.storage.flush_all()
    try:
        yield
    finally:
        db.session.remove()
        db.session = original
        transaction.rollback()
        connection.close()


@pytest.fixture
def run_tasks(app):
    """Run what is in the queue, as a consumer would; returns how many tasks ran."""

    def run() -> int:
        ran = 0
        with app.app_context():
            while (queued := huey.dequeue()) is not None:
                huey.execute(queued)
                ran += 1
        return ran

    return run


@pytest.fixture
def client(app):
    """A browser that reads English, so tests can assert on the source messages;
    test_i18n checks the Indonesian default with a browser that asks for nothing."""
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture
def plain_client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def csrf(app):
    """Turn CSRF protection on for one test."""
    app.config["WTF_CSRF_ENABLED"] = True
    yield
    app.config["WTF_CSRF_ENABLED"] = False


def csrf_token(client, path: str) -> str:
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)


@pytest.fixture
def make_creator():
    """Factory: a creator account with a profile; keyword arguments set profile fields.

    The site lists only creators with a shown work that has media: ``listed`` (the default)
    gives them one, a work with a photo whose rows point at no stored file (nothing is
    decoded or stored, so it costs nothing). ``listed=False`` makes a creator with no works.
    """

    def make(handle=None, email=None, category="musik", region="rote-ndao", listed=True, **profile):
        number = next(_sequence)
        handle = handle or f"creator{number}"
        user = User(email=email or f"{handle}@example.com", password_hash=_PASSWORD_HASH)
        user.creator = CreatorProfile(
            handle=handle,
            display_name=profile.pop("display_name", f"Kreator {number}"),
            category=category_by_slug(category),
            region=region_by_slug(region),
            **profile,
        )
        db.session.add(user)
        db.session.flush()
        if listed:
            stub_photo_work(user)
        db.session.commit()
        return user

    return make


def stub_photo_work(user, title="Portofolio") -> Work:
    """A shown photo work whose picture's files are rows only (no stored object)."""
    work = Work(creator=user.creator, title=title, kind=WorkKind.IMAGE.value, position=0)
    picture = Picture(
        owner_id=user.id, purpose=PicturePurpose.WORK.value, alt=title, width=800, height=600
    )
    picture.assets = [
        MediaAsset(
            owner_id=user.id,
            variant=variant,
            backend="local",
            key=f"work/{user.id}/stub{next(_sequence)}/{variant}",
            content_type=content_type,
            size=1,
            sha256="0" * 64,
            width=width,
            height=width * 3 // 4,
        )
        for variant, content_type, width in (
            ("webp-320", "image/webp", 320),
            ("webp-640", "image/webp", 640),
            ("jpeg-640", "image/jpeg", 640),
        )
    ]
    db.session.add(work)
    db.session.flush()
    picture.work_id = work.id
    db.session.add(picture)
    return work


@pytest.fixture
def make_work():
    def make(user, **fields):
        fields.setdefault("title", f"Karya {next(_sequence)}")
        return creator_service.add_work(user.creator, **fields)

    return make


@pytest.fixture
def make_staff():
    def make(role=Role.CURATOR, email=None):
        user = User(
            email=email or f"{role}{next(_sequence)}@example.com",
            password_hash=_PASSWORD_HASH,
            role=role,
        )
        db.session.add(user)
        db.session.commit()
        return user

    return make


class AuthActions:
    def __init__(self, client):
        self.client = client

    def login(self, user_or_email, password=PASSWORD):
        email = getattr(user_or_email, "email", user_or_email)
        return self.client.post("/login", data={"email": email, "password": password})

    def logout(self):
        return self.client.post("/logout")


@pytest.fixture
def auth(client):
    return AuthActions(client)


@pytest.fixture(scope="session")
def smtp_server():
    """A real SMTP server (aiosmtpd) on a free loopback port, for the whole session."""
    server = SMTPServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def mailbox(app, smtp_server):
    """Point the app's mail at the SMTP server; yields the list of received messages."""
    smtp_server.messages.clear()
    saved = {key: app.config[key] for key in ("MAIL_SERVER", "MAIL_PORT")}
    app.config.update(MAIL_SERVER=smtp_server.host, MAIL_PORT=smtp_server.port)
    yield smtp_server.messages
    app.config.update(saved)


@pytest.fixture(scope="session")
def moto_server():
    """A real moto_server process for the whole session."""
    if not MotoServer.binary.exists():
        pytest.fail(f"moto_server is not installed at {MotoServer.binary}: run `make test`")
    server = MotoServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def live_site(tmp_path_factory, moto_server):
    """The demo site served live with its media on moto's S3 (tests/live.py), once."""
    from .live import demo_site

    with demo_site(tmp_path_factory.mktemp("live-site"), moto_server.url) as site:
        yield site


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright, once for the session."""
    from .live import chromium

    with chromium() as launched:
        yield launched


S3_SETTINGS = {
    "S3_REGION": "us-east-1",
    "S3_ACCESS_KEY_ID": "testing",
    "S3_SECRET_ACCESS_KEY": "testing",
    "S3_PATH_STYLE": True,
}


@pytest.fixture(params=["local", "s3"])
def storage(request, app, tmp_path):
    """The app's storage, once on the local disk and once on S3 through moto_server."""
    yield from _use_backend(request, app, tmp_path, request.param)


@pytest.fixture
def s3_storage(request, app, tmp_path):
    """The app's storage on S3 through moto_server, for what only S3 does."""
    yield from _use_backend(request, app, tmp_path, "s3")


def _use_backend(request, app, tmp_path, backend):
    saved = dict(app.config)
    if backend == "s3":
        moto = request.getfixturevalue("moto_server")
        bucket = f"etalase-{next(_sequence)}"
        app.config.update(
            MEDIA_BACKEND="s3", S3_BUCKET=bucket, S3_ENDPOINT_URL=moto.url, **S3_SETTINGS
        )
    else:
        app.config.update(MEDIA_BACKEND="local", MEDIA_ROOT=str(tmp_path / "media"))
    app.extensions.pop("showcase.storage", None)
    with app.app_context():
        chosen = get_storage()
        if backend == "s3":
            chosen.client.create_bucket(Bucket=chosen.bucket)
    yield chosen
    app.config.clear()
    app.config.update(saved)
    app.extensions.pop("showcase.storage", None)


def photo_bytes(size=(800, 600), colour=(120, 40, 30), format_="JPEG", **save) -> bytes:
    """A small real photo, made on the spot."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format_, **save)
    return buffer.getvalue()
