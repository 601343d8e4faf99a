"""Every form answers bad input with its errors shown and a 4xx, never a 500, and saves nothing."""

import io
from urllib.parse import quote_from_bytes

import pytest

from showcase.extensions import db
from showcase.models import Collection, Feature, Inquiry, Report, User, VerificationRequest

from .conftest import PASSWORD

SAVED_BY_FORMS = (Inquiry, Report, VerificationRequest, Feature, Collection)

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
    "inquiry": (
        "/@pemilik/inquire",
        False,
        {
            "name": "Pembeli",
            "email": "pembeli@example.com",
            "phone": "081234567890",
            "kind": "purchase",
            "budget": "1-2 juta",
            "date": "2099-01-01",
            "message": "Saya ingin memesan sepuluh kain tenun.",
            "consent": "y",
        },
    ),
    "report": (
        "/@pemilik/report",
        False,
        {"reason": "spam", "details": "Halaman ini menipu pembeli."},
    ),
    "verification": (
        "/dashboard/verification",
        True,
        {"note": "Saya pemain sasando dari Rote sejak 2010.", "links": "https://contoh.id"},
    ),
    "feature": (
        "/curate/features",
        "curator",
        {
            "handle": "pemilik",
            "work_id": "",
            "blurb": "Pilihan minggu ini",
            "blurb_en": "This week's pick",
            "starts_on": "2027-01-01",
            "ends_on": "2027-01-31",
            "position": "1",
        },
    ),
    "collection": (
        "/curate/collections",
        "curator",
        {
            "slug": "tenun-sumba",
            "title": "Tenun Sumba",
            "title_en": "Sumba weaving",
            "blurb": "Kain dari Sumba",
            "blurb_en": "Cloth from Sumba",
            "published": "y",
        },
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
    "inquiry": [
        ("date", "2020-01-01"),
        ("budget", "-5000"),
        ("kind", "suap"),
        ("name", "Pembeli\r\nBcc: korban@example.com"),
        ("message", " ".join(f"https://spam{n}.example" for n in range(50))),
    ],
    "report": [("reason", "iseng")],
    "feature": [
        ("handle", "tidak.ada"),
        ("starts_on", "besok"),
        ("ends_on", "2026-01-01"),
        ("work_id", "9" * 23),
        ("work_id", "-1"),
    ],
    "collection": [("slug", "Bukan Slug!"), ("cover_id", "999999")],
}


CHECKBOXES = {"confirm", "consent", "published"}  # any value ticks a check box


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
    "inquiry-missing-phone",
    "inquiry-missing-budget",
    "inquiry-missing-date",
    "verification-missing-links",
    "feature-missing-work_id",
    "feature-missing-blurb",
    "feature-missing-blurb_en",
    "feature-missing-ends_on",
    "feature-missing-position",
    "collection-missing-title_en",
    "collection-missing-blurb",
    "collection-missing-blurb_en",
    "collection-unticked-published",
}


@pytest.mark.parametrize(("form", "data"), list(_cases()))
def test_bad_input_is_a_4xx_with_errors_shown(request, client, creator, make_staff, form, data):
    path, needs_login, _ = FORMS[form]
    case = request.node.callspec.id
    if needs_login == "curator":
        curator = make_staff(email="kurator@example.com")
        client.post("/login", data={"email": curator.email, "password": PASSWORD})
    elif needs_login:
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
        *(db.session.query(model).count() for model in SAVED_BY_FORMS),
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
