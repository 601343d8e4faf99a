"""Curator tools used as a browser uses them: creators and works picked by name and picture,
never by a typed id; decisions, reasons and roles shown in words; staff land on /curate."""

import re
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser

import pytest
from sqlalchemy import select

from showcase.extensions import db
from showcase.models import Collection, CollectionItem, Feature, Report, Role, Work
from showcase.services import clock, curation
from showcase.services.media import add_work_image

from .browser_forms import Form, forms_on, send
from .conftest import photo_bytes

SITE = "http://etalase.test"
# What a stored code looks like on screen: "creator:31", "feature.add", "#65".
CODES = re.compile(
    r"\b(creator|work|report|collection|user):\d+|#\d+|"
    + "|".join(re.escape(action) for action in curation.AUDIT_ACTIONS)
)


@pytest.fixture
def curator(make_staff):
    return make_staff(Role.CURATOR, email="kurator@example.com")


@pytest.fixture
def ana(make_creator, make_work):
    user = make_creator(handle="ana", display_name="Ana Sasando", region="rote-ndao")
    make_work(user, title="Lagu Rote")
    return user


def _page(client, path: str) -> tuple[str, list[Form]]:
    response = client.get(path)
    assert response.status_code == 200, (path, response.status)
    html = response.get_data(as_text=True)
    return html, forms_on(html, f"{SITE}{path}")


def _form(forms: list[Form], method: str, action_path: str) -> Form:
    return next(f for f in forms if f.method == method and f.action.endswith(action_path))


def _type(form: Form, name: str, value: str) -> Form:
    for control in form.controls:
        if control.name == name:
            control.value = value
    return form


def _press(form: Form, name: str, value: str) -> Form:
    """The form as sent by pressing the button ``name=value`` (send presses the first)."""
    buttons = form.buttons
    kept = [c for c in form.controls if c not in buttons or (c.name, c.value) == (name, value)]
    assert len(kept) == len(form.controls) - len(buttons) + 1, f"no button {name}={value}"
    return replace(form, controls=kept)


def _tick(form: Form, name: str, value: str) -> Form:
    """Choose the radio ``name=value``, as a tap on it does."""
    radios = [c for c in form.controls if c.name == name and c.type == "radio"]
    assert value in [radio.value for radio in radios], f"no radio {name}={value}"
    for radio in radios:
        radio.checked = radio.value == value
    return form


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style") and self._skip > 0

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    reader = _Text()
    reader.feed(html)
    return " ".join(" ".join(reader.parts).split())


def _typed_id_fields(forms: list[Form]) -> list[str]:
    """Fields a person would type an id or a handle into."""
    typed = ("text", "search", "number", "")
    return [
        control.name
        for form in forms
        for control in form.fields
        if control.tag == "input"
        and control.type in typed
        and (control.name.endswith("_id") or control.name in ("handle", "creator", "work"))
    ]


def test_a_curator_features_a_creator_found_by_name_and_a_work_by_its_picture(
    client, auth, curator, ana
):
    photo_work = db.session.scalar(select(Work).where(Work.title == "Portofolio"))
    auth.login(curator)
    _html, forms = _page(client, "/curate/features")
    assert _typed_id_fields(forms) == []
    search = next(f for f in forms if f.method == "get" and any(c.name == "q" for c in f.fields))
    found = send(client, _type(search, "q", "sasando"))
    assert found.status_code == 200
    html = found.get_data(as_text=True)
    assert "Ana Sasando" in html and "@ana" in html and "Rote Ndao" in html
    results = forms_on(html, found.request.url)
    pick = next(f for f in results if any(b.name == "creator" for b in f.buttons))
    chosen = send(client, _press(pick, "creator", "ana"))
    assert chosen.status_code == 200
    html = chosen.get_data(as_text=True)
    forms = forms_on(html, chosen.request.url)
    assert _typed_id_fields(forms) == []
    feature_form = _form(forms, "post", "/curate/features")
    # Each work is a radio with its thumbnail; the creator alone is the first, chosen.
    labels = re.findall(r'<label class="pick">(.*?)</label>', html, re.S)
    portfolio = next(label for label in labels if "Portofolio" in label)
    assert 'type="radio"' in portfolio and "<img" in portfolio
    assert any("Lagu Rote" in label for label in labels)
    radios = [c for c in feature_form.controls if c.type == "radio"]
    assert [r.value for r in radios if r.checked] == [""]
    _type(feature_form, "blurb", "Sasando untuk pernikahan Anda")
    _tick(feature_form, "work_id", str(photo_work.id))
    response = send(client, feature_form)
    assert response.status_code == 302, response.get_data(as_text=True)
    feature = db.session.scalar(select(Feature))
    assert (feature.creator.handle, feature.work_id) == ("ana", photo_work.id)
    assert feature.blurb == "Sasando untuk pernikahan Anda"
    assert feature.starts_on == clock.today()


def test_a_feature_cannot_take_another_creators_work(client, auth, curator, ana, make_creator):
    other = make_creator(handle="budi", display_name="Budi Tenun")
    their_work = other.creator.works[0]
    auth.login(curator)
    data = {"handle": "ana", "work_id": str(their_work.id), "starts_on": "2027-01-01"}
    response = client.post("/curate/features", data=data)
    assert response.status_code == 400
    assert db.session.scalar(select(Feature)) is None


def test_a_search_that_finds_nobody_says_so(client, auth, curator, ana):
    auth.login(curator)
    page = client.get("/curate/features?q=zzzqqq").get_data(as_text=True)
    assert "No listed creator has that name" in page


def test_a_collection_gets_creators_by_name_and_a_cover_by_its_picture(
    app, client, auth, curator, ana
):
    with app.app_context():
        work = db.session.scalar(select(Work).where(Work.title == "Lagu Rote"))
        picture = add_work_image(work, photo_bytes(size=(800, 400)), "Sasando di pantai")
    collection = Collection(slug="musik-rote", title="Musik Rote", published=True)
    db.session.add(collection)
    db.session.commit()
    path = f"/curate/collections/{collection.id}"
    auth.login(curator)
    _html, forms = _page(client, path)
    assert _typed_id_fields(forms) == []
    search = next(f for f in forms if f.method == "get" and any(c.name == "q" for c in f.fields))
    found = send(client, _type(search, "q", "Ana"))
    results = forms_on(found.get_data(as_text=True), found.request.url)
    add = _form(results, "post", f"{path}/creators")
    assert send(client, add).status_code == 302
    assert [item.creator.handle for item in db.session.get(Collection, collection.id).items] == [
        "ana"
    ]

    html, forms = _page(client, path)
    labels = re.findall(r'<label class="pick">(.*?)</label>', html, re.S)
    cover = next(label for label in labels if f'value="{picture.id}"' in label)
    assert "<img" in cover and "Lagu Rote" in cover  # the work's title names the photo
    assert "#" + str(picture.id) not in visible_text(html)
    edit = _form(forms, "post", path)
    assert [c.value for c in edit.controls if c.type == "radio" and c.checked] == [""]
    assert send(client, _tick(edit, "cover_id", str(picture.id))).status_code == 302
    assert db.session.get(Collection, collection.id).cover_id == picture.id
    html, forms = _page(client, path)
    edit = _form(forms, "post", path)
    assert [c.value for c in edit.controls if c.type == "radio" and c.checked] == [str(picture.id)]
    assert "In this collection" in client.get(f"{path}?q=ana").get_data(as_text=True)


def test_a_cover_whose_creator_left_the_collection_is_kept_by_an_unchanged_save(
    app, client, auth, curator, ana
):
    with app.app_context():
        work = db.session.scalar(select(Work).where(Work.title == "Lagu Rote"))
        picture = add_work_image(work, photo_bytes(size=(800, 400)), "Sasando di pantai")
    collection = Collection(slug="bekas", title="Bekas", published=True, cover_id=picture.id)
    db.session.add(collection)  # Ana's photo is its cover, and Ana is not (or no longer) in it
    db.session.commit()
    path = f"/curate/collections/{collection.id}"
    auth.login(curator)
    _html, forms = _page(client, path)
    edit = _form(forms, "post", path)
    assert [c.value for c in edit.controls if c.type == "radio" and c.checked] == [str(picture.id)]
    assert send(client, edit).status_code == 302
    assert db.session.get(Collection, collection.id).cover_id == picture.id


def test_the_audit_log_reads_as_words_in_both_languages(
    app, client, plain_client, auth, make_staff, ana, make_creator
):
    admin = make_staff(Role.ADMIN, email="admin@example.com")
    creator = ana.creator
    budi = make_creator(handle="budi", display_name="Budi Tenun")
    collection = Collection(slug="rote", title="Musik Rote")
    report = Report(creator=creator, reason="impersonation", details="Bukan Ana yang asli.")
    db.session.add_all([collection, report])
    db.session.commit()
    draft = curation.FeatureDraft(creator, None, "", "", date(2027, 1, 1), date(2027, 1, 7), 0)
    with app.app_context():  # decisions tell the creator by e-mail
        curation.add_feature(admin, draft)
        curation.hide_creator(admin, budi.creator, "Akun palsu")
        curation.add_to_collection(admin, collection, creator)
        curation.close_report(admin, report, "dismiss")
        curation.set_role(admin, budi, Role.CURATOR.value)
    auth.login(admin)
    html = client.get("/curate/audit").get_data(as_text=True)
    text = visible_text(html)
    for words in (
        "Featured a creator",
        "Hid a creator's page",
        "Added a creator to a collection",
        "Dismissed a report",
        "Changed a role",
        "1 January 2027 to 7 January 2027",
        "Curator",
        "Akun palsu",
    ):
        assert words in text, words
    assert 'href="/@ana"' in html and 'href="/@budi"' in html
    assert CODES.search(text) is None, CODES.search(text)
    assert "impersonation" not in text
    plain_client.post("/login", data={"email": admin.email, "password": "batu-karang-rote-2024"})
    indonesian = visible_text(plain_client.get("/curate/audit").get_data(as_text=True))
    assert "Januari 2027" in indonesian and "Ana Sasando" in indonesian
    assert CODES.search(indonesian) is None, CODES.search(indonesian)


def test_report_reasons_show_as_words_in_both_languages(client, plain_client, auth, curator, ana):
    db.session.add(Report(creator=ana.creator, reason="impersonation", details="Bukan dia."))
    db.session.commit()
    auth.login(curator)
    english = visible_text(client.get("/curate/reports").get_data(as_text=True))
    assert "Pretends to be someone else" in english and "impersonation" not in english
    plain_client.post("/login", data={"email": curator.email, "password": "batu-karang-rote-2024"})
    indonesian = visible_text(plain_client.get("/curate/reports").get_data(as_text=True))
    assert "Menyamar sebagai orang lain" in indonesian and "impersonation" not in indonesian


def test_the_report_form_names_works_by_title(client, ana):
    work = db.session.scalar(select(Work).where(Work.title == "Lagu Rote"))
    html = client.get(f"/@ana/report?work={work.id}").get_data(as_text=True)
    (form,) = [f for f in forms_on(html, f"{SITE}/@ana/report") if f.method == "post"]
    assert _typed_id_fields([form]) == []
    assert re.search(rf'<option selected value="{work.id}">Lagu Rote</option>', html)


def test_roles_show_as_words(client, auth, make_staff, ana):
    auth.login(make_staff(Role.ADMIN))
    text = visible_text(client.get("/curate/users").get_data(as_text=True))
    assert "Creator" in text and "Administrator" in text
    assert not re.search(r"\b(creator|curator|admin)\b", text)


@pytest.mark.parametrize("role", [Role.CURATOR, Role.ADMIN])
def test_staff_land_on_curation_after_logging_in(client, auth, make_staff, role):
    response = auth.login(make_staff(role))
    assert response.status_code == 302
    assert response.headers["Location"] == "/curate"


def test_a_safe_next_still_wins_for_staff(client, make_staff):
    staff = make_staff(Role.CURATOR)
    data = {"email": staff.email, "password": "batu-karang-rote-2024"}
    response = client.post("/login?next=/curate/audit", data=data)
    assert response.headers["Location"] == "/curate/audit"
    client.post("/logout")
    response = client.post("/login?next=//elsewhere.example/", data=data)
    assert response.headers["Location"] == "/curate"


def test_a_creator_still_lands_on_the_dashboard(client, auth, ana):
    response = auth.login(ana)
    assert response.headers["Location"] == "/dashboard"


def test_collection_items_keep_to_their_creator_row(client, auth, curator, ana):
    """The list of creators in a collection names them; no number stands for anyone."""
    collection = Collection(slug="satu", title="Satu")
    collection.items.append(CollectionItem(creator=ana.creator))
    db.session.add(collection)
    db.session.commit()
    auth.login(curator)
    text = visible_text(client.get(f"/curate/collections/{collection.id}").get_data(as_text=True))
    assert "Ana Sasando" in text and "@ana" in text
    assert CODES.search(text) is None
