"""Indonesian by default, English second; every message has its Indonesian translation."""

from pathlib import Path

from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "translations" / "id" / "LC_MESSAGES" / "messages.po"
METHODS = [
    ("showcase/**.py", "python"),
    ("templates/**.html", "jinja2"),
    ("templates/**.txt", "jinja2"),
]


def _messages_in_code() -> set[str]:
    keywords = {**DEFAULT_KEYWORDS, "_l": None}
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        ROOT, METHODS, keywords=keywords
    ):
        found.add(message if isinstance(message, str) else message[0])
    return found


def test_every_message_in_the_code_has_an_indonesian_translation():
    with CATALOG.open("rb") as handle:
        catalog = read_po(handle)
    messages = _messages_in_code()
    assert len(messages) > 100
    untranslated = sorted(
        message
        for message in messages
        if message not in catalog or not catalog[message].string or catalog[message].fuzzy
    )
    assert untranslated == [], "run `make messages`, then translate these in the id catalog"


def test_indonesian_is_the_default(plain_client):
    page = plain_client.get("/login").get_data(as_text=True)
    assert '<html lang="id">' in page
    assert "Masuk" in page


def test_accept_language_is_honoured(plain_client):
    page = plain_client.get("/login", headers={"Accept-Language": "en-GB,en;q=0.9"}).get_data(
        as_text=True
    )
    assert '<html lang="en">' in page
    assert "Log in" in page


def test_the_footer_switch_keeps_the_choice_in_a_cookie(plain_client):
    client = plain_client
    home = client.get("/").get_data(as_text=True)
    assert 'href="/lang/en?next=/?"' in home or 'href="/lang/en?next=/"' in home
    response = client.get("/lang/en?next=/login")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/login")
    assert client.get_cookie("lang", domain="etalase.test").value == "en"
    page = client.get("/login", headers={"Accept-Language": "id"}).get_data(as_text=True)
    assert '<html lang="en">' in page
    client.get("/lang/id")
    assert '<html lang="id">' in client.get("/login").get_data(as_text=True)


def test_the_switch_refuses_unknown_languages_and_foreign_redirects(plain_client):
    client = plain_client
    response = client.get("/lang/xx?next=https://evil.example/")
    assert response.status_code == 302
    assert "evil.example" not in response.headers["Location"]
    assert client.get_cookie("lang", domain="etalase.test") is None


def test_error_pages_speak_the_readers_language(plain_client):
    english = plain_client.get("/@tidak.ada", headers={"Accept-Language": "en"})
    assert english.status_code == 404
    assert "This page does not exist" in english.get_data(as_text=True)
    indonesian = plain_client.get("/@tidak.ada").get_data(as_text=True)
    assert "Halaman ini tidak ada" in indonesian


def test_form_errors_are_translated(plain_client):
    response = plain_client.post("/login", data={"email": "", "password": ""})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "This field is required." not in page
    assert "wajib" in page.lower()
