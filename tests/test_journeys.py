"""Journeys through the site as people make them, in Debian's Chromium against a live server
with its media on S3 (a real moto_server), at a phone's size and a desktop's: a creator builds
a page, a buyer finds her and asks about a work (also with JavaScript off), she reads it and
replies, a curator features her. Each step leaves a screenshot in tests/artifacts/."""

import io
import re
import time

import pytest
from sqlalchemy import select

from showcase.demo import scenes, sound
from showcase.extensions import db
from showcase.models import Feature, Inquiry

from . import media_samples as samples
from .live import ARTIFACTS, PASSWORD, SIZES, browser_marks, log_in

pytestmark = browser_marks("test_journeys")

FIRST_LOAD_BUDGET = 300 * 1024  # bytes the home page costs a phone before any scrolling


@pytest.fixture(scope="module")
def site(live_site):
    return live_site


@pytest.fixture(params=list(SIZES))
def open_page(request, browser, site):
    """A fresh browser context at the size; ``open_page(journey, javascript=True)`` returns a
    page whose ``shot(step)`` saves a full-page screenshot."""
    contexts = []

    def make(journey: str, javascript: bool = True, locale: str = "id-ID"):
        context = browser.new_context(
            viewport=SIZES[request.param], java_script_enabled=javascript, locale=locale
        )
        contexts.append(context)
        page = context.new_page()
        folder = ARTIFACTS / f"{journey}-{request.param}"
        folder.mkdir(parents=True, exist_ok=True)
        steps = iter(range(1, 100))
        page.shot = lambda step: page.screenshot(
            path=str(folder / f"{next(steps):02d}-{step}.png"), full_page=True
        )
        page.size = request.param
        return page

    yield make
    for context in contexts:
        context.close()


def _wait_until(condition, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "waited in vain"
        time.sleep(0.1)


def _png(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_a_creator_signs_up_builds_her_page_and_her_recording_plays(open_page, site, tmp_path):
    page = open_page("creator")
    url, handle = site["url"], f"yuliana.{page.size}"
    page.goto(url + "/register")
    page.fill("[name=email]", f"{handle}@example.com")
    page.fill("[name=password]", PASSWORD)
    page.fill("[name=handle]", handle)
    page.fill("[name=display_name]", "Yuliana Tefa")
    page.select_option("[name=category]", "musik")
    page.select_option("[name=region]", "timor-tengah-selatan")
    page.shot("register")
    page.click("main button[type=submit]")
    page.wait_for_url("**/dashboard")
    page.shot("dashboard-new")

    page.click("main a[href='/dashboard/profile']")
    page.fill("[name=bio]", "Penenun dan pemain sasando dari Soe.")
    page.fill("[name=instagram]", "yuliana.tefa")
    page.shot("profile")
    page.click("main button[type=submit]")
    page.wait_for_url("**/dashboard**")

    photos = []
    for number, view in enumerate(("whole", "detail", "folded"), start=1):
        path = tmp_path / f"kain-{number}.png"
        scenes.cloth(f"{handle}-{number}", "fesyen", view).save(path)
        photos.append(str(path))
    page.goto(url + "/dashboard/works/new")
    page.set_input_files("[name=photos]", photos)
    page.fill("[name=title]", "Selimut Amarasi")
    page.shot("new-work-photos")
    page.click("main form button[type=submit]")
    page.wait_for_url("**/dashboard/works/*/edit**")
    assert page.locator("[role=status], .flash").first.is_visible()
    page.shot("work-saved")

    recording = tmp_path / "sasando.wav"
    recording.write_bytes(sound.sasando(handle, seconds=4))
    page.goto(url + "/dashboard/works/new")
    page.set_input_files("[name=recording]", str(recording))
    page.fill("[name=title]", "Lagu Soe")
    page.click("main form button[type=submit]")
    page.wait_for_url("**/dashboard/works/*/edit**")
    page.shot("recording-being-prepared")

    def ready() -> bool:  # the task consumer makes it play on phones, then buyers see it
        page.goto(f"{url}/@{handle}")
        return page.locator(".track").count() == 1

    _wait_until(ready, seconds=60)
    page.wait_for_load_state("networkidle")
    page.shot("public-page")
    assert page.locator(".work-tile img").count() == 1, "the photo work shows its first photo"
    play = page.locator(".track .play").first
    assert play.is_visible() and play.bounding_box()["height"] >= 44
    play.click()
    audio = page.locator(".track audio").first
    _wait_until(lambda: not audio.evaluate("audio => audio.paused"))
    _wait_until(lambda: audio.evaluate("audio => audio.currentTime") > 0.2)
    page.shot("playing")

    page.click(".work-tile")
    page.wait_for_selector(".gallery img")
    assert page.locator(".gallery img").count() == 3
    page.shot("work-page")


def _buyer_journey(page, url, name):
    page.goto(url + "/")
    page.shot("home")
    page.click("a.tile-fesyen")
    page.wait_for_url("**/browse/fesyen**")
    page.shot("category")
    heights = page.locator(".chips a").evaluate_all(
        "links => links.map(link => link.getBoundingClientRect().height)"
    )
    assert heights and max(heights) < 50, f"a chip broke onto two lines: {heights}"
    page.click("summary")
    page.select_option("[name=region]", "sumba-timur")
    page.click(".filter-fields button[type=submit]")
    page.wait_for_url("**region=sumba-timur**")
    page.shot("region")
    page.click(".card a[href='/@rambu.kaliuda']")
    page.wait_for_url("**/@rambu.kaliuda")
    page.shot("creator")
    page.click(".work-tile")
    page.wait_for_url("**/works/**")
    heading = page.locator("#inquire-title").inner_text()
    assert "Hinggi Kombu" in heading, "the inquiry names the work"
    page.shot("work")
    form = page.locator("#inquire form")
    form.locator("[name=name]").fill(name)
    form.locator("[name=email]").fill("pembeli@example.com")
    form.locator("[name=phone]").fill("081234567891")
    form.locator("[name=message]").fill(f"{name} ingin memesan dua kain hinggi untuk lobi.")
    form.locator("[name=consent]").check()
    page.shot("inquiry")
    form.locator("button[type=submit]").click()
    page.wait_for_url("**/sent**")
    page.shot("sent")


def test_a_buyer_finds_a_weaver_and_asks_about_a_work(open_page, site):
    page = open_page("buyer")
    _buyer_journey(page, site["url"], f"Hotel Sumba {page.size}")
    _assert_inquiry_stored(site, f"Hotel Sumba {page.size}")


def test_without_javascript_a_buyer_makes_the_same_journey(open_page, site):
    page = open_page("buyer-no-js", javascript=False)
    _buyer_journey(page, site["url"], f"Butik Waingapu {page.size}")
    _assert_inquiry_stored(site, f"Butik Waingapu {page.size}")
    page.goto(site["url"] + "/@jefri.sasando")
    player = page.locator(".track audio").first
    assert player.is_visible() and player.bounding_box()["height"] >= 30, "the browser's player"
    page.shot("musician")


def _assert_inquiry_stored(site, name):
    with site["app"].app_context():
        inquiry = db.session.scalar(select(Inquiry).where(Inquiry.name == name))
        assert inquiry is not None, [row.name for row in db.session.scalars(select(Inquiry))]
        assert inquiry.work.title == "Hinggi Kombu"


def test_the_creator_reads_an_inquiry_and_replies_on_whatsapp(open_page, site):
    buyer = open_page("reply-buyer")
    name = f"Panitia Festival {buyer.size}"
    _buyer_journey(buyer, site["url"], name)
    page = open_page("reply")
    page.route("https://wa.me/**", lambda route: route.fulfill(body="WhatsApp"))
    log_in(page, site["url"], "rambu@example.com")
    page.wait_for_url("**/dashboard")
    page.goto(site["url"] + "/dashboard/inquiries")
    page.shot("inbox")
    page.click(f"text={name}")
    page.wait_for_selector("dl")
    page.shot("detail")
    with page.expect_request(re.compile(r"https://wa\.me/")) as request:
        page.click("form[action$='/whatsapp'] button")
    assert "62812345678" in request.value.url
    with site["app"].app_context():
        inquiry = db.session.scalar(select(Inquiry).where(Inquiry.name == name))
        assert inquiry.status == "replied"


def test_a_curator_features_a_creator_and_the_home_page_shows_her_picture(open_page, site):
    page = open_page("curator")
    log_in(page, site["url"], "kurator@example.com")
    page.wait_for_url("**/curate**")
    page.shot("curate")
    page.goto(site["url"] + "/curate/features")
    page.fill("[name=q]", "Rambu")
    page.locator("[name=q]").press("Enter")
    page.wait_for_load_state()
    page.shot("search")
    page.click("button[name=creator][value='rambu.kaliuda']")
    page.wait_for_selector("form[method=post] input[name=work_id]")
    page.locator("input[name=work_id]").last.check()
    page.fill("[name=blurb]", "Hinggi kombu dari Kaliuda, diwarnai akar mengkudu.")
    page.shot("feature-form")
    page.locator("form[method=post]:has([name=blurb]) button[type=submit]").click()
    page.wait_for_load_state()
    page.shot("featured")
    with site["app"].app_context():
        assert db.session.scalar(select(Feature).join(Feature.creator)) is not None
    page.goto(site["url"] + "/")
    band = page.locator(".band img, .features img").first
    band.wait_for()
    assert band.evaluate("image => image.complete && image.naturalWidth > 0")
    page.shot("home-featured")


def test_the_language_switch_changes_the_page_and_keeps_it(open_page, site):
    page = open_page("language")
    page.goto(site["url"] + "/@rambu.kaliuda")
    assert page.locator("html").get_attribute("lang") == "id"
    page.click("footer a[hreflang=en]")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.url.endswith("/@rambu.kaliuda")
    page.goto(site["url"] + "/")
    assert page.locator("html").get_attribute("lang") == "en"
    page.shot("english-home")


def test_the_home_page_is_light_on_a_phone(browser, site):
    """At 360 px, the home page's first load (HTML, CSS, scripts and the images it loads
    eagerly, in the files the browser picks from their srcsets) stays within budget."""
    context = browser.new_context(viewport=SIZES["360"])
    page = context.new_page()
    responses = {}
    page.on("response", lambda response: responses.setdefault(response.url, response))
    page.goto(site["url"] + "/")
    page.wait_for_load_state("networkidle")
    eager = page.locator("img:not([loading=lazy])").evaluate_all(
        "images => images.map(image => image.currentSrc)"
    )
    first = [page.url, *eager] + [
        url
        for url, response in responses.items()
        if response.request.resource_type in ("stylesheet", "script")
    ]
    weights = {url: len(responses[url].body()) for url in first if url in responses}
    everything = sum(len(response.body()) for response in responses.values() if response.ok)
    context.close()
    print(
        f"home at 360 px: first load {sum(weights.values())} bytes, with lazy images {everything}"
    )
    assert eager and all(url in weights for url in eager), eager
    assert sum(weights.values()) < FIRST_LOAD_BUDGET, weights


def test_a_phone_video_and_a_tagged_mp3_play_in_chromium_from_what_the_queue_made(
    open_page, site, tmp_path
):
    """An iPhone's HEVC video with its location, and an MP3 with ID3 tags, a GPS frame and a
    cover: uploaded as people do, made ready by the consumer, and played by the browser."""
    page = open_page("media")
    url = site["url"]
    log_in(page, url, "rambu@example.com")
    uploads = {
        "video": (tmp_path / f"IMG_{page.size}.MOV", samples.hevc(seconds=3, size="1280x720")),
        "audio": (tmp_path / f"lagu-{page.size}.mp3", samples.mp3(seconds=4)),
    }
    works = {}
    for kind, (path, data) in uploads.items():
        path.write_bytes(data)
        page.goto(url + "/dashboard/works/new")
        page.set_input_files("[name=recording]", str(path))
        page.fill("[name=title]", f"Hinggi {kind} {page.size}")
        page.click("main form button[type=submit]")
        page.wait_for_url("**/dashboard/works/*/edit**")
        works[kind] = int(re.search(r"/works/(\d+)/edit", page.url)[1])

    def ready(kind) -> bool:
        page.goto(f"{url}/@rambu.kaliuda/works/{works[kind]}")
        return page.locator("video, audio").count() == 1

    _wait_until(lambda: ready("video"), seconds=90)
    page.shot("video-work")
    video = page.locator("video")
    assert video.get_attribute("poster")
    video.evaluate("video => { video.muted = true; video.play(); }")
    _wait_until(lambda: video.evaluate("video => video.currentTime") > 0.3, seconds=20)
    assert "video-480.mp4" in page.locator("video source").get_attribute("src")  # by default
    fast = page.evaluate("() => (navigator.connection || {}).effectiveType === '4g'")
    playing = video.evaluate("video => video.currentSrc")
    assert ("video-720.mp4" if fast else "video-480.mp4") in playing  # 720p on a fast line
    page.shot("video-playing")

    _wait_until(lambda: ready("audio"), seconds=60)
    sources = page.locator("audio source")
    assert [sources.nth(n).get_attribute("type") for n in range(sources.count())] == [
        "audio/webm",
        "audio/mp4",
    ]
    for number in range(sources.count()):  # each rendition on its own: Opus, then AAC
        played = page.evaluate(
            """async (src) => {
                const audio = new Audio(src);
                audio.muted = true;
                await audio.play();
                await new Promise((done) => setTimeout(done, 600));
                return audio.currentTime;
            }""",
            sources.nth(number).get_attribute("src"),
        )
        assert played > 0.2
    page.shot("recording-work")
