"""Public pages on repeat: conditional GET, and a page cache that is never stale in any worker."""

import pytest
from sqlalchemy import select, update

from showcase import create_app
from showcase.caching import cache, data_state
from showcase.extensions import db
from showcase.models import CreatorProfile, SiteState, utcnow
from showcase.services import creators as creator_service

from .pages import statements

PUBLIC_PATHS = ["/", "/browse", "/browse/musik?region=rote-ndao", "/browse?q=ana", "/@ana"]


@pytest.fixture
def ana(make_creator):
    return make_creator(handle="ana", display_name="Ana Sasando", headline="Pemain sasando")


def edit_headline(handle: str, headline: str) -> None:
    creator = db.session.scalar(db.select(CreatorProfile).where(CreatorProfile.handle == handle))
    creator_service.update_profile(creator, headline=headline)


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_pages_answer_conditional_requests(client, ana, path):
    first = client.get(path)
    assert first.status_code == 200
    assert first.headers["ETag"] and first.headers["Last-Modified"]
    assert "no-cache" in first.headers["Cache-Control"]

    again = client.get(path, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    assert again.data == b""


def test_a_change_shows_on_the_next_request_and_renews_the_etag(client, ana):
    first = client.get("/@ana")
    assert "Pemain sasando" in first.get_data(as_text=True)
    edit_headline("ana", "Guru sasando")
    again = client.get("/@ana", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 200
    assert "Guru sasando" in again.get_data(as_text=True)
    assert again.headers["ETag"] != first.headers["ETag"]


def test_a_repeat_visit_is_served_from_the_cache_with_one_statement(app, client, ana):
    for path in PUBLIC_PATHS:
        cold = statements(app, client, path)
        assert statements(app, client, path) == 1 < cold  # the data version only


def test_the_cache_keeps_languages_and_light_mode_apart(client, ana):
    indonesian = client.get("/", headers={"Accept-Language": "id"}).get_data(as_text=True)
    english = client.get("/", headers={"Accept-Language": "en"}).get_data(as_text=True)
    light = client.get("/", headers={"Accept-Language": "en", "Save-Data": "on"})
    assert "Kategori" in indonesian and "Categories" in english
    assert light.get_data(as_text=True) != english
    assert light.headers["ETag"] != client.get("/").headers["ETag"]


def test_logged_in_readers_get_their_own_page_not_the_cached_one(client, auth, ana):
    anonymous = client.get("/@ana")
    auth.login("ana@example.com")
    mine = client.get("/@ana", headers={"If-None-Match": anonymous.headers["ETag"]})
    assert mine.status_code == 200
    assert "ETag" not in mine.headers
    assert 'action="/logout"' in mine.get_data(as_text=True)


def test_a_second_worker_with_its_own_memory_cache_never_serves_a_stale_page(app, ana):
    """Two apps stand for two worker processes: each has its own in-memory page cache and
    only the database in common."""
    settings = {key: app.config[key] for key in ("TESTING", "SECRET_KEY", "SERVER_NAME")}
    other = create_app(
        {**settings, "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"]}
    )
    first, second = app.test_client(), other.test_client()
    for worker in (first, second):
        assert "Pemain sasando" in worker.get("/@ana").get_data(as_text=True)
    edit_headline("ana", "Guru sasando")  # a write through either worker
    for worker in (first, second):
        assert "Guru sasando" in worker.get("/@ana").get_data(as_text=True)
        assert "Ana Sasando" in worker.get("/browse?q=guru").get_data(as_text=True)


def test_error_pages_are_not_cached(client, ana):
    assert client.get("/@nobody").status_code == 404
    assert "ETag" not in client.get("/browse?page=0").headers


def test_a_flashed_message_reaches_its_reader_only(client, app, auth, ana):
    other = app.test_client()
    other.get("/")  # the home page is in the cache now
    auth.login("ana@example.com")
    client.post("/logout")
    mine = client.get("/").get_data(as_text=True)
    assert "logged out" in mine
    assert "logged out" not in other.get("/").get_data(as_text=True)
    assert "logged out" not in client.get("/").get_data(as_text=True)  # shown once


def test_a_star_or_a_date_never_hides_a_change(client, ana):
    assert client.get("/@nobody", headers={"If-None-Match": "*"}).status_code == 404
    first = client.get("/@ana")
    edit_headline("ana", "Guru sasando")
    again = client.get("/@ana", headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert again.status_code == 200 and "Guru sasando" in again.get_data(as_text=True)


def test_bulk_updates_make_a_new_data_version_too(client, ana):
    assert client.get("/@ana").status_code == 200
    db.session.execute(
        db.update(CreatorProfile).where(CreatorProfile.handle == "ana").values(hidden=True)
    )
    db.session.commit()
    assert client.get("/@ana").status_code == 404


def test_pages_are_served_when_the_cache_server_is_down(app, ana):
    settings = {key: app.config[key] for key in ("TESTING", "SECRET_KEY", "SERVER_NAME")}
    down = create_app(
        {
            **settings,
            "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
            "CACHE_TYPE": "RedisCache",
            "CACHE_REDIS_URL": "redis://127.0.0.1:1",  # nothing listens there
            "RATELIMIT_ENABLED": True,
        }
    )
    client = down.test_client()
    for path in ("/", "/browse?q=ana", "/@ana", "/api/v1/creators"):
        assert client.get(path).status_code == 200, path


def test_a_zero_cache_timeout_still_serves_pages(app, client, ana):
    app.config["CACHE_DEFAULT_TIMEOUT"] = 0
    try:
        assert client.get("/@ana").status_code == 200
    finally:
        app.config["CACHE_DEFAULT_TIMEOUT"] = 300


def test_pages_with_the_inquiry_form_are_cached_with_csrf_on(app, ana, csrf):
    """The form's token is filled in per response, so the page itself stays cacheable."""
    first, second = app.test_client(), app.test_client()
    cold = statements(app, first, "/@ana")
    assert statements(app, second, "/@ana") == 1 < cold


@pytest.mark.no_db
def test_the_data_version_is_never_newer_than_the_data_a_page_is_rendered_from(tmp_path):
    """Read on a pooled connection, handed back at once, while the request has read nothing;
    once it has, in its own transaction, which SQLite pins to the data of its first read."""
    app = create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/v.db"})
    with app.app_context():
        db.create_all()
        db.session.add(SiteState(id=1, data_version="v1", changed_at=utcnow()))
        db.session.commit()
        engine = db.engine

    def publish(version: str) -> None:  # another worker's write
        with engine.connect() as other:
            other.execute(update(SiteState).values(data_version=version))
            other.commit()

    with app.test_request_context():
        assert data_state()[0] == "v1"
        assert engine.pool.checkedout() == 0
    with app.test_request_context():
        db.session.scalar(select(SiteState.id))  # the page starts reading
        publish("v2")
        assert data_state()[0] == "v1"
    with app.test_request_context():
        assert data_state()[0] == "v2"


def test_junk_urls_and_hosts_are_not_cached_and_evict_nothing(app, client, make_creator):
    """Keys come from the endpoint, its arguments and the parameters the view reads, on
    SERVER_NAME: 600 junk URLs or Host headers add no entry (issue 13, item 2)."""
    make_creator(handle="ana")

    def entries() -> int:
        with app.app_context():
            return len(cache.cache._cache)  # SimpleCache's own store

    for path in ("/", "/browse?sort=name", "/@ana", "/sitemap.xml"):
        assert client.get(path).status_code == 200
    cached = entries()
    for number in range(600):
        assert client.get(f"/sitemap.xml?junk={number}").status_code == 200
        client.get("/browse?sort=name", headers={"Host": f"junk{number}.example"})
    assert entries() == cached
    again = client.get("/browse?sort=name&page=1")  # a parameter the page reads: its own entry
    assert again.status_code == 200 and entries() == cached + 1


def test_production_refuses_a_host_that_is_not_the_sites(app, tmp_path):
    from .test_headers import _production_app

    production = _production_app(app, tmp_path)
    client = production.test_client()
    assert client.get("/", base_url="https://etalase.test").status_code == 200
    assert client.get("/", base_url="https://evil.example").status_code == 400
