"""Curation: roles, featuring on a schedule, moderation that reaches every page, the audit log."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from showcase import create_app
from showcase.extensions import db
from showcase.models import (
    AuditEntry,
    Collection,
    CreatorProfile,
    Feature,
    Report,
    Role,
    User,
    VerificationRequest,
    Work,
)
from showcase.services import clock
from showcase.services import creators as creator_service

from .pages import names


def _curate_rules():
    app = create_app({"SECRET_KEY": "url-map-only", "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/curate"):
            for method in sorted(rule.methods & {"GET", "POST"}):
                yield pytest.param(rule, method, id=f"{method} {rule.rule}")


CURATE_RULES = list(_curate_rules())
ADMIN_ONLY = ("/curate/users",)


def _url(rule) -> str:
    return rule.build(dict.fromkeys(rule.arguments, 1))[1]


@pytest.fixture
def curator(make_staff):
    return make_staff(Role.CURATOR, email="kurator@example.com")


@pytest.fixture
def admin(make_staff):
    return make_staff(Role.ADMIN, email="admin@example.com")


@pytest.fixture
def ana(make_creator, make_work):
    user = make_creator(handle="ana", display_name="Ana Sasando", bio="Pemain sasando dari Rote")
    make_work(user, title="Lagu Rote")
    return user


def profile(handle: str) -> CreatorProfile:
    return db.session.scalar(select(CreatorProfile).where(CreatorProfile.handle == handle))


def audit_count() -> int:
    return db.session.scalar(select(func.count()).select_from(AuditEntry))


def test_there_are_curation_routes():
    assert len(CURATE_RULES) >= 15


@pytest.mark.parametrize(("rule", "method"), CURATE_RULES)
def test_a_creator_gets_403_on_every_curation_route(client, auth, ana, rule, method):
    auth.login("ana@example.com")
    response = client.open(_url(rule), method=method, data={"reason": "x", "role": "admin"})
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("rule", "method"), [p for p in CURATE_RULES if p.values[0].rule.startswith(ADMIN_ONLY)]
)
def test_a_curator_cannot_change_roles_or_accounts(client, auth, curator, ana, rule, method):
    auth.login(curator)
    data = {"role": "admin", "active": "no", "reason": "x"}
    assert client.open(_url(rule), method=method, data=data).status_code == 403
    assert db.session.get(User, curator.id).role == "curator"


def test_a_feature_shows_from_its_first_to_its_last_day(client, auth, curator, ana, monkeypatch):
    make_creator_newer = profile("ana")  # noqa: F841 - the only creator
    auth.login(curator)
    start = date(2027, 3, 10)
    response = client.post(
        "/curate/features",
        data={
            "handle": "@ana",
            "blurb": "Sasando untuk pernikahan Anda",
            "blurb_en": "Sasando for your wedding",
            "starts_on": start.isoformat(),
            "ends_on": (start + timedelta(days=6)).isoformat(),
            "position": "0",
        },
    )
    assert response.status_code == 302
    auth.logout()

    def home_on(day: date) -> str:
        monkeypatch.setattr(clock, "today", lambda: day)
        return client.get("/", headers={"Accept-Language": "id"}).get_data(as_text=True)

    assert "Sasando untuk pernikahan" not in home_on(start - timedelta(days=1))
    assert "Sasando untuk pernikahan" in home_on(start)
    assert "Sasando untuk pernikahan" in home_on(start + timedelta(days=6))
    assert "Sasando untuk pernikahan" not in home_on(start + timedelta(days=7))


def test_featured_creators_come_first_in_browse(client, make_creator, monkeypatch):
    make_creator(handle="lama", display_name="Lama Sekali")
    make_creator(handle="baru", display_name="Baru Saja", verified=True)
    db.session.add(
        Feature(creator=profile("lama"), starts_on=date(2027, 1, 1), ends_on=None, position=0)
    )
    db.session.commit()
    monkeypatch.setattr(clock, "today", lambda: date(2027, 1, 2))
    assert names(client.get("/browse").get_data(as_text=True))[:2] == ["Lama Sekali", "Baru Saja"]
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 31))
    assert names(client.get("/browse").get_data(as_text=True))[:2] == ["Baru Saja", "Lama Sekali"]


def test_a_hidden_creator_vanishes_everywhere_and_comes_back(client, auth, curator, ana):
    paths = {
        "/": "Ana Sasando",
        "/browse": "Ana Sasando",
        "/browse?q=sasando": "Ana Sasando",
        "/api/v1/creators": '"ana"',
        "/sitemap.xml": "/@ana<",
    }
    for path, text in paths.items():
        assert text in client.get(path).get_data(as_text=True), path
    creator_id = profile("ana").id
    auth.login(curator)
    client.post(f"/curate/creators/{creator_id}/hide", data={"reason": "Akun palsu"})
    client.get("/curate")  # shows (and so clears) the confirmation
    auth.logout()
    for path, text in paths.items():
        assert text not in client.get(path).get_data(as_text=True), path
    for path in ("/@ana", "/@ana/card.jpg", "/api/v1/creators/ana"):
        assert client.get(path).status_code == 404, path
    auth.login("ana@example.com")
    assert "Akun palsu" in client.get("/dashboard").get_data(as_text=True)
    auth.logout()
    auth.login(curator)
    client.post(f"/curate/creators/{creator_id}/restore", data={"reason": "Sudah dicek"})
    client.get("/curate")
    auth.logout()
    for path, text in paths.items():
        assert text in client.get(path).get_data(as_text=True), path
    assert client.get("/@ana/card.jpg").status_code == 200


def test_a_hidden_work_leaves_the_page_search_api_and_sitemap(client, auth, curator, ana):
    work = db.session.scalar(select(Work).where(Work.title == "Lagu Rote"))
    work_path = f"/@ana/works/{work.id}<"
    assert work_path in client.get("/sitemap.xml").get_data(as_text=True)
    auth.login(curator)
    client.post(f"/curate/works/{work.id}/hide", data={"reason": "Hak cipta"})
    client.get("/curate")
    auth.logout()
    assert "Lagu Rote" not in client.get("/@ana").get_data(as_text=True)
    assert "Lagu Rote" not in client.get("/api/v1/creators/ana").get_data(as_text=True)
    assert client.get(f"/@ana/works/{work.id}").status_code == 404
    assert "Ana Sasando" not in client.get("/browse?q=lagu").get_data(as_text=True)
    assert work_path not in client.get("/sitemap.xml").get_data(as_text=True)


def _actions(curator_client_post, ana_id, work_id, other_user_id, report_id, request_id):
    """Each curator or admin action, as (path, form data)."""
    return [
        (f"/curate/creators/{ana_id}/hide", {"reason": "Spam"}),
        (f"/curate/creators/{ana_id}/restore", {"reason": "Salah"}),
        (f"/curate/works/{work_id}/hide", {"reason": "Hak cipta"}),
        (f"/curate/works/{work_id}/restore", {"reason": ""}),
        ("/curate/features", {"handle": "ana", "starts_on": "2027-01-01", "position": "1"}),
        (
            "/curate/collections",
            {"slug": "tenun-sumba", "title": "Tenun Sumba", "published": "yes"},
        ),
        (f"/curate/reports/{report_id}", {"action": "dismiss", "reason": ""}),
        (f"/curate/verifications/{request_id}", {"decision": "approve", "reason": ""}),
        (f"/curate/users/{other_user_id}/role", {"role": "curator"}),
        (f"/curate/users/{other_user_id}/active", {"active": "no", "reason": "Penipu"}),
    ]


def test_every_curator_and_admin_action_leaves_exactly_one_audit_entry(
    client, auth, admin, ana, make_creator
):
    other = make_creator(handle="budi")
    creator = profile("ana")
    work = db.session.scalar(select(Work).where(Work.title == "Lagu Rote"))
    report = Report(creator=creator, reason="spam", details="Menjual barang palsu")
    request = VerificationRequest(creator=profile("budi"), note="Saya Budi dari Ende.")
    db.session.add_all([report, request])
    db.session.commit()
    auth.login(admin)
    actions = _actions(None, creator.id, work.id, other.id, report.id, request.id)
    for path, data in actions:
        before = audit_count()
        response = client.post(path, data=data)
        assert response.status_code == 302, (path, response.status_code)
        assert audit_count() == before + 1, path
    collection = db.session.scalar(select(Collection))
    more = [
        (
            f"/curate/collections/{collection.id}",
            {"slug": "tenun-sumba", "title": "Tenun!", "published": "yes"},
        ),
        (f"/curate/collections/{collection.id}/creators", {"handle": "ana"}),
    ]
    for path, data in more:
        before = audit_count()
        assert client.post(path, data=data).status_code == 302
        assert audit_count() == before + 1, path
    item = db.session.scalar(select(Collection)).items[0]
    feature = db.session.scalar(select(Feature))
    for path in (
        f"/curate/collections/{collection.id}/items/{item.id}/delete",
        f"/curate/features/{feature.id}/delete",
    ):
        before = audit_count()
        assert client.post(path).status_code == 302
        assert audit_count() == before + 1, path
    log = client.get("/curate/audit").get_data(as_text=True)
    assert "admin@example.com" in log and "Hid a creator&#39;s page" in log and "Penipu" in log
    # A refused action (no reason to hide) leaves no entry.
    before = audit_count()
    client.post(f"/curate/creators/{creator.id}/hide", data={"reason": ""})
    assert audit_count() == before


def test_the_audit_log_cannot_be_edited_from_the_site(app):
    rules = [rule for rule in app.url_map.iter_rules() if "audit" in rule.rule]
    assert [sorted(rule.methods - {"HEAD", "OPTIONS"}) for rule in rules] == [["GET"]]


def test_verification_request_and_badge(client, auth, curator, ana):
    auth.login("ana@example.com")
    response = client.post(
        "/dashboard/verification",
        data={"note": "Saya Ana, pemain sasando di Rote sejak 2010.", "links": ""},
    )
    assert response.status_code == 302
    auth.logout()
    request = db.session.scalar(select(VerificationRequest))
    auth.login(curator)
    client.post(f"/curate/verifications/{request.id}", data={"decision": "approve"})
    client.get("/curate")
    auth.logout()
    assert "✓" in client.get("/@ana").get_data(as_text=True)
    assert "✓" in client.get("/browse").get_data(as_text=True)


def test_anyone_can_report_and_reports_are_rate_limited(app, client, ana):
    data = {"reason": "spam", "details": "Halaman ini menipu pembeli."}
    assert client.post("/@ana/report", data=data).status_code == 302
    assert db.session.scalar(select(func.count()).select_from(Report)) == 1
    app.config["REPORT_LIMIT_PER_IP"] = "2 per hour"
    try:
        statuses = [client.post("/@ana/report", data=data).status_code for _ in range(3)]
        assert statuses == [302, 302, 429]
    finally:
        app.config["REPORT_LIMIT_PER_IP"] = "10 per hour"
    assert client.post("/@ana/report", data={"reason": "spam", "details": ""}).status_code in (
        400,
        429,
    )


def test_a_collection_page_shows_its_public_creators(client, auth, curator, ana, make_creator):
    make_creator(handle="tersembunyi", display_name="Tersembunyi", hidden=True)
    auth.login(curator)
    client.post(
        "/curate/collections",
        data={"slug": "musik-rote", "title": "Musik Rote", "published": "yes"},
    )
    collection = db.session.scalar(select(Collection))
    for handle in ("ana", "tersembunyi"):
        client.post(f"/curate/collections/{collection.id}/creators", data={"handle": handle})
    client.get("/curate")  # shows (and so clears) the confirmations
    auth.logout()
    page = client.get("/collections/musik-rote").get_data(as_text=True)
    assert "Ana Sasando" in page and "Tersembunyi" not in page
    assert 'href="/collections/musik-rote"' in client.get("/").get_data(as_text=True)
    assert client.get("/collections/tidak-ada").status_code == 404


def test_a_deactivated_user_cannot_log_in_and_their_page_is_gone(client, auth, admin, ana):
    auth.login(admin)
    client.post(f"/curate/users/{ana.id}/active", data={"active": "no", "reason": "Penipuan"})
    auth.logout()
    assert client.get("/@ana").status_code == 404
    auth.login("ana@example.com")
    assert client.get("/dashboard").status_code == 302


def test_a_collection_takes_a_cover_from_its_creators_photos(app, client, auth, curator, ana):
    from showcase.services.media import add_work_image

    from .conftest import photo_bytes

    with app.app_context():
        work = db.session.scalar(select(Work).where(Work.title == "Lagu Rote"))
        picture = add_work_image(work, photo_bytes(size=(800, 400)), "Sasando di pantai")
    auth.login(curator)
    client.post("/curate/collections", data={"slug": "rote", "title": "Rote", "published": "y"})
    collection = db.session.scalar(select(Collection))
    client.post(f"/curate/collections/{collection.id}/creators", data={"handle": "ana"})
    edit = client.get(f"/curate/collections/{collection.id}").get_data(as_text=True)
    assert f'value="{picture.id}"' in edit
    data = {"slug": "rote", "title": "Rote", "published": "y", "cover_id": str(picture.id)}
    assert client.post(f"/curate/collections/{collection.id}", data=data).status_code == 302
    bad = {**data, "cover_id": "999999"}  # not a photo of its creators
    assert client.post(f"/curate/collections/{collection.id}", data=bad).status_code == 400
    client.get("/curate")
    auth.logout()
    assert 'alt="Sasando di pantai"' in client.get("/collections/rote").get_data(as_text=True)
    profile("ana").hidden = True  # its photographer hidden: the cover goes too
    db.session.commit()
    assert 'alt="Sasando di pantai"' not in client.get("/collections/rote").get_data(as_text=True)


def test_declining_a_request_keeps_an_earlier_verification(client, auth, curator, make_creator):
    user = make_creator(handle="sudah", verified=True)
    request = VerificationRequest(creator=profile("sudah"), note="Mohon verifikasi ulang.")
    db.session.add(request)
    db.session.commit()
    auth.login(curator)
    client.post(f"/curate/verifications/{request.id}", data={"decision": "decline", "reason": "x"})
    assert profile("sudah").verified is True
    auth.logout()
    auth.login(user)
    response = client.post("/dashboard/verification", data={"note": "Saya lagi, mohon dicek."})
    assert response.status_code == 302
    assert db.session.scalar(select(func.count()).select_from(VerificationRequest)) == 1


def test_hiding_moves_the_media_to_keys_nobody_has(
    app, storage, client, auth, curator, make_creator
):
    """A link kept by a cache, a CDN or a public bucket leads nowhere once a work or a page is
    hidden (issue 13, item 11)."""
    from showcase.services.media import add_work_image

    from .conftest import photo_bytes

    user = make_creator(handle="maria", listed=False)
    with app.app_context():
        work = creator_service.add_work(profile("maria"), title="Selendang")
        add_work_image(work, photo_bytes(), "Selendang merah")
        work_id = work.id
    before = {asset.key for asset in _work_assets(work_id)}
    auth.login(curator)
    assert client.post(
        f"/curate/works/{work_id}/hide", data={"reason": "Hak cipta"}
    ).status_code in (302, 303)
    after = {asset.key for asset in _work_assets(work_id)}
    assert len(after) == len(before) and not after & before
    stored = set(storage.keys())
    assert after <= stored and not before & stored
    assert client.post(
        f"/curate/creators/{user.creator.id}/hide", data={"reason": "Spam"}
    ).status_code in (302, 303)
    assert not {asset.key for asset in _work_assets(work_id)} & after


def _work_assets(work_id):
    from showcase.models import MediaAsset, Picture

    query = select(MediaAsset).join(Picture).where(Picture.work_id == work_id)
    return list(db.session.scalars(query))
