"""Uploads from the dashboard: profile photo, cover, and a work's images.

Plain multipart forms, so they work without JavaScript. The size limit is enforced from the
Content-Length before the body is read; the file is then judged by its content.
"""

from flask import abort, current_app, flash, redirect, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.exceptions import RequestEntityTooLarge

from ..media import Refused, images
from ..media.images import ImageRefused
from ..models import PicturePurpose, WorkKind
from ..services import media
from ..views import creator_required, form_page
from . import bp
from .dashboard import MOVES, _own_work
from .forms import ImageForm, ProfilePictureForm, RecordingForm

PROFILE_PICTURES = {"avatar": PicturePurpose.AVATAR, "cover": PicturePurpose.COVER}


def _limit_upload(megabytes_setting: str) -> int:
    limit = current_app.config[megabytes_setting] * media.MB
    request.max_content_length = limit + 64 * 1024  # room for the other form fields
    return limit


def _submitted(form_class, limit: int):
    """The form, or an UploadRefused when the body is over the limit before it is read."""
    try:
        return form_class()
    except RequestEntityTooLarge as error:
        raise media.too_large(limit) from error


@bp.route("/dashboard/profile/<kind>", methods=["GET", "POST"])
@creator_required
def profile_picture(kind):
    if kind not in PROFILE_PICTURES:
        abort(404)
    limit = _limit_upload("IMAGE_MAX_MB")
    try:
        form = _submitted(ProfilePictureForm, limit)
        if form.validate_on_submit():
            data = media.read_limited(form.image.data.stream, limit)
            media.replace_profile_picture(current_user.creator, data, PROFILE_PICTURES[kind])
            flash(_("Your photo has been saved."), "success")
            return redirect(url_for("creators.dashboard"))
    except Refused as refusal:
        return _refused(ProfilePictureForm(formdata=None), refusal, kind=kind)
    return form_page("creators/picture_form.html", form, kind=kind, limit_mb=limit // media.MB)


@bp.post("/dashboard/profile/<kind>/delete")
@creator_required
def delete_profile_picture(kind):
    if kind not in PROFILE_PICTURES:
        abort(404)
    creator = current_user.creator
    picture = getattr(creator, kind)
    if picture is not None:
        setattr(creator, kind, None)
        media.delete_picture(picture)
    return redirect(url_for("creators.dashboard"))


@bp.route("/dashboard/works/<id:work_id>/images", methods=["GET", "POST"])
@creator_required
def add_work_image(work_id):
    work = _own_work(work_id)
    limit = _limit_upload("IMAGE_MAX_MB")
    try:
        form = _submitted(ImageForm, limit)
        if form.validate_on_submit():
            data = media.read_limited(form.image.data.stream, limit)
            media.add_work_image(work, data, form.alt.data)
            flash(_("The photo has been added."), "success")
            return redirect(url_for("creators.edit_work", work_id=work.id, _anchor="images"))
    except Refused as refusal:
        return _refused(
            ImageForm(formdata=None, alt=request.form.get("alt", "")), refusal, work=work
        )
    return form_page("creators/image_form.html", form, work=work, limit_mb=limit // media.MB)


def _own_picture(work, picture_id):
    picture = next((each for each in work.pictures if each.id == picture_id), None)
    if picture is None:
        abort(404)
    return picture


@bp.post("/dashboard/works/<id:work_id>/images/<id:picture_id>/move/<direction>")
@creator_required
def move_work_image(work_id, picture_id, direction):
    if direction not in MOVES:
        abort(404)
    work = _own_work(work_id)
    media.move_work_picture(work, _own_picture(work, picture_id), MOVES[direction])
    return redirect(url_for("creators.edit_work", work_id=work.id, _anchor="images"))


@bp.post("/dashboard/works/<id:work_id>/images/<id:picture_id>/delete")
@creator_required
def delete_work_image(work_id, picture_id):
    work = _own_work(work_id)
    media.delete_picture(_own_picture(work, picture_id))
    flash(_("The photo has been removed."), "info")
    return redirect(url_for("creators.edit_work", work_id=work.id, _anchor="images"))


RECORDINGS = {
    "audio": (
        WorkKind.AUDIO,
        "AUDIO_MAX_MB",
        "audio/mpeg,audio/mp4,audio/x-m4a,audio/ogg,audio/wav",
    ),
    "video": (WorkKind.VIDEO, "VIDEO_MAX_MB", "video/mp4,video/webm"),
}


def _recording_target(work_id: int, kind: str):
    """The creator's work and what its recording of this kind may be (404 otherwise)."""
    if kind not in RECORDINGS:
        abort(404)
    work_kind, setting, accept = RECORDINGS[kind]
    return _own_work(work_id), work_kind, current_app.config[setting] * media.MB, accept


def _recording_page(work, kind: str, limit: int, form=None, refusal=None):
    form = form or RecordingForm(formdata=None)
    field = form.poster if isinstance(refusal, ImageRefused) else form.recording
    if refusal is not None:
        field.errors = [refusal.message]
    form.recording.render_kw = {"accept": RECORDINGS[kind][2], "data-upload": ""}
    return form_page(
        "creators/recording_form.html",
        form,
        status=refusal.status if refusal else None,
        work=work,
        kind=kind,
        limit_mb=limit // media.MB,
        direct=media.direct_uploads_available(),
    )


@bp.route("/dashboard/works/<id:work_id>/recording/<kind>", methods=["GET", "POST"])
@creator_required
def add_recording(work_id, kind):
    work, work_kind, limit, _accept = _recording_target(work_id, kind)
    still_limit = current_app.config["IMAGE_MAX_MB"] * media.MB
    request.max_content_length = limit + still_limit + 64 * 1024  # the file, a still, the fields
    try:
        form = _submitted(RecordingForm, limit)
        if form.validate_on_submit():
            still = None
            if kind == "video" and form.poster.data:
                still = media.read_limited(form.poster.data.stream, still_limit)
                images.decode(still)  # a bad still is refused before anything is stored
            media.attach_recording(
                work, media.read_limited(form.recording.data.stream, limit), work_kind
            )
            if still is not None:
                media.replace_poster(work, still)
            flash(_("Your file has been added."), "success")
            return redirect(url_for("creators.edit_work", work_id=work.id))
    except Refused as refusal:
        return _recording_page(work, kind, limit, refusal=refusal)
    return _recording_page(work, kind, limit, form)


@bp.post("/dashboard/works/<id:work_id>/recording/<kind>/direct")
@creator_required
def direct_recording(work_id, kind):
    """JSON for the browser: where to send the file straight to the bucket."""
    work, work_kind, limit, accept = _recording_target(work_id, kind)
    content_type = request.form.get("content_type", "")
    if content_type not in accept.split(","):
        return {"error": str(_("This type of file is not accepted here."))}, 400
    try:
        return media.direct_upload_form(work, work_kind, content_type, limit)
    except media.UploadRefused as refusal:
        return {"error": str(refusal.message)}, refusal.status


@bp.post("/dashboard/works/<id:work_id>/recording/<kind>/attach")
@creator_required
def attach_recording(work_id, kind):
    """After a direct upload: check the object and attach it to the work."""
    work, work_kind, limit, _accept = _recording_target(work_id, kind)
    try:
        media.attach_direct_upload(work, work_kind, request.form.get("key", ""), limit)
    except Refused as refusal:
        return _recording_page(work, kind, limit, refusal=refusal)
    flash(_("Your file has been added."), "success")
    return redirect(url_for("creators.edit_work", work_id=work.id))


def _refused(form, refusal, **context):
    """Show the form again with the reason; what was typed stays, the file is chosen again."""
    form.image.errors = [refusal.message]
    status = refusal.status
    template = "creators/image_form.html" if "work" in context else "creators/picture_form.html"
    limit_mb = current_app.config["IMAGE_MAX_MB"]
    return form_page(template, form, status=status, limit_mb=limit_mb, **context)
