"""Several app processes share Redis: the page cache and the attempt limits live there."""

import pytest
import redis

from showcase import create_app
from showcase.extensions import db
from showcase.models import CreatorProfile
from showcase.services import creators as creator_service

from .pages import statements
from .servers import RedisServer

pytestmark = pytest.mark.skipif(
    RedisServer.binary is None, reason="redis-server is not installed (.ci/run installs it)"
)
if RedisServer.binary is None:
    print("test_redis: skipped, redis-server is not installed (.ci/run installs it)")


@pytest.fixture(scope="module")
def redis_server():
    server = RedisServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def workers(app, redis_server):
    """Two apps standing for two worker processes, with Redis as their cache and limit store."""
    settings = {
        key: app.config[key]
        for key in ("TESTING", "SECRET_KEY", "SERVER_NAME", "SQLALCHEMY_DATABASE_URI")
    }
    shared = {
        "CACHE_TYPE": "RedisCache",
        "CACHE_REDIS_URL": redis_server.url,
        "CACHE_KEY_PREFIX": "etalase-test:",
        "RATELIMIT_ENABLED": True,  # an earlier app may have switched the shared limiter off
        "RATELIMIT_STORAGE_URI": redis_server.url,
        "LOGIN_LIMIT_PER_ACCOUNT": "3 per 15 minutes",
        "WTF_CSRF_ENABLED": False,
    }
    first, second = create_app({**settings, **shared}), create_app({**settings, **shared})
    yield first, second
    with first.app_context():
        from showcase.caching import cache

        cache.clear()
    # The limiter is one object: give it back its in-memory store for the other tests.
    create_app({**settings, "WTF_CSRF_ENABLED": False, "RATELIMIT_ENABLED": True})


def test_a_page_one_worker_rendered_is_served_by_the_other_from_redis(app, workers, make_creator):
    first, second = workers
    make_creator(handle="ana", display_name="Ana Sasando", headline="Pemain sasando")
    # Statements are counted on the test's connection, which both workers' sessions use.
    cold = statements(app, first.test_client(), "/@ana")
    assert statements(app, second.test_client(), "/@ana") == 1 < cold  # the data version only
    creator = db.session.scalar(db.select(CreatorProfile).where(CreatorProfile.handle == "ana"))
    creator_service.update_profile(creator, headline="Guru sasando")
    for worker in workers:
        assert "Guru sasando" in worker.test_client().get("/@ana").get_data(as_text=True)


def test_failed_logins_count_in_redis_across_workers(workers, redis_server, make_creator):
    make_creator(handle="ana")
    first, second = workers
    for worker in (first, second, first):
        response = worker.test_client().post(
            "/login", data={"email": "ana@example.com", "password": "salah-sekali-123"}
        )
        assert response.status_code == 400  # the form again, with its error
    refused = second.test_client().post(
        "/login", data={"email": "ana@example.com", "password": "salah-sekali-123"}
    )
    assert refused.status_code == 429
    # Another process, with its own connection, sees the count.
    server = redis.Redis.from_url(redis_server.url)
    counts = [int(server.get(key)) for key in server.keys("*ana@example.com*")]
    assert counts and max(counts) >= 3


class _Exploit:
    ran = []

    def __reduce__(self):
        return (_Exploit.ran.append, ("code ran",))


def test_what_redis_holds_is_never_unpickled(workers, redis_server, make_creator):
    """Write access to the cache's Redis is not code execution: the cache keeps bytes only
    (issue 13, item 14)."""
    import pickle

    first, _ = workers
    make_creator(handle="ana")
    first.test_client().get("/@ana")  # a page, and the catalog, cached
    client = redis.Redis.from_url(redis_server.url)
    stored = [key for key in client.keys("etalase-test:*")]
    assert stored and all(not client.get(key).startswith(b"!") for key in stored)
    for key in stored:  # an attacker replaces every entry with a pickle that runs code
        client.set(key, b"!" + pickle.dumps(_Exploit()))
    with first.app_context():
        from showcase.caching import cache

        assert cache.get("page:probe") is None
        assert all(cache.get(key.decode().removeprefix("etalase-test:")) for key in stored)
    first.test_client().get("/@ana")
    first.test_client().get("/browse")
    assert _Exploit.ran == []
