"""Every form in the URL map, sent back exactly as a browser shows it, changes nothing.

For each page the app serves, as each kind of visitor, every POST form on it is read and
submitted the way a browser would submit it untouched (tests/browser_forms.py): its own values,
the selected options, the checked boxes. An edit form that does not show a stored value (a
select with no option marked, a box left unticked) would save the browser's default over it:
this test finds that for any form, including forms added later, because it reads the routes
from the URL map and the forms from the pages. Commands (a form with nothing to fill in, or
whose buttons carry the decision) do one thing when sent and are left out.
"""

import itertools
import re
from datetime import date, timedelta

import pytest
from flask import current_app
from sqlalchemy import select

from showcase.extensions import db
from showcase.models import (
    Collection,
    CollectionItem,
    Feature,
    Inquiry,
    Notice,
    NoticeKind,
    Report,
    Role,
    VerificationRequest,
    Work,
)
from showcase.services import accounts
from showcase.services.catalog import region_by_slug
from showcase.services.media import add_work_image

from .browser_forms import forms_on, send
from .conftest import PASSWORD, photo_bytes

# Pages that are not HTML or only redirect: nothing to read forms from.
NOT_PAGES = {
    "static",
    "media.serve",
    "browse.sitemap",
    "browse.robots",
    "browse.set_language",
    "browse.set_light_mode",
    "creators.share_card",
    "creators.work_share_card",
    "creators.page_qr",
    "api.list_creators",
    "api.get_creator",
    "api.openapi",
}


@pytest.fixture
def world(app, make_creator, make_work, make_staff):
    """Records whose stored values are not the forms' first choices or defaults."""
    owner = make_creator(
        handle="rambu.round",
        category="fesyen",
        region="sumba-timur",
        headline="Penenun ikat dari Kambera",
        headline_en="Ikat weaver from Kambera",
        bio="Baris pertama.\nBaris kedua.",
        instagram="rambu.round",
        tiktok="ramburound",
        youtube="https://www.youtube.com/@ramburound",
        website="https://contoh.id",
        whatsapp="+6281234567890",
        show_whatsapp=True,
        available_for_hire=False,
        price_from=750000,
        watermark=True,
    )
    work = make_work(
        owner,
        title="Hinggi kombu",
        title_en="Kombu hinggi",
        description="Kain lebar.\n\nDiwarnai mengkudu.",
        year=2021,
        price_from=3500000,
        tags="tenun, sumba",
        licence="cc-by-nc",
        motif_name="Kuda",
        motif_community="Kambera",
        motif_region=region_by_slug("sumba-timur"),
        communal_ip_reference="EBT.12.2021",
        credited_makers="Mama Rambu",
    )
    make_work(owner, title="Draf", published=False)
    with app.app_context():
        picture = add_work_image(db.session.get(Work, work.id), photo_bytes(), "Hinggi")
    curator = make_staff(Role.CURATOR)
    admin = make_staff(Role.ADMIN)
    gone = make_creator(handle="sudah.pergi")
    gone.active = False
    creator = owner.creator
    collection = Collection(
        slug="tenun-round", title="Tenun", published=True, cover_id=picture.id, position=2
    )
    collection.items.append(CollectionItem(creator=creator))
    feature = Feature(creator=creator, work_id=work.id, blurb="Pilihan", starts_on=date.today())
    report = Report(creator=creator, reason="other", details="Sepuluh huruf atau lebih.")
    verification = VerificationRequest(creator=creator, note="Penenun di Kambera sejak 1990.")
    inquiry = Inquiry(
        creator=creator,
        name="Pembeli",
        email="pembeli@example.com",
        kind="commission",
        message="Saya ingin memesan kain untuk hotel kami.",
        fingerprint="r" * 64,
        status="agreed",
        note="Kirim sampel.",
        date_needed=date.today() + timedelta(days=30),
    )
    notice = Notice(creator=creator, kind=NoticeKind.FEATURED.value)
    db.session.add_all([collection, feature, report, verification, inquiry, notice])
    db.session.commit()
    with app.app_context():
        token = accounts.reset_token(owner, current_app.config["SECRET_KEY"])
    return {
        "people": {"owner": owner, "curator": curator, "admin": admin, "visitor": None},
        "args": {
            "handle": [creator.handle],
            "work_id": [work.id],
            "picture_id": [picture.id],
            "inquiry_id": [inquiry.id],
            "notice_id": [notice.id],
            "creator_id": [creator.id],
            "feature_id": [feature.id],
            "report_id": [report.id],
            "request_id": [verification.id],
            "collection_id": [collection.id],
            "item_id": [collection.items[0].id],
            "user_id": [owner.id],
            "slug": [collection.slug],
            "category": ["fesyen"],
            "token": [token],
            "kind": ["avatar", "cover", "audio", "video"],
            "direction": ["up"],
        },
    }


def _page_urls(app, args: dict) -> list[str]:
    urls = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint in NOT_PAGES or "GET" not in rule.methods:
            continue
        missing = rule.arguments - args.keys()
        assert not missing, f"teach this test what to put in {missing} for {rule.rule}"
        names = sorted(rule.arguments)
        for values in itertools.product(*(args[name] for name in names)):
            try:
                urls.add(rule.build(dict(zip(names, values, strict=True)))[1])
            except Exception:  # noqa: BLE001, S112 - a value this rule's converter refuses
                continue
    return sorted(urls)


def _stored() -> dict:
    """Every row of every table."""
    tables = db.Model.metadata.sorted_tables
    return {
        table.name: sorted(
            db.session.execute(select(table)).all(), key=lambda row: tuple(map(str, row))
        )
        for table in tables
    }


def _differences(before: dict, after: dict) -> str:
    """What changed, as "table #id: column old -> new", "+ new row", "- gone row"."""
    lines = []
    for table in before:
        old = {row[0]: row for row in before[table]}
        new = {row[0]: row for row in after[table]}
        for key in old.keys() | new.keys():
            if key not in new:
                lines.append(f"{table}: - {tuple(old[key])}")
            elif key not in old:
                lines.append(f"{table}: + {tuple(new[key])}")
            elif old[key] != new[key]:
                columns = [
                    f"{name} {value!r} -> {new[key]._mapping[name]!r}"
                    for name, value in old[key]._mapping.items()
                    if new[key]._mapping[name] != value
                ]
                lines.append(f"{table} #{key}: {', '.join(columns)}")
    return "; ".join(lines)


def _client_for(app, person):
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    if person is not None:
        response = client.post("/login", data={"email": person.email, "password": PASSWORD})
        assert response.status_code == 302, f"{person.email} could not log in"
    return client


def test_every_form_sent_back_as_shown_changes_nothing(app, world):
    checked, changed = [], []
    for who, person in world["people"].items():
        client = _client_for(app, person)
        for url in _page_urls(app, world["args"]):
            page = client.get(url)
            assert page.status_code < 500, f"{url} as {who}: {page.status}"
            if page.status_code != 200 or page.mimetype != "text/html":
                continue
            for form in forms_on(page.get_data(as_text=True), f"http://etalase.test{url}"):
                if form.method != "post" or form.is_command:
                    continue
                before = _stored()
                response = send(client, form, passwords={"current-password": PASSWORD})
                assert response.status_code < 500, f"{form.action} from {url}: {response.status}"
                db.session.expire_all()
                after = _stored()
                checked.append((who, url, form.action))
                differences = _differences(before, after)
                if differences:
                    changed.append(f"{who} sent {form.action} from {url}: {differences}")
    assert changed == [], "\n".join(changed)
    sent = {action.split("etalase.test")[1] for _who, _url, action in checked}
    # The edit forms this test exists for are among those it sent.
    handle, work_id = "rambu.round", world["args"]["work_id"][0]
    for path in (
        "/dashboard/profile",
        f"/dashboard/works/{work_id}/edit",
        f"/curate/collections/{world['args']['collection_id'][0]}",
        f"/dashboard/inquiries/{world['args']['inquiry_id'][0]}/status",
        "/settings/email",
        f"/@{handle}/inquire",
    ):
        assert path in sent, f"{path} was not sent: {sorted(sent)}"


def test_a_command_form_is_told_from_an_edit_form():
    page = """
    <form method="post" action="/a"><input type="hidden" name="csrf_token" value="t">
      <button>Delete</button></form>
    <form method="post" action="/b"><input name="reason">
      <button name="decision" value="approve">Approve</button>
      <button name="decision" value="decline">Decline</button></form>
    <form method="post" action="/c"><select name="role"><option>creator</option>
      <option selected>curator</option></select><button>Save</button></form>
    """
    commands = [form.is_command for form in forms_on(page, "http://x/")]
    assert commands == [True, True, False]


def test_a_form_is_sent_as_a_browser_sends_it():
    page = """
    <form method="post" action="/save">
      <input name="title" value="Kain &amp; benang">
      <input type="checkbox" name="shown" value="y" checked>
      <input type="checkbox" name="watermark" value="y">
      <input type="radio" name="licence" value="cc-by">
      <input type="radio" name="licence" value="cc-by-nc" checked>
      <select name="category"><option value="musik">Musik</option>
        <option value="fesyen">Fesyen</option></select>
      <select name="region"><option value="kupang">Kupang</option>
        <option value="sumba" selected>Sumba</option></select>
      <textarea name="bio">
Satu
Dua</textarea>
      <input name="off" value="x" disabled>
      <button name="go" value="1">Save</button><button name="other" value="2">Other</button>
    </form>
    """
    (form,) = forms_on(page, "http://x/page")
    sent = form.entries()
    assert list(sent.items(multi=True)) == [
        ("title", "Kain & benang"),
        ("shown", "y"),
        ("licence", "cc-by-nc"),
        ("category", "musik"),  # nothing marked: the first option is sent
        ("region", "sumba"),
        ("bio", "Satu\r\nDua"),
        ("go", "1"),
    ]
    assert form.action == "http://x/save"


def test_no_page_renders_an_attribute_as_none(app, world):
    for who, person in world["people"].items():
        client = _client_for(app, person)
        for url in _page_urls(app, world["args"]):
            page = client.get(url)
            if page.mimetype == "text/html":
                assert '="None"' not in page.get_data(as_text=True), f"{url} as {who}"


def test_a_refused_field_points_at_its_error(client):
    page = client.post("/register", data={"email": "bukan-email"}).get_data(as_text=True)
    control = re.search(r'<input[^>]*id="email"[^>]*>', page).group(0)
    assert 'aria-invalid="true"' in control
    described = re.search(r'aria-describedby="([^"]+)"', control).group(1).split()
    for target in described:
        assert f'id="{target}"' in page
    assert "email-error" in described
