"""Route-wide access rules, read from the app's URL map so that new routes are covered too.

Every route is private unless listed in PUBLIC: a logged-out visitor is sent to the log-in
page, and a creator reaching for another creator's things gets 403 or 404.
"""

import pytest

from showcase import create_app
from showcase.extensions import db
from showcase.models import Inquiry, Notice, NoticeKind, Role, Work
from showcase.services.media import add_work_image

from .conftest import PASSWORD, photo_bytes

# Routes anyone may use. Adding a route here is a decision, not a default.
PUBLIC = {
    "static",
    "media.serve",
    "browse.home",
    "browse.browse",
    "browse.sitemap",
    "pages.about",
    "pages.privacy",
    "pages.terms",
    "browse.robots",
    "browse.set_language",
    "browse.set_light_mode",
    "creators.page",
    "creators.share_card",
    "creators.work_page",
    "creators.work_share_card",
    "auth.register",
    "auth.login",
    "auth.reset_request",
    "auth.reset_password",
    "curation.report",
    "curation.public_collection",
    "inquiries.form",
    "inquiries.inquire",
    "inquiries.sent",
    "api.list_creators",
    "api.get_creator",
    "api.openapi",
}
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def _private_routes():
    app = create_app({"SECRET_KEY": "url-map-only", "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    for rule in sorted(app.url_map.iter_rules(), key=lambda rule: rule.rule):
        if rule.endpoint in PUBLIC:
            continue
        for method in sorted(rule.methods & set(METHODS)):
            yield pytest.param(rule, method, id=f"{method} {rule.rule}")


PRIVATE_ROUTES = list(_private_routes())


# Arguments that name somebody's things; the others (direction, kind) only choose an action.
OWNED = {"work_id", "picture_id", "inquiry_id", "notice_id"}
# Curation routes name anyone's things; role checks come first, so any number will do.
CURATION_ARGS = {
    name: 1
    for name in (
        "creator_id",
        "feature_id",
        "report_id",
        "request_id",
        "collection_id",
        "item_id",
        "user_id",
    )
}


def _url(rule, victim: dict) -> str:
    """Fill a rule's arguments with the victim's objects."""
    kind = "audio" if "/recording/" in rule.rule else "avatar"
    values = {**CURATION_ARGS, **victim, "direction": "up", "kind": kind}
    missing = rule.arguments - values.keys()
    assert not missing, f"teach this test what to put in {missing} for {rule.rule}"
    return rule.build(values)[1]


@pytest.fixture
def victim_work(app, make_creator, make_work):
    victim = make_creator(handle="korban")
    make_work(victim, title="Pertama")
    work = make_work(victim, title="Milik korban")
    inquiry = Inquiry(
        creator=db.session.get(Work, work.id).creator,
        name="Pembeli",
        email="pembeli@example.com",
        kind="purchase",
        message="Pesan rahasia untuk korban saja.",
        fingerprint="f" * 64,
    )
    notice = Notice(creator=inquiry.creator, kind=NoticeKind.VERIFIED.value)
    db.session.add_all([inquiry, notice])
    db.session.commit()
    with app.app_context():
        picture = add_work_image(db.session.get(Work, work.id), photo_bytes(), "Kain korban")
        return {
            "work_id": work.id,
            "picture_id": picture.id,
            "inquiry_id": inquiry.id,
            "notice_id": notice.id,
        }


def test_private_routes_exist():
    assert len(PRIVATE_ROUTES) >= 10


@pytest.mark.parametrize(("rule", "method"), PRIVATE_ROUTES)
def test_logged_out_visitors_are_sent_to_log_in(client, rule, method, victim_work):
    response = client.open(_url(rule, victim_work), method=method)
    assert response.status_code == 302, response.status
    assert "/login" in response.headers["Location"]


@pytest.mark.parametrize(
    ("rule", "method"), [param for param in PRIVATE_ROUTES if param.values[0].arguments & OWNED]
)
def test_another_creator_cannot_reach_a_creators_things(
    client, rule, method, victim_work, make_creator
):
    intruder = make_creator(handle="penyusup")
    client.post("/login", data={"email": intruder.email, "password": PASSWORD})
    data = {"title": "Dicuri", "status": "spam", "note": "Dicuri"}
    response = client.open(_url(rule, victim_work), method=method, data=data)
    assert response.status_code in (403, 404), response.status
    assert "Pesan rahasia" not in response.get_data(as_text=True)
    db.session.expire_all()
    work = db.session.get(Work, victim_work["work_id"])
    assert work is not None
    assert (work.title, work.position) == ("Milik korban", 2)
    assert len(work.pictures) == 1
    inquiry = db.session.get(Inquiry, victim_work["inquiry_id"])
    assert (inquiry.status, inquiry.note, inquiry.read_at) == ("new", "", None)
    assert db.session.get(Notice, victim_work["notice_id"]).dismissed_at is None


@pytest.mark.parametrize("path", ["/dashboard", "/dashboard/profile", "/dashboard/works/new"])
def test_staff_without_a_creator_page_get_403_on_the_dashboard(client, make_staff, path):
    curator = make_staff(Role.CURATOR)
    client.post("/login", data={"email": curator.email, "password": PASSWORD})
    assert client.get(path).status_code == 403
