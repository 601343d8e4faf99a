"""Every form answers bad input with its errors shown and a 4xx, never a 500, and saves nothing."""

import io
from urllib.parse import quote_from_bytes

import pytest

from showcase.extensions import db
from showcase.models import User

from .conftest import PASSWORD

HUGE = "x" * 10_000
CONTROL = ["nama\x00", "\x1b[31mmerah", "baris\x07", "a\x7fb"]
NOT_UTF8 = b"\xff\xfe\xc3\x28"

# path, whether it needs a logged-in creator, a valid submission, its text fields
FORMS = {
    "register": (
        "/register",
        False,
        {
            "email": "baru@example.com",
            "password": "sasando-dari-rote",
            "handle": "baru.sekali",
            "display_name": "Baru",
            "category": "musik",
            "region": "alor",
        },
    ),
    "login": ("/login", False, {"email": "x@example.com", "password": PASSWORD}),
    "reset": ("/reset", False, {"email": "x@example.com"}),
    "settings-email": (
        "/settings/email",
        True,
        {"email": "lain@example.com", "current_password": PASSWORD},
    ),
    "settings-password": (
        "/settings/password",
        True,
        {"current_password": PASSWORD, "password": "tenun-ikat-baru-sekali"},
    ),
    "settings-delete": ("/settings/delete", True, {"current_password": PASSWORD, "confirm": "y"}),
    "profile": (
        "/dashboard/profile",
        True,
        {
            "display_name": "Nama",
            "category": "musik",
            "region": "alor",
            "headline": "Satu baris",
            "bio": "Cerita",
            "instagram": "@nama",
            "tiktok": "@nama",
            "website": "https://contoh.id",
            "whatsapp": "081234567890",
            "price_from": "500000",
        },
    ),
    "new-work": (
        "/dashboard/works/new",
        True,
        {"title": "Judul", "description": "Isi", "year": "2024", "price_from": "100000"},
    ),
}

WRONG_TYPES = {
    "register": [("category", "tidak-ada"), ("region", "42"), ("email", "a@b")],
    "profile": [
        ("price_from", "-5"),
        ("price_from", "lima ratus"),
        ("price_from", "9" * 5000),
        ("category", ""),
        ("whatsapp", "12"),
        ("website", "javascript:alert(1)"),
    ],
    "new-work": [("year", "dua ribu"), ("year", "1500"), ("price_from", "-1"), ("year", "1e9")],
    "settings-email": [("email", "bukan email")],
}


CHECKBOXES = {"confirm"}  # any value ticks a check box


def _cases():
    for name, (_, _, valid) in FORMS.items():
        yield pytest.param(name, {}, id=f"{name}-empty")
        for field in valid:
            if field in CHECKBOXES:
                yield pytest.param(name, {**valid, field: ""}, id=f"{name}-unticked-{field}")
                continue
            yield pytest.param(name, {**valid, field: ""}, id=f"{name}-missing-{field}")
            yield pytest.param(name, {**valid, field: HUGE}, id=f"{name}-huge-{field}")
            yield pytest.param(name, {**valid, field: NOT_UTF8}, id=f"{name}-not-utf8-{field}")
            for number, value in enumerate(CONTROL):
                yield pytest.param(
                    name, {**valid, field: value}, id=f"{name}-control{number}-{field}"
                )
        for field, value in WRONG_TYPES.get(name, []):
            case = f"{name}-wrong-{field}-{value[:9]}"
            yield pytest.param(name, {**valid, field: value}, id=case)


def _encode(data: dict) -> bytes:
    parts = []
    for key, value in data.items():
        raw = value if isinstance(value, bytes) else value.encode()
        parts.append(f"{key}={quote_from_bytes(raw)}")
    return "&".join(parts).encode()


@pytest.fixture
def creator(make_creator):
    return make_creator(handle="pemilik", email="pemilik@example.com")


# Optional fields: leaving them empty is fine, so these cases only must not fail.
HARMLESS = {
    "profile-missing-headline",
    "profile-missing-bio",
    "profile-missing-instagram",
    "profile-missing-tiktok",
    "profile-missing-website",
    "profile-missing-whatsapp",
    "profile-missing-price_from",
    "new-work-missing-description",
    "new-work-missing-year",
    "new-work-missing-price_from",
}


@pytest.mark.parametrize(("form", "data"), list(_cases()))
def test_bad_input_is_a_4xx_with_errors_shown(request, client, creator, form, data):
    path, needs_login, _ = FORMS[form]
    case = request.node.callspec.id
    if needs_login:
        client.post("/login", data={"email": creator.email, "password": PASSWORD})
    before = _snapshot(creator)
    response = client.post(
        path, data=_encode(data), content_type="application/x-www-form-urlencoded"
    )
    if case in HARMLESS:
        assert response.status_code < 500
        return
    assert 400 <= response.status_code < 500, response.status
    page = response.get_data(as_text=True)
    assert 'class="error' in page
    assert _snapshot(creator) == before


def _snapshot(creator):
    db.session.expire_all()
    user = db.session.get(User, creator.id)
    profile = user.creator
    return (
        user.email,
        user.password_hash,
        profile.display_name,
        profile.headline,
        profile.price_from,
        len(profile.works),
        db.session.query(User).count(),
    )


@pytest.mark.parametrize(
    "path",
    [
        "/@%FF%FE",
        "/@" + "a" * 5000,
        "/reset/%00",
        "/lang/%FF?next=%FF",
        "/@x?%FF=%FE",
        "/dashboard/works/99999999999999999999/edit",
        "/media/..%2F..%2Fetc%2Fpasswd",
    ],
)
def test_bad_urls_are_never_a_500(client, creator, path):
    client.post("/login", data={"email": creator.email, "password": PASSWORD})
    assert client.get(path).status_code < 500


@pytest.mark.parametrize(
    "headers",
    [
        {"Accept-Language": "\xff" * 50},
        {"Accept-Language": "zz;q=abc, ;;,"},
        {"Cookie": "lang=%FF; session=rusak"},
        {"Content-Type": "multipart/form-data"},
    ],
)
def test_bad_headers_are_never_a_500(client, headers):
    assert client.get("/", headers=headers).status_code == 200
    assert client.post("/login", headers=headers).status_code < 500


@pytest.mark.parametrize("path", ["/login", "/register", "/reset"])
def test_json_bodies_are_not_form_input(client, path):
    for body in ({"email": 1, "password": ["x"]}, [1, 2], "teks"):
        response = client.post(path, json=body)
        assert 400 <= response.status_code < 500


@pytest.mark.parametrize("path", ["/login", "/register", "/reset"])
def test_file_parts_are_not_form_input(client, path):
    data = {"email": (io.BytesIO(b"a@example.com"), "email.txt"), "password": "x" * 12}
    response = client.post(path, data=data, content_type="multipart/form-data")
    assert 400 <= response.status_code < 500


def test_the_edit_work_and_reset_password_forms_refuse_bad_input(app, client, creator, make_work):
    from showcase.services.accounts import reset_token

    work = make_work(creator, title="Asli")
    client.post("/login", data={"email": creator.email, "password": PASSWORD})
    for data in ({}, {"title": HUGE}, {"title": "a\x00"}, {"title": "ok", "year": "x"}):
        assert client.post(f"/dashboard/works/{work.id}/edit", data=data).status_code == 400
    client.post("/logout")
    token = reset_token(creator, app.config["SECRET_KEY"])
    for password in ("", "pendek", "\x1b" * 12, HUGE):
        response = client.post(f"/reset/{token}", data={"password": password})
        assert response.status_code == 400
        assert 'class="error' in response.get_data(as_text=True)


def test_long_tag_lists_fit_their_column(client, creator):
    client.post("/login", data={"email": creator.email, "password": PASSWORD})
    tags = ",".join(f"{n:02d}" + "x" * 27 for n in range(10))  # 299 characters as typed
    response = client.post("/dashboard/works/new", data={"title": "Banyak tag", "tags": tags})
    assert response.status_code == 302
    db.session.expire_all()
    assert len(db.session.get(User, creator.id).creator.works[0].tags) <= 300
