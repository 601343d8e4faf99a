"""An inquiry as its two people meet it, used as a browser uses the pages: the buyer whose
form is refused finds everything typed still there; the creator reads the inquiry as label
and value, in WITA, and answers on WhatsApp with one tap that marks it replied."""

from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date, format_time
from sqlalchemy import select

from showcase.extensions import db
from showcase.models import Inquiry
from showcase.services import clock
from showcase.services import inquiries as inquiry_service

from .browser_forms import forms_on, send
from .conftest import PASSWORD, csrf_token
from .filling import fill, form_to, terms_on, value_of

MESSAGE = "Kami ingin memesan 20 selendang tenun untuk butik kami di Kupang."
WITA = ZoneInfo("Asia/Makassar")
# Late in the evening in UTC is the next morning in WITA: the date must follow the zone.
RECEIVED = datetime(2026, 12, 1, 20, 15, tzinfo=UTC)


@pytest.fixture
def ana(make_creator):
    return make_creator(handle="ana", display_name="Ana Tenun", email="ana.private@example.com")


@pytest.fixture
def selendang(ana, make_work):
    return make_work(ana, title="Selendang Sumba", title_en="Sumba shawl")


def typed(work_date: date) -> dict:
    return {
        "name": "Maria Buyer",
        "email": "maria@buyer.example",
        "phone": "+6281234567890",
        "kind": "commission",
        "budget": "5-10 juta",
        "date": work_date.isoformat(),
        "message": MESSAGE,
        "consent": True,
    }


def stored() -> list[Inquiry]:
    return list(db.session.scalars(select(Inquiry).order_by(Inquiry.id)))


def log_in(client, user) -> None:
    data = {"email": user.email, "password": PASSWORD, "csrf_token": csrf_token(client, "/login")}
    assert client.post("/login", data=data).status_code == 302


# --- The buyer: a refused form keeps what was typed -------------------------------------------


def test_a_form_sent_too_quickly_comes_back_with_everything_typed(
    app, client, ana, selendang, csrf, monkeypatch
):
    app.config["INQUIRY_MIN_SECONDS"] = 3
    try:
        url = f"/@ana/inquire?work={selendang.id}"
        page = client.get(url).get_data(as_text=True)
        form = fill(
            form_to(forms_on(page, f"http://etalase.test{url}"), "/@ana/inquire"),
            **typed(clock.today() + timedelta(days=30)),
        )
        refused = send(client, form)  # at once: faster than anyone types
        assert refused.status_code == 400
        page = refused.get_data(as_text=True)
        assert "That was very quick" in page
        again = form_to(forms_on(page, "http://etalase.test/@ana/inquire"), "/@ana/inquire")
        for name, value in typed(clock.today() + timedelta(days=30)).items():
            assert value_of(again, name) == value, name
        assert value_of(again, "work") == str(selendang.id)
        assert stored() == []

        # A moment later the same form, untouched, goes through as it came back.
        later = inquiry_service.utcnow() + timedelta(seconds=10)
        monkeypatch.setattr(inquiry_service, "utcnow", lambda: later)
        sent = send(client, again)
    finally:
        app.config["INQUIRY_MIN_SECONDS"] = 0
    assert sent.status_code == 303
    [inquiry] = stored()
    assert (inquiry.name, inquiry.phone, inquiry.kind, inquiry.work_id) == (
        "Maria Buyer",
        "+6281234567890",
        "commission",
        selendang.id,
    )
    assert inquiry.date_needed == clock.today() + timedelta(days=30)


def test_a_refused_form_from_the_creator_page_keeps_what_was_typed(client, ana, selendang):
    url = f"/@ana/works/{selendang.id}"
    page = client.get(url).get_data(as_text=True)
    form = form_to(forms_on(page, f"http://etalase.test{url}"), "/@ana/inquire")
    values = {**typed(clock.today() + timedelta(days=3)), "message": "Terlalu pendek."}
    refused = send(client, fill(form, **values))
    assert refused.status_code == 400
    page = refused.get_data(as_text=True)
    assert "Your message needs 20 to 5,000 characters." in page
    again = form_to(forms_on(page, "http://etalase.test/@ana/inquire"), "/@ana/inquire")
    for name, value in values.items():
        assert value_of(again, name) == value, name
    assert value_of(again, "work") == str(selendang.id)
    assert stored() == []


def test_a_form_whose_token_expired_comes_back_filled_in_with_a_fresh_one(app, client, ana, csrf):
    page = client.get("/@ana/inquire").get_data(as_text=True)
    form = fill(
        form_to(forms_on(page, "http://etalase.test/"), "/@ana/inquire"), **typed(clock.today())
    )
    client.delete_cookie("session", domain="etalase.test")  # the session ended meanwhile
    refused = send(client, form)
    assert refused.status_code == 400
    assert "This form had expired. Please send it again." in refused.text
    again = form_to(forms_on(refused.text, "http://etalase.test/"), "/@ana/inquire")
    for name, value in typed(clock.today()).items():
        assert value_of(again, name) == value, name
    assert send(client, again).status_code == 303
    assert len(stored()) == 1


def test_a_phone_number_as_people_type_it_comes_back_as_one_number(app, client, ana):
    app.config["INQUIRY_MIN_SECONDS"] = 3
    try:
        page = client.get("/@ana/inquire").get_data(as_text=True)
        form = form_to(forms_on(page, "http://etalase.test/@ana/inquire"), "/@ana/inquire")
        values = {**typed(clock.today()), "phone": "0812 3456 7890"}
        refused = send(client, fill(form, **values))
    finally:
        app.config["INQUIRY_MIN_SECONDS"] = 0
    assert refused.status_code == 400
    again = form_to(forms_on(refused.text, "http://etalase.test/"), "/@ana/inquire")
    # The same number in the form it is kept in; nothing to type again.
    assert value_of(again, "phone") == "+6281234567890"


# --- The creator: the inquiry as label and value ---------------------------------------------


@pytest.fixture
def maria(ana, selendang):
    inquiry = Inquiry(
        creator=ana.creator,
        work=selendang,
        name="Maria Buyer",
        email="maria@buyer.example",
        phone="+6281234567890",
        kind="commission",
        budget_min=5_000_000,
        budget_max=10_000_000,
        date_needed=date(2027, 1, 15),
        message=MESSAGE,
        language="en",
        fingerprint="m" * 64,
        created_at=RECEIVED,
    )
    db.session.add(inquiry)
    db.session.commit()
    return inquiry


LABELS = {
    "en": ("Name", "E-mail", "Phone or WhatsApp", "Work", "Date needed", "Received"),
    "id": ("Nama", "E-mail", "Telepon atau WhatsApp", "Karya", "Tanggal dibutuhkan", "Diterima"),
}
# What Babel makes of RECEIVED in WITA (04.15 on 2 December), read by a person.
WRITTEN = {"en": ("December 2, 2026", "4:15\u202fAM"), "id": ("2 Desember 2026", "04.15")}


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_creator_reads_the_inquiry_as_label_and_value_in_wita(client, auth, maria, language):
    auth.login("ana.private@example.com")
    page = client.get(f"/dashboard/inquiries/{maria.id}", headers={"Accept-Language": language})
    assert page.status_code == 200
    terms = terms_on(page.text)
    name, email, phone, work, needed, received = LABELS[language]
    assert terms[name] == ("Maria Buyer", [])
    text, [mailto] = terms[email]
    assert text == "maria@buyer.example" and mailto.startswith("mailto:maria@buyer.example?")
    assert terms[phone] == ("+62 812-3456-7890", ["tel:+6281234567890"])
    assert terms[work][1] == [f"/@ana/works/{maria.work_id}"]
    assert terms[needed][0] == format_date(date(2027, 1, 15), "long", locale=language)

    # Babel's long date and short time in WITA: the day after the UTC date.
    local = RECEIVED.astimezone(WITA)
    day, time = (
        format_date(local, "long", locale=language),
        format_time(local, "short", locale=language),
    )
    assert (day, time) == WRITTEN[language]
    received_text = terms[received][0]
    assert received_text.startswith(day) and received_text.endswith(f"{time} WITA")
    if language == "en":  # the Indonesian connective ("pukul") comes with the catalog
        assert received_text == f"{day} at {time} WITA"
    assert '<time datetime="2026-12-01T20:15:00+00:00">' in page.text


def test_the_inbox_dates_each_inquiry_as_people_write_it(client, auth, maria):
    auth.login("ana.private@example.com")
    inbox = client.get("/dashboard/inquiries", headers={"Accept-Language": "id"}).text
    assert ">2 Desember 2026</time>" in inbox  # WITA's date, not UTC's 1 December
    assert "Selendang Sumba" in inbox


# --- The creator: replying on WhatsApp marks the inquiry replied -----------------------------


def _reply_form(client, inquiry):
    url = f"/dashboard/inquiries/{inquiry.id}"
    page = client.get(url).get_data(as_text=True)
    return form_to(forms_on(page, f"http://etalase.test{url}"), f"{url}/whatsapp")


def test_replying_on_whatsapp_marks_the_inquiry_replied_then_opens_the_chat(
    client, ana, maria, csrf
):
    log_in(client, ana)
    form = _reply_form(client, maria)
    assert form.is_command  # a button, nothing to fill in
    response = send(client, form)
    assert response.status_code == 302
    chat = urlsplit(response.headers["Location"])
    assert (chat.scheme, chat.netloc, chat.path) == ("https", "wa.me", "/6281234567890")
    # A greeting in the buyer's language (English here) that names the work asked about.
    [greeting] = parse_qs(chat.query)["text"]
    assert greeting == (
        "Hello Maria Buyer, thank you for your inquiry about “Sumba shawl” on Etalase."
    )
    db.session.expire_all()
    assert db.session.get(Inquiry, maria.id).status == "replied"


def test_the_whatsapp_reply_greets_in_indonesian_without_a_work(client, auth, maria):
    maria.language, maria.work = "id", None
    db.session.commit()
    auth.login("ana.private@example.com")
    response = send(client, _reply_form(client, maria))
    [greeting] = parse_qs(urlsplit(response.headers["Location"]).query)["text"]
    assert greeting == "Halo Maria Buyer, terima kasih atas pertanyaan Anda di Etalase."


def test_the_whatsapp_reply_is_refused_without_its_csrf_token(client, ana, maria, csrf):
    log_in(client, ana)
    response = client.post(f"/dashboard/inquiries/{maria.id}/whatsapp")
    assert response.status_code == 400
    db.session.expire_all()
    assert db.session.get(Inquiry, maria.id).status == "new"


def test_an_inquiry_further_along_keeps_its_status_when_replied_to(client, auth, maria):
    maria.status = "agreed"
    db.session.commit()
    auth.login("ana.private@example.com")
    assert send(client, _reply_form(client, maria)).status_code == 302
    db.session.expire_all()
    assert db.session.get(Inquiry, maria.id).status == "agreed"


def test_a_landline_gets_a_call_link_and_no_whatsapp_reply(client, auth, maria):
    maria.phone = "+62380821234"  # Kupang, a landline
    db.session.commit()
    auth.login("ana.private@example.com")
    page = client.get(f"/dashboard/inquiries/{maria.id}").text
    assert 'href="tel:+62380821234"' in page
    assert "/whatsapp" not in page
    assert client.post(f"/dashboard/inquiries/{maria.id}/whatsapp").status_code == 404
