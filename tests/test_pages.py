"""About, Privacy and Terms in both languages, the footer that links them, and error pages
that say what happened and offer a way on."""

import re

import pytest

from showcase.services import discovery

from .conftest import PASSWORD

PAGES = {
    "/about": ("Tentang Etalase", "About Etalase"),
    "/privacy": ("Privasi", "Privacy"),
    "/terms": ("Ketentuan penggunaan", "Terms of use"),
}


def _heading(page: str) -> str:
    return re.search(r"<h1>(.*?)</h1>", page, re.S).group(1).strip()


@pytest.mark.parametrize("path", PAGES)
def test_each_page_is_public_in_indonesian_by_default(plain_client, path):
    response = plain_client.get(path)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert '<html lang="id">' in page
    assert _heading(page) == PAGES[path][0]


@pytest.mark.parametrize("path", PAGES)
def test_each_page_is_in_english_for_an_english_browser(plain_client, path):
    response = plain_client.get(path, headers={"Accept-Language": "en"})
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert '<html lang="en">' in page
    assert _heading(page) == PAGES[path][1]


def test_the_footer_language_switch_picks_the_prose_too(plain_client):
    plain_client.get("/lang/en")
    assert _heading(plain_client.get("/terms").get_data(as_text=True)) == "Terms of use"


@pytest.mark.parametrize("path", PAGES)
def test_pages_are_cached_like_other_public_pages(plain_client, path):
    first = plain_client.get(path)
    assert first.headers["ETag"]
    again = plain_client.get(path, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304


@pytest.mark.parametrize(
    ("language", "facts"),
    [
        (
            "en",
            ["account e-mail", "hash", "inquir", "phone", "IP address", "session", "CSRF"],
        ),
        ("id", ["e-mail akun", "hash", "pertanyaan", "telepon", "alamat IP", "session", "CSRF"]),
    ],
)
def test_privacy_says_what_is_kept_and_how_to_delete_it(plain_client, language, facts):
    page = plain_client.get("/privacy", headers={"Accept-Language": language}).get_data(
        as_text=True
    )
    for fact in [*facts, "lang", "remember_token", 'href="/settings"']:
        assert fact in page, fact


def test_terms_cover_communal_rights_payments_and_law(client):
    page = client.get("/terms").get_data(as_text=True)
    for fact in ["communal", "KIK", "Curators may hide", "no payment goes through Etalase"]:
        assert fact in page, fact
    assert "Republic of Indonesia" in page


def test_the_home_page_footer_links_about_privacy_and_terms(client):
    footer = client.get("/").get_data(as_text=True).split('<footer class="foot">')[1]
    for path in PAGES:
        assert f'href="{path}"' in footer


def test_the_footer_marks_the_page_being_read(client):
    page = client.get("/privacy").get_data(as_text=True)
    assert 'href="/privacy" aria-current="page"' in page
    assert 'href="/terms" aria-current' not in page


def test_a_missing_page_is_a_404_with_a_way_home_and_to_search(client):
    response = client.get("/halaman-yang-tidak-ada")
    assert response.status_code == 404
    page = response.get_data(as_text=True)
    assert "Page not found" in page
    assert 'href="/"' in page.split("<main")[1]
    assert 'href="/browse"' in page.split("<main")[1]
    assert 'action="/browse"' in page
    assert '<meta name="robots" content="noindex">' in page


def test_a_missing_page_speaks_indonesian_by_default(plain_client):
    page = plain_client.get("/halaman-yang-tidak-ada").get_data(as_text=True)
    assert '<html lang="id">' in page
    assert "Halaman ini tidak ada" in page


def test_a_wrong_method_is_a_405_that_names_the_allowed_ones(client):
    response = client.post("/about")
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]
    assert 'href="/"' in response.get_data(as_text=True)


@pytest.fixture
def one_reset_an_hour(app, monkeypatch):
    monkeypatch.setitem(app.config, "RESET_LIMIT_PER_IP", "1 per hour")


def test_the_rate_limiter_answers_429_saying_when_to_try_again(client, one_reset_an_hour):
    data = {"email": "tidak.ada@example.com"}
    assert client.post("/reset", data=data).status_code == 302
    refused = client.post("/reset", data=data)
    assert refused.status_code == 429
    page = refused.get_data(as_text=True)
    assert "Please slow down" in page
    assert "You can try again in 60 minutes." in page
    assert 'href="/"' in page.split("<main")[1]
    assert 0 < int(refused.headers["Retry-After"]) <= 3601


def test_the_429_page_speaks_indonesian_by_default(plain_client, one_reset_an_hour):
    data = {"email": "tidak.ada@example.com"}
    plain_client.post("/reset", data=data)
    refused = plain_client.post("/reset", data=data)
    assert refused.status_code == 429
    page = refused.get_data(as_text=True)
    assert '<html lang="id">' in page
    assert "Terlalu banyak percobaan" in page


@pytest.fixture
def broken_home(app, monkeypatch):
    """The home page fails as an unexpected bug would, answered as in production."""

    def fail(*_args, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(discovery, "home", fail)
    monkeypatch.setitem(app.config, "PROPAGATE_EXCEPTIONS", False)


def test_a_server_error_is_a_500_with_a_way_back(client, broken_home):
    response = client.get("/")
    assert response.status_code == 500
    page = response.get_data(as_text=True)
    assert "Something went wrong on our side" in page
    assert ">Try again</a>" in page
    assert 'href="/browse"' in page.split("<main")[1]


def test_the_500_page_still_answers_when_the_page_frame_fails(
    app, client, auth, make_creator, broken_home, monkeypatch
):
    """A database that is down fails the header too (it counts the creator's unread
    inquiries): the reader still gets a page that says so, in their language."""

    def database_down():
        raise RuntimeError("database went away")

    monkeypatch.setitem(app.jinja_env.globals, "unread_inquiries", database_down)
    assert auth.login(make_creator(), PASSWORD).status_code == 302
    response = client.get("/")
    assert response.status_code == 500
    page = response.get_data(as_text=True)
    assert '<html lang="en">' in page
    assert "Something went wrong on our side" in page
    assert 'href="/"' in page
