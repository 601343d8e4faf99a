"""Uploads from the dashboard: profile photo, cover, and a work's images.

Plain multipart forms, so they work without JavaScript. The size limit is enforced from the
Content-Length before the body is read; the file is then judged by its content.
"""

from flask import abort, current_app, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user

from ..media import Refused, images
from ..media.images import ImageRefused
from ..models import PicturePurpose, WorkKind
from ..services import media
from ..views import creator_required, form_page, submitted, upload_limit
from . import bp
from .dashboard import MOVES, _own_work
from .forms import AltForm, ImageForm, ProfilePictureForm, RecordingForm

PROFILE_PICTURES = {"avatar": PicturePurpose.AVATAR, "cover": PicturePurpose.COVER}


@bp.after_request
def tell_scripts_where_to_go(response):
    """An upload sent by static/js/upload.js gets the page to go to, not a redirect: its
    request would follow the redirect out of sight and use up the page's confirmation."""
    if request.headers.get("X-Upload") and response.status_code in (302, 303):
        return jsonify(location=response.location)
    return response


def _limit_upload(megabytes_setting: str) -> int:
    limit = current_app.config[megabytes_setting] * media.MB
    request.max_content_length = limit + 64 * 1024  # room for the other form fields
    return limit


@bp.route("/dashboard/profile/<kind>", methods=["GET", "POST"])
@creator_required
@upload_limit
def profile_picture(kind):
    if kind not in PROFILE_PICTURES:
        abort(404)
    limit = _limit_upload("IMAGE_MAX_MB")
    try:
        form = submitted(ProfilePictureForm, limit)
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
@upload_limit
def add_work_image(work_id):
    work = _own_work(work_id)
    limit = _limit_upload("IMAGE_MAX_MB")
    request.max_content_length = 4 * limit + 64 * 1024  # a few photos at once
    try:
        form = submitted(ImageForm, request.max_content_length)
        if form.validate_on_submit():
            watermark = media.watermark_for(work.creator)
            photos = []
            for upload in form.image.data:
                data = media.read_limited(upload.stream, limit)
                photos.append((data, images.process(data, watermark=watermark)))
            media.add_work_photos(work, photos, form.alt.data)
            flash(
                ngettext("The photo has been added.", "The photos have been added.", len(photos)),
                "success",
            )
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


@bp.post("/dashboard/works/<id:work_id>/images/<id:picture_id>/alt")
@creator_required
def describe_work_image(work_id, picture_id):
    work = _own_work(work_id)
    picture = _own_picture(work, picture_id)
    form = AltForm(prefix=f"photo{picture.id}")
    if not form.validate_on_submit():
        flash(_("Describe the photo in a few words: people who cannot see it hear this."), "error")
        return redirect(
            url_for("creators.edit_work", work_id=work.id, _anchor=f"photo-{picture.id}")
        ), 303
    media.describe_picture(picture, form.alt.data)
    flash(_("The description has been saved."), "success")
    return redirect(url_for("creators.edit_work", work_id=work.id, _anchor=f"photo-{picture.id}"))


@bp.route("/dashboard/works/<id:work_id>/images/<id:picture_id>/delete", methods=["GET", "POST"])
@creator_required
def delete_work_image(work_id, picture_id):
    """GET asks first; POST takes the photo off, for a while (it can be put back)."""
    work = _own_work(work_id)
    picture = _own_picture(work, picture_id)
    back = url_for("creators.edit_work", work_id=work.id, _anchor="images")
    if request.method == "GET":
        return render_template(
            "creators/confirm_delete.html",
            title=picture.alt,
            picture=picture,
            action=url_for("creators.delete_work_image", work_id=work.id, picture_id=picture.id),
            back=back,
            undo_minutes=current_app.config["UNDO_MINUTES"],
        )
    media.remove_work_picture(picture)
    flash(_("The photo has been removed."), "info")
    return redirect(back)


@bp.post("/dashboard/works/<id:work_id>/images/<id:picture_id>/undelete")
@creator_required
def undelete_work_image(work_id, picture_id):
    work = _own_work(work_id)
    picture = media.removed_picture(work, picture_id)
    if picture is None:
        abort(404)
    media.put_back_picture(picture)
    flash(_("The photo is back."), "success")
    return redirect(url_for("creators.edit_work", work_id=work.id, _anchor="images"))


RECORDINGS = {
    "audio": (
        WorkKind.AUDIO,
        "AUDIO_MAX_MB",
        "audio/mpeg,audio/mp4,audio/x-m4a,audio/aac,audio/ogg,audio/wav,audio/x-wav,audio/flac,"
        "audio/amr,audio/3gpp",
    ),
    "video": (WorkKind.VIDEO, "VIDEO_MAX_MB", "video/mp4,video/quicktime,video/webm,video/3gpp"),
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
@upload_limit
def add_recording(work_id, kind):
    work, work_kind, limit, _accept = _recording_target(work_id, kind)
    still_limit = current_app.config["IMAGE_MAX_MB"] * media.MB
    request.max_content_length = limit + still_limit + 64 * 1024  # the file, a still, the fields
    try:
        form = submitted(RecordingForm, limit)
        if form.validate_on_submit():
            still = None
            if kind == "video" and form.poster.data:  # refused before anything is stored
                data = media.read_limited(form.poster.data.stream, still_limit)
                still = (data, media.process_poster(work, data))
            media.attach_recording(
                work, media.read_limited(form.recording.data.stream, limit), work_kind
            )
            if still is not None:
                media.replace_poster(work, *still)
            flash(_("Your file has been added."), "success")
            return redirect(url_for("creators.edit_work", work_id=work.id))
    except Refused as refusal:
        return _recording_page(work, kind, limit, refusal=refusal)
    return _recording_page(work, kind, limit, form)


@bp.post("/dashboard/works/<id:work_id>/recording/<kind>/direct")
@creator_required
@upload_limit
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


@bp.post("/dashboard/works/<id:work_id>/recording/retry")
@creator_required
def retry_recording(work_id):
    work = _own_work(work_id)
    if media.retry_processing(work):
        flash(_("We are preparing your file again."), "success")
    return redirect(url_for("creators.edit_work", work_id=work.id))


def _refused(form, refusal, **context):
    """Show the form again with the reason; what was typed stays, the file is chosen again."""
    form.image.errors = [refusal.message]
    status = refusal.status
    template = "creators/image_form.html" if "work" in context else "creators/picture_form.html"
    limit_mb = current_app.config["IMAGE_MAX_MB"]
    return form_page(template, form, status=status, limit_mb=limit_mb, **context)
