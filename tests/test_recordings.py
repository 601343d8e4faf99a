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
    user = make_creator(handle="sasando")
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


def test_video_with_a_poster(storage, client, work):
    response = _send(client, work, "video", samples.mp4(), "klip.mp4", poster=photo_bytes())
    assert response.status_code == 302
    page = client.get("/@sasando").get_data(as_text=True)
    assert '<video controls preload="none"' in page
    assert 'poster="' in page
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
