import pytest

from showcase.mail import MailError, send_mail


def test_mail_goes_over_smtp_with_the_right_headers(app, mailbox):
    with app.app_context():
        send_mail("pembeli@example.com", "Halo", "Isi pesan", reply_to="kreator@example.com")
    assert len(mailbox) == 1
    message = mailbox[0]
    assert message.envelope_to == ["pembeli@example.com"]
    assert message["To"] == "pembeli@example.com"
    assert message["Reply-To"] == "kreator@example.com"
    assert message["From"] == app.config["MAIL_DEFAULT_SENDER"]
    assert message["Message-ID"]
    assert message.get_content().strip() == "Isi pesan"


def test_without_a_mail_server_mail_is_printed(app, capsys):
    with app.app_context():
        send_mail("a@example.com", "Subjek", "Tautan: http://x")
    printed = capsys.readouterr().out
    assert "Subject: Subjek" in printed
    assert "Tautan: http://x" in printed


def test_line_breaks_cannot_inject_headers(app, mailbox):
    with app.app_context(), pytest.raises(ValueError):
        send_mail("a@example.com", "Halo\r\nBcc: korban@example.com", "x")
    assert mailbox == []


def test_an_unreachable_server_is_a_mail_error(app):
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=1)
    try:
        with app.app_context(), pytest.raises(MailError):
            send_mail("a@example.com", "Halo", "x")
    finally:
        app.config.update(MAIL_SERVER="", MAIL_PORT=25)


@pytest.mark.no_db
def test_no_transaction_is_open_while_smtp_talks(tmp_path, monkeypatch):
    """On SQLite an open transaction during a slow SMTP exchange locks out every other write."""
    from showcase.extensions import db
    from showcase.services import outbox

    from .live import live_app

    app = live_app(tmp_path)
    seen = []

    def record(*args, **kwargs):
        seen.append((db.session().in_transaction(), kwargs["message_id"]))

    monkeypatch.setattr(outbox, "send_mail", record)
    with app.app_context():
        message = outbox.enqueue("test", "pembeli@example.com", "Halo", "Isi")
        db.session.commit()
        expected_id = message.message_id
        assert outbox.send_due().sent == 1
    assert seen == [(False, expected_id)]
