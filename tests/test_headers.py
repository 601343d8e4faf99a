"""Production headers, scored by the Mozilla HTTP Observatory's rules: A+ (issue 13, item 8)."""

from showcase import create_app

from .conftest import FAST_HASH, PASSWORD
from .observatory import score

PRODUCTION = {
    "SHOWCASE_ENV": "production",
    "SECRET_KEY": "production-like-secret",
    "SERVER_NAME": "etalase.test",
    "RATELIMIT_STORAGE_URI": "redis://127.0.0.1:1",  # never reached: limits are off here
    "RATELIMIT_ENABLED": False,
    "PROXY_COUNT": 1,
    "PASSWORD_HASH_METHOD": FAST_HASH,
}


def _production_app(app, tmp_path):
    return create_app(
        {
            **PRODUCTION,
            "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
            "TASK_QUEUE_URL": f"sqlite:///{tmp_path / 'tasks.db'}",
            "MEDIA_ROOT": str(tmp_path / "media"),
        }
    )


def test_production_headers_score_a_plus_by_the_observatory_rules(app, tmp_path, make_creator):
    user = make_creator(handle="ana")
    production = _production_app(app, tmp_path)
    client = production.test_client()
    set_cookies = []
    for method, path, data in [
        ("GET", "/", None),
        ("GET", "/lang/en", None),
        ("GET", "/light/on", None),
        ("GET", "/login", None),
        ("POST", "/login", {"email": user.email, "password": PASSWORD, "remember": "y"}),
    ]:
        response = client.open(path, method=method, data=data, base_url="https://etalase.test")
        set_cookies += response.headers.getlist("Set-Cookie")
        if path == "/":
            home = response
    total, results = score(home.headers, set_cookies)
    print(total, results)
    assert {"lang", "lite"} <= {cookie.split("=")[0] for cookie in set_cookies}
    assert total >= 100, results


def test_signed_in_pages_are_never_stored(client, auth, make_creator):
    auth.login(make_creator(handle="ana"))
    for path in ("/dashboard", "/dashboard/inquiries", "/settings"):
        assert client.get(path).headers["Cache-Control"] == "no-store", path
    auth.logout()
    assert "no-store" not in client.get("/").headers.get("Cache-Control", "")
