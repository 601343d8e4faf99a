"""The task queue with a real Huey consumer on real storage (a SQLite file, and Redis), over a
database of the test's own (SQLite, or PostgreSQL on the PostgreSQL pass): mail leaves every
request, and nothing waits for SMTP."""

import itertools
import signal
import statistics
import time
from contextlib import contextmanager
from datetime import timedelta

import pytest
from sqlalchemy import select

from showcase import tasks
from showcase.extensions import db
from showcase.models import OutboxMessage, Role, TaskFailure, User, Work
from showcase.services import accounts, failures
from showcase.services import creators as creator_service
from showcase.services.catalog import category_by_slug, region_by_slug

from . import media_samples as samples
from .browser_forms import forms_on, send
from .conftest import stub_photo_work
from .filling import fill, form_to
from .live import PASSWORD, live_app, scratch_database
from .servers import RedisServer, SilentSMTPServer, SMTPServer

pytestmark = pytest.mark.no_db
if RedisServer.binary is None:
    print("test_tasks: the Redis cases skipped, redis-server is not installed (.ci/run does)")

MESSAGE = "Kami ingin memesan 20 selendang tenun untuk butik kami di Kupang."
_numbers = itertools.count(1)


@pytest.fixture(scope="module", params=["sqlite", "redis"])
def queue_url(request, tmp_path_factory):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('queue') / 'tasks.db'}"
        return
    if RedisServer.binary is None:
        pytest.skip("redis-server is not installed (.ci/run installs it)")
    server = RedisServer()
    server.start()
    yield server.url + "/0"
    server.stop()


@pytest.fixture(scope="module")
def smtp():
    server = SMTPServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def site(queue_url, smtp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    with scratch_database(folder) as database:
        app = live_app(
            folder,
            SQLALCHEMY_DATABASE_URI=database,
            TASK_QUEUE_URL=queue_url,
            SERVER_NAME="etalase.test",
            MAIL_SERVER=smtp.host,
            MAIL_PORT=smtp.port,
            INQUIRY_MIN_SECONDS=0,
            RESET_LIMIT_PER_IP="1000 per hour",
            INQUIRY_LIMIT_PER_IP="1000 per hour",
        )
        with app.app_context():
            weaver = accounts.register_creator(
                email="ana@example.com",
                password=PASSWORD,
                handle="ana",
                display_name="Ana Tenun",
                category=category_by_slug("fesyen"),
                region=region_by_slug("sumba-timur"),
            )
            stub_photo_work(weaver)
            curator = User(email="kurator@example.com", role=Role.CURATOR.value)
            curator.password_hash = db.session.get(User, weaver.id).password_hash
            db.session.add(curator)
            db.session.commit()
        yield app
        with app.app_context():
            db.engine.dispose()


@pytest.fixture(autouse=True)
def _empty(site, smtp):
    yield
    smtp.messages.clear()
    with site.app_context():
        db.session.execute(OutboxMessage.__table__.delete())
        db.session.commit()
        tasks.huey.storage.flush_all()


@contextmanager
def consuming(app):
    """A real Huey consumer on ``app``'s queue, its workers threads of this process."""
    handlers = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    consumer = tasks.consumer(app, workers=2, max_delay=0.1)
    consumer.start()
    try:
        yield consumer
    finally:
        consumer.stop(graceful=True)
        for number, handler in handlers.items():
            signal.signal(number, handler)
        tasks.huey.consumer_app = None


def eventually(check, seconds: float = 20):
    deadline = time.monotonic() + seconds
    while not (result := check()):
        assert time.monotonic() < deadline, f"still not so after {seconds} s"
        time.sleep(0.05)
    return result


def inquire(client, email="maria@buyer.example"):
    """Fill in the inquiry form on the creator's page and send it as the browser would (each
    with a message of its own: the same one again is taken as sent twice by mistake)."""
    page = client.get("/@ana/inquire")
    form = form_to(forms_on(page.get_data(as_text=True), "http://etalase.test/"), "/inquire")
    message = f"{MESSAGE} Nomor {next(_numbers)}."
    fill(form, name="Maria Buyer", email=email, kind="purchase", message=message, consent=True)
    return send(client, form)


def log_in(client, email="ana@example.com"):
    page = client.get("/login").get_data(as_text=True)
    form = form_to(forms_on(page, "http://etalase.test/login"), "/login")
    return send(client, fill(form, email=email, password=PASSWORD))


def ask_reset(client, email):
    page = client.get("/reset").get_data(as_text=True)
    form = form_to(forms_on(page, "http://etalase.test/reset"), "/reset")
    return send(client, fill(form, email=email))


def outbox(app) -> list[tuple[str, str, int]]:
    with app.app_context():
        rows = db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
        return [(row.purpose, row.status, row.attempts) for row in rows]


def test_an_inquirys_mails_are_sent_by_the_consumer_not_the_request(site, smtp):
    assert inquire(site.test_client()).status_code == 303
    time.sleep(0.5)
    assert smtp.messages == []  # the request stored them and went
    assert [status for _, status, _ in outbox(site)] == ["pending", "pending"]
    with consuming(site):
        eventually(lambda: len(smtp.messages) == 2)
    assert sorted(m["To"] for m in smtp.messages) == ["ana@example.com", "maria@buyer.example"]
    assert [status for _, status, _ in outbox(site)] == ["sent", "sent"]


def test_with_smtp_silent_a_second_inquiry_and_a_log_in_complete_at_once(site, smtp):
    silent = SilentSMTPServer()
    site.config.update(MAIL_PORT=silent.port, MAIL_TIMEOUT=30)
    try:
        with consuming(site):
            assert inquire(site.test_client()).status_code == 303
            silent.wait_for_connection()  # the consumer is now waiting on SMTP
            second = inquire(site.test_client(), email="budi@buyer.example")
            logged_in = log_in(site.test_client())
            # Both were answered while the consumer still waited for SMTP's first word.
            assert silent.open_connections() >= 1
            assert second.status_code == 303
            assert logged_in.status_code == 302 and "/dashboard" in logged_in.location
            silent.stop()  # SMTP hangs up: the attempt fails and is kept for a retry
            eventually(lambda: any(attempts for _, _, attempts in outbox(site)))
    finally:
        site.config.update(MAIL_PORT=smtp.port, MAIL_TIMEOUT=10)
    assert len(outbox(site)) == 4  # two inquiries, two mails each, none lost
    assert {status for _, status, _ in outbox(site)} <= {"pending", "sent"}


def test_a_refused_reset_mail_is_retried_and_delivered_when_smtp_returns(site, smtp):
    smtp.refuse()
    try:
        with consuming(site):
            assert ask_reset(site.test_client(), "ana@example.com").status_code == 302
            eventually(lambda: outbox(site) == [("password_reset", "pending", 1)])
    finally:
        smtp.refuse(False)
    assert smtp.messages == []
    with site.app_context():
        message = db.session.scalars(select(OutboxMessage)).one()
        assert "451" in message.last_error
        message.next_attempt_at = message.created_at  # its backoff has passed
        db.session.commit()
    with consuming(site):
        tasks.every_minute()  # what the consumer's scheduler enqueues each minute
        eventually(lambda: len(smtp.messages) == 1)
    assert smtp.messages[0]["To"] == "ana@example.com"
    assert "/reset/" in smtp.messages[0].get_content()
    with site.app_context():
        sent = db.session.scalars(select(OutboxMessage)).one()
        assert (sent.status, sent.body) == ("sent", "")  # the link is not kept


def test_the_reset_answer_takes_as_long_whether_or_not_the_account_exists(site):
    client = site.test_client()
    timings = {"ana@example.com": [], "nobody@example.com": []}
    for _ in range(12):
        for email, times in timings.items():
            page = client.get("/reset").get_data(as_text=True)
            form = fill(form_to(forms_on(page, "http://etalase.test/reset"), "/reset"), email=email)
            start = time.perf_counter()
            assert send(client, form).status_code == 302
            times.append(time.perf_counter() - start)
    known, unknown = (statistics.median(times) for times in timings.values())
    ratio = known / unknown
    print(f"reset answer: account {known * 1000:.1f} ms, none {unknown * 1000:.1f} ms, {ratio:.2f}")
    assert 0.5 < ratio < 2  # the old code: 10 s against 0.03 s
    assert outbox(site) == []  # the lookups are the queue's, not the request's


def test_with_the_queue_down_an_inquiry_is_kept_and_sent_when_it_returns(site, smtp):
    storage = site.extensions["task_storage"]
    site.extensions["task_storage"] = tasks._storage("redis://127.0.0.1:1/0")  # nothing there
    try:
        assert inquire(site.test_client()).status_code == 303
    finally:
        site.extensions["task_storage"] = storage
    assert [status for _, status, _ in outbox(site)] == ["pending", "pending"]
    with consuming(site):
        tasks.every_minute()
        eventually(lambda: len(smtp.messages) == 2)


def test_a_recording_sent_while_the_queue_is_down_plays_once_it_returns(site):
    client = site.test_client()
    log_in(client)
    with site.app_context():
        creator = db.session.scalars(select(User).where(User.email == "ana@example.com")).one()
        work_id = creator_service.add_work(creator.creator, title="Ofa Langga").id
    page = client.get(f"/dashboard/works/{work_id}/recording/audio").get_data(as_text=True)
    form = form_to(forms_on(page, "http://etalase.test/"), "/recording/audio")
    fill(form, recording=(samples.wav(seconds=3), "ofa-langga.wav"))
    storage = site.extensions["task_storage"]
    site.extensions["task_storage"] = tasks._storage("redis://127.0.0.1:1/0")  # nothing there
    try:
        assert send(client, form).status_code == 302  # the upload is kept all the same
    finally:
        site.extensions["task_storage"] = storage
    assert "Ofa Langga" not in site.test_client().get("/@ana").get_data(as_text=True)
    with site.app_context():
        work = db.session.get(Work, work_id)
        assert work.media_state == "processing"
        work.updated_at -= timedelta(hours=1)  # long enough for its task to have been lost
        db.session.commit()
    with consuming(site):
        tasks.every_minute()
        eventually(lambda: "Ofa Langga" in site.test_client().get("/@ana").get_data(as_text=True))
    with site.app_context():
        work = db.session.get(Work, work_id)
        assert work.media_state == "ready"
        assert {asset.variant for asset in work.renditions} == {"audio-opus", "audio-aac"}


@tasks.task(retries=2, retry_delay=0.1)
def always_failing(label: str) -> None:
    raise RuntimeError(f"storage unreachable for {label}")


def test_a_task_that_keeps_failing_is_recorded_and_shown_to_staff(site):
    with consuming(site):
        always_failing("karya-7")
        eventually(lambda: _failures(site))
    [failure] = _failures(site)
    assert (failure.task, failure.arguments) == ("always_failing", "('karya-7',)")
    assert "storage unreachable for karya-7" in failure.error
    client = site.test_client()
    log_in(client, "kurator@example.com")
    page = client.get("/curate/tasks").get_data(as_text=True)
    assert "always_failing" in page and "storage unreachable for karya-7" in page


def _failures(app) -> list[TaskFailure]:
    with app.app_context():
        found = failures.recent()
        db.session.expunge_all()
        return found


def test_a_task_waits_for_the_outer_commit_not_a_savepoint(site):
    with site.app_context():
        storage = tasks.huey.storage
        db.session.connection()
        with db.session.begin_nested():
            tasks.after_commit(always_failing, "savepoint")
        assert storage.queue_size() == 0  # its rows are not committed yet
        db.session.commit()
        assert storage.queue_size() == 1
        storage.flush_all()
