"""Audio and video works, on both storage backends: judged by content, played lazily."""

import io
import re
import subprocess
import tempfile

import pytest
from sqlalchemy import func, select

from showcase.extensions import db
from showcase.models import MediaAsset, Work

from . import media_samples as samples
from .conftest import PASSWORD, photo_bytes


@pytest.fixture
def work(client, make_creator, make_work):
    user = make_creator(handle="sasando", listed=False)
    work = make_work(user, title="Ofa Langga", published=True)
    client.post("/login", data={"email": user.email, "password": PASSWORD})
    return work.id


def _send(client, work_id, kind, data, filename, poster=None):
    form = {"recording": (io.BytesIO(data), filename)}
    if poster is not None:
        form["poster"] = (io.BytesIO(poster), "poster.jpg")
    return client.post(
        f"/dashboard/works/{work_id}/recording/{kind}",
        data=form,
        content_type="multipart/form-data",
    )


FFMPEG = samples.FFMPEG


def probe(data: bytes) -> str:
    """What ffmpeg reads in a file: its streams, and every tag (as ffmetadata)."""
    with tempfile.NamedTemporaryFile(suffix=".media") as file:
        file.write(data)
        file.flush()
        streams = subprocess.run(
            [FFMPEG, "-hide_banner", "-i", file.name], capture_output=True, text=True
        ).stderr
        tags = subprocess.run(
            [FFMPEG, "-hide_banner", "-loglevel", "error", "-i", file.name, "-f", "ffmetadata",
             "-fflags", "+bitexact", "-"],
            capture_output=True,
            text=True,
        ).stdout  # fmt: skip
    return streams + tags


def kbits(report: str) -> int:
    return int(re.search(r"bitrate: (\d+) kb/s", report)[1])


def renditions(work_id) -> dict[str, MediaAsset]:
    query = select(MediaAsset).where(MediaAsset.work_id == work_id)
    return {asset.variant: asset for asset in db.session.scalars(query)}


def assert_no_trace_of_the_phone(report: str) -> None:
    for secret in (*samples.SECRET_WORDS, "location", "GPS", "attached pic", "title="):
        assert secret not in report, (secret, report)


@pytest.mark.parametrize(("make", "name"), [(samples.wav, "lagu.bin"), (samples.mp3, "lagu.mp3")])
def test_a_recording_is_kept_private_and_made_small_and_clean_by_the_queue(
    storage, client, work, run_tasks, make, name
):
    response = _send(client, work, "audio", make(), name)
    assert response.status_code == 302
    [original] = renditions(work).values()
    assert original.variant == "original"
    saved = db.session.get(Work, work)
    assert (saved.kind, saved.media_state) == ("audio", "processing")
    assert "Ofa Langga" not in client.get("/@sasando?preview=buyer").get_data(as_text=True)
    assert "being prepared" in client.get(f"/dashboard/works/{work}/edit").get_data(as_text=True)

    assert run_tasks() == 1
    made = renditions(work)
    assert set(made) == {"original", "audio-opus", "audio-aac"}
    assert db.session.get(Work, work).media_state == "ready"
    assert len(db.session.get(Work, work).peaks) == 64
    page = client.get("/@sasando").get_data(as_text=True)
    assert '<audio controls preload="none">' in page and 'class="wave"' in page
    for variant, content_type, ceiling in (
        ("audio-opus", "audio/webm", 80),
        ("audio-aac", "audio/mp4", 110),
    ):
        asset = made[variant]
        assert asset.key in page and f'type="{content_type}"' in page
        report = probe(storage.open(asset.key))
        assert_no_trace_of_the_phone(report)
        assert kbits(report) <= ceiling
    if storage.name == "local":
        assert client.get(f"/media/{made['original'].key}").status_code == 404
        assert client.get(f"/media/{made['audio-opus'].key}").mimetype == "audio/webm"


@pytest.mark.parametrize("make", [samples.mp4, samples.hevc, samples.webm])
def test_a_video_becomes_h264_without_its_location_and_gets_a_still(
    storage, client, work, run_tasks, make
):
    assert (
        _send(client, work, "video", make(seconds=2, size="1280x720"), "klip.mov").status_code
        == 302
    )
    assert run_tasks() == 1
    made = renditions(work)
    assert set(made) == {"original", "video-480", "video-720"}
    for variant, size, ceiling in (("video-480", "854x480", 700), ("video-720", "1280x720", 1700)):
        report = probe(storage.open(made[variant].key))
        assert "Video: h264" in report and "Audio: aac" in report and size in report
        assert_no_trace_of_the_phone(report)
        assert kbits(report) <= ceiling
    page = client.get(f"/@sasando/works/{work}").get_data(as_text=True)
    assert '<video controls preload="none" data-video' in page and 'poster="' in page
    assert made["video-480"].key in page and 'type="video/mp4"' in page
    assert made["video-720"].key in page.split("data-hd=")[1]
    assert db.session.get(Work, work).poster is not None  # the still, as WebP sizes
    # Light mode (asked for by Save-Data): the poster only, until it is tapped.
    light = client.get(f"/@sasando/works/{work}", headers={"Save-Data": "on"}).text
    assert "<video" not in light and 'class="video-still"' in light
    assert made["video-480"].key in light.split('class="video-still"')[1].split(">")[0]
    tile = client.get("/@sasando").get_data(as_text=True)
    assert 'class="work-tile"' in tile and "▶" in tile


def test_no_transaction_is_open_while_ffmpeg_or_storage_works(
    storage, client, work, run_tasks, monkeypatch
):
    """On SQLite an open transaction of a POST or a task holds the write lock: every other
    write would wait for ffmpeg."""
    from showcase.media import transcode

    seen = []

    def watched(function):
        def call(*args, **kwargs):
            seen.append((function.__name__, db.session().in_transaction()))
            return function(*args, **kwargs)

        return call

    monkeypatch.setattr(transcode, "_execute", watched(transcode._execute))
    monkeypatch.setattr(storage, "put", watched(storage.put))
    assert _send(client, work, "video", samples.mp4(), "klip.mp4").status_code == 302
    assert run_tasks() == 1
    assert {name for name, _ in seen} == {"_execute", "put"} and len(seen) > 5
    assert [name for name, open_ in seen if open_] == [], seen


def test_a_recording_replaced_while_its_task_runs_is_not_overwritten(
    storage, client, work, run_tasks, monkeypatch
):
    from showcase.media import transcode

    real = transcode.recording
    calls = []

    def meanwhile_a_new_upload(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:  # the creator sends a longer take while the first is converted
            assert _send(client, work, "audio", samples.wav(seconds=4), "b.wav").status_code == 302
        return real(*args, **kwargs)

    monkeypatch.setattr(transcode, "recording", meanwhile_a_new_upload)
    _send(client, work, "audio", samples.wav(seconds=2), "a.wav")
    assert run_tasks() == 2  # the first upload's task, then the second's
    made = renditions(work)
    assert set(made) == {"original", "audio-opus", "audio-aac"}
    assert {asset.duration for asset in made.values()} == {4.0}
    assert {asset.key for asset in made.values()} == set(storage.keys())


def test_a_small_video_is_never_made_larger(storage, client, work, run_tasks):
    _send(client, work, "video", samples.mp4(size="320x240"), "kecil.mp4")
    run_tasks()
    made = renditions(work)
    assert set(made) == {"original", "video-480"}
    assert "320x240" in probe(storage.open(made["video-480"].key))


def test_a_video_with_a_chosen_poster_keeps_it(storage, client, work, run_tasks):
    response = _send(client, work, "video", samples.mp4(), "klip.mp4", poster=photo_bytes())
    assert response.status_code == 302
    chosen = db.session.get(Work, work).poster.id
    run_tasks()
    assert db.session.get(Work, work).poster.id == chosen
    webm = _send(client, work, "video", samples.webm(), "klip.webm")
    assert webm.status_code == 302
    assert list(renditions(work)) == ["original"]  # the first video's files went with it
    run_tasks()
    assert {asset.key for asset in renditions(work).values()} <= set(storage.keys())


def test_a_video_longer_than_allowed_is_refused_before_anything_is_stored(
    app, storage, client, work
):
    app.config["VIDEO_MAX_MINUTES"] = 0
    try:
        response = _send(client, work, "video", samples.mp4(), "panjang.mp4")
    finally:
        app.config["VIDEO_MAX_MINUTES"] = 10
    assert response.status_code == 400
    assert "longer than 0 minutes" in response.get_data(as_text=True)
    assert renditions(work) == {}


def test_a_failed_conversion_is_shown_to_its_owner_with_a_retry(
    app, storage, client, work, run_tasks
):
    _send(client, work, "audio", samples.wav(), "lagu.wav")
    app.config["FFMPEG_MEMORY_MB"] = 8  # too little for ffmpeg to start
    try:
        run_tasks()
    finally:
        app.config["FFMPEG_MEMORY_MB"] = 1536
    assert db.session.get(Work, work).media_state == "failed"
    page = client.get(f"/dashboard/works/{work}/edit").get_data(as_text=True)
    assert "could not be prepared" in page and "Try again" in page
    assert client.post(f"/dashboard/works/{work}/recording/retry").status_code == 302
    assert db.session.get(Work, work).media_state == "processing"
    assert run_tasks() == 1
    assert db.session.get(Work, work).media_state == "ready"


BAD = {
    "empty-audio": ("audio", b"", "empty"),
    "text-named-mp3": ("audio", b"bukan lagu\n" * 300, "could not read"),
    "image-as-audio": ("audio", photo_bytes(), "could not read"),
    "photo-as-video": ("video", photo_bytes(), "could not read"),
    "sound-as-video": ("video", samples.wav(), "not a video"),
    "mp4-header-then-garbage": ("video", samples.mp4_header_then_garbage(), "could not read"),
    "webm-header-then-garbage": ("video", samples.webm_header_then_garbage(), "could not read"),
    "text-named-mp4": ("video", b"bukan video" * 100, "could not read"),
}


@pytest.mark.parametrize("name", BAD)
def test_bad_recordings_are_refused_and_leave_nothing(storage, client, work, name):
    kind, data, message = BAD[name]
    before = set(storage.keys())
    response = _send(client, work, kind, data, "berkas.mp3")
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert set(storage.keys()) == before
    assert db.session.scalar(select(func.count()).select_from(MediaAsset)) == 0


def test_recordings_over_the_limit_are_refused(app, storage, client, work):
    app.config["AUDIO_MAX_MB"] = 1
    try:
        response = _send(client, work, "audio", samples.wav(seconds=80), "panjang.wav")
    finally:
        app.config["AUDIO_MAX_MB"] = 30
    assert response.status_code == 413
    assert db.session.scalar(select(func.count()).select_from(MediaAsset)) == 0


@pytest.fixture
def s3(s3_storage):
    return s3_storage


def _direct(client, work, kind="audio", content_type="audio/wav"):
    response = client.post(
        f"/dashboard/works/{work}/recording/{kind}/direct", data={"content_type": content_type}
    )
    return response


def _send_to_bucket(target, data):
    import requests

    answer = requests.post(
        target["url"], data=target["fields"], files={"file": ("x", data)}, timeout=10
    )
    assert answer.status_code in (200, 201, 204), answer.text


def test_a_direct_upload_is_checked_then_attached(s3, client, work):
    target = _direct(client, work).get_json()
    assert target["key"].startswith("incoming/")
    _send_to_bucket(target, samples.wav())
    response = client.post(
        f"/dashboard/works/{work}/recording/audio/attach", data={"key": target["key"]}
    )
    assert response.status_code == 302
    asset = db.session.scalar(select(MediaAsset).where(MediaAsset.work_id == work))
    assert (asset.variant, asset.duration) == ("original", 2.0)
    assert asset.key.startswith("originals/") and asset.key != target["key"]
    stored = s3.client.head_object(Bucket=s3.bucket, Key=asset.key)
    assert stored["ContentType"] == "application/octet-stream"  # kept, never served
    assert s3.head(target["key"]) is None  # the incoming object is gone


def test_reusing_the_upload_policy_cannot_change_what_is_served(s3, client, work):
    target = _direct(client, work).get_json()
    _send_to_bucket(target, samples.wav())
    client.post(f"/dashboard/works/{work}/recording/audio/attach", data={"key": target["key"]})
    _send_to_bucket(target, b"<script>alert(1)</script>")  # the policy is still valid
    asset = db.session.scalar(select(MediaAsset).where(MediaAsset.work_id == work))
    assert s3.open(asset.key) == samples.wav()
    again = client.post(
        f"/dashboard/works/{work}/recording/audio/attach", data={"key": target["key"]}
    )
    assert again.status_code == 400
    assert s3.open(asset.key) == samples.wav()


def test_a_direct_upload_larger_than_allowed_is_refused_and_deleted(app, s3, client, work):
    app.config["AUDIO_MAX_MB"] = 1
    try:
        target = _direct(client, work).get_json()
        _send_to_bucket(target, samples.wav(seconds=80))  # moto enforces no policy: it lands
        assert s3.head(target["key"]) is not None
        response = client.post(
            f"/dashboard/works/{work}/recording/audio/attach", data={"key": target["key"]}
        )
    finally:
        app.config["AUDIO_MAX_MB"] = 30
    assert response.status_code == 413
    assert s3.head(target["key"]) is None
    assert db.session.scalar(select(func.count()).select_from(MediaAsset)) == 0


def test_a_direct_upload_of_the_wrong_type_is_refused_and_deleted(s3, client, work):
    target = _direct(client, work).get_json()
    _send_to_bucket(target, b"bukan lagu" * 100)
    response = client.post(
        f"/dashboard/works/{work}/recording/audio/attach", data={"key": target["key"]}
    )
    assert response.status_code == 400
    assert "could not read" in response.get_data(as_text=True)
    assert s3.head(target["key"]) is None


def test_nobody_can_attach_someone_elses_object(s3, client, work):
    for key in ("audio/999999/abc/audio.upload", "video/1/abc/x", "audio/../../etc"):
        response = client.post(f"/dashboard/works/{work}/recording/audio/attach", data={"key": key})
        assert response.status_code == 403


def test_direct_uploads_only_take_accepted_types(s3, client, work):
    assert _direct(client, work, content_type="text/html").status_code == 400


def test_without_s3_the_same_form_posts_to_the_app(app, client, work):
    # the local backend: no direct upload, the plain form carries the file
    page = client.get(f"/dashboard/works/{work}/recording/audio").get_data(as_text=True)
    assert "data-direct" not in page
    assert 'enctype="multipart/form-data"' in page
    assert _direct(client, work).status_code == 409


def test_with_s3_the_form_offers_a_direct_upload(s3, client, work):
    page = client.get(f"/dashboard/works/{work}/recording/video").get_data(as_text=True)
    assert f'data-direct="/dashboard/works/{work}/recording/video/direct"' in page
    assert 'src="/static/js/upload.js"' in page
    assert "MP4, MOV or WebM, up to 100 MB and 10 minutes." in page  # said before the upload


def test_a_bad_still_is_refused_before_the_video_is_stored(storage, client, work):
    response = _send(client, work, "video", samples.mp4(), "klip.mp4", poster=b"bukan gambar")
    assert response.status_code == 400
    assert "not a photo" in response.get_data(as_text=True)
    assert db.session.get(Work, work).kind == "text"
    assert db.session.scalar(select(func.count()).select_from(MediaAsset)) == 0
