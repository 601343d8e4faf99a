"""Inquiries: a buyer writes without an account; the creator never misses it."""

import re

import pytest
from sqlalchemy import func, select

from showcase import tasks
from showcase.extensions import db
from showcase.models import Inquiry, OutboxMessage, User
from showcase.services import outbox

from .servers import SMTPServer, free_port

MESSAGE = "Kami ingin memesan 20 selendang tenun untuk butik kami di Kupang."


def inquiry(**overrides) -> dict:
    return {
        "name": "Maria Buyer",
        "email": "maria@buyer.example",
        "phone": "0812 3456 7890",
        "kind": "purchase",
        "budget": "5-10 juta",
        "date": "",
        "message": MESSAGE,
        "consent": "y",
        "started": "",
        **overrides,
    }


@pytest.fixture
def ana(make_creator):
    return make_creator(
        handle="ana",
        display_name="Ana Tenun",
        email="ana.private@example.com",
        whatsapp="+6281299998888",
        show_whatsapp=True,
    )


def post(client, data, handle="ana", **headers):
    return client.post(f"/@{handle}/inquire", data=data, headers=headers)


def stored() -> list[Inquiry]:
    return list(db.session.scalars(select(Inquiry).order_by(Inquiry.id)))


def test_the_form_is_on_the_creator_page_and_the_work_page(client, ana, make_work):
    work = make_work(ana, title="Selendang")
    for path in ("/@ana", f"/@ana/works/{work.id}"):
        page = client.get(path).get_data(as_text=True)
        assert 'action="/@ana/inquire"' in page
        for name in ("name", "email", "phone", "kind", "budget", "date", "message", "consent"):
            assert f'name="{name}"' in page, (path, name)
        assert "<slot:" not in page  # filled in as the page goes out
        assert "https://wa.me/6281299998888" in page


def test_one_inquiry_makes_exactly_two_emails_sent_by_the_queue(
    app, client, ana, mailbox, run_tasks
):
    response = post(client, inquiry())
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/@ana/inquire/sent")
    [saved] = stored()
    assert (saved.name, saved.phone, saved.budget_min, saved.budget_max) == (
        "Maria Buyer",
        "+6281234567890",
        5_000_000,
        10_000_000,
    )
    assert mailbox == []  # the request only stores them; the queue sends
    assert run_tasks() == 2
    assert len(mailbox) == 2
    to_creator = next(m for m in mailbox if m["To"] == "ana.private@example.com")
    to_buyer = next(m for m in mailbox if m["To"] == "maria@buyer.example")
    assert to_creator["Reply-To"] == "maria@buyer.example"
    assert MESSAGE in to_creator.get_content()
    # The buyer's copy is a receipt: the typed address is unconfirmed, so none of the text
    # typed into the form goes to it (issue 13, item 3).
    assert MESSAGE not in to_buyer.get_content() and "Maria" not in to_buyer.get_content()
    assert "Ana Tenun" in to_buyer.get_content()
    # The creator's address never reaches the buyer.
    assert "ana.private@example.com" not in to_buyer.as_string()
    assert to_buyer["Reply-To"] is None
    assert {m.envelope_to[0] for m in mailbox} == {"ana.private@example.com", "maria@buyer.example"}
    assert db.session.scalar(select(func.count()).where(OutboxMessage.status == "sent")) == 2


def test_with_smtp_down_nothing_is_lost_and_the_periodic_task_delivers_each_once(
    app, client, ana, run_tasks
):
    port = free_port()
    saved = {key: app.config[key] for key in ("MAIL_SERVER", "MAIL_PORT")}
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port)  # nothing listens there
    try:
        assert post(client, inquiry()).status_code == 303
        assert len(stored()) == 1
        assert run_tasks() == 2
        waiting = db.session.scalars(select(OutboxMessage)).all()
        assert [(m.status, m.attempts) for m in waiting] == [("pending", 1), ("pending", 1)]
        for message in waiting:  # the retry is due (backoff is tested on its own)
            message.next_attempt_at = message.created_at
        db.session.commit()
        server = SMTPServer(port)
        server.start()
        try:
            with app.app_context():
                tasks.every_minute.call_local()
                tasks.every_minute.call_local()
        finally:
            server.stop()
    finally:
        app.config.update(saved)
    assert sorted(m["To"] for m in server.messages) == [
        "ana.private@example.com",
        "maria@buyer.example",
    ]


def test_a_failed_send_waits_longer_each_time_then_gives_up(app, ana):
    with app.app_context():
        app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=free_port())
        try:
            message = outbox.enqueue("test", "x@example.com", "Subject", "Body")
            db.session.commit()
            delays = []
            for _ in range(outbox.MAX_ATTEMPTS):
                before = message.next_attempt_at
                outbox.send_due(now=before)
                db.session.refresh(message)
                delays.append(message.next_attempt_at - before)
            assert delays[0] < delays[1] < delays[2]
            assert message.status == "failed" and message.attempts == outbox.MAX_ATTEMPTS
        finally:
            app.config.update(MAIL_SERVER="", MAIL_PORT=25)


def test_a_claimed_message_is_not_sent_by_a_second_sender(app, ana, mailbox):
    with app.app_context():
        message = outbox.enqueue("test", "x@example.com", "Subject", "Body")
        db.session.commit()
        assert outbox._claim(message.id)  # a first sender took it
        assert outbox.send_due().sent == 0
    assert mailbox == []


def test_the_same_inquiry_sent_twice_is_stored_and_mailed_once(client, ana, mailbox, run_tasks):
    assert post(client, inquiry()).status_code == 303
    assert post(client, inquiry(message=MESSAGE + "  ")).status_code == 303
    assert run_tasks() == 2
    assert len(stored()) == 1 and len(mailbox) == 2


def test_the_sixth_inquiry_in_an_hour_is_a_429_that_keeps_the_text(client, ana):
    for number in range(5):
        assert post(client, inquiry(message=f"{MESSAGE} Nomor {number}.")).status_code == 303
    refused = post(
        client, inquiry(message="Pesan keenam yang panjang sekali."), **{"Accept-Language": "id"}
    )
    assert refused.status_code == 429
    page = refused.get_data(as_text=True)
    assert "Pesan keenam yang panjang sekali." in page and 'lang="id"' in page
    assert "Mohon tunggu" in page or "tunggu" in page
    # Someone else behind the same carrier address is not blocked by that visitor's limit.
    other = post(client, inquiry(email="budi@buyer.example", message=f"{MESSAGE} Dari Budi."))
    assert other.status_code == 303
    assert len(stored()) == 6


def test_the_honeypot_and_a_form_sent_too_fast_are_refused_keeping_the_text(app, client, ana):
    trapped = post(client, inquiry(website="http://spam.example"))
    assert trapped.status_code == 400 and MESSAGE in trapped.get_data(as_text=True)
    app.config["INQUIRY_MIN_SECONDS"] = 3
    try:
        form = client.get("/@ana/inquire").get_data(as_text=True)
        started = re.search(r'name="started" type="hidden" value="([^"]+)"', form).group(1)
        quick = post(client, inquiry(started=started))
        assert quick.status_code == 400 and "very quick" in quick.get_data(as_text=True)
        missing = post(client, inquiry(started=""))
        assert missing.status_code == 400
    finally:
        app.config["INQUIRY_MIN_SECONDS"] = 0
    assert stored() == []


def test_a_start_token_works_once_and_only_in_the_session_it_was_given_to(
    app, client, ana, monkeypatch
):
    from datetime import timedelta

    from showcase.services import inquiries as inquiry_service

    def started(visitor) -> str:
        form = visitor.get("/@ana/inquire").get_data(as_text=True)
        return re.search(r'name="started" type="hidden" value="([^"]+)"', form).group(1)

    app.config["INQUIRY_MIN_SECONDS"] = 3
    real_now = inquiry_service.utcnow
    monkeypatch.setattr(inquiry_service, "utcnow", lambda: real_now() + timedelta(minutes=5))
    try:
        other = app.test_client()
        theirs = started(other)
        copied = post(client, inquiry(started=theirs))  # replayed from another session
        assert copied.status_code == 400 and "very quick" in copied.text
        mine = started(client)
        assert post(client, inquiry(started=mine)).status_code == 303
        again = post(client, inquiry(started=mine, message=f"{MESSAGE} Sekali lagi."))
        assert again.status_code == 400  # the same token a second time
        assert post(other, inquiry(started=theirs, email="budi@x.example")).status_code == 303
    finally:
        app.config["INQUIRY_MIN_SECONDS"] = 0
    assert len(stored()) == 2


BAD = {
    "missing everything": {},
    "no name": inquiry(name=""),
    "10 KB name": inquiry(name="x" * 10_000),
    "invalid e-mail": inquiry(email="bukan email"),
    "past date": inquiry(date="2020-01-01"),
    "not a date": inquiry(date="besok"),
    "negative budget": inquiry(budget="-5000"),
    "budget range upside down": inquiry(budget="10-5 juta"),
    "CR/LF in name": inquiry(name="Maria\r\nBcc: victim@example.com"),
    "CR/LF in e-mail": inquiry(email="maria@buyer.example\r\nBcc: victim@example.com"),
    "short message": inquiry(message="Halo"),
    "50 links": inquiry(message=" ".join(f"https://spam{n}.example" for n in range(50))),
    "no consent": inquiry(consent=""),
    "unknown kind": inquiry(kind="bribe"),
    "bad phone": inquiry(phone="12"),
    "control characters": inquiry(message=MESSAGE + "\x00\x07"),
    "line separator in name": inquiry(name="Maria\u2028Bcc: victim@example.com"),
    "endless budget": inquiry(budget="9" * 400 + " jt"),
    "budget that backtracks": inquiry(budget="1" + " " * 5000 + "x"),
}


@pytest.mark.parametrize("data", BAD.values(), ids=BAD.keys())
def test_bad_input_is_a_400_with_errors_and_no_mail(client, ana, mailbox, data):
    response = post(client, data)
    assert response.status_code == 400
    assert 'class="error' in response.get_data(as_text=True)
    assert stored() == [] and mailbox == []


def test_non_utf8_bytes_are_a_400_not_a_500(client, ana, mailbox):
    body = b"name=Maria%FF%FE&email=maria%40buyer.example&message=" + b"%C3%28" * 30
    response = client.post(
        "/@ana/inquire", data=body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    assert stored() == [] and mailbox == []


def test_hidden_or_unknown_creators_take_no_inquiries(client, make_creator):
    make_creator(handle="sembunyi", hidden=True)
    assert post(client, inquiry(), handle="sembunyi").status_code == 404
    assert post(client, inquiry(), handle="tidak.ada").status_code == 404
    assert stored() == []


def test_the_inbox_lists_counts_and_opens_inquiries(client, auth, ana, make_creator):
    post(client, inquiry())
    auth.login("ana.private@example.com")
    dashboard = client.get("/dashboard").get_data(as_text=True)
    assert re.search(r'Inquiries <span class="count-badge">1<', dashboard)
    inbox = client.get("/dashboard/inquiries").get_data(as_text=True)
    [saved] = stored()
    assert f'href="/dashboard/inquiries/{saved.id}"' in inbox and "Unread" in inbox
    detail = client.get(f"/dashboard/inquiries/{saved.id}").get_data(as_text=True)
    assert "maria@buyer.example" in detail and "+6281234567890" in detail
    assert "mailto:maria@buyer.example?subject=" in detail
    # Replying on WhatsApp is a form, so it can mark the inquiry replied (test_inquiry_detail).
    assert f'action="/dashboard/inquiries/{saved.id}/whatsapp"' in detail
    assert 'class="badge"' not in client.get("/dashboard").get_data(as_text=True)  # read now


def test_the_creator_moves_an_inquiry_along_with_a_private_note(client, auth, ana):
    post(client, inquiry())
    [saved] = stored()
    auth.login("ana.private@example.com")
    base = f"/dashboard/inquiries/{saved.id}"
    assert client.post(f"{base}/status", data={"status": "agreed"}).status_code == 302
    assert client.post(f"{base}/note", data={"note": "DP 50% sudah masuk"}).status_code == 302
    assert client.post(f"{base}/status", data={"status": "lost"}).status_code == 400
    db.session.expire_all()
    saved = db.session.get(Inquiry, saved.id)
    assert (saved.status, saved.note) == ("agreed", "DP 50% sudah masuk")
    assert "Agreed (1)" in client.get("/dashboard/inquiries").get_data(as_text=True)
    client.post("/logout")
    assert "DP 50%" not in client.get("/@ana").get_data(as_text=True)


def test_another_creator_cannot_see_or_touch_an_inquiry(client, auth, ana, make_creator):
    post(client, inquiry())
    [saved] = stored()
    make_creator(handle="budi")
    auth.login("budi@example.com")
    base = f"/dashboard/inquiries/{saved.id}"
    assert client.get(base).status_code == 404
    assert client.post(f"{base}/status", data={"status": "spam"}).status_code == 404
    assert "Maria" not in client.get("/dashboard/inquiries").get_data(as_text=True)


def test_an_admin_can_read_an_inquiry(client, auth, ana, make_staff):
    from showcase.models import Role

    post(client, inquiry())
    [saved] = stored()
    admin = make_staff(role=Role.ADMIN)
    auth.login(admin)
    assert "maria@buyer.example" in client.get(f"/dashboard/inquiries/{saved.id}").text


def test_unanswered_inquiries_get_one_reminder_after_48_hours(app, client, ana, mailbox, run_tasks):
    from datetime import timedelta

    post(client, inquiry())
    [saved] = stored()
    saved.created_at = saved.created_at - timedelta(hours=49)
    db.session.commit()
    with app.app_context():
        tasks.every_minute.call_local()
        tasks.every_minute.call_local()
    run_tasks()
    reminders = [
        m for m in mailbox if "Waiting for your reply" in m["Subject"] or "Menunggu" in m["Subject"]
    ]
    assert len(reminders) == 1 and reminders[0]["To"] == "ana.private@example.com"


def test_the_inbox_warns_when_the_creator_could_not_be_emailed(app, client, auth, ana, run_tasks):
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=free_port())
    try:
        post(client, inquiry())
        run_tasks()
    finally:
        app.config.update(MAIL_SERVER="", MAIL_PORT=25)
    [saved] = stored()
    auth.login("ana.private@example.com")
    page = client.get(f"/dashboard/inquiries/{saved.id}").get_data(as_text=True)
    assert "could not e-mail you" in page


def test_deleting_a_creator_removes_their_inquiries(client, ana):
    post(client, inquiry())
    user = db.session.get(User, ana.id)
    db.session.delete(user)
    db.session.commit()
    assert stored() == []


def test_the_cached_page_hands_each_reader_their_own_csrf_token(app, ana, csrf):
    first, second = app.test_client(), app.test_client()

    def token(client) -> str:
        page = client.get("/@ana").get_data(as_text=True)
        return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)

    mine, theirs = token(first), token(second)  # the second page comes from the cache
    assert mine != theirs
    assert post(second, inquiry(csrf_token=mine)).status_code == 400  # not their session's
    assert post(first, inquiry()).status_code == 400  # no token at all
    assert post(first, inquiry(csrf_token=mine)).status_code == 303
    assert len(stored()) == 1


def test_a_message_that_breaks_its_sender_is_retried_then_fails(app, ana, monkeypatch):
    """Not only SMTP errors: anything a message makes go wrong counts as a failed attempt."""
    from showcase import mail as mail_module

    def broken(*_args, **_kwargs):
        raise ValueError("a header the mail library refuses")

    monkeypatch.setattr(outbox, "send_mail", broken)
    with app.app_context():
        message = outbox.enqueue("test", "x@example.com", "Subject", "Body")
        db.session.commit()
        report = outbox.send_due()
        db.session.refresh(message)
        assert (report.retrying, message.status, message.attempts) == (1, "pending", 1)
        assert "ValueError" in message.last_error
    assert mail_module.send_mail is not broken


def test_a_sender_whose_claim_was_taken_over_records_nothing(app, ana, mailbox):
    from datetime import timedelta

    with app.app_context():
        message = outbox.enqueue("test", "x@example.com", "Subject", "Body")
        db.session.commit()
        first = outbox._claim(message.id)
        message.claimed_at = first - outbox.STALE_CLAIM - timedelta(seconds=1)  # it died
        db.session.commit()
        assert outbox.send_due().sent == 1  # a second sender takes over and sends
        db.session.refresh(message)
        assert (message.status, message.attempts) == ("sent", 1)  # the take-over counted
        report = outbox.Report()
        outbox._send(message.id, first, report, None)  # the first sender wakes up
        db.session.refresh(message)
        assert message.status == "sent" and report.sent == 0


@pytest.mark.parametrize("disguised", ["maria@ｂｕｙｅｒ。ｅｘａｍｐｌｅ", "MARIA@Buyer.Example"])
def test_another_spelling_of_an_address_shares_its_limit(app, client, ana, disguised):
    app.config["INQUIRY_LIMIT_PER_EMAIL"] = "2 per day"
    try:
        for number in range(2):
            data = inquiry(message=f"{MESSAGE} Nomor {number}.")
            assert post(client, data).status_code == 303
        refused = post(client, inquiry(email=disguised, message=f"{MESSAGE} Lagi."))
    finally:
        app.config["INQUIRY_LIMIT_PER_EMAIL"] = "20 per day"
    assert refused.status_code == 429
    assert len(stored()) == 2


def test_bare_links_count_as_links(client, ana):
    five = " ".join(f"bit.ly/promo{number}" for number in range(5))
    response = post(client, inquiry(message=f"{MESSAGE} {five}"))
    assert response.status_code == 400 and "at most 3 links" in response.get_data(as_text=True)


def test_one_address_gets_a_limited_number_of_copies(app, client, make_creator):
    app.config["INQUIRY_LIMIT_PER_EMAIL"] = "2 per day"
    try:
        for handle in ("satu", "dua", "tiga"):
            make_creator(handle=handle)
        statuses = [
            post(client, inquiry(message=f"{MESSAGE} Untuk {handle}."), handle=handle).status_code
            for handle in ("satu", "dua", "tiga")
        ]
    finally:
        app.config["INQUIRY_LIMIT_PER_EMAIL"] = "20 per day"
    assert statuses == [303, 303, 429]
