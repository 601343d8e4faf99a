"""A live server and Debian's Chromium, for the tests that use the site as people do."""

import io
import os
import shutil
import signal
import subprocess
import sys
import threading
import uuid
from contextlib import contextmanager
from pathlib import Path

import flask_migrate
from sqlalchemy import create_engine, make_url
from werkzeug.serving import make_server

from showcase import create_app
from showcase.config import database_url

from .servers import free_port

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
MISSING_CHROMIUM = "Debian's chromium is not installed (.ci/run installs it)"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--autoplay-policy=no-user-gesture-required",
]
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
SIZES = {"360": {"width": 360, "height": 800}, "1280": {"width": 1280, "height": 800}}


def browser_marks(module: str) -> list:
    """The marks of a module of browser tests: skipped, saying so, without Chromium."""
    import pytest

    if CHROMIUM is None:
        print(f"{module}: skipped, {MISSING_CHROMIUM}")
    return [
        pytest.mark.no_db,
        pytest.mark.live,
        pytest.mark.skipif(CHROMIUM is None, reason=MISSING_CHROMIUM),
    ]


PASSWORD = "tenun-sumba-di-etalase"


@contextmanager
def scratch_database(folder: Path):
    """A database of its own, for tests whose code commits: a SQLite file, or on the
    PostgreSQL pass (TEST_DATABASE_URL) a fresh database on that server, dropped after."""
    url = os.environ.get("TEST_DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield f"sqlite:///{folder / 'live.db'}"
        return
    server = make_url(database_url(url))
    name = f"etalase_scratch_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.dispose()


def live_app(folder: Path, **settings):
    """The app on its own SQLite file, migrated, with quick password hashes."""
    app = create_app(
        {
            "SECRET_KEY": "live-secret",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'live.db'}",
            "TASK_QUEUE_URL": f"sqlite:///{folder / 'tasks.db'}",
            "MEDIA_ROOT": str(folder / "media"),
            "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
            **settings,
        }
    )
    with app.app_context():
        flask_migrate.upgrade()
    return app


@contextmanager
def serving(app):
    """Serve ``app`` on a free loopback port; yields its base URL."""
    port = free_port()
    server = make_server("127.0.0.1", port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()


# The settings a consumer process needs to work on a live app's data, by environment name.
CONSUMER_ENVIRONMENT = {
    "DATABASE_URL": "SQLALCHEMY_DATABASE_URI",
    "TASK_QUEUE_URL": "TASK_QUEUE_URL",
    "SECRET_KEY": "SECRET_KEY",
    "MEDIA_BACKEND": "MEDIA_BACKEND",
    "MEDIA_ROOT": "MEDIA_ROOT",
    "S3_BUCKET": "S3_BUCKET",
    "S3_ENDPOINT_URL": "S3_ENDPOINT_URL",
    "S3_REGION": "S3_REGION",
    "S3_ACCESS_KEY_ID": "S3_ACCESS_KEY_ID",
    "S3_SECRET_ACCESS_KEY": "S3_SECRET_ACCESS_KEY",
    "S3_PATH_STYLE": "S3_PATH_STYLE",
    "MAIL_SERVER": "MAIL_SERVER",
    "MAIL_PORT": "MAIL_PORT",
}


@contextmanager
def consumer_process(app, folder: Path):
    """`flask tasks consume` in a process of its own, on ``app``'s database, queue and media,
    as `make run` starts it; stopped with Ctrl-C's signal."""
    environment = {
        **os.environ,
        "FLASK_APP": "wsgi",
        "SERVER_NAME": app.config["SERVER_NAME"] or "127.0.0.1",
        **{name: str(app.config[key]) for name, key in CONSUMER_ENVIRONMENT.items()},
    }
    with open(folder / "consumer.log", "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "flask", "tasks", "consume", "--workers", "2"],
            cwd=ROOT,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            yield process
        finally:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=60)


def log_in(page, url: str, email: str, password: str = PASSWORD) -> None:
    page.goto(url + "/login")
    page.fill("[name=email]", email)
    page.fill("[name=password]", password)
    page.click("main button[type=submit]")
    page.wait_for_load_state()


@contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def demo_site(folder: Path, s3_endpoint: str):
    """A live site with its media on S3: the demo creators, a weaver of our own with one photo
    work (Rambu Kaliuda, rambu@example.com) and a curator (kurator@example.com), all with
    :data:`PASSWORD`. Yields {"app", "url"}."""
    from showcase.demo import scenes, seed_demo
    from showcase.extensions import db
    from showcase.models import Role
    from showcase.services import accounts, creators, media
    from showcase.services.catalog import category_by_slug, region_by_slug

    from .conftest import S3_SETTINGS

    app = live_app(
        folder,
        MEDIA_BACKEND="s3",
        S3_BUCKET="etalase-live",
        S3_ENDPOINT_URL=s3_endpoint,
        RATELIMIT_ENABLED=False,
        INQUIRY_MIN_SECONDS=0,
        **S3_SETTINGS,
    )
    with app.app_context():
        storage = media.get_storage()
        storage.client.create_bucket(Bucket=storage.bucket)
        weaver = accounts.register_creator(
            email="rambu@example.com",
            password=PASSWORD,
            handle="rambu.kaliuda",
            display_name="Rambu Kaliuda",
            category=category_by_slug("fesyen"),
            region=region_by_slug("sumba-timur"),
        )
        creators.update_profile(weaver.creator, whatsapp="+6281234567890", show_whatsapp=True)
        work = creators.add_work(weaver.creator, title="Hinggi Kombu")
        photo = io.BytesIO()
        scenes.cloth("journey", "fesyen").save(photo, "PNG")
        media.add_work_image(work, photo.getvalue(), "Hinggi merah")
        curator = accounts.register_creator(
            email="kurator@example.com",
            password=PASSWORD,
            handle="kurator.ntt",
            display_name="Kurator NTT",
            category=category_by_slug("konten"),
            region=region_by_slug("kota-kupang"),
        )
        curator.role = Role.CURATOR.value
        db.session.commit()
        seed_demo()
    with serving(app) as url, consumer_process(app, folder):
        yield {"app": app, "url": url}
