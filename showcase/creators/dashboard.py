"""The creator dashboard: profile, works and a preview of the page."""

import base64

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..services import creators, sharing
from ..services.catalog import category_by_slug, region_by_slug
from ..views import creator_required, form_page
from . import bp
from .forms import ProfileForm, WorkForm

MOVES = {"up": -1, "down": 1}
QR_TYPES = {"png": "image/png", "svg": "image/svg+xml"}


def _own_work(work_id: int):
    work = creators.owned_work(current_user.creator, work_id)
    if work is None:
        abort(404)
    return work


@bp.get("/dashboard")
@creator_required
def dashboard():
    creator = current_user.creator
    return render_template("creators/dashboard.html", creator=creator, works=creator.works)


@bp.get("/dashboard/preview")
@creator_required
def preview():
    creator = current_user.creator
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


@bp.route("/dashboard/works/new", methods=["GET", "POST"])
@creator_required
def new_work():
    form = WorkForm()
    if form.validate_on_submit():
        creators.add_work(current_user.creator, **_work_fields(form))
        flash(_("Your work has been added."), "success")
        return redirect(url_for("creators.dashboard"))
    return form_page("creators/work_form.html", form, work=None)


@bp.route("/dashboard/works/<id:work_id>/edit", methods=["GET", "POST"])
@creator_required
def edit_work(work_id):
    work = _own_work(work_id)
    form = WorkForm(**_saved(work))
    if form.validate_on_submit():
        creators.update_work(work, **_work_fields(form))
        flash(_("Your work has been saved."), "success")
        return redirect(url_for("creators.dashboard"))
    return form_page("creators/work_form.html", form, work=work)


@bp.post("/dashboard/works/<id:work_id>/delete")
@creator_required
def delete_work(work_id):
    creators.delete_work(_own_work(work_id))
    flash(_("The work has been deleted."), "info")
    return redirect(url_for("creators.dashboard"))


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
