"""The creator's studio: the dashboard, the profile, and works from first photo to deletion."""

import base64
from datetime import timedelta

from flask import Response, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..media import Refused, images
from ..models import utcnow
from ..services import creators, media, notices, sharing
from ..services.catalog import category_by_slug, region_by_slug
from ..views import creator_required, form_page, submitted, upload_limit
from . import bp
from .forms import NewWorkForm, ProfileForm, WorkForm

MOVES = {"up": -1, "down": 1}
QR_TYPES = {"png": "image/png", "svg": "image/svg+xml"}


def _own_work(work_id: int, deleted: bool = False):
    """The logged-in creator's work (404 for anyone else's, and for a deleted one unless
    ``deleted``: only undoing reaches those)."""
    work = creators.owned_work(current_user.creator, work_id)
    if work is None or (work.deleted_at is not None) != deleted:
        abort(404)
    return work


def _undo_window() -> timedelta:
    return timedelta(minutes=current_app.config["UNDO_MINUTES"])


@bp.get("/dashboard")
@creator_required
def dashboard():
    creators.purge_deleted(utcnow() - _undo_window(), current_user.creator)
    creator = creators.creator_by_handle(current_user.creator.handle)
    return render_template(
        "creators/dashboard.html",
        creator=creator,
        works=creators.visible_works(creator, include_drafts=True),
        deleted=creators.deleted_works(creator),
        ready=creators.readiness(creator),
        notices=notices.current(creator),
        undo_minutes=current_app.config["UNDO_MINUTES"],
    )


@bp.post("/dashboard/notices/<id:notice_id>/dismiss")
@creator_required
def dismiss_notice(notice_id):
    notice = notices.owned_notice(current_user.creator, notice_id)
    if notice is None:
        abort(404)
    notices.dismiss(notice)
    return redirect(url_for("creators.dashboard"))


@bp.get("/dashboard/preview")
@creator_required
def preview():
    creator = creators.creator_by_handle(current_user.creator.handle)
    works = creators.visible_works(creator, include_drafts=True)
    return render_template("creators/page.html", creator=creator, works=works, preview=True)


@bp.get("/dashboard/qr.<kind>")
@creator_required
def page_qr(kind):
    """The page's QR code to download, as PNG (to share) or SVG (to print at any size)."""
    if kind not in QR_TYPES:
        abort(404)
    creator = current_user.creator
    url = url_for("creators.page", handle=creator.handle, _external=True)
    response = Response(sharing.qr_code(url, kind), mimetype=QR_TYPES[kind])
    response.headers["Content-Disposition"] = (
        f'attachment; filename="etalase-{creator.handle}.{kind}"'
    )
    return response


@bp.get("/dashboard/card")
@creator_required
def printable_card():
    """An A6 card with the page's QR code, to print."""
    creator = current_user.creator
    url = url_for("creators.page", handle=creator.handle, _external=True)
    svg = base64.b64encode(sharing.qr_code(url, "svg", scale=6)).decode()
    qr = f"data:image/svg+xml;base64,{svg}"
    return render_template("creators/card.html", creator=creator, url=url, qr=qr)


@bp.route("/dashboard/profile", methods=["GET", "POST"])
@creator_required
def edit_profile():
    creator = current_user.creator
    form = ProfileForm(**_saved(creator))
    if form.validate_on_submit():
        fields = {name: form[name].data for name in creators.PROFILE_FIELDS}
        fields["category"] = category_by_slug(form.category.data)
        fields["region"] = region_by_slug(form.region.data)
        creators.update_profile(creator, **fields)
        flash(_("Your profile has been saved."), "success")
        return redirect(url_for("creators.dashboard"))
    return form_page("creators/profile_form.html", form)


def _new_work_limit() -> int:
    """Room for a few full-size photos or one video, and the fields."""
    config = current_app.config
    most = max(4 * config["IMAGE_MAX_MB"], config["VIDEO_MAX_MB"], config["AUDIO_MAX_MB"])
    return most * media.MB + 64 * 1024


@bp.route("/dashboard/works/new", methods=["GET", "POST"])
@creator_required
@upload_limit
def new_work():
    request.max_content_length = _new_work_limit()
    try:
        form = submitted(NewWorkForm, _new_work_limit())
        if form.validate_on_submit():
            work = _add_work_with_media(form)
            flash(
                _("Your work has been added. This is how it looks to you; edit it below."),
                "success",
            )
            return redirect(url_for("creators.edit_work", work_id=work.id))
    except Refused as refusal:
        form = NewWorkForm(formdata=request.form)
        form.validate()
        form.photos.errors = [refusal.message]
        return form_page("creators/work_form.html", form, work=None, status=refusal.status)
    return form_page("creators/work_form.html", form, work=None)


def _add_work_with_media(form: NewWorkForm):
    """Judge every file first, so a refused one leaves nothing behind; then keep it all."""
    creator = current_user.creator
    watermark = media.watermark_for(creator)
    limit = current_app.config["IMAGE_MAX_MB"] * media.MB
    photos = []
    for upload in form.photos.data or []:
        data = media.read_limited(upload.stream, limit)
        photos.append((data, images.process(data, watermark=watermark)))
    recording = None
    if form.recording.data:
        data = media.read_limited(form.recording.data.stream, _new_work_limit())
        kind, _found = media.judge_recording(data)
        media.check_recording_size(data, kind)
        recording = (data, kind)
    work = creators.add_work(creator, **_work_fields(form))
    media.add_work_photos(work, photos)
    if recording is not None:
        media.attach_recording(work, *recording)
    return work


@bp.route("/dashboard/works/<id:work_id>/edit", methods=["GET", "POST"])
@creator_required
def edit_work(work_id):
    work = _own_work(work_id)
    form = WorkForm(**_saved(work))
    if form.validate_on_submit():
        creators.update_work(work, **_work_fields(form))
        flash(_("Your work has been saved."), "success")
        return redirect(url_for("creators.edit_work", work_id=work.id))
    return form_page(
        "creators/work_form.html", form, work=work, removed=media.removed_pictures(work)
    )


@bp.route("/dashboard/works/<id:work_id>/delete", methods=["GET", "POST"])
@creator_required
def delete_work(work_id):
    """GET asks first (a page that works without JavaScript); POST deletes, for a while."""
    work = _own_work(work_id)
    if request.method == "GET":
        return render_template(
            "creators/confirm_delete.html",
            title=work.title,
            action=url_for("creators.delete_work", work_id=work.id),
            back=url_for("creators.edit_work", work_id=work.id),
            undo_minutes=current_app.config["UNDO_MINUTES"],
        )
    creators.delete_work(work)
    flash(
        _(
            "“%(title)s” has been deleted. You can bring it back from your dashboard for "
            "%(minutes)d minutes.",
            title=work.title,
            minutes=current_app.config["UNDO_MINUTES"],
        ),
        "info",
    )
    return redirect(url_for("creators.dashboard", _anchor="deleted"))


@bp.post("/dashboard/works/<id:work_id>/undelete")
@creator_required
def undelete_work(work_id):
    work = _own_work(work_id, deleted=True)
    creators.undelete_work(work)
    flash(_("“%(title)s” is back.", title=work.title), "success")
    return redirect(url_for("creators.dashboard", _anchor=f"work-{work.id}"))


@bp.post("/dashboard/works/<id:work_id>/move/<direction>")
@creator_required
def move_work(work_id, direction):
    if direction not in MOVES:
        abort(404)
    creators.move_work(_own_work(work_id), MOVES[direction])
    return redirect(url_for("creators.dashboard", _anchor=f"work-{work_id}"))


def _saved(record) -> dict:
    """Fill a form from the saved record only when showing it: a submitted form is judged on
    what was sent, so a field left out is missing, not silently kept."""
    return {"obj": record} if request.method == "GET" else {}


def _work_fields(form: WorkForm) -> dict:
    fields = {name: form[name].data for name in creators.WORK_FIELDS}
    fields["motif_region"] = region_by_slug(fields["motif_region"] or "")
    return fields
