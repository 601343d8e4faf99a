"""Photo uploads, on the local disk and on S3 (a real moto_server): what is kept, what is
served, what is refused, and what is cleaned up."""

import io

import pytest
from PIL import Image
from sqlalchemy import func, select

from showcase.extensions import db
from showcase.media.storage import StorageError
from showcase.models import MediaAsset, Picture, User, Work, utcnow
from showcase.services import creators

from .conftest import PASSWORD, photo_bytes

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def _photo_with_gps_and_rotation() -> bytes:
    """An 800x400 landscape photo whose EXIF says: rotate 90° to view; taken at Kupang."""
    image = Image.new("RGB", (800, 400), (200, 30, 30))
    image.paste((30, 30, 200), (0, 0, 400, 400))  # left half blue
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    exif.get_ifd(GPS_IFD).update({1: "S", 2: (10.0, 10.0, 0.0), 3: "E", 4: (123.0, 35.0, 0.0)})
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, quality=95)
    return buffer.getvalue()


def _photo_with_text_chunks() -> bytes:
    """A JPEG whose comment segment (COM) and XMP say where it was taken."""
    image = Image.new("RGB", (600, 400), (120, 60, 30))
    buffer = io.BytesIO()
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">GPSLatitude 10,10S Rumah Kupang</x:xmpmeta>'
    image.save(buffer, "JPEG", comment=b"GPS -10.1667 123.5833 Rumah Kupang", xmp=xmp)
    return buffer.getvalue()


@pytest.fixture
def owner(client, make_creator, make_work):
    user = make_creator(handle="penenun", listed=False)
    work = make_work(user, title="Kain Sumba")
    client.post("/login", data={"email": user.email, "password": PASSWORD})
    return user, work.id


def _upload(client, work_id, data, filename="foto.jpg", alt="Kain tenun merah"):
    return client.post(
        f"/dashboard/works/{work_id}/images",
        data={"image": (io.BytesIO(data), filename), "alt": alt},
        content_type="multipart/form-data",
    )


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_served_derivatives_have_no_metadata_and_stand_upright(app, storage, client, owner):
    _, work_id = owner
    response = _upload(client, work_id, _photo_with_gps_and_rotation())
    assert response.status_code == 302
    picture = db.session.scalar(select(Picture).where(Picture.work_id == work_id))
    assert (picture.width, picture.height) == (400, 800)  # turned upright
    assert picture.alt == "Kain tenun merah"
    variants = {asset.variant for asset in picture.assets}
    assert variants == {
        "original",
        "webp-160",
        "webp-320",
        "webp-400",
        "jpeg-400",
    }  # never upscaled
    for asset in picture.assets:
        data = storage.open(asset.key)
        assert asset.size == len(data)
        if asset.variant == "original":
            continue
        served = Image.open(io.BytesIO(data))
        assert served.height > served.width, asset.variant
        assert not served.getexif(), asset.variant
        assert served.info.get("exif") is None and served.info.get("icc_profile") is None
        assert served.info.get("xmp") is None
        top_pixel = served.convert("RGB").getpixel((served.width // 2, 2))
        assert top_pixel[2] > top_pixel[0]  # the blue half is now on top


def test_the_page_shows_responsive_images_and_never_the_original(app, storage, client, owner):
    user, work_id = owner
    db.session.get(Work, work_id).published = True
    db.session.commit()
    _upload(client, work_id, photo_bytes(size=(2000, 1500)))
    _upload(client, work_id, photo_bytes(size=(900, 600)), alt="Kedua")
    picture = db.session.scalar(
        select(Picture).where(Picture.work_id == work_id).order_by(Picture.position)
    )
    page = client.get(f"/@{user.creator.handle}/works/{work_id}").get_data(as_text=True)
    first = page[page.index('alt="Kain tenun merah"') :].split(">")[0]
    second = page[page.index('alt="Kedua"') :].split(">")[0]
    # the first photo of the gallery is the largest paint; the rest wait until swiped to
    assert 'fetchpriority="high"' in first and 'loading="lazy"' not in first
    assert 'loading="lazy"' in second and "fetchpriority" not in second
    original = next(asset for asset in picture.assets if asset.variant == "original")
    assert original.key not in page
    assert 'type="image/webp"' in page
    assert " 320w, " in page and " 640w, " in page and " 1280w" in page
    assert 'width="2000" height="1500"' in page
    assert 'loading="lazy"' in page
    assert 'alt="Kain tenun merah"' in page


def _bomb() -> bytes:
    buffer = io.BytesIO()
    Image.new("1", (20000, 20000)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _truncated_jpeg() -> bytes:
    return photo_bytes(size=(1200, 900))[:3000]


BAD_UPLOADS = {
    "empty": (b"", "kosong.jpg", "empty"),
    "truncated-jpeg": (_truncated_jpeg(), "potong.jpg", "damaged"),
    "text-named-jpg": (b"ini bukan gambar\n" * 50, "teks.jpg", "not a photo"),
    "svg-with-script": (
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "gambar.svg",
        "not a photo",
    ),
    "html": (b"<!doctype html><html><body>hai</body></html>", "halaman.jpg", "not a photo"),
    "gif": (photo_bytes(size=(20, 20), format_="GIF"), "animasi.gif", "not a photo"),
    "decompression-bomb": (_bomb(), "bom.png", "too many pixels"),
}


@pytest.mark.parametrize("name", BAD_UPLOADS)
def test_bad_uploads_are_refused_and_leave_nothing_behind(app, storage, client, owner, name):
    _, work_id = owner
    data, filename, message = BAD_UPLOADS[name]
    keys_before = set(storage.keys())
    response = _upload(client, work_id, data, filename)
    assert 400 <= response.status_code < 500
    page = response.get_data(as_text=True)
    assert message in page
    assert 'value="Kain tenun merah"' in page  # what was typed is kept
    assert _count(MediaAsset) == 0
    assert _count(Picture) == 0
    assert set(storage.keys()) == keys_before


def test_a_body_over_the_limit_is_refused_before_it_is_read(app, storage, client, owner):
    _, work_id = owner
    app.config["IMAGE_MAX_MB"] = 1
    try:
        response = _upload(client, work_id, b"\xff\xd8" + b"0" * (2 * 1024 * 1024))
    finally:
        app.config["IMAGE_MAX_MB"] = 15
    assert response.status_code == 413
    assert "too large" in response.get_data(as_text=True)
    assert _count(MediaAsset) == 0


def test_a_photo_needs_its_description(app, storage, client, owner):
    _, work_id = owner
    response = _upload(client, work_id, photo_bytes(), alt="")
    assert response.status_code == 400
    assert _count(Picture) == 0


def test_replacing_the_profile_photo_removes_the_old_objects(app, storage, client, owner):
    user, _ = owner
    for colour in ((10, 10, 10), (200, 200, 200)):
        response = client.post(
            "/dashboard/profile/avatar",
            data={"image": (io.BytesIO(photo_bytes(colour=colour)), "saya.png")},
            content_type="multipart/form-data",
        )
        assert response.status_code == 302
    assert _count(Picture) == 1
    keys = set(db.session.scalars(select(MediaAsset.key)))
    assert set(storage.keys()) == keys


def test_deleting_a_photo_a_work_and_an_account_deletes_their_objects(app, storage, client, owner):
    user, work_id = owner
    _upload(client, work_id, photo_bytes())
    _upload(client, work_id, photo_bytes(colour=(0, 90, 0)))
    first = db.session.scalar(select(Picture).where(Picture.work_id == work_id))
    client.post(f"/dashboard/works/{work_id}/images/{first.id}/delete")
    assert len(set(storage.keys())) == _count(MediaAsset) == 12, "kept for undo"
    with app.app_context():
        creators.purge_deleted(utcnow())
    assert len(set(storage.keys())) == _count(MediaAsset) == 6  # original, 4 WebP, 1 JPEG
    client.post(f"/dashboard/works/{work_id}/delete")
    with app.app_context():
        creators.purge_deleted(utcnow())
    assert set(storage.keys()) == set()
    _upload_avatar(client)
    assert set(storage.keys())
    client.post("/settings/delete", data={"current_password": PASSWORD, "confirm": "y"})
    assert db.session.get(User, user.id) is None
    assert set(storage.keys()) == set()


def _upload_avatar(client):
    return client.post(
        "/dashboard/profile/avatar",
        data={"image": (io.BytesIO(photo_bytes()), "saya.jpg")},
        content_type="multipart/form-data",
    )


def test_no_derivative_keeps_a_comment_or_other_text_of_the_upload(app, storage, client, owner):
    _, work_id = owner
    upload = _photo_with_text_chunks()
    assert b"Rumah Kupang" in upload
    assert _upload(client, work_id, upload).status_code == 302
    picture = db.session.scalar(select(Picture).where(Picture.work_id == work_id))
    served = [asset for asset in picture.assets if asset.variant != "original"]
    assert len(served) >= 3
    for asset in served:
        data = storage.open(asset.key)
        assert b"Rumah Kupang" not in data and b"GPS" not in data, asset.variant
        assert Image.open(io.BytesIO(data)).info.get("comment") in (None, b"")


def test_storage_down_is_a_clear_503_and_records_nothing(app, storage, client, owner, monkeypatch):
    _, work_id = owner

    def refuse(*args, **kwargs):
        raise StorageError("disk full")

    monkeypatch.setattr(type(storage), "put", refuse)
    response = _upload(client, work_id, photo_bytes())
    assert response.status_code == 503
    assert "Nothing was saved" in response.get_data(as_text=True)
    assert _count(Picture) == 0


def test_a_failed_commit_removes_the_objects_it_wrote(app, storage, client, owner, monkeypatch):
    _, work_id = owner
    from sqlalchemy.exc import OperationalError

    real_commit = db.session.commit
    calls = {"n": 0}

    def failing_commit():
        calls["n"] += 1
        if calls["n"] == 1:
            raise OperationalError("COMMIT", {}, Exception("database went away"))
        return real_commit()

    monkeypatch.setattr(db.session, "commit", failing_commit)
    monkeypatch.setitem(app.config, "PROPAGATE_EXCEPTIONS", False)  # answer as production does
    keys_before = set(storage.keys())
    response = _upload(client, work_id, photo_bytes())
    monkeypatch.undo()
    assert response.status_code >= 500
    assert set(storage.keys()) == keys_before
    assert _count(Picture) == 0
    assert db.session.get(Work, work_id) is not None


def test_media_gc_reports_and_removes_orphans(app, storage, runner, client, owner):
    _, work_id = owner
    _upload(client, work_id, photo_bytes())
    storage.put("work/1/yatim/orphan.webp", b"RIFF", "image/webp")
    lost = db.session.scalar(select(MediaAsset).where(MediaAsset.variant == "webp-320"))
    storage.delete(lost.key)

    report = runner.invoke(args=["media", "gc"])
    assert "orphan  work/1/yatim/orphan.webp" in report.output
    assert f"missing {lost.key}" in report.output
    assert "1 orphaned, 1 missing, 0 removed" in report.output
    assert storage.head("work/1/yatim/orphan.webp") is not None

    young = runner.invoke(args=["media", "gc", "--apply"])
    assert "0 removed" in young.output  # younger than an hour: may be an upload in flight

    with app.app_context():
        from datetime import timedelta

        from showcase.services.media import collect_garbage

        report = collect_garbage(apply=True, grace=timedelta(0))
    assert report.removed == ["work/1/yatim/orphan.webp"]
    assert storage.head("work/1/yatim/orphan.webp") is None


def test_a_creator_can_watermark_served_photos_and_keep_the_original(app, storage, client, owner):
    user, work_id = owner
    db.session.get(User, user.id).creator.watermark = True
    db.session.commit()
    original = photo_bytes(size=(1280, 960), colour=(40, 40, 120))
    _upload(client, work_id, original)
    picture = db.session.scalar(select(Picture).where(Picture.work_id == work_id))
    assets = {asset.variant: asset for asset in picture.assets}
    assert storage.open(assets["original"].key) == original
    served = Image.open(io.BytesIO(storage.open(assets["webp-1280"].key))).convert("L")
    corner = served.crop(
        (served.width * 2 // 3, served.height * 5 // 6, served.width, served.height)
    )
    assert corner.getextrema()[1] > 150  # light letters on the dark photo
    plain = Image.open(io.BytesIO(original)).convert("L").crop(corner.getbbox())
    assert plain.getextrema()[1] < 100


def test_works_carry_a_licence_and_the_motifs_rights(client, owner):
    user, _ = owner
    response = client.post(
        "/dashboard/works/new",
        data={
            "title": "Hinggi Kaliuda",
            "published": "y",
            "licence": "cc-by-nc",
            "motif_name": "Hinggi Kombu",
            "motif_community": "Kaliuda",
            "motif_region": "sumba-timur",
            "communal_ip_reference": "EBT.12.2023.0000123",
            "credited_makers": "Mama Rambu Anarara",
        },
    )
    assert response.status_code == 302
    work = db.session.scalar(select(Work).where(Work.title == "Hinggi Kaliuda"))
    page = client.get(f"/@{user.creator.handle}/works/{work.id}").get_data(as_text=True)
    assert '<a rel="license" href="https://creativecommons.org/licenses/by-nc/4.0/">' in page
    for text in ("Hinggi Kombu", "Kaliuda, Sumba Timur", "EBT.12.2023.0000123", "Anarara"):
        assert text in page
    client.post("/dashboard/works/new", data={"title": "Tanpa lisensi", "published": "y"})
    plain = db.session.scalar(select(Work).where(Work.title == "Tanpa lisensi"))
    page = client.get(f"/@{user.creator.handle}/works/{plain.id}").get_data(as_text=True)
    assert "© All rights reserved" in page


def test_an_unknown_licence_is_refused(client, owner):
    response = client.post("/dashboard/works/new", data={"title": "X", "licence": "public"})
    assert response.status_code == 400


def test_iphone_heic_photos_are_accepted_and_served_as_webp(app, storage, client, owner):
    _, work_id = owner
    buffer = io.BytesIO()
    Image.new("RGB", (900, 600), (10, 120, 50)).save(buffer, "HEIF", quality=80)
    response = _upload(client, work_id, buffer.getvalue(), "IMG_0001.HEIC")
    assert response.status_code == 302
    picture = db.session.scalar(select(Picture).where(Picture.work_id == work_id))
    original = next(asset for asset in picture.assets if asset.variant == "original")
    assert original.content_type == "image/heif"
    assert {asset.variant for asset in picture.assets} >= {"webp-320", "webp-640", "jpeg-640"}


def test_a_works_photos_keep_the_order_the_creator_gives(app, storage, client, owner):
    user, work_id = owner
    db.session.get(Work, work_id).published = True
    db.session.commit()
    for alt in ("Depan", "Samping", "Belakang"):
        _upload(client, work_id, photo_bytes(), alt=alt)
    back = db.session.scalar(select(Picture).where(Picture.alt == "Belakang"))
    client.post(f"/dashboard/works/{work_id}/images/{back.id}/move/up")
    client.post(f"/dashboard/works/{work_id}/images/{back.id}/move/up")
    page = client.get(f"/@{user.creator.handle}/works/{work_id}").get_data(as_text=True)
    order = [page.index(f'alt="{alt}"') for alt in ("Belakang", "Depan", "Samping")]
    assert order == sorted(order)


def _photo_with_profile_and_xmp(format_: str) -> bytes:
    from PIL import ImageCms

    image = Image.new("RGB", (700, 500), (200, 40, 40))
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    exif = Image.Exif()
    exif.get_ifd(GPS_IFD).update({1: "S", 2: (10.0, 10.0, 0.0)})
    buffer = io.BytesIO()
    extra = {"icc_profile": icc, "exif": exif}
    if format_ == "JPEG":
        extra["xmp"] = b"<x:xmpmeta>rahasia</x:xmpmeta>"
    if format_ == "PNG":
        from PIL.PngImagePlugin import PngInfo

        text = PngInfo()
        text.add_text("Location", "Waingapu")
        extra["pnginfo"] = text
    image.save(buffer, format_, **extra)
    return buffer.getvalue()


@pytest.mark.parametrize("format_", ["JPEG", "PNG", "WEBP"])
def test_no_metadata_of_any_kind_reaches_a_derivative(app, storage, client, owner, format_):
    _, work_id = owner
    assert _upload(client, work_id, _photo_with_profile_and_xmp(format_)).status_code == 302
    picture = db.session.scalar(select(Picture).where(Picture.work_id == work_id))
    for asset in picture.assets:
        if asset.variant == "original":
            continue
        data = storage.open(asset.key)
        served = Image.open(io.BytesIO(data))
        assert not served.getexif()
        assert not {"icc_profile", "exif", "xmp", "Location"} & set(served.info), asset.variant
        assert b"Waingapu" not in data and b"rahasia" not in data


def test_a_long_narrow_strip_is_refused_with_a_message(app, storage, client, owner):
    _, work_id = owner
    response = _upload(client, work_id, photo_bytes(size=(200, 4000), format_="PNG"), "x.png")
    assert response.status_code == 400
    assert "too long and narrow" in response.get_data(as_text=True)
    assert _count(MediaAsset) == 0


def test_storage_failing_midway_removes_what_was_written(app, storage, client, owner, monkeypatch):
    _, work_id = owner
    real_put = type(storage).put
    calls = {"n": 0}

    def put_then_fail(self, key, data, content_type):
        calls["n"] += 1
        if calls["n"] == 3:
            raise StorageError("disk full")
        return real_put(self, key, data, content_type)

    monkeypatch.setattr(type(storage), "put", put_then_fail)
    before = set(storage.keys())
    response = _upload(client, work_id, photo_bytes())
    assert response.status_code == 503
    assert set(storage.keys()) == before  # the two objects written first were removed
    assert _count(MediaAsset) == 0


def test_media_of_unpublished_works_is_not_served_to_strangers(app, client, owner):
    # The app serves the local backend's media; S3 serves its own, never linked for drafts.
    user, work_id = owner
    db.session.get(Work, work_id).published = False
    db.session.commit()
    _upload(client, work_id, photo_bytes())
    key = db.session.scalar(select(MediaAsset.key).where(MediaAsset.variant == "webp-320"))
    owner_view = client.get(f"/media/{key}")
    assert owner_view.status_code == 200
    assert "private" in owner_view.headers["Cache-Control"]
    client.post("/logout")
    assert client.get(f"/media/{key}").status_code == 404
    db.session.get(Work, work_id).published = True
    db.session.commit()
    public = client.get(f"/media/{key}")
    assert public.status_code == 200
    assert "public" in public.headers["Cache-Control"]


def _mpo() -> bytes:
    """What phones and 3-D cameras write: a JPEG with a second picture after it (MPO)."""
    buffer = io.BytesIO()
    first, second = Image.new("RGB", (900, 600), (200, 30, 40)), Image.new("RGB", (900, 600))
    first.save(buffer, "MPO", save_all=True, append_images=[second])
    assert Image.open(io.BytesIO(buffer.getvalue())).format == "MPO"
    return buffer.getvalue()


def test_a_multi_picture_jpeg_is_taken_as_its_first_picture(app, storage, client, owner):
    _, work_id = owner
    assert _upload(client, work_id, _mpo(), "DSCF0001.JPG").status_code == 302
    picture = db.session.scalar(select(Picture).where(Picture.work_id == work_id))
    original = next(asset for asset in picture.assets if asset.variant == "original")
    assert original.content_type == "image/jpeg" and picture.width == 900
    served = next(asset for asset in picture.assets if asset.variant == "jpeg-640")
    assert Image.open(io.BytesIO(storage.open(served.key))).getpixel((10, 10))[0] > 150


def test_a_video_with_a_bad_still_is_refused_whole_and_an_mpo_still_is_kept(
    app, storage, client, owner, monkeypatch
):
    from . import media_samples as samples

    _, work_id = owner

    def send(still):
        return client.post(
            f"/dashboard/works/{work_id}/recording/video",
            data={
                "recording": (io.BytesIO(samples.mp4()), "klip.mp4"),
                "poster": (io.BytesIO(still), "sampul.jpg"),
            },
            content_type="multipart/form-data",
        )

    def broken_decoder(*args, **kwargs):
        raise RuntimeError("a decoder bug")

    with monkeypatch.context() as patched:
        patched.setattr(Image, "open", broken_decoder)
        refused = send(photo_bytes())
    assert refused.status_code == 400 and "damaged" in refused.get_data(as_text=True)
    assert _count(MediaAsset) == 0 and db.session.get(Work, work_id).kind != "video"
    assert send(_mpo()).status_code == 302
    assert db.session.get(Work, work_id).poster is not None


def test_a_png_bomb_under_the_pixel_cap_is_refused_from_its_header(app, storage, client, owner):
    _, work_id = owner
    buffer = io.BytesIO()
    Image.new("1", (7000, 7000)).save(buffer, "PNG")  # made small here; as RGBA, the same
    assert len(buffer.getvalue()) < 500_000  # 49 megapixels: 196 MB to decode as RGBA
    response = _upload(client, work_id, buffer.getvalue(), "bomb.png")
    assert response.status_code == 400
    assert "too many pixels (more than 16 megapixels)" in response.get_data(as_text=True)
    assert _count(MediaAsset) == 0


def test_one_account_may_upload_only_so_much_in_an_hour(app, storage, client, owner):
    _, work_id = owner
    app.config["UPLOAD_LIMIT_PER_ACCOUNT"] = "2 per hour"
    try:
        answers = [_upload(client, work_id, photo_bytes()).status_code for _ in range(3)]
    finally:
        app.config["UPLOAD_LIMIT_PER_ACCOUNT"] = "60 per hour"
    assert answers == [302, 302, 429]
