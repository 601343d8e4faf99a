"""Audio and video works, on both storage backends: judged by content, played lazily."""

import io

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


@pytest.mark.parametrize(
    ("make", "content_type", "duration"),
    [(samples.wav, "audio/wav", 2.0), (samples.mp3, "audio/mpeg", None)],
)
def test_audio_is_judged_by_content_and_played_lazily(
    storage, client, work, make, content_type, duration
):
    response = _send(client, work, "audio", make(), "lagu.bin")
    assert response.status_code == 302
    asset = db.session.scalar(select(MediaAsset).where(MediaAsset.work_id == work))
    assert asset.content_type == content_type
    assert asset.duration and (duration is None or asset.duration == duration)
    assert db.session.get(Work, work).kind == "audio"
    page = client.get("/@sasando").get_data(as_text=True)
    assert '<audio controls preload="none"' in page
    if storage.name == "local":
        served = client.get(f"/media/{asset.key}")
        assert served.mimetype == content_type
        assert served.data[:4] == make()[:4]


def test_video_with_a_poster(storage, client, work):
    response = _send(client, work, "video", samples.mp4(), "klip.mp4", poster=photo_bytes())
    assert response.status_code == 302
    page = client.get(f"/@sasando/works/{work}").get_data(as_text=True)
    assert '<video controls preload="none"' in page
    assert 'poster="' in page
    tile = client.get("/@sasando").get_data(as_text=True)
    assert 'class="work-tile"' in tile and "▶" in tile  # the still, marked as a video
    webm = _send(client, work, "video", samples.webm(), "klip.webm")
    assert webm.status_code == 302
    assets = db.session.scalars(select(MediaAsset).where(MediaAsset.work_id == work)).all()
    assert [asset.content_type for asset in assets] == ["video/webm"]  # replaced the MP4
    assert {asset.key for asset in assets} <= set(storage.keys())


BAD = {
    "empty-audio": ("audio", b"", "empty"),
    "text-named-mp3": ("audio", b"bukan lagu\n" * 300, "not a recording"),
    "image-as-audio": ("audio", photo_bytes(), "not a recording"),
    "mp4-header-then-garbage": ("video", samples.mp4_header_then_garbage(), "not a video"),
    "webm-header-then-garbage": ("video", samples.webm_header_then_garbage(), "not a video"),
    "text-named-mp4": ("video", b"bukan video" * 100, "not a video"),
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
    assert (asset.content_type, asset.duration) == ("audio/wav", 2.0)
    assert asset.key.startswith("audio/") and asset.key != target["key"]
    stored = s3.client.head_object(Bucket=s3.bucket, Key=asset.key)
    assert stored["ContentType"] == "audio/wav"  # the judged type, not the browser's claim
    assert "immutable" in stored["CacheControl"]
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
    assert "not a recording" in response.get_data(as_text=True)
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
    assert "MP4 or WebM, up to 100 MB." in page  # limits and types said before the upload


def test_a_bad_still_is_refused_before_the_video_is_stored(storage, client, work):
    response = _send(client, work, "video", samples.mp4(), "klip.mp4", poster=b"bukan gambar")
    assert response.status_code == 400
    assert "not a photo" in response.get_data(as_text=True)
    assert db.session.get(Work, work).kind == "text"
    assert db.session.scalar(select(func.count()).select_from(MediaAsset)) == 0
