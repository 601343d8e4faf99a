"""Uploads in a real browser (Debian's Chromium driven by Playwright) against a live server:
with JavaScript, photos are shrunk before they are sent and failures are explained in place;
without JavaScript, the plain form still works."""

import pytest
from PIL import Image
from sqlalchemy import select

from showcase.extensions import db
from showcase.models import Picture
from showcase.services import accounts, creators
from showcase.services.catalog import category_by_slug, region_by_slug

from .live import browser_marks, live_app, serving

pytestmark = browser_marks("test_browser")
PASSWORD = "tenun-ikat-di-browser"


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """The app on its own database and media folder, served on a free loopback port."""
    app = live_app(tmp_path_factory.mktemp("live"))
    with app.app_context():
        user = accounts.register_creator(
            email="browser@example.com",
            password=PASSWORD,
            handle="di.browser",
            display_name="Di Browser",
            category=category_by_slug("fesyen"),
            region=region_by_slug("sikka"),
        )
        work_id = creators.add_work(user.creator, title="Kain Sikka").id
    with serving(app) as url:
        yield {"app": app, "url": url, "work_id": work_id}


def _logged_in_page(browser, live, javascript=True):
    context = browser.new_context(java_script_enabled=javascript, locale="en-GB")
    page = context.new_page()
    page.goto(live["url"] + "/login")
    page.fill("input[name=email]", "browser@example.com")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/dashboard")
    return page


def _big_photo(path, size=(4000, 3000)):
    Image.new("RGB", size, (150, 60, 40)).save(path, "JPEG", quality=90)
    return str(path)


def _pictures(live):
    with live["app"].app_context():
        query = select(Picture).where(Picture.work_id == live["work_id"]).order_by(Picture.id)
        return [
            (picture.width, picture.height, picture.alt) for picture in db.session.scalars(query)
        ]


def _add_photo(page, live, path, alt):
    page.goto(f"{live['url']}/dashboard/works/{live['work_id']}/images")
    page.set_input_files("input[name=image]", path)
    page.fill("input[name=alt]", alt)
    page.click("button[type=submit]")


def test_with_javascript_photos_are_shrunk_before_they_are_sent(browser, live, tmp_path):
    page = _logged_in_page(browser, live)
    _add_photo(page, live, _big_photo(tmp_path / "besar.jpg"), "Kain besar")
    page.wait_for_url(f"**/dashboard/works/{live['work_id']}/edit**")
    assert (2560, 1920, "Kain besar") in _pictures(live)


def test_a_refused_file_is_explained_and_the_form_keeps_its_text(browser, live, tmp_path):
    page = _logged_in_page(browser, live)
    fake = tmp_path / "palsu.jpg"
    fake.write_bytes(b"ini bukan foto " * 100)
    _add_photo(page, live, str(fake), "Tetap di sini")
    page.wait_for_selector(".upload-error")
    assert "not a photo" in page.inner_text(".upload-error")
    assert page.input_value("input[name=alt]") == "Tetap di sini"


def test_without_javascript_the_plain_form_sends_the_photo(browser, live, tmp_path):
    page = _logged_in_page(browser, live, javascript=False)
    _add_photo(page, live, _big_photo(tmp_path / "asli.jpg", (3000, 2000)), "Tanpa skrip")
    page.wait_for_url(f"**/dashboard/works/{live['work_id']}/edit**")
    assert (3000, 2000, "Tanpa skrip") in _pictures(live)


def test_the_public_page_loads_only_from_its_own_origin(browser, live):
    context = browser.new_context()
    page = context.new_page()
    origins = set()
    page.on("request", lambda request: origins.add(request.url.split("/")[2]))
    page.goto(live["url"] + "/@di.browser")
    assert origins == {live["url"].split("/")[2]}
    assert page.locator("h1").inner_text().startswith("Di Browser")


def test_a_file_over_the_limit_is_refused_before_it_is_sent(browser, live, tmp_path):
    live["app"].config["AUDIO_MAX_MB"] = 1
    try:
        page = _logged_in_page(browser, live)
        page.goto(f"{live['url']}/dashboard/works/{live['work_id']}/recording/audio")
        sent = []
        page.on("request", lambda request: sent.append(request.method))
        big = tmp_path / "panjang.wav"
        big.write_bytes(b"RIFF" + b"\x00" * (2 * 1024 * 1024))
        page.set_input_files("input[name=recording]", str(big))
        page.click("button[type=submit]")
        page.wait_for_selector(".upload-error")
        assert "too large" in page.inner_text(".upload-error")
        assert "POST" not in sent
    finally:
        live["app"].config["AUDIO_MAX_MB"] = 30
