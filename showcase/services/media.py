"""Media rules: store bytes first, then the rows; remove the bytes when the rows go.

Every upload is judged by its content (showcase.media.images / .sound), written to storage,
and only then recorded. If storage fails, nothing is recorded; if the database fails after a
write, the written objects are removed again (and whatever cannot be removed is found by
``flask media gc``).
"""

import json
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import imageio_ffmpeg
from flask import current_app
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l
from sqlalchemy import or_, select, update
from sqlalchemy.exc import SQLAlchemyError

from .. import tasks
from ..extensions import db
from ..media import Refused, images, transcode
from ..media.storage import StorageError, get_storage, make_key, sha256
from ..models import (
    MediaAsset,
    MediaState,
    Picture,
    PicturePurpose,
    User,
    Work,
    WorkKind,
    utcnow,
)
from . import creators as creator_service

MB = 1024 * 1024
EXTENSIONS = {"image/webp": "webp", "image/jpeg": "jpg", "image/png": "png", "image/heif": "heic"}


class UploadRefused(Refused):
    """An upload cannot be kept for a reason other than its content (size, storage, owner)."""


def storage_unavailable() -> UploadRefused:
    return UploadRefused(
        _l("We could not store your file just now. Nothing was saved; please try again soon."),
        status=503,
    )


def too_large(limit: int) -> UploadRefused:
    return UploadRefused(
        _l("This file is too large. The limit is %(megabytes)d MB.", megabytes=limit // MB),
        status=413,
    )


def read_limited(stream, limit: int) -> bytes:
    """Read an upload, refusing it as soon as it is larger than ``limit`` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large(limit)
    return data


@dataclass
class _Written:
    """Keys written during one upload, removed again if the upload does not complete."""

    keys: list[str]

    def undo(self) -> None:
        delete_objects(self.keys)


def add_picture(
    owner: User,
    data: bytes,
    *,
    purpose: PicturePurpose,
    alt: str = "",
    work: Work | None = None,
    position: int = 0,
    watermark: str | None = None,
) -> Picture:
    """Judge, process and store an uploaded image; returns its committed Picture.

    Raises ImageRefused (bad image) or UploadRefused (storage down).
    """
    processed = images.process(data, watermark=watermark)
    return store_picture(
        owner.id,
        data,
        processed,
        purpose=purpose,
        alt=alt,
        work_id=work.id if work else None,
        position=position,
    )


def store_picture(
    owner_id: int,
    data: bytes,
    processed: images.ProcessedImage,
    *,
    purpose: PicturePurpose,
    alt: str = "",
    work_id: int | None = None,
    position: int = 0,
) -> Picture:
    """Store an image already judged and processed (``images.process``) with its original:
    its files first (by ids, so that no row need be read meanwhile), then its rows."""
    picture = Picture(
        owner_id=owner_id,
        work_id=work_id,
        purpose=purpose.value,
        position=position,
        alt=alt,
        width=processed.width,
        height=processed.height,
        placeholder=processed.placeholder,
    )
    uploads = [("original", processed.content_type, data, processed.width, processed.height)]
    uploads += [
        (item.variant, item.content_type, item.data, item.width, item.height)
        for item in processed.derivatives
    ]
    picture.assets = _store(owner_id, purpose.value, uploads)
    _commit_or_undo([asset.key for asset in picture.assets], picture)
    return picture


def _put(key: str, data: bytes, content_type: str, owner_id: int, variant: str, **fields):
    """Write ``data`` under ``key`` (StorageError when storage fails); returns its row, not
    yet added to the session."""
    storage = get_storage()
    storage.put(key, data, content_type)
    return MediaAsset(
        owner_id=owner_id,
        variant=variant,
        backend=storage.name,
        key=key,
        content_type=content_type,
        size=len(data),
        sha256=sha256(data),
        **fields,
    )


def _store(owner_id: int, kind: str, uploads) -> list[MediaAsset]:
    written = _Written([])
    assets = []
    try:
        for variant, content_type, data, width, height in uploads:
            folder = "originals" if variant == "original" else kind
            key = make_key(folder, owner_id, f"{variant}.{EXTENSIONS.get(content_type, 'bin')}")
            asset = _put(key, data, content_type, owner_id, variant, width=width, height=height)
            written.keys.append(key)
            assets.append(asset)
    except StorageError as error:
        current_app.logger.warning("storage write failed: %s", error)
        written.undo()
        raise storage_unavailable() from error
    return assets


def _commit_or_undo(keys: list[str], *records) -> None:
    for record in records:
        db.session.add(record)
    try:
        db.session.commit()
    except SQLAlchemyError:
        db.session.rollback()
        _Written(keys).undo()
        raise


def watermark_for(creator) -> str | None:
    return f"@{creator.handle}" if creator.watermark else None


def add_work_image(work: Work, data: bytes, alt: str) -> Picture:
    """Add an image at the end of a work's images; a text work becomes an image work."""
    creator = work.creator
    position = max((picture.position for picture in work.pictures), default=0) + 1
    picture = add_picture(
        creator.user,
        data,
        purpose=PicturePurpose.WORK,
        alt=alt,
        work=work,
        position=position,
        watermark=watermark_for(creator),
    )
    if work.kind == WorkKind.TEXT:
        work.kind = WorkKind.IMAGE.value
        db.session.commit()
    return picture


def add_work_photos(
    work: Work, photos: list[tuple[bytes, images.ProcessedImage]], alt: str = ""
) -> None:
    """Add photos judged and processed beforehand, in order, after the work's others. Each is
    described by ``alt`` (else the work's title), numbered when there are several, until its
    creator describes it better."""
    position = max((picture.position for picture in work.pictures), default=0)
    described = alt or work.title
    for number, (data, processed) in enumerate(photos, start=1):
        store_picture(
            work.creator.user_id,
            data,
            processed,
            purpose=PicturePurpose.WORK,
            alt=described if len(photos) == 1 else f"{described} ({number})",
            work_id=work.id,
            position=position + number,
        )
    if photos and work.kind == WorkKind.TEXT:
        work.kind = WorkKind.IMAGE.value
        db.session.commit()


def ffmpeg_limits() -> transcode.Limits:
    config = current_app.config
    return transcode.Limits(
        binary=config["FFMPEG_BINARY"] or imageio_ffmpeg.get_ffmpeg_exe(),
        memory_mb=config["FFMPEG_MEMORY_MB"],
    )


def judge_recording(data: bytes, kind: WorkKind | None = None) -> tuple[WorkKind, transcode.Probe]:
    """What an upload is, read by ffmpeg: a video when it has a picture that moves, else a
    recording; ``kind`` asks for one (the sound of a video makes a recording). Raises
    TranscodeRefused for what cannot play, or is longer than its kind allows."""
    if not data:
        raise transcode.TranscodeRefused(_l("The file is empty."))
    db.session.commit()  # no transaction (on SQLite: the write lock) waits on ffmpeg
    with _on_disk(data) as path:
        found = transcode.probe(ffmpeg_limits(), path)
    if kind is None:
        kind = WorkKind.VIDEO if found.size else WorkKind.AUDIO
    if kind == WorkKind.VIDEO and not (found.size and found.duration):
        raise transcode.TranscodeRefused(
            _l("This is not a video we can play. Send an MP4, MOV or WebM file.")
        )
    if kind == WorkKind.AUDIO and not (found.has_audio and found.duration):
        raise transcode.TranscodeRefused(
            _l("This is not a recording we can play. Send an MP3, M4A, OGG or WAV file.")
        )
    video = kind == WorkKind.VIDEO
    minutes = current_app.config["VIDEO_MAX_MINUTES" if video else "AUDIO_MAX_MINUTES"]
    if found.duration > minutes * 60:
        raise transcode.TranscodeRefused(
            _l("This file is longer than %(minutes)d minutes. Send a shorter one.", minutes=minutes)
        )
    return kind, found


def check_recording_size(data: bytes, kind: WorkKind) -> None:
    """Recordings and videos have limits of their own (AUDIO_MAX_MB, VIDEO_MAX_MB)."""
    setting = "VIDEO_MAX_MB" if kind == WorkKind.VIDEO else "AUDIO_MAX_MB"
    limit = current_app.config[setting] * MB
    if len(data) > limit:
        raise too_large(limit)


def attach_recording(work: Work, data: bytes, kind: WorkKind | None = None) -> MediaAsset:
    """Keep an audio or video upload as the work's private original (replacing its earlier
    recording) and have a task make what pages play; until then the work is "processing"
    and not public. Refused before anything is stored if ffmpeg cannot read it."""
    owner_id = work.creator.user_id
    kind, found = judge_recording(data, kind)  # then storage too works outside a transaction
    key = make_key("originals", owner_id, kind.value)
    try:
        original = _put(
            key, data, "application/octet-stream", owner_id, "original", duration=found.duration
        )
    except StorageError as error:
        raise storage_unavailable() from error
    old_keys = _forget_recording(work)
    original.work_id = work.id  # read only now: no transaction waited on storage
    work.kind = kind.value
    _await_processing(work)
    db.session.add(original)
    db.session.flush()
    tasks.after_commit(tasks.process_media, original.id)
    _commit_or_undo([key], original)
    delete_objects(old_keys)
    return original


def _forget_recording(work: Work) -> list[str]:
    """Remove the rows of the work's recording (original and renditions); returns their keys
    for deleting once the new rows are committed."""
    assets = db.session.scalars(select(MediaAsset).where(MediaAsset.work_id == work.id)).all()
    for asset in assets:
        db.session.delete(asset)
    return [asset.key for asset in assets]


def _await_processing(work: Work) -> None:
    work.media_state = MediaState.PROCESSING.value
    work.media_error = ""
    work.waveform = ""


@contextmanager
def _on_disk(data: bytes):
    """The bytes in a private temporary file (ffmpeg reads files, never the upload)."""
    with tempfile.NamedTemporaryFile(prefix="etalase-", suffix=".media") as file:
        file.write(data)
        file.flush()
        yield Path(file.name)


RENDITION_TYPES = {
    "audio-opus": ("audio/webm", "webm"),
    "audio-aac": ("audio/mp4", "m4a"),
    "video-480": ("video/mp4", "mp4"),
    "video-720": ("video/mp4", "mp4"),
}


@dataclass(frozen=True)
class _Job:
    """What a media task needs of its rows, read before any transaction is let go."""

    original_id: int
    work_id: int
    owner_id: int
    kind: str
    key: str
    needs_poster: bool
    watermark: str | None


def make_playable(original_id: int) -> None:
    """Make what pages play from a work's original (run by the queue; idempotent: an original
    since replaced, or already made ready, is left alone). No transaction stays open while
    storage and ffmpeg work (on SQLite it would hold the write lock for minutes); the result
    is recorded only if the work still waits for this original. Storage failures raise, for
    the queue to retry; a file ffmpeg cannot convert marks the work failed, with the reason."""
    job = _job(original_id)
    db.session.commit()
    if job is None:
        return
    limits = ffmpeg_limits()
    data = get_storage().open(job.key)
    with tempfile.TemporaryDirectory(prefix="etalase-") as folder:
        workdir = Path(folder)
        source = workdir / "original"
        source.write_bytes(data)
        try:
            found = transcode.probe(limits, source)
            if job.kind == WorkKind.VIDEO:
                made = transcode.video(limits, source, workdir, found)
            else:
                made = transcode.recording(limits, source, workdir, found.duration)
        except transcode.TranscodeRefused as refusal:
            mark_failed(job, refusal.message)
            return
        still = _still(job, made)
        assets, keys = _store_renditions(job, made, found)
    if still is not None:  # before the work shows
        store_picture(job.owner_id, *still, purpose=PicturePurpose.POSTER, work_id=job.work_id)
    if not _finish(job, _ready(made.peaks)):
        delete_objects(keys)  # replaced, or made ready by another run, meanwhile
        return
    _commit_or_undo(keys, *assets)


def _job(original_id: int) -> _Job | None:
    original = db.session.get(MediaAsset, original_id)
    if original is None or original.variant != "original":
        return None
    work = db.session.get(Work, original.work_id)
    if work.media_state != MediaState.PROCESSING:
        return None
    return _Job(
        original_id=original.id,
        work_id=work.id,
        owner_id=original.owner_id,
        kind=work.kind,
        key=original.key,
        needs_poster=work.poster is None,
        watermark=watermark_for(work.creator),
    )


def _still(job: _Job, made) -> tuple[bytes, images.ProcessedImage] | None:
    """The video's still, processed for the poster, when the creator chose none; a still the
    image pipeline refuses (a strip too narrow) leaves the video without one."""
    if made.still is None or not job.needs_poster:
        return None
    data = made.still.read_bytes()
    try:
        return data, images.process(data, watermark=job.watermark)
    except Refused:
        return None


def _ready(peaks: list[int]) -> dict:
    return {
        "media_state": MediaState.READY.value,
        "media_error": "",
        "waveform": json.dumps(peaks) if peaks else "",
    }


def _failed(reason) -> dict:
    """The reason is kept in English (the catalogs' key); pages show it translated."""
    with force_locale("en"):
        return {"media_state": MediaState.FAILED.value, "media_error": str(reason)[:300]}


def _finish(job: _Job, values: dict) -> bool:
    """Record a task's outcome, only if the work still waits for this job's original (one
    short write, left uncommitted for the caller); False when it no longer does."""
    still_waiting = (
        select(MediaAsset.id)
        .where(MediaAsset.id == job.original_id, MediaAsset.work_id == job.work_id)
        .exists()
    )
    done = db.session.execute(
        update(Work)
        .where(
            Work.id == job.work_id,
            Work.media_state == MediaState.PROCESSING.value,
            still_waiting,
        )
        .values(**values, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return done.rowcount == 1


def _store_renditions(job: _Job, made, found) -> tuple[list[MediaAsset], list[str]]:
    assets, keys = [], []
    try:
        for variant, path in made.files.items():
            content_type, extension = RENDITION_TYPES[variant]
            data = path.read_bytes()
            key = make_key(job.kind, job.owner_id, f"{variant}.{extension}")
            fields = {"work_id": job.work_id, "duration": found.duration}
            assets.append(_put(key, data, content_type, job.owner_id, variant, **fields))
            keys.append(key)
    except StorageError:
        delete_objects(keys)
        raise
    return assets, keys


def mark_failed(job: _Job, reason) -> None:
    _finish(job, _failed(reason))
    db.session.commit()


def give_up(original_id: int) -> None:
    """The last retry failed too (storage down for long): the owner is told, and may retry."""
    job = _job(original_id)
    if job is not None:
        mark_failed(job, _l("We could not prepare this file. Please try again."))


def retry_processing(work: Work) -> bool:
    """Queue a failed work's original again; False when there is none to retry."""
    if work.original is None or work.media_state != MediaState.FAILED:
        return False
    _await_processing(work)
    tasks.after_commit(tasks.process_media, work.original.id)
    db.session.commit()
    return True


# A task's retries wait this long in all (1, 4 and 16 minutes: showcase.tasks.process_media).
RETRY_WAITS = timedelta(minutes=21)


def requeue_stuck(now: datetime | None = None) -> int:
    """Queue again the works whose task was lost (the queue was down at upload, or a consumer
    died): processing for longer than every try of their task could take. Each is stamped,
    so the next sweep waits as long again before queueing it once more."""
    now = now or utcnow()
    limits = ffmpeg_limits()
    waiting = db.session.execute(
        select(Work.id, Work.updated_at, MediaAsset.id, MediaAsset.duration)
        .join(MediaAsset, (MediaAsset.work_id == Work.id) & (MediaAsset.variant == "original"))
        .where(Work.media_state == MediaState.PROCESSING.value)
    ).all()
    stuck = [
        (work_id, original_id)
        for work_id, updated_at, original_id, duration in waiting
        if updated_at < now - RETRY_WAITS - 4 * timedelta(seconds=limits.timeout(duration))
    ]
    if stuck:
        db.session.execute(
            update(Work).where(Work.id.in_([w for w, _ in stuck])).values(updated_at=now)
        )
        for _, original_id in stuck:
            tasks.after_commit(tasks.process_media, original_id)
    db.session.commit()
    return len(stuck)


def direct_uploads_available() -> bool:
    """S3 with browser uploads on (Cloudflare R2, for one, has no POST uploads)."""
    return hasattr(get_storage(), "presigned_post") and current_app.config["S3_DIRECT_UPLOADS"]


def direct_upload_form(work: Work, kind: WorkKind, content_type: str, limit: int) -> dict:
    """Fields for the browser to send a recording straight to the bucket (S3 only).

    The key is made here, under the private ``incoming/`` prefix; nothing ever serves it.
    ``attach_direct_upload`` judges the object and stores what it judged under a new key.
    """
    storage = get_storage()
    if not direct_uploads_available():
        raise UploadRefused(_l("Direct uploads are not available here."), status=409)
    key = make_key("incoming", work.creator.user_id, f"{kind.value}.upload")
    try:
        post = storage.presigned_post(key, content_type, limit)
    except StorageError as error:
        raise storage_unavailable() from error
    return {"url": post["url"], "fields": post["fields"], "key": key}


def attach_direct_upload(work: Work, kind: WorkKind, key: str, limit: int) -> MediaAsset:
    """Judge an object the browser sent straight to the bucket and attach it to the work.

    Not every S3-compatible server enforces the upload policy, and a policy can be used again
    until it expires, so the object is read here (never more than ``limit`` bytes), judged by
    its content, and the judged bytes are written to a fresh key with the judged type: what
    is served is exactly what was checked. The incoming object is then deleted.
    """
    if not key.startswith(f"incoming/{work.creator.user_id}/") or ".." in key:
        raise UploadRefused(_l("This upload does not belong to this work."), status=403)
    storage = get_storage()
    try:
        if storage.head(key) is None:
            raise UploadRefused(_l("The upload did not arrive. Please send the file again."))
        data = storage.read_start(key, limit + 1)
    except StorageError as error:
        raise storage_unavailable() from error
    try:
        if len(data) > limit:
            raise too_large(limit)
        return attach_recording(work, data, kind)
    finally:
        delete_objects([key])


def process_poster(work: Work, data: bytes) -> images.ProcessedImage:
    """Judge and process a video's still (before anything of the upload is stored)."""
    return images.process(data, watermark=watermark_for(work.creator))


def replace_poster(
    work: Work, data: bytes, processed: images.ProcessedImage | None = None
) -> Picture:
    """Set the still shown before a video plays."""
    old = work.poster
    picture = store_picture(
        work.creator.user_id,
        data,
        processed or process_poster(work, data),
        purpose=PicturePurpose.POSTER,
        work_id=work.id,
    )
    if old is not None:
        delete_picture(old)
    return picture


def replace_profile_picture(creator, data: bytes, purpose: PicturePurpose) -> Picture:
    """Set a creator's avatar or cover, removing the one it replaces."""
    watermark = watermark_for(creator) if purpose == PicturePurpose.COVER else None
    picture = add_picture(creator.user, data, purpose=purpose, alt="", watermark=watermark)
    old = getattr(creator, purpose.value)
    setattr(creator, purpose.value, picture)
    db.session.commit()
    if old is not None:
        delete_picture(old)
    return picture


def move_work_picture(work: Work, picture: Picture, offset: int) -> None:
    creator_service.move_in_order(list(work.pictures), picture, offset)


def remove_work_picture(picture: Picture) -> None:
    """Take a photo off its work; it can be put back until it is purged."""
    picture.deleted_at = utcnow()
    db.session.commit()


def describe_picture(picture: Picture, alt: str) -> None:
    picture.alt = alt
    db.session.commit()


def removed_pictures(work: Work) -> list[Picture]:
    """A work's photos taken off and not yet purged, the latest first."""
    query = select(Picture).where(
        Picture.work_id == work.id,
        Picture.purpose == PicturePurpose.WORK.value,
        Picture.deleted_at.is_not(None),
    )
    return list(db.session.scalars(query.order_by(Picture.deleted_at.desc())))


def removed_picture(work: Work, picture_id: int) -> Picture | None:
    return next((picture for picture in removed_pictures(work) if picture.id == picture_id), None)


def put_back_picture(picture: Picture) -> None:
    picture.deleted_at = None
    db.session.commit()


def delete_picture(picture: Picture) -> None:
    keys = [asset.key for asset in picture.assets]
    db.session.delete(picture)
    db.session.commit()
    delete_objects(keys)


def assets_of_work(work: Work) -> list[MediaAsset]:
    """Every stored file of a work: its photos' and poster's, its recording's."""
    query = (
        select(MediaAsset)
        .outerjoin(Picture, MediaAsset.picture_id == Picture.id)
        .where(or_(MediaAsset.work_id == work.id, Picture.work_id == work.id))
    )
    return list(db.session.scalars(query))


def keys_of_work(work: Work) -> list[str]:
    return [asset.key for asset in assets_of_work(work)]


def keys_of_owner(user: User) -> list[str]:
    return list(db.session.scalars(select(MediaAsset.key).where(MediaAsset.owner_id == user.id)))


def move_out_of_sight(assets: list[MediaAsset]) -> None:
    """Give hidden media new keys (copied, rows updated, old objects deleted): a link to the
    old key, kept by a cache, a CDN or a public bucket, then leads nowhere. Hiding does not
    wait on storage: what cannot be moved now stays where it is, refused by the app."""
    storage = get_storage()
    moved = []
    for asset in assets:
        kind, owner, _random, name = asset.key.split("/", 3)
        fresh = make_key(kind, owner, name)
        try:
            storage.copy(asset.key, fresh)
        except StorageError as error:
            current_app.logger.warning("could not move %s out of sight: %s", asset.key, error)
            continue
        moved.append(asset.key)
        asset.key = fresh
    db.session.commit()
    delete_objects(moved)


def delete_objects(keys: Iterable[str]) -> None:
    """Remove stored objects; what cannot be removed now is left for ``flask media gc``."""
    storage = get_storage()
    for key in keys:
        try:
            storage.delete(key)
        except StorageError as error:
            current_app.logger.warning("could not delete %s (media gc will): %s", key, error)


def servable_asset(key: str, viewer: User | None) -> MediaAsset | None:
    """The served derivative behind a key, when this viewer may see it. Originals are never
    served; media of pages that are not public only to their owner and curators."""
    if not key or any(ord(char) < 32 for char in key):
        return None
    asset = db.session.scalar(select(MediaAsset).where(MediaAsset.key == key))
    if asset is None or asset.variant == "original":
        return None
    owner = db.session.get(User, asset.owner_id) if asset.owner_id else None
    if owner is None or owner.creator is None:
        return asset
    return asset if is_visible_to(asset, owner, viewer) else None


def is_visible_to(asset: MediaAsset, owner: User, viewer: User | None) -> bool:
    """Whether ``viewer`` may see ``asset``: the page must be viewable, and a work's media
    must belong to a published work unless the viewer is its owner or a curator."""
    if not creator_service.can_view(owner.creator, viewer):
        return False
    work_id = asset.work_id or (asset.picture.work_id if asset.picture else None)
    if work_id is None:
        return True
    work = db.session.get(Work, work_id)
    privileged = viewer is not None and (viewer.id == owner.id or viewer.is_curator)
    removed = asset.picture is not None and asset.picture.deleted_at is not None
    return (work.shown and not removed) or privileged


def is_public_asset(asset: MediaAsset) -> bool:
    """Whether anyone at all may see it (shared caches may then keep it)."""
    owner = db.session.get(User, asset.owner_id) if asset.owner_id else None
    return owner is None or owner.creator is None or is_visible_to(asset, owner, None)


@dataclass
class GarbageReport:
    orphans: list[str]  # stored objects no row references
    missing: list[str]  # rows whose object is gone
    removed: list[str]


def collect_garbage(apply: bool = False, grace: timedelta = timedelta(hours=1)) -> GarbageReport:
    """Compare storage with the rows. With ``apply``, remove orphans older than ``grace`` (an
    upload writes its objects a moment before its rows, so young orphans may be in flight)."""
    storage = get_storage()
    stored = set(storage.keys())
    known = set(db.session.scalars(select(MediaAsset.key)))
    report = GarbageReport(sorted(stored - known), sorted(known - stored), [])
    if apply:
        cutoff = datetime.now(UTC) - grace
        for key in report.orphans:
            found = storage.head(key)
            if found is not None and found.modified < cutoff:
                storage.delete(key)
                report.removed.append(key)
    return report


def read_served(picture: Picture) -> bytes | None:
    """The bytes of a picture's largest served derivative, or None if storage fails."""
    served = picture.served("webp")
    if not served:
        return None
    try:
        return get_storage().open(served[-1].key)
    except StorageError:
        return None


def media_url(asset: MediaAsset | None) -> str | None:
    return get_storage().url(asset.key) if asset is not None else None
