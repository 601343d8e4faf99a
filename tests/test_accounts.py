import re

import pytest
from flask_login import current_user
from itsdangerous import TimestampSigner
from sqlalchemy import func, select

from showcase.extensions import db
from showcase.models import CreatorProfile, OutboxMessage, User, Work
from showcase.services import accounts

from .conftest import PASSWORD, csrf_token

NEW_PASSWORD = "tenun-ikat-sumba-timur"


def register(client, **overrides):
    data = {
        "email": "Maria.Bili@Example.com",
        "password": "sasando-dari-rote-ndao",
        "handle": "Maria.Bili",
        "display_name": "Maria Bili",
        "category": "fesyen",
        "region": "sumba-timur",
        **overrides,
    }
    return client.post("/register", data=data)


def test_register_creates_a_creator_and_logs_in(client):
    response = register(client)
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/dashboard")
    user = db.session.scalar(select(User).where(User.email == "maria.bili@example.com"))
    assert user.creator.handle == "maria.bili"
    assert user.creator.category.slug == "fesyen"
    assert user.creator.region.slug == "sumba-timur"
    assert user.password_hash.startswith("pbkdf2:sha256:1000$")  # the suite's cheap method
    assert client.get("/dashboard").status_code == 200


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("password", "pendek", "at least 10"),
        ("password", "x" * 129, "at most 128"),
        ("password", "qwertyuiop", "most common"),
        ("password", "Password123", "most common"),
        ("handle", "admin", "kept for the site"),
        ("handle", "ab", "3"),
        ("handle", "nama bagus", "letters"),
        ("email", "bukan-email", "valid e-mail"),
        ("category", "masak", "Not a valid choice"),
        ("region", "bali", "Not a valid choice"),
        ("display_name", "", "required"),
    ],
)
def test_register_refuses_bad_values_with_a_message(client, field, value, message):
    response = register(client, **{field: value})
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(User)) == 0


def test_long_passwords_up_to_128_characters_are_accepted(client):
    assert register(client, password="kata-" * 24 + "sandi-ok").status_code == 302


def test_email_and_handle_are_unique_whatever_their_case(client, make_creator):
    make_creator(handle="yusuf.ndun", email="yusuf@example.com")
    taken_email = register(client, email="YUSUF@example.com")
    assert taken_email.status_code == 400
    assert "already exists" in taken_email.get_data(as_text=True)
    taken_handle = register(client, handle="Yusuf.Ndun")
    assert taken_handle.status_code == 400
    assert "taken" in taken_handle.get_data(as_text=True)


def test_login_and_logout(client, auth, make_creator):
    user = make_creator()
    response = auth.login(user.email.upper())
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/dashboard")
    with client:
        client.get("/dashboard")
        assert current_user.id == user.id
    assert db.session.get(User, user.id).last_login_at is not None
    assert client.get("/logout").status_code == 405
    assert auth.logout().status_code == 302
    assert client.get("/dashboard").status_code == 302


def test_wrong_password_is_refused_and_keeps_the_email(auth, make_creator):
    user = make_creator()
    response = auth.login(user, "salah-sekali-password")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Wrong e-mail or password" in page
    assert f'value="{user.email}"' in page


def test_deactivated_users_cannot_log_in(auth, make_creator):
    user = make_creator()
    user.active = False
    db.session.commit()
    assert auth.login(user).status_code == 400


def test_login_follows_only_local_next_links(client, make_creator):
    user = make_creator()
    data = {"email": user.email, "password": PASSWORD}
    response = client.post("/login?next=/dashboard/profile", data=data)
    assert response.headers["Location"].endswith("/dashboard/profile")
    client.post("/logout")
    response = client.post("/login?next=https://evil.example/", data=data)
    assert response.headers["Location"].endswith("/dashboard")


def test_remember_me_keeps_a_phone_logged_in_after_the_session_ends(client, make_creator):
    user = make_creator()
    client.post("/login", data={"email": user.email, "password": PASSWORD, "remember": "y"})
    remember = client.get_cookie("remember_token", domain="etalase.test")
    assert remember.expires is not None
    client.delete_cookie("session", domain="etalase.test")  # the browser was closed
    assert client.get("/dashboard").status_code == 200


def test_without_remember_me_closing_the_browser_logs_out(client, make_creator):
    user = make_creator()
    client.post("/login", data={"email": user.email, "password": PASSWORD})
    assert client.get_cookie("remember_token", domain="etalase.test") is None
    client.delete_cookie("session", domain="etalase.test")
    assert client.get("/dashboard").status_code == 302


def test_parallel_guesses_cannot_slip_under_the_account_limit(app):
    """Attempts are counted before they are checked, atomically: of 40 simultaneous guesses
    at one account, exactly 10 (the limit) get to try the password."""
    from concurrent.futures import ThreadPoolExecutor

    from showcase.services.throttle import attempt_allowed

    def attempt(_):
        with app.app_context():
            return attempt_allowed("login-account", "target@example.com", "LOGIN_LIMIT_PER_ACCOUNT")

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(attempt, range(40)))
    assert results.count(True) == 10


def test_settings_password_checks_share_the_login_limit(client, auth, make_creator):
    user = make_creator()
    auth.login(user)
    for _ in range(10):
        client.post(
            "/settings/password",
            data={"current_password": "tebak-tebak-saja", "password": NEW_PASSWORD},
        )
    response = client.post(
        "/settings/password", data={"current_password": PASSWORD, "password": NEW_PASSWORD}
    )
    assert response.status_code == 400
    assert "Too many failed attempts" in response.get_data(as_text=True)
    assert accounts.authenticate(user.email, NEW_PASSWORD) is None


def test_session_survives_a_change_of_network(app, client, make_creator, auth):
    """Phones hop between Wi-Fi and mobile data: 'basic' protection keeps them logged in."""
    assert app.login_manager.session_protection == "basic"
    auth.login(make_creator())
    other_network = {"REMOTE_ADDR": "10.20.30.40"}
    response = client.get("/dashboard", environ_base=other_network)
    assert response.status_code == 200


def test_failed_logins_are_limited_per_account(app, client, make_creator):
    user = make_creator()
    for _ in range(10):
        client.post("/login", data={"email": user.email, "password": "bukan-password-nya"})
    response = client.post("/login", data={"email": user.email, "password": PASSWORD})
    assert response.status_code == 429
    page = response.get_data(as_text=True)
    assert "Too many failed attempts" in page
    assert f'value="{user.email}"' in page
    # Another account behind the same carrier IP is not blocked by that limit.
    other = make_creator()
    assert client.post("/login", data={"email": other.email, "password": PASSWORD}).status_code == (
        302
    )


def test_failed_logins_are_limited_per_address_more_loosely(app, client, make_creator):
    app.config["LOGIN_LIMIT_PER_IP"] = "3 per 15 minutes"
    try:
        for number in range(3):
            data = {"email": f"orang{number}@example.com", "password": "bukan-password-nya"}
            assert client.post("/login", data=data).status_code == 400
        user = make_creator()
        data = {"email": user.email, "password": PASSWORD}
        assert client.post("/login", data=data).status_code == 429
        elsewhere = {"REMOTE_ADDR": "10.9.8.7"}
        assert client.post("/login", data=data, environ_base=elsewhere).status_code == 302
    finally:
        app.config["LOGIN_LIMIT_PER_IP"] = "100 per 15 minutes"


def test_successful_logins_do_not_count_towards_the_limit(client, auth, make_creator):
    user = make_creator()
    for _ in range(12):
        assert auth.login(user).status_code == 302
        auth.logout()


def _reset_link(message) -> str:
    body = message.get_content()
    return re.search(r"http://etalase\.test(/reset/\S+)", body).group(1)


def test_password_reset_by_email_works_once(client, make_creator, mailbox, run_tasks):
    user = make_creator()
    response = client.post("/reset", data={"email": user.email})
    assert response.status_code == 302
    assert mailbox == [] and run_tasks() == 2  # the lookup, then the sending
    assert len(mailbox) == 1
    [sent] = db.session.scalars(select(OutboxMessage)).all()
    assert (sent.purpose, sent.status, sent.body) == ("password_reset", "sent", "")
    assert mailbox[0]["To"] == user.email
    link = _reset_link(mailbox[0])

    assert client.get(link).status_code == 200
    response = client.post(link, data={"password": NEW_PASSWORD})
    assert response.status_code == 302
    assert accounts.authenticate(user.email, NEW_PASSWORD) is not None

    client.post("/logout")
    used = client.post(link, data={"password": "sekali-lagi-password"})
    assert used.status_code == 400
    assert "already been used" in used.get_data(as_text=True)
    assert accounts.authenticate(user.email, NEW_PASSWORD) is not None


def test_password_reset_links_expire(app, client, make_creator, monkeypatch):
    user = make_creator()
    real_timestamp = TimestampSigner.get_timestamp
    max_age = app.config["PASSWORD_RESET_MAX_AGE"]
    monkeypatch.setattr(
        TimestampSigner, "get_timestamp", lambda self: real_timestamp(self) - max_age - 1
    )
    token = accounts.reset_token(user, app.config["SECRET_KEY"])
    monkeypatch.undo()
    assert client.get(f"/reset/{token}").status_code == 400
    response = client.post(f"/reset/{token}", data={"password": NEW_PASSWORD})
    assert response.status_code == 400
    assert accounts.authenticate(user.email, NEW_PASSWORD) is None


@pytest.mark.parametrize("token", ["rubbish", "a" * 2000, "%FF%FE", "eyJ1c2VyIjoxfQ.x.y"])
def test_forged_reset_links_are_refused(client, token):
    assert client.get(f"/reset/{token}").status_code in (400, 404)


def test_reset_request_does_not_reveal_who_has_an_account(
    app, client, make_creator, mailbox, run_tasks
):
    user = make_creator()
    answers = []
    for email in (user.email, "nobody@example.com"):
        response = client.post("/reset", data={"email": email})
        answers.append((response.status_code, response.headers["Location"]))
        answers.append(client.get("/login").get_data(as_text=True).count("on its way"))
    assert answers[0:2] == answers[2:4]
    run_tasks()
    assert len(mailbox) == 1


def test_reset_request_answers_the_same_when_mail_is_down(app, client, make_creator):
    user = make_creator()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=1, MAIL_TIMEOUT=2)
    try:
        response = client.post("/reset", data={"email": user.email})
    finally:
        app.config.update(MAIL_SERVER="", MAIL_PORT=25, MAIL_TIMEOUT=10)
    assert response.status_code == 302


def test_no_reset_mail_for_deactivated_accounts(client, make_creator, mailbox, run_tasks):
    user = make_creator()
    db.session.get(User, user.id).active = False
    db.session.commit()
    client.post("/reset", data={"email": user.email})
    run_tasks()
    assert mailbox == []


def test_a_reset_link_dies_when_the_email_changes(app, client, make_creator):
    user = make_creator()
    token = accounts.reset_token(user, app.config["SECRET_KEY"])
    assert client.get(f"/reset/{token}").status_code == 200
    db.session.get(User, user.id).email = "baru@example.com"
    db.session.commit()
    assert client.get(f"/reset/{token}").status_code == 400


def test_reset_links_name_the_configured_host_not_the_requests(
    app, client, make_creator, mailbox, run_tasks
):
    user = make_creator()
    client.post("/reset", data={"email": user.email}, headers={"Host": "evil.example"})
    run_tasks()
    assert "evil.example" not in mailbox[0].get_content()
    assert "http://etalase.test/reset/" in mailbox[0].get_content()


def test_change_email_needs_the_current_password(client, auth, make_creator):
    user = make_creator()
    auth.login(user)
    wrong = client.post(
        "/settings/email", data={"email": "baru@example.com", "current_password": "salah-salah"}
    )
    assert wrong.status_code == 400
    assert db.session.get(User, user.id).email != "baru@example.com"
    right = client.post(
        "/settings/email", data={"email": "Baru@Example.com", "current_password": PASSWORD}
    )
    assert right.status_code == 302
    assert db.session.get(User, user.id).email == "baru@example.com"


def test_change_email_refuses_an_address_in_use(client, auth, make_creator):
    other = make_creator()
    auth.login(make_creator())
    response = client.post(
        "/settings/email", data={"email": other.email, "current_password": PASSWORD}
    )
    assert response.status_code == 400
    assert "already exists" in response.get_data(as_text=True)


def test_change_password_keeps_this_session_and_ends_the_others(app, client, auth, make_creator):
    user = make_creator()
    other_device = app.test_client()
    other_device.post("/login", data={"email": user.email, "password": PASSWORD})
    auth.login(user)
    response = client.post(
        "/settings/password", data={"current_password": PASSWORD, "password": NEW_PASSWORD}
    )
    assert response.status_code == 302
    assert client.get("/dashboard").status_code == 200
    assert other_device.get("/dashboard").status_code == 302
    assert accounts.authenticate(user.email, NEW_PASSWORD) is not None


def test_delete_account_removes_profile_and_works(client, auth, make_creator, make_work):
    user = make_creator()
    make_work(user)
    make_work(user)
    auth.login(user)
    refused = client.post("/settings/delete", data={"current_password": PASSWORD})
    assert refused.status_code == 400
    response = client.post("/settings/delete", data={"current_password": PASSWORD, "confirm": "y"})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(User, user.id) is None
    assert db.session.scalar(select(func.count()).select_from(CreatorProfile)) == 0
    assert db.session.scalar(select(func.count()).select_from(Work)) == 0
    assert client.get("/dashboard").status_code == 302


def test_forms_carry_a_csrf_token_and_posts_without_one_are_refused(client, csrf, make_creator):
    user = make_creator()
    for path in ("/register", "/login", "/reset"):
        assert 'name="csrf_token"' in client.get(path).get_data(as_text=True)
    data = {"email": user.email, "password": PASSWORD}
    assert client.post("/login", data=data).status_code == 400
    data["csrf_token"] = csrf_token(client, "/login")
    assert client.post("/login", data=data).status_code == 302
    assert client.post("/logout").status_code == 400
    token = csrf_token(client, "/dashboard")
    assert client.post("/logout", data={"csrf_token": token}).status_code == 302


def test_a_csrf_token_lasts_a_day_not_for_ever(app, client, csrf, make_creator, monkeypatch):
    from itsdangerous import TimestampSigner

    user = make_creator()
    real = TimestampSigner.get_timestamp
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: real(self) - 25 * 3600)
    stale = csrf_token(client, "/login")
    monkeypatch.undo()
    data = {"email": user.email, "password": PASSWORD, "csrf_token": stale}
    assert client.post("/login", data=data).status_code == 400
    data["csrf_token"] = csrf_token(client, "/login")
    assert client.post("/login", data=data).status_code == 302


def test_logging_out_ends_the_session_and_remember_cookies_everywhere(app, client, make_creator):
    user = make_creator()
    login = {"email": user.email, "password": PASSWORD, "remember": "y"}
    assert client.post("/login", data=login).status_code == 302
    laptop = app.test_client()
    assert laptop.post("/login", data=login).status_code == 302
    copies = {
        name: client.get_cookie(name, domain="etalase.test").value
        for name in ("session", "remember_token")
    }
    assert client.post("/logout").status_code == 302
    for name, value in copies.items():  # a thief with a copy of either cookie
        thief = app.test_client()
        thief.set_cookie(name, value, domain="etalase.test")
        assert thief.get("/dashboard").status_code == 302, name
    assert laptop.get("/dashboard").status_code == 302
    assert client.post("/login", data=login).status_code == 302  # and she can come back


def test_nothing_planted_in_a_session_before_log_in_survives_it(client, make_creator):
    user = make_creator()
    with client.session_transaction() as planted:
        planted["csrf_token"] = "known-to-an-attacker"
        planted["note"] = "planted"
    client.post("/login", data={"email": user.email, "password": PASSWORD})
    with client.session_transaction() as kept:
        assert "note" not in kept and kept.get("csrf_token") != "known-to-an-attacker"
        assert kept.get("_user_id")


def test_settings_offer_to_log_out_everywhere(client, auth, make_creator):
    auth.login(make_creator())
    page = client.get("/settings").get_data(as_text=True)
    assert 'action="/logout"' in page and "Log out everywhere" in page


@pytest.mark.parametrize(
    "name",
    [
        "Etalase \u2713 Terverifikasi",  # the badge, drawn by the name
        "Maria \u2714",
        "Maria \u2705",
        "\u202eiliB airaM",  # right-to-left override: shows reversed
        "Maria\u200bBili",  # zero-width space
        "\ufeffMaria",
        "Maria\u2066Bili\u2069",  # bidi isolates
    ],
)
def test_a_name_cannot_fake_the_badge_or_hide_text(client, name):
    response = register(client, display_name=name)
    assert response.status_code == 400
    assert "cannot" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(CreatorProfile)) == 0


@pytest.mark.parametrize("handle", ["maria\u202ebili", "maria\u200bbili", "maria\u2713"])
def test_a_handle_takes_no_invisible_or_badge_characters(client, handle):
    assert register(client, handle=handle).status_code == 400


def test_a_name_with_emoji_made_of_joined_characters_is_kept(client):
    assert register(client, display_name="Maria Bili \U0001f469\u200d\U0001f3a8").status_code == 302


def _login_from(client, address, email, password):
    return client.post(
        "/login", data={"email": email, "password": password}, environ_base={"REMOTE_ADDR": address}
    )


def test_a_guesser_elsewhere_cannot_lock_the_owner_out(app, client, make_creator):
    """Ten wrong passwords for her address from somewhere else do not stop her own phone."""
    user = make_creator()
    for _ in range(10):
        assert _login_from(client, "203.0.113.9", user.email, "tebak-tebak").status_code == 400
    assert _login_from(client, "203.0.113.9", user.email, PASSWORD).status_code == 429
    owner = app.test_client()
    assert _login_from(owner, "198.51.100.20", user.email, PASSWORD).status_code == 302


def test_guesses_from_everywhere_slow_strangers_but_not_the_owners_own_browser(
    app, client, make_creator
):
    user = make_creator()
    owner = app.test_client()
    assert _login_from(owner, "198.51.100.20", user.email, PASSWORD).status_code == 302
    owner.post("/logout")
    app.config["LOGIN_LIMIT_PER_ACCOUNT_ANYWHERE"] = "5 per hour"
    try:
        for number in range(6):  # a botnet: one guess from each of many addresses
            _login_from(client, f"203.0.113.{number}", user.email, "tebak-tebak")
        stranger = app.test_client()
        assert _login_from(stranger, "192.0.2.50", user.email, PASSWORD).status_code == 429
        # Her browser knows her from before, wherever her phone now is.
        assert _login_from(owner, "100.64.7.7", user.email, PASSWORD).status_code == 302
    finally:
        app.config["LOGIN_LIMIT_PER_ACCOUNT_ANYWHERE"] = "50 per hour"


def test_an_ipv6_client_is_counted_by_its_64(app, client, make_creator):
    from showcase.services.accounts import client_network

    assert client_network("2001:db8:1:2:aaaa::1") == client_network("2001:db8:1:2:ffff::9")
    assert client_network("2001:db8:1:3::1") != client_network("2001:db8:1:2::1")
    assert client_network("::ffff:198.51.100.7") == "198.51.100.7"
    user = make_creator()
    for number in range(10):  # a new address of the same /64 for every guess
        _login_from(client, f"2001:db8:1:2::{number + 1:x}", user.email, "tebak-tebak")
    assert _login_from(client, "2001:db8:1:2::99", user.email, PASSWORD).status_code == 429
